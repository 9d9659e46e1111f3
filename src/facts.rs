//! The facts that rule conditions can read: their names as written in rule files, their kinds and, for
//! facts with a fixed set of values, the value names.
//!
//! Facts are either answers (the court, the outcome...) or derived from answers (the most recent other
//! guilty finding, counting the other charges listed). Offense attributes (`offense.side`...) are facts too;
//! their values are set for each offense in the offense catalog.
//!
//! One vocabulary, typed: every value a fact can take is a variant of an enum, and its name in rule files
//! is declared once beside it ([`FactValues`], through `fact_values!`). An answer's own enum is the
//! fact's (a court answered is a `Court`), with "not sure" standing for every value. So a misspelt value
//! in Rust does not compile, and one in a rule file is a load error at its place.

use crate::answers::{AgeBand, Court, Disposition, Reply};

/// A type whose values are the values of a fact, each with the name rule files use for it. Other
/// values of the type (an answer's "not sure") stand for every value.
pub trait FactValues: Copy + PartialEq + Sized + 'static {
    /// The fact's values, in the order of their bits.
    const VALUES: &'static [Self];
    /// Their names in rule files, in the same order.
    const NAMES: &'static [&'static str];

    /// This value's place among the fact's values; `None` for "not sure".
    fn index(self) -> Option<usize> {
        Self::VALUES.iter().position(|v| *v == self)
    }

    /// The mask of every value.
    fn all_bits() -> u16 {
        (1u16 << Self::VALUES.len()) - 1
    }

    /// This value's bit; every bit for "not sure".
    fn bits(self) -> u16 {
        self.index().map_or_else(Self::all_bits, |i| 1u16 << i)
    }

    /// The value a rule file names, if it is one.
    fn from_name(name: &str) -> Option<Self> {
        Self::NAMES
            .iter()
            .position(|n| *n == name)
            .map(|i| Self::VALUES[i])
    }

    /// The name rule files use; `None` for "not sure".
    fn name(self) -> Option<&'static str> {
        self.index().map(|i| Self::NAMES[i])
    }
}

/// Declares the values of a fact and their names in rule files: `fact_values!(Type { Variant => "name", ... })`.
macro_rules! fact_values {
    ($ty:ident { $($variant:ident => $name:literal),+ $(,)? }) => {
        impl FactValues for $ty {
            const VALUES: &'static [$ty] = &[$($ty::$variant),+];
            const NAMES: &'static [&'static str] = &[$($name),+];
        }
    };
}

fact_values!(Court {
    MassachusettsAdult => "ma_adult",
    MassachusettsJuvenile => "ma_juvenile",
    OtherState => "other_state",
    Federal => "federal",
});

fact_values!(Disposition {
    Guilty => "guilty",
    ContinuedWithoutFinding => "cwof",
    Dismissed => "dismissed",
    NolleProsequi => "nolle_prosequi",
    NotGuilty => "not_guilty",
    Filed => "filed",
    DelinquencyAdjudication => "delinquent",
    StillOpen => "open",
    NoProbableCause => "no_probable_cause",
    NoBill => "no_bill",
});

fact_values!(AgeBand {
    Under18 => "under_18",
    From18To20 => "18_to_20",
    From21 => "21_or_over",
});

// Every yes/no fact, answered or derived.
fact_values!(Reply { Yes => "yes", No => "no" });

/// Whether the person is a U.S. citizen (from the yes/no answer).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Citizenship {
    Citizen,
    NotCitizen,
}

fact_values!(Citizenship {
    Citizen => "citizen",
    NotCitizen => "not_citizen",
});

/// Yes, no, or not confirmed by any checked source (an offense's sex-offense status; whether another
/// charge is excluded or a felony).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confirmed {
    Yes,
    No,
    Unconfirmed,
}

fact_values!(Confirmed {
    Yes => "yes",
    No => "no",
    Unconfirmed => "unconfirmed",
});

/// Which side of the sex trade an offense is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Selling,
    Buying,
    Exploiting,
    Trafficking,
    Related,
    Other,
}

fact_values!(Side {
    Selling => "selling",
    Buying => "buying",
    Exploiting => "exploiting",
    Trafficking => "trafficking",
    Related => "related",
    Other => "other",
});

/// An offense's grade, where a checked source gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OffenseGrade {
    Misdemeanor,
    Felony,
    Unconfirmed,
}

fact_values!(OffenseGrade {
    Misdemeanor => "misdemeanor",
    Felony => "felony",
    Unconfirmed => "unconfirmed",
});

/// Whether G.L. c.276 §100A can seal a conviction of an offense by mail.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MailSealing {
    Allowed,
    Excluded,
}

