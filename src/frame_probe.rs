//! A measurement hook for the window: how long until the first frame, whether the window keeps
//! repainting while nothing happens, and how long a frame takes. Plain Rust: it knows nothing of
//! egui; the window calls [`on_frame`] at the top of every UI pass with what it knows of the frame
//! ([`FrameInfo`]), and repaints at once when it returns true.
//!
//! It reads `CLEARPATH_PROBE` once. Unset (or any value it does not know) means off: each call is
//! one `OnceLock` read and a compare, it returns false, and nothing is printed, started or written.
//!
//! - `CLEARPATH_PROBE=first-frame`: at the first frame, prints `first-frame-ms=<ms>` to stderr, the
//!   milliseconds from the start of the process to the start of that frame's UI pass (the window,
//!   the GL context and the fonts are ready by then; the paint of that frame is not included). The
//!   process then exits with status 0 once that frame has been painted: at the start of the next
//!   frame (egui paints a few frames as a window opens), or [`FIRST_FRAME_GRACE`] later if no other
//!   frame comes. A frame may run its UI twice (egui discards a first sizing pass, e.g. for a new
//!   `Grid`), so the exit waits for the third pass, which is always a later frame's.
//! - `CLEARPATH_PROBE=idle:<seconds>`: counts the UI passes that start after the first
//!   [`SETTLE`] of the process (while the window maps and the fonts load), for `<seconds>` more, then
//!   prints `idle-frames=<n>` to stderr and exits with status 0. A window that repaints only when
//!   something happens gets no frames at all while idle, so a background thread does the waiting and
//!   the exit. A pass that egui discards and runs again counts as a frame too.
//! - `CLEARPATH_PROBE=frames:<n>`: the window repaints continuously (every call returns true); after
//!   the first [`SETTLE`] of the process, the starts of `n + 1` frames are timed (a pass egui discards
//!   and runs again belongs to its frame: frames are told apart by [`FrameInfo::frame_nr`]). The time
//!   from one frame's start to the next is the whole frame: reading input, the UI pass (or two),
//!   tessellation, the GL paint, the swap (with software GL, Mesa llvmpipe rasterises here, in its
//!   threads, and copies the picture to the X server) and the event loop's turn. eframe's own figure,
//!   [`FrameInfo::cpu_usage`] (`eframe::Frame::info().cpu_usage`, the previous frame's), covers the
//!   same run from input to paint but stops its clock around the swap and the changes of GL context,
//!   so with software GL it leaves out most of the drawing itself; it is reported beside, not instead.
//!   It then prints `frame-ms-median=`, `frame-ms-p95=` (between frame starts),
//!   `frame-cpu-ms-median=`, `frame-cpu-ms-p95=` (eframe's) and `screenings=<n>` (how many times the
//!   answers were screened in the whole run: [`FrameInfo::screenings`]) to stderr, one a line, and
//!   exits with status 0. The 95th percentile is the nearest rank. The probe build turns vsync off in
//!   this mode (`app::run`), so that a frame is not held to the display's rate.
//!
//! The start of the process is read from Linux's `/proc/self/stat` (its start time, in clock ticks
//! since boot) against `/proc/uptime`, both read without `unsafe`: it is the moment the process was
//! forked, before `exec` and the dynamic loader, to within about 5 ms. Where `/proc` cannot be read,
//! the fallback is the moment of the first call to this probe, so `first-frame-ms` is then about 0
//! and not a useful number.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

/// What the probe measures, from `CLEARPATH_PROBE`.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Mode {
    Off,
    FirstFrame,
    Idle { seconds: f64 },
    Frames { count: usize },
}

/// What the window knows of the frame it is drawing.
#[derive(Debug, Clone, Copy, Default)]
pub struct FrameInfo {
    /// The frame's number (`egui::Context::cumulative_frame_nr`): the same for every pass of a frame.
    pub frame_nr: u64,
    /// Seconds eframe's clock ran for the previous frame (`eframe::Frame::info().cpu_usage`).
    pub cpu_usage: Option<f32>,
    /// How many times the window has screened answers so far (once per change of answers).
    pub screenings: u64,
}

