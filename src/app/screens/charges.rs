//! Your charges: a task list (GOV.UK), each charge with what it was and its state (complete, not
//! finished, or which answers were "not sure"), with Change and Remove; then "Add a similar charge"
//! (a copy of the last charge's answers, to change what differs) and "Add another charge".

use eframe::egui;

use super::{Command, View};
use crate::answers::OffenseAnswer;
use crate::app::ClearPathApp;
use crate::app::design::{self, Tone, space};
use crate::questionnaire::Section;

#[derive(Debug, Default)]
pub struct ChargeList;

impl View for ChargeList {
    fn ui(&mut self, app: &mut ClearPathApp, ui: &mut egui::Ui) -> Option<Command> {
        let mut command = None;
        design::heading(ui, app.t("charges-title"));
        ui.label(app.t("charges-help"));
        ui.add_space(space::M);
        design::rule(ui);
        for i in 0..app.session.answers.charges.len() {
            let number = (i + 1).to_string();
            ui.add_space(space::S);
            design::minor_heading(ui, app.t_args("charge-number", &[("number", &number)]));
            ui.label(super::charge_summary(app, i));
            let (tone, state) = charge_state(app, i);
            design::tag_tone(ui, tone, state);
            ui.horizontal_wrapped(|ui| {
                ui.spacing_mut().item_spacing.x = space::L;
                let change = app.t("review-change-link");
                let name = app.t_args("charge-edit", &[("number", &number)]);
                if design::link_button(ui, change, Some(name)).clicked() {
                    command = Some(Command::EditCharge(i));
                }
                let remove = app.t("charge-remove-link");
                let name = app.t_args("charge-remove", &[("number", &number)]);
                if design::link_button(ui, remove, Some(name)).clicked() {
                    command = Some(Command::RemoveCharge(i));
                }
            });
            design::rule(ui);
        }
        ui.add_space(space::M);
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing.x = space::M;
            let count = app.session.answers.charges.len();
            if count > 0 {
                let last = count.to_string();
                let similar = design::secondary_button(ui, app.t("charge-add-similar"))
                    .on_hover_text(app.t_args("charge-add-similar-help", &[("number", &last)]));
                if similar.clicked() {
                    command = Some(Command::AddSimilarCharge);
                }
            }
            if design::secondary_button(ui, app.t("charge-add")).clicked() {
                command = Some(Command::AddCharge);
            }
        });
        super::nav_ui(app, ui, &app.t("next")).or(command)
    }
}

/// A charge's state: complete, not finished (its questions not all seen yet), or the answers given
/// as "not sure", by their short names.
pub fn charge_state(app: &ClearPathApp, i: usize) -> (Tone, String) {
    let answers = &app.session.answers;
    let Some(charge) = answers.charges.get(i) else {
        return (Tone::No, String::new());
    };
    let unpicked = matches!(&charge.offense, OffenseAnswer::Offense(id) if id.is_empty());
    if i >= app.session.finished_charges || unpicked {
        return (Tone::Depends, app.t("charge-state-not-finished"));
    }
    let not_sure: Vec<String> = app
        .walk()
        .shown(Section::Charge, Some(i))
        .into_iter()
        .map(|index| &app.questions.questions[index])
        .filter(|q| q.field.value(answers, Some(charge)) == "NotSure")
        .map(|q| app.t(&format!("q-{}-short", q.id)))
        .collect();
    if not_sure.is_empty() {
        (Tone::Now, app.t("charge-state-complete"))
    } else {
        let list = not_sure.join(&app.t("list-sep"));
        (
            Tone::Depends,
            app.t_args("charge-state-not-sure", &[("answers", &list)]),
        )
    }
}
