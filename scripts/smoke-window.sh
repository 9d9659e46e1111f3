#!/usr/bin/env bash
# Smoke test of the real window, for CI: runs as root on a machine with no display.
#   bash scripts/smoke-window.sh                  builds target/release/clearpath and tests it
#   bash scripts/smoke-window.sh /path/clearpath  tests that binary instead (an installed copy)
# It starts Xvfb on a free display, opens the app, waits for a window whose name starts with
# "ClearPath" (or matches the regular expression $SMOKE_WINDOW_NAME), takes a screenshot of it and
# checks it is not blank, asks the window to close the way a window manager's close button does (a
# WM_DELETE_WINDOW message, not a signal) and checks the app exits with status 0, then checks it
# paints no frames while idle (CLEARPATH_PROBE=idle:10: only a build with `--features probe` counts
# frames; set SMOKE_IDLE=skip, with the reason in SMOKE_IDLE_WHY, for a build without it, such as the
# installed package, whose code scripts/test.sh has measured on the probe build).
# The screenshot goes to $SMOKE_SCREENSHOT if set, else to a temporary file removed at the end.
# $CLEARPATH_WRAP, if set, is put before the app at each launch (split on spaces): a command that runs
# its arguments, such as the tracing wrapper scripts/check-privacy.sh uses.
# Prints PASS/FAIL lines; exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

window_name=${SMOKE_WINDOW_NAME:-^ClearPath}
window_timeout=60 # seconds to wait for the window
close_timeout=20  # seconds to wait for the app to exit once asked to close
idle_seconds=10

. scripts/lib.sh

# --- What the test needs ---------------------------------------------------------------------------
# xvfb: the display; x11-utils: xwininfo and xprop; xdotool: finding the window; imagemagick: the
# screenshot and its checks; python3-xlib: sending WM_DELETE_WINDOW (Debian's xdotool 3.20160805 has
# no `windowquit`, its `windowclose` destroys the window, and wmctrl -c needs a window manager).
install_missing smoke xvfb x11-utils xdotool imagemagick python3 python3-xlib

