//! What the answers leave possible: for each fact, the set of values it could have.
//!
//! A definite answer is a set of one; "not sure" is every value. The engine narrows these sets when it
//! splits on a "not sure" answer, so each possible answer is evaluated, never guessed.

use jiff::civil::Date;

use crate::answers::{
    AgeBand, Answers, Charge, Court, CustodyEnd, Disposition, Grade, OffenseAnswer, Reply, When,
};
use crate::calendar::{self, EARLIEST};
use crate::facts::{DateFact, EnumFact, Fact, IntFact, OffenseAttr};
use crate::rules::Catalog;

/// The possible values of a date fact: possibly none at all, and possibly a day in a span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateSet {
    /// The date may not exist (no custody, no other finding).
    pub none: bool,
    /// The first and last day it could be, if it may exist.
    pub span: Option<(Date, Date)>,
}

impl DateSet {
    pub const NONE: DateSet = DateSet {
        none: true,
        span: None,
    };

    pub fn exact(date: Date) -> DateSet {
        DateSet {
            none: false,
            span: Some((date, date)),
        }
    }

    pub fn between(first: Date, last: Date) -> DateSet {
        DateSet {
            none: false,
            span: (first <= last).then_some((first, last)),
        }
    }

    /// This set where `possible` holds, or no date at all where it cannot.
    pub fn only_if(self, possible: bool) -> DateSet {
        if possible { self } else { DateSet::NONE }
    }

    /// One value only (a date, or certainly none).
    pub fn is_certain(self) -> bool {
        match self.span {
            None => true,
            Some((lo, hi)) => !self.none && lo == hi,
        }
    }

    /// The latest of two dates, either of which may not exist; a hull that may hold more than is
    /// possible, never less.
    pub fn latest(self, other: DateSet) -> DateSet {
        let span = match (self.span, other.span) {
            (None, None) => None,
            (Some(a), None) => Some(a),
            (None, Some(b)) => Some(b),
            (Some((alo, ahi)), Some((blo, bhi))) => {
                let mut lo = alo.max(blo);
                if self.none {
                    lo = lo.min(blo);
                }
                if other.none {
                    lo = lo.min(alo);
                }
                Some((lo, ahi.max(bhi)))
            }
        };
        DateSet {
            none: self.none && other.none,
            span,
        }
    }
}

/// The possible values of every fact for one charge (or, for notices, the record).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct World {
    /// Bits over catalog positions.
    pub offense: u128,
    /// Bits over each choice fact's values, by `EnumFact::index()`.
    pub choices: [u16; EnumFact::ALL.len()],
    pub dates: [DateSet; DateFact::ALL.len()],
    /// Inclusive ranges, by `IntFact::index()`.
    pub ints: [(u16, u16); IntFact::ALL.len()],
}

impl World {
    /// Whether the answers leave more than one value possible for this fact.
    pub fn is_unsure(&self, fact: Fact) -> bool {
        match fact {
            Fact::Offense(_) => self.offense.count_ones() > 1,
            Fact::Enum(f) => self.choices[f.index()].count_ones() > 1,
            Fact::Date(f) => !self.dates[f.index()].is_certain(),
            Fact::Int(f) => {
                let (lo, hi) = self.ints[f.index()];
                lo != hi
            }
        }
    }
}

fn bit(fact: EnumFact, value: &str) -> u16 {
    fact.value_bit(value).unwrap_or_else(|| fact.full())
}

fn reply_mask(fact: EnumFact, reply: Reply) -> u16 {
    match reply {
        Reply::Yes => bit(fact, "yes"),
        Reply::No => bit(fact, "no"),
        Reply::NotSure | Reply::PreferNotToSay => fact.full(),
    }
}

fn offense_mask(catalog: &Catalog, offense: &OffenseAnswer) -> u128 {
    let misdemeanor = 1u128 << catalog.another_misdemeanor;
    let felony = 1u128 << catalog.another_felony;
    match offense {
        OffenseAnswer::Offense(id) => catalog.mask_of(id).unwrap_or_else(|| catalog.full_mask()),
        OffenseAnswer::Another(Grade::Misdemeanor) => misdemeanor,
        OffenseAnswer::Another(Grade::Felony) => felony,
        OffenseAnswer::Another(Grade::NotSure) => misdemeanor | felony,
        OffenseAnswer::NotSure => catalog.full_mask(),
    }
}

