#!/usr/bin/env bash
# frontdesk lrs sync, as an administrator runs it, against the stand-in LRS (lrs_stand_in) on loopback:
#   run_lrs_sync_test.sh FRONTDESK LRS_STAND_IN OUTPUT_DIR
# Sessions are recorded with the terminal player; the sync sends exactly the statements export-xapi writes (same
# ids, same content), a second sync sends nothing, an LRS failing for a while still gets everything, one that
# keeps failing stops the sync with what was sent noted and the rest sent by the next one; no credentials is a
# usage error; the secret is never printed; lrs status tells the last error. Then the settings file (owner-only,
# mistakes with their line), and the player sending in the background as answers are recorded; a course's
# statements (its parent activity, its completion once). Everything the stand-in received passes Learning
# Locker's xAPI validator.
set -uo pipefail
frontdesk="$1" stand_in="$2" out="$3"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
example="$root/tests/fixtures/example/angry-client-wrong-invoice.yaml"
rm -rf "$out" && mkdir -p "$out"
db="$out/results.db"
export FRONTDESK_LRS_KEY=frontdesk FRONTDESK_LRS_SECRET=s3cret-value XDG_DATA_HOME="$out/data" XDG_CONFIG_HOME="$out/config" XDG_STATE_HOME="$out/state"
validator="$root/tests/tools/npm/validate_xapi.js"
[ -d "$root/tests/tools/npm/node_modules/@learninglocker/xapi-validation" ] || { echo "FAIL: Learning Locker's xAPI validator is not installed: run tools/setup.sh --with-tests"; exit 1; }
lrs_pid=""
fail() { echo "FAIL: $*"; [ -n "$lrs_pid" ] && kill "$lrs_pid" 2>/dev/null; exit 1; }

# start_lrs NAME [FAILURES]: a fresh stand-in in $out/NAME; sets $endpoint.
start_lrs() {
  mkdir -p "$out/$1"
  "$stand_in" frontdesk s3cret-value "$out/$1" "${2:-0}" &
  lrs_pid=$!
  for _ in $(seq 100); do [ -f "$out/$1/port" ] && break; sleep 0.05; done
  [ -f "$out/$1/port" ] || fail "the stand-in LRS did not start"
  endpoint="http://127.0.0.1:$(cat "$out/$1/port")/xapi/"
}
stop_lrs() { kill -TERM "$lrs_pid"; wait "$lrs_pid"; lrs_pid=""; }
ids() { python3 -c 'import json,sys; print("\n".join(sorted(s["id"] for s in json.load(open(sys.argv[1])))))' "$1"; }

printf '1\n1\n1\n' | "$frontdesk" play "$example" --trainee anna --cohort spring --db "$db" --no-timer --no-shuffle >/dev/null 2>&1 || fail "recording anna"
printf '2\n2\n' | "$frontdesk" play "$example" --trainee bruno --cohort spring --db "$db" --no-timer --no-shuffle >/dev/null 2>&1 || fail "recording bruno"
"$frontdesk" export-xapi --db "$db" -o "$out/export.json" >/dev/null || fail "export-xapi"
total=$(ids "$out/export.json" | wc -l)
[ "$total" -ge 7 ] || fail "expected at least 7 statements, export-xapi wrote $total"
node "$validator" "$out/export.json" >"$out/validate0.txt" 2>&1 || fail "Learning Locker's validator refused export-xapi's file: $(cat "$out/validate0.txt")"

# No credentials: a usage error naming the variables.
if env -u FRONTDESK_LRS_SECRET "$frontdesk" lrs sync --endpoint http://127.0.0.1:9/xapi/ --db "$db" >"$out/nocreds.txt" 2>&1; then fail "a sync without a secret succeeded"; fi
grep -q "FRONTDESK_LRS_KEY and FRONTDESK_LRS_SECRET" "$out/nocreds.txt" || fail "no clear message without credentials: $(cat "$out/nocreds.txt")"
# Credentials in the URL: refused, and not echoed.
"$frontdesk" lrs sync --endpoint "http://user:topsecret@127.0.0.1:9/xapi/" --db "$db" >"$out/inurl.txt" 2>&1 && fail "credentials in the URL were accepted"
grep -q "user name or password" "$out/inurl.txt" && ! grep -q topsecret "$out/inurl.txt" || fail "credentials in the URL: $(cat "$out/inurl.txt")"

