//! The rule files: the bundled ones compile and say what they must; broken copies are refused with the
//! file, line and column of the mistake and a hint; an override folder changes outcomes without Rust.

use std::path::{Path, PathBuf};

use clearpath::answers::{
    AgeBand, Answers, Charge, Court, Day, Disposition, FORMAT_VERSION, OffenseAnswer,
    PastConvictions, ProbationEnd, RecentFindings, RecordFacts, Released, Reply, When,
};
use clearpath::rules::files::bundled_files;
use clearpath::rules::{RuleBook, RuleError, RuleFile, RuleOrigin, RuleStatus};
use clearpath::screening::{self, Status};
use clearpath::source::SourceText;
use jiff::civil::date;

const CURRENT: &str = "current-law.ron";
const BILL: &str = "bill-h1683.ron";

fn rules_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("rules")
}

fn bundled() -> RuleBook {
    RuleBook::bundled().expect("the bundled rules compile")
}

/// Every `.ron` and `.ftl` file under `dir`, by its path relative to `dir` with `/` separators.
fn ron_files_on_disk(dir: &Path, prefix: &str, out: &mut Vec<(String, String)>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("rules folder can be read")
        .map(|e| e.expect("directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path
            .file_name()
            .expect("file name")
            .to_string_lossy()
            .into_owned();
        if path.is_dir() {
            ron_files_on_disk(&path, &format!("{prefix}{name}/"), out);
        } else if name.ends_with(".ron") || name.ends_with(".ftl") {
            let text = std::fs::read_to_string(&path).expect("rule file can be read");
            out.push((format!("{prefix}{name}"), text));
        }
    }
}

// ----- the bundled rules -----

#[test]
fn every_rule_file_is_bundled_and_compiles() {
    let mut on_disk = Vec::new();
    ron_files_on_disk(&rules_dir(), "", &mut on_disk);
    let mut built_in: Vec<(String, String)> = bundled_files()
        .into_iter()
        .map(|f| (f.name, f.source.text))
        .collect();
    built_in.sort();
    on_disk.sort();
    let names = |files: &[(String, String)]| files.iter().map(|f| f.0.clone()).collect::<Vec<_>>();
    assert_eq!(
        names(&built_in),
        names(&on_disk),
        "bundled files = files under rules/"
    );
    assert_eq!(built_in, on_disk, "the bundled texts are the files' texts");
    for required in ["offenses.ron", "facts.ron", CURRENT, BILL] {
        assert!(
            on_disk.iter().any(|(name, _)| name == required),
            "rules/{required} exists"
        );
    }

    let book = bundled();
    assert_eq!(book.files.len(), on_disk.len(), "every file is used");
    assert!(book.files.iter().all(|f| f.origin == RuleOrigin::Bundled));
    assert!(
        !book.examples.is_empty(),
        "the worked examples under rules/examples/ are kept"
    );

    // The same files read from the folder compile too, and say where they came from.
    let from_folder = RuleBook::with_overrides(&rules_dir()).expect("rules/ compiles as a folder");
    assert!(
        from_folder
            .rule_sets
            .iter()
            .all(|s| s.origin == RuleOrigin::Folder(rules_dir()))
    );
}

#[test]
fn both_rule_sets_are_present_law_first() {
    let book = bundled();
    let ids: Vec<&str> = book.rule_sets.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["current-law", "bill-h1683"]);

    let law = book.rule_set("current-law").expect("current law");
    assert_eq!(law.status, RuleStatus::InForce);
    assert!(!law.is_pending_bill());
    assert!(!law.remedies.is_empty());

    let bill = book.rule_set("bill-h1683").expect("the bill");
    match &bill.status {
        RuleStatus::Pending { bill, session } => {
            assert_eq!(bill, "H.1683 / S.1116");
            assert!(!session.trim().is_empty(), "the session is named");
        }
        RuleStatus::InForce => panic!("the bill is not law: its status must be Pending"),
    }
    assert!(bill.is_pending_bill());
    assert_eq!(bill.effective, None, "a pending bill has no effective date");
    assert!(!bill.remedies.is_empty());
}

