#!/usr/bin/env bash
# Checks installed frontdesk programs as a user meets them, with a clean environment (no FRONTDESK_*
# variables, nothing from the build): the version, the bundled library found without help and passing
# `lint --strict`, a command line that links nothing graphical, and a window program whose libraries resolve.
#   check_installed_programs.sh BIN_DIR DATA_DIR yes|no(window program installed)
set -uo pipefail
bin="$1" data="$2" gui="$3"
failed=0
fail() { echo "FAIL: $*"; failed=1; }
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
run_clean() { env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 "$@"; }

output="$(run_clean "$bin/frontdesk" --version 2>&1)" || fail "frontdesk --version failed: $output"
grep -Eq '^frontdesk [0-9]+\.[0-9]+\.[0-9]+' <<<"$output" || fail "frontdesk --version printed: $output"

output="$(run_clean "$bin/frontdesk" lint "$data/scenarios" --strict 2>&1)" || fail "lint --strict of the installed scenarios failed:
$output"
grep -q "0 errors, 0 warnings" <<<"$output" || fail "lint --strict printed: $output"

scenario_count="$(find "$data/scenarios" -maxdepth 1 -name '*.yaml' | wc -l)"
[ "$scenario_count" -gt 0 ] || fail "no scenarios installed in $data/scenarios"
output="$(run_clean "$bin/frontdesk" list 2>&1)" || fail "frontdesk list failed:
$output"
grep -Eq "^$scenario_count scenarios$" <<<"$output" || fail "frontdesk list did not list the $scenario_count installed scenarios:
$output"
# The player names the folder it uses: the installed one, not the source tree the program was built from.
output="$(run_clean "$bin/frontdesk" play </dev/null 2>&1)"
grep -qF "scenarios in $(realpath "$data/scenarios"):" <<<"$output" || fail "frontdesk play does not use $data/scenarios:
$output"

libraries="$(ldd "$bin/frontdesk" 2>&1)" || fail "ldd $bin/frontdesk: $libraries"
if grep -Ei 'libX11|libxcb|libGL|libOpenGL|libEGL|libsfml|libimgui' <<<"$libraries"; then
  fail "the command line links window libraries (above); it must run on a server without them"
fi
if grep -F "not found" <<<"$libraries"; then fail "frontdesk: libraries not found (above)"; fi

if [ "$gui" = yes ]; then
  libraries="$(ldd "$bin/frontdesk-gui" 2>&1)" || fail "ldd $bin/frontdesk-gui: $libraries"
  if grep -F "not found" <<<"$libraries"; then fail "frontdesk-gui: libraries not found (above)"; fi
  grep -q libsfml-window <<<"$libraries" || fail "frontdesk-gui does not link SFML: $libraries"
  # `frontdesk gui` starts the window program installed beside it; --help needs no display.
  output="$(run_clean "$bin/frontdesk" gui --help 2>&1)" || fail "frontdesk gui --help failed: $output"
  grep -q "frontdesk-gui" <<<"$output" || fail "frontdesk gui --help did not reach frontdesk-gui: $output"
fi
exit "$failed"
