//! What the bill would do, in plain words, and how today's law differs.

use eframe::egui;

use super::{Command, Screen, View};
use crate::app::ClearPathApp;
use crate::app::design::{self, space};
use crate::message::Msg;
use crate::present::Bill;
use crate::rules::RuleStatus;

#[derive(Debug, Default)]
pub struct AboutBill;

impl View for AboutBill {
    fn ui(&mut self, app: &mut ClearPathApp, ui: &mut egui::Ui) -> Option<Command> {
        let mut command = None;
        design::heading(ui, app.t("about-bill-title"));
        super::translation_note(app, ui);
        if let Ok(book) = &app.book {
            for set in book.rule_sets.iter() {
                let RuleStatus::Pending { bill, session } = &set.status else {
                    continue;
                };
                let bill = Bill {
                    number: bill.clone(),
                    session: Msg::rule(session),
                };
                design::inset(ui, |ui| {
                    design::strong(ui, app.texts.say(&bill.banner(set.reviewed)))
                });
                for id in [
                    "about-bill-repeal",
                    "about-bill-still-crimes",
                    "about-bill-expunge",
                    "about-bill-fines",
                    "about-bill-committee",
                    "about-bill-today",
                ] {
                    ui.add_space(space::XS);
                    ui.label(app.t(id));
                }
                ui.add_space(space::M);
                design::subheading(ui, app.t("about-bill-unknown"));
                for q in &set.open_questions {
                    ui.label(format!("• {}", app.texts.say(&Msg::rule(q))));
                }
            }
        }
        ui.add_space(space::L);
        if design::secondary_button(ui, app.t("back")).clicked()
            && let Screen::AboutBill { back } = &app.screen
        {
            command = Some(Command::Go((**back).clone()));
        }
        command
    }
}
