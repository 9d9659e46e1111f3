//! The engine: applies every remedy of every rule set to every charge and gives each an outcome that
//! explains itself. Results name their words by message id (`message::Msg`), so a screening is the same
//! in every language.
//!
//! Conditions are read with three values (true, false, "depends on a not-sure answer"). Where an answer
//! matters and the person was not sure, the possible answers are split in two and each side is evaluated
//! on its own; if the sides disagree the outcome is `Conditional`, with each side's condition in words.

mod explain;
pub mod world;

use jiff::civil::Date;

use crate::answers::Answers;
use crate::calendar;
use crate::facts::{DateFact, EnumFact, Fact, IntFact, OffenseAttr};
use crate::message::Msg;
use crate::rules::{Catalog, Clause, Cond, Notice, Remedy, RuleBook, RuleSet, Then};
pub use explain::describe_answer;
use world::World;

/// Where an outcome stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// Happens without the person doing anything (the person may want to check it did).
    Automatic,
    /// The person can ask for it now (a court or agency decides).
    Available,
    /// The person can ask for it from this date.
    AvailableFrom(Date),
    /// The answer depends on something the person was not sure of; see the branches.
    Conditional,
    /// An advocate should review: the rules cannot decide.
    NeedsReview,
    NotAvailable,
}

impl Status {
    /// The id of the status's words in the translation files.
    pub fn message_id(self) -> &'static str {
        match self {
            Status::Automatic => "status-automatic",
            Status::Available => "status-available",
            Status::AvailableFrom(_) => "status-available-from",
            Status::Conditional => "status-conditional",
            Status::NeedsReview => "status-needs-review",
            Status::NotAvailable => "status-not-available",
        }
    }

    /// The status's stable name in JSON and rule files.
    pub fn code(self) -> &'static str {
        match self {
            Status::Automatic => "automatic",
            Status::Available => "available",
            Status::AvailableFrom(_) => "available_from",
            Status::Conditional => "conditional",
            Status::NeedsReview => "needs_review",
            Status::NotAvailable => "not_available",
        }
    }
}

/// One side of a conditional outcome: what holds if these conditions are true.
#[derive(Clone, Debug)]
pub struct Branch<'r> {
    pub status: Status,
    /// The message ids of the reason and of the next steps.
    pub reason: &'r str,
    pub next_steps: &'r [String],
    /// This branch holds in every case the other branches do not cover (`when` lists them all).
    pub otherwise: bool,
    /// The splits leading here, one list per alternative; described only when asked for.
    paths: Vec<Vec<(Split, bool)>>,
    original: World,
    book: &'r RuleBook,
    words: std::cell::OnceCell<Vec<Vec<Msg>>>,
}

impl Branch<'_> {
    /// Alternatives, each a list of conditions that hold together (each in no language yet). Screening
    /// does not spend time on these until something shows them.
    pub fn when(&self) -> &[Vec<Msg>] {
        self.words.get_or_init(|| {
            let mut out: Vec<Vec<Msg>> = Vec::with_capacity(self.paths.len());
            for path in &self.paths {
                let conditions = explain::path_words(self.book, &self.original, path);
                if !out.contains(&conditions) {
                    out.push(conditions);
                }
            }
            out
        })
    }
}

/// The result of one remedy for one charge.
#[derive(Clone, Debug)]
pub struct Outcome<'r> {
    pub rule_set: &'r RuleSet,
    pub remedy: &'r Remedy,
    pub status: Status,
    /// The message ids of the reason and of the next steps.
    pub reason: &'r str,
    pub next_steps: &'r [String],
    /// The facts the outcome relied on, as a set of `Fact::slot()` bits.
    pub relied: u64,
    /// What was assumed or checked for answers the person was not sure of.
    pub assumptions: Vec<Msg>,
    /// For a conditional outcome: what holds under which conditions.
    pub branches: Vec<Branch<'r>>,
}

impl Outcome<'_> {
    /// The facts relied on, in a stable order.
    pub fn facts(&self) -> impl Iterator<Item = Fact> + '_ {
        Fact::all().filter(|f| self.relied & (1 << f.slot()) != 0)
    }
}

/// Every outcome for one charge, in rule-set then remedy order.
#[derive(Clone, Debug)]
pub struct ChargeResult<'r> {
    pub outcomes: Vec<Outcome<'r>>,
    /// The possible values of every fact for this charge, for describing answers.
    pub world: World,
}

/// A record-level message that applies (or may apply) to this person.
#[derive(Clone, Debug)]
pub struct NoticeResult<'r> {
    pub rule_set: &'r RuleSet,
    pub notice: &'r Notice,
    /// False where it applies only if a not-sure answer goes one way.
    pub certain: bool,
}

