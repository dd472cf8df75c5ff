#!/usr/bin/env bash
# Builds the libFuzzer targets (clang-14, ASan+UBSan, own build dir build-fuzz) and runs each
# for SECONDS (default 60), then prints per target: executions, time, crashes.
#
#   bash tests/fuzz/run.sh [SECONDS] [TARGET...]
#
# The committed seeds (tests/fuzz/corpus/<target>/) are read, never written: what a run learns
# goes to build-fuzz/corpus/<target>/, crash inputs to build-fuzz/crashes/<target>/. Exits 1
# if any target crashed. A crash is fixed in the code and its input kept as a regression case
# in tests/fixtures/fuzz-regressions/ (run by tst_fuzzregressions).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
shift || true
build=${ENTENTE_FUZZ_BUILD_DIR:-build-fuzz}

if ! command -v clang++-14 >/dev/null; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing clang-14 (libFuzzer)"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq clang-14
fi
if [ ! -f "$build/CMakeCache.txt" ]; then
    launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S . -B "$build" -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DENTENTE_BUILD_FUZZ=ON -DENTENTE_BUILD_TESTS=OFF -DENTENTE_BUILD_BENCH=OFF "${launcher[@]}" >/dev/null
fi
cmake --build "$build" -j1 --target entente_fuzz

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    for f in tests/fuzz/fuzz_*.cpp; do targets+=("$(basename "$f" .cpp)"); done
fi

# UB and leaks are findings too; the Qt/fontconfig leak noise does not occur here (no GUI).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
failed=0
printf '%-22s %12s %10s %8s %9s\n' target execs exec/s seconds crashes
for t in "${targets[@]}"; do
    work="$build/corpus/$t" crashes="$build/crashes/$t" log="$build/logs/$t.log"
    mkdir -p "$work" "$crashes" "$(dirname "$log")"
    start=$(date +%s)
    set +e
    "$build/fuzz/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$crashes/" "$work" "tests/fuzz/corpus/$t" >"$log" 2>&1
    rc=$?
    set -e
    elapsed=$(($(date +%s) - start))
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    found=$(find "$crashes" -type f -newermt "@$start" | wc -l)
    printf '%-22s %12s %10s %8s %9s\n' "$t" "${execs:-?}" "${rate:-?}" "$elapsed" "$found"
    if [ "$rc" -ne 0 ] || [ "$found" -ne 0 ]; then
        failed=1
        echo "  $t: exit $rc; see $log and $crashes/" >&2
    fi
done
exit $failed
