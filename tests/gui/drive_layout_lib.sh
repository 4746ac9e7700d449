# Helpers for the layout drivers (drive_layout.sh, drive_layout_social.sh), sourced after driver_lib.sh.
# f12 WHAT: an F12 picture renamed layout-WHAT-SIZE.png; answer KEY NODE: the answer, then wait until the trace
# says the newest message is in view; scroll_up: the mouse wheel turned up over the transcript, until the trace
# says the newest message is out of view.
f12() { f12_as layout "$1"; }
give_up() { echo "driver: $*" >&2; kill -TERM "$app" 2>/dev/null; wait "$app"; exit 1; }
# The number of lines in the newest "exchange" trace line that says the newest message is visible.
visible_lines() { grep -E ' exchange [0-9]+ lines, newest visible' "$trace" | tail -1 | sed -E 's/.* exchange ([0-9]+) lines.*/\1/'; }
# Waits until the trace says a transcript of more than $1 lines shows its newest message; prints the count.
newest_shown_after() {
  local n
  for _ in $(seq 100); do
    n=$(visible_lines)
    [ -n "$n" ] && [ "$n" -gt "$1" ] && { echo "$n"; return 0; }
    sleep 0.1
  done
  give_up "no newest-visible transcript of more than $1 lines within 10 s"
}
answer() {
  local before
  before=$(visible_lines)
  answer_key "$1"
  wait_for "choose $1 node=$2 " 10
  newest_shown_after "${before:-0}" >/dev/null
}
scroll_up() {
  local before
  before=$(grep -c " exchange [0-9]* lines, newest hidden" "$trace")
  xdotool mousemove --window "$window" $(( $(xdotool getwindowgeometry --shell "$window" | sed -n 's/^WIDTH=//p') * 6 / 10 )) 140
  xdotool click --repeat 12 --delay 60 4
  for _ in $(seq 100); do [ "$(grep -c " exchange [0-9]* lines, newest hidden" "$trace")" -gt "$before" ] && return 0; sleep 0.1; done
  give_up "scrolling up did not take the newest message out of view"
}
