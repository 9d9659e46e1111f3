//! Finding and reading rule files: the copies built into the program, overlaid file by file with a clinic's
//! override folder (`--rules DIR`, or `rules/` under the platform's config folder).

use std::fmt;
use std::path::{Path, PathBuf};

use super::compile::{self, RuleError};
use super::raw::{RawCatalog, RawRuleSet, RawWords};
use super::text::{self, RuleTexts, TEXT_DIR};
use super::{Catalog, RuleSet, Words};
use crate::i18n::DEFAULT_LANGUAGE;
use crate::source::{ParseFailure, SourceText};

/// The offense catalog's file name.
pub const CATALOG_FILE: &str = "offenses.ron";
/// The fact words' file name.
pub const WORDS_FILE: &str = "facts.ron";
/// The folder of worked examples inside a rules folder.
pub const EXAMPLES_DIR: &str = "examples/";

/// Where a rule file was read from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RuleOrigin {
    Bundled,
    Folder(PathBuf),
}

impl fmt::Display for RuleOrigin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RuleOrigin::Bundled => f.write_str("built in"),
            RuleOrigin::Folder(p) => write!(f, "from {}", p.display()),
        }
    }
}

/// One rule file: its name inside the rules folder, its text and where it came from.
#[derive(Clone, Debug)]
pub struct RuleFile {
    pub name: String,
    pub source: SourceText,
    pub origin: RuleOrigin,
}

/// Everything the screening needs: the catalog, the words and the rule sets (law in force first), in
/// one language.
#[derive(Clone, Debug)]
pub struct RuleBook {
    /// The language of every word in the book.
    pub language: String,
    pub catalog: Catalog,
    pub words: Words,
    pub rule_sets: Vec<RuleSet>,
    /// Worked examples shipped with the rules, run by `check-rules`.
    pub examples: Vec<RuleFile>,
    /// Every file used (rule files and their words), for reporting versions and origins, and for
    /// loading the same rules in another language.
    pub files: Vec<RuleFile>,
}

impl RuleBook {
    /// The rules built into the program, in English.
    pub fn bundled() -> Result<RuleBook, RuleError> {
        RuleBook::bundled_in(DEFAULT_LANGUAGE)
    }

    /// The rules built into the program, in `language`.
    pub fn bundled_in(language: &str) -> Result<RuleBook, RuleError> {
        RuleBook::compile_in(bundled_files(), language)
    }

    /// The built-in rules with every file in `dir` replacing (or adding to) the built-in file of the same
    /// name, in English.
    pub fn with_overrides(dir: &Path) -> Result<RuleBook, RuleError> {
        RuleBook::with_overrides_in(dir, DEFAULT_LANGUAGE)
    }

    /// [`RuleBook::with_overrides`] in `language`.
    pub fn with_overrides_in(dir: &Path, language: &str) -> Result<RuleBook, RuleError> {
        RuleBook::compile_in(overlaid_files(dir)?, language)
    }

    /// The rules to use: `--rules DIR` if given, else the config folder's `rules/` if it exists, else the
    /// built-in rules.
    pub fn locate(explicit: Option<&Path>) -> Result<RuleBook, RuleError> {
        RuleBook::locate_in(explicit, DEFAULT_LANGUAGE)
    }

    /// [`RuleBook::locate`] in `language`.
    pub fn locate_in(explicit: Option<&Path>, language: &str) -> Result<RuleBook, RuleError> {
        match explicit
            .map(Path::to_path_buf)
            .or_else(configured_override_dir)
        {
            Some(dir) => RuleBook::with_overrides_in(&dir, language),
            None => RuleBook::bundled_in(language),
        }
    }

