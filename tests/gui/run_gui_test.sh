#!/usr/bin/env bash
# GUI tests: run the real program in a virtual X display, answer the example scenario with key presses sent
# from outside the program (xdotool), and check the program's trace and the screenshot it writes on quitting.
#   run_gui_test.sh FRONTDESK_BINARY PNG_CHECK_BINARY OUTPUT_DIR play-through|resume|screenshot-full|voice
#  play-through: briefing, three answers, debrief, F12 screenshot, SIGTERM.
#  resume: answer once, SIGTERM mid-conversation; start again, resume from the briefing, finish.
#  screenshot-full: F12 where the file cannot be created is a notice and the window goes on; --screenshot
#    /dev/full (a disk that is full) makes the program say so and exit non-zero.
#  voice: an Italian scenario with narration, {trainee} and gendered forms, in an Italian window at 1024x600:
#    the trainee screen with the keyboard (name Giulia, feminine phrasing), the answers shuffled by --seed, the
#    feminine answer, the debrief; then at 1920x1080 with the name and phrasing remembered. Screenshots of the
#    conversation before and after the answer and of the debrief at both sizes (voice-*.png), to be looked at.
# The example's answers are pinned to their authored order (--no-shuffle): the drivers press 1 for the first.
set -uo pipefail
frontdesk="$1" png_check="$2" out="$3" mode="${4:-play-through}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
scenario="$root/tests/fixtures/example/angry-client-wrong-invoice.yaml"
rm -rf "$out" && mkdir -p "$out/config" "$out/data"
export XDG_CONFIG_HOME="$out/config" XDG_DATA_HOME="$out/data" LANG=C.UTF-8
trace="$out/trace.log" shot="$out/debrief.png"

fail() { echo "FAIL: $*"; echo "---- trace ----"; cat "$trace" 2>/dev/null; echo "---- program and driver ----"; cat "$out/program.log" 2>/dev/null; exit 1; }

cd "$out" || exit 1  # F12 screenshots land in the working folder

# Runs the program once under Xvfb with the given driver (a file in tests/gui) sending the keys; the program's
# options are $app_args, the virtual screen $screen_size.
app_args="--scenario \"$scenario\" --trainee \"GUI Test\" --lang en --no-shuffle" screen_size=1280x800
run_with_driver() {
  local driver="$1" session="$out/session-$1.sh"
  cat >"$session" <<SESSION
#!/usr/bin/env bash
"$frontdesk" gui $app_args --trace "$trace" --screenshot "$shot" &
app=\$!
trace="$trace" out="$out" screen_size="$screen_size"
source "$root/tests/gui/driver_lib.sh"
source "$root/tests/gui/$driver"
wait "\$app"
SESSION
  chmod +x "$session"
  timeout 120 xvfb-run -a -s "-screen 0 ${screen_size}x24" "$session" >>"$out/program.log" 2>&1
  local status=$?
  [ "$status" = 0 ] || fail "program exited with $status under $driver"
}

if [ "$mode" = screenshot-full ]; then
  mkdir -p "$out/gone"
  cat >"$out/session-full.sh" <<SESSION
#!/usr/bin/env bash
# F12 writes into the working folder: one that no longer exists, so the file cannot be created.
cd "$out/gone" && rmdir "$out/gone"
"$frontdesk" gui --scenario "$scenario" --trainee "GUI Test" --lang en --no-shuffle --trace "$trace" --screenshot /dev/full 2>"$out/stderr.log" &
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

