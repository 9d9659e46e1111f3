//! Saving progress: the person's answers in one file, encrypted with a passphrase they choose.
//!
//! Nothing is written unless the person asks. When they do, `save_to` writes one file, at the path
//! they picked (the suggested name, `notes.age`, says nothing about what is inside), and `open_from`
//! reads it back. No autosave, no copy anywhere else, no temporary file left behind.
//!
//! # The format
//!
//! A progress file is a standard [age](https://age-encryption.org/v1) file: binary (not "armored"),
//! encrypted to one passphrase (age's `scrypt` recipient, work factor 2^18). Anyone with the passphrase
//! can open it without ClearPath: `age -d -o notes.txt notes.age` asks for the passphrase and writes
//! the plain text. Inside is UTF-8 RON:
//!
//! ```text
//! (
//!     format: "clearpath-progress",
//!     version: 1,
//!     answers: ( version: 2, charges: [ ... ], record: ( ... ) ),
//! )
//! ```
//!
//! `answers` is exactly an answers file (`docs/answers-format.md`): copied out, it works with
//! `clearpath screen`. Files saved with answers in version 1 (before 2026-12) still open: their
//! answers are read in version 1's shape and carried over to version 2 exactly as an answers file is
//! (`answers::v1`); saving again writes version 2. Every later version keeps `format` and `version` as they are, so a file from a
//! newer ClearPath (a higher `version`, or answers in a newer answers format) is refused with
//! [`SaveError::NewerVersion`] rather than misread.
//!
//! Reading refuses, with a plain error and never a panic: files over [`MAX_FILE_BYTES`]; anything that
//! is not an age file; age files locked with a key rather than a passphrase; files asking for more
//! passphrase work than 2^[`MAX_WORK_FACTOR`] (so a hostile file cannot keep the computer busy for
//! minutes or take all its memory); a wrong passphrase; any changed, cut short or damaged byte (age
//! checks every byte); plain text that is not a progress file. `open` checks the format and its
//! versions; the checks that need the rule book and today's date are the caller's
//! ([`Answers::validate`], as for an answers file).
//!
//! age cannot tell a wrong passphrase from a file whose passphrase stanza (its salt, work factor or
//! wrapped key) was changed: both fail the same check. Those changes are reported as a wrong
//! passphrase; every other change as [`SaveError::Damaged`].
//!
//! # What clearing memory can and cannot do
//!
//! The passphrase is held in a [`SecretString`], and the plain text of the file, while this module
//! builds or reads it, in [`Zeroizing`] buffers sized up front so they never move: each is overwritten
//! with zeros when it is dropped. That shortens the time the plain text lies around in this
//! program's memory. It is not a guarantee, and nothing here should be described as one:
//! - The [`Answers`] themselves (the offense ids, the dates) are ordinary memory, as everywhere else
//!   in the program: clearing them is the caller's job (the quick exit and "Start over" drop them).
//! - The window's text fields keep their own copies of what was typed, the passphrase included: the
//!   GUI toolkit's text buffers and undo history, its input events, the accessibility tree handed to
//!   screen readers, and the clipboard if the person copied anything.
//! - The libraries make short-lived copies this module cannot reach: the RON serializer and parser
//!   build small strings, and age's encryption buffer (up to 64 KiB of plain text) is freed without
//!   being cleared.
//! - The operating system can copy any memory to swap, a hibernation file or a crash report, and the
//!   compiler can leave copies in registers and on the stack.
//!
//! And the file itself is a trace: it shows that something was saved, and a short passphrase can be
//! guessed, however slow each guess is made.

use std::fmt;
use std::fs::File;
use std::io::{self, Read as _, Write as _};
use std::iter;
use std::path::{Path, PathBuf};

use age::secrecy::ExposeSecret as _;
pub use age::secrecy::SecretString;
use age::secrecy::zeroize::Zeroizing;
use serde::{Deserialize, Serialize};

use crate::answers::{self, Answers};

/// The `format` tag every progress file starts with.
pub const FORMAT_TAG: &str = "clearpath-progress";

/// The newest progress format this build reads and the one it writes.
pub const FORMAT_VERSION: u32 = 1;