# 1. Everything, in batches of 3; the LRS holds exactly export-xapi's statements.
start_lrs first
"$frontdesk" lrs status --db "$db" | grep -q "pending:   $total statements" || fail "status before the sync: $("$frontdesk" lrs status --db "$db")"
"$frontdesk" lrs sync --endpoint "$endpoint" --db "$db" --batch 3 >"$out/sync1.txt" 2>&1 || fail "the first sync failed: $(cat "$out/sync1.txt")"
grep -q "^$total statements sent to ${endpoint}statements; 0 delivered before; nothing left to send$" "$out/sync1.txt" || fail "first sync said: $(cat "$out/sync1.txt")"
# 2. Again: nothing new.
"$frontdesk" lrs sync --endpoint "$endpoint" --db "$db" >"$out/sync2.txt" 2>&1 || fail "the second sync failed: $(cat "$out/sync2.txt")"
grep -q "^0 statements sent .*; $total delivered before; nothing left to send$" "$out/sync2.txt" || fail "second sync said: $(cat "$out/sync2.txt")"
"$frontdesk" lrs status --db "$db" | grep -q "pending:   0 statements" || fail "status after the sync"
stop_lrs
[ "$(ids "$out/first/stored.json")" = "$(ids "$out/export.json")" ] || fail "the LRS does not hold export-xapi's statement ids"
python3 - "$out/first/stored.json" "$out/export.json" <<'PY' || fail "the statements differ from export-xapi's"
import json, sys
stored = {s["id"]: s for s in json.load(open(sys.argv[1]))}
exported = {s["id"]: s for s in json.load(open(sys.argv[2]))}
sys.exit(0 if stored == exported else 1)
PY
[ "$(head -n -1 "$out/first/problems.txt")" = "" ] || fail "the stand-in saw problems: $(cat "$out/first/problems.txt")"
grep -rq "s3cret-value" "$out"/sync*.txt && fail "the secret was printed"
node "$validator" "$out/first/stored.json" >"$out/validate1.txt" 2>&1 || fail "Learning Locker's validator refused what the LRS received: $(cat "$out/validate1.txt")"

# 3. A new session, an LRS busy for its first two requests: the waits and retries get it there.
printf '1\n1\n2\n' | "$frontdesk" play "$example" --trainee carla --cohort autumn --db "$db" --no-timer --no-shuffle >/dev/null 2>&1 || fail "recording carla"
start_lrs busy 2
"$frontdesk" lrs sync --endpoint "$endpoint" --db "$db" >"$out/sync3.txt" 2>&1 || fail "the sync to a busy LRS failed: $(cat "$out/sync3.txt")"
grep -q "^[1-9][0-9]* statements sent .*; $total delivered before; nothing left to send$" "$out/sync3.txt" || fail "third sync said: $(cat "$out/sync3.txt")"
stop_lrs
grep -q "requests 3" "$out/busy/problems.txt" || fail "expected two refused requests and one that went: $(cat "$out/busy/problems.txt")"

# 4. An LRS that keeps failing: the sync stops, says so, and a later one (to a fresh LRS) sends the rest only.
printf '1\n1\n1\n' | "$frontdesk" play "$example" --trainee dario --cohort autumn --db "$db" --no-timer --no-shuffle >/dev/null 2>&1 || fail "recording dario"
start_lrs down 1000
if timeout 120 "$frontdesk" lrs sync --endpoint "$endpoint" --db "$db" --timeout 2 >"$out/sync4.txt" 2>&1; then fail "a sync to a failing LRS succeeded"; fi
grep -q "HTTP 503.*times in a row" "$out/sync4.txt" || fail "fourth sync said: $(cat "$out/sync4.txt")"
grep -q "statements wait for the next sync" "$out/sync4.txt" || fail "fourth sync did not say what waits: $(cat "$out/sync4.txt")"
stop_lrs
"$frontdesk" lrs status --db "$db" >"$out/status4.txt" 2>&1 || fail "lrs status after the outage: $(cat "$out/status4.txt")"
grep -q "^pending:   [1-9][0-9]* statements to send" "$out/status4.txt" && grep -q "^last error: .*HTTP 503" "$out/status4.txt" &&
  grep -q "^last try:  .* by lrs sync to ${endpoint}statements" "$out/status4.txt" && grep -q "^last complete: 20" "$out/status4.txt" ||
  fail "lrs status does not tell the outage: $(cat "$out/status4.txt")"
