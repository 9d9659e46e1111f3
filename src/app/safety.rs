//! Safety timing, without egui: the quick-exit key pattern (Shift pressed three times within 5 seconds)
//! and the inactivity timer that clears a session after a set time, with a countdown first.

/// How many Shift presses, within how many seconds, trigger the quick exit.
pub const QUICK_EXIT_PRESSES: usize = 3;
pub const QUICK_EXIT_WINDOW_SECS: f64 = 5.0;

/// Watches Shift presses for the quick-exit pattern.
#[derive(Clone, Debug, Default)]
pub struct QuickExitKeys {
    presses: Vec<f64>,
}

impl QuickExitKeys {
    /// Record a Shift press at `now` (seconds); true when it completes the pattern.
    pub fn shift_pressed(&mut self, now: f64) -> bool {
        self.presses.retain(|t| now - t <= QUICK_EXIT_WINDOW_SECS);
        self.presses.push(now);
        if self.presses.len() >= QUICK_EXIT_PRESSES {
            self.presses.clear();
            true
        } else {
            false
        }
    }

    /// Any other key breaks the pattern, so typing a capital letter now and then never exits.
    pub fn other_key(&mut self) {
        self.presses.clear();
    }
}

/// Where the inactivity timer stands.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Idle {
    /// Nothing to show; check again after this many seconds.
    Active { next_check_in: f64 },
    /// The countdown is showing: the session clears in this many seconds.
    Warning { seconds_left: f64 },
    /// Time is up: clear the session now.
    Expired,
}

/// Clears the session after `limit` seconds without input, warning for the last `warning` seconds.
#[derive(Clone, Copy, Debug)]
pub struct IdleTimer {
    /// The setting this timer was made for.
    pub minutes: u32,
    pub limit: f64,
    pub warning: f64,
    last_input: f64,
}

impl IdleTimer {
    pub fn new(limit_minutes: u32, now: f64) -> IdleTimer {
        let limit = f64::from(limit_minutes.max(1)) * 60.0;
        IdleTimer {
            minutes: limit_minutes,
            limit,
            warning: 60.0_f64.min(limit / 2.0),
            last_input: now,
        }
    }

    pub fn input(&mut self, now: f64) {
        self.last_input = now;
    }

    pub fn state(&self, now: f64) -> Idle {
        let idle = now - self.last_input;
        if idle >= self.limit {
            Idle::Expired
        } else if idle >= self.limit - self.warning {
            Idle::Warning {
                seconds_left: self.limit - idle,
            }
        } else {
            Idle::Active {
                next_check_in: self.limit - self.warning - idle,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_shifts_within_five_seconds_exit() {
        let mut keys = QuickExitKeys::default();
        assert!(!keys.shift_pressed(0.0));
        assert!(!keys.shift_pressed(2.0));
        assert!(keys.shift_pressed(4.9));
    }

    #[test]
    fn slow_or_interrupted_shifts_do_not_exit() {
        let mut keys = QuickExitKeys::default();
        assert!(!keys.shift_pressed(0.0));
        assert!(!keys.shift_pressed(3.0));
        assert!(!keys.shift_pressed(5.5), "the first press is too old");
        assert!(keys.shift_pressed(6.0));
        let mut keys = QuickExitKeys::default();
        keys.shift_pressed(0.0);
        keys.shift_pressed(0.5);
        keys.other_key();
        assert!(!keys.shift_pressed(1.0));
    }

    #[test]
    fn idle_timer_warns_then_expires() {
        let mut timer = IdleTimer::new(15, 0.0);
        assert_eq!(
            timer.state(10.0),
            Idle::Active {
                next_check_in: 830.0
            }
        );
        assert_eq!(timer.state(850.0), Idle::Warning { seconds_left: 50.0 });
        assert_eq!(timer.state(900.0), Idle::Expired);
        timer.input(899.0);
        assert!(matches!(timer.state(900.0), Idle::Active { .. }));
    }
}
