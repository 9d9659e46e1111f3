//! One question per page: its heading, help, why it is asked where that matters, its choices, and Back
//! and Next. The page keeps what is being typed for dates, per charge and question, so Back never loses
//! it; it is zeroed when the session ends.

use eframe::egui;

use super::{Command, Screen, View};
use crate::answers::{Day, OffenseAnswer, When};
use crate::app::ClearPathApp;
use crate::app::design::{self, space};
use crate::questionnaire::{self, Field, Kind, Question, Section, chooser};

/// Text typed for a date question, kept so Back never loses it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DateDraft {
    /// The choice made: `Date`, `Year`, `NoCustody` or `NotSure` (empty before any choice).
    pub mode: String,
    pub text: String,
}

/// The question page's state: the dates being typed, and the charge chooser's search.
#[derive(Debug, Default)]
pub struct QuestionPage {
    /// Per charge, the date drafts by field; kept in step with the answers' charges.
    charges: Vec<Vec<(Field, DateDraft)>>,
    record: Vec<(Field, DateDraft)>,
    /// What is typed in the charge chooser's search, and for which charge.
    search: (Option<usize>, String),
    /// The chooser's candidates, in the language they were made in.
    candidates: Option<(String, Vec<chooser::Candidate>)>,
    /// Enter was pressed in a date field this frame: continue, as the Continue button would.
    enter_continues: bool,
}

/// What is typed is zeroed in memory when the session ends.
impl Drop for QuestionPage {
    fn drop(&mut self) {
        use zeroize::Zeroize;
        for (_, draft) in self
            .record
            .iter_mut()
            .chain(self.charges.iter_mut().flatten())
        {
            draft.text.zeroize();
        }
        self.search.1.zeroize();
    }
}

impl QuestionPage {
    pub fn draft_mut(&mut self, charge: Option<usize>, field: Field) -> &mut DateDraft {
        let list = match charge {
            Some(i) => {
                while self.charges.len() <= i {
                    self.charges.push(Vec::new());
                }
                &mut self.charges[i]
            }
            None => &mut self.record,
        };
        let pos = match list.iter().position(|(f, _)| *f == field) {
            Some(p) => p,
            None => {
                list.push((field, DateDraft::default()));
                list.len() - 1
            }
        };
        &mut list[pos].1
    }

    pub fn draft(&self, charge: Option<usize>, field: Field) -> Option<&DateDraft> {
        let list = match charge {
            Some(i) => self.charges.get(i)?,
            None => &self.record,
        };
        list.iter().find(|(f, _)| *f == field).map(|(_, d)| d)
    }

    /// Words typed in the charge chooser's search for a charge (the probe build's pictures).
    pub fn set_search(&mut self, charge: usize, words: String) {
        self.search = (Some(charge), words);
    }

    /// A charge was removed: its drafts go, and later charges' move up.
    pub fn remove_charge(&mut self, i: usize) {
        if i < self.charges.len() {
            self.charges.remove(i);
        }
    }
}

impl View for QuestionPage {
    fn ui(&mut self, app: &mut ClearPathApp, ui: &mut egui::Ui) -> Option<Command> {
        let (section, charge, index) = match app.screen {
            Screen::Question { section, index } => (section, None, index),
            Screen::ChargeQuestion { charge, index } => (Section::Charge, Some(charge), index),
            _ => return None,
        };
        let Some(question) = app.questions.questions.get(index).cloned() else {
            return Some(Command::Next);
        };
        // Enter with nothing focused continues, as a form's Enter does: a person who keeps an answer
        // (or has just picked a charge with Enter) presses it once per page. Read before the page is
        // drawn, so the Enter that leaves a text field does not continue too.
        // Not while the start-over question is asked over the page.
        let enter_on_page = !app.confirming_start_over
            && ui.ctx().memory(|m| m.focused()).is_none()
            && ui.input(|i| i.key_pressed(egui::Key::Enter));
        // The part as a caption above the question, the question as the heading (GOV.UK question
        // pages).
        design::secondary(ui, super::part_heading(app, section, charge));
        let heading = design::heading(ui, app.t(&format!("q-{}", question.id)));
        ui.label(app.t(&format!("q-{}-help", question.id)));
        if question.sensitive {
            ui.add_space(space::XS);
            design::inset(ui, |ui| ui.label(app.t(&format!("q-{}-why", question.id))));
        }
        ui.add_space(space::M);
        super::radio_group(ui, heading.id, |ui| match question.field.kind() {
            Kind::Choice(_) => choice_ui(app, ui, &question, charge),
            Kind::Date(_) => self.date_ui(app, ui, &question, charge),
            Kind::Offense => self.offense_ui(app, ui, &question, charge),
        });
        let command = super::nav_ui(app, ui, &app.t("next"));
        if std::mem::take(&mut self.enter_continues) || (enter_on_page && command.is_none()) {
            return Some(Command::Next);
        }
        command
    }
}