start_lrs after
"$frontdesk" lrs sync --endpoint "$endpoint" --db "$db" >"$out/sync5.txt" 2>&1 || fail "the sync after the outage failed: $(cat "$out/sync5.txt")"
stop_lrs
"$frontdesk" export-xapi --db "$db" --trainee dario -o "$out/dario.json" >/dev/null || fail "export-xapi dario"
[ "$(ids "$out/after/stored.json")" = "$(ids "$out/dario.json")" ] || fail "after the outage the LRS got $(ids "$out/after/stored.json" | wc -l) statements, not dario's $(ids "$out/dario.json" | wc -l)"
"$frontdesk" lrs status --db "$db" >"$out/status5.txt" 2>&1
grep -q "^pending:   0 statements" "$out/status5.txt" && ! grep -q "^last error" "$out/status5.txt" || fail "lrs status after the resume: $(cat "$out/status5.txt")"

# 5. The settings file: the endpoint, key and secret there, not on the command line nor in the environment.
mkdir -p "$out/config/frontdesk"
config="$out/config/frontdesk/config.yaml"
printf '1\n1\n1\n' | "$frontdesk" play "$example" --trainee elena --cohort autumn --db "$db" --no-timer --no-shuffle >/dev/null 2>&1 || fail "recording elena"
start_lrs configured
cat >"$config" <<YAML
# the department's LRS
lrs:
  endpoint: $endpoint
  key: frontdesk
  secret: s3cret-value
  batch: 2
YAML
chmod 644 "$config"
env -u FRONTDESK_LRS_KEY -u FRONTDESK_LRS_SECRET "$frontdesk" lrs sync --db "$db" >"$out/sync6.txt" 2>&1 && fail "a settings file others can read was used"
grep -q "other users of this computer can read it (permissions 0644).*chmod 600 '$config'" "$out/sync6.txt" || fail "no clear refusal of a readable secret: $(cat "$out/sync6.txt")"
chmod 600 "$config"
env -u FRONTDESK_LRS_KEY -u FRONTDESK_LRS_SECRET "$frontdesk" lrs sync --db "$db" >"$out/sync7.txt" 2>&1 || fail "the sync from the settings file failed: $(cat "$out/sync7.txt")"
grep -q "^[1-9][0-9]* statements sent to ${endpoint}statements" "$out/sync7.txt" || fail "the sync from the settings file said: $(cat "$out/sync7.txt")"
grep -q "s3cret-value" "$out/sync6.txt" "$out/sync7.txt" && fail "the secret was printed"
# A mistyped setting: the line and column, and the likely word.
printf 'lrs:\n  endpoint: %s\n  sekret: x\n' "$endpoint" >"$config"
"$frontdesk" lrs sync --db "$db" >"$out/sync8.txt" 2>&1 && fail "a settings file with a mistake was used"
grep -q "^$config:3:3: error: unknown setting 'sekret' in 'lrs:'; did you mean 'secret'?" "$out/sync8.txt" || fail "the mistake was not located: $(cat "$out/sync8.txt")"
printf 'lrs: [unclosed\n' >"$config"
"$frontdesk" lrs status --db "$db" >"$out/status8.txt" 2>&1 && fail "a broken settings file was read"
grep -q "^$config:[12]:[0-9]*: error: YAML syntax" "$out/status8.txt" || fail "a broken settings file: $(cat "$out/status8.txt")"

# 6. The player sends in the background as answers are recorded: when the session ends, the LRS holds exactly
# export-xapi's statements of it, and the trainee was told.
cat >"$config" <<YAML
lrs:
  endpoint: $endpoint
  key: frontdesk
  secret: s3cret-value
