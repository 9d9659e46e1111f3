//! Check your answers: a summary list (GOV.UK), one row per answer with the question's short name, the
//! answer, and a "Change" link whose accessible name says what it changes; the record's answers, then
//! the charges.

use eframe::egui;

use super::{Command, Screen, View};
use crate::answers::When;
use crate::app::ClearPathApp;
use crate::app::design::{self, space};
use crate::questionnaire::{Kind, Question, Section};

#[derive(Debug, Default)]
pub struct Review;

impl View for Review {
    fn ui(&mut self, app: &mut ClearPathApp, ui: &mut egui::Ui) -> Option<Command> {
        let mut command = None;
        design::heading(ui, app.t("review-title"));
        ui.label(app.t("review-help"));
        let change = app.t("review-change-link");
        for section in [Section::Early, Section::Record] {
            ui.add_space(space::L);
            design::subheading(ui, super::part_heading(app, section, None));
            design::rule(ui);
            for index in app.walk().shown(section, None) {
                let q = &app.questions.questions[index];
                let short = app.t(&format!("q-{}-short", q.id));
                let name = app.t_args("review-change", &[("question", &short)]);
                if design::summary_row(ui, &short, &answer_words(app, q), &change, name) {
                    command = Some(Command::Go(Screen::Question { section, index }));
                }
            }
        }
        ui.add_space(space::L);
        design::subheading(ui, app.t("charges-title"));
        design::rule(ui);
        for i in 0..app.session.answers.charges.len() {
            let number = (i + 1).to_string();
            let key = app.t_args("charge-number", &[("number", &number)]);
            let name = app.t_args("charge-edit", &[("number", &number)]);
            if design::summary_row(ui, &key, &super::charge_summary(app, i), &change, name) {
                command = Some(Command::EditCharge(i));
            }
        }
        super::nav_ui(app, ui, &app.t("review-see-results")).or(command)
    }
}

/// A record answer in words.
fn answer_words(app: &ClearPathApp, q: &Question) -> String {
    let answers = &app.session.answers;
    match q.field.kind() {
        Kind::Date(_) => match q.field.when(answers, None) {
            When::Date(d) => d.to_string(),
            When::Year(y) => y.to_string(),
            When::NotSure => app.t(&format!("choice-{}", q.field.value(answers, None))),
        },
        _ => app.t(&format!("choice-{}", q.field.value(answers, None))),
    }
}