/// The frames timed in `frames` mode.
#[derive(Default)]
struct Frames {
    /// The number of the last frame timed.
    last: Option<u64>,
    /// The start of each frame timed.
    starts: Vec<Instant>,
    /// eframe's figure for each frame timed but the first (the one before it is not settled).
    cpu: Vec<f64>,
}

/// The part of the process's life in `idle` mode whose frames are not counted.
pub const SETTLE: Duration = Duration::from_secs(2);

/// How many UI passes egui runs for one frame at most (`egui::Options::max_passes`, 2 by default).
const MAX_PASSES_PER_FRAME: u64 = 2;

/// In `first-frame` mode, how long to wait for a later frame before exiting anyway.
pub const FIRST_FRAME_GRACE: Duration = Duration::from_secs(1);

struct Probe {
    mode: Mode,
    /// Set at the first call, when `mode` is not `Off`.
    start: OnceLock<Instant>,
    /// UI passes seen so far (all of them in `first-frame` mode, those after `SETTLE` in `idle` mode).
    frames: AtomicU64,
    /// The frames timed in `frames` mode.
    timed: Mutex<Frames>,
}

static PROBE: OnceLock<Probe> = OnceLock::new();

/// Call at the top of every UI pass. Does nothing unless `CLEARPATH_PROBE` asks for a measurement.
/// True when the window is to paint another frame at once (`frames` mode).
pub fn on_frame(info: FrameInfo) -> bool {
    let probe = probe();
    match probe.mode {
        Mode::Off => false,
        Mode::FirstFrame => {
            first_frame(probe);
            false
        }
        Mode::Idle { seconds } => {
            idle(probe, seconds);
            false
        }
        Mode::Frames { count } => {
            frames(probe, count, info);
            true
        }
    }
}

/// Whether the probe measures frame times (`frames` mode), for the window's options.
pub fn times_frames() -> bool {
    matches!(probe().mode, Mode::Frames { .. })
}

fn probe() -> &'static Probe {
    PROBE.get_or_init(|| Probe {
        mode: parse_mode(std::env::var("CLEARPATH_PROBE").ok().as_deref()),
        start: OnceLock::new(),
        frames: AtomicU64::new(0),
        timed: Mutex::new(Frames::default()),
    })
}

fn parse_mode(value: Option<&str>) -> Mode {
    match value.map(str::trim) {
        Some("first-frame") => Mode::FirstFrame,
        Some(v) => match v.strip_prefix("idle:").map(|s| s.trim().parse::<f64>()) {
            Some(Ok(seconds)) if seconds.is_finite() && seconds > 0.0 && seconds < 1e6 => {
                Mode::Idle { seconds }
            }
            Some(_) => Mode::Off,
            None => match v.strip_prefix("frames:").map(|s| s.trim().parse::<usize>()) {
                Some(Ok(count)) if (1..=100_000).contains(&count) => Mode::Frames { count },
                _ => Mode::Off,
            },
        },
        None => Mode::Off,
    }
}

fn first_frame(probe: &Probe) {
    let now = Instant::now();
    let seen = probe.frames.fetch_add(1, Ordering::SeqCst);
    if seen == 0 {
        let start = *probe.start.get_or_init(process_start);
        let ms = now.saturating_duration_since(start).as_secs_f64() * 1000.0;
        eprintln!("first-frame-ms={ms:.1}");
        // If no other frame comes, exit once this one has surely been painted.
        std::thread::spawn(|| {
            std::thread::sleep(FIRST_FRAME_GRACE);
            std::process::exit(0);
        });
    } else if seen >= MAX_PASSES_PER_FRAME {
        // egui may run a frame's UI twice (a discarded sizing pass, as for a new `Grid`), so only
        // this pass is surely a later frame's: the first frame has been painted and shown.
        std::process::exit(0);
    }
}

