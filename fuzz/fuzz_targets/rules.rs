//! Rule files: the fuzzer's bytes replace one of the built-in rule files (or are added as a clinic's
//! override folder may add files), then the whole book is compiled. `RuleBook::compile` must return
//! `Ok` or `Err`, never panic; a book that compiles is then run the way `check-rules` and `screen` run it.
//!
//! Input: the first byte `b` picks the file. With `n = bundled_files().len()` and `k = b % (n + 3)`:
//! `k < n` replaces bundled file `k` (whatever the list holds: rule sets, the catalog, the words, worked
//! examples, `text/<language>/*.ftl` words files); `n` adds a rule set `extra.ron`, `n + 1` a worked
//! example `examples/extra.ron`, `n + 2` a words file `text/en/extra.ftl`. The book is compiled in the
//! language of a replaced words file; otherwise in language number `b / (n + 3)` (wrapping) of the
//! languages the rules have, English first for every seed. The rest of the input is the file's text.
//!
//! The seeds in `fuzz/corpus/rules/` are named after the file they replace; rewrite them with
//! `scripts/fuzz.sh seeds` when the list of bundled files changes.

#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| common::rules(data));
