#!/usr/bin/env bash
# The translators' workflow with the real program (docs/translation.md): export the example as CSV and XLIFF,
# translate some rows as a spreadsheet would save them, import (untranslated rows listed, the result passes
# lint and is never written over without --force), change the source and re-export against the translated
# table (changed and new rows marked, translations carried over), and hostile tables stopped at their line.
source "$(dirname "${BASH_SOURCE[0]}")/script_support.sh"
example="tests/fixtures/example/angry-client-wrong-invoice.yaml"
expect() { grep -qE -- "$1" <<<"$2" || fail "expected /$1/ in: $2"; }

out=$("$frontdesk" strings export "$example" -o "$work/it.csv" 2>&1) || fail "export to CSV: $out"
expect "^Wrote 33 texts of angry-client-wrong-invoice to .*it.csv, from en into it: none translated yet$" "$out"
head -c 27 "$work/it.csv" | cmp -s - <(printf '\357\273\277key,source,translation\r\n') ||
  fail "the CSV does not start with a byte-order mark and the header: $(head -c 27 "$work/it.csv" | od -c)"
out=$("$frontdesk" strings export "$example" -o "$work/it.xlf" 2>&1) || fail "export to XLIFF: $out"
grep -qF '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="it">' "$work/it.xlf" || fail "no XLIFF 2.0 root"
[ "$(grep -c '<unit id=' "$work/it.xlf")" = 33 ] || fail "the XLIFF does not have 33 units"

# A translator fills three rows, as a spreadsheet saves the file (commas, CRLF kept).
sed -e 's/^title,\(.*\),\r$/title,\1,"Fattura sbagliata: chiama un cliente arrabbiato"\r/' \
    -e 's/^character\.name,\(.*\),\r$/character.name,\1,Sig. Rossi\r/' \
    -e 's/^nodes\.thanks\.say,\(.*\),\r$/nodes.thanks.say,\1,"Finalmente. Grazie, {trainee}."\r/' "$work/it.csv" >"$work/it-translated.csv"
out=$("$frontdesk" strings import "$example" "$work/it-translated.csv" --language it -o "$work/it.yaml" 2>&1) || fail "import: $out"
expect "^frontdesk strings import: not translated: summary \(keeps the en text\)$" "$out"
expect "^frontdesk strings import: 30 texts not translated$" "$out"
expect "^Wrote .*it.yaml: angry-client-wrong-invoice in it as it; 3 texts translated, 30 kept in en$" "$out"
grep -q '^id: it  *# lowercase letters' "$work/it.yaml" || fail "the id is not the output's name: $(grep '^id:' "$work/it.yaml")"
grep -qxF 'title: "Fattura sbagliata: chiama un cliente arrabbiato"' "$work/it.yaml" || fail "the title was not translated"
grep -qF 'language: it                          # en | it' "$work/it.yaml" || fail "the language or its comment was lost"
out=$("$frontdesk" lint "$work/it.yaml" 2>&1) || fail "lint refuses the imported scenario: $out"
out=$("$frontdesk" strings import "$example" "$work/it-translated.csv" --language it -o "$work/it.yaml" 2>&1)
[ $? = 1 ] || fail "an existing output was replaced without --force"
expect "it.yaml exists; give --force to replace it$" "$out"
"$frontdesk" strings import "$example" "$work/it-translated.csv" --language it -o "$work/it.yaml" --force >/dev/null 2>&1 || fail "--force did not replace the output"

# The same through XLIFF, as a translation tool returns it: a target for the title, the rest untouched.
sed 's|<source>Wrong invoice: an angry client calls</source>|&<target>Fattura sbagliata</target>|' "$work/it.xlf" >"$work/it-translated.xlf"
out=$("$frontdesk" strings import "$example" "$work/it-translated.xlf" --language it -o "$work/fattura.yaml" 2>&1) || fail "import from XLIFF: $out"
expect "^Wrote .*fattura.yaml: angry-client-wrong-invoice in it as fattura; 1 text translated, 32 kept in en$" "$out"
grep -q '^title: "Fattura sbagliata"$' "$work/fattura.yaml" || fail "the XLIFF target was not imported"

# The source changes: a line is rewritten and an answer added; the re-export keeps the translations.
cp "$example" "$work/source.yaml"
"$frontdesk" edit "$work/source.yaml" --set "nodes.thanks.say=Finally. Thank you very much." --add-choice silence --goto details >/dev/null 2>&1 ||
  fail "the source could not be edited"
out=$("$frontdesk" strings export "$work/source.yaml" --previous "$work/it-translated.csv" -o "$work/it-2.csv" 2>&1) || fail "re-export: $out"
expect "3 with a translation, 1 new and 1 changed since" "$out"
grep -qF "$(printf 'nodes.thanks.say,Finally. Thank you very much.,"Finalmente. Grazie, {trainee}.",changed\r')" "$work/it-2.csv" || fail "the changed row is not marked: $(grep thanks.say "$work/it-2.csv")"
grep -qF "$(printf 'nodes.silence.choices.2.say,...,,new\r')" "$work/it-2.csv" || fail "the new row is not marked: $(grep silence.choices.2 "$work/it-2.csv")"
grep -qF "$(printf 'character.name,Mr. Rossi,Sig. Rossi,\r')" "$work/it-2.csv" || fail "a translation was not carried over"

# Hostile tables: an unknown key and a duplicate stop the import at their lines; nothing is written.
printf 'key,source,translation\r\ntitle,x,Titolo\r\nnodes.nowhere.say,x,Ciao\r\ntitle,x,Ancora\r\n' >"$work/bad.csv"
out=$("$frontdesk" strings import "$example" "$work/bad.csv" --language it -o "$work/bad.yaml" 2>&1)
[ $? = 1 ] || fail "a table with an unknown key was imported"
expect "bad.csv:3:1: error: key 'nodes.nowhere.say' is not a text of scenario 'angry-client-wrong-invoice'" "$out"
expect "bad.csv:4:1: error: key 'title' is given twice \(first at line 2\)" "$out"
expect "has errors; nothing written$" "$out"
[ ! -e "$work/bad.yaml" ] || fail "a refused import wrote its output"
out=$("$frontdesk" strings import "$example" "$example" --language it -o "$work/x.yaml" 2>&1)
[ $? = 1 ] || fail "a scenario given as the table was not refused"
expect "give a .csv, .xlf or .xliff file" "$out"
cp "$example" "$work/scenario.csv"
out=$("$frontdesk" strings import "$example" "$work/scenario.csv" --language it -o "$work/x.yaml" 2>&1)
expect "scenario.csv:1:1: error: this is not a string table" "$out"
exit "$failed"
