//! Reading each frame's input for the safety checks: the quick exit's keys (Shift three times) and the
//! activity that keeps the inactivity timer from running out. The timing itself is plain logic in
//! `safety`.

use eframe::egui;

use super::safety::{Idle, IdleTimer, QuickExitKeys};

/// What the safety checks remember between frames.
#[derive(Debug, Default)]
pub struct Watch {
    keys: QuickExitKeys,
    shift_down: bool,
    idle: Option<IdleTimer>,
}

impl Watch {
    /// Watch for the quick-exit keys; true when the pattern completes. egui reports Shift as a key of
    /// its own; where a platform reports only a change of modifiers, Shift going down counts instead.
    pub fn exit_keys(&mut self, ctx: &egui::Context) -> bool {
        let mut triggered = false;
        ctx.input(|i| {
            let shift_keys = i.events.iter().any(|e| {
                matches!(
                    e,
                    egui::Event::Key {
                        key: egui::Key::ShiftLeft | egui::Key::ShiftRight,
                        ..
                    }
                )
            });
            for event in &i.events {
                match event {
                    egui::Event::Key {
                        key: egui::Key::ShiftLeft | egui::Key::ShiftRight,
                        pressed: true,
                        repeat: false,
                        ..
                    } => triggered |= self.keys.shift_pressed(i.time),
                    egui::Event::Key {
                        key: egui::Key::ShiftLeft | egui::Key::ShiftRight,
                        ..
                    } => {}
                    egui::Event::Key { pressed: true, .. } | egui::Event::Text(_) => {
                        self.keys.other_key()
                    }
                    egui::Event::ModifiersChanged(m) => {
                        if m.shift && !self.shift_down && !shift_keys {
                            triggered |= self.keys.shift_pressed(i.time);
                        }
                        self.shift_down = m.shift;
                    }
                    _ => {}
                }
            }
        });
        triggered
    }

    pub fn idle(&mut self, ctx: &egui::Context, minutes: u32) -> Idle {
        let (now, active) = ctx.input(|i| {
            let active = i.events.iter().any(|e| {
                matches!(
                    e,
                    egui::Event::Key { .. }
                        | egui::Event::Text(_)
                        | egui::Event::PointerButton { .. }
                        | egui::Event::PointerMoved(_)
                        | egui::Event::MouseWheel { .. }
                        | egui::Event::Touch { .. }
                )
            });
            (i.time, active)
        });
        let timer = match &mut self.idle {
            Some(t) if t.minutes == minutes => t,
            slot => slot.insert(IdleTimer::new(minutes, now)),
        };
        if active {
            timer.input(now);
        }
        let state = timer.state(now);
        match state {
            // Wake up once, when the countdown should start; nothing is painted before then.
            Idle::Active { next_check_in } => {
                ctx.request_repaint_after(std::time::Duration::from_secs_f64(
                    next_check_in.max(0.1),
                ));
            }
            Idle::Warning { .. } => ctx.request_repaint_after(std::time::Duration::from_secs(1)),
            Idle::Expired => timer.input(now),
        }
        state
    }
}
