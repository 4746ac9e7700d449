#!/usr/bin/env bash
# `cmake --install` into a temporary prefix: every file where a Linux program keeps it, and the programs
# run from there with a clean environment, also after the whole prefix is moved (they find their data from
# their own location, not from a path fixed at build time).
#   run_install_prefix_test.sh BUILD_DIR WORK_DIR SOURCE_DIR yes|no(window program built)
set -uo pipefail
build="$1" work="$2" source="$3" gui="$4"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
failed=0
fail() { echo "FAIL: $*"; failed=1; }

rm -rf "$work"
mkdir -p "$work"
prefix="$work/prefix"
if ! cmake --install "$build" --prefix "$prefix" >"$work/install.log" 2>&1; then
  cat "$work/install.log"
  echo "FAIL: cmake --install $build --prefix $prefix"
  exit 1
fi

expect_file() { [ -f "$prefix/$1" ] || fail "missing $prefix/$1"; }
expect_file bin/frontdesk
expect_file share/frontdesk/scenarios/README.md
# The bundled scenarios' first line names it, relative to their folder.
expect_file share/frontdesk/scenarios/schema/scenario.schema.json
source_count="$(find "$source/scenarios" -maxdepth 1 -name '*.yaml' | wc -l)"
installed_count="$(find "$prefix/share/frontdesk/scenarios" -maxdepth 1 -name '*.yaml' | wc -l)"
[ "$source_count" = "$installed_count" ] || fail "$installed_count scenarios installed, $source_count in $source/scenarios"
# The bundled courses beside them, found and usable by the installed program.
source_courses="$(find "$source/scenarios/courses" -maxdepth 1 -name '*.yaml' | wc -l)"
installed_courses="$(find "$prefix/share/frontdesk/scenarios/courses" -maxdepth 1 -name '*.yaml' 2>/dev/null | wc -l)"
[ "$source_courses" = "$installed_courses" ] || fail "$installed_courses courses installed, $source_courses in $source/scenarios/courses"
courses="$(env -i PATH=/usr/bin:/bin HOME="$work" "$prefix/bin/frontdesk" course list 2>&1)"
grep -q "^first-week-it  \[it\]" <<<"$courses" || fail "the installed program does not list the bundled courses:
$courses"
if [ "$gui" = yes ]; then
  expect_file bin/frontdesk-gui
  expect_file share/frontdesk/assets/icons/frontdesk.svg
  expect_file share/applications/frontdesk.desktop
  expect_file share/icons/hicolor/scalable/apps/frontdesk.svg
  [ ! -e "$prefix/share/frontdesk/assets/frontdesk.desktop" ] || fail "the desktop entry belongs in share/applications only"
  file "$prefix/share/icons/hicolor/scalable/apps/frontdesk.svg" | grep -q "SVG" || fail "the icon is not an SVG file"
  grep -qx "Exec=frontdesk-gui" "$prefix/share/applications/frontdesk.desktop" || fail "the desktop entry does not start frontdesk-gui"
fi

bash "$here/check_installed_programs.sh" "$prefix/bin" "$prefix/share/frontdesk" "$gui" || failed=1

# FRONTDESK_SCENARIOS still points an installed program at another library.
output="$(env -i PATH=/usr/bin:/bin HOME="$work" FRONTDESK_SCENARIOS="$source/tests/fixtures/example" "$prefix/bin/frontdesk" list 2>&1)"
grep -Eq "^1 scenarios?$" <<<"$output" || fail "FRONTDESK_SCENARIOS is not honoured by the installed program:
$output"

mv "$prefix" "$work/moved"
bash "$here/check_installed_programs.sh" "$work/moved/bin" "$work/moved/share/frontdesk" "$gui" || fail "the installation stops working once moved"
exit "$failed"
