//! A presentation as JSON: a stable format for other tools, documented in `docs/screening-json.md`.
//! Codes (statuses, ids, dates) are language-free; the words are in the language of the `Texts` given.

use serde::Serialize;

use crate::i18n::Texts;
use crate::present::{Presentation, Route};
use crate::screening::Status;

/// The JSON format's name and version; bumped only for changes that break readers.
pub const JSON_FORMAT: &str = "clearpath-screening";
pub const JSON_VERSION: u32 = 1;

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
    title: String,
    version: &'a str,
    status: &'static str,
    bill: Option<&'a str>,
    session: Option<String>,
    effective: Option<String>,
    reviewed: String,
    origin: String,
    open_questions: Vec<String>,
    sources: &'a [crate::rules::Source],
}

#[derive(Serialize)]
struct JsonNotice<'a> {
    rule_set: &'a str,
    id: &'a str,
    title: String,
    text: String,
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
    name: String,
    citation: &'a str,
    pending_bill: Option<&'a str>,
    status: &'static str,
    available_from: Option<String>,
    reason: String,
    next_steps: Vec<String>,
    facts: Vec<JsonFact>,
    assumptions: Vec<String>,
    branches: Vec<JsonBranch>,
}

#[derive(Serialize)]
struct JsonBranch {
    when: Vec<Vec<String>>,
    otherwise: bool,
    status: &'static str,
    available_from: Option<String>,
    reason: String,
    next_steps: Vec<String>,
}

fn from_date(status: Status) -> Option<String> {
    match status {
        Status::AvailableFrom(d) => Some(d.to_string()),
        _ => None,
    }
}

/// The whole presentation as pretty-printed JSON, its words in the language of `t`.
pub fn json(p: &Presentation, t: &Texts) -> String {
    let doc = JsonScreening {
        format: JSON_FORMAT,
        version: JSON_VERSION,
        today: p.today.to_string(),
        rules: JsonRules {
            catalog: JsonCatalog {
                version: &p.catalog.version,
                reviewed: p.catalog.reviewed.to_string(),
                origin: p.catalog.origin.to_string(),
            },
            rule_sets: p
                .sets
                .iter()
                .map(|set| JsonRuleSet {
                    id: &set.id,
                    title: t.say(&set.title),
                    version: &set.version,
                    status: if set.bill.is_some() {
                        "pending"
                    } else {
                        "in_force"
                    },
                    bill: set.bill.as_ref().map(|b| b.number.as_str()),
                    session: set.bill.as_ref().map(|b| t.say(&b.session)),
                    effective: set.effective.map(|d| d.to_string()),
                    reviewed: set.reviewed.to_string(),
                    origin: set.origin.to_string(),
                    open_questions: set.open_questions.iter().map(|q| t.say(q)).collect(),
                    sources: &set.sources,
                })
                .collect(),
        },
        notices: p
            .notices
            .iter()
            .map(|n| JsonNotice {
                rule_set: &n.set,
                id: &n.id,
                title: t.say(&n.title),
                text: t.say(&n.text),
                citation: &n.citation,
                certain: n.certain,
            })
            .collect(),
        charges: p
            .charges
            .iter()
            .map(|c| JsonCharge {
                number: c.number,
                description: t.say(&c.about.sentence()),
                outcomes: c.routes().map(|r| json_route(p, t, r)).collect(),
            })
            .collect(),
    };
    serde_json::to_string_pretty(&doc).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

fn json_route<'a>(p: &'a Presentation, t: &Texts, r: &'a Route) -> JsonOutcome<'a> {
    let words = |msgs: &[crate::message::Msg]| msgs.iter().map(|m| t.say(m)).collect();
    let set = &p.sets[r.set];
    JsonOutcome {
        rule_set: &set.id,
        remedy: &r.remedy,
        name: t.say(&r.name),
        citation: &r.citation,
        pending_bill: set.bill.as_ref().map(|b| b.number.as_str()),
        status: r.status.code(),
        available_from: from_date(r.status),
        reason: t.say(&r.reason),
        next_steps: words(&r.next_steps),
        facts: r
            .facts
            .iter()
            .map(|f| JsonFact {
                fact: f.fact.name(),
                label: t.say(&f.label),
                answer: t.say(&f.answer),
            })
            .collect(),
        assumptions: words(&r.assumptions),
        branches: r
            .branches
            .iter()
            .map(|b| JsonBranch {
                when: b.when.iter().map(|c| words(c)).collect(),
                otherwise: b.otherwise,
                status: b.status.code(),
                available_from: from_date(b.status),
                reason: t.say(&b.reason),
                next_steps: words(&b.next_steps),
            })
            .collect(),
    }
}
