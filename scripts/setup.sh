#!/usr/bin/env bash
# Installs what ClearPath needs on a fresh Debian or Ubuntu machine. Safe to run again.
#   bash scripts/setup.sh         what the tests need
#   bash scripts/setup.sh app     also what the window needs at run time
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

want_app=${1:-}
packages=(ca-certificates pkg-config)
if [ "$want_app" != app ]; then
  # The checks: system calls traced (strace), a machine with no network (unshare), and the standard
  # `age` tool opening a saved progress file.
  packages+=(strace util-linux age python3)
fi
if [ "$want_app" = app ]; then
  # The window draws with OpenGL through Mesa (software rendering where there is no GPU).
  packages+=(libgl1 libegl1 libgl1-mesa-dri libx11-6 libx11-xcb1 libxcursor1 libxrandr2 libxi6
             libxkbcommon0 libxkbcommon-x11-0 libwayland-client0 libwayland-egl1)
fi

install_missing setup "${packages[@]}"

if ! command -v cargo >/dev/null; then
  echo "setup: cargo is missing. Install Rust 1.95 (https://rustup.rs), then run this again." >&2
  exit 1
fi
cargo fmt --version >/dev/null 2>&1 || rustup component add rustfmt
cargo clippy --version >/dev/null 2>&1 || rustup component add clippy
if [ "$want_app" != app ]; then
  # Every crate in Cargo.lock, for every platform: the dependency test (tests/dependencies.rs) reads the
  # dependency tree of Linux, Windows and macOS offline, and a build for this machine downloads only
  # Linux's crates. With no --target, cargo fetch takes every package in the lock file.
  cargo fetch --locked
fi
