#!/usr/bin/env bash
# Privacy check, for CI: "nothing leaves the device, nothing is written unasked", tested on the real
# program. Runs as root on Debian with no display, after the debug binary is built.
#   bash scripts/check-privacy.sh                  tests target/debug/clearpath
#   bash scripts/check-privacy.sh /path/clearpath  tests that binary instead
# Installs nothing itself. Needs strace (strace), unshare (util-linux), python3 (reading the traces)
# and what scripts/smoke-window.sh needs (xvfb, x11-utils, xdotool, imagemagick, python3-xlib; that
# script installs them if missing, and starts and stops its own Xvfb).
#
# One session, as a person would have it: the headless commands (`screen`, `summary` writing one named
# PDF into an output folder, `check-rules`) and the real window (scripts/smoke-window.sh, which opens
# it under Xvfb, closes it, then runs it idle). Every launch goes through a wrapper that
#   - points HOME, XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME, XDG_STATE_HOME, XDG_RUNTIME_DIR
#     (mode 0700), TMPDIR and the working folder at fresh empty folders, and unsets
#     DBUS_SESSION_BUS_ADDRESS (so a D-Bus connection, if any, is to $XDG_RUNTIME_DIR/bus);
#   - runs the program under `strace -f`, tracing its network and file system calls.
# Then it checks:
#   1. sockets: every socket is AF_UNIX (no AF_INET, AF_INET6, AF_NETLINK, AF_PACKET or other
#      family, created or addressed); no socket is bound or listened on; every AF_UNIX address
#      connected to is the X display or the D-Bus session bus / Wayland socket in $XDG_RUNTIME_DIR;
#   2. writes, from the trace: no file is opened for writing, created, renamed, removed, linked or
#      changed anywhere but the named output (and its temporary file beside it), /dev (not /dev/shm)
#      and Mesa's shader cache;
#   3. files, from the folders: after the session, the fresh folders hold nothing but Mesa's shader
#      cache, and the output folder holds the named PDF and nothing else;
#   4. offline: the headless commands, run again inside a new network namespace (`unshare -n`, no
#      network at all), succeed with the same output (the same text, a byte-identical PDF).
# Mesa's shader cache ($XDG_CACHE_HOME/mesa_shader_cache*) is the one trace allowed, and said so: it
# is written by the OpenGL driver, not by ClearPath (see docs/privacy.md).
# Before all this, a self-test runs a deliberate offender (an AF_INET socket, a file written in HOME)
# through the same wrapper and checks, and fails if any check misses it.
# Prints PASS/FAIL lines; exits non-zero on any failure; removes its folders whatever happens.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

. scripts/lib.sh

# --- What the check needs ------------------------------------------------------------------------------
need() { # command, Debian package
  command -v "$1" >/dev/null || die "$1 is missing: install the Debian package $2"
}
need strace strace
need unshare util-linux
need find findutils
python=/usr/bin/python3
[ -x "$python" ] || die "/usr/bin/python3 is missing: install the Debian package python3"

bin=${1:-target/debug/clearpath}
[ -x "$bin" ] || die "no executable at $bin (build it first: cargo build --locked)"
bin=$(realpath "$bin")
examples="$repo/docs/examples"
answers="$examples/three-charges.ron"
today=2026-11-29

# A new network namespace needs root (CAP_SYS_ADMIN); a user namespace stands in for it elsewhere.
offline=(unshare --net --)
if ! "${offline[@]}" true 2>/dev/null; then
  offline=(unshare --map-root-user --net --)
  "${offline[@]}" true 2>/dev/null ||
    die "cannot make a network namespace (unshare --net, or --map-root-user --net): run as root, in a container with CAP_SYS_ADMIN"
fi

# --- Folders, removed whatever happens -----------------------------------------------------------------
work=$(realpath "$(mktemp -d)")
cleanup() { rm -rf "$work"; }
trap cleanup EXIT
trap 'exit 130' INT TERM
case "$work" in *[[:space:]]*) die "the temporary folder $work has a space in its name" ;; esac

