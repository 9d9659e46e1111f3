//! One presentation model of a screening, in no language yet: what every rendering shows (the window's
//! results, the text report, the JSON, the take-home summary) and in what order.
//!
//! [`present`] turns a [`Screening`] into a [`Presentation`]: the plan (what to do now, what to check,
//! what from which date, what to ask an advocate about), the at-a-glance rows (each charge's best route
//! today and under the bill), each charge's routes (with conditional branches that say the same thing
//! merged into one, their conditions listed together), the notices, the records to ask for and what
//! to bring. Every word in it is a [`Msg`]; `i18n::Texts` puts it into words, so changing the
//! language re-renders without screening again, and an appendix in another language reads the same
//! presentation. It owns what it holds (it borrows nothing from the rule book), so the window keeps
//! one across frames and languages until the answers change.

use jiff::civil::Date;

use crate::answers::Reply;
use crate::facts::{DateFact, EnumFact, Fact, FactValues as _, OffenseAttr};
use crate::message::{Msg, Sep};
use crate::rules::{RuleOrigin, RuleStatus, Source};
use crate::screening::{Branch, ChargeResult, Outcome, Screening, Status, describe_answer};

/// A screening, ready to be put into words.
#[derive(Clone, Debug, PartialEq)]
pub struct Presentation {
    pub today: Date,
    /// The offense list used: its version, review date and where it came from.
    pub catalog: CatalogItem,
    /// The rule sets, law in force first, as every charge's columns follow them.
    pub sets: Vec<SetItem>,
    pub notices: Vec<NoticeItem>,
    pub charges: Vec<ChargeItem>,
    pub plan: Vec<PlanStep>,
    pub glance: Vec<GlanceRow>,
    pub records: Records,
    /// What to bring to an advocate.
    pub bring: Vec<Msg>,
    /// What every summary must say: not advice, each bill pending, not-sure answers never guessed,
    /// that a printout can be found.
    pub disclaimers: Vec<Msg>,
}

/// Records to ask for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Records {
    /// The person's CORI, each docket, and certified copies where a notice calls for them.
    pub ask: Vec<Msg>,
    /// Per charge, the records that show what the person was not sure of.
    pub fill: Vec<Msg>,
}

/// The offense list used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogItem {
    pub version: String,
    pub reviewed: Date,
    pub origin: RuleOrigin,
}

/// A rule set as the results show it.
#[derive(Clone, Debug, PartialEq)]
pub struct SetItem {
    pub id: String,
    pub title: Msg,
    pub version: String,
    pub reviewed: Date,
    pub effective: Option<Date>,
    pub origin: RuleOrigin,
    /// For a pending bill: its number and session.
    pub bill: Option<Bill>,
    pub open_questions: Vec<Msg>,
    pub sources: Vec<Source>,
}

/// A pending bill's number ("H.1683 / S.1116") and session (in words).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bill {
    pub number: String,
    pub session: Msg,
}

impl Bill {
    /// "H.1683 (194th General Court) is a pending bill, not law. Results under it show what it would
    /// do if passed as its supporters describe it."
    pub fn pending(&self) -> Msg {
        Msg::with("bill-pending", self.args())
    }

    /// The same, with the date the rules were checked.
    pub fn banner(&self, reviewed: Date) -> Msg {
        let mut args = self.args();
        args.push(("reviewed", Msg::Date(reviewed)));
        Msg::with("bill-banner", args)
    }

    /// "Under H.1683 (194th General Court), a pending bill, not law."
    pub fn tag(&self) -> Msg {
        Msg::with("bill-tag", self.args())
    }

    fn args(&self) -> Vec<(&'static str, Msg)> {
        vec![
            ("bill", Msg::verbatim(&self.number)),
            ("session", self.session.clone()),
        ]
    }
}

impl SetItem {
    /// "Today: ..." or "If the bill passes: ...".
    pub fn heading(&self) -> Msg {
        let id = if self.bill.is_some() {
            "column-bill"
        } else {
            "column-today"
        };
        Msg::with(id, vec![("title", self.title.clone())])
    }
}

