#!/usr/bin/env bash
# validate_export.sh FRONTDESK RESULTS_DB OUTPUT_DIR: export-xapi over the report fixture (many trainees,
# scenarios, timeouts, unfinished sessions), with and without names and the scenarios' texts, each file checked
# by Learning Locker's xAPI validator (installed by tools/setup.sh --with-tests).
set -uo pipefail
frontdesk="$1" db="$2" out="$3"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
validator="$root/tests/tools/npm/validate_xapi.js"
[ -d "$root/tests/tools/npm/node_modules/@learninglocker/xapi-validation" ] || { echo "FAIL: Learning Locker's xAPI validator is not installed: run tools/setup.sh --with-tests"; exit 1; }
rm -rf "$out" && mkdir -p "$out"
"$frontdesk" export-xapi --db "$db" --scenarios "$root/tests/fixtures/example" -o "$out/named.json" >/dev/null || { echo "FAIL: export-xapi"; exit 1; }
"$frontdesk" export-xapi --db "$db" --no-names --home-page https://hr.example.org -o "$out/pseudonymous.json" >/dev/null || { echo "FAIL: export-xapi --no-names"; exit 1; }
node "$validator" "$out/named.json" "$out/pseudonymous.json" || { echo "FAIL: Learning Locker's validator refused the export"; exit 1; }
