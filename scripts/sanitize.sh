#!/usr/bin/env bash
# Builds everything with AddressSanitizer + UndefinedBehaviorSanitizer (gcc, ENTENTE_SANITIZE)
# in its own build dir and runs the whole test suite under them. Any report fails the run:
# UB halts, leaks fail the process, except the known third-party ones in scripts/lsan.supp.
#
#   bash scripts/sanitize.sh            # build-asan, -j1
#   JOBS=2 BUILD=build-asan bash scripts/sanitize.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${BUILD:-build-asan}
jobs=${JOBS:-1}

# Also set for the build: entente-build-default runs during it and is sanitized too.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:check_initialization_order=1:strict_init_order=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/scripts/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
start=$(date +%s)
# -O1 (what ASan recommends) and line tables only (-g1, enough for stack traces): much quicker
# to compile than -O2 -g on this 2-core machine.
cmake -S . -B "$build" -DENTENTE_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" \
    "${launcher[@]}" >/dev/null
cmake --build "$build" -j"$jobs"
built=$(date +%s)
(cd "$build" && QT_QPA_PLATFORM=offscreen ctest -j1 --output-on-failure)
echo "sanitize: build $((built - start)) s, tests $(($(date +%s) - built)) s"