/// A record-level notice that applies, or may.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoticeItem {
    /// The rule set's id, and the notice's.
    pub set: String,
    pub id: String,
    pub citation: String,
    pub title: Msg,
    pub text: Msg,
    /// False where it applies only if a not-sure answer goes one way.
    pub certain: bool,
}

impl NoticeItem {
    /// The title, marked "(may apply)" where the notice is not certain.
    pub fn heading(&self) -> Msg {
        if self.certain {
            self.title.clone()
        } else {
            Msg::with("notice-may-apply", vec![("title", self.title.clone())])
        }
    }

    /// "See G.L. c.276 §100A", if the notice cites something.
    pub fn see(&self) -> Option<Msg> {
        (!self.citation.is_empty()).then(|| see(&self.citation))
    }
}

/// "See ...".
pub fn see(citation: &str) -> Msg {
    Msg::with("see-citation", vec![("citation", Msg::verbatim(citation))])
}

/// One charge: what it was, and its routes under each rule set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChargeItem {
    /// Counted from 1.
    pub number: usize,
    pub about: ChargeAbout,
    /// One per rule set, in the order of `Presentation::sets`.
    pub columns: Vec<Vec<Route>>,
}

/// What a charge was, as answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChargeAbout {
    pub offense: Msg,
    pub court: Msg,
    pub outcome: Msg,
    pub when: Msg,
}

impl ChargeAbout {
    /// "Sexual conduct for a fee (G.L. c.272 §53A(a)). Court: ... How it ended: ... When: ..."
    pub fn sentence(&self) -> Msg {
        Msg::with(
            "charge-about",
            vec![
                ("offense", self.offense.clone()),
                ("court", self.court.clone()),
                ("outcome", self.outcome.clone()),
                ("when", self.when.clone()),
            ],
        )
    }
}

impl ChargeItem {
    /// "Charge 2".
    pub fn heading(&self) -> Msg {
        Msg::with("charge-number", vec![("number", Msg::from(self.number))])
    }

    /// "Charge 2: " and what it was.
    pub fn heading_about(&self) -> Msg {
        Msg::with(
            "charge-numbered",
            vec![
                ("number", Msg::from(self.number)),
                ("about", self.about.sentence()),
            ],
        )
    }

    /// Every route, rule set by rule set.
    pub fn routes(&self) -> impl Iterator<Item = &Route> {
        self.columns.iter().flatten()
    }
}

/// One remedy for one charge: where it stands, why, and what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    /// The rule set's place in `Presentation::sets`.
    pub set: usize,
    /// The remedy's id, and its citation.
    pub remedy: String,
    pub citation: String,
    pub name: Msg,
    pub status: Status,
    pub reason: Msg,
    pub next_steps: Vec<Msg>,
    /// For a conditional route: what holds when, with branches that say the same merged.
    pub branches: Vec<RouteBranch>,
    pub assumptions: Vec<Msg>,
    /// The facts the outcome relied on, with the person's answers.
    pub facts: Vec<FactAnswer>,
}

impl Route {
    /// Whether the route may help (anything but "not available").
    pub fn is_open(&self) -> bool {
        self.status != Status::NotAvailable
    }

    /// "Vacatur (G.L. c.265 §59)".
    pub fn name_cited(&self) -> Msg {
        Msg::with(
            "route-cited",
            vec![
                ("remedy", self.name.clone()),
                ("citation", Msg::verbatim(&self.citation)),
            ],
        )
    }

    /// "Vacatur: you can ask for this now".
    pub fn name_status(&self) -> Msg {
        Msg::with(
            "route-status",
            vec![
                ("remedy", self.name.clone()),
                ("status", status(self.status)),
            ],
        )
    }
}

/// A fact an outcome relied on, and the person's answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FactAnswer {
    pub fact: Fact,
    pub label: Msg,
    pub answer: Msg,
}

impl FactAnswer {
    /// "Court: a Massachusetts adult court".
    pub fn line(&self) -> Msg {
        Msg::with(
            "fact-answer",
            vec![
                ("label", self.label.clone()),
                ("answer", self.answer.clone()),
            ],
        )
    }
}

