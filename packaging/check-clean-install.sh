#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs a built Palier package on a clean Debian 12 (a minimal debootstrap chroot, nothing else installed) with
# apt, as a referent's administrator would, and uses it there: palier-cli writes the demo, seals a preselection
# into the DGOS XLSX file, prints the letters; the window opens offscreen on the demo and saves a screenshot.
# Needs root and the Debian mirror; not part of CI (it downloads a base system). packaging/README.md.
# Usage: packaging/check-clean-install.sh PALIER.deb [CHROOT_DIR] [SCREENSHOT.png]
set -euo pipefail
deb="$(realpath "$1")"
root="${2:-/var/tmp/palier-clean-bookworm}"
shot="${3:-}"
mirror="http://deb.debian.org/debian"

if [ ! -x "$root/usr/bin/apt-get" ]; then
    command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap
    debootstrap --variant=minbase bookworm "$root" "$mirror"
fi
cleanup() { umount "$root/proc" 2>/dev/null || true; }
trap cleanup EXIT
mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"

cp "$deb" "$root/tmp/palier.deb"
chroot "$root" /bin/bash -euo pipefail -c '
    export DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen
    apt-get update -qq
    apt-get install -y -qq ./tmp/palier.deb >/tmp/palier-install.log
    work=$(mktemp -d)
    cd "$work"
    palier-cli --version
    palier-cli demo --db demo.palier
    palier-cli check --db demo.palier
    run=$(palier-cli preselect --db demo.palier --method optimal --save --json |
        sed -n "s/.*\"run\": *\([0-9][0-9]*\).*/\1/p")
    palier-cli seal --db demo.palier --run "$run" --out dgos.xlsx
    test -s dgos.xlsx && test -s dgos.csv
    palier-cli letters --db demo.palier --out letters || [ $? -eq 1 ] # 1: some establishments still wait for DGOS
    ls letters/*.pdf >/dev/null
    palier --page preselection --screenshot "$work/window.png" demo.palier
    test -s "$work/window.png"
    cp "$work/window.png" /tmp/palier-window.png
    grep -q "^Exec=palier %f$" /usr/share/applications/fr.ars.Palier.desktop
    test -f /usr/share/man/man1/palier-cli.1.gz
    test -f /usr/share/palier/guide/fr.md && test -f /usr/share/palier/guide/img/welcome.png
    echo "clean install: palier $(palier-cli --version | cut -d" " -f2) installed and used on a minimal Debian 12"
'
if [ -n "$shot" ]; then
    cp "$root/tmp/palier-window.png" "$shot"
fi
