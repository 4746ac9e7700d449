#!/usr/bin/env bash
# validate_export.sh FRONTDESK RESULTS_DB OUTPUT_DIR: export-xapi over the report fixture (many trainees,
# scenarios, timeouts, unfinished sessions), with and without names and the scenarios' texts, and with a course,
# each file checked by Learning Locker's xAPI validator (installed by tools/setup.sh --with-tests).
set -uo pipefail
frontdesk="$1" db="$2" out="$3"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
validator="$root/tests/tools/npm/validate_xapi.js"
[ -d "$root/tests/tools/npm/node_modules/@learninglocker/xapi-validation" ] || { echo "FAIL: Learning Locker's xAPI validator is not installed: run tools/setup.sh --with-tests"; exit 1; }
rm -rf "$out" && mkdir -p "$out"
"$frontdesk" export-xapi --db "$db" --scenarios "$root/tests/fixtures/example" -o "$out/named.json" >/dev/null || { echo "FAIL: export-xapi"; exit 1; }
"$frontdesk" export-xapi --db "$db" --no-names --home-page https://hr.example.org -o "$out/pseudonymous.json" >/dev/null || { echo "FAIL: export-xapi --no-names"; exit 1; }
# With a course for the spring cohort: its sessions of the example carry the course as a parent activity, and
# the session that completed it is followed by the course's `completed` statement.
mkdir -p "$out/courses"
cat >"$out/courses/spring-wrong-invoice.yaml" <<'YAML'
course: 1
id: spring-wrong-invoice
title: "Spring: the wrong invoice"
language: en
summary: "The angry client, until the call goes well"
cohorts: [spring-2026]
steps:
  - scenario: angry-client-wrong-invoice
YAML
"$frontdesk" export-xapi --db "$db" --scenarios "$root/tests/fixtures/example" --courses "$out/courses" -o "$out/courses.json" >/dev/null 2>"$out/courses.err" ||
  { echo "FAIL: export-xapi --courses: $(cat "$out/courses.err")"; exit 1; }
[ -s "$out/courses.err" ] && { echo "FAIL: export-xapi --courses complained: $(cat "$out/courses.err")"; exit 1; }
node -e '
const statements = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
const course = "https://frontdesk.example/xapi/courses/spring-wrong-invoice";
const completions = statements.filter(s => s.object.id === course);
const credited = statements.filter(s => ((s.context.contextActivities || {}).parent || []).some(a => a.id === course));
if (completions.length < 1 || completions.some(s => s.verb.id !== "http://adlnet.gov/expapi/verbs/completed") || credited.length < 3) {
  console.error(`${completions.length} course completions, ${credited.length} statements with the course as parent`);
  process.exit(1);
}' "$out/courses.json" || { echo "FAIL: the course is not in the export"; exit 1; }
# A course with a mistake is left out, and the export says so (the statements are still written).
mkdir -p "$out/broken"
sed 's/scenario: angry-client-wrong-invoice/scenario: angry-client-wrong-invoize/' "$out/courses/spring-wrong-invoice.yaml" >"$out/broken/spring-wrong-invoice.yaml"
"$frontdesk" export-xapi --db "$db" --courses "$out/broken" -o "$out/broken.json" >/dev/null 2>"$out/broken.err" || { echo "FAIL: export-xapi with a broken course"; exit 1; }
grep -q "^frontdesk export-xapi: $out/broken/spring-wrong-invoice.yaml: warning: the course 'spring-wrong-invoice' has errors and is not credited in xAPI statements (frontdesk lint" "$out/broken.err" ||
  { echo "FAIL: a broken course was not reported: $(cat "$out/broken.err")"; exit 1; }
grep -q "/courses/" "$out/broken.json" && { echo "FAIL: a broken course was credited"; exit 1; }
node "$validator" "$out/named.json" "$out/pseudonymous.json" "$out/courses.json" || { echo "FAIL: Learning Locker's validator refused the export"; exit 1; }