/// What holds under some conditions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RouteBranch {
    /// Alternatives, each a list of conditions that hold together.
    pub when: Vec<Vec<Msg>>,
    /// Holds in every case the other branches do not cover.
    pub otherwise: bool,
    pub status: Status,
    pub reason: Msg,
    pub next_steps: Vec<Msg>,
}

impl RouteBranch {
    /// "If the case ended on or before 2023-11-29; or if ..." or "In every other case".
    pub fn when_msg(&self) -> Msg {
        if self.otherwise {
            return Msg::of("branch-otherwise");
        }
        let alternatives = self
            .when
            .iter()
            .map(|conditions| Msg::join_text(conditions.clone(), "; "))
            .collect();
        Msg::with(
            "branch-if",
            vec![(
                "conditions",
                Msg::Join {
                    parts: alternatives,
                    sep: Sep::Msg("branch-or".into()),
                },
            )],
        )
    }

    /// "If ...: you can ask for this now".
    pub fn heading(&self) -> Msg {
        Msg::with(
            "branch-status",
            vec![("when", self.when_msg()), ("status", status(self.status))],
        )
    }
}

/// A status in words: "You can ask for this from 2027-03-01".
pub fn status(status: Status) -> Msg {
    match status {
        Status::AvailableFrom(d) => Msg::with(status.message_id(), vec![("date", Msg::Date(d))]),
        _ => Msg::of(status.message_id()),
    }
}

/// "What to do next: ...".
pub fn next_step(step: &Msg) -> Msg {
    Msg::with("next-step", vec![("step", step.clone())])
}

/// What a step of the plan asks of the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum PlanKind {
    /// Ask for it now.
    Now,
    /// It happens without asking: check that it did.
    Check,
    /// Ask for it from this date.
    From(Date),
    /// An advocate should look at it: the rules cannot decide, or it depends on answers the person
    /// was not sure of.
    AskAdvocate,
    /// Ask for the records that settle what the person was not sure of.
    Records,
}

impl PlanKind {
    /// The plan step's lead words: "Now", "Check that it happened", "From 2027-03-01"...
    pub fn heading(self) -> Msg {
        match self {
            PlanKind::Now => Msg::of("plan-now"),
            PlanKind::Check => Msg::of("plan-check"),
            PlanKind::From(d) => Msg::with("plan-from", vec![("date", Msg::Date(d))]),
            PlanKind::AskAdvocate => Msg::of("plan-ask"),
            PlanKind::Records => Msg::of("plan-records"),
        }
    }
}

/// One step of the plan: a route under the law today, for the charges it concerns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanStep {
    pub kind: PlanKind,
    /// The route's name with its citation (none for the records step).
    pub route: Option<Msg>,
    /// The charges, counted from 1.
    pub charges: Vec<usize>,
    /// What to do, from the rule files (without repeats).
    pub next_steps: Vec<Msg>,
}

impl PlanStep {
    /// "Charges 1 and 3" or "Charge 2".
    pub fn charges_msg(&self) -> Msg {
        let numbers = Msg::join_with(
            self.charges.iter().map(|n| Msg::from(*n)).collect(),
            "list-sep",
        );
        Msg::with(
            "plan-charges",
            vec![
                ("count", Msg::from(self.charges.len())),
                ("numbers", numbers),
            ],
        )
    }
}

/// One row of the at-a-glance table: a charge's best route under each rule set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GlanceRow {
    pub charge: usize,
    /// What the charge was, short: its offense.
    pub offense: Msg,
    /// One per rule set, in the order of `Presentation::sets`.
    pub cells: Vec<GlanceCell>,
}

/// The best route of a column: its status, and its name (none where no route applies).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GlanceCell {
    pub status: Status,
    pub route: Option<Msg>,
}

/// The facts a court record shows, which a person may not have been sure of.
const RECORD_FACTS: [Fact; 6] = [
    Fact::Offense(OffenseAttr::Id),
    Fact::Enum(EnumFact::Court),
    Fact::Enum(EnumFact::Outcome),
    Fact::Date(DateFact::When),
    Fact::Date(DateFact::Released),
    Fact::Date(DateFact::ProbationEnd),
];

