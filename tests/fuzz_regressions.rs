//! Fuzzing findings kept as tests. Every input under `fuzz/regressions/<target>/` (a crash the fuzzer
//! once found, shrunk with `cargo fuzz tmin`) and every committed seed under `fuzz/corpus/<target>/` is
//! run through the same function the fuzz target runs (`fuzz/fuzz_targets/common.rs`, included here),
//! in the ordinary test suite: a fixed bug that comes back fails here without a fuzzing run.

#[path = "../fuzz/fuzz_targets/common.rs"]
mod fuzz_common;

use std::fs;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The files directly inside `dir`, sorted; none if it does not exist. Hidden files (libFuzzer's own
/// bookkeeping) and README files are not inputs.
fn inputs(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .map(|e| e.expect("a readable folder entry").path())
        .filter(|p| p.is_file())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            !name.starts_with('.') && !name.starts_with("README")
        })
        .collect();
    files.sort();
    files
}

/// Runs `target` on every input in `dir` and returns how many ran; fails naming every input that
/// panicked.
fn replay(dir: &Path, target: fuzz_common::Target) -> usize {
    let files = inputs(dir);
    let failed: Vec<String> = files
        .iter()
        .filter(|path| {
            let data = fs::read(path).expect("a readable input");
            panic::catch_unwind(AssertUnwindSafe(|| target(&data))).is_err()
        })
        .map(|p| p.display().to_string())
        .collect();
    assert!(failed.is_empty(), "these inputs panic: {failed:#?}");
    files.len()
}

fn target(name: &str) -> fuzz_common::Target {
    fuzz_common::TARGETS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, f)| *f)
        .unwrap_or_else(|| panic!("no fuzz target {name}"))
}

#[test]
fn every_kept_finding_runs_without_a_panic() {
    let dir = Path::new(ROOT).join("fuzz/regressions");
    for entry in fs::read_dir(&dir).expect("fuzz/regressions exists") {
        let path = entry.expect("a readable folder entry").path();
        if path.is_dir() {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            // A finding in a folder no target reads would never be replayed.
            assert!(
                fuzz_common::TARGETS.iter().any(|(t, _)| *t == name),
                "{} is not named after a fuzz target ({:?})",
                path.display(),
                fuzz_common::TARGETS
                    .iter()
                    .map(|(t, _)| t)
                    .collect::<Vec<_>>()
            );
            replay(&path, target(name));
        }
    }
}

#[test]
fn the_rules_seeds_run_without_a_panic() {
    let n = replay(
        &Path::new(ROOT).join("fuzz/corpus/rules"),
        fuzz_common::rules,
    );
    assert!(n >= 10, "only {n} rule seeds");
}

/// A seed that no longer compiles starts the fuzzer from broken rules: the selecting byte points at
/// another file once rule or words files are added, removed or renamed.
#[test]
fn every_rules_seed_still_compiles() {
    for path in inputs(&Path::new(ROOT).join("fuzz/corpus/rules")) {
        let data = fs::read(&path).expect("a readable seed");
        let (files, language) =
            fuzz_common::rule_files_for(&data).expect("a selector and UTF-8 text");
        if let Err(e) = clearpath::rules::RuleBook::compile(files)
            .and_then(|book| book.check_language(&language))
        {
            panic!(
                "the seed {} no longer compiles ({e}): rewrite the seeds with `bash scripts/fuzz.sh seeds`",
                path.display()
            );
        }
    }
}

#[test]
fn the_answers_seeds_run_without_a_panic() {
    let n = replay(
        &Path::new(ROOT).join("fuzz/corpus/answers"),
        fuzz_common::answers,
    );
    assert!(n >= 10, "only {n} answers seeds");
}

#[test]
fn the_answers_csv_seeds_run_without_a_panic() {
    let n = replay(
        &Path::new(ROOT).join("fuzz/corpus/answers_csv"),
        fuzz_common::answers_csv,
    );
    assert!(n >= 4, "only {n} CSV answers seeds");
}

#[test]
fn the_progress_seeds_run_without_a_panic() {
    let n = replay(
        &Path::new(ROOT).join("fuzz/corpus/progress"),
        fuzz_common::progress,
    );
    assert!(n >= 5, "only {n} progress seeds");
    let n = replay(
        &Path::new(ROOT).join("fuzz/corpus/progress_plain"),
        fuzz_common::progress_plain,
    );
    assert!(n >= 5, "only {n} plain progress seeds");
}

/// The replay itself must catch a panic: a target that panics on one input fails the run and names it.
#[test]
fn a_panicking_input_is_reported() {
    let dir = std::env::temp_dir().join(format!("clearpath-fuzz-replay-{}", std::process::id()));
    fs::create_dir_all(&dir).expect("a temporary folder");
    fs::write(dir.join("boom"), b"boom").expect("an input");
    fs::write(dir.join("calm"), b"calm").expect("an input");
    let outcome = panic::catch_unwind(|| {
        replay(&dir, |data| assert_ne!(data, b"boom", "the planted panic"));
    });
    let message = outcome
        .err()
        .and_then(|e| e.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    fs::remove_dir_all(&dir).expect("the temporary folder is removed");
    assert!(
        message.contains("boom"),
        "the failing input is not named: {message:?}"
    );
    assert!(
        !message.contains("calm"),
        "a passing input is named: {message:?}"
    );
}
