//! The words of the rule files. A rule file names its words by message id (`reason: "current-law-vacatur-1"`);
//! the words themselves are in Fluent files beside it, one folder per language:
//! `text/<language>/<rule file name>.ftl`.
//!
//! Rules compile without words: what they keep is ids. When they load, every language's words are read
//! and checked against every id the rule files name ([`RuleTexts::new`]): a missing or broken message is
//! an error with its place, kept for that language, so the rules still load in the other languages and
//! the error is shown when the language is chosen (and by `check-rules` at once). The words of the
//! facts that take a value (`{ $value }`) must use it exactly once.

use std::collections::BTreeMap;
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use unic_langid::LanguageIdentifier;

use super::compile::RuleError;
use super::files::RuleFile;
pub use super::files::TEXT_DIR;
use super::raw::{RawCatalog, RawRuleSet, RawStatus, RawWords};
use crate::source::{Place, SourceText};

/// The language of a words file: `text/es/current-law.ftl` belongs to `es`.
pub fn language_of(file_name: &str) -> Option<&str> {
    let rest = file_name.strip_prefix(TEXT_DIR)?;
    let (language, name) = rest.split_once('/')?;
    name.ends_with(".ftl").then_some(language)
}

/// The languages the rule files have words for, in a stable order.
pub fn languages(files: &[RuleFile]) -> Vec<String> {
    let mut languages: Vec<String> = files
        .iter()
        .filter_map(|f| language_of(&f.name).map(str::to_string))
        .collect();
    languages.sort_unstable();
    languages.dedup();
    languages
}

/// A message id a rule file names, and whether its words must say where a value goes.
#[derive(Clone, Debug)]
pub struct IdUse {
    /// The rule file's position among the files compiled.
    pub file: usize,
    pub id: String,
    pub takes_value: bool,
    /// A filing draft's words: they may use the drafts' variables (`rules::drafts::VARIABLES`).
    pub draft: bool,
}

/// The words of every language the rule files have, each checked: the parsed words files, or what is
/// wrong with them.
#[derive(Clone, Debug, Default)]
pub struct RuleTexts {
    languages: BTreeMap<String, Result<Vec<Arc<FluentResource>>, RuleError>>,
}

impl RuleTexts {
    /// Read the words of every language among `files` and check each against `uses`.
    pub fn new(files: &[RuleFile], uses: &[IdUse]) -> RuleTexts {
        let languages = languages(files)
            .into_iter()
            .map(|language| {
                let checked = language_words(files, &language, uses);
                (language, checked)
            })
            .collect();
        RuleTexts { languages }
    }

    /// The languages with words, complete or not.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.languages.keys().map(String::as_str)
    }

    /// The words files of `language`, if every id has words in it.
    pub fn resources(&self, language: &str) -> Result<&[Arc<FluentResource>], RuleError> {
        match self.languages.get(language) {
            Some(Ok(resources)) => Ok(resources),
            Some(Err(e)) => Err(e.clone()),
            None => Err(RuleError {
                place: Place {
                    file: format!("{TEXT_DIR}{language}/"),
                    line: 1,
                    col: 1,
                },
                message: format!("the rules have no words in the language \"{language}\""),
                hint: format!(
                    "add a folder {TEXT_DIR}{language}/ with one .ftl file for each rule file, as for English in {TEXT_DIR}en/"
                ),
            }),
        }
    }
}

/// Parse `language`'s words files, then check that every id has words and that words taking a value
/// use it once.
fn language_words(
    files: &[RuleFile],
    language: &str,
    uses: &[IdUse],
) -> Result<Vec<Arc<FluentResource>>, RuleError> {
    let id: LanguageIdentifier = language.parse().unwrap_or_default();
    let mut bundle: FluentBundle<Arc<FluentResource>> = FluentBundle::new(vec![id]);
    bundle.set_use_isolating(false);
    let mut resources = Vec::new();
    let mut seen: Vec<&RuleFile> = Vec::new();
    for file in files
        .iter()
        .filter(|f| language_of(&f.name) == Some(language))
    {
        let resource = Arc::new(parse(file)?);
        bundle
            .add_resource(Arc::clone(&resource))
            .map_err(|errors| duplicate_error(file, &seen, &errors, language))?;
        resources.push(resource);
        seen.push(file);
    }
    for u in uses {
        check_use(&bundle, &files[u.file].source, u, language)?;
    }
    Ok(resources)
}