/// Build the presentation of a screening.
pub fn present(s: &Screening<'_>) -> Presentation {
    let book = s.book;
    let sets: Vec<SetItem> = book
        .rule_sets
        .iter()
        .map(|set| SetItem {
            id: set.id.clone(),
            title: Msg::rule(&set.title),
            version: set.version.clone(),
            reviewed: set.reviewed,
            effective: set.effective,
            origin: set.origin.clone(),
            bill: match &set.status {
                RuleStatus::Pending { bill, session } => Some(Bill {
                    number: bill.clone(),
                    session: Msg::rule(session),
                }),
                RuleStatus::InForce => None,
            },
            open_questions: set.open_questions.iter().map(|q| Msg::rule(q)).collect(),
            sources: set.sources.clone(),
        })
        .collect();
    let notices: Vec<NoticeItem> = s
        .notices
        .iter()
        .map(|n| NoticeItem {
            set: n.rule_set.id.clone(),
            id: n.notice.id.clone(),
            citation: n.notice.citation.clone(),
            title: Msg::rule(&n.notice.title),
            text: Msg::rule(&n.notice.text),
            certain: n.certain,
        })
        .collect();
    let charges: Vec<ChargeItem> = s
        .charges
        .iter()
        .enumerate()
        .map(|(i, c)| charge(s, i + 1, c))
        .collect();
    let has_notice = |id: &str| notices.iter().any(|n| n.id == id);
    let records = records(s, has_notice("immigration"));
    let bring = bring(s, has_notice("open-case"));
    let mut disclaimers = vec![Msg::of("not-advice")];
    disclaimers.extend(
        sets.iter()
            .filter_map(|set| set.bill.as_ref())
            .map(|b| Msg::with("bill-pending-today", b.args())),
    );
    disclaimers.push(Msg::of("not-guessed"));
    disclaimers.push(Msg::of("printout-trace"));
    let plan = plan(&sets, &charges);
    let glance = charges
        .iter()
        .map(|c| GlanceRow {
            charge: c.number,
            offense: c.about.offense.clone(),
            cells: c.columns.iter().map(|routes| best(routes)).collect(),
        })
        .collect();
    Presentation {
        today: s.today,
        catalog: CatalogItem {
            version: book.catalog.version.clone(),
            reviewed: book.catalog.reviewed,
            origin: book
                .files
                .iter()
                .find(|f| f.name == crate::rules::files::CATALOG_FILE)
                .map_or(RuleOrigin::Bundled, |f| f.origin.clone()),
        },
        sets,
        notices,
        charges,
        plan,
        glance,
        records,
        bring,
        disclaimers,
    }
}

fn charge(s: &Screening<'_>, number: usize, c: &ChargeResult<'_>) -> ChargeItem {
    let answer = |f: Fact| describe_answer(s.book, &c.world, s.today, f);
    let columns = s
        .book
        .rule_sets
        .iter()
        .enumerate()
        .map(|(at, set)| {
            c.outcomes
                .iter()
                .filter(|o| std::ptr::eq(o.rule_set, set))
                .map(|o| route(s, c, at, o))
                .collect()
        })
        .collect();
    ChargeItem {
        number,
        about: ChargeAbout {
            offense: answer(Fact::Offense(OffenseAttr::Id)),
            court: answer(Fact::Enum(EnumFact::Court)),
            outcome: answer(Fact::Enum(EnumFact::Outcome)),
            when: answer(Fact::Date(DateFact::When)),
        },
        columns,
    }
}

