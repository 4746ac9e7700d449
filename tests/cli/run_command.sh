#!/usr/bin/env bash
# Runs one frontdesk command for CTest and checks what a user would see.
#   run_command.sh --exit N [--golden FILE] [--input FILE|--input-text TEXT] [--expect REGEX]... -- COMMAND...
# The command runs from the source tree, so paths in its output are short and stable. Standard output and
# standard error are compared together with the golden file; FRONTDESK_UPDATE_GOLDEN=1 rewrites it.
set -uo pipefail
expected_exit=0 golden="" input="/dev/null" input_text="" has_input_text=0
patterns=()
while [ $# -gt 0 ]; do
  case "$1" in
    --exit) expected_exit="$2"; shift 2 ;;
    --golden) golden="$2"; shift 2 ;;
    --input) input="$2"; shift 2 ;;
    --input-text) input_text="$2"; has_input_text=1; shift 2 ;;
    --expect) patterns+=("$2"); shift 2 ;;
    --) shift; break ;;
    *) echo "run_command.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 2
output_file="$(mktemp)"
trap 'rm -f "$output_file"' EXIT
if [ "$has_input_text" = 1 ]; then
  printf '%b' "$input_text" | timeout 60 "$@" >"$output_file" 2>&1
else
  timeout 60 "$@" <"$input" >"$output_file" 2>&1
fi
status=$?
failed=0
if [ "$status" != "$expected_exit" ]; then
  echo "FAIL: exit code $status, expected $expected_exit: $*"
  failed=1
fi
for pattern in "${patterns[@]}"; do
  if ! grep -Eq -- "$pattern" "$output_file"; then
    echo "FAIL: output does not match /$pattern/"
    failed=1
  fi
done
if [ -n "$golden" ]; then
  if [ "${FRONTDESK_UPDATE_GOLDEN:-0}" = 1 ]; then
    cp "$output_file" "$golden"
  elif ! diff -u "$golden" "$output_file"; then
    echo "FAIL: output differs from $golden (FRONTDESK_UPDATE_GOLDEN=1 rewrites it after review)"
    failed=1
  fi
fi
if [ "$failed" = 1 ]; then
  echo "---- output ----"
  cat "$output_file"
fi
exit "$failed"