fn parse(file: &RuleFile) -> Result<FluentResource, RuleError> {
    FluentResource::try_new(file.source.text.clone()).map_err(|(_, errors)| {
        let first = errors.first();
        RuleError {
            place: first.map_or_else(
                || file.source.place_at(1, 1),
                |e| {
                    // The start of the broken entry, where a person should look.
                    let at = e.slice.as_ref().map_or(e.pos.start, |s| s.start);
                    file.source
                        .place_of_offset(at.min(file.source.text.len()))
                },
            ),
            message: first.map_or_else(
                || "the words file cannot be read".to_string(),
                |e| format!("not a valid Fluent message: {}", e.kind),
            ),
            hint: "write each message as `id = words`; continue long words on lines that start with spaces".into(),
        }
    })
}

/// A stand-in for a value, to see where the words put it.
const VALUE_MARK: &str = "\u{E000}";

/// The words for one id: present, formatting without errors, with `{ $value }` once where one is
/// needed and not at all where none is given.
fn check_use(
    bundle: &FluentBundle<Arc<FluentResource>>,
    src: &SourceText,
    u: &IdUse,
    language: &str,
) -> Result<(), RuleError> {
    let id = u.id.as_str();
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return Err(RuleError {
            place: src.place_of_string(id),
            message: format!("no words for \"{id}\" in the language \"{language}\""),
            hint: format!(
                "add a line `{id} = ...` to {TEXT_DIR}{language}/{}",
                words_file_for(&src.name)
            ),
        });
    };
    let mut args = FluentArgs::new();
    if u.takes_value {
        args.set("value", VALUE_MARK);
    }
    if u.draft {
        for name in super::drafts::VARIABLES
            .iter()
            .chain(&super::drafts::PROGRAM_VARIABLES)
        {
            args.set(*name, VALUE_MARK);
        }
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
    if let Some(e) = errors.first() {
        return Err(RuleError {
            place: src.place_of_string(id),
            message: format!("the words for \"{id}\" in \"{language}\": {e}"),
            hint: if u.draft {
                format!(
                    "a draft's words can use these variables: {}",
                    super::drafts::VARIABLES
                        .map(|v| format!("{{ ${v} }}"))
                        .join(", ")
                )
            } else if u.takes_value {
                "the only variable these words can use is { $value }".into()
            } else {
                "these words take no variable: write them out in full".into()
            },
        });
    }
    if u.takes_value && text.matches(VALUE_MARK).count() != 1 {
        return Err(RuleError {
            place: src.place_of_string(id),
            message: format!(
                "the words for \"{id}\" in \"{language}\" must contain {{ $value }} once"
            ),
            hint: "write { $value } where the value or date goes".into(),
        });
    }
    Ok(())
}

/// The lines (from 1) of `text` where the message `id` is defined.
fn lines_defining(text: &str, id: &str) -> Vec<usize> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| {
            line.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map(|(i, _)| i + 1)
        .collect()
}

/// A words file that defines a message id again: where, and which earlier file has it.
fn duplicate_error(
    file: &RuleFile,
    earlier: &[&RuleFile],
    errors: &[fluent_bundle::FluentError],
    language: &str,
) -> RuleError {
    let id = errors.iter().find_map(|e| match e {
        fluent_bundle::FluentError::Overriding { id, .. } => Some(id.as_str()),
        _ => None,
    });
    let Some(id) = id else {
        return RuleError {
            place: file.source.place_at(1, 1),
            message: errors
                .iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("; "),
            hint: "check the words file against docs/rules-format.md".into(),
        };
    };
    let here = lines_defining(&file.source.text, id);
    let other = earlier
        .iter()
        .find(|f| !lines_defining(&f.source.text, id).is_empty());
    // Defined twice in this file: the second one is the extra; else the one here repeats another file's.
    let line = here.get(1).or(here.first()).copied().unwrap_or(1);
    RuleError {
        place: file.source.place_at(line, 1),
        message: match (other, here.first()) {
            (Some(f), _) => format!("the message id \"{id}\" is also in {}", f.source.name),
            (None, Some(first)) if here.len() > 1 => {
                format!("the message id \"{id}\" is already defined on line {first}")
            }
            _ => format!("the message id \"{id}\" is defined twice"),
        },
        hint: format!("every message id may appear once among the files in {TEXT_DIR}{language}/"),
    }
}

/// A words file that repeats a message of the program (`id` is the program's): its place.
pub fn clash_error(files: &[RuleFile], language: &str, id: &str) -> RuleError {
    let file = files.iter().find(|f| {
        language_of(&f.name) == Some(language) && !lines_defining(&f.source.text, id).is_empty()
    });
    RuleError {
        place: file.map_or_else(
            || Place {
                file: format!("{TEXT_DIR}{language}/"),
                line: 1,
                col: 1,
            },
            |f| {
                let line = lines_defining(&f.source.text, id)
                    .first()
                    .copied()
                    .unwrap_or(1);
                f.source.place_at(line, 1)
            },
        ),
        message: format!("the message id \"{id}\" is one of the program's own messages"),
        hint: "give the rule's words an id of their own, starting with the rule file's name".into(),
    }
}