fn route(s: &Screening<'_>, c: &ChargeResult<'_>, set: usize, o: &Outcome<'_>) -> Route {
    let steps = |ids: &[String]| ids.iter().map(|id| Msg::rule(id)).collect::<Vec<_>>();
    Route {
        set,
        remedy: o.remedy.id.clone(),
        citation: o.remedy.citation.clone(),
        name: Msg::rule(&o.remedy.name),
        status: o.status,
        reason: Msg::rule(o.reason),
        next_steps: steps(o.next_steps),
        branches: merge_branches(
            o.branches
                .iter()
                .map(|b: &Branch<'_>| RouteBranch {
                    when: b.when().to_vec(),
                    otherwise: b.otherwise,
                    status: b.status,
                    reason: Msg::rule(b.reason),
                    next_steps: steps(b.next_steps),
                })
                .collect(),
        ),
        assumptions: o.assumptions.clone(),
        facts: o
            .facts()
            .map(|f| FactAnswer {
                fact: f,
                label: Msg::rule(s.book.words.label(f)),
                answer: describe_answer(s.book, &c.world, s.today, f),
            })
            .collect(),
    }
}

/// Branches that say the same (status, reason and next steps) become one, their conditions listed
/// together; a branch merged into "in every other case" is part of it.
fn merge_branches(branches: Vec<RouteBranch>) -> Vec<RouteBranch> {
    let mut out: Vec<RouteBranch> = Vec::with_capacity(branches.len());
    for b in branches {
        match out
            .iter_mut()
            .find(|m| m.status == b.status && m.reason == b.reason && m.next_steps == b.next_steps)
        {
            Some(m) => {
                m.otherwise |= b.otherwise;
                for alternative in b.when {
                    if !m.when.contains(&alternative) {
                        m.when.push(alternative);
                    }
                }
            }
            None => out.push(b),
        }
    }
    // "In every other case" reads last.
    out.sort_by_key(|b| b.otherwise);
    out
}

/// How good a status is for the person, best first; an earlier date is better.
fn rank(status: Status) -> (u8, Option<Date>) {
    match status {
        Status::Automatic => (0, None),
        Status::Available => (1, None),
        Status::AvailableFrom(d) => (2, Some(d)),
        Status::Conditional => (3, None),
        Status::NeedsReview => (4, None),
        Status::NotAvailable => (5, None),
    }
}

/// The best route of a column (the first in rule order among equals).
fn best(routes: &[Route]) -> GlanceCell {
    match routes.iter().min_by_key(|r| rank(r.status)) {
        Some(r) if r.is_open() => GlanceCell {
            status: r.status,
            route: Some(r.name.clone()),
        },
        _ => GlanceCell {
            status: Status::NotAvailable,
            route: None,
        },
    }
}

/// The plan, from the routes under the law in force: what to ask for now, what happens on its own,
/// what from which date (earliest first), what to ask an advocate about, and last the records to ask
/// for. Each step gathers every charge it concerns.
fn plan(sets: &[SetItem], charges: &[ChargeItem]) -> Vec<PlanStep> {
    let mut steps: Vec<PlanStep> = Vec::new();
    for (column, item) in sets.iter().enumerate() {
        if item.bill.is_some() {
            continue;
        }
        // Remedy by remedy, in the rule file's order (each charge has the same remedies), then charge
        // by charge.
        let remedies = charges.first().map_or(0, |c| c.columns[column].len());
        let routes = (0..remedies).flat_map(|i| {
            charges
                .iter()
                .map(move |c| (c.number, &c.columns[column][i]))
        });
        for (number, r) in routes {
            let kind = match r.status {
                Status::Available => PlanKind::Now,
                Status::Automatic => PlanKind::Check,
                Status::AvailableFrom(d) => PlanKind::From(d),
                Status::Conditional | Status::NeedsReview => PlanKind::AskAdvocate,
                Status::NotAvailable => continue,
            };
            let route = Some(r.name_cited());
            let at = match steps
                .iter()
                .position(|s| s.kind == kind && s.route == route)
            {
                Some(at) => at,
                None => {
                    steps.push(PlanStep {
                        kind,
                        route,
                        charges: Vec::new(),
                        next_steps: Vec::new(),
                    });
                    steps.len() - 1
                }
            };
            let step = &mut steps[at];
            if !step.charges.contains(&number) {
                step.charges.push(number);
            }
            for next in r
                .next_steps
                .iter()
                .chain(r.branches.iter().flat_map(|b| &b.next_steps))
            {
                if !step.next_steps.contains(next) {
                    step.next_steps.push(next.clone());
                }
            }
        }
    }
    // Stable: routes keep the rule files' order within each kind.
    steps.sort_by_key(|s| s.kind);
    steps.push(PlanStep {
        kind: PlanKind::Records,
        route: None,
        charges: Vec::new(),
        next_steps: Vec::new(),
    });
    steps
}

