//! Property tests of the screening engine over arbitrary answers.
//!
//! 1. Screening never panics and gives every charge exactly one outcome per remedy of every rule set.
//! 2. Replacing a definite answer with "not sure" never gives a firmer status than the definite answers
//!    give: the not-sure status is either `Conditional` or what every definite answer gives (for dates, an
//!    `AvailableFrom` date no earlier than the definite ones'). This is checked strictly for the charge
//!    whose answer changes; the other charges, which see it only through record-wide ranges, are checked
//!    by a looser rule (see `Rule::LatestDateOrBranches` and
//!    `cross_charge_not_sure_court_gives_the_latest_possible_date`).
//!
//! 3. A version 1 answer carried over (`custody_or_probation_end`, "custody or probation, not sure which")
//!    is never firmer than any version 2 answer it could stand for, and the record answers version 2
//!    added are never firmer as "not sure" than as a definite answer.
//!
//! `PROPTEST_CASES=20000 cargo test --release --test properties` runs a longer search.

use std::sync::LazyLock;

use clearpath::answers::{
    AgeBand, AnotherLaw, Answers, Charge, Commitment, Court, CustodyEnd, Day, Disposition,
    FORMAT_VERSION, Grade, Imprisonment, OffenseAnswer, PastConvictions, ProbationEnd,
    RecentFindings, RecordFacts, Released, Reply, When,
};
use clearpath::calendar::{self, EARLIEST};
use clearpath::rules::RuleBook;
use clearpath::screening::{self, Status};
use clearpath::source::SourceText;
use jiff::ToSpan;
use jiff::civil::{Date, date};
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::TestCaseError;

static BOOK: LazyLock<RuleBook> =
    LazyLock::new(|| RuleBook::bundled().expect("the bundled rules compile"));

/// Ids a person can give: catalog offenses (other than the two "another" entries) and groups.
static IDS: LazyLock<Vec<String>> = LazyLock::new(|| {
    BOOK.catalog
        .answer_ids()
        .into_iter()
        .map(str::to_string)
        .collect()
});

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(96),
        // Keep the test from writing regression files next to the sources; a failure prints its case.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

// ----- dates -----

fn add_days(day: Date, n: i32) -> Date {
    day.checked_add(n.days()).expect("date in range")
}

fn days_between(first: Date, last: Date) -> i32 {
    first.until(last).expect("dates in range").get_days()
}

/// A day in `[first, last]` (both inclusive; `first <= last`).
fn day_in(first: Date, last: Date) -> impl Strategy<Value = Date> + Clone {
    (0..=days_between(first, last)).prop_map(move |n| add_days(first, n))
}

fn today_strategy() -> impl Strategy<Value = Date> {
    day_in(date(2000, 1, 1), date(2040, 12, 31))
}

/// A case date between 1900-01-01 and today, often in the last ten years where waits matter.
fn when_strategy(today: Date) -> BoxedStrategy<When> {
    let recent = add_days(today, -3653).max(EARLIEST);
    prop_oneof![
        2 => day_in(EARLIEST, today).prop_map(|d| When::Date(Day(d))),
        3 => day_in(recent, today).prop_map(|d| When::Date(Day(d))),
        2 => (EARLIEST.year()..=today.year()).prop_map(When::Year),
        1 => (recent.year()..=today.year()).prop_map(When::Year),
        2 => Just(When::NotSure),
    ]
    .boxed()
}

/// The first day a case could have ended, for dates that cannot come before it.
fn case_start(when: When) -> Date {
    clearpath::answers::span_of(when).map_or(EARLIEST, |(lo, _)| lo)
}

/// A release from jail: any day up to today (a person can be released before the case ends).
fn released_strategy(today: Date) -> BoxedStrategy<Released> {
    prop_oneof![
        2 => day_in(EARLIEST, today).prop_map(|d| Released::Date(Day(d))),
        1 => (EARLIEST.year()..=today.year()).prop_map(Released::Year),
        2 => Just(Released::NotHeld),
        2 => Just(Released::NotSure),
    ]
    .boxed()
}

/// The end of probation, no earlier than the case could have ended (the answers would be refused
/// otherwise).
fn probation_strategy(when: When, today: Date) -> BoxedStrategy<ProbationEnd> {
    let first = case_start(when);
    prop_oneof![
        2 => day_in(first, today).prop_map(|d| ProbationEnd::Date(Day(d))),
        1 => (first.year()..=today.year()).prop_map(ProbationEnd::Year),
        2 => Just(ProbationEnd::NoProbation),
        2 => Just(ProbationEnd::NotSure),
    ]
    .boxed()
}

