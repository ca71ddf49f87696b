#!/usr/bin/env bash
# Builds the Debian package from the build tree, unpacks it into a scratch root and uses it
# from there as an installed program: sochibo-cli --version, demo, report, search (which loads
# the installed Poppler module, not the build tree's); then the package's metadata checks:
# lintian without errors, desktop-file-validate, appstreamcli validate.
#   check-package.sh BUILD_DIR VERSION
set -euo pipefail
build="$1" version="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; exit 1; }
deb="$work/out/sochibo_${version}_amd64.deb"
[ -f "$deb" ] || { echo "no package $deb"; ls "$work/out"; exit 1; }
root="$work/root"
dpkg -x "$deb" "$root"
cli="$root/usr/bin/sochibo-cli"

out="$("$cli" --version)"
[ "$out" = "sochibo-cli $version" ] || { echo "--version said: $out"; exit 1; }
# The demo attaches minutes as PDFs: reading their text loads the Poppler module, which must
# be the installed one (lib/sochibo beside bin/), not the build tree's.
LD_DEBUG=files "$cli" demo "$work/demo.db" >/dev/null 2>"$work/ld.txt"
grep -q "calling init: $root/usr/bin/../lib/sochibo/libsochibo_pdf.so" "$work/ld.txt" ||
    { echo "the installed Poppler module was not the one loaded:";
      grep "calling init:.*sochibo_pdf" "$work/ld.txt" | head -3; exit 1; }
"$cli" --today 2026-11-21 report "$work/demo.db" self-review --year 2026 -o "$work/review.pdf" \
    >/dev/null 2>&1
pages="$(pdfinfo "$work/review.pdf" | awk '/^Pages:/ {print $2}')"
[ "${pages:-0}" -ge 5 ] || { echo "the report has ${pages:-no} pages"; exit 1; }
pdftotext -enc UTF-8 "$work/review.pdf" "$work/review.txt"
grep -q "BÁO CÁO" "$work/review.txt" || { echo "the report lacks its title"; exit 1; }
for page in sochibo sochibo-cli; do
    [ -s "$root/usr/share/man/man1/$page.1.gz" ] || { echo "no man page $page"; exit 1; }
done
desktop-file-validate "$root/usr/share/applications/vn.sochibo.SoChiBo.desktop"
appstreamcli validate --no-net --pedantic \
    "$root/usr/share/metainfo/vn.sochibo.SoChiBo.metainfo.xml" >"$work/appstream.txt" 2>&1 ||
    { cat "$work/appstream.txt"; exit 1; }
lintian --fail-on error "$deb" 2>&1 | grep -v "running with root privileges" || true
lintian --fail-on error "$deb" >/dev/null 2>&1 || { echo "lintian reports errors"; exit 1; }
echo "package $deb: installed and used from a scratch root; lintian, desktop and AppStream checks pass"
