#!/usr/bin/env bash
# The HTML report in a real browser: headless Chromium (Debian's `chromium`) renders it to a screenshot and
# a PDF and dumps its DOM. The screenshot must not be blank, the PDF must exist, and the DOM must hold every
# trainee's name as text (the name with <, & and quotes too, escaped, never as markup).
#   check_html_report.sh FRONTDESK_BINARY PNG_CHECK_BINARY DATABASE OUTPUT_DIR
# Exits 77 (skipped) when Chromium is not installed (tools/setup.sh --with-tests installs it).
set -uo pipefail
frontdesk="$1" png_check="$2" database="$3" out="$4"
chromium="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
if [ -z "$chromium" ]; then
  echo "SKIP: chromium is not installed (tools/setup.sh --with-tests installs it)"
  exit 77
fi
rm -rf "$out" && mkdir -p "$out" || exit 1
report="$out/report.html"

fail() { echo "FAIL: $*"; [ -f "$out/chromium.log" ] && { echo "---- chromium ----"; tail -20 "$out/chromium.log"; }; exit 1; }

"$frontdesk" report --db "$database" --format html -o "$report" || fail "frontdesk report exited with $?"
[ -s "$report" ] || fail "no report written"

# A fresh profile each run, and nothing that reaches a network (the report must not need one).
run_chromium() {
  local profile
  profile="$(mktemp -d)"
  timeout 90 "$chromium" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --disable-quic --user-data-dir="$profile" "$@" >>"$out/chromium.log" 2>&1
  local status=$?
  rm -rf "$profile"
  return $status
}

url="file://$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"
run_chromium --screenshot="$out/report.png" --window-size=1280,2000 "$url" || fail "chromium --screenshot exited with $?"
run_chromium --print-to-pdf="$out/report.pdf" --no-pdf-header-footer "$url" || fail "chromium --print-to-pdf exited with $?"
profile="$(mktemp -d)"
timeout 90 "$chromium" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --disable-quic --user-data-dir="$profile" --dump-dom "$url" >"$out/dom.html" 2>>"$out/chromium.log"
status=$?
rm -rf "$profile"
[ "$status" = 0 ] || fail "chromium --dump-dom exited with $status"

"$png_check" "$out/report.png" || fail "the screenshot looks blank"
[ -s "$out/report.pdf" ] || fail "no PDF was printed"
[ "$(head -c 5 "$out/report.pdf")" = "%PDF-" ] || fail "report.pdf is not a PDF"

# Every trainee's display name, as the DOM serialises text (& and < escaped).
for name in "Ann Bianchi" "Carlo Rossi, Jr." "Dana Ek" 'Zoë "Zed" O'"'"'Neil &lt;QA&gt; &amp; Co'; do
  grep -qF -- "$name" "$out/dom.html" || fail "the rendered page does not show the name: $name"
done
grep -qi "<qa" "$out/dom.html" && fail "a trainee's name became markup"
grep -q "<svg" "$out/dom.html" || fail "no chart in the rendered page"
echo "HTML report renders: $(wc -c <"$out/report.png") byte screenshot, $(wc -c <"$out/report.pdf") byte PDF, names present"
exit 0
