//! Loading a rule book: the rule files found (`files`) are parsed, their message ids collected and
//! checked (`text`), compiled (`compile`), and their words read for every language.

use std::path::Path;

use super::compile::{self, RuleError};
use super::drafts::{self, DRAFTS_DIR, DraftTemplate, RawTemplate};
use super::files::{
    CATALOG_FILE, EXAMPLES_DIR, RuleFile, TEXT_DIR, WORDS_FILE, bundled_files,
    configured_override_dir, overlaid_files,
};
use super::raw::{RawCatalog, RawRuleSet, RawWords};
use super::text::{self, IdUse, RuleTexts};
use super::{Catalog, RuleSet, Words};
use crate::message::DEFAULT_LANGUAGE;
use crate::source::{ParseFailure, SourceText};

/// Everything the screening needs: the catalog, the words for facts and the rule sets (law in force
/// first). Every word is a message id; the words of each language are in `texts`, read and checked
/// when the rules load, and put in place only when something is shown.
#[derive(Clone, Debug)]
pub struct RuleBook {
    pub catalog: Catalog,
    /// The message ids that say what facts are and what their values mean.
    pub words: Words,
    pub rule_sets: Vec<RuleSet>,
    /// Worked examples shipped with the rules, run by `check-rules`.
    pub examples: Vec<RuleFile>,
    /// Every file used (rule files and their words), for reporting versions and origins.
    pub files: Vec<RuleFile>,
    /// The rule files' words in every language they have, each checked against every id.
    pub texts: RuleTexts,
    /// The filing drafts' templates (`drafts/<kind>.ron`), in file order.
    pub drafts: Vec<DraftTemplate>,
}

impl RuleBook {
    /// The rules built into the program.
    pub fn bundled() -> Result<RuleBook, RuleError> {
        RuleBook::compile(bundled_files())
    }

    /// The built-in rules with every file in `dir` replacing (or adding to) the built-in file of the same
    /// name.
    pub fn with_overrides(dir: &Path) -> Result<RuleBook, RuleError> {
        RuleBook::compile(overlaid_files(dir)?)
    }

    /// The rules to use: `--rules DIR` if given, else the config folder's `rules/` if it exists, else the
    /// built-in rules.
    pub fn locate(explicit: Option<&Path>) -> Result<RuleBook, RuleError> {
        match explicit
            .map(Path::to_path_buf)
            .or_else(configured_override_dir)
        {
            Some(dir) => RuleBook::with_overrides(&dir),
            None => RuleBook::bundled(),
        }
    }

    /// Check answers against these rules: every offense one the catalog knows, and no date after
    /// `today`; an error names the place in `source`, the answers' text.
    pub fn validate_answers(
        &self,
        answers: &crate::answers::Answers,
        source: &SourceText,
        today: jiff::civil::Date,
    ) -> Result<(), crate::answers::AnswersError> {
        let ids = self.catalog.answer_ids();
        answers.validate(source, |id| self.catalog.mask_of(id).is_some(), &ids, today)
    }

    /// The languages the rule files have words for (complete or not: see [`RuleBook::check_language`]).
    pub fn languages(&self) -> Vec<String> {
        self.texts.languages().map(str::to_string).collect()
    }

    /// Whether every id has words in `language`; if not, the first that has none, with its place.
    pub fn check_language(&self, language: &str) -> Result<(), RuleError> {
        self.texts.resources(language).map(|_| ())
    }

    /// The rule files themselves, without their words files.
    pub fn rule_files(&self) -> impl Iterator<Item = &RuleFile> {
        self.files.iter().filter(|f| !f.name.starts_with(TEXT_DIR))
    }

