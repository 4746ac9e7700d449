#!/usr/bin/env bash
# GUI tests of the layout and keyboard polish: the real program in a virtual X display, driven with xdotool,
# checked through its trace (the program's own layout verdicts), its settings file and its results database.
#   run_polish_test.sh FRONTDESK_BINARY PNG_CHECK_BINARY OUTPUT_DIR text-size|settings-fit|empty-filter|start-over|review-filters
#  text-size: the library at 1024x600; Ctrl+plus twice (1.0 -> 1.15 -> 1.3), each size traced as applied to the
#    fonts before the library is laid out at it; Ctrl+0 back to 1.0, Ctrl+minus to 0.9; the last size saved.
#  settings-fit: restarts with 1.7x and 2.0x saved, at 1024x600 (and 2.0x at 1920x1080), Italian, high contrast:
#    the settings row of the trainee screen and of the library wraps to fit the window ("settings_layout ...
#    fits=yes"), the library's filters too. Pictures polish-settings-*.png, to be looked at.
#  empty-filter: a search that matches nothing says so and offers "Clear filters"; Tab reaches it, Enter clears
#    the search and every card is back; the difficulty tiers filter the cards.
#  start-over: a conversation interrupted after one answer; on its briefing Resume is focused, Start over asks
#    first (Esc keeps the saved one; Enter on the outlined Start over starts afresh, nothing resumed); the
#    library's card shows the conversation in progress, then, after a finished one, done and the best result.
#  review-filters: the Review at 1024x600 and 1.4x text, Italian: the filters row fits (wrapping), the cohort
#    table has the overall mean and the latest result right after the trainee.
set -uo pipefail
frontdesk="$1" png_check="$2" out="$3" mode="$4"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
example="$root/tests/fixtures/example"
scenario="$example/angry-client-wrong-invoice.yaml"
rm -rf "$out" && mkdir -p "$out/config/frontdesk" "$out/data"
export XDG_CONFIG_HOME="$out/config" XDG_DATA_HOME="$out/data" LANG=C.UTF-8
trace="$out/trace.log" settings="$out/config/frontdesk/settings.json" db="$out/data/frontdesk/results.db"

source "$root/tests/gui/session_lib.sh"  # fail, gui_session
# The trace's lines from line $1 on.
trace_after() { tail -n "+$1" "$trace"; }
lines() { wc -l <"$trace"; }

cd "$out" || exit 1  # F12 screenshots land in the working folder

# run_with_driver NAME: runs the program once under Xvfb ($screen_size) with $app_args, the keys written in
# $out/drive-NAME.sh (made by the caller), then the driver's SIGTERM.
run_with_driver() {
  session_timeout=150 gui_session "$1" "$screen_size" "$app_args" "source \"$out/drive-$1.sh\""
  local status=$?
  [ "$status" = 0 ] || fail "program exited with $status under drive-$1.sh"
}

if [ "$mode" = text-size ]; then
  screen_size=1024x600
  app_args="--scenarios \"$example\" --trainee \"GUI Test\" --lang en --size 1024x600"
  cat >"$out/drive-text-size.sh" <<'DRIVER'
wait_for "screen library" 30
wait_for "^[0-9.]+ library_layout text=1.0 " 10
sleep 0.5
keys ctrl+plus
wait_for "^[0-9.]+ fonts scale=1.15 applied" 10
keys ctrl+plus
wait_for "^[0-9.]+ fonts scale=1.3 applied" 10
wait_for "^[0-9.]+ library_layout text=1.3 " 10
f12_as polish text-1.3
keys ctrl+0
wait_for "^[0-9.]+ fonts scale=1.0 applied" 10
keys ctrl+minus
wait_for "^[0-9.]+ fonts scale=0.9 applied" 10
wait_for "^[0-9.]+ library_layout text=0.9 " 10
sleep 0.3
kill -TERM "$app"
DRIVER
  run_with_driver text-size
  # Each step traced as a setting, then as applied to the fonts, in that order, before the layout at that size.
  for scale in 1.15 1.3 1.0 0.9; do
    asked=$(grep -n "^[0-9.]* settings en scale=$scale contrast=off sound=off$" "$trace" | tail -1 | cut -d: -f1)
    applied=$(grep -n "^[0-9.]* fonts scale=$scale applied$" "$trace" | tail -1 | cut -d: -f1)
    [ -n "$asked" ] && [ -n "$applied" ] && [ "$asked" -lt "$applied" ] || fail "the text size $scale was not asked for, then applied"
  done
  applied=$(grep -n "^[0-9.]* fonts scale=1.3 applied$" "$trace" | cut -d: -f1)
  first_layout=$(grep -n "^[0-9.]* library_layout text=1.3 " "$trace" | head -1 | cut -d: -f1)
  [ "$applied" -lt "$first_layout" ] || fail "the library was laid out at 1.3 before the fonts were"
  # Exactly the steps: no size skipped or repeated by a key held for two frames.
  [ "$(grep -c "^[0-9.]* settings en scale=" "$trace")" = 4 ] || fail "expected 4 text size changes: $(grep ' settings ' "$trace")"
  python3 -c "import json,sys; s=json.load(open('$settings')); sys.exit(0 if abs(s['font_scale']-0.9)<0.001 else 1)" ||
    fail "the last text size was not saved: $(cat "$settings")"
  "$png_check" "$out/polish-text-1.3-1024x600.png" || fail "the 1.3x picture looks blank"
  echo "GUI text size test passed: $(grep -c ' fonts scale=' "$trace") font atlases built"
  exit 0
