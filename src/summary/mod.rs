//! The take-home summary: what a person can take away from a screening, as a content model that the
//! window can preview, `plain_text` renders for tests, and the PDF writer (`pdf`, the only module that
//! writes PDF) lays out on pages.
//!
//! The model is built from a `Screening`, the help list, the date, an optional name typed for the
//! printout and `SummaryOptions`. It holds, in order: a neutral title and the dates (nothing at the top
//! of the page says what the summary is about), the name if one was typed, record-level notices, each
//! charge in plain words (what the person can do today, what the pending bill would do, what each
//! depends on and what to do next), records to ask for, what to bring to an advocate, where to get help,
//! the disclaimers and, if asked for, an appendix for an advocate with every outcome's citation, reason,
//! facts and assumptions and the rule files used. Every word comes from the rule files, the help list or
//! `assets/i18n/<language>/summary.ftl`: nothing (no phone number, address or amount) is made up here.

mod pdf;
mod text;

use std::path::Path;

use jiff::civil::Date;

use crate::answers::Reply;
use crate::facts::{DateFact, EnumFact, Fact, FactValues as _, OffenseAttr};
use crate::help::HelpEntry;
use crate::i18n::{Texts, TextsError};
use crate::report::charge_heading;
use crate::rules::{RuleOrigin, RuleSet, RuleStatus};
use crate::screening::{Branch, ChargeResult, Outcome, Screening, Status, describe_answer};
pub use pdf::{PdfError, pdf_bytes};
pub use text::plain_text;

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
    /// person's summary is in Spanish). The appendix then needs a screening made with the rules in
    /// that language: see [`build_with_appendix`].
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
    fn new(style: Style, indent: u8, text: impl Into<String>) -> Line {
        Line {
            style,
            indent,
            bullet: false,
            text: text.into(),
        }
    }

    fn bullet(style: Style, indent: u8, text: impl Into<String>) -> Line {
        Line {
            bullet: true,
            ..Line::new(style, indent, text)
        }
    }
}

/// Build the summary of a screening. `today` is the date the summary is made; `name` is printed only if
/// it holds something other than spaces.
pub fn build(
    screening: &Screening<'_>,
    help: &[HelpEntry],
    today: Date,
    name: Option<&str>,
    options: &SummaryOptions,
) -> Result<Summary, TextsError> {
    build_with_appendix(screening, None, help, today, name, options)
}

/// [`build`], with the appendix taken from `appendix_screening` (the same answers screened with the
/// rules in `options.appendix_language`) when there is one.
pub fn build_with_appendix(
    screening: &Screening<'_>,
    appendix_screening: Option<&Screening<'_>>,
    help: &[HelpEntry],
    today: Date,
    name: Option<&str>,
    options: &SummaryOptions,
) -> Result<Summary, TextsError> {
    let texts = Texts::new(&options.language)?;
    let b = Builder {
        s: screening,
        t: &texts,
    };
    let mut header = vec![
        b.args("summary-made-on", &[("date", &today.to_string())]),
        b.args("summary-rules-checked", &[("dates", &b.review_dates())]),
    ];
    if let Some(name) = name.map(str::trim).filter(|n| !n.is_empty()) {
        header.push(b.args("summary-prepared-for", &[("name", name)]));
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
        let appendix_texts = match (&options.appendix_language, appendix_screening) {
            (Some(language), Some(_)) => Some(Texts::new(language)?),
            _ => None,
        };
        let appendix = match (&appendix_texts, appendix_screening) {
            (Some(t), Some(s)) => Builder { s, t },
            _ => Builder {
                s: screening,
                t: &texts,
            },
        };
        sections.push(appendix.appendix());
        sections.push(appendix.rule_files());
    }
    Ok(Summary {
        paper: options.paper,
        language: texts.language().to_string(),
        title: texts.get("summary-title"),
        header,
        sections,
        page_label: b.args("summary-page", &[("page", "{page}"), ("total", "{total}")]),
    })
}

struct Builder<'a, 'r> {
    s: &'a Screening<'r>,
    t: &'a Texts,
}

/// The facts a court record shows, which a person may not have been sure of.
const RECORD_FACTS: [Fact; 6] = [
    Fact::Offense(OffenseAttr::Id),
    Fact::Enum(EnumFact::Court),
    Fact::Enum(EnumFact::Outcome),
    Fact::Date(DateFact::When),
    Fact::Date(DateFact::Released),
    Fact::Date(DateFact::ProbationEnd),
];

