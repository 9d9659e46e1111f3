//! The first screen: what the app does, what it keeps, what it cannot hide, and how to leave at once.

use eframe::egui;

use super::{Command, Screen, View};
use crate::app::design::{self, space};
use crate::app::progress::ProgressKind;
use crate::app::settings::Mode;
use crate::app::{ClearPathApp, ClinicDefaults};

#[derive(Debug, Default)]
pub struct Welcome;

impl View for Welcome {
    fn ui(&mut self, app: &mut ClearPathApp, ui: &mut egui::Ui) -> Option<Command> {
        let mut command = None;
        design::heading(ui, app.t("welcome-title"));
        if app.cleared_for_idle {
            let minutes = app.settings.idle_minutes.to_string();
            design::inset(ui, |ui| {
                design::strong(ui, app.t_args("welcome-cleared", &[("minutes", &minutes)]))
            });
        }
        ui.add_space(space::S);
        ui.label(app.t("welcome-what"));
        // What it keeps and what it cannot hide, then how to leave: set apart, read before starting.
        ui.add_space(space::S);
        design::inset(ui, |ui| {
            ui.label(app.t("welcome-keeps"));
            ui.label(app.t("welcome-trail"));
        });
        ui.add_space(space::S);
        design::inset(ui, |ui| design::strong(ui, app.t("welcome-exit")));
        ui.add_space(space::S);
        design::secondary(ui, app.t("welcome-not-advice"));
        if let Err(e) = &app.book {
            design::inset(ui, |ui| {
                design::strong(ui, app.t("rules-error"));
                ui.monospace(e);
            });
        }
        super::rules_warning(app, ui);
        if let ClinicDefaults::Invalid(e) = &app.clinic_defaults {
            design::inset(ui, |ui| {
                ui.label(app.t("settings-file-error"));
                ui.monospace(e);
            });
        }
        ui.add_space(space::L);
        // Start begins the clinic's usual way; the other way is one button away.
        let desk_first = app.settings.mode == Mode::Advocate;
        let (start, other) = if desk_first {
            (Command::Go(Screen::Desk), Command::Next)
        } else {
            (Command::Next, Command::Go(Screen::Desk))
        };
        if design::primary_button(ui, app.t("welcome-start")).clicked() {
            command = Some(start);
        }
        ui.add_space(space::S);
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing.x = space::M;
            let other_words = app.t(if desk_first {
                "welcome-guided"
            } else {
                "welcome-advocate"
            });
            if design::secondary_button(ui, other_words).clicked() {
                command = Some(other.clone());
            }
            if design::secondary_button(ui, app.t("progress-open")).clicked() {
                command = Some(Command::Progress(ProgressKind::Open));
            }
            if design::secondary_button(ui, app.t("about-bill")).clicked() {
                command = Some(Command::Go(Screen::AboutBill {
                    back: Box::new(Screen::Welcome),
                }));
            }
        });
        command
    }
}
