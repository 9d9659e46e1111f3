//! The filing drafts of the three-charge example (docs/examples/three-charges.ron): each draft it
//! allows, made whole (screening, presenting, putting into words, laying out) as PDF and as Word.
//! The target: under 50 ms each.
//!
//! Run with `cargo bench --bench drafts`.

use std::hint::black_box;

use clearpath::answers::Answers;
use clearpath::render::drafts::{self, DraftFormat, DraftOptions};
use clearpath::rules::RuleBook;
use clearpath::source::SourceText;
use criterion::{Criterion, criterion_group, criterion_main};
use jiff::civil::date;

fn bench_drafts(c: &mut Criterion) {
    let book = RuleBook::bundled().expect("the built-in rules compile");
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/examples/three-charges.ron"
    );
    let text = std::fs::read_to_string(path).expect("the example");
    let answers = Answers::parse(&SourceText::new(path, text)).expect("the example parses");
    let today = date(2026, 12, 7);
    let result = clearpath::screening::screen(&book, &answers, today);
    let available = drafts::available(&clearpath::present::present(&result), &book);
    for (number, kind) in available {
        for format in [DraftFormat::Pdf, DraftFormat::Docx] {
            let options = DraftOptions {
                format,
                ..DraftOptions::default()
            };
            let name = format!("draft_charge_{number}_{}_{format:?}", kind.name());
            c.bench_function(&name, |b| {
                b.iter(|| {
                    let result = clearpath::screening::screen(&book, &answers, today);
                    black_box(drafts::make(&result, number, kind, &options).expect("a draft"))
                })
            });
        }
    }
}

criterion_group!(benches, bench_drafts);
criterion_main!(benches);
