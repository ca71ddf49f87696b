#!/usr/bin/env bash
# Set-up, build and run for a fresh Debian 12 / Ubuntu machine.
#   tools/sochibo.sh run    install what is missing, build, start the app on a demo database
#   tools/sochibo.sh test   install what is missing, build, run the whole test suite
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(cmake g++ ninja-build pkg-config qt6-base-dev qt6-tools-dev qt6-tools-dev-tools
          qt6-l10n-tools libqt6sql6-sqlite libpoppler-qt6-dev libicu-dev libsqlite3-dev
          libharfbuzz-dev libfontconfig-dev fonts-liberation2 poppler-utils xvfb xauth
          libzip-dev libxlsxwriter-dev)
# The fuzz targets (tests only): clang with libFuzzer. Debian 12 ships libFuzzer in
# libclang-rt-14-dev; on releases without that package clang brings it along.
# fonts-cantarell: a font with CFF outlines, for the test of the PDF writer's fallback;
# fonts-dejavu-core: a check mark the report font lacks, for the test of font fallback.
# python3-docx, python3-openpyxl, libreoffice-writer-nogui: our Word and Excel files read back
# and laid out as an office opens them (tests/reports/TestWordOutput, TestSpreadsheets).
# dpkg-dev, file, lintian, desktop-file-utils, appstream: the Debian package built by CPack,
# installed into a scratch root and checked (tests/packaging/check-package.sh).
TEST_PACKAGES=(clang fonts-cantarell fonts-dejavu-core python3-docx python3-openpyxl
               libreoffice-writer-nogui dpkg-dev file lintian desktop-file-utils appstream)
OPTIONAL_TEST_PACKAGES=(libclang-rt-14-dev)

installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

install_missing() {
    local missing=() sudo="" updated=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    local wanted=("${PACKAGES[@]}")
    if [ "${1:-}" = test ]; then
        wanted+=("${TEST_PACKAGES[@]}")
        for p in "${OPTIONAL_TEST_PACKAGES[@]}"; do
            installed "$p" && continue
            [ -z "$updated" ] && $sudo apt-get update -qq && updated=1
            apt-cache show "$p" >/dev/null 2>&1 && wanted+=("$p")
        done
    fi
    for p in "${wanted[@]}"; do
        installed "$p" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    [ -z "$updated" ] && $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSOCHIBO_WERROR=ON >/dev/null
    cmake --build build --parallel "$(nproc)"
}

case "${1:-}" in
run)
    install_missing
    build
    db="${SOCHIBO_DEMO_DB:-$HOME/.local/share/sochibo/demo.db}"
    mkdir -p "$(dirname "$db")"
    [ -f "$db" ] || ./build/src/app/sochibo-cli demo "$db"
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        echo "No display: starting under xvfb-run."
        exec xvfb-run -a -s "-screen 0 1280x800x24" ./build/src/app/sochibo --db "$db"
    fi
    exec ./build/src/app/sochibo --db "$db"
    ;;
test)
    install_missing test
    build
    (cd build && ctest --output-on-failure --parallel "$(nproc)")
    # libFuzzer: about a minute a target (SOCHIBO_FUZZ_SECONDS=0 skips, for quick local runs).
    seconds="${SOCHIBO_FUZZ_SECONDS:-60}"
    [ "$seconds" -gt 0 ] && tools/fuzz.sh "$seconds"
    exit 0
    ;;
*)
    echo "usage: tools/sochibo.sh run|test" >&2
    exit 1
    ;;
esac
