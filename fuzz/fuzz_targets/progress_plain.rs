//! The plain text inside a progress file: the fuzzer's bytes are sealed into a valid age file (scrypt,
//! `common::PASSPHRASE`, work factor 2^`FUZZ_WORK_FACTOR`) and opened with `save::open`, so the
//! envelope and answers reading behind age's authentication is reached. Never a panic; answers it
//! returns are screened as the window would.

#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| common::progress_plain(data));
