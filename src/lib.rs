//! ClearPath: private, offline screening for Massachusetts record relief on prostitution-related charges.
//!
//! The library holds everything but argument parsing: the answers model, the rule files and their
//! compiler, the screening engine, text and JSON reports, the take-home summary and its export, the
//! command line and the window. Only `app` imports egui; only `summary`'s PDF writer writes PDF.

pub mod answers;
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
pub mod questionnaire;
pub mod report;
pub mod rules;
pub mod save;
pub mod screening;
pub mod source;
pub mod summary;
