//! What the answers leave possible: for each fact, the set of values it could have.
//!
//! A definite answer is a set of one; "not sure" is every value. The engine narrows these sets when it
//! splits on a "not sure" answer, so each possible answer is evaluated, never guessed.

use jiff::civil::Date;

use crate::answers::{
    AgeBand, AnotherLaw, Answers, Charge, Court, CustodyEnd, DateAnswer as _, Disposition, Grade,
    OffenseAnswer, ProbationEnd, Released, Reply, When,
};
use crate::calendar::{self, EARLIEST};
use crate::facts::{Citizenship, Confirmed, FactValues as _, MailSealing, OffenseGrade, Side};
use crate::facts::{DateFact, EnumFact, Fact, IntFact};
use crate::rules::Catalog;
use crate::rules::Offense;

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

fn offense_mask(catalog: &Catalog, offense: &OffenseAnswer, law: AnotherLaw) -> u128 {
    let (ordinary, excluded) = match law {
        AnotherLaw::NoneOfThese => (true, false),
        AnotherLaw::FirearmsLicensing
        | AnotherLaw::PublicJustice
        | AnotherLaw::ConflictOfInterest => (false, true),
        AnotherLaw::NotSure => (true, true),
    };
    let pick = |grade: Grade| {
        let (misdemeanor, felony) = match grade {
            Grade::Misdemeanor => (true, false),
            Grade::Felony => (false, true),
            Grade::NotSure => (true, true),
        };
        let mut mask = 0u128;
        for (wanted, kind, position) in [
            (misdemeanor, ordinary, catalog.another_misdemeanor),
            (felony, ordinary, catalog.another_felony),
            (misdemeanor, excluded, catalog.another_excluded_misdemeanor),
            (felony, excluded, catalog.another_excluded_felony),
        ] {
            if wanted && kind {
                mask |= 1u128 << position;
            }
        }
        mask
    };
    match offense {
        OffenseAnswer::Offense(id) => catalog.mask_of(id).unwrap_or_else(|| catalog.full_mask()),
        OffenseAnswer::Another(grade) => pick(*grade),
        OffenseAnswer::NotSure => catalog.full_mask(),
    }
}

/// The outcomes with no sentence or probation to count: the case ended without a finding, or it is
/// still open (the window does not ask about release or probation for these; time held before trial
/// is not counted, see the open questions of rules/current-law.ron).
fn no_sentence() -> u16 {
    [
        Disposition::Dismissed,
        Disposition::NolleProsequi,
        Disposition::NotGuilty,
        Disposition::NoProbableCause,
        Disposition::NoBill,
        Disposition::StillOpen,
    ]
    .iter()
    .fold(0, |m, v| m | v.bits())
}

/// The span of days an answer can stand for, never after today.
fn when_span(when: When, today: Date) -> (Date, Date) {
    let (lo, hi) = crate::answers::span_of(when).unwrap_or((EARLIEST, today));
    (lo.min(today), hi.min(today))
}

/// What version 1's one custody-or-probation answer leaves possible for either of the two: none, or
/// a day from the case to that answer's last day.
fn custody_or_probation(legacy: CustodyEnd, case: (Date, Date), today: Date) -> DateSet {
    let last = match legacy {
        CustodyEnd::NoCustody => return DateSet::NONE,
        CustodyEnd::NotSure => today,
        dated => when_span(dated.when(), today).1,
    };
    DateSet {
        none: true,
        span: Some((case.0.min(last), last)),
    }
}

/// When the person was last released for the charge. A release may come before the case ended (held
/// before trial), so a year is not cut to the case.
fn released_set(charge: &Charge, case: (Date, Date), today: Date) -> DateSet {
    match charge.released {
        Released::Date(d) => DateSet::exact(d.0),
        Released::Year(y) => {
            let (lo, hi) = when_span(When::Year(y), today);
            DateSet::between(lo, hi)
        }
        Released::NotHeld => DateSet::NONE,
        Released::NotSure => custody_or_probation(charge.custody_or_probation_end, case, today),
    }
}

