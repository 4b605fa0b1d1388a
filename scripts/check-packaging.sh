#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Validates the desktop integration files against the freedesktop.org specifications, and checks that they
# agree with each other and with the project: application id, MIME type, version.
# With the path of palier-cli, also checks that the manual pages render without warnings and that every
# command of `palier-cli --help` has its entry in palier-cli.1.
# Usage: scripts/check-packaging.sh APP_ID VERSION [PALIER_CLI]
set -euo pipefail
top="$(cd "$(dirname "$0")/.." && pwd)"
id="$1"
version="$2"
cli="${3:-}"
dir="$top/packaging/linux"
fail() {
    echo "check-packaging: $*" >&2
    exit 1
}

desktop-file-validate "$dir/$id.desktop"
appstreamcli validate --no-net --pedantic "$dir/$id.metainfo.xml" >/dev/null
grep -q "<id>$id</id>" "$dir/$id.metainfo.xml" || fail "the metainfo id is not $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$dir/$id.metainfo.xml" ||
    fail "the metainfo does not launch $id.desktop"
grep -q "<release version=\"$version\"" "$dir/$id.metainfo.xml" ||
    fail "the metainfo has no release $version (the project's version): add it to <releases>"
grep -q "^Icon=$id$" "$dir/$id.desktop" || fail "the desktop file's icon is not $id"
mime=$(sed -n 's/.*<mime-type type="\([^"]*\)".*/\1/p' "$dir/$id.mime.xml")
[ -n "$mime" ] || fail "no MIME type in $id.mime.xml"
grep -q "^MimeType=$mime;$" "$dir/$id.desktop" || fail "the desktop file does not open $mime"
grep -q "<mediatype>$mime</mediatype>" "$dir/$id.metainfo.xml" || fail "the metainfo does not provide $mime"
grep -q '<glob pattern="\*.palier"/>' "$dir/$id.mime.xml" || fail "the MIME type does not match *.palier"

for page in palier.1 palier-cli.1; do
    warnings=$(groff -man -Tutf8 -ww -z "$dir/$page" 2>&1)
    [ -z "$warnings" ] || fail "$page: groff warns: $warnings"
    grep -q "^\.TH [A-Z-]* 1 \"[0-9-]*\" \"Palier $version\"" "$dir/$page" ||
        fail "$page: the .TH line does not name Palier $version"
done
if [ -n "$cli" ]; then
    commands=$(PALIER_LANG=en "$cli" --help | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p' | sort -u)
    [ -n "$commands" ] || fail "no command found in palier-cli --help"
    for command in $commands; do
        grep -q "^\.B $command\b" "$dir/palier-cli.1" || fail "palier-cli.1 does not describe the command $command"
    done
fi
echo "packaging files: valid ($id $version, $mime)"
