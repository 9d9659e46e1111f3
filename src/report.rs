//! Screening results as plain text (for the terminal) and as JSON (a stable format for other tools,
//! documented in `docs/screening-json.md`).

use std::fmt::Write as _;

use jiff::civil::Date;
use serde::Serialize;

use crate::facts::{DateFact, EnumFact, Fact, OffenseAttr};
use crate::rules::{RuleBook, RuleSet, RuleStatus};
use crate::screening::{Branch, ChargeResult, Outcome, Screening, Status, describe_answer};

/// The JSON format's name and version; bumped only for changes that break readers.
pub const JSON_FORMAT: &str = "clearpath-screening";
pub const JSON_VERSION: u32 = 1;

/// A status in words, with a text marker that does not rely on colour.
pub fn status_words(status: Status) -> String {
    match status {
        Status::Automatic => "[auto] Happens automatically".into(),
        Status::Available => "[yes] Available now".into(),
        Status::AvailableFrom(d) => format!("[date] Available from {d}"),
        Status::Conditional => "[?] Depends on answers you were not sure of".into(),
        Status::NeedsReview => "[review] An advocate should review".into(),
        Status::NotAvailable => "[no] Not available".into(),
    }
}

/// The banner every result under a pending bill carries.
pub fn bill_banner(set: &RuleSet) -> Option<String> {
    match &set.status {
        RuleStatus::Pending { bill, session } => Some(format!(
            "{bill} ({session}) is a pending bill, not law. These results show what it would do if passed as its supporters describe it. Rules reviewed {}.",
            set.reviewed
        )),
        RuleStatus::InForce => None,
    }
}

/// A short description of a charge: offense, court, outcome and date.
pub fn charge_heading(book: &RuleBook, today: Date, charge: &ChargeResult<'_>) -> String {
    let w = &charge.world;
    let part = |f: Fact| describe_answer(book, w, today, f);
    format!(
        "{} — court: {}; outcome: {}; when: {}",
        part(Fact::Offense(OffenseAttr::Id)),
        part(Fact::Enum(EnumFact::Court)),
        part(Fact::Enum(EnumFact::Outcome)),
        part(Fact::Date(DateFact::When)),
    )
}

/// The whole screening as plain text.
pub fn text(s: &Screening<'_>) -> String {
    let book = s.book;
    let mut out = String::new();
    let _ = writeln!(out, "ClearPath screening as of {}", s.today);
    let _ = writeln!(
        out,
        "Not legal advice. A court or agency decides every request."
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "Rules used:");
    let _ = writeln!(
        out,
        "  Offense list, version {}, reviewed {}",
        book.catalog.version, book.catalog.reviewed
    );
    for set in &book.rule_sets {
        let _ = writeln!(
            out,
            "  {} ({}), version {}, reviewed {}, {}",
            set.title, set.id, set.version, set.reviewed, set.origin
        );
    }
    if !s.notices.is_empty() {
        let _ = writeln!(out, "\nFirst, for your whole record:");
        for n in &s.notices {
            let maybe = if n.certain { "" } else { " (may apply)" };
            let _ = writeln!(out, "  ! {}{maybe}", n.notice.title);
            let _ = writeln!(out, "    {}", n.notice.text);
            if !n.notice.citation.is_empty() {
                let _ = writeln!(out, "    See: {}", n.notice.citation);
            }
        }
    }
    for (i, charge) in s.charges.iter().enumerate() {
        let _ = writeln!(
            out,
            "\nCharge {}: {}",
            i + 1,
            charge_heading(book, s.today, charge)
        );
        for set in &book.rule_sets {
            let heading = if set.is_pending_bill() {
                "If the bill passes"
            } else {
                "Today"
            };
            let _ = writeln!(out, "  {heading}: {}", set.title);
            if let Some(banner) = bill_banner(set) {
                let _ = writeln!(out, "    Note: {banner}");
            }
            for o in charge
                .outcomes
                .iter()
                .filter(|o| std::ptr::eq(o.rule_set, set))
            {
                outcome_text(&mut out, book, s.today, charge, o);
            }
        }
    }
    out
}

fn outcome_text(
    out: &mut String,
    book: &RuleBook,
    today: Date,
    charge: &ChargeResult<'_>,
    o: &Outcome<'_>,
) {
    let _ = writeln!(
        out,
        "    {} — {} ({})",
        status_words(o.status),
        o.remedy.name,
        o.remedy.citation
    );
    let _ = writeln!(out, "      Why: {}", o.reason);
    for b in &o.branches {
        branch_text(out, b);
    }
    for step in o.next_steps {
        let _ = writeln!(out, "      Next: {step}");
    }
    for a in &o.assumptions {
        let _ = writeln!(out, "      Note: {a}");
    }
    let facts: Vec<String> = o
        .facts()
        .map(|f| {
            format!(
                "{}: {}",
                book.words.label(f),
                describe_answer(book, &charge.world, today, f)
            )
        })
        .collect();
    if !facts.is_empty() {
        let _ = writeln!(out, "      Based on: {}", facts.join("; "));
    }
}

fn branch_text(out: &mut String, b: &Branch<'_>) {
    if b.otherwise {
        let _ = writeln!(out, "      {} in every other case", status_words(b.status));
    } else {
        let alternatives: Vec<String> = b.when().iter().map(|c| c.join("; ")).collect();
        let _ = writeln!(
            out,
            "      {} if {}",
            status_words(b.status),
            alternatives.join(" — or if ")
        );
    }
    let _ = writeln!(out, "        Why: {}", b.reason);
    for step in b.next_steps {
        let _ = writeln!(out, "        Next: {step}");
    }
}

