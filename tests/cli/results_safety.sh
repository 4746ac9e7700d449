#!/usr/bin/env bash
# The coordinators' commands on results that could hurt: names that are not text, damaged rows, outputs
# aimed at the database itself, devices, a read-only folder, and a forget while another program reads.
#   results_safety.sh FRONTDESK SQLITE3|none REPORT_DB WORK_DIR
set -uo pipefail
frontdesk="$1" sqlite="$2" fixture="$3" work="$4"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rm -rf "$work" && mkdir -p "$work"
fail() { echo "FAIL: $*"; exit 1; }
db="$work/results.db"
cp "$fixture" "$db"
run() { out=$("$@" </dev/null 2>&1); status=$?; }
expect() {  # expect STATUS REGEX: the last run's exit status and output
  [ "$status" = "$1" ] || fail "exit $status, expected $1: $out"
  grep -Eq -- "$2" <<<"$out" || fail "output does not match /$2/: $out"
}

# Names typed in a terminal with another encoding, or with terminal controls: usage errors, never an abort.
run "$frontdesk" trainee export $'Niccol\xf2' --db "$db"; expect 2 "trainee id 'Niccol\\\\xf2' is not valid UTF-8"
run "$frontdesk" trainee forget $'Niccol\xf2' --yes --db "$db"; expect 2 "not valid UTF-8"
run "$frontdesk" report --db "$db" --trainee $'x\e[2J'; expect 2 "control character, U\\+001B"
run "$frontdesk" export-xapi --db "$db" --cohort $'\xff' -o "$work/x.json"; expect 2 "cohort .* is not valid UTF-8"

# Outputs onto the results: refused, the database unchanged, whatever the spelling.
cp "$db" "$work/before.db"
for target in "$db" "$work/./results.db" "$db-wal" "$db-shm" "$db-journal"; do
  run "$frontdesk" report --db "$db" --format csv -o "$target"; expect 1 "results database"
  run "$frontdesk" export-xapi --db "$db" -o "$target"; expect 1 "results database"
  run "$frontdesk" trainee export ann --db "$db" -o "$target"; expect 1 "results database"
done
ln -s "$db" "$work/link.db"
run "$frontdesk" report --db "$work/link.db" -o "$db"; expect 1 "results database"
run "$frontdesk" report --db "$db" -o "$work/link.db"; expect 1 "results database"
cmp -s "$db" "$work/before.db" || fail "the results database was changed by an output aimed at it"
# (Reading may leave SQLite's empty -wal and -shm beside the file, as any read-only connection does.)
[ -s "$db-wal" ] && fail "an output wrote into $db-wal"
[ -e "$db-journal" ] && fail "an output created $db-journal"

# Personal data files are owner-only, also when they replace a file anyone could read.
umask 022
printf 'old\n' >"$work/report.html" && chmod 644 "$work/report.html"
run "$frontdesk" report --db "$db" --format html -o "$work/report.html"; expect 0 ""
[ "$(stat -c %a "$work/report.html")" = 600 ] || fail "the report is not owner-only: $(stat -c %a "$work/report.html")"
run "$frontdesk" export-xapi --db "$db" -o "$work/xapi.json"; expect 0 "xAPI statements written"
[ "$(stat -c %a "$work/xapi.json")" = 600 ] || fail "the xAPI export is not owner-only"
run "$frontdesk" trainee export ann --db "$db" -o "$work/ann.json"; expect 0 "All data of ann"
[ "$(stat -c %a "$work/ann.json")" = 600 ] || fail "the trainee's copy is not owner-only"
run "$frontdesk" report --db "$db" -o /dev/null; expect 1 "is a device or a pipe, not a file"

# An empty file holds no results, and reading writes no schema into it.
: >"$work/empty.db"
run "$frontdesk" report --db "$work/empty.db"; expect 1 "no results yet at .*/empty.db \\(the file is empty\\)"
[ -s "$work/empty.db" ] && fail "reading wrote into an empty file"

# Devices and FIFOs as the database, for reading and for recording.
run "$frontdesk" report --db /dev/null; expect 1 "is a device or a pipe"
run "$frontdesk" trainee list --db /dev/null; expect 1 "is a device or a pipe"
mkfifo "$work/results.fifo"
run timeout 10 "$frontdesk" trainee list --db "$work/results.fifo"; expect 1 "is a device or a pipe"
run timeout 10 "$frontdesk" play "$root/tests/fixtures/example/angry-client-wrong-invoice.yaml" --trainee T --db /dev/null; expect 1 "is a device or a pipe"

