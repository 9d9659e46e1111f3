//! The take-home summary: what a person can take away from a screening, as lines of words that
//! `plain_text` renders for tests and the PDF writer (`pdf`, the only module that writes PDF) lays out
//! on pages. [`make`] is the whole pipeline from a presentation, used by the command line and the
//! window alike: put it into words, lay it out, write the bytes.
//!
//! The lines are built from a presentation (`present::Presentation`), the help list, the date, an
//! optional name typed for the printout and `SummaryOptions`. They hold, in order: a neutral title and
//! the dates (nothing at the top of the page says what the summary is about), the name if one was
//! typed, record-level notices, each charge in plain words (what the person can do today, what the
//! pending bill would do, what each depends on and what to do next), records to ask for, what to bring
//! to an advocate, where to get help, the disclaimers and, if asked for, an appendix for an advocate
//! with every outcome's citation, reason, facts and assumptions and the rule files used, in its own
//! language if one was chosen (the same presentation, other words). Every word comes from the rule
//! files, the help list or `assets/i18n/<language>/`: nothing (no phone number, address or amount) is
//! made up here.

mod pdf;
mod plain;

use jiff::civil::Date;

use crate::help::HelpEntry;
use crate::i18n::{Texts, TextsError};
use crate::message::Msg;
use crate::present::{self, ChargeItem, Presentation, SetItem};
use crate::rules::{RuleBook, RuleError};
use crate::screening::Status;
pub use pdf::{PdfError, pdf_bytes};
pub use plain::plain_text;

/// The paper the PDF is laid out for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Paper {
    /// US Letter, 8.5 × 11 inches.
    #[default]
    Letter,
    /// ISO A4, 210 × 297 mm.
    A4,
}

impl Paper {
    /// Width and height in millimetres.
    pub fn size_mm(self) -> (f32, f32) {
        match self {
            Paper::Letter => (215.9, 279.4),
            Paper::A4 => (210.0, 297.0),
        }
    }
}

/// What the person chose for the summary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SummaryOptions {
    /// Add the appendix for an advocate (citations, facts relied on, assumptions, rule files).
    pub advocate_appendix: bool,
    pub paper: Paper,
    /// A language under `assets/i18n/`; the default language if it has none.
    pub language: String,
    /// The appendix's language, if not the summary's (an advocate may read it in English while the
    /// person's summary is in Spanish).
    pub appendix_language: Option<String>,
}

impl Default for SummaryOptions {
    fn default() -> SummaryOptions {
        SummaryOptions {
            advocate_appendix: false,
            paper: Paper::Letter,
            language: crate::i18n::DEFAULT_LANGUAGE.to_string(),
            appendix_language: None,
        }
    }
}

/// The whole summary, ready to show, print or lay out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub paper: Paper,
    pub language: String,
    /// The neutral title ("Summary").
    pub title: String,
    /// The lines under the title: the date made, the rules' review dates, the name if one was typed.
    pub header: Vec<String>,
    pub sections: Vec<Section>,
    /// The page footer with `{page}` and `{total}` to fill in ("Page {page} of {total}").
    pub page_label: String,
    /// Lines printed at the foot of every page, above the page number (a draft's label); empty for
    /// the summary.
    pub footer: Vec<String>,
}

impl Summary {
    /// The footer of page `page` (counted from 1) of `total`.
    pub fn page_label(&self, page: usize, total: usize) -> String {
        self.page_label
            .replace("{page}", &page.to_string())
            .replace("{total}", &total.to_string())
    }
}

/// What a section is, so the window and the tests can find one without reading its words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SectionKind {
    /// The ordered plan across charges (page 1).
    Plan,
    /// The at-a-glance table (page 1).
    Glance,
    Notices,
    Charges,
    Records,
    Bring,
    Help,
    Disclaimers,
    Appendix,
    RuleFiles,
}

/// A heading and its blocks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub kind: SectionKind,
    pub heading: String,
    pub blocks: Vec<Block>,
}

/// Lines that belong together: kept on one page where they fit, split only between lines where not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub lines: Vec<Line>,
    /// A table drawn after the lines (the summary's at-a-glance table).
    pub table: Option<Table>,
}

/// A table: a header row of column names, then rows of cells, each cell one or more lines. Every row
/// has as many cells as there are columns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Vec<Line>>>,
}

/// A charge's block is drawn as a clear block of its own; other blocks are plain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    Plain,
    Charge,
}