#[derive(Serialize)]
struct JsonScreening<'a> {
    format: &'static str,
    version: u32,
    today: String,
    rules: JsonRules<'a>,
    notices: Vec<JsonNotice<'a>>,
    charges: Vec<JsonCharge<'a>>,
}

#[derive(Serialize)]
struct JsonRules<'a> {
    catalog: JsonCatalog<'a>,
    rule_sets: Vec<JsonRuleSet<'a>>,
}

#[derive(Serialize)]
struct JsonCatalog<'a> {
    version: &'a str,
    reviewed: String,
    origin: String,
}

#[derive(Serialize)]
struct JsonRuleSet<'a> {
    id: &'a str,
    title: &'a str,
    version: &'a str,
    status: &'static str,
    bill: Option<&'a str>,
    session: Option<&'a str>,
    effective: Option<String>,
    reviewed: String,
    origin: String,
    open_questions: &'a [String],
    sources: &'a [crate::rules::Source],
}

#[derive(Serialize)]
struct JsonNotice<'a> {
    rule_set: &'a str,
    id: &'a str,
    title: &'a str,
    text: &'a str,
    citation: &'a str,
    certain: bool,
}

#[derive(Serialize)]
struct JsonCharge<'a> {
    number: usize,
    description: String,
    outcomes: Vec<JsonOutcome<'a>>,
}

#[derive(Serialize)]
struct JsonFact {
    fact: &'static str,
    label: String,
    answer: String,
}

#[derive(Serialize)]
struct JsonOutcome<'a> {
    rule_set: &'a str,
    remedy: &'a str,
    name: &'a str,
    citation: &'a str,
    pending_bill: Option<&'a str>,
    status: &'static str,
    available_from: Option<String>,
    reason: &'a str,
    next_steps: &'a [String],
    facts: Vec<JsonFact>,
    assumptions: &'a [String],
    branches: Vec<JsonBranch<'a>>,
}

#[derive(Serialize)]
struct JsonBranch<'a> {
    when: &'a [Vec<String>],
    otherwise: bool,
    status: &'static str,
    available_from: Option<String>,
    reason: &'a str,
    next_steps: &'a [String],
}

fn from_date(status: Status) -> Option<String> {
    match status {
        Status::AvailableFrom(d) => Some(d.to_string()),
        _ => None,
    }
}

/// The whole screening as pretty-printed JSON.
pub fn json(s: &Screening<'_>) -> String {
    let book = s.book;
    let doc = JsonScreening {
        format: JSON_FORMAT,
        version: JSON_VERSION,
        today: s.today.to_string(),
        rules: JsonRules {
            catalog: JsonCatalog {
                version: &book.catalog.version,
                reviewed: book.catalog.reviewed.to_string(),
                origin: book
                    .files
                    .iter()
                    .find(|f| f.name == crate::rules::load::CATALOG_FILE)
                    .map(|f| f.origin.to_string())
                    .unwrap_or_default(),
            },
            rule_sets: book
                .rule_sets
                .iter()
                .map(|set| {
                    let (bill, session) = match &set.status {
                        RuleStatus::Pending { bill, session } => {
                            (Some(bill.as_str()), Some(session.as_str()))
                        }
                        RuleStatus::InForce => (None, None),
                    };
                    JsonRuleSet {
                        id: &set.id,
                        title: &set.title,
                        version: &set.version,
                        status: if set.is_pending_bill() {
                            "pending"
                        } else {
                            "in_force"
                        },
                        bill,
                        session,
                        effective: set.effective.map(|d| d.to_string()),
                        reviewed: set.reviewed.to_string(),
                        origin: set.origin.to_string(),
                        open_questions: &set.open_questions,
                        sources: &set.sources,
                    }
                })
                .collect(),
        },
        notices: s
            .notices
            .iter()
            .map(|n| JsonNotice {
                rule_set: &n.rule_set.id,
                id: &n.notice.id,
                title: &n.notice.title,
                text: &n.notice.text,
                citation: &n.notice.citation,
                certain: n.certain,
            })
            .collect(),
        charges: s
            .charges
            .iter()
            .enumerate()
            .map(|(i, c)| JsonCharge {
                number: i + 1,
                description: charge_heading(book, s.today, c),
                outcomes: c
                    .outcomes
                    .iter()
                    .map(|o| json_outcome(book, s.today, c, o))
                    .collect(),
            })
            .collect(),
    };
    serde_json::to_string_pretty(&doc).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

fn json_outcome<'a>(
    book: &RuleBook,
    today: Date,
    charge: &ChargeResult<'_>,
    o: &'a Outcome<'a>,
) -> JsonOutcome<'a> {
    JsonOutcome {
        rule_set: &o.rule_set.id,
        remedy: &o.remedy.id,
        name: &o.remedy.name,
        citation: &o.remedy.citation,
        pending_bill: match &o.rule_set.status {
            RuleStatus::Pending { bill, .. } => Some(bill),
            RuleStatus::InForce => None,
        },
        status: o.status.code(),
        available_from: from_date(o.status),
        reason: o.reason,
        next_steps: o.next_steps,
        facts: o
            .facts()
            .map(|f| JsonFact {
                fact: f.name(),
                label: book.words.label(f).to_string(),
                answer: describe_answer(book, &charge.world, today, f),
            })
            .collect(),
        assumptions: &o.assumptions,
        branches: o
            .branches
            .iter()
            .map(|b| JsonBranch {
                when: b.when(),
                otherwise: b.otherwise,
                status: b.status.code(),
                available_from: from_date(b.status),
                reason: b.reason,
                next_steps: b.next_steps,
            })
            .collect(),
    }
}
