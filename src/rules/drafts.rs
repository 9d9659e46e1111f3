//! The templates of the filing drafts (`rules/drafts/<kind>.ron`): which remedies a draft is for, its
//! sections and paragraphs as message ids (the words are in `text/<language>/drafts.ftl`), the
//! conditions under which a paragraph applies (the same conditions as a remedy's rules, read for the
//! charge being drafted), and where its wording comes from.
//!
//! Like the rule sets, a template is parsed into a raw mirror (unknown fields rejected), its message
//! ids are collected for every language's check (`rules::text`), and it is compiled: its date, its
//! kind, the remedies it names and its conditions are checked, a mistake reported with file, line,
//! column and a hint. The rendering is `render::drafts`.

use jiff::civil::Date;
use serde::Deserialize;

use super::compile::{self, RuleError};
use super::raw::{RawCondition, RawSource};
use super::text::IdUse;
use super::{Catalog, Cond, RuleSet, Source};
use crate::source::SourceText;

/// The folder, inside a rules folder, that holds the drafts' templates.
pub const DRAFTS_DIR: &str = "drafts/";

/// The variables a draft's words may use (each filled in for the charge being drafted): what the
/// charge was, the court, how and when it ended, the remedy's citation, and the date a route opens.
pub const VARIABLES: [&str; 6] = ["offense", "court", "outcome", "when", "citation", "date"];

/// The variables of the words the program itself uses ([`PROGRAM_IDS`]): the rule files' and the
/// template's versions, the charge's number, a status, a source and how sure it is.
pub const PROGRAM_VARIABLES: [&str; 9] = [
    "rules", "template", "number", "status", "cite", "label", "name", "version", "reviewed",
];

/// The deepest a paragraph may be indented (a page has room for a few levels, not hundreds).
pub const MAX_INDENT: u8 = 3;

/// The four kinds of draft, by the names the command line and the template files use.
pub const KINDS: [&str; 4] = ["vacatur", "seal-court", "seal-mail", "expunge"];

/// The drafts' words the program itself uses (the label on every page, the header, the result and
/// sources lines): every language's `drafts.ftl` must have them, checked with each template's ids.
pub const PROGRAM_IDS: [&str; 14] = [
    "drafts-label",
    "drafts-version",
    "drafts-label-rules",
    "drafts-made-on",
    "drafts-charge-line",
    "drafts-applies-if",
    "drafts-result-status",
    "drafts-prompt-space",
    "drafts-sources",
    "drafts-source-line",
    "drafts-label-text",
    "drafts-label-summary",
    "drafts-label-unconfirmed",
    "drafts-label-inference",
];

