//! The window driven headlessly with egui_kittest: widgets found by their accessible labels, clicked and
//! typed into, as a person would.

use crate::common;

use clearpath::answers::{Disposition, OffenseAnswer, Reply, When};
use clearpath::app::{Screen, Settings};
use clearpath::i18n::Texts;
use common::{ChosenPath, H, Scratch, click, click_and_finish, has, open_charge_details};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use jiff::civil::date;

/// The window with these settings, tall enough that nothing scrolls, at 60 frames a second.
fn harness_with(settings: Settings) -> H {
    common::harness(
        Harness::builder()
            .with_size(egui::vec2(1400.0, 6000.0))
            .with_step_dt(1.0 / 60.0),
        settings,
    )
}

/// The window as it starts, in English.
fn harness() -> H {
    harness_with(Settings::default())
}

/// The window on the results screen, with the answers of one charge (`common::FEE_CHARGE_ANSWERS`,
/// the answers the walk with `FEE_CHARGE` gives) and nothing else done yet.
fn at_results() -> H {
    common::harness_at(
        Harness::builder()
            .with_size(egui::vec2(1400.0, 6000.0))
            .with_step_dt(1.0 / 60.0),
        Settings::default(),
        Screen::Results,
        common::FEE_CHARGE_ANSWERS,
    )
}

/// The window's words in `language`, to find its controls by their labels.
fn words(language: &str) -> Texts {
    Texts::new(language).expect("the translation files load")
}

/// Click Next (in English).
fn next(h: &mut H) {
    click(h, "Continue");
}

/// Click the control labelled with message `id` in the language of `words`.
fn press(h: &mut H, words: &Texts, id: &str) {
    click(h, &words.get(id));
}

/// Focus the text field named `label`, then type `text` into it.
fn type_into(h: &mut H, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

/// From the welcome screen to the first charge: no open case, a U.S. citizen.
fn early_questions(h: &mut H, words: &Texts) {
    press(h, words, "welcome-start");
    press(h, words, "choice-No");
    press(h, words, "next");
    press(h, words, "choice-Yes");
    press(h, words, "next");
}

/// The window in English past the early questions, on the first charge's first question.
fn at_first_charge() -> H {
    let mut h = harness();
    early_questions(&mut h, &words("en"));
    h
}

/// When a case ended, as a person enters it.
enum Ended<'a> {
    /// The whole date, typed as YYYY-MM-DD.
    Date(&'a str),
    /// Only the year, typed as YYYY.
    Year(&'a str),
}

/// One charge, from the offense question to the charge list: the labels of the answers chosen, in
/// the window's language.
struct ChargeAnswers<'a> {
    offense: &'a str,
    court: &'a str,
    outcome: &'a str,
    when: Ended<'a>,
    /// The answers about release from jail and the end of probation, when those are asked.
    custody: Option<(&'a str, &'a str)>,
    age: &'a str,
    coerced: &'a str,
}

/// The charge most walks enter, in English: selling sex (§53A(a)), guilty in an adult court on
/// 2019-05-01, no jail and no probation, 21 or older, someone was forcing, tricking or controlling the
/// person, and no official papers.
const FEE_CHARGE: ChargeAnswers<'static> = ChargeAnswers {
    offense: "sexual conduct for a fee — G.L. c.272 §53A(a)",
    court: "A Massachusetts adult court",
    outcome: "Guilty",
    when: Ended::Date("2019-05-01"),
    custody: Some(("I was not held for this charge", "There was no probation")),
    age: "21 or older",
    coerced: "Yes",
};