# The libraries the window needs at run time (setup.sh then also checks for cargo, which an
# installed copy does not need: without cargo its failure is not ours to report).
if [ $# -ge 1 ] && ! command -v cargo >/dev/null; then
  bash scripts/setup.sh app || true
else
  bash scripts/setup.sh app || die "scripts/setup.sh app failed"
fi

if [ $# -ge 1 ]; then
  bin=$(realpath "$1")
  [ -x "$bin" ] || die "no executable at $1"
else
  cargo build --locked --release --features probe --bin clearpath || die "cargo build failed"
  bin="${CARGO_TARGET_DIR:-target}/release/clearpath"
  bin=$(realpath "$bin")
fi
echo "smoke: testing $bin"
wrap=()
if [ -n "${CLEARPATH_WRAP:-}" ]; then
  read -r -a wrap <<<"$CLEARPATH_WRAP"
  echo "smoke: each launch goes through: ${wrap[*]}"
fi

# --- The display (stopped, with the app, whatever happens) -----------------------------------------
with_display
shot=${SMOKE_SCREENSHOT:-$work/window.png}
xdpyinfo_ok=$(xwininfo -root 2>/dev/null | grep -c "Width: 1024" || true)
[ "$xdpyinfo_ok" -ge 1 ] || die "the display $DISPLAY does not answer"
pass "Xvfb on $DISPLAY (1024x768x24)"

# --- The window --------------------------------------------------------------------------------------
"${wrap[@]}" "$bin" >"$work/app.log" 2>&1 &
app_pid=$!
started=$SECONDS
# eframe maps the window only once its first frame is painted, so a visible window has content.
win=$(wait_for_window "$app_pid" "$window_name" "$window_timeout")
if [ -z "$win" ]; then
  echo "--- app output:"
  cat "$work/app.log"
  xwininfo -root -tree | awk 'NR <= 40'
  die "no visible window whose name matches \"$window_name\" within ${window_timeout}s"
fi
pass "window \"$(xdotool getwindowname "$win")\" is shown (id $win, after about $((SECONDS - started))s)"
sleep 1 # let it finish any frames after mapping

# --- The screenshot ----------------------------------------------------------------------------------
if import -window "$win" "png:$shot" 2>"$work/import.log"; then
  geometry=$(identify -format '%wx%h' "$shot")
  colours=$(identify -format '%k' "$shot")
  # The background is the commonest colour; count the pixels far from it (text, lines, buttons).
  # (awk reads to the end: `head` would close the pipe early, and with pipefail the SIGPIPE that
  # `sort` then gets would end the script silently.)
  background=$(convert "$shot" -format %c histogram:info:- | sort -rn | awk 'NR == 1' |
    grep -oE '#[0-9A-Fa-f]{6}' | awk 'NR == 1')
  ink=$(convert "$shot" \( +clone -fill "$background" -colorize 100 \) -compose difference -composite \
    -colorspace gray -threshold 25% -format '%[fx:mean]' info:)
  echo "smoke: screenshot $shot: $geometry, $colours colours, background $background, ink $ink"
  if [ "$colours" -ge 16 ] && awk -v f="$ink" 'BEGIN { exit !(f >= 0.001 && f <= 0.6) }'; then
    pass "the window is drawn ($colours colours, $(awk -v f="$ink" 'BEGIN { printf "%.2f", f * 100 }')% text-coloured pixels)"
  else
    fail "the window looks blank ($colours colours, ink fraction $ink)"
  fi
else
  fail "no screenshot: $(cat "$work/import.log")"
fi

# --- A clean close -----------------------------------------------------------------------------------
if xprop -id "$win" WM_PROTOCOLS | grep -q WM_DELETE_WINDOW; then
  pass "the window takes WM_DELETE_WINDOW"
else
  fail "the window does not list WM_DELETE_WINDOW in WM_PROTOCOLS"
fi
# What a window manager sends when its close button is clicked.
if /usr/bin/python3 - "$win" <<'PY'; then
import sys
from Xlib import X, display
from Xlib.protocol import event

d = display.Display()
win = d.create_resource_object("window", int(sys.argv[1], 0))
wm_protocols = d.intern_atom("WM_PROTOCOLS")
wm_delete = d.intern_atom("WM_DELETE_WINDOW")
message = event.ClientMessage(
    window=win, client_type=wm_protocols, data=(32, [wm_delete, X.CurrentTime, 0, 0, 0])
)
win.send_event(message, event_mask=X.NoEventMask)
d.sync()
PY
  echo "smoke: sent WM_DELETE_WINDOW to window $win"
else
  fail "could not send WM_DELETE_WINDOW"
fi
deadline=$((SECONDS + close_timeout))
while [ $SECONDS -lt $deadline ] && kill -0 "$app_pid" 2>/dev/null; do sleep 0.1; done
if kill -0 "$app_pid" 2>/dev/null; then
  fail "the app did not exit within ${close_timeout}s of being asked to close"
else
  status=0
  wait "$app_pid" || status=$?
  app_pid=""
  if [ "$status" -eq 0 ]; then
    pass "the app closed cleanly (exit status 0)"
  else
    fail "the app exited with status $status when asked to close"
    cat "$work/app.log"
  fi
fi

# --- No repaints while idle --------------------------------------------------------------------------
if [ "${SMOKE_IDLE:-}" = skip ]; then
  echo "smoke: idle frames not counted here: ${SMOKE_IDLE_WHY:-no reason given}"
else
status=0
CLEARPATH_PROBE="idle:$idle_seconds" timeout $((idle_seconds + 60)) "${wrap[@]}" "$bin" >"$work/idle.out" 2>"$work/idle.err" &
app_pid=$!
wait "$app_pid" || status=$?
app_pid=""
idle=$(grep -oE '^idle-frames=[0-9]+' "$work/idle.err" | cut -d= -f2 || true)
if [ "$status" -ne 0 ] || [ -z "$idle" ]; then
  fail "the idle run did not report (exit status $status)"
  cat "$work/idle.err"
elif [ "$idle" -eq 0 ]; then
  pass "no frames painted while idle for ${idle_seconds}s (idle-frames=0)"
else
  fail "the window painted $idle frames in ${idle_seconds}s while idle (want 0)"
fi
fi

if [ "$failures" -eq 0 ]; then
  echo "PASS: smoke test of the window"
else
  echo "FAIL: smoke test of the window: $failures check(s) failed"
  exit 1
fi
