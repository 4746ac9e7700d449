#!/usr/bin/env bash
# Crash test: kills a recording process (kill -9) at random moments, again and again on the same database
# file, and checks after every kill that each decision it acknowledged ("ack S N" on stdout, printed only
# after the store committed it) is in the file, and that the file passes integrity_check.
#
#   run_crash_test.sh CRASH_WRITER SQLITE3|none WORK_DIR [SCENARIO]
#
# CRASH_ROUNDS (default 100) sets the number of kills. Exits 77 (skipped) without the sqlite3 tool.
set -euo pipefail

if [ $# -lt 3 ]; then
  echo "usage: run_crash_test.sh CRASH_WRITER SQLITE3|none WORK_DIR [SCENARIO]" >&2
  exit 2
fi
writer=$1
sqlite=$2
work=$3
scenario=${4:-"$(cd "$(dirname "$0")" && pwd)/../fixtures/example/angry-client-wrong-invoice.yaml"}
rounds=${CRASH_ROUNDS:-100}

if [ "$sqlite" = none ] || [ ! -x "$sqlite" ]; then
  echo "crash test: skipped, the sqlite3 command-line tool is missing (tools/setup.sh --with-tests installs it)"
  exit 77
fi

rm -rf "$work"
mkdir -p "$work"
db="$work/results.db"
acks="$work/acks.txt"   # every acknowledged decision so far, "S N" per line
: >"$acks"

# Checks every acknowledged decision so far; prints "missing S N" lines, then integrity and foreign-key
# findings. no_ckpt_on_close leaves the write-ahead log as the crash left it, so the next writer recovers it.
check() {
  {
    echo ".output /dev/null"
    echo ".dbconfig no_ckpt_on_close on"
    echo ".output stdout"
    echo "CREATE TEMP TABLE acks(session INTEGER, sequence INTEGER);"
    if [ -s "$acks" ]; then
      echo "INSERT INTO acks VALUES"
      sed -e 's/^\([0-9]*\) \([0-9]*\)$/(\1,\2),/' -e '$ s/,$/;/' "$acks"
    fi
    echo "SELECT 'missing ' || session || ' ' || sequence FROM acks a"
    echo "  WHERE NOT EXISTS (SELECT 1 FROM decisions d WHERE d.session = a.session AND d.sequence = a.sequence);"
    echo "SELECT 'integrity ' || integrity_check FROM pragma_integrity_check;"
    echo "SELECT 'foreign key ' || \"table\" || ' ' || parent FROM pragma_foreign_key_check;"
    echo "SELECT 'gap in session ' || session FROM decisions GROUP BY session HAVING max(sequence) <> count(*);"
  } >"$work/check.sql"
  "$sqlite" -batch -noheader "$db" <"$work/check.sql"
}

failures=0
kills=0
early=0
start=$SECONDS
for ((round = 1; round <= rounds; round++)); do
  out="$work/round.out"
  err="$work/round.err"
  "$writer" "$db" "$scenario" crash-trainee --seed "$RANDOM" >"$out" 2>"$err" &
  pid=$!
  sleep "$(printf '0.%03d' $((5 + RANDOM % 146)))"
  kill -9 "$pid" 2>/dev/null || true
  status=0
  { wait "$pid"; } 2>/dev/null || status=$?
  if [ "$status" -ne 137 ] || [ -s "$err" ]; then
    echo "crash test: round $round: the writer failed before the kill (status $status, 137 expected):" >&2
    cat "$err" >&2
    failures=$((failures + 1))
    break
  fi
  kills=$((kills + 1))
  # Only complete lines count (read fails on a last line without its newline): a line cut by the kill
  # was never fully shown. Builtins only: a process per round would cost more than the writer's run.
  round_acks=0
  while read -r word session sequence rest; do
    if [ "$word" = ack ] && [ -z "$rest" ] && [[ "$session$sequence" =~ ^[0-9]+$ ]]; then
      printf '%s %s\n' "$session" "$sequence" >>"$acks"
      round_acks=$((round_acks + 1))
    fi
  done <"$out"
  [ "$round_acks" -eq 0 ] && early=$((early + 1))
  [ -s "$acks" ] || continue  # killed before anything was acknowledged (maybe before the schema existed)
  report=$(check 2>&1) || true
  problems=$(printf '%s\n' "$report" | grep -v '^integrity ok$' | grep -v '^$' || true)
  if [ -n "$problems" ]; then
    echo "crash test: round $round (after $round_acks new acknowledgements):" >&2
    printf '%s\n' "$problems" | head -20 >&2
    failures=$((failures + 1))
    cp "$db" "$work/failed-round-$round.db" 2>/dev/null || true
    [ -e "$db-wal" ] && cp "$db-wal" "$work/failed-round-$round.db-wal"
    break
  fi
done

acknowledged=$(wc -l <"$acks")
missing=0
integrity="not checked (nothing acknowledged)"
if [ -s "$acks" ]; then
  integrity=failed
  report=$(check 2>&1) || true
  missing=$(printf '%s\n' "$report" | grep -c '^missing ' || true)
  if printf '%s\n' "$report" | grep -qx 'integrity ok'; then integrity=ok; fi
fi
stored=$([ -s "$acks" ] && "$sqlite" -batch -noheader "$db" "SELECT count(*) FROM decisions" 2>/dev/null || echo 0)
echo "crash test: $kills kills, $acknowledged acknowledged decisions, $missing missing, integrity $integrity" \
     "($stored decisions stored, $early kills before the first acknowledgement, $((SECONDS - start)) s)"
if [ "$failures" -ne 0 ] || [ "$missing" -ne 0 ] || [ "$integrity" != ok ] || [ "$acknowledged" -eq 0 ]; then
  exit 1
fi
