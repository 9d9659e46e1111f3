//! A presentation as plain text, for the terminal (`clearpath screen`): the rules used, the notices,
//! then each charge with every route under each rule set, its reason, branches, next steps,
//! assumptions and the answers it relied on. Statuses carry a text marker ("[yes]") so they do not rely
//! on colour.

use std::fmt::Write as _;

use crate::i18n::Texts;
use crate::message::Msg;
use crate::present::{self, Presentation, Route};
use crate::screening::Status;

/// A status in words, with a text marker that does not rely on colour ("[yes] You can ask for this now").
pub fn status_msg(status: Status) -> Msg {
    let marker = match status {
        Status::Automatic => "report-marker-automatic",
        Status::Available => "report-marker-available",
        Status::AvailableFrom(_) => "report-marker-available-from",
        Status::Conditional => "report-marker-conditional",
        Status::NeedsReview => "report-marker-needs-review",
        Status::NotAvailable => "report-marker-not-available",
    };
    Msg::with(
        "report-status",
        vec![
            ("marker", Msg::of(marker)),
            ("status", present::status(status)),
        ],
    )
}

/// The rules used: the offense list and each rule set, with versions, review dates and origins.
pub fn rules_used(p: &Presentation) -> Vec<Msg> {
    let mut out = vec![Msg::with(
        "catalog-used",
        vec![
            ("version", Msg::verbatim(&p.catalog.version)),
            ("reviewed", Msg::Date(p.catalog.reviewed)),
            ("origin", super::origin_msg(&p.catalog.origin)),
        ],
    )];
    for set in &p.sets {
        out.push(Msg::with(
            "rule-set-used",
            vec![
                ("title", set.title.clone()),
                ("id", Msg::verbatim(&set.id)),
                ("version", Msg::verbatim(&set.version)),
                ("reviewed", Msg::Date(set.reviewed)),
                ("origin", super::origin_msg(&set.origin)),
            ],
        ));
    }
    out
}

/// The whole presentation as plain text, in the language of `t` (which must hold the rules' words).
pub fn text(p: &Presentation, t: &Texts) -> String {
    let mut out = String::new();
    let mut line = |indent: usize, msg: &Msg| {
        let _ = writeln!(out, "{:indent$}{}", "", t.say(msg));
    };
    let blank = Msg::verbatim("");
    line(
        0,
        &Msg::with("report-title", vec![("date", Msg::Date(p.today))]),
    );
    line(0, &Msg::of("not-advice"));
    if super::translation_pending(t.language()) {
        line(0, &Msg::of("translation-pending-review"));
    }
    line(0, &blank);
    line(0, &Msg::of("report-rules-used"));
    for used in rules_used(p) {
        line(2, &used);
    }
    if !p.notices.is_empty() {
        line(0, &blank);
        line(0, &Msg::of("notices-heading"));
        for n in &p.notices {
            line(
                2,
                &Msg::join_text(vec![Msg::verbatim("!"), n.heading()], " "),
            );
            line(4, &n.text);
            if let Some(see) = n.see() {
                line(4, &see);
            }
        }
    }
    for charge in &p.charges {
        line(0, &blank);
        line(0, &charge.heading_about());
        for (item, routes) in p.sets.iter().zip(&charge.columns) {
            line(2, &item.heading());
            if let Some(bill) = &item.bill {
                line(4, &bill.banner(item.reviewed));
            }
            for r in routes {
                route_text(&mut line, r);
            }
        }
    }
    out
}

fn route_text(line: &mut impl FnMut(usize, &Msg), r: &Route) {
    line(
        4,
        &Msg::join_text(vec![status_msg(r.status), r.name_cited()], " — "),
    );
    line(6, &why(&r.reason));
    for b in &r.branches {
        line(
            6,
            &Msg::with(
                "branch-status",
                vec![("when", b.when_msg()), ("status", status_msg(b.status))],
            ),
        );
        line(8, &why(&b.reason));
        for step in &b.next_steps {
            line(8, &present::next_step(step));
        }
    }
    for step in &r.next_steps {
        line(6, &present::next_step(step));
    }
    for a in &r.assumptions {
        line(6, &assumed(a));
    }
    if !r.facts.is_empty() {
        line(6, &based_on(r));
    }
}

/// "Why: ...".
pub fn why(reason: &Msg) -> Msg {
    Msg::with("why", vec![("reason", reason.clone())])
}

/// "Assumed: ...".
pub fn assumed(note: &Msg) -> Msg {
    Msg::with("assumed", vec![("note", note.clone())])
}

/// "Based on: Court: ...; Outcome: ...".
pub fn based_on(r: &Route) -> Msg {
    Msg::with(
        "based-on",
        vec![(
            "facts",
            Msg::join_text(r.facts.iter().map(|f| f.line()).collect(), "; "),
        )],
    )
}