    /// The same rule files in another language.
    pub fn in_language(&self, language: &str) -> Result<RuleBook, RuleError> {
        RuleBook::compile_in(self.files.clone(), language)
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

    /// The languages the rule files have words for.
    pub fn languages(&self) -> Vec<String> {
        text::languages(&self.files)
    }

    /// The rule files themselves, without their words files.
    pub fn rule_files(&self) -> impl Iterator<Item = &RuleFile> {
        self.files.iter().filter(|f| !f.name.starts_with(TEXT_DIR))
    }

    /// Parse and compile a complete set of rule files, in English.
    pub fn compile(files: Vec<RuleFile>) -> Result<RuleBook, RuleError> {
        RuleBook::compile_in(files, DEFAULT_LANGUAGE)
    }

    /// Parse and compile a complete set of rule files with the words of `language`.
    pub fn compile_in(files: Vec<RuleFile>, language: &str) -> Result<RuleBook, RuleError> {
        let texts = RuleTexts::new(&files, language)?;
        let find = |name: &str| {
            files.iter().find(|f| f.name == name).ok_or_else(|| RuleError {
                place: crate::source::Place {
                    file: name.into(),
                    line: 1,
                    col: 1,
                },
                message: format!("the rules have no {name}"),
                hint: "a rules folder overlays the built-in files; a built-in file cannot be missing unless the program was built without it".into(),
            })
        };
        let catalog_file = find(CATALOG_FILE)?;
        let mut raw_catalog: RawCatalog = catalog_file.source.parse().map_err(parse_error)?;
        texts.catalog(&catalog_file.source, &mut raw_catalog)?;
        let catalog: Catalog = compile::catalog(&catalog_file.source, raw_catalog)?;
        let words_file = find(WORDS_FILE)?;
        let mut raw_words: RawWords = words_file.source.parse().map_err(parse_error)?;
        texts.facts(&words_file.source, &mut raw_words)?;
        let words = compile::words(&words_file.source, raw_words)?;
        let mut rule_sets = Vec::new();
        let mut examples = Vec::new();
        for file in &files {
            if file.name.starts_with(EXAMPLES_DIR) {
                examples.push(file.clone());
            } else if file.name != CATALOG_FILE
                && file.name != WORDS_FILE
                && !file.name.starts_with(TEXT_DIR)
            {
                let mut raw: RawRuleSet = file.source.parse().map_err(parse_error)?;
                texts.rule_set(&file.source, &mut raw)?;
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
        Ok(RuleBook {
            language: texts.language().to_string(),
            catalog,
            words,
            rule_sets,
            examples,
            files,
        })
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

/// The built-in rule files.
pub fn bundled_files() -> Vec<RuleFile> {
    crate::embedded::bundled()
        .iter()
        .map(|(name, text)| RuleFile {
            name: (*name).to_string(),
            source: SourceText::new(format!("rules/{name}"), *text),
            origin: RuleOrigin::Bundled,
        })
        .collect()
}

/// The built-in files with every file in `dir` replacing (or adding to) the built-in file of the same name.
pub fn overlaid_files(dir: &Path) -> Result<Vec<RuleFile>, RuleError> {
    let mut files = bundled_files();
    for file in folder_files(dir)? {
        match files.iter_mut().find(|f| f.name == file.name) {
            Some(existing) => *existing = file,
            None => files.push(file),
        }
    }
    Ok(files)
}

/// The config folder's `rules/`, if it exists.
pub fn configured_override_dir() -> Option<PathBuf> {
    default_override_dir().filter(|dir| dir.is_dir())
}

/// The override folder under the platform's config folder (it need not exist).
pub fn default_override_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "ClearPath").map(|d| d.config_dir().join("rules"))
}

/// Every `.ron` file in a rules folder and its `examples/` folder, and every `.ftl` file in its
/// `text/<language>/` folders.
pub fn folder_files(dir: &Path) -> Result<Vec<RuleFile>, RuleError> {
    let io_error = |path: &Path, e: std::io::Error| RuleError {
        place: crate::source::Place {
            file: path.display().to_string(),
            line: 1,
            col: 1,
        },
        message: format!("cannot read: {e}"),
        hint: "check that the rules folder exists and can be read".into(),
    };
    let mut files = Vec::new();
    let mut folders = vec![
        (dir.to_path_buf(), String::new(), "ron"),
        (dir.join("examples"), EXAMPLES_DIR.to_string(), "ron"),
    ];
    let text_dir = dir.join(TEXT_DIR);
    if let Ok(entries) = std::fs::read_dir(&text_dir) {
        let mut languages: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_dir())
            .collect();
        languages.sort();
        for language in languages {
            let name = language
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            folders.push((language, format!("{TEXT_DIR}{name}/"), "ftl"));
        }
    }
    for (sub, prefix, extension) in folders {
        if !prefix.is_empty() && !sub.is_dir() {
            continue;
        }
        let entries = std::fs::read_dir(&sub).map_err(|e| io_error(&sub, e))?;
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == extension))
            .collect();
        paths.sort();
        for path in paths {
            let text = std::fs::read_to_string(&path).map_err(|e| io_error(&path, e))?;
            let file_name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            files.push(RuleFile {
                name: format!("{prefix}{file_name}"),
                source: SourceText::new(path.display().to_string(), text),
                origin: RuleOrigin::Folder(dir.to_path_buf()),
            });
        }
    }
    Ok(files)
}
