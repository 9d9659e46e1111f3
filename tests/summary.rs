//! The take-home summary: golden text of the model for worked cases (insta snapshots under
//! `tests/snapshots/`), the PDF's extracted text, accented letters, metadata, font subsetting and paper,
//! the `summary` command, and the save and print plumbing with a fake dialog and a fake print service.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::Command;

use clearpath::answers::Answers;
use clearpath::export::{self, PrintService, SaveDialog};
use clearpath::help;
use clearpath::i18n::{Texts, languages};
use clearpath::message::Msg;
use clearpath::render::summary::{
    self, Block, BlockKind, Line, Paper, SectionKind, Style, Summary, SummaryOptions,
};
use clearpath::rules::RuleBook;
use clearpath::screening;
use clearpath::source::SourceText;
use common::Scratch;
use jiff::civil::{Date, date};

const TODAY: Date = date(2026, 11, 29);
const NAME: &str = "María José Núñez";

fn manifest(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn answers(text: &str) -> Answers {
    let source = SourceText::new("answers.ron", text);
    Answers::parse(&source).expect("answers parse")
}

fn example(name: &str) -> String {
    std::fs::read_to_string(manifest(&format!("docs/examples/{name}"))).expect("example file")
}

/// Three charges with "not sure" answers (an offense group, a year only, no date at all) and notices
/// (immigration, probation now, records to ask for).
const THREE_NOT_SURE: &str = r#"(
    version: 2,
    charges: [
        (
            offense: Offense("c272_53"),
            court: MassachusettsAdult,
            outcome: Guilty,
            when: Year(2022),
            released: NotSure,
            probation_end: NotSure,
            age: From21,
            coerced: NotSure,
            arranged: No,
            official_documents: No,
        ),
        (
            offense: Offense("c272_53A_a"),
            court: MassachusettsAdult,
            outcome: Dismissed,
            when: Date("2020-02-03"),
            released: NotHeld,
            probation_end: NoProbation,
            age: From18To20,
            coerced: Yes,
        ),
        (
            offense: NotSure,
            court: NotSure,
            outcome: NotSure,
            when: NotSure,
        ),
    ],
    record: (
        other_ma_guilty: (last_3_years: No, last_7_years: NotSure),
        out_of_state: (any: NotSure),
        other_imprisonment: (last_7_years: No),
        other_cases: NotSure,
        false_identity: No,
        open_case: No,
        supervision_now: Yes,
        registered: No,
        us_citizen: No,
    ),
)"#;

/// The summary of some answers, screened once and presented once; the words in `options.language`,
/// the appendix's in `options.appendix_language` if given.
fn build(answers_text: &str, name: Option<&str>, options: &SummaryOptions) -> Summary {
    let book = RuleBook::bundled().expect("rules");
    let help = help::bundled().expect("help");
    let result = screening::screen(&book, &answers(answers_text), TODAY);
    let p = clearpath::present::present(&result);
    let texts = common::texts(&book, &options.language);
    let appendix = options
        .appendix_language
        .as_deref()
        .map(|l| common::texts(&book, l));
    summary::build(&p, &texts, appendix.as_ref(), &help, TODAY, name, options)
}

fn with_appendix() -> SummaryOptions {
    SummaryOptions {
        advocate_appendix: true,
        ..SummaryOptions::default()
    }
}

#[test]
fn one_charge_golden_text() {
    let s = build(&example("one-charge.ron"), None, &SummaryOptions::default());
    insta::assert_snapshot!("one_charge", summary::plain_text(&s));
}

/// The three charges of docs/examples: the plan, the table and a conditional route whose branches
/// say the same.
#[test]
fn three_charges_golden_text() {
    let s = build(
        &example("three-charges.ron"),
        None,
        &SummaryOptions::default(),
    );
    insta::assert_snapshot!("three_charges", summary::plain_text(&s));
}

#[test]
fn three_charges_not_sure_golden_text() {
    let s = build(THREE_NOT_SURE, None, &SummaryOptions::default());
    insta::assert_snapshot!("three_charges_not_sure", summary::plain_text(&s));
}

#[test]
fn advocate_appendix_golden_text() {
    let s = build(&example("three-charges.ron"), Some(NAME), &with_appendix());
    insta::assert_snapshot!("three_charges_advocate", summary::plain_text(&s));
}

/// The sections in the order the summary promises.
#[test]
fn sections_come_in_order() {
    let kinds = |s: &Summary| s.sections.iter().map(|x| x.kind).collect::<Vec<_>>();
    use SectionKind::*;
    assert_eq!(
        kinds(&build(THREE_NOT_SURE, None, &with_appendix())),
        [
            Plan,
            Glance,
            Notices,
            Charges,
            Bring,
            Help,
            Disclaimers,
            Appendix,
            RuleFiles
        ]
    );
    let plain = build(&example("one-charge.ron"), None, &SummaryOptions::default());
    assert_eq!(
        kinds(&plain).last(),
        Some(&Disclaimers),
        "no appendix unless asked for"
    );
}

