//! Answers files: bytes → text → `Answers::parse`; answers that parse are validated against the built-in
//! rule book and, if valid, screened and rendered as text and JSON, as `clearpath screen` does, in every
//! language. Every step may refuse the input; none may panic.

#![no_main]

#[path = "common.rs"]
mod common;

use clearpath::answers::Answers;
use clearpath::source::SourceText;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Answers files are read with `read_to_string`; text that is not UTF-8 never reaches the parser.
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let source = SourceText::new("fuzz.ron", text);
    if let Ok(answers) = Answers::parse(&source) {
        common::screen_with_bundled_rules(&source, &answers);
    }
});