/// Version 1's one custody-or-probation date, kept from a version 1 file: mostly absent.
fn legacy_strategy(when: When, today: Date) -> BoxedStrategy<CustodyEnd> {
    let first = case_start(when);
    prop_oneof![
        1 => day_in(first, today).prop_map(|d| CustodyEnd::Date(Day(d))),
        1 => (first.year()..=today.year()).prop_map(CustodyEnd::Year),
        4 => Just(CustodyEnd::NotSure),
    ]
    .boxed()
}

// ----- answers -----

fn reply() -> impl Strategy<Value = Reply> + Clone {
    select(vec![
        Reply::Yes,
        Reply::No,
        Reply::NotSure,
        Reply::PreferNotToSay,
    ])
}

fn grade() -> impl Strategy<Value = Grade> + Clone {
    select(vec![Grade::Misdemeanor, Grade::Felony, Grade::NotSure])
}

fn offense() -> impl Strategy<Value = OffenseAnswer> {
    prop_oneof![
        6 => select(IDS.clone()).prop_map(OffenseAnswer::Offense),
        2 => grade().prop_map(OffenseAnswer::Another),
        1 => Just(OffenseAnswer::NotSure),
    ]
}

const COURTS: [Court; 4] = [
    Court::MassachusettsAdult,
    Court::MassachusettsJuvenile,
    Court::OtherState,
    Court::Federal,
];

const OUTCOMES: [Disposition; 10] = [
    Disposition::Guilty,
    Disposition::ContinuedWithoutFinding,
    Disposition::Dismissed,
    Disposition::NolleProsequi,
    Disposition::NotGuilty,
    Disposition::NoProbableCause,
    Disposition::NoBill,
    Disposition::Filed,
    Disposition::DelinquencyAdjudication,
    Disposition::StillOpen,
];

const AGES: [AgeBand; 3] = [AgeBand::Under18, AgeBand::From18To20, AgeBand::From21];

fn court() -> impl Strategy<Value = Court> {
    prop_oneof![
        4 => select(COURTS.to_vec()),
        1 => Just(Court::NotSure),
    ]
}

fn outcome() -> impl Strategy<Value = Disposition> {
    prop_oneof![
        5 => select(OUTCOMES.to_vec()),
        1 => Just(Disposition::NotSure),
    ]
}

fn age() -> impl Strategy<Value = AgeBand> {
    prop_oneof![
        3 => select(AGES.to_vec()),
        1 => Just(AgeBand::NotSure),
    ]
}

const LAWS: [AnotherLaw; 4] = [
    AnotherLaw::FirearmsLicensing,
    AnotherLaw::PublicJustice,
    AnotherLaw::ConflictOfInterest,
    AnotherLaw::NoneOfThese,
];

fn another_law() -> impl Strategy<Value = AnotherLaw> {
    prop_oneof![
        4 => select(LAWS.to_vec()),
        1 => Just(AnotherLaw::NotSure),
    ]
}

fn charge(today: Date) -> impl Strategy<Value = Charge> {
    when_strategy(today)
        .prop_flat_map(move |when| {
            (
                Just(when),
                released_strategy(today),
                probation_strategy(when, today),
                legacy_strategy(when, today),
            )
        })
        .prop_flat_map(
            |(when, released, probation_end, custody_or_probation_end)| {
                (
                    (offense(), another_law(), court(), outcome()),
                    (age(), reply(), reply(), reply()),
                )
                    .prop_map(
                        move |(
                            (offense, another_law, court, outcome),
                            (age, coerced, arranged, official_documents),
                        )| Charge {
                            offense,
                            another_law,
                            court,
                            outcome,
                            when,
                            released,
                            probation_end,
                            custody_or_probation_end,
                            age,
                            coerced,
                            arranged,
                            official_documents,
                        },
                    )
            },
        )
}

fn record(today: Date) -> impl Strategy<Value = RecordFacts> {
    let found = (reply(), reply(), when_strategy(today)).prop_map(|(l3, l7, latest)| {
        // "Yes in the last 3 years" and "no in the last 7" contradict each other; the answers check
        // refuses that pair, so the generator does not produce it.
        let l7 = if l3 == Reply::Yes && l7 == Reply::No {
            Reply::Yes
        } else {
            l7
        };
        RecentFindings {
            last_3_years: l3,
            last_7_years: l7,
            latest,
        }
    });
    let elsewhere =
        (reply(), when_strategy(today)).prop_map(|(any, latest)| PastConvictions { any, latest });
    let jail = (reply(), when_strategy(today)).prop_map(|(last_7_years, latest)| Imprisonment {
        last_7_years,
        latest,
    });
    let commitment =
        (reply(), when_strategy(today)).prop_map(|(last_3_years, latest)| Commitment {
            last_3_years,
            latest,
        });
    (
        (found, elsewhere, jail, commitment),
        (reply(), reply(), reply()),
        (reply(), reply(), reply(), reply()),
    )
        .prop_map(
            |(
                (other_ma_guilty, out_of_state, other_imprisonment, other_commitment),
                (other_cases, same_incident, false_identity),
                (open_case, supervision_now, registered, us_citizen),
            )| RecordFacts {
                other_ma_guilty,
                out_of_state,
                other_imprisonment,
                other_commitment,
                other_cases,
                same_incident,
                false_identity,
                open_case,
                supervision_now,
                registered,
                us_citizen,
            },
        )
}

