//! Charges as rows (`table`): cells read as typed (offenses by id, section or the court's words;
//! dates typed four ways; empty for "not sure"), rows pasted from a spreadsheet with their problems
//! marked, and CSV answers files on the command line, which screen exactly as their RON twins do.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use clearpath::answers::{
    AgeBand, Charge, Court, Day, Disposition, Grade, OffenseAnswer, ProbationEnd, Released, Reply,
    When,
};
use clearpath::questionnaire::chooser;
use clearpath::rules::RuleBook;
use clearpath::source::SourceText;
use clearpath::table::{self, CellProblem, Column, Reader, Value};
use jiff::civil::{Date, date};

use crate::chooser::{court_wordings, csv_rows, id_of};
use crate::common;

const TODAY: Date = date(2026, 11, 29);

fn reader() -> Reader {
    let book = RuleBook::bundled().expect("the bundled rules load");
    let english = common::texts(&book, "en");
    let candidates = chooser::for_texts(&book, &english, None);
    Reader::new(&book, candidates, TODAY)
}

fn offense(reader: &Reader, text: &str) -> Result<String, CellProblem> {
    match reader.cell(Column::Offense, text)? {
        Value::Offense(OffenseAnswer::Offense(id)) => Ok(id),
        other => panic!("{text:?} read as {other:?}"),
    }
}

/// The offenses a cell's words fit, when they fit more than one.
fn several(reader: &Reader, text: &str) -> Vec<String> {
    match reader.cell(Column::Offense, text) {
        Err(CellProblem::SeveralOffenses { ids, .. }) => ids,
        other => panic!("{text:?} should fit several offenses, read as {other:?}"),
    }
}

