//! The window, drawn headlessly (egui_kittest, no GPU): the frame that blanks the window when the
//! quick exit's third Shift is pressed on the results screen (target: well under 100 ms, so the
//! screen is gone before a person nearby can read it), and one frame of the results screen for three
//! charges with unchanged answers (no screening at all: the presentation is kept).
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
    let book = RuleBook::bundled().map_err(|e| e.to_string());
    let mut app = ClearPathApp::new(
        book,
        Settings::default(),
        ClinicDefaults::None,
        date(2026, 11, 29),
    );
    let answers = Answers::parse(&SourceText::new("three-charges.ron", ANSWERS))
        .expect("the example answers parse");
    app.session.finished_charges = answers.charges.len();
    app.session.answers = answers;
    app.screen = Screen::Results;
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
}

criterion_group!(benches, bench_window);
criterion_main!(benches);
