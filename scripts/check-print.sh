#!/usr/bin/env bash
# Prints a summary through the window to a real print system and checks what arrives.
#
# Sets up CUPS with a queue that writes PDFs (Debian's cups and printer-driver-cups-pdf) as the default
# printer, then runs examples/print_through_window.rs: the window (driven headlessly) opens on the results
# of docs/examples/three-charges.ron and "Print summary" is pressed, so the job goes through the window's
# background task and the system's `lp`, as a person's would. Then checks that:
#   - the window says the summary was sent;
#   - one PDF arrives, under the neutral job title "Summary", and it is the summary: cups-pdf prints
#     through PostScript and Ghostscript, which turns the embedded fonts into drawings whose text no
#     longer reads back, so its pages are compared as pictures with the summary `clearpath summary`
#     makes of the same answers (and, to show the comparison can tell, with another summary);
#   - nothing is left in TMPDIR (the temporary file handed to `lp` is removed), and nothing of the job
#     is left in CUPS's spool once it has printed (with PreserveJobFiles off, as this check sets: a
#     default CUPS keeps printed files for a day, which the window's first screen warns of).
#
# It changes the machine (installs packages, starts cupsd, adds and removes a queue), so CI runs it from
# .ci/run rather than scripts/test.sh. Needs root or sudo. Prints PASS/FAIL lines; exits non-zero on any
# failure.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

QUEUE=ClearPathCheck
install_missing check-print cups cups-client printer-driver-cups-pdf poppler-utils python3

work=$(mktemp -d "${TMPDIR:-/tmp}/clearpath-print.XXXXXX")
out="$work/out"
tmp="$work/tmp"
mkdir -p "$out" "$tmp"
chmod 0777 "$out"
started_cupsd=""
conf_backup="$work/cups-pdf.conf"
cupsd_backup="$work/cupsd.conf"
$sudo cp /etc/cups/cups-pdf.conf "$conf_backup"
$sudo cp /etc/cups/cupsd.conf "$cupsd_backup"

