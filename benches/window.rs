//! The window, drawn headlessly (egui_kittest, no GPU): the frame that blanks the window when the
//! quick exit's third Shift is pressed on the results screen (target: well under 100 ms, so the
//! screen is gone before a person nearby can read it), and one frame of the results screen with
//! unchanged answers (no screening at all: the presentation is kept) for three charges, and for 30
//! charges with many "not sure" answers, their details folded as the screen opens and all of them
//! open, and one frame of the advocate's desk with the same 30 charges as rows (target: under 16 ms a
//! frame).
//!
//! Run with `cargo bench --bench window`.

use std::hint::black_box;

use clearpath::answers::Answers;
use clearpath::app::{ClearPathApp, ClinicDefaults, Screen, Settings};
use clearpath::rules::RuleBook;
use clearpath::source::SourceText;
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;
use jiff::civil::date;

/// Three charges with the record answered (docs/examples/three-charges.ron).
const ANSWERS: &str = include_str!("../docs/examples/three-charges.ron");

fn at_results() -> Harness<'static, ClearPathApp> {
    let answers = Answers::parse(&SourceText::new("three-charges.ron", ANSWERS))
        .expect("the example answers parse");
    results_of(answers)
}

/// 30 charges (benches/thirty-charges.ron, which scripts/bench-startup.sh opens in the real window
/// too): the example's three over and over, every other one with the court, the date it ended and
/// the age "not sure".
fn thirty_charges() -> Answers {
    let answers = Answers::parse(&SourceText::new(
        "thirty-charges.ron",
        include_str!("thirty-charges.ron"),
    ))
    .expect("the 30 charges parse");
    assert_eq!(answers.charges.len(), 30);
    answers
}

fn results_of(answers: Answers) -> Harness<'static, ClearPathApp> {
    window_on(answers, Screen::Results)
}

/// The window on `screen` with `answers`, at a laptop's size.
fn window_on(answers: Answers, screen: Screen) -> Harness<'static, ClearPathApp> {
    let book = RuleBook::bundled().map_err(|e| e.to_string());
    let mut app = ClearPathApp::new(
        book,
        Settings::default(),
        ClinicDefaults::None,
        date(2026, 11, 29),
    );
    app.session.finished_charges = answers.charges.len();
    app.session.answers = answers;
    app.screen = screen;
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, app: &mut ClearPathApp| app.main_ui(ui), app);
    h.run();
    h
}

fn bench_window(c: &mut Criterion) {
    c.bench_function("quick_exit_blanking_frame", |b| {
        b.iter_batched(
            || {
                let mut h = at_results();
                for _ in 0..2 {
                    h.key_press(egui::Key::ShiftLeft);
                    h.step();
                }
                h.key_press(egui::Key::ShiftLeft);
                h
            },
            |mut h| {
                h.step();
                assert!(h.state().exiting);
                black_box(h)
            },
            BatchSize::PerIteration,
        )
    });
    let mut h = at_results();
    c.bench_function("results_frame_three_charges", |b| {
        b.iter(|| {
            // A pointer move: input, so a frame is drawn, with nothing clicked.
            h.hover_at(egui::pos2(5.0, 5.0));
            h.step();
        })
    });
    assert_eq!(
        h.state().views.results.screenings,
        1,
        "frames with unchanged answers screen nothing"
    );
    let mut h = results_of(thirty_charges());
    c.bench_function("results_frame_thirty_charges_folded", |b| {
        b.iter(|| {
            h.hover_at(egui::pos2(5.0, 5.0));
            h.step();
        })
    });
    // Every charge's details open, as an advocate might leave them.
    use egui_kittest::kittest::{NodeT as _, Queryable as _};
    let summaries: Vec<String> = h
        .query_all_by_role(egui::accesskit::Role::Button)
        .filter_map(|n| n.accesskit_node().label())
        .filter(|l| l.starts_with("Charge ") && l.contains(": "))
        .collect();
    assert_eq!(summaries.len(), 30);
    // Tall enough for every line to be clicked where it is drawn (the last first, so that those above
    // stay where they are), then back to a laptop's screen.
    h.set_size(egui::vec2(1280.0, 40000.0));
    h.run();
    for s in summaries.iter().rev() {
        h.get_by_role_and_label(egui::accesskit::Role::Button, s)
            .click();
        h.run();
    }
    h.set_size(egui::vec2(1280.0, 800.0));
    h.run();
    let open = h
        .query_all_by_role(egui::accesskit::Role::Button)
        .filter(|n| n.accesskit_node().data().is_expanded() == Some(true))
        .count();
    assert!(open >= 30, "{open} open");
    c.bench_function("results_frame_thirty_charges_open", |b| {
        b.iter(|| {
            h.hover_at(egui::pos2(5.0, 5.0));
            h.step();
        })
    });
    assert_eq!(h.state().views.results.screenings, 1);

    // The advocate's desk with the same 30 charges as rows: the table, the record's questions and the
    // live results, with nothing changed (the cells are read, the answers not screened again).
    let mut h = window_on(thirty_charges(), Screen::Desk);
    c.bench_function("desk_frame_thirty_rows", |b| {
        b.iter(|| {
            h.hover_at(egui::pos2(5.0, 5.0));
            h.step();
        })
    });
    assert_eq!(
        h.state().views.desk.results.screenings,
        1,
        "frames with unchanged cells screen nothing"
    );
}

criterion_group!(benches, bench_window);
criterion_main!(benches);
