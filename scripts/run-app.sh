#!/usr/bin/env bash
# Builds and opens ClearPath. Any arguments are passed on (for example: screen docs/examples/one-charge.ron).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh app
# Mesa would otherwise keep a shader cache in the user's cache folder: no answers, but a trace.
export MESA_SHADER_CACHE_DISABLE=true
cargo run --locked --release -- "$@"