/// One paragraph: its weight, how far it is indented, and whether it is a list item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub style: Style,
    /// Indentation level, from 0.
    pub indent: u8,
    /// A list item (a bullet in the PDF, "- " in text).
    pub bullet: bool,
    pub text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// A block's heading (a charge, a notice).
    Heading,
    /// A result or a sub-heading.
    Strong,
    Text,
    /// Smaller print: banners, assumptions, sources.
    Note,
}

impl Line {
    pub fn new(style: Style, indent: u8, text: impl Into<String>) -> Line {
        Line {
            style,
            indent,
            bullet: false,
            text: text.into(),
        }
    }

    pub fn bullet(style: Style, indent: u8, text: impl Into<String>) -> Line {
        Line {
            bullet: true,
            ..Line::new(style, indent, text)
        }
    }
}

/// Why a summary could not be made.
#[derive(Debug, thiserror::Error)]
pub enum SummaryError {
    #[error("translation file error: {0}")]
    Texts(#[from] TextsError),
    #[error("rule file error: {0}")]
    Rules(#[from] RuleError),
    #[error(transparent)]
    Pdf(#[from] PdfError),
}

/// The whole pipeline from a presentation (one screening): put it into words (the appendix in its
/// own language if one is chosen, from the same presentation) and lay it out as a PDF. `book` gives
/// the rules' words; `today` is the date the summary is made.
pub fn make(
    presentation: &Presentation,
    book: &RuleBook,
    today: Date,
    help: &[HelpEntry],
    name: Option<&str>,
    options: &SummaryOptions,
) -> Result<Vec<u8>, SummaryError> {
    let texts = Texts::new(&options.language)?.with_rules(book)?;
    let appendix_texts = match &options.appendix_language {
        Some(language) if options.advocate_appendix && *language != texts.language() => {
            Some(Texts::new(language)?.with_rules(book)?)
        }
        _ => None,
    };
    let summary = build(
        presentation,
        &texts,
        appendix_texts.as_ref(),
        help,
        today,
        name,
        options,
    );
    Ok(pdf_bytes(&summary)?)
}

/// Lay out the summary of a presentation in the language of `texts` (which must hold the rules'
/// words), the appendix in `appendix_texts`'s if given. `today` is the date the summary is made;
/// `name` is printed only if it holds something other than spaces.
pub fn build(
    p: &Presentation,
    texts: &Texts,
    appendix_texts: Option<&Texts>,
    help: &[HelpEntry],
    today: Date,
    name: Option<&str>,
    options: &SummaryOptions,
) -> Summary {
    let b = Builder { p, t: texts };
    let mut header = vec![
        b.say(&Msg::with(
            "summary-made-on",
            vec![("date", Msg::Date(today))],
        )),
        b.say(&Msg::with(
            "summary-rules-checked",
            vec![("dates", b.review_dates())],
        )),
    ];
    if let Some(name) = name.map(str::trim).filter(|n| !n.is_empty()) {
        header.push(b.say(&Msg::with(
            "summary-prepared-for",
            vec![("name", Msg::verbatim(name))],
        )));
    }
    let mut sections = Vec::new();
    if let Some(notices) = b.notices() {
        sections.push(notices);
    }
    sections.push(b.charges());
    sections.push(b.records());
    sections.push(b.bring());
    sections.push(b.help(help));
    sections.push(b.disclaimers());
    if options.advocate_appendix {
        let appendix = Builder {
            p,
            t: appendix_texts.unwrap_or(texts),
        };
        sections.push(appendix.appendix());
        sections.push(appendix.rule_files());
    }
    Summary {
        paper: options.paper,
        language: texts.language().to_string(),
        title: texts.get("summary-title"),
        header,
        sections,
        page_label: texts.get_args("summary-page", &[("page", "{page}"), ("total", "{total}")]),
        footer: Vec::new(),
    }
}

struct Builder<'a> {
    p: &'a Presentation,
    t: &'a Texts,
}

impl Builder<'_> {
    fn say(&self, msg: &Msg) -> String {
        self.t.say(msg)
    }

    fn line(&self, style: Style, indent: u8, msg: &Msg) -> Line {
        Line::new(style, indent, self.say(msg))
    }

    fn bullet(&self, style: Style, indent: u8, msg: &Msg) -> Line {
        Line::bullet(style, indent, self.say(msg))
    }

    /// Every review date of the rule files, oldest first, without repeats.
    fn review_dates(&self) -> Msg {
        let mut dates: Vec<Date> = std::iter::once(self.p.catalog.reviewed)
            .chain(self.p.sets.iter().map(|s| s.reviewed))
            .collect();
        dates.sort_unstable();
        dates.dedup();
        Msg::join_text(dates.into_iter().map(Msg::Date).collect(), ", ")
    }

    fn plain(&self, kind: SectionKind, heading: &str, lines: Vec<Line>) -> Section {
        Section {
            kind,
            heading: self.t.get(heading),
            blocks: vec![Block {
                kind: BlockKind::Plain,
                table: None,
                lines,
            }],
        }
    }

    fn notices(&self) -> Option<Section> {
        if self.p.notices.is_empty() {
            return None;
        }
        let blocks = self
            .p
            .notices
            .iter()
            .map(|n| {
                let mut lines = vec![
                    self.line(Style::Strong, 0, &n.heading()),
                    self.line(Style::Text, 0, &n.text),
                ];
                if let Some(see) = n.see() {
                    lines.push(self.line(Style::Note, 0, &see));
                }
                Block {
                    kind: BlockKind::Plain,
                    table: None,
                    lines,
                }
            })
            .collect();
        Some(Section {
            kind: SectionKind::Notices,
            heading: self.t.get("notices-heading"),
            blocks,
        })
    }

    fn charges(&self) -> Section {
        let blocks = self.p.charges.iter().map(|c| self.charge(c)).collect();
        Section {
            kind: SectionKind::Charges,
            heading: self.t.get("summary-charges"),
            blocks,
        }
    }

    fn charge(&self, charge: &ChargeItem) -> Block {
        let mut lines = vec![
            self.line(Style::Heading, 0, &charge.heading()),
            self.line(Style::Text, 0, &charge.about.sentence()),
        ];
        for (item, routes) in self.p.sets.iter().zip(&charge.columns) {
            self.column(&mut lines, item, routes);
        }
        Block {
            kind: BlockKind::Charge,
            table: None,
            lines,
        }
    }

    /// One rule set's routes for a charge: those that may help, then those that do not apply.
    fn column(&self, lines: &mut Vec<Line>, item: &SetItem, routes: &[present::Route]) {
        lines.push(self.line(Style::Strong, 0, &item.heading()));
        if let Some(bill) = &item.bill {
            lines.push(self.line(Style::Note, 0, &bill.banner(item.reviewed)));
        }
        let (open, ruled_out): (Vec<&present::Route>, Vec<&present::Route>) =
            routes.iter().partition(|r| r.is_open());
        for r in &open {
            lines.push(self.bullet(Style::Strong, 1, &r.name_status()));
            if let Some(bill) = &item.bill {
                lines.push(self.line(Style::Note, 2, &bill.tag()));
            }
            if r.status != Status::Conditional {
                lines.push(self.line(Style::Text, 2, &r.reason));
            }
            for branch in &r.branches {
                lines.push(self.line(Style::Strong, 2, &branch.heading()));
                lines.push(self.line(Style::Text, 3, &branch.reason));
                for step in &branch.next_steps {
                    lines.push(self.line(Style::Text, 3, &present::next_step(step)));
                }
            }
            for step in &r.next_steps {
                lines.push(self.line(Style::Text, 2, &present::next_step(step)));
            }
            for note in &r.assumptions {
                lines.push(self.line(Style::Note, 2, note));
            }
        }
        if open.is_empty() {
            let none = if item.bill.is_some() {
                "routes-none-bill"
            } else {
                "routes-none-today"
            };
            lines.push(self.line(Style::Text, 1, &Msg::of(none)));
        }
        if !ruled_out.is_empty() {
            let names = Msg::join_text(ruled_out.iter().map(|r| r.name.clone()).collect(), "; ");
            lines.push(self.line(
                Style::Note,
                1,
                &Msg::with("routes-ruled-out", vec![("routes", names)]),
            ));
        }
    }

    fn records(&self) -> Section {
        let mut lines: Vec<Line> = self
            .p
            .records
            .ask
            .iter()
            .map(|m| self.bullet(Style::Text, 0, m))
            .collect();
        lines.extend(
            self.p
                .records
                .fill
                .iter()
                .map(|m| self.line(Style::Text, 1, m)),
        );
        self.plain(SectionKind::Records, "records-heading", lines)
    }

    fn bring(&self) -> Section {
        let lines = self
            .p
            .bring
            .iter()
            .map(|m| self.bullet(Style::Text, 0, m))
            .collect();
        self.plain(SectionKind::Bring, "bring-heading", lines)
    }

    fn help(&self, help: &[HelpEntry]) -> Section {
        let blocks = help
            .iter()
            .map(|e| Block {
                kind: BlockKind::Plain,
                table: None,
                lines: vec![
                    Line::new(Style::Strong, 0, &e.name),
                    Line::new(Style::Text, 0, self.t.get(&e.what)),
                    Line::new(Style::Text, 0, &e.contact),
                    Line::new(
                        Style::Note,
                        0,
                        self.t.get_args(
                            "help-source",
                            &[("source", &self.t.get(&e.source)), ("checked", &e.checked)],
                        ),
                    ),
                ],
            })
            .collect();
        Section {
            kind: SectionKind::Help,
            heading: self.t.get("summary-help"),
            blocks,
        }
    }

    fn disclaimers(&self) -> Section {
        let mut lines: Vec<Line> = self
            .p
            .disclaimers
            .iter()
            .map(|m| self.bullet(Style::Text, 0, m))
            .collect();
        if super::translation_pending(self.t.language()) {
            lines.push(self.bullet(Style::Text, 0, &Msg::of("translation-pending-review")));
        }
        self.plain(SectionKind::Disclaimers, "summary-read-this", lines)
    }

    fn appendix(&self) -> Section {
        let mut blocks = vec![Block {
            kind: BlockKind::Plain,
            table: None,
            lines: vec![self.line(Style::Text, 0, &Msg::of("summary-appendix-intro"))],
        }];
        for charge in &self.p.charges {
            let mut lines = vec![self.line(Style::Heading, 0, &charge.heading_about())];
            for r in charge.routes() {
                lines.push(self.bullet(Style::Strong, 0, &r.name_cited()));
                if let Some(bill) = &self.p.sets[r.set].bill {
                    lines.push(self.line(Style::Note, 1, &bill.tag()));
                }
                lines.push(self.line(
                    Style::Text,
                    1,
                    &Msg::with(
                        "summary-appendix-status",
                        vec![("status", present::status(r.status))],
                    ),
                ));
                lines.push(self.line(Style::Text, 1, &super::text::why(&r.reason)));
                for branch in &r.branches {
                    lines.push(self.line(Style::Text, 2, &branch.heading()));
                    lines.push(self.line(Style::Text, 3, &super::text::why(&branch.reason)));
                }
                if !r.facts.is_empty() {
                    lines.push(self.line(Style::Note, 1, &super::text::based_on(r)));
                }
                for note in &r.assumptions {
                    lines.push(self.line(Style::Note, 1, &super::text::assumed(note)));
                }
            }
            blocks.push(Block {
                kind: BlockKind::Charge,
                table: None,
                lines,
            });
        }
        Section {
            kind: SectionKind::Appendix,
            heading: self.t.get("summary-appendix"),
            blocks,
        }
    }

    fn rule_files(&self) -> Section {
        let used = super::text::rules_used(self.p);
        let mut blocks = vec![Block {
            kind: BlockKind::Plain,
            table: None,
            lines: vec![self.bullet(Style::Text, 0, &used[0])],
        }];
        for (set, line) in self.p.sets.iter().zip(&used[1..]) {
            let mut lines = vec![self.bullet(Style::Text, 0, line)];
            let status = match (&set.bill, set.effective) {
                (Some(bill), _) => Msg::with(
                    "rules-pending",
                    vec![
                        ("bill", Msg::verbatim(&bill.number)),
                        ("session", bill.session.clone()),
                    ],
                ),
                (None, Some(d)) => Msg::with("rules-effective", vec![("date", Msg::Date(d))]),
                (None, None) => Msg::of("rules-in-force"),
            };
            lines.push(self.line(Style::Text, 1, &status));
            for q in &set.open_questions {
                lines.push(self.line(
                    Style::Note,
                    1,
                    &Msg::with("open-question", vec![("question", q.clone())]),
                ));
            }
            blocks.push(Block {
                kind: BlockKind::Plain,
                table: None,
                lines,
            });
        }
        Section {
            kind: SectionKind::RuleFiles,
            heading: self.t.get("summary-appendix-rules"),
            blocks,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_labels_fill_in_both_numbers() {
        let s = Summary {
            paper: Paper::Letter,
            language: "en".into(),
            title: "Summary".into(),
            header: Vec::new(),
            sections: Vec::new(),
            page_label: "Page {page} of {total}".into(),
            footer: Vec::new(),
        };
        assert_eq!(s.page_label(2, 3), "Page 2 of 3");
    }
}
