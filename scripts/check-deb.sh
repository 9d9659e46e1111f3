#!/usr/bin/env bash
# Checks the Debian package end to end, for CI: runs as root (or with sudo) on a Debian machine after
# scripts/setup.sh. It INSTALLS AND REMOVES the clearpath package on this machine.
#   bash scripts/check-deb.sh
#  1. builds the package once (packaging/build-deb.sh: the release build of clearpath and of the bare
#     window, then `cargo deb --no-build`); fails if the .deb is above its budget
#     ($DEB_BUDGET_BYTES, default 8 MiB); reports the program's size against the bare window
#     (scripts/size-report.sh, reusing that build: fails above its budget of 16 MiB);
#  2. lintian: fails on errors, prints everything else; the menu entry (desktop-file-validate) and
#     the AppStream metadata (appstreamcli, errors fail, warnings are printed) as packaged;
#  3. installs it with dpkg -i, then runs the INSTALLED /usr/bin/clearpath: --version, `screen` of
#     docs/examples/three-charges.ron as of 2026-11-29 in JSON (must equal
#     docs/examples/three-charges.json) and in text, and check-rules;
#  4. the window smoke test against /usr/bin/clearpath (scripts/smoke-window.sh) with the menu
#     entry's MESA_SHADER_CACHE_DISABLE=true, and checks it left nothing in its config, cache, data
#     and state folders;
#  5. removes the package (dpkg --purge) and checks its files are gone.
# Installs what it needs (cargo-deb, pinned, by packaging/build-deb.sh; lintian, desktop-file-utils,
# appstream, dpkg-dev, man-db by apt-get). Prints PASS/FAIL lines and the time of each step; exits
# non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/lib.sh
step_start=$SECONDS
step() { # step NAME: print the time the previous step took, then this step's name
  echo "check-deb: ($((SECONDS - step_start))s)"
  step_start=$SECONDS
  echo "=== check-deb: $*"
}

