//! Answers format version 1, read so that files and saved progress from before version 2 still open,
//! and turned into version 2 by [`Answers::migrate`].
//!
//! What changed, and how each version 1 answer is carried over (docs/answers-format.md, "Version 1
//! files"), never into anything firmer than it was:
//! - `custody_end`, one date for "custody or probation", became two answers, `released` and
//!   `probation_end`, because the sealing and expungement laws count them differently. A version 1
//!   date or year does not say which of the two it was, so both new answers stay "not sure" and the
//!   date is kept as `custody_or_probation_end`: neither ended after it. `NoCustody` (neither) becomes
//!   `NotHeld` and `NoProbation`.
//! - The offense `c272_53_other` was "other conduct under §53(a), such as disorderly or lewd conduct";
//!   disorderly conduct is §53(b) in version 2, so it becomes the group `c272_53_not_walking` (either).
//! - Version 2's new questions (the other kinds of trafficking, official papers, the law of another
//!   charge, other imprisonment, commitment, other cases, one incident, false identity, and the new
//!   outcomes) were never asked: they are "not sure".

use serde::Deserialize;

use super::{
    AgeBand, Court, CustodyEnd, Disposition, OffenseAnswer, PastConvictions, ProbationEnd,
    RecentFindings, Released, Reply, When,
};

/// The version 1 offense id whose meaning version 2 split, and the version 2 id that keeps its
/// meaning.
pub const SPLIT_OFFENSES: [(&str, &str); 1] = [("c272_53_other", "c272_53_not_walking")];

/// A version 1 answers file.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Answers {
    pub version: u32,
    pub charges: Vec<Charge>,
    pub record: RecordFacts,
}

/// A version 1 charge.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Charge {
    pub offense: OffenseAnswer,
    pub court: Court,
    pub outcome: Disposition,
    pub when: When,
    /// When any custody (jail, prison) or probation for this charge ended.
    pub custody_end: CustodyEnd,
    pub age: AgeBand,
    pub coerced: Reply,
}

/// Version 1's facts about the whole record.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RecordFacts {
    pub other_ma_guilty: RecentFindings,
    pub out_of_state: PastConvictions,
    pub open_case: Reply,
    pub supervision_now: Reply,
    pub registered: Reply,
    pub us_citizen: Reply,
}

impl Answers {
    /// The same answers in the current format.
    pub fn migrate(self) -> super::Answers {
        super::Answers {
            version: super::FORMAT_VERSION,
            charges: self.charges.into_iter().map(Charge::migrate).collect(),
            record: self.record.migrate(),
        }
    }
}

impl Charge {
    fn migrate(self) -> super::Charge {
        let (released, probation_end, custody_or_probation_end) = match self.custody_end {
            CustodyEnd::NoCustody => (
                Released::NotHeld,
                ProbationEnd::NoProbation,
                CustodyEnd::NotSure,
            ),
            CustodyEnd::NotSure => (
                Released::NotSure,
                ProbationEnd::NotSure,
                CustodyEnd::NotSure,
            ),
            dated @ (CustodyEnd::Date(_) | CustodyEnd::Year(_)) => {
                (Released::NotSure, ProbationEnd::NotSure, dated)
            }
        };
        let offense = match self.offense {
            OffenseAnswer::Offense(id) => OffenseAnswer::Offense(
                SPLIT_OFFENSES
                    .iter()
                    .find(|(old, _)| *old == id)
                    .map_or(id, |(_, new)| (*new).to_owned()),
            ),
            other => other,
        };
        super::Charge {
            offense,
            court: self.court,
            outcome: self.outcome,
            when: self.when,
            released,
            probation_end,
            custody_or_probation_end,
            age: self.age,
            coerced: self.coerced,
            ..super::Charge::default()
        }
    }
}

impl RecordFacts {
    fn migrate(self) -> super::RecordFacts {
        super::RecordFacts {
            other_ma_guilty: self.other_ma_guilty,
            out_of_state: self.out_of_state,
            open_case: self.open_case,
            supervision_now: self.supervision_now,
            registered: self.registered,
            us_citizen: self.us_citizen,
            ..super::RecordFacts::default()
        }
    }
}