# The places a program may write on its own, each fresh and empty, under one session folder.
skeleton=(home config data cache state runtime tmp cwd out out-offline)
new_session() { # folder
  local d
  mkdir -p "$1"
  for d in "${skeleton[@]}"; do mkdir "$1/$d"; done
  chmod 0700 "$1/runtime"
}

# A wrapper that runs its arguments as a session with those folders would, traced into $2.
new_wrapper() { # session folder, log folder; prints the wrapper's path
  local s=$1 logs=$2 w="$1.wrap"
  mkdir -p "$logs"
  cat >"$w" <<EOF
#!/bin/sh
# Runs "\$@" with every place it may write on its own pointed at a fresh folder, under strace.
cd "$s/cwd" || exit 125
exec env -u DBUS_SESSION_BUS_ADDRESS \\
  HOME="$s/home" XDG_CONFIG_HOME="$s/config" XDG_DATA_HOME="$s/data" XDG_CACHE_HOME="$s/cache" \\
  XDG_STATE_HOME="$s/state" XDG_RUNTIME_DIR="$s/runtime" TMPDIR="$s/tmp" \\
  strace -f -qq -y -e signal=none -e trace=%network,%file -o "$logs/trace.\$\$" -- "\$@"
EOF
  chmod +x "$w"
  echo "$w"
}