/// The scrypt work factor (log2 of N) of the files this build writes: about a second on a laptop,
/// 256 MiB of memory.
pub const WORK_FACTOR: u8 = 18;

/// The largest scrypt work factor accepted when opening a file (2^20: a few seconds, 1 GiB).
pub const MAX_WORK_FACTOR: u8 = 20;

/// The largest file `open` reads. Progress files are a few kilobytes; anything this big is another
/// file chosen by mistake.
pub const MAX_FILE_BYTES: usize = 1 << 20;

/// The name offered when saving progress: neutral, saying nothing about what is inside.
pub fn suggested_progress_file_name() -> String {
    "notes.age".to_owned()
}

/// Why progress could not be saved or opened.
///
/// Each has a stable Fluent id (`message_id`) for the window, and an English `Display` for the
/// command line and logs. Neither ever holds an answer. Suggested English for the Fluent ids:
///
/// | Id | Words |
/// |----|-------|
/// | `save-error-wrong-passphrase` | That passphrase does not open this file. Check for typing mistakes and capital letters, then try again. |
/// | `save-error-not-progress-file` | This file is not saved progress from ClearPath. Check that you chose the right file. |
/// | `save-error-damaged` | This file has been damaged or changed since it was saved, so it cannot be opened. |
/// | `save-error-newer-version` | This file was saved by a newer version of ClearPath. Open it with that version. |
/// | `save-error-empty-passphrase` | Choose a passphrase to lock the file. |
/// | `save-error-cannot-read` | The file could not be opened. It may have been moved, or this account may not be allowed to open it. |
/// | `save-error-cannot-write` | Your progress could not be saved there. Nothing was changed. Try another folder. |
/// | `save-error-cannot-seal` | Your progress could not be saved. Nothing was written. |
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// The passphrase does not open the file (or the file's passphrase part was changed: age cannot
    /// tell the two apart).
    #[error("this passphrase does not open the file")]
    WrongPassphrase,
    /// Not an age file locked with a passphrase, or its plain text is not a progress file.
    #[error("this is not a ClearPath progress file")]
    NotProgressFile,
    /// An age file that was changed, cut short or damaged after it was written.
    #[error("the file is damaged or was changed after it was saved")]
    Damaged,
    /// Saved by a newer ClearPath: a progress or answers format this build does not read.
    #[error(
        "the file was saved by a newer version of ClearPath (format {found}, this version reads {reads}); open it with a newer ClearPath"
    )]
    NewerVersion {
        /// The version the file gives.
        found: u32,
        /// The newest version this build reads.
        reads: u32,
    },
    /// Saving was asked for with an empty passphrase.
    #[error("choose a passphrase to lock the file")]
    EmptyPassphrase,
    #[error("{}: cannot read the file: {source}", path.display())]
    Read { path: PathBuf, source: io::Error },
    /// The file could not be written; whatever was at `path` before is unchanged.
    #[error("{}: cannot save the file (nothing was changed): {source}", path.display())]
    Write { path: PathBuf, source: io::Error },
    /// Encrypting failed, which should not happen; nothing was written.
    #[error("cannot prepare the progress file; nothing was written")]
    Seal,
}

impl SaveError {
    /// The Fluent message id for the window's words.
    pub fn message_id(&self) -> &'static str {
        match self {
            SaveError::WrongPassphrase => "save-error-wrong-passphrase",
            SaveError::NotProgressFile => "save-error-not-progress-file",
            SaveError::Damaged => "save-error-damaged",
            SaveError::NewerVersion { .. } => "save-error-newer-version",
            SaveError::EmptyPassphrase => "save-error-empty-passphrase",
            SaveError::Read { .. } => "save-error-cannot-read",
            SaveError::Write { .. } => "save-error-cannot-write",
            SaveError::Seal => "save-error-cannot-seal",
        }
    }

    /// The file the error is about, for the errors that name one.
    pub fn path(&self) -> Option<&Path> {
        match self {
            SaveError::Read { path, .. } | SaveError::Write { path, .. } => Some(path),
            _ => None,
        }
    }
}

/// The file's plain text, for writing (borrows the answers).
#[derive(Serialize)]
struct ProgressOut<'a> {
    format: &'a str,
    version: u32,
    answers: &'a Answers,
}

