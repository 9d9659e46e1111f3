//! Prints a summary through the window, as a person would, to the computer's real print service: the
//! window (driven headlessly by egui_kittest) opens on the results of an answers file, "Print summary"
//! is pressed, and the print runs as the window's background task. `scripts/check-print.sh` runs it
//! against a CUPS queue that writes PDFs (Debian's cups-pdf) and checks what arrives.
//!
//!     cargo run --example print_through_window -- docs/examples/three-charges.ron
//!
//! Prints the window's message afterwards; exits 0 when the window says the summary was sent to the
//! printer, 1 when it says anything else, 2 on bad arguments.

use std::process::ExitCode;
use std::time::{Duration, Instant};

use clearpath::answers::Answers;
use clearpath::app::{ClearPathApp, ClinicDefaults, Screen, Settings};
use clearpath::rules::RuleBook;
use clearpath::source::SourceText;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: print_through_window ANSWERS.ron");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(2);
        }
    };
    let answers = match Answers::parse(&SourceText::new(path.as_str(), text)) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let Some(service) = clearpath::export::print_service() else {
        eprintln!("no print service (lp) on this computer");
        return ExitCode::from(1);
    };
    let today = clearpath::calendar::local_today();
    let book = RuleBook::bundled().map_err(|e| e.to_string());
    let mut app = ClearPathApp::new(book, Settings::default(), ClinicDefaults::None, today);
    app.printer = Some(std::sync::Arc::new(service));
    app.session.finished_charges = answers.charges.len();
    app.session.answers = answers;
    app.screen = Screen::Results;
    // Tall enough that the results do not scroll, so the button can be pressed where it is drawn.
    let mut harness: Harness<'static, ClearPathApp> = Harness::builder()
        .with_size(egui::vec2(1400.0, 8000.0))
        .build_ui_state(|ui, app: &mut ClearPathApp| app.main_ui(ui), app);
    harness.run();
    harness.get_by_label("Print summary").click();
    harness.step();
    let started = Instant::now();
    while harness.state().busy() {
        if started.elapsed() > Duration::from_secs(60) {
            eprintln!("the print task did not finish within a minute");
            return ExitCode::from(1);
        }
        std::thread::sleep(Duration::from_millis(10));
        harness.step();
    }
    harness.run();
    let message = harness
        .state()
        .session
        .export_message
        .clone()
        .unwrap_or_default();
    println!("{message}");
    if message == harness.state().t("summary-printed") {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
