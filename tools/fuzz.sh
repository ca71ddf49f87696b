#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (AddressSanitizer) in build-fuzz/ and runs each for
# SECONDS (default 60) from its committed seed corpus. New inputs go to a scratch folder, so
# the committed corpora only change by hand. A crash, a leak, a timeout (10 s for one input)
# or more than 2 GB of memory fails the run; the input that did it is left in build-fuzz/.
#   tools/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"

CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSOCHIBO_FUZZ=ON >/dev/null
cmake --build build-fuzz --parallel "$(nproc)"

run() {
    local target="$1"
    shift
    local seeds=("$@")
    local scratch
    scratch="$(mktemp -d)"
    echo "== $target: ${seconds}s from ${seeds[*]}"
    # Qt and Poppler keep process-wide caches that look like leaks at exit; leak checking is
    # therefore off, and memory is bounded by -rss_limit_mb instead.
    local status=0
    (cd build-fuzz && QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0 \
        "./tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=262144 -print_final_stats=1 "$scratch" "${seeds[@]/#/../}" >"$target.log" 2>&1) ||
        status=$?
    grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|SUMMARY|Done )" \
        "build-fuzz/$target.log" || true
    rm -rf "$scratch"
    if [ "$status" -ne 0 ]; then
        tail -40 "build-fuzz/$target.log"
        echo "$target FAILED (log: build-fuzz/$target.log)" >&2
        return "$status"
    fi
}

run FuzzJsonImport tests/fuzz/corpus/json
run FuzzLegacyEncoding tests/fuzz/corpus/legacy
run FuzzPdfIngest tests/data/pdf tests/fuzz/corpus/images
run FuzzTrueType resources/fonts tests/fuzz/corpus/fonts
run FuzzSheetImport tests/data/import