/// Only the tag and the versions, read first so that a newer file is refused before its answers are
/// read, and the answers are read in the shape of their own version.
#[derive(Deserialize)]
struct Envelope {
    format: String,
    version: u32,
    #[serde(default)]
    answers: answers::VersionProbe,
}

/// The whole plain text, read strictly once the tag and versions are known; `A` is the answers'
/// shape (version 1 or the current one).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Progress<A> {
    #[allow(
        dead_code,
        reason = "checked through `Envelope`; read only to refuse other fields"
    )]
    format: String,
    #[allow(
        dead_code,
        reason = "checked through `Envelope`; read only to refuse other fields"
    )]
    version: u32,
    answers: A,
}

/// Encrypt `answers` with `passphrase` as a progress file's bytes, at [`WORK_FACTOR`].
///
/// The bytes are not secret (they are what goes on the disk), so they are a plain `Vec`.
pub fn seal(answers: &Answers, passphrase: &SecretString) -> Result<Vec<u8>, SaveError> {
    seal_with(answers, passphrase, WORK_FACTOR)
}

/// [`seal`] at another scrypt work factor (log2 of N). The program always uses [`WORK_FACTOR`]; tests
/// use a small one so that each file costs milliseconds rather than a second.
pub fn seal_with(
    answers: &Answers,
    passphrase: &SecretString,
    work_factor: u8,
) -> Result<Vec<u8>, SaveError> {
    if passphrase.expose_secret().is_empty() {
        return Err(SaveError::EmptyPassphrase);
    }
    let progress = ProgressOut {
        format: FORMAT_TAG,
        version: FORMAT_VERSION,
        answers,
    };
    let plaintext = to_ron(&progress)?;
    encrypt(plaintext.as_bytes(), passphrase, work_factor)
}

/// Encrypt `plaintext` to `passphrase` as an age file at `work_factor`.
fn encrypt(
    plaintext: &[u8],
    passphrase: &SecretString,
    work_factor: u8,
) -> Result<Vec<u8>, SaveError> {
    let mut recipient = age::scrypt::Recipient::new(passphrase.clone());
    recipient.set_work_factor(work_factor);
    let encryptor = age::Encryptor::with_recipients(iter::once(&recipient as &dyn age::Recipient))
        .map_err(|_| SaveError::Seal)?;
    // The header is under 200 bytes; each 64 KiB chunk gains a 16-byte tag.
    let mut sealed = Vec::with_capacity(plaintext.len() + plaintext.len() / 4096 + 512);
    let mut writer = encryptor
        .wrap_output(&mut sealed)
        .map_err(|_| SaveError::Seal)?;
    writer.write_all(plaintext).map_err(|_| SaveError::Seal)?;
    writer.finish().map_err(|_| SaveError::Seal)?;
    Ok(sealed)
}

/// Decrypt a progress file's bytes with `passphrase` and read the answers in it.
pub fn open(bytes: &[u8], passphrase: &SecretString) -> Result<Answers, SaveError> {
    let plaintext = decrypt(bytes, passphrase)?;
    let text = std::str::from_utf8(&plaintext).map_err(|_| SaveError::NotProgressFile)?;
    // Parse errors are dropped unread: their messages can quote the answers.
    let envelope: Envelope = ron::from_str(text).map_err(|_| SaveError::NotProgressFile)?;
    if envelope.format != FORMAT_TAG {
        return Err(SaveError::NotProgressFile);
    }
    if envelope.version > FORMAT_VERSION {
        return Err(SaveError::NewerVersion {
            found: envelope.version,
            reads: FORMAT_VERSION,
        });
    }
    // Answers saved in version 1 are read in its shape and carried over, as for an answers file.
    let read = match envelope.answers.version() {
        1 => ron::from_str::<Progress<answers::v1::Answers>>(text).map(|p| p.answers.migrate()),
        answers::FORMAT_VERSION => ron::from_str::<Progress<Answers>>(text).map(|p| p.answers),
        found => {
            return Err(SaveError::NewerVersion {
                found,
                reads: answers::FORMAT_VERSION,
            });
        }
    };
    read.map_err(|_| SaveError::Damaged)
}

