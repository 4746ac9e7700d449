#!/bin/bash
# The PostgreSQL backend under real conditions, against the test server (run through run_with_postgres.sh,
# which sets FRONTDESK_TEST_POSTGRES to its superuser URI and FRONTDESK_TEST_POSTGRES_DIR to its folder):
#
#   run_postgres_test.sh CASE FRONTDESK CRASH_WRITER WORK_DIR
#
#   concurrent  6 writers record at once; every acknowledged decision is there, nothing else
#   kill        a writer killed with -9 after acknowledged answers loses none of them
#   restart     the server stopped and started again under a playing trainee: a clear message, the answer
#               kept and retried (never claimed saved before it is), nothing lost, resume works
#   roles       a recorder's login records but reads nothing (report, trainee export, SELECT refused); a
#               reviewer's reads and writes nothing; forgetting needs the owner and rewrites the tables
#   copy        SQLite -> PostgreSQL -> SQLite, twice, two sites merged: nothing added the second time; db status
#   hostile     a bad URI, an unreachable server, a wrong password, a missing schema: fast, clear, no password shown
set -euo pipefail
case_name=$1
frontdesk=$2
writer=$3
work=$4
here=$(cd "$(dirname "$0")" && pwd)
scenario="$here/../fixtures/example/angry-client-wrong-invoice.yaml"
admin=${FRONTDESK_TEST_POSTGRES:?run through run_with_postgres.sh}
server_dir=${FRONTDESK_TEST_POSTGRES_DIR:?run through run_with_postgres.sh}
bin=""
for candidate in /usr/lib/postgresql/*/bin; do [ -x "$candidate/psql" ] && bin=$candidate; done
psql() { "$bin/psql" -X -q -v ON_ERROR_STOP=1 -At "$@"; }

fail() { echo "FAIL ($case_name): $*" >&2; exit 1; }
rm -rf "$work"
mkdir -p "$work"

# A fresh database for this case, made ready by db init; $uri names it as the superuser.
database="frontdesk_${case_name}_$$"
uri_for() { sed "s#/postgres?#/$1?#" <<<"$admin"; }
uri=$(uri_for "$database")
psql "$admin" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" -c "CREATE DATABASE $database"
trap 'psql "$admin" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true' EXIT
"$frontdesk" db init "$uri" >"$work/init.out" || fail "db init: $(cat "$work/init.out")"
# A login of a role: the superuser URI with another user (the test server trusts its socket).
login_uri() { sed "s#postgresql://postgres@#postgresql://$1@#" <<<"$uri"; }

# Every "ack SESSION SEQUENCE" a writer printed must be a stored decision.
check_acks() {
  local acks=$1
  local missing
  missing=$(sed -n 's/^ack \([0-9]*\) \([0-9]*\)$/(\1,\2)/p' "$acks" | paste -sd, -)
  [ -n "$missing" ] || return 0
  missing=$(psql "$uri" -c "SELECT count(*) FROM (VALUES $missing) AS a(session, sequence)
                            WHERE NOT EXISTS (SELECT 1 FROM frontdesk.decisions d WHERE d.session = a.session AND d.sequence = a.sequence)")
  [ "$missing" = 0 ] || fail "$missing acknowledged decisions are missing from the database"
}

case "$case_name" in
concurrent)
  writers=6
  pids=()
  for ((w = 1; w <= writers; w++)); do
    "$writer" "$uri" "$scenario" "room-$w" --sessions 8 --seed "$w" >"$work/writer-$w.out" 2>"$work/writer-$w.err" &
    pids+=($!)
  done
  for ((w = 1; w <= writers; w++)); do
    wait "${pids[$((w - 1))]}" || fail "writer $w failed: $(cat "$work/writer-$w.err")"
    [ ! -s "$work/writer-$w.err" ] || fail "writer $w printed errors: $(cat "$work/writer-$w.err")"
    tail -n 1 "$work/writer-$w.out" | grep -q '^done 8 ' || fail "writer $w did not finish its 8 sessions"
  done
  cat "$work"/writer-*.out >"$work/all.out"
  check_acks "$work/all.out"
  acked=$(grep -c '^ack ' "$work/all.out")
  stored=$(psql "$uri" -c "SELECT count(*) FROM frontdesk.decisions")
  [ "$stored" = "$acked" ] || fail "$stored decisions stored, $acked acknowledged"
  finished=$(psql "$uri" -c "SELECT count(*) FROM frontdesk.sessions WHERE ended_at IS NOT NULL")
  [ "$finished" = 48 ] || fail "$finished finished sessions, expected 48"
  duplicates=$(psql "$uri" -c "SELECT count(*) FROM (SELECT session, sequence FROM frontdesk.decisions GROUP BY 1, 2 HAVING count(*) > 1) x")
  [ "$duplicates" = 0 ] || fail "$duplicates steps stored twice"
  echo "concurrent writers on PostgreSQL: ok ($writers writers, $acked decisions, 48 sessions)"
  ;;

kill)
  for round in 1 2 3; do
    "$writer" "$uri" "$scenario" "killed-$round" --seed "$round" --pause-ms 5 >"$work/kill-$round.out" 2>"$work/kill-$round.err" &
    pid=$!
    for _ in $(seq 100); do [ "$(grep -c '^ack ' "$work/kill-$round.out" || true)" -ge $((10 * round)) ] && break; sleep 0.05; done
    kill -9 "$pid"
    wait "$pid" 2>/dev/null || true
    [ "$(grep -c '^ack ' "$work/kill-$round.out" || true)" -ge 1 ] || fail "the writer acknowledged nothing before it was killed"
    check_acks "$work/kill-$round.out"
  done
  # The killed sessions can be resumed (nothing half-written blocks them).
  printf '1\n1\n1\n1\n1\n1\n' | "$frontdesk" play "$scenario" --trainee killed-1 --db "$uri" --resume --no-timer >"$work/resume.out" 2>&1 ||
    fail "resume after kill -9 failed: $(cat "$work/resume.out")"
  echo "kill -9 on PostgreSQL: ok (every acknowledged decision kept)"
  ;;

restart)
  # The player reads its answers from a FIFO, so the test can take the server away between two answers.
  mkfifo "$work/answers"
  "$frontdesk" play "$scenario" --trainee T1 --db "$uri" --no-timer --no-shuffle <"$work/answers" >"$work/play.out" 2>&1 &
  player=$!
  exec 3>"$work/answers"
  wait_for() { for _ in $(seq 200); do grep -q "$1" "$work/play.out" && return 0; sleep 0.05; done; fail "the player never printed '$1': $(cat "$work/play.out")"; }
  echo 1 >&3
  sleep 0.5
  [ "$(psql "$uri" -c "SELECT count(*) FROM frontdesk.decisions")" = 1 ] || fail "the first answer was not saved"
  "$here/postgres_server.sh" restart-stop "$server_dir"
  echo 1 >&3                                   # answered while the server is gone
  wait_for "could NOT be saved yet"
  grep -q "the connection to the server was lost\|cannot be reached" "$work/play.out" || fail "the message does not say the server is unreachable: $(cat "$work/play.out")"
  grep -q "Saved: your answer" "$work/play.out" && fail "the player claimed the answer saved while the server was down"
  echo >&3                                     # a retry, still down: kept again
  sleep 1
  [ "$(grep -c 'could NOT be saved yet' "$work/play.out")" -ge 2 ] || fail "a failed retry was not reported"
  "$here/postgres_server.sh" restart-start "$server_dir"
  echo >&3                                     # the retry that succeeds
  wait_for "Saved: your answer is recorded now"
  echo 1 >&3
  exec 3>&-
  wait "$player" || fail "the player failed: $(cat "$work/play.out")"
  grep -q "=== Ending: success" "$work/play.out" || fail "the conversation did not reach its end: $(cat "$work/play.out")"
  [ "$(psql "$uri" -c "SELECT count(*) FROM frontdesk.decisions")" = 3 ] || fail "not all three answers were saved"
  [ "$(psql "$uri" -c "SELECT count(*) FROM frontdesk.sessions WHERE ended_at IS NOT NULL")" = 1 ] || fail "the ending was not saved"
  # Stopping instead of retrying: the answer is not saved, and resume continues from what was.
  mkfifo "$work/answers2"
  "$frontdesk" play "$scenario" --trainee T2 --db "$uri" --no-timer --no-shuffle <"$work/answers2" >"$work/play2.out" 2>&1 &
  player=$!
  exec 3>"$work/answers2"
  echo 1 >&3
  sleep 0.5
  "$here/postgres_server.sh" restart-stop "$server_dir"
  echo 1 >&3
  for _ in $(seq 200); do grep -q "could NOT be saved yet" "$work/play2.out" && break; sleep 0.05; done
  echo q >&3
  exec 3>&-
  status=0
  wait "$player" || status=$?
  [ "$status" = 1 ] || fail "stopping with an unsaved answer exited $status, expected 1"
  grep -q "1 answer not saved" "$work/play2.out" || fail "the player did not say what was not saved: $(cat "$work/play2.out")"
  "$here/postgres_server.sh" restart-start "$server_dir"
  printf '1\n1\n' | "$frontdesk" play "$scenario" --trainee T2 --db "$uri" --no-timer --no-shuffle --resume >"$work/resume.out" 2>&1 ||
    fail "resume failed: $(cat "$work/resume.out")"
  grep -q "Resuming" "$work/resume.out" || fail "the session was not resumed: $(cat "$work/resume.out")"
  grep -q "=== Ending: success" "$work/resume.out" || fail "the resumed session did not end: $(cat "$work/resume.out")"
  echo "server restart under a player: ok"
  ;;

roles)
  psql "$uri" -c "CREATE ROLE pc_room1_$$ LOGIN IN ROLE frontdesk_recorder" -c "CREATE ROLE coordinator_$$ LOGIN IN ROLE frontdesk_reviewer"
  trap 'psql "$admin" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" -c "DROP ROLE IF EXISTS pc_room1_$$" -c "DROP ROLE IF EXISTS coordinator_$$" >/dev/null 2>&1 || true' EXIT
  recorder=$(login_uri "pc_room1_$$")
  reviewer=$(login_uri "coordinator_$$")
  printf '1\n1\n1\n' | "$frontdesk" play "$scenario" --trainee A1 --db "$recorder" --no-timer >"$work/play.out" 2>&1 || fail "the recorder cannot record: $(cat "$work/play.out")"
  grep -q "Results saved in" "$work/play.out" || fail "the recorder's session was not saved"
  printf '1\n' | "$frontdesk" play "$scenario" --trainee A1 --db "$recorder" --no-timer --no-shuffle >/dev/null 2>&1 || true
  printf '1\n1\n' | "$frontdesk" play "$scenario" --trainee A1 --db "$recorder" --no-timer --resume >"$work/resume.out" 2>&1 || fail "the recorder cannot resume: $(cat "$work/resume.out")"
  grep -q "Resuming" "$work/resume.out" || fail "the recorder did not resume: $(cat "$work/resume.out")"
  for command in "report" "trainee export A1" "trainee list" "export-xapi -o $work/x.json"; do
    status=0
    # shellcheck disable=SC2086
    "$frontdesk" $command --db "$recorder" >"$work/denied.out" 2>&1 || status=$?
    [ "$status" = 1 ] || fail "'$command' as a recorder exited $status, expected 1"
    grep -q "may only record sessions" "$work/denied.out" || fail "'$command' as a recorder: unclear message: $(cat "$work/denied.out")"
    grep -qi "permission denied" "$work/denied.out" && ! grep -q "may only record" "$work/denied.out" && fail "a raw privilege error"
  done
  for table in trainees sessions decisions answers session_skills lrs_deliveries; do
    if psql "$recorder" -c "SELECT * FROM frontdesk.$table" >/dev/null 2>"$work/select.err"; then fail "the recorder can SELECT from $table"; fi
    grep -q "permission denied" "$work/select.err" || fail "SELECT from $table as recorder: $(cat "$work/select.err")"
  done
  "$frontdesk" report --db "$reviewer" >"$work/report.out" 2>&1 || fail "the reviewer cannot read the report: $(cat "$work/report.out")"
  grep -q "A1" "$work/report.out" || fail "the reviewer's report misses the trainee"
  status=0
  printf '1\n' | "$frontdesk" play "$scenario" --trainee R1 --db "$reviewer" --no-timer >"$work/reviewer-play.out" 2>&1 || status=$?
  [ "$status" = 1 ] || fail "the reviewer could record (exit $status)"
  grep -q "not allowed" "$work/reviewer-play.out" || fail "the reviewer's refusal is unclear: $(cat "$work/reviewer-play.out")"
  status=0
  "$frontdesk" trainee forget A1 --yes --db "$reviewer" >"$work/forget.out" 2>&1 || status=$?
  [ "$status" = 1 ] && grep -q "needs the database owner" "$work/forget.out" || fail "forget as reviewer: $(cat "$work/forget.out")"
  # The owner forgets: rows gone, and the tables rewritten (a new file each), so no dead copy stays in them.
  before=$(psql "$uri" -c "SELECT pg_relation_filenode('frontdesk.decisions')")
  "$frontdesk" trainee forget A1 --yes --db "$uri" >"$work/forget.out" 2>&1 || fail "forget as owner: $(cat "$work/forget.out")"
  [ "$(psql "$uri" -c "SELECT count(*) FROM frontdesk.sessions")" = 0 ] || fail "sessions left after forget"
  [ "$(psql "$uri" -c "SELECT count(*) FROM frontdesk.answers")" = 0 ] || fail "answers left after forget"
  after=$(psql "$uri" -c "SELECT pg_relation_filenode('frontdesk.decisions')")
  [ "$before" != "$after" ] || fail "the decisions table was not rewritten"
  psql "$uri" -c "CHECKPOINT"
  datadir=$(psql "$admin" -c "SHOW data_directory")
  file=$(psql "$uri" -c "SELECT pg_relation_filepath('frontdesk.answers')")
  if grep -qa "I'm sorry, Mr. Rossi" "$datadir/$file" 2>/dev/null; then fail "the forgotten answers are still readable in the table's file"; fi
  echo "roles on PostgreSQL: ok"
  ;;

copy)
  "$writer" "$work/site-a.db" "$scenario" "ann" --sessions 5 --seed 1 >/dev/null
  "$writer" "$work/site-b.db" "$scenario" "bob" --sessions 4 --seed 2 >/dev/null
  "$writer" "$work/site-b.db" "$scenario" "ann" --sessions 2 --seed 3 >/dev/null   # the same trainee at two sites
  "$frontdesk" db copy "$work/site-a.db" "$uri" >"$work/copy1.out" || fail "copy a: $(cat "$work/copy1.out")"
  grep -q "5 sessions added" "$work/copy1.out" || fail "first copy: $(cat "$work/copy1.out")"
  "$frontdesk" db copy "$work/site-a.db" "$uri" >"$work/copy2.out" || fail "copy a again"
  grep -q "0 trainees added (1 already there), 0 sessions added, 0 sessions completed with answers recorded since, 5 sessions already there" \
    "$work/copy2.out" || fail "copying again added something: $(cat "$work/copy2.out")"
  "$frontdesk" db copy "$work/site-b.db" "$uri" >"$work/copy3.out" || fail "copy b"
  grep -q "1 trainees added (1 already there), 6 sessions added" "$work/copy3.out" || fail "merging site b: $(cat "$work/copy3.out")"
  "$frontdesk" db status "$uri" >"$work/status.out" || fail "db status"
  decisions=$(( $(sqlite3 "$work/site-a.db" "SELECT count(*) FROM decisions") + $(sqlite3 "$work/site-b.db" "SELECT count(*) FROM decisions") ))
  grep -q "^schema version: 2$" "$work/status.out" || fail "status: $(cat "$work/status.out")"
  grep -q "^trainees:       2$" "$work/status.out" || fail "status trainees: $(cat "$work/status.out")"
  grep -q "^sessions:       11 (11 finished)$" "$work/status.out" || fail "status sessions: $(cat "$work/status.out")"
  grep -q "^decisions:      $decisions$" "$work/status.out" || fail "status decisions ($decisions): $(cat "$work/status.out")"
  grep -q "^LRS statements: $((decisions + 22)) (0 delivered, $((decisions + 22)) pending)$" "$work/status.out" || fail "status LRS: $(cat "$work/status.out")"
  # Back to a file, twice; the reports agree.
  "$frontdesk" db copy "$uri" "$work/merged.db" >/dev/null || fail "copy back"
  "$frontdesk" db copy "$uri" "$work/merged.db" >"$work/copy5.out" || fail "copy back again"
  grep -q " 0 sessions added" "$work/copy5.out" || fail "copying back again added sessions"
  "$frontdesk" report --db "$uri" --format json >"$work/pg.json"
  "$frontdesk" report --db "$work/merged.db" --format json >"$work/sqlite.json"
  diff "$work/pg.json" "$work/sqlite.json" >/dev/null || fail "the reports of the server and of its copy differ: $(diff "$work/pg.json" "$work/sqlite.json" | head)"
  "$frontdesk" export-xapi --db "$uri" -o "$work/pg-xapi.json" >/dev/null
  "$frontdesk" export-xapi --db "$work/merged.db" -o "$work/sqlite-xapi.json" >/dev/null
  cmp -s "$work/pg-xapi.json" "$work/sqlite-xapi.json" || fail "the xAPI exports differ (same session UUIDs must give the same statements)"
  # A session that went on at the source gets the rest when copied again.
  "$frontdesk" db copy "$work/site-a.db" "$work/partial.db" >/dev/null
  "$writer" "$work/site-a.db" "$scenario" "ann" --sessions 1 --seed 9 >/dev/null
  "$frontdesk" db copy "$work/site-a.db" "$work/partial.db" >"$work/copy6.out"
  grep -q "1 sessions added" "$work/copy6.out" || fail "file to file: $(cat "$work/copy6.out")"
  "$frontdesk" db status "$work/partial.db" | grep -q "^sessions:       6 (6 finished)$" || fail "file to file status"
  echo "db copy and status: ok"
  ;;

hostile)
  expect_fast() {  # SECONDS_MAX PATTERN COMMAND...
    local limit=$1 pattern=$2
    shift 2
    local start=$SECONDS status=0
    "$@" >"$work/out" 2>&1 || status=$?
    [ "$status" = 1 ] || fail "'$*' exited $status, expected 1: $(cat "$work/out")"
    [ $((SECONDS - start)) -le "$limit" ] || fail "'$*' took $((SECONDS - start)) s"
    grep -q "$pattern" "$work/out" || fail "'$*': expected '$pattern' in: $(cat "$work/out")"
    grep -q "s3cret" "$work/out" && fail "'$*' printed the password"
    return 0
  }
  port=$(cat "$server_dir/port")
  expect_fast 3 "cannot be reached" "$frontdesk" report --db "postgresql://u:s3cret@127.0.0.1:1/results"
  expect_fast 3 "postgresql://u@127.0.0.1:1/results" "$frontdesk" db status "postgresql://u:s3cret@127.0.0.1:1/results"
  expect_fast 3 "libpq cannot read" "$frontdesk" db status "postgresql://u:s3cret@[::1/x"
  # A server that takes the connection and never answers (perl-base is part of every Debian system).
  perl -MIO::Socket::INET -e '$| = 1; my $s = IO::Socket::INET->new(LocalAddr => "127.0.0.1", LocalPort => 0, Listen => 5) or die;
                              print $s->sockport, "\n"; sleep 60' >"$work/silent.port" &
  silent=$!
  for _ in $(seq 50); do [ -s "$work/silent.port" ] && break; sleep 0.1; done
  expect_fast 4 "did not answer in time" "$frontdesk" db status "postgresql://u@127.0.0.1:$(cat "$work/silent.port")/results?connect_timeout=2"
  PGCONNECT_TIMEOUT=1 expect_fast 3 "did not answer in time" "$frontdesk" db status "postgresql://u@127.0.0.1:$(cat "$work/silent.port")/results"
  kill "$silent"
  psql "$uri" -c "CREATE ROLE pw_$$ LOGIN PASSWORD 'right-one' IN ROLE frontdesk_reviewer"
  trap 'psql "$admin" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" -c "DROP ROLE IF EXISTS pw_$$" >/dev/null 2>&1 || true' EXIT
  expect_fast 3 "refused the login" "$frontdesk" report --db "postgresql://pw_$$:s3cret@127.0.0.1:$port/$database"
  PGPASSWORD=right-one "$frontdesk" report --db "postgresql://pw_$$@127.0.0.1:$port/$database" >/dev/null || fail "PGPASSWORD is not used"
  empty="frontdesk_empty_$$"
  psql "$admin" -c "CREATE DATABASE $empty"
  expect_fast 3 "run 'frontdesk db init" "$frontdesk" report --db "$(uri_for "$empty")"
  expect_fast 3 "run 'frontdesk db init" "$frontdesk" play "$scenario" --trainee X --db "$(uri_for "$empty")"
  expect_fast 3 "no such database" "$frontdesk" db status "$(uri_for nope_$$)"
  psql "$admin" -c "DROP DATABASE $empty"
  echo "hostile locations: ok"
  ;;
*)
  echo "unknown case $case_name" >&2
  exit 2
  ;;
esac
