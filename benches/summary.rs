//! The take-home summary of a 20-charge record with the advocate appendix: the whole pipeline
//! (screening, presenting, putting into words, laying out and writing the PDF's bytes; the targets:
//! under 100 ms, under 300 KB).
//!
//! Run with `cargo bench --bench summary`; the PDF's size and page count are printed first.

use std::hint::black_box;

use clearpath::answers::{
    AgeBand, Answers, Charge, Court, Day, Disposition, OffenseAnswer, ProbationEnd, Released,
    Reply, When,
};
use clearpath::help;
use clearpath::render::summary::{self, Paper, SummaryOptions};
use clearpath::rules::RuleBook;
use criterion::{Criterion, criterion_group, criterion_main};
use jiff::civil::date;

/// Twenty charges of different kinds, outcomes and dates, a few with "not sure" answers (written out
/// as `tests/answers/twenty-charges.ron` for the summary's length test).
fn twenty_charges() -> Answers {
    let offenses = ["c272_53A_a", "c272_53_walker", "c272_53A_b", "c272_53"];
    let outcomes = [
        Disposition::Guilty,
        Disposition::Dismissed,
        Disposition::ContinuedWithoutFinding,
        Disposition::NolleProsequi,
        Disposition::Filed,
    ];
    let mut answers = Answers::default();
    for i in 0..20u8 {
        let year = 2005 + i16::from(i);
        answers.charges.push(Charge {
            offense: OffenseAnswer::Offense(offenses[usize::from(i) % offenses.len()].into()),
            court: Court::MassachusettsAdult,
            outcome: outcomes[usize::from(i) % outcomes.len()],
            when: if i % 3 == 0 {
                When::Year(year)
            } else {
                When::Date(Day(date(year, 3, 1 + i8::try_from(i).unwrap_or(0))))
            },
            released: if i % 4 == 0 {
                Released::NotSure
            } else {
                Released::NotHeld
            },
            probation_end: ProbationEnd::NoProbation,
            age: AgeBand::From21,
            coerced: if i % 2 == 0 {
                Reply::Yes
            } else {
                Reply::NotSure
            },
            ..Charge::default()
        });
    }
    answers.record.other_ma_guilty.last_3_years = Reply::No;
    answers.record.other_ma_guilty.last_7_years = Reply::NotSure;
    answers.record.out_of_state.any = Reply::NotSure;
    answers.record.open_case = Reply::No;
    answers.record.supervision_now = Reply::No;
    answers.record.registered = Reply::No;
    answers.record.us_citizen = Reply::Yes;
    answers
}

fn bench_summary(c: &mut Criterion) {
    let book = RuleBook::bundled().expect("the built-in rules compile");
    let help = help::bundled().expect("the help list loads");
    let answers = twenty_charges();
    let today = date(2026, 11, 29);
    let options = SummaryOptions {
        advocate_appendix: true,
        paper: Paper::Letter,
        ..SummaryOptions::default()
    };
    let make = || {
        let result = clearpath::screening::screen(&book, &answers, today);
        summary::make(
            &clearpath::present::present(&result),
            &book,
            today,
            &help,
            Some("María José Núñez"),
            &options,
        )
        .expect("the PDF is written")
    };
    let bytes = make();
    let pages = lopdf::Document::load_mem(&bytes)
        .expect("the PDF parses")
        .get_pages()
        .len();
    println!(
        "summary of 20 charges with the advocate appendix: {} bytes ({:.0} KB), {pages} pages",
        bytes.len(),
        bytes.len() as f64 / 1024.0
    );
    c.bench_function("summary_20_charges_appendix_pdf", |b| {
        b.iter(|| black_box(make()))
    });
}

criterion_group!(benches, bench_summary);
criterion_main!(benches);
