//! Every message the window asks for exists in every language, so no screen ever shows a message id;
//! and the code that speaks to people holds no words of its own.

use std::path::Path;

use clearpath::i18n::{Texts, languages};
use clearpath::questionnaire::Questionnaire;

/// Message ids written in the code: every kebab-case string literal under `src/` (other
/// ids there, such as egui ids, are written in snake_case so they are not mistaken for messages).
fn ids_used_in_code() -> Vec<String> {
    let mut ids = Vec::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("src is readable") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let text: String = std::fs::read_to_string(&path)
                .expect("source file")
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .map(|l| format!("{l}\n"))
                .collect();
            for literal in text.split('"').skip(1).step_by(2) {
                let kebab = literal.contains('-')
                    && literal.starts_with(|c: char| c.is_ascii_lowercase())
                    && !NOT_MESSAGES.contains(&literal)
                    && literal.split('-').all(|part| {
                        !part.is_empty()
                            && part
                                .bytes()
                                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
                    });
                if kebab {
                    ids.push(literal.to_string());
                }
            }
        }
    }
    ids.sort();
    ids.dedup();
    ids
}

/// Kebab-case literals in the code that are not message ids.
const NOT_MESSAGES: [&str; 13] = [
    "appendix-lang", // a command-line option (src/cli.rs), not translated on purpose
    "check-rules",   // a command-line command (src/cli.rs)
    "clearpath-screening", // the JSON output's format name
    "clearpath-progress", // the progress file's format name
    "first-frame",   // a value of the CLEARPATH_PROBE measurement setting
    "open-case",     // a notice id from the rule files
    "records-to-request", // a notice id from the rule files (src/render/summary/mod.rs)
    "clearpath-task", // the name of a background task's thread
    "atkinson-bold", // the name of a face in the window's fonts (src/app/design.rs)
    "about-bill",    // a screen's name for the probe build's CLEARPATH_PROBE_SCREEN (and a message)
    "seal-court",    // a kind of filing draft, as the command line and rules/drafts/ name it
    "seal-mail",     // the same
    "probe-details-open", // a value of the probe build's CLEARPATH_PROBE_DETAILS setting
];

/// The modules that put words in front of people: the window, the presentation, the renderings (the
/// summary, the text report, the JSON), and the messages of saving and printing.
const PEOPLE_FACING: [&str; 4] = ["src/app", "src/present", "src/render", "src/export.rs"];

/// Literals in those modules that hold words but are not for people to read.
const NOT_WORDS_FOR_PEOPLE: [&str; 23] = [
    // The print queue's job title: one neutral word, the same in every language on purpose, so a
    // shared printer's queue shows nothing about the subject.
    "Summary",
    // The Word drafts (src/render/drafts/docx.rs): the font named in the document, and Word's own
    // style ids for the title and headings, which Word shows in its own language.
    "DejaVu Sans",
    "Title",
    "Heading1",
    "Heading2",
    // PDF names: the font's character collection and its program's length.
    "Adobe",
    "Identity",
    "Length1",
    // A clinic's settings.ron naming a language the program does not have: the technical detail
    // under the translated "settings-file-error" message.
    "{place}: unknown language \\\"{l}\\\" (languages: {})",
    // The Windows print command, not words.
    "Start-Process -FilePath $env:CLEARPATH_PRINT_FILE -Verb Print -Wait",
    "powershell Start-Process -Verb Print",
    // Choice codes of assets/questions.ron; their words are the messages choice-Date and choice-Year.
    "Date",
    "Year",
    // Diagnostics: printed on the command line when the window cannot open at all.
    "the window could not open: {e}",
    // The technical detail under the translated "settings-file-error" message: the file and the
    // system's own error.
    "{}: cannot read: {e}",
    // A type's name in debug output, and the reason egui logs for redrawing a frame: never shown.
    "Task",
    "the quick exit blanks this frame",
    // A diagnostic of the probe build (scripts/screenshots.sh), never in the installed program.
    "probe: CLEARPATH_PROBE_SCREEN: no screen {other:?}",
    "probe: CLEARPATH_PROBE_DETAILS: {other:?} is not \\\"open\\\"",
    // A choice code of assets/questions.ron (a charge not in the list); its words are choice-Another.
    "Another",
    // The technical detail under the translated "summary-failed" message.
    "the subset does not read back",
    // PDF names: a stream's filter and the document information dictionary.
    "Filter",
    "Info",
];

