//! Worked cases: answers, a date and the outcomes they must give, as data files. `check-rules` runs the
//! examples shipped with the rules; the test suite runs `tests/cases/`.

use crate::answers::{Answers, ReadFailure, read_versioned, v1};
use crate::calendar;
use crate::i18n::{DEFAULT_LANGUAGE, Texts};
use crate::message::Msg;
use crate::present;
use crate::rules::RuleBook;
use crate::rules::raw::{RawCase, RawCaseProbe, RawExpectedStatus};
use crate::screening::{self, Status};
use crate::source::SourceText;

/// The result of one worked case: empty `failures` means it passed.
#[derive(Clone, Debug)]
pub struct CaseReport {
    pub name: String,
    pub file: String,
    pub failures: Vec<String>,
    /// The statuses the case checked, for coverage reports.
    pub checked: Vec<(String, Status)>,
}

impl CaseReport {
    pub fn passed(&self) -> bool {
        self.failures.is_empty()
    }
}

/// Read a case file, its answers in the format their own `version` says (version 1 carried over); an
/// error names the place and what to do.
pub fn read(src: &SourceText) -> Result<RawCase, String> {
    let probe = src
        .parse::<RawCaseProbe>()
        .map_err(|f| format!("{}: {}", f.place, f.message))?;
    read_versioned(src, &probe.answers, |case: RawCase<v1::Answers>| RawCase {
        answers: case.answers.migrate(),
        name: case.name,
        today: case.today,
        expect: case.expect,
        notices: case.notices,
    })
    .map_err(|e| match e {
        ReadFailure::Parse { failure, hint } => {
            format!("{}: {} (hint: {hint})", failure.place, failure.message)
        }
        ReadFailure::Newer(v) => format!(
            "{}: answers format {v} is newer than this version of ClearPath reads",
            src.place_of_text("version")
        ),
    })
}

