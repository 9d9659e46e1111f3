//! The words of the rule files. A rule file names its words by message id (`reason: "current-law-vacatur-1"`);
//! the words themselves are in Fluent files beside it, one folder per language:
//! `text/<language>/<rule file name>.ftl`. Rules load in one language at a time, and every id a rule file
//! names must have words in that language, so a missing translation is a load error with its place.
//!
//! In `facts.ftl`, `{ $value }` marks where a value or a date goes. Rules are compiled with that
//! placeholder turned into `{}`, which the screening fills in when it explains an outcome.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use unic_langid::LanguageIdentifier;

use super::compile::RuleError;
use super::load::RuleFile;
use super::raw::{RawCatalog, RawRuleSet, RawStatus, RawWords};
use crate::source::SourceText;

/// The folder, inside a rules folder, that holds the words of each language.
pub const TEXT_DIR: &str = "text/";

/// The words of every rule file in one language.
pub struct RuleTexts {
    language: String,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for RuleTexts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RuleTexts")
            .field("language", &self.language)
            .finish()
    }
}

/// The language a words file belongs to: `text/es/current-law.ftl` belongs to `es`.
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

impl RuleTexts {
    /// The words in `language` from every `text/<language>/*.ftl` among `files`.
    pub fn new(files: &[RuleFile], language: &str) -> Result<RuleTexts, RuleError> {
        let mut ours = files
            .iter()
            .filter(|f| language_of(&f.name) == Some(language))
            .peekable();
        if ours.peek().is_none() {
            return Err(RuleError {
                place: crate::source::Place {
                    file: format!("{TEXT_DIR}{language}/"),
                    line: 1,
                    col: 1,
                },
                message: format!("the rules have no words in the language \"{language}\""),
                hint: format!(
                    "add a folder {TEXT_DIR}{language}/ with one .ftl file for each rule file, as for English in {TEXT_DIR}en/"
                ),
            });
        }
        let id: LanguageIdentifier = language.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![id]);
        bundle.set_use_isolating(false);
        let mut seen: Vec<&RuleFile> = Vec::new();
        for file in ours {
            let resource = FluentResource::try_new(file.source.text.clone()).map_err(
                |(_, errors)| {
                    let first = errors.first();
                    RuleError {
                        place: first.map_or_else(
                            || file.source.place_at(1, 1),
                            |e| {
                                // The start of the broken entry, where a person should look.
                                let at = e.slice.as_ref().map_or(e.pos.start, |s| s.start);
                                file.source.place_of_offset(at.min(file.source.text.len()))
                            },
                        ),
                        message: first.map_or_else(
                            || "the words file cannot be read".to_string(),
                            |e| format!("not a valid Fluent message: {}", e.kind),
                        ),
                        hint: "write each message as `id = words`; continue long words on lines that start with spaces".into(),
                    }
                },
            )?;
            bundle
                .add_resource(resource)
                .map_err(|errors| duplicate_error(file, &seen, &errors, language))?;
            seen.push(file);
        }
        Ok(RuleTexts {
            language: language.to_string(),
            bundle,
        })
    }

    pub fn language(&self) -> &str {
        &self.language
    }

    /// The words for `id`, named in the rule file `src`; `{ $value }` becomes `{}`.
    fn words(&self, src: &SourceText, id: &str) -> Result<String, RuleError> {
        let missing = || RuleError {
            place: src.place_of_string(id),
            message: format!(
                "no words for \"{id}\" in the language \"{}\"",
                self.language
            ),
            hint: format!(
                "add a line `{id} = ...` to {TEXT_DIR}{}/{}",
                self.language,
                words_file_for(&src.name)
            ),
        };
        let is_id = id.starts_with(|c: char| c.is_ascii_alphabetic())
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !is_id {
            return Err(RuleError {
                place: src.place_of_string(id),
                message: format!("\"{id}\" is not a message id"),
                hint: format!(
                    "rule files name their words by id (letters, digits, - and _); put the words in {TEXT_DIR}<language>/{} as `some-id = ...` and write \"some-id\" here",
                    words_file_for(&src.name)
                ),
            });
        }
        let pattern = self
            .bundle
            .get_message(id)
            .and_then(|m| m.value())
            .ok_or_else(missing)?;
        let mut args = FluentArgs::new();
        args.set("value", "{}");
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&args), &mut errors)
            .into_owned();
        if let Some(e) = errors.first() {
            return Err(RuleError {
                place: src.place_of_string(id),
                message: format!("the words for \"{id}\" in \"{}\": {e}", self.language),
                hint: "the only variable the words of rules can use is { $value }".into(),
            });
        }
        Ok(text)
    }

    fn fill(&self, src: &SourceText, field: &mut String) -> Result<(), RuleError> {
        *field = self.words(src, field)?;
        Ok(())
    }

    /// Like `fill`, for words that must say where a value goes.
    fn fill_with_value(&self, src: &SourceText, field: &mut String) -> Result<(), RuleError> {
        let id = field.clone();
        self.fill(src, field)?;
        if field.matches("{}").count() == 1 {
            Ok(())
        } else {
            Err(RuleError {
                place: src.place_of_string(&id),
                message: format!(
                    "the words for \"{id}\" in \"{}\" must contain {{ $value }} once",
                    self.language
                ),
                hint: "write { $value } where the value or date goes".into(),
            })
        }
    }

    /// Replace every id in the offense catalog with its words.
    pub fn catalog(&self, src: &SourceText, raw: &mut RawCatalog) -> Result<(), RuleError> {
        for o in &mut raw.offenses {
            self.fill(src, &mut o.name)?;
        }
        for g in &mut raw.groups {
            self.fill(src, &mut g.name)?;
        }
        Ok(())
    }

    /// Replace every id in the words for facts with its words.
    pub fn facts(&self, src: &SourceText, raw: &mut RawWords) -> Result<(), RuleError> {
        for w in raw.choices.values_mut() {
            self.fill(src, &mut w.label)?;
            self.fill_with_value(src, &mut w.phrase)?;
            for v in w.values.values_mut() {
                self.fill(src, v)?;
            }
        }
        for w in raw.dates.values_mut() {
            self.fill(src, &mut w.label)?;
            self.fill_with_value(src, &mut w.on_or_before)?;
            self.fill_with_value(src, &mut w.after)?;
            self.fill(src, &mut w.none)?;
            self.fill(src, &mut w.some)?;
        }
        for w in raw.numbers.values_mut() {
            self.fill(src, &mut w.label)?;
            self.fill_with_value(src, &mut w.at_most)?;
            self.fill_with_value(src, &mut w.more_than)?;
        }
        let p = &mut raw.phrases;
        self.fill(src, &mut p.conditional)?;
        self.fill_with_value(src, &mut p.holds_either_way)?;
        self.fill_with_value(src, &mut p.latest_possible)?;
        self.fill(src, &mut p.not_sure)?;
        self.fill(src, &mut p.or)?;
        self.fill(src, &mut p.and)?;
        self.fill_with_value(src, &mut p.other_than)?;
        self.fill_with_value(src, &mut p.alternative)?;
        Ok(())
    }

    /// Replace every id in a rule set with its words.
    pub fn rule_set(&self, src: &SourceText, raw: &mut RawRuleSet) -> Result<(), RuleError> {
        self.fill(src, &mut raw.title)?;
        if let RawStatus::Pending { session, .. } = &mut raw.status {
            self.fill(src, session)?;
        }
        for q in &mut raw.open_questions {
            self.fill(src, q)?;
        }
        for remedy in &mut raw.remedies {
            self.fill(src, &mut remedy.name)?;
            for clause in &mut remedy.rules {
                self.fill(src, &mut clause.reason)?;
                for step in &mut clause.next_steps {
                    self.fill(src, step)?;
                }
            }
        }
        for notice in &mut raw.notices {
            self.fill(src, &mut notice.title)?;
            self.fill(src, &mut notice.text)?;
        }
        Ok(())
    }
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