fn court_mask(court: Court) -> u16 {
    let f = EnumFact::Court;
    match court {
        Court::MassachusettsAdult => bit(f, "ma_adult"),
        Court::MassachusettsJuvenile => bit(f, "ma_juvenile"),
        Court::OtherState => bit(f, "other_state"),
        Court::Federal => bit(f, "federal"),
        Court::NotSure => f.full(),
    }
}

fn outcome_mask(outcome: Disposition) -> u16 {
    let f = EnumFact::Outcome;
    match outcome {
        Disposition::Guilty => bit(f, "guilty"),
        Disposition::ContinuedWithoutFinding => bit(f, "cwof"),
        Disposition::Dismissed => bit(f, "dismissed"),
        Disposition::NolleProsequi => bit(f, "nolle_prosequi"),
        Disposition::NotGuilty => bit(f, "not_guilty"),
        Disposition::Filed => bit(f, "filed"),
        Disposition::DelinquencyAdjudication => bit(f, "delinquent"),
        Disposition::StillOpen => bit(f, "open"),
        Disposition::NotSure => f.full(),
    }
}

fn age_mask(age: AgeBand) -> u16 {
    let f = EnumFact::Age;
    match age {
        AgeBand::Under18 => bit(f, "under_18"),
        AgeBand::From18To20 => bit(f, "18_to_20"),
        AgeBand::From21 => bit(f, "21_or_over"),
        AgeBand::NotSure => f.full(),
    }
}

/// The span of days an answer can stand for, never after today.
fn when_span(when: When, today: Date) -> (Date, Date) {
    let (lo, hi) = crate::answers::span_of(when).unwrap_or((EARLIEST, today));
    (lo.min(today), hi.min(today))
}

fn custody_set(custody: CustodyEnd, case: (Date, Date), today: Date) -> DateSet {
    match custody {
        CustodyEnd::Date(d) => DateSet::exact(d.0),
        CustodyEnd::Year(y) => {
            let (lo, hi) = when_span(When::Year(y), today);
            DateSet::between(lo.max(case.0).min(hi), hi)
        }
        CustodyEnd::NoCustody => DateSet::NONE,
        CustodyEnd::NotSure => DateSet {
            none: true,
            span: Some((case.0, today)),
        },
    }
}

/// A listed charge's date as a guilty finding: none where it surely was not one.
fn finding_set(world: &World, counts: u16, court: u16, today: Date, when: When) -> DateSet {
    let outcome = world.choices[EnumFact::Outcome.index()];
    let possible = outcome & counts != 0 && court & world.choices[EnumFact::Court.index()] != 0;
    if !possible {
        return DateSet::NONE;
    }
    let certain = outcome & !counts == 0 && world.choices[EnumFact::Court.index()] & !court == 0;
    let (lo, hi) = when_span(when, today);
    DateSet {
        none: !certain,
        span: Some((lo, hi)),
    }
}

/// Other guilty findings in Massachusetts that are not among the charges listed.
fn recent_findings_set(answers: &Answers, today: Date) -> DateSet {
    let found = answers.record.other_ma_guilty;
    match found.latest {
        When::Date(d) => return DateSet::exact(d.0),
        When::Year(_) => {
            let (lo, hi) = when_span(found.latest, today);
            return DateSet::between(lo, hi);
        }
        When::NotSure => {}
    }
    let t3 = calendar::wait_threshold(today, 3);
    let t7 = calendar::wait_threshold(today, 7);
    let after = |d: Date| d.tomorrow().unwrap_or(d);
    match (found.last_3_years, found.last_7_years) {
        (Reply::Yes, _) => DateSet::between(after(t3), today),
        (Reply::No, Reply::Yes) => DateSet::between(after(t7), t3),
        (_, Reply::Yes) => DateSet::between(after(t7), today),
        (_, Reply::No) => DateSet {
            none: true,
            span: Some((EARLIEST, t7)),
        },
        (Reply::No, _) => DateSet {
            none: true,
            span: Some((EARLIEST, t3)),
        },
        _ => DateSet {
            none: true,
            span: Some((EARLIEST, today)),
        },
    }
}