fn answers(today: Date) -> impl Strategy<Value = Answers> {
    (
        proptest::collection::vec(charge(today), 0..=8),
        record(today),
    )
        .prop_map(|(charges, record)| Answers {
            version: FORMAT_VERSION,
            charges,
            record,
        })
}

/// Today, and answers about the past.
fn case() -> impl Strategy<Value = (Date, Answers)> {
    today_strategy().prop_flat_map(|today| (Just(today), answers(today)))
}

/// Today, answers with at least one charge, and the index of the charge to vary.
fn case_with_charge() -> impl Strategy<Value = (Date, Answers, usize)> {
    today_strategy()
        .prop_flat_map(|today| {
            (
                Just(today),
                proptest::collection::vec(charge(today), 1..=6),
                record(today),
            )
        })
        .prop_flat_map(|(today, charges, record)| {
            let n = charges.len();
            let answers = Answers {
                version: FORMAT_VERSION,
                charges,
                record,
            };
            (Just(today), Just(answers), 0..n)
        })
}

// ----- screening helpers -----

fn validate(answers: &Answers, today: Date) -> Result<(), String> {
    BOOK.validate_answers(answers, &SourceText::new("generated.ron", ""), today)
        .map_err(|e| e.to_string())
}

/// Every remedy in screening order, as `rule-set-id/remedy-id`.
fn remedy_names() -> Vec<String> {
    BOOK.rule_sets
        .iter()
        .flat_map(|set| {
            set.remedies
                .iter()
                .map(move |r| format!("{}/{}", set.id, r.id))
        })
        .collect()
}

/// A remedy's status and, for a conditional one, its branches' statuses.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Seen {
    status: Status,
    branches: Vec<Status>,
}

/// The status of every remedy for every charge.
fn statuses(answers: &Answers, today: Date) -> Vec<Vec<Status>> {
    results(answers, today)
        .into_iter()
        .map(|row| row.into_iter().map(|r| r.status).collect())
        .collect()
}

/// The status (and branch statuses) of every remedy for every charge.
fn results(answers: &Answers, today: Date) -> Vec<Vec<Seen>> {
    screening::screen(&BOOK, answers, today)
        .charges
        .iter()
        .map(|c| {
            c.outcomes
                .iter()
                .map(|o| Seen {
                    status: o.status,
                    branches: o.branches.iter().map(|b| b.status).collect(),
                })
                .collect()
        })
        .collect()
}

fn with_charge(answers: &Answers, i: usize, change: impl FnOnce(&mut Charge)) -> Answers {
    let mut changed = answers.clone();
    change(&mut changed.charges[i]);
    changed
}

/// How strictly a definite answer's status must match the not-sure status (a `Conditional` not-sure
/// status allows anything).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Rule {
    /// Exactly the same status.
    Same,
    /// The same status, except that a not-sure `AvailableFrom(d)` allows `Available` or
    /// `AvailableFrom(d2)` with `d2 <= d` (the not-sure date is the latest possible).
    LatestDate,
    /// As `LatestDate`, and a not-sure `AvailableFrom(d)` also allows a conditional outcome every branch
    /// of which is `Available` or `AvailableFrom(d2)` with `d2 <= d`.
    ///
    /// Used for the charges other than the one changed: they see the changed charge only through the
    /// latest "other finding" dates and the count of convictions, ranges that lose which answer gave
    /// which date, so a date wholly after a waiting period's threshold is read as its latest possible day
    /// (`AvailableFrom`) while the same uncertainty straddling the threshold splits (`Conditional`). See
    /// `cross_charge_not_sure_court_gives_the_latest_possible_date`.
    LatestDateOrBranches,
}

fn no_later(latest: Date, status: Status) -> bool {
    match status {
        Status::Available => true,
        Status::AvailableFrom(d) => d <= latest,
        _ => false,
    }
}

