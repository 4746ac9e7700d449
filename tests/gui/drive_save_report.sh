# "Save report" in the Review with the keyboard only, in an Italian window: Ctrl+S opens the form with the
# file field focused; a path typed over the one offered and Enter save the HTML report; the results database
# itself is refused (the form stays open with the file field focused, saying why); a name ending in .csv
# saves the CSV; Esc closes the form, Esc again leaves.
# $report and $db are set by the caller.
wait_for "review_loaded 4 trainees 6 attempts 1 scenarios" 30
wait_for "review_tab cohort" 10
keys ctrl+s
wait_for "report_form " 10
sleep 0.3  # the field takes the keyboard a frame or two after the form opens, as it would for a person
keys ctrl+a
type_text "$report"
keys Return
wait_for "report_saved html " 10
keys ctrl+s
wait_for "report_form $report" 10
sleep 0.3
keys ctrl+a
type_text "$db"
keys Return
wait_for "report_not_saved " 10
sleep 0.3  # the file field takes the keyboard back on the next frames
keys ctrl+a
type_text "${report%.html}.csv"
keys Return
wait_for "report_saved csv " 10
sleep 0.3
keys ctrl+s
wait_for "report_form ${report%.html}.csv" 10
keys Escape
wait_for "report_form_closed" 10
keys Escape
wait_for "screen library" 10
kill -TERM "$app"