/// Every `.rs` file under `path` (or `path` itself).
fn rust_files(path: &Path, out: &mut Vec<std::path::PathBuf>) {
    if path.is_dir() {
        for entry in std::fs::read_dir(path).expect("folder is readable") {
            rust_files(&entry.expect("entry").path(), out);
        }
    } else if path.extension().is_some_and(|e| e == "rs") {
        out.push(path.to_path_buf());
    }
}

/// True for a literal that reads as words: two words of letters in a row ("Save summary"), or a
/// capitalised word ("Saved", "Why: {}") in a literal that is not a path or file name. Ids, file
/// names and format strings such as "{} ({})" are not words.
fn reads_as_words(literal: &str) -> bool {
    let two_in_a_row = literal
        .split(|c: char| !(c.is_alphabetic() || c == ' ' || c == '\''))
        .any(|run| run.split(' ').filter(|w| w.chars().count() >= 2).count() >= 2);
    let capitalised = literal.split(|c: char| !c.is_alphabetic()).any(|w| {
        w.chars().count() >= 2
            && w.starts_with(|c: char| c.is_uppercase())
            && w.chars().skip(1).all(char::is_lowercase)
    });
    let id_or_path = !literal.contains(' ') && literal.contains(['/', '.', '_', '-']);
    two_in_a_row || (capitalised && !id_or_path)
}

/// The string literals of a line of Rust, with escapes left as written (`\"` stays two characters).
fn literals(line: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut chars = line.chars().peekable();
    let mut current: Option<String> = None;
    let mut previous = ' ';
    while let Some(c) = chars.next() {
        match (&mut current, c) {
            (Some(s), '\\') => {
                s.push(c);
                if let Some(next) = chars.next() {
                    s.push(next);
                }
            }
            (Some(_), '"') => found.extend(current.take()),
            (Some(s), _) => s.push(c),
            // A quote as a character literal ('"') does not start a string.
            (None, '"') if previous != '\'' => current = Some(String::new()),
            (None, _) => {}
        }
        previous = c;
    }
    found
}

/// Words written in the people-facing code instead of the translation files, as "file:line: literal".
/// Lines that are comments, attributes (`#[error(...)]` diagnostics for the command line, which speaks
/// English to rule maintainers) and test modules are not read.
fn words_in_code() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for part in PEOPLE_FACING {
        rust_files(&root.join(part), &mut files);
    }
    let mut found = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("source file");
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("#[cfg(test)]") {
                break;
            }
            let code = line.trim_start();
            if code.starts_with("//") || code.starts_with("#[") {
                continue;
            }
            for literal in literals(code) {
                if reads_as_words(&literal) && !NOT_WORDS_FOR_PEOPLE.contains(&literal.as_str()) {
                    found.push(format!(
                        "{}:{}: {literal}",
                        file.strip_prefix(root).unwrap_or(&file).display(),
                        n + 1
                    ));
                }
            }
        }
    }
    found
}

