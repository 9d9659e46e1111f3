//! The take-home summary: what a person can take away from a screening, as lines of words that
//! `plain_text` renders for tests and the PDF writer (`pdf`, the only module that writes PDF) lays out
//! on pages. [`make`] is the whole pipeline from a presentation, used by the command line and the
//! window alike: put it into words, lay it out, write the bytes.
//!
//! The lines are built from a presentation (`present::Presentation`), the help list, the date, an
//! optional name typed for the printout and `SummaryOptions`, in the order a person uses them. Page
//! 1: a neutral title and the dates (nothing at the top of the page says what the summary is about),
//! the name if one was typed, then the next steps (`SectionKind::Plan`: the results screen's plan, one
//! numbered line a step with the charges it concerns, the records step listing the records to ask
//! for in full) and the table at a glance (`SectionKind::Glance`: a row per charge,
//! its best route today and under each bill, the bill's column headed with its number and the words
//! that it is pending). Then the notices for the whole record, each charge (its routes under the law
//! today, then its part under each bill, headed once with the bill's number and that it is pending),
//! what to bring to an advocate, where to get help, the disclaimers and, if asked for, an appendix
//! for an advocate with every outcome's citation, reason, facts and assumptions and the rule files
//! used, in its own language if one was chosen (the same presentation, other words).
//!
//! Nothing is said twice where once will do: a conditional route's branches that explain the same
//! thing (they differ in a date) list their conditions, then the explanation once; an explanation,
//! a route or a charge's whole part that an earlier charge said is pointed to ("the same as for
//! charge 1"); routes that do not apply are a count (the appendix has each). Every word comes from the rule files, the help list or
//! `assets/i18n/<language>/`: nothing (no phone number, address or amount) is made up here.

mod pdf;
mod plain;

use jiff::civil::Date;

