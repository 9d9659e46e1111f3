//! The first screen: what the app does, what it keeps, what it cannot hide, and how to leave at once.

use eframe::egui;

use super::{Command, Screen, View};
use crate::app::progress::ProgressKind;
use crate::app::{ClearPathApp, ClinicDefaults};

#[derive(Debug, Default)]
pub struct Welcome;

impl View for Welcome {
    fn ui(&mut self, app: &mut ClearPathApp, ui: &mut egui::Ui) -> Option<Command> {
        let mut command = None;
        ui.heading(app.t("welcome-title"));
        if app.cleared_for_idle {
            let minutes = app.settings.idle_minutes.to_string();
            ui.label(
                egui::RichText::new(app.t_args("welcome-cleared", &[("minutes", &minutes)]))
                    .strong(),
            );
        }
        for id in [
            "welcome-what",
            "welcome-keeps",
            "welcome-trail",
            "welcome-exit",
            "welcome-not-advice",
        ] {
            ui.add_space(6.0);
            ui.label(app.t(id));
        }
        if let Err(e) = &app.book {
            ui.add_space(6.0);
            ui.label(egui::RichText::new(app.t("rules-error")).strong());
            ui.monospace(e);
        }
        super::rules_warning(app, ui);
        if let ClinicDefaults::Invalid(e) = &app.clinic_defaults {
            ui.add_space(6.0);
            ui.label(app.t("settings-file-error"));
            ui.monospace(e);
        }
        ui.add_space(12.0);
        ui.horizontal_wrapped(|ui| {
            if ui.button(app.t("welcome-start")).clicked() {
                command = Some(Command::Next);
            }
            if ui.button(app.t("progress-open")).clicked() {
                command = Some(Command::Progress(ProgressKind::Open));
            }
            if ui.button(app.t("about-bill")).clicked() {
                command = Some(Command::Go(Screen::AboutBill {
                    back: Box::new(Screen::Welcome),
                }));
            }
        });
        command
    }
}
