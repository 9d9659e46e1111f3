#!/usr/bin/env bash
# Runs every check: formatting, lints, the rule files and their worked examples, the test suite and a
# bounded fuzzing run of every parser. (The Debian package check, which installs and removes a package
# on the machine, runs in CI: .ci/run.) Each step says how long it took.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
timed test bash scripts/setup.sh
timed test cargo fmt --all --check
timed test cargo clippy --locked --all-targets -- -D warnings
timed test cargo run --locked --quiet -- check-rules
# The real window under Xvfb: opens, is not blank, closes cleanly, paints nothing while idle (counted
# by the frame probe, which only this build has: `--features probe`).
timed test cargo build --locked --quiet --features probe --bin clearpath
cp target/debug/clearpath target/debug/clearpath-probe
timed test bash scripts/smoke-window.sh target/debug/clearpath-probe
# The same window under Wayland (headless Weston): drawn, with its own title bar, a clean end.
timed test bash scripts/smoke-wayland.sh target/debug/clearpath-probe
# Every screen of the real window drawn, in English at 100% and 200% text (the full set of pictures
# is docs/screenshots/, from `bash scripts/screenshots.sh`).
SCREENSHOT_BIN=target/debug/clearpath-probe timed test bash scripts/screenshots.sh --check
# What a screen reader is given, through AT-SPI: a named window, headings, named controls, a table.
timed test bash scripts/check-atspi.sh target/debug/clearpath-probe
# Nothing leaves the device: no socket but local ones, nothing written but the file asked for.
timed test bash scripts/check-privacy.sh target/debug/clearpath-probe
# The summary PDF read back by poppler: text in order, accents, every page drawn.
timed test bash scripts/check-pdf.sh
timed test cargo test --locked --all-targets
# Rule files, answers files and progress files from hostile bytes: every fuzz target for FUZZ_SECONDS
# (60) from the committed seeds, as many at once as there are processors; any crash, hang or memory
# blow-up fails (see fuzz/README.md). The targets build without the window (the parsers only).
timed test bash scripts/fuzz.sh