/// Run one case file against the rules.
pub fn run(book: &RuleBook, src: &SourceText) -> CaseReport {
    let mut report = CaseReport {
        name: String::new(),
        file: src.name.clone(),
        failures: Vec::new(),
        checked: Vec::new(),
    };
    let case = match read(src) {
        Ok(c) => c,
        Err(failure) => {
            report.failures.push(failure);
            return report;
        }
    };
    report.name = case.name.clone();
    let today = match calendar::parse_date(&case.today) {
        Ok(d) => d,
        Err(e) => {
            report
                .failures
                .push(format!("{}: today: {e}", src.place_of_string(&case.today)));
            return report;
        }
    };
    let answers: &Answers = &case.answers;
    if let Err(e) = book.validate_answers(answers, src, today) {
        report.failures.push(e.to_string());
        return report;
    }
    // Words are checked in the rules' own language, as the examples are written.
    let t = match crate::i18n::Texts::for_book(DEFAULT_LANGUAGE, book) {
        Ok(t) => t,
        Err(e) => {
            report.failures.push(e);
            return report;
        }
    };
    let result = screening::screen(book, answers, today);
    let p = present::present(&result);
    for (n, exp) in case.expect.iter().enumerate() {
        let at = src.place_after("remedy", n, &format!("\"{}\"", exp.remedy));
        let Some(charge) = exp.charge.checked_sub(1).and_then(|i| p.charges.get(i)) else {
            report
                .failures
                .push(format!("{at}: there is no charge {}", exp.charge));
            continue;
        };
        let Some(route) = charge
            .routes()
            .find(|r| format!("{}/{}", p.sets[r.set].id, r.remedy) == exp.remedy)
        else {
            report.failures.push(format!(
                "{at}: no remedy \"{}\" (write rule-set-id/remedy-id)",
                exp.remedy
            ));
            continue;
        };
        let want = match &exp.status {
            RawExpectedStatus::Automatic => Some(Status::Automatic),
            RawExpectedStatus::Available => Some(Status::Available),
            RawExpectedStatus::AvailableFrom(d) => match calendar::parse_date(d) {
                Ok(d) => Some(Status::AvailableFrom(d)),
                Err(e) => {
                    report.failures.push(format!("{at}: {e}"));
                    None
                }
            },
            RawExpectedStatus::Conditional => Some(Status::Conditional),
            RawExpectedStatus::NeedsReview => Some(Status::NeedsReview),
            RawExpectedStatus::NotAvailable => Some(Status::NotAvailable),
        };
        let label = format!("charge {} {}", exp.charge, exp.remedy);
        report.checked.push((exp.remedy.clone(), route.status));
        let reason = t.say(&route.reason);
        if want.is_some_and(|w| w != route.status) {
            report.failures.push(format!(
                "{at}: {label}: expected {:?}, got {:?} because \"{reason}\"{}",
                exp.status,
                route.status,
                branches_summary(&t, route)
            ));
        }
        let text = &exp.reason;
        if !text.is_empty()
            && !reason.contains(text.as_str())
            && !route
                .branches
                .iter()
                .any(|b| t.say(&b.reason).contains(text.as_str()))
        {
            report.failures.push(format!(
                "{at}: {label}: reason \"{reason}\"{} does not contain \"{text}\"",
                branches_summary(&t, route)
            ));
        }
        let text = &exp.citation;
        if !text.is_empty() && !route.citation.contains(text.as_str()) {
            report.failures.push(format!(
                "{at}: {label}: citation \"{}\" does not contain \"{text}\"",
                route.citation
            ));
        }
        let conditions: Vec<String> = route
            .branches
            .iter()
            .flat_map(|b| b.when.iter().map(|c| words(&t, c, " and ")))
            .collect();
        for text in &exp.conditions {
            if !conditions.iter().any(|c| c.contains(text.as_str())) {
                report.failures.push(format!(
                    "{at}: {label}: no condition contains \"{text}\"; conditions: {conditions:?}"
                ));
            }
        }
        let steps: Vec<String> = route
            .next_steps
            .iter()
            .chain(route.branches.iter().flat_map(|b| b.next_steps.iter()))
            .map(|s| t.say(s))
            .collect();
        for text in &exp.next_steps {
            if !steps.iter().any(|s| s.contains(text.as_str())) {
                report.failures.push(format!(
                    "{at}: {label}: no next step contains \"{text}\"; next steps: {steps:?}"
                ));
            }
        }
        let assumptions: Vec<String> = route.assumptions.iter().map(|a| t.say(a)).collect();
        for text in &exp.assumptions {
            if !assumptions.iter().any(|a| a.contains(text.as_str())) {
                report.failures.push(format!(
                    "{at}: {label}: no assumption contains \"{text}\"; assumptions: {assumptions:?}"
                ));
            }
        }
    }
    if let Some(expected) = &case.notices {
        let mut got: Vec<&str> = p.notices.iter().map(|n| n.id.as_str()).collect();
        let mut want: Vec<&str> = expected.iter().map(String::as_str).collect();
        got.sort_unstable();
        want.sort_unstable();
        if got != want {
            report.failures.push(format!(
                "{}: notices: expected {want:?}, got {got:?}",
                src.place_of_text("notices")
            ));
        }
    }
    report
}

/// Messages in words, joined.
fn words(t: &Texts, msgs: &[Msg], sep: &str) -> String {
    msgs.iter().map(|m| t.say(m)).collect::<Vec<_>>().join(sep)
}

fn branches_summary(t: &Texts, route: &present::Route) -> String {
    if route.branches.is_empty() {
        return String::new();
    }
    let parts: Vec<String> = route
        .branches
        .iter()
        .map(|b| {
            let when: Vec<String> = b.when.iter().map(|c| words(t, c, " and ")).collect();
            format!("{:?} if {}", b.status, when.join(" or "))
        })
        .collect();
    format!(" [{}]", parts.join("; "))
}
