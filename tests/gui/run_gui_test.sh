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
#  keyboard, keyboard-large: see the block "Keyboard alone" below.
#  lrs: the play-through with an LRS configured: the window sends the statements in the background.
# The example's answers are pinned to their authored order (--no-shuffle): the drivers press 1 for the first.
set -uo pipefail
frontdesk="$1" png_check="$2" out="$3" mode="${4:-play-through}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
scenario="$root/tests/fixtures/example/angry-client-wrong-invoice.yaml"
rm -rf "$out" && mkdir -p "$out/config" "$out/data"
export XDG_CONFIG_HOME="$out/config" XDG_DATA_HOME="$out/data" LANG=C.UTF-8
trace="$out/trace.log" shot="$out/debrief.png"

source "$root/tests/gui/session_lib.sh"  # fail, gui_session

cd "$out" || exit 1  # F12 screenshots land in the working folder

# Runs the program once under Xvfb with the given driver (a file in tests/gui) sending the keys; the program's
# options are $app_args, the virtual screen $screen_size.
app_args="--scenario \"$scenario\" --trainee \"GUI Test\" --lang en --no-shuffle" screen_size=1280x800
run_with_driver() {
  gui_session "$1" "$screen_size" "$app_args --screenshot \"$shot\"" "source \"$root/tests/gui/$1\""
  local status=$?
  [ "$status" = 0 ] || fail "program exited with $status under $1"
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
wait_answers
kill -TERM "\$app"
wait "\$app"
echo \$? >"$out/status"
SESSION
  chmod +x "$out/session-full.sh"
  timeout 120 "$root/tests/gui/with_xvfb.sh" 1280x800x24 "$out/session-full.sh" >>"$out/program.log" 2>&1 || fail "the driver failed"
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
  [ "$(sqlite3 "$db" 'SELECT a.choice FROM decisions d JOIN answers a ON a.id = d.answer')" = 0 ] || fail "the store did not keep the authored index"
  [ "$(sqlite3 "$db" 'SELECT a.said FROM decisions d JOIN answers a ON a.id = d.answer')" = "$feminine" ] || fail "the store did not keep the answer as the trainee read it"
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

# lrs: with an LRS in the settings file (the stand-in LRS program, $FRONTDESK_LRS_STAND_IN), the window sends each
#   recorded answer's statement in the background: after the play-through the LRS holds exactly export-xapi's
#   statements of the session, and they pass Learning Locker's validator; the trace says so. The window's settings
#   put the results in another file than the default, and the window records there.
if [ "$mode" = lrs ]; then
  stand_in="${FRONTDESK_LRS_STAND_IN:?the lrs mode needs FRONTDESK_LRS_STAND_IN}"
  export XDG_STATE_HOME="$out/state"
  mkdir -p "$out/lrs" "$out/config/frontdesk"
  "$stand_in" frontdesk s3cret-value "$out/lrs" &
  lrs_pid=$!
  for _ in $(seq 100); do [ -f "$out/lrs/port" ] && break; sleep 0.05; done
  [ -f "$out/lrs/port" ] || fail "the stand-in LRS did not start"
  printf 'lrs:\n  endpoint: http://127.0.0.1:%s/xapi/\n  key: frontdesk\n  secret: s3cret-value\n' "$(cat "$out/lrs/port")" >"$out/config/frontdesk/config.yaml"
  chmod 600 "$out/config/frontdesk/config.yaml"
  # The results elsewhere than the default file, as an administrator sets it in the window's settings.
  db="$out/elsewhere/results.db"
  mkdir -p "$out/elsewhere"
  printf '{"results": "%s", "language": "en"}\n' "$db" >"$out/config/frontdesk/settings.json"
  run_with_driver drive_play_through.sh
  kill -TERM "$lrs_pid" && wait "$lrs_pid"
  grep -q "^[0-9.]* lrs sending in the background" "$trace" || fail "the window did not start sending: $(grep lrs "$trace")"
  grep -Eq "^[0-9.]+ lrs_finished sent=[1-9][0-9]* waiting=0$" "$trace" || fail "the window did not finish sending: $(grep lrs_finished "$trace")"
  grep -q "^[0-9.]* store $db$" "$trace" || fail "the window did not record where its settings say: $(grep ' store ' "$trace")"
  [ -e "$out/data/frontdesk/results.db" ] && fail "the window recorded into the default file despite its settings"
  grep -q "\"results\": \"$db\"" "$out/config/frontdesk/settings.json" || fail "the window forgot its results location: $(cat "$out/config/frontdesk/settings.json")"
  "$frontdesk" export-xapi --db "$db" --scenarios "$scenario" -o "$out/export.json" >/dev/null || fail "export-xapi"
  python3 - "$out/lrs/stored.json" "$out/export.json" <<'PY' || fail "the LRS does not hold export-xapi's statements"
import json, sys
stored = {s["id"]: s for s in json.load(open(sys.argv[1]))}
exported = {s["id"]: s for s in json.load(open(sys.argv[2]))}
sys.exit(0 if exported and stored == exported else 1)
PY
  node "$root/tests/tools/npm/validate_xapi.js" "$out/lrs/stored.json" >"$out/validate.txt" 2>&1 || fail "Learning Locker's validator: $(cat "$out/validate.txt")"
  "$frontdesk" lrs status --db "$db" >"$out/status.txt" 2>&1
  grep -q "^pending:   0 statements" "$out/status.txt" && grep -q "^last try:  .* by window" "$out/status.txt" || fail "lrs status: $(cat "$out/status.txt")"
  echo "GUI LRS test passed: $(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$out/lrs/stored.json") statements sent from the window"
  exit 0