/// The whole screening of one person's answers.
#[derive(Clone, Debug)]
pub struct Screening<'r> {
    pub today: Date,
    pub book: &'r RuleBook,
    pub notices: Vec<NoticeResult<'r>>,
    pub charges: Vec<ChargeResult<'r>>,
}

/// Screen every charge against every rule set, as of `today`.
pub fn screen<'r>(book: &'r RuleBook, answers: &Answers, today: Date) -> Screening<'r> {
    let worlds = world::charge_worlds(&book.catalog, answers, today);
    let charges = worlds
        .iter()
        .map(|w| ChargeResult {
            outcomes: book
                .rule_sets
                .iter()
                .flat_map(|set| set.remedies.iter().map(move |r| (set, r)))
                .map(|(set, remedy)| evaluate(book, set, remedy, w, today))
                .collect(),
            world: *w,
        })
        .collect();
    let record = world::record_world(&book.catalog, answers);
    let notices = book
        .rule_sets
        .iter()
        .flat_map(|set| set.notices.iter().map(move |n| (set, n)))
        .filter_map(|(set, notice)| {
            let mut ctx = Ctx::new(&book.catalog, today, &record, &worlds);
            match ctx.eval(&notice.when, &record) {
                Truth::False => None,
                truth => Some(NoticeResult {
                    rule_set: set,
                    notice,
                    certain: truth == Truth::True,
                }),
            }
        })
        .collect();
    Screening {
        today,
        book,
        notices,
        charges,
    }
}

/// Whether `cond` holds for charge `charge` (counted from 0) of a screening: `Some(true)` or
/// `Some(false)` where the answers settle it, `None` where it depends on a not-sure answer (or there
/// is no such charge). Used by the filing drafts' templates to choose their paragraphs.
pub fn holds(s: &Screening<'_>, charge: usize, cond: &Cond) -> Option<bool> {
    let worlds: Vec<World> = s.charges.iter().map(|c| c.world).collect();
    let w = worlds.get(charge)?;
    let mut ctx = Ctx::new(&s.book.catalog, s.today, w, &worlds);
    match ctx.eval(cond, w) {
        Truth::True => Some(true),
        Truth::False => Some(false),
        Truth::Unknown(_) => None,
    }
}

/// How a condition reads in a world.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Truth {
    True,
    False,
    /// Depends on a not-sure answer: splitting the world this way settles it.
    Unknown(Split),
}

/// A way to split a world in two: the first side is where the atom holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Split {
    Offense {
        attr: OffenseAttr,
        mask: u128,
    },
    Choice {
        fact: EnumFact,
        mask: u16,
    },
    /// First side: no date, or on or before `at`; second: after `at`.
    DateAt {
        fact: DateFact,
        at: Date,
    },
    /// First side: no date; second: a date after `at`.
    DateNone {
        fact: DateFact,
        at: Date,
    },
    /// First side: no date; second: some date.
    DateExists {
        fact: DateFact,
    },
    /// First side: at most `at`.
    Int {
        fact: IntFact,
        at: u16,
    },
}

impl Split {
    fn fact(self) -> Fact {
        match self {
            Split::Offense { attr, .. } => Fact::Offense(attr),
            Split::Choice { fact, .. } => Fact::Enum(fact),
            Split::DateAt { fact, .. }
            | Split::DateNone { fact, .. }
            | Split::DateExists { fact } => Fact::Date(fact),
            Split::Int { fact, .. } => Fact::Int(fact),
        }
    }

    /// The two narrower worlds.
    fn apply(self, w: &World) -> (World, World) {
        let (mut yes, mut no) = (*w, *w);
        match self {
            Split::Offense { mask, .. } => {
                yes.offense &= mask;
                no.offense &= !mask;
            }
            Split::Choice { fact, mask } => {
                yes.choices[fact.index()] &= mask;
                no.choices[fact.index()] &= !mask;
            }
            Split::DateAt { fact, at } => {
                let d = w.dates[fact.index()];
                if let Some((lo, hi)) = d.span {
                    yes.dates[fact.index()].span = Some((lo, at));
                    no.dates[fact.index()] =
                        world::DateSet::between(at.tomorrow().unwrap_or(at), hi);
                }
            }
            Split::DateNone { fact, .. } | Split::DateExists { fact } => {
                yes.dates[fact.index()] = world::DateSet::NONE;
                no.dates[fact.index()].none = false;
            }
            Split::Int { fact, at } => {
                let (lo, hi) = w.ints[fact.index()];
                yes.ints[fact.index()] = (lo, at);
                no.ints[fact.index()] = (at + 1, hi);
            }
        }
        (yes, no)
    }
}

