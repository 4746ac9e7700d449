#!/usr/bin/env bash
# README command 2: install what is missing (test tools too), build, and run every test with CTest.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/tools/setup.sh" --with-tests
"$root/tools/build.sh"
cd "${FRONTDESK_BUILD_DIR:-$root/build}"
ctest --output-on-failure --parallel "$(nproc)" "$@"