fn clearpath(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_clearpath"))
        .args(args)
        .output()
        .expect("the clearpath binary runs")
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn every_example_has_a_csv_twin_that_screens_to_the_same_json() {
    let dir = root().join("docs/examples");
    let mut examples: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("docs/examples lists")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    examples.sort();
    assert!(examples.len() >= 4, "{examples:?}");
    for ron in examples {
        let csv = ron.with_extension("csv");
        assert!(csv.exists(), "{} has no CSV twin", ron.display());
        let json = |path: &Path| {
            let out = clearpath(&[
                "screen",
                &path.display().to_string(),
                "--today",
                "2026-11-29",
                "--format",
                "json",
            ]);
            assert!(
                out.status.success(),
                "{}: {}",
                path.display(),
                String::from_utf8_lossy(&out.stderr)
            );
            String::from_utf8(out.stdout).expect("JSON is UTF-8")
        };
        assert_eq!(json(&ron), json(&csv), "{}", csv.display());
    }
}

#[test]
fn every_court_wording_for_an_offense_in_the_catalog_reads_as_that_offense() {
    let reader = reader();
    let rows = csv_rows(&court_wordings());
    assert!(rows.len() >= 70, "{} rows", rows.len());
    for (code, wording) in &rows {
        assert_eq!(
            offense(&reader, wording).as_deref(),
            Ok(id_of(code)),
            "{code} {wording:?}"
        );
    }
}

#[test]
fn a_section_of_53a_without_its_words_is_never_guessed() {
    let reader = reader();
    // Each §53A wording of the court's file, cut down to its section ("c272 §53A(a)"): before
    // 2011-11-21 the letters meant other things, so only (c), added then, says which offense.
    let mut checked = 0;
    for (code, wording) in csv_rows(&court_wordings()) {
        if !code.starts_with("272/53A/") {
            continue;
        }
        let section = &wording[wording.find("c272").expect("a section")..];
        checked += 1;
        if section.ends_with("(c)") {
            assert_eq!(offense(&reader, section).as_deref(), Ok("c272_53A_c"));
            continue;
        }
        let ids = several(&reader, section);
        assert!(ids.contains(&id_of(&code).to_owned()), "{section}: {ids:?}");
        assert!(
            !ids.iter().any(|id| !id.starts_with("c272_53A")),
            "{section}: {ids:?}"
        );
    }
    assert_eq!(checked, 9);
    for bare in [
        "c.272 §53A(a)",
        "272/53A",
        "c272 s53A",
        "§53A",
        "c. 272, s. 53A(a)",
    ] {
        let ids = several(&reader, bare);
        assert!(
            ids.contains(&"c272_53A_a".to_owned()) && ids.contains(&"c272_53A_b".to_owned()),
            "{bare}: {ids:?}"
        );
    }
    // The problem says why, for the person choosing.
    let message = reader
        .cell(Column::Offense, "c.272 §53A(a)")
        .expect_err("ambiguous")
        .to_string();
    assert!(
        message.contains("2011-11-20") && message.contains("PAY FOR"),
        "{message}"
    );
    // Words naming both sides fit both.
    let ids = several(&reader, "SEXUAL CONDUCT PAY FOR OR FOR FEE c272 §53A");
    assert!(
        ids.contains(&"c272_53A_a".to_owned()) && ids.contains(&"c272_53A_b".to_owned()),
        "{ids:?}"
    );
    // With the words, the section is one offense.
    assert_eq!(
        offense(&reader, "SEXUAL CONDUCT PAY FOR c272 §53A(a)").as_deref(),
        Ok("c272_53A_b")
    );
}

#[test]
fn offense_cells_take_ids_sections_words_and_charges_not_in_the_list() {
    let reader = reader();
    for (typed, id) in [
        ("c272_53A_a", "c272_53A_a"),
        ("C272_53a_A", "c272_53A_a"),
        ("Offense(\"c272_26\")", "c272_26"),
        ("c272_53", "c272_53"),
        ("c.272 §53A(c)", "c272_53A_c"),
        ("272/26", "c272_26"),
        ("NIGHTWALKER, COMMON c272 §53", "c272_53_walker"),
        ("DRUG, POSSESS CLASS B c. 94C s. 34", "c94C_34_misdemeanor"),
        (
            "HEROIN POSSESS SUBSQ. OFF. c94C §34",
            "c94C_34_heroin_subsequent",
        ),
        ("sexual conduct for a fee", "c272_53A_a"),
    ] {
        assert_eq!(offense(&reader, typed).as_deref(), Ok(id), "{typed}");
    }
    for (typed, grade) in [
        ("another misdemeanor", Grade::Misdemeanor),
        ("Another(Felony)", Grade::Felony),
        ("another", Grade::NotSure),
    ] {
        assert_eq!(
            reader.cell(Column::Offense, typed),
            Ok(Value::Offense(OffenseAnswer::Another(grade))),
            "{typed}"
        );
    }
    for typed in ["", "  ", "?", "not sure", "NotSure", "unknown"] {
        assert_eq!(
            reader.cell(Column::Offense, typed),
            Ok(Value::Offense(OffenseAnswer::NotSure)),
            "{typed:?}"
        );
    }
    assert_eq!(
        reader.cell(Column::Offense, "arson in the third degree"),
        Err(CellProblem::NoOffense)
    );
    // §53 alone is every part of it, the "not sure which part" group among them.
    let ids = several(&reader, "c272 §53");
    assert!(ids.contains(&"c272_53".to_owned()), "{ids:?}");
}

#[test]
fn dates_are_read_as_typed_each_way() {
    let reader = reader();
    let day = |y, m, d| Ok(Value::When(When::Date(Day(date(y, m, d)))));
    let cases: Vec<(&str, Result<Value, CellProblem>)> = vec![
        ("2019-05-01", day(2019, 5, 1)),
        ("5/1/2019", day(2019, 5, 1)),
        ("05/01/2019", day(2019, 5, 1)),
        ("2019/5/1", day(2019, 5, 1)),
        (" Date(\"2019-05-01\") ", day(2019, 5, 1)),
        ("2019", Ok(Value::When(When::Year(2019)))),
        ("Year(2019)", Ok(Value::When(When::Year(2019)))),
        // A month is kept as its year: an answer holds a day or a year.
        ("2019-05", Ok(Value::When(When::Year(2019)))),
        ("5/2019", Ok(Value::When(When::Year(2019)))),
        ("", Ok(Value::When(When::NotSure))),
        ("not sure", Ok(Value::When(When::NotSure))),
        ("5/1/19", Err(CellProblem::TwoDigitYear)),
        ("2019-02-30", Err(CellProblem::NotARealDate)),
        ("2019-13", Err(CellProblem::NotARealDate)),
        ("May 2019", Err(CellProblem::NotADate)),
        ("1.5.2019", Err(CellProblem::NotADate)),
        (
            "1899",
            Err(CellProblem::YearOutOfRange {
                year: 1899,
                last: 2026,
            }),
        ),
        (
            "2026-12-01",
            Err(CellProblem::AfterToday {
                date: "2026-12-01".into(),
                today: TODAY,
            }),
        ),
        (
            "2026-12",
            Err(CellProblem::AfterToday {
                date: "2026-12".into(),
                today: TODAY,
            }),
        ),
    ];
    for (typed, expected) in cases {
        assert_eq!(reader.cell(Column::When, typed), expected, "{typed:?}");
    }
    assert_eq!(
        reader.cell(Column::Released, "not held"),
        Ok(Value::Released(Released::NotHeld))
    );
    assert_eq!(
        reader.cell(Column::Released, "3/2/2020"),
        Ok(Value::Released(Released::Date(Day(date(2020, 3, 2)))))
    );
    assert_eq!(
        reader.cell(Column::ProbationEnd, "No Probation"),
        Ok(Value::ProbationEnd(ProbationEnd::NoProbation))
    );
}

#[test]
fn answers_are_read_by_their_names_and_the_words_people_type() {
    let reader = reader();
    let cases = [
        (
            Column::Outcome,
            "CWOF",
            Value::Outcome(Disposition::ContinuedWithoutFinding),
        ),
        (
            Column::Outcome,
            "continuedwithoutfinding",
            Value::Outcome(Disposition::ContinuedWithoutFinding),
        ),
        (
            Column::Outcome,
            "nolle pros",
            Value::Outcome(Disposition::NolleProsequi),
        ),
        (
            Column::Outcome,
            "Placed on file",
            Value::Outcome(Disposition::Filed),
        ),
        (
            Column::Court,
            "adult",
            Value::Court(Court::MassachusettsAdult),
        ),
        (
            Column::Court,
            "MassachusettsJuvenile",
            Value::Court(Court::MassachusettsJuvenile),
        ),
        (Column::Age, "19", Value::Age(AgeBand::From18To20)),
        (Column::Age, "21+", Value::Age(AgeBand::From21)),
        (Column::Age, "under 18", Value::Age(AgeBand::Under18)),
        (Column::Coerced, "y", Value::Reply(Reply::Yes)),
        (Column::Arranged, "NO", Value::Reply(Reply::No)),
        (
            Column::OfficialDocuments,
            "prefer not to say",
            Value::Reply(Reply::PreferNotToSay),
        ),
    ];
    for (column, typed, value) in cases {
        assert_eq!(reader.cell(column, typed), Ok(value), "{column} {typed:?}");
    }
    for (column, typed) in [
        (Column::Outcome, "convicted of it twice"),
        (Column::Court, "Boston"),
        (Column::Age, "0"),
        (Column::Coerced, "maybe"),
        (Column::Coerced, "-"),
    ] {
        assert_eq!(
            reader.cell(column, typed),
            Err(CellProblem::NotAnAnswer),
            "{column} {typed:?}"
        );
    }
}

#[test]
fn empty_cells_are_not_sure_in_every_column() {
    let reader = reader();
    let columns: Vec<Option<Column>> = Column::ALL.map(Some).to_vec();
    let texts: Vec<table::PlacedText> = Column::ALL
        .iter()
        .enumerate()
        .map(|(i, _)| table::PlacedText {
            text: if i == 0 {
                "not sure".into()
            } else {
                String::new()
            },
            line: 1,
            col: i + 1,
        })
        .collect();
    let row = reader.row(&columns, 1, &texts);
    assert_eq!(row.problems().count(), 0, "{row:?}");
    assert_eq!(row.charge(), Ok(Charge::default()));
}

#[test]
fn an_unreadable_cell_is_named_with_its_line_and_column() {
    let reader = reader();
    let text = "us_citizen,Yes\n\noffense,court,outcome,when\nc272_53A_a,adult,guilty,2019-05-01\nc272_26,adult,guilty,2019-13-01\n";
    let err =
        table::csv::read(&SourceText::new("rows.csv", text), &reader).expect_err("a bad date");
    assert_eq!((err.place.line, err.place.col), (5, 22), "{err}");
    assert_eq!(err.field, "charges[2].when");
    assert!(
        err.message.contains("cell D5") && err.message.contains("2019-13-01"),
        "{err}"
    );
    assert!(err.hint.contains("5/1/2019"), "{err}");
    assert!(err.to_string().starts_with("rows.csv:5:22: "), "{err}");

    // A record answer, a header cell, a cell beyond the columns.
    for (text, place, needle) in [
        ("us_citizen,sometimes\n", (1, 12), "cell B1"),
        ("offense,outcom\n", (1, 9), "outcom"),
        (
            "offense,when\nDRUG, POSSESS CLASS B c94C §34,2019\n",
            (2, 32),
            "cell C2",
        ),
        (
            "offense,when,probation_end\nc272_26,2020,2019-06-01\n",
            (2, 14),
            "before the case",
        ),
        ("open_case,No\nopen_case,Yes\n", (2, 1), "twice"),
    ] {
        let err = table::csv::read(&SourceText::new("f.csv", text), &reader).expect_err(text);
        assert_eq!((err.place.line, err.place.col), place, "{text:?}: {err}");
        assert!(err.to_string().contains(needle), "{text:?}: {err}");
    }
}

#[test]
fn the_command_line_refuses_an_unreadable_csv_with_status_2() {
    let scratch = common::Scratch::new("unreadable");
    let path = scratch.join("record.csv");
    std::fs::write(&path, "offense,when\nc.272 §53A(a),2009\n").expect("write");
    let out = clearpath(&[
        "screen",
        &path.display().to_string(),
        "--today",
        "2026-11-29",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("record.csv:2:1: charges[1].offense: cell A2 holds \"c.272 §53A(a)\"")
            && err.contains("c272_53A_a, c272_53A_b"),
        "{err}"
    );
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig {
        cases: 64,
        failure_persistence: None,
        ..proptest::prelude::ProptestConfig::default()
    })]

    /// Whatever is typed or pasted, reading it never panics, every row keeps a cell per column, and
    /// a CSV file either reads or names a place inside it.
    #[test]
    fn any_text_reads_without_panicking(text in "[a-zA-Z0-9 ,;\t\n\r\"§/().+?-]{0,120}") {
        let reader = READER.with(|r| r.clone());
        for column in Column::ALL {
            let _ = reader.cell(column, &text);
        }
        let paste = reader.paste(&text);
        for row in &paste.rows {
            proptest::prop_assert!(row.cells.len() >= paste.columns.iter().flatten().count());
        }
        if let Err(e) = table::csv::read(&SourceText::new("any.csv", text.clone()), &reader) {
            let lines = text.matches('\n').count() + 1;
            proptest::prop_assert!(e.place.line >= 1 && e.place.line <= lines, "{}", e);
        }
    }
}