/// Evaluation state: what is read, for the facts-relied-on list.
pub(crate) struct Ctx<'a> {
    catalog: &'a Catalog,
    today: Date,
    /// The world as answered, before any split (for `Unsure`).
    original: &'a World,
    /// Every charge's world (for `AnyCharge` in notices).
    charges: &'a [World],
    relied: u64,
}

impl<'a> Ctx<'a> {
    fn new(
        catalog: &'a Catalog,
        today: Date,
        original: &'a World,
        charges: &'a [World],
    ) -> Ctx<'a> {
        Ctx {
            catalog,
            today,
            original,
            charges,
            relied: 0,
        }
    }

    fn rely(&mut self, fact: Fact) {
        self.relied |= 1u64 << fact.slot();
    }

    pub(crate) fn eval(&mut self, cond: &Cond, w: &World) -> Truth {
        match cond {
            Cond::Always => Truth::True,
            Cond::All(items) => {
                let mut pending = None;
                for c in items {
                    match self.eval(c, w) {
                        Truth::False => return Truth::False,
                        Truth::Unknown(s) => {
                            pending.get_or_insert(s);
                        }
                        Truth::True => {}
                    }
                }
                pending.map_or(Truth::True, Truth::Unknown)
            }
            Cond::Any(items) => {
                let mut pending = None;
                for c in items {
                    match self.eval(c, w) {
                        Truth::True => return Truth::True,
                        Truth::Unknown(s) => {
                            pending.get_or_insert(s);
                        }
                        Truth::False => {}
                    }
                }
                pending.map_or(Truth::False, Truth::Unknown)
            }
            Cond::Not(inner) => match self.eval(inner, w) {
                Truth::True => Truth::False,
                Truth::False => Truth::True,
                Truth::Unknown(s) => Truth::Unknown(s),
            },
            Cond::Offense { attr, mask } => {
                self.rely(Fact::Offense(*attr));
                let inside = w.offense & mask;
                if inside == w.offense {
                    Truth::True
                } else if inside == 0 {
                    Truth::False
                } else {
                    Truth::Unknown(Split::Offense {
                        attr: *attr,
                        mask: *mask,
                    })
                }
            }
            Cond::Choice { fact, mask } => {
                self.rely(Fact::Enum(*fact));
                let have = w.choices[fact.index()];
                if have & mask == have {
                    Truth::True
                } else if have & mask == 0 {
                    Truth::False
                } else {
                    Truth::Unknown(Split::Choice {
                        fact: *fact,
                        mask: *mask,
                    })
                }
            }
            Cond::YearsSince { dates, years } => {
                let at = calendar::wait_threshold(self.today, *years);
                let mut result = Truth::True;
                for fact in dates {
                    self.rely(Fact::Date(*fact));
                    match date_truth(w, *fact, at) {
                        Truth::False => return Truth::False,
                        Truth::Unknown(s) if result == Truth::True => result = Truth::Unknown(s),
                        _ => {}
                    }
                }
                result
            }
            Cond::NoDate(fact) => {
                self.rely(Fact::Date(*fact));
                let d = w.dates[fact.index()];
                match d.span {
                    None => Truth::True,
                    Some(_) if !d.none => Truth::False,
                    Some(_) => Truth::Unknown(Split::DateExists { fact: *fact }),
                }
            }
            Cond::AtMost { fact, value } => {
                self.rely(Fact::Int(*fact));
                let (lo, hi) = w.ints[fact.index()];
                if hi <= *value {
                    Truth::True
                } else if lo > *value {
                    Truth::False
                } else {
                    Truth::Unknown(Split::Int {
                        fact: *fact,
                        at: *value,
                    })
                }
            }
            Cond::Unsure(fact) => {
                if self.original.is_unsure(*fact) {
                    Truth::True
                } else {
                    Truth::False
                }
            }
            Cond::AnyCharge(inner) => {
                let mut result = Truth::False;
                for charge in self.charges {
                    let mut sub = Ctx::new(self.catalog, self.today, charge, self.charges);
                    match sub.eval(inner, charge) {
                        Truth::True => return Truth::True,
                        Truth::Unknown(s) => result = Truth::Unknown(s),
                        Truth::False => {}
                    }
                }
                result
            }
        }
    }
}

/// Whether a date fact is on or before `at` (a missing date counts as on time).
fn date_truth(w: &World, fact: DateFact, at: Date) -> Truth {
    let d = w.dates[fact.index()];
    match d.span {
        None => Truth::True,
        Some((_, hi)) if hi <= at => Truth::True,
        Some((lo, _)) if lo > at && !d.none => Truth::False,
        Some((lo, _)) if lo > at => Truth::Unknown(Split::DateNone { fact, at }),
        Some(_) => Truth::Unknown(Split::DateAt { fact, at }),
    }
}