fn out_of_state_set(answers: &Answers, today: Date) -> DateSet {
    let past = answers.record.out_of_state;
    let (lo, hi) = when_span(past.latest, today);
    match past.any {
        Reply::No => DateSet::NONE,
        Reply::Yes => DateSet::between(lo, hi),
        Reply::NotSure | Reply::PreferNotToSay => DateSet {
            none: true,
            span: Some((lo, hi)),
        },
    }
}

/// How many charges can have each value of a fact about "the other charges" (`has`), and how many can
/// have a value no worse than it (`can`), by rank from worst to best: totals to leave one charge out of.
struct OthersTally {
    values: Vec<u16>,
    has: Vec<usize>,
    can: Vec<usize>,
    n: usize,
}

impl OthersTally {
    fn new(fact: EnumFact, worst_first: &[&str], masks: &[u16]) -> OthersTally {
        let values: Vec<u16> = worst_first.iter().map(|v| bit(fact, v)).collect();
        let no_worse = |rank: usize| values[rank..].iter().fold(0, |m, v| m | v);
        let has = (0..values.len())
            .map(|r| masks.iter().filter(|m| *m & values[r] != 0).count())
            .collect();
        let can = (0..values.len())
            .map(|r| masks.iter().filter(|m| *m & no_worse(r) != 0).count())
            .collect();
        OthersTally {
            values,
            has,
            can,
            n: masks.len(),
        }
    }

    /// The values the fact can take over every charge but `own` (the best value when there is none):
    /// a value is possible when some other charge can have it and every other charge can have it or
    /// better.
    fn without(&self, own: u16) -> u16 {
        let last = self.values.len() - 1;
        if self.n <= 1 {
            return self.values[last];
        }
        let no_worse = |rank: usize| self.values[rank..].iter().fold(0, |m, v| m | v);
        let mut result = 0;
        for (rank, v) in self.values.iter().enumerate() {
            let someone_has = self.has[rank] - usize::from(own & v != 0) > 0;
            let all_can = self.can[rank] - usize::from(own & no_worse(rank) != 0) == self.n - 1;
            if (someone_has || rank == last) && all_can {
                result |= v;
            }
        }
        result
    }
}

/// The latest of each of the record-wide dates.
const RECORD_DATES: usize = 4;

