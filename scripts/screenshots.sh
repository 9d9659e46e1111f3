#!/usr/bin/env bash
# Pictures of every screen of the real window under Xvfb, kept true in docs/screenshots/.
#   bash scripts/screenshots.sh            every screen, in light, dark and high contrast, English and
#                                          Spanish, at 100% and 200% text, into docs/screenshots/
#   bash scripts/screenshots.sh --check    every screen in English, light, at 100% and 200% text, into a
#                                          temporary folder: each must be drawn (not blank), for CI
#   SCREENSHOT_BIN=path                    a probe build to use instead of building one
# The screens (welcome, a question, the charge chooser with a search typed, the charge list, check
# answers, results, about the bill, settings) are opened directly by the probe build
# (`--features probe`, src/app/probe_start.rs) with the answers of docs/examples/three-charges.ron as
# of 2026-11-29, so the pictures do not change from day to day. Language, theme and text size come from
# a clinic settings file in a temporary config folder, as a clinic would set them. Files are named
# SCREEN-THEME-LANGUAGE-SIZE.png (results-light-en-100.png), stored as 8-bit palette PNGs.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

check=false
[ "${1:-}" = --check ] && check=true

install_missing screenshots xvfb x11-utils xdotool imagemagick
bash scripts/setup.sh app >/dev/null || die "scripts/setup.sh app failed"

bin=$(probe_build "${SCREENSHOT_BIN:-}")

# A screen large enough for the desk's window (a clinic's laptop, 1440x900).
XVFB_SCREEN=1600x1000 with_display

screens=(welcome question offense charges review results about-bill settings desk)
if $check; then
  out="$work/shots"
  themes=(Light)
  languages=(en)
else
  out=docs/screenshots
  themes=(Light Dark HighContrast)
  languages=(en es)
fi
sizes=(100 200)
mkdir -p "$out" "$work/config/clearpath"

# shoot SCREEN THEME LANGUAGE SIZE: one picture; fails if the window does not appear or is blank.
shoot() {
  local screen=$1 theme=$2 language=$3 size=$4
  local name
  name="$screen-$(echo "$theme" | tr '[:upper:]' '[:lower:]' | sed 's/highcontrast/high-contrast/')-$language-$size"
  local scale
  scale=$(awk -v s="$size" 'BEGIN { printf "%.2f", s / 100 }')
  printf '(language: "%s", text_scale: %s, theme: %s)\n' "$language" "$scale" "$theme" \
    >"$work/config/clearpath/settings.ron"
  local search="" size_px=""
  [ "$screen" = offense ] && search="53A"
  # The advocate's desk is a wide table: a clinic's laptop screen.
  [ "$screen" = desk ] && size_px="1440x900"
  XDG_CONFIG_HOME="$work/config" CLEARPATH_PROBE_SCREEN="$screen" CLEARPATH_PROBE_SEARCH="$search" \
    CLEARPATH_PROBE_SIZE="$size_px" \
    CLEARPATH_PROBE_ANSWERS=docs/examples/three-charges.ron CLEARPATH_PROBE_TODAY=2026-11-29 \
    "$bin" >"$work/app.log" 2>&1 &
  app_pid=$!
  local win
  win=$(wait_for_window "$app_pid" '^ClearPath' 60)
  if [ -z "$win" ]; then
    cat "$work/app.log"
    die "$name: no window"
  fi
  sleep 1.5 # the frames after mapping: fonts, the theme, the text size
  import -window "$win" "png:$work/shot.png" || die "$name: no screenshot"
  stop_process "$app_pid"
  app_pid=""
  local colours
  colours=$(identify -format '%k' "$work/shot.png")
  [ "$colours" -ge 16 ] || die "$name: the window looks blank ($colours colours)"
  convert "$work/shot.png" -strip -colors 256 "PNG8:$out/$name.png"
  echo "screenshots: $out/$name.png ($colours colours)"
}

for language in "${languages[@]}"; do
  for theme in "${themes[@]}"; do
    for size in "${sizes[@]}"; do
      for screen in "${screens[@]}"; do
        shoot "$screen" "$theme" "$language" "$size"
      done
    done
  done
done
pass "every screen drawn: $(find "$out" -name '*.png' | wc -l) pictures in $out"
