#!/usr/bin/env bash
# The Debian package, for real: `cpack -G DEB` from the build tree, its control fields and dependencies
# (each one a package Debian has), installed with apt-get, the programs run from /usr with a clean
# environment, then removed. Needs root (CI runs as root); otherwise it is skipped (exit 77). It changes
# the system, so CTest runs it alone (RUN_SERIAL).
#   run_package_test.sh BUILD_DIR WORK_DIR VERSION yes|no(window program built)
set -uo pipefail
build="$1" work="$2" version="$3" gui="$4"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
failed=0
fail() { echo "FAIL: $*"; failed=1; }

if [ "$(id -u)" != 0 ]; then
  echo "SKIP: installing the package needs root (CI runs as root)"
  exit 77
fi
for tool in cpack dpkg-deb dpkg-shlibdeps apt-get apt-cache; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (tools/setup.sh --with-tests installs dpkg-dev)"; exit 1; }
done
# Never replace or remove a frontdesk that someone installed on this machine.
if dpkg-query -W -f='${Status}' frontdesk 2>/dev/null | grep -q "ok installed"; then
  echo "SKIP: a frontdesk package is already installed here; remove it to run this test"
  exit 77
fi
if [ -e /usr/bin/frontdesk ] || [ -e /usr/bin/frontdesk-gui ]; then
  echo "SKIP: /usr/bin/frontdesk exists outside any package; remove it to run this test"
  exit 77
fi

rm -rf "$work"
mkdir -p "$work"
cd "$work" || exit 1
if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/package" >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log"
  echo "FAIL: cpack -G DEB"
  exit 1
fi
deb="$(find "$work/package" -maxdepth 1 -name 'frontdesk_*.deb' | head -n 1)"
[ -n "$deb" ] || { cat "$work/cpack.log"; echo "FAIL: cpack made no frontdesk_*.deb"; exit 1; }
echo "package: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
dpkg-deb --field "$deb"

field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = frontdesk ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', project() says $version"
[ "$(field Section)" = education ] || fail "Section is '$(field Section)', expected education"
grep -Eq '^[^<>]+ <[^@ ]+@[^> ]+>$' <<<"$(field Maintainer)" || fail "Maintainer '$(field Maintainer)' is not 'Name <e-mail>'"
[ -n "$(field Description)" ] || fail "no Description"
if field Description | awk 'length > 80 { found = 1 } END { exit !found }'; then fail "Description has lines over 80 columns"; fi

depends="$(field Depends)"
grep -q 'libyaml-cpp' <<<"$depends" || fail "Depends lacks the yaml-cpp library (dpkg-shlibdeps did not run?): $depends"
if [ "$gui" = yes ]; then
  grep -Eq '(^|, )fonts-dejavu-core($|,| )' <<<"$depends" || fail "Depends lacks fonts-dejavu-core: $depends"
  grep -q 'libsfml-window' <<<"$depends" || fail "Depends lacks SFML: $depends"
fi
# Every name in Depends (alternatives too, versions aside) must be a package Debian has.
for name in $(tr ',|' '\n\n' <<<"$depends" | sed -E 's/\(.*\)//; s/:any//; s/[[:space:]]//g' | sort -u); do
  if ! apt-cache show --no-all-versions "$name" >/dev/null 2>&1; then
    fail "Depends names '$name', which is not a Debian package"
  fi
done

remove_package() {
  if dpkg-query -W -f='${Status}' frontdesk 2>/dev/null | grep -q "ok installed"; then
    DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq frontdesk >"$work/remove.log" 2>&1 || { cat "$work/remove.log"; fail "apt-get remove frontdesk"; }
  fi
}
trap remove_package EXIT
if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >"$work/apt-install.log" 2>&1; then
  cat "$work/apt-install.log"
  echo "FAIL: apt-get install $deb"
  exit 1
fi

for path in /usr/bin/frontdesk /usr/share/frontdesk/scenarios/README.md; do
  [ -f "$path" ] || fail "the package does not install $path"
done
if [ "$gui" = yes ]; then
  for path in /usr/bin/frontdesk-gui /usr/share/applications/frontdesk.desktop /usr/share/icons/hicolor/scalable/apps/frontdesk.svg; do
    [ -f "$path" ] || fail "the package does not install $path"
  done
fi
if find /usr/share/frontdesk /usr/bin/frontdesk* ! -perm -o=r | grep .; then fail "files above are not readable by everyone"; fi
bash "$here/check_installed_programs.sh" /usr/bin /usr/share/frontdesk "$gui" || failed=1

remove_package
trap - EXIT
[ ! -e /usr/bin/frontdesk ] || fail "/usr/bin/frontdesk is still there after removing the package"
[ ! -e /usr/share/frontdesk ] || fail "/usr/share/frontdesk is still there after removing the package"
[ "$failed" = 0 ] && echo "package built, installed, run and removed"
exit "$failed"
