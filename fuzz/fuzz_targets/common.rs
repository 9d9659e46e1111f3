//! What the targets do with one input, and what they share: the screening run after a successful parse,
//! exactly as `clearpath screen` and `clearpath check-rules` do it (validate against the rule book, screen,
//! present, render text and JSON in every language the rules have words for).
//!
//! Each target's whole body is one function here ([`rules`], [`answers`], [`progress`],
//! [`progress_plain`]), so that the main package's `tests/fuzz_regressions.rs` replays the seed corpora
//! and every input kept under `fuzz/regressions/<target>/` through exactly the code the fuzzer ran, in
//! the ordinary `cargo test`. That module includes this file by path; it uses only the main package and
//! its dependencies.

#![allow(dead_code)]

use std::io::Write as _;
use std::sync::LazyLock;

use clearpath::answers::Answers;
use clearpath::i18n::{DEFAULT_LANGUAGE, Texts};
use clearpath::questionnaire::chooser;
use clearpath::rules::RuleBook;
use clearpath::rules::files::{RuleFile, RuleOrigin, bundled_files};
use clearpath::rules::text::{self, TEXT_DIR};
use clearpath::save::{self, SecretString};
use clearpath::source::SourceText;
use clearpath::{cases, cli, present, render, screening, table};
use jiff::civil::{Date, date};

/// A fixed "today", so that a crash reproduces on any day.
pub const TODAY: Date = date(2026, 11, 29);

/// The passphrase of every progress file in `fuzz/corpus/progress/`.
pub const PASSPHRASE: &str = "fuzz passphrase";

/// The scrypt work factor of the seed progress files and of the files `progress_plain` seals: the files
/// `save::seal` writes use 2^18 (about a second each, 256 MiB), which would leave the fuzzer a few runs a
/// minute. `save::open` reads any work factor up to its maximum, so the format is otherwise the same.
pub const FUZZ_WORK_FACTOR: u8 = 1;

/// Answers files that exercise the screening: not-sure answers split the world on every fact.
pub const SAMPLE_ANSWERS: &[(&str, &str)] = &[
    (
        "docs/examples/not-sure.ron",
        include_str!("../../docs/examples/not-sure.ron"),
    ),
    (
        "docs/examples/three-charges.ron",
        include_str!("../../docs/examples/three-charges.ron"),
    ),
];

/// The built-in rules, and the words of the program and the rules in every language they have words
/// for, made once per thread (a `FluentBundle` is not `Sync`).
struct Bundled {
    book: RuleBook,
    texts: Vec<Texts>,
    /// Reads CSV cells as `clearpath screen FILE.csv` does in English.
    reader: table::Reader,
}

thread_local! {
    static BUNDLED: Bundled = {
        let book = RuleBook::bundled().expect("the built-in rules compile");
        let texts = texts_for(&book);
        let english = Texts::new(DEFAULT_LANGUAGE)
            .expect("the program's words")
            .with_rules(&book)
            .expect("the rules' words");
        let candidates = chooser::for_texts(&book, &english, None);
        let reader = table::Reader::new(&book, candidates, TODAY);
        Bundled { book, texts, reader }
    };
}

/// The words of the program and of `book`'s rules in every language the rules have complete words
/// for (a language the program lacks reads as the default one, as `clearpath` does).
pub fn texts_for(book: &RuleBook) -> Vec<Texts> {
    book.languages()
        .iter()
        .filter_map(|l| Texts::new(l).ok()?.with_rules(book).ok())
        .collect()
}

/// Validate answers against the book the way the command line does; if they are valid, screen them
/// once, present them and render both reports in every language of `texts`. Errors are fine; only a
/// panic is a finding.
pub fn screen_and_render(book: &RuleBook, texts: &[Texts], source: &SourceText, answers: &Answers) {
    if book.validate_answers(answers, source, TODAY).is_err() {
        return;
    }
    let result = screening::screen(book, answers, TODAY);
    let p = present::present(&result);
    for t in texts {
        std::hint::black_box(render::text::text(&p, t));
        std::hint::black_box(render::json::json(&p, t));
    }
}

/// [`screen_and_render`] against the built-in rules in every language.
pub fn screen_with_bundled_rules(source: &SourceText, answers: &Answers) {
    BUNDLED.with(|b| screen_and_render(&b.book, &b.texts, source, answers));
}

/// Everything `check-rules` does with a book that compiled, then the sample answers screened against it.
pub fn exercise_book(book: &RuleBook) {
    let texts = texts_for(book);
    std::hint::black_box(cli::rules_summary(book));
    for example in &book.examples {
        std::hint::black_box(cases::run(book, &example.source));
    }
    for (name, text) in SAMPLE_ANSWERS {
        let source = SourceText::new(*name, *text);
        if let Ok(answers) = Answers::parse(&source) {
            screen_and_render(book, &texts, &source, &answers);
        }
    }
}

/// Answers from a progress file, checked and screened as the window does after opening one: the
/// answers written back out as RON are the text that validation errors point into.
pub fn screen_opened_progress(answers: &Answers) {
    let Ok(text) = ron::to_string(answers) else {
        return;
    };
    let source = SourceText::new("progress", text);
    screen_with_bundled_rules(&source, answers);
}

