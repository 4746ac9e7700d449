#!/usr/bin/env bash
# GUI tests: run the real program in a virtual X display, answer the example scenario with key presses sent
# from outside the program (xdotool), and check the program's trace and the screenshot it writes on quitting.
#   run_gui_test.sh FRONTDESK_BINARY PNG_CHECK_BINARY OUTPUT_DIR play-through|resume|screenshot-full
#  play-through: briefing, three answers, debrief, F12 screenshot, SIGTERM.
#  resume: answer once, SIGTERM mid-conversation; start again, resume from the briefing, finish.
#  screenshot-full: F12 where the file cannot be created is a notice and the window goes on; --screenshot
#    /dev/full (a disk that is full) makes the program say so and exit non-zero.
set -uo pipefail
frontdesk="$1" png_check="$2" out="$3" mode="${4:-play-through}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
scenario="$root/tests/fixtures/example/angry-client-wrong-invoice.yaml"
rm -rf "$out" && mkdir -p "$out/config" "$out/data"
export XDG_CONFIG_HOME="$out/config" XDG_DATA_HOME="$out/data" LANG=C.UTF-8
trace="$out/trace.log" shot="$out/debrief.png"

fail() { echo "FAIL: $*"; echo "---- trace ----"; cat "$trace" 2>/dev/null; echo "---- program and driver ----"; cat "$out/program.log" 2>/dev/null; exit 1; }

cd "$out" || exit 1  # F12 screenshots land in the working folder

# Runs the program once under Xvfb with the given driver (a file in tests/gui) sending the keys.
run_with_driver() {
  local driver="$1" session="$out/session-$1.sh"
  cat >"$session" <<SESSION
#!/usr/bin/env bash
"$frontdesk" gui --scenario "$scenario" --trainee "GUI Test" --lang en --trace "$trace" --screenshot "$shot" &
app=\$!
trace="$trace"
source "$root/tests/gui/driver_lib.sh"
source "$root/tests/gui/$driver"
wait "\$app"
SESSION
  chmod +x "$session"
  timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" "$session" >>"$out/program.log" 2>&1
  local status=$?
  [ "$status" = 0 ] || fail "program exited with $status under $driver"
}

if [ "$mode" = screenshot-full ]; then
  mkdir -p "$out/gone"
  cat >"$out/session-full.sh" <<SESSION
#!/usr/bin/env bash
# F12 writes into the working folder: one that no longer exists, so the file cannot be created.
cd "$out/gone" && rmdir "$out/gone"
"$frontdesk" gui --scenario "$scenario" --trainee "GUI Test" --lang en --trace "$trace" --screenshot /dev/full 2>"$out/stderr.log" &
app=\$!
trace="$trace"
source "$root/tests/gui/driver_lib.sh"
wait_for "screen briefing" 30
keys F12
wait_for "notice Screenshot not saved: cannot write frontdesk-[0-9-]+.png: No such file or directory" 10
keys Return
wait_for "screen conversation" 10
kill -TERM "\$app"
wait "\$app"
echo \$? >"$out/status"
SESSION
  chmod +x "$out/session-full.sh"
  timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" "$out/session-full.sh" >>"$out/program.log" 2>&1 || fail "the driver failed"
  status=$(cat "$out/status" 2>/dev/null)
  [ -n "$status" ] && [ "$status" != 0 ] || fail "the program exited with '$status' although its --screenshot could not be written"
  grep -q "frontdesk-gui: --screenshot: cannot write /dev/full: the disk is full (no space left on device)" "$out/stderr.log" ||
    fail "no clear message about the full disk: $(cat "$out/stderr.log")"
  grep -q "^[0-9.]* screenshot /dev/full" "$trace" && fail "the trace claims the screenshot was written"
  grep -q "^[0-9.]* quit" "$trace" || fail "the program did not close cleanly"
  echo "GUI screenshot test passed: exit status $status, $(cat "$out/stderr.log")"
  exit 0
fi

if [ "$mode" = resume ]; then
  run_with_driver drive_interrupt.sh
  db="$out/data/frontdesk/results.db"
  grep -q "interrupted angry-client-wrong-invoice 1" "$trace" || fail "the interrupted conversation was not kept"
  [ "$(sqlite3 "$db" 'SELECT count(*) FROM decisions')" = 1 ] || fail "the answer given before SIGTERM is not in the database"
  [ "$(sqlite3 "$db" 'SELECT count(*) FROM sessions WHERE ended_at IS NULL')" = 1 ] || fail "no unfinished session in the database"
  run_with_driver drive_resume.sh
  grep -Eq "screen debrief angry-client-wrong-invoice success [0-9]+% passed" "$trace" || fail "the resumed conversation did not finish with success"
  [ "$(sqlite3 "$db" "SELECT count(*) FROM sessions WHERE ended_at IS NOT NULL AND ending = 'success' AND source = 'gui'")" = 1 ] ||
    fail "the resumed session was not recorded as one finished session"
  [ "$(sqlite3 "$db" 'SELECT count(*) FROM decisions')" = 3 ] || fail "expected the three answers in the database"
  "$png_check" "$shot" || fail "the screenshot looks blank"
  echo "GUI resume test passed"
  exit 0
fi

run_with_driver drive_play_through.sh
grep -q "screen briefing angry-client-wrong-invoice" "$trace" || fail "the briefing was not shown"
grep -q "screen conversation angry-client-wrong-invoice" "$trace" || fail "the conversation did not start"
[ "$(grep -c '^[0-9.]* choose ' "$trace")" = 3 ] || fail "expected 3 answers"
grep -q "choose 1 node=opening choice=1" "$trace" || fail "first answer not recorded"
grep -Eq "screen debrief angry-client-wrong-invoice success [0-9]+% passed" "$trace" || fail "the debrief was not reached with success"
grep -q "screenshot $shot" "$trace" || fail "no screenshot written"
"$png_check" "$shot" || fail "the screenshot looks blank"
echo "GUI test passed: $(grep -c . "$trace") trace lines, screenshot $shot"
