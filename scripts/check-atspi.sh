#!/usr/bin/env bash
# What a blind person's screen reader is given: the real window read through AT-SPI (as Orca reads it on
# Linux), under Xvfb with its own D-Bus session and AT-SPI registry, by Debian's python3-pyatspi
# (scripts/atspi-check.py). On the welcome screen, a question, the charge list and the results (in a
# wide window, where "At a glance" is a table, and a narrow one, where it is a list) it checks that the
# window has a name, the screen's heading is a heading, every control is named, and the table's rows,
# column headers and cells are named. Then that a status message reaches a screen reader as a polite
# live region: with the inactivity period at its shortest (1 minute, in settings.ron), the countdown
# shown for its last 30 s must be announced (AT-SPI's object:announcement, polite), at least twice as
# its seconds go down. (AccessKit's Linux adapter gives AT-SPI no "live" attribute; it announces a live
# node's words when the node appears or its words change.)
#   bash scripts/check-atspi.sh [PROBE_BUILD]   default: builds target/debug/clearpath --features probe
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

if [ -z "${CLEARPATH_ATSPI_SESSION:-}" ]; then
  install_missing atspi xvfb x11-utils xdotool dbus at-spi2-core python3-pyatspi
  bash scripts/setup.sh app >/dev/null || die "scripts/setup.sh app failed"
  bin=$(probe_build "${1:-}")
  # A D-Bus session of its own, ended with the script.
  exec env CLEARPATH_ATSPI_SESSION=1 dbus-run-session -- bash "$0" "$bin"
fi
bin=$1

with_display
/usr/libexec/at-spi-bus-launcher --launch-immediately >"$work/atspi.log" 2>&1 &
bus_pid=$!
trap 'stop_process "$app_pid" "$bus_pid" "$xvfb_pid"; rm -rf "$work"' EXIT
sleep 1
# What a desktop does when a screen reader starts: accessibility on, so AccessKit exposes the window.
dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
  org.freedesktop.DBus.Properties.Set string:org.a11y.Status string:IsEnabled variant:boolean:true \
  >/dev/null || die "could not turn accessibility on (org.a11y.Status.IsEnabled)"

# check SCREEN SIZE HEADING...: open SCREEN at SIZE (points) and read it.
check() {
  local screen=$1 size=$2
  shift 2
  mkdir -p "$work/config"
  XDG_CONFIG_HOME="$work/config" CLEARPATH_PROBE_SCREEN="$screen" CLEARPATH_PROBE_SIZE="$size" \
    CLEARPATH_PROBE_ANSWERS=docs/examples/three-charges.ron CLEARPATH_PROBE_TODAY=2026-11-29 \
    "$bin" >"$work/app.log" 2>&1 &
  app_pid=$!
  local win
  win=$(wait_for_window "$app_pid" '^ClearPath' 60)
  [ -n "$win" ] || { cat "$work/app.log"; die "$screen: no window"; }
  if ATSPI_GLANCE=${ATSPI_GLANCE:-} /usr/bin/python3 scripts/atspi-check.py "$screen" "$@" \
    >"$work/check.log" 2>&1; then
    grep -E '^(PASS|FAIL)' "$work/check.log"
  else
    cat "$work/check.log"
    failures=$((failures + 1))
  fi
  stop_process "$app_pid"
  app_pid=""
}

check welcome 900x680 "See what you can do about your record"
check question 900x680 "Where was the case?"
check charges 900x680 "Your charges"
ATSPI_GLANCE=table check results 1280x740 "Your results" "Your next steps" "At a glance"
ATSPI_GLANCE=list check results 700x740 "Your results" "At a glance"

# The idle countdown, a polite live region. The listener starts first: an announcement made before
# it listens is lost.
mkdir -p "$work/config-idle/clearpath"
echo '(idle_minutes: 1)' >"$work/config-idle/clearpath/settings.ron"
/usr/bin/python3 scripts/atspi-check.py --live 60 "No one has used ClearPath for a while" \
  >"$work/live.log" 2>&1 &
listener_pid=$!
sleep 2
XDG_CONFIG_HOME="$work/config-idle" CLEARPATH_PROBE_SCREEN=welcome CLEARPATH_PROBE_SIZE=900x680 \
  "$bin" >"$work/app.log" 2>&1 &
app_pid=$!
if wait "$listener_pid"; then
  grep -E '^(PASS|FAIL)' "$work/live.log"
else
  cat "$work/live.log"
  failures=$((failures + 1))
fi
stop_process "$app_pid"
app_pid=""

[ "$failures" -eq 0 ] || die "$failures checks failed"
pass "AT-SPI: the window, its headings, controls and the at-a-glance table are named; the idle countdown is announced"