/// Encrypt `answers` and write them to `path` atomically: a new private temporary file in the same
/// folder, written and flushed to disk, then renamed over `path`. On any failure the temporary file
/// is removed and whatever was at `path` is untouched.
pub fn save_to(path: &Path, answers: &Answers, passphrase: &SecretString) -> Result<(), SaveError> {
    save_to_with(path, answers, passphrase, WORK_FACTOR)
}

/// [`save_to`] at another work factor (see [`seal_with`]).
pub fn save_to_with(
    path: &Path,
    answers: &Answers,
    passphrase: &SecretString,
    work_factor: u8,
) -> Result<(), SaveError> {
    let sealed = seal_with(answers, passphrase, work_factor)?;
    write_sealed(path, &sealed)
}

/// Write a sealed progress file (from [`seal_with`]) to `path`, atomically.
pub fn write_sealed(path: &Path, sealed: &[u8]) -> Result<(), SaveError> {
    crate::export::write_atomically(path, sealed, ".save-").map_err(|source| SaveError::Write {
        path: path.to_path_buf(),
        source,
    })
}

/// Read the progress file at `path` and open it with `passphrase`.
pub fn open_from(path: &Path, passphrase: &SecretString) -> Result<Answers, SaveError> {
    let error = |source| SaveError::Read {
        path: path.to_path_buf(),
        source,
    };
    let file = File::open(path).map_err(error)?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(error)?;
    open(&bytes, passphrase)
}

/// Counts the bytes a value serializes to, keeping none of them.
struct Counter(usize);

impl fmt::Write for Counter {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0 += s.len();
        Ok(())
    }
}

/// Writes into a string's spare capacity and refuses to grow it: growing would move the text and
/// leave the old copy in freed memory, uncleared.
struct Fixed<'a>(&'a mut String);

impl fmt::Write for Fixed<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        if self.0.capacity() - self.0.len() < s.len() {
            return Err(fmt::Error);
        }
        self.0.push_str(s);
        Ok(())
    }
}

/// The pretty RON text of `value`, in a buffer cleared on drop that is never reallocated.
fn to_ron(value: &impl Serialize) -> Result<Zeroizing<String>, SaveError> {
    let config = ron::ser::PrettyConfig::default();
    let mut counter = Counter(0);
    ron::ser::to_writer_pretty(&mut counter, value, config.clone()).map_err(|_| SaveError::Seal)?;
    let mut text = Zeroizing::new(String::with_capacity(counter.0));
    ron::ser::to_writer_pretty(Fixed(&mut text), value, config).map_err(|_| SaveError::Seal)?;
    Ok(text)
}

/// Decrypt an age passphrase file into a buffer cleared on drop.
fn decrypt(bytes: &[u8], passphrase: &SecretString) -> Result<Zeroizing<Vec<u8>>, SaveError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(SaveError::NotProgressFile);
    }
    // Past age's first line, a failure means a damaged age file rather than some other file.
    let is_age = bytes.starts_with(b"age-encryption.org/");
    let header_error = |e| match e {
        age::DecryptError::DecryptionFailed | age::DecryptError::KeyDecryptionFailed => {
            SaveError::WrongPassphrase
        }
        age::DecryptError::NoMatchingKeys => SaveError::NotProgressFile,
        _ if is_age => SaveError::Damaged,
        _ => SaveError::NotProgressFile,
    };
    let decryptor = age::Decryptor::new_buffered(bytes).map_err(header_error)?;
    if !decryptor.is_scrypt() {
        return Err(SaveError::NotProgressFile);
    }
    let mut identity = age::scrypt::Identity::new(passphrase.clone());
    identity.set_max_work_factor(MAX_WORK_FACTOR);
    let mut reader = decryptor
        .decrypt(iter::once(&identity as &dyn age::Identity))
        .map_err(header_error)?;
    // The plain text is shorter than the file, so this buffer is never reallocated (which would
    // leave an uncleared copy behind).
    let mut plaintext = Zeroizing::new(vec![0; bytes.len()]);
    let mut filled = 0;
    loop {
        match reader.read(&mut plaintext[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            // A chunk that fails its check, or a file cut short.
            Err(_) => return Err(SaveError::Damaged),
        }
        if filled == plaintext.len() {
            return Err(SaveError::Damaged);
        }
    }
    plaintext.truncate(filled);
    Ok(plaintext)
}