/// When probation for the charge ended: never before the case ended.
fn probation_set(charge: &Charge, case: (Date, Date), today: Date) -> DateSet {
    match charge.probation_end {
        ProbationEnd::Date(d) => DateSet::exact(d.0),
        ProbationEnd::Year(y) => {
            let (lo, hi) = when_span(When::Year(y), today);
            DateSet::between(lo.max(case.0).min(hi), hi)
        }
        ProbationEnd::NoProbation => DateSet::NONE,
        ProbationEnd::NotSure => custody_or_probation(charge.custody_or_probation_end, case, today),
    }
}

/// `set` where the charge may have been heard in one of `courts`: no date where it surely was not,
/// and possibly none where it may or may not have been.
fn in_court(w: &World, set: DateSet, courts: u16) -> DateSet {
    let have = w.choices[EnumFact::Court.index()];
    if have & courts == 0 {
        DateSet::NONE
    } else if have & !courts == 0 {
        set
    } else {
        DateSet { none: true, ..set }
    }
}

/// A listed charge's date as a finding with one of the outcomes `counts` in one of `court`: none
/// where it surely was not one.
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

/// Something on another case within the last `years` (`within`), or not, with its latest date where
/// known: a date or year given wins over the yes or no.
fn recent_set(within: Reply, years: i16, latest: When, today: Date) -> DateSet {
    if latest != When::NotSure {
        let (lo, hi) = when_span(latest, today);
        return DateSet::between(lo, hi);
    }
    let threshold = calendar::wait_threshold(today, years);
    match within {
        Reply::Yes => DateSet::between(threshold.tomorrow().unwrap_or(threshold), today),
        Reply::No => DateSet {
            none: true,
            span: Some((EARLIEST, threshold)),
        },
        Reply::NotSure | Reply::PreferNotToSay => DateSet {
            none: true,
            span: Some((EARLIEST, today)),
        },
    }
}

