#!/usr/bin/env bash
# Trainee ids and cohorts typed in a terminal with another encoding, or holding terminal controls, are refused
# with a usage error before anything is stored (they would break exports and terminals later).
set -uo pipefail
frontdesk="$1" scenario="$2" work="$3"
rm -rf "$work" && mkdir -p "$work"
failed=0
check() {  # expected-regex, arguments...
  local expected="$1"; shift
  out="$("$frontdesk" play "$scenario" --db "$work/results.db" "$@" </dev/null 2>&1)"
  status=$?
  if [ "$status" != 2 ]; then echo "FAIL: exit $status for $*"; failed=1; fi
  if ! grep -Eq -- "$expected" <<<"$out"; then echo "FAIL: no /$expected/ in: $out"; failed=1; fi
  if [ -e "$work/results.db" ]; then echo "FAIL: a results file was created for $*"; failed=1; fi
}
check "--trainee 'Niccol\\\\xf2' is not valid UTF-8" --trainee $'Niccol\xf2'
check "--cohort 'a\\\\x1b\\[2Jb' contains a control character, U\\+001B \\(escape\\)" --trainee T1 --cohort $'a\x1b[2Jb'
check "--trainee .* contains a control character, U\\+202E \\(right-to-left override\\)" --trainee $'anna\u202egpj.exe'
check "--trainee .* is longer than 100 characters" --trainee "$(printf 'x%.0s' {1..101})"
[ "$failed" = 0 ] && echo "ok: names that are not text are refused"
exit "$failed"
