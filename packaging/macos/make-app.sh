#!/usr/bin/env bash
# On macOS only (it cannot run on Linux): builds target/macos/ClearPath.app and a disk image
# target/macos/ClearPath-VERSION.dmg to copy it from.
#   bash packaging/macos/make-app.sh              for this Mac's processor
#   bash packaging/macos/make-app.sh universal    for Apple silicon and Intel both (needs
#                                                 `rustup target add aarch64-apple-darwin x86_64-apple-darwin`)
# Needs Xcode's command line tools (clang, codesign, hdiutil, python3) and Rust 1.95.
# The app is signed ad hoc only: see packaging/README.md for what that means for the person opening it.
set -euo pipefail
cd "$(dirname "$0")/../.."

[ "$(uname -s)" = Darwin ] || { echo "make-app: run this on macOS" >&2; exit 1; }

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n1)
target=${CARGO_TARGET_DIR:-target}
out="$target/macos"
app="$out/ClearPath.app"

if [ "${1:-}" = universal ]; then
  cargo build --locked --release --bin clearpath --target aarch64-apple-darwin
  cargo build --locked --release --bin clearpath --target x86_64-apple-darwin
  mkdir -p "$out"
  lipo -create -output "$out/clearpath" \
    "$target/aarch64-apple-darwin/release/clearpath" "$target/x86_64-apple-darwin/release/clearpath"
  binary="$out/clearpath"
else
  cargo build --locked --release --bin clearpath
  binary="$target/release/clearpath"
fi

rm -rf "$app"
mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources/docs/examples"
cp "$binary" "$app/Contents/MacOS/clearpath"
sed "s/@VERSION@/$version/g" packaging/macos/Info.plist >"$app/Contents/Info.plist"
printf 'APPL????' >"$app/Contents/PkgInfo"
cp packaging/macos/clearpath.icns "$app/Contents/Resources/"
# Documentation, licences and copies of the built-in rule files (not read by the program; a clinic's
# changed files go in ~/Library/Application Support/ClearPath/rules).
cp docs/rules-format.md docs/answers-format.md docs/screening-json.md "$app/Contents/Resources/docs/"
cp docs/examples/*.ron "$app/Contents/Resources/docs/examples/"
cp -R rules "$app/Contents/Resources/rules"
cp packaging/debian/copyright "$app/Contents/Resources/COPYRIGHT.txt"
cp LICENSE-MIT LICENSE-APACHE "$app/Contents/Resources/"
python3 packaging/third-party-licenses.py "$app/Contents/Resources/third-party-licenses.txt"

# Ad hoc signature: required for Apple silicon to run the binary at all.
codesign --force --deep --sign - "$app"
codesign --verify --deep --strict "$app"

# The disk image: the app and a link to /Applications to drag it onto.
stage="$out/dmg"
rm -rf "$stage" "$out/ClearPath-$version.dmg"
mkdir -p "$stage"
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
hdiutil create -volname ClearPath -srcfolder "$stage" -ov -format UDZO "$out/ClearPath-$version.dmg"
rm -rf "$stage"
echo "make-app: $app and $out/ClearPath-$version.dmg"
