#!/usr/bin/env bash
# Checks a real summary PDF with poppler, independently of the Rust PDF reader used by the tests:
#   1. builds a summary of docs/examples/three-charges.ron with the command line (advocate appendix on,
#      an accented name typed for the printout);
#   2. pdftotext: the text holds the plan and the table, each charge's results, the disclaimers and
#      "H.1683 / S.1116" in order,
#      and the accented name; pdfinfo: the metadata holds the neutral title only;
#   3. pdftoppm: every page is rendered and none is blank.
# Installs poppler-utils if it is missing (apt-get, as root or with sudo). Exits non-zero on failure.
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/lib.sh
install_missing check-pdf poppler-utils

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
name="María José Núñez"
pdf="$work/summary.pdf"

cargo run --locked --quiet -- summary docs/examples/three-charges.ron -o "$pdf" \
    --today 2026-11-29 --advocate --name "$name"


# Text, in reading order, with every run of white space made one space (wrapped lines join up).
pdftotext -enc UTF-8 "$pdf" "$work/summary.txt"
python3 - "$work/summary.txt" "$name" <<'PY' || die "the text is not as expected (see above)"
import sys

text = " ".join(open(sys.argv[1], encoding="utf-8").read().split())
name = sys.argv[2]
expected = [
    "Summary",
    "Prepared for " + name,
    # Page 1: the plan (its last step, the records to ask for) and the table at a glance.
    "Your next steps",
    "Ask for your records",
    "At a glance",
    "If H.1683 / S.1116 passes (a pending bill, not law)",
    # Each charge, the bill's part headed by its pending status.
    "Charge 1",
    "Vacatur for trafficking survivors: You can ask for this now",
    "Sealing by mail: Depends on answers you were not sure of",
    "If H.1683 / S.1116 passes (a pending bill, not law)",
    "Expungement of past prostitution charges: Happens on its own",
    "Charge 2",
    "Sealing by a judge: You can ask for this now",
    "If H.1683 / S.1116 passes (a pending bill, not law): the same as for charge 1",
    "Charge 3",
    "Sealing by mail: Depends on answers you were not sure of",
    "none of the bill's routes would apply",
    "Where to get help",
    "This is not legal advice.",
    "H.1683 / S.1116 (194th General Court, 2025-2026) is a pending bill, not law.",
    "For an advocate",
    "Rule files used",
]
at = 0
for needle in expected:
    found = text.find(needle, at)
    if found < 0:
        print(f"not found in order: {needle!r}", file=sys.stderr)
        sys.exit(1)
    at = found + len(needle)
if text.count(name) != 1:
    print(f"the name appears {text.count(name)} times, expected once", file=sys.stderr)
    sys.exit(1)
print(f"text: {len(expected)} passages in order, the accented name once")
PY

# Metadata: the neutral title, nothing else, and never the name.
info="$(pdfinfo -enc UTF-8 "$pdf")"
grep -qx 'Title: *Summary' <<<"$info" || die "the title is not \"Summary\": $info"
for field in Author Subject Keywords Creator Producer; do
    if grep -E "^$field: *[^ ]" <<<"$info" >/dev/null; then
        die "metadata field $field is not empty"
    fi
done
if grep -q "Núñez" <<<"$info"; then die "the name is in the metadata"; fi
pages="$(awk '/^Pages:/ {print $2}' <<<"$info")"
grep -q "612 x 792" <<<"$info" || die "the page is not US Letter"

# Every page rendered in grey, and each must have ink on it.
pdftoppm -gray -r 40 "$pdf" "$work/page"
python3 - "$pages" "$work"/page-*.pgm <<'PY' || die "a page is blank or missing (see above)"
import sys

def dark_pixels(path):
    data = open(path, "rb").read()
    # Binary PGM: "P5", width, height, maximum value, then one byte per pixel.
    fields, pos = [], 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        if data[pos:pos + 1] == b"#":
            pos = data.index(b"\n", pos) + 1
            continue
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    pos += 1
    if fields[0] != b"P5" or int(fields[3]) > 255:
        raise SystemExit(f"{path}: not an 8-bit binary PGM")
    pixels = data[pos:pos + int(fields[1]) * int(fields[2])]
    return sum(1 for p in pixels if p < 128)

expected, files = int(sys.argv[1]), sys.argv[2:]
if len(files) != expected:
    raise SystemExit(f"{len(files)} pages rendered, pdfinfo says {expected}")
for f in files:
    dark = dark_pixels(f)
    if dark < 50:
        raise SystemExit(f"{f}: blank ({dark} dark pixels)")
print(f"pages: {expected} rendered, none blank")
PY

echo "check-pdf: ok"
