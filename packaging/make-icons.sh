#!/usr/bin/env bash
# Makes the Windows and macOS icons from assets/icon.svg (the one icon; Linux uses the SVG itself):
#   packaging/windows/clearpath.ico   16 to 256 pixels, for the installer and the shortcuts
#   packaging/macos/clearpath.icns    16 to 512 pixels, for the app bundle
# Both are committed; run this again after changing the SVG. Needs rsvg-convert (librsvg2-bin),
# ImageMagick's convert (imagemagick) and png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" assets/icon.svg -o "$work/$size.png"
done
convert "$work"/{16,24,32,48,64,128,256}.png packaging/windows/clearpath.ico
png2icns packaging/macos/clearpath.icns "$work"/{16,32,48,128,256,512}.png >/dev/null
ls -l packaging/windows/clearpath.ico packaging/macos/clearpath.icns
