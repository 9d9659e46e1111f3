//! Benchmarks: screening a long record against both rule sets, and loading the bundled rules.
//!
//! Targets: a 200-charge record in under 1 ms; loading and compiling the rules in under 20 ms.
//! Run with `cargo bench --bench screening`.

use std::hint::black_box;

use clearpath::answers::{
    AgeBand, Answers, Charge, Court, Day, Disposition, FORMAT_VERSION, Grade, OffenseAnswer,
    PastConvictions, ProbationEnd, RecentFindings, RecordFacts, Released, Reply, When,
};
use clearpath::rules::RuleBook;
use clearpath::screening;
use criterion::{Criterion, criterion_group, criterion_main};
use jiff::civil::{Date, date};

const TODAY: Date = date(2026, 11, 29);

fn offense(id: &str) -> OffenseAnswer {
    OffenseAnswer::Offense(id.to_string())
}

/// One charge of the mix, by its position in the record: mostly definite answers about selling,
/// buying, exploiting, juvenile and dismissed cases, with a not-sure answer in about one in ten.
fn charge(i: usize) -> Charge {
    // Case dates spread over 1995-2026, so some waits are over and some are not.
    let year = 1995 + (i * 7 % 32) as i16;
    let day = Day(date(year, (1 + i % 12) as i8, (1 + i % 28) as i8));
    let when = When::Date(day);
    let ended = |extra: i16| {
        Released::Date(Day(date((year + extra).min(2026), 6, 1)
            .min(TODAY)
            .max(day.0)))
    };
    let coerced = [Reply::Yes, Reply::No, Reply::NotSure, Reply::PreferNotToSay][i % 4];
    match i % 10 {
        // Selling, convicted in an adult court.
        0 | 1 => Charge {
            offense: offense(if i.is_multiple_of(20) {
                "c272_53_walker"
            } else {
                "c272_53A_a"
            }),
            court: Court::MassachusettsAdult,
            outcome: Disposition::Guilty,
            when,
            released: if i.is_multiple_of(3) {
                ended(1)
            } else {
                Released::NotHeld
            },
            probation_end: ProbationEnd::NoProbation,
            age: AgeBand::From21,
            coerced,
            ..Charge::default()
        },
        // Selling, continued without a finding.
        2 => Charge {
            offense: offense("c272_53A_a"),
            court: Court::MassachusettsAdult,
            outcome: Disposition::ContinuedWithoutFinding,
            when,
            released: Released::NotHeld,
            probation_end: ProbationEnd::NoProbation,
            age: AgeBand::From18To20,
            coerced,
            ..Charge::default()
        },
        // Buying.
        3 => Charge {
            offense: offense(if i % 20 == 3 {
                "c272_53A_b"
            } else {
                "c272_53A_c"
            }),
            court: Court::MassachusettsAdult,
            outcome: Disposition::Guilty,
            when,
            released: Released::NotHeld,
            probation_end: ProbationEnd::NoProbation,
            age: AgeBand::From21,
            coerced: Reply::No,
            ..Charge::default()
        },
        // Exploiting others.
        4 => Charge {
            offense: offense(["c272_2", "c272_4A", "c272_6", "c272_7"][i / 10 % 4]),
            court: Court::MassachusettsAdult,
            outcome: Disposition::Guilty,
            when,
            released: ended(2),
            probation_end: ProbationEnd::NoProbation,
            age: AgeBand::From21,
            coerced,
            ..Charge::default()
        },
        // Juvenile court.
        5 => Charge {
            offense: offense("c272_53A_a"),
            court: Court::MassachusettsJuvenile,
            outcome: Disposition::DelinquencyAdjudication,
            when,
            released: Released::NotHeld,
            probation_end: ProbationEnd::NoProbation,
            age: AgeBand::Under18,
            coerced,
            ..Charge::default()
        },
        // Dismissed, dropped or not guilty.
        6 | 7 => Charge {
            offense: offense(["c272_53_walker", "c272_53A_a", "c272_53_other"][i % 3]),
            court: Court::MassachusettsAdult,
            outcome: [
                Disposition::Dismissed,
                Disposition::NolleProsequi,
                Disposition::NotGuilty,
            ][i % 3],
            when,
            released: Released::NotHeld,
            probation_end: ProbationEnd::NoProbation,
            age: AgeBand::From21,
            coerced,
            ..Charge::default()
        },
        // Another charge, or a case from another state.
        8 => Charge {
            offense: OffenseAnswer::Another(if i % 20 == 8 {
                Grade::Misdemeanor
            } else {
                Grade::Felony
            }),
            court: if i % 30 == 8 {
                Court::OtherState
            } else {
                Court::MassachusettsAdult
            },
            outcome: Disposition::Guilty,
            when,
            released: Released::Year(year),
            probation_end: ProbationEnd::NotSure,
            age: AgeBand::From21,
            coerced: Reply::No,
            ..Charge::default()
        },
        // Not sure of several answers.
        _ => Charge {
            offense: if i % 20 == 9 {
                offense("c272_53")
            } else {
                OffenseAnswer::NotSure
            },
            court: Court::NotSure,
            outcome: if i % 30 == 9 {
                Disposition::NotSure
            } else {
                Disposition::Guilty
            },
            when: if i % 20 == 9 {
                When::Year(year)
            } else {
                When::NotSure
            },
            released: Released::NotSure,
            probation_end: ProbationEnd::NotSure,
            age: AgeBand::NotSure,
            coerced: Reply::NotSure,
            ..Charge::default()
        },
    }
}

