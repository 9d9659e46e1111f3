//! The questionnaire screens: welcome, one question per page, the list of charges, review and settings,
//! and how Next and Back move between them (Back never loses an answer).

use eframe::egui;

use super::{ClearPathApp, ClinicDefaults, Command, Screen};
use crate::answers::{Day, OffenseAnswer, When};
use crate::questionnaire::{self, Field, Kind, Question, Section};

/// Where Next goes from the current screen (adding the first charge when the early questions end).
pub fn next(app: &mut ClearPathApp) -> Screen {
    match app.screen.clone() {
        Screen::Welcome => first_early(app),
        Screen::Question { section, index } => {
            let shown = app.shown_questions(section, None);
            if let Some(&next) = shown.iter().find(|&&q| q > index) {
                return Screen::Question {
                    section,
                    index: next,
                };
            }
            match section {
                Section::Early => after_early(app),
                _ => Screen::Review,
            }
        }
        Screen::ChargeQuestion { charge, index } => {
            let shown = app.shown_questions(Section::Charge, Some(charge));
            match shown.iter().find(|&&q| q > index) {
                Some(&next) => Screen::ChargeQuestion {
                    charge,
                    index: next,
                },
                None => {
                    app.session.finished_charges = app.session.finished_charges.max(charge + 1);
                    Screen::Charges
                }
            }
        }
        Screen::Charges => match app.shown_questions(Section::Record, None).first() {
            Some(&index) => Screen::Question {
                section: Section::Record,
                index,
            },
            None => Screen::Review,
        },
        Screen::Review => Screen::Results,
        other => other,
    }
}

fn first_early(app: &mut ClearPathApp) -> Screen {
    match app.shown_questions(Section::Early, None).first() {
        Some(&index) => Screen::Question {
            section: Section::Early,
            index,
        },
        None => after_early(app),
    }
}

fn after_early(app: &mut ClearPathApp) -> Screen {
    if app.session.answers.charges.is_empty() {
        app.session.answers.charges.push(Default::default());
        app.session.charge_drafts.push(Vec::new());
    }
    if app.session.finished_charges > 0 {
        return Screen::Charges;
    }
    first_charge_question(app, 0)
}

pub fn first_charge_question(app: &ClearPathApp, charge: usize) -> Screen {
    match app.shown_questions(Section::Charge, Some(charge)).first() {
        Some(&index) => Screen::ChargeQuestion { charge, index },
        None => Screen::Charges,
    }
}

fn last_early(app: &ClearPathApp) -> Screen {
    match app.shown_questions(Section::Early, None).last() {
        Some(&index) => Screen::Question {
            section: Section::Early,
            index,
        },
        None => Screen::Welcome,
    }
}

/// Where Back goes from the current screen.
pub fn back(app: &mut ClearPathApp) -> Screen {
    match app.screen.clone() {
        Screen::Question { section, index } => {
            let shown = app.shown_questions(section, None);
            if let Some(&prev) = shown.iter().rev().find(|&&q| q < index) {
                return Screen::Question {
                    section,
                    index: prev,
                };
            }
            match section {
                Section::Early => Screen::Welcome,
                _ => Screen::Charges,
            }
        }
        Screen::ChargeQuestion { charge, index } => {
            let shown = app.shown_questions(Section::Charge, Some(charge));
            match shown.iter().rev().find(|&&q| q < index) {
                Some(&prev) => Screen::ChargeQuestion {
                    charge,
                    index: prev,
                },
                None if charge == 0 && app.session.finished_charges == 0 => last_early(app),
                None => Screen::Charges,
            }
        }
        Screen::Charges => {
            let last = app.session.answers.charges.len().saturating_sub(1);
            match app.shown_questions(Section::Charge, Some(last)).last() {
                Some(&index) if !app.session.answers.charges.is_empty() => Screen::ChargeQuestion {
                    charge: last,
                    index,
                },
                _ => last_early(app),
            }
        }
        Screen::Review => match app.shown_questions(Section::Record, None).last() {
            Some(&index) => Screen::Question {
                section: Section::Record,
                index,
            },
            None => Screen::Charges,
        },
        Screen::Results => Screen::Review,
        other => other,
    }
}

fn nav_ui(app: &ClearPathApp, ui: &mut egui::Ui, next_label: &str) -> Option<Command> {
    ui.add_space(12.0);
    let mut command = None;
    ui.horizontal(|ui| {
        if ui.button(app.t("back")).clicked() {
            command = Some(Command::Back);
        }
        if ui.button(next_label).clicked() {
            command = Some(Command::Next);
        }
    });
    command
}

/// The first screen: what the app does, what it keeps, what it cannot hide.
pub fn welcome_ui(app: &mut ClearPathApp, ui: &mut egui::Ui) -> Option<Command> {
    let mut command = None;
    ui.heading(app.t("welcome-title"));
    if app.cleared_for_idle {
        let minutes = app.settings.idle_minutes.to_string();
        ui.label(
            egui::RichText::new(app.t_args("welcome-cleared", &[("minutes", &minutes)])).strong(),
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
    rules_warning(app, ui);
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
            command = Some(Command::Progress(super::progress::ProgressKind::Open));
        }
        if ui.button(app.t("about-bill")).clicked() {
            command = Some(Command::Go(Screen::AboutBill {
                back: Box::new(Screen::Welcome),
            }));
        }
    });
    command
}

