#!/usr/bin/env bash
# The Review's "Results from" form: a coordinator points the window at another results store (here a second
# site's file) with the mouse and the keyboard: a folder that does not exist is refused in the form (the field
# keeps the focus to correct it), the other file is then opened, read (three trainees instead of one), and
# remembered in the window's settings. Pictures: location-*.png.
#   run_results_location_test.sh FRONTDESK OUTPUT_DIR
set -uo pipefail
frontdesk="$1" out="$2"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
example="$root/tests/fixtures/example/angry-client-wrong-invoice.yaml"
rm -rf "$out" && mkdir -p "$out/config" "$out/data" "$out/state" "$out/site2"
export XDG_CONFIG_HOME="$out/config" XDG_DATA_HOME="$out/data" XDG_STATE_HOME="$out/state" LANG=C.UTF-8
trace="$out/trace.log"
source "$root/tests/gui/session_lib.sh"  # fail, gui_session
cd "$out" || exit 1
printf '1\n1\n1\n' | "$frontdesk" play "$example" --trainee anna --no-timer --no-shuffle >/dev/null 2>&1 || fail "recording anna"
for trainee in b1 b2 b3; do
  printf '2\n2\n' | "$frontdesk" play "$example" --trainee "$trainee" --db "$out/site2/results.db" --no-timer --no-shuffle >/dev/null 2>&1 || fail "recording $trainee"
done
driver='
wait_for "review_loaded 1 trainees" 30
wait_for " location_button [0-9]+ [0-9]+" 10
read -r bx by < <(grep -oE " location_button [0-9]+ [0-9]+" "$trace" | tail -1 | cut -d" " -f3,4)
xdotool search --sync --onlyvisible --name "^frontdesk$" mousemove --window %1 "$bx" "$by" click 1 >/dev/null 2>&1
wait_for "location_form .*/data/frontdesk/results.db" 10
keys ctrl+a
type_text "'"$out"'/nowhere/results.db"
keys Return
wait_for "location_refused The folder .*/nowhere does not exist" 10
f12_as location refused
keys ctrl+a
type_text "'"$out"'/site2/results.db"
keys Return
wait_for "review_loaded 3 trainees" 20
f12_as location opened
kill -TERM "$app"
'
gui_session location 1280x800 "--review --trainee coordinator --lang en" "$driver"
[ "$?" = 0 ] || fail "the session failed"
grep -q "^[0-9.]* results_location $out/site2/results.db$" "$trace" || fail "the new location was not taken"
grep -q "\"results\": \"$out/site2/results.db\"" "$out/config/frontdesk/settings.json" || fail "the location was not remembered: $(cat "$out/config/frontdesk/settings.json")"
# The next start reads from there at once.
trace="$out/trace-again.log"
driver='
wait_for "review_loaded 3 trainees" 30
kill -TERM "$app"
'
gui_session location-again 1280x800 "--review --lang en" "$driver"
[ "$?" = 0 ] || fail "the remembered location was not read on the next start"
echo "results location test passed: $out/location-refused-1280x800.png $out/location-opened-1280x800.png"