fact_values!(MailSealing {
    Allowed => "allowed",
    Excluded => "excluded",
});

/// A fact with a fixed set of values, each value one bit of a `u16` mask.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EnumFact {
    Court,
    Outcome,
    Age,
    Coerced,
    OpenCase,
    Supervision,
    Registered,
    Citizenship,
    /// The answer to "any other guilty finding in Massachusetts in the last 7 years".
    RecentFindings,
    /// The answer to "any conviction in another state or a federal court".
    ElsewhereConvictions,
    /// Every other charge listed happened before age 21.
    OthersUnder21,
    /// Another charge listed is one that time-based expungement excludes (a sex offense or a
    /// trafficking felony).
    OthersExcluded,
    /// Another charge listed is a felony.
    OthersFelony,
    /// Whether anyone arranged, advertised, drove or housed the person for it, or took their money.
    Arranged,
    /// Official papers showing the person was a trafficking victim at the time.
    Documents,
    /// Another charge listed is a conviction that sealing by mail never covers (firearms licensing,
    /// c.268 other than resisting arrest, c.268A).
    OthersUnsealable,
    /// Another charge listed was in another state or a federal court, whatever its outcome.
    ListedElsewhere,
    /// A court case not listed exists somewhere (any court, any outcome).
    UnlistedCases,
    /// Two or more of the charges listed came from the same incident.
    SameIncident,
    /// A record came from someone else using the person's name or identity.
    FalseIdentity,
}

impl EnumFact {
    pub const ALL: [EnumFact; 20] = [
        EnumFact::Court,
        EnumFact::Outcome,
        EnumFact::Age,
        EnumFact::Coerced,
        EnumFact::OpenCase,
        EnumFact::Supervision,
        EnumFact::Registered,
        EnumFact::Citizenship,
        EnumFact::RecentFindings,
        EnumFact::ElsewhereConvictions,
        EnumFact::OthersUnder21,
        EnumFact::OthersExcluded,
        EnumFact::OthersFelony,
        EnumFact::Arranged,
        EnumFact::Documents,
        EnumFact::OthersUnsealable,
        EnumFact::ListedElsewhere,
        EnumFact::UnlistedCases,
        EnumFact::SameIncident,
        EnumFact::FalseIdentity,
    ];

    /// The name used in rule files.
    pub fn name(self) -> &'static str {
        match self {
            EnumFact::Court => "court",
            EnumFact::Outcome => "outcome",
            EnumFact::Age => "age",
            EnumFact::Coerced => "coerced",
            EnumFact::OpenCase => "record.open_case",
            EnumFact::Supervision => "record.supervision",
            EnumFact::Registered => "record.registered",
            EnumFact::Citizenship => "record.citizenship",
            EnumFact::RecentFindings => "record.recent_findings",
            EnumFact::ElsewhereConvictions => "record.elsewhere_convictions",
            EnumFact::OthersUnder21 => "record.others_under_21",
            EnumFact::OthersExcluded => "record.others_excluded",
            EnumFact::OthersFelony => "record.others_felony",
            EnumFact::Arranged => "arranged",
            EnumFact::Documents => "documents",
            EnumFact::OthersUnsealable => "record.others_unsealable",
            EnumFact::ListedElsewhere => "record.listed_elsewhere",
            EnumFact::UnlistedCases => "record.unlisted_cases",
            EnumFact::SameIncident => "record.same_incident",
            EnumFact::FalseIdentity => "record.false_identity",
        }
    }

    /// The value names, in bit order.
    pub fn values(self) -> &'static [&'static str] {
        match self {
            EnumFact::Court => Court::NAMES,
            EnumFact::Outcome => Disposition::NAMES,
            EnumFact::Age => AgeBand::NAMES,
            EnumFact::Citizenship => Citizenship::NAMES,
            EnumFact::OthersExcluded | EnumFact::OthersFelony => Confirmed::NAMES,
            EnumFact::Coerced
            | EnumFact::OpenCase
            | EnumFact::Supervision
            | EnumFact::Registered
            | EnumFact::RecentFindings
            | EnumFact::ElsewhereConvictions
            | EnumFact::OthersUnder21
            | EnumFact::Arranged
            | EnumFact::Documents
            | EnumFact::OthersUnsealable
            | EnumFact::ListedElsewhere
            | EnumFact::UnlistedCases
            | EnumFact::SameIncident
            | EnumFact::FalseIdentity => Reply::NAMES,
        }
    }

    /// Whether the fact differs from charge to charge: the charge's own answers, and facts about the
    /// other charges listed.
    pub fn per_charge(self) -> bool {
        matches!(
            self,
            EnumFact::Court
                | EnumFact::Outcome
                | EnumFact::Age
                | EnumFact::Coerced
                | EnumFact::Arranged
                | EnumFact::Documents
                | EnumFact::OthersUnder21
                | EnumFact::OthersExcluded
                | EnumFact::OthersFelony
                | EnumFact::OthersUnsealable
                | EnumFact::ListedElsewhere
        )
    }

    /// The mask holding every value.
    pub fn full(self) -> u16 {
        (1u16 << self.values().len()) - 1
    }

    pub fn index(self) -> usize {
        self as usize
    }

    /// The bit of a value as a rule file names it, if the fact has that value (reading rule files
    /// only: the program itself uses the typed values, [`FactValues`]).
    pub fn value_bit(self, value: &str) -> Option<u16> {
        self.values()
            .iter()
            .position(|v| *v == value)
            .map(|i| 1u16 << i)
    }
}

