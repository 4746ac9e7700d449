#!/usr/bin/env bash
# frontdesk edit on real files: several edits in one call change only their lines (the rest of the file is
# compared line by line with the original), a refused edit leaves the file byte-identical and says why with
# the line it would have broken, --dry-run writes nothing, and hostile targets (a folder, a binary file, a
# read-only folder, a symbolic link) get a sentence, never a crash or a half-written file.
source "$(dirname "${BASH_SOURCE[0]}")/script_support.sh"  # $frontdesk, $source_dir, $work, fail
example="tests/fixtures/example/angry-client-wrong-invoice.yaml"

cp "$example" "$work/e.yaml"
out=$("$frontdesk" edit "$work/e.yaml" --set "nodes.details.say=Two charges for March." --rename-node fix remedy \
      --add-node manager --from remedy 2 --add-choice silence --goto remedy --set "nodes.remedy.choices.1.score.listening=1" 2>&1)
[ $? = 0 ] || fail "the edits were refused: $out"
grep -qF "e.yaml: 5 edits written (lines " <<<"$out" || fail "no summary of the lines written: $out"
# Every line of the original is still there, in order, except the ones the edits replaced.
diff "$example" "$work/e.yaml" >"$work/diff"
expected_diff='41c41
<     say: "You charged me twice for March. I want my money back."
---
>     say: "Two charges for March."
44c44
<         goto: fix
---
>         goto: remedy
60a61,62
>       - say: "..."
>         goto: remedy
62c64
<   fix:
---
>   remedy:
67c69
<         score: {problem_solving: 2, respect: 1}
---
>         score: {problem_solving: 2, respect: 1, listening: 1}
71c73
<         goto: unconvinced
---
>         goto: manager
87a90,93
>   manager:
>     say: "..."
>     end: partial
>     debrief: "..."'
[ "$(cat "$work/diff")" = "$expected_diff" ] || { fail "the file changed elsewhere than the edits"; cat "$work/diff"; }
"$frontdesk" lint "$work/e.yaml" >/dev/null 2>&1 || [ $? = 1 ] || fail "lint crashed on the edited file"
"$frontdesk" lint "$work/e.yaml" 2>&1 | grep -q " 0 errors" || fail "the edited file has errors"

# Refused: the file keeps its bytes, the message shows the line as the edit would have left it.
cp "$work/e.yaml" "$work/before.yaml"
err=$("$frontdesk" edit "$work/e.yaml" --set "title=Fine" --set "nodes.details.choices.1.goto=nowhere" 2>&1)
[ $? = 1 ] || fail "a goto to nowhere was not refused with exit 1"
cmp -s "$work/e.yaml" "$work/before.yaml" || fail "a refused edit changed the file"
grep -qF "e.yaml:44:15: error: 'goto' names node 'nowhere', which does not exist" <<<"$err" || fail "no located error: $err"
grep -qF "was not changed" <<<"$err" || fail "does not say the file was not changed: $err"
err=$("$frontdesk" edit "$work/e.yaml" --set "nodes.detail.say=x" 2>&1)
grep -qF "there is no node 'detail'; did you mean 'details'?" <<<"$err" || fail "no did-you-mean: $err"
err=$("$frontdesk" edit "$work/e.yaml" --set "title" 2>&1); [ $? = 2 ] || fail "--set without = is not a usage error"
err=$("$frontdesk" edit "$work/e.yaml" --from fix 1 2>&1); [ $? = 2 ] || fail "--from without --add-node is not a usage error"
err=$("$frontdesk" edit "$work/e.yaml" --delete-choice remedy zero 2>&1); [ $? = 2 ] || fail "a non-number answer is not a usage error"
err=$("$frontdesk" edit "$work/e.yaml" 2>&1); [ $? = 2 ] || fail "no edit is not a usage error"

# --dry-run prints the result and writes nothing.
printed=$("$frontdesk" edit "$work/e.yaml" --dry-run --set "title=Dry run" 2>&1)
grep -qF 'title: "Dry run"' <<<"$printed" || fail "--dry-run did not print the edited file"
cmp -s "$work/e.yaml" "$work/before.yaml" || fail "--dry-run changed the file"

# Hostile targets.
mkdir -p "$work/folder.yaml"
err=$("$frontdesk" edit "$work/folder.yaml" --set title=x 2>&1); [ $? = 1 ] || fail "a folder: exit $?"
grep -qi "folder\|directory" <<<"$err" || fail "a folder: no sentence: $err"
head -c 3000 /dev/urandom >"$work/binary.yaml"
err=$("$frontdesk" edit "$work/binary.yaml" --set title=x 2>&1); [ $? = 1 ] || fail "a binary file: exit $?"
err=$("$frontdesk" edit "$work/missing.yaml" --set title=x 2>&1); [ $? = 1 ] || fail "a missing file: exit $?"
if [ "$(id -u)" != 0 ]; then  # root writes anywhere
  mkdir -p "$work/locked" && cp "$example" "$work/locked/e.yaml" && chmod 555 "$work/locked"
  err=$("$frontdesk" edit "$work/locked/e.yaml" --set "title=x" 2>&1); [ $? = 1 ] || fail "a read-only folder: exit $?"
  grep -qF "cannot write in" <<<"$err" || fail "a read-only folder: $err"
  cmp -s "$work/locked/e.yaml" "$example" || fail "a read-only folder: the file changed"
  chmod 755 "$work/locked"
fi
cp "$example" "$work/target.yaml" && ln -s target.yaml "$work/link.yaml"
"$frontdesk" edit "$work/link.yaml" --set "title=Through the link" >/dev/null 2>&1 || fail "editing through a link failed"
[ -L "$work/link.yaml" ] || fail "the symbolic link was replaced by a file"
grep -qF 'title: "Through the link"' "$work/target.yaml" || fail "the link's target was not edited"
ls "$work" | grep -q "frontdesk-" && fail "a temporary file was left behind"

[ "$failed" = 0 ] && echo "edit_file: all checks passed"
exit "$failed"