fi

# ---- layout (window size, email thread, following new messages, minimums when small) ----
#  layout: the email scenario (Italian) with no --size on a 1024x600 screen, then on 1920x1080: the window must
#    open within the screen (the trace and xdotool's geometry), every new message must be in view (the trace's
#    "exchange N lines, newest visible"), also after the trainee scrolled the thread up; resized to 640x400 the
#    exchange and the debrief's review keep their minimums (the page scrolls); a social scenario follows its new
#    messages after being scrolled up too. Pictures: layout-*.png.
if [ "$mode" = layout ]; then
  # Whether the trace has a line matching $2 (an awk regex) at line $1 or later (no pipe into grep -q: with
  # pipefail its early exit would fail the pipeline).
  trace_from() { awk -v from="$1" -v re="$2" 'NR >= from && $0 ~ re { found = 1 } END { exit !found }' "$trace"; }
  scenario="$root/scenarios/email-reclamo-rimborso-asl.yaml"
  for screen_size in 1024x600 1920x1080; do
    sw=${screen_size%x*} sh=${screen_size#*x} shot="$out/layout-debrief-small-$screen_size.png" trace="$out/trace.log"
    app_args="--scenario \"$scenario\" --trainee \"GUI Test\" --lang it --no-shuffle"
    # Each size is a first start on that screen: not the 640x400 the previous run's resize left remembered.
    rm -f "$out/config/frontdesk/settings.json"
    run_with_driver drive_layout.sh
    mv "$trace" "$out/trace-$screen_size.log" && trace="$out/trace-$screen_size.log"
    read -r ww wh < <(sed -nE 's/^[0-9.]+ window ([0-9]+)x([0-9]+) desktop .*/\1 \2/p' "$trace")
    grep -q " desktop $screen_size$" "$trace" || fail "the desktop was not seen as $screen_size"
    [ -n "$ww" ] && [ "$ww" -le $(( sw * 9 / 10 )) ] && [ "$wh" -le $(( sh * 9 / 10 )) ] || fail "window ${ww}x$wh does not fit $screen_size"
    [ "$sw" -lt 1400 ] || [ "$ww $wh" = "1280 800" ] || fail "window ${ww}x$wh on $screen_size, not the default 1280x800"
    eval "$(cat "$out/layout-geometry-$screen_size.txt")"
    [ "$X" -ge 0 ] && [ "$Y" -ge 0 ] && [ $(( X + WIDTH )) -le "$sw" ] && [ $(( Y + HEIGHT )) -le "$sh" ] ||
      fail "the window at $X,$Y ${WIDTH}x$HEIGHT is partly off the $screen_size screen"
    [ "$(grep -c ' choose ' "$trace")" = 5 ] || fail "expected 5 answers"
    grep -q " exchange [0-9]* lines, newest hidden" "$trace" || fail "scrolling the thread up did not hide the newest message"
    last_hidden=$(grep -n " exchange [0-9]* lines, newest hidden" "$trace" | tail -1 | cut -d: -f1)
    trace_from "$last_hidden" " exchange [0-9]+ lines, newest visible" || fail "the new message was not followed after scrolling up"
    # Whenever the exchange fits, the thread has most of its height (the drafts less than half).
    while read -r full; do
      t=$(sed -E 's/.*transcript=([0-9]+).*/\1/' <<<"$full") a=$(sed -E 's/.* answers=([0-9]+).*/\1/' <<<"$full")
      [ "$t" -gt "$a" ] || fail "the email thread is not the larger part of the exchange: $full"
    done < <(grep -E " exchange .* transcript=" "$trace" | grep -v page_scrolls)
    small=$(grep -E " exchange .* page_scrolls" "$trace" | tail -1)
    t=$(sed -E 's/.*transcript=([0-9]+).*/\1/' <<<"$small") a=$(sed -E 's/.* answers=([0-9]+).*/\1/' <<<"$small")
    [ "$t" -ge 120 ] && [ "$a" -ge 100 ] || fail "resized small, the exchange squeezed its parts: $small"
    review=$(grep -E " debrief_layout .* page_scrolls" "$trace" | tail -1 | sed -E 's/.*review=([0-9]+).*/\1/')
    [ -n "$review" ] && [ "$review" -ge 150 ] || fail "resized small, the debrief's review is $review px high"
    grep -Eq "screen debrief email-reclamo-rimborso-asl success" "$trace" || fail "the debrief was not reached with success"
  done
  # The social channel too: scrolled up, the next answer's messages are followed.
  scenario="$root/scenarios/social-complaint-public-page.yaml" screen_size=1024x600 trace="$out/trace.log"
  app_args="--scenario \"$scenario\" --trainee \"GUI Test\" --lang en --no-shuffle" shot="$out/layout-social-end-1024x600.png"
  run_with_driver drive_layout_social.sh
  mv "$trace" "$out/trace-social.log" && trace="$out/trace-social.log"
  last_hidden=$(grep -n " exchange [0-9]* lines, newest hidden" "$trace" | tail -1 | cut -d: -f1)
  [ -n "$last_hidden" ] && trace_from "$last_hidden" " choose 2 node=dm_progress" &&
    trace_from "$last_hidden" " exchange [0-9]+ lines, newest visible" || fail "the social thread did not follow after scrolling up"
  for png in "$out"/layout-*.png; do "$png_check" "$png" || fail "$png looks blank"; done
  [ "$(ls "$out"/layout-*.png | wc -l)" = 14 ] || fail "expected 14 screenshots, found: $(ls "$out"/layout-*.png)"
  echo "GUI layout test passed: $(sed -nE 's/^[0-9.]+ (window .*)/\1/p' "$out"/trace-*.log | tr '\n' ';') screenshots in $out"
  exit 0
fi
# ---- end of layout ----

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

# ---- Keyboard alone (drive_keyboard*.sh) ----
#  keyboard: the library of the example folder with Tab to its card, Enter; Enter after the arrows on the
#    briefing (Start focused on arrival); three answers; the debrief. Screenshots keyboard-*.png, to be looked at.
#  keyboard-large: restarts with a text size of 1.7x saved, at 1024x600 and at 1920x1080, the bundled library:
#    the layout as first shown (filters wrapped inside the window), Tab and an arrow to a card, its briefing
#    with Start on screen, Enter starts. Screenshots keyboard-large-*.png, to be looked at.
if [ "$mode" = keyboard ]; then
  app_args="--scenarios \"$root/tests/fixtures/example\" --trainee \"GUI Test\" --lang en --no-shuffle"
  run_with_driver drive_keyboard.sh
  grep -q "^[0-9.]* screen library 1$" "$trace" || fail "the library was not the first screen"
  grep -Eq "^[0-9.]+ focus card angry-client-wrong-invoice$" "$trace" || fail "Tab did not reach the card"
  grep -q "^[0-9.]* screen briefing angry-client-wrong-invoice" "$trace" || fail "Enter on the focused card did not open its briefing"
  start=$(grep -n "^[0-9.]* focus start$" "$trace" | head -1 | cut -d: -f1)
  back=$(grep -n "^[0-9.]* focus back$" "$trace" | head -1 | cut -d: -f1)
  [ -n "$start" ] && [ -n "$back" ] && [ "$start" -lt "$back" ] || fail "Start was not focused on arrival, then Back with the arrow"
  grep -q "^[0-9.]* screen conversation angry-client-wrong-invoice" "$trace" || fail "Enter after the arrows did not start"
  [ "$(grep -c '^[0-9.]* choose ' "$trace")" = 3 ] || fail "expected 3 answers"
  grep -Eq "screen debrief angry-client-wrong-invoice success [0-9]+% passed" "$trace" || fail "the debrief was not reached"
  # (The example's short briefing is mostly background, too plain for png_check's rule: it is looked at instead.)
  for png in "$out"/keyboard-library-*.png "$shot"; do "$png_check" "$png" || fail "$png looks blank"; done
  [ "$(ls "$out"/keyboard-*.png | wc -l)" = 2 ] || fail "expected 2 screenshots, found: $(ls "$out"/keyboard-*.png)"
  echo "GUI keyboard test passed: screenshots $(ls "$out"/keyboard-*.png | tr '\n' ' ')"
  exit 0
fi
if [ "$mode" = keyboard-large ]; then
  for screen_size in 1024x600 1920x1080; do
    mkdir -p "$out/config/frontdesk"
    printf '{"trainee": "GUI Test", "phrasing": "neutral", "language": "en", "feedback": "immediate", "font_scale": 1.7, "high_contrast": false}\n' \
      >"$out/config/frontdesk/settings.json"
    app_args="--lang en --size $screen_size" shot="$out/keyboard-large-last-$screen_size.png"
    run_with_driver drive_keyboard_large.sh
    layout=$(grep -E "^[0-9.]+ library_layout " "$trace" | tail -1)
    grep -q " text=1.7 " <<<"$layout" || fail "the saved text size was not used at $screen_size: $layout"
    grep -q " filters_fit=yes" <<<"$layout" || fail "the filters run off the edge at $screen_size: $layout"
    # Captured first: with pipefail, a grep -q that stops early could fail the pipeline and hide the finding.
    layouts="$(grep -E "^[0-9.]+ library_layout " "$trace")"
    grep -qv " text=1.7 " <<<"$layouts" && fail "a frame was laid out at another text size"
    [ "$(grep -cE '^[0-9.]+ focus card ' "$trace")" -ge 2 ] || fail "the arrow did not move on to another card at $screen_size"
    grep -Eq "^[0-9.]+ briefing_layout .* buttons_visible=yes" "$trace" || fail "Start is off screen at $screen_size: $(grep briefing_layout "$trace")"
    grep -Eq "^[0-9.]+ briefing_layout .* buttons_visible=no" "$trace" && fail "Start went off screen at $screen_size"
    grep -q "^[0-9.]* screen conversation " "$trace" || fail "Enter on the briefing did not start at $screen_size"
    mv "$trace" "$out/trace-$screen_size.log"
  done
  for png in "$out"/keyboard-large-*.png; do "$png_check" "$png" || fail "$png looks blank"; done
  [ "$(ls "$out"/keyboard-large-*.png | wc -l)" = 6 ] || fail "expected 6 screenshots, found: $(ls "$out"/keyboard-large-*.png)"
  echo "GUI large-text keyboard test passed: screenshots $(ls "$out"/keyboard-large-*.png | tr '\n' ' ')"
  exit 0
fi
#  keyboard-review: two trainees' sessions recorded, then the Review at 1024x600 and 1.4x text, its Trainee tab
#    opened with the keyboard: the attempts table's Scenario column as wide as its titles (not squeezed to a
#    letter by the columns beside it). Screenshot keyboard-review-trainee-1024x600.png, to be looked at.
if [ "$mode" = keyboard-review ]; then
  db="$out/results.db"
  printf '1\n1\n1\n' | "$frontdesk" play "$scenario" --trainee anna --db "$db" --no-timer --no-shuffle >>"$out/play.log" 2>&1
  printf '2\n2\n' | "$frontdesk" play "$scenario" --trainee bruno --db "$db" --no-timer --no-shuffle >>"$out/play.log" 2>&1
  [ "$(sqlite3 "$db" "SELECT count(*) FROM sessions")" = 2 ] || fail "the two sessions were not recorded"
  mkdir -p "$out/config/frontdesk"
  printf '{"trainee": "Coordinator", "language": "en", "font_scale": 1.4}\n' >"$out/config/frontdesk/settings.json"
  screen_size=1024x600
  app_args="--scenarios \"$root/tests/fixtures/example\" --db \"$db\" --review --lang en --size 1024x600"
  run_with_driver drive_keyboard_review.sh
  columns=$(grep -E "^[0-9.]+ review_attempts_columns " "$trace" | tail -1)
  [ -n "$columns" ] || fail "the Trainee tab's attempts table was not shown"
  grep -q " fits=yes" <<<"$columns" || fail "the Scenario column is squeezed: $columns"
  "$png_check" "$out/keyboard-review-trainee-1024x600.png" || fail "the Trainee tab screenshot looks blank"
  echo "GUI keyboard Review test passed: $columns"
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