/// Other guilty findings in Massachusetts that are not among the charges listed.
fn recent_findings_set(answers: &Answers, today: Date) -> DateSet {
    let found = answers.record.other_ma_guilty;
    if found.latest != When::NotSure {
        return recent_set(Reply::Yes, 7, found.latest, today);
    }
    let t3 = calendar::wait_threshold(today, 3);
    let t7 = calendar::wait_threshold(today, 7);
    let after = |d: Date| d.tomorrow().unwrap_or(d);
    match (found.last_3_years, found.last_7_years) {
        (Reply::Yes, _) => DateSet::between(after(t3), today),
        (Reply::No, Reply::Yes) => DateSet::between(after(t7), t3),
        (_, Reply::Yes) => DateSet::between(after(t7), today),
        (_, reply @ Reply::No) | (reply @ Reply::No, _) => recent_set(
            reply,
            if found.last_7_years == Reply::No {
                7
            } else {
                3
            },
            When::NotSure,
            today,
        ),
        _ => recent_set(Reply::NotSure, 7, When::NotSure, today),
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
    fn new(worst_first: &[u16], masks: &[u16]) -> OthersTally {
        let values = worst_first.to_vec();
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

/// The record-wide dates, each the latest over the other charges listed and the record answers:
/// other Massachusetts guilty findings, other Massachusetts findings (adjudications too), convictions
/// elsewhere, the end of any other Massachusetts case, imprisonment, and commitment or a finding as a
/// delinquent elsewhere.
const RECORD_DATES: usize = 6;
const RECORD_DATE_FACTS: [DateFact; RECORD_DATES] = [
    DateFact::OtherMaGuilty,
    DateFact::OtherMaFinding,
    DateFact::OutOfState,
    DateFact::OtherMaCase,
    DateFact::Imprisonment,
    DateFact::Commitment,
];

/// The facts about "the other charges" that each charge contributes to, with their values' bits, worst
/// first.
fn others() -> [(EnumFact, Vec<u16>); OTHERS] {
    let yes_no = vec![Reply::Yes.bits(), Reply::No.bits()];
    let confirmed = vec![
        Confirmed::Yes.bits(),
        Confirmed::Unconfirmed.bits(),
        Confirmed::No.bits(),
    ];
    [
        (
            EnumFact::OthersUnder21,
            vec![Reply::No.bits(), Reply::Yes.bits()],
        ),
        (EnumFact::OthersExcluded, confirmed.clone()),
        (EnumFact::OthersFelony, confirmed),
        (EnumFact::OthersUnsealable, yes_no.clone()),
        (EnumFact::ListedElsewhere, yes_no),
    ]
}

/// How many facts about "the other charges" there are (`others()`).
const OTHERS: usize = 5;

/// The worlds of every charge, with the facts derived across charges filled in.
pub fn charge_worlds(catalog: &Catalog, answers: &Answers, today: Date) -> Vec<World> {
    let base = record_choices(answers);
    let mut worlds: Vec<World> = answers
        .charges
        .iter()
        .map(|c| charge_world(catalog, c, base, today))
        .collect();

    // Each charge's own contribution to the record-wide dates, counts and flags.
    let guilty = Disposition::Guilty.bits();
    let delinquent = Disposition::DelinquencyAdjudication.bits();
    let juvenile = Court::MassachusettsJuvenile.bits();
    let ma = Court::MassachusettsAdult.bits() | juvenile;
    let elsewhere = Court::OtherState.bits() | Court::Federal.bits();
    let any_outcome = Disposition::all_bits();
    let own: Vec<[DateSet; RECORD_DATES]> = worlds
        .iter()
        .zip(&answers.charges)
        .map(|(w, c)| {
            let released = w.dates[DateFact::Released.index()];
            let probation = w.dates[DateFact::ProbationEnd.index()];
            let ended = finding_set(w, any_outcome, ma, today, c.when)
                .latest(in_court(w, released, ma))
                .latest(in_court(w, probation, ma));
            [
                finding_set(w, guilty, ma, today, c.when),
                finding_set(w, guilty | delinquent, ma, today, c.when),
                finding_set(w, guilty, elsewhere, today, c.when),
                ended,
                in_court(w, released, !juvenile),
                in_court(w, released, juvenile)
                    .latest(finding_set(w, delinquent, elsewhere, today, c.when)),
            ]
        })
        .collect();
    let flags: Vec<[u16; OTHERS]> = worlds
        .iter()
        .map(|w| charge_flags(catalog, w, ma))
        .collect();
    let recent = recent_findings_set(answers, today);
    let record = &answers.record;
    // "No other court case anywhere" leaves nothing for the record answers to add, unless one of them
    // shows a case after all (then the dates given stand).
    let unlisted = if record.other_cases == Reply::No && !shows_unlisted_case(record) {
        [DateSet::NONE; RECORD_DATES]
    } else {
        unlisted_sets(answers, recent, today)
    };

    // The latest of everyone else's: prefix and suffix "latest" so each charge skips only itself.
    let n = own.len();
    let mut prefix = vec![[DateSet::NONE; RECORD_DATES]; n + 1];
    let mut suffix = vec![[DateSet::NONE; RECORD_DATES]; n + 1];
    for i in 0..n {
        prefix[i + 1] = combine(prefix[i], own[i]);
        suffix[n - 1 - i] = combine(suffix[n - i], own[n - 1 - i]);
    }
    let count = |sets: &mut dyn Iterator<Item = (bool, bool)>| {
        sets.fold((0u16, 0u16), |(lo, hi), (certain, possible)| {
            (lo + u16::from(certain), hi + u16::from(possible))
        })
    };
    let convictions = count(&mut own.iter().map(|sets| {
        let s = sets[0];
        (s.span.is_some() && !s.none, s.span.is_some())
    }));
    let in_ma = count(&mut worlds.iter().map(|w| {
        let have = w.choices[EnumFact::Court.index()];
        (have & !ma == 0, have & ma != 0)
    }));
    let other_facts = others();
    let tallies: Vec<OthersTally> = other_facts
        .iter()
        .enumerate()
        .map(|(k, (_, worst_first))| {
            let column: Vec<u16> = flags.iter().map(|f| f[k]).collect();
            OthersTally::new(worst_first, &column)
        })
        .collect();
    for (i, w) in worlds.iter_mut().enumerate() {
        let others = combine(combine(prefix[i], suffix[i + 1]), unlisted);
        for (fact, set) in RECORD_DATE_FACTS.iter().zip(others) {
            w.dates[fact.index()] = set;
        }
        w.ints[IntFact::ListedConvictions.index()] = convictions;
        w.ints[IntFact::ListedCharges.index()] = in_ma;
        for (k, (fact, _)) in other_facts.iter().enumerate() {
            w.choices[fact.index()] = tallies[k].without(flags[i][k]);
        }
    }
    worlds
}

/// A charge's possible values for the facts about "the other charges" (`others()`, in order): before 21
/// (`yes`/`no`); excluded from time-based expungement and a felony (`yes`/`no`/`unconfirmed`, from the
/// offense list); a conviction that sealing by mail never covers; heard outside Massachusetts. Only
/// Massachusetts records count for the first four; a charge that may be elsewhere may count as `no` /
/// `yes` (before 21).
fn charge_flags(catalog: &Catalog, w: &World, ma: u16) -> [u16; OTHERS] {
    let court = w.choices[EnumFact::Court.index()];
    let maybe_elsewhere = court & !ma != 0;
    let maybe_ma = court & ma != 0;
    let age = w.choices[EnumFact::Age.index()];
    let over = AgeBand::From21.bits();
    let mut ages = 0;
    if age & !over != 0 || maybe_elsewhere {
        ages |= Reply::Yes.bits();
    }
    if age & over != 0 && maybe_ma {
        ages |= Reply::No.bits();
    }
    // The possible values (as bits) of a fact over the offenses the answer allows, for a charge that
    // counts where `counts` holds; `no` where it may not count.
    let statuses = |counts: bool, status: &dyn Fn(&Offense) -> u16, no: u16| {
        let mut m = 0;
        if counts {
            for (_, offense) in catalog.offenses_in(w.offense) {
                m |= status(offense);
            }
        }
        if maybe_elsewhere || m == 0 {
            m |= no;
        }
        m
    };
    let excluded = statuses(
        maybe_ma,
        &|o| match (o.sex_offense, o.side) {
            (Confirmed::Yes, _) | (_, Side::Trafficking) => Confirmed::Yes.bits(),
            (Confirmed::Unconfirmed, _) => Confirmed::Unconfirmed.bits(),
            (Confirmed::No, _) => Confirmed::No.bits(),
        },
        Confirmed::No.bits(),
    );
    let felony = statuses(
        maybe_ma,
        &|o| match o.grade {
            OffenseGrade::Felony => Confirmed::Yes.bits(),
            OffenseGrade::Unconfirmed => Confirmed::Unconfirmed.bits(),
            OffenseGrade::Misdemeanor => Confirmed::No.bits(),
        },
        Confirmed::No.bits(),
    );
    // A conviction in a Massachusetts adult court of an offense sealing by mail never covers.
    let outcome = w.choices[EnumFact::Outcome.index()];
    let guilty = Disposition::Guilty.bits();
    let adult = Court::MassachusettsAdult.bits();
    let convicted = outcome & guilty != 0 && court & adult != 0;
    let mut unsealable = statuses(
        convicted,
        &|o| match o.mail_sealing {
            MailSealing::Excluded => Reply::Yes.bits(),
            MailSealing::Allowed => Reply::No.bits(),
        },
        Reply::No.bits(),
    );
    if outcome & !guilty != 0 || court & !adult != 0 {
        unsealable |= Reply::No.bits();
    }
    let mut listed_elsewhere = 0;
    if maybe_elsewhere {
        listed_elsewhere |= Reply::Yes.bits();
    }
    if maybe_ma {
        listed_elsewhere |= Reply::No.bits();
    }
    [ages, excluded, felony, unsealable, listed_elsewhere]
}

/// The record answers' own contribution to each record-wide date, in `RECORD_DATE_FACTS` order.
fn unlisted_sets(answers: &Answers, recent: DateSet, today: Date) -> [DateSet; RECORD_DATES] {
    let record = &answers.record;
    [
        recent,
        recent,
        out_of_state_set(answers, today),
        recent,
        recent_set(
            record.other_imprisonment.last_7_years,
            7,
            record.other_imprisonment.latest,
            today,
        ),
        recent_set(
            record.other_commitment.last_3_years,
            3,
            record.other_commitment.latest,
            today,
        ),
    ]
}

fn combine(a: [DateSet; RECORD_DATES], b: [DateSet; RECORD_DATES]) -> [DateSet; RECORD_DATES] {
    std::array::from_fn(|k| a[k].latest(b[k]))
}

/// Whether a record answer shows that some court case is not among the charges listed: a "yes", or
/// a date given.
fn shows_a_case(reply: Reply, latest: When) -> bool {
    reply == Reply::Yes || latest != When::NotSure
}

/// Whether any record answer shows a court case that is not among the charges listed.
fn shows_unlisted_case(r: &crate::answers::RecordFacts) -> bool {
    shows_a_case(r.other_ma_guilty.last_3_years, r.other_ma_guilty.latest)
        || shows_a_case(r.other_ma_guilty.last_7_years, When::NotSure)
        || shows_a_case(r.out_of_state.any, r.out_of_state.latest)
        || shows_a_case(
            r.other_imprisonment.last_7_years,
            r.other_imprisonment.latest,
        )
        || shows_a_case(r.other_commitment.last_3_years, r.other_commitment.latest)
}

/// The record-level choices (the facts about other charges are filled in per charge).
fn record_choices(answers: &Answers) -> [u16; EnumFact::ALL.len()] {
    let mut choices = [0u16; EnumFact::ALL.len()];
    for f in EnumFact::ALL {
        choices[f.index()] = f.full();
    }
    let r = &answers.record;
    choices[EnumFact::OpenCase.index()] = r.open_case.bits();
    choices[EnumFact::Supervision.index()] = r.supervision_now.bits();
    choices[EnumFact::Registered.index()] = r.registered.bits();
    choices[EnumFact::RecentFindings.index()] = match (
        r.other_ma_guilty.last_3_years,
        r.other_ma_guilty.last_7_years,
    ) {
        (Reply::Yes, _) => Reply::Yes.bits(),
        (_, reply) => reply.bits(),
    };
    choices[EnumFact::ElsewhereConvictions.index()] = r.out_of_state.any.bits();
    choices[EnumFact::Citizenship.index()] = match r.us_citizen {
        Reply::Yes => Citizenship::Citizen.bits(),
        Reply::No => Citizenship::NotCitizen.bits(),
        Reply::NotSure | Reply::PreferNotToSay => Citizenship::all_bits(),
    };
    // Every answer about another case counts: one that shows a case settles it, whatever the answer
    // to "any other case" was.
    choices[EnumFact::UnlistedCases.index()] = if shows_unlisted_case(r) {
        Reply::Yes.bits()
    } else {
        r.other_cases.bits()
    };
    choices[EnumFact::SameIncident.index()] = r.same_incident.bits();
    choices[EnumFact::FalseIdentity.index()] = r.false_identity.bits();
    choices
}

fn charge_world(
    catalog: &Catalog,
    charge: &Charge,
    base: [u16; EnumFact::ALL.len()],
    today: Date,
) -> World {
    let mut choices = base;
    choices[EnumFact::Court.index()] = charge.court.bits();
    choices[EnumFact::Outcome.index()] = charge.outcome.bits();
    choices[EnumFact::Age.index()] = charge.age.bits();
    choices[EnumFact::Coerced.index()] = charge.coerced.bits();
    choices[EnumFact::Arranged.index()] = charge.arranged.bits();
    choices[EnumFact::Documents.index()] = charge.official_documents.bits();
    let case = when_span(charge.when, today);
    let mut dates = [DateSet::NONE; DateFact::ALL.len()];
    dates[DateFact::When.index()] = DateSet::between(case.0, case.1);
    // A case that ended without a finding, or is still open, has no sentence or probation to count.
    let sentence_possible = choices[EnumFact::Outcome.index()] & !no_sentence() != 0;
    dates[DateFact::Released.index()] =
        released_set(charge, case, today).only_if(sentence_possible);
    dates[DateFact::ProbationEnd.index()] =
        probation_set(charge, case, today).only_if(sentence_possible);
    World {
        offense: offense_mask(catalog, &charge.offense, charge.another_law),
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
