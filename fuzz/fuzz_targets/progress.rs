//! Progress files: the fuzzer's bytes are a progress file, opened with the passphrase the seed files were
//! sealed with (`common::PASSPHRASE`). `save::open` must refuse damaged, cut-short or foreign files with
//! a `SaveError`, never panic; answers it returns are then screened as the window would.
//!
//! Mutations almost never survive age's authentication, so this target fuzzes the age header and payload
//! handling; `progress_plain` fuzzes the plain text inside.

#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| common::progress(data));