/// One question, its help, its choices and Back / Next.
pub fn question_ui(
    app: &mut ClearPathApp,
    ui: &mut egui::Ui,
    section: Section,
    charge: Option<usize>,
    index: usize,
) -> Option<Command> {
    let Some(question) = app.questions.questions.get(index).cloned() else {
        return Some(Command::Next);
    };
    if let Some(c) = charge {
        ui.label(
            egui::RichText::new(app.t_args("charge-number", &[("number", &(c + 1).to_string())]))
                .strong(),
        );
    } else if section == Section::Early {
        ui.label(egui::RichText::new(app.t("early-heading")).strong());
    } else {
        ui.label(egui::RichText::new(app.t("record-heading")).strong());
    }
    ui.add_space(4.0);
    let heading = ui.heading(app.t(&format!("q-{}", question.id)));
    ui.label(app.t(&format!("q-{}-help", question.id)));
    if question.sensitive {
        ui.add_space(4.0);
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(app.t(&format!("q-{}-why", question.id)));
        });
    }
    ui.add_space(8.0);
    radio_group(ui, heading.id, |ui| match question.field.kind() {
        Kind::Choice(_) => choice_ui(app, ui, &question, charge),
        Kind::Date(_) => date_ui(app, ui, &question, charge),
        Kind::Offense => offense_ui(app, ui, &question, charge),
    });
    nav_ui(app, ui, &app.t("next"))
}

fn choice_ui(app: &mut ClearPathApp, ui: &mut egui::Ui, q: &Question, charge: Option<usize>) {
    let current = q.field.value(
        &app.session.answers,
        charge.and_then(|i| app.session.answers.charges.get(i)),
    );
    for value in &q.choices {
        let label = app.t(&format!("choice-{value}"));
        if ui.radio(current == *value, label).clicked() {
            q.field.set(&mut app.session.answers, charge, value);
        }
    }
}