    /// Parse and compile a complete set of rule files, and read the words of every language. The
    /// words of the default language must be complete; another language's problems are kept for when
    /// it is chosen.
    pub fn compile(files: Vec<RuleFile>) -> Result<RuleBook, RuleError> {
        let find = |name: &str| {
            files
                .iter()
                .position(|f| f.name == name)
                .ok_or_else(|| RuleError {
                    place: crate::source::Place {
                        file: name.into(),
                        line: 1,
                        col: 1,
                    },
                    message: format!("the rules have no {name}"),
                    hint: "a rules folder overlays the built-in files; a built-in file cannot be missing unless the program was built without it".into(),
                })
        };
        let mut uses: Vec<IdUse> = Vec::new();
        let at = find(CATALOG_FILE)?;
        let catalog_src = &files[at].source;
        let raw_catalog: RawCatalog = catalog_src.parse().map_err(parse_error)?;
        text::catalog_ids(catalog_src, at, &raw_catalog, &mut uses)?;
        let catalog: Catalog = compile::catalog(catalog_src, raw_catalog)?;
        let at = find(WORDS_FILE)?;
        let words_src = &files[at].source;
        let raw_words: RawWords = words_src.parse().map_err(parse_error)?;
        text::facts_ids(words_src, at, &raw_words, &mut uses)?;
        let words = compile::words(words_src, raw_words)?;
        let mut rule_sets = Vec::new();
        let mut examples = Vec::new();
        let mut templates = Vec::new();
        for (at, file) in files.iter().enumerate() {
            if file.name.starts_with(EXAMPLES_DIR) {
                examples.push(file.clone());
            } else if file.name.starts_with(DRAFTS_DIR) {
                let raw: RawTemplate = file.source.parse().map_err(parse_error)?;
                drafts::ids(at, &raw, &mut uses);
                templates.push((at, raw));
            } else if file.name != CATALOG_FILE
                && file.name != WORDS_FILE
                && !file.name.starts_with(TEXT_DIR)
            {
                let raw: RawRuleSet = file.source.parse().map_err(parse_error)?;
                text::rule_set_ids(&file.source, at, &raw, &mut uses)?;
                let set = compile::rule_set(&file.source, raw, &catalog, file.origin.clone())?;
                if let Some(twin) = rule_sets.iter().find(|s: &&RuleSet| s.id == set.id) {
                    return Err(RuleError {
                        place: file.source.place_of_string(&set.id),
                        message: format!("rule set id \"{}\" is used by two files", twin.id),
                        hint: "give each rule set file its own id".into(),
                    });
                }
                rule_sets.push(set);
            }
        }
        rule_sets.sort_by(|a, b| {
            (a.is_pending_bill(), a.id.as_str()).cmp(&(b.is_pending_bill(), b.id.as_str()))
        });
        // Templates name the remedies of the law in force, so they compile after the rule sets.
        let law = rule_sets.iter().find(|s| !s.is_pending_bill());
        let mut drafts = Vec::new();
        for (at, raw) in templates {
            let source = &files[at].source;
            let template = drafts::compile(source, raw, &catalog, law)?;
            if drafts
                .iter()
                .any(|d: &DraftTemplate| d.kind == template.kind)
            {
                return Err(RuleError {
                    place: source.place_of_string(&template.kind),
                    message: format!("two templates for the draft \"{}\"", template.kind),
                    hint: "keep one template per kind of draft".into(),
                });
            }
            drafts.push(template);
        }
        let texts = RuleTexts::new(&files, &uses);
        texts.resources(DEFAULT_LANGUAGE)?;
        Ok(RuleBook {
            catalog,
            words,
            rule_sets,
            examples,
            files,
            texts,
            drafts,
        })
    }

    /// The template of a kind of draft (`vacatur`, `seal-court`, `seal-mail`, `expunge`).
    pub fn draft(&self, kind: &str) -> Option<&DraftTemplate> {
        self.drafts.iter().find(|d| d.kind == kind)
    }

    /// The rule set with this id.
    pub fn rule_set(&self, id: &str) -> Option<&RuleSet> {
        self.rule_sets.iter().find(|s| s.id == id)
    }
}

fn parse_error(failure: ParseFailure) -> RuleError {
    RuleError {
        place: failure.place,
        message: failure.message,
        hint: "compare with the same file under rules/ in the ClearPath source, and docs/rules-format.md".into(),
    }
}
