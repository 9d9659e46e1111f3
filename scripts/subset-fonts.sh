#!/usr/bin/env bash
# Remakes the summary's fallback fonts (for the characters Atkinson Hyperlegible lacks),
# assets/fonts/DejaVuSans-Subset.ttf and DejaVuSans-Bold-Subset.ttf, from Debian's DejaVu Sans 2.37
# (package fonts-dejavu-core): only the characters below are kept, with no hinting and no OpenType
# layout tables (the summary is laid out without shaping or kerning). The full
# fonts are 1.4 MiB and would be built into the program; the subsets are about 150 KiB together.
#   bash scripts/subset-fonts.sh
# Needs fonttools (pyftsubset) from PyPI, installed here in a temporary virtual environment, and the
# Debian package fonts-dejavu-core. Kept, with the fonts' licence (assets/fonts/LICENSE-DejaVu.txt,
# which allows changed copies whose names do not contain "Bitstream" or "Vera"):
#   Basic Latin, Latin-1, Latin Extended-A and -B, Latin Extended Additional (Vietnamese), combining
#   accents, modifier letters (ʻokina, apostrophe), Greek, Cyrillic, general punctuation (dashes,
#   quotes, bullet, ellipsis), the euro sign, №, ™, arrows, the minus sign and the replacement mark.
# Any other character a summary holds (a name typed in another script) prints as "?"; see
# src/render/summary/pdf.rs. After changing this list, run the tests: tests/summary.rs checks the Spanish
# letters and the typed name print.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

FONTTOOLS_VERSION=4.55.3
UNICODES="U+0020-007E,U+00A0-024F,U+0259,U+02BB-02BC,U+02C6-02C7,U+02D8-02DD,U+0300-036F,U+0370-03FF,\
U+0400-045F,U+0490-0491,U+1E00-1EFF,U+2010-2027,U+2030-203A,U+2044,U+20AC,U+2116,U+2122,U+2190-2193,\
U+2212,U+FFFD"

install_missing subset-fonts fonts-dejavu-core python3-venv
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet "fonttools==$FONTTOOLS_VERSION"
for face in DejaVuSans DejaVuSans-Bold; do
  "$work/venv/bin/pyftsubset" "/usr/share/fonts/truetype/dejavu/$face.ttf" \
    --unicodes="$UNICODES" --layout-features='' --no-hinting \
    --name-IDs='*' --name-languages='*' --output-file="assets/fonts/$face-Subset.ttf"
  echo "subset-fonts: assets/fonts/$face-Subset.ttf ($(stat -c %s "assets/fonts/$face-Subset.ttf") bytes)"
done
