//! Filing drafts an advocate can edit and file: for one charge and one route under the law in force,
//! a draft motion to vacate (G.L. c.265 §59), a draft petition to seal (c.276 §100C), a worksheet for
//! sealing by mail (§100A) or a worksheet for expungement (§§100F-100H, §100K).
//!
//! Each draft is built as a `render::summary::Summary` (title, header, sections of lines, a footer
//! on every page) from its template (`rules::drafts`, `rules/drafts/<kind>.ron`: sections and
//! paragraphs as message ids, paragraphs chosen by conditions on the answers), the words of the
//! chosen language (`text/<language>/drafts.ftl`) and the screening's result for the route. The PDF
//! is the summary's writer (`summary::pdf_bytes`); the Word document is written from the same model
//! (`docx`). Every page says it is a draft for review by a lawyer or advocate and not legal advice,
//! and names the rule files' and the template's version and review date. Nothing is made up here:
//! every sentence comes from the template's words or the screening.
//!
//! The window offers drafts through [`available`] and [`make`]; the command line's `drafts` does
//! the same.

mod docx;

use std::path::Path;

use jiff::civil::Date;

use crate::i18n::{Texts, TextsError};
use crate::message::Msg;
use crate::present::{self, Presentation, Route};
use crate::render::summary::{
    self, Block, BlockKind, Line, Paper, PdfError, Section, SectionKind, Style, Summary,
};
use crate::rules::drafts::{DraftTemplate, ParagraphStyle};
use crate::rules::{RuleBook, RuleError, SourceLabel};
use crate::screening::{self, Screening, Status};
pub use docx::docx_bytes;

/// The four kinds of draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DraftKind {
    /// A motion to vacate under G.L. c.265 §59.
    Vacatur,
    /// A petition to seal under G.L. c.276 §100C.
    SealCourt,
    /// A worksheet for sealing by mail under G.L. c.276 §100A.
    SealMail,
    /// A worksheet for expungement under G.L. c.276 §§100F-100H and §100K.
    Expunge,
}

impl DraftKind {
    pub const ALL: [DraftKind; 4] = [
        DraftKind::Vacatur,
        DraftKind::SealCourt,
        DraftKind::SealMail,
        DraftKind::Expunge,
    ];

    /// The name the command line and the template file use: `vacatur`, `seal-court`, `seal-mail`,
    /// `expunge`.
    pub fn name(self) -> &'static str {
        match self {
            DraftKind::Vacatur => "vacatur",
            DraftKind::SealCourt => "seal-court",
            DraftKind::SealMail => "seal-mail",
            DraftKind::Expunge => "expunge",
        }
    }

    /// The kind with this name.
    pub fn from_name(name: &str) -> Option<DraftKind> {
        DraftKind::ALL.into_iter().find(|k| k.name() == name)
    }
}

impl std::fmt::Display for DraftKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// The file a draft is written as.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DraftFormat {
    #[default]
    Pdf,
    /// A Word document (Office Open XML), to edit.
    Docx,
}

impl DraftFormat {
    /// The format a file name asks for, by its extension (`.pdf` or `.docx`, any case).
    pub fn from_path(path: &Path) -> Option<DraftFormat> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "pdf" => Some(DraftFormat::Pdf),
            "docx" => Some(DraftFormat::Docx),
            _ => None,
        }
    }
}

impl DraftFormat {
    /// The file name to offer in a save dialog: neutral (it says neither the route nor the charge),
    /// with the date only, as the summary's: `draft-2026-12-07.docx`.
    pub fn suggested_file_name(self, today: Date) -> String {
        let extension = match self {
            DraftFormat::Pdf => "pdf",
            DraftFormat::Docx => "docx",
        };
        format!("draft-{today}.{extension}")
    }
}

/// How a draft is made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftOptions {
    /// A language under `assets/i18n/` with the rules' words.
    pub language: String,
    pub paper: Paper,
    pub format: DraftFormat,
}

impl Default for DraftOptions {
    fn default() -> DraftOptions {
        DraftOptions {
            language: crate::i18n::DEFAULT_LANGUAGE.to_string(),
            paper: Paper::Letter,
            format: DraftFormat::Pdf,
        }
    }
}