/// The worlds of every charge, with the facts derived across charges filled in.
pub fn charge_worlds(catalog: &Catalog, answers: &Answers, today: Date) -> Vec<World> {
    let base = record_choices(answers);
    let mut worlds: Vec<World> = answers
        .charges
        .iter()
        .map(|c| charge_world(catalog, c, base, today))
        .collect();

    // Each charge's own contribution to the record-wide dates, counts and flags.
    let guilty = bit(EnumFact::Outcome, "guilty");
    let finding = guilty | bit(EnumFact::Outcome, "delinquent");
    let ma = bit(EnumFact::Court, "ma_adult") | bit(EnumFact::Court, "ma_juvenile");
    let elsewhere = bit(EnumFact::Court, "other_state") | bit(EnumFact::Court, "federal");
    let any_outcome = EnumFact::Outcome.full();
    let own: Vec<[DateSet; RECORD_DATES]> = worlds
        .iter()
        .zip(&answers.charges)
        .map(|(w, c)| {
            let ended = finding_set(w, any_outcome, ma, today, c.when).latest(
                w.dates[DateFact::CustodyEnd.index()]
                    .only_if(w.choices[EnumFact::Court.index()] & ma != 0),
            );
            [
                finding_set(w, guilty, ma, today, c.when),
                finding_set(w, finding, ma, today, c.when),
                finding_set(w, guilty, elsewhere, today, c.when),
                ended,
            ]
        })
        .collect();
    let flags: Vec<[u16; 3]> = worlds
        .iter()
        .map(|w| charge_flags(catalog, w, ma))
        .collect();
    let recent = recent_findings_set(answers, today);
    let unlisted = [recent, recent, out_of_state_set(answers, today), recent];

    // The latest of everyone else's: prefix and suffix "latest" so each charge skips only itself.
    let n = own.len();
    let mut prefix = vec![[DateSet::NONE; RECORD_DATES]; n + 1];
    let mut suffix = vec![[DateSet::NONE; RECORD_DATES]; n + 1];
    for i in 0..n {
        prefix[i + 1] = combine(prefix[i], own[i]);
        suffix[n - 1 - i] = combine(suffix[n - i], own[n - 1 - i]);
    }
    let convictions = own.iter().fold((0u16, 0u16), |(lo, hi), sets| {
        let s = sets[0];
        let possible = s.span.is_some();
        let certain = possible && !s.none;
        (lo + u16::from(certain), hi + u16::from(possible))
    });
    let column = |k: usize| flags.iter().map(|f| f[k]).collect::<Vec<u16>>();
    let worst = ["yes", "unconfirmed", "no"];
    let ages = OthersTally::new(EnumFact::OthersUnder21, &["no", "yes"], &column(0));
    let exclusions = OthersTally::new(EnumFact::OthersExcluded, &worst, &column(1));
    let grades = OthersTally::new(EnumFact::OthersFelony, &worst, &column(2));
    for (i, w) in worlds.iter_mut().enumerate() {
        let others = combine(combine(prefix[i], suffix[i + 1]), unlisted);
        w.dates[DateFact::OtherMaGuilty.index()] = others[0];
        w.dates[DateFact::OtherMaFinding.index()] = others[1];
        w.dates[DateFact::OutOfState.index()] = others[2];
        w.dates[DateFact::OtherMaCase.index()] = others[3];
        w.ints[IntFact::ListedConvictions.index()] = convictions;
        w.choices[EnumFact::OthersUnder21.index()] = ages.without(flags[i][0]);
        w.choices[EnumFact::OthersExcluded.index()] = exclusions.without(flags[i][1]);
        w.choices[EnumFact::OthersFelony.index()] = grades.without(flags[i][2]);
    }
    worlds
}

/// A charge's possible values for the facts about "the other charges": before 21 (`yes`/`no`),
/// excluded from time-based expungement and a felony (`yes`/`no`/`unconfirmed`, from the offense list).
/// Only Massachusetts records count; a charge that may be elsewhere may count as `no` / `yes` (before 21).
fn charge_flags(catalog: &Catalog, w: &World, ma: u16) -> [u16; 3] {
    let court = w.choices[EnumFact::Court.index()];
    let maybe_elsewhere = court & !ma != 0;
    let maybe_ma = court & ma != 0;
    let age = w.choices[EnumFact::Age.index()];
    let over = bit(EnumFact::Age, "21_or_over");
    let under21 = EnumFact::OthersUnder21;
    let mut ages = 0;
    if age & !over != 0 || maybe_elsewhere {
        ages |= bit(under21, "yes");
    }
    if age & over != 0 && maybe_ma {
        ages |= bit(under21, "no");
    }
    // The possible values of an offense attribute over the offenses the answer allows, mapped to
    // yes/no/unconfirmed by `status`.
    let statuses = |fact: EnumFact, status: &dyn Fn(usize) -> &'static str| {
        let mut m = 0;
        if maybe_ma {
            for (i, _) in catalog.offenses_in(w.offense) {
                m |= bit(fact, status(i));
            }
        }
        if maybe_elsewhere || m == 0 {
            m |= bit(fact, "no");
        }
        m
    };
    let value = |i: usize, a: OffenseAttr| {
        a.values()
            .and_then(|v| v.get(catalog.attr_value(i, a)).copied())
            .unwrap_or("")
    };
    let excluded = statuses(EnumFact::OthersExcluded, &|i| {
        if value(i, OffenseAttr::SexOffense) == "yes"
            || value(i, OffenseAttr::Side) == "trafficking"
        {
            "yes"
        } else if value(i, OffenseAttr::SexOffense) == "unconfirmed" {
            "unconfirmed"
        } else {
            "no"
        }
    });
    let felony = statuses(
        EnumFact::OthersFelony,
        &|i| match value(i, OffenseAttr::Grade) {
            "felony" => "yes",
            "unconfirmed" => "unconfirmed",
            _ => "no",
        },
    );
    [ages, excluded, felony]
}