# A read-only folder: reports and lists work and leave nothing behind. Root ignores the folder's mode, so the
# check runs as an unprivileged user where it can.
readonly_dir="$work/readonly"
mkdir -p "$readonly_dir" && cp "$fixture" "$readonly_dir/results.db"
as_user=()
if [ "$(id -u)" = 0 ]; then
  if command -v setpriv >/dev/null && setpriv --reuid=nobody --regid=nogroup --clear-groups "$frontdesk" --version >/dev/null 2>&1; then
    chown -R nobody:nogroup "$readonly_dir"
    as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
  else
    echo "note: running as root and the program cannot run as nobody here; the read-only folder check only sees that nothing is written"
  fi
fi
chmod 555 "$readonly_dir"
run "${as_user[@]}" "$frontdesk" report --db "$readonly_dir/results.db"; expect 0 "^Training results: 4 trainees"
run "${as_user[@]}" "$frontdesk" trainee list --db "$readonly_dir/results.db"; expect 0 "^4 trainees$"
for suffix in -wal -shm -journal; do [ -e "$readonly_dir/results.db$suffix" ] && fail "reading created results.db$suffix"; done
cmp -s "$readonly_dir/results.db" "$fixture" || fail "reading changed the file"
chmod 755 "$readonly_dir"

if [ "$sqlite" = none ] || [ ! -x "$sqlite" ]; then
  echo "results safety: ok (damaged rows and forget while reading skipped: no sqlite3 tool)"
  exit 0
fi

# Damaged rows (another program wrote them): listed with the controls shown, exported without aborting.
cp "$fixture" "$db"
"$sqlite" "$db" "INSERT INTO trainees VALUES (CAST(X'4E6963636F6CF2' AS TEXT), 'Evil' || char(27) || ']52;c;aGk=' || char(7), 'c' || char(13) || 'x', '2026-01-01T00:00:00.000Z');
                 UPDATE sessions SET trainee = CAST(X'4E6963636F6CF2' AS TEXT) WHERE trainee = 'carlo';
                 UPDATE answers SET said = CAST(X'636166E9' AS TEXT) WHERE id IN (SELECT answer FROM decisions WHERE sequence = 1);" || fail "could not damage the rows"
run "$frontdesk" trainee list --db "$db"; expect 0 'Evil\\x1b\]52;c;aGk=\\x07'
grep -q $'\e' <<<"$out" && fail "trainee list printed a raw escape character"
grep -q $'\r' <<<"$out" && fail "trainee list printed a raw carriage return"
run "$frontdesk" export-xapi --db "$db" -o "$work/damaged.json"; expect 0 "xAPI statements written"
jq -e 'length > 0' "$work/damaged.json" >/dev/null 2>&1 || [ ! -x "$(command -v jq)" ] || fail "the xAPI export is not valid JSON"
run "$frontdesk" report --db "$db" --format json; expect 0 "\"trainees\""

# Forget while another program reads: the rows go, the wipe is reported unfinished; a later forget finishes it.
cp "$fixture" "$db"
"$sqlite" "$db" "PRAGMA journal_mode=WAL" >/dev/null
{ echo "BEGIN; SELECT count(*) FROM trainees;"; sleep 14; echo "COMMIT;"; } | "$sqlite" "$db" >/dev/null &
reader=$!
sleep 1
run "$frontdesk" trainee forget dana --yes --db "$db"; expect 1 "deleted dana .*, but the wipe is not finished: another program is still reading"
grep -q "nothing of them is left readable" <<<"$out" && fail "claimed a finished wipe"
wait "$reader"
run "$frontdesk" trainee forget dana --yes --db "$db"; expect 0 "finished the wipe an earlier forget had left unfinished"
run "$frontdesk" trainee forget dana --yes --db "$db"; expect 1 "no trainee 'dana'"
if grep -aq "Dana Ek" "$db" "$db-wal" 2>/dev/null; then fail "the forgotten name is still in the files"; fi
echo "results safety: ok"
