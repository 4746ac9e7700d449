#!/usr/bin/env bash
# GUI test of the coordinators' Review: record six sessions of the example scenario with the terminal player
# (four trainees, two cohorts, different answers, one left unfinished), open `frontdesk gui --review` in a
# virtual X display, visit every tab with the keyboard (drive_review.sh), and check the trace, the database
# and that each screenshot shows something; then, in Italian, save the report as HTML and CSV with the
# keyboard (drive_save_report.sh) and check the files.
#   run_review_test.sh FRONTDESK_BINARY PNG_CHECK_BINARY OUTPUT_DIR
set -uo pipefail
frontdesk="$1" png_check="$2" out="$3"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
scenario="$root/tests/fixtures/example/angry-client-wrong-invoice.yaml"
rm -rf "$out" && mkdir -p "$out/config" "$out/data" "$out/reports"
export XDG_CONFIG_HOME="$out/config" XDG_DATA_HOME="$out/data" LANG=C.UTF-8
db="$out/results.db" trace="$out/trace.log" shot="$out/review.png" report="$out/reports/rapporto.html"

source "$root/tests/gui/session_lib.sh"  # fail, gui_session

# Answers through a pipe, one per line; "q" stops the conversation half way (an interrupted session).
record() {
  printf "$4" | "$frontdesk" play "$scenario" --trainee "$1" --cohort "$2" --db "$db" --no-timer --no-shuffle >>"$out/play.log" 2>&1
  [ "$(sqlite3 "$db" "SELECT count(*) FROM sessions")" = "$3" ] || fail "session $3 of $1 was not recorded"
}
record anna spring 1 '1\n1\n1\n'    # success
record anna spring 2 '2\n2\n'       # the invoice number, then blaming billing: failure
record bruno spring 3 '1\n1\n2\n'   # a vague promise at the end: partial
record carla autumn 4 '3\n'         # "calm down": failure at once
record carla autumn 5 '1\nq\n'      # interrupted after one answer
record dario autumn 6 '1\n1\n1\n'   # success
[ "$(sqlite3 "$db" 'SELECT count(*) FROM sessions WHERE ended_at IS NULL')" = 1 ] || fail "expected one unfinished session"

cd "$out" || exit 1  # F12 screenshots land in the working folder
# Opens the Review once in a virtual display: run_window LANGUAGE DRIVER (a file in tests/gui), tracing to $trace.
run_window() {
  gui_session "$2" 1280x800 "--scenarios \"$root/tests/fixtures/example\" --db \"$db\" --trainee Coordinator --review --lang $1 --screenshot \"$shot\"" \
    "source \"$root/tests/gui/$2\"" "db=\"$db\" report=\"$report\""
  local status=$?
  [ "$status" = 0 ] || fail "program exited with $status under $2"
}

run_window en drive_review.sh
grep -q "screen review" "$trace" || fail "the Review was not opened"
grep -q "review_loaded 4 trainees 6 attempts 1 scenarios" "$trace" || fail "the Review did not read the six attempts"
grep -q "review_sort 0 descending" "$trace" || fail "the cohort was not sorted from the keyboard"
grep -q "review_trainee dario" "$trace" || fail "the first row after sorting (dario) was not opened"
for tab in cohort trainee scenarios transcript; do grep -q "review_tab $tab" "$trace" || fail "the $tab tab was not shown"; done
grep -q "screen library" "$trace" || fail "Esc did not go back to the library"
[ "$(sqlite3 "$db" 'SELECT count(*) FROM sessions')" = 6 ] || fail "the Review changed the sessions"
[ "$(grep -c ' screenshot frontdesk-' "$trace")" = 4 ] || fail "expected 4 F12 screenshots in the trace (one per tab)"
shots=$(ls "$out"/frontdesk-*.png 2>/dev/null | wc -l)
[ "$shots" = 4 ] || fail "expected 4 F12 screenshots (one per tab), found $shots"
for png in "$out"/frontdesk-*.png "$shot"; do "$png_check" "$png" || fail "$png looks blank"; done

# Saving the report, in Italian: the HTML and the CSV, owner-only, and never over the results database.
db_before=$(sha256sum "$db" | cut -d' ' -f1)
trace="$out/trace-save.log"
run_window it drive_save_report.sh
[ -f "$report" ] || fail "no report at $report"
[ "$(stat -c %a "$report")" = 600 ] || fail "the report is not owner-only (mode $(stat -c %a "$report"))"
grep -q '<html lang="it">' "$report" || fail "the report is not in Italian"
grep -q "anna" "$report" || fail "the report does not list the trainees"
csv="${report%.html}.csv"
[ -f "$csv" ] && [ "$(stat -c %a "$csv")" = 600 ] || fail "no owner-only CSV at $csv"
grep -q "dario" "$csv" || fail "the CSV does not list the sessions"
grep -q "report_not_saved cannot write $db: it is the results database" "$trace" || fail "saving onto the results database was not refused"
[ "$(sha256sum "$db" | cut -d' ' -f1)" = "$db_before" ] || fail "the results database changed"
[ "$(ls -A "$out/reports" | wc -l)" = 2 ] || fail "stray files beside the reports: $(ls -A "$out/reports")"
echo "GUI review test passed: $shots tab screenshots; report saved as HTML and CSV"
