#!/usr/bin/env bash
# Smoke test of the real window under Wayland, the default desktop session on Ubuntu and Fedora: a
# headless Weston (Debian's weston, pixman renderer, no GPU) as the compositor, beside the X11 one
# (scripts/smoke-window.sh). It checks that the window is drawn (a screenshot by weston-screenshooter
# that is not blank), that it has a frame (the client-side decorations the program draws, since GNOME's
# compositor draws none: the window is taller than its contents by a title bar), and that it paints its
# first frame and ends cleanly (CLEARPATH_PROBE=first-frame, which only the probe build has). The quick
# exit itself is pressed in the kittest tests: headless Weston has no keyboard to press it with.
#   bash scripts/smoke-wayland.sh [PROBE_BUILD]   default: builds target/debug/clearpath --features probe
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

install_missing wayland weston imagemagick
bash scripts/setup.sh app >/dev/null || die "scripts/setup.sh app failed"
bin=$(probe_build "${1:-}")

work=$(mktemp -d)
chmod 700 "$work"
weston_pid=""
app_pid=""
trap 'stop_process "$app_pid" "$weston_pid"; rm -rf "$work"' EXIT
trap 'exit 130' INT TERM
export XDG_RUNTIME_DIR=$work
socket=clearpath-wayland
# A plain desktop of one colour (no panel), so that what is not that colour is the window.
desktop='#0A2A4A'
cat >"$work/weston.ini" <<INI
[shell]
background-color=0xff0a2a4a
panel-position=none
INI
# --debug lets weston-screenshooter take a picture; no idle timeout, no X server.
weston --backend=headless-backend.so --use-gl --socket="$socket" --width=1280 --height=900 \
  --config="$work/weston.ini" --idle-time=0 --debug >"$work/weston.log" 2>&1 &
weston_pid=$!
for _ in $(seq 1 50); do
  [ -S "$work/$socket" ] && break
  sleep 0.2
done
[ -S "$work/$socket" ] || { cat "$work/weston.log"; die "Weston did not start"; }
pass "Weston (headless, software GL) on $socket"

# The window, on Wayland only (no X display to fall back to), dark (a clinic setting), so that its
# exit button's colour (design.rs: #F47067 in the dark look) marks where it is.
mkdir -p "$work/config/clearpath"
echo '(theme: Dark)' >"$work/config/clearpath/settings.ron"
env -u DISPLAY WAYLAND_DISPLAY="$socket" XDG_CONFIG_HOME="$work/config" CLEARPATH_PROBE_SIZE=900x600 \
  "$bin" >"$work/app.log" 2>&1 &
app_pid=$!
sleep 4
kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log"; die "the program ended under Wayland"; }
(cd "$work" && WAYLAND_DISPLAY="$socket" timeout 20 weston-screenshooter) >"$work/shot.log" 2>&1 ||
  { cat "$work/shot.log"; die "weston-screenshooter failed"; }
shot=$(find "$work" -maxdepth 1 -name 'wayland-screenshot*.png' | head -n1)
[ -n "$shot" ] || die "no screenshot"
stop_process "$app_pid"
app_pid=""

colours=$(identify -format '%k' "$shot")
echo "wayland: screenshot $(identify -format '%wx%h' "$shot"), $colours colours"
[ "$colours" -ge 16 ] || die "the screen looks blank ($colours colours)"
pass "the window is drawn ($colours colours)"
# The exit button sits 8 points below the top of the window's contents. Above the contents, with
# client-side decorations, is a title bar; without them, the desktop's colour: count the rows above the
# contents, along the button's middle, that are not the desktop.
box=$(convert "$shot" -fill black +opaque '#F47067' -fill white -opaque '#F47067' -format '%@' info:)
echo "wayland: the exit button at $box"
read -r box_w box_x box_y < <(echo "$box" | sed -E 's/^([0-9]+)x[0-9]+\+([0-9]+)\+([0-9]+)$/\1 \2 \3/')
[ "${box_w:-0}" -ge 20 ] || die "no exit button in the screenshot (found $box)"
top=$((box_y - 8))
[ "$top" -gt 0 ] || die "the window's contents start at the top of the screen: no room for a frame"
column=$((box_x + box_w / 2))
# The colours of that column from the top of the screen down to the contents, nearest first.
frame=$(convert "$shot" -crop "1x${top}+${column}+0" txt:- | awk 'NR > 1 { print $3 }' | tac |
  awk -v desktop="$desktop" 'toupper($1) == desktop { exit } { n++ } END { print n + 0 }')
# The title bar's band, across the 600 pixels left of the button: a drawn title ("ClearPath") has
# many shades where winit's bare fallback frame (about 28 pixels, no title) has a few.
band=0
if [ "$frame" -gt 0 ]; then
  band=$(convert "$shot" -crop "600x${frame}+$((box_x + box_w - 600))+$((top - frame))" \
    -format '%k' info:)
fi
echo "wayland: above the contents: $frame pixels before the desktop, $band colours across them"
if [ "$frame" -ge 32 ] && [ "$band" -ge 8 ]; then
  pass "the window has a frame: a title bar with its title, $frame pixels tall above its contents"
else
  fail "no title bar above the window's contents ($frame pixels, $band colours)"
fi

# The first frame painted, then a clean end (status 0).
status=0
env -u DISPLAY WAYLAND_DISPLAY="$socket" CLEARPATH_PROBE=first-frame timeout 60 "$bin" \
  >"$work/first.log" 2>&1 || status=$?
if [ "$status" -eq 0 ] && grep -q '^first-frame-ms=' "$work/first.log"; then
  pass "first frame painted under Wayland and a clean end ($(grep '^first-frame-ms=' "$work/first.log"))"
else
  cat "$work/first.log"
  fail "no clean first frame under Wayland (status $status)"
fi
[ "$failures" -eq 0 ] || exit 1
pass "smoke test of the window under Wayland"
