#!/usr/bin/env bash
# Runs the scenario fuzz target for a bounded time and fails on any finding (a crash, a sanitizer report, a
# leak, an input slower than 25 s or using more than 2 GB), printing the input and how to reproduce it.
#   tools/fuzz/run_fuzz.sh BUILD_DIR [SECONDS [LIBFUZZER_FLAG...]]
#     SECONDS defaults to 120; BUILD_DIR is configured with -DFRONTDESK_FUZZ=ON; flags such as -max_len=4096
#     (short inputs, more mutations per second) override the defaults below.
# The seeds are read in place: the bundled scenarios and the test fixtures (tests/fixtures/fuzz holds every
# earlier finding). What the fuzzer learns goes to BUILD_DIR/fuzz/corpus and is kept for the next run.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:?usage: run_fuzz.sh BUILD_DIR [SECONDS]}"
seconds="${2:-120}"
shift $(( $# < 2 ? $# : 2 ))
fuzzer="$build/fuzz_scenario"
if [ ! -x "$fuzzer" ]; then
  echo "run_fuzz.sh: $fuzzer is not built; configure with -DFRONTDESK_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++-14" >&2
  exit 2
fi
work="$build/fuzz"
findings="$work/findings"
log="$work/fuzz.log"
mkdir -p "$work/corpus"
rm -rf "$findings"
mkdir -p "$findings"

# Stack traces with file names and lines.
if command -v llvm-symbolizer-14 >/dev/null; then export ASAN_SYMBOLIZER_PATH="$(command -v llvm-symbolizer-14)"; fi
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"

echo "fuzzing for ${seconds}s: $fuzzer (log: $log)"
"$fuzzer" -max_total_time="$seconds" -rss_limit_mb=2048 -malloc_limit_mb=2048 -max_len=65536 -timeout=25 \
  -dict="$root/tools/fuzz/scenario.dict" -artifact_prefix="$findings/" -print_final_stats=1 "$@" \
  "$work/corpus" "$root/scenarios" "$root/tests/fixtures" >"$log" 2>&1
status=$?

found=()
while IFS= read -r -d '' artifact; do found+=("$artifact"); done < <(find "$findings" -type f -print0)
if [ "$status" = 0 ] && [ "${#found[@]}" = 0 ]; then
  grep -E '^#[0-9]+[[:space:]]+DONE' "$log" || true
  grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$log" || true
  echo "fuzzing: no finding in ${seconds}s ($(find "$work/corpus" -type f | wc -l) inputs in the corpus)"
  exit 0
fi

echo "---- the fuzzer's report (end of $log) ----"
tail -n 80 "$log"
echo "---- findings ----"
if [ "${#found[@]}" = 0 ]; then
  echo "the fuzzer stopped with status $status and saved no input; see $log"
fi
for artifact in "${found[@]}"; do
  echo "$artifact ($(wc -c <"$artifact") bytes), beginning:"
  head -c 2000 "$artifact" | cat -v | head -n 40
  echo
  echo "reproduce:  $fuzzer $artifact"
  echo "            $build/fuzz_scenario_replay $artifact"
  echo "keep it:    cp $artifact $root/tests/fixtures/fuzz/NAME.yaml   (NAME saying what it exercises; fuzz.regressions replays it)"
done
echo "FAIL: the fuzzer found a problem (status $status)"
exit 1