/// A fact holding a date, or possibly nothing (no custody, no other finding).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DateFact {
    /// When the case ended (or, for an open case, when it began).
    When,
    /// When the person was last released from jail, prison or a youth facility for the charge.
    Released,
    /// When probation for the charge ended.
    ProbationEnd,
    /// The most recent other guilty finding in Massachusetts, counting the other charges listed.
    OtherMaGuilty,
    /// The most recent other guilty finding or delinquency adjudication in Massachusetts.
    OtherMaFinding,
    /// The most recent conviction in another state or a federal court.
    OutOfState,
    /// The latest end (case, custody or probation) of any other record in Massachusetts: the other
    /// charges listed and other guilty findings.
    OtherMaCase,
    /// The latest release from jail or prison, in any state, on another case: the other charges listed
    /// (outside juvenile court) and the record answer.
    Imprisonment,
    /// The latest commitment as a delinquent (release from a youth facility) or delinquency finding
    /// outside Massachusetts, on another case: the other charges listed and the record answer.
    Commitment,
}

impl DateFact {
    pub const ALL: [DateFact; 9] = [
        DateFact::When,
        DateFact::Released,
        DateFact::ProbationEnd,
        DateFact::OtherMaGuilty,
        DateFact::OtherMaFinding,
        DateFact::OutOfState,
        DateFact::OtherMaCase,
        DateFact::Imprisonment,
        DateFact::Commitment,
    ];

    pub fn name(self) -> &'static str {
        match self {
            DateFact::When => "when",
            DateFact::Released => "released",
            DateFact::ProbationEnd => "probation_end",
            DateFact::OtherMaGuilty => "record.other_ma_guilty",
            DateFact::OtherMaFinding => "record.other_ma_finding",
            DateFact::OutOfState => "record.out_of_state",
            DateFact::OtherMaCase => "record.other_ma_case",
            DateFact::Imprisonment => "record.imprisonment",
            DateFact::Commitment => "record.commitment",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// A fact holding a whole number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IntFact {
    /// How many of the listed charges ended in a guilty finding in Massachusetts.
    ListedConvictions,
    /// How many of the listed charges were in a Massachusetts court, whatever their outcome.
    ListedCharges,
}

impl IntFact {
    pub const ALL: [IntFact; 2] = [IntFact::ListedConvictions, IntFact::ListedCharges];

    pub fn name(self) -> &'static str {
        match self {
            IntFact::ListedConvictions => "record.listed_convictions",
            IntFact::ListedCharges => "record.listed_charges",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// An attribute of the charged offense, read from the offense catalog.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OffenseAttr {
    /// The offense id itself.
    Id,
    Side,
    Grade,
    SexOffense,
    /// Whether G.L. c.276 §100A can seal a conviction of it by mail (`allowed`), or never does
    /// (`excluded`: firearms licensing, c.268 other than resisting arrest, c.268A).
    MailSealing,
}

impl OffenseAttr {
    pub const ALL: [OffenseAttr; 5] = [
        OffenseAttr::Id,
        OffenseAttr::Side,
        OffenseAttr::Grade,
        OffenseAttr::SexOffense,
        OffenseAttr::MailSealing,
    ];

    pub fn name(self) -> &'static str {
        match self {
            OffenseAttr::Id => "offense",
            OffenseAttr::Side => "offense.side",
            OffenseAttr::Grade => "offense.grade",
            OffenseAttr::SexOffense => "offense.sex_offense",
            OffenseAttr::MailSealing => "offense.mail_sealing",
        }
    }

    /// The value names of an attribute; `None` for the id, whose values are the catalog's ids.
    pub fn values(self) -> Option<&'static [&'static str]> {
        match self {
            OffenseAttr::Id => None,
            OffenseAttr::Side => Some(Side::NAMES),
            OffenseAttr::Grade => Some(OffenseGrade::NAMES),
            OffenseAttr::SexOffense => Some(Confirmed::NAMES),
            OffenseAttr::MailSealing => Some(MailSealing::NAMES),
        }
    }
}

