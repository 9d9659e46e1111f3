//! The filing drafts: for every worked case in `tests/cases/` and every draft its answers allow, the
//! PDF and the Word document are made and opened; each cites the statute of its route and carries
//! the draft label on every page (the PDF's pages, the Word document's footer). A route that does not
//! apply is an error naming the routes that do; the same answers give the same bytes; the template's
//! conditional paragraphs follow the answers; a broken template is reported with its place.

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use clearpath::answers::Answers;
use clearpath::cases;
use clearpath::i18n::Texts;
use clearpath::present::{self, Presentation};
use clearpath::render::drafts::{self, DraftError, DraftFormat, DraftKind, DraftOptions};
use clearpath::render::summary::Summary;
use clearpath::rules::RuleBook;
use clearpath::screening::{self, Screening};
use clearpath::source::SourceText;

const LABEL: &str = "DRAFT for review by a lawyer or advocate. Not legal advice.";

fn root(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn book() -> RuleBook {
    RuleBook::bundled().expect("the bundled rules compile")
}

/// A worked case's answers and date.
fn case(path: &Path) -> (Answers, jiff::civil::Date) {
    let text = std::fs::read_to_string(path).expect("the case file");
    let src = SourceText::new(path.display().to_string(), text);
    let raw = cases::read(&src).expect("the case reads");
    let today = clearpath::calendar::parse_date(&raw.today).expect("a date");
    (raw.answers, today)
}

fn case_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root("tests/cases"))
        .expect("tests/cases")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    files.sort();
    files
}

fn pdf_pages(bytes: &[u8]) -> Vec<String> {
    crate::common::pdf_page_texts(bytes)
}

/// A part of a Word document.
fn docx_part(bytes: &[u8], name: &str) -> Option<String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("the DOCX unzips");
    let mut file = archive.by_name(name).ok()?;
    let mut text = String::new();
    file.read_to_string(&mut text).expect("UTF-8 XML");
    Some(text)
}

/// The text of an XML part: every `w:t`, joined by spaces.
fn xml_text(xml: &str) -> String {
    let doc = roxmltree::Document::parse(xml).expect("the part parses as XML");
    let words: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("t"))
        .filter_map(|n| n.text())
        .collect();
    words
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn draft(
    s: &Screening<'_>,
    p: &Presentation,
    number: usize,
    kind: DraftKind,
    texts: &Texts,
) -> Summary {
    drafts::build(s, p, number, kind, texts).expect("the draft builds")
}

#[test]
fn every_case_gives_every_draft_it_allows_in_both_formats() {
    let book = book();
    let texts = Texts::new("en")
        .expect("English")
        .with_rules(&book)
        .expect("words");
    let mut kinds = std::collections::BTreeSet::new();
    let mut made = 0;
    for file in case_files() {
        let (answers, today) = case(&file);
        let s = screening::screen(&book, &answers, today);
        let p = present::present(&s);
        for (number, kind) in drafts::available(&p, &book) {
            let name = format!("{} charge {number} {}", file.display(), kind.name());
            let route = drafts::route(&p, &book, number, kind).expect("an available route");
            // "G.L. c.276 §§100F-100J" is cited as written; the PDF's text keeps it whole.
            let citation = route.citation.trim_start_matches("G.L. ");
            let d = draft(&s, &p, number, kind, &texts);

            let pdf = drafts::bytes(&d, DraftFormat::Pdf).expect("PDF");
            let pages = pdf_pages(&pdf);
            assert!(!pages.is_empty(), "{name}");
            for (i, page) in pages.iter().enumerate() {
                assert!(page.contains(LABEL), "{name}: page {} has no label", i + 1);
                assert!(page.contains("current-law"), "{name}: page {}", i + 1);
            }
            assert!(pages.join(" ").contains(citation), "{name}: no {citation}");

            let docx = drafts::bytes(&d, DraftFormat::Docx).expect("DOCX");
            let document = docx_part(&docx, "word/document.xml").expect("word/document.xml");
            let body = xml_text(&document);
            assert!(body.contains(citation), "{name}: no {citation} in the DOCX");
            assert!(body.contains(&d.title), "{name}");
            assert!(document.contains("footerReference"), "{name}: no footer");
            assert!(docx_part(&docx, "word/styles.xml").is_some(), "{name}");
            let footer = docx_part(&docx, "word/footer1.xml").expect("a footer");
            assert!(xml_text(&footer).contains(LABEL), "{name}: footer");
            kinds.insert(kind);
            made += 1;
        }
    }
    assert!(made > 50, "only {made} drafts");
    assert_eq!(
        kinds.into_iter().collect::<Vec<_>>(),
        DraftKind::ALL.to_vec(),
        "the cases reach every kind of draft"
    );
}