fn combine(a: [DateSet; RECORD_DATES], b: [DateSet; RECORD_DATES]) -> [DateSet; RECORD_DATES] {
    [
        a[0].latest(b[0]),
        a[1].latest(b[1]),
        a[2].latest(b[2]),
        a[3].latest(b[3]),
    ]
}

/// The record-level choices (the facts about other charges are filled in per charge).
fn record_choices(answers: &Answers) -> [u16; EnumFact::ALL.len()] {
    let mut choices = [0u16; EnumFact::ALL.len()];
    for f in EnumFact::ALL {
        choices[f.index()] = f.full();
    }
    let r = &answers.record;
    choices[EnumFact::OpenCase.index()] = reply_mask(EnumFact::OpenCase, r.open_case);
    choices[EnumFact::Supervision.index()] = reply_mask(EnumFact::Supervision, r.supervision_now);
    choices[EnumFact::Registered.index()] = reply_mask(EnumFact::Registered, r.registered);
    choices[EnumFact::RecentFindings.index()] = match (
        r.other_ma_guilty.last_3_years,
        r.other_ma_guilty.last_7_years,
    ) {
        (Reply::Yes, _) => bit(EnumFact::RecentFindings, "yes"),
        (_, reply) => reply_mask(EnumFact::RecentFindings, reply),
    };
    choices[EnumFact::ElsewhereConvictions.index()] =
        reply_mask(EnumFact::ElsewhereConvictions, r.out_of_state.any);
    choices[EnumFact::Citizenship.index()] = match r.us_citizen {
        Reply::Yes => bit(EnumFact::Citizenship, "citizen"),
        Reply::No => bit(EnumFact::Citizenship, "not_citizen"),
        Reply::NotSure | Reply::PreferNotToSay => EnumFact::Citizenship.full(),
    };
    choices
}

fn charge_world(
    catalog: &Catalog,
    charge: &Charge,
    base: [u16; EnumFact::ALL.len()],
    today: Date,
) -> World {
    let mut choices = base;
    choices[EnumFact::Court.index()] = court_mask(charge.court);
    choices[EnumFact::Outcome.index()] = outcome_mask(charge.outcome);
    choices[EnumFact::Age.index()] = age_mask(charge.age);
    choices[EnumFact::Coerced.index()] = reply_mask(EnumFact::Coerced, charge.coerced);
    let case = when_span(charge.when, today);
    let mut dates = [DateSet::NONE; DateFact::ALL.len()];
    dates[DateFact::When.index()] = DateSet::between(case.0, case.1);
    dates[DateFact::CustodyEnd.index()] = custody_set(charge.custody_end, case, today);
    World {
        offense: offense_mask(catalog, &charge.offense),
        choices,
        dates,
        ints: [(0, 0); IntFact::ALL.len()],
    }
}

/// The world for record-level notices: the record's choices, nothing about any one charge.
pub fn record_world(catalog: &Catalog, answers: &Answers) -> World {
    World {
        offense: catalog.full_mask(),
        choices: record_choices(answers),
        dates: [DateSet::NONE; DateFact::ALL.len()],
        ints: [(0, 0); IntFact::ALL.len()],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn latest_of_possibly_missing_dates() {
        let a = DateSet::exact(date(2020, 1, 1));
        let b = DateSet {
            none: true,
            span: Some((date(2019, 1, 1), date(2022, 1, 1))),
        };
        assert_eq!(
            a.latest(b),
            DateSet::between(date(2020, 1, 1), date(2022, 1, 1))
        );
        assert_eq!(DateSet::NONE.latest(a), a);
        assert_eq!(b.latest(DateSet::NONE), b);
    }
}
