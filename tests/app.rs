//! The window driven headlessly with egui_kittest: widgets found by their accessible labels, clicked and
//! typed into, as a person would.

use clearpath::answers::{Disposition, OffenseAnswer, Reply, When};
use clearpath::app::{ClearPathApp, ClinicDefaults, Screen, Settings};
use clearpath::rules::RuleBook;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use jiff::civil::date;

fn app_with(settings: Settings) -> ClearPathApp {
    let book = RuleBook::bundled().map_err(|e| e.to_string());
    ClearPathApp::new(book, settings, ClinicDefaults::None, date(2026, 11, 29))
}

fn harness_with(settings: Settings, step_dt: f32) -> Harness<'static, ClearPathApp> {
    Harness::builder()
        .with_size(egui::vec2(1400.0, 2400.0))
        .with_step_dt(step_dt)
        .build_ui_state(
            |ui, app: &mut ClearPathApp| app.main_ui(ui),
            app_with(settings),
        )
}

fn harness() -> Harness<'static, ClearPathApp> {
    harness_with(Settings::default(), 1.0 / 60.0)
}

fn click(h: &mut Harness<'_, ClearPathApp>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

fn next(h: &mut Harness<'_, ClearPathApp>) {
    click(h, "Next");
}

fn type_into(h: &mut Harness<'_, ClearPathApp>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

fn early_questions(h: &mut Harness<'_, ClearPathApp>) {
    click(h, "Start");
    click(h, "No");
    next(h);
    click(h, "Yes");
    next(h);
}

/// One charge, from the offense question to the charge list.
struct ChargeAnswers<'a> {
    offense: &'a str,
    court: &'a str,
    outcome: &'a str,
    when: (&'a str, &'a str),
    custody: Option<&'a str>,
    age: &'a str,
    coerced: &'a str,
}

fn enter_charge(h: &mut Harness<'_, ClearPathApp>, c: &ChargeAnswers<'_>) {
    click(h, "A charge from the list");
    click(h, c.offense);
    next(h);
    click(h, c.court);
    next(h);
    click(h, c.outcome);
    next(h);
    match c.when {
        ("Date", text) => {
            click(h, "I know the date");
            type_into(h, "Date (YYYY-MM-DD)", text);
        }
        (_, text) => {
            click(h, "I know only the year");
            type_into(h, "Year (YYYY)", text);
        }
    }
    next(h);
    if let Some(custody) = c.custody {
        click(h, custody);
        next(h);
    }
    click(h, c.age);
    next(h);
    click(h, c.coerced);
    next(h);
}

fn record_questions(h: &mut Harness<'_, ClearPathApp>) {
    for _ in 0..4 {
        click(h, "No");
        next(h);
    }
}

fn has(h: &Harness<'_, ClearPathApp>, text: &str) -> bool {
    h.query_all_by_label_contains(text).next().is_some()
}

#[test]
fn whole_walk_with_three_charges_reaches_results() {
    let mut h = harness();
    early_questions(&mut h);
    enter_charge(
        &mut h,
        &ChargeAnswers {
            offense: "sexual conduct for a fee — G.L. c.272 §53A(a)",
            court: "A Massachusetts adult court",
            outcome: "Guilty",
            when: ("Date", "2019-05-01"),
            custody: Some("There was none"),
            age: "21 or older",
            coerced: "Yes",
        },
    );
    assert_eq!(h.state().screen, Screen::Charges);
    click(&mut h, "Add another charge");
    enter_charge(
        &mut h,
        &ChargeAnswers {
            offense: "common night walking or common street walking — G.L. c.272 §53(a), night or street walking",
            court: "A Massachusetts adult court",
            outcome: "Dismissed",
            when: ("Year", "2015"),
            custody: None,
            age: "18, 19 or 20",
            coerced: "No",
        },
    );
    click(&mut h, "Add another charge");
    enter_charge(
        &mut h,
        &ChargeAnswers {
            offense: "paying for sexual conduct — G.L. c.272 §53A(b)",
            court: "A Massachusetts adult court",
            outcome: "Guilty",
            when: ("Date", "2021-03-01"),
            custody: Some("There was none"),
            age: "21 or older",
            coerced: "No",
        },
    );
    assert!(has(&h, "Charge 3"));
    next(&mut h);
    record_questions(&mut h);
    assert_eq!(h.state().screen, Screen::Review);
    click(&mut h, "See results");
    assert_eq!(h.state().screen, Screen::Results);

    let answers = &h.state().session.answers;
    assert_eq!(answers.charges.len(), 3);
    assert_eq!(answers.charges[1].outcome, Disposition::Dismissed);
    assert_eq!(answers.charges[1].when, When::Year(2015));

    // Charge 1: vacatur is open to a survivor of trafficking; the bill would expunge it.
    assert!(has(
        &h,
        "You said someone was forcing, tricking or controlling you."
    ));
    assert!(has(
        &h,
        "Vacatur for trafficking survivors (G.L. c.265 §59)"
    ));
    assert!(has(&h, "Happens on its own"));
    // Charge 2: a dismissed case a judge may seal at any time.
    assert!(has(
        &h,
        "A judge may seal a case that was dismissed or dropped"
    ));
    // Charge 3: buying stays a crime under the bill, and its grade needs an advocate's review.
    assert!(has(
        &h,
        "The wait to seal depends on whether the charge is a misdemeanor"
    ));
    assert!(has(&h, "An advocate should review"));
    // Every bill column carries the pending-bill banner with the number and review date.
    let banners = h
        .query_all_by_label_contains(
            "H.1683 / S.1116 (194th General Court, 2025-2026) is a pending bill, not law",
        )
        .count();
    assert_eq!(banners, 3);
    assert!(has(&h, "Rules checked 2026-11-29"));
    let ruled_out = h
        .get_all_by_label_contains("Routes that do not apply")
        .count();
    assert!(ruled_out >= 3, "{ruled_out}");
    // The buyer charge's bill routes are all ruled out, with their reason one click away.
    h.get_all_by_label("Routes that do not apply (3)")
        .last()
        .expect("the last charge's bill column")
        .click();
    h.run();
    assert!(has(
        &h,
        "Under the bill, paying for sex would stay a crime."
    ));
    assert!(has(&h, "Where to get help"));
    assert!(has(&h, "Source: GBLS website"));
}

#[test]
fn not_sure_answers_show_a_conditional_result() {
    let mut h = harness();
    early_questions(&mut h);
    enter_charge(
        &mut h,
        &ChargeAnswers {
            offense: "sexual conduct for a fee — G.L. c.272 §53A(a)",
            court: "A Massachusetts adult court",
            outcome: "Guilty",
            when: ("Date", "2019-05-01"),
            custody: Some("There was none"),
            age: "21 or older",
            coerced: "Prefer not to say",
        },
    );
    next(&mut h);
    record_questions(&mut h);
    click(&mut h, "See results");
    assert_eq!(
        h.state().session.answers.charges[0].coerced,
        Reply::PreferNotToSay
    );
    assert!(has(&h, "Depends on answers you were not sure of"));
    assert!(has(
        &h,
        "If someone was forcing, tricking or controlling you at the time: You can ask for this now"
    ));
    assert!(has(
        &h,
        "If no one was forcing, tricking or controlling you at the time: Not available"
    ));
}

#[test]
fn back_keeps_every_answer() {
    let mut h = harness();
    early_questions(&mut h);
    click(&mut h, "A charge from the list");
    click(&mut h, "sexual conduct for a fee — G.L. c.272 §53A(a)");
    next(&mut h);
    click(&mut h, "A Massachusetts juvenile court");
    next(&mut h);
    click(&mut h, "Found delinquent (juvenile court)");
    next(&mut h);
    click(&mut h, "I know the date");
    type_into(&mut h, "Date (YYYY-MM-DD)", "2020-02-29");
    // Back four times, to the citizenship question, then forward again.
    for _ in 0..4 {
        click(&mut h, "Back");
    }
    assert!(has(&h, "Are you a U.S. citizen?"));
    assert_eq!(h.state().session.answers.record.us_citizen, Reply::Yes);
    for _ in 0..4 {
        next(&mut h);
    }
    assert!(has(&h, "When did the case end?"));
    assert_eq!(
        h.get_by_label("Date (YYYY-MM-DD)").value().as_deref(),
        Some("2020-02-29")
    );
    let charge = &h.state().session.answers.charges[0];
    assert_eq!(charge.offense, OffenseAnswer::Offense("c272_53A_a".into()));
    assert_eq!(charge.outcome, Disposition::DelinquencyAdjudication);
    assert_eq!(
        charge.when,
        When::Date(clearpath::answers::Day(date(2020, 2, 29)))
    );
}

#[test]
fn a_date_that_is_not_real_is_never_used() {
    let mut h = harness();
    early_questions(&mut h);
    next(&mut h);
    next(&mut h);
    next(&mut h);
    click(&mut h, "I know the date");
    type_into(&mut h, "Date (YYYY-MM-DD)", "2023-02-30");
    assert!(has(&h, "Please check the date."));
    assert_eq!(h.state().session.answers.charges[0].when, When::NotSure);
}

#[test]
fn quick_exit_by_button_blanks_wipes_and_closes() {
    let mut h = harness();
    early_questions(&mut h);
    assert_eq!(h.state().session.answers.record.us_citizen, Reply::Yes);
    click(&mut h, "Exit now");
    let app = h.state();
    assert!(app.exiting);
    assert_eq!(app.session.answers, Default::default());
    assert!(
        h.query_by_label("Exit now").is_none(),
        "the window is blank"
    );
    assert!(h.query_by_label_contains("citizen").is_none());
}

#[test]
fn quick_exit_by_pressing_shift_three_times() {
    let mut h = harness();
    early_questions(&mut h);
    for _ in 0..3 {
        h.key_press(egui::Key::ShiftLeft);
        h.step();
    }
    h.run();
    assert!(h.state().exiting);
    assert!(h.state().session.answers.charges.is_empty());
    assert_eq!(h.state().session.answers.record.open_case, Reply::NotSure);
    assert!(h.query_by_label("Exit now").is_none());
}

#[test]
fn shift_while_typing_does_not_exit() {
    let mut h = harness();
    early_questions(&mut h);
    h.key_press(egui::Key::ShiftLeft);
    h.step();
    h.key_press(egui::Key::A);
    h.step();
    h.key_press(egui::Key::ShiftLeft);
    h.step();
    h.key_press(egui::Key::ShiftLeft);
    h.step();
    assert!(!h.state().exiting);
}

#[test]
fn start_over_asks_then_clears_everything() {
    let mut h = harness();
    early_questions(&mut h);
    click(&mut h, "Start over");
    click(&mut h, "No, go back");
    assert_eq!(h.state().session.answers.record.us_citizen, Reply::Yes);
    click(&mut h, "Start over");
    click(&mut h, "Yes, clear everything");
    assert_eq!(h.state().screen, Screen::Welcome);
    assert_eq!(h.state().session.answers, Default::default());
}

#[test]
fn inactivity_clears_the_session_after_a_countdown() {
    let settings = Settings {
        idle_minutes: 1,
        ..Settings::default()
    };
    let mut h = harness_with(settings, 1.0 / 60.0);
    early_questions(&mut h);
    assert_eq!(h.state().session.answers.record.us_citizen, Reply::Yes);
    // Time passes without input, 5 seconds a frame.
    let mut now = h.ctx.input(|i| i.time);
    let mut warned_at = None;
    for frame in 0..20 {
        now += 5.0;
        h.input_mut().time = Some(now);
        h.step();
        if warned_at.is_none() && has(&h, "it will clear them in") {
            warned_at = Some(frame);
            // During the countdown the answers are still there.
            assert_eq!(h.state().session.answers.record.us_citizen, Reply::Yes);
        }
        if h.state().screen == Screen::Welcome {
            break;
        }
    }
    let warned_at = warned_at.expect("a countdown shows before clearing");
    assert!(
        (5..12).contains(&warned_at),
        "countdown at frame {warned_at}"
    );
    assert_eq!(h.state().screen, Screen::Welcome);
    assert_eq!(h.state().session.answers, Default::default());
    assert!(has(
        &h,
        "Your answers were cleared because no one used ClearPath for 1 minute."
    ));
}

#[test]
fn settings_change_for_the_session_and_discreet_mode_hides_the_subject() {
    let mut h = harness();
    early_questions(&mut h);
    assert!(h.state().window_title().contains("record relief"));
    click(&mut h, "Settings");
    click(&mut h, "Discreet mode");
    assert!(h.state().settings.discreet);
    let title = h.state().window_title();
    assert_eq!(title, "Notes");
    for word in ["record", "relief", "charge", "ClearPath"] {
        assert!(!title.contains(word), "{title}");
    }
    click(&mut h, "Done");
    // Back where the person was, answers kept.
    assert!(has(&h, "What was the charge?"));
    assert_eq!(h.state().session.answers.record.us_citizen, Reply::Yes);
}

#[test]
fn about_the_bill_is_reachable_from_welcome_and_names_the_bill() {
    let mut h = harness();
    click(&mut h, "About the bill");
    assert!(has(
        &h,
        "H.1683 / S.1116 (194th General Court, 2025-2026) is a pending bill, not law"
    ));
    assert!(has(
        &h,
        "Buying sex, and exploiting or trafficking other people, would stay crimes."
    ));
    assert!(has(
        &h,
        "The text of the bill's expungement section is not known"
    ));
    click(&mut h, "Back");
    assert_eq!(h.state().screen, Screen::Welcome);
}

#[test]
fn charges_can_be_edited_and_removed_from_the_list() {
    let mut h = harness();
    early_questions(&mut h);
    enter_charge(
        &mut h,
        &ChargeAnswers {
            offense: "sexual conduct for a fee — G.L. c.272 §53A(a)",
            court: "A Massachusetts adult court",
            outcome: "Guilty",
            when: ("Year", "2018"),
            custody: Some("There was none"),
            age: "21 or older",
            coerced: "Yes",
        },
    );
    click(&mut h, "Add another charge");
    click(&mut h, "Not sure");
    for _ in 0..7 {
        next(&mut h);
    }
    assert_eq!(h.state().screen, Screen::Charges);
    assert_eq!(h.state().session.answers.charges.len(), 2);
    click(&mut h, "Change charge 1");
    assert!(has(&h, "What was the charge?"));
    next(&mut h);
    click(&mut h, "A Massachusetts juvenile court");
    for _ in 0..6 {
        next(&mut h);
    }
    assert_eq!(h.state().screen, Screen::Charges);
    assert_eq!(
        h.state().session.answers.charges[0].court,
        clearpath::answers::Court::MassachusettsJuvenile
    );
    click(&mut h, "Remove charge 2");
    assert_eq!(h.state().session.answers.charges.len(), 1);
    assert!(h.query_by_label("Remove charge 2").is_none());
}

/// A save dialog that answers with a chosen path, as a person would.
struct ChosenPath(std::path::PathBuf);

impl clearpath::export::SaveDialog for ChosenPath {
    fn ask_save_path(&self, suggested_name: &str) -> Option<std::path::PathBuf> {
        assert_eq!(suggested_name, "summary-2026-11-29.pdf");
        Some(self.0.clone())
    }
}

/// A printer that keeps what it was sent.
struct KeptPrints(std::sync::Arc<std::sync::Mutex<Vec<Vec<u8>>>>);

impl clearpath::app::Printer for KeptPrints {
    fn print(&self, pdf: &[u8]) -> Result<(), clearpath::export::ExportError> {
        self.0.lock().expect("lock").push(pdf.to_vec());
        Ok(())
    }
}

fn walk_to_results(h: &mut Harness<'_, ClearPathApp>) {
    early_questions(h);
    enter_charge(
        h,
        &ChargeAnswers {
            offense: "sexual conduct for a fee — G.L. c.272 §53A(a)",
            court: "A Massachusetts adult court",
            outcome: "Guilty",
            when: ("Date", "2019-05-01"),
            custody: Some("There was none"),
            age: "21 or older",
            coerced: "Yes",
        },
    );
    next(h);
    record_questions(h);
    click(h, "See results");
}

#[test]
fn the_summary_is_saved_where_the_person_chooses_and_printed() {
    let dir = std::env::temp_dir().join(format!("clearpath-app-save-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("my summary.pdf");
    let prints = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let mut h = harness();
    h.state_mut().save_dialog = Box::new(ChosenPath(path.clone()));
    h.state_mut().printer = Some(Box::new(KeptPrints(prints.clone())));
    walk_to_results(&mut h);
    type_into(
        &mut h,
        "Name to print on the summary (leave empty for none)",
        "María José",
    );
    click(&mut h, "Save summary");
    let saved = std::fs::read(&path).expect("the summary was saved where chosen");
    assert!(saved.starts_with(b"%PDF"));
    assert!(has(&h, "Saved to"));
    let files: Vec<_> = std::fs::read_dir(&dir).expect("dir").collect();
    assert_eq!(files.len(), 1, "nothing but the chosen file is written");
    click(&mut h, "Print summary");
    assert!(has(&h, "Sent to the printer."));
    assert_eq!(prints.lock().expect("lock").len(), 1);
    let _ = std::fs::remove_dir_all(&dir);
    // Start over forgets the typed name too.
    click(&mut h, "Start over");
    click(&mut h, "Yes, clear everything");
    assert!(h.state().session.summary_name.is_empty());
}

#[test]
fn without_a_print_service_the_window_says_so_and_offers_save() {
    let mut h = harness();
    walk_to_results(&mut h);
    assert!(h.query_by_label("Print summary").is_none());
    assert!(has(&h, "No print service was found on this computer."));
    assert!(has(&h, "Save summary"));
    click(&mut h, "Save summary");
    assert!(has(&h, "Nothing was saved."));
}

/// A file chosen in both the save and the open dialog, whatever name was suggested.
struct ChosenFile(std::path::PathBuf);

impl clearpath::export::SaveDialog for ChosenFile {
    fn ask_save_path(&self, suggested_name: &str) -> Option<std::path::PathBuf> {
        assert_eq!(suggested_name, "notes.age", "a neutral name is suggested");
        Some(self.0.clone())
    }
}

impl clearpath::export::OpenDialog for ChosenFile {
    fn ask_open_path(&self, extension: &str) -> Option<std::path::PathBuf> {
        assert_eq!(extension, "age");
        Some(self.0.clone())
    }
}

#[test]
fn progress_is_saved_locked_and_opened_again_with_its_passphrase() {
    let dir = std::env::temp_dir().join(format!("clearpath-app-progress-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("notes.age");
    let mut h = harness();
    h.state_mut().save_dialog = Box::new(ChosenFile(path.clone()));
    h.state_mut().open_dialog = Box::new(ChosenFile(path.clone()));
    walk_to_results(&mut h);
    let answers = h.state().session.answers.clone();
    assert_eq!(answers.charges.len(), 1);

    click(&mut h, "Save progress");
    type_into(&mut h, "Passphrase", "blue kettle 42");
    type_into(&mut h, "Type the passphrase again", "blue kettle 41");
    click(&mut h, "Choose where to save");
    assert!(has(&h, "The two passphrases are not the same."));
    assert!(
        !path.exists(),
        "nothing is saved with mismatched passphrases"
    );
    h.state_mut()
        .session
        .progress
        .as_mut()
        .expect("the form stays open")
        .confirm
        .clear();
    type_into(&mut h, "Type the passphrase again", "blue kettle 42");
    click(&mut h, "Choose where to save");
    assert!(
        h.state().session.progress.is_none(),
        "the form closes: {:?}",
        h.state().session.progress.as_ref().map(|f| (
            &f.error,
            f.passphrase.as_str(),
            f.confirm.as_str()
        ))
    );
    let saved = std::fs::read(&path).expect("the progress file was saved where chosen");
    assert!(
        saved.starts_with(b"age-encryption.org/v1"),
        "the age format"
    );
    assert!(
        !String::from_utf8_lossy(&saved).contains("c272_53A_a"),
        "locked"
    );
    let files: Vec<_> = std::fs::read_dir(&dir).expect("dir").collect();
    assert_eq!(files.len(), 1, "nothing but the chosen file is written");

    click(&mut h, "Start over");
    click(&mut h, "Yes, clear everything");
    assert!(h.state().session.answers.charges.is_empty());

    // A wrong passphrase opens nothing and says so.
    click(&mut h, "Open saved progress");
    type_into(&mut h, "Passphrase", "blue kettle 4");
    click(&mut h, "Choose the file");
    assert!(has(&h, "That passphrase does not open this file."));
    assert!(h.state().session.answers.charges.is_empty());
    let form = h.state_mut().session.progress.as_mut().expect("still open");
    form.passphrase.clear();
    type_into(&mut h, "Passphrase", "blue kettle 42");
    click(&mut h, "Choose the file");
    assert_eq!(h.state().session.answers, answers, "every answer is back");
    assert_eq!(h.state().screen, Screen::Review);
    assert!(has(&h, "Your saved progress is open."));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn quick_exit_blanks_the_window_within_100_ms_and_forgets_the_answers() {
    let mut h = harness();
    walk_to_results(&mut h);
    assert!(!h.state().session.answers.charges.is_empty());
    for _ in 0..2 {
        h.key_press(egui::Key::ShiftLeft);
        h.step();
    }
    h.key_press(egui::Key::ShiftLeft);
    let started = std::time::Instant::now();
    h.step();
    let elapsed = started.elapsed();
    assert!(h.state().exiting);
    assert!(
        h.query_by_label("Exit now").is_none(),
        "blank after one frame"
    );
    assert!(h.query_by_label_contains("53A").is_none());
    assert_eq!(h.state().session.answers, Default::default());
    assert!(
        elapsed < std::time::Duration::from_millis(100),
        "the frame that blanks the window took {elapsed:?}"
    );
}

#[test]
fn the_language_changes_midway_without_losing_answers_and_results_are_in_spanish() {
    let mut h = harness();
    early_questions(&mut h);
    click(&mut h, "Español");
    assert_eq!(h.state().settings.language, "es");
    assert_eq!(h.state().session.answers.record.us_citizen, Reply::Yes);
    assert!(has(&h, "Siguiente"));
    click(&mut h, "English");
    enter_charge(
        &mut h,
        &ChargeAnswers {
            offense: "sexual conduct for a fee — G.L. c.272 §53A(a)",
            court: "A Massachusetts adult court",
            outcome: "Guilty",
            when: ("Date", "2019-05-01"),
            custody: Some("There was none"),
            age: "21 or older",
            coerced: "Yes",
        },
    );
    click(&mut h, "Español");
    click(&mut h, "Siguiente");
    for _ in 0..4 {
        click(&mut h, "No");
        click(&mut h, "Siguiente");
    }
    let review: String = h.state().t("review-see-results");
    click(&mut h, &review);
    assert_eq!(h.state().screen, Screen::Results);
    assert_eq!(h.state().session.answers.charges.len(), 1);
    assert!(has(&h, "Sus resultados"));
    assert!(has(&h, "Si se aprueba el proyecto de ley"));
    assert!(has(&h, "(G.L. c.265 §59)"), "citations stay as they are");
    assert!(
        !has(&h, "Vacatur for trafficking survivors"),
        "no English rule words"
    );
}

#[test]
fn the_whole_walk_in_spanish_reaches_results_in_spanish() {
    let settings = Settings {
        language: "es".into(),
        ..Settings::default()
    };
    let mut h = harness_with(settings, 1.0 / 60.0);
    let t = |h: &Harness<'_, ClearPathApp>, id: &str| h.state().t(id);
    let press = |h: &mut Harness<'_, ClearPathApp>, id: &str| {
        let label = t(h, id);
        click(h, &label);
    };
    press(&mut h, "welcome-start");
    press(&mut h, "choice-No");
    press(&mut h, "next");
    press(&mut h, "choice-Yes");
    press(&mut h, "next");
    press(&mut h, "choice-Offense");
    let offense = {
        let book = h.state().book.as_ref().expect("rules");
        assert_eq!(book.language, "es");
        let o = book
            .catalog
            .offenses
            .iter()
            .find(|o| o.id == "c272_53A_a")
            .expect("§53A(a)");
        format!("{} — {}", o.name, o.statute)
    };
    click(&mut h, &offense);
    press(&mut h, "next");
    press(&mut h, "choice-MassachusettsAdult");
    press(&mut h, "next");
    press(&mut h, "choice-Guilty");
    press(&mut h, "next");
    press(&mut h, "choice-Date");
    let field = t(&h, "date-field");
    type_into(&mut h, &field, "2019-05-01");
    press(&mut h, "next");
    press(&mut h, "choice-NoCustody");
    press(&mut h, "next");
    press(&mut h, "choice-From21");
    press(&mut h, "next");
    press(&mut h, "choice-Yes");
    press(&mut h, "next");
    press(&mut h, "next");
    for _ in 0..4 {
        press(&mut h, "choice-No");
        press(&mut h, "next");
    }
    press(&mut h, "review-see-results");
    assert_eq!(h.state().screen, Screen::Results);
    let charge = &h.state().session.answers.charges[0];
    assert_eq!(charge.offense, OffenseAnswer::Offense("c272_53A_a".into()));
    assert_eq!(charge.outcome, Disposition::Guilty);
    assert!(has(&h, "Sus resultados"));
    assert!(has(&h, "Si se aprueba el proyecto de ley"));
    assert!(has(&h, "Anulación (vacatur)"), "Spanish remedy names");
    assert!(has(&h, "(G.L. c.265 §59)"), "citations stay as they are");
    assert!(!has(&h, "Vacatur for trafficking survivors"));
    assert!(!has(&h, "You can ask"), "no English reasons");
}