/// The top of the page says nothing about what the summary is for; the name appears only if typed.
#[test]
fn the_first_lines_are_neutral() {
    for name in [None, Some(NAME)] {
        let s = build(THREE_NOT_SURE, name, &with_appendix());
        let top = format!("{}\n{}", s.title, s.header.join("\n")).to_lowercase();
        for word in [
            "prostitut",
            "sex",
            "record",
            "relief",
            "traffick",
            "charge",
            "seal",
            "expunge",
            "clearpath",
        ] {
            assert!(!top.contains(word), "{word:?} in the first lines: {top}");
        }
        assert_eq!(s.title, "Summary");
        assert!(s.header[0].contains("2026-11-29"));
        assert_eq!(top.contains("núñez"), name.is_some());
    }
    let blank = build(THREE_NOT_SURE, Some("   "), &SummaryOptions::default());
    assert_eq!(blank.header.len(), 2, "a blank name is not printed");
}

/// Every result under the bill sits under a line that says the bill is pending and names it, from
/// the rule set: the heading of each charge's part under the bill (said once, not in every result),
/// and the bill's column in the table.
#[test]
fn every_bill_result_names_the_pending_bill() {
    let book = RuleBook::bundled().expect("rules");
    let bill = book
        .rule_sets
        .iter()
        .find(|s| s.is_pending_bill())
        .expect("a pending bill");
    let clearpath::rules::RuleStatus::Pending { bill: number, .. } = &bill.status else {
        panic!("pending");
    };
    assert_eq!(number, "H.1683 / S.1116");
    let heading = "If H.1683 / S.1116 passes (a pending bill, not law)";
    for answers in [example("three-charges.ron"), THREE_NOT_SURE.to_string()] {
        let s = build(&answers, None, &SummaryOptions::default());
        let section = |kind| {
            s.sections
                .iter()
                .find(|x| x.kind == kind)
                .expect("a section")
        };
        let charges = section(SectionKind::Charges);
        // Each charge's part under the bill is a block of its own that opens with the heading; the
        // results under the law today come before it, in the charge's other blocks.
        let parts: Vec<&Block> = charges
            .blocks
            .iter()
            .filter(|b| b.lines.iter().any(|l| l.text.starts_with(heading)))
            .collect();
        assert_eq!(parts.len(), 3, "one part under the bill per charge");
        for block in &parts {
            assert!(
                block.lines[0].text.starts_with(heading),
                "{:?}",
                block.lines[0]
            );
            assert_eq!(block.lines[0].style, Style::Strong);
            assert!(
                block.lines[1..].iter().all(|l| !l.text.contains("pending")),
                "said once, in the heading: {:?}",
                block.lines
            );
        }
        assert_eq!(
            charges
                .blocks
                .iter()
                .flat_map(|b| &b.lines)
                .filter(|l| l.text.contains("H.1683"))
                .count(),
            3,
            "the bill is named once per charge"
        );
        let table = section(SectionKind::Glance).blocks[0]
            .table
            .as_ref()
            .expect("a table");
        assert_eq!(table.columns.last().map(String::as_str), Some(heading));
        let text = summary::plain_text(&s);
        assert!(
            text.contains(
                "H.1683 / S.1116 (194th General Court, 2025-2026) is a pending bill, not law."
            ),
            "the disclaimers say it in full"
        );
    }
}

/// Contacts come from the help list only: no phone numbers, street addresses or fine amounts.
#[test]
fn nothing_is_invented() {
    let s = build(THREE_NOT_SURE, Some(NAME), &with_appendix());
    let text = summary::plain_text(&s);
    assert!(!text.contains('$'), "no amounts");
    let digits_in_a_row = text
        .split(|c: char| !c.is_ascii_digit() && c != '-' && c != ' ' && c != '(' && c != ')')
        .map(|run| run.chars().filter(char::is_ascii_digit).count())
        .max()
        .unwrap_or(0);
    // Dates (8 digits with their dashes) are the longest runs; a phone number would have 10.
    assert!(digits_in_a_row <= 8, "a long number: {digits_in_a_row}");
    for entry in help::bundled().expect("help") {
        assert!(text.contains(&entry.contact), "{}", entry.name);
    }
}

/// Every message the summary asks for exists in every language.
#[test]
fn every_summary_message_exists_in_every_language() {
    let mut ids = Vec::new();
    for file in [
        "src/render/summary/mod.rs",
        "src/render/summary/plain.rs",
        "src/render/summary/pdf.rs",
        "src/present/mod.rs",
    ] {
        let text = std::fs::read_to_string(manifest(file)).expect("source");
        for literal in text.split('"').skip(1).step_by(2) {
            let kebab = literal.contains('-')
                && literal.split('-').all(|part| {
                    !part.is_empty()
                        && part
                            .bytes()
                            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
                });
            if kebab {
                ids.push(literal.to_string());
            }
        }
    }
    // Notice ids from the rule files are written in kebab-case too; they are not messages.
    let book = RuleBook::bundled().expect("rules");
    ids.retain(|id| {
        !book
            .rule_sets
            .iter()
            .any(|set| set.notices.iter().any(|n| &n.id == id))
    });
    assert!(ids.len() > 30, "{ids:?}");
    for language in languages() {
        let texts = Texts::new(language).expect("texts");
        let missing: Vec<&String> = ids.iter().filter(|id| !texts.has(id)).collect();
        assert!(missing.is_empty(), "{language} lacks {missing:?}");
    }
}

