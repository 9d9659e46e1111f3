#!/usr/bin/env bash
# Size of the installed program against a bare eframe window built the same way.
#   bash scripts/size-report.sh
# Builds, with the release profile (LTO, one codegen unit, stripped; see Cargo.toml), the `clearpath`
# binary and examples/bare_window.rs (the same eframe features, one label), prints both sizes and the
# ratio clearpath / bare (for information: it shows what ClearPath adds to the window it is built on),
# and exits 1 if the stripped clearpath binary is above the absolute budget, $SIZE_BUDGET_BYTES
# (default 16 MiB). A build already done by `cargo build --release --bin clearpath --example
# bare_window` is reused. (scripts/check-deb.sh holds the .deb to its own budget, 8 MiB.)
set -euo pipefail
cd "$(dirname "$0")/.."

budget=${SIZE_BUDGET_BYTES:-$((16 * 1024 * 1024))}

cargo build --locked --release --bin clearpath --example bare_window
target=${CARGO_TARGET_DIR:-target}
clearpath="$target/release/clearpath"
bare="$target/release/examples/bare_window"

bytes() { stat -c %s "$1"; }
mib() { awk -v b="$1" 'BEGIN { printf "%.2f MiB", b / 1048576 }'; }

c=$(bytes "$clearpath")
b=$(bytes "$bare")
ratio=$(awk -v c="$c" -v b="$b" 'BEGIN { printf "%.3f", c / b }')
echo "size: clearpath   $c bytes ($(mib "$c"))"
echo "size: bare window $b bytes ($(mib "$b"))"
echo "size: extra       $((c - b)) bytes ($(mib $((c - b))))"
echo "size: ratio clearpath/bare $ratio (reported, not a limit)"
if [ "$c" -le "$budget" ]; then
  echo "size: clearpath $(mib "$c") within the budget of $(mib "$budget")"
else
  echo "size: clearpath $(mib "$c") is above the budget of $(mib "$budget")" >&2
  echo "size: the embedded fonts alone are $(cat assets/fonts/*.ttf | wc -c) bytes;" \
    "see packaging/README.md for what takes the room" >&2
  exit 1
fi