/// A worked case (`tests/cases/...`), or an answers file of `docs/examples/` screened on 2026-12-07.
fn screened<'b>(book: &'b RuleBook, file: &str) -> (Screening<'b>, Presentation) {
    let (answers, today) = if file.starts_with("docs/") {
        let text = std::fs::read_to_string(root(file)).expect("the example");
        let answers = Answers::parse(&SourceText::new(file, text)).expect("the example parses");
        (answers, jiff::civil::date(2026, 12, 7))
    } else {
        case(&root(file))
    };
    let s = screening::screen(book, &answers, today);
    let p = present::present(&s);
    (s, p)
}

fn text_of(d: &Summary) -> String {
    clearpath::render::summary::plain_text(d)
}

#[test]
fn a_route_that_does_not_apply_is_an_error_naming_those_that_do() {
    let book = book();
    let (s, _) = screened(&book, "docs/examples/three-charges.ron");
    match drafts::make(&s, 3, DraftKind::Vacatur, &DraftOptions::default()) {
        Err(e @ DraftError::NotAvailable { .. }) => {
            let message = e.to_string();
            assert!(
                message.contains("vacatur does not apply to charge 3; routes that do: seal-mail"),
                "{message}"
            );
            assert!(message.contains("seal-mail"), "{message}");
        }
        other => panic!("{:?}", other.map(|b| b.len())),
    }
    assert!(matches!(
        drafts::make(&s, 4, DraftKind::SealMail, &DraftOptions::default()),
        Err(DraftError::NoCharge {
            number: 4,
            count: 3
        })
    ));
    assert!(matches!(
        drafts::make(&s, 0, DraftKind::SealMail, &DraftOptions::default()),
        Err(DraftError::NoCharge { .. })
    ));
}

#[test]
fn the_same_answers_give_the_same_bytes() {
    let book = book();
    let (s, _) = screened(&book, "docs/examples/three-charges.ron");
    for format in [DraftFormat::Pdf, DraftFormat::Docx] {
        let options = DraftOptions {
            format,
            ..DraftOptions::default()
        };
        let a = drafts::make(&s, 1, DraftKind::Vacatur, &options).expect("a draft");
        let _other = drafts::make(&s, 2, DraftKind::SealCourt, &options).expect("another");
        let b = drafts::make(&s, 1, DraftKind::Vacatur, &options).expect("a draft");
        assert!(a == b, "{format:?}: two makings differ");
    }
}