/// One fully decided path: the clause that matched and the splits taken to get there.
struct Leaf {
    path: Vec<(Split, bool)>,
    clause: usize,
    status: Status,
    /// A date fact whose exact day was unknown, so the date given is the latest possible.
    latest_of: Option<DateFact>,
    /// Facts (as `Fact::slot()` bits) whose not-sure answers were checked every way and made no difference.
    settled: u64,
}

fn evaluate<'r>(
    book: &'r RuleBook,
    set: &'r RuleSet,
    remedy: &'r Remedy,
    w: &World,
    today: Date,
) -> Outcome<'r> {
    let mut ctx = Ctx::new(&book.catalog, today, w, &[]);
    let mut leaves = Vec::new();
    let mut path = Vec::new();
    decide(&mut ctx, &remedy.clauses, w, &mut path, &mut leaves);
    explain::outcome(book, set, remedy, w, ctx.relied, leaves)
}

/// Find the first clause that holds, splitting the world on every not-sure answer that matters.
fn decide(
    ctx: &mut Ctx<'_>,
    clauses: &[Clause],
    w: &World,
    path: &mut Vec<(Split, bool)>,
    leaves: &mut Vec<Leaf>,
) {
    for (i, clause) in clauses.iter().enumerate() {
        match ctx.eval(&clause.when, w) {
            Truth::False => continue,
            Truth::True => return finish(ctx, i, &clause.then, w, path, leaves),
            Truth::Unknown(split) => {
                return branch(ctx, split, w, path, leaves, |ctx, w, path, leaves| {
                    decide(ctx, clauses, w, path, leaves)
                });
            }
        }
    }
    // Compilation guarantees a final `Always`; a world that empties out has no leaf.
}

fn branch(
    ctx: &mut Ctx<'_>,
    split: Split,
    w: &World,
    path: &mut Vec<(Split, bool)>,
    leaves: &mut Vec<Leaf>,
    mut then: impl FnMut(&mut Ctx<'_>, &World, &mut Vec<(Split, bool)>, &mut Vec<Leaf>),
) {
    let (yes, no) = split.apply(w);
    let start = leaves.len();
    for (side, world) in [(true, yes), (false, no)] {
        path.push((split, side));
        then(ctx, &world, path, leaves);
        path.pop();
    }
    // Where every answer below this split gives the same outcome, the split explains nothing: keep one
    // leaf without it.
    let Some(first) = leaves.get(start) else {
        return;
    };
    if leaves[start..]
        .iter()
        .all(|l| l.status == first.status && l.clause == first.clause)
    {
        let latest_of = leaves[start..].iter().find_map(|l| l.latest_of);
        let settled = leaves[start..]
            .iter()
            .fold(1u64 << split.fact().slot(), |acc, l| {
                l.path
                    .iter()
                    .fold(acc | l.settled, |a, (s, _)| a | 1 << s.fact().slot())
            });
        let (clause, status) = (first.clause, first.status);
        leaves.truncate(start);
        leaves.push(Leaf {
            path: path.clone(),
            clause,
            status,
            latest_of,
            settled,
        });
    }
}

/// The outcome of a matching clause; a waiting period may still split on an uncertain date.
fn finish(
    ctx: &mut Ctx<'_>,
    clause: usize,
    then: &Then,
    w: &World,
    path: &mut Vec<(Split, bool)>,
    leaves: &mut Vec<Leaf>,
) {
    let status = match then {
        Then::Automatic => Status::Automatic,
        Then::Available => Status::Available,
        Then::NeedsReview => Status::NeedsReview,
        Then::NotAvailable => Status::NotAvailable,
        Then::AvailableAfter { dates, years } => {
            let at = calendar::wait_threshold(ctx.today, *years);
            let mut latest: Option<(Date, DateFact, bool)> = None;
            for fact in dates {
                ctx.rely(Fact::Date(*fact));
                if let Truth::Unknown(split) = date_truth(w, *fact, at) {
                    return branch(ctx, split, w, path, leaves, |ctx, w, path, leaves| {
                        finish(ctx, clause, then, w, path, leaves)
                    });
                }
                if let Some((lo, hi)) = w.dates[fact.index()].span
                    && hi > at
                    && latest.is_none_or(|(d, _, _)| hi > d)
                {
                    latest = Some((hi, *fact, lo != hi));
                }
            }
            match latest {
                None => Status::Available,
                Some((day, fact, inexact)) => {
                    leaves.push(Leaf {
                        path: path.clone(),
                        clause,
                        status: Status::AvailableFrom(calendar::add_years(day, *years)),
                        latest_of: inexact.then_some(fact),
                        settled: 0,
                    });
                    return;
                }
            }
        }
    };
    leaves.push(Leaf {
        path: path.clone(),
        clause,
        status,
        latest_of: None,
        settled: 0,
    });
}
