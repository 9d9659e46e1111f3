//! Embeds every rule file under `rules/` into the binary, so adding a rule set or a worked example is
//! adding a file, with no change to the Rust code.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn ron_files(dir: &Path, prefix: &str, out: &mut Vec<(String, PathBuf)>) {
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
            ron_files(&path, &format!("{prefix}{name}/"), out);
        } else if name.ends_with(".ron") {
            out.push((format!("{prefix}{name}"), path));
        }
    }
}

fn main() {
    let root =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let rules = root.join("rules");
    println!("cargo:rerun-if-changed=rules");
    let mut files = Vec::new();
    ron_files(&rules, "", &mut files);
    let mut code = String::from(
        "/// Every file under `rules/`, by its path relative to that folder.\npub const BUNDLED: &[(&str, &str)] = &[\n",
    );
    for (name, path) in &files {
        let _ = writeln!(
            code,
            "    ({name:?}, include_str!({:?})),",
            path.display().to_string()
        );
        println!("cargo:rerun-if-changed={}", path.display());
    }
    code.push_str("];\n");
    let out =
        PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("bundled_rules.rs");
    fs::write(out, code).expect("OUT_DIR is writable");
}
