//! The plain text inside a progress file: the fuzzer's bytes are sealed into a valid age file (scrypt,
//! `common::PASSPHRASE`, work factor 2^`FUZZ_WORK_FACTOR`) and opened with `save::open`, so the
//! envelope and answers reading behind age's authentication is reached. Never a panic; answers it
//! returns are screened as the window would.

#![no_main]

#[path = "common.rs"]
mod common;

use std::io::Write as _;
use std::sync::LazyLock;

use clearpath::save::{self, SecretString};
use libfuzzer_sys::fuzz_target;

/// Made once: `Recipient::new` times scrypt to pick a work factor, which is replaced anyway.
static RECIPIENT: LazyLock<age::scrypt::Recipient> = LazyLock::new(|| {
    let mut r = age::scrypt::Recipient::new(SecretString::from(common::PASSPHRASE.to_owned()));
    r.set_work_factor(common::FUZZ_WORK_FACTOR);
    r
});

fn seal(plaintext: &[u8]) -> Vec<u8> {
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&*RECIPIENT as &dyn age::Recipient))
            .expect("one scrypt recipient");
    let mut sealed = Vec::new();
    let mut writer = encryptor
        .wrap_output(&mut sealed)
        .expect("writing to memory");
    writer.write_all(plaintext).expect("writing to memory");
    writer.finish().expect("writing to memory");
    sealed
}

fuzz_target!(|data: &[u8]| {
    // `open` refuses files over its limit before decrypting; keep the plain text under it.
    if data.len() > save::MAX_FILE_BYTES / 2 {
        return;
    }
    let sealed = seal(data);
    let passphrase = SecretString::from(common::PASSPHRASE.to_owned());
    if let Ok(answers) = save::open(&sealed, &passphrase) {
        common::screen_opened_progress(&answers);
    }
});
