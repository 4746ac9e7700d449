#!/usr/bin/env bash
# Configures and builds frontdesk into build/ (Release with line-level debug info). Used by run.sh and test.sh.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${FRONTDESK_BUILD_DIR:-$root/build}"
# -g1 (functions and lines, no local variables) keeps stack traces and crash reports exact at two thirds of the
# compile time of full debug information.
cmake -S "$root" -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG" >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)"
