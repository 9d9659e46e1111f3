#!/usr/bin/env bash
# Builds the Debian package: target/debian/clearpath_VERSION-1_ARCH.deb (the path is printed last).
#   bash packaging/build-deb.sh
# 1. the release build of clearpath (and of examples/bare_window, for scripts/size-report.sh: the
#    same profile, so building both at once costs little more and the LTO build is done once);
# 2. the licences of the crates built in (packaging/third-party-licenses.py), gzipped beside it;
# 3. `cargo deb --no-build`: the files listed in Cargo.toml's [package.metadata.deb].
# Installs cargo-deb (pinned) if it is missing. Needs dpkg-dev for dpkg-shlibdeps (the package's
# dependencies on system libraries).
set -euo pipefail
cd "$(dirname "$0")/.."

cargo_deb_version=3.8.0

if ! cargo deb --version 2>/dev/null | grep -q "$cargo_deb_version"; then
  cargo install cargo-deb --locked --version "$cargo_deb_version"
fi
if ! command -v dpkg-shlibdeps >/dev/null; then
  . scripts/lib.sh
  install_missing build-deb dpkg-dev
fi

cargo build --locked --release --bin clearpath --example bare_window
target=${CARGO_TARGET_DIR:-target}
python3 packaging/third-party-licenses.py "$target/release/third-party-licenses.txt"
gzip -9nf "$target/release/third-party-licenses.txt"
cargo deb --locked --no-build --output "$target/debian/" | tail -n1
