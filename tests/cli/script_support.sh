# Sourced by the command-line test scripts that take FRONTDESK SOURCE_DIR WORK_DIR: sets $frontdesk, $source_dir
# and $work (emptied), runs from the source tree so paths in the output are short, and gives fail(), which
# records a failure in $failed and goes on, so one run reports every broken expectation.
set -uo pipefail
frontdesk="$1" source_dir="$2" work="$3"
rm -rf "$work" && mkdir -p "$work"
cd "$source_dir" || exit 2
failed=0
fail() { echo "FAIL: $*"; failed=1; }
