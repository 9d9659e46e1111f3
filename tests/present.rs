//! The presentation model of a screening, in no language: the plan, the at-a-glance rows, the routes
//! and the words they become in each language, from the worked example of three charges.

use crate::common;

use clearpath::message::Msg;
use clearpath::present::{self, PlanKind, Presentation};
use clearpath::rules::RuleBook;
use clearpath::screening::{self, Status};
use jiff::civil::{Date, date};

const TODAY: Date = date(2026, 11, 29);

fn three_charges(book: &RuleBook) -> Presentation {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/examples/three-charges.ron"),
    )
    .expect("the example");
    let answers = common::parse_answers(&text);
    present::present(&screening::screen(book, &answers, TODAY))
}

/// The plan's routes in English, with their charges: (kind, route, charges).
fn plan_in_english(book: &RuleBook, p: &Presentation) -> Vec<(PlanKind, String, Vec<usize>)> {
    let en = common::texts(book, "en");
    p.plan
        .iter()
        .map(|s| {
            (
                s.kind,
                s.route.as_ref().map(|r| en.say(r)).unwrap_or_default(),
                s.charges.clone(),
            )
        })
        .collect()
}

#[test]
fn the_plan_puts_what_can_be_done_now_first_and_records_last() {
    let book = RuleBook::bundled().expect("rules");
    let p = three_charges(&book);
    let plan = plan_in_english(&book, &p);
    assert_eq!(
        plan,
        [
            (
                PlanKind::Now,
                "Vacatur for trafficking survivors (G.L. c.265 §59)".to_string(),
                vec![1]
            ),
            (
                PlanKind::Now,
                "Sealing by a judge (G.L. c.276 §100C)".to_string(),
                vec![2]
            ),
            (
                PlanKind::AskAdvocate,
                "Motion for a new trial for other charges linked to trafficking (Mass. R. Crim. P. 30(b))"
                    .to_string(),
                vec![3]
            ),
            (
                PlanKind::AskAdvocate,
                "Sealing by mail (G.L. c.276 §100A)".to_string(),
                vec![1, 2, 3]
            ),
            (
                PlanKind::AskAdvocate,
                "Expungement for a specific reason (G.L. c.276 §100K)".to_string(),
                vec![1, 2, 3]
            ),
            (PlanKind::Records, String::new(), vec![]),
        ]
    );
    // Each step carries the rule files' next steps, each once.
    let vacatur = &p.plan[0];
    assert!(!vacatur.next_steps.is_empty());
    let mut seen = vacatur.next_steps.clone();
    seen.dedup();
    assert_eq!(seen.len(), vacatur.next_steps.len());
    // Nothing under the pending bill is in the plan: it is not law.
    let en = common::texts(&book, "en");
    assert!(
        plan.iter()
            .all(|(_, route, _)| !route.contains("if the bill passes"))
    );
    assert_eq!(
        en.say(&p.plan[3].charges_msg()),
        "Charges 1, 2, 3",
        "several charges"
    );
    assert_eq!(en.say(&p.plan[0].charges_msg()), "Charge 1");
}

#[test]
fn a_waiting_period_comes_in_the_plan_by_its_date() {
    let book = RuleBook::bundled().expect("rules");
    // A §53(a) conviction whose release from jail was recent: sealing by mail from a date.
    let answers = common::parse_answers(
        r#"(
            version: 2,
            charges: [(
                offense: Offense("c272_53_walker"),
                court: MassachusettsAdult,
                outcome: Guilty,
                when: Date("2025-01-10"),
                released: Date("2025-02-01"),
                probation_end: NoProbation,
                age: From21,
                coerced: No,
                arranged: No,
                official_documents: No,
            )],
            record: (
                other_ma_guilty: (last_3_years: No, last_7_years: No),
                out_of_state: (any: No),
                other_imprisonment: (last_7_years: No),
                other_commitment: (last_3_years: No),
                other_cases: No,
                false_identity: No,
                open_case: No,
                supervision_now: No,
                registered: No,
                us_citizen: Yes,
            ),
        )"#,
    );
    let p = present::present(&screening::screen(&book, &answers, TODAY));
    let from: Vec<&present::PlanStep> = p
        .plan
        .iter()
        .filter(|s| matches!(s.kind, PlanKind::From(_)))
        .collect();
    assert_eq!(from.len(), 1, "{:?}", p.plan);
    assert_eq!(from[0].kind, PlanKind::From(date(2028, 2, 1)));
    let kinds: Vec<PlanKind> = p.plan.iter().map(|s| s.kind).collect();
    let mut sorted = kinds.clone();
    sorted.sort();
    assert_eq!(kinds, sorted, "now, check, from a date, ask, records");
}