fn choice_ui(app: &mut ClearPathApp, ui: &mut egui::Ui, q: &Question, charge: Option<usize>) {
    let current = q.field.value(
        &app.session.answers,
        charge.and_then(|i| app.session.answers.charges.get(i)),
    );
    let offered = q.offered(
        &app.session.answers,
        charge.and_then(|i| app.session.answers.charges.get(i)),
    );
    for value in &offered {
        let label = app.t(&format!("choice-{value}"));
        if ui.radio(current == *value, label).clicked() {
            q.field.set(&mut app.session.answers, charge, value);
        }
    }
}

impl QuestionPage {
    fn date_ui(
        &mut self,
        app: &mut ClearPathApp,
        ui: &mut egui::Ui,
        q: &Question,
        charge: Option<usize>,
    ) {
        let field = q.field;
        let answer_mode = field.value(
            &app.session.answers,
            charge.and_then(|i| app.session.answers.charges.get(i)),
        );
        let mode = match self.draft(charge, field) {
            Some(d) if !d.mode.is_empty() => d.mode.clone(),
            _ => answer_mode.to_string(),
        };
        for value in &q.choices {
            let label = app.t(&format!("choice-{value}"));
            if ui.radio(mode == *value, label).clicked() {
                let known = match field.when(
                    &app.session.answers,
                    charge.and_then(|i| app.session.answers.charges.get(i)),
                ) {
                    When::Date(d) if *value == "Date" => d.to_string(),
                    When::Year(y) if *value == "Year" => y.to_string(),
                    _ => String::new(),
                };
                let draft = self.draft_mut(charge, field);
                draft.mode = (*value).to_string();
                if draft.text.is_empty() {
                    draft.text = known;
                }
                let text = draft.text.clone();
                apply_date_text(app, charge, field, value, &text);
            }
        }
        if mode == "Date" || mode == "Year" {
            ui.add_space(space::S);
            let label_id = if mode == "Date" {
                "date-field"
            } else {
                "year-field"
            };
            let label = ui.label(app.t(label_id));
            // A date already in the answers (a copied charge, opened progress) shows as typed.
            let current = field.when(
                &app.session.answers,
                charge.and_then(|i| app.session.answers.charges.get(i)),
            );
            let draft = self.draft_mut(charge, field);
            if draft.text.is_empty() {
                match current {
                    When::Date(d) if mode == "Date" => draft.text = d.to_string(),
                    When::Year(y) if mode == "Year" => draft.text = y.to_string(),
                    _ => {}
                }
            }
            let mut text = draft.text.clone();
            let edit = ui
                .add(egui::TextEdit::singleline(&mut text).desired_width(160.0))
                .labelled_by(label.id);
            if edit.changed() {
                self.draft_mut(charge, field).text = text.clone();
                apply_date_text(app, charge, field, &mode, &text);
            }
            // Enter in a date field continues, so a typed date needs no reach for the button.
            if edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                self.enter_continues = true;
            }
            let set = field.when(
                &app.session.answers,
                charge.and_then(|i| app.session.answers.charges.get(i)),
            );
            if !text.is_empty() && set == When::NotSure {
                design::strong(
                    ui,
                    app.t(if mode == "Date" {
                        "date-invalid"
                    } else {
                        "year-invalid"
                    }),
                );
            }
        }
    }
}