/// Whether `definite` is consistent with the not-sure status `unsure` under `rule`.
fn consistent(rule: Rule, unsure: Status, definite: &Seen) -> bool {
    match (rule, unsure, definite.status) {
        (_, Status::Conditional, _) => true,
        (Rule::Same, u, d) => u == d,
        (_, Status::AvailableFrom(latest), d) if no_later(latest, d) => true,
        (Rule::LatestDateOrBranches, Status::AvailableFrom(latest), Status::Conditional) => {
            definite.branches.iter().all(|b| no_later(latest, *b))
        }
        (_, u, d) => u == d,
    }
}

/// Screen the answers with charge `i`'s field set to not sure and to each definite value, and check that
/// the not-sure statuses are never firmer than the definite ones: for charge `i` by `own`, for the
/// others by `Rule::LatestDateOrBranches`.
#[allow(clippy::too_many_arguments)]
fn check_field<V: Clone + std::fmt::Debug>(
    field: &str,
    base: &Answers,
    today: Date,
    i: usize,
    set: impl Fn(&mut Charge, V),
    unsure: V,
    definite: &[V],
    own: Rule,
) -> Result<(), TestCaseError> {
    let change = |a: &mut Answers, v: V| set(&mut a.charges[i], v);
    check_change(field, base, today, Some((i, own)), change, unsure, definite)
}

/// The same for a record answer: every charge sees it, by `Rule::LatestDateOrBranches`.
fn check_record_field<V: Clone + std::fmt::Debug>(
    field: &str,
    base: &Answers,
    today: Date,
    set: impl Fn(&mut RecordFacts, V),
    unsure: V,
    definite: &[V],
) -> Result<(), TestCaseError> {
    let change = |a: &mut Answers, v: V| set(&mut a.record, v);
    check_change(field, base, today, None, change, unsure, definite)
}

/// Apply `change` with the not-sure value and with each definite one, and compare every charge's
/// outcomes: `own` names the charge changed and its rule, if one charge was.
fn check_change<V: Clone + std::fmt::Debug>(
    field: &str,
    base: &Answers,
    today: Date,
    own: Option<(usize, Rule)>,
    change: impl Fn(&mut Answers, V),
    unsure: V,
    definite: &[V],
) -> Result<(), TestCaseError> {
    let names = remedy_names();
    let mut unsure_answers = base.clone();
    change(&mut unsure_answers, unsure.clone());
    let unsure_results = results(&unsure_answers, today);
    for value in definite {
        let mut answers = base.clone();
        change(&mut answers, value.clone());
        let got = results(&answers, today);
        for (j, (u_row, d_row)) in unsure_results.iter().zip(&got).enumerate() {
            let rule = match own {
                Some((i, rule)) if i == j => rule,
                _ => Rule::LatestDateOrBranches,
            };
            for (r, (u, d)) in u_row.iter().zip(d_row).enumerate() {
                prop_assert!(
                    consistent(rule, u.status, d),
                    "{} field `{field}`: not sure ({unsure:?}) gives {u:?} for charge {} \
                     remedy {}, but {value:?} gives {d:?} (rule {rule:?})\ntoday: {today}\n\
                     answers (not sure): {unsure_answers:#?}",
                    own.map_or("record".to_string(), |(i, _)| format!("charge {}", i + 1)),
                    j + 1,
                    names[r],
                );
            }
        }
    }
    Ok(())
}

/// Definite case dates spread over `[1900-01-01, today]`, plus the days around the 3- and 7-year
/// thresholds, plus a few years.
fn sample_whens(today: Date) -> Vec<When> {
    let mut days = vec![EARLIEST, today];
    let span = days_between(EARLIEST, today);
    for k in 1..6 {
        days.push(add_days(EARLIEST, span * k / 6));
    }
    for years in [3, 7] {
        let t = calendar::wait_threshold(today, years);
        days.extend([add_days(t, -1), t, add_days(t, 1)]);
    }
    days.retain(|d| (EARLIEST..=today).contains(d));
    days.sort();
    days.dedup();
    let mut whens: Vec<When> = days.into_iter().map(|d| When::Date(Day(d))).collect();
    let t3 = calendar::wait_threshold(today, 3).year();
    let t7 = calendar::wait_threshold(today, 7).year();
    for y in [EARLIEST.year(), t7, t3, today.year()] {
        if !whens.contains(&When::Year(y)) {
            whens.push(When::Year(y));
        }
    }
    whens
}

