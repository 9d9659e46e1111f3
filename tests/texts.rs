//! Every message the window asks for exists in every language, so no screen ever shows a message id.

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
            let text = std::fs::read_to_string(&path).expect("source file");
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
const NOT_MESSAGES: [&str; 3] = [
    "clearpath-screening", // the JSON output's format name
    "first-frame",         // a value of the CLEARPATH_PROBE measurement setting
    "open-case",           // a notice id from the rule files
];

/// Ids built from data: every question's words and every choice's words.
fn ids_from_questions() -> Vec<String> {
    let questions = Questionnaire::bundled().expect("questions load");
    let mut ids = Vec::new();
    for q in &questions.questions {
        ids.push(format!("q-{}", q.id));
        ids.push(format!("q-{}-help", q.id));
        if q.sensitive {
            ids.push(format!("q-{}-why", q.id));
        }
        for value in q.field.values() {
            ids.push(format!("choice-{value}"));
        }
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
    for language in languages() {
        let texts = Texts::new(language).expect("translation files parse");
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
