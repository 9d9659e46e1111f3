//! Embeds every rule file (and its words) under `rules/`, every translation file under `assets/i18n/`
//! and the summary's fonts (`assets/fonts/*.ttf`) into the binary, so adding a rule set, a worked
//! example or a language is adding files, with no change to the Rust code.
//!
//! The files are packed, zlib-compressed, into two streams in `OUT_DIR` (the texts, unpacked once at
//! start-up; the fonts, unpacked when a summary is made), with an index of where each file lies in
//! the unpacked bytes: the texts are a quarter of their size packed, which keeps the program small.

use std::fmt::Write as _;
use std::io::Write as _;
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

/// Appends the files to `packed` and writes `pub const NAME: &[(&str, usize, usize)]`: each file's path
/// relative to its folder, and where its bytes start and end in `packed`.
fn index(
    code: &mut String,
    name: &str,
    doc: &str,
    files: &[(String, PathBuf)],
    packed: &mut Vec<u8>,
) {
    let _ = writeln!(
        code,
        "/// {doc}\npub(crate) const {name}: &[(&str, usize, usize)] = &["
    );
    for (rel, path) in files {
        let bytes = fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let start = packed.len();
        packed.extend_from_slice(&bytes);
        let _ = writeln!(code, "    ({rel:?}, {start}, {}),", packed.len());
        println!("cargo:rerun-if-changed={}", path.display());
    }
    code.push_str("];\n");
}

/// Compresses `bytes` into `OUT_DIR/file_name` and writes `pub const NAME: &[u8]` that includes it.
fn pack(code: &mut String, name: &str, doc: &str, out_dir: &Path, file_name: &str, bytes: &[u8]) {
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).expect("compressing in memory");
    let packed = encoder.finish().expect("compressing in memory");
    let path = out_dir.join(file_name);
    fs::write(&path, packed).expect("OUT_DIR is writable");
    let _ = writeln!(
        code,
        "/// {doc}\npub(crate) const {name}: &[u8] = include_bytes!({:?});",
        path.display().to_string()
    );
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
    let mut fonts = Vec::new();
    files_ending(&root.join("assets/fonts"), "", ".ttf", &mut fonts);
    println!("cargo:rerun-if-changed=assets/fonts");
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut code = String::new();
    let mut texts = Vec::new();
    index(
        &mut code,
        "BUNDLED_INDEX",
        "Every file under `rules/`, by its path relative to that folder, in `TEXTS_PACKED`.",
        &rules,
        &mut texts,
    );
    index(
        &mut code,
        "TRANSLATIONS_INDEX",
        "Every file under `assets/i18n/` (`<language>/<name>.ftl`), in `TEXTS_PACKED`.",
        &translations,
        &mut texts,
    );
    std::str::from_utf8(&texts).expect("the rule and translation files are UTF-8");
    pack(
        &mut code,
        "TEXTS_PACKED",
        "The rule and translation files, zlib-compressed.",
        &out_dir,
        "texts.zlib",
        &texts,
    );
    let mut font_bytes = Vec::new();
    index(
        &mut code,
        "FONTS_INDEX",
        "Every font under `assets/fonts/`, by file name, in `FONTS_PACKED`.",
        &fonts,
        &mut font_bytes,
    );
    pack(
        &mut code,
        "FONTS_PACKED",
        "The fonts, zlib-compressed.",
        &out_dir,
        "fonts.zlib",
        &font_bytes,
    );
    fs::write(out_dir.join("embedded.rs"), code).expect("OUT_DIR is writable");
}