proptest! {
    #![proptest_config(config())]

    /// Screening never panics and gives every charge one outcome per remedy of every rule set, in
    /// rule-set then remedy order.
    #[test]
    fn screening_gives_every_charge_one_outcome_per_remedy((today, answers) in case()) {
        prop_assert_eq!(validate(&answers, today), Ok(()), "the generator made invalid answers");
        let screening = screening::screen(&BOOK, &answers, today);
        prop_assert_eq!(screening.today, today);
        prop_assert_eq!(screening.charges.len(), answers.charges.len());
        let expected = remedy_names();
        prop_assert!(!expected.is_empty());
        prop_assert_eq!(
            BOOK.rule_sets.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
            vec!["current-law", "bill-h1683"]
        );
        for (i, charge) in screening.charges.iter().enumerate() {
            let got: Vec<String> = charge
                .outcomes
                .iter()
                .map(|o| format!("{}/{}", o.rule_set.id, o.remedy.id))
                .collect();
            prop_assert_eq!(&got, &expected, "charge {}", i + 1);
            for o in &charge.outcomes {
                let name = format!("charge {} {}/{}", i + 1, o.rule_set.id, o.remedy.id);
                // A conditional outcome explains itself with at least two branches; others have none.
                if o.status == Status::Conditional {
                    prop_assert!(o.branches.len() >= 2, "{}: {:?}", name, o.branches);
                } else {
                    prop_assert!(o.branches.is_empty(), "{}: {:?}", name, o.branches);
                }
                // "Available from" a date that has come is just "available".
                if let Status::AvailableFrom(d) = o.status {
                    prop_assert!(d > today, "{}: available from {} but today is {}", name, d, today);
                }
                prop_assert!(!o.reason.trim().is_empty(), "{}: empty reason", name);
            }
        }
    }

    /// Replacing a definite answer with "not sure" never yields a firmer status than the definite
    /// answers give.
    #[test]
    fn not_sure_is_never_firmer_than_the_definite_answers((today, base, i) in case_with_charge()) {
        prop_assert_eq!(validate(&base, today), Ok(()), "the generator made invalid answers");

        check_field("court", &base, today, i, |c, v| c.court = v, Court::NotSure, &COURTS, Rule::Same)?;
        check_field(
            "outcome", &base, today, i, |c, v| c.outcome = v, Disposition::NotSure, &OUTCOMES, Rule::Same,
        )?;
        check_field("age", &base, today, i, |c, v| c.age = v, AgeBand::NotSure, &AGES, Rule::Same)?;
        check_field(
            "coerced", &base, today, i, |c, v| c.coerced = v, Reply::NotSure, &[Reply::Yes, Reply::No],
            Rule::Same,
        )?;
        check_field(
            "coerced", &base, today, i, |c, v| c.coerced = v, Reply::PreferNotToSay,
            &[Reply::Yes, Reply::No], Rule::Same,
        )?;
        check_field(
            "offense (another charge's grade)", &base, today, i, |c, v| c.offense = v,
            OffenseAnswer::Another(Grade::NotSure),
            &[OffenseAnswer::Another(Grade::Misdemeanor), OffenseAnswer::Another(Grade::Felony)],
            Rule::Same,
        )?;
        let mut offenses: Vec<OffenseAnswer> =
            IDS.iter().cloned().map(OffenseAnswer::Offense).collect();
        offenses.extend([
            OffenseAnswer::Another(Grade::Misdemeanor),
            OffenseAnswer::Another(Grade::Felony),
        ]);
        check_field(
            "offense", &base, today, i, |c, v| c.offense = v, OffenseAnswer::NotSure, &offenses,
            Rule::Same,
        )?;

        // The case date: the not-sure date may be the latest possible one. Only dates the answers
        // allow (custody cannot end before the case) are compared.
        let whens: Vec<When> = sample_whens(today)
            .into_iter()
            .filter(|w| validate(&with_charge(&base, i, |c| c.when = *w), today).is_ok())
            .collect();
        check_field("when", &base, today, i, |c, v| c.when = v, When::NotSure, &whens, Rule::LatestDate)?;

        for (name, set) in [
            ("arranged", (|c: &mut Charge, v| c.arranged = v) as fn(&mut Charge, Reply)),
            ("official_documents", |c: &mut Charge, v| c.official_documents = v),
        ] {
            for unsure in [Reply::NotSure, Reply::PreferNotToSay] {
                check_field(name, &base, today, i, set, unsure, &[Reply::Yes, Reply::No], Rule::Same)?;
            }
        }
        check_field(
            "another_law", &base, today, i, |c, v| c.another_law = v, AnotherLaw::NotSure, &LAWS,
            Rule::Same,
        )?;

        // Release and the end of probation, likewise, from none at all to dates up to today (probation:
        // from the case on). Compared without a version 1 date, which a definite answer replaces.
        let plain = with_charge(&base, i, |c| c.custody_or_probation_end = CustodyEnd::NotSure);
        let first = case_start(base.charges[i].when);
        let mut released = vec![Released::NotHeld];
        let mut probation = vec![ProbationEnd::NoProbation];
        for w in sample_whens(today) {
            match w {
                When::Date(d) => {
                    released.push(Released::Date(d));
                    if d.0 >= first {
                        probation.push(ProbationEnd::Date(d));
                    }
                }
                When::Year(y) => {
                    released.push(Released::Year(y));
                    if y >= first.year() {
                        probation.push(ProbationEnd::Year(y));
                    }
                }
                When::NotSure => {}
            }
        }
        check_field(
            "released", &plain, today, i, |c, v| c.released = v, Released::NotSure, &released,
            Rule::LatestDate,
        )?;
        check_field(
            "probation_end", &plain, today, i, |c, v| c.probation_end = v, ProbationEnd::NotSure,
            &probation, Rule::LatestDate,
        )?;

        // A version 1 date carried over is never firmer than any version 2 answer it can stand for: the
        // release, the end of probation, or both on that day, or one of them earlier.
        for legacy in probation.iter().filter_map(|p| match *p {
            ProbationEnd::Date(d) => Some(CustodyEnd::Date(d)),
            ProbationEnd::Year(y) => Some(CustodyEnd::Year(y)),
            _ => None,
        }) {
            let (day, released_then, probation_then) = match legacy {
                CustodyEnd::Date(d) => (d.0, Released::Date(d), ProbationEnd::Date(d)),
                CustodyEnd::Year(y) => (
                    date(y, 12, 31).min(today),
                    Released::Year(y),
                    ProbationEnd::Year(y),
                ),
                _ => unreachable!("only dates and years are carried over"),
            };
            let earlier = Released::Date(Day(first.max(add_days(day, -400)).min(day)));
            let readings = [
                (released_then, ProbationEnd::NoProbation),
                (Released::NotHeld, probation_then),
                (released_then, probation_then),
                (earlier, probation_then),
            ];
            check_field(
                "custody_or_probation_end (version 1)", &plain, today, i,
                |c, (r, p, l)| {
                    c.released = r;
                    c.probation_end = p;
                    c.custody_or_probation_end = l;
                },
                (Released::NotSure, ProbationEnd::NotSure, legacy),
                &readings.map(|(r, p)| (r, p, CustodyEnd::NotSure)),
                Rule::LatestDate,
            )?;
        }
    }

    /// The record answers version 2 added are never firmer as "not sure" than as a definite answer.
    #[test]
    fn record_not_sure_is_never_firmer_than_the_definite_answers((today, base) in case()) {
        prop_assert_eq!(validate(&base, today), Ok(()), "the generator made invalid answers");
        for (name, set) in [
            ("other_cases", (|r: &mut RecordFacts, v| r.other_cases = v) as fn(&mut RecordFacts, Reply)),
            ("same_incident", |r: &mut RecordFacts, v| r.same_incident = v),
            ("false_identity", |r: &mut RecordFacts, v| r.false_identity = v),
            ("other_imprisonment.last_7_years", |r: &mut RecordFacts, v| {
                r.other_imprisonment = Imprisonment { last_7_years: v, latest: When::NotSure };
            }),
            ("other_commitment.last_3_years", |r: &mut RecordFacts, v| {
                r.other_commitment = Commitment { last_3_years: v, latest: When::NotSure };
            }),
        ] {
            // With "no other cases" answered, imprisonment or commitment the person is not sure of can
            // only come from the charges listed; a "yes" contradicts that answer and is read as
            // another case (the firmer not-sure reading is right there, not a loss of caution).
            let another_case_answer = name.starts_with("other_imprisonment")
                || name.starts_with("other_commitment");
            let definite: &[Reply] = if another_case_answer && base.record.other_cases == Reply::No {
                &[Reply::No]
            } else {
                &[Reply::Yes, Reply::No]
            };
            check_record_field(name, &base, today, set, Reply::NotSure, definite)?;
        }
    }
}

