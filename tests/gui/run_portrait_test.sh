#!/usr/bin/env bash
# Portraits: the character's expression follows the mood and the moment, and the face is drawn well at two
# screen sizes and in high contrast.
#   run_portrait_test.sh FRONTDESK_BINARY PNG_CHECK_BINARY PORTRAIT_SHEET_BINARY OUTPUT_DIR
#  1. 1024x600: the example scenario (Mr. Rossi, mood 25) answered well three times: annoyed at the start,
#     relieved when the mood recovers from low, neutral, pleased at the success ending; the window goes idle
#     once the face has settled (a blink now and then costs a few frames, not a stream); the debrief shows
#     the final expression.
#  2. 1920x1080: two bad answers: the mood falls to 0 and the caller hangs up: furious, and the failure's
#     debrief never shows relief or pleasure.
#  3. 1024x600 in high contrast: the plain, outlined portrait in the briefing and the conversation.
#  4. A sheet of every expression for three bundled characters, at a small and a large size, and in high
#     contrast (portrait-sheet-*.png).
# Screenshots portraits-*.png and portrait-sheet-*.png, to be looked at.
set -uo pipefail
frontdesk="$1" png_check="$2" sheet="$3" out="$4"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
scenario="$root/tests/fixtures/example/angry-client-wrong-invoice.yaml"
rm -rf "$out" && mkdir -p "$out/config" "$out/data"
export XDG_CONFIG_HOME="$out/config" XDG_DATA_HOME="$out/data" LANG=C.UTF-8
trace="$out/trace.log"

source "$root/tests/gui/session_lib.sh"  # fail, gui_session
cd "$out" || exit 1  # F12 screenshots land in the working folder

# run SCREEN PATH [high-contrast]: the example in a display of SCREEN, driven by drive_portraits.sh.
run() {
  local screen_size="$1" path="$2"
  rm -f "$trace"
  mkdir -p "$out/config/frontdesk"
  printf '{"trainee": "GUI Test", "language": "en", "feedback": "immediate", "high_contrast": %s}\n' \
    "$([ "${3:-}" = high-contrast ] && echo true || echo false)" >"$out/config/frontdesk/settings.json"
  # (Pictures are named by the screen and the theme: screen_size is overridden inside the session.)
  gui_session portraits "$screen_size" "--scenario \"$scenario\" --lang en --no-shuffle --size $screen_size --trace-frames" \
    "source \"$root/tests/gui/drive_portraits.sh\"" "screen_size=\"$screen_size${3:+-$3}\" portrait_path=\"$path\"" ||
    fail "the program or its driver failed on $screen_size"
}
# The expressions the trace shows, in order, on one line.
expressions() { sed -nE 's/^[0-9.]+ expression ([a-z]+)$/\1/p' "$trace" | tr '\n' ' ' | sed 's/ $//'; }

# 1. Recovering: four different expressions in order, the window idle once still.
run 1024x600 recover
shown=$(expressions)
[ "$shown" = "annoyed relieved neutral pleased" ] || fail "expected annoyed, relieved, neutral, pleased; the trace shows: $shown"
grep -q "^[0-9.]* debrief_expression pleased success$" "$trace" || fail "the debrief does not show the final expression"
read -r from < <(sed -n 's/^still-from //p' "$out/still.txt")
read -r to < <(sed -n 's/^still-to //p' "$out/still.txt")
[ -n "$from" ] && [ -n "$to" ] || fail "the driver did not note the still time"
still_frames=$(awk -v a="$from" -v b="$to" '$2 == "frame" && $1 > a && $1 <= b' "$trace" | wc -l)
# Two still seconds: at most a blink's steps and the clock's ticks (the phone call's time once a second).
[ "$still_frames" -le 12 ] || fail "the window kept drawing on a still face: $still_frames frames in 2 s"
# (grep reads a process substitution, not a pipe: with pipefail, grep -q stopping early would fail the pipeline.)
grep -Eq " animating( |$)" <(awk '$2 == "frame"' "$trace") || fail "no frame was drawn for the transition"
mv "$trace" "$out/trace-recover.log"

# 2. Walking out: furious, a failure, and never a pleased face at the end.
run 1920x1080 walk-out
shown=$(expressions)
[ "${shown##* }" = furious ] || fail "expected the last expression to be furious; the trace shows: $shown"
grep -q "^[0-9.]* finished angry-client-wrong-invoice failure$" "$trace" || fail "the caller did not hang up"
grep -Eq "^[0-9.]+ debrief_expression (furious|annoyed|worried|neutral) failure$" "$trace" || fail "the failure's debrief shows: $(grep debrief_expression "$trace")"
mv "$trace" "$out/trace-walk-out.log"

# 3. High contrast.
run 1024x600 walk-out high-contrast
mv "$trace" "$out/trace-high-contrast.log"

# 4. Every expression, for three bundled characters.
looks=("$root/scenarios/ambulatorio-paziente-anziano.yaml" "$root/scenarios/hotel-desk-late-arrival.yaml" "$root/scenarios/social-complaint-public-page.yaml")
timeout 60 "$root/tests/gui/with_xvfb.sh" 1920x1080x24 "$sheet" "$out/portrait-sheet-small.png" --size 72 "${looks[@]}" >>"$out/program.log" 2>&1 || fail "the small sheet failed"
timeout 60 "$root/tests/gui/with_xvfb.sh" 2560x1080x24 "$sheet" "$out/portrait-sheet-large.png" --size 260 "${looks[@]}" >>"$out/program.log" 2>&1 || fail "the large sheet failed"
timeout 60 "$root/tests/gui/with_xvfb.sh" 1920x1080x24 "$sheet" "$out/portrait-sheet-high-contrast.png" --size 140 --high-contrast "${looks[@]}" >>"$out/program.log" 2>&1 || fail "the high-contrast sheet failed"

# (The example's short briefing is mostly background, too plain for png_check's rule: it is looked at instead.)
for png in "$out"/portraits-*.png "$out"/portrait-sheet-*.png; do
  case "${png##*/}" in portraits-briefing-*) continue ;; esac
  "$png_check" "$png" || fail "$png looks blank"
done
count=$(ls "$out"/portraits-*.png | wc -l)
[ "$count" = 13 ] || fail "expected 13 screenshots, found $count: $(ls "$out"/portraits-*.png)"
echo "GUI portrait test passed: $(sed -nE 's/^[0-9.]+ expression ([a-z]+)$/\1/p' "$out"/trace-*.log | sort -u | tr '\n' ' '); $still_frames frames in 2 still seconds; screenshots in $out"
