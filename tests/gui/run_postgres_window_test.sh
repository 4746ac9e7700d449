#!/usr/bin/env bash
# The window recording into PostgreSQL while the server goes away and comes back (run through
# tests/store/run_with_postgres.sh, which names the test server):
#   run_postgres_window_test.sh FRONTDESK OUTPUT_DIR
# One answer saved; the server stopped; two answers and the ending taken while it is gone: each kept (the notice
# says why), nothing claimed saved; the debrief says what is not saved and leaving it is refused while the server
# is down; the server back, Enter saves everything and goes on. The database then holds all three answers and
# the outcome. Screenshot: postgres-debrief-unsaved-1280x800.png, to be looked at.
set -uo pipefail
frontdesk="$1" out="$2"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
scenario="$root/tests/fixtures/example/angry-client-wrong-invoice.yaml"
admin=${FRONTDESK_TEST_POSTGRES:?run through tests/store/run_with_postgres.sh}
server_dir=${FRONTDESK_TEST_POSTGRES_DIR:?run through tests/store/run_with_postgres.sh}
bin=""
for candidate in /usr/lib/postgresql/*/bin; do [ -x "$candidate/psql" ] && bin=$candidate; done
psql() { "$bin/psql" -X -q -v ON_ERROR_STOP=1 -At "$@"; }
rm -rf "$out" && mkdir -p "$out/config" "$out/data" "$out/state"
export XDG_CONFIG_HOME="$out/config" XDG_DATA_HOME="$out/data" XDG_STATE_HOME="$out/state" LANG=C.UTF-8
trace="$out/trace.log"
source "$root/tests/gui/session_lib.sh"  # fail, gui_session
cd "$out" || exit 1

database="frontdesk_window_$$"
uri=$(sed "s#/postgres?#/$database?#" <<<"$admin")
psql "$admin" -c "CREATE DATABASE $database" || fail "cannot create the test database"
# Whatever happens, the shared test server is left running for the next test, and the database dropped.
cleanup() {
  psql "$admin" -c "SELECT 1" >/dev/null 2>&1 || "$root/tests/store/postgres_server.sh" restart-start "$server_dir"
  psql "$admin" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1
}
trap cleanup EXIT
"$frontdesk" db init "$uri" >"$out/init.out" 2>&1 || fail "db init: $(cat "$out/init.out")"

driver='
wait_for "screen briefing" 30
keys Return
wait_for "screen conversation" 10
wait_answers
keys 1
wait_for "choose 1 node=opening" 10
"$root/tests/store/postgres_server.sh" restart-stop "$server_dir"
keys 1
wait_for "choose 1 node=details" 10
wait_for " unsaved 1 " 10
keys 1
wait_for "finished angry-client-wrong-invoice success" 10
wait_for " unsaved 3 " 10
keys Return
wait_for "screen debrief" 10
sleep 0.5
keys Return
stays_on debrief
f12_as postgres debrief-unsaved 1
"$root/tests/store/postgres_server.sh" restart-start "$server_dir"
keys Return
wait_for " saved_now " 20
wait_for "screen conversation .*" 10
kill -TERM "$app"
'
gui_session postgres 1280x800 "--scenario \"$scenario\" --trainee \"GUI PG\" --lang en --no-shuffle --db \"$uri\"" "$driver" \
  "root=\"$root\" server_dir=\"$server_dir\""
status=$?
[ "$status" = 0 ] || fail "program exited with $status"

grep -Eq " notice Your answer could NOT be saved yet: .*(cannot be reached|connection|server)" "$trace" || fail "the notice does not say why the answer was not saved"
saved_now=$(grep -n " saved_now " "$trace" | head -1 | cut -d: -f1)
saved=$(grep -n " saved angry-client-wrong-invoice" "$trace" | head -1 | cut -d: -f1)
[ -n "$saved" ] && [ "$saved" -gt "$saved_now" ] || fail "the session was claimed saved before the server was back"
[ "$(grep -c ' unsaved 3 ' "$trace")" -ge 2 ] || fail "leaving the debrief did not try to save again"
[ "$(grep -c ' screen debrief' "$trace")" = 1 ] || fail "the debrief was left while its answers were unsaved"
[ "$(grep -c ' screen conversation' "$trace")" = 2 ] || fail "Play again did not start once the answers were saved"
[ "$(psql "$uri" -c "SELECT count(*) FROM frontdesk.decisions")" = 3 ] || fail "not all three answers reached the server"
[ "$(psql "$uri" -c "SELECT count(*) FROM frontdesk.sessions WHERE ended_at IS NOT NULL AND ending = 'success'")" = 1 ] ||
  fail "the outcome did not reach the server"
[ -e "$out/postgres-debrief-unsaved-1280x800.png" ] || fail "no screenshot of the unsaved debrief"
echo "window on PostgreSQL: answers kept while the server was down, saved when it came back; $out/postgres-debrief-unsaved-1280x800.png"