fn idle(probe: &Probe, seconds: f64) {
    let mut first = false;
    let start = *probe.start.get_or_init(|| {
        first = true;
        process_start()
    });
    if first {
        let deadline = start + SETTLE + Duration::from_secs_f64(seconds);
        std::thread::spawn(move || {
            let wait = deadline.saturating_duration_since(Instant::now());
            std::thread::sleep(wait);
            let frames = PROBE.get().map_or(0, |p| p.frames.load(Ordering::SeqCst));
            eprintln!("idle-frames={frames}");
            std::process::exit(0);
        });
    }
    if start.elapsed() >= SETTLE {
        probe.frames.fetch_add(1, Ordering::SeqCst);
    }
}

/// How long, after [`SETTLE`], `frames` mode waits for its frames before it gives up (exit status 1).
pub const FRAMES_TIMEOUT: Duration = Duration::from_secs(120);

fn frames(probe: &Probe, count: usize, info: FrameInfo) {
    let now = Instant::now();
    let mut first = false;
    let start = *probe.start.get_or_init(|| {
        first = true;
        process_start()
    });
    if first {
        std::thread::spawn(move || {
            std::thread::sleep(
                (start + SETTLE + FRAMES_TIMEOUT).saturating_duration_since(Instant::now()),
            );
            eprintln!("frames: fewer than {count} frames came in {FRAMES_TIMEOUT:?}");
            std::process::exit(1);
        });
    }
    if now.saturating_duration_since(start) < SETTLE {
        return;
    }
    let Ok(mut timed) = probe.timed.lock() else {
        return;
    };
    if timed.last == Some(info.frame_nr) {
        return; // a second pass of a frame already timed
    }
    timed.last = Some(info.frame_nr);
    if !timed.starts.is_empty()
        && let Some(seconds) = info.cpu_usage
    {
        timed.cpu.push(f64::from(seconds) * 1000.0);
    }
    timed.starts.push(now);
    if timed.starts.len() > count {
        let mut lengths: Vec<f64> = timed
            .starts
            .windows(2)
            .map(|w| w[1].saturating_duration_since(w[0]).as_secs_f64() * 1000.0)
            .collect();
        let (median, p95) = median_and_p95(&mut lengths);
        eprintln!("frame-ms-median={median:.2}");
        eprintln!("frame-ms-p95={p95:.2}");
        let mut cpu = std::mem::take(&mut timed.cpu);
        if !cpu.is_empty() {
            let (median, p95) = median_and_p95(&mut cpu);
            eprintln!("frame-cpu-ms-median={median:.2}");
            eprintln!("frame-cpu-ms-p95={p95:.2}");
        }
        eprintln!("screenings={}", info.screenings);
        std::process::exit(0);
    }
}

/// The median and the 95th percentile (nearest rank) of `values`, which must not be empty; sorts them.
fn median_and_p95(values: &mut [f64]) -> (f64, f64) {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    let median = if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    };
    let rank = (n * 95).div_ceil(100).max(1);
    (median, values[rank - 1])
}

/// When this process started, as an `Instant`: from `/proc` where it can be read, else now.
fn process_start() -> Instant {
    let now = Instant::now();
    linux_process_start().unwrap_or(now)
}

/// The start of the process from `/proc/self/stat` (field 22, `starttime`, in clock ticks since boot)
/// and `/proc/uptime` (seconds since boot, in hundredths). To be sharper than the hundredth,
/// `/proc/uptime` is read until it ticks over (at most about 10 ms, and only when a probe is on).
/// `starttime` is truncated to a whole tick, so half a tick is added.
fn linux_process_start() -> Option<Instant> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The command name (field 2) is in parentheses and may hold spaces or parentheses itself.
    let after_name = stat.get(stat.rfind(')')? + 1..)?;
    // Field 3 (state) is the first after the name, so field 22 is the 20th.
    let start_ticks: u64 = after_name.split_whitespace().nth(19)?.parse().ok()?;
    let hz = clock_ticks_per_second();
    let started_after_boot = Duration::from_secs_f64((start_ticks as f64 + 0.5) / hz as f64);

    let first = read_uptime_centis()?;
    let spin_from = Instant::now();
    let (uptime_centis, at) = loop {
        let centis = read_uptime_centis()?;
        let at = Instant::now();
        if centis != first {
            break (centis, at);
        }
        if at.duration_since(spin_from) > Duration::from_millis(50) {
            // No tick seen (a coarse clock?): take the reading as it is, half a hundredth in.
            break (centis, at.checked_sub(Duration::from_millis(5))?);
        }
    };
    let uptime = Duration::from_millis(uptime_centis * 10);
    let age = uptime.checked_sub(started_after_boot)?;
    at.checked_sub(age)
}

