//! Keeps the documentation true: every answers file in `docs/examples/` must read, pass the same checks
//! as `clearpath screen` and screen against the built-in rules, every complete answers file shown in
//! `docs/answers-format.md` must do the same, and `docs/examples/three-charges.json` must be exactly what
//! `clearpath screen docs/examples/three-charges.ron --today 2026-11-29 --format json` prints.

use crate::common;
use std::fs;
use std::path::{Path, PathBuf};

use clearpath::answers::Answers;
use clearpath::rules::RuleBook;
use clearpath::screening::{self, Status};
use clearpath::source::SourceText;
use jiff::civil::{Date, date};

/// The date the saved JSON was made with.
const TODAY: Date = date(2026, 11, 29);

const REGENERATE: &str = "cargo run -q -- screen docs/examples/three-charges.ron --today 2026-11-29 --format json > docs/examples/three-charges.json";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn bundled() -> RuleBook {
    RuleBook::bundled().expect("the built-in rules compile")
}

/// Read and check an answers file the way `clearpath screen` does.
fn read_answers(book: &RuleBook, source: &SourceText) -> Answers {
    let answers = Answers::parse(source)
        .unwrap_or_else(|e| panic!("{} does not read as an answers file: {e}", source.name));
    book.validate_answers(&answers, source, TODAY)
        .unwrap_or_else(|e| panic!("{} fails the answers checks: {e}", source.name));
    answers
}

fn example_files() -> Vec<PathBuf> {
    let dir = root().join("docs/examples");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("docs/examples can be listed")
        .map(|entry| entry.expect("docs/examples entry can be read").path())
        .filter(|path| path.extension().is_some_and(|x| x == "ron"))
        .collect();
    files.sort();
    files
}

fn source_of(path: &Path) -> SourceText {
    let name = path
        .strip_prefix(root())
        .unwrap_or(path)
        .display()
        .to_string();
    let text = fs::read_to_string(path).expect("example file can be read");
    SourceText::new(name, text)
}

#[test]
fn every_example_answers_file_reads_and_screens() {
    let book = bundled();
    let files = example_files();
    for wanted in ["one-charge.ron", "three-charges.ron", "not-sure.ron"] {
        assert!(
            files.iter().any(|f| f.ends_with(wanted)),
            "docs/examples/{wanted} is missing; the docs refer to it"
        );
    }
    for path in &files {
        let source = source_of(path);
        let answers = read_answers(&book, &source);
        assert!(
            !answers.charges.is_empty(),
            "{} lists no charges",
            source.name
        );
        let result = screening::screen(&book, &answers, TODAY);
        assert_eq!(
            result.charges.len(),
            answers.charges.len(),
            "{}: one result per charge",
            source.name
        );
        // The text and JSON reports must both be producible.
        assert!(!common::text_report(&book, &answers, TODAY, "en").is_empty());
        assert!(common::json_report(&book, &answers, TODAY, "en").starts_with('{'));
    }
}

#[test]
fn not_sure_example_gives_conditional_outcomes() {
    // docs/answers-format.md and the file's own comment say that this example shows conditional outcomes.
    let book = bundled();
    let source = source_of(&root().join("docs/examples/not-sure.ron"));
    let answers = read_answers(&book, &source);
    let result = screening::screen(&book, &answers, TODAY);
    let conditional = result
        .charges
        .iter()
        .flat_map(|c| &c.outcomes)
        .filter(|o| o.status == Status::Conditional)
        .count();
    assert!(
        conditional > 0,
        "docs/examples/not-sure.ron no longer gives any conditional outcome; update the example and the docs that describe it"
    );
}

#[test]
fn saved_json_matches_the_screening() {
    let book = bundled();
    let source = source_of(&root().join("docs/examples/three-charges.ron"));
    let answers = read_answers(&book, &source);
    // `clearpath screen --format json` prints the document followed by one newline.
    let expected = common::json_report(&book, &answers, TODAY, "en") + "\n";
    let saved = fs::read_to_string(root().join("docs/examples/three-charges.json"))
        .expect("docs/examples/three-charges.json can be read");
    // Tolerate Windows line endings and a missing or doubled final newline; nothing else.
    let saved = saved.replace("\r\n", "\n");
    if saved.trim_end_matches('\n') != expected.trim_end_matches('\n') {
        let line = saved
            .lines()
            .zip(expected.lines())
            .position(|(a, b)| a != b)
            .map_or_else(
                || saved.lines().count().min(expected.lines().count()) + 1,
                |i| i + 1,
            );
        panic!(
            "docs/examples/three-charges.json is out of date (first difference at line {line}).\n\
             Regenerate it from the project folder with:\n    {REGENERATE}\n\
             (with no rules folder in your config folder, such as ~/.config/clearpath/rules, which would \
             change the output), then check that the excerpt in docs/screening-json.md still matches."
        );
    }
}