// ---- The PDF ----

fn pdf_text(bytes: &[u8]) -> Vec<String> {
    common::pdf_page_texts(bytes)
}

/// Each needle found after the previous one.
fn assert_in_order(text: &str, needles: &[&str]) {
    let mut from = 0;
    for needle in needles {
        match text[from..].find(needle) {
            Some(at) => from += at + needle.len(),
            None => panic!("{needle:?} not found (in order) in:\n{text}"),
        }
    }
}

#[test]
fn the_pdf_holds_every_result_and_disclaimer_in_order() {
    let s = build(&example("three-charges.ron"), Some(NAME), &with_appendix());
    let bytes = summary::pdf_bytes(&s).expect("pdf");
    assert!(bytes.starts_with(b"%PDF-"));
    let pages = pdf_text(&bytes);
    let all = pages.join(" ");
    assert_in_order(
        &all,
        &[
            "Summary",
            "Made on 2026-11-29",
            "Prepared for María José Núñez",
            "Your next steps",
            "1. Ask for this now: Vacatur for trafficking survivors (G.L. c.265 §59). Charge 1.",
            "Ask for your records",
            "At a glance",
            "If H.1683 / S.1116 passes (a pending bill, not law)",
            "Charge 1",
            "Vacatur for trafficking survivors: You can ask for this now",
            "Sealing by mail: Depends on answers you were not sure of",
            "If H.1683 / S.1116 passes (a pending bill, not law)",
            "Expungement of past prostitution charges: Happens on its own",
            "Charge 2",
            "Sealing by a judge: You can ask for this now",
            "Charge 3",
            "Sealing by mail: Depends on answers you were not sure of",
            "none of the bill's routes would apply",
            "What to bring to an advocate",
            "Where to get help",
            "gbls.org",
            "This is not legal advice.",
            "H.1683 / S.1116 (194th General Court, 2025-2026) is a pending bill, not law.",
            "For an advocate",
            "Rule files used",
        ],
    );
    let total = pages.len();
    assert!(total > 1);
    for (i, page) in pages.iter().enumerate() {
        let label = format!("Page {} of {total}", i + 1);
        assert!(page.contains(&label), "page {} lacks {label:?}", i + 1);
    }
}

#[test]
fn accented_and_spanish_text_round_trips() {
    let mut s = build(
        &example("one-charge.ron"),
        Some(NAME),
        &SummaryOptions::default(),
    );
    let spanish = "¿Qué puede hacer hoy? Pida su expediente (CORI) en la oficina del secretario. Año, señora, acción, pingüino.";
    s.sections[0].blocks.push(Block {
        kind: BlockKind::Plain,
        table: None,
        lines: vec![
            Line {
                style: Style::Text,
                indent: 0,
                bullet: false,
                text: spanish.into(),
            },
            Line {
                style: Style::Strong,
                indent: 1,
                bullet: true,
                text: "Ñandú ÁÉÍÓÚ áéíóú ü".into(),
            },
        ],
    });
    let all = pdf_text(&summary::pdf_bytes(&s).expect("pdf")).join(" ");
    assert_in_order(
        &all,
        &[
            "Prepared for María José Núñez",
            spanish,
            "Ñandú ÁÉÍÓÚ áéíóú ü",
        ],
    );
}

#[test]
fn metadata_holds_nothing_personal() {
    let s = build(&example("three-charges.ron"), Some(NAME), &with_appendix());
    let bytes = summary::pdf_bytes(&s).expect("pdf");
    let doc = lopdf::Document::load_mem(&bytes).expect("parses");
    let info_ref = doc
        .trailer
        .get(b"Info")
        .and_then(lopdf::Object::as_reference)
        .expect("an Info dictionary");
    let info = doc.get_dictionary(info_ref).expect("Info");
    let keys: Vec<String> = info
        .iter()
        .map(|(k, _)| String::from_utf8_lossy(k).into_owned())
        .collect();
    assert_eq!(keys, ["Title"], "only the title");
    let title = info.get(b"Title").expect("title");
    let title = lopdf::decode_text_string(title).expect("a text string");
    assert_eq!(title, "Summary");
    let catalog = doc.catalog().expect("catalog");
    assert!(catalog.get(b"Metadata").is_err(), "no XMP metadata stream");
    assert!(doc.trailer.get(b"ID").is_err(), "no file identifier");
    // The typed name appears nowhere outside the (compressed, glyph-coded) page text.
    let utf16: Vec<u8> = "Núñez".encode_utf16().flat_map(u16::to_be_bytes).collect();
    let utf16_first: Vec<u8> = "María".encode_utf16().flat_map(u16::to_be_bytes).collect();
    for needle in [
        "Núñez".as_bytes(),
        "María".as_bytes(),
        "Nunez".as_bytes(),
        &utf16,
        &utf16_first,
    ] {
        assert!(
            !bytes.windows(needle.len()).any(|w| w == needle),
            "{:?} found in the file",
            String::from_utf8_lossy(needle)
        );
    }
}

