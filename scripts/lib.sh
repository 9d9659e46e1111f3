#!/usr/bin/env bash
# Shared by the scripts in scripts/: PASS/FAIL lines and installing missing Debian packages.
#   . "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# Defines: failures (the count `fail` raises; a script exits non-zero when it is above 0), pass, fail,
# die (FAIL and exit 1), sudo ("" as root, else "sudo"), install_missing, timed, stop_process,
# start_xvfb, with_display, wait_for_window, probe_build.

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

# timed WHO COMMAND...: runs COMMAND, then says how long it took (`WHO: COMMAND took N s`); its exit
# status is the command's.
timed() {
  local who=$1 start=$SECONDS status=0
  shift
  "$@" || status=$?
  echo "$who: $* took $((SECONDS - start)) s"
  return "$status"
}

# stop_process PID...: asks each process still running to end (SIGTERM), waits up to 2 s for it, then
# kills it (SIGKILL). Empty arguments are skipped.
stop_process() {
  local pid
  for pid in "$@"; do
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      kill -9 "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
}

# start_xvfb FOLDER: starts Xvfb (1024x768, or $XVFB_SCREEN such as 1600x1000; 24-bit, no TCP) on a display it picks itself (-displayfd),
# exports DISPLAY, unsets WAYLAND_DISPLAY and sets xvfb_pid; its log is FOLDER/xvfb.log. Returns 1
# if it does not start within 10 s. Stop it with `stop_process "$xvfb_pid"`. -noreset: an X server
# otherwise resets each time its last client leaves (here, the xwininfo check just before the program
# starts), and a connection made during a reset can be refused.
start_xvfb() {
  local folder=$1
  Xvfb -displayfd 5 -screen 0 "${XVFB_SCREEN:-1024x768}x24" -nolisten tcp -noreset 5>"$folder/display" 2>"$folder/xvfb.log" &
  xvfb_pid=$!
  for _ in $(seq 1 100); do
    [ -s "$folder/display" ] && break
    kill -0 "$xvfb_pid" 2>/dev/null || break
    sleep 0.1
  done
  [ -s "$folder/display" ] || return 1
  DISPLAY=":$(head -n1 "$folder/display")"
  export DISPLAY
  unset WAYLAND_DISPLAY
}

# with_display: makes a work folder ($work), starts Xvfb there (start_xvfb) and, whatever happens, on
# exit stops it and the program whose process id is in $app_pid, and removes the folder.
with_display() {
  work=$(mktemp -d)
  xvfb_pid=""
  app_pid=""
  trap 'stop_process "$app_pid" "$xvfb_pid"; rm -rf "$work"' EXIT
  trap 'exit 130' INT TERM
  start_xvfb "$work" || die "Xvfb did not start: $(cat "$work/xvfb.log")"
}

# wait_for_window PID NAME SECONDS: prints the id of the first visible window whose name matches the
# regular expression NAME, waiting up to SECONDS; prints nothing if the process PID ends first or the
# time runs out. (eframe maps a window only once its first frame is painted.)
wait_for_window() {
  local pid=$1 name=$2 deadline=$((SECONDS + $3)) win=""
  while [ $SECONDS -lt $deadline ]; do
    kill -0 "$pid" 2>/dev/null || break
    win=$(xdotool search --onlyvisible --name "$name" 2>/dev/null | head -n1 || true)
    [ -n "$win" ] && break
    sleep 0.2
  done
  echo "$win"
}

# probe_build [PATH]: prints the path of the window's probe build (`--features probe`, which
# src/app/probe_start.rs and src/frame_probe.rs need): PATH if given, else a debug build made now.
probe_build() {
  if [ -n "${1:-}" ]; then
    realpath "$1"
  else
    cargo build --locked --quiet --features probe --bin clearpath >&2 ||
      { echo "FAIL: cargo build --features probe failed" >&2; return 1; }
    realpath "${CARGO_TARGET_DIR:-target}/debug/clearpath"
  fi
}