use crate::help::HelpEntry;
use crate::i18n::{Texts, TextsError};
use crate::message::Msg;
use crate::present::{self, ChargeItem, PlanKind, Presentation, RouteBranch, SetItem};
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
    let mut sections = vec![b.plan(), b.glance()];
    if let Some(notices) = b.notices() {
        sections.push(notices);
    }
    sections.push(b.charges());
    if let Some(records) = b.records() {
        sections.push(records);
    }
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

    /// The notices for the whole record, but for the one about records to ask for where the plan's
    /// records step already lists them.
    fn notices(&self) -> Option<Section> {
        let records_in_plan = self.p.plan.iter().any(|s| s.kind == PlanKind::Records);
        let notices: Vec<&present::NoticeItem> = self
            .p
            .notices
            .iter()
            .filter(|n| !(records_in_plan && n.id == RECORDS_NOTICE))
            .collect();
        if notices.is_empty() {
            return None;
        }
        let blocks = notices
            .into_iter()
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

    /// Each charge as a block. A route whose explanation, next steps and notes were said for an
    /// earlier charge is named with its status (and its conditions) and points to that charge.
    fn charges(&self) -> Section {
        let mut told = Told::default();
        let blocks = self
            .p
            .charges
            .iter()
            .flat_map(|c| self.charge(c, &mut told))
            .collect();
        Section {
            kind: SectionKind::Charges,
            heading: self.t.get("summary-charges"),
            blocks,
        }
    }

    /// A charge's blocks: what it was with its first route under the law in force, each further
    /// route under that law (so a page can end between routes), then each pending bill's part whole
    /// (its results stay on the page of the line that says the bill is pending).
    fn charge<'p>(&self, charge: &'p ChargeItem, told: &mut Told<'p>) -> Vec<Block> {
        let mut chunks = vec![vec![
            self.line(Style::Heading, 0, &charge.heading()),
            self.line(Style::Text, 0, &charge.about.sentence()),
        ]];
        for (item, routes) in self.p.sets.iter().zip(&charge.columns) {
            if item.bill.is_some() {
                chunks.push(Vec::new());
            }
            self.column(&mut chunks, item, routes, charge.number, told);
        }
        chunks
            .into_iter()
            .filter(|lines| !lines.is_empty())
            .enumerate()
            .map(|(i, lines)| Block {
                kind: if i == 0 {
                    BlockKind::Charge
                } else {
                    BlockKind::Plain
                },
                table: None,
                lines,
            })
            .collect()
    }

    /// One rule set's routes for a charge: those that may help, then the names of those that do not
    /// apply, added to the last of `chunks` (under the law in force, each route after the first
    /// starts a chunk of its own). Under a pending bill, the heading is followed once by a line
    /// saying the bill is pending and naming it, so every result under it sits below that line.
    fn column<'p>(
        &self,
        chunks: &mut Vec<Vec<Line>>,
        item: &SetItem,
        routes: &'p [present::Route],
        number: usize,
        told: &mut Told<'p>,
    ) {
        if chunks.is_empty() {
            chunks.push(Vec::new());
        }
        let mut lines = chunks.pop().unwrap_or_default();
        // A part that says word for word what an earlier charge's said is one line.
        let earlier = told
            .parts
            .iter()
            .find(|(set, part, _)| {
                *set == item.id
                    && part.len() == routes.len()
                    && part.iter().zip(routes).all(|(a, b)| same_route(a, b))
            })
            .map(|(_, _, charge)| *charge);
        if let Some(charge) = earlier {
            lines.push(self.line(
                Style::Strong,
                0,
                &Msg::with(
                    "summary-part-same-as",
                    vec![
                        ("heading", set_heading(item)),
                        ("number", Msg::from(charge)),
                    ],
                ),
            ));
            chunks.push(lines);
            return;
        }
        told.parts.push((item.id.clone(), routes, number));
        lines.push(self.line(Style::Strong, 0, &set_heading(item)));
        let (open, ruled_out): (Vec<&present::Route>, Vec<&present::Route>) =
            routes.iter().partition(|r| r.is_open());
        for (i, r) in open.iter().copied().enumerate() {
            if i > 0 && item.bill.is_none() {
                chunks.push(std::mem::take(&mut lines));
            }
            let groups = same_words(&r.branches);
            let same = told
                .routes
                .iter()
                .find(|s| s.is(r) && s.route.branches == r.branches);
            if let Some(earlier) = same {
                // Said word for word, conditions and dates too, for an earlier charge.
                lines.push(self.bullet(
                    Style::Strong,
                    1,
                    &Msg::with(
                        "summary-same-as",
                        vec![
                            ("route", r.name_status()),
                            ("number", Msg::from(earlier.charge)),
                        ],
                    ),
                ));
                continue;
            }
            told.routes.push(Said {
                charge: number,
                route: r,
            });
            lines.push(self.bullet(Style::Strong, 1, &r.name_status()));
            if r.status != Status::Conditional {
                self.explain(&mut lines, told, number, 2, &r.reason, &r.next_steps);
            } else {
                // With one explanation, it reads under the list of conditions; with several,
                // each under its own.
                let indent = if groups.len() > 1 { 3 } else { 2 };
                for (g, group) in groups.iter().enumerate() {
                    // A page may end between the groups of a route under the law in force.
                    if g > 0 && item.bill.is_none() {
                        chunks.push(std::mem::take(&mut lines));
                    }
                    for branch in group {
                        lines.push(self.bullet(Style::Strong, 2, &branch.heading()));
                    }
                    if let Some(first) = group.first() {
                        let steps = &first.next_steps;
                        self.explain(&mut lines, told, number, indent, &first.reason, steps);
                    }
                }
                for step in &r.next_steps {
                    lines.push(self.line(Style::Text, 2, &present::next_step(step)));
                }
            }
            for note in &r.assumptions {
                if !told.notes.contains(&note) {
                    told.notes.push(note);
                    lines.push(self.line(Style::Note, 2, note));
                }
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
        // Where none applies, the line above says so: the names would list them all.
        if !ruled_out.is_empty() && !open.is_empty() {
            lines.push(self.line(
                Style::Note,
                1,
                &Msg::with(
                    "routes-ruled-out-count",
                    vec![("count", Msg::from(ruled_out.len()))],
                ),
            ));
        }
        chunks.push(lines);
    }

    /// An explanation and its next steps, or, where an earlier charge's route said the same, a line
    /// that points to it (within one charge, it is said again: a charge never points to itself).
    fn explain<'p>(
        &self,
        lines: &mut Vec<Line>,
        told: &mut Told<'p>,
        number: usize,
        indent: u8,
        reason: &'p Msg,
        next_steps: &'p [Msg],
    ) {
        if let Some(&(_, _, earlier)) = told
            .explanations
            .iter()
            .find(|(m, steps, charge)| *m == reason && *steps == next_steps && *charge != number)
        {
            lines.push(self.line(
                Style::Text,
                indent,
                &Msg::with("summary-explained-at", vec![("number", Msg::from(earlier))]),
            ));
            return;
        }
        told.explanations.push((reason, next_steps, number));
        lines.push(self.line(Style::Text, indent, reason));
        for step in next_steps {
            lines.push(self.line(Style::Text, indent, &present::next_step(step)));
        }
    }

    /// Your next steps: the steps of the results screen's plan, in its order, one line each (its
    /// number, what it asks, the route and the charges it concerns), the records step followed by the
    /// records to ask for in full, so no later section repeats them. What to do next for each route is
    /// said with its explanation under the charges (once for charges that share it), so page 1 keeps
    /// room for the table.
    fn plan(&self) -> Section {
        let mut lines = Vec::new();
        for (i, step) in self.p.plan.iter().enumerate() {
            let number = Msg::from(i + 1);
            let msg = match &step.route {
                Some(route) => Msg::with(
                    "summary-plan-step",
                    vec![
                        ("number", number),
                        ("step", step.kind.heading()),
                        ("route", route.clone()),
                        ("charges", step.charges_msg()),
                    ],
                ),
                None => Msg::with(
                    "summary-plan-step-only",
                    vec![("number", number), ("step", step.kind.heading())],
                ),
            };
            lines.push(self.line(Style::Strong, 0, &msg));
            if step.kind == PlanKind::Records {
                lines.extend(self.records_lines(1));
            }
        }
        Section {
            kind: SectionKind::Plan,
            heading: self.t.get("plan-heading"),
            blocks: vec![Block {
                kind: BlockKind::Plain,
                table: None,
                lines,
            }],
        }
    }

    /// At a glance: a table of one row per charge (the charge, then its best route today and under
    /// each bill: the status in words, with its date, and the route's name), the column headings of
    /// the results screen, and under the table, for each bill, that it is pending and its number.
    fn glance(&self) -> Section {
        let columns = std::iter::once(self.t.get("glance-charge"))
            .chain(self.p.sets.iter().map(|set| match &set.bill {
                Some(bill) => self.say(&bill_heading(bill)),
                None => self.t.get("results-today"),
            }))
            .collect();
        let rows = self
            .p
            .glance
            .iter()
            .map(|row| {
                let charge = vec![
                    self.line(
                        Style::Strong,
                        0,
                        &Msg::with("charge-number", vec![("number", Msg::from(row.charge))]),
                    ),
                    self.line(Style::Text, 0, &row.offense),
                ];
                std::iter::once(charge)
                    .chain(row.cells.iter().map(|cell| {
                        let mut lines =
                            vec![self.line(Style::Strong, 0, &present::status(cell.status))];
                        if let Some(route) = &cell.route {
                            lines.push(self.line(Style::Text, 0, route));
                        }
                        lines
                    }))
                    .collect()
            })
            .collect();
        let blocks = vec![Block {
            kind: BlockKind::Plain,
            lines: Vec::new(),
            table: Some(Table { columns, rows }),
        }];
        Section {
            kind: SectionKind::Glance,
            heading: self.t.get("glance-heading"),
            blocks,
        }
    }

    /// The records to ask for, as list items, then what each charge's records can show.
    fn records_lines(&self, indent: u8) -> Vec<Line> {
        let records = &self.p.records;
        records
            .ask
            .iter()
            .map(|m| self.bullet(Style::Text, indent, m))
            .chain(
                records
                    .fill
                    .iter()
                    .map(|m| self.line(Style::Text, indent, m)),
            )
            .collect()
    }

    /// Records to ask for, as a section of their own only where the plan has no step that says them.
    fn records(&self) -> Option<Section> {
        if self.p.plan.iter().any(|s| s.kind == PlanKind::Records) {
            return None;
        }
        let lines = self.records_lines(0);
        Some(self.plain(SectionKind::Records, "records-heading", lines))
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
                    // The name and where to find it on one line: the page has room for both.
                    Line::new(Style::Strong, 0, format!("{} — {}", e.name, e.contact)),
                    Line::new(Style::Text, 0, self.t.get(&e.what)),
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

/// "If H.1683 / S.1116 passes (a pending bill, not law)": the heading of a bill's column in the
/// table and of its part under each charge, so every result under a bill sits under its number and
/// the words that it is pending.
fn bill_heading(bill: &present::Bill) -> Msg {
    Msg::with(
        "summary-bill-heading",
        vec![("bill", Msg::verbatim(&bill.number))],
    )
}

/// A rule set's heading under a charge: "Today: ..." for the law in force, a bill's
/// [`bill_heading`] for a pending bill.
fn set_heading(item: &SetItem) -> Msg {
    match &item.bill {
        Some(bill) => bill_heading(bill),
        None => item.heading(),
    }
}

/// The notice that says which records can fill in what the person was not sure of: the plan's
/// records step says it in full.
const RECORDS_NOTICE: &str = "records-to-request";

/// What the charges' part has said in full so far: routes, explanations, and notes (an assumption about a record
/// answer reads the same under every charge, and is said once).
#[derive(Default)]
struct Told<'p> {
    /// Each charge's routes under a rule set (by its id), and the charge.
    parts: Vec<(String, &'p [present::Route], usize)>,
    routes: Vec<Said<'p>>,
    /// Explanations with their next steps, and the charge they were said under.
    explanations: Vec<(&'p Msg, &'p [Msg], usize)>,
    notes: Vec<&'p Msg>,
}

/// A route of a charge whose explanation was said in full.
struct Said<'p> {
    charge: usize,
    route: &'p present::Route,
}

impl Said<'_> {
    /// Whether `r` would say the same words: the same remedy under the same rule set, with the same
    /// explanations, next steps and notes (its status and its conditions may differ, and are shown).
    fn is(&self, r: &present::Route) -> bool {
        let s = self.route;
        s.set == r.set && s.remedy == r.remedy && words(s) == words(r)
    }
}