#[test]
fn every_rule_set_has_sources_a_review_date_and_open_questions() {
    let book = bundled();
    for set in &book.rule_sets {
        let file = book
            .files
            .iter()
            .find(|f| f.source.text.contains(&format!("id: \"{}\"", set.id)))
            .expect("the rule set's file");
        assert!(!set.sources.is_empty(), "{}: sources", set.id);
        for source in &set.sources {
            assert!(!source.cite.trim().is_empty(), "{}: a source cites", set.id);
        }
        assert!(
            file.source
                .text
                .contains(&format!("reviewed: \"{}\"", set.reviewed)),
            "{}: the review date {} is the file's",
            set.id,
            set.reviewed
        );
        assert!(set.reviewed >= date(2025, 1, 1), "{}: reviewed", set.id);
        assert!(!set.open_questions.is_empty(), "{}: open questions", set.id);
        assert!(
            set.open_questions.iter().all(|q| !q.trim().is_empty()),
            "{}: no empty open question",
            set.id
        );
    }
}

#[test]
fn the_bill_says_its_expungement_text_is_not_known() {
    let book = bundled();
    let bill = book.rule_set("bill-h1683").expect("the bill");
    let en = crate::common::texts(&book, "en");
    assert!(
        bill.open_questions.iter().any(|q| {
            let q = en.say(&clearpath::message::Msg::rule(q)).to_lowercase();
            q.contains("expungement section") && q.contains("not known")
        }),
        "an open question says the expungement section's text is not known: {:#?}",
        bill.open_questions
    );
}

#[test]
fn the_rules_speak_every_language_with_citations_unchanged() {
    let book = bundled();
    assert_eq!(book.languages(), ["en", "es"]);
    for language in book.languages() {
        book.check_language(&language)
            .unwrap_or_else(|e| panic!("the rules have every word in {language}: {e}"));
    }
    let en = crate::common::texts(&book, "en");
    let es = crate::common::texts(&book, "es");
    let say = |t: &clearpath::i18n::Texts, id: &str| t.say(&clearpath::message::Msg::rule(id));
    for set in &book.rule_sets {
        assert_ne!(
            say(&en, &set.title),
            say(&es, &set.title),
            "{} has a Spanish title",
            set.id
        );
        for r in &set.remedies {
            assert_ne!(
                say(&en, &r.name),
                say(&es, &r.name),
                "{} has a Spanish name",
                r.id
            );
        }
    }
    for o in &book.catalog.offenses {
        let label = es.say(&o.label());
        if !o.statute.is_empty() {
            // Statutes stay as they are, in every language.
            assert!(label.ends_with(&format!("({})", o.statute)), "{label}");
        }
    }
}

