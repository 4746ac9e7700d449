#!/usr/bin/env bash
# The scenario JSON Schema against the loader: ajv compiles it in strict mode; every bundled scenario, and
# every fixture `frontdesk lint` accepts, passes it; each file of tests/fixtures/schema (and a few lint
# fixtures with wrong types, values and keys) is refused by lint and fails it. The bundled scenarios name
# the schema on their first line, for VS Code's YAML extension.
#   check_schema.sh FRONTDESK_BINARY SOURCE_ROOT
# Exits 77 (skipped) when Node.js or ajv-cli is not installed (tools/setup.sh --with-tests installs them).
set -uo pipefail
frontdesk="$1" root="$2"
ajv="$root/tests/tools/npm/node_modules/.bin/ajv"
schema="$root/scenarios/schema/scenario.schema.json"
if ! command -v node >/dev/null 2>&1 || [ ! -x "$ajv" ]; then
  echo "SKIP: Node.js or ajv-cli is not installed (tools/setup.sh --with-tests installs them)"
  exit 77
fi
cd "$root" || exit 1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# Strict mode refuses unknown keywords, ambiguous types and required keys no 'properties' declares.
out="$(node "$ajv" compile --spec=draft2020 --strict=true -s "$schema" 2>&1)" || fail "ajv does not compile the schema in strict mode: $out"

# One ajv run for many files (each run compiles the schema again): it prints "FILE valid" or "FILE invalid" per
# file, so a file that is neither (a YAML error) is noticed too.
validate() {
  local args=()
  for file in "$@"; do args+=(-d "$file"); done
  node "$ajv" validate --spec=draft2020 --strict=true --all-errors --errors=text -s "$schema" "${args[@]}" 2>&1
}

modeline='# yaml-language-server: $schema=schema/scenario.schema.json'
for file in scenarios/*.yaml; do
  [ "$(head -n 1 "$file")" = "$modeline" ] || fail "$file does not start with '$modeline'"
done

# Must pass: the bundled library, and every fixture the loader accepts (so the schema never refuses a good file).
passing=(scenarios/*.yaml)
while IFS= read -r file; do
  "$frontdesk" lint "$file" >/dev/null 2>&1 && passing+=("$file")
done < <(find tests/fixtures -name '*.yaml' | sort)
passed="$(validate "${passing[@]}")"
for file in "${passing[@]}"; do
  grep -qxF "$file valid" <<<"$passed" || fail "the schema refuses $file, which frontdesk lint accepts"
done

# Must fail: files the loader refuses for a type, a value, a key or the shape of a node.
failing=(tests/fixtures/schema/*.yaml tests/fixtures/lint/bad-values.yaml tests/fixtures/lint/typo-and-missing-node.yaml
  tests/fixtures/lint/narration.yaml)
failed="$(validate "${failing[@]}")"
for file in "${failing[@]}"; do
  "$frontdesk" lint "$file" >/dev/null 2>&1 && fail "frontdesk lint accepts $file, a fixture meant to be refused"
  grep -qxF "$file invalid" <<<"$failed" || fail "the schema accepts $file, which frontdesk lint refuses"
done

[ "$failures" -eq 0 ] || printf -- "---- ajv ----\n%s\n%s\n" "$passed" "$failed"
echo "${#passing[@]} files pass the schema, ${#failing[@]} fail it as they should"
[ "$failures" -eq 0 ]