#[test]
fn the_word_document_has_neutral_properties_and_no_times() {
    let book = book();
    let (s, _) = screened(&book, "docs/examples/three-charges.ron");
    let options = DraftOptions {
        format: DraftFormat::Docx,
        ..DraftOptions::default()
    };
    let bytes = drafts::make(&s, 2, DraftKind::SealCourt, &options).expect("a draft");
    let core = docx_part(&bytes, "docProps/core.xml").expect("core properties");
    let doc = roxmltree::Document::parse(&core).expect("XML");
    let names: Vec<&str> = doc
        .root_element()
        .children()
        .filter(|n| n.is_element())
        .map(|n| n.tag_name().name())
        .collect();
    assert_eq!(names, ["title"], "{core}");
    assert!(core.contains(">Draft<"), "{core}");
    let app = docx_part(&bytes, "docProps/app.xml").expect("app properties");
    assert!(!app.contains("docx"), "{app}");
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
    for i in 0..archive.len() {
        let file = archive.by_index(i).expect("an entry");
        let t = file.last_modified().expect("a time field");
        assert_eq!(
            (t.year(), t.month(), t.day()),
            (1980, 1, 1),
            "{}",
            file.name()
        );
    }
}

/// List items are bullets, not numbers: every numbered paragraph's list is a bullet list.
#[test]
fn list_items_in_the_word_document_are_bullets() {
    let book = book();
    let (s, _) = screened(&book, "docs/examples/three-charges.ron");
    let options = DraftOptions {
        format: DraftFormat::Docx,
        ..DraftOptions::default()
    };
    let bytes = drafts::make(&s, 1, DraftKind::Vacatur, &options).expect("a draft");
    let numbering = docx_part(&bytes, "word/numbering.xml").expect("numbering");
    let numbering = roxmltree::Document::parse(&numbering).expect("XML");
    let attr = |n: roxmltree::Node<'_, '_>, name: &str| {
        n.attributes()
            .find(|a| a.name() == name)
            .map(|a| a.value().to_string())
    };
    let document = docx_part(&bytes, "word/document.xml").expect("document");
    let document = roxmltree::Document::parse(&document).expect("XML");
    let used: std::collections::BTreeSet<String> = document
        .descendants()
        .filter(|n| n.has_tag_name("numId"))
        .filter_map(|n| attr(n, "val"))
        .collect();
    assert!(!used.is_empty(), "the draft has list items");
    for id in used {
        let num = numbering
            .descendants()
            .find(|n| n.has_tag_name("num") && attr(*n, "numId").as_deref() == Some(&id))
            .expect("the list is defined");
        let abstract_id = num
            .descendants()
            .find(|n| n.has_tag_name("abstractNumId"))
            .and_then(|n| attr(n, "val"))
            .expect("its abstract list");
        let format = numbering
            .descendants()
            .find(|n| {
                n.has_tag_name("abstractNum")
                    && attr(*n, "abstractNumId").as_deref() == Some(&abstract_id)
            })
            .and_then(|n| n.descendants().find(|n| n.has_tag_name("numFmt")))
            .and_then(|n| attr(n, "val"));
        assert_eq!(format.as_deref(), Some("bullet"), "list {id}");
    }
}

#[test]
fn the_presumption_paragraphs_follow_the_answers() {
    let book = book();
    let texts = Texts::new("en")
        .expect("English")
        .with_rules(&book)
        .expect("words");
    let a2 = texts.get("drafts-vacatur-ground-a2");
    let a3 = texts.get("drafts-vacatur-ground-a3");
    let vacatur_text = |file: &str| {
        let (s, p) = screened(&book, file);
        let number = drafts::available(&p, &book)
            .into_iter()
            .find(|(_, k)| *k == DraftKind::Vacatur)
            .map(|(n, _)| n)
            .unwrap_or_else(|| panic!("{file}: no vacatur draft"));
        text_of(&draft(&s, &p, number, DraftKind::Vacatur, &texts))
    };
    let juvenile = vacatur_text("tests/cases/juvenile-adjudication-vacatur-presumption.ron");
    assert!(juvenile.contains(&a2), "{juvenile}");
    assert!(!juvenile.contains(&a3), "{juvenile}");
    let documents = vacatur_text("tests/cases/official-documents-presumption.ron");
    assert!(documents.contains(&a3), "{documents}");
    assert!(!documents.contains(&a2), "{documents}");
    let adult = vacatur_text("docs/examples/three-charges.ron");
    assert!(!adult.contains(&a2) && !adult.contains(&a3), "{adult}");
    // The affidavit outline asks questions; it does not write the person's story.
    assert!(
        adult.contains(&texts.get("drafts-affidavit-intro")),
        "{adult}"
    );
    assert!(adult.contains("G.L. c.276 §100C"), "{adult}");
}

