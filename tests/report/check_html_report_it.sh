#!/usr/bin/env bash
# The Italian HTML report in a real browser: headless Chromium renders `frontdesk report --lang it` to a
# screenshot and a PDF and dumps its DOM. The screenshot must not be blank, the page must declare Italian,
# hold every trainee's name as text, and show none of the English report's own words.
#   check_html_report_it.sh FRONTDESK_BINARY PNG_CHECK_BINARY DATABASE OUTPUT_DIR
# Exits 77 (skipped) when Chromium is not installed (tools/setup.sh --with-tests installs it).
set -uo pipefail
frontdesk="$1" png_check="$2" database="$3" out="$4"
chromium="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
if [ -z "$chromium" ]; then
  echo "SKIP: chromium is not installed (tools/setup.sh --with-tests installs it)"
  exit 77
fi
rm -rf "$out" && mkdir -p "$out" || exit 1
report="$out/report-it.html"

fail() { echo "FAIL: $*"; [ -f "$out/chromium.log" ] && { echo "---- chromium ----"; tail -20 "$out/chromium.log"; }; exit 1; }

"$frontdesk" report --db "$database" --format html --lang it -o "$report" || fail "frontdesk report exited with $?"
[ -s "$report" ] || fail "no report written"

# A fresh profile each run, and nothing that reaches a network (the report must not need one).
run_chromium() {
  local profile status
  profile="$(mktemp -d)"
  timeout 90 "$chromium" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --disable-quic --user-data-dir="$profile" "$@"
  status=$?
  rm -rf "$profile"
  return $status
}

url="file://$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"
run_chromium --screenshot="$out/report-it.png" --window-size=1280,2000 "$url" >>"$out/chromium.log" 2>&1 \
  || fail "chromium --screenshot exited with $?"
run_chromium --print-to-pdf="$out/report-it.pdf" --no-pdf-header-footer "$url" >>"$out/chromium.log" 2>&1 \
  || fail "chromium --print-to-pdf exited with $?"
run_chromium --dump-dom "$url" >"$out/dom.html" 2>>"$out/chromium.log" || fail "chromium --dump-dom exited with $?"

"$png_check" "$out/report-it.png" || fail "the screenshot looks blank"
[ "$(head -c 5 "$out/report-it.pdf")" = "%PDF-" ] || fail "report-it.pdf is not a PDF"

grep -q '<html lang="it">' "$out/dom.html" || fail "the page does not declare Italian"
for text in "Risultati della formazione" "Quadro del gruppo" "Andamento nel tempo" "Dove si sbaglia" "Media complessiva" \
            "Ann Bianchi" "Carlo Rossi, Jr." 'Zoë "Zed" O'"'"'Neil &lt;QA&gt; &amp; Co'; do
  grep -qF -- "$text" "$out/dom.html" || fail "the rendered page does not show: $text"
done
grep -qi "<qa" "$out/dom.html" && fail "a trainee's name became markup"
grep -q "<svg" "$out/dom.html" || fail "no chart in the rendered page"

# The report's own words, in English: none may be left. The page's text is the DOM without tags, and the
# English scenario's own words (marked lang="en") are data, so they are removed first.
visible="$(perl -0pe 's/<style>.*?<\/style>//gs; s/<[^>]*lang="en"[^>]*>[^<]*<\/[a-z]*>//g; s/<[^>]*>/ /g' "$out/dom.html" | tr -s ' \n' ' ')"
for english in "Training results" "Trainee" "Attempts" "Finished" "Passed" "Overall" "Latest" "never" "Cohort overview" \
               "Progress over time" "Where people go wrong" "taken" "node " "success" "partial" "failure" "Listening" "Respect" \
               "Problem solving" "yes" "Ended" "Ending" "What the trainee said" "common mistake" "costs points" "Share" "Score"; do
  printf "%s" "$visible" | grep -qwF -- "$english" && fail "English left in the Italian page: $english"
done
echo "Italian HTML report renders: $(wc -c <"$out/report-it.png") byte screenshot, $(wc -c <"$out/report-it.pdf") byte PDF, no English words"
exit 0