/// Each embedded font program by its face's name (the subset tag before "+" left off), with the size
/// of its decompressed program.
fn embedded_fonts(doc: &lopdf::Document) -> Vec<(String, usize)> {
    let mut fonts = Vec::new();
    for object in doc.objects.values() {
        let Ok(descriptor) = object.as_dict() else {
            continue;
        };
        let Ok(file) = descriptor
            .get(b"FontFile2")
            .and_then(lopdf::Object::as_reference)
        else {
            continue;
        };
        let name = descriptor
            .get(b"FontName")
            .and_then(lopdf::Object::as_name)
            .map(|n| String::from_utf8_lossy(n).into_owned())
            .expect("a font name");
        let (tag, face) = name.split_once('+').expect("a subset tag");
        assert_eq!(tag.len(), 6, "{name}");
        let stream = doc
            .get_object(file)
            .and_then(lopdf::Object::as_stream)
            .expect("a font stream");
        let data = stream
            .decompressed_content()
            .unwrap_or_else(|_| stream.content.clone());
        fonts.push((face.to_string(), data.len()));
    }
    fonts.sort();
    fonts
}

fn font_file_size(file: &str) -> usize {
    std::fs::metadata(manifest(&format!("assets/fonts/{file}")))
        .expect("font")
        .len() as usize
}

#[test]
fn fonts_are_subset() {
    let s = build(&example("three-charges.ron"), Some(NAME), &with_appendix());
    let bytes = summary::pdf_bytes(&s).expect("pdf");
    let doc = lopdf::Document::load_mem(&bytes).expect("parses");
    let fonts = embedded_fonts(&doc);
    // Atkinson Hyperlegible has every character of an English summary: the fallback is not embedded.
    let names: Vec<&str> = fonts.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        ["AtkinsonHyperlegible-Bold", "AtkinsonHyperlegible-Regular"]
    );
    for (name, size) in &fonts {
        let full = font_file_size(&format!("{name}.ttf"));
        assert!(
            size * 2 < full,
            "{name}: an embedded font of {size} bytes against {full} for the whole font"
        );
    }
    assert!(bytes.len() < 300_000, "{} bytes", bytes.len());
}

#[test]
fn the_same_summary_gives_the_same_bytes() {
    let s = build(&example("three-charges.ron"), Some(NAME), &with_appendix());
    let first = summary::pdf_bytes(&s).expect("pdf");
    let again = summary::pdf_bytes(&s.clone()).expect("pdf");
    assert!(first == again, "two PDFs of one summary differ");
    let doc = lopdf::Document::load_mem(&first).expect("parses");
    assert!(doc.trailer.get(b"ID").is_err(), "no file identifier");
}

#[test]
fn greek_and_cyrillic_print_through_the_fallback_face() {
    let mut s = build(&example("one-charge.ron"), None, &SummaryOptions::default());
    let greek = "Αθηνά Παπαδοπούλου";
    let cyrillic = "Жанна Иванова, улица Мира";
    s.sections[0].blocks.push(Block {
        kind: BlockKind::Plain,
        table: None,
        lines: vec![
            Line::new(Style::Text, 0, format!("Prepared for {greek} (Año)")),
            Line::new(Style::Strong, 0, cyrillic),
        ],
    });
    let bytes = summary::pdf_bytes(&s).expect("pdf");
    let all = pdf_text(&bytes).join(" ");
    assert_in_order(&all, &[&format!("Prepared for {greek} (Año)"), cyrillic]);
    let doc = lopdf::Document::load_mem(&bytes).expect("parses");
    let fonts = embedded_fonts(&doc);
    let names: Vec<&str> = fonts.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "AtkinsonHyperlegible-Bold",
            "AtkinsonHyperlegible-Regular",
            "DejaVuSans",
            "DejaVuSans-Bold"
        ]
    );
    // The fallback holds only the few letters it draws.
    for (name, size) in &fonts {
        let file = match name.as_str() {
            "DejaVuSans" => "DejaVuSans-Subset.ttf".to_string(),
            "DejaVuSans-Bold" => "DejaVuSans-Bold-Subset.ttf".to_string(),
            other => format!("{other}.ttf"),
        };
        let full = font_file_size(&file);
        assert!(size * 2 < full, "{name}: {size} bytes against {full}");
    }
}