/// Enter one charge `c`, from picking it from the list to the charge list; the walk's own controls
/// are found by their labels in the language of `words`.
fn enter_charge(h: &mut H, words: &Texts, c: &ChargeAnswers<'_>) {
    press(h, words, "choice-Offense");
    click(h, c.offense);
    press(h, words, "next");
    click(h, c.court);
    press(h, words, "next");
    click(h, c.outcome);
    press(h, words, "next");
    match c.when {
        Ended::Date(text) => {
            press(h, words, "choice-Date");
            type_into(h, &words.get("date-field"), text);
        }
        Ended::Year(text) => {
            press(h, words, "choice-Year");
            type_into(h, &words.get("year-field"), text);
        }
    }
    press(h, words, "next");
    if let Some((released, probation)) = c.custody {
        click(h, released);
        press(h, words, "next");
        click(h, probation);
        press(h, words, "next");
    }
    click(h, c.age);
    press(h, words, "next");
    click(h, c.coerced);
    press(h, words, "next");
    // Whether anyone arranged it or took the money (asked unless the answer above was yes), and official
    // papers: both answered No.
    while h.state().screen != Screen::Charges {
        assert!(
            matches!(h.state().screen, Screen::ChargeQuestion { .. }),
            "{:?}",
            h.state().screen
        );
        press(h, words, "choice-No");
        press(h, words, "next");
    }
}

/// The record questions for one charge in a Massachusetts adult court, each answered No: other
/// guilty findings, convictions elsewhere, jail on another case, other court cases, a record from
/// someone using your name, probation or parole now, the registry.
fn record_questions(h: &mut H, words: &Texts) {
    for _ in 0..7 {
        press(h, words, "choice-No");
        press(h, words, "next");
    }
}

/// The whole walk with one charge, in the language of `words`: the early questions, the charge, the
/// charge list, the record questions and review; ends on the results screen.
fn walk_to_results(h: &mut H, words: &Texts, charge: &ChargeAnswers<'_>) {
    early_questions(h, words);
    enter_charge(h, words, charge);
    press(h, words, "next");
    record_questions(h, words);
    press(h, words, "review-see-results");
    open_charge_details(h);
}

#[test]
fn whole_walk_with_three_charges_reaches_results() {
    let en = words("en");
    let mut h = harness();
    early_questions(&mut h, &en);
    enter_charge(&mut h, &en, &FEE_CHARGE);
    assert_eq!(h.state().screen, Screen::Charges);
    click(&mut h, "Add another charge");
    enter_charge(
        &mut h,
        &en,
        &ChargeAnswers {
            offense: "common night walking or common street walking — G.L. c.272 §53(a), night or street walking",
            court: "A Massachusetts adult court",
            outcome: "Dismissed",
            when: Ended::Year("2015"),
            custody: None,
            age: "18, 19 or 20",
            coerced: "No",
        },
    );
    click(&mut h, "Add another charge");
    enter_charge(
        &mut h,
        &en,
        &ChargeAnswers {
            offense: "paying for sexual conduct — G.L. c.272 §53A(b)",
            court: "A Massachusetts adult court",
            outcome: "Guilty",
            when: Ended::Date("2021-03-01"),
            custody: Some(("I was not held for this charge", "There was no probation")),
            age: "21 or older",
            coerced: "No",
        },
    );
    assert!(has(&h, "Charge 3"));
    next(&mut h);
    record_questions(&mut h, &en);
    // With three charges: did any come from the same incident.
    click(&mut h, "No");
    next(&mut h);
    assert_eq!(h.state().screen, Screen::Review);
    click(&mut h, "See results");
    assert_eq!(h.state().screen, Screen::Results);

    let answers = &h.state().session.answers;
    assert_eq!(answers.charges.len(), 3);
    assert_eq!(answers.charges[1].outcome, Disposition::Dismissed);
    assert_eq!(answers.charges[1].when, When::Year(2015));
    // The plan and the table come first; each charge's details are folded under its summary line.
    assert!(has(&h, "Your next steps"));
    assert!(has(&h, "At a glance"));
    assert!(!has(
        &h,
        "You said someone was forcing, tricking or controlling you."
    ));
    open_charge_details(&mut h);

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
    // Charge 3: buying stays a crime under the bill; it is a misdemeanor, sealed by mail after 3 years.
    assert!(has(
        &h,
        "You can ask to seal a misdemeanor record by mail 3 years after the case"
    ));
    assert!(has(&h, "An advocate should review"));
    // Every bill column carries the pending-bill banner with the number and review date.
    let banners = h
        .query_all_by_label_contains(
            "H.1683 / S.1116 (194th General Court, 2025-2026) is a pending bill, not law",
        )
        .count();
    // Once above the at-a-glance table, and once in each charge's bill column.
    assert_eq!(banners, 4);
    assert!(has(&h, "Rules checked 2026-12-06"));
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
    walk_to_results(
        &mut h,
        &words("en"),
        &ChargeAnswers {
            coerced: "Prefer not to say",
            ..FEE_CHARGE
        },
    );
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
        "If no one was forcing, tricking or controlling you at the time: An advocate should review"
    ));
}