/// A fixed example of the second property, so a change that breaks it fails with a readable case even
/// before proptest finds one.
#[test]
fn not_sure_case_date_gives_a_conditional_wait() {
    let today = date(2026, 11, 29);
    let charge = Charge {
        offense: OffenseAnswer::Offense("c272_53_walker".into()),
        court: Court::MassachusettsAdult,
        outcome: Disposition::Guilty,
        when: When::NotSure,
        released: Released::NotHeld,
        probation_end: ProbationEnd::NoProbation,
        age: AgeBand::From21,
        coerced: Reply::No,
        arranged: Reply::No,
        official_documents: Reply::No,
        ..Charge::default()
    };
    let answers = Answers {
        version: FORMAT_VERSION,
        charges: vec![charge],
        record: RecordFacts {
            other_ma_guilty: RecentFindings {
                last_3_years: Reply::No,
                last_7_years: Reply::No,
                latest: When::NotSure,
            },
            out_of_state: PastConvictions {
                any: Reply::No,
                latest: When::NotSure,
            },
            other_cases: Reply::No,
            ..RecordFacts::default()
        },
    };
    let seal = remedy_names()
        .iter()
        .position(|n| n == "current-law/seal_by_mail")
        .expect("current law has sealing by mail");
    assert_eq!(statuses(&answers, today)[0][seal], Status::Conditional);
    let dated = with_charge(&answers, 0, |c| c.when = When::Date(Day(date(2025, 1, 15))));
    assert_eq!(
        statuses(&dated, today)[0][seal],
        Status::AvailableFrom(date(2028, 1, 15))
    );
    let old = with_charge(&answers, 0, |c| c.when = When::Date(Day(date(2020, 1, 15))));
    assert_eq!(statuses(&old, today)[0][seal], Status::Available);
}

