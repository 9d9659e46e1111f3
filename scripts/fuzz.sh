#!/usr/bin/env bash
# Fuzzes ClearPath's parsers (the targets in fuzz/fuzz_targets/) for a bounded time each, with cargo-fuzz
# (libFuzzer) on the stable toolchain. See fuzz/README.md.
#
#   bash scripts/fuzz.sh [TARGET...]   build, then run each target (default: all) for FUZZ_SECONDS
#   bash scripts/fuzz.sh build         build the targets only
#   bash scripts/fuzz.sh seeds         rewrite the seed corpora under fuzz/corpus/ (after format changes)
#   bash scripts/fuzz.sh lock          refresh fuzz/Cargo.lock from the main Cargo.lock
#
# Environment:
#   FUZZ_SECONDS    seconds of fuzzing per target (default 60; the build is not counted)
#   FUZZ_SANITIZER  none (default) or address. Panics, overflows, hangs and memory blow-ups are caught
#                   either way (ClearPath itself has no unsafe code); AddressSanitizer adds memory errors
#                   in dependencies' unsafe code, at the price of a build about twice as long and 4-5
#                   times fewer runs a second. Use it for long runs, not the bounded CI one.
#   FUZZ_TIMEOUT    seconds one input may take before it counts as a hang (default 60: a progress file
#                   at the largest work factor save::open accepts, 2^20, takes about 13 s under ASan)
#   FUZZ_RSS_MB     memory limit of a fuzzing process in MiB (default 3072: opening a progress file
#                   may need 1 GiB for scrypt)
#   FUZZ_JOBS       targets fuzzed at once (default: the number of processors; each one uses one)
#
# Each run starts from a copy of the committed seeds (fuzz/corpus/<target>/ is never written to) and
# fails on any crash, hang or memory blow-up; the input that caused it is kept under
# fuzz/artifacts/<target>/ and its path printed, with the command that replays it. Exit status: 0 when
# every target ran clean, 1 when one found a problem, 2 on a setup or build error.
set -euo pipefail

CARGO_FUZZ_VERSION=0.13.2
ALL_TARGETS=(rules answers answers_csv progress progress_plain)

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

seconds=${FUZZ_SECONDS:-60}
sanitizer=${FUZZ_SANITIZER:-none}
timeout=${FUZZ_TIMEOUT:-60}
rss_mb=${FUZZ_RSS_MB:-3072}
jobs=${FUZZ_JOBS:-$(nproc 2>/dev/null || echo 1)}

die() {
  echo "fuzz: $*" >&2
  exit 2
}

case "$sanitizer" in address | none) ;; *) die "FUZZ_SANITIZER must be address or none" ;; esac
[[ "$seconds" =~ ^[0-9]+$ ]] || die "FUZZ_SECONDS must be a whole number of seconds"
[[ "$jobs" =~ ^[1-9][0-9]*$ ]] || die "FUZZ_JOBS must be a whole number above 0"

# cargo-fuzz asks rustc for sanitizer and instrumentation flags that are unstable; RUSTC_BOOTSTRAP=1 lets
# the stable compiler accept them. It is set only for the fuzz builds, never for the main package.
export RUSTC_BOOTSTRAP=1
# Debug assertions and overflow checks on: an arithmetic overflow is a finding, not a silent wrap. One
# target folder per sanitizer, so that switching does not rebuild everything.
build_flags=(--sanitizer "$sanitizer" --debug-assertions --target-dir "fuzz/target/$sanitizer")

need_tools() {
  # libfuzzer-sys compiles libFuzzer (C++) with the system's C++ compiler.
  if ! command -v c++ >/dev/null; then
    (. scripts/lib.sh && install_missing fuzz g++) || die "a C++ compiler is needed (Debian: apt-get install g++)"
  fi
  if [ "$(cargo fuzz --version 2>/dev/null)" != "cargo-fuzz $CARGO_FUZZ_VERSION" ]; then
    echo "fuzz: installing cargo-fuzz $CARGO_FUZZ_VERSION"
    cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked
  fi
}

build() {
  local start=$SECONDS
  echo "fuzz: building the targets (sanitizer: $sanitizer)"
  cargo fuzz build "${build_flags[@]}" || die "the fuzz targets did not build"
  echo "fuzz: built in $((SECONDS - start)) s"
}