# --- Reading the traces --------------------------------------------------------------------------------
# trace_check sockets|writes SESSION [--allow REGEX]... -- LOG...
# Prints what it saw; exits 1 (printing each offending call) if a call breaks the rule.
trace_check() {
  "$python" - "$@" <<'PY'
import os, re, sys
from collections import Counter

mode, session = sys.argv[1], sys.argv[2]
args = sys.argv[3:]
allow, logs = [], []
while args:
    a = args.pop(0)
    if a == "--allow":
        allow.append(re.compile(args.pop(0)))
    elif a == "--":
        logs, args = args, []
line_re = re.compile(r"^(\d+) +(\w+)\((.*)$")
string = r'"((?:[^"\\]|\\.)*)"'
calls = []  # (pid, name, args); a call's arguments are on its first line, also when unfinished
for log in logs:
    with open(log, errors="replace") as f:
        for line in f:
            m = line_re.match(line.rstrip("\n"))
            if m:
                calls.append((m.group(1), m.group(2), m.group(3)))
bad = []

def offend(pid, name, rest, why):
    call = f"{name}({rest}"  # rest holds the closing parenthesis and the result
    bad.append(f"  {why}: {call[:240]}{' ...' if len(call) > 240 else ''}  [pid {pid}]")

if mode == "sockets":
    families, endpoints = Counter(), Counter()
    for pid, name, rest in calls:
        if name in ("socket", "socketpair"):
            family = re.match(r"([A-Za-z0-9_]+)", rest).group(1)
            families[family] += 1
            if family not in ("AF_UNIX", "AF_LOCAL"):
                offend(pid, name, rest, f"an {family} socket")
        if name in ("bind", "listen", "accept", "accept4"):
            offend(pid, name, rest, "a socket served")
        for family in re.findall(r"sa_family=([A-Za-z0-9_]+)", rest):
            if family != "AF_UNIX":
                offend(pid, name, rest, f"an {family} address")
        if name in ("connect", "sendto", "sendmsg", "sendmmsg"):
            for at, path in re.findall(r"sun_path=(@?)" + string, rest):
                endpoint = at + path
                endpoints[endpoint] += 1
                if not any(r.search(endpoint) for r in allow):
                    offend(pid, name, rest, f"an AF_UNIX address not allowed ({endpoint})")
    seen = ", ".join(f"{n} {f}" for f, n in sorted(families.items())) or "none"
    print(f"    sockets created: {seen}")
    for e, n in sorted(endpoints.items()):
        print(f"    AF_UNIX address used: {e} ({n}x)")
elif mode == "writes":
    opens = ("open", "openat", "openat2", "creat")
    one_path = ("mkdir", "rmdir", "unlink", "truncate", "chmod", "chown", "lchown", "utime", "utimes",
                "mknod", "setxattr", "lsetxattr", "removexattr", "lremovexattr", "creat", "open")
    at_path = ("openat", "openat2", "mkdirat", "unlinkat", "fchmodat", "fchmodat2", "fchownat",
               "mknodat", "utimensat", "futimesat")
    two_paths = ("rename", "link", "symlink")
    two_at_paths = ("renameat", "renameat2", "linkat")
    dirfd = r"(?:AT_FDCWD|-?\d+)(?:<([^>]*)>)?"

    def resolve(d, p):
        if p.startswith("/"):
            return os.path.normpath(p)
        if d:
            return os.path.normpath(os.path.join(d, p))
        return f"(relative) {p}"

    written = Counter()
    for pid, name, rest in calls:
        if name in opens and name != "creat":
            bare = re.sub(r"<[^>]*>", "", re.sub(string, '""', rest))
            flags = re.search(r"O_[A-Z_|]+", bare)
            if not flags or not re.search(r"O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|O_APPEND", flags.group(0)):
                continue
        paths = []
        if name in one_path:
            m = re.match(string, rest)
            paths = [resolve(None, m.group(1))] if m else []
        elif name in at_path:
            m = re.match(dirfd + r", (?:" + string + r"|NULL)", rest)
            if m:
                paths = [resolve(m.group(1), m.group(2) if m.group(2) is not None else "")]
        elif name in two_paths:
            ss = re.findall(string, rest)
            paths = [resolve(None, s) for s in (ss[1:] if name == "symlink" else ss)]
        elif name in two_at_paths:
            for m in re.finditer(dirfd + r", " + string, rest):
                paths.append(resolve(m.group(1), m.group(2)))
        elif name == "symlinkat":
            m = re.match(string + r", " + dirfd + r", " + string, rest)
            if m:
                paths = [resolve(m.group(2), m.group(3))]
        else:
            continue
        if not paths:
            offend(pid, name, rest, "a change to a file the trace does not name")
        for p in paths:
            if re.match(r"^/dev/(?!shm(/|$)|mqueue(/|$))", p):
                continue  # devices (the terminal, /dev/null, a GPU), not storage
            if any(r.search(p) for r in allow):
                written[p] += 1
                continue
            result = rest.rsplit(" = ", 1)[-1] if " = " in rest else "unfinished"
            offend(pid, name, rest, f"writes {p} (result {result})")
    mesa = sorted(p for p in written if "/mesa_shader_cache" in p)
    for p in sorted(set(written) - set(mesa)):
        print(f"    allowed, written: {p}")
    if mesa:
        top = sorted({re.sub(r"(/mesa_shader_cache[^/]*).*", r"\1", p) for p in mesa})
        print(f"    allowed, written by Mesa: {len(mesa)} paths under {', '.join(top)}")
else:
    sys.exit(f"unknown mode {mode}")
print(f"    ({len(calls)} traced calls read from {len(logs)} trace file(s))")
if bad:
    print("\n".join(bad[:40]))
    if len(bad) > 40:
        print(f"  ... and {len(bad) - 40} more")
    sys.exit(1)
PY
}

# The AF_UNIX addresses a window may use: the X display, and in $XDG_RUNTIME_DIR the D-Bus session
# bus (accessibility; the file dialog's portal) and a Wayland display.
socket_allow() { # session folder
  local rt
  rt=$(printf '%s' "$1/runtime" | sed 's/[][\.*^$+?(){}|]/\\&/g')
  printf '%s\n' --allow '^@?/tmp/\.X11-unix/X[0-9]+$' --allow "^$rt/bus\$" --allow "^$rt/wayland-[0-9]+\$"
}

# Paths a session may write: the named outputs, the temporary file beside each (renamed onto it),
# and Mesa's shader cache.
write_allow() { # session folder
  local s
  s=$(printf '%s' "$1" | sed 's/[][\.*^$+?(){}|]/\\&/g')
  printf '%s\n' --allow "^$s/out(-offline)?/summary\\.pdf\$" \
    --allow "^$s/out(-offline)?/\\.summary-[0-9A-Za-z]+\\.tmp\$" \
    --allow "^$s/cache/mesa_shader_cache[^/]*(/|\$)"
}