fn date_ui(app: &mut ClearPathApp, ui: &mut egui::Ui, q: &Question, charge: Option<usize>) {
    let field = q.field;
    let answer_mode = field.value(
        &app.session.answers,
        charge.and_then(|i| app.session.answers.charges.get(i)),
    );
    let mode = match app.session.draft(charge, field) {
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
            let draft = app.session.draft_mut(charge, field);
            draft.mode = (*value).to_string();
            if draft.text.is_empty() {
                draft.text = known;
            }
            let text = app.session.draft_mut(charge, field).text.clone();
            apply_date_text(app, charge, field, value, &text);
        }
    }
    if mode == "Date" || mode == "Year" {
        ui.add_space(6.0);
        let label_id = if mode == "Date" {
            "date-field"
        } else {
            "year-field"
        };
        let label = ui.label(app.t(label_id));
        let mut text = app.session.draft_mut(charge, field).text.clone();
        let edit = ui
            .add(egui::TextEdit::singleline(&mut text).desired_width(160.0))
            .labelled_by(label.id);
        if edit.changed() {
            app.session.draft_mut(charge, field).text = text.clone();
            apply_date_text(app, charge, field, &mode, &text);
        }
        let set = field.when(
            &app.session.answers,
            charge.and_then(|i| app.session.answers.charges.get(i)),
        );
        if !text.is_empty() && set == When::NotSure {
            ui.label(app.t(if mode == "Date" {
                "date-invalid"
            } else {
                "year-invalid"
            }));
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

fn offense_ui(app: &mut ClearPathApp, ui: &mut egui::Ui, q: &Question, charge: Option<usize>) {
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
    let choices: Vec<(String, String)> = book
        .catalog
        .answer_ids()
        .into_iter()
        .filter_map(|id| {
            let (name, statute) = match book.catalog.offenses.iter().find(|o| o.id == id) {
                Some(o) => (o.name.clone(), o.statute.clone()),
                None => {
                    let g = book.catalog.groups.iter().find(|g| g.id == id)?;
                    (g.name.clone(), g.statute.clone())
                }
            };
            Some((id.to_string(), format!("{name} — {statute}")))
        })
        .collect();
    ui.add_space(6.0);
    ui.label(app.t("offense-pick"));
    ui.indent("offense_list", |ui| {
        for (id, label) in choices {
            if ui.radio(current == id, label).clicked() {
                questionnaire::set_offense(&mut app.session.answers, c, OffenseAnswer::Offense(id));
            }
        }
    });
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
                    .map(|o| o.name.clone())
                    .or_else(|| {
                        b.catalog
                            .groups
                            .iter()
                            .find(|g| &g.id == id)
                            .map(|g| g.name.clone())
                    })
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

/// The charges entered so far, to edit, remove or add to.
pub fn charges_ui(app: &mut ClearPathApp, ui: &mut egui::Ui) -> Option<Command> {
    let mut command = None;
    ui.heading(app.t("charges-title"));
    ui.label(app.t("charges-help"));
    ui.add_space(8.0);
    for i in 0..app.session.answers.charges.len() {
        let number = (i + 1).to_string();
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(
                egui::RichText::new(app.t_args("charge-number", &[("number", &number)])).strong(),
            );
            ui.label(charge_summary(app, i));
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
    nav_ui(app, ui, &app.t("next")).or(command)
}

/// Every answer, with a way back to change it.
pub fn review_ui(app: &mut ClearPathApp, ui: &mut egui::Ui) -> Option<Command> {
    let mut command = None;
    ui.heading(app.t("review-title"));
    ui.label(app.t("review-help"));
    for section in [Section::Early, Section::Record] {
        ui.add_space(8.0);
        let heading = if section == Section::Early {
            "early-heading"
        } else {
            "record-heading"
        };
        ui.label(egui::RichText::new(app.t(heading)).strong());
        for index in app.shown_questions(section, None) {
            let q = &app.questions.questions[index];
            let answer = answer_words(app, q, None);
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
                charge_summary(app, i)
            ));
            if ui
                .button(app.t_args("charge-edit", &[("number", &number)]))
                .clicked()
            {
                command = Some(Command::EditCharge(i));
            }
        });
    }
    nav_ui(app, ui, &app.t("review-see-results")).or(command)
}

/// An answer in words, for the review screen.
fn answer_words(app: &ClearPathApp, q: &Question, charge: Option<usize>) -> String {
    let c = charge.and_then(|i| app.session.answers.charges.get(i));
    match q.field.kind() {
        Kind::Date(_) => match q.field.when(&app.session.answers, c) {
            When::Date(d) => d.to_string(),
            When::Year(y) => y.to_string(),
            When::NotSure => app.t(&format!(
                "choice-{}",
                q.field.value(&app.session.answers, c)
            )),
        },
        _ => app.t(&format!(
            "choice-{}",
            q.field.value(&app.session.answers, c)
        )),
    }
}

/// Settings for this session.
pub fn settings_ui(app: &mut ClearPathApp, ui: &mut egui::Ui, back: Screen) -> Option<Command> {
    let mut command = None;
    ui.heading(app.t("settings-title"));
    ui.label(app.t("settings-session-only"));
    ui.add_space(8.0);
    let label = ui.label(app.t("settings-idle"));
    let mut minutes = app.settings.idle_minutes;
    if ui
        .add(
            egui::Slider::new(&mut minutes, super::settings::IDLE_MINUTES)
                .suffix(app.t("settings-idle-suffix")),
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
    ui.add_space(6.0);
    let label = ui.label(app.t("settings-language"));
    radio_group(ui, label.id, |ui| {
        for &(language, ref name) in std::rc::Rc::clone(&app.language_names).iter() {
            if ui.radio(app.settings.language == language, name).clicked() {
                app.set_language(language);
            }
        }
    });
    translation_note(app, ui);
    ui.add_space(6.0);
    let label = ui.label(app.t("settings-text-size"));
    let mut scale = app.settings.text_scale;
    if ui
        .add(egui::Slider::new(&mut scale, super::settings::TEXT_SCALE).step_by(0.25))
        .labelled_by(label.id)
        .changed()
    {
        app.settings.text_scale = scale;
    }
    ui.add_space(6.0);
    let label = ui.label(app.t("settings-theme"));
    radio_group(ui, label.id, |ui| {
        for theme in super::settings::Theme::ALL {
            if ui
                .radio(app.settings.theme == theme, app.t(theme.message_id()))
                .clicked()
            {
                app.settings.theme = theme;
            }
        }
    });
    ui.add_space(6.0);
    match &app.clinic_defaults {
        ClinicDefaults::Loaded(path) => {
            ui.label(app.t_args(
                "settings-file-loaded",
                &[("path", &path.display().to_string())],
            ));
        }
        ClinicDefaults::None => {
            let path = super::settings::config_path()
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            ui.label(app.t_args("settings-file-none", &[("path", &path)]));
        }
        ClinicDefaults::Invalid(e) => {
            ui.label(app.t("settings-file-error"));
            ui.monospace(e);
        }
    }
    ui.add_space(12.0);
    if ui.button(app.t("settings-done")).clicked() {
        command = Some(Command::Go(back));
    }
    command
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
    if crate::i18n::review(app.texts.language()) == crate::i18n::Review::Pending {
        ui.label(egui::RichText::new(app.t("translation-pending-review")).strong());
    }
}

/// The clinic's override rules that could not be used, and why (the built-in rules are in use).
pub fn rules_warning(app: &ClearPathApp, ui: &mut egui::Ui) {
    if let Some(e) = &app.rules_warning {
        ui.add_space(6.0);
        ui.label(egui::RichText::new(app.t("rules-override-failed")).strong());
        ui.monospace(e);
    }
}
