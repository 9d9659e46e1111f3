#!/usr/bin/env bash
# Startup benchmark of the window: ClearPath's first frame against a bare eframe window built the same
# way (examples/bare_window.rs), and whether ClearPath repaints while idle.
#   bash scripts/bench-startup.sh [RUNS]     RUNS of each, alternately (default 15; the first of each
#                                            is a warm-up and not counted)
# Both are timed by their frame probe (CLEARPATH_PROBE=first-frame: from the start of the process to
# its first frame). Targets: median ClearPath / median bare <= 1.10 (with the design system's face),
# and 0 frames while idle. It prints
# the numbers and exits non-zero if a run fails; missing a target is reported, not an error.
# Uses $DISPLAY if set, else starts Xvfb on a free display.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

runs=${1:-15}
idle_seconds=10
if ! [[ "$runs" =~ ^[0-9]+$ ]] || [ "$runs" -lt 2 ]; then
  echo "bench: RUNS must be a number >= 2" >&2
  exit 2
fi

if ! command -v Xvfb >/dev/null && [ -z "${DISPLAY:-}" ]; then
  install_missing bench xvfb
fi
bash scripts/setup.sh app

cargo build --locked --release --features probe --bin clearpath --example bare_window
target=${CARGO_TARGET_DIR:-target}
clearpath=$(realpath "$target/release/clearpath")
bare=$(realpath "$target/release/examples/bare_window")

work=$(mktemp -d)
xvfb_pid=""
child=""
cleanup() {
  stop_process "$child" "$xvfb_pid"
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ -z "${DISPLAY:-}" ]; then
  start_xvfb "$work" || {
    echo "bench: Xvfb did not start: $(cat "$work/xvfb.log")" >&2
    exit 1
  }
  echo "bench: started Xvfb on $DISPLAY"
fi

# Run one binary with a probe; print the probe's value (the part after '=').
probe() { # probe MODE KEY BINARY
  local status=0
  CLEARPATH_PROBE="$1" timeout 120 "$3" >"$work/out" 2>"$work/err" &
  child=$!
  wait "$child" || status=$?
  child=""
  local value
  value=$(grep -oE "^$2=[0-9.]+" "$work/err" | head -n1 | cut -d= -f2 || true)
  if [ "$status" -ne 0 ] || [ -z "$value" ]; then
    echo "bench: $3 with CLEARPATH_PROBE=$1 failed (exit status $status):" >&2
    cat "$work/err" >&2
    return 1
  fi
  echo "$value"
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

: >"$work/clearpath.ms"
: >"$work/bare.ms"
for i in $(seq 1 "$runs"); do
  c=$(probe first-frame first-frame-ms "$clearpath")
  b=$(probe first-frame first-frame-ms "$bare")
  if [ "$i" -eq 1 ]; then
    echo "bench: warm-up: clearpath ${c} ms, bare ${b} ms (not counted)"
  else
    echo "$c" >>"$work/clearpath.ms"
    echo "$b" >>"$work/bare.ms"
    echo "bench: run $i/$runs: clearpath ${c} ms, bare ${b} ms"
  fi
done

c_med=$(median <"$work/clearpath.ms")
b_med=$(median <"$work/bare.ms")
ratio=$(awk -v c="$c_med" -v b="$b_med" 'BEGIN { printf "%.3f", c / b }')
echo "first-frame median over $((runs - 1)) runs: clearpath ${c_med} ms, bare window ${b_med} ms"
if awk -v r="$ratio" 'BEGIN { exit !(r <= 1.10) }'; then
  echo "startup ratio clearpath/bare: $ratio (target <= 1.10: met)"
else
  echo "startup ratio clearpath/bare: $ratio (target <= 1.10: MISSED)"
fi

idle=$(probe "idle:$idle_seconds" idle-frames "$clearpath")
if [ "$idle" -eq 0 ]; then
  echo "idle frames in ${idle_seconds}s: $idle (target 0: met)"
else
  echo "idle frames in ${idle_seconds}s: $idle (target 0: MISSED)"
fi
