//! The screens. Each is a struct that owns its state and draws itself ([`View`]): the welcome, one
//! question per page (with the dates being typed), the list of charges, the review, the results (with
//! the presentation it shows and the summary form), about the bill and the settings. Where Next and
//! Back lead is `questionnaire::walk`, which knows nothing of windows; a screen's buttons return a
//! [`Command`], applied after the frame is drawn.

mod about_bill;
pub mod charges;
pub mod desk;
mod question;
pub mod results;
mod review;
mod settings;
mod welcome;

use eframe::egui;

use super::ClearPathApp;
use super::design;
use crate::answers::{OffenseAnswer, When};
use crate::message::Msg;
pub use crate::questionnaire::walk::{STEPS, Screen};
use crate::questionnaire::{Field, Section};
pub use question::{DateDraft, QuestionPage};
pub use results::{Results, SummaryForm};

/// A screen: its own state, and how it draws itself. It returns what its buttons ask for.
pub trait View {
    fn ui(&mut self, app: &mut ClearPathApp, ui: &mut egui::Ui) -> Option<Command>;
}

/// What a button asks for, applied after the frame is drawn.
#[must_use]
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    Go(Screen),
    Next,
    Back,
    AddCharge,
    /// A new charge with the last charge's answers, to change what differs.
    AddSimilarCharge,
    EditCharge(usize),
    RemoveCharge(usize),
    AskStartOver,
    StartOver,
    CancelStartOver,
    QuickExit,
    SetLanguage(&'static str),
    /// Open the form to save progress or to open saved progress.
    Progress(super::progress::ProgressKind),
}

/// Every screen's state. It belongs to the session: a new session starts from fresh screens.
#[derive(Default)]
pub struct Views {
    pub welcome: welcome::Welcome,
    pub question: QuestionPage,
    pub charges: charges::ChargeList,
    pub desk: desk::Desk,
    pub review: review::Review,
    pub results: Results,
    pub about_bill: about_bill::AboutBill,
    pub settings: settings::SettingsPage,
}

impl Views {
    /// Draw the screen the person is on. The screen's state is taken out while it draws, so it can
    /// use the rest of the app; it is put back afterwards.
    pub fn ui(app: &mut ClearPathApp, ui: &mut egui::Ui) -> Option<Command> {
        fn draw<V: View + Default>(
            app: &mut ClearPathApp,
            ui: &mut egui::Ui,
            slot: fn(&mut Views) -> &mut V,
        ) -> Option<Command> {
            let mut view = std::mem::take(slot(&mut app.views));
            let command = view.ui(app, ui);
            *slot(&mut app.views) = view;
            command
        }
        match &app.screen {
            Screen::Welcome => draw(app, ui, |v| &mut v.welcome),
            Screen::Question { .. } | Screen::ChargeQuestion { .. } => {
                draw(app, ui, |v| &mut v.question)
            }
            Screen::Charges => draw(app, ui, |v| &mut v.charges),
            Screen::Desk => draw(app, ui, |v| &mut v.desk),
            Screen::Review => draw(app, ui, |v| &mut v.review),
            Screen::Results => draw(app, ui, |v| &mut v.results),
            Screen::AboutBill { .. } => draw(app, ui, |v| &mut v.about_bill),
            Screen::Settings { .. } => draw(app, ui, |v| &mut v.settings),
        }
    }
}

/// Back and the screen's main action, `next_label` ("Continue", "See results").
fn nav_ui(app: &ClearPathApp, ui: &mut egui::Ui, next_label: &str) -> Option<Command> {
    ui.add_space(design::space::L);
    let mut command = None;
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = design::space::M;
        if design::secondary_button(ui, app.t("back")).clicked() {
            command = Some(Command::Back);
        }
        if design::primary_button(ui, next_label).clicked() {
            command = Some(Command::Next);
        }
    });
    command
}

/// A Back button on its own.
fn back_row(app: &ClearPathApp, ui: &mut egui::Ui) -> Option<Command> {
    let mut command = None;
    ui.add_space(design::space::L);
    if design::secondary_button(ui, app.t("back")).clicked() {
        command = Some(Command::Back);
    }
    command
}

/// A short description of a charge for lists: the offense, how it ended and when.
pub fn charge_summary(app: &ClearPathApp, index: usize) -> String {
    let Some(c) = app.session.answers.charges.get(index) else {
        return String::new();
    };
    let offense = match &c.offense {
        OffenseAnswer::Offense(id) => app
            .book
            .as_ref()
            .ok()
            .and_then(|b| {
                b.catalog
                    .offenses
                    .iter()
                    .find(|o| &o.id == id)
                    .map(|o| &o.name)
                    .or_else(|| {
                        b.catalog
                            .groups
                            .iter()
                            .find(|g| &g.id == id)
                            .map(|g| &g.name)
                    })
                    .map(|name| app.texts.say(&Msg::rule(name)))
            })
            .unwrap_or_else(|| app.t("choice-NotSure")),
        OffenseAnswer::Another(_) => app.t("choice-Another"),
        OffenseAnswer::NotSure => app.t("choice-NotSure"),
    };
    let outcome = app.t(&format!(
        "choice-{}",
        Field::Outcome.value(&app.session.answers, Some(c))
    ));
    let when = match c.when {
        When::Date(d) => d.to_string(),
        When::Year(y) => y.to_string(),
        When::NotSure => app.t("choice-NotSure"),
    };
    app.t_args(
        "charge-summary",
        &[
            ("offense", &offense),
            ("outcome", &outcome),
            ("when", &when),
        ],
    )
}

/// The heading above a question: which charge, or which part of the questions.
fn part_heading(app: &ClearPathApp, section: Section, charge: Option<usize>) -> String {
    match charge {
        Some(c) => app.t_args("charge-number", &[("number", &(c + 1).to_string())]),
        None if section == Section::Early => app.t("early-heading"),
        None => app.t("record-heading"),
    }
}

/// Radio buttons grouped for a screen reader, which names the group by the visible words `label` (a
/// question, a setting's name) when the focus moves into it.
pub fn radio_group<R>(
    ui: &mut egui::Ui,
    label: egui::Id,
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> R {
    let group = ui.scope_builder(
        egui::UiBuilder::new().accessibility_role(egui::accesskit::Role::RadioGroup),
        add,
    );
    group.response.labelled_by(label);
    group.inner
}

/// Says that the current language's translation awaits review by a qualified legal translator, until
/// `assets/translations.ron` records that review.
pub fn translation_note(app: &ClearPathApp, ui: &mut egui::Ui) {
    if crate::render::translation_pending(app.texts.language()) {
        design::inset(ui, |ui| {
            design::strong(ui, app.t("translation-pending-review"))
        });
    }
}

/// The clinic's override rules that could not be used, and why (the built-in rules are in use).
pub fn rules_warning(app: &ClearPathApp, ui: &mut egui::Ui) {
    if let Some(e) = &app.rules_warning {
        design::inset(ui, |ui| {
            design::strong(ui, app.t("rules-override-failed"));
            ui.monospace(e);
        });
    }
}
