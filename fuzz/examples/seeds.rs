//! Writes the seed corpora under `fuzz/corpus/`: `scripts/fuzz.sh seeds` (or
//! `cargo run --manifest-path fuzz/Cargo.toml --example seeds`). Run it again when the bundled rule files
//! change (the `rules` seeds start with the file's index in `bundled_files()`), when the answers format
//! changes, or when the progress file format changes.
//!
//! - `rules/`: each bundled file behind the byte that selects it (see `fuzz_targets/rules.rs`), plus
//!   an extra rule set, an extra worked example and an extra words file.
//! - `answers/`: `docs/examples/*.ron` and the `answers` part of every third case in `tests/cases/`.
//! - `answers_csv/`: `docs/examples/*.csv`.
//! - `progress/`: progress files made by `save::seal` from the answers seeds, re-sealed at a small
//!   scrypt work factor (same plain text, same age format), plus cut-short, newer-version and foreign
//!   files.
//! - `progress_plain/`: the plain text inside those files.

use std::fs;
use std::io::Read as _;
use std::path::{Path, PathBuf};

use clearpath::answers::Answers;
use clearpath::rules::RuleBook;
use clearpath::rules::files::bundled_files;
use clearpath::save::{self, SecretString};
use clearpath::source::SourceText;

#[path = "../fuzz_targets/common.rs"]
#[allow(dead_code)]
mod common;

fn main() {
    let fuzz = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let root = fuzz
        .parent()
        .expect("fuzz/ is inside the project")
        .to_path_buf();
    let corpus = fuzz.join("corpus");
    for target in [
        "rules",
        "answers",
        "answers_csv",
        "progress",
        "progress_plain",
    ] {
        let dir = corpus.join(target);
        if dir.exists() {
            fs::remove_dir_all(&dir).expect("remove the old seeds");
        }
        fs::create_dir_all(&dir).expect("create the seed folder");
    }
    rules_seeds(&corpus.join("rules"));
    let answers = answers_seeds(&root, &corpus.join("answers"));
    csv_seeds(&root, &corpus.join("answers_csv"));
    progress_seeds(
        &answers,
        &corpus.join("progress"),
        &corpus.join("progress_plain"),
    );
}

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    fs::write(dir.join(name), bytes).expect("write a seed");
}

fn seed_name(rule_file: &str) -> String {
    rule_file.replace('/', "-")
}

fn rules_seeds(dir: &Path) {
    let files = bundled_files();
    let n = files.len();
    let byte = |i: usize| u8::try_from(i).expect("fewer than 253 bundled files");
    for (i, file) in files.iter().enumerate() {
        let mut seed = vec![byte(i)];
        seed.extend_from_slice(file.source.text.as_bytes());
        write(dir, &seed_name(&file.name), &seed);
    }
    // An extra rule set: the law in force under another id (two files may not share one).
    if let Some(law) = files.iter().find(|f| f.name == "current-law.ron") {
        let text = law
            .source
            .text
            .replacen("id: \"current-law\"", "id: \"extra\"", 1);
        let mut seed = vec![byte(n)];
        seed.extend_from_slice(text.as_bytes());
        write(dir, "extra-rule-set.ron", &seed);
    }
    // An extra worked example.
    if let Some(example) = files.iter().find(|f| f.name.starts_with("examples/")) {
        let mut seed = vec![byte(n + 1)];
        seed.extend_from_slice(example.source.text.as_bytes());
        write(dir, "extra-example.ron", &seed);
    }
    // An extra English words file: new messages beside the bundled ones.
    let mut seed = vec![byte(n + 2)];
    seed.extend_from_slice(
        b"extra-title = Extra words\nextra-note =\n    on two\n    lines { $value }\n",
    );
    write(dir, "extra-words.ftl", &seed);
    // Every seed must give a book that compiles, or the fuzzer starts from error paths only.
    for entry in fs::read_dir(dir).expect("the rules seeds") {
        let path = entry.expect("a seed").path();
        let seed = fs::read(&path).expect("read a seed");
        let (files, _language) = common::rule_files_for(&seed).expect("a selector and UTF-8 text");
        if let Err(e) = RuleBook::compile(files) {
            panic!("{}: the rules do not compile: {e}", path.display());
        }
    }
}