#[test]
fn back_keeps_every_answer() {
    let mut h = at_first_charge();
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
    let mut h = at_first_charge();
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
    let mut h = at_first_charge();
    assert_eq!(h.state().session.answers.record.us_citizen, Reply::Yes);
    click(&mut h, "Exit now");
    common::assert_exited_and_forgotten(&h);
}

#[test]
fn quick_exit_by_pressing_shift_three_times() {
    let mut h = at_first_charge();
    common::press_shift_three_times(&mut h);
    assert!(h.state().exiting);
    assert!(h.state().session.answers.charges.is_empty());
    assert_eq!(h.state().session.answers.record.open_case, Reply::NotSure);
    assert!(h.query_by_label("Exit now").is_none());
}

#[test]
fn shift_while_typing_does_not_exit() {
    let mut h = at_first_charge();
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
    let mut h = at_first_charge();
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
    let mut h = harness_with(settings);
    early_questions(&mut h, &words("en"));
    assert_eq!(h.state().session.answers.record.us_citizen, Reply::Yes);
    // Time passes without input, 5 seconds a frame.
    let mut now = h.ctx.input(|i| i.time);
    let mut warned_at = None;
    for frame in 0..20 {
        now += 5.0;
        h.input_mut().time = Some(now);
        h.step();
        if warned_at.is_none() && has(&h, "it will clear them within") {
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
    let mut h = at_first_charge();
    // "ClearPath" alone by default: nothing about what it is for, which a taskbar or a shared screen
    // would show to anyone nearby.
    assert_eq!(h.state().window_title(), "ClearPath");
    h.state_mut().set_language("es");
    assert_eq!(h.state().window_title(), "ClearPath");
    h.state_mut().set_language("en");
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
    let en = words("en");
    let mut h = harness();
    early_questions(&mut h, &en);
    enter_charge(
        &mut h,
        &en,
        &ChargeAnswers {
            when: Ended::Year("2018"),
            ..FEE_CHARGE
        },
    );
    click(&mut h, "Add another charge");
    click(&mut h, "Not sure");
    // Court, outcome, when, release, probation, age, control, arrangement, papers: then the list.
    for _ in 0..10 {
        next(&mut h);
    }
    assert_eq!(h.state().screen, Screen::Charges);
    assert_eq!(h.state().session.answers.charges.len(), 2);
    click(&mut h, "Change charge 1");
    assert!(has(&h, "What was the charge?"));
    next(&mut h);
    click(&mut h, "A Massachusetts juvenile court");
    // Outcome, when, release, probation, age, control (yes: no question about arrangement), papers.
    for _ in 0..8 {
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

/// A printer that keeps what it was sent.
struct KeptPrints(std::sync::Arc<std::sync::Mutex<Vec<Vec<u8>>>>);

impl clearpath::app::Printer for KeptPrints {
    fn print(&self, pdf: &[u8]) -> Result<(), clearpath::export::ExportError> {
        self.0.lock().expect("lock").push(pdf.to_vec());
        Ok(())
    }
}

#[test]
fn the_summary_is_saved_where_the_person_chooses_and_printed() {
    let dir = Scratch::new("save");
    let path = dir.join("my summary.pdf");
    let prints = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let mut h = at_results();
    h.state_mut().save_dialog = std::sync::Arc::new(ChosenPath(path.clone()));
    h.state_mut().printer = Some(std::sync::Arc::new(KeptPrints(prints.clone())));
    type_into(
        &mut h,
        "Name to print on the summary (leave empty for none)",
        "María José",
    );
    click_and_finish(&mut h, "Save summary");
    let saved = std::fs::read(&path).expect("the summary was saved where chosen");
    assert!(saved.starts_with(b"%PDF"));
    assert!(has(&h, "Saved to"));
    assert_eq!(
        dir.names().len(),
        1,
        "nothing but the chosen file is written"
    );
    click_and_finish(&mut h, "Print summary");
    assert!(has(&h, "Sent to the printer."));
    assert_eq!(prints.lock().expect("lock").len(), 1);
    // Start over forgets the typed name too.
    click(&mut h, "Start over");
    click(&mut h, "Yes, clear everything");
    assert!(h.state().views.results.summary.name.is_empty());
}

#[test]
fn without_a_print_service_the_window_says_so_and_offers_save() {
    let mut h = at_results();
    assert!(h.query_by_label("Print summary").is_none());
    assert!(has(&h, "No print service was found on this computer."));
    assert!(has(&h, "Save summary"));
    click_and_finish(&mut h, "Save summary");
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
    let dir = Scratch::new("progress");
    let path = dir.join("notes.age");
    let mut h = at_results();
    h.state_mut().save_dialog = std::sync::Arc::new(ChosenFile(path.clone()));
    h.state_mut().open_dialog = std::sync::Arc::new(ChosenFile(path.clone()));
    let answers = h.state().session.answers.clone();
    assert_eq!(answers.charges.len(), 1);

    click(&mut h, "Save progress");
    type_into(&mut h, "Passphrase", "blue kettle 42");
    type_into(&mut h, "Type the passphrase again", "blue kettle 41");
    click_and_finish(&mut h, "Choose where to save");
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
    click_and_finish(&mut h, "Choose where to save");
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
    assert_eq!(
        dir.names().len(),
        1,
        "nothing but the chosen file is written"
    );

    click(&mut h, "Start over");
    click(&mut h, "Yes, clear everything");
    assert!(h.state().session.answers.charges.is_empty());

    // A wrong passphrase opens nothing and says so.
    click(&mut h, "Open saved progress");
    type_into(&mut h, "Passphrase", "blue kettle 4");
    click_and_finish(&mut h, "Choose the file");
    assert!(has(&h, "That passphrase does not open this file."));
    assert!(h.state().session.answers.charges.is_empty());
    let form = h.state_mut().session.progress.as_mut().expect("still open");
    form.passphrase.clear();
    type_into(&mut h, "Passphrase", "blue kettle 42");
    click_and_finish(&mut h, "Choose the file");
    assert_eq!(h.state().session.answers, answers, "every answer is back");
    assert_eq!(h.state().screen, Screen::Review);
    assert!(has(&h, "Your saved progress is open."));
}

/// How long the frame that blanks the window takes is measured by `cargo bench --bench window`
/// (a wall-clock limit here would fail on a busy machine and prove nothing on a fast one).
#[test]
fn quick_exit_blanks_the_window_in_one_frame_and_forgets_the_answers() {
    let mut h = at_results();
    assert!(!h.state().session.answers.charges.is_empty());
    for _ in 0..2 {
        h.key_press(egui::Key::ShiftLeft);
        h.step();
    }
    h.key_press(egui::Key::ShiftLeft);
    h.step();
    assert!(h.state().exiting);
    assert!(
        h.query_by_label("Exit now").is_none(),
        "blank after one frame"
    );
    assert!(h.query_by_label_contains("53A").is_none());
    assert_eq!(h.state().session.answers, Default::default());
}

/// The answers tests start from (`common::FEE_CHARGE_ANSWERS`) are the answers the walk gives.
#[test]
fn the_walk_with_one_charge_gives_the_answers_tests_start_from() {
    let mut h = harness();
    walk_to_results(&mut h, &words("en"), &FEE_CHARGE);
    assert_eq!(h.state().screen, Screen::Results);
    assert_eq!(
        h.state().session.answers,
        common::parse_answers(common::FEE_CHARGE_ANSWERS)
    );
}

/// Changing the language on the results screen changes the words only: the rules are not compiled
/// again and the answers are not screened again.
#[test]
fn switching_language_neither_recompiles_the_rules_nor_screens_again() {
    let mut h = at_results();
    let rules_at = h.state().book.as_ref().expect("rules").rule_sets.as_ptr();
    assert_eq!(h.state().views.results.screenings, 1);
    assert!(has(&h, "You can ask for this now"));
    click(&mut h, "Español");
    assert!(has(&h, "Puede pedirlo ahora"), "the results are in Spanish");
    assert!(!has(&h, "You can ask for this now"));
    assert_eq!(
        h.state().book.as_ref().expect("rules").rule_sets.as_ptr(),
        rules_at,
        "the same rules, not compiled again"
    );
    assert_eq!(h.state().views.results.screenings, 1, "not screened again");
    // A changed answer is screened once more.
    h.state_mut().session.answers.charges[0].coerced = Reply::No;
    h.run();
    assert_eq!(h.state().views.results.screenings, 2);
}

#[test]
fn the_language_changes_midway_without_losing_answers_and_results_are_in_spanish() {
    let en = words("en");
    let mut h = harness();
    early_questions(&mut h, &en);
    click(&mut h, "Español");
    assert_eq!(h.state().settings.language, "es");
    assert_eq!(h.state().session.answers.record.us_citizen, Reply::Yes);
    assert!(has(&h, "Continuar"));
    click(&mut h, "English");
    enter_charge(&mut h, &en, &FEE_CHARGE);
    click(&mut h, "Español");
    let es = words("es");
    press(&mut h, &es, "next");
    record_questions(&mut h, &es);
    press(&mut h, &es, "review-see-results");
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
    let mut h = harness_with(settings);
    let es = words("es");
    let offense = {
        let book = h.state().book.as_ref().expect("rules");
        let o = book
            .catalog
            .offenses
            .iter()
            .find(|o| o.id == "c272_53A_a")
            .expect("§53A(a)");
        let name = h.state().texts.say(&clearpath::message::Msg::rule(&o.name));
        format!("{name} — {}", o.statute)
    };
    let charge = ChargeAnswers {
        offense: &offense,
        court: &es.get("choice-MassachusettsAdult"),
        outcome: &es.get("choice-Guilty"),
        when: Ended::Date("2019-05-01"),
        custody: Some((&es.get("choice-NotHeld"), &es.get("choice-NoProbation"))),
        age: &es.get("choice-From21"),
        coerced: &es.get("choice-Yes"),
    };
    walk_to_results(&mut h, &es, &charge);
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

/// A file dialog left open: it says when it shows, then waits until the test lets it go, as a person
/// who has not chosen yet would, and answers "cancelled".
struct DialogLeftOpen {
    shown: std::sync::Mutex<std::sync::mpsc::Sender<()>>,
    release: std::sync::Mutex<std::sync::mpsc::Receiver<()>>,
}

impl DialogLeftOpen {
    /// The dialog, a receiver told when it shows, and a sender that closes it.
    fn new() -> (
        std::sync::Arc<DialogLeftOpen>,
        std::sync::mpsc::Receiver<()>,
        std::sync::mpsc::Sender<()>,
    ) {
        let (shown_tx, shown_rx) = std::sync::mpsc::channel();
        let (release_tx, release_rx) = std::sync::mpsc::channel();
        let dialog = DialogLeftOpen {
            shown: std::sync::Mutex::new(shown_tx),
            release: std::sync::Mutex::new(release_rx),
        };
        (std::sync::Arc::new(dialog), shown_rx, release_tx)
    }

    fn wait(&self) -> Option<std::path::PathBuf> {
        let _ = self.shown.lock().expect("lock").send(());
        let _ = self.release.lock().expect("lock").recv();
        None
    }
}

impl clearpath::export::SaveDialog for DialogLeftOpen {
    fn ask_save_path(&self, _suggested_name: &str) -> Option<std::path::PathBuf> {
        self.wait()
    }
}

impl clearpath::export::OpenDialog for DialogLeftOpen {
    fn ask_open_path(&self, _extension: &str) -> Option<std::path::PathBuf> {
        self.wait()
    }
}

/// The exit was asked for and, one frame later, the window is blank, every answer is forgotten, the
/// task is abandoned and the window has been told to close.
fn assert_exit_within_one_frame(h: &H) {
    common::assert_exited_and_forgotten(h);
    assert!(h.state().session.task.is_none(), "the task is abandoned");
    let closing = h
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .is_some_and(|v| v.commands.contains(&egui::ViewportCommand::Close));
    assert!(closing, "the window was told to close in the same frame");
}

#[test]
fn the_exit_works_while_the_save_dialog_is_open_and_while_encrypting() {
    // While the dialog is open: by the button.
    let mut h = at_results();
    let (dialog, shown, release) = DialogLeftOpen::new();
    h.state_mut().save_dialog = dialog;
    click(&mut h, "Save progress");
    type_into(&mut h, "Passphrase", "blue kettle 42");
    type_into(&mut h, "Type the passphrase again", "blue kettle 42");
    click(&mut h, "Choose where to save");
    shown
        .recv_timeout(std::time::Duration::from_secs(10))
        .expect("the dialog shows");
    h.step();
    assert!(
        has(&h, "Saving…"),
        "the window answers while the dialog is open"
    );
    assert!(h.state().busy());
    h.get_by_label("Exit now").click();
    h.step();
    assert_exit_within_one_frame(&h);
    // The dialog closes later (with the process, in the real program): nothing comes back.
    release.send(()).expect("close the dialog");
    std::thread::sleep(std::time::Duration::from_millis(50));
    h.step();
    assert_eq!(h.state().session.answers, Default::default());

    // While the passphrase's key is derived (about a second of scrypt at the real work factor), by
    // Shift three times.
    let dir = Scratch::new("exit-while-encrypting");
    let mut h = at_results();
    h.state_mut().save_dialog = std::sync::Arc::new(ChosenFile(dir.join("notes.age")));
    h.state_mut().work_factor = clearpath::save::WORK_FACTOR;
    click(&mut h, "Save progress");
    type_into(&mut h, "Passphrase", "blue kettle 42");
    type_into(&mut h, "Type the passphrase again", "blue kettle 42");
    h.get_by_label("Choose where to save").click();
    h.step();
    assert!(h.state().busy(), "saving runs off the window's thread");
    for _ in 0..2 {
        h.key_press(egui::Key::ShiftLeft);
        h.step();
    }
    // The third press on its own, so the frame that sees it is the last one drawn.
    h.event(egui::Event::Key {
        key: egui::Key::ShiftLeft,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: egui::Modifiers::SHIFT,
    });
    h.step();
    assert_exit_within_one_frame(&h);
    // The key derivation ends on its own thread, which was told to stop: nothing is written, not
    // even a temporary file.
    for thread in std::mem::take(&mut h.state_mut().abandoned) {
        thread.join().expect("the abandoned task ends");
    }
    assert_eq!(dir.names(), Vec::<String>::new(), "nothing was written");
}

#[test]
fn the_exit_works_while_the_open_dialog_is_open() {
    let mut h = harness();
    let (dialog, shown, release) = DialogLeftOpen::new();
    h.state_mut().open_dialog = dialog;
    click(&mut h, "Open saved progress");
    type_into(&mut h, "Passphrase", "blue kettle 42");
    click(&mut h, "Choose the file");
    shown
        .recv_timeout(std::time::Duration::from_secs(10))
        .expect("the dialog shows");
    h.step();
    assert!(has(&h, "Opening…"));
    h.get_by_label("Exit now").click();
    h.step();
    assert_exit_within_one_frame(&h);
    release.send(()).expect("close the dialog");
}

#[test]
fn the_charge_chooser_narrows_by_what_is_typed_and_groups_what_it_finds() {
    let mut h = at_first_charge();
    assert!(has(&h, "What was the charge?"));
    click(&mut h, "A charge from the list");
    // Nothing typed: every charge, in three groups, each named with its statute for a screen reader.
    for group in [
        "Charges for selling sex",
        "Related charges",
        "Charges for buying sex or profiting from others",
    ] {
        assert!(has(&h, group), "{group}");
    }
    assert!(has(&h, "trafficking for sexual servitude — G.L. c.265 §50"));
    // The docket's words find the one charge.
    type_into(
        &mut h,
        "Search for the charge",
        "NIGHTWALKER, COMMON c272 §53",
    );
    assert!(has(
        &h,
        "common night walking or common street walking — G.L. c.272 §53(a), night or street walking"
    ));
    assert!(!has(&h, "sexual conduct for a fee — G.L. c.272 §53A(a)"));
    assert!(!has(&h, "Charges for buying sex or profiting from others"));
    // A bare §53A(a) is explained: before 2011-11-21 it was selling or paying.
    let field = h.get_by_label("Search for the charge");
    field.click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.event(egui::Event::Text("53A(a)".into()));
    h.run();
    assert!(has(
        &h,
        "section 53A(a) was used both for selling sex and for paying for it"
    ));
    // Nothing matches: the person is told, and pointed to "Another charge".
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.event(egui::Event::Text("arson".into()));
    h.run();
    assert!(has(&h, "No charge in the list matches"));
    // A choice clicked is the answer.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.event(egui::Event::Text("prostitution".into()));
    h.run();
    click(&mut h, "sexual conduct for a fee — G.L. c.272 §53A(a)");
    assert_eq!(
        h.state().session.answers.charges[0].offense,
        OffenseAnswer::Offense("c272_53A_a".into())
    );
}

#[test]
fn the_charge_list_shows_each_charges_state_and_copies_a_charge() {
    let mut h = common::harness_at(
        Harness::builder().with_size(egui::vec2(1400.0, 6000.0)),
        Settings::default(),
        Screen::Charges,
        common::FEE_CHARGE_ANSWERS,
    );
    assert!(has(&h, "Complete"));
    // A copy starts from the same answers and is not finished until its questions are seen.
    click(&mut h, "Add a similar charge");
    assert_eq!(h.state().session.answers.charges.len(), 2);
    assert_eq!(
        h.state().session.answers.charges[1],
        h.state().session.answers.charges[0]
    );
    click(&mut h, "Back");
    while h.state().screen != Screen::Charges {
        click(&mut h, "Back");
    }
    assert!(has(&h, "Not finished"));
    // A charge with "not sure" answers says which.
    h.state_mut().session.finished_charges = 2;
    h.state_mut().session.answers.charges[1].court = clearpath::answers::Court::NotSure;
    h.run();
    assert!(has(&h, "Not sure: Court"));
    // Change and Remove are named for their charge.
    click(&mut h, "Remove charge 2");
    assert_eq!(h.state().session.answers.charges.len(), 1);
}

/// A save dialog that checks the neutral name suggested for a draft and answers with a chosen path.
struct ChosenDraft(std::path::PathBuf, &'static str);

impl clearpath::export::SaveDialog for ChosenDraft {
    fn ask_save_path(&self, suggested_name: &str) -> Option<std::path::PathBuf> {
        assert_eq!(suggested_name, self.1, "a neutral name is suggested");
        Some(self.0.clone())
    }
}

#[test]
fn a_charges_filing_draft_is_saved_from_its_details_as_word_or_pdf() {
    let dir = Scratch::new("draft");
    let mut h = at_results();
    common::open_charge_details(&mut h);
    // The charge (selling sex, someone was controlling the person) has a motion to vacate.
    assert!(has(&h, "Papers to file"));
    let word = dir.join("motion.docx");
    h.state_mut().save_dialog =
        std::sync::Arc::new(ChosenDraft(word.clone(), "draft-2026-11-29.docx"));
    click_and_finish(
        &mut h,
        "Save as a Word document: Draft: motion to vacate (G.L. c.265 §59), charge 1",
    );
    let saved = std::fs::read(&word).expect("the draft was saved where chosen");
    assert!(saved.starts_with(b"PK"), "a Word document is a zip file");
    assert!(has(&h, "Saved to"));
    let pdf = dir.join("motion");
    h.state_mut().save_dialog =
        std::sync::Arc::new(ChosenDraft(pdf.clone(), "draft-2026-11-29.pdf"));
    click_and_finish(
        &mut h,
        "Save as PDF: Draft: motion to vacate (G.L. c.265 §59), charge 1",
    );
    // A name typed without an extension gets the format's.
    let saved = std::fs::read(dir.join("motion.pdf")).expect("the PDF draft was saved");
    assert!(saved.starts_with(b"%PDF"));
    assert_eq!(
        dir.names().len(),
        2,
        "nothing but the chosen files is written"
    );
}
