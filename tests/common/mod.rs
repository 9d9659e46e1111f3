//! Helpers shared by the integration tests: the window set up in an egui_kittest harness as the
//! program starts it, the plain click and look-up that drive it, the quick exit's keys and what it
//! must leave behind, a save dialog that answers with a chosen path, and a scratch folder removed
//! when dropped. A test module uses them with `use crate::common;`.

use std::path::{Path, PathBuf};

use clearpath::app::{ClearPathApp, ClinicDefaults, Settings};
use clearpath::rules::RuleBook;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use egui_kittest::{Harness, HarnessBuilder};
use jiff::civil::{Date, date};

/// The window under test.
pub type H = Harness<'static, ClearPathApp>;

/// The day the tests run on, as far as the program knows.
pub const TODAY: Date = date(2026, 11, 29);

/// The program as it starts: the bundled rules, these settings, no clinic defaults, on `TODAY`.
pub fn app(settings: Settings) -> ClearPathApp {
    let book = RuleBook::bundled().map_err(|e| e.to_string());
    let mut app = ClearPathApp::new(book, settings, ClinicDefaults::None, TODAY);
    // Progress files at a small scrypt work factor: milliseconds instead of a second each
    // (tests/save.rs checks the real one).
    app.work_factor = CHEAP_WORK_FACTOR;
    app
}

/// The words of the program and of `book`'s rules in `language`.
pub fn texts(book: &RuleBook, language: &str) -> clearpath::i18n::Texts {
    clearpath::i18n::Texts::new(language)
        .expect("the program's words")
        .with_rules(book)
        .expect("the rules' words")
}

/// The text report of `answers` as `clearpath screen` prints it, in `language`.
pub fn text_report(
    book: &RuleBook,
    answers: &clearpath::answers::Answers,
    today: Date,
    language: &str,
) -> String {
    let result = clearpath::screening::screen(book, answers, today);
    let p = clearpath::present::present(&result);
    clearpath::render::text::text(&p, &texts(book, language))
}

/// The JSON report of `answers` as `clearpath screen --format json` prints it (without the final
/// newline), in `language`.
pub fn json_report(
    book: &RuleBook,
    answers: &clearpath::answers::Answers,
    today: Date,
    language: &str,
) -> String {
    let result = clearpath::screening::screen(book, answers, today);
    let p = clearpath::present::present(&result);
    clearpath::render::json::json(&p, &texts(book, language))
}

/// The scrypt work factor the tests save progress at.
pub const CHEAP_WORK_FACTOR: u8 = 10;

/// The whole window drawn by `builder` (which sets its size and frame time), around the program
/// started with these settings.
pub fn harness(builder: HarnessBuilder<ClearPathApp>, settings: Settings) -> H {
    builder.build_ui_state(|ui, app: &mut ClearPathApp| app.main_ui(ui), app(settings))
}

/// The window opened on `screen` with `answers` already given (every charge's questions seen), as a
/// person arrives there: tests of one screen start on it instead of walking from the welcome screen.
pub fn harness_at(
    builder: HarnessBuilder<ClearPathApp>,
    settings: Settings,
    screen: clearpath::app::Screen,
    answers: &str,
) -> H {
    let mut app = app(settings);
    app.session.answers = parse_answers(answers);
    app.session.finished_charges = app.session.answers.charges.len();
    app.screen = screen;
    let mut h = builder.build_ui_state(|ui, app: &mut ClearPathApp| app.main_ui(ui), app);
    h.run();
    h
}

/// Each page's text of a PDF (read with lopdf), its words joined by single spaces.
pub fn pdf_page_texts(bytes: &[u8]) -> Vec<String> {
    let doc = lopdf::Document::load_mem(bytes).expect("the PDF parses");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    pages
        .iter()
        .map(|n| {
            let text = doc.extract_text(&[*n]).expect("text extracts");
            text.split_whitespace().collect::<Vec<_>>().join(" ")
        })
        .collect()
}

/// Answers from RON text.
pub fn parse_answers(text: &str) -> clearpath::answers::Answers {
    let source = clearpath::source::SourceText::new("answers.ron", text);
    clearpath::answers::Answers::parse(&source).expect("the answers parse")
}

