//! Answers files: bytes → text → `Answers::parse`; answers that parse are validated against the built-in
//! rule book and, if valid, screened and rendered as text and JSON, as `clearpath screen` does, in every
//! language. Every step may refuse the input; none may panic.

#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| common::answers(data));