/// A case found by `not_sure_is_never_firmer_than_the_definite_answers`: charge 1 is a conviction whose
/// court and date are not known; charge 2 is an old felony acquittal; the record has another
/// Massachusetts guilty finding in 2020.
///
/// If charge 1 was in another state, sealing charge 2 by mail depends on when (an old conviction:
/// 2027-03-01, seven years after the 2020 finding; a recent one: 2033-11-29), so the engine says
/// `Conditional` with those two branches. In Massachusetts, it says `AvailableFrom(2033-11-29)`, the
/// latest possible day. Not sure of the court, charge 2 sees charge 1 only through the record-wide
/// "latest other finding" ranges, which no longer know they come from one charge; a range wholly after
/// the waiting period's threshold is read as its latest possible day. So the not-sure answer gives
/// `AvailableFrom(2033-11-29)` with a note that the date may be earlier: never earlier than any possible
/// answer allows (the upper bound of every branch), which is what `Rule::LatestDateOrBranches` checks.
#[test]
fn cross_charge_not_sure_court_gives_the_latest_possible_date() {
    let today = date(2026, 11, 29);
    let answers = Answers {
        version: FORMAT_VERSION,
        charges: vec![
            Charge {
                offense: OffenseAnswer::Offense("c272_53A_a".into()),
                court: Court::NotSure,
                outcome: Disposition::Guilty,
                when: When::NotSure,
                released: Released::NotHeld,
                probation_end: ProbationEnd::NoProbation,
                age: AgeBand::From21,
                coerced: Reply::No,
                ..Charge::default()
            },
            Charge {
                offense: OffenseAnswer::Another(Grade::Felony),
                another_law: AnotherLaw::NoneOfThese,
                court: Court::MassachusettsAdult,
                outcome: Disposition::NotGuilty,
                when: When::Date(Day(date(2010, 1, 1))),
                released: Released::NotHeld,
                probation_end: ProbationEnd::NoProbation,
                age: AgeBand::From21,
                coerced: Reply::No,
                ..Charge::default()
            },
        ],
        record: RecordFacts {
            other_ma_guilty: RecentFindings {
                last_3_years: Reply::No,
                last_7_years: Reply::Yes,
                latest: When::Date(Day(date(2020, 3, 1))),
            },
            out_of_state: PastConvictions {
                any: Reply::No,
                latest: When::NotSure,
            },
            other_imprisonment: Imprisonment {
                last_7_years: Reply::No,
                latest: When::NotSure,
            },
            other_cases: Reply::Yes,
            open_case: Reply::No,
            supervision_now: Reply::No,
            registered: Reply::No,
            us_citizen: Reply::Yes,
            ..RecordFacts::default()
        },
    };
    assert_eq!(validate(&answers, today), Ok(()));
    let seal = remedy_names()
        .iter()
        .position(|n| n == "current-law/seal_by_mail")
        .expect("current law has sealing by mail");
    let status = |court: Court| {
        let changed = with_charge(&answers, 0, |c| c.court = court);
        results(&changed, today)[1][seal].clone()
    };
    let not_sure = status(Court::NotSure);
    assert_eq!(not_sure.status, Status::AvailableFrom(date(2033, 11, 29)));
    for court in COURTS {
        let definite = status(court);
        assert!(
            consistent(Rule::LatestDateOrBranches, not_sure.status, &definite),
            "not sure of charge 1's court gives {not_sure:?} for charge 2, {court:?} gives {definite:?}"
        );
    }
}