work=$(mktemp -d)
installed=""
cleanup() {
  # Leave the machine as it was if a step failed with the package installed.
  if [ -n "$installed" ]; then $sudo dpkg --purge clearpath >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- What the checks need --------------------------------------------------------------------------
step "tools"
install_missing check-deb lintian desktop-file-utils appstream dpkg-dev man-db python3

# --- 1. The package (one release build) ------------------------------------------------------------
step "build the package (release build with LTO, then cargo deb --no-build)"
bash packaging/build-deb.sh | tee "$work/build.out"
deb=$(tail -n1 "$work/build.out")
[ -f "$deb" ] || die "packaging/build-deb.sh named no .deb (last line: $deb)"
version=$(dpkg-deb -f "$deb" Version)
pass "built $deb ($(stat -c %s "$deb") bytes, version $version)"
deb_budget=${DEB_BUDGET_BYTES:-$((8 * 1024 * 1024))}
if [ "$(stat -c %s "$deb")" -le "$deb_budget" ]; then
  pass "the package is within its budget of $deb_budget bytes"
else
  fail "the package is $(stat -c %s "$deb") bytes, above its budget of $deb_budget bytes"
fi
echo "--- the package's control fields:"
dpkg-deb -f "$deb"
echo "--- the package's files:"
dpkg-deb -c "$deb" | awk '{ print $3, $6 }'

step "size of the program, and against a bare eframe window (scripts/size-report.sh, same build)"
# The ratio to the bare window is reported; the program fails only above its absolute budget.
if bash scripts/size-report.sh 2>&1 | grep -v '^ *\(Compiling\|Finished\|Blocking\)'; then
  pass "size report: within the budget"
else
  fail "size report: the program is above its size budget (see above)"
fi

# --- 2. lintian and the metadata --------------------------------------------------------------------
step "lintian"
lintian_status=0
lintian --fail-on error --display-info --tag-display-limit 0 "$deb" >"$work/lintian.out" 2>&1 ||
  lintian_status=$?
cat "$work/lintian.out"
echo "check-deb: lintian: $(grep -c '^E:' "$work/lintian.out" || true) errors," \
  "$(grep -c '^W:' "$work/lintian.out" || true) warnings, $(grep -c '^I:' "$work/lintian.out" || true) notes"
if [ "$lintian_status" -eq 0 ]; then
  pass "lintian reports no errors"
else
  fail "lintian failed (exit status $lintian_status)"
fi

step "menu entry and AppStream metadata as packaged"
root="$work/root"
dpkg-deb -x "$deb" "$root"
if desktop-file-validate "$root/usr/share/applications/clearpath.desktop"; then
  pass "desktop-file-validate: clearpath.desktop"
else
  fail "desktop-file-validate: clearpath.desktop"
fi
grep -qx 'Exec=env MESA_SHADER_CACHE_DISABLE=true clearpath' "$root/usr/share/applications/clearpath.desktop" ||
  fail "the menu entry does not start clearpath with MESA_SHADER_CACHE_DISABLE=true"
# Errors fail; warnings are printed (the id "clearpath" is not reverse-DNS: see packaging/README.md).
appstreamcli validate --no-net "$root/usr/share/metainfo/clearpath.metainfo.xml" >"$work/appstream.out" 2>&1 || true
cat "$work/appstream.out"
if grep -q '^E:' "$work/appstream.out"; then
  fail "appstreamcli validate: errors in clearpath.metainfo.xml"
else
  pass "appstreamcli validate: no errors in clearpath.metainfo.xml"
fi

# --- 3. Install it and run the installed program ---------------------------------------------------
step "install with dpkg -i"
if ! $sudo dpkg -i "$deb"; then
  echo "check-deb: dpkg -i left dependencies missing; apt-get install -f"
  $sudo apt-get update
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -f --no-install-recommends
fi
installed=yes
dpkg-query -W -f='${Status} ${Version}\n' clearpath | grep -q "install ok installed $version" ||
  die "clearpath $version is not installed after dpkg -i"
pass "clearpath $version installed"
[ -x /usr/bin/clearpath ] || die "no /usr/bin/clearpath after installing"

# Fresh, empty folders: no clinic's override folder or settings may change the results, and step 4
# checks nothing was written to them.
export XDG_CONFIG_HOME="$work/xdg/config" XDG_CACHE_HOME="$work/xdg/cache" \
  XDG_DATA_HOME="$work/xdg/data" XDG_STATE_HOME="$work/xdg/state"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_DATA_HOME" "$XDG_STATE_HOME"

step "the installed /usr/bin/clearpath"
if /usr/bin/clearpath --version >"$work/version.out"; then
  cat "$work/version.out"
  if [ "$(head -n1 "$work/version.out")" = "clearpath ${version%-*}" ]; then
    pass "clearpath --version names version ${version%-*}"
  else
    fail "clearpath --version's first line is not \"clearpath ${version%-*}\""
  fi
  grep -q "built in" "$work/version.out" || fail "clearpath --version does not say the rules are built in"
else
  fail "clearpath --version exited with status $?"
fi

if /usr/bin/clearpath screen docs/examples/three-charges.ron --today 2026-11-29 --format json \
  >"$work/three-charges.json"; then
  if diff -u docs/examples/three-charges.json "$work/three-charges.json"; then
    pass "screen three-charges.ron --format json is docs/examples/three-charges.json exactly"
  else
    fail "screen three-charges.ron --format json differs from docs/examples/three-charges.json (above)"
  fi
else
  fail "clearpath screen --format json exited with status $?"
fi
if /usr/bin/clearpath screen docs/examples/three-charges.ron --today 2026-11-29 >"$work/three-charges.txt"; then
  cat "$work/three-charges.txt"
  if grep -q "H.1683" "$work/three-charges.txt" && [ "$(grep -c . "$work/three-charges.txt")" -ge 10 ]; then
    pass "screen three-charges.ron (text) prints the screening"
  else
    fail "screen three-charges.ron (text) printed too little (above)"
  fi
else
  fail "clearpath screen (text) exited with status $?"
fi
if /usr/bin/clearpath check-rules >"$work/check-rules.out" 2>&1; then
  pass "clearpath check-rules: the built-in rules and their worked examples"
else
  cat "$work/check-rules.out"
  fail "clearpath check-rules failed"
fi
status=0
/usr/bin/clearpath screen "$work/no-such-file.ron" >/dev/null 2>&1 || status=$?
if [ "$status" -eq 2 ]; then
  pass "a missing answers file exits with status 2"
else
  fail "a missing answers file exited with status $status, want 2"
fi
if man -w clearpath >/dev/null 2>&1; then
  pass "man clearpath is found"
else
  fail "man clearpath is not found"
fi
for f in copyright README.Debian rules-format.md third-party-licenses.txt.gz rules/current-law.ron; do
  [ -s "/usr/share/doc/clearpath/$f" ] || fail "/usr/share/doc/clearpath/$f is missing"
done

# --- 4. The window, from the installed program ------------------------------------------------------
step "window smoke test of /usr/bin/clearpath (scripts/smoke-window.sh)"
if MESA_SHADER_CACHE_DISABLE=true SMOKE_IDLE=skip \
  SMOKE_IDLE_WHY="the package is built without the frame probe; scripts/test.sh counts idle frames on the same code built with it" \
  bash scripts/smoke-window.sh /usr/bin/clearpath; then
  pass "window smoke test of the installed program"
else
  fail "window smoke test of the installed program"
fi
left=$(find "$work/xdg" -mindepth 2 | awk 'NR <= 20')
if [ -z "$left" ]; then
  pass "the program left nothing in its config, cache, data and state folders"
else
  fail "files were left behind: $left"
fi

# --- 5. Remove it ---------------------------------------------------------------------------------
step "remove with dpkg --purge"
$sudo dpkg --purge clearpath
installed=""
if dpkg-query -W -f='${Status}' clearpath 2>/dev/null | grep -q "install ok installed"; then
  fail "clearpath is still installed after dpkg --purge"
fi
for f in /usr/bin/clearpath /usr/share/applications/clearpath.desktop \
  /usr/share/icons/hicolor/scalable/apps/clearpath.svg /usr/share/metainfo/clearpath.metainfo.xml \
  /usr/share/man/man1/clearpath.1.gz /usr/share/doc/clearpath; do
  [ ! -e "$f" ] || fail "$f is still there after dpkg --purge"
done
[ -e /usr/bin/clearpath ] || pass "/usr/bin/clearpath and the package's other files are gone"
step "done"

if [ "$failures" -eq 0 ]; then
  echo "PASS: Debian package check"
else
  echo "FAIL: Debian package check: $failures check(s) failed"
  exit 1
fi
