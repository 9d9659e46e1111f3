//! The integration tests, one test binary with a module per area (linked once instead of once per
//! file). Run one area with `cargo test --test tests <area>::`, for example `cargo test --test tests
//! texts::`.

mod common;

mod accessibility;
mod app;
mod cases;
mod chooser;
mod cli;
mod csv;
mod dependencies;
mod desk;
mod docs_examples;
mod drafts;
mod fuzz_regressions;
mod keyboard;
mod present;
mod properties;
mod readability;
mod rule_files;
mod save;
mod summary;
mod texts;
