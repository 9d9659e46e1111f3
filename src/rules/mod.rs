//! Rule files: the offense catalog, the words for facts, and the rule sets for the law today and for the
//! bill, loaded in two stages (parse with serde, then compile with every id, fact and reference checked).
//! Compiled rules hold message ids, never words: their words, in every language, are read beside them
//! (`text`) and put in place only when a result is shown.

pub mod compile;
pub mod drafts;
pub mod files;
pub mod load;
pub mod raw;
pub mod text;

use jiff::civil::Date;

use crate::message::Msg;

use crate::facts::{
    Confirmed, DateFact, EnumFact, Fact, FactValues as _, IntFact, MailSealing, OffenseAttr,
    OffenseGrade, Side,
};
pub use compile::RuleError;
pub use files::{RuleFile, RuleOrigin};
pub use load::RuleBook;
pub use raw::SourceLabel;

/// The offenses a charge can be for. `u128` masks over their positions stand for "one of these".
#[derive(Clone, Debug)]
pub struct Catalog {
    pub version: String,
    pub reviewed: Date,
    pub sources: Vec<Source>,
    pub offenses: Vec<Offense>,
    pub groups: Vec<OffenseGroup>,
    /// The catalog entries standing for a charge not in the list.
    pub another_misdemeanor: usize,
    pub another_felony: usize,
    /// "Another charge" under a law whose convictions are never sealed by mail (firearms licensing,
    /// c.268 other than resisting arrest, c.268A): a misdemeanor and a felony.
    pub another_excluded_misdemeanor: usize,
    pub another_excluded_felony: usize,
}

#[derive(Clone, Debug)]
pub struct Offense {
    pub id: String,
    pub statute: String,
    /// The message id of the offense's name.
    pub name: String,
    /// Value index of each attribute (`offense.side`, `offense.grade`, `offense.sex_offense`).
    pub side: Side,
    pub grade: OffenseGrade,
    pub sex_offense: Confirmed,
    pub mail_sealing: MailSealing,
    pub note: String,
}

impl Offense {
    /// The name with the statute, as conditions show it: "sexual conduct for a fee (G.L. c.272 §53A(a))".
    pub fn label(&self) -> Msg {
        if self.statute.is_empty() {
            Msg::rule(&self.name)
        } else {
            Msg::join_text(
                vec![
                    Msg::rule(&self.name),
                    Msg::verbatim(format!("({})", self.statute)),
                ],
                " ",
            )
        }
    }
}

#[derive(Clone, Debug)]
pub struct OffenseGroup {
    pub id: String,
    pub statute: String,
    pub name: String,
    pub mask: u128,
}

impl Catalog {
    /// Every offense.
    pub fn full_mask(&self) -> u128 {
        if self.offenses.len() >= 128 {
            u128::MAX
        } else {
            (1u128 << self.offenses.len()) - 1
        }
    }

    /// The offenses an id stands for: one, or a group's members.
    pub fn mask_of(&self, id: &str) -> Option<u128> {
        if let Some(i) = self.offenses.iter().position(|o| o.id == id) {
            return Some(1u128 << i);
        }
        self.groups.iter().find(|g| g.id == id).map(|g| g.mask)
    }

    /// The ids a person can give in an answers file.
    pub fn answer_ids(&self) -> Vec<&str> {
        self.offenses
            .iter()
            .enumerate()
            .filter(|(i, _)| !self.is_another(*i))
            .map(|(_, o)| o.id.as_str())
            .chain(self.groups.iter().map(|g| g.id.as_str()))
            .collect()
    }

    /// Whether the catalog position is one of the stand-ins for a charge not in the list.
    pub fn is_another(&self, index: usize) -> bool {
        [
            self.another_misdemeanor,
            self.another_felony,
            self.another_excluded_misdemeanor,
            self.another_excluded_felony,
        ]
        .contains(&index)
    }

    pub fn offenses_in(&self, mask: u128) -> impl Iterator<Item = (usize, &Offense)> {
        self.offenses
            .iter()
            .enumerate()
            .filter(move |(i, _)| mask & (1u128 << i) != 0)
    }

    /// The value index an offense has for an attribute (the offense's position for the id itself).
    pub fn attr_value(&self, index: usize, attr: OffenseAttr) -> usize {
        let o = &self.offenses[index];
        match attr {
            OffenseAttr::Id => index,
            OffenseAttr::Side => o.side.index().unwrap_or_default(),
            OffenseAttr::Grade => o.grade.index().unwrap_or_default(),
            OffenseAttr::SexOffense => o.sex_offense.index().unwrap_or_default(),
            OffenseAttr::MailSealing => o.mail_sealing.index().unwrap_or_default(),
        }
    }
}

