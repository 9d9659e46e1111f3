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
//! `PROPTEST_CASES=20000 cargo test --release --test properties` runs a longer search.

use std::sync::LazyLock;

use clearpath::answers::{
    AgeBand, Answers, Charge, Court, CustodyEnd, Day, Disposition, FORMAT_VERSION, Grade,
    OffenseAnswer, PastConvictions, RecentFindings, RecordFacts, Reply, When,
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

/// A custody end no earlier than the case could have ended (the answers would be refused otherwise).
fn custody_strategy(when: When, today: Date) -> BoxedStrategy<CustodyEnd> {
    let first = clearpath::answers::span_of(when).map_or(EARLIEST, |(lo, _)| lo);
    prop_oneof![
        2 => day_in(first, today).prop_map(|d| CustodyEnd::Date(Day(d))),
        1 => (first.year()..=today.year()).prop_map(CustodyEnd::Year),
        2 => Just(CustodyEnd::NoCustody),
        2 => Just(CustodyEnd::NotSure),
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

const OUTCOMES: [Disposition; 8] = [
    Disposition::Guilty,
    Disposition::ContinuedWithoutFinding,
    Disposition::Dismissed,
    Disposition::NolleProsequi,
    Disposition::NotGuilty,
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

fn charge(today: Date) -> impl Strategy<Value = Charge> {
    when_strategy(today)
        .prop_flat_map(move |when| (Just(when), custody_strategy(when, today)))
        .prop_flat_map(|(when, custody_end)| {
            (offense(), court(), outcome(), age(), reply()).prop_map(
                move |(offense, court, outcome, age, coerced)| Charge {
                    offense,
                    court,
                    outcome,
                    when,
                    custody_end,
                    age,
                    coerced,
                },
            )
        })
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
    (found, elsewhere, reply(), reply(), reply(), reply()).prop_map(
        |(other_ma_guilty, out_of_state, open_case, supervision_now, registered, us_citizen)| {
            RecordFacts {
                other_ma_guilty,
                out_of_state,
                open_case,
                supervision_now,
                registered,
                us_citizen,
            }
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
    let names = remedy_names();
    let unsure_answers = with_charge(base, i, |c| set(c, unsure.clone()));
    let unsure_results = results(&unsure_answers, today);
    for value in definite {
        let answers = with_charge(base, i, |c| set(c, value.clone()));
        let got = results(&answers, today);
        for (j, (u_row, d_row)) in unsure_results.iter().zip(&got).enumerate() {
            let rule = if j == i {
                own
            } else {
                Rule::LatestDateOrBranches
            };
            for (r, (u, d)) in u_row.iter().zip(d_row).enumerate() {
                prop_assert!(
                    consistent(rule, u.status, d),
                    "charge {} field `{field}`: not sure ({unsure:?}) gives {u:?} for charge {} \
                     remedy {}, but {value:?} gives {d:?} (rule {rule:?})\ntoday: {today}\n\
                     answers (not sure): {unsure_answers:#?}",
                    i + 1,
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

        // The custody end, likewise, from no custody at all to dates from the case to today.
        let first = clearpath::answers::span_of(base.charges[i].when).map_or(EARLIEST, |(lo, _)| lo);
        let mut custody = vec![CustodyEnd::NoCustody];
        for w in sample_whens(today) {
            match w {
                When::Date(d) if d.0 >= first => custody.push(CustodyEnd::Date(d)),
                When::Year(y) if y >= first.year() => custody.push(CustodyEnd::Year(y)),
                _ => {}
            }
        }
        check_field(
            "custody_end", &base, today, i, |c, v| c.custody_end = v, CustodyEnd::NotSure, &custody,
            Rule::LatestDate,
        )?;
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
        custody_end: CustodyEnd::NoCustody,
        age: AgeBand::From21,
        coerced: Reply::No,
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
                custody_end: CustodyEnd::NoCustody,
                age: AgeBand::From21,
                coerced: Reply::No,
            },
            Charge {
                offense: OffenseAnswer::Another(Grade::Felony),
                court: Court::MassachusettsAdult,
                outcome: Disposition::NotGuilty,
                when: When::Date(Day(date(2010, 1, 1))),
                custody_end: CustodyEnd::NoCustody,
                age: AgeBand::From21,
                coerced: Reply::No,
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
            open_case: Reply::No,
            supervision_now: Reply::No,
            registered: Reply::No,
            us_citizen: Reply::Yes,
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