#[test]
fn the_mail_worksheet_names_the_official_form_and_the_date() {
    let book = book();
    let texts = Texts::new("en")
        .expect("English")
        .with_rules(&book)
        .expect("words");
    let (s, p) = screened(&book, "docs/examples/three-charges.ron");
    let text = text_of(&draft(&s, &p, 3, DraftKind::SealMail, &texts));
    assert!(
        text.contains("\"Request to seal your criminal record\""),
        "{text}"
    );
    let route = drafts::route(&p, &book, 3, DraftKind::SealMail).expect("a route");
    for branch in &route.branches {
        assert!(text.contains(&texts.say(&branch.heading())), "{text}");
    }
}

#[test]
fn a_spanish_draft_is_marked_pending_review_on_its_pages() {
    let book = book();
    let (s, _) = screened(&book, "docs/examples/three-charges.ron");
    let options = DraftOptions {
        language: "es".into(),
        ..DraftOptions::default()
    };
    let pdf = drafts::make(&s, 1, DraftKind::Vacatur, &options).expect("a draft");
    let pages = pdf_pages(&pdf);
    for page in &pages {
        assert!(page.contains("BORRADOR"), "{page}");
    }
    let texts = Texts::new("es").expect("es");
    assert!(
        pages
            .join(" ")
            .contains(&texts.get("translation-pending-review")),
        "the Spanish draft says its translation awaits review"
    );
}

/// A rules folder of the test's own, removed when dropped.
struct Folder(PathBuf);