fn record(charges: usize) -> Answers {
    Answers {
        version: FORMAT_VERSION,
        charges: (0..charges).map(charge).collect(),
        record: RecordFacts {
            other_ma_guilty: RecentFindings {
                last_3_years: Reply::No,
                last_7_years: Reply::NotSure,
                latest: When::NotSure,
            },
            out_of_state: PastConvictions {
                any: Reply::No,
                latest: When::NotSure,
            },
            open_case: Reply::No,
            supervision_now: Reply::NotSure,
            registered: Reply::No,
            us_citizen: Reply::PreferNotToSay,
            // The record answers version 2 added, left "not sure" as a person in a hurry would.
            ..RecordFacts::default()
        },
    }
}

fn screening(c: &mut Criterion) {
    let book = RuleBook::bundled().expect("the bundled rules compile");
    let answers = record(200);
    let ids = book.catalog.answer_ids();
    answers
        .validate(
            &clearpath::source::SourceText::new("bench.ron", ""),
            |id| book.catalog.mask_of(id).is_some(),
            &ids,
            TODAY,
        )
        .expect("the benchmark's answers are valid");
    let result = screening::screen(&book, &answers, TODAY);
    let remedies: usize = book.rule_sets.iter().map(|s| s.remedies.len()).sum();
    assert_eq!(result.charges.len(), 200);
    assert!(result.charges.iter().all(|c| c.outcomes.len() == remedies));

    c.bench_function("screen 200 charges, both rule sets", |b| {
        b.iter(|| screening::screen(black_box(&book), black_box(&answers), black_box(TODAY)))
    });
    // The same record without the 20 charges with several not-sure answers: where the time goes.
    let mut fewer = answers.clone();
    fewer.charges.retain(|c| c.court != Court::NotSure);
    assert_eq!(fewer.charges.len(), 180);
    c.bench_function(
        "screen 180 charges (the 20 with several not-sure answers left out)",
        |b| b.iter(|| screening::screen(black_box(&book), black_box(&fewer), black_box(TODAY))),
    );
    let one = record(1);
    c.bench_function("screen 1 charge, both rule sets", |b| {
        b.iter(|| screening::screen(black_box(&book), black_box(&one), black_box(TODAY)))
    });
}

fn loading(c: &mut Criterion) {
    c.bench_function("load and compile the bundled rules", |b| {
        b.iter(|| RuleBook::bundled().expect("the bundled rules compile"))
    });
}

criterion_group!(benches, screening, loading);
criterion_main!(benches);
