//! Finding and reading rule files: the copies built into the program, overlaid file by file with a
//! clinic's override folder (`--rules DIR`, or `rules/` under the platform's config folder).

use std::fmt;
use std::path::{Path, PathBuf};

use super::compile::RuleError;
use crate::source::SourceText;

/// The folder, inside a rules folder, that holds the words of each language.
pub const TEXT_DIR: &str = "text/";

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

/// Every `.ron` file in a rules folder and its `examples/` and `drafts/` folders, and every `.ftl`
/// file in its `text/<language>/` folders.
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
        (
            dir.join("drafts"),
            super::drafts::DRAFTS_DIR.to_string(),
            "ron",
        ),
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
