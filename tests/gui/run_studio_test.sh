#!/usr/bin/env bash
# The trainer's studio, for real: `frontdesk studio FILE` opens the graph; the keyboard moves the selection;
# the file is changed from outside as a text editor would (a goto broken, then mended, by a rename over it)
# and the studio reloads it each time with the selection kept, following the trace's studio_reloaded lines;
# a diagnostic is picked with the keyboard (it selects the node it is about); a box is clicked with the
# mouse; + zooms. Then the library's "Open in studio" on a broken scenario opens on its errors, and Esc goes
# back. Pictures: studio-*.png at 1280x800, 1024x600 and 1920x1080.
#   run_studio_test.sh FRONTDESK PNG_CHECK OUTPUT_DIR
set -uo pipefail
frontdesk="$1" png_check="$2" out="$3"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rm -rf "$out" && mkdir -p "$out/config" "$out/data" "$out/state" "$out/library"
export XDG_CONFIG_HOME="$out/config" XDG_DATA_HOME="$out/data" XDG_STATE_HOME="$out/state" LANG=C.UTF-8
trace="$out/trace.log"
source "$root/tests/gui/session_lib.sh"  # fail, gui_session
cd "$out" || exit 1
work="$out/work.yaml"
cp "$root/scenarios/angry-client-double-billing.yaml" "$work"
cp "$work" "$out/good.yaml"
# The goto broken as an editor saves: a new file renamed over the old one (vim, VS Code).
sed '0,/goto: calm_down/s//goto: calm_dwn/' "$out/good.yaml" >"$out/broken.yaml"
cmp -s "$out/good.yaml" "$out/broken.yaml" && fail "the fixture's goto was not found to break"

driver='
wait_for " studio_loaded .*/work.yaml nodes=[0-9]+ errors=0 " 30
wait_for " studio_boxes zoom=" 10
f12_as studio opened
keys Down
wait_for " studio_selected [a-z_]+$" 10
selected=$(grep " studio_selected " "$trace" | tail -1 | cut -d" " -f3)
cp "'"$out"'/broken.yaml" "'"$out"'/next.yaml" && mv "'"$out"'/next.yaml" "'"$work"'"
wait_for " studio_reloaded .*/work.yaml nodes=[0-9]+ errors=[1-9][0-9]* .* selected=$selected$" 10
keys 1
wait_for " studio_tab checks$" 10
for _ in $(seq 12); do grep -q " focus diagnostic 1$" "$trace" && break; keys Tab; sleep 0.2; done
wait_for " focus diagnostic 1$" 5
keys Return
wait_for " studio_diagnostic [0-9]+:[0-9]+ node=opening" 10
f12_as studio broken
cp "'"$out"'/good.yaml" "'"$out"'/next.yaml" && mv "'"$out"'/next.yaml" "'"$work"'"
wait_for " studio_reloaded .*/work.yaml nodes=[0-9]+ errors=0 .* selected=opening$" 10
line=$(grep " studio_boxes " "$trace" | tail -1)
target=$(grep -oE "account_cold@[0-9]+,[0-9]+" <<<"$line")
[ -n "$target" ] || { echo "driver: account_cold is not on the canvas: $line" >&2; kill -TERM "$app"; exit 1; }
xy=${target#*@}
xdotool search --sync --onlyvisible --name "^frontdesk$" mousemove --window %1 "${xy%,*}" "${xy#*,}" click 1 >/dev/null 2>&1
wait_for " studio_selected account_cold$" 10
keys 2
wait_for " studio_tab node$" 10
before=$(grep " studio_boxes " "$trace" | tail -1 | grep -oE "zoom=[0-9.]+")
keys plus
sleep 0.5
after=$(grep " studio_boxes " "$trace" | tail -1 | grep -oE "zoom=[0-9.]+")
echo "zoom $before -> $after"
f12_as studio node
keys Escape
'
gui_session studio 1280x800 "--studio $work --lang en" "$driver"
[ "$?" = 0 ] || fail "the studio session failed"
grep -q " quit" "$trace" || fail "Esc did not close the studio opened with --studio"
grep -q "^zoom zoom=.* -> zoom=" "$out/program.log" || fail "no zoom figures"
if [ "$(grep -oE '^zoom zoom=[0-9.]+' "$out/program.log" | tail -1)" = "$(grep -oE '^zoom .* -> zoom=[0-9.]+' "$out/program.log" | tail -1 | sed 's/.*-> /zoom /')" ]; then
  fail "+ did not zoom: $(grep '^zoom ' "$out/program.log")"
fi
for shot in opened broken node; do
  "$png_check" "$out/studio-$shot-1280x800.png" >/dev/null || fail "the picture studio-$shot is not a whole window"
done
# The reload times the trace reports (noticed to drawn), for the closing note; the target is 150 ms.
grep -oE " studio_reloaded .* ms=[0-9.]+" "$trace" | sed 's/.* ms=/reload ms: /'

# From the library: a broken scenario's card offers Open in studio, which opens on its errors; Esc goes back.
cp "$out/broken.yaml" "$out/library/broken.yaml"
cp "$out/good.yaml" "$out/library/good.yaml"
for size in 1024x600 1920x1080; do
  trace="$out/trace-library-$size.log"
  driver='
wait_for " screen library " 30
for _ in $(seq 30); do grep -q " focus studio .*broken.yaml$" "$trace" && break; keys Tab; sleep 0.2; done
wait_for " focus studio .*broken.yaml$" 5
keys Return
wait_for " studio_loaded .*broken.yaml nodes=[0-9]+ errors=[1-9]" 15
wait_for " studio_tab checks$" 5
f12_as studio library-broken
keys Escape
wait_for " screen library " 10
kill -TERM "$app"
'
  gui_session "library-$size" "$size" "--scenarios $out/library --trainee trainer --lang it" "$driver"
  [ "$?" = 0 ] || fail "Open in studio from the library at $size"
  "$png_check" "$out/studio-library-broken-$size.png" >/dev/null || fail "the picture at $size"
done
echo "studio test passed: $out/studio-*.png"