/// A block with a table of `rows` rows: three columns, every cell's words naming its row.
fn with_table(rows: usize) -> Summary {
    let mut s = build(&example("one-charge.ron"), None, &SummaryOptions::default());
    let cell = |text: String| vec![Line::new(Style::Text, 0, text)];
    let table = summary::Table {
        columns: vec![
            "Which charge".into(),
            "Under today's law".into(),
            "Under the bill".into(),
        ],
        rows: (1..=rows)
            .map(|i| {
                vec![
                    vec![
                        Line::new(Style::Strong, 0, format!("Charge number {i}")),
                        Line::new(
                            Style::Note,
                            0,
                            format!("Court {i}, a longer note that wraps inside its narrow column"),
                        ),
                    ],
                    cell(format!("Sealing {i}")),
                    cell(format!("Expungement {i}")),
                ]
            })
            .collect(),
    };
    s.sections[0].blocks.push(Block {
        kind: BlockKind::Plain,
        lines: vec![Line::new(Style::Heading, 0, "At a glance")],
        table: Some(table),
    });
    s
}

#[test]
fn a_table_copies_out_row_by_row() {
    let s = with_table(3);
    let all = pdf_text(&summary::pdf_bytes(&s).expect("pdf")).join(" ");
    assert_in_order(
        &all,
        &[
            "At a glance",
            "Which charge",
            "Under today's law",
            "Under the bill",
            "Charge number 1",
            "Court 1",
            "Sealing 1",
            "Expungement 1",
            "Charge number 2",
            "Sealing 2",
            "Expungement 2",
            "Charge number 3",
            "Sealing 3",
            "Expungement 3",
        ],
    );
}

#[test]
fn a_table_longer_than_a_page_repeats_its_header_and_splits_no_row() {
    let rows = 60;
    let pages = pdf_text(&summary::pdf_bytes(&with_table(rows)).expect("pdf"));
    let with_rows: Vec<&String> = pages
        .iter()
        .filter(|p| p.contains("Expungement 1") || p.contains("Charge number"))
        .collect();
    assert!(with_rows.len() > 1, "the table fits on one page");
    for page in &with_rows {
        // Every page the table is on starts it with the header row.
        let header = page.find("Which charge").expect("the header on every page");
        let first_row = page.find("Charge number").expect("a row");
        assert!(header < first_row, "{page}");
    }
    // Each row whole on one page, and each once.
    for i in 1..=rows {
        let row = format!("Charge number {i} ");
        let holding: Vec<&&String> = with_rows.iter().filter(|p| p.contains(&row)).collect();
        assert_eq!(holding.len(), 1, "row {i}");
        let page = holding[0];
        assert!(
            page.contains(&format!("Court {i},")) && page.contains(&format!("Expungement {i} "))
        );
    }
}

#[test]
fn paper_is_letter_by_default_and_a4_on_request() {
    let media_box = |paper| {
        let s = build(
            &example("one-charge.ron"),
            None,
            &SummaryOptions {
                paper,
                ..SummaryOptions::default()
            },
        );
        let doc = lopdf::Document::load_mem(&summary::pdf_bytes(&s).expect("pdf")).expect("pdf");
        let (_, page) = doc.get_pages().into_iter().next().expect("a page");
        let page = doc.get_dictionary(page).expect("page");
        let values: Vec<f32> = page
            .get(b"MediaBox")
            .and_then(lopdf::Object::as_array)
            .expect("MediaBox")
            .iter()
            .map(|v| v.as_float().expect("number"))
            .collect();
        (values[2].round(), values[3].round())
    };
    assert_eq!(SummaryOptions::default().paper, Paper::Letter);
    assert_eq!(media_box(Paper::Letter), (612.0, 792.0));
    assert_eq!(media_box(Paper::A4), (595.0, 842.0));
}

/// A charge's part under the bill that fits on a page is never split: its heading, which says the
/// bill is pending, and its last result share a page.
#[test]
fn a_bill_part_that_fits_stays_on_one_page() {
    let s = build(
        &example("three-charges.ron"),
        None,
        &SummaryOptions::default(),
    );
    let pages = pdf_text(&summary::pdf_bytes(&s).expect("pdf"));
    let page_of = |needle: &str| {
        pages
            .iter()
            .position(|p| p.contains(needle))
            .unwrap_or_else(|| panic!("{needle} not found"))
    };
    // Charge 1's part under the bill: its first and last explanations.
    let first = page_of("As its supporters describe it");
    assert_eq!(
        first,
        page_of("That is a reading of the law, not yet tested")
    );
    let heading = "If H.1683 / S.1116 passes (a pending bill, not law)";
    let page = &pages[first];
    assert!(
        page.find(heading) < page.find("As its supporters describe it"),
        "{page}"
    );
}

/// Page 1 holds the plan and the table: the plan's heading and the table's column names.
#[test]
fn page_one_holds_the_plan_and_the_table() {
    let s = build(
        &example("three-charges.ron"),
        None,
        &SummaryOptions::default(),
    );
    let pages = pdf_text(&summary::pdf_bytes(&s).expect("pdf"));
    assert_in_order(
        &pages[0],
        &[
            "Summary",
            "Your next steps",
            "Ask for this now: Vacatur for trafficking survivors",
            "Ask for your records",
            "At a glance",
            "Charge",
            "Today",
            "If H.1683 / S.1116 passes (a pending bill, not law)",
            "Charge 1",
            "Charge 3",
        ],
    );
}