# Files left in the session folder beyond its empty skeleton, the named outputs and Mesa's cache.
check_files() { # session folder
  local s=$1 rel mesa=0 extra=()
  while IFS= read -r rel; do
    case "$rel" in
      home | config | data | cache | state | runtime | tmp | cwd | out | out-offline) ;;
      out/summary.pdf | out-offline/summary.pdf) ;;
      cache/mesa_shader_cache*) mesa=$((mesa + 1)) ;;
      *) extra+=("$rel") ;;
    esac
  done < <(cd "$s" && find . -mindepth 1 | sed 's|^\./||' | sort)
  if [ "$mesa" -gt 0 ]; then
    echo "    allowed: Mesa's shader cache, $mesa entries under \$XDG_CACHE_HOME/mesa_shader_cache*" \
      "(written by the OpenGL driver; see docs/privacy.md)"
  else
    echo "    Mesa's shader cache: none${MESA_SHADER_CACHE_DISABLE:+ (MESA_SHADER_CACHE_DISABLE=$MESA_SHADER_CACHE_DISABLE)}"
  fi
  if [ ${#extra[@]} -gt 0 ]; then
    local e
    for e in "${extra[@]}"; do
      echo "  left behind: $e ($(stat -c '%F, %s bytes' "$s/$e"))"
    done
    return 1
  fi
}

# run_check LABEL COMMAND...: PASS if the command succeeds, FAIL with its output if not.
run_check() {
  local label=$1 out
  shift
  if out=$("$@" 2>&1); then
    pass "$label"
    [ -z "$out" ] || echo "$out"
  else
    fail "$label"
    echo "$out"
  fi
}

# --- Self-test: every check catches a deliberate offender --------------------------------------------
canary="$work/canary"
new_session "$canary"
canary_wrap=$(new_wrapper "$canary" "$work/canary-logs")
# An AF_INET socket to a local port (refused or not, the socket is made), and a file written in HOME.
"$canary_wrap" /bin/bash -c 'exec 3<>/dev/tcp/127.0.0.1/9; true' >/dev/null 2>&1 || true
# shellcheck disable=SC2016 # $HOME is the wrapper's, expanded by the inner shell
"$canary_wrap" /bin/sh -c 'echo answers > "$HOME/.canary"' || true
mapfile -t canary_logs < <(find "$work/canary-logs" -type f)
mapfile -t canary_sockets < <(socket_allow "$canary")
mapfile -t canary_writes < <(write_allow "$canary")
selftest_ok=1
if out=$(trace_check sockets "$canary" "${canary_sockets[@]}" -- "${canary_logs[@]}" 2>&1); then
  selftest_ok=0
  echo "$out"
  fail "self-test: the socket check missed a deliberate AF_INET socket"
elif ! grep -q 'an AF_INET socket' <<<"$out"; then
  selftest_ok=0
  echo "$out"
  fail "self-test: the socket check failed, but not on the deliberate AF_INET socket"
fi
if out=$(trace_check writes "$canary" "${canary_writes[@]}" -- "${canary_logs[@]}" 2>&1); then
  selftest_ok=0
  echo "$out"
  fail "self-test: the write check missed a deliberate file in HOME"
elif ! grep -q "writes $canary/home/.canary" <<<"$out"; then
  selftest_ok=0
  echo "$out"
  fail "self-test: the write check failed, but not on the deliberate file in HOME"
fi
if out=$(check_files "$canary" 2>&1); then
  selftest_ok=0
  fail "self-test: the folder check missed a deliberate file in HOME"
elif ! grep -q 'left behind: home/.canary' <<<"$out"; then
  selftest_ok=0
  echo "$out"
  fail "self-test: the folder check failed, but not on the deliberate file in HOME"
fi
[ "$selftest_ok" -eq 0 ] || pass "self-test: the socket, write and folder checks each catch a deliberate offender (an AF_INET socket; a file in HOME)"

# --- The session ---------------------------------------------------------------------------------------
session="$work/session"
logs="$work/logs"
new_session "$session"
wrap=$(new_wrapper "$session" "$logs")
echo "privacy: testing $bin"
echo "privacy: fresh HOME, XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME, XDG_STATE_HOME," \
  "XDG_RUNTIME_DIR (0700), TMPDIR and working folder under $session"

# The headless commands, traced, then again with no network at all: same status, same output.
headless() { # prefix command..., output folder name
  local out=$1
  shift
  "$@" "$bin" screen "$answers" --today "$today" >"$work/$out.screen.txt" 2>"$work/$out.screen.err" &&
    "$@" "$bin" summary "$answers" --today "$today" --advocate -o "$session/$out/summary.pdf" \
      >"$work/$out.summary.txt" 2>"$work/$out.summary.err" &&
    "$@" "$bin" check-rules >"$work/$out.check-rules.txt" 2>"$work/$out.check-rules.err"
}
if headless out "$wrap"; then
  pass "screen, summary -o <output folder>/summary.pdf and check-rules ran (traced)"
else
  fail "a headless command failed (traced)"
  cat "$work"/out.*.err
fi
if headless out-offline "${offline[@]}" "$wrap"; then
  pass "screen, summary and check-rules ran in a network namespace with no network (${offline[*]})"
else
  fail "a headless command failed with no network"
  cat "$work"/out-offline.*.err
fi
same=1
for f in screen.txt summary.txt check-rules.txt; do
  cmp -s "$work/out.$f" "$work/out-offline.$f" || {
    same=0
    fail "with no network, the output of ${f%.txt} differs:"
    diff "$work/out.$f" "$work/out-offline.$f" | head -20 || true
  }
done
if [ -s "$session/out/summary.pdf" ] && [ "$(head -c 5 "$session/out/summary.pdf")" = "%PDF-" ]; then
  cmp -s "$session/out/summary.pdf" "$session/out-offline/summary.pdf" || {
    same=0
    fail "with no network, the summary PDF differs"
  }
else
  same=0
  fail "the summary is not a PDF: $session/out/summary.pdf"
fi
[ "$same" -eq 0 ] || pass "with no network the output is the same: screen and check-rules text, a byte-identical PDF ($(stat -c %s "$session/out/summary.pdf") bytes)"

# The real window: opened, screenshotted, closed, run idle; every launch through the wrapper.
echo "privacy: the window's smoke test, each launch traced"
if CLEARPATH_WRAP="$wrap" bash scripts/smoke-window.sh "$bin" 2>&1 | sed 's/^/    /'; then
  pass "the window's smoke test ran through the wrapper"
else
  fail "the window's smoke test failed"
fi

# --- The checks ----------------------------------------------------------------------------------------
mapfile -t session_logs < <(find "$logs" -type f | sort)
mapfile -t session_sockets < <(socket_allow "$session")
mapfile -t session_writes < <(write_allow "$session")
echo "privacy: ${#session_logs[@]} launches traced"
[ "${#session_logs[@]}" -ge 8 ] || fail "expected at least 8 traced launches (3 headless twice, 2 windows), got ${#session_logs[@]}"
run_check "no network: every socket is AF_UNIX, none is served, and each address is the X display or the session's D-Bus/Wayland socket" \
  trace_check sockets "$session" "${session_sockets[@]}" -- "${session_logs[@]}"
run_check "no unasked writes in the trace: only the named output (via its temporary file beside it), /dev and Mesa's shader cache" \
  trace_check writes "$session" "${session_writes[@]}" -- "${session_logs[@]}"
run_check "no files left: HOME, XDG_*, XDG_RUNTIME_DIR, TMPDIR and the working folder are empty but for Mesa's shader cache; the output folder holds only summary.pdf" \
  check_files "$session"

if [ "$failures" -eq 0 ]; then
  echo "PASS: privacy check"
else
  echo "FAIL: privacy check: $failures check(s) failed"
  exit 1
fi
