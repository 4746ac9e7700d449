#!/usr/bin/env bash
# frontdesk lrs sync, as an administrator runs it, against the stand-in LRS (lrs_stand_in) on loopback:
#   run_lrs_sync_test.sh FRONTDESK LRS_STAND_IN OUTPUT_DIR
# Sessions are recorded with the terminal player; the sync sends exactly the statements export-xapi writes (same
# ids, same content), a second sync sends nothing, an LRS failing for a while still gets everything, one that
# keeps failing stops the sync with what was sent noted and the rest sent by the next one; no credentials is a
# usage error; the secret is never printed.
set -uo pipefail
frontdesk="$1" stand_in="$2" out="$3"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
example="$root/tests/fixtures/example/angry-client-wrong-invoice.yaml"
rm -rf "$out" && mkdir -p "$out"
db="$out/results.db"
export FRONTDESK_LRS_KEY=frontdesk FRONTDESK_LRS_SECRET=s3cret-value XDG_DATA_HOME="$out/data"
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
start_lrs after
"$frontdesk" lrs sync --endpoint "$endpoint" --db "$db" >"$out/sync5.txt" 2>&1 || fail "the sync after the outage failed: $(cat "$out/sync5.txt")"
stop_lrs
"$frontdesk" export-xapi --db "$db" --trainee dario -o "$out/dario.json" >/dev/null || fail "export-xapi dario"
[ "$(ids "$out/after/stored.json")" = "$(ids "$out/dario.json")" ] || fail "after the outage the LRS got $(ids "$out/after/stored.json" | wc -l) statements, not dario's $(ids "$out/dario.json" | wc -l)"
echo "lrs sync test passed: $total statements, then nothing new, a busy LRS, an outage and its resume"
