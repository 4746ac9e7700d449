#!/usr/bin/env bash
# The terminal player keeps at most 4 KB of an answer line: a 200 MB line on standard input (a pasted file, a
# runaway pipe) must cost no memory. Run with the address space limited to 100 MB, which the old
# whole-line read could not survive; then the conversation goes on normally.
set -uo pipefail
frontdesk="$1"
scenario="$2"
# AddressSanitizer reserves terabytes of address space, so the limit cannot apply under it.
if ldd "$frontdesk" | grep -q libasan; then echo "skipped under AddressSanitizer"; exit 77; fi
out="$( (head -c 200000000 /dev/zero | tr '\0' '7'; printf '\n1\n1\n1\n') |
        (ulimit -v 100000; "$frontdesk" play "$scenario" --no-timer --no-shuffle) 2>&1)"
status=$?
[ "$status" = 0 ] || { echo "FAIL: exit $status"; echo "$out" | tail -5 | cut -c1-200; exit 1; }
grep -q "Please type a number from 1 to 3" <<<"$out" || { echo "FAIL: the long line was not refused as an answer"; exit 1; }
grep -q "=== Ending: success ===" <<<"$out" || { echo "FAIL: the conversation did not go on after the long line"; exit 1; }
echo "ok: a 200 MB answer line was cut and refused, the conversation went on"