/// Whether two charges' routes say the same: the same remedy, status, explanations, conditions,
/// next steps and notes (the answers they relied on may differ).
fn same_route(a: &present::Route, b: &present::Route) -> bool {
    a.set == b.set
        && a.remedy == b.remedy
        && a.status == b.status
        && a.reason == b.reason
        && a.branches == b.branches
        && a.next_steps == b.next_steps
        && a.assumptions == b.assumptions
}

/// The words a route says beside its name, status and conditions: its explanation (one per group of
/// branches for a conditional route), its next steps and its notes.
type RouteWords<'r> = (
    Option<&'r Msg>,
    Vec<(&'r Msg, &'r Vec<Msg>)>,
    &'r Vec<Msg>,
    &'r Vec<Msg>,
);

fn words(r: &present::Route) -> RouteWords<'_> {
    let reason = (r.status != Status::Conditional).then_some(&r.reason);
    let groups = same_words(&r.branches)
        .iter()
        .filter_map(|g| g.first().map(|b| (&b.reason, &b.next_steps)))
        .collect();
    (reason, groups, &r.next_steps, &r.assumptions)
}

/// Branches grouped by what they say (their explanation and next steps), in the order each first
/// appears.
fn same_words(branches: &[RouteBranch]) -> Vec<Vec<&RouteBranch>> {
    let mut groups: Vec<Vec<&RouteBranch>> = Vec::new();
    for b in branches {
        match groups.iter_mut().find(|g| {
            g.first()
                .is_some_and(|f| f.reason == b.reason && f.next_steps == b.next_steps)
        }) {
            Some(group) => group.push(b),
            None => groups.push(vec![b]),
        }
    }
    groups
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

    fn branch(status: Status, reason: &str, when: &str) -> RouteBranch {
        RouteBranch {
            when: vec![vec![Msg::verbatim(when)]],
            otherwise: false,
            status,
            reason: Msg::rule(reason),
            next_steps: vec![Msg::verbatim("send it")],
        }
    }

    #[test]
    fn branches_that_explain_the_same_are_grouped_in_order() {
        let d1 = jiff::civil::date(2027, 6, 10);
        let d2 = jiff::civil::date(2029, 12, 7);
        let branches = [
            branch(Status::AvailableFrom(d1), "wait", "x"),
            branch(Status::NeedsReview, "other", "y"),
            branch(Status::AvailableFrom(d2), "wait", "z"),
        ];
        let groups = same_words(&branches);
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].len(), 2, "the two dates under one explanation");
        assert_eq!(groups[0][1].status, Status::AvailableFrom(d2));
        assert_eq!(groups[1][0].reason, Msg::rule("other"));
        assert!(same_words(&[]).is_empty());
    }
}
