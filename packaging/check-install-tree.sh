#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs a built tree into a temporary folder (what `cpack -G DEB` packs) and checks that everything the package
# must hold is there: the programs, the desktop integration, the manual pages, and the user guide with every image
# its pages show (Help › User Guide reads it from share/palier/guide). Also checks the copy of the guide next to the
# executable in the build tree. Usage: packaging/check-install-tree.sh BUILD_DIR APP_ID
set -euo pipefail
build="$1"
id="$2"
fail() {
    echo "check-install-tree: $*" >&2
    exit 1
}
dest="$(mktemp -d)"
trap 'rm -rf "$dest"' EXIT
DESTDIR="$dest" cmake --install "$build" --prefix /usr >/dev/null
root="$dest/usr"
for file in bin/palier bin/palier-cli \
    "share/applications/$id.desktop" "share/metainfo/$id.metainfo.xml" "share/mime/packages/$id.xml" \
    "share/icons/hicolor/scalable/apps/$id.svg" share/man/man1/palier.1.gz share/man/man1/palier-cli.1.gz \
    share/palier/guide/fr.md share/palier/guide/en.md; do
    [ -s "$root/$file" ] || fail "$file is not installed"
done
for guide in "$root/share/palier/guide" "$build/src/app/guide"; do
    for language in fr en; do
        [ -s "$guide/$language.md" ] || fail "no $guide/$language.md"
        images=$(sed -n 's/.*](\(img\/[^)]*\)).*/\1/p' "$guide/$language.md")
        [ -n "$images" ] || fail "$language.md shows no screenshot"
        for image in $images; do
            [ -s "$guide/$image" ] || fail "$language.md shows $image, not installed in $guide"
        done
    done
done
# The dashboard's charts are a plug-in (src/plugins/charts): installed where the program looks for it, and Qt Charts
# linked by the plug-in only, not loaded at every start.
plugin=$(find "$root" -name "libpalier_charts.so" -print -quit)
[ -n "$plugin" ] || fail "the charts plug-in is not installed"
relative=$(realpath --relative-to="$root/bin" "$(dirname "$plugin")")
grep -q -F "$relative" "$root/bin/palier" || fail "palier does not look for its plug-ins in $relative"
if readelf -d "$root/bin/palier" | grep -q "Qt6Charts"; then
    fail "palier links Qt Charts: only the charts plug-in should"
fi
readelf -d "$plugin" | grep -q "Qt6Charts" || fail "the charts plug-in does not link Qt Charts"
echo "install tree: programs, the charts plug-in in bin/$relative, desktop files, manual pages and the guide ($(find "$root/share/palier/guide/img" -name "*.png" | wc -l) images)"
