#!/usr/bin/env bash
# README command 2: install what is missing (test tools too), then, stopping at the first failure:
#   1. build into build/ and run every test with CTest (this script's arguments go to that ctest, e.g. -R cli);
#   2. build what runs without a window with AddressSanitizer and UndefinedBehaviorSanitizer (clang, into
#      build-sanitize/) and run the unit, command-line, store and fuzz-regression tests again there;
#   3. fuzz scenario loading, checks, analysis and play with libFuzzer for ninety seconds (tools/fuzz/run_fuzz.sh).
# Each phase prints how long it took. For developers: FRONTDESK_SKIP_SANITIZE=1 stops after 1,
# FRONTDESK_SKIP_FUZZ=1 after 2, FRONTDESK_FUZZ_SECONDS=N fuzzes for N seconds; FRONTDESK_BUILD_DIR and
# FRONTDESK_SANITIZE_BUILD_DIR choose the build folders.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${FRONTDESK_BUILD_DIR:-$root/build}"
sanitize_dir="${FRONTDESK_SANITIZE_BUILD_DIR:-$root/build-sanitize}"
jobs="$(nproc)"

phase="" phase_start=$SECONDS
timings=()
begin() {
  phase="$1" phase_start=$SECONDS
  echo "==== tools/test.sh: $phase ===="
}
done_phase() {
  timings+=("$(printf '  %-46s %5ds' "$phase" $((SECONDS - phase_start)))")
  phase=""
}
report() {
  local status=$?
  if [ "$status" != 0 ] && [ -n "$phase" ]; then
    timings+=("$(printf '  %-46s %5ds  FAILED' "$phase" $((SECONDS - phase_start)))")
  fi
  echo "==== tools/test.sh: time per phase ===="
  printf '%s\n' "${timings[@]}"
  printf '  %-46s %5ds\n' "total" "$SECONDS"
  if [ "$status" != 0 ]; then
    echo "tools/test.sh: FAILED in '${phase:-?}' (exit status $status); the phases after it did not run" >&2
  fi
}
trap report EXIT

begin "setup (Debian packages)"
"$root/tools/setup.sh" --with-tests
done_phase

begin "build"
FRONTDESK_BUILD_DIR="$build_dir" "$root/tools/build.sh"
done_phase

begin "tests"
ctest --test-dir "$build_dir" --output-on-failure --parallel "$jobs" "$@"
done_phase

if [ "${FRONTDESK_SKIP_SANITIZE:-0}" = 1 ]; then
  echo "tools/test.sh: FRONTDESK_SKIP_SANITIZE=1: no sanitizer build, no fuzzing"
  exit 0
fi

# One clang build serves both the sanitizer tests and the fuzzer (FRONTDESK_FUZZ implies the sanitizers). It
# leaves the window out and builds only the programs those tests run; -O1 with line tables only (asserts on)
# keeps the fuzzer fast and the stack traces exact at half the compile time of -O2 -g.
begin "sanitizer build (ASan + UBSan, no window)"
cmake -S "$root" -B "$sanitize_dir" -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -gline-tables-only" \
  -DCMAKE_CXX_COMPILER=clang++-14 -DFRONTDESK_GUI=OFF -DFRONTDESK_FUZZ=ON >/dev/null
cmake --build "$sanitize_dir" --parallel "$jobs" --target frontdesk frontdesk_tests frontdesk_store_tests \
  frontdesk_install_tests frontdesk_lrs_tests frontdesk_lrs_sync_tests make_report_fixture crash_writer fuzz_scenario_replay fuzz_scenario
done_phase

begin "tests under the sanitizers"
if command -v llvm-symbolizer-14 >/dev/null; then export ASAN_SYMBOLIZER_PATH="$(command -v llvm-symbolizer-14)"; fi
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$root/tools/lsan_suppressions.txt:print_suppressions=0"
# cli.play_long_answer_line caps the address space (ulimit -v), which AddressSanitizer's shadow memory cannot
# live with; it runs in the first phase.
ctest --test-dir "$sanitize_dir" --output-on-failure --parallel "$jobs" --no-tests=error \
  -R '^(unit_[0-9]+|cli\..*|store_unit|store_unit_postgres|store_crash|store_concurrent_writers|lrs_unit|lrs_sync_unit|report_fixture|fuzz\..*|install\.data_folders)$' \
  -E '^cli\.play_long_answer_line$'
done_phase

if [ "${FRONTDESK_SKIP_FUZZ:-0}" = 1 ]; then
  echo "tools/test.sh: FRONTDESK_SKIP_FUZZ=1: no fuzzing"
  exit 0
fi

begin "fuzzing (${FRONTDESK_FUZZ_SECONDS:-90}s)"
"$root/tools/fuzz/run_fuzz.sh" "$sanitize_dir" "${FRONTDESK_FUZZ_SECONDS:-90}"
done_phase