/// Why a draft could not be made.
#[derive(Debug, thiserror::Error)]
pub enum DraftError {
    #[error("the rules have no template for the draft \"{0}\" (rules/drafts/{0}.ron)")]
    NoTemplate(&'static str),
    #[error("there is no charge {number}: the answers have {count} charge(s), numbered from 1")]
    NoCharge { number: usize, count: usize },
    #[error("{kind} does not apply to charge {charge}; routes that do: {}", names(.available))]
    NotAvailable {
        charge: usize,
        kind: DraftKind,
        /// The drafts that charge does have.
        available: Vec<DraftKind>,
    },
    #[error("translation file error: {0}")]
    Texts(#[from] TextsError),
    #[error("rule file error: {0}")]
    Rules(#[from] RuleError),
    #[error(transparent)]
    Pdf(#[from] PdfError),
    #[error("cannot write the Word document: {0}")]
    Docx(String),
}

/// The names of the drafts a charge has, for the error message ("none" when it has none).
fn names(kinds: &[DraftKind]) -> String {
    if kinds.is_empty() {
        return "none".into();
    }
    kinds
        .iter()
        .map(|k| k.name())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Whether a route's status makes a draft worth making: available now, from a date, or depending on
/// a not-sure answer.
fn draftable(status: Status) -> bool {
    matches!(
        status,
        Status::Available | Status::AvailableFrom(_) | Status::Conditional
    )
}

/// The route of charge `number` (counted from 1) that a draft of `kind` is for: the first of the
/// template's remedies, under the law in force, that applies.
pub fn route<'p>(
    p: &'p Presentation,
    book: &RuleBook,
    number: usize,
    kind: DraftKind,
) -> Option<&'p Route> {
    let template = book.draft(kind.name())?;
    let charge = p.charges.iter().find(|c| c.number == number)?;
    template.remedies.iter().find_map(|remedy| {
        charge.routes().find(|r| {
            p.sets.get(r.set).is_some_and(|s| s.bill.is_none())
                && &r.remedy == remedy
                && draftable(r.status)
        })
    })
}

/// Every draft the presentation allows: (charge number, counted from 1; kind), charge by charge.
pub fn available(p: &Presentation, book: &RuleBook) -> Vec<(usize, DraftKind)> {
    p.charges
        .iter()
        .flat_map(|c| {
            DraftKind::ALL
                .into_iter()
                .filter(|k| route(p, book, c.number, *k).is_some())
                .map(|k| (c.number, k))
        })
        .collect()
}

/// The draft of `kind` for charge `number` (counted from 1) of a screening, as bytes in the chosen
/// format and language.
pub fn make(
    s: &Screening<'_>,
    number: usize,
    kind: DraftKind,
    options: &DraftOptions,
) -> Result<Vec<u8>, DraftError> {
    let texts = Texts::new(&options.language)?.with_rules(s.book)?;
    let p = present::present(s);
    let mut draft = build(s, &p, number, kind, &texts)?;
    draft.paper = options.paper;
    bytes(&draft, options.format)
}

/// A draft laid out in a format.
pub fn bytes(draft: &Summary, format: DraftFormat) -> Result<Vec<u8>, DraftError> {
    match format {
        DraftFormat::Pdf => Ok(summary::pdf_bytes(draft)?),
        DraftFormat::Docx => docx_bytes(draft),
    }
}

/// The draft of `kind` for charge `number` (counted from 1), as a summary model in the language of
/// `texts` (which must hold the rules' words). `p` is the presentation of `s`.
pub fn build(
    s: &Screening<'_>,
    p: &Presentation,
    number: usize,
    kind: DraftKind,
    texts: &Texts,
) -> Result<Summary, DraftError> {
    let book = s.book;
    let template = book
        .draft(kind.name())
        .ok_or(DraftError::NoTemplate(kind.name()))?;
    let charge = p
        .charges
        .iter()
        .find(|c| c.number == number)
        .ok_or(DraftError::NoCharge {
            number,
            count: p.charges.len(),
        })?;
    let route = route(p, book, number, kind).ok_or_else(|| DraftError::NotAvailable {
        charge: number,
        kind,
        available: available(p, book)
            .into_iter()
            .filter(|(n, _)| *n == number)
            .map(|(_, k)| k)
            .collect(),
    })?;
    let date = match route.status {
        Status::AvailableFrom(d) => texts.date(d),
        _ => texts.say(&present::status(route.status)),
    };
    let vars = [
        ("offense", texts.say(&charge.about.offense)),
        ("court", texts.say(&charge.about.court)),
        ("outcome", texts.say(&charge.about.outcome)),
        ("when", texts.say(&charge.about.when)),
        ("citation", route.citation.clone()),
        ("date", date),
    ];
    let b = Builder {
        t: texts,
        vars: vars.iter().map(|(k, v)| (*k, v.as_str())).collect(),
    };
    let mut sections = Vec::new();
    for section in &template.sections {
        let mut lines = Vec::new();
        for paragraph in &section.paragraphs {
            let holds = match &paragraph.when {
                None => Some(true),
                Some(cond) => screening::holds(s, number - 1, cond),
            };
            if holds == Some(false) {
                continue;
            }
            b.paragraph(
                &mut lines,
                &paragraph.text,
                paragraph.style,
                paragraph.indent,
            );
            if holds.is_none() {
                lines.push(Line::new(
                    Style::Note,
                    paragraph.indent.saturating_add(1),
                    texts.get("drafts-applies-if"),
                ));
            }
        }
        if section.result {
            b.result(&mut lines, route);
        }
        if lines.is_empty() {
            continue;
        }
        sections.push(Section {
            // The draft is about one charge; the summary's section kinds have no other that fits.
            kind: SectionKind::Charges,
            heading: b.words(&section.heading),
            blocks: vec![Block {
                kind: BlockKind::Plain,
                lines,
                table: None,
            }],
        });
    }
    sections.push(b.sources(template));
    Ok(Summary {
        paper: Paper::Letter,
        language: texts.language().to_string(),
        title: texts.get(&template.title),
        header: vec![
            texts.get_args("drafts-made-on", &[("date", &texts.date(s.today))]),
            texts.get_args(
                "drafts-charge-line",
                &[
                    ("number", &number.to_string()),
                    ("offense", &texts.say(&charge.about.offense)),
                ],
            ),
        ],
        sections,
        page_label: texts.get_args("summary-page", &[("page", "{page}"), ("total", "{total}")]),
        footer: footer(p, template, texts),
    })
}

/// The label printed at the foot of every page: a draft for review, not legal advice, and the
/// versions and review dates of the rules and the template.
fn footer(p: &Presentation, template: &DraftTemplate, t: &Texts) -> Vec<String> {
    let version = |name: &str, version: &str, reviewed: Date| {
        t.get_args(
            "drafts-version",
            &[
                ("name", name),
                ("version", version),
                ("reviewed", &t.date(reviewed)),
            ],
        )
    };
    let rules = p
        .sets
        .iter()
        .filter(|s| s.bill.is_none())
        .map(|s| version(&s.id, &s.version, s.reviewed))
        .collect::<Vec<_>>()
        .join("; ");
    let template = version(&template.kind, &template.version, template.reviewed);
    vec![
        t.get("drafts-label"),
        t.get_args(
            "drafts-label-rules",
            &[("rules", &rules), ("template", &template)],
        ),
    ]
}

struct Builder<'a> {
    t: &'a Texts,
    vars: Vec<(&'static str, &'a str)>,
}

impl Builder<'_> {
    /// A template's message with the charge's variables.
    fn words(&self, id: &str) -> String {
        self.t.get_args(id, &self.vars)
    }

    fn paragraph(&self, lines: &mut Vec<Line>, id: &str, style: ParagraphStyle, indent: u8) {
        let text = self.words(id);
        match style {
            ParagraphStyle::Text | ParagraphStyle::Blank => {
                lines.push(Line::new(Style::Text, indent, text));
            }
            ParagraphStyle::Strong => lines.push(Line::new(Style::Strong, indent, text)),
            ParagraphStyle::Note => lines.push(Line::new(Style::Note, indent, text)),
            ParagraphStyle::Bullet => lines.push(Line::bullet(Style::Text, indent, text)),
            ParagraphStyle::Prompt => {
                lines.push(Line::bullet(Style::Strong, indent, text));
                let space = self.t.get("drafts-prompt-space");
                for _ in 0..3 {
                    lines.push(Line::new(
                        Style::Text,
                        indent.saturating_add(1),
                        space.clone(),
                    ));
                }
            }
        }
    }

    /// The screening's result for the route: its status, its reason (or each branch's condition and
    /// reason), the next steps.
    fn result(&self, lines: &mut Vec<Line>, route: &Route) {
        let say = |m: &Msg| self.t.say(m);
        lines.push(Line::new(Style::Strong, 0, say(&route.name_cited())));
        lines.push(Line::new(
            Style::Text,
            0,
            self.t.get_args(
                "drafts-result-status",
                &[("status", &say(&present::status(route.status)))],
            ),
        ));
        if route.status != Status::Conditional {
            lines.push(Line::new(Style::Text, 0, say(&route.reason)));
        }
        for branch in &route.branches {
            lines.push(Line::bullet(Style::Strong, 0, say(&branch.heading())));
            lines.push(Line::new(Style::Text, 1, say(&branch.reason)));
        }
        let steps = route
            .next_steps
            .iter()
            .chain(route.branches.iter().flat_map(|b| &b.next_steps));
        let mut seen: Vec<&Msg> = Vec::new();
        for step in steps {
            if !seen.contains(&step) {
                seen.push(step);
                lines.push(Line::bullet(Style::Text, 0, say(&present::next_step(step))));
            }
        }
        for note in &route.assumptions {
            lines.push(Line::new(Style::Note, 0, say(note)));
        }
    }

    /// Where the draft's wording comes from, with how sure each source is.
    fn sources(&self, template: &DraftTemplate) -> Section {
        let mut lines: Vec<Line> = template
            .sources
            .iter()
            .map(|s| {
                let label = self.t.get(match s.label {
                    SourceLabel::Text => "drafts-label-text",
                    SourceLabel::Summary => "drafts-label-summary",
                    SourceLabel::Unconfirmed => "drafts-label-unconfirmed",
                    SourceLabel::Inference => "drafts-label-inference",
                });
                Line::bullet(
                    Style::Note,
                    0,
                    self.t.get_args(
                        "drafts-source-line",
                        &[("cite", &s.cite), ("label", &label)],
                    ),
                )
            })
            .collect();
        if super::translation_pending(self.t.language()) {
            lines.push(Line::new(
                Style::Note,
                0,
                self.t.get("translation-pending-review"),
            ));
        }
        Section {
            kind: SectionKind::Disclaimers,
            heading: self.t.get("drafts-sources"),
            blocks: vec![Block {
                kind: BlockKind::Plain,
                lines,
                table: None,
            }],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_formats_read_their_names() {
        for kind in DraftKind::ALL {
            assert_eq!(DraftKind::from_name(kind.name()), Some(kind));
        }
        assert_eq!(DraftKind::from_name("seal"), None);
        assert_eq!(
            DraftFormat::from_path(Path::new("a/Motion.DOCX")),
            Some(DraftFormat::Docx)
        );
        assert_eq!(
            DraftFormat::from_path(Path::new("x.pdf")),
            Some(DraftFormat::Pdf)
        );
        assert_eq!(DraftFormat::from_path(Path::new("x.odt")), None);
        assert_eq!(DraftFormat::from_path(Path::new("docx")), None);
        let day = jiff::civil::date(2026, 12, 7);
        assert_eq!(
            DraftFormat::Docx.suggested_file_name(day),
            "draft-2026-12-07.docx"
        );
    }

    #[test]
    fn only_routes_that_may_help_today_are_drafted() {
        let day = jiff::civil::date(2027, 1, 1);
        assert!(draftable(Status::Available));
        assert!(draftable(Status::AvailableFrom(day)));
        assert!(draftable(Status::Conditional));
        assert!(!draftable(Status::Automatic));
        assert!(!draftable(Status::NeedsReview));
        assert!(!draftable(Status::NotAvailable));
        assert_eq!(names(&[]), "none");
        assert_eq!(
            names(&[DraftKind::Vacatur, DraftKind::SealMail]),
            "vacatur, seal-mail"
        );
    }
}
