#!/usr/bin/env bash
# Opens every Word draft of docs/examples/three-charges.ron in LibreOffice, independently of the Rust
# zip and XML readers the tests use (not run in CI: LibreOffice is large):
#   1. lists the drafts the example allows (`clearpath drafts --list`) and writes each as DOCX;
#   2. converts each to PDF with `libreoffice --headless --convert-to pdf`;
#   3. pdftotext: each converted PDF holds the draft label; pdftoppm renders the first page of each
#      as a PNG in OUT (the folder given, or a temporary one that is removed) to look at.
# Installs libreoffice-writer-nogui and poppler-utils if missing (apt-get, as root or with sudo).
#   bash scripts/drafts-libreoffice.sh [OUT]
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/lib.sh
install_missing drafts-libreoffice libreoffice-writer-nogui poppler-utils

if [ $# -gt 0 ]; then
  out="$1"
  mkdir -p "$out"
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
else
  work="$(mktemp -d)"
  out="$work"
  trap 'rm -rf "$work"' EXIT
fi
answers=docs/examples/three-charges.ron
today=2026-12-07
cargo build --locked --quiet
bin=target/debug/clearpath
# LibreOffice keeps a profile: a private one, removed with the rest.
profile="file://$work/profile"

"$bin" drafts "$answers" --list --today "$today" | while read -r _ charge routes; do
  number="${charge%:}"
  for route in $routes; do
    [ "$route" = "(none)" ] && continue
    echo "charge-$number-$route"
  done
done >"$work/drafts.txt"

while read -r name; do
  number="$(echo "$name" | cut -d- -f2)"
  route="${name#charge-"$number"-}"
  "$bin" drafts "$answers" --charge "$number" --route "$route" -o "$work/$name.docx" --today "$today"
  libreoffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$work" \
    "$work/$name.docx" >/dev/null 2>&1 || { fail "$name: LibreOffice did not convert it"; continue; }
  if pdftotext "$work/$name.pdf" - | tr -s ' \n' ' ' | grep -q "DRAFT for review by a lawyer or advocate"; then
    pass "$name: LibreOffice opens it and the label is there"
  else
    fail "$name: no draft label in LibreOffice's PDF"
  fi
  pdftoppm -png -r 60 -f 1 -l 1 "$work/$name.pdf" "$out/$name"
done <"$work/drafts.txt"

[ -s "$work/drafts.txt" ] || die "the example allows no drafts"
echo "first pages as PNG in $out"
[ "$failures" -eq 0 ]