#[test]
fn a_missing_translation_is_found_where_the_rule_names_it() {
    let mut files = bundled_files();
    let spanish = files
        .iter_mut()
        .find(|f| f.name == "text/es/current-law.ftl")
        .expect("Spanish words for current law");
    let text: String = spanish
        .source
        .text
        .lines()
        .filter(|l| !l.starts_with("current-law-seal_by_mail-2 "))
        .map(|l| format!("{l}\n"))
        .collect();
    spanish.source = SourceText::new(spanish.source.name.clone(), text);
    let book = RuleBook::compile(files).expect("English is complete");
    let err = book
        .check_language("es")
        .expect_err("a missing Spanish text is refused");
    let current = bundled_files()
        .into_iter()
        .find(|f| f.name == CURRENT)
        .expect("current law");
    assert_place(
        &err,
        CURRENT,
        line_col(&current.source.text, r#""current-law-seal_by_mail-2""#),
    );
    assert!(err.message.contains("\"es\""), "{err}");
    assert!(err.hint.contains("text/es/current-law.ftl"), "{err}");
}

#[test]
fn a_broken_words_file_is_found_in_that_file() {
    let mut files = bundled_files();
    let words = files
        .iter_mut()
        .find(|f| f.name == "text/en/offenses.ftl")
        .expect("English offense names");
    let text = format!("{}\noffense-broken = {{ unclosed\n", words.source.text);
    let line = text.lines().count();
    words.source = SourceText::new("rules/text/en/offenses.ftl", text);
    let err = RuleBook::compile(files).expect_err("a broken words file is refused");
    assert_eq!(err.place.file, "rules/text/en/offenses.ftl", "{err}");
    assert_eq!(err.place.line, line, "{err}");
    assert!(err.message.contains("Fluent"), "{err}");
}

/// The bundled files with `extra` added at the end of the words file `name`.
fn with_words_added(name: &str, extra: &str) -> Vec<RuleFile> {
    let mut files = bundled_files();
    let words = files
        .iter_mut()
        .find(|f| f.name == name)
        .expect("a bundled words file");
    let text = format!("{}\n{extra}\n", words.source.text);
    words.source = SourceText::new(format!("rules/{name}"), text);
    files
}

#[test]
fn a_message_id_in_two_words_files_is_found_with_both_files() {
    // facts.ftl comes before offenses.ftl, which then repeats the id on its line 3.
    let files = with_words_added(
        "text/en/facts.ftl",
        "offense-c272_53_walker = walking, again",
    );
    let err = RuleBook::compile(files).expect_err("an id in two files is refused");
    assert_eq!(err.place.file, "rules/text/en/offenses.ftl", "{err}");
    let offenses = std::fs::read_to_string(rules_dir().join("text/en/offenses.ftl")).expect("read");
    assert_eq!(
        (err.place.line, err.place.col),
        line_col(&offenses, "offense-c272_53_walker ="),
        "{err}"
    );
    assert!(
        err.message
            .contains("\"offense-c272_53_walker\" is also in rules/text/en/facts.ftl"),
        "{err}"
    );
    assert!(err.hint.contains("text/en/"), "{err}");
}

#[test]
fn a_message_id_twice_in_one_words_file_is_found_at_the_second() {
    let files = with_words_added("text/en/offenses.ftl", "offense-c272_53_walker = again");
    let err = RuleBook::compile(files).expect_err("an id twice in one file is refused");
    let offenses = std::fs::read_to_string(rules_dir().join("text/en/offenses.ftl")).expect("read");
    let first = line_col(&offenses, "offense-c272_53_walker =").0;
    assert_eq!(err.place.file, "rules/text/en/offenses.ftl", "{err}");
    assert_eq!(err.place.line, offenses.lines().count() + 2, "{err}");
    assert!(
        err.message
            .contains(&format!("already defined on line {first}")),
        "{err}"
    );
}

// ----- broken rule files -----

/// The bundled files with `from`, which must appear exactly once in `file`, replaced by `to`; and the new
/// text.
fn with_change(file: &str, from: &str, to: &str) -> (Vec<RuleFile>, String) {
    let mut files = bundled_files();
    let target = files
        .iter_mut()
        .find(|f| f.name == file)
        .expect("a bundled file of that name");
    let text = &target.source.text;
    assert_eq!(
        text.matches(from).count(),
        1,
        "{file}: the text to change must appear exactly once: {from}"
    );
    let changed = text.replacen(from, to, 1);
    target.source = SourceText::new(target.source.name.clone(), changed.clone());
    (files, changed)
}

/// The line and column (from 1, columns in characters) where `needle`, which must appear exactly once,
/// starts in `text`.
fn line_col(text: &str, needle: &str) -> (usize, usize) {
    assert_eq!(
        text.matches(needle).count(),
        1,
        "the inserted text must be unique: {needle}"
    );
    line_col_at(text, text.find(needle).expect("present"))
}

/// The line and column (from 1, columns in characters) of a byte offset in `text`.
fn line_col_at(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

fn refused(files: Vec<RuleFile>) -> RuleError {
    RuleBook::compile(files).expect_err("the broken rules are refused")
}

#[track_caller]
fn assert_place(err: &RuleError, file: &str, (line, col): (usize, usize)) {
    assert_eq!(
        (err.place.file.as_str(), err.place.line, err.place.col),
        (format!("rules/{file}").as_str(), line, col),
        "wrong place for: {err}"
    );
}

#[test]
fn line_col_counts_from_one() {
    assert_eq!(line_col("ab\ncd\n", "a"), (1, 1));
    assert_eq!(line_col("ab\ncd\n", "d"), (2, 2));
    assert_eq!(line_col("ab\n\n§x\n", "x"), (3, 2));
}

#[test]
fn a_misspelled_fact_is_found_with_a_suggestion() {
    let (files, text) = with_change(
        CURRENT,
        r#""open": Is("outcome", ["open"]),"#,
        r#""open": Is("outcom", ["open"]),"#,
    );
    let err = refused(files);
    assert_place(&err, CURRENT, line_col(&text, r#""outcom""#));
    assert_eq!(err.message, r#"unknown fact "outcom""#);
    assert_eq!(err.hint, r#"did you mean "outcome"?"#);
}

#[test]
fn an_unknown_offense_in_a_condition_is_found() {
    // A typo: the hint names the id meant.
    let (files, text) = with_change(
        BILL,
        r#"when: Is("offense", ["c272_53_other", "c272_53_b"]),"#,
        r#"when: Is("offense", ["c272_53_othr", "c272_53_b"]),"#,
    );
    let err = refused(files);
    assert_place(&err, BILL, line_col(&text, r#""c272_53_othr""#));
    assert_eq!(err.message, r#"unknown offense "c272_53_othr""#);
    assert_eq!(err.hint, r#"did you mean "c272_53_other"?"#);

    // Nothing close: the hint lists the ids there are.
    let (files, text) = with_change(
        BILL,
        r#"when: Is("offense", ["c272_53_other", "c272_53_b"]),"#,
        r#"when: Is("offense", ["c999_1", "c272_53_b"]),"#,
    );
    let err = refused(files);
    assert_place(&err, BILL, line_col(&text, r#""c999_1""#));
    assert_eq!(err.message, r#"unknown offense "c999_1""#);
    assert!(err.hint.starts_with("known offenses: "), "{err}");
    assert!(err.hint.contains("c272_53A_a"), "{err}");
}

#[test]
fn an_unknown_value_of_a_fact_is_found() {
    let (files, text) = with_change(
        CURRENT,
        r#"when: Is("court", ["ma_juvenile"]),
                    then: NotAvailable,
                    reason: "current-law-seal_by_mail-2""#,
        r#"when: Is("court", ["ma_juvenil"]),
                    then: NotAvailable,
                    reason: "current-law-seal_by_mail-2""#,
    );
    let err = refused(files);
    assert_place(&err, CURRENT, line_col(&text, r#""ma_juvenil""#));
    assert_eq!(err.message, r#"unknown value of "court" "ma_juvenil""#);
    assert_eq!(err.hint, r#"did you mean "ma_juvenile"?"#);
}

#[test]
fn an_unknown_field_in_a_remedy_is_found() {
    let (files, text) = with_change(
        CURRENT,
        "            id: \"seal_juvenile\",\n",
        "            id: \"seal_juvenile\",\n            priority: 1,\n",
    );
    let err = refused(files);
    assert_place(&err, CURRENT, line_col(&text, "priority: 1"));
    assert!(err.message.contains("priority"), "{err}");
    // The parser's message lists the fields a remedy has.
    assert!(err.message.contains("citation"), "{err}");
    assert!(err.hint.contains("docs/rules-format.md"), "{err}");
}

#[test]
fn a_remedy_must_end_with_always() {
    let (files, text) = with_change(
        CURRENT,
        r#"                    when: Always,
                    then: NeedsReview,
                    reason: "current-law-expunge_for_reason-4""#,
        r#"                    when: Ref("in_ma"),
                    then: NeedsReview,
                    reason: "current-law-expunge_for_reason-4""#,
    );
    let err = refused(files);
    // The error points at the remedy's id.
    assert_place(&err, CURRENT, line_col(&text, r#""expunge_for_reason""#));
    assert_eq!(
        err.message,
        "the last rule of remedy \"expunge_for_reason\" is not `when: Always`"
    );
    assert!(err.hint.contains("every other case"), "{err}");
}

#[test]
fn a_reference_to_a_missing_definition_is_found() {
    let (files, text) = with_change(
        BILL,
        r#"when: Not(Ref("in_ma")),
                    then: NotAvailable,
                    reason: "bill-h1683-expungement-1""#,
        r#"when: Not(Ref("in_mass")),
                    then: NotAvailable,
                    reason: "bill-h1683-expungement-1""#,
    );
    let err = refused(files);
    assert_place(&err, BILL, line_col(&text, r#""in_mass""#));
    assert_eq!(err.message, r#"unknown definition "in_mass""#);
    assert_eq!(err.hint, r#"did you mean "in_ma"?"#);
}

#[test]
fn a_definition_loop_is_found() {
    let (files, text) = with_change(
        BILL,
        r#"        "in_ma": Is("court", ["ma_adult", "ma_juvenile"]),"#,
        r#"        "in_ma": Is("court", ["ma_adult", "ma_juvenile"]),
        "loop_a": Any([Ref("open"), Ref("loop_b")]),
        "loop_b": Not(Ref("loop_a")),"#,
    );
    let err = refused(files);
    // Reported where the definition that closes the loop is first written: its name.
    assert_place(&err, BILL, line_col(&text, r#""loop_a":"#));
    assert_eq!(err.message, r#"definition "loop_a" refers to itself"#);
    assert_eq!(err.hint, "break the loop: loop_a -> loop_b -> loop_a");
}

#[test]
fn a_syntax_error_is_found() {
    // A missing colon after a field name.
    let (files, text) = with_change(
        CURRENT,
        r#"    reviewed: "2026-12-06","#,
        r#"    reviewed "2026-12-06","#,
    );
    let err = refused(files);
    let (line, col) = line_col(&text, r#"reviewed "2026-12-06""#);
    // The parser stops where the colon belongs: right after the field name.
    assert_place(&err, CURRENT, (line, col + "reviewed".len()));
    assert_eq!(err.message, "Expected colon");
    assert!(err.hint.contains("docs/rules-format.md"), "{err}");

    // A missing closing bracket in the bill: reported where `,` or `]` was expected.
    let (files, text) = with_change(
        BILL,
        r#""selling": Is("offense", ["c272_53_walker", "c272_53A_a"]),"#,
        r#""selling": Is("offense", ["c272_53_walker", "c272_53A_a"),"#,
    );
    let err = refused(files);
    let (line, col) = line_col(&text, r#""c272_53A_a"),"#);
    assert_place(&err, BILL, (line, col + r#""c272_53A_a""#.len()));
    assert_eq!(err.message, "Expected comma", "{err}");
}

#[test]
fn an_impossible_date_is_found() {
    let (files, text) = with_change(
        BILL,
        r#"    reviewed: "2026-12-06","#,
        r#"    reviewed: "2026-11-31","#,
    );
    let err = refused(files);
    assert_place(&err, BILL, line_col(&text, r#""2026-11-31""#));
    assert!(err.message.starts_with("reviewed: "), "{err}");
    assert!(err.message.contains("not a real calendar date"), "{err}");
    assert!(err.hint.contains("YYYY-MM-DD"), "{err}");
}

/// The waiting period of juvenile sealing, counted from "coerced" (a yes/no answer) instead of the release
/// from custody.
fn wait_from_coerced() -> (Vec<RuleFile>, String) {
    with_change(
        CURRENT,
        r#"then: AvailableAfter(["when", "released", "probation_end", "record.other_ma_finding", "record.out_of_state", "record.imprisonment", "record.commitment"], 3),"#,
        r#"then: AvailableAfter(["when", "coerced", "probation_end", "record.other_ma_finding", "record.out_of_state", "record.imprisonment", "record.commitment"], 3),"#,
    )
}

#[test]
fn a_waiting_period_from_a_fact_that_is_not_a_date_is_refused() {
    let (files, _) = wait_from_coerced();
    let err = refused(files);
    assert_eq!(err.place.file, format!("rules/{CURRENT}"));
    assert_eq!(err.message, r#""coerced" is not a date"#);
    assert!(err.hint.contains("released"), "{err}");
    assert!(err.hint.contains(r#""coerced" is a choice"#), "{err}");
}

#[test]
fn a_waiting_period_from_a_fact_that_is_not_a_date_is_found_where_written() {
    let (files, text) = wait_from_coerced();
    let err = refused(files);
    let (line, col) = line_col(&text, r#"["when", "coerced""#);
    assert_place(&err, CURRENT, (line, col + r#"["when", "#.len()));
}

#[test]
fn a_remedy_id_used_twice_is_refused() {
    let (files, _) = with_change(CURRENT, r#"id: "seal_by_judge","#, r#"id: "seal_by_mail","#);
    let err = refused(files);
    assert_eq!(err.place.file, format!("rules/{CURRENT}"));
    assert_eq!(err.message, r#"remedy id "seal_by_mail" is used twice"#);
}

#[test]
fn a_remedy_id_used_twice_is_found_at_the_second_use() {
    let (files, text) = with_change(CURRENT, r#"id: "seal_by_judge","#, r#"id: "seal_by_mail","#);
    let err = refused(files);
    let second = text.rfind(r#"id: "seal_by_mail""#).expect("second use") + "id: ".len();
    assert_place(&err, CURRENT, line_col_at(&text, second));
}

#[test]
fn a_misgraded_offense_in_the_catalog_is_found() {
    let (files, text) = with_change(
        "offenses.ron",
        r#"            id: "c272_53_walker",
            statute: "G.L. c.272 §53(a), night or street walking",
            name: "offense-c272_53_walker",
            side: "selling",
            grade: "misdemeanor","#,
        r#"            id: "c272_53_walker",
            statute: "G.L. c.272 §53(a), night or street walking",
            name: "offense-c272_53_walker",
            side: "selling",
            grade: "misdemeanour","#,
    );
    let err = refused(files);
    assert_place(&err, "offenses.ron", line_col(&text, r#""misdemeanour""#));
    assert!(err.message.contains(r#""misdemeanour""#), "{err}");
    assert_eq!(err.hint, r#"did you mean "misdemeanor"?"#);
}

// ----- an override folder -----

/// A folder under the system's temporary folder, removed when dropped (also when a test fails).
struct TempDir(PathBuf);

impl TempDir {
    fn new(label: &str) -> TempDir {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let dir =
            std::env::temp_dir().join(format!("clearpath-{label}-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temporary folder can be made");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A misdemeanor conviction for night walking in 2024, with nothing else on the record.
fn walker_2024() -> Answers {
    Answers {
        version: FORMAT_VERSION,
        charges: vec![Charge {
            offense: OffenseAnswer::Offense("c272_53_walker".into()),
            court: Court::MassachusettsAdult,
            outcome: Disposition::Guilty,
            when: When::Date(Day(date(2024, 5, 1))),
            released: Released::NotHeld,
            probation_end: ProbationEnd::NoProbation,
            age: AgeBand::From21,
            coerced: Reply::No,
            arranged: Reply::No,
            official_documents: Reply::No,
            ..Charge::default()
        }],
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
            open_case: Reply::No,
            supervision_now: Reply::No,
            registered: Reply::No,
            us_citizen: Reply::Yes,
            ..RecordFacts::default()
        },
    }
}

fn seal_by_mail(book: &RuleBook, answers: &Answers) -> Status {
    let today = date(2026, 11, 29);
    let screening = screening::screen(book, answers, today);
    screening.charges[0]
        .outcomes
        .iter()
        .find(|o| o.rule_set.id == "current-law" && o.remedy.id == "seal_by_mail")
        .expect("current law has sealing by mail")
        .status
}

#[test]
fn an_override_folder_changes_a_waiting_period_without_rust() {
    let current = bundled_files()
        .into_iter()
        .find(|f| f.name == CURRENT)
        .expect("current law is bundled");
    let three = r#"AvailableAfter(["when", "released", "record.other_ma_guilty", "record.out_of_state", "record.imprisonment"], 3)"#;
    assert_eq!(
        current.source.text.matches(three).count(),
        3,
        "sealing by mail has three 3-year waits for misdemeanors (a CWOF, another charge, the rest)"
    );
    let four = three.replace("], 3)", "], 4)");
    let changed = current.source.text.replace(three, &four);

    let dir = TempDir::new("override");
    let path = dir.0.join(CURRENT);
    std::fs::write(&path, &changed).expect("override file can be written");

    let answers = walker_2024();
    let built_in = bundled();
    assert_eq!(
        seal_by_mail(&built_in, &answers),
        Status::AvailableFrom(date(2027, 5, 1))
    );

    let book = RuleBook::with_overrides(&dir.0).expect("the override compiles");
    assert_eq!(
        seal_by_mail(&book, &answers),
        Status::AvailableFrom(date(2028, 5, 1)),
        "the 4-year wait from the override is used"
    );

    // Where each rule set came from is kept and reported.
    let law = book.rule_set("current-law").expect("current law");
    assert_eq!(law.origin, RuleOrigin::Folder(dir.0.clone()));
    let bill = book.rule_set("bill-h1683").expect("the bill");
    assert_eq!(bill.origin, RuleOrigin::Bundled);
    let file = book
        .files
        .iter()
        .find(|f| f.name == CURRENT)
        .expect("current law file");
    assert_eq!(file.origin, RuleOrigin::Folder(dir.0.clone()));
    assert_eq!(file.source.name, path.display().to_string());
    assert!(
        book.files
            .iter()
            .filter(|f| f.name != CURRENT)
            .all(|f| f.origin == RuleOrigin::Bundled)
    );
    let report = crate::common::text_report(&book, &answers, date(2026, 11, 29), "en");
    assert!(
        report.contains(&format!("from the rules folder {}", dir.0.display())),
        "the report names the override folder:\n{report}"
    );

    // A mistake in the override names the override's file.
    std::fs::write(&path, changed.replace("], 4)", "], -4)")).expect("write");
    let err = RuleBook::with_overrides(&dir.0).expect_err("a negative wait is refused");
    assert_eq!(err.place.file, path.display().to_string());
    assert!(err.message.contains("negative"), "{err}");

    let kept = dir.0.clone();
    drop(dir);
    assert!(!kept.exists(), "the temporary folder is removed");
}
