#!/usr/bin/env bash
# The studio's edit panel, for real, with the keyboard (and the mouse to pick a node): a line typed into its
# wrapped field and confirmed with Enter is written to the file at once and only that line changes; Ctrl+Z
# writes back the exact bytes and Ctrl+Y the edit again; a condition that does not parse is refused and the
# file keeps its bytes; a mood stepper, a new answer, a new node made from an answer's arrow, and a rename
# that follows into every goto. The file lints clean at the end. Then the languages panel: the Italian version
# beside the file is found and compares alike, and a mood changed in it only is flagged after a reload.
# Pictures at 1280x800 (English) and at 1024x600 and 1920x1080 (Italian).
#   run_studio_edit_test.sh FRONTDESK PNG_CHECK OUTPUT_DIR
set -uo pipefail
frontdesk="$1" png_check="$2" out="$3"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rm -rf "$out" && mkdir -p "$out/config" "$out/data" "$out/state"
export XDG_CONFIG_HOME="$out/config" XDG_DATA_HOME="$out/data" XDG_STATE_HOME="$out/state" LANG=C.UTF-8
trace="$out/trace.log"
source "$root/tests/gui/session_lib.sh"  # fail, gui_session
cd "$out" || exit 1
work="$out/work.yaml"
cp "$root/scenarios/angry-client-double-billing.yaml" "$work"
cp "$work" "$out/original.yaml"