/// The fenced blocks of a Markdown text with this language, each with the line its text starts on.
fn fenced_blocks(doc: &str, language: &str) -> Vec<(usize, String)> {
    let opening = format!("```{language}");
    let mut blocks = Vec::new();
    let mut current: Option<(usize, String)> = None;
    for (i, line) in doc.lines().enumerate() {
        match &mut current {
            None if line.trim_start() == opening => current = Some((i + 2, String::new())),
            None => {}
            Some(_) if line.trim_start() == "```" => blocks.extend(current.take()),
            Some((_, text)) => {
                text.push_str(line);
                text.push('\n');
            }
        }
    }
    blocks
}

#[test]
fn json_excerpts_in_the_json_doc_match_the_saved_output() {
    // Every ```json block in docs/screening-json.md is an excerpt of docs/examples/three-charges.json:
    // a line `...` marks a cut, and the lines between cuts must appear in the file as they are (leading
    // spaces aside), one after the other, in the same order.
    let doc = fs::read_to_string(root().join("docs/screening-json.md"))
        .expect("docs/screening-json.md can be read");
    let saved = fs::read_to_string(root().join("docs/examples/three-charges.json"))
        .expect("docs/examples/three-charges.json can be read");
    let saved: Vec<&str> = saved.lines().map(str::trim).collect();
    let blocks = fenced_blocks(&doc, "json");
    assert!(
        !blocks.is_empty(),
        "docs/screening-json.md should show an excerpt of three-charges.json"
    );
    for (start, text) in blocks {
        let lines: Vec<&str> = text.lines().map(str::trim).collect();
        let mut from = 0;
        for run in lines.split(|l| *l == "...").filter(|run| !run.is_empty()) {
            let found = (from..=saved.len().saturating_sub(run.len()))
                .find(|&i| saved[i..].starts_with(run))
                .unwrap_or_else(|| {
                    panic!(
                        "the excerpt in docs/screening-json.md starting at line {start} no longer matches \
                         docs/examples/three-charges.json near \"{}\"; copy the lines again from the file",
                        run[0]
                    )
                });
            from = found + run.len();
        }
    }
}

#[test]
fn complete_examples_in_the_answers_doc_read() {
    // Every ```ron block in docs/answers-format.md that is a whole file (it starts with `(` once comments
    // are skipped) must read and pass the checks, so the doc never shows a file that would be refused.
    let book = bundled();
    let doc = fs::read_to_string(root().join("docs/answers-format.md"))
        .expect("docs/answers-format.md can be read");
    let whole: Vec<(usize, String)> = fenced_blocks(&doc, "ron")
        .into_iter()
        .filter(|(_, text)| {
            text.lines()
                .map(str::trim)
                .find(|l| !l.is_empty() && !l.starts_with("//"))
                .is_some_and(|l| l == "(")
        })
        .collect();
    assert!(
        !whole.is_empty(),
        "docs/answers-format.md should show at least one complete answers file"
    );
    for (line, text) in whole {
        let source = SourceText::new(
            format!("docs/answers-format.md (block at line {line})"),
            text,
        );
        let answers = read_answers(&book, &source);
        let _ = screening::screen(&book, &answers, TODAY);
    }
}

/// The clinic settings example in README.md is a settings file the app accepts, with every field.
#[test]
fn the_readme_settings_example_is_accepted() {
    use clearpath::app::{ClinicDefaults, Settings};
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let example = readme
        .split("```ron")
        .skip(1)
        .filter_map(|block| block.split("```").next())
        .find(|block| block.contains("idle_minutes"))
        .expect("README.md shows a settings.ron example");
    let dir = std::env::temp_dir().join(format!("clearpath-readme-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("settings.ron");
    std::fs::write(&path, example).expect("write");
    let (settings, defaults) = Settings::load(Some(&path));
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        matches!(defaults, ClinicDefaults::Loaded(_)),
        "the README's settings example loads: {defaults:?}"
    );
    assert_ne!(settings, Settings::default(), "every field in it is read");
}