/// The summary, without the appendix, stays short: three charges (docs/examples) and twenty
/// (tests/answers) in no more pages than the bounds below. Pages are counted in the PDF itself.
#[test]
fn the_summary_is_short() {
    let pages = |answers: &str| {
        let s = build(answers, None, &SummaryOptions::default());
        let bytes = summary::pdf_bytes(&s).expect("pdf");
        lopdf::Document::load_mem(&bytes)
            .expect("the PDF parses")
            .get_pages()
            .len()
    };
    let three = pages(&example("three-charges.ron"));
    assert!(three <= THREE_CHARGES_PAGES, "three charges: {three} pages");
    let twenty = std::fs::read_to_string(manifest("tests/answers/twenty-charges.ron"))
        .expect("the twenty-charge answers");
    let twenty = pages(&twenty);
    assert!(
        twenty <= TWENTY_CHARGES_PAGES,
        "twenty charges: {twenty} pages"
    );
}

/// The most pages the summaries of `the_summary_is_short` may take: three charges without the
/// appendix on 3 pages, twenty on 12 (US Letter, in English).
const THREE_CHARGES_PAGES: usize = 3;
const TWENTY_CHARGES_PAGES: usize = 12;

/// The plan on paper is the results screen's plan: one numbered line per step in its order, with
/// the charges each concerns; the records step lists the records in full and no later section
/// repeats them.
#[test]
fn the_plan_is_the_presentations_plan() {
    let book = RuleBook::bundled().expect("rules");
    let p = clearpath::present::present(&screening::screen(&book, &answers(THREE_NOT_SURE), TODAY));
    let s = build(THREE_NOT_SURE, None, &SummaryOptions::default());
    let plan = &s.sections[0];
    assert_eq!(plan.kind, SectionKind::Plan);
    assert_eq!(plan.heading, "Your next steps");
    let steps: Vec<&Line> = plan.blocks[0]
        .lines
        .iter()
        .filter(|l| l.indent == 0)
        .collect();
    assert_eq!(steps.len(), p.plan.len());
    for (i, (line, step)) in steps.iter().zip(&p.plan).enumerate() {
        assert!(
            line.text.starts_with(&format!("{}. ", i + 1)),
            "{}",
            line.text
        );
        assert_eq!(line.style, Style::Strong);
        if !step.charges.is_empty() {
            assert!(line.text.contains("Charge"), "{}", line.text);
        }
    }
    assert!(
        steps
            .last()
            .expect("steps")
            .text
            .ends_with("Ask for your records")
    );
    let text = summary::plain_text(&s);
    for record in [
        "(your CORI), from the Department",
        "The docket of each case",
        "For charge 3, these records",
    ] {
        assert_eq!(
            text.matches(record).count(),
            1,
            "{record} said once:\n{text}"
        );
    }
    assert!(
        !text.contains("Records to ask for\n"),
        "no section of records after the plan"
    );
}

/// The table has a row per charge and a column per rule set after the charge; each cell is the best
/// route's status (with its date) in strong words, then the route's name.
#[test]
fn the_table_has_a_row_per_charge() {
    let s = build(
        &example("three-charges.ron"),
        None,
        &SummaryOptions::default(),
    );
    let glance = &s.sections[1];
    assert_eq!(glance.kind, SectionKind::Glance);
    assert_eq!(glance.heading, "At a glance");
    let table = glance.blocks[0].table.as_ref().expect("a table");
    assert_eq!(
        table.columns,
        [
            "Charge",
            "Today",
            "If H.1683 / S.1116 passes (a pending bill, not law)"
        ]
    );
    assert_eq!(table.rows.len(), 3);
    for row in &table.rows {
        assert_eq!(row.len(), table.columns.len());
    }
    fn words(cell: &[Line]) -> Vec<&str> {
        cell.iter().map(|l| l.text.as_str()).collect()
    }
    assert_eq!(
        words(&table.rows[0][0]),
        ["Charge 1", "sexual conduct for a fee (G.L. c.272 §53A(a))"]
    );
    assert_eq!(
        words(&table.rows[0][1]),
        [
            "You can ask for this now",
            "Vacatur for trafficking survivors"
        ]
    );
    assert_eq!(table.rows[0][1][0].style, Style::Strong);
    assert_eq!(words(&table.rows[2][2]), ["Not available"]);
}

