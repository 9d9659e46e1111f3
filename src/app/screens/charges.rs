//! The charges entered so far, to change, remove or add to.

use eframe::egui;

use super::{Command, View};
use crate::app::ClearPathApp;

#[derive(Debug, Default)]
pub struct ChargeList;

impl View for ChargeList {
    fn ui(&mut self, app: &mut ClearPathApp, ui: &mut egui::Ui) -> Option<Command> {
        let mut command = None;
        ui.heading(app.t("charges-title"));
        ui.label(app.t("charges-help"));
        ui.add_space(8.0);
        for i in 0..app.session.answers.charges.len() {
            let number = (i + 1).to_string();
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.label(
                    egui::RichText::new(app.t_args("charge-number", &[("number", &number)]))
                        .strong(),
                );
                ui.label(super::charge_summary(app, i));
                ui.horizontal_wrapped(|ui| {
                    if ui
                        .button(app.t_args("charge-edit", &[("number", &number)]))
                        .clicked()
                    {
                        command = Some(Command::EditCharge(i));
                    }
                    if ui
                        .button(app.t_args("charge-remove", &[("number", &number)]))
                        .clicked()
                    {
                        command = Some(Command::RemoveCharge(i));
                    }
                });
            });
        }
        ui.add_space(8.0);
        if ui.button(app.t("charge-add")).clicked() {
            command = Some(Command::AddCharge);
        }
        super::nav_ui(app, ui, &app.t("next")).or(command)
    }
}