#[test]
fn no_words_for_people_are_written_in_the_code() {
    let found = words_in_code();
    assert!(
        found.is_empty(),
        "words for people belong in assets/i18n/<language>/*.ftl, not in the code:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scan_for_words_in_code_finds_words() {
    for words in ["Save summary", "Saved", "Why: {}", "Not sure", "don't save"] {
        assert!(reads_as_words(words), "{words}");
    }
    assert_eq!(
        literals(r#"t.get("a-b"); format!("{} \"x\"", '"', y) + "Why""#),
        ["a-b", r#"{} \"x\""#, "Why"]
    );
    for not_words in [
        "summary-save",
        "{} ({})",
        "help_scroll",
        "q-{}-help",
        "DejaVuSans.ttf",
        "en",
        "ClearPath",
    ] {
        assert!(!reads_as_words(not_words), "{not_words}");
    }
}

/// Ids built from data: every question's words and every choice's words, and the help list's.
fn ids_from_questions() -> Vec<String> {
    let questions = Questionnaire::bundled().expect("questions load");
    let mut ids = Vec::new();
    for q in &questions.questions {
        ids.push(format!("q-{}", q.id));
        ids.push(format!("q-{}-help", q.id));
        ids.push(format!("q-{}-short", q.id));
        if q.sensitive {
            ids.push(format!("q-{}-why", q.id));
        }
        for value in q.field.values() {
            ids.push(format!("choice-{value}"));
        }
    }
    for entry in clearpath::help::bundled().expect("help list loads") {
        ids.push(entry.what);
        ids.push(entry.source);
    }
    ids.sort();
    ids.dedup();
    ids
}

#[test]
fn every_message_used_exists_in_every_language() {
    let used = ids_used_in_code();
    assert!(
        used.len() > 40,
        "the scan found the window's messages: {used:?}"
    );
    let needed: Vec<String> = used.into_iter().chain(ids_from_questions()).collect();
    // The filing drafts' own words (the label on every page...) are rule words, in
    // rules/text/<language>/drafts.ftl, so a clinic can change them.
    let book = clearpath::rules::RuleBook::bundled().expect("the bundled rules");
    for language in languages() {
        let texts = Texts::new(language)
            .expect("translation files parse")
            .with_rules(&book)
            .expect("the rules' words");
        let missing: Vec<&String> = needed.iter().filter(|id| !texts.has(id)).collect();
        assert!(missing.is_empty(), "{language} lacks {missing:?}");
    }
}

#[test]
fn every_language_has_the_same_messages() {
    let english = {
        let mut ids = Texts::ids("en");
        ids.sort();
        ids
    };
    assert!(english.contains(&"status-available".to_string()));
    for language in languages() {
        let mut ids = Texts::ids(language);
        ids.sort();
        assert_eq!(ids, english, "{language} has different message ids than en");
    }
}

#[test]
fn plural_forms_follow_the_number() {
    let texts = Texts::new("en").expect("en");
    let one = texts.get_args("idle-warning", &[("seconds", "1")]);
    let many = texts.get_args("idle-warning", &[("seconds", "30")]);
    assert!(one.contains("in 1 second."), "{one}");
    assert!(many.contains("in 30 seconds."), "{many}");
}

#[test]
fn every_language_has_a_recorded_review_status() {
    let reviews = clearpath::i18n::reviews().expect("assets/translations.ron reads");
    for language in languages() {
        assert!(
            reviews.contains_key(language),
            "assets/translations.ron says nothing about {language}"
        );
    }
    assert_eq!(reviews.get("en"), Some(&clearpath::i18n::Review::Source));
}

/// Every source a person can read names a public source, never a document of ClearPath's own: the
/// words of the window, the summary and the rules, the help list, and the rule files' sources and notes
/// (which the JSON output and the advocate's appendix show).
#[test]
fn no_shown_text_cites_an_internal_document() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in [
        "assets",
        "assets/i18n/en",
        "assets/i18n/es",
        "rules",
        "rules/text/en",
        "rules/text/es",
    ] {
        for entry in std::fs::read_dir(root.join(dir)).expect("folder") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|e| e == "ftl" || e == "ron") {
                files.push(path);
            }
        }
    }
    assert!(files.len() > 15, "the scan found too few files: {files:?}");
    let mut found = Vec::new();
    for path in &files {
        let text = std::fs::read_to_string(path).expect("readable");
        for (n, line) in text.lines().enumerate() {
            let shown = line.trim_start();
            if shown.starts_with('#') || shown.starts_with("//") {
                continue; // notes for maintainers
            }
            let lower = shown.to_lowercase();
            if [
                "legal brief",
                "the brief",
                "brief section",
                "informe legal de clearpath",
            ]
            .iter()
            .any(|w| lower.contains(w))
            {
                found.push(format!("{}:{}: {shown}", path.display(), n + 1));
            }
        }
    }
    assert!(
        found.is_empty(),
        "name the public source instead:\n{}",
        found.join("\n")
    );
}