dict_for() {
  case "$1" in
    progress) echo fuzz/age.dict ;;
    *) echo fuzz/ron.dict ;;
  esac
}

run_target() {
  local target=$1 work=$2
  local corpus="$work/corpus-$target" log="$work/$target.log"
  local artifacts="fuzz/artifacts/$target"
  mkdir -p "$corpus" "$artifacts"
  if [ -d "fuzz/corpus/$target" ]; then
    cp -R "fuzz/corpus/$target/." "$corpus/"
  fi
  touch "$work/start-$target"
  local t0=$SECONDS
  echo "fuzz: $target for ${seconds}s from $(find "$corpus" -type f | wc -l) seeds"
  local status=0
  cargo fuzz run "${build_flags[@]}" "$target" "$corpus" -- \
    -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb="$rss_mb" \
    -dict="$(dict_for "$target")" -print_final_stats=1 >"$log" 2>&1 || status=$?
  # The last status line: coverage, features, corpus size, executions per second.
  grep -E '^#[0-9]+' "$log" | tail -n 1 | sed "s/^/fuzz: $target: /" || true
  grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$log" |
    sed "s/^/fuzz: $target: /" || true
  if [ "$status" -ne 0 ]; then
    echo "fuzz: $target FAILED (status $status). Log: $log" >&2
    # What went wrong: the panic and its backtrace, or the sanitizer's or libFuzzer's report.
    awk '/panicked at|ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|^ALARM:/ { on = 1 }
         on { print; n++ } /Test unit written/ || n >= 100 { exit }' "$log" >&2 || true
    local found
    found=$(find "$artifacts" -type f -newer "$work/start-$target" 2>/dev/null)
    if [ -n "$found" ]; then
      echo "fuzz: $target: the input that failed is kept at:" >&2
      local f
      for f in $found; do
        echo "    $root/$f ($(wc -c <"$f") bytes)" >&2
        echo "    replay: RUSTC_BOOTSTRAP=1 cargo fuzz run ${build_flags[*]} $target $f" >&2
      done
    fi
    return 1
  fi
  echo "fuzz: $target: no crash ($((SECONDS - t0)) s in all)"
}

command=${1:-run}
case "$command" in
  build)
    need_tools
    build
    ;;
  seeds)
    # A plain (uninstrumented) build: the seeds program is not a fuzz target.
    unset RUSTC_BOOTSTRAP
    cargo run --manifest-path fuzz/Cargo.toml --example seeds
    ;;
  lock)
    # The fuzz crate is its own workspace; start from the main lock so both build the same versions.
    cp Cargo.lock fuzz/Cargo.lock
    cargo metadata --format-version 1 --manifest-path fuzz/Cargo.toml >/dev/null
    echo "fuzz: fuzz/Cargo.lock refreshed from Cargo.lock"
    ;;
  *)
    if [ "$command" = run ]; then shift || true; fi
    targets=("$@")
    [ ${#targets[@]} -gt 0 ] || targets=("${ALL_TARGETS[@]}")
    for t in "${targets[@]}"; do
      [[ " ${ALL_TARGETS[*]} " == *" $t "* ]] || die "no target $t (targets: ${ALL_TARGETS[*]})"
    done
    need_tools
    build
    work=$(mktemp -d "${TMPDIR:-/tmp}/clearpath-fuzz.XXXXXX")
    echo "fuzz: corpora and logs in $work"
    # Each target in its own process, FUZZ_JOBS at a time; what each one printed is shown when all are
    # done, target by target, and its exit status kept in a file.
    echo "fuzz: ${#targets[@]} targets, $jobs at a time"
    for t in "${targets[@]}"; do
      while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
      (
        status=0
        run_target "$t" "$work" >"$work/$t.out" 2>&1 || status=$?
        echo "$status" >"$work/$t.status"
      ) &
    done
    wait
    failed=()
    for t in "${targets[@]}"; do
      cat "$work/$t.out"
      [ "$(cat "$work/$t.status" 2>/dev/null)" = 0 ] || failed+=("$t")
    done
    if [ ${#failed[@]} -gt 0 ]; then
      echo "fuzz: FAILED: ${failed[*]} (logs and corpora in $work)" >&2
      exit 1
    fi
    echo "fuzz: all targets ran ${seconds}s each without a crash"
    ;;
esac