#[test]
fn at_a_glance_gives_each_charge_its_best_route_in_each_column() {
    let book = RuleBook::bundled().expect("rules");
    let p = three_charges(&book);
    let en = common::texts(&book, "en");
    let rows: Vec<Vec<(Status, Option<String>)>> = p
        .glance
        .iter()
        .map(|row| {
            row.cells
                .iter()
                .map(|c| (c.status, c.route.as_ref().map(|r| en.say(r))))
                .collect()
        })
        .collect();
    let today_bill = |today: (Status, Option<&str>), bill: (Status, Option<&str>)| {
        vec![
            (today.0, today.1.map(str::to_string)),
            (bill.0, bill.1.map(str::to_string)),
        ]
    };
    assert_eq!(
        rows,
        [
            today_bill(
                (Status::Available, Some("Vacatur for trafficking survivors")),
                (
                    Status::Automatic,
                    Some("Expungement of past prostitution charges")
                ),
            ),
            today_bill(
                (Status::Available, Some("Sealing by a judge")),
                (
                    Status::Automatic,
                    Some("Expungement of past prostitution charges")
                ),
            ),
            // Buying sex: the bill keeps it a crime, so nothing under the bill.
            today_bill(
                (Status::Conditional, Some("Sealing by mail")),
                (Status::NotAvailable, None),
            ),
        ]
    );
}

#[test]
fn one_presentation_reads_in_every_language_with_codes_unchanged() {
    let book = RuleBook::bundled().expect("rules");
    let p = three_charges(&book);
    let en = common::texts(&book, "en");
    let es = common::texts(&book, "es");
    let route = &p.charges[0].columns[0][0];
    assert_eq!(route.remedy, "vacatur");
    assert_ne!(en.say(&route.reason), es.say(&route.reason));
    // Citations, dates and numbers are the same words in both.
    for t in [&en, &es] {
        assert!(t.say(&route.name_cited()).contains("(G.L. c.265 §59)"));
        assert_eq!(t.say(&Msg::Date(date(2027, 3, 1))), "2027-03-01");
    }
    // The bill's banner names the bill and its session in each language, with the review date.
    let bill = p.sets[1].bill.as_ref().expect("the bill is pending");
    let banner = es.say(&bill.banner(p.sets[1].reviewed));
    assert!(banner.starts_with("H.1683 / S.1116 ("), "{banner}");
    assert!(banner.contains("proyecto de ley pendiente"), "{banner}");
    assert!(banner.ends_with("2026-12-06."), "{banner}");
}

#[test]
fn rule_words_that_reuse_a_program_message_id_are_refused_where_they_are() {
    let mut files = clearpath::rules::files::bundled_files();
    let words = files
        .iter_mut()
        .find(|f| f.name == "text/en/current-law.ftl")
        .expect("English words for current law");
    let text = format!("{}\nnext-step = Something else\n", words.source.text);
    let line = text.lines().count();
    words.source = clearpath::source::SourceText::new(words.source.name.clone(), text);
    let book = RuleBook::compile(files).expect("the rules themselves compile");
    let err = clearpath::i18n::Texts::new("en")
        .expect("the program's words")
        .with_rules(&book)
        .expect_err("a program message's id is refused");
    assert_eq!(err.place.file, "rules/text/en/current-law.ftl");
    assert_eq!(err.place.line, line);
    assert!(err.message.contains("\"next-step\""), "{}", err.message);
}