thread_local! {
    static READER: std::rc::Rc<Reader> = std::rc::Rc::new(reader());
}

/// 20 rows as a spreadsheet copies them, 3 cells among them unreadable (rows 4, 11 and 17 of the
/// charges).
fn twenty_rows() -> Vec<String> {
    (1..=20)
        .map(|n| {
            let offense = match n {
                4 => "c272 §53A(a)",
                n if n % 2 == 0 => "SEXUAL CONDUCT FOR FEE c272 §53A",
                _ => "c272_53_walker",
            };
            let when = if n == 11 {
                "2019-02-30".to_owned()
            } else {
                format!("{}", 1990 + n)
            };
            let age = if n == 17 { "old enough" } else { "21+" };
            format!("{offense}\tadult\tguilty\t{when}\tnot held\t\t{age}\t\t\t")
        })
        .collect()
}

#[test]
fn pasted_rows_are_all_kept_with_their_unreadable_cells_marked() {
    let reader = reader();
    let rows = twenty_rows();
    let without = rows.join("\n");
    let with = format!(
        "offense\tcourt\toutcome\twhen\treleased\tprobation_end\tage\tcoerced\tarranged\tofficial_documents\n{without}\n"
    );
    for (text, header, first_line) in [(without, false, 1), (with, true, 2)] {
        let paste = reader.paste(&text);
        assert_eq!(paste.header, header);
        assert_eq!(paste.rows.len(), 20);
        let marked: Vec<(usize, Column, String)> = paste
            .rows
            .iter()
            .flat_map(|r| r.problems())
            .map(|c| (c.line, c.column.expect("a column"), c.name()))
            .collect();
        let line = |n: usize| first_line + n - 1;
        assert_eq!(
            marked,
            [
                (line(4), Column::Offense, format!("A{}", line(4))),
                (line(11), Column::When, format!("D{}", line(11))),
                (line(17), Column::Age, format!("G{}", line(17))),
            ],
            "header: {header}"
        );
        // Every other row is a charge; the marked ones keep their text for correcting.
        let charges: Vec<Charge> = paste.rows.iter().filter_map(|r| r.charge().ok()).collect();
        assert_eq!(charges.len(), 17);
        assert_eq!(charges[0].when, When::Year(1991));
        assert_eq!(charges[0].released, Released::NotHeld);
        assert_eq!(
            charges[1].offense,
            OffenseAnswer::Offense("c272_53A_a".into())
        );
        let fourth = &paste.rows[3];
        assert_eq!(fourth.cells[0].text, "c272 §53A(a)");
        assert!(matches!(
            fourth.cells[0].parsed,
            Err(CellProblem::SeveralOffenses { .. })
        ));
        assert_eq!(
            fourth.cells[3].parsed,
            Ok(Value::When(When::Year(1994))),
            "the other cells of a marked row are read"
        );
    }
}