/// A conditional route whose branches say the same lists their conditions, then says the
/// explanation once; a route said for an earlier charge points to it.
#[test]
fn conditional_branches_that_say_the_same_are_said_once() {
    let s = build(
        &example("three-charges.ron"),
        None,
        &SummaryOptions::default(),
    );
    let text = summary::plain_text(&s);
    assert_in_order(
        &text,
        &[
            "# Charge 1",
            "- Sealing by mail: Depends on answers you were not sure of\n",
            "- If your latest conviction outside Massachusetts was on or before",
            "You can ask for this from",
            "- If you had a conviction outside Massachusetts after",
            "You can ask for this from",
            "You can ask to seal a misdemeanor record by mail",
            "# Charge 2",
            "- Sealing by mail: Depends on answers you were not sure of (the same as for charge 1)",
        ],
    );
    assert_eq!(
        text.matches("You can ask to seal a misdemeanor record by mail")
            .count(),
        1
    );
    // Said with charge 1's explanation and with charge 3's (another explanation, for a CWOF), once
    // each, not once per condition.
    assert_eq!(
        text.matches("What to do next: Send a sealing request. It goes to the Office")
            .count(),
        2,
        "{text}"
    );
}

// ---- The command line ----

fn clearpath(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_clearpath"))
        .args(args)
        .output()
        .expect("the clearpath binary runs")
}

#[test]
fn summary_command_writes_only_the_named_file() {
    let dir = Scratch::new("cli");
    let answers = dir.join("answers.ron");
    std::fs::write(&answers, example("three-charges.ron")).expect("write");
    let out = dir.join("out.pdf");
    let o = clearpath(&[
        "summary",
        answers.to_str().expect("utf-8"),
        "-o",
        out.to_str().expect("utf-8"),
        "--today",
        "2026-11-29",
        "--advocate",
        "--paper",
        "a4",
        "--name",
        NAME,
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(o.stdout.is_empty());
    assert_eq!(dir.names(), ["answers.ron", "out.pdf"]);
    let bytes = std::fs::read(&out).expect("pdf");
    let all = pdf_text(&bytes).join(" ");
    assert_in_order(&all, &["Prepared for María José Núñez", "For an advocate"]);
}

#[test]
fn summary_command_refuses_bad_input_like_screen() {
    let dir = Scratch::new("cli-bad");
    let answers = dir.join("answers.ron");
    std::fs::write(
        &answers,
        "(\n    charges: [\n        (offense: Offense(\"c272_53A_x\")),\n    ],\n)\n",
    )
    .expect("write");
    let out = dir.join("out.pdf");
    let args = |extra: &[&str]| {
        let mut a = vec![
            "summary".to_string(),
            answers.display().to_string(),
            "-o".into(),
            out.display().to_string(),
        ];
        a.extend(extra.iter().map(|s| s.to_string()));
        a
    };
    for (extra, expect) in [
        (&[][..], "answers.ron:3:"),
        (&["--today", "2026-02-30"][..], "--today"),
    ] {
        let a = args(extra);
        let a: Vec<&str> = a.iter().map(String::as_str).collect();
        let o = clearpath(&a);
        assert_eq!(o.status.code(), Some(2));
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains(expect), "{err}");
        let screen =
            clearpath(&[&["screen", answers.to_str().expect("utf-8")][..], extra].concat());
        assert_eq!(
            String::from_utf8_lossy(&screen.stderr),
            err,
            "summary reports exactly what screen does"
        );
    }
    assert_eq!(dir.names(), ["answers.ron"], "nothing written");
}

// ---- Saving and printing ----

/// A save dialog that answers without a window, and remembers the name it was offered.
struct FakeDialog {
    answer: Option<PathBuf>,
    offered: std::sync::Mutex<Option<String>>,
}

impl SaveDialog for FakeDialog {
    fn ask_save_path(&self, suggested_name: &str) -> Option<PathBuf> {
        *self.offered.lock().expect("lock") = Some(suggested_name.to_string());
        self.answer.clone()
    }
}

#[test]
fn save_offers_a_neutral_name_and_writes_atomically() {
    let dir = Scratch::new("save");
    let target = dir.join("chosen");
    let dialog = FakeDialog {
        answer: Some(target.clone()),
        offered: Default::default(),
    };
    let saved = export::ask_summary_path(&dialog, TODAY).expect("a path");
    assert_eq!(
        dialog.offered.lock().expect("lock").as_deref(),
        Some("summary-2026-11-29.pdf")
    );
    assert_eq!(saved, dir.join("chosen.pdf"), "the .pdf extension is added");
    export::save_pdf(b"%PDF-1.3 first", &saved).expect("saved");
    assert_eq!(std::fs::read(&saved).expect("read"), b"%PDF-1.3 first");
    // Saving again replaces the file, and leaves no temporary file behind.
    export::save_pdf(b"%PDF-1.3 second", &saved).expect("saved again");
    assert_eq!(std::fs::read(&saved).expect("read"), b"%PDF-1.3 second");
    assert_eq!(dir.names(), ["chosen.pdf"]);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&saved)
            .expect("meta")
            .permissions()
            .mode();
        assert_eq!(mode & 0o077, 0, "readable by this user only");
    }

    let cancelled = FakeDialog {
        answer: None,
        offered: Default::default(),
    };
    assert_eq!(export::ask_summary_path(&cancelled, TODAY), None);
    assert_eq!(dir.names(), ["chosen.pdf"], "nothing written on cancel");

    let missing = dir.join("no-such-folder").join("summary.pdf");
    assert!(export::save_pdf(b"x", &missing).is_err());
    assert_eq!(dir.names(), ["chosen.pdf"]);
}