if [ "$mode" = voice ]; then
  scenario="$root/tests/fixtures/play/voice.yaml" db="$out/data/frontdesk/results.db"
  # A seed that shows the two answers the other way round from the file (the feminine answer, authored 1, is key
  # 2), as the terminal player shows them: the same seed gives the same order in both.
  seed=
  for candidate in $(seq 1 32); do
    first=$(printf 'q\n' | "$frontdesk" play "$scenario" --seed "$candidate" --no-timer 2>/dev/null | grep -E '^  1\. ' | head -1)
    [ "$first" = "  1. Non lo so." ] && { seed=$candidate; break; }
  done
  [ -n "$seed" ] || fail "the terminal player shows the authored order for every seed from 1 to 32"
  feminine="Buongiorno. Sì, ne sono sicura: oggi alle 10."
  # No --trainee: the trainee screen comes first, then the scenario's briefing.
  app_args="--scenario \"$scenario\" --lang it --seed $seed --size 1024x600" screen_size=1024x600 shot="$out/voice-debrief-1024x600.png"
  run_with_driver drive_voice.sh
  grep -q "^[0-9.]* screen trainee" "$trace" || fail "the trainee screen was not shown first"
  grep -q "^[0-9.]* phrasing feminine" "$trace" || fail "the feminine phrasing was not picked with the keyboard"
  grep -q "^[0-9.]* trainee Giulia$" "$trace" || fail "the name was not taken"
  grep -q "^[0-9.]* screen briefing voice" "$trace" || fail "the --scenario briefing did not follow the trainee screen"
  grep -q "^[0-9.]* order seed=$seed voice=Giulia feminine" "$trace" || fail "the session did not use --seed and the trainee's voice"
  narration=$(grep -n "line narration: La signora Neri si avvicina allo sportello con un foglio in mano.$" "$trace" | head -1 | cut -d: -f1)
  said=$(grep -n "line character: Buongiorno, Giulia. È sicura che l'appuntamento sia oggi?$" "$trace" | head -1 | cut -d: -f1)
  [ -n "$narration" ] || fail "the narration was not shown as narration"
  [ -n "$said" ] || fail "the character's line was not shown with the trainee's name"
  [ "$narration" -lt "$said" ] || fail "the narration did not come before the character's line"
  grep -q "^[0-9.]* offer 1 choice=2 Non lo so.$" "$trace" || fail "the answers were not shuffled by --seed $seed"
  grep -q "^[0-9.]* offer 2 choice=1 $feminine$" "$trace" || fail "the feminine answer was not offered second"
  grep -q "^[0-9.]* choose 2 node=arrivo choice=1 " "$trace" || fail "the answer shown second was not taken as the authored first"
  grep -q "^[0-9.]* feedback Buona risposta, Giulia: è stata chiara.$" "$trace" || fail "the feedback was not in the feminine phrasing"
  grep -q "^[0-9.]* screen debrief voice success" "$trace" || fail "the debrief was not reached with success"
  grep -q "^[0-9.]* debrief_text Giulia, ha confermato l'appuntamento con una verifica, non a memoria.$" "$trace" || fail "the debrief text was not filled in"
  [ "$(sqlite3 "$db" 'SELECT choice FROM decisions')" = 0 ] || fail "the store did not keep the authored index"
  [ "$(sqlite3 "$db" 'SELECT said FROM decisions')" = "$feminine" ] || fail "the store did not keep the answer as the trainee read it"
  grep -q '"phrasing": "feminine"' "$out/config/frontdesk/settings.json" || fail "the phrasing was not saved with the name"
  # Again, full HD: the name and the phrasing remembered, so the briefing comes at once; answers in a new order.
  mv "$trace" "$out/trace-1024x600.log"
  app_args="--scenario \"$scenario\" --lang it --size 1920x1080" screen_size=1920x1080 shot="$out/voice-debrief-1920x1080.png"
  run_with_driver drive_voice.sh
  grep -q "^[0-9.]* screen trainee" "$trace" && fail "the remembered trainee was asked again"
  grep -Eq "^[0-9.]+ order seed=[0-9]+ voice=Giulia feminine" "$trace" || fail "the remembered voice was not used"
  grep -q "^[0-9.]* feedback Buona risposta, Giulia: è stata chiara.$" "$trace" || fail "the feedback was not in the remembered phrasing"
  [ "$(sqlite3 "$db" "SELECT count(*) FROM sessions WHERE shuffle_seed IS NOT NULL AND ending = 'success'")" = 2 ] ||
    fail "expected two finished sessions, each with its seed"
  for log in "$out/trace-1024x600.log" "$trace"; do
    grep -Eq '\{trainee\}|\{f:|\{m:|\{n:' "$log" && fail "a placeholder reached the screen: $(grep -E '\{trainee\}|\{f:' "$log" | head -1)"
  done
  for png in "$out"/voice-*.png; do "$png_check" "$png" || fail "$png looks blank"; done
  [ "$(ls "$out"/voice-*.png | wc -l)" = 6 ] || fail "expected 6 screenshots, found: $(ls "$out"/voice-*.png)"
  echo "GUI voice test passed: screenshots $(ls "$out"/voice-*.png | tr '\n' ' ')"
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