/// Version 2 answers written as a version 1 answers file: one custody-or-probation date (the later of
/// release and the end of probation), and none of the questions version 2 added.
fn as_version_1(answers: &Answers) -> String {
    fn ron<T: serde::Serialize>(value: &T) -> String {
        ron::to_string(value).expect("serializes")
    }
    fn custody_end(c: &Charge) -> CustodyEnd {
        if c.custody_or_probation_end != CustodyEnd::NotSure {
            return c.custody_or_probation_end;
        }
        let end = |w: When| match w {
            When::Date(d) => Some(CustodyEnd::Date(d)),
            When::Year(y) => Some(CustodyEnd::Year(y)),
            When::NotSure => None,
        };
        let released = match c.released {
            Released::NotSure => return CustodyEnd::NotSure,
            Released::NotHeld => None,
            Released::Date(d) => end(When::Date(d)),
            Released::Year(y) => end(When::Year(y)),
        };
        let probation = match c.probation_end {
            ProbationEnd::NotSure => return CustodyEnd::NotSure,
            ProbationEnd::NoProbation => None,
            ProbationEnd::Date(d) => end(When::Date(d)),
            ProbationEnd::Year(y) => end(When::Year(y)),
        };
        // The later of the two, as a value whose span holds it: a year wins over a day in the same year.
        let last = |v: CustodyEnd| match v {
            CustodyEnd::Date(d) => (d.0.year(), 1),
            CustodyEnd::Year(y) => (y, 2),
            _ => (i16::MIN, 0),
        };
        let later = match (released, probation) {
            (None, None) => return CustodyEnd::NoCustody,
            (Some(a), None) | (None, Some(a)) => a,
            (Some(a), Some(b)) => match (a, b) {
                (CustodyEnd::Date(x), CustodyEnd::Date(y)) => CustodyEnd::Date(x.max(y)),
                _ if last(a) >= last(b) => a,
                _ => b,
            },
        };
        // Version 1 cannot say "released before the case ended": leave it not sure.
        let case_start = case_start(c.when);
        let ends_before_case = match later {
            CustodyEnd::Date(d) => d.0 < case_start,
            CustodyEnd::Year(y) => y < case_start.year(),
            _ => false,
        };
        if ends_before_case {
            CustodyEnd::NotSure
        } else {
            later
        }
    }
    let charges: Vec<String> = answers
        .charges
        .iter()
        .map(|c| {
            format!(
                "(offense: {}, court: {}, outcome: {}, when: {}, custody_end: {}, age: {}, coerced: {})",
                ron(&c.offense),
                ron(&c.court),
                ron(&c.outcome),
                ron(&c.when),
                ron(&custody_end(c)),
                ron(&c.age),
                ron(&c.coerced),
            )
        })
        .collect();
    let r = &answers.record;
    format!(
        "(charges: [{}], record: (other_ma_guilty: {}, out_of_state: {}, open_case: {}, \
         supervision_now: {}, registered: {}, us_citizen: {}))",
        charges.join(", "),
        ron(&r.other_ma_guilty),
        ron(&r.out_of_state),
        ron(&r.open_case),
        ron(&r.supervision_now),
        ron(&r.registered),
        ron(&r.us_citizen),
    )
}

/// Every worked case in tests/cases, written as a version 1 file, still reads, passes the answers
/// checks and screens through the migration; and what it gives is never firmer than the version 2
/// answers give (version 1 knows less: the new questions are "not sure", and one date stands for
/// release or probation).
#[test]
fn every_worked_case_as_a_version_1_file_screens_and_is_never_firmer() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).expect("tests/cases") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "ron") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("readable");
        let case = clearpath::cases::read(&SourceText::new(path.display().to_string(), text))
            .unwrap_or_else(|e| panic!("{e}"));
        let today = calendar::parse_date(&case.today).expect("today is a date");
        let answers = case.answers;
        let v1_text = as_version_1(&answers);
        let source = SourceText::new(format!("{} as version 1", path.display()), v1_text.as_str());
        let migrated =
            Answers::parse(&source).unwrap_or_else(|e| panic!("{}: {e}\n{v1_text}", source.name));
        BOOK.validate_answers(&migrated, &source, today)
            .unwrap_or_else(|e| panic!("{}: {e}\n{v1_text}", source.name));
        let names = remedy_names();
        let old = results(&migrated, today);
        let new = results(&answers, today);
        for (c, (o_row, n_row)) in old.iter().zip(&new).enumerate() {
            for (r, (o, n)) in o_row.iter().zip(n_row).enumerate() {
                assert!(
                    consistent(Rule::LatestDateOrBranches, o.status, n),
                    "{}: charge {} {}: version 1 gives {o:?}, version 2 gives {n:?}\n{v1_text}",
                    path.display(),
                    c + 1,
                    names[r]
                );
            }
        }
        checked += 1;
    }
    assert!(checked >= 100, "only {checked} cases were checked");
}