fi

if [ "$mode" = settings-fit ]; then
  cat >"$out/drive-settings-fit.sh" <<'DRIVER'
wait_for "screen trainee" 30
wait_for "^[0-9.]+ settings_layout " 10
sleep 1
f12_as polish-settings "trainee-$scale" 0
type_text "Giulia Bianchi"
keys Return
wait_for "screen library" 10
wait_for "^[0-9.]+ library_layout " 10
sleep 1
f12_as polish-settings "library-$scale" 0
kill -TERM "$app"
DRIVER
  for run in 1.7:1024x600 2.0:1024x600 2.0:1920x1080; do
    scale=${run%%:*} screen_size=${run#*:}
    printf '{"language": "it", "font_scale": %s, "high_contrast": true}\n' "$scale" >"$settings"
    # The trainee screen first (no name yet: the field takes the typing, Enter continues).
    app_args="--scenarios \"$root/scenarios\" --lang it --size $screen_size"
    sed -i "1i scale=$scale" "$out/drive-settings-fit.sh"
    run_with_driver settings-fit
    sed -i '1d' "$out/drive-settings-fit.sh"
    width=${screen_size%x*}
    layouts=$(grep -E "^[0-9.]+ settings_layout " "$trace")
    grep -Eq "settings_layout text=$scale width=$width lines=[0-9]+ fits=yes" <<<"$layouts" ||
      fail "the settings row does not fit at $scale on $screen_size: $layouts"
    grep -q "fits=no" <<<"$layouts" && fail "the settings row ran off the window at $scale on $screen_size: $layouts"
    # At 2.0x on 1024 pixels the row cannot be one line: it wraps rather than running off.
    if [ "$scale $width" = "2.0 1024" ]; then
      grep -Eq "lines=[2-9] fits=yes" <<<"$layouts" || fail "the row did not wrap at 2.0x on 1024 pixels: $layouts"
    fi
    library=$(grep -E "^[0-9.]+ library_layout " "$trace" | tail -1)
    grep -q " filters_fit=yes" <<<"$library" || fail "the library's filters run off at $scale on $screen_size: $library"
    mv "$trace" "$out/trace-$scale-$screen_size.log"
  done
  trace="$out/trace-2.0-1024x600.log"
  # (The trainee screen in high contrast is mostly white, too plain for png_check's rule: it is looked at instead.)
  for png in "$out"/polish-settings-library-*.png; do "$png_check" "$png" || fail "$png looks blank"; done
  [ "$(ls "$out"/polish-settings-*.png | wc -l)" = 6 ] || fail "expected 6 pictures, found: $(ls "$out"/polish-settings-*.png)"
  echo "GUI settings row test passed: $(grep -h settings_layout "$out"/trace-*.log | sed -E 's/^[0-9.]+ //' | sort -u | tr '\n' ';')"
  exit 0
fi

if [ "$mode" = empty-filter ]; then
  screen_size=1024x600
  app_args="--scenarios \"$root/scenarios\" --trainee \"GUI Test\" --lang it --size 1024x600"
  cat >"$out/drive-empty-filter.sh" <<'DRIVER'
wait_for "screen library" 30
wait_for "^[0-9.]+ library_visible " 10
sleep 0.5
for _ in $(seq 8); do grep -Eq "^[0-9.]+ focus search$" "$trace" && break; keys Tab; sleep 0.2; done
wait_for "^[0-9.]+ focus search$" 5
type_text "zzqqxx"
wait_for "^[0-9.]+ library_visible 0 of " 10
sleep 0.5
f12_as polish empty
for _ in $(seq 12); do grep -Eq "^[0-9.]+ focus clear_filters$" "$trace" && break; keys Tab; sleep 0.2; done
wait_for "^[0-9.]+ focus clear_filters$" 5
keys Return
wait_for "^[0-9.]+ filters_cleared" 10
sleep 0.5
kill -TERM "$app"
DRIVER
  run_with_driver empty-filter
  total=$(sed -nE 's/^[0-9.]+ library_visible ([0-9]+) of ([0-9]+)$/\2/p' "$trace" | head -1)
  [ -n "$total" ] && [ "$total" -gt 1 ] || fail "the bundled library was not shown"
  grep -q "^[0-9.]* library_visible $total of $total$" "$trace" || fail "not every card was shown at first"
  empty=$(grep -n "^[0-9.]* library_visible 0 of $total$" "$trace" | head -1 | cut -d: -f1)
  cleared=$(grep -n "^[0-9.]* filters_cleared" "$trace" | head -1 | cut -d: -f1)
  [ -n "$empty" ] && [ -n "$cleared" ] && [ "$empty" -lt "$cleared" ] || fail "no empty library before Clear filters"
  grep -q "library_visible $total of $total$" <(trace_after "$cleared") || fail "Clear filters did not bring every card back"
  "$png_check" "$out/polish-empty-1024x600.png" || fail "the empty library picture looks blank"
  echo "GUI empty filter test passed: $total scenarios, none matched, all back after Clear filters"
  exit 0
fi

if [ "$mode" = start-over ]; then
  screen_size=1024x600
  app_args="--scenario \"$scenario\" --trainee \"GUI Test\" --lang en --no-shuffle --size 1024x600"
  # 1. Start, answer once, SIGTERM: a conversation saved with one answer.
  cat >"$out/drive-interrupt.sh" <<'DRIVER'
wait_for "screen briefing" 30
keys Return
wait_for "screen conversation" 10
wait_answers
keys 1
wait_for "choose 1 node=opening" 10
kill -TERM "$app"
DRIVER
  run_with_driver interrupt
  mv "$trace" "$out/trace-interrupt.log"
  # 2. Resume is the primary action; Start over asks first: Esc keeps it, Enter on Start over starts afresh.
  cat >"$out/drive-start-over.sh" <<'DRIVER'
wait_for "screen briefing" 30
wait_for "^[0-9.]+ focus resume$" 5
keys Right
wait_for "^[0-9.]+ focus start$" 5
keys Return
wait_for "^[0-9.]+ start_over asked 1$" 5
wait_for "^[0-9.]+ focus start_over_confirm$" 5
f12_as polish start-over
keys Escape
wait_for "^[0-9.]+ start_over cancelled$" 5
sleep 0.5
keys Return
wait_for "^[0-9.]+ start_over asked 1$" 5
sleep 0.3
keys Return
wait_for "^[0-9.]+ start_over confirmed$" 5
wait_for "screen conversation " 10
wait_answers
sleep 0.3
kill -TERM "$app"
DRIVER
  run_with_driver start-over
  cancelled=$(grep -n "^[0-9.]* start_over cancelled$" "$trace" | cut -d: -f1)
  # Esc closed the question only: still the briefing (not back to the library), nothing started.
  grep -q " screen library" <(head -n "$cancelled" "$trace") && fail "Esc in the question left the briefing"
  grep -q " screen conversation" <(head -n "$cancelled" "$trace") && fail "a conversation started before the confirmation"
  [ "$(grep -c '^[0-9.]* start_over asked 1$' "$trace")" = 2 ] || fail "Start over did not ask each time"
  grep -q "^[0-9.]* resume " "$trace" && fail "starting over resumed the saved conversation"
  grep -q "^[0-9.]* screen conversation angry-client-wrong-invoice$" "$trace" || fail "the new conversation did not start"
  # What the question said: the saved conversation stays, interrupted, and a new session is begun.
  [ "$(sqlite3 "$db" 'SELECT count(*) FROM sessions WHERE ended_at IS NULL')" = 2 ] || fail "expected the saved and the new session, unfinished"
  [ "$(sqlite3 "$db" 'SELECT count(*) FROM decisions')" = 1 ] || fail "the saved conversation's answer is gone"
  mv "$trace" "$out/trace-start-over.log"
  # 3. The library's card: the saved conversation cannot be resumed any more (the new one holds no answer), so
  #    no "in progress"; after one answer in a new session and a SIGTERM, it is in progress; after a finished
  #    one, done with its best result.
  app_args="--scenarios \"$example\" --trainee \"GUI Test\" --lang en --no-shuffle --size 1024x600"
  cat >"$out/drive-badges.sh" <<'DRIVER'
wait_for "screen library" 30
wait_for "^[0-9.]+ library_progress " 10
for _ in $(seq 12); do grep -Eq "^[0-9.]+ focus card " "$trace" && break; keys Tab; sleep 0.2; done
keys Return
wait_for "screen briefing " 10
keys Return
wait_for "screen conversation " 10
wait_answers
keys 1
wait_for "choose 1 node=opening" 10
keys Escape
wait_for "interrupted angry-client-wrong-invoice 1" 10
sleep 0.5
keys Escape
wait_for "in-progress=1" 10
sleep 0.5
f12_as polish badges-in-progress
for _ in $(seq 12); do grep -Eq "^[0-9.]+ focus card " "$trace" && break; keys Tab; sleep 0.2; done
kill -TERM "$app"
DRIVER
  run_with_driver badges
  first=$(grep -E "^[0-9.]+ library_progress " "$trace" | head -1)
  grep -q "in-progress" <<<"$first" && fail "the card offers a conversation that can no longer be resumed: $first"
  grep -Eq "library_progress GUI Test angry-client-wrong-invoice:not-done,in-progress=1$" "$trace" ||
    fail "the card did not show the conversation in progress: $(grep library_progress "$trace")"
  mv "$trace" "$out/trace-badges-1.log"
  printf '1\n1\n1\n' | "$frontdesk" play "$scenario" --trainee "GUI Test" --db "$db" --no-timer --no-shuffle >>"$out/play.log" 2>&1
  cat >"$out/drive-badges-done.sh" <<'DRIVER'
wait_for "screen library" 30
wait_for "^[0-9.]+ library_progress " 10
sleep 0.5
f12_as polish badges-done
kill -TERM "$app"
DRIVER
  run_with_driver badges-done
  grep -Eq "library_progress GUI Test angry-client-wrong-invoice:done,best=100%" "$trace" ||
    fail "the card did not show done and the best result: $(grep library_progress "$trace")"
  for png in "$out"/polish-*.png; do "$png_check" "$png" || fail "$png looks blank"; done
  echo "GUI start-over test passed: $(grep library_progress "$trace" | sed -E 's/^[0-9.]+ //')"
  exit 0
fi

if [ "$mode" = review-filters ]; then
  rdb="$out/results.db"
  printf '1\n1\n1\n' | "$frontdesk" play "$scenario" --trainee anna --cohort "primavera 2026" --db "$rdb" --no-timer --no-shuffle >>"$out/play.log" 2>&1
  printf '2\n2\n' | "$frontdesk" play "$scenario" --trainee bruno --cohort "autunno 2026" --db "$rdb" --no-timer --no-shuffle >>"$out/play.log" 2>&1
  printf '{"trainee": "Coordinatrice", "language": "it", "font_scale": 1.4}\n' >"$settings"
  screen_size=1024x600
  app_args="--scenarios \"$example\" --db \"$rdb\" --review --lang it --size 1024x600"
  cat >"$out/drive-review.sh" <<'DRIVER'
wait_for "screen review" 30
wait_for "^[0-9.]+ review_cohort_columns " 10
sleep 1
f12_as polish review-cohort
keys 3
wait_for "^[0-9.]+ review_tab scenarios" 10
sleep 1
f12_as polish review-scenarios
kill -TERM "$app"
DRIVER
  run_with_driver review
  filters=$(grep -E "^[0-9.]+ review_filters_layout " "$trace" | tail -1)
  grep -q "text=1.4 width=1024 fits=yes" <<<"$filters" || fail "the Review's filters do not fit at 1.4x on 1024x600: $filters"
  columns=$(grep -E "^[0-9.]+ review_cohort_columns " "$trace" | tail -1)
  grep -q "review_cohort_columns Codice | Nome | Media complessiva | Ultimo risultato | Gruppo" <<<"$columns" ||
    fail "the key columns are not first: $columns"
  for png in "$out"/polish-review-*.png; do "$png_check" "$png" || fail "$png looks blank"; done
  echo "GUI Review filters test passed: $filters; $columns"
  exit 0
fi

fail "unknown mode '$mode'"
