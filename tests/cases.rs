//! Worked cases: every file in `tests/cases/` and every example bundled with the rules, run against the
//! bundled rules. Each file holds answers, a date and the outcomes they must give (reasons, citations,
//! conditions and notices), written from `shared/legal/ma-record-relief.md`.
//!
//! The test also checks that the cases, taken together, check every remedy of both rule sets and every
//! status at least once, so a remedy or status that no case looks at is noticed.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use clearpath::cases::{self, CaseReport};
use clearpath::rules::RuleBook;
use clearpath::screening::Status;
use clearpath::source::SourceText;

/// Every remedy of both rule sets named in the brief, as `rule-set-id/remedy-id`.
const REMEDIES: [&str; 13] = [
    "current-law/vacatur",
    "current-law/new_trial",
    "current-law/seal_by_mail",
    "current-law/seal_juvenile",
    "current-law/seal_by_judge",
    "current-law/expunge_under_21",
    "current-law/expunge_for_reason",
    "current-law/open_case_defense",
    "current-law/seal_possession",
    "current-law/federal_vacatur",
    "bill-h1683/expungement",
    "bill-h1683/seal_no_longer_crime",
    "bill-h1683/expunge_no_longer_crime",
];

/// Every status, by its stable code (`AvailableFrom` carries a date, so compare codes).
const STATUSES: [&str; 6] = [
    "automatic",
    "available",
    "available_from",
    "conditional",
    "needs_review",
    "not_available",
];

/// The fewest case files the suite may hold.
const MIN_CASE_FILES: usize = 40;

fn case_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .expect("tests/cases can be read")
        .map(|entry| entry.expect("a directory entry in tests/cases").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ron"))
        .collect();
    files.sort();
    files
}

fn describe_failure(report: &CaseReport) -> String {
    let name = if report.name.is_empty() {
        "(unnamed)"
    } else {
        report.name.as_str()
    };
    let mut text = format!("{} ({name}):", report.file);
    for failure in &report.failures {
        text.push_str("\n    ");
        text.push_str(failure);
    }
    text
}

#[test]
fn worked_cases_pass_and_cover_every_remedy_and_status() {
    let book = RuleBook::bundled().expect("the bundled rules compile");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = case_files(&root.join("tests").join("cases"));
    let mut reports: Vec<CaseReport> = files
        .iter()
        .map(|path| {
            let text = fs::read_to_string(path)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            let name = path
                .strip_prefix(root)
                .unwrap_or(path)
                .display()
                .to_string();
            cases::run(&book, &SourceText::new(name, text))
        })
        .collect();
    assert!(
        !book.examples.is_empty(),
        "the bundled rules ship no worked examples"
    );
    reports.extend(
        book.examples
            .iter()
            .map(|example| cases::run(&book, &example.source)),
    );

    // A case that parses but checks nothing would pass silently.
    for report in &mut reports {
        if report.passed() && report.checked.is_empty() {
            report
                .failures
                .push("the case checks no outcome: add at least one `expect` entry".into());
        }
    }

    let failed: Vec<String> = reports
        .iter()
        .filter(|r| !r.passed())
        .map(describe_failure)
        .collect();
    assert!(
        failed.is_empty(),
        "{} of {} worked cases failed:\n{}",
        failed.len(),
        reports.len(),
        failed.join("\n")
    );

    assert!(
        files.len() >= MIN_CASE_FILES,
        "tests/cases holds {} case files; at least {MIN_CASE_FILES} are expected",
        files.len()
    );

    let checked: Vec<&(String, Status)> = reports.iter().flat_map(|r| &r.checked).collect();
    let remedies: BTreeSet<&str> = checked.iter().map(|(remedy, _)| remedy.as_str()).collect();
    // The remedies named in the brief, and any the rule files gain later.
    let mut required: BTreeSet<String> = REMEDIES.iter().map(|r| (*r).to_string()).collect();
    for set in &book.rule_sets {
        for remedy in &set.remedies {
            required.insert(format!("{}/{}", set.id, remedy.id));
        }
    }
    let missing_remedies: Vec<&str> = required
        .iter()
        .map(String::as_str)
        .filter(|remedy| !remedies.contains(remedy))
        .collect();
    assert!(
        missing_remedies.is_empty(),
        "no worked case checks these remedies: {missing_remedies:?}"
    );

    let statuses: BTreeSet<&str> = checked.iter().map(|(_, status)| status.code()).collect();
    let missing_statuses: Vec<&str> = STATUSES
        .iter()
        .copied()
        .filter(|status| !statuses.contains(status))
        .collect();
    assert!(
        missing_statuses.is_empty(),
        "no worked case checks these statuses: {missing_statuses:?}"
    );
}