/// Set a date answer from typed text; anything that is not a real date in the past stays "not sure".
fn apply_date_text(
    app: &mut ClearPathApp,
    charge: Option<usize>,
    field: Field,
    mode: &str,
    text: &str,
) {
    let today = app.today;
    let answers = &mut app.session.answers;
    match mode {
        "Date" => {
            let when = match crate::calendar::parse_date(text.trim()) {
                Ok(d) if d <= today => When::Date(Day(d)),
                _ => When::NotSure,
            };
            field.set_when(answers, charge, when);
        }
        "Year" => {
            let when = match text.trim().parse::<i16>() {
                Ok(y) if (crate::calendar::EARLIEST.year()..=today.year()).contains(&y) => {
                    When::Year(y)
                }
                _ => When::NotSure,
            };
            field.set_when(answers, charge, when);
        }
        other => field.set(answers, charge, other),
    }
}

impl QuestionPage {
    /// The charge chooser: a search that matches names, sections and the court's wordings, its
    /// matches grouped (selling, related, buying or profiting), every charge when nothing is typed.
    /// Enter in the search picks the first match.
    fn offense_ui(
        &mut self,
        app: &mut ClearPathApp,
        ui: &mut egui::Ui,
        q: &Question,
        charge: Option<usize>,
    ) {
        choice_ui(app, ui, q, charge);
        let Some(c) = charge else { return };
        let Some(OffenseAnswer::Offense(current)) = app
            .session
            .answers
            .charges
            .get(c)
            .map(|ch| ch.offense.clone())
        else {
            return;
        };
        let Ok(book) = &app.book else { return };
        if self.search.0 != Some(c) {
            self.search = (Some(c), String::new());
        }
        let language = app.texts.language().to_owned();
        if self.candidates.as_ref().is_none_or(|(l, _)| *l != language) {
            let english = (language != crate::i18n::DEFAULT_LANGUAGE)
                .then(|| crate::i18n::Texts::for_book(crate::i18n::DEFAULT_LANGUAGE, book).ok())
                .flatten();
            let list = chooser::for_texts(book, &app.texts, english.as_ref());
            self.candidates = Some((language, list));
        }
        let Some((_, candidates)) = &self.candidates else {
            return;
        };
        ui.add_space(space::S);
        let label = ui.label(app.t("offense-search"));
        design::secondary(ui, app.t("offense-search-hint"));
        let edit = ui
            .add(
                egui::TextEdit::singleline(&mut self.search.1)
                    .desired_width(ui.available_width().min(design::READING_WIDTH)),
            )
            .labelled_by(label.id);
        let found = chooser::search(candidates, &self.search.1);
        let mut picked = None;
        if edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            picked = found.first().map(|c| c.id.clone());
        }
        if found.is_empty() {
            design::strong(ui, app.t("offense-none-found"));
        }
        if chooser::section_53a_needs_wording(&self.search.1) {
            design::inset(ui, |ui| ui.label(app.t("offense-53a-wording")));
        }
        for group in chooser::Group::ALL {
            let matches: Vec<&chooser::Candidate> =
                found.iter().copied().filter(|c| c.group == group).collect();
            if matches.is_empty() {
                continue;
            }
            ui.add_space(space::S);
            let heading = design::minor_heading(ui, app.t(group.message_id()));
            super::radio_group(ui, heading.id, |ui| {
                for candidate in matches {
                    // The name as the choice; the statute under it, and in the name a screen reader
                    // reads.
                    let response = ui.radio(current == candidate.id, &candidate.name);
                    let full = format!("{} — {}", candidate.name, candidate.statute);
                    ui.ctx()
                        .accesskit_node_builder(response.id, |node| node.set_label(full));
                    if response.clicked() {
                        picked = Some(candidate.id.clone());
                    }
                    let indent = ui.spacing().icon_width + ui.spacing().icon_spacing;
                    egui::Frame::new()
                        .inner_margin(egui::Margin {
                            left: indent as i8,
                            ..Default::default()
                        })
                        .show(ui, |ui| design::secondary(ui, candidate.statute.as_str()));
                }
            });
        }
        if let Some(id) = picked {
            questionnaire::set_offense(&mut app.session.answers, c, OffenseAnswer::Offense(id));
        }
    }
}