/// Any fact a rule file can name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Fact {
    Enum(EnumFact),
    Date(DateFact),
    Int(IntFact),
    Offense(OffenseAttr),
}

impl Fact {
    /// Every fact, in a stable order.
    pub fn all() -> impl Iterator<Item = Fact> {
        OffenseAttr::ALL
            .into_iter()
            .map(Fact::Offense)
            .chain(EnumFact::ALL.into_iter().map(Fact::Enum))
            .chain(DateFact::ALL.into_iter().map(Fact::Date))
            .chain(IntFact::ALL.into_iter().map(Fact::Int))
    }

    pub fn name(self) -> &'static str {
        match self {
            Fact::Enum(f) => f.name(),
            Fact::Date(f) => f.name(),
            Fact::Int(f) => f.name(),
            Fact::Offense(f) => f.name(),
        }
    }

    pub fn from_name(name: &str) -> Option<Fact> {
        Fact::all().find(|f| f.name() == name)
    }

    /// A dense index over all facts, for bit sets of facts relied on.
    pub fn slot(self) -> u32 {
        let attrs = OffenseAttr::ALL.len() as u32;
        match self {
            Fact::Offense(f) => f as u32,
            Fact::Enum(f) => attrs + f as u32,
            Fact::Date(f) => attrs + EnumFact::ALL.len() as u32 + f as u32,
            Fact::Int(f) => attrs + (EnumFact::ALL.len() + DateFact::ALL.len()) as u32 + f as u32,
        }
    }

    pub fn from_slot(slot: u32) -> Option<Fact> {
        Fact::all().find(|f| f.slot() == slot)
    }

    /// Whether this fact's value comes straight from one answer about the charge (for "records to request").
    pub fn kind_word(self) -> &'static str {
        match self {
            Fact::Enum(_) => "a choice",
            Fact::Date(_) => "a date",
            Fact::Int(_) => "a number",
            Fact::Offense(OffenseAttr::Id) => "an offense id",
            Fact::Offense(_) => "an offense attribute",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_slots_are_dense() {
        let all: Vec<Fact> = Fact::all().collect();
        for (i, fact) in all.iter().enumerate() {
            assert_eq!(Fact::from_name(fact.name()), Some(*fact));
            assert_eq!(fact.slot() as usize, i, "slot of {}", fact.name());
            assert_eq!(Fact::from_slot(fact.slot()), Some(*fact));
        }
        assert_eq!(all.len(), 36);
        assert!(all.len() <= 64, "facts relied on are bits of a u64");
    }

    /// Every value's name is its own, reads back as the same value and has its own bit; a "not
    /// sure" answer (a value not among the fact's) stands for every bit.
    fn check_values<T: FactValues + std::fmt::Debug>() {
        assert_eq!(T::VALUES.len(), T::NAMES.len());
        let mut seen = std::collections::HashSet::new();
        for (i, v) in T::VALUES.iter().enumerate() {
            assert!(seen.insert(T::NAMES[i]), "{} named twice", T::NAMES[i]);
            assert_eq!(v.index(), Some(i));
            assert_eq!(v.name(), Some(T::NAMES[i]));
            assert_eq!(T::from_name(T::NAMES[i]), Some(*v));
            assert_eq!(v.bits(), 1 << i);
        }
        assert_eq!(T::all_bits().count_ones() as usize, T::VALUES.len());
        assert_eq!(T::from_name("not_a_value"), None);
    }

    #[test]
    fn every_fact_value_table_reads_both_ways() {
        check_values::<Court>();
        check_values::<Disposition>();
        check_values::<AgeBand>();
        check_values::<Reply>();
        check_values::<Citizenship>();
        check_values::<Confirmed>();
        check_values::<Side>();
        check_values::<OffenseGrade>();
        check_values::<MailSealing>();
        // An answer's "not sure" is every value.
        assert_eq!(Court::NotSure.index(), None);
        assert_eq!(Court::NotSure.bits(), Court::all_bits());
        assert_eq!(Reply::PreferNotToSay.bits(), Reply::all_bits());
    }

    #[test]
    fn enum_values_fit_their_masks() {
        for fact in EnumFact::ALL {
            assert!(fact.values().len() <= 16);
            assert_eq!(fact.full().count_ones() as usize, fact.values().len());
            assert_eq!(fact.value_bit(fact.values()[0]), Some(1));
            assert_eq!(fact.value_bit("no such value"), None);
        }
    }
}
