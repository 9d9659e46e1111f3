//! Every answer, with a way back to change it.

use eframe::egui;

use super::{Command, Screen, View};
use crate::answers::When;
use crate::app::ClearPathApp;
use crate::questionnaire::{Kind, Question, Section};

#[derive(Debug, Default)]
pub struct Review;

impl View for Review {
    fn ui(&mut self, app: &mut ClearPathApp, ui: &mut egui::Ui) -> Option<Command> {
        let mut command = None;
        ui.heading(app.t("review-title"));
        ui.label(app.t("review-help"));
        for section in [Section::Early, Section::Record] {
            ui.add_space(8.0);
            ui.label(egui::RichText::new(super::part_heading(app, section, None)).strong());
            for index in app.walk().shown(section, None) {
                let q = &app.questions.questions[index];
                let answer = answer_words(app, q);
                ui.horizontal_wrapped(|ui| {
                    ui.label(format!("{} {}", app.t(&format!("q-{}", q.id)), answer));
                    if ui
                        .button(app.t_args(
                            "review-change",
                            &[("question", &app.t(&format!("q-{}", q.id)))],
                        ))
                        .clicked()
                    {
                        command = Some(Command::Go(Screen::Question { section, index }));
                    }
                });
            }
        }
        ui.add_space(8.0);
        ui.label(egui::RichText::new(app.t("charges-title")).strong());
        for i in 0..app.session.answers.charges.len() {
            let number = (i + 1).to_string();
            ui.horizontal_wrapped(|ui| {
                ui.label(format!(
                    "{}: {}",
                    app.t_args("charge-number", &[("number", &number)]),
                    super::charge_summary(app, i)
                ));
                if ui
                    .button(app.t_args("charge-edit", &[("number", &number)]))
                    .clicked()
                {
                    command = Some(Command::EditCharge(i));
                }
            });
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
