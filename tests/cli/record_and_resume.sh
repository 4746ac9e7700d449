#!/usr/bin/env bash
# The terminal player records into the results database: answer once and quit, resume, finish; then the
# database holds one finished session with three decisions. Also: no --trainee means nothing recorded.
#   record_and_resume.sh FRONTDESK WORK_DIR
set -uo pipefail
frontdesk="$1" work="$2"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
scenario="$root/tests/fixtures/example/angry-client-wrong-invoice.yaml"
rm -rf "$work" && mkdir -p "$work"
db="$work/results.db"
fail() { echo "FAIL: $*"; exit 1; }

out=$(printf '1\nq\n' | "$frontdesk" play "$scenario" --no-timer --no-shuffle --trainee "E042" --cohort north --db "$db") || fail "first part exited $?"
grep -q "Conversation stopped before the end (1 answer given)" <<<"$out" || fail "no stop message: $out"
[ "$(stat -c %a "$db")" = 600 ] || fail "the database is not owner-only: $(stat -c %a "$db")"

out=$(printf '1\n1\n' | "$frontdesk" play "$scenario" --no-timer --no-shuffle --trainee "E042" --db "$db" --resume) || fail "resume exited $?"
grep -q "Resuming the interrupted session: 1 answer already given." <<<"$out" || fail "not resumed: $out"
grep -q "Results saved in $db (session 1)." <<<"$out" || fail "not saved: $out"
grep -q "=== Ending: success ===" <<<"$out" || fail "did not finish with success: $out"

out=$(printf '1\n1\n1\n' | "$frontdesk" play "$scenario" --no-timer --no-shuffle --trainee "E042" --db "$db" --resume) || fail "second resume exited $?"
grep -q "No interrupted session of this scenario for E042: starting a new one." <<<"$out" || fail "a finished session was offered for resuming: $out"

out=$(printf '1\n1\n1\n' | "$frontdesk" play "$scenario" --no-timer --no-shuffle) || fail "unrecorded play exited $?"
grep -q "Results are not recorded" <<<"$out" || fail "no notice that nothing is recorded"

out=$("$frontdesk" play "$scenario" --resume </dev/null 2>&1); [ $? = 2 ] || fail "--resume without --trainee should be a usage error"
echo "not a database" >"$work/notes.txt"
out=$("$frontdesk" play "$scenario" --trainee X --db "$work/notes.txt" </dev/null 2>&1); [ $? = 1 ] || fail "a foreign file was accepted"
grep -q "not a frontdesk results database" <<<"$out" || fail "unclear message for a foreign file: $out"
[ "$(cat "$work/notes.txt")" = "not a database" ] || fail "the foreign file was changed"
echo "record and resume: ok"
