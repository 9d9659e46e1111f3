//! ClearPath: private, offline screening for Massachusetts record relief on prostitution-related charges.
//!
//! The data flows down the modules: answers (`answers`, dates in `calendar`, the typed fact vocabulary
//! in `facts`, words without a language in `message`) → the rule files (`rules`) → the engine
//! (`screening`) → one presentation model (`present`) → words in a language (`i18n`) → renderings
//! (`render`: text, JSON, the summary and its PDF, the filing drafts as PDF or Word) → files
//! (`export`, `save`), the window (`app`) and the command line (`cli`). Charges typed as rows (`table`:
//! cells read as typed, rows pasted from a spreadsheet, CSV answers files) become answers with the
//! rules' offenses at hand. Only `app` imports egui; only `render::summary`'s PDF writer writes PDF;
//! only `render::drafts`'s Word writer writes DOCX.

pub mod answers;
#[cfg(feature = "window")]
pub mod app;
pub mod calendar;
pub mod cases;
pub mod cli;
pub mod embedded;
pub mod export;
pub mod facts;
pub mod frame_probe;
pub mod help;
pub mod i18n;
pub mod message;
pub mod present;
pub mod questionnaire;
pub mod render;
pub mod rules;
pub mod save;
pub mod screening;
pub mod source;
pub mod table;