/// Where a rule's facts come from, and how sure they are.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Source {
    pub cite: String,
    pub url: String,
    pub label: SourceLabel,
    pub note: String,
}

/// The message ids of the words that explain conditions and facts relied on.
#[derive(Clone, Debug)]
pub struct Words {
    /// Indexed by `EnumFact::index()`.
    pub choices: Vec<ChoiceWords>,
    /// Indexed by `OffenseAttr as usize`; the id's values are the catalog's names.
    pub offense: Vec<ChoiceWords>,
    pub dates: Vec<DateWords>,
    pub numbers: Vec<NumberWords>,
    pub phrases: Phrases,
}

/// General sentences for explaining uncertain outcomes (see `raw::RawPhrases`).
#[derive(Clone, Debug)]
pub struct Phrases {
    pub conditional: String,
    pub holds_either_way: String,
    pub latest_possible: String,
    pub not_sure: String,
    pub or: String,
    pub and: String,
    pub other_than: String,
    pub alternative: String,
}

#[derive(Clone, Debug)]
pub struct ChoiceWords {
    pub label: String,
    pub phrase: String,
    /// In value order; empty for the offense id.
    pub values: Vec<String>,
}

#[derive(Clone, Debug)]
pub struct DateWords {
    pub label: String,
    pub on_or_before: String,
    pub after: String,
    pub none: String,
    pub some: String,
}

#[derive(Clone, Debug)]
pub struct NumberWords {
    pub label: String,
    pub at_most: String,
    pub more_than: String,
}

impl Words {
    pub fn label(&self, fact: Fact) -> &str {
        match fact {
            Fact::Enum(f) => &self.choices[f.index()].label,
            Fact::Offense(a) => &self.offense[a as usize].label,
            Fact::Date(f) => &self.dates[f.index()].label,
            Fact::Int(f) => &self.numbers[f.index()].label,
        }
    }
}

/// Whether a rule set is law or a bill.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RuleStatus {
    InForce,
    Pending { bill: String, session: String },
}

/// The law today, or a bill, as conditions and outcomes.
#[derive(Clone, Debug)]
pub struct RuleSet {
    pub id: String,
    pub title: String,
    pub version: String,
    pub status: RuleStatus,
    pub effective: Option<Date>,
    pub reviewed: Date,
    pub sources: Vec<Source>,
    pub open_questions: Vec<String>,
    pub remedies: Vec<Remedy>,
    pub notices: Vec<Notice>,
    /// Where the rule set was read from.
    pub origin: RuleOrigin,
}

impl RuleSet {
    pub fn is_pending_bill(&self) -> bool {
        matches!(self.status, RuleStatus::Pending { .. })
    }
}

#[derive(Clone, Debug)]
pub struct Remedy {
    pub id: String,
    pub name: String,
    pub citation: String,
    pub source_note: String,
    pub clauses: Vec<Clause>,
}

#[derive(Clone, Debug)]
pub struct Clause {
    pub when: Cond,
    pub then: Then,
    pub reason: String,
    pub next_steps: Vec<String>,
}

/// The outcome a clause gives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Then {
    Automatic,
    Available,
    /// Available once `years` calendar years have passed since every date that exists.
    AvailableAfter {
        dates: Vec<DateFact>,
        years: i16,
    },
    NeedsReview,
    NotAvailable,
}

#[derive(Clone, Debug)]
pub struct Notice {
    pub id: String,
    pub title: String,
    pub text: String,
    pub citation: String,
    pub when: Cond,
}

/// A compiled condition: every name resolved, every value a bit.
#[derive(Clone, Debug)]
pub enum Cond {
    Always,
    All(Vec<Cond>),
    Any(Vec<Cond>),
    Not(Box<Cond>),
    /// The offense is one of `mask` (built from an id list or an attribute's values).
    Offense {
        attr: OffenseAttr,
        mask: u128,
    },
    Choice {
        fact: EnumFact,
        mask: u16,
    },
    YearsSince {
        dates: Vec<DateFact>,
        years: i16,
    },
    NoDate(DateFact),
    AtMost {
        fact: IntFact,
        value: u16,
    },
    Unsure(Fact),
    AnyCharge(Box<Cond>),
}
