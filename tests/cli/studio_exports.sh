#!/usr/bin/env bash
# frontdesk graph --format svg|html and frontdesk script --format html|md on hostile text: markup in the
# scenario comes out escaped (the SVG and the pages are well-formed where xmllint is there to say so), -o
# writes the file and refuses the scenario itself, and a broken scenario gets its diagnostics and no output.
source "$(dirname "${BASH_SOURCE[0]}")/script_support.sh"  # $frontdesk, $source_dir, $work, fail
hostile="tests/fixtures/studio/hostile-text.yaml"

for format in svg html; do
  if ! "$frontdesk" graph "$hostile" --format "$format" -o "$work/graph.$format" 2>"$work/stderr"; then fail "graph --format $format exited $?"; cat "$work/stderr"; fi
done
if ! "$frontdesk" script "$hostile" --format html -o "$work/script.html" 2>/dev/null; then fail "script --format html"; fi
if ! "$frontdesk" script "$hostile" --format md -o "$work/script.md" 2>/dev/null; then fail "script --format md"; fi

for file in graph.svg graph.html script.html; do
  [ -s "$work/$file" ] || { fail "$file was not written"; continue; }
  for markup in '<script' '<b>' '<img' '<i>' '<em>' '<div>' "<a href='javascript"; do
    if grep -qF -- "$markup" "$work/$file"; then fail "$file holds the scenario's markup $markup as markup"; fi
  done
  grep -qF '&lt;script&gt;alert(' "$work/$file" || fail "$file does not show the title's <script> as text"
done
grep -qF "http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'" "$work/graph.html" || fail "graph.html allows fetching"
grep -qF 'Mr. &lt;i&gt;O&#39;Brien&lt;/i&gt; &amp; Sons' "$work/script.html" || fail "script.html does not show the character's name as written"
grep -qF '\<script\>alert' "$work/script.md" || fail "script.md does not escape <script>"
if grep -q '\(^\|[^\\]\)<script' "$work/script.md"; then fail "script.md holds raw <script>"; fi

if command -v xmllint >/dev/null; then
  xmllint --noout "$work/graph.svg" 2>"$work/xmllint" || { fail "graph.svg is not well-formed XML"; cat "$work/xmllint"; }
  xmllint --noout --html "$work/graph.html" 2>"$work/xmllint" || { fail "graph.html does not parse"; cat "$work/xmllint"; }
fi

# -o onto the scenario itself is refused, and the scenario is left as it was.
cp "$hostile" "$work/scenario.yaml"
before="$(sha256sum <"$work/scenario.yaml")"
out="$("$frontdesk" graph "$work/scenario.yaml" --format svg -o "$work/scenario.yaml" 2>&1)"; status=$?
[ "$status" = 1 ] || fail "graph -o onto the scenario exited $status"
grep -q "is the scenario file itself" <<<"$out" || fail "graph -o onto the scenario: no message in: $out"
[ "$before" = "$(sha256sum <"$work/scenario.yaml")" ] || fail "graph -o overwrote the scenario"
out="$("$frontdesk" script "$work/scenario.yaml" --format md -o "$work" 2>&1)"; status=$?
[ "$status" = 1 ] || fail "script -o onto a folder exited $status: $out"

# A broken scenario: its diagnostics (file:line:col), exit 1, and no file.
for command in "graph --format svg" "graph --format html" "script --format html" "script --format md"; do
  out="$($frontdesk $command tests/fixtures/lint/typo-and-missing-node.yaml -o "$work/broken.out" 2>&1)"; status=$?
  [ "$status" = 1 ] || fail "$command on a broken file exited $status"
  grep -Eq '^tests/fixtures/lint/typo-and-missing-node.yaml:[0-9]+:[0-9]+: error: ' <<<"$out" || fail "$command on a broken file: no diagnostics in: $out"
  grep -q "has errors; mend them" <<<"$out" || fail "$command on a broken file: no explanation in: $out"
  [ ! -e "$work/broken.out" ] || fail "$command wrote a file for a broken scenario"
done
out="$("$frontdesk" graph no-such-file.yaml --format svg 2>&1)"; status=$?
[ "$status" = 1 ] || fail "graph on a missing file exited $status"

[ "$failed" = 0 ] && echo "ok: graph and script escape hostile text, refuse broken files and guard -o"
exit "$failed"