/// The `rules` target's input as rule files and a language (see `fuzz_targets/rules.rs`); `None` for
/// input with no selecting byte or text that is not UTF-8 (rule files are read with `read_to_string`).
pub fn rule_files_for(data: &[u8]) -> Option<(Vec<RuleFile>, String)> {
    let (&selector, text) = data.split_first()?;
    let text = std::str::from_utf8(text).ok()?;
    let mut files = bundled_files();
    let n = files.len();
    let choices = n + 3;
    let index = usize::from(selector) % choices;
    let name = match index {
        i if i < n => files[i].name.clone(),
        i if i == n => "extra.ron".to_string(),
        i if i == n + 1 => "examples/extra.ron".to_string(),
        _ => format!("{TEXT_DIR}{DEFAULT_LANGUAGE}/extra.ftl"),
    };
    let language = match text::language_of(&name) {
        Some(l) => l.to_string(),
        None => {
            // English first, so that every seed (selector < choices) compiles in English.
            let mut ordered = vec![DEFAULT_LANGUAGE.to_string()];
            ordered.extend(
                text::languages(&files)
                    .into_iter()
                    .filter(|l| l != DEFAULT_LANGUAGE),
            );
            ordered[usize::from(selector) / choices % ordered.len()].clone()
        }
    };
    let file = RuleFile {
        source: SourceText::new(format!("fuzz/{name}"), text),
        name,
        origin: RuleOrigin::Bundled,
    };
    if index < n {
        files[index] = file;
    } else {
        files.push(file);
    }
    Some((files, language))
}

/// The `rules` target: the input replaces or adds one rule file (see [`rule_files_for`]) and the book is
/// compiled; `RuleBook::compile` must return `Ok` or `Err`, and a book that compiles is exercised, its
/// words in the language the selector names checked too.
pub fn rules(data: &[u8]) {
    let Some((files, language)) = rule_files_for(data) else {
        return;
    };
    if let Ok(book) = RuleBook::compile(files) {
        let _ = std::hint::black_box(book.check_language(&language));
        exercise_book(&book);
    }
}

/// The `answers` target: an answers file, parsed, then screened against the built-in rules.
pub fn answers(data: &[u8]) {
    // Answers files are read with `read_to_string`; text that is not UTF-8 never reaches the parser.
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let source = SourceText::new("fuzz.ron", text);
    if let Ok(answers) = Answers::parse(&source) {
        screen_with_bundled_rules(&source, &answers);
    }
}

/// The `answers_csv` target: a CSV answers file read as `clearpath screen FILE.csv` reads it, then
/// screened against the built-in rules; and the same text pasted as tab-separated rows.
pub fn answers_csv(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let source = SourceText::new("fuzz.csv", text);
    BUNDLED.with(|b| {
        std::hint::black_box(b.reader.paste(text));
        if let Ok(answers) = table::csv::read(&source, &b.reader) {
            screen_and_render(&b.book, &b.texts, &source, &answers);
        }
    });
}

/// The `progress` target: a progress file opened with [`PASSPHRASE`], then screened.
pub fn progress(data: &[u8]) {
    let passphrase = SecretString::from(PASSPHRASE.to_owned());
    if let Ok(answers) = save::open(data, &passphrase) {
        screen_opened_progress(&answers);
    }
}

/// Made once: `Recipient::new` times scrypt to pick a work factor, which is replaced anyway.
static RECIPIENT: LazyLock<age::scrypt::Recipient> = LazyLock::new(|| {
    let mut r = age::scrypt::Recipient::new(SecretString::from(PASSPHRASE.to_owned()));
    r.set_work_factor(FUZZ_WORK_FACTOR);
    r
});

/// `plaintext` sealed as a progress file with [`PASSPHRASE`] at work factor 2^[`FUZZ_WORK_FACTOR`].
pub fn seal(plaintext: &[u8]) -> Vec<u8> {
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&*RECIPIENT as &dyn age::Recipient))
            .expect("one scrypt recipient");
    let mut sealed = Vec::new();
    let mut writer = encryptor
        .wrap_output(&mut sealed)
        .expect("writing to memory");
    writer.write_all(plaintext).expect("writing to memory");
    writer.finish().expect("writing to memory");
    sealed
}

/// The `progress_plain` target: the input is the plain text inside a progress file; it is sealed, then
/// opened and screened as [`progress`] does.
pub fn progress_plain(data: &[u8]) {
    // `open` refuses files over its limit before decrypting; keep the plain text under it.
    if data.len() > save::MAX_FILE_BYTES / 2 {
        return;
    }
    progress(&seal(data));
}

/// What a target does with one input.
pub type Target = fn(&[u8]);

/// Every target by name, as `scripts/fuzz.sh` and `fuzz/corpus/` name them.
pub const TARGETS: &[(&str, Target)] = &[
    ("rules", rules),
    ("answers", answers),
    ("answers_csv", answers_csv),
    ("progress", progress),
    ("progress_plain", progress_plain),
];
