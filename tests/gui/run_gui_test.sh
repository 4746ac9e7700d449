#!/usr/bin/env bash
# GUI test: runs the real program in a virtual X display, answers a bundled-format scenario with key presses
# sent from outside the program (xdotool), reaches the debrief, and checks the program's trace and the
# screenshot it writes when it quits.
#   run_gui_test.sh FRONTDESK_BINARY PNG_CHECK_BINARY OUTPUT_DIR
set -uo pipefail
frontdesk="$1" png_check="$2" out="$3"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
scenario="$root/tests/fixtures/example/angry-client-wrong-invoice.yaml"
rm -rf "$out" && mkdir -p "$out/config" "$out/data"
export XDG_CONFIG_HOME="$out/config" XDG_DATA_HOME="$out/data" LANG=C.UTF-8
trace="$out/trace.log" shot="$out/debrief.png"

fail() { echo "FAIL: $*"; echo "---- trace ----"; cat "$trace" 2>/dev/null; echo "---- program and driver ----"; cat "$out/program.log" 2>/dev/null; exit 1; }

cd "$out" || exit 1  # F12 screenshots land in the working folder
xvfb_script="$out/session.sh"
cat >"$xvfb_script" <<SESSION
#!/usr/bin/env bash
"$frontdesk" gui --scenario "$scenario" --trainee "GUI Test" --lang en --trace "$trace" --screenshot "$shot" &
app=\$!
trace="$trace"
source "$root/tests/gui/drive.sh"
wait "\$app"
SESSION
chmod +x "$xvfb_script"
timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" "$xvfb_script" >"$out/program.log" 2>&1
status=$?
[ "$status" = 0 ] || fail "program exited with $status: $(cat "$out/program.log")"
grep -q "screen briefing angry-client-wrong-invoice" "$trace" || fail "the briefing was not shown"
grep -q "screen conversation angry-client-wrong-invoice" "$trace" || fail "the conversation did not start"
[ "$(grep -c '^[0-9.]* choose ' "$trace")" = 3 ] || fail "expected 3 answers"
grep -q "choose 1 node=opening choice=1" "$trace" || fail "first answer not recorded"
grep -Eq "screen debrief angry-client-wrong-invoice success [0-9]+% passed" "$trace" || fail "the debrief was not reached with success"
grep -q "screenshot $shot" "$trace" || fail "no screenshot written"
"$png_check" "$shot" || fail "the screenshot looks blank"
echo "GUI test passed: $(grep -c . "$trace") trace lines, screenshot $shot"