/// The `answers: ( ... )` value of a worked case, as written (comments and left-out fields kept).
fn answers_part(case: &str) -> Option<&str> {
    let start = case.find("answers:")? + "answers:".len();
    let open = start + case[start..].find('(')?;
    let bytes = case.as_bytes();
    let (mut depth, mut i) = (0usize, open);
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'(' | b'[' => depth += 1,
            b')' | b']' => {
                depth -= 1;
                if depth == 0 {
                    return Some(&case[open..=i]);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// Writes the CSV answers seeds: the CSV examples, as they are.
fn csv_seeds(root: &Path, dir: &Path) {
    for entry in fs::read_dir(root.join("docs/examples")).expect("docs/examples") {
        let path = entry.expect("an entry").path();
        if path.extension().is_some_and(|x| x == "csv") {
            let name = path.file_name().expect("a file");
            fs::copy(&path, dir.join(name)).expect("copy a CSV example");
        }
    }
}

/// Writes the answers seeds and returns them (name, text), each checked to parse.
fn answers_seeds(root: &Path, dir: &Path) -> Vec<(String, String)> {
    let mut seeds = Vec::new();
    let mut examples: Vec<PathBuf> = fs::read_dir(root.join("docs/examples"))
        .expect("docs/examples")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    examples.sort();
    for path in examples {
        let name = path
            .file_name()
            .expect("a file")
            .to_string_lossy()
            .into_owned();
        let text = fs::read_to_string(&path).expect("read an example");
        seeds.push((name, text));
    }
    let mut cases: Vec<PathBuf> = fs::read_dir(root.join("tests/cases"))
        .expect("tests/cases")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    cases.sort();
    for path in cases.iter().step_by(3) {
        let case = fs::read_to_string(path).expect("read a case");
        let file = path
            .file_name()
            .expect("a file")
            .to_string_lossy()
            .into_owned();
        match answers_part(&case) {
            Some(part) => {
                let text = format!("// answers of tests/cases/{file}\n{part}\n");
                seeds.push((format!("case-{file}"), text));
            }
            None => eprintln!("seeds: no answers in tests/cases/{file}; skipped"),
        }
    }
    seeds.retain(|(name, text)| {
        let ok = Answers::parse(&SourceText::new(name.as_str(), text.as_str())).is_ok();
        if !ok {
            eprintln!("seeds: {name} does not parse as answers; skipped");
        }
        ok
    });
    for (name, text) in &seeds {
        write(dir, name, text.as_bytes());
    }
    println!("answers: {} seeds", seeds.len());
    seeds
}

fn passphrase() -> SecretString {
    SecretString::from(common::PASSPHRASE.to_owned())
}

fn decrypt(sealed: &[u8]) -> Vec<u8> {
    let decryptor = age::Decryptor::new_buffered(sealed).expect("an age file");
    let mut identity = age::scrypt::Identity::new(passphrase());
    identity.set_max_work_factor(save::MAX_WORK_FACTOR);
    let mut reader = decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .expect("the fuzz passphrase opens it");
    let mut plaintext = Vec::new();
    reader.read_to_end(&mut plaintext).expect("intact");
    plaintext
}

fn progress_seeds(answers: &[(String, String)], dir: &Path, plain_dir: &Path) {
    // The real thing for a few answers files: what `save::seal` writes, plain text included.
    let mut sealed_small = Vec::new();
    for (name, text) in answers.iter().take(4) {
        let parsed =
            Answers::parse(&SourceText::new(name.as_str(), text.as_str())).expect("checked above");
        let real = save::seal(&parsed, &passphrase()).expect("seal");
        let plaintext = decrypt(&real);
        let small = common::seal(&plaintext);
        assert_eq!(
            save::open(&small, &passphrase()).expect("open the re-sealed file"),
            parsed,
            "a re-sealed file reads like the original"
        );
        let stem = name.trim_end_matches(".ron");
        write(plain_dir, &format!("{stem}.txt"), &plaintext);
        write(dir, &format!("{stem}.age"), &small);
        sealed_small.push((stem.to_owned(), small));
    }
    // Cut short: inside the first line, inside the header, just after it, mid-payload, one byte off.
    if let Some((stem, file)) = sealed_small.first() {
        let header_end = file
            .windows(4)
            .position(|w| w == b"\n---")
            .and_then(|p| {
                file[p + 1..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map(|q| p + 2 + q)
            })
            .expect("an age header");
        for (what, len) in [
            ("first-line", 10),
            ("mid-header", header_end / 2),
            ("header-only", header_end),
            ("mid-payload", header_end + (file.len() - header_end) / 2),
            ("last-byte", file.len() - 1),
        ] {
            write(dir, &format!("{stem}-cut-{what}.age"), &file[..len]);
        }
    }
    // Progress saved before answers format 2: its answers are read in version 1's shape and carried
    // over.
    if let Some((_, text)) = answers.iter().find(|(name, _)| name == "version-1.ron") {
        let plaintext = format!(
            "(\n    format: \"clearpath-progress\",\n    version: 1,\n    answers: {}\n)\n",
            text.lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n")
        );
        let sealed = common::seal(plaintext.as_bytes());
        save::open(&sealed, &passphrase()).expect("version 1 answers in a progress file open");
        write(plain_dir, "version-1-answers.txt", plaintext.as_bytes());
        write(dir, "version-1-answers.age", &sealed);
    }
    // Files `open` must refuse after decrypting: a newer progress format, newer answers, another
    // program's text, empty text.
    let newer_progress =
        "(\n    format: \"clearpath-progress\",\n    version: 2,\n    answers: (version: 1),\n)\n";
    let newer_answers = "(\n    format: \"clearpath-progress\",\n    version: 1,\n    answers: (version: 3, charges: []),\n)\n";
    let foreign = "(\n    format: \"shopping-list\",\n    version: 1,\n)\n";
    for (name, text) in [
        ("newer-progress-version", newer_progress),
        ("newer-answers-version", newer_answers),
        ("foreign-format", foreign),
        ("empty", ""),
    ] {
        write(plain_dir, &format!("{name}.txt"), text.as_bytes());
        let sealed = common::seal(text.as_bytes());
        assert!(
            save::open(&sealed, &passphrase()).is_err(),
            "{name} is refused"
        );
        write(dir, &format!("{name}.age"), &sealed);
    }
    println!(
        "progress: {} seeds, progress_plain: {} seeds",
        fs::read_dir(dir).expect("dir").count(),
        fs::read_dir(plain_dir).expect("dir").count()
    );
}