impl Builder<'_, '_> {
    fn get(&self, id: &str) -> String {
        self.t.get(id)
    }

    fn args(&self, id: &str, args: &[(&str, &str)]) -> String {
        self.t.get_args(id, args)
    }

    fn status(&self, status: Status) -> String {
        match status {
            Status::AvailableFrom(d) => {
                self.args(Status::message_id(status), &[("date", &d.to_string())])
            }
            _ => self.get(Status::message_id(status)),
        }
    }

    /// When a branch holds, in words: "If ..., or if ...", or "In every other case".
    fn branch_when(&self, branch: &Branch<'_>) -> String {
        if branch.otherwise {
            return self.get("branch-otherwise");
        }
        let alternatives: Vec<String> = branch.when().iter().map(|c| c.join("; ")).collect();
        self.args(
            "branch-if",
            &[(
                "conditions",
                &alternatives.join(&self.get("summary-branch-or")),
            )],
        )
    }

    fn answer(&self, charge: &ChargeResult<'_>, fact: Fact) -> String {
        describe_answer(self.s.book, &charge.world, self.s.today, fact)
    }

    /// Every review date of the rule files, oldest first, without repeats.
    fn review_dates(&self) -> String {
        let book = self.s.book;
        let mut dates: Vec<Date> = std::iter::once(book.catalog.reviewed)
            .chain(book.rule_sets.iter().map(|s| s.reviewed))
            .collect();
        dates.sort_unstable();
        dates.dedup();
        dates
            .iter()
            .map(Date::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn has_notice(&self, id: &str) -> bool {
        self.s.notices.iter().any(|n| n.notice.id == id)
    }

    fn notices(&self) -> Option<Section> {
        if self.s.notices.is_empty() {
            return None;
        }
        let blocks = self
            .s
            .notices
            .iter()
            .map(|n| {
                let title = if n.certain {
                    n.notice.title.clone()
                } else {
                    self.args("summary-notice-may-apply", &[("title", &n.notice.title)])
                };
                let mut lines = vec![
                    Line::new(Style::Strong, 0, title),
                    Line::new(Style::Text, 0, &n.notice.text),
                ];
                if !n.notice.citation.is_empty() {
                    lines.push(Line::new(
                        Style::Note,
                        0,
                        self.args("summary-see", &[("citation", &n.notice.citation)]),
                    ));
                }
                Block {
                    kind: BlockKind::Plain,
                    lines,
                }
            })
            .collect();
        Some(Section {
            kind: SectionKind::Notices,
            heading: self.get("summary-notices"),
            blocks,
        })
    }

    fn charges(&self) -> Section {
        let blocks = self
            .s
            .charges
            .iter()
            .enumerate()
            .map(|(i, charge)| self.charge(i + 1, charge))
            .collect();
        Section {
            kind: SectionKind::Charges,
            heading: self.get("summary-charges"),
            blocks,
        }
    }

    fn charge(&self, number: usize, charge: &ChargeResult<'_>) -> Block {
        let mut lines = vec![
            Line::new(
                Style::Heading,
                0,
                self.args("summary-charge", &[("number", &number.to_string())]),
            ),
            Line::new(
                Style::Text,
                0,
                self.args(
                    "summary-charge-about",
                    &[
                        (
                            "offense",
                            &self.answer(charge, Fact::Offense(OffenseAttr::Id)),
                        ),
                        ("court", &self.answer(charge, Fact::Enum(EnumFact::Court))),
                        (
                            "outcome",
                            &self.answer(charge, Fact::Enum(EnumFact::Outcome)),
                        ),
                        ("when", &self.answer(charge, Fact::Date(DateFact::When))),
                    ],
                ),
            ),
        ];
        for set in &self.s.book.rule_sets {
            self.rule_set_results(&mut lines, charge, set);
        }
        Block {
            kind: BlockKind::Charge,
            lines,
        }
    }

    /// One rule set's results for a charge: the routes that may help, then those that do not apply.
    fn rule_set_results(&self, lines: &mut Vec<Line>, charge: &ChargeResult<'_>, set: &RuleSet) {
        let outcomes: Vec<&Outcome<'_>> = charge
            .outcomes
            .iter()
            .filter(|o| std::ptr::eq(o.rule_set, set))
            .collect();
        let pending = match &set.status {
            RuleStatus::Pending { bill, session } => Some((bill.as_str(), session.as_str())),
            RuleStatus::InForce => None,
        };
        let heading = if pending.is_some() {
            "summary-bill"
        } else {
            "summary-today"
        };
        lines.push(Line::new(
            Style::Strong,
            0,
            self.args(heading, &[("title", &set.title)]),
        ));
        if let Some((bill, session)) = pending {
            lines.push(Line::new(
                Style::Note,
                0,
                self.args(
                    "bill-banner",
                    &[
                        ("bill", bill),
                        ("session", session),
                        ("reviewed", &set.reviewed.to_string()),
                    ],
                ),
            ));
        }
        let (open, ruled_out): (Vec<&Outcome<'_>>, Vec<&Outcome<'_>>) = outcomes
            .into_iter()
            .partition(|o| o.status != Status::NotAvailable);
        for o in &open {
            lines.push(Line::bullet(
                Style::Strong,
                1,
                self.args(
                    "summary-outcome",
                    &[
                        ("remedy", &o.remedy.name),
                        ("status", &self.status(o.status)),
                    ],
                ),
            ));
            if let Some((bill, session)) = pending {
                lines.push(Line::new(
                    Style::Note,
                    2,
                    self.args("summary-bill-tag", &[("bill", bill), ("session", session)]),
                ));
            }
            if o.status != Status::Conditional {
                lines.push(Line::new(Style::Text, 2, o.reason));
            }
            for branch in &o.branches {
                let when = self.branch_when(branch);
                lines.push(Line::new(
                    Style::Strong,
                    2,
                    self.args(
                        "summary-branch",
                        &[("when", &when), ("status", &self.status(branch.status))],
                    ),
                ));
                lines.push(Line::new(Style::Text, 3, branch.reason));
                for step in branch.next_steps {
                    lines.push(Line::new(
                        Style::Text,
                        3,
                        self.args("summary-next", &[("step", step)]),
                    ));
                }
            }
            for step in o.next_steps {
                lines.push(Line::new(
                    Style::Text,
                    2,
                    self.args("summary-next", &[("step", step)]),
                ));
            }
            for note in &o.assumptions {
                lines.push(Line::new(Style::Note, 2, note));
            }
        }
        if open.is_empty() {
            let none = if pending.is_some() {
                "summary-none-bill"
            } else {
                "summary-none-today"
            };
            lines.push(Line::new(Style::Text, 1, self.get(none)));
        }
        if !ruled_out.is_empty() {
            let routes: Vec<&str> = ruled_out.iter().map(|o| o.remedy.name.as_str()).collect();
            lines.push(Line::new(
                Style::Note,
                1,
                self.args("summary-ruled-out", &[("routes", &routes.join("; "))]),
            ));
        }
    }

    fn records(&self) -> Section {
        let mut lines = vec![
            Line::bullet(Style::Text, 0, self.get("summary-records-cori")),
            Line::bullet(Style::Text, 0, self.get("summary-records-docket")),
        ];
        if self.has_notice("immigration") {
            lines.push(Line::bullet(
                Style::Text,
                0,
                self.get("summary-records-certified"),
            ));
        }
        for (i, charge) in self.s.charges.iter().enumerate() {
            let unsure: Vec<&str> = RECORD_FACTS
                .iter()
                .filter(|f| charge.world.is_unsure(**f))
                .map(|f| self.s.book.words.label(*f))
                .collect();
            if !unsure.is_empty() {
                lines.push(Line::new(
                    Style::Text,
                    1,
                    self.args(
                        "summary-records-fill",
                        &[
                            ("number", &(i + 1).to_string()),
                            ("facts", &unsure.join("; ")),
                        ],
                    ),
                ));
            }
        }
        Section {
            kind: SectionKind::Records,
            heading: self.get("summary-records"),
            blocks: vec![Block {
                kind: BlockKind::Plain,
                lines,
            }],
        }
    }

    fn bring(&self) -> Section {
        let mut ids = vec!["summary-bring-summary", "summary-bring-papers"];
        if self
            .s
            .charges
            .iter()
            .any(|c| RECORD_FACTS.iter().any(|f| c.world.is_unsure(*f)))
        {
            ids.push("summary-bring-not-sure");
        }
        if self.has_notice("open-case") {
            ids.push("summary-bring-open-case");
        }
        let yes = Reply::Yes.bits();
        let trafficked = [EnumFact::Coerced, EnumFact::Arranged];
        if self.s.charges.iter().any(|c| {
            trafficked
                .iter()
                .any(|f| c.world.choices[f.index()] & yes != 0)
        }) {
            ids.push("summary-bring-control");
        }
        ids.push("summary-bring-questions");
        Section {
            kind: SectionKind::Bring,
            heading: self.get("summary-bring"),
            blocks: vec![Block {
                kind: BlockKind::Plain,
                lines: ids
                    .into_iter()
                    .map(|id| Line::bullet(Style::Text, 0, self.get(id)))
                    .collect(),
            }],
        }
    }

    fn help(&self, help: &[HelpEntry]) -> Section {
        let blocks = help
            .iter()
            .map(|e| Block {
                kind: BlockKind::Plain,
                lines: vec![
                    Line::new(Style::Strong, 0, &e.name),
                    Line::new(Style::Text, 0, self.get(&e.what)),
                    Line::new(Style::Text, 0, &e.contact),
                    Line::new(
                        Style::Note,
                        0,
                        self.args(
                            "summary-help-source",
                            &[("source", &self.get(&e.source)), ("checked", &e.checked)],
                        ),
                    ),
                ],
            })
            .collect();
        Section {
            kind: SectionKind::Help,
            heading: self.get("summary-help"),
            blocks,
        }
    }

    fn disclaimers(&self) -> Section {
        let mut lines = vec![Line::bullet(Style::Text, 0, self.get("summary-not-advice"))];
        for set in &self.s.book.rule_sets {
            if let RuleStatus::Pending { bill, session } = &set.status {
                lines.push(Line::bullet(
                    Style::Text,
                    0,
                    self.args(
                        "summary-bill-pending",
                        &[("bill", bill), ("session", session)],
                    ),
                ));
            }
        }
        lines.push(Line::bullet(
            Style::Text,
            0,
            self.get("summary-not-guessed"),
        ));
        lines.push(Line::bullet(Style::Text, 0, self.get("summary-trace")));
        if crate::i18n::review(self.t.language()) == crate::i18n::Review::Pending {
            lines.push(Line::bullet(
                Style::Text,
                0,
                self.get("summary-translation-pending"),
            ));
        }
        Section {
            kind: SectionKind::Disclaimers,
            heading: self.get("summary-read-this"),
            blocks: vec![Block {
                kind: BlockKind::Plain,
                lines,
            }],
        }
    }

    fn appendix(&self) -> Section {
        let book = self.s.book;
        let mut blocks = vec![Block {
            kind: BlockKind::Plain,
            lines: vec![Line::new(
                Style::Text,
                0,
                self.get("summary-appendix-intro"),
            )],
        }];
        for (i, charge) in self.s.charges.iter().enumerate() {
            let mut lines = vec![Line::new(
                Style::Heading,
                0,
                self.args(
                    "summary-appendix-charge",
                    &[
                        ("number", &(i + 1).to_string()),
                        (
                            "description",
                            &charge_heading(self.t, book, self.s.today, charge),
                        ),
                    ],
                ),
            )];
            for o in &charge.outcomes {
                lines.push(Line::bullet(
                    Style::Strong,
                    0,
                    self.args(
                        "summary-appendix-outcome",
                        &[("remedy", &o.remedy.name), ("citation", &o.remedy.citation)],
                    ),
                ));
                if let RuleStatus::Pending { bill, session } = &o.rule_set.status {
                    lines.push(Line::new(
                        Style::Note,
                        1,
                        self.args("summary-bill-tag", &[("bill", bill), ("session", session)]),
                    ));
                }
                lines.push(Line::new(
                    Style::Text,
                    1,
                    self.args(
                        "summary-appendix-status",
                        &[("status", &self.status(o.status))],
                    ),
                ));
                lines.push(Line::new(
                    Style::Text,
                    1,
                    self.args("summary-appendix-why", &[("reason", o.reason)]),
                ));
                for branch in &o.branches {
                    let when = self.branch_when(branch);
                    lines.push(Line::new(
                        Style::Text,
                        2,
                        self.args(
                            "summary-branch",
                            &[("when", &when), ("status", &self.status(branch.status))],
                        ),
                    ));
                    lines.push(Line::new(
                        Style::Text,
                        3,
                        self.args("summary-appendix-why", &[("reason", branch.reason)]),
                    ));
                }
                let facts: Vec<String> = o
                    .facts()
                    .map(|f| format!("{}: {}", book.words.label(f), self.answer(charge, f)))
                    .collect();
                if !facts.is_empty() {
                    lines.push(Line::new(
                        Style::Note,
                        1,
                        self.args("summary-appendix-based-on", &[("facts", &facts.join("; "))]),
                    ));
                }
                for note in &o.assumptions {
                    lines.push(Line::new(
                        Style::Note,
                        1,
                        self.args("summary-appendix-assumed", &[("note", note)]),
                    ));
                }
            }
            blocks.push(Block {
                kind: BlockKind::Charge,
                lines,
            });
        }
        Section {
            kind: SectionKind::Appendix,
            heading: self.get("summary-appendix"),
            blocks,
        }
    }

    fn origin(&self, origin: &RuleOrigin) -> String {
        match origin {
            RuleOrigin::Bundled => self.get("summary-origin-built-in"),
            RuleOrigin::Folder(path) => self.args(
                "summary-origin-folder",
                &[("path", &shorten_home(path, home_dir().as_deref()))],
            ),
        }
    }

    fn rule_files(&self) -> Section {
        let book = self.s.book;
        let catalog_origin = book
            .files
            .iter()
            .find(|f| f.name == crate::rules::load::CATALOG_FILE)
            .map(|f| self.origin(&f.origin))
            .unwrap_or_default();
        let mut blocks = vec![Block {
            kind: BlockKind::Plain,
            lines: vec![Line::bullet(
                Style::Text,
                0,
                self.args(
                    "summary-appendix-catalog",
                    &[
                        ("version", &book.catalog.version),
                        ("reviewed", &book.catalog.reviewed.to_string()),
                        ("origin", &catalog_origin),
                    ],
                ),
            )],
        }];
        for set in &book.rule_sets {
            let mut lines = vec![Line::bullet(
                Style::Text,
                0,
                self.args(
                    "summary-appendix-rule-set",
                    &[
                        ("title", &set.title),
                        ("id", &set.id),
                        ("version", &set.version),
                        ("reviewed", &set.reviewed.to_string()),
                        ("origin", &self.origin(&set.origin)),
                    ],
                ),
            )];
            let status = match (&set.status, set.effective) {
                (RuleStatus::Pending { bill, session }, _) => self.args(
                    "summary-appendix-pending",
                    &[("bill", bill), ("session", session)],
                ),
                (RuleStatus::InForce, Some(d)) => {
                    self.args("summary-appendix-effective", &[("date", &d.to_string())])
                }
                (RuleStatus::InForce, None) => self.get("summary-appendix-in-force"),
            };
            lines.push(Line::new(Style::Text, 1, status));
            for q in &set.open_questions {
                lines.push(Line::new(
                    Style::Note,
                    1,
                    self.args("summary-appendix-open-question", &[("question", q)]),
                ));
            }
            blocks.push(Block {
                kind: BlockKind::Plain,
                lines,
            });
        }
        Section {
            kind: SectionKind::RuleFiles,
            heading: self.get("summary-appendix-rules"),
            blocks,
        }
    }
}

/// The user's home folder, to shorten paths that would otherwise print the account name.
fn home_dir() -> Option<std::path::PathBuf> {
    directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf())
}

/// A path with the home folder written as `~`, so a printout does not carry the account name.
fn shorten_home(path: &Path, home: Option<&Path>) -> String {
    match home.and_then(|h| path.strip_prefix(h).ok()) {
        Some(rest) => Path::new("~").join(rest).display().to_string(),
        None => path.display().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_under_home_lose_the_account_name() {
        let home = Path::new("/home/someone");
        assert_eq!(
            shorten_home(
                Path::new("/home/someone/.config/clearpath/rules"),
                Some(home)
            ),
            "~/.config/clearpath/rules"
        );
        assert_eq!(
            shorten_home(Path::new("/srv/rules"), Some(home)),
            "/srv/rules"
        );
    }

    #[test]
    fn page_labels_fill_in_both_numbers() {
        let s = Summary {
            paper: Paper::Letter,
            language: "en".into(),
            title: "Summary".into(),
            header: Vec::new(),
            sections: Vec::new(),
            page_label: "Page {page} of {total}".into(),
        };
        assert_eq!(s.page_label(2, 3), "Page 2 of 3");
    }
}
