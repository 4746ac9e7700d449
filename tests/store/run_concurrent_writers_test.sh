#!/usr/bin/env bash
# Several writers at once: a training room sharing one results file. WRITERS processes (default 4) start
# together on a file that does not exist yet, each records SESSIONS finished sessions (default 30) as fast as
# it can; all must exit 0 without printing any error, and the file must hold exactly WRITERS x SESSIONS
# finished sessions with every acknowledged decision and nothing else, and pass integrity_check.
#
#   run_concurrent_writers_test.sh CRASH_WRITER SQLITE3|none WORK_DIR [SCENARIO]
#
# Exits 77 (skipped) without the sqlite3 tool.
set -euo pipefail

if [ $# -lt 3 ]; then
  echo "usage: run_concurrent_writers_test.sh CRASH_WRITER SQLITE3|none WORK_DIR [SCENARIO]" >&2
  exit 2
fi
writer=$1
sqlite=$2
work=$3
scenario=${4:-"$(cd "$(dirname "$0")" && pwd)/../fixtures/example/angry-client-wrong-invoice.yaml"}
writers=${WRITERS:-4}
sessions=${SESSIONS:-30}

if [ "$sqlite" = none ] || [ ! -x "$sqlite" ]; then
  echo "concurrent writers test: skipped, the sqlite3 command-line tool is missing (tools/setup.sh --with-tests installs it)"
  exit 77
fi

rm -rf "$work"
mkdir -p "$work"
db="$work/results.db"
start=$SECONDS

pids=()
for ((w = 1; w <= writers; w++)); do
  "$writer" "$db" "$scenario" "room-$w" --sessions "$sessions" --seed "$w" >"$work/writer-$w.out" 2>"$work/writer-$w.err" &
  pids+=($!)
done

failed=0
for ((w = 1; w <= writers; w++)); do
  status=0
  wait "${pids[$((w - 1))]}" || status=$?
  if [ "$status" -ne 0 ] || [ -s "$work/writer-$w.err" ]; then
    echo "concurrent writers test: writer $w exited with status $status:" >&2
    cat "$work/writer-$w.err" >&2
    failed=1
  elif ! tail -n 1 "$work/writer-$w.out" | grep -q "^done $sessions "; then
    echo "concurrent writers test: writer $w did not report $sessions finished sessions" >&2
    failed=1
  fi
done
[ "$failed" -eq 0 ] || exit 1

# What the writers acknowledged, and what the file must hold accordingly.
{
  echo "CREATE TEMP TABLE acks(trainee TEXT, session INTEGER, sequence INTEGER);"
  for ((w = 1; w <= writers; w++)); do
    sed -n "s/^ack \([0-9]*\) \([0-9]*\)$/INSERT INTO acks VALUES ('room-$w', \1, \2);/p" "$work/writer-$w.out"
  done
  echo "SELECT 'finished ' || count(*) FROM sessions WHERE ended_at IS NOT NULL;"
  echo "SELECT 'unfinished ' || count(*) FROM sessions WHERE ended_at IS NULL;"
  echo "SELECT 'trainee ' || trainee || ' finished ' || count(*) FROM sessions WHERE ended_at IS NOT NULL GROUP BY trainee"
  echo "  HAVING count(*) <> $sessions;"
  echo "SELECT 'acknowledged ' || count(*) FROM acks;"
  echo "SELECT 'stored ' || count(*) FROM decisions;"
  echo "SELECT 'missing ' || a.session || ' ' || a.sequence FROM acks a"
  echo "  WHERE NOT EXISTS (SELECT 1 FROM decisions d JOIN sessions s ON s.id = d.session"
  echo "                    WHERE d.session = a.session AND d.sequence = a.sequence AND s.trainee = a.trainee);"
  echo "SELECT 'unacknowledged ' || d.session || ' ' || d.sequence FROM decisions d"
  echo "  WHERE NOT EXISTS (SELECT 1 FROM acks a WHERE a.session = d.session AND a.sequence = d.sequence);"
  echo "SELECT 'gap in session ' || session FROM decisions GROUP BY session HAVING max(sequence) <> count(*);"
  echo "SELECT 'integrity ' || integrity_check FROM pragma_integrity_check;"
  echo "SELECT 'foreign key ' || \"table\" || ' ' || parent FROM pragma_foreign_key_check;"
} >"$work/check.sql"
report=$("$sqlite" -batch -noheader "$db" <"$work/check.sql" 2>&1) || true

expected=$((writers * sessions))
finished=$(printf '%s\n' "$report" | sed -n 's/^finished //p')
acknowledged=$(printf '%s\n' "$report" | sed -n 's/^acknowledged //p')
stored=$(printf '%s\n' "$report" | sed -n 's/^stored //p')
problems=$(printf '%s\n' "$report" | grep -v -e '^finished ' -e '^acknowledged ' -e '^stored ' -e '^unfinished 0$' \
           -e '^integrity ok$' -e '^$' || true)
echo "concurrent writers test: $writers writers, $finished of $expected finished sessions, $stored of $acknowledged" \
     "acknowledged decisions stored, integrity $(printf '%s\n' "$report" | grep -qx 'integrity ok' && echo ok || echo failed)" \
     "($((SECONDS - start)) s)"
if [ -n "$problems" ] || [ "$finished" != "$expected" ] || [ "$stored" != "$acknowledged" ]; then
  printf '%s\n' "$problems" | head -20 >&2
  exit 1
fi