/// The answers of the walk that enters one charge (tests/app.rs's `FEE_CHARGE`): selling sex
/// (§53A(a)), guilty in an adult court on 2019-05-01, no jail and no probation, 21 or older, someone
/// was forcing, tricking or controlling the person; no open case, a U.S. citizen, every record
/// question answered No.
pub const FEE_CHARGE_ANSWERS: &str = r#"(
    version: 2,
    charges: [
        (
            offense: Offense("c272_53A_a"),
            court: MassachusettsAdult,
            outcome: Guilty,
            when: Date("2019-05-01"),
            released: NotHeld,
            probation_end: NoProbation,
            age: From21,
            coerced: Yes,
            official_documents: No,
        ),
    ],
    record: (
        other_ma_guilty: (last_7_years: No),
        out_of_state: (any: No),
        other_imprisonment: (last_7_years: No),
        other_cases: No,
        false_identity: No,
        open_case: No,
        supervision_now: No,
        registered: No,
        us_citizen: Yes,
    ),
)"#;

/// Click the control named `label` and let the window settle.
pub fn click(h: &mut H, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

/// Let the running task (a dialog, saving, opening, printing) finish, then draw the frames that
/// take its result; fail if it takes more than 30 seconds. No frame is drawn while waiting: each
/// frame moves the window's clock on, and a slow machine would reach the idle countdown.
pub fn finish_task(h: &mut H) {
    let started = std::time::Instant::now();
    while h
        .state()
        .session
        .task
        .as_ref()
        .is_some_and(|t| !t.is_finished())
    {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(30),
            "the task did not finish"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    h.step();
    h.run();
    assert!(h.state().session.task.is_none(), "the result was taken");
}

/// Click `label`, which starts a task, and let the task finish.
pub fn click_and_finish(h: &mut H, label: &str) {
    // One frame takes the click and starts the task; settling now would race with the task's thread.
    h.get_by_label(label).click();
    h.step();
    finish_task(h);
}

/// Whether any node's name contains `text`.
pub fn has(h: &H, text: &str) -> bool {
    h.query_all_by_label_contains(text).next().is_some()
}

/// On the results: open every charge's details ("Charge 1: ...", folded at first), so that their
/// routes, reasons and branches are drawn.
pub fn open_charge_details(h: &mut H) {
    let summaries: Vec<String> = h
        .query_all_by_role(egui::accesskit::Role::Button)
        .filter_map(|n| n.accesskit_node().label())
        .filter(|l| (l.starts_with("Charge ") || l.starts_with("Cargo ")) && l.contains(": "))
        .collect();
    assert!(!summaries.is_empty(), "no charge's details to open");
    for summary in summaries {
        // The at-a-glance table's row for the charge has the same name; the details' line is a button.
        h.get_by_role_and_label(egui::accesskit::Role::Button, &summary)
            .click();
        h.run();
    }
}

/// Press Shift three times, a frame each, then let the window settle: the quick exit's keys.
pub fn press_shift_three_times(h: &mut H) {
    for _ in 0..3 {
        h.key_press(egui::Key::ShiftLeft);
        h.step();
    }
    h.run();
}

/// The quick exit has happened: the program is closing, every answer is forgotten and the window is
/// blank (no control, and no word of the questions, is left on it).
pub fn assert_exited_and_forgotten(h: &H) {
    let app = h.state();
    assert!(app.exiting);
    assert_eq!(app.session.answers, Default::default());
    assert!(
        h.query_by_label("Exit now").is_none(),
        "the window is blank"
    );
    assert!(h.query_by_label_contains("citizen").is_none());
}

/// A save dialog that answers with a chosen path, as a person would; the name it suggests must be
/// the summary's for `TODAY`.
pub struct ChosenPath(pub PathBuf);

impl clearpath::export::SaveDialog for ChosenPath {
    fn ask_save_path(&self, suggested_name: &str) -> Option<PathBuf> {
        assert_eq!(suggested_name, "summary-2026-11-29.pdf");
        Some(self.0.clone())
    }
}

/// A fresh folder under the system's temporary folder, named after the test file, `name` and this
/// process, and removed when dropped.
pub struct Scratch(PathBuf);

impl Scratch {
    /// An empty folder `clearpath-<test file>-<name>-<process id>`, named after the file of the test
    /// that asks for it; a leftover one is emptied first.
    #[track_caller]
    pub fn new(name: &str) -> Scratch {
        let caller = std::path::Path::new(std::panic::Location::caller().file());
        let test_file = caller
            .file_stem()
            .map_or_else(|| "test".into(), |s| s.to_string_lossy());
        let dir = std::env::temp_dir().join(format!(
            "clearpath-{test_file}-{name}-{}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create scratch folder");
        Scratch(dir)
    }

    /// The folder itself.
    pub fn path(&self) -> &Path {
        &self.0
    }

    /// The path of `name` in the folder.
    pub fn join(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }

    /// The names in the folder, sorted.
    pub fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(&self.0)
            .expect("list scratch folder")
            .map(|e| {
                e.expect("folder entry")
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        names.sort();
        names
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
