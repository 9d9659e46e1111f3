//! Screening results as plain text (for the terminal) and as JSON (a stable format for other tools,
//! documented in `docs/screening-json.md`).

use std::fmt::Write as _;

use jiff::civil::Date;
use serde::Serialize;

use crate::facts::{DateFact, EnumFact, Fact, OffenseAttr};
use crate::i18n::Texts;
use crate::rules::{RuleBook, RuleOrigin, RuleStatus};
use crate::screening::{ChargeResult, Outcome, Screening, Status, describe_answer};

/// The JSON format's name and version; bumped only for changes that break readers.
pub const JSON_FORMAT: &str = "clearpath-screening";
pub const JSON_VERSION: u32 = 1;

/// A status in words, with a text marker that does not rely on colour ("[yes] You can ask for this now").
pub fn status_words(t: &Texts, status: Status) -> String {
    let marker = match status {
        Status::Automatic => "report-marker-automatic",
        Status::Available => "report-marker-available",
        Status::AvailableFrom(_) => "report-marker-available-from",
        Status::Conditional => "report-marker-conditional",
        Status::NeedsReview => "report-marker-needs-review",
        Status::NotAvailable => "report-marker-not-available",
    };
    let words = match status {
        Status::AvailableFrom(d) => t.get_args(status.message_id(), &[("date", &d.to_string())]),
        _ => t.get(status.message_id()),
    };
    t.get_args(
        "report-status",
        &[("marker", &t.get(marker)), ("status", &words)],
    )
}

/// Where a rule file came from, in words.
pub fn origin_words(t: &Texts, origin: &RuleOrigin) -> String {
    match origin {
        RuleOrigin::Bundled => t.get("report-origin-bundled"),
        RuleOrigin::Folder(dir) => t.get_args(
            "report-origin-folder",
            &[("folder", &dir.display().to_string())],
        ),
    }
}

/// A short description of a charge: offense, court, outcome and date.
pub fn charge_heading(
    t: &Texts,
    book: &RuleBook,
    today: Date,
    charge: &ChargeResult<'_>,
) -> String {
    let w = &charge.world;
    let part = |f: Fact| describe_answer(book, w, today, f);
    t.get_args(
        "report-charge-heading",
        &[
            ("offense", &part(Fact::Offense(OffenseAttr::Id))),
            ("court", &part(Fact::Enum(EnumFact::Court))),
            ("outcome", &part(Fact::Enum(EnumFact::Outcome))),
            ("when", &part(Fact::Date(DateFact::When))),
        ],
    )
}

/// The whole screening as plain text, in the language of `t` (the rule book's words are in its own
/// language; load both in the same one).
pub fn text(s: &Screening<'_>, t: &Texts) -> String {
    let book = s.book;
    let mut out = String::new();
    let line = |out: &mut String, indent: usize, text: String| {
        let _ = writeln!(out, "{:indent$}{text}", "");
    };
    line(
        &mut out,
        0,
        t.get_args("report-title", &[("date", &s.today.to_string())]),
    );
    line(&mut out, 0, t.get("report-not-advice"));
    if crate::i18n::review(t.language()) == crate::i18n::Review::Pending {
        line(&mut out, 0, t.get("translation-pending-review"));
    }
    line(&mut out, 0, String::new());
    line(&mut out, 0, t.get("report-rules-used"));
    line(
        &mut out,
        2,
        t.get_args(
            "report-catalog",
            &[
                ("version", &book.catalog.version),
                ("reviewed", &book.catalog.reviewed.to_string()),
            ],
        ),
    );
    for set in &book.rule_sets {
        line(
            &mut out,
            2,
            t.get_args(
                "report-rule-set",
                &[
                    ("title", &set.title),
                    ("id", &set.id),
                    ("version", &set.version),
                    ("reviewed", &set.reviewed.to_string()),
                    ("origin", &origin_words(t, &set.origin)),
                ],
            ),
        );
    }
    if !s.notices.is_empty() {
        line(&mut out, 0, String::new());
        line(&mut out, 0, t.get("report-notices"));
        for n in &s.notices {
            let title = if n.certain {
                n.notice.title.clone()
            } else {
                t.get_args("report-may-apply", &[("title", &n.notice.title)])
            };
            line(&mut out, 2, format!("! {title}"));
            line(&mut out, 4, n.notice.text.clone());
            if !n.notice.citation.is_empty() {
                line(
                    &mut out,
                    4,
                    t.get_args("report-see", &[("citation", &n.notice.citation)]),
                );
            }
        }
    }
    for (i, charge) in s.charges.iter().enumerate() {
        line(&mut out, 0, String::new());
        line(
            &mut out,
            0,
            t.get_args(
                "report-charge",
                &[
                    ("number", &(i + 1).to_string()),
                    ("heading", &charge_heading(t, book, s.today, charge)),
                ],
            ),
        );
        for set in &book.rule_sets {
            let heading = if set.is_pending_bill() {
                "report-if-bill"
            } else {
                "report-today"
            };
            line(&mut out, 2, t.get_args(heading, &[("title", &set.title)]));
            if let RuleStatus::Pending { bill, session } = &set.status {
                line(
                    &mut out,
                    4,
                    t.get_args(
                        "report-bill-pending",
                        &[
                            ("bill", bill),
                            ("session", session),
                            ("reviewed", &set.reviewed.to_string()),
                        ],
                    ),
                );
            }
            for o in charge
                .outcomes
                .iter()
                .filter(|o| std::ptr::eq(o.rule_set, set))
            {
                outcome_text(&mut out, t, book, s.today, charge, o);
            }
        }
    }
    out
}

fn outcome_text(
    out: &mut String,
    t: &Texts,
    book: &RuleBook,
    today: Date,
    charge: &ChargeResult<'_>,
    o: &Outcome<'_>,
) {
    let mut line = |indent: usize, text: String| {
        let _ = writeln!(out, "{:indent$}{text}", "");
    };
    line(
        4,
        t.get_args(
            "report-outcome",
            &[
                ("status", &status_words(t, o.status)),
                ("remedy", &o.remedy.name),
                ("citation", &o.remedy.citation),
            ],
        ),
    );
    line(6, t.get_args("report-why", &[("reason", o.reason)]));
    for b in &o.branches {
        if b.otherwise {
            line(
                6,
                t.get_args(
                    "report-otherwise",
                    &[("status", &status_words(t, b.status))],
                ),
            );
        } else {
            let alternatives: Vec<String> = b.when().iter().map(|c| c.join("; ")).collect();
            line(
                6,
                t.get_args(
                    "report-if",
                    &[
                        ("status", &status_words(t, b.status)),
                        ("conditions", &alternatives.join(&t.get("report-or-if"))),
                    ],
                ),
            );
        }
        line(8, t.get_args("report-why", &[("reason", b.reason)]));
        for step in b.next_steps {
            line(8, t.get_args("report-next", &[("step", step)]));
        }
    }
    for step in o.next_steps {
        line(6, t.get_args("report-next", &[("step", step)]));
    }
    for a in &o.assumptions {
        line(6, t.get_args("report-note", &[("note", a)]));
    }
    let facts: Vec<String> = o
        .facts()
        .map(|f| {
            t.get_args(
                "report-fact",
                &[
                    ("label", book.words.label(f)),
                    ("answer", &describe_answer(book, &charge.world, today, f)),
                ],
            )
        })
        .collect();
    if !facts.is_empty() {
        line(
            6,
            t.get_args("report-based-on", &[("facts", &facts.join("; "))]),
        );
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
pub fn json(s: &Screening<'_>, t: &Texts) -> String {
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
                description: charge_heading(t, book, s.today, c),
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