/// The ids a file names are checked as ids here; their words are checked per language later.
struct Uses<'a> {
    src: &'a SourceText,
    file: usize,
    out: &'a mut Vec<IdUse>,
}

impl Uses<'_> {
    fn add(&mut self, id: &str, takes_value: bool) -> Result<(), RuleError> {
        let is_id = id.starts_with(|c: char| c.is_ascii_alphabetic())
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !is_id {
            return Err(RuleError {
                place: self.src.place_of_string(id),
                message: format!("\"{id}\" is not a message id"),
                hint: format!(
                    "rule files name their words by id (letters, digits, - and _); put the words in {TEXT_DIR}<language>/{} as `some-id = ...` and write \"some-id\" here",
                    words_file_for(&self.src.name)
                ),
            });
        }
        self.out.push(IdUse {
            file: self.file,
            id: id.to_string(),
            takes_value,
            draft: false,
        });
        Ok(())
    }
}

/// Every id in the offense catalog.
pub fn catalog_ids(
    src: &SourceText,
    file: usize,
    raw: &RawCatalog,
    out: &mut Vec<IdUse>,
) -> Result<(), RuleError> {
    let mut uses = Uses { src, file, out };
    for o in &raw.offenses {
        uses.add(&o.name, false)?;
    }
    for g in &raw.groups {
        uses.add(&g.name, false)?;
    }
    Ok(())
}

/// Every id in the words for facts.
pub fn facts_ids(
    src: &SourceText,
    file: usize,
    raw: &RawWords,
    out: &mut Vec<IdUse>,
) -> Result<(), RuleError> {
    let mut uses = Uses { src, file, out };
    for w in raw.choices.values() {
        uses.add(&w.label, false)?;
        uses.add(&w.phrase, true)?;
        for v in w.values.values() {
            uses.add(v, false)?;
        }
    }
    for w in raw.dates.values() {
        uses.add(&w.label, false)?;
        uses.add(&w.on_or_before, true)?;
        uses.add(&w.after, true)?;
        uses.add(&w.none, false)?;
        uses.add(&w.some, false)?;
    }
    for w in raw.numbers.values() {
        uses.add(&w.label, false)?;
        uses.add(&w.at_most, true)?;
        uses.add(&w.more_than, true)?;
    }
    let p = &raw.phrases;
    uses.add(&p.conditional, false)?;
    uses.add(&p.holds_either_way, true)?;
    uses.add(&p.latest_possible, true)?;
    uses.add(&p.not_sure, false)?;
    uses.add(&p.or, false)?;
    uses.add(&p.and, false)?;
    uses.add(&p.other_than, true)?;
    uses.add(&p.alternative, true)?;
    Ok(())
}

/// Every id in a rule set.
pub fn rule_set_ids(
    src: &SourceText,
    file: usize,
    raw: &RawRuleSet,
    out: &mut Vec<IdUse>,
) -> Result<(), RuleError> {
    let mut uses = Uses { src, file, out };
    uses.add(&raw.title, false)?;
    if let RawStatus::Pending { session, .. } = &raw.status {
        uses.add(session, false)?;
    }
    for q in &raw.open_questions {
        uses.add(q, false)?;
    }
    for remedy in &raw.remedies {
        uses.add(&remedy.name, false)?;
        for clause in &remedy.rules {
            uses.add(&clause.reason, false)?;
            for step in &clause.next_steps {
                uses.add(step, false)?;
            }
        }
    }
    for notice in &raw.notices {
        uses.add(&notice.title, false)?;
        uses.add(&notice.text, false)?;
    }
    Ok(())
}

/// `rules/current-law.ron` or `/clinic/rules/current-law.ron` → `current-law.ftl`.
fn words_file_for(rule_file: &str) -> String {
    let name = rule_file.rsplit(['/', '\\']).next().unwrap_or(rule_file);
    let stem = name.strip_suffix(".ron").unwrap_or(name);
    format!("{stem}.ftl")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_files_belong_to_their_language() {
        assert_eq!(language_of("text/es/current-law.ftl"), Some("es"));
        assert_eq!(language_of("text/es/notes.txt"), None);
        assert_eq!(language_of("current-law.ron"), None);
        assert_eq!(words_file_for("rules/current-law.ron"), "current-law.ftl");
    }
}