/// `rules/drafts/<kind>.ron` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTemplate {
    pub kind: String,
    pub title: String,
    pub version: String,
    pub reviewed: String,
    /// Remedy ids of the law in force this draft is for, in order of preference.
    pub remedies: Vec<String>,
    pub sources: Vec<RawSource>,
    pub sections: Vec<RawSection>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSection {
    pub heading: String,
    #[serde(default)]
    pub paragraphs: Vec<RawParagraph>,
    /// After the paragraphs, the screening's result for the route: its status, reason, conditions
    /// and next steps.
    #[serde(default)]
    pub result: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawParagraph {
    pub text: String,
    #[serde(default)]
    pub style: ParagraphStyle,
    #[serde(default)]
    pub indent: u8,
    #[serde(default)]
    pub when: Option<RawCondition>,
}

/// How a paragraph is set.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
pub enum ParagraphStyle {
    #[default]
    Text,
    Strong,
    Note,
    /// A list item.
    Bullet,
    /// A question for the person to answer in their own words, with room to write.
    Prompt,
    /// A blank to fill in ("Court: ________").
    Blank,
}

/// A compiled template.
#[derive(Clone, Debug)]
pub struct DraftTemplate {
    /// One of [`KINDS`].
    pub kind: String,
    pub title: String,
    pub version: String,
    pub reviewed: Date,
    pub remedies: Vec<String>,
    pub sources: Vec<Source>,
    pub sections: Vec<DraftSection>,
}

#[derive(Clone, Debug)]
pub struct DraftSection {
    pub heading: String,
    pub paragraphs: Vec<DraftParagraph>,
    pub result: bool,
}

#[derive(Clone, Debug)]
pub struct DraftParagraph {
    pub text: String,
    pub style: ParagraphStyle,
    pub indent: u8,
    /// Where it applies; `None`: always.
    pub when: Option<Cond>,
}

/// Every message id of a template, for the words check of every language.
pub fn ids(file: usize, raw: &RawTemplate, out: &mut Vec<IdUse>) {
    let mut add = |id: &str| {
        out.push(IdUse {
            file,
            id: id.to_string(),
            takes_value: false,
            draft: true,
        });
    };
    for id in PROGRAM_IDS {
        add(id);
    }
    add(&raw.title);
    for section in &raw.sections {
        add(&section.heading);
        for p in &section.paragraphs {
            add(&p.text);
        }
    }
}

/// Check and compile a template against the catalog and the law in force (`law`: its remedies).
pub fn compile(
    src: &SourceText,
    raw: RawTemplate,
    catalog: &Catalog,
    law: Option<&RuleSet>,
) -> Result<DraftTemplate, RuleError> {
    let reviewed = compile::date_of(src, &raw.reviewed, "reviewed")?;
    if !KINDS.contains(&raw.kind.as_str()) {
        return Err(RuleError {
            place: src.place_of_string(&raw.kind),
            message: format!("unknown draft kind \"{}\"", raw.kind),
            hint: format!("a draft is one of {}", KINDS.join(", ")),
        });
    }
    let expected = format!("{}.ron", raw.kind);
    if !src.name.ends_with(&expected) {
        return Err(RuleError {
            place: src.place_of_string(&raw.kind),
            message: format!("the draft kind \"{}\" is in the wrong file", raw.kind),
            hint: format!("the template of \"{}\" is {DRAFTS_DIR}{expected}", raw.kind),
        });
    }
    if raw.remedies.is_empty() {
        return Err(RuleError {
            place: src.place_of_text("remedies"),
            message: "the template names no remedies".into(),
            hint: "list the ids of the remedies of current-law.ron this draft is for".into(),
        });
    }
    if let Some(law) = law {
        for id in &raw.remedies {
            if !law.remedies.iter().any(|r| &r.id == id) {
                let known: Vec<&str> = law.remedies.iter().map(|r| r.id.as_str()).collect();
                let hint = match crate::source::closest(id, known.iter().copied()) {
                    Some(near) => format!("did you mean \"{near}\"?"),
                    None => format!("the remedies of the law in force: {}", known.join(", ")),
                };
                return Err(RuleError {
                    place: src.place_of_string(id),
                    message: format!("unknown remedy \"{id}\""),
                    hint,
                });
            }
        }
    }
    if raw.sources.is_empty() {
        return Err(RuleError {
            place: src.place_of_text("sources"),
            message: "the template names no sources".into(),
            hint: "every template cites where its wording comes from".into(),
        });
    }
    let mut sections = Vec::new();
    for s in raw.sections {
        let mut paragraphs = Vec::new();
        for p in s.paragraphs {
            if p.indent > MAX_INDENT {
                return Err(RuleError {
                    place: src.place_of_string(&p.text),
                    message: format!(
                        "the paragraph \"{}\" is indented {} levels",
                        p.text, p.indent
                    ),
                    hint: format!("indent a paragraph 0 to {MAX_INDENT} levels"),
                });
            }
            let when = p
                .when
                .as_ref()
                .map(|c| compile::condition(src, c, catalog))
                .transpose()?;
            paragraphs.push(DraftParagraph {
                text: p.text,
                style: p.style,
                indent: p.indent,
                when,
            });
        }
        sections.push(DraftSection {
            heading: s.heading,
            paragraphs,
            result: s.result,
        });
    }
    Ok(DraftTemplate {
        kind: raw.kind,
        title: raw.title,
        version: raw.version,
        reviewed,
        remedies: raw.remedies,
        sources: compile::sources_of(raw.sources),
        sections,
    })
}