# Tab (or Shift+Tab: tab_back) until the trace says LABEL has the keyboard focus.
tab_to='tab_to() { for _ in $(seq 120); do tail -1 "$trace" | grep -q " focus $1\$" && return 0; keys "${2:-Tab}"; sleep 0.05; done; return 1; }
tab_back() { tab_to "$1" shift+Tab; }'
driver='
'"$tab_to"'
wait_for " studio_loaded .*/work.yaml nodes=[0-9]+ errors=0 " 30
wait_for " studio_boxes zoom=" 10
line=$(grep " studio_boxes " "$trace" | tail -1)
target=$(grep -oE "opening@[0-9]+,[0-9]+" <<<"$line")
xy=${target#*@}
xdotool search --sync --onlyvisible --name "^frontdesk$" mousemove --window %1 "${xy%,*}" "${xy#*,}" click 1 >/dev/null 2>&1
wait_for " studio_selected opening$" 10
keys 3
wait_for " studio_tab edit$" 10
f12_as studio-edit opened
tab_to say || echo "driver: no focus on say"
keys ctrl+a
type_text "Third call. You took the money twice and nobody has paid it back."
keys Return
wait_for " studio_edited opening · .* edits=1$" 10
cp "$out/work.yaml" "$out/after-say.yaml"
keys ctrl+z
wait_for " studio_undo 0$" 10
cp "$out/work.yaml" "$out/after-undo.yaml"
keys ctrl+y
wait_for " studio_redo 1$" 10
cp "$out/work.yaml" "$out/after-redo.yaml"
tab_to "condition 1" || echo "driver: no focus on condition 1"
type_text "mood >>> 3"
keys Return
wait_for " studio_edit_refused " 10
f12_as studio-edit refused
tab_to "mood plus" || echo "driver: no focus on mood plus"
keys Return
wait_for " studio_edited opening · .* edits=2$" 10
cp "$out/work.yaml" "$out/after-mood.yaml"
tab_back "add answer" || echo "driver: no focus on add answer"
keys Return
wait_for " studio_edited .* edits=3$" 10
tab_to "New node here 1" || echo "driver: no focus on New node here 1"
keys Return
tab_to "new node id" || echo "driver: no focus on new node id"
type_text "manager_call"
keys Return
wait_for " studio_edited .*manager_call edits=4$" 10
wait_for " studio_selected manager_call$" 10
tab_to "node id" || echo "driver: no focus on node id"
keys ctrl+a
type_text "manager"
keys Return
wait_for " studio_selected manager$" 10
f12_as studio-edit renamed
keys Escape
'
gui_session edit 1280x800 "--studio $work --lang en" "$driver"
[ "$?" = 0 ] || fail "the studio edit session failed"

# The line typed changed that line alone; undo gave the exact bytes back, redo the edit.
changed=$(diff "$out/original.yaml" "$out/after-say.yaml" | grep -c '^[<>]')
[ "$changed" = 2 ] || fail "editing the line changed $changed lines: $(diff "$out/original.yaml" "$out/after-say.yaml")"
grep -qF 'say: "Third call. You took the money twice and nobody has paid it back."' "$out/after-say.yaml" || fail "the line typed is not in the file"
cmp -s "$out/original.yaml" "$out/after-undo.yaml" || fail "Ctrl+Z did not give the original bytes back"
cmp -s "$out/after-say.yaml" "$out/after-redo.yaml" || fail "Ctrl+Y did not write the edit again"
grep -q " studio_edit_refused .*" "$trace" || fail "the broken condition was not refused"
changed=$(diff "$out/after-redo.yaml" "$out/after-mood.yaml" | grep -c '^[<>]')
[ "$changed" = 2 ] || fail "the mood stepper changed $changed lines"
grep -q "^  manager:$" "$work" || fail "the new node is not in the file under its new id"
grep -q "goto: manager$" "$work" || fail "no answer leads to the renamed node"
grep -q "manager_call" "$work" && fail "the old id is still in the file"
"$frontdesk" lint "$work" >"$out/lint.txt" 2>&1
grep -q " 0 errors" "$out/lint.txt" || fail "the edited file has errors: $(cat "$out/lint.txt")"
for shot in opened refused renamed; do
  "$png_check" "$out/studio-edit-$shot-1280x800.png" >/dev/null || fail "the picture studio-edit-$shot is not a whole window"
done

# The panel in Italian at both screen sizes (the clipping test judges it at two text sizes).
for size in 1024x600 1920x1080; do
  trace="$out/trace-$size.log"
  driver='
wait_for " studio_boxes zoom=" 30
keys Down
wait_for " studio_selected [a-z_]+$" 10
keys 3
wait_for " studio_tab edit$" 10
f12_as studio-edit italian
keys Escape
'
  gui_session "italian-$size" "$size" "--studio $work --lang it" "$driver"
  [ "$?" = 0 ] || fail "the edit panel in Italian at $size"
  "$png_check" "$out/studio-edit-italian-$size.png" >/dev/null || fail "the picture at $size"
done
# Languages: the Italian version beside the file is offered, the two compare alike, then a mood changed in the
# Italian file only (saved there, as a translator would) is found as a difference at once.
mkdir -p "$out/pair"
cp "$root/scenarios/angry-client-double-billing.yaml" "$out/pair/billing-en.yaml"
cp "$out/pair/billing-en.yaml" "$out/pair/billing-it.yaml"
"$frontdesk" edit "$out/pair/billing-it.yaml" --set language=it --set id=billing-it \
  --set "nodes.opening.say=È la terza volta che chiamo. Mi avete addebitato marzo due volte." >/dev/null || fail "making the Italian version"
trace="$out/trace-languages.log"
driver='
'"$tab_to"'
wait_for " studio_boxes zoom=" 30
keys 7
wait_for " studio_tab languages$" 10
tab_to "version billing-it.yaml" || echo "driver: no focus on the Italian version"
keys Return
wait_for " studio_compared billing-it.yaml differences=0$" 10
"'"$frontdesk"'" edit "'"$out"'/pair/billing-it.yaml" --set nodes.opening.choices.1.mood=+20 >/dev/null
wait_for " studio_differences 1$" 10
tab_to "difference 1" || echo "driver: no focus on difference 1"
keys Return
wait_for " studio_selected opening$" 10
f12_as studio-languages difference
keys Escape
'
gui_session languages 1280x800 "--studio $out/pair/billing-en.yaml --lang en" "$driver"
[ "$?" = 0 ] || fail "the languages panel session failed"
"$png_check" "$out/studio-languages-difference-1280x800.png" >/dev/null || fail "the languages picture"
echo "studio edit test passed: $out/studio-edit-*.png $out/studio-languages-*.png"
