#!/usr/bin/env bash
# Nothing cut off, on any screen, at the extremes of text size and screen: 0.8x and 2.0x text on 1024x600 and
# 1920x1080, each screen a trainee meets (trainee, briefing, conversation with the email thread and its drafts,
# debrief, library), the coordinators' Review and the trainer's studio (its panels), judged by the program's own layout (the trace's "clipping"
# lines: every window or panel whose content does not fit and cannot be scrolled to; see app/clip_check.h).
#   run_clipping_test.sh FRONTDESK_BINARY PNG_CHECK_BINARY OUTPUT_DIR
# Screenshots clipping-SCALE-SCREEN-SIZE.png, to be looked at.
set -uo pipefail
frontdesk="$1" png_check="$2" out="$3"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rm -rf "$out" && mkdir -p "$out"
export LANG=C.UTF-8
scenario="$root/scenarios/email-reclamo-rimborso-asl.yaml"
failures=0

source "$root/tests/gui/session_lib.sh"  # gui_session
# Every problem counted (the verdicts of all screens and sizes are wanted in one run), not the first alone.
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
cd "$out" || exit 1

# run NAME SCALE SCREEN ARGS DRIVER: a first start (settings with only the text size and the language) in a
# display of SCREEN, driven by DRIVER's commands.
run() {
  local name="$1" scale="$2" screen_size="$3" args="$4" driver="$5"
  trace="$out/trace-$name.log"
  mkdir -p "$out/$name/config/frontdesk"
  printf '{"language": "it", "font_scale": %s}\n' "$scale" >"$out/$name/config/frontdesk/settings.json"
  XDG_CONFIG_HOME="$out/$name/config" XDG_DATA_HOME="$out/$name/data" \
    gui_session "$name" "$screen_size" "$args --no-shuffle" "f12() { f12_as \"clipping-$scale\" \"\$1\" 0.6; }
$driver" || fail "$name: the program or its driver failed"
}

trainee_to_library='
wait_for "screen trainee" 30
f12 trainee
type_text "Anna Neri"; keys Return
wait_for "screen briefing " 10
stays_on briefing  # the Enter in the name field does not start the conversation too (it once skipped the briefing)
f12 briefing
keys Return
wait_for "screen conversation " 10
wait_answers
f12 conversation
for answer in 3 3 3 3 2; do
  before=$(grep -c " choose " "$trace")
  answer_key $answer
  for _ in $(seq 50); do [ "$(grep -c " choose " "$trace")" -gt "$before" ] && break; sleep 0.1; done
  [ "$answer" = 3 ] || f12 answered
done
wait_for "finished " 10
keys Return
wait_for "screen debrief " 10
f12 debrief
keys Escape
wait_for "screen library" 10
f12 library
kill -TERM "$app"'
review='
wait_for "screen review" 30
sleep 1.5   # the Review reads on its own thread
f12 review
kill -TERM "$app"'
studio='
wait_for " studio_loaded " 30
wait_for " studio_boxes " 10
f12 studio-checks
keys 2
wait_for " studio_tab node" 10
f12 studio-node
keys 3
wait_for " studio_tab edit" 10
f12 studio-edit
keys 4
wait_for " studio_tab play" 10
f12 studio-play
keys 5
wait_for " studio_tab tells" 10
f12 studio-tells
keys 7
wait_for " studio_tab languages" 10
f12 studio-languages
kill -TERM "$app"'

for screen_size in 1024x600 1920x1080; do
  for scale in 0.8 2.0; do
    run "trainee-$scale-$screen_size" "$scale" "$screen_size" "--scenario \"$scenario\"" "$trainee_to_library"
    db="$out/trainee-$scale-$screen_size/data/frontdesk/results.db"
    run "review-$scale-$screen_size" "$scale" "$screen_size" "--review --trainee Coordinatrice --db \"$db\"" "$review"
    run "studio-$scale-$screen_size" "$scale" "$screen_size" "--studio \"$scenario\" --db \"$db\"" "$studio"
  done
done

for log in "$out"/trace-*.log; do
  name=$(basename "$log" .log)
  grep -q " clipping " "$log" || fail "$name: no clipping verdict in the trace"
  for screen in trainee briefing conversation debrief library review studio; do
    case "$name" in
      trace-review-*) [ "$screen" = review ] || continue ;;
      trace-studio-*) [ "$screen" = studio ] || continue ;;
      *) { [ "$screen" = review ] || [ "$screen" = studio ]; } && continue ;;
    esac
    grep -Eq "^[0-9.]+ clipping $screen " "$log" || fail "$name: the $screen screen was not reached"
  done
  while read -r line; do fail "$name: $line"; done < <(grep -E "^[0-9.]+ clipping " "$log" | grep -v " none$")
done
# (The trainee screen and the example-sized briefing at 0.8x are mostly background, too plain for png_check's
# rule: they are looked at instead.)
for png in "$out"/clipping-*-conversation-*.png "$out"/clipping-*-debrief-*.png "$out"/clipping-*-library-*.png "$out"/clipping-*-review-*.png; do
  "$png_check" "$png" >/dev/null || fail "$png looks blank"
done
if [ "$failures" -gt 0 ]; then
  echo "GUI clipping test: $failures problems (screenshots in $out)"
  exit 1
fi
echo "GUI clipping test passed: $(ls "$out"/clipping-*.png | wc -l) screenshots in $out"
