#!/usr/bin/env bash
# README command 1: install what is missing, build, and start the simulator on the bundled scenarios.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/tools/setup.sh"
"$root/tools/build.sh"
exec "${FRONTDESK_BUILD_DIR:-$root/build}/frontdesk" "$@"
