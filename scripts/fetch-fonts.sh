#!/usr/bin/env bash
# Fetches the window's face, Atkinson Hyperlegible (Braille Institute, SIL Open Font License 1.1),
# into assets/fonts/ from the npm package that publishes its TTF files, pinned by version and by the
# SHA-256 of the package and of each file. The files are committed; run this only to check where they
# came from or to move to another version (then update the sums below, packaging/debian/copyright and
# assets/fonts/README.md).
#   bash scripts/fetch-fonts.sh          fetch, check and copy
#   bash scripts/fetch-fonts.sh --check  fetch and check that the committed files are the same bytes
# Needs npm (Debian: apt-get install npm) and the npm registry.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGE=@expo-google-fonts/atkinson-hyperlegible
VERSION=0.4.1
PACKAGE_SHA256=63613418090ab82c023ebc3e17ab47b66567d9ac28f9f5ec1855bb145126b60d
# file in the package, file in assets/fonts, SHA-256
FILES=(
  "400Regular/AtkinsonHyperlegible_400Regular.ttf AtkinsonHyperlegible-Regular.ttf 752bace0a9820236f24d65d680ac07aeb543c92dd903c871e09f6627261b812f"
  "700Bold/AtkinsonHyperlegible_700Bold.ttf AtkinsonHyperlegible-Bold.ttf 9ebfea858a99e61e2fc299d194ba55b87de4884094f86fdcb6fa0d510b9d77da"
)

check_only=false
[ "${1:-}" = --check ] && check_only=true

command -v npm >/dev/null || { echo "fetch-fonts: npm is needed (Debian: apt-get install npm)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$PACKAGE@$VERSION" >/dev/null)
tarball=$(ls "$work"/*.tgz)
echo "$PACKAGE_SHA256  $tarball" | sha256sum --check --quiet ||
  { echo "fetch-fonts: $PACKAGE@$VERSION is not the package these sums were taken from" >&2; exit 1; }
tar -xzf "$tarball" -C "$work"
status=0
for entry in "${FILES[@]}"; do
  read -r from to sum <<<"$entry"
  echo "$sum  $work/package/$from" | sha256sum --check --quiet ||
    { echo "fetch-fonts: $from differs from the pinned file" >&2; exit 1; }
  if $check_only; then
    if cmp -s "$work/package/$from" "assets/fonts/$to"; then
      echo "fetch-fonts: assets/fonts/$to is $PACKAGE@$VERSION's $from"
    else
      echo "fetch-fonts: assets/fonts/$to differs from $PACKAGE@$VERSION's $from" >&2
      status=1
    fi
  else
    cp "$work/package/$from" "assets/fonts/$to"
    echo "fetch-fonts: assets/fonts/$to from $PACKAGE@$VERSION"
  fi
done
$check_only || cp "$work/package/LICENSE_FONT" assets/fonts/LICENSE-AtkinsonHyperlegible.txt
exit "$status"