YAML
chmod 600 "$config"
env -u FRONTDESK_LRS_KEY -u FRONTDESK_LRS_SECRET "$frontdesk" lrs sync --db "$db" >/dev/null 2>&1 || fail "catching up before the player"
printf '1\n2\n1\n' | env -u FRONTDESK_LRS_KEY -u FRONTDESK_LRS_SECRET "$frontdesk" play "$example" --trainee fabio --cohort autumn --db "$db" --no-timer --no-shuffle >"$out/play-fabio.txt" 2>&1 ||
  fail "playing with an LRS configured: $(cat "$out/play-fabio.txt")"
grep -q "Sent to the learning platform (LRS): [1-9]" "$out/play-fabio.txt" || fail "the player did not say it sent: $(cat "$out/play-fabio.txt")"
stop_lrs
"$frontdesk" export-xapi --db "$db" --trainee fabio --scenarios "$example" -o "$out/fabio.json" >/dev/null || fail "export-xapi fabio"
python3 - "$out/configured/stored.json" "$out/fabio.json" <<'PY' || fail "the player's statements differ from export-xapi's"
import json, sys
stored = {s["id"]: s for s in json.load(open(sys.argv[1]))}
exported = {s["id"]: s for s in json.load(open(sys.argv[2]))}
missing = [i for i in exported if stored.get(i) != exported[i]]
sys.exit(1 if missing or not exported else 0)
PY
node "$validator" "$out/configured/stored.json" >"$out/validate2.txt" 2>&1 || fail "Learning Locker's validator refused what the player sent: $(cat "$out/validate2.txt")"
"$frontdesk" lrs status --db "$db" | grep -q "^pending:   0 statements" || fail "statements pending after the player sent them"

# 7. The LRS down while playing: the session is recorded all the same, the trainee told what waits, lrs status
# tells the player's error; the next player session (the LRS back) sends both sessions.
printf '1\n1\n1\n' | env -u FRONTDESK_LRS_KEY -u FRONTDESK_LRS_SECRET "$frontdesk" play "$example" --trainee gina --cohort autumn --db "$db" --no-timer --no-shuffle >"$out/play-gina.txt" 2>&1 ||
  fail "playing with the LRS down: $(cat "$out/play-gina.txt")"
grep -q "Not sent to the learning platform (LRS) yet" "$out/play-gina.txt" || fail "the player did not say what waits: $(cat "$out/play-gina.txt")"
grep -q "Results saved in" "$out/play-gina.txt" || fail "the session was not saved with the LRS down: $(cat "$out/play-gina.txt")"
"$frontdesk" lrs status --db "$db" >"$out/status9.txt" 2>&1
grep -q "^pending:   [1-9]" "$out/status9.txt" && grep -q "^last try:  .* by player" "$out/status9.txt" && grep -q "^last error: " "$out/status9.txt" ||
  fail "lrs status after the player's failed attempt: $(cat "$out/status9.txt")"
start_lrs back
sed -i "s|endpoint: .*|endpoint: $endpoint|" "$config"
printf '1\n1\n2\n' | env -u FRONTDESK_LRS_KEY -u FRONTDESK_LRS_SECRET "$frontdesk" play "$example" --trainee hugo --cohort autumn --db "$db" --no-timer --no-shuffle >"$out/play-hugo.txt" 2>&1 ||
  fail "playing with the LRS back: $(cat "$out/play-hugo.txt")"
stop_lrs
"$frontdesk" export-xapi --db "$db" --trainee gina -o "$out/gina.json" >/dev/null && "$frontdesk" export-xapi --db "$db" --trainee hugo -o "$out/hugo.json" >/dev/null || fail "export gina, hugo"
[ "$(ids "$out/back/stored.json")" = "$( (ids "$out/gina.json"; ids "$out/hugo.json") | sort)" ] || fail "the LRS back did not get gina's and hugo's statements: $(ids "$out/back/stored.json" | wc -l)"
grep -rq "s3cret-value" "$out"/play-*.txt "$out"/status*.txt && fail "the secret was printed"
# 8. Courses: a library with a course for the new-starters cohort (FRONTDESK_SCENARIOS stands for the bundled
# one). Ivo fails the course's one step, then passes it, with the player sending in the background (answers
# while the session is played): every statement carries the course, the pass is followed by the course's
# completed statement, the LRS holds exactly export-xapi's statements, and syncing after sends nothing.
library="$out/library"
mkdir -p "$library/courses"
cp "$example" "$library/"
cat >"$library/courses/first-call.yaml" <<'YAML'
course: 1
id: first-call
title: "The first call"
language: en
summary: "The wrong invoice, until the call goes well"
cohorts: [new-starters]
steps:
  - scenario: angry-client-wrong-invoice
