//! Only in builds with the `probe` feature (`scripts/screenshots.sh` and the window's checks), never in the program people
//! install: start the window on one screen, with answers read from a file and a fixed date, so that
//! every screen can be pictured without clicking through the questions.
//!
//! - `CLEARPATH_PROBE_SCREEN`: `welcome`, `question` (the first charge's court), `offense` (the first
//!   charge's offense), `charges`, `review`, `results`, `about-bill` or `settings`.
//! - `CLEARPATH_PROBE_ANSWERS`: an answers file (`docs/answers-format.md`), optional.
//! - `CLEARPATH_PROBE_TODAY`: the date to screen as of (YYYY-MM-DD), optional.
//! - `CLEARPATH_PROBE_SIZE`: the window's inner size, `WIDTHxHEIGHT` in points, optional.
//! - `CLEARPATH_PROBE_SEARCH`: words typed in the charge chooser's search, optional.
//! - `CLEARPATH_PROBE_DETAILS=open`: every disclosure starts open (each charge's details on the
//!   results), optional; `scripts/bench-startup.sh` times the results screen so.
//!
//! Anything it cannot use is said on standard error and the window starts as usual.

use super::{ClearPathApp, Screen};
use crate::answers::Answers;
use crate::source::SourceText;

/// The window's size from `CLEARPATH_PROBE_SIZE`, if it is set and reads as `WIDTHxHEIGHT`.
pub fn window_size() -> Option<[f32; 2]> {
    let text = std::env::var("CLEARPATH_PROBE_SIZE").ok()?;
    let (w, h) = text.split_once('x')?;
    Some([w.trim().parse().ok()?, h.trim().parse().ok()?])
}

/// Applies the variables above, if `CLEARPATH_PROBE_SCREEN` is set.
pub fn apply(app: &mut ClearPathApp, ctx: &egui::Context) {
    let Ok(screen) = std::env::var("CLEARPATH_PROBE_SCREEN") else {
        return;
    };
    match std::env::var("CLEARPATH_PROBE_DETAILS").as_deref() {
        Ok("open") => ctx.data_mut(|d| {
            d.insert_temp(egui::Id::unique(super::design::PROBE_DETAILS_OPEN), true);
        }),
        Ok(other) => eprintln!("probe: CLEARPATH_PROBE_DETAILS: {other:?} is not \"open\""),
        Err(_) => {}
    }

    if let Ok(today) = std::env::var("CLEARPATH_PROBE_TODAY") {
        match crate::calendar::parse_date(&today) {
            Ok(d) => app.today = d,
            Err(e) => eprintln!("probe: CLEARPATH_PROBE_TODAY: {e}"),
        }
    }
    if let Ok(path) = std::env::var("CLEARPATH_PROBE_ANSWERS") {
        let read = std::fs::read_to_string(&path)
            .map_err(|e| e.to_string())
            .and_then(|text| {
                Answers::parse(&SourceText::new(path.clone(), text)).map_err(|e| e.to_string())
            });
        match read {
            Ok(answers) => {
                app.session.finished_charges = answers.charges.len();
                app.session.answers = answers;
            }
            Err(e) => eprintln!("probe: CLEARPATH_PROBE_ANSWERS: {path}: {e}"),
        }
    }
    let question = |id: &str| {
        app.questions
            .questions
            .iter()
            .position(|q| q.id == id)
            .unwrap_or(0)
    };
    if let Ok(search) = std::env::var("CLEARPATH_PROBE_SEARCH") {
        app.views.question.set_search(0, search);
    }
    app.screen = match screen.as_str() {
        "welcome" => Screen::Welcome,
        "question" => Screen::ChargeQuestion {
            charge: 0,
            index: question("court"),
        },
        "offense" => Screen::ChargeQuestion {
            charge: 0,
            index: question("offense"),
        },
        "charges" => Screen::Charges,
        "desk" => Screen::Desk,
        "review" => Screen::Review,
        "results" => Screen::Results,
        "about-bill" => Screen::AboutBill {
            back: Box::new(Screen::Welcome),
        },
        "settings" => Screen::Settings {
            back: Box::new(Screen::Welcome),
        },
        other => {
            eprintln!("probe: CLEARPATH_PROBE_SCREEN: no screen {other:?}");
            return;
        }
    };
}