#[test]
fn pasted_rows_with_a_header_take_its_columns_in_its_order() {
    let reader = reader();
    let paste = reader.paste("When\tOffense\n\n5/1/2019\tc272_26\n2018\t\n");
    assert!(paste.header);
    assert_eq!(paste.columns, [Some(Column::When), Some(Column::Offense)]);
    assert_eq!(paste.rows.len(), 2);
    let first = paste.rows[0].charge().expect("readable");
    assert_eq!(first.offense, OffenseAnswer::Offense("c272_26".into()));
    assert_eq!(first.when, When::Date(Day(date(2019, 5, 1))));
    assert_eq!(paste.rows[0].line, 3);
    // Fewer cells than columns: the rest are "not sure".
    let short = reader.paste("c272_26\tadult\n");
    assert!(!short.header);
    let charge = short.rows[0].charge().expect("readable");
    assert_eq!(charge.court, Court::MassachusettsAdult);
    assert_eq!(charge.outcome, Disposition::NotSure);
    // A row typed into a table reads the same way.
    let typed = reader.typed_row(
        &[Column::Offense, Column::When, Column::ProbationEnd],
        7,
        &[
            "NIGHTWALKER COMMON c272 §53".into(),
            "2020".into(),
            "2019".into(),
        ],
    );
    assert_eq!(
        typed.cells[0].parsed,
        Ok(Value::Offense(OffenseAnswer::Offense(
            "c272_53_walker".into()
        )))
    );
    assert!(matches!(
        typed.cells[2].parsed,
        Err(CellProblem::BeforeCase { .. })
    ));
    assert_eq!(typed.cells[2].name(), "C7");
    // A cell beyond the columns is marked.
    let long = reader.paste("when\n2019\textra\n");
    assert_eq!(long.rows[0].cells[1].parsed, Err(CellProblem::NoColumn));
}
