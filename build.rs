//! Embeds every rule file (and its words) under `rules/` and every translation file under `assets/i18n/` into the binary,
//! so adding a rule set, a worked example or a language is adding files, with no change to the Rust code.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn files_ending(dir: &Path, prefix: &str, ending: &str, out: &mut Vec<(String, PathBuf)>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if path.is_dir() {
            files_ending(&path, &format!("{prefix}{name}/"), ending, out);
        } else if name.ends_with(ending) {
            out.push((format!("{prefix}{name}"), path));
        }
    }
}

/// Write `pub const NAME: &[(&str, &str)]` listing every file found, by relative path, with its text.
fn embed(code: &mut String, name: &str, doc: &str, files: &[(String, PathBuf)]) {
    let _ = writeln!(code, "/// {doc}\npub const {name}: &[(&str, &str)] = &[");
    for (rel, path) in files {
        let _ = writeln!(
            code,
            "    ({rel:?}, include_str!({:?})),",
            path.display().to_string()
        );
        println!("cargo:rerun-if-changed={}", path.display());
    }
    code.push_str("];\n");
}

fn main() {
    let root =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    println!("cargo:rerun-if-changed=rules");
    println!("cargo:rerun-if-changed=assets/i18n");
    let mut rules = Vec::new();
    files_ending(&root.join("rules"), "", ".ron", &mut rules);
    files_ending(&root.join("rules"), "", ".ftl", &mut rules);
    let mut translations = Vec::new();
    files_ending(&root.join("assets/i18n"), "", ".ftl", &mut translations);
    let mut code = String::new();
    embed(
        &mut code,
        "BUNDLED",
        "Every file under `rules/`, by its path relative to that folder.",
        &rules,
    );
    embed(
        &mut code,
        "TRANSLATIONS",
        "Every file under `assets/i18n/`, by its path relative to that folder (`<language>/<name>.ftl`).",
        &translations,
    );
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("embedded.rs");
    fs::write(out, code).expect("OUT_DIR is writable");
}