/// `/proc/uptime`'s first number, in hundredths of a second.
fn read_uptime_centis() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/uptime").ok()?;
    let first = text.split_whitespace().next()?;
    let (secs, frac) = first.split_once('.')?;
    let secs: u64 = secs.parse().ok()?;
    let frac = frac.get(..2)?;
    let centis: u64 = frac.parse().ok()?;
    Some(secs * 100 + centis)
}

/// `AT_CLKTCK` from the process's auxiliary vector (`sysconf(_SC_CLK_TCK)` without libc), else 100.
fn clock_ticks_per_second() -> u64 {
    const AT_CLKTCK: usize = 17;
    const WORD: usize = std::mem::size_of::<usize>();
    let Ok(auxv) = std::fs::read("/proc/self/auxv") else {
        return 100;
    };
    auxv.chunks_exact(2 * WORD)
        .find_map(|pair| {
            let (key, value) = pair.split_at(WORD);
            let key = usize::from_ne_bytes(key.try_into().ok()?);
            let value = usize::from_ne_bytes(value.try_into().ok()?);
            (key == AT_CLKTCK && value > 0).then_some(value as u64)
        })
        .unwrap_or(100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes_parse() {
        assert_eq!(parse_mode(None), Mode::Off);
        assert_eq!(parse_mode(Some("")), Mode::Off);
        assert_eq!(parse_mode(Some("first-frame")), Mode::FirstFrame);
        assert_eq!(parse_mode(Some("idle:10")), Mode::Idle { seconds: 10.0 });
        assert_eq!(parse_mode(Some("idle:0.5")), Mode::Idle { seconds: 0.5 });
        assert_eq!(parse_mode(Some("idle:")), Mode::Off);
        assert_eq!(parse_mode(Some("idle:-1")), Mode::Off);
        assert_eq!(parse_mode(Some("idle:nan")), Mode::Off);
        assert_eq!(parse_mode(Some("other")), Mode::Off);
        assert_eq!(parse_mode(Some("frames:200")), Mode::Frames { count: 200 });
        assert_eq!(parse_mode(Some("frames:0")), Mode::Off);
        assert_eq!(parse_mode(Some("frames:-3")), Mode::Off);
        assert_eq!(parse_mode(Some("frames:1.5")), Mode::Off);
    }

    #[test]
    fn median_and_nearest_rank_p95() {
        let mut odd = [3.0, 1.0, 2.0];
        assert_eq!(median_and_p95(&mut odd), (2.0, 3.0));
        let mut hundred: Vec<f64> = (1..=100).rev().map(f64::from).collect();
        assert_eq!(median_and_p95(&mut hundred), (50.5, 95.0));
        let mut twenty: Vec<f64> = (1..=20).map(f64::from).collect();
        assert_eq!(median_and_p95(&mut twenty), (10.5, 19.0));
        let mut one = [7.0];
        assert_eq!(median_and_p95(&mut one), (7.0, 7.0));
    }

    /// Read from `/proc`, not the fallback (which is "now", and would pass any check of the past).
    #[cfg(target_os = "linux")]
    #[test]
    fn process_start_is_read_from_proc_before_this_test_began() {
        let test_began = Instant::now();
        let start = linux_process_start().expect("Linux's /proc gives the start of the process");
        assert!(
            start < test_began,
            "the process started after this test did"
        );
        // The test binary has been running for less than ten minutes.
        let age = test_began.duration_since(start);
        assert!(age < Duration::from_secs(600), "age {age:?}");
    }

    #[test]
    fn clock_ticks_are_sane() {
        let hz = clock_ticks_per_second();
        assert!((1..=10_000).contains(&hz), "hz {hz}");
    }
}
