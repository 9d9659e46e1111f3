//! Settings for this session: clearing after a period without input, discreet mode, language, text
//! size and colours; and whether a clinic's settings file was read.

use eframe::egui;

use super::{Command, Screen, View};
use crate::app::design::{self, space};
use crate::app::settings::{IDLE_MINUTES, TEXT_SCALE, Theme, config_path};
use crate::app::{ClearPathApp, ClinicDefaults};

#[derive(Debug, Default)]
pub struct SettingsPage;

impl View for SettingsPage {
    fn ui(&mut self, app: &mut ClearPathApp, ui: &mut egui::Ui) -> Option<Command> {
        let mut command = None;
        design::heading(ui, app.t("settings-title"));
        ui.label(app.t("settings-session-only"));
        ui.add_space(space::S);
        // Sliders as wide as the design's, but leaving room for their value in a narrow window.
        let slider = (ui.available_width() - 120.0).clamp(80.0, ui.spacing().slider_width);
        ui.spacing_mut().slider_width = slider;
        let label = ui.label(app.t("settings-idle"));
        let mut minutes = app.settings.idle_minutes;
        if ui
            .add(
                egui::Slider::new(&mut minutes, IDLE_MINUTES).suffix(app.t("settings-idle-suffix")),
            )
            .labelled_by(label.id)
            .changed()
        {
            app.settings.idle_minutes = minutes;
        }
        let mut discreet = app.settings.discreet;
        if ui
            .checkbox(&mut discreet, app.t("settings-discreet"))
            .changed()
        {
            app.settings.discreet = discreet;
        }
        ui.label(app.t("settings-discreet-help"));
        ui.add_space(space::S);
        let label = ui.label(app.t("settings-language"));
        super::radio_group(ui, label.id, |ui| {
            for &(language, ref name) in std::rc::Rc::clone(&app.language_names).iter() {
                if ui.radio(app.settings.language == language, name).clicked() {
                    command = Some(Command::SetLanguage(language));
                }
            }
        });
        super::translation_note(app, ui);
        ui.add_space(space::S);
        let label = ui.label(app.t("settings-text-size"));
        let mut scale = app.settings.text_scale;
        if ui
            .add(
                egui::Slider::new(&mut scale, TEXT_SCALE)
                    .step_by(0.25)
                    // As a person says it: "150%", not "1.500".
                    .custom_formatter(|v, _| format!("{:.0}%", v * 100.0))
                    .custom_parser(|s| {
                        s.trim()
                            .trim_end_matches('%')
                            .trim()
                            .parse::<f64>()
                            .ok()
                            .map(|v| v / 100.0)
                    }),
            )
            .labelled_by(label.id)
            .changed()
        {
            app.settings.text_scale = scale;
        }
        ui.add_space(space::S);
        let label = ui.label(app.t("settings-theme"));
        super::radio_group(ui, label.id, |ui| {
            for theme in Theme::ALL {
                if ui
                    .radio(app.settings.theme == theme, app.t(theme.message_id()))
                    .clicked()
                {
                    app.settings.theme = theme;
                }
            }
        });
        ui.add_space(space::S);
        match &app.clinic_defaults {
            ClinicDefaults::Loaded(path) => {
                ui.label(app.t_args(
                    "settings-file-loaded",
                    &[("path", &path.display().to_string())],
                ));
            }
            ClinicDefaults::None => {
                let path = config_path()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default();
                ui.label(app.t_args("settings-file-none", &[("path", &path)]));
            }
            ClinicDefaults::Invalid(e) => {
                ui.label(app.t("settings-file-error"));
                ui.monospace(e);
            }
        }
        ui.add_space(space::L);
        if design::primary_button(ui, app.t("settings-done")).clicked()
            && let Screen::Settings { back } = &app.screen
        {
            command = Some(Command::Go((**back).clone()));
        }
        command
    }
}
