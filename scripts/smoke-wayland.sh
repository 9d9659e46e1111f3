#!/usr/bin/env bash
# Smoke test of the real window under Wayland, the default desktop session on Ubuntu and Fedora: a
# headless Weston (Debian's weston, pixman renderer, no GPU) as the compositor, beside the X11 one
# (scripts/smoke-window.sh). It checks that the window is drawn (a screenshot by weston-screenshooter
# that is not blank), that it has a frame (the client-side decorations the program draws, since GNOME's
# compositor draws none: the window is taller than its contents by a title bar), and that it paints its
# first frame and ends cleanly (CLEARPATH_PROBE=first-frame, which only the probe build has).
# Then the quick exit is pressed under Wayland, twice: headless Weston has no input device, so this runs
# under sway (wlroots' headless backend, pixman renderer) with wtype, a virtual keyboard
# (zwp_virtual_keyboard_v1). On the results screen with answers, Shift pressed three times, and the
# exit button pressed from the keyboard (Tab to it: it is the first control; then Enter), must each end
# the program with status 0 within 10 s, its window gone from sway's tree and nothing written in its
# config folder. (Debian 12 packages no virtual pointer tool, wlrctl, so the button is not clicked.)
# Sway refuses to run as root: as root, it runs as the user nobody (setpriv); the program, as root,
# reaches its socket all the same.
#   bash scripts/smoke-wayland.sh [PROBE_BUILD]   default: builds target/debug/clearpath --features probe
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

install_missing wayland weston imagemagick sway wtype
bash scripts/setup.sh app >/dev/null || die "scripts/setup.sh app failed"
bin=$(probe_build "${1:-}")

work=$(mktemp -d)
chmod 700 "$work"
weston_pid=""
app_pid=""
sway_dir=""
sway_pid=""
keyboard_pid=""
trap 'stop_process "$app_pid" "$keyboard_pid" "$weston_pid" "$sway_pid"; rm -rf "$work" ${sway_dir:+"$sway_dir"}' EXIT
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
stop_process "$weston_pid"
weston_pid=""

# The quick exit under sway. Its folder (its XDG_RUNTIME_DIR) is its user's, 0700.
sway_dir=$(mktemp -d)
chmod 700 "$sway_dir"
as_sway_user=()
if [ "$(id -u)" -eq 0 ]; then
  chown nobody:nogroup "$sway_dir"
  as_sway_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
fi
printf 'xwayland disable\ndefault_border none\n' >"$sway_dir/config"
chmod 644 "$sway_dir/config"
env -u DISPLAY -u WAYLAND_DISPLAY HOME="$sway_dir" XDG_RUNTIME_DIR="$sway_dir" WLR_BACKENDS=headless \
  WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman "${as_sway_user[@]}" sway -c "$sway_dir/config" \
  >"$work/sway.log" 2>&1 &
sway_pid=$!
sway_socket=""
for _ in $(seq 1 50); do
  sway_socket=$(find "$sway_dir" -maxdepth 1 -type s -name 'wayland-*' | head -n1)
  [ -n "$sway_socket" ] && break
  sleep 0.2
done
[ -n "$sway_socket" ] || { cat "$work/sway.log"; die "sway did not start"; }
SWAYSOCK=$(find "$sway_dir" -maxdepth 1 -type s -name 'sway-ipc.*' | head -n1)
export SWAYSOCK
pass "sway (headless, pixman) on $(basename "$sway_socket")"
# A keyboard on the seat before the window opens: the seat has no input device until a virtual one
# comes, and a window mapped without a keyboard on the seat is not given the keys of one that comes
# later. This one sends nothing; wtype's later keyboards type.
env -u DISPLAY XDG_RUNTIME_DIR="$sway_dir" WAYLAND_DISPLAY="$sway_socket" wtype -s 3600000 &
keyboard_pid=$!

# sway_has_window: whether sway shows a window of the program (its app id is "ClearPath").
sway_has_window() { swaymsg -t get_tree 2>/dev/null | grep -q '"app_id": "ClearPath"'; }

# quick_exit LABEL WTYPE_ARGS...: open the results with answers, press what the arguments say (one
# wtype run each, 0.3 s apart; a "|" separates runs), and check the program ends at once and cleanly.
quick_exit() {
  local label=$1 config="$work/config-$1"
  shift
  mkdir -p "$config/clearpath"
  echo '(theme: Dark)' >"$config/clearpath/settings.ron"
  env -u DISPLAY XDG_RUNTIME_DIR="$sway_dir" WAYLAND_DISPLAY="$sway_socket" XDG_CONFIG_HOME="$config" \
    CLEARPATH_PROBE_SCREEN=results CLEARPATH_PROBE_ANSWERS=docs/examples/three-charges.ron \
    CLEARPATH_PROBE_TODAY=2026-11-29 "$bin" >"$work/exit.log" 2>&1 &
  app_pid=$!
  local waited=0
  until sway_has_window; do
    if ! kill -0 "$app_pid" 2>/dev/null; then
      cat "$work/exit.log"
      fail "$label: the program ended before its window opened"
      app_pid=""
      return
    fi
    if [ "$waited" -ge 300 ]; then
      fail "$label: no window under sway in 60 s"
      stop_process "$app_pid"
      app_pid=""
      return
    fi
    sleep 0.2
    waited=$((waited + 1))
  done
  sleep 1 # its first frames, and the keyboard's focus
  local run=()
  for arg in "$@" "|"; do
    if [ "$arg" = "|" ]; then
      XDG_RUNTIME_DIR="$sway_dir" WAYLAND_DISPLAY="$sway_socket" wtype "${run[@]}" ||
        fail "$label: wtype ${run[*]} failed"
      run=()
      sleep 0.3
    else
      run+=("$arg")
    fi
  done
  local status=""
  for _ in $(seq 1 50); do
    if ! kill -0 "$app_pid" 2>/dev/null; then
      status=0
      wait "$app_pid" || status=$?
      break
    fi
    sleep 0.2
  done
  if [ -z "$status" ]; then
    fail "$label: the program is still running 10 s after the quick exit was pressed"
    stop_process "$app_pid"
  elif [ "$status" -ne 0 ]; then
    cat "$work/exit.log"
    fail "$label: the program ended with status $status"
  elif sway_has_window; then
    fail "$label: the program ended but sway still shows its window"
  elif [ "$(find "$config" -type f | wc -l)" -ne 1 ]; then
    fail "$label: files were written: $(find "$config" -type f)"
  else
    pass "$label: the quick exit under Wayland closed the window and ended the program (status 0)"
  fi
  app_pid=""
}
quick_exit "Shift three times" -M shift -m shift "|" -M shift -m shift "|" -M shift -m shift
quick_exit "the exit button" -k Tab "|" -k Return

[ "$failures" -eq 0 ] || exit 1
pass "smoke test of the window under Wayland"