impl Folder {
    fn new(name: &str) -> Folder {
        let dir =
            std::env::temp_dir().join(format!("clearpath-drafts-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("drafts")).expect("temp dir");
        Folder(dir)
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn a_broken_template_is_reported_with_its_place_and_a_hint() {
    let template = std::fs::read_to_string(root("rules/drafts/vacatur.ron")).expect("template");
    let folder = Folder::new("remedy");
    let broken = template.replace("remedies: [\"vacatur\"]", "remedies: [\"vacatr\"]");
    std::fs::write(folder.0.join("drafts/vacatur.ron"), &broken).expect("write");
    let e = RuleBook::with_overrides(&folder.0).expect_err("a broken template");
    let message = e.to_string();
    assert!(message.contains("drafts/vacatur.ron:"), "{message}");
    assert!(message.contains("did you mean \"vacatur\""), "{message}");
    let line = broken
        .lines()
        .position(|l| l.contains("vacatr"))
        .expect("the line")
        + 1;
    assert_eq!(e.place.line, line, "{message}");

    let folder = Folder::new("indent");
    let broken = template.replace(
        "(text: \"drafts-vacatur-request-text\"),",
        "(text: \"drafts-vacatur-request-text\", indent: 200),",
    );
    assert_ne!(broken, template);
    std::fs::write(folder.0.join("drafts/vacatur.ron"), &broken).expect("write");
    let message = RuleBook::with_overrides(&folder.0)
        .expect_err("too deep")
        .to_string();
    assert!(message.contains("indented 200 levels"), "{message}");

    let folder = Folder::new("value");
    let broken = template.replace(
        "Is(\"documents\", [\"yes\"])",
        "Is(\"documents\", [\"yse\"])",
    );
    std::fs::write(folder.0.join("drafts/vacatur.ron"), &broken).expect("write");
    let message = RuleBook::with_overrides(&folder.0)
        .expect_err("a bad value")
        .to_string();
    assert!(message.contains("did you mean \"yes\""), "{message}");

    // A Spanish words file that lacks a draft's words: the rules load, Spanish is refused with the id.
    let folder = Folder::new("words");
    let es = std::fs::read_to_string(root("rules/text/es/drafts.ftl")).expect("words");
    let es: String = es
        .lines()
        .filter(|l| !l.starts_with("drafts-vacatur-ground-a3 ="))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::create_dir_all(folder.0.join("text/es")).expect("dir");
    std::fs::write(folder.0.join("text/es/drafts.ftl"), es).expect("write");
    let book = RuleBook::with_overrides(&folder.0).expect("English is complete");
    let message = book
        .check_language("es")
        .expect_err("es lacks words")
        .to_string();
    assert!(message.contains("drafts-vacatur-ground-a3"), "{message}");
    assert!(message.contains("vacatur.ron"), "{message}");
}

#[test]
fn the_command_line_writes_drafts_and_exits_2_when_a_route_does_not_apply() {
    let folder = Folder::new("cli");
    let answers = root("docs/examples/three-charges.ron");
    let answers = answers.to_str().expect("a UTF-8 path");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_clearpath"))
            .arg("drafts")
            .arg(answers)
            .args(["--today", "2026-12-07"])
            .args(args)
            .output()
            .expect("clearpath runs")
    };
    let out = folder.0.join("vacatur.docx");
    let o = run(&[
        "--charge",
        "1",
        "--route",
        "vacatur",
        "-o",
        out.to_str().expect("path"),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let bytes = std::fs::read(&out).expect("the draft was written");
    assert!(docx_part(&bytes, "word/document.xml").is_some());

    let pdf = folder.0.join("x.pdf");
    let o = run(&[
        "--charge",
        "3",
        "--route",
        "vacatur",
        "-o",
        pdf.to_str().expect("path"),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("does not apply to charge 3"), "{err}");
    assert!(err.contains("seal-mail"), "{err}");
    assert!(!pdf.exists(), "nothing is written");

    let o = run(&["--charge", "1", "--route", "vacatur", "-o", "x.odt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains(".pdf or .docx"));
    let o = run(&["--charge", "9", "--route", "vacatur", "-o", "x.pdf"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no charge 9"));
    let o = run(&["--charge", "1", "--route", "seal", "-o", "x.pdf"]);
    assert_eq!(o.status.code(), Some(2));

    let o = run(&["--list"]);
    assert!(o.status.success());
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "charge 1: vacatur seal-mail\ncharge 2: seal-court seal-mail\ncharge 3: seal-mail\n"
    );
}

#[test]
fn check_rules_reports_a_broken_template_and_a_language_lacking_its_words() {
    let template = std::fs::read_to_string(root("rules/drafts/seal-mail.ron")).expect("template");
    let folder = Folder::new("check-rules");
    let broken = template.replace("kind: \"seal-mail\"", "kind: \"seal-post\"");
    std::fs::write(folder.0.join("drafts/seal-mail.ron"), broken).expect("write");
    let o = Command::new(env!("CARGO_BIN_EXE_clearpath"))
        .arg("check-rules")
        .arg(&folder.0)
        .output()
        .expect("clearpath runs");
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("drafts/seal-mail.ron:"), "{err}");
    assert!(err.contains("unknown draft kind \"seal-post\""), "{err}");

    let folder = Folder::new("check-rules-es");
    std::fs::create_dir_all(folder.0.join("text/es")).expect("dir");
    let es = std::fs::read_to_string(root("rules/text/es/drafts.ftl")).expect("words");
    let es: String = es
        .lines()
        .filter(|l| !l.starts_with("drafts-label ="))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(folder.0.join("text/es/drafts.ftl"), es).expect("write");
    let o = Command::new(env!("CARGO_BIN_EXE_clearpath"))
        .arg("check-rules")
        .arg(&folder.0)
        .output()
        .expect("clearpath runs");
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("no words for \"drafts-label\" in the language \"es\""),
        "{err}"
    );
}
