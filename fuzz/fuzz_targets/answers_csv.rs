//! CSV answers files: bytes → text → `table::csv::read` (every cell read as typed, against the
//! built-in rules' offenses); answers that read are screened and rendered as `clearpath screen` does,
//! in every language. The same text is also read as rows pasted from a spreadsheet. Every step may
//! refuse the input; none may panic.

#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| common::answers_csv(data));