/// A fake `lp`: records its arguments and a copy of the file it was given, then exits with `status`.
#[cfg(unix)]
fn fake_lp(dir: &Scratch, status: i32) -> PathBuf {
    use std::os::unix::fs::PermissionsExt as _;
    let script = dir.join("lp");
    let log = dir.join("args.txt");
    let copy = dir.join("copy.pdf");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\nprintf '%s\\n' \"$@\" > '{}'\nfor last; do :; done\ncp \"$last\" '{}'\necho 'no printer' >&2\nexit {status}\n",
            log.display(),
            copy.display()
        ),
    )
    .expect("script");
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    script
}

#[cfg(unix)]
#[test]
fn printing_hands_over_a_temporary_file_and_removes_it() {
    for status in [0, 1] {
        let dir = Scratch::new(&format!("print-{status}"));
        let service = PrintService::Lp(fake_lp(&dir, status));
        let result = export::print_pdf(&service, b"%PDF-1.3 print me");
        assert_eq!(result.is_ok(), status == 0, "{result:?}");
        if let Err(e) = result {
            assert!(e.to_string().contains("no printer"), "{e}");
        }
        let args = std::fs::read_to_string(dir.join("args.txt")).expect("lp ran");
        let args: Vec<&str> = args.lines().collect();
        assert_eq!(&args[..2], ["-t", "Summary"], "a neutral job title");
        let handed = Path::new(args[2]);
        assert!(
            handed
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("summary-") && n.ends_with(".pdf"))
        );
        assert!(!handed.exists(), "the temporary file is removed");
        assert_eq!(
            std::fs::read(dir.join("copy.pdf")).expect("copy"),
            b"%PDF-1.3 print me"
        );
    }
}

#[test]
fn a_print_service_is_found_where_lp_is_installed() {
    let windows = cfg!(windows);
    match export::print_service() {
        Some(PrintService::Lp(path)) => assert!(!windows && path.ends_with("lp")),
        Some(PrintService::WindowsShell) => assert!(windows),
        None => assert!(!windows, "Windows always has the shell's print verb"),
    }
}

/// The summary in Spanish, with the rules' words in Spanish; the appendix in `appendix` if given.
fn build_in_spanish(answers_text: &str, appendix: Option<&str>) -> Summary {
    let options = SummaryOptions {
        advocate_appendix: true,
        language: "es".into(),
        appendix_language: appendix.map(str::to_string),
        ..SummaryOptions::default()
    };
    build(answers_text, None, &options)
}

/// A rule file's words in a language.
fn rule_words(language: &str, id: &str) -> String {
    let book = RuleBook::bundled().expect("rules");
    common::texts(&book, language).say(&Msg::rule(id))
}

#[test]
fn the_spanish_summary_pdf_holds_the_spanish_results() {
    let s = build_in_spanish(&example("one-charge.ron"), None);
    let text = pdf_text(&summary::pdf_bytes(&s).expect("pdf")).join(" ");
    let es = |id: &str| {
        clearpath::i18n::Texts::new("es")
            .expect("Spanish")
            .get(id)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert!(text.contains(&es("summary-title")), "{text}");
    let book = RuleBook::bundled().expect("rules");
    let vacatur = &book.rule_set("current-law").expect("law").remedies[0];
    assert!(
        text.contains(&rule_words("es", &vacatur.name)),
        "the Spanish remedy name: {text}"
    );
    assert!(
        text.contains("G.L. c.265 §59"),
        "the citation unchanged: {text}"
    );
    assert!(text.contains("H.1683 / S.1116"), "{text}");
    assert!(
        !text.contains("Vacatur for trafficking survivors"),
        "{text}"
    );
    assert!(
        text.contains(&es("translation-pending-review")),
        "a Spanish summary says its translation awaits review: {text}"
    );
}

#[test]
fn the_appendix_can_be_in_english_while_the_summary_is_in_spanish() {
    let s = build_in_spanish(&example("one-charge.ron"), Some("en"));
    let text = summary::plain_text(&s);
    let book = RuleBook::bundled().expect("rules");
    let id = &book.rule_set("current-law").expect("law").remedies[0].name;
    let english_name = &rule_words("en", id);
    let spanish_name = &rule_words("es", id);
    let appendix_at = text
        .find(
            &clearpath::i18n::Texts::new("en")
                .expect("en")
                .get("summary-appendix"),
        )
        .expect("the appendix heading is in English");
    assert!(
        text[..appendix_at].contains(spanish_name.as_str()),
        "{text}"
    );
    assert!(
        !text[..appendix_at].contains(english_name.as_str()),
        "{text}"
    );
    assert!(
        text[appendix_at..].contains(english_name.as_str()),
        "{text}"
    );
}