/// Records to ask for. `certified`: a notice says to get certified copies first (not a citizen, or
/// not sure).
fn records(s: &Screening<'_>, certified: bool) -> Records {
    let mut ask = vec![Msg::of("records-cori"), Msg::of("records-docket")];
    if certified {
        ask.push(Msg::of("records-certified"));
    }
    let mut fill = Vec::new();
    for (i, c) in s.charges.iter().enumerate() {
        let unsure: Vec<Msg> = RECORD_FACTS
            .iter()
            .filter(|f| c.world.is_unsure(**f))
            .map(|f| Msg::rule(s.book.words.label(*f)))
            .collect();
        if !unsure.is_empty() {
            fill.push(Msg::with(
                "records-fill",
                vec![
                    ("number", Msg::from(i + 1)),
                    ("facts", Msg::join_text(unsure, "; ")),
                ],
            ));
        }
    }
    Records { ask, fill }
}

/// What to bring to an advocate. `open_case`: a notice says a case is still open.
fn bring(s: &Screening<'_>, open_case: bool) -> Vec<Msg> {
    let mut ids = vec!["bring-summary", "bring-papers"];
    if s.charges
        .iter()
        .any(|c| RECORD_FACTS.iter().any(|f| c.world.is_unsure(*f)))
    {
        ids.push("bring-not-sure");
    }
    if open_case {
        ids.push("bring-open-case");
    }
    let yes = Reply::Yes.bits();
    let trafficked = [EnumFact::Coerced, EnumFact::Arranged];
    if s.charges.iter().any(|c| {
        trafficked
            .iter()
            .any(|f| c.world.choices[f.index()] & yes != 0)
    }) {
        ids.push("bring-control");
    }
    ids.push("bring-questions");
    ids.into_iter().map(Msg::of).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn branch(status: Status, reason: &str, when: &str, otherwise: bool) -> RouteBranch {
        RouteBranch {
            when: vec![vec![Msg::verbatim(when)]],
            otherwise,
            status,
            reason: Msg::rule(reason),
            next_steps: Vec::new(),
        }
    }

    #[test]
    fn branches_saying_the_same_are_merged_with_their_conditions() {
        let merged = merge_branches(vec![
            branch(Status::Available, "a", "x", false),
            branch(Status::NeedsReview, "b", "y", false),
            branch(Status::Available, "a", "z", false),
        ]);
        assert_eq!(merged.len(), 2);
        assert_eq!(
            merged[0].when,
            vec![vec![Msg::verbatim("x")], vec![Msg::verbatim("z")]]
        );
        assert_eq!(merged[1].reason, Msg::rule("b"));
    }

    #[test]
    fn a_branch_merged_into_every_other_case_reads_last() {
        let merged = merge_branches(vec![
            branch(Status::Available, "a", "x", true),
            branch(Status::NeedsReview, "b", "y", false),
            branch(Status::Available, "a", "z", false),
        ]);
        assert_eq!(merged.len(), 2);
        assert_eq!(merged[0].status, Status::NeedsReview);
        assert!(merged[1].otherwise);
    }

    #[test]
    fn the_best_route_is_the_firmest_and_earliest() {
        let d1 = jiff::civil::date(2027, 1, 1);
        let d2 = jiff::civil::date(2028, 1, 1);
        assert!(rank(Status::Available) < rank(Status::AvailableFrom(d1)));
        assert!(rank(Status::AvailableFrom(d1)) < rank(Status::AvailableFrom(d2)));
        assert!(rank(Status::AvailableFrom(d2)) < rank(Status::Conditional));
        assert!(rank(Status::Conditional) < rank(Status::NeedsReview));
        assert!(rank(Status::NeedsReview) < rank(Status::NotAvailable));
        assert!(best(&[]).route.is_none());
    }
}