cleanup() {
  $sudo lpadmin -x "$QUEUE" 2>/dev/null || true
  $sudo cp "$conf_backup" /etc/cups/cups-pdf.conf 2>/dev/null || true
  $sudo cp "$cupsd_backup" /etc/cups/cupsd.conf 2>/dev/null || true
  if [ -n "$started_cupsd" ]; then
    $sudo pkill -x cupsd 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# cups-pdf writes each job into our folder; CUPS keeps no printed files.
$sudo sed -i "s|^#\?Out .*|Out $out|" /etc/cups/cups-pdf.conf
if ! grep -q '^PreserveJobFiles' /etc/cups/cupsd.conf; then
  echo 'PreserveJobFiles No' | $sudo tee -a /etc/cups/cupsd.conf >/dev/null
else
  $sudo sed -i 's/^PreserveJobFiles.*/PreserveJobFiles No/' /etc/cups/cupsd.conf
fi
# (Re)start the scheduler so it reads the settings: a container has no service manager.
$sudo pkill -x cupsd 2>/dev/null || true
for _ in $(seq 1 50); do pgrep -x cupsd >/dev/null || break; sleep 0.1; done
$sudo /usr/sbin/cupsd
started_cupsd=yes
for _ in $(seq 1 100); do
  lpstat -r 2>/dev/null | grep -q "is running" && break
  sleep 0.1
done
lpstat -r | grep -q "is running" || die "the CUPS scheduler did not start"

ppd=$(ls /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd 2>/dev/null || true)
[ -n "$ppd" ] || die "cups-pdf's PPD is missing"
$sudo lpadmin -p "$QUEUE" -v cups-pdf:/ -E -P "$ppd" -o PageSize=Letter 2>/dev/null
$sudo lpadmin -d "$QUEUE"
lpstat -d | grep -q "$QUEUE" && pass "a PDF queue is the default printer" || die "the queue is not the default"

cargo build --locked --quiet --example print_through_window --bin clearpath
status=0
message=$(TMPDIR="$tmp" target/debug/examples/print_through_window docs/examples/three-charges.ron) || status=$?
if [ "$status" -eq 0 ]; then
  pass "the window sent the summary to the printer: $message"
else
  fail "the window did not print (status $status): $message"
fi

# The job goes through cups-pdf (Ghostscript): wait for it to finish and its PDF to appear.
pdf=""
for _ in $(seq 1 300); do
  pdf=$(find "$out" -name '*.pdf' -print -quit)
  if [ -n "$pdf" ] && [ -z "$(lpstat -o "$QUEUE" 2>/dev/null)" ]; then break; fi
  sleep 0.1
done
if [ -z "$pdf" ]; then
  fail "no PDF arrived from the print queue"
else
  count=$(find "$out" -name '*.pdf' | wc -l)
  [ "$count" -eq 1 ] && pass "one job arrived" || fail "$count PDFs arrived, one was sent"
  name=$(basename "$pdf")
  case "$name" in
    Summary*) pass "the job's title is the neutral \"Summary\" ($name)" ;;
    *) fail "the job's title is not neutral: $name" ;;
  esac
  title=$(pdfinfo "$pdf" 2>/dev/null | sed -n 's/^Title: *//p')
  case "$title" in
    Summary | "(Summary)") pass "the printed PDF's title is \"Summary\"" ;;
    *) fail "the printed PDF's title says more than \"Summary\": $title" ;;
  esac
  # The same answers' summary from the command line (same day, same paper), and another summary.
  target/debug/clearpath summary docs/examples/three-charges.ron -o "$work/expected.pdf" >/dev/null
  target/debug/clearpath summary docs/examples/one-charge.ron -o "$work/other.pdf" >/dev/null
  for name in printed expected other; do
    source_pdf="$work/$name.pdf"
    [ "$name" = printed ] && source_pdf="$pdf"
    pdftoppm -q -gray -r 30 "$source_pdf" "$work/$name"
  done
  verdict=$(python3 - "$work" <<'PY'
import glob, sys
work = sys.argv[1]
def pages(name):
    """Each page's ink, row by row: where the lines of text are and how dark, which survives the
    change of fonts (the shapes of the letters do not)."""
    out = []
    for path in sorted(glob.glob(f"{work}/{name}-*.pgm")):
        data = open(path, "rb").read()
        _, size, _, pixels = data.split(b"\n", 3)
        width, height = map(int, size.split())
        out.append([sum(255 - p for p in pixels[r * width:(r + 1) * width]) for r in range(height)])
    return out
def likeness(a, b):
    n = min(len(a), len(b))
    a, b = a[:n], b[:n]
    ma, mb = sum(a) / n, sum(b) / n
    num = sum((x - ma) * (y - mb) for x, y in zip(a, b))
    da = sum((x - ma) ** 2 for x in a) ** 0.5
    db = sum((y - mb) ** 2 for y in b) ** 0.5
    return num / (da * db) if da and db else 0.0
printed, expected, other = pages("printed"), pages("expected"), pages("other")
if len(printed) != len(expected):
    print(f"FAIL {len(printed)} pages printed, the summary has {len(expected)}")
    sys.exit()
same = min(likeness(p, e) for p, e in zip(printed, expected))
differ = max(likeness(p, o) for p, o in zip(printed, other))
ok = same >= 0.6 and differ <= 0.5
print(("PASS" if ok else "FAIL") + f" {len(printed)} pages, each laid out like the summary's "
      f"(likeness at least {same:.2f}) and unlike another summary's (at most {differ:.2f})")
PY
)
  case "$verdict" in
    PASS*) pass "the printed pages are the summary's: ${verdict#PASS }" ;;
    *) fail "the printed pages are not the summary's: ${verdict#FAIL }" ;;
  esac
fi

left=$(find "$tmp" -mindepth 1 | head -n 5)
[ -z "$left" ] && pass "nothing was left in TMPDIR" || fail "left in TMPDIR: $left"
spool=$($sudo find /var/spool/cups -maxdepth 1 -name 'd*' | head -n 5)
[ -z "$spool" ] && pass "nothing of the job is left in CUPS's spool" || fail "left in the spool: $spool"

[ "$failures" -eq 0 ] || exit 1
