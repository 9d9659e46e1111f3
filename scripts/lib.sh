#!/usr/bin/env bash
# Shared by the scripts in scripts/: PASS/FAIL lines and installing missing Debian packages.
#   . "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# Defines: failures (the count `fail` raises; a script exits non-zero when it is above 0), pass, fail,
# die (FAIL and exit 1), sudo ("" as root, else "sudo"), install_missing.

failures=0
pass() { echo "PASS: $*"; }
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}
die() {
  echo "FAIL: $*"
  exit 1
}

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

# install_missing WHO PACKAGE...: installs, with apt-get, those of the Debian packages that are not
# installed yet, saying so with the caller's name WHO; installs nothing when all of them are.
install_missing() {
  local who=$1
  shift
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "$who: installing ${missing[*]}"
    $sudo apt-get update
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  fi
}
