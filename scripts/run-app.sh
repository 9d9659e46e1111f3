#!/usr/bin/env bash
# Builds and opens ClearPath. Any arguments are passed on (for example: screen docs/examples/one-charge.ron).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh app
cargo run --locked --release -- "$@"
