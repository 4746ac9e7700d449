#!/usr/bin/env bash
# Installs the Debian packages frontdesk needs, only those missing (no apt call when all are present).
# Sourced or run by tools/run.sh and tools/test.sh; FRONTDESK_PACKAGES_EXTRA adds packages for one caller.
set -euo pipefail

build_packages=(cmake g++ make pkg-config libyaml-cpp-dev doctest-dev libcli11-dev nlohmann-json3-dev libsqlite3-dev uuid-dev libpq-dev libcurl4-openssl-dev libgraphviz-dev libexpat1-dev)
gui_packages=(libsfml-dev libimgui-dev libstb-dev fonts-dejavu-core fonts-dejavu-extra libgl-dev libx11-dev)
# The window under Xvfb driven by xdotool; the HTML report in Chromium; the sanitizer and fuzzing build
# (clang, its sanitizer and libFuzzer runtimes, llvm-symbolizer for readable stack traces); the Debian
# package (dpkg-shlibdeps from dpkg-dev, file) and the desktop entry's validator; a PostgreSQL server for the
# results tests; cpp-httplib for the stand-in LRS.
test_packages=(xvfb xauth xdotool chromium sqlite3 libcpp-httplib-dev clang-14 libclang-rt-14-dev llvm-14 dpkg-dev file desktop-file-utils postgresql)

wanted=("${build_packages[@]}" "${gui_packages[@]}")
if [ "${1:-}" = "--with-tests" ]; then
  wanted+=("${test_packages[@]}")
fi

missing=()
for package in "${wanted[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ "${#missing[@]}" -gt 0 ]; then
  echo "frontdesk setup: installing ${missing[*]}" >&2
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Test tools from the npm registry (never part of the program): Learning Locker's xAPI validator and ajv-cli, at
# the versions tests/tools/npm/package-lock.json pins, into tests/tools/npm/node_modules. Node.js and npm come
# from Debian when the machine has none (a machine with another Node.js keeps its own).
if [ "${1:-}" = "--with-tests" ]; then
  here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
  npm_tools="$here/../tests/tools/npm"
  if ! command -v npm >/dev/null 2>&1; then
    echo "frontdesk setup: installing nodejs npm (test tools)" >&2
    sudo_cmd=()
    if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends nodejs npm
  fi
  if [ ! -f "$npm_tools/node_modules/.package-lock.json" ] || [ "$npm_tools/package-lock.json" -nt "$npm_tools/node_modules/.package-lock.json" ]; then
    echo "frontdesk setup: installing the npm test tools in $npm_tools" >&2
    (cd "$npm_tools" && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi
