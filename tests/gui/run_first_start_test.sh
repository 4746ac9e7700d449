#!/usr/bin/env bash
# The very first start, as a new trainee meets the program, with the keyboard alone; then the window's size
# remembered between starts.
#   run_first_start_test.sh FRONTDESK_BINARY PNG_CHECK_BINARY OUTPUT_DIR
#  1. No settings at all, a 1024x600 screen, no --trainee, no --size: the trainee screen takes the keyboard in its
#     name field; Enter on an empty name is refused under the field; the name typed and Enter; the library (Tab
#     to the card, Enter); the briefing (Enter starts); three answers by number; Enter for the debrief.
#  2. Started again on a 1920x1080 screen: the name is remembered (the library first); the window, resized to
#     900x560 as a trainee would, is remembered when the program ends...
#  3. ...and opens at that size at the next start; on a 1024x600 screen the same remembered size 1400x900 is
#     fitted to the screen.
# Screenshots first-start-*.png, to be looked at.
set -uo pipefail
frontdesk="$1" png_check="$2" out="$3"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rm -rf "$out" && mkdir -p "$out/config" "$out/data"
export XDG_CONFIG_HOME="$out/config" XDG_DATA_HOME="$out/data" LANG=C.UTF-8
trace="$out/trace.log"
settings="$out/config/frontdesk/settings.json"

source "$root/tests/gui/session_lib.sh"  # fail, gui_session
cd "$out" || exit 1  # F12 screenshots land in the working folder

# run SCREEN DRIVER_COMMANDS: the program on the example library in a display of SCREEN, driven by the commands.
run() {
  rm -f "$trace"
  gui_session first-start "$1" "--scenarios \"$root/tests/fixtures/example\" --no-shuffle" "$2" || fail "the program or its driver failed on $1"
}

# 1. First start.
run 1024x600 '
wait_for "screen trainee" 30
sleep 0.5                       # the name field takes the keyboard on the first frames
keys Return                     # nothing typed yet: refused, and the field keeps the keyboard
wait_for "trainee_refused " 10
type_text "Marta Rossi"
keys Return
wait_for "screen library" 10
f12_as first-start library
for _ in $(seq 12); do grep -Eq "^[0-9.]+ focus card " "$trace" && break; keys Tab; sleep 0.2; done
wait_for "^[0-9.]+ focus card " 5
keys Return
wait_for "screen briefing " 10
stays_on briefing               # the Enter on the card does not start the conversation too
f12_as first-start briefing
keys Return
wait_for "screen conversation " 10
wait_answers
keys 1; wait_for "choose 1 node=opening" 10
keys 1; wait_for "choose 1 node=details" 10
keys 1; wait_for "finished angry-client-wrong-invoice success" 10
keys Return
wait_for "screen debrief" 10
f12_as first-start debrief
kill -TERM "$app"'
grep -q "^[0-9.]* screen trainee" "$trace" || fail "a first start did not begin on the trainee screen"
grep -q "^[0-9.]* trainee Marta Rossi$" "$trace" || fail "the name typed on arrival was not taken (was the name field focused?)"
grep -Eq "^[0-9.]+ window [0-9]+x[0-9]+ desktop 1024x600$" "$trace" || fail "the first window was not the default fitted to the screen: $(grep ' window ' "$trace")"
[ "$(grep -c '^[0-9.]* choose ' "$trace")" = 3 ] || fail "expected 3 answers"
grep -Eq "screen debrief angry-client-wrong-invoice success [0-9]+% passed" "$trace" || fail "the debrief was not reached with the keyboard"
grep -q "window_remembered" "$trace" && fail "a window nobody resized was remembered"
grep -q '"window_width"' "$settings" && fail "the settings remember a size nobody chose"
mv "$trace" "$out/trace-first-start.log"

# 2. Second start: resized, remembered.
run 1920x1080 '
wait_for "screen library" 30
window=$(xdotool search --sync --onlyvisible --name "^frontdesk$" | head -1)
xdotool windowsize "$window" 900 560
sleep 1
kill -TERM "$app"'
grep -q "^[0-9.]* screen trainee" "$trace" && fail "the remembered trainee was asked again"
grep -q "^[0-9.]* window_remembered 900x560$" "$trace" || fail "the new size was not remembered"
grep -q '"window_width": 900' "$settings" || fail "settings.json has no window size: $(cat "$settings")"

# 3. Third start: at that size; then a smaller screen with a larger size remembered.
run 1920x1080 'wait_for "screen library" 30; sleep 0.5; kill -TERM "$app"'
grep -q "^[0-9.]* window 900x560 desktop 1920x1080 (remembered)$" "$trace" || fail "the window did not open at its remembered size: $(grep ' window ' "$trace")"
python3 - "$settings" <<'PY'
import json, sys
path = sys.argv[1]
settings = json.load(open(path))
settings.update(window_width=1400, window_height=900)
json.dump(settings, open(path, "w"))
PY
run 1024x600 'wait_for "screen library" 30; sleep 0.5; f12_as first-start remembered-small; kill -TERM "$app"'
grep -q "^[0-9.]* window 1024x600 desktop 1024x600 (remembered)$" "$trace" || fail "a remembered size larger than the screen was not fitted: $(grep ' window ' "$trace")"

# (The example's short briefing is mostly background, too plain for png_check's rule: it is looked at instead.)
for png in "$out"/first-start-*.png; do
  [ "${png##*/}" = first-start-briefing-1024x600.png ] || "$png_check" "$png" || fail "$png looks blank"
done
[ "$(ls "$out"/first-start-*.png | wc -l)" = 4 ] || fail "expected 4 screenshots, found: $(ls "$out"/first-start-*.png)"
echo "GUI first-start test passed: screenshots $(ls "$out"/first-start-*.png | tr '\n' ' ')"