YAML
courses_db="$out/courses.db"
start_lrs courses
sed -i "s|endpoint: .*|endpoint: $endpoint|" "$config"
for answers in '2\n2\n' '1\n1\n1\n'; do
  printf "$answers" | env -u FRONTDESK_LRS_KEY -u FRONTDESK_LRS_SECRET FRONTDESK_SCENARIOS="$library" "$frontdesk" play "$library/angry-client-wrong-invoice.yaml" \
    --trainee ivo --cohort new-starters --db "$courses_db" --no-timer --no-shuffle >"$out/play-ivo.txt" 2>&1 || fail "playing the course: $(cat "$out/play-ivo.txt")"
  grep -q "Sent to the learning platform (LRS): [1-9]" "$out/play-ivo.txt" || fail "the player did not send the course's session: $(cat "$out/play-ivo.txt")"
done
FRONTDESK_SCENARIOS="$library" "$frontdesk" lrs sync --endpoint "$endpoint" --db "$courses_db" >"$out/sync-courses1.txt" 2>&1 || fail "the sync after the course: $(cat "$out/sync-courses1.txt")"
grep -q "^0 statements sent .*; [1-9][0-9]* delivered before; nothing left to send$" "$out/sync-courses1.txt" || fail "the player left course statements: $(cat "$out/sync-courses1.txt")"
# Named again with --courses, the folder is read once: still nothing new.
FRONTDESK_SCENARIOS="$library" "$frontdesk" lrs sync --endpoint "$endpoint" --db "$courses_db" --courses "$library/courses" >"$out/sync-courses2.txt" 2>&1 ||
  fail "the second sync after the course: $(cat "$out/sync-courses2.txt")"
grep -q "^0 statements sent" "$out/sync-courses2.txt" || fail "a second sync sent course statements again: $(cat "$out/sync-courses2.txt")"
stop_lrs
FRONTDESK_SCENARIOS="$library" "$frontdesk" export-xapi --db "$courses_db" -o "$out/course-export.json" >/dev/null || fail "export-xapi with the course"
python3 - "$out/courses/stored.json" "$out/course-export.json" >"$out/courses-check.txt" 2>&1 <<'PY' || fail "the course's statements in the LRS: $(cat "$out/courses-check.txt")"
import json, sys
stored = json.load(open(sys.argv[1]))
exported = {s["id"]: s for s in json.load(open(sys.argv[2]))}
course = "https://frontdesk.example/xapi/courses/first-call"
completions = [s for s in stored if s["object"]["id"] == course]
problems = []
if len(stored) != len({s["id"] for s in stored}): problems.append("a statement stored twice")
if {s["id"]: s for s in stored} != exported: problems.append("the LRS does not hold exactly export-xapi's statements")
if len(completions) != 1 or completions[0]["verb"]["id"] != "http://adlnet.gov/expapi/verbs/completed": problems.append("%d course completions" % len(completions))
for s in stored:
    parents = [a["id"] for a in s["context"].get("contextActivities", {}).get("parent", [])]
    if s not in completions and course not in parents: problems.append("statement %s without the course" % s["id"])
print("\n".join(problems))
sys.exit(1 if problems else 0)
PY
[ "$(head -n -1 "$out/courses/problems.txt")" = "" ] || fail "the stand-in saw problems with the course's statements: $(cat "$out/courses/problems.txt")"
node "$validator" "$out/courses/stored.json" >"$out/validate3.txt" 2>&1 || fail "Learning Locker's validator refused the course's statements: $(cat "$out/validate3.txt")"

echo "lrs sync test passed: $total statements, then nothing new, a busy LRS, an outage and its resume, lrs status, the settings file, the player in the background, a course's statements"
