//! The encrypted progress file: round trip, wrong passphrase, changed and cut-short files, files from a
//! newer version, foreign files, hostile work factors, atomic saving (no temporary file left, the old
//! file untouched on failure), and opening a saved file with the real `age` command-line tool.
//!
//! The `age` test needs `age` (and `script`, from util-linux), which `bash scripts/setup.sh` installs;
//! it fails, saying so, when they are missing.

use crate::common;

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use clearpath::answers::{
    AgeBand, Answers, Charge, Court, CustodyEnd, Day, Disposition, OffenseAnswer, ProbationEnd,
    Released, Reply, When,
};
use clearpath::save::{self, SaveError, SecretString};
use common::{CHEAP_WORK_FACTOR, Scratch};
use jiff::civil::date;

const PASSPHRASE: &str = "blue kettle ninety lanterns";

fn passphrase() -> SecretString {
    SecretString::from(PASSPHRASE)
}

fn answers() -> Answers {
    let mut answers = Answers::default();
    answers.charges.push(Charge {
        offense: OffenseAnswer::Offense("c272_53A_a".into()),
        court: Court::MassachusettsAdult,
        outcome: Disposition::Guilty,
        when: When::Date(Day(date(2019, 5, 1))),
        released: Released::Year(2020),
        probation_end: ProbationEnd::NoProbation,
        age: AgeBand::From21,
        coerced: Reply::PreferNotToSay,
        arranged: Reply::Yes,
        ..Charge::default()
    });
    answers.charges.push(Charge::default());
    answers.record.us_citizen = Reply::Yes;
    answers.record.other_ma_guilty.last_3_years = Reply::No;
    answers
}

/// One sealed file, at the real work factor, shared by the tests that only read it: each such seal
/// costs a second of scrypt. Every other test saves at `CHEAP_WORK_FACTOR`.
fn sealed() -> &'static [u8] {
    static SEALED: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    SEALED.get_or_init(|| save::seal(&answers(), &passphrase()).expect("seals"))
}

fn open(bytes: &[u8]) -> Result<Answers, SaveError> {
    save::open(bytes, &passphrase())
}

#[test]
fn round_trip() {
    let bytes = sealed();
    assert!(bytes.starts_with(b"age-encryption.org/v1\n-> scrypt "));
    // The program's files ask for 2^18 of scrypt work: the stanza ends with the work factor.
    let stanza = String::from_utf8_lossy(bytes)
        .lines()
        .nth(1)
        .map(str::to_owned)
        .unwrap_or_default();
    assert!(
        stanza.ends_with(&format!(" {}", save::WORK_FACTOR)) && save::WORK_FACTOR == 18,
        "{stanza}"
    );
    assert_eq!(open(bytes).expect("opens"), answers());
    // The answers are not readable in the file.
    let text = String::from_utf8_lossy(bytes);
    assert!(!text.contains("c272"), "answers in the clear");
    assert!(!text.contains("clearpath"), "format tag in the clear");
}

#[test]
fn wrong_passphrase() {
    let err = save::open(sealed(), &SecretString::from("blue kettle ninety lantern"))
        .expect_err("wrong passphrase");
    assert!(matches!(err, SaveError::WrongPassphrase), "{err:?}");
    assert_eq!(err.message_id(), "save-error-wrong-passphrase");
}

#[test]
fn empty_passphrase_is_refused_when_saving() {
    let err = save::seal(&answers(), &SecretString::from("")).expect_err("empty");
    assert!(matches!(err, SaveError::EmptyPassphrase), "{err:?}");
}

/// Where age's header ends: the line starting `--- ` (the header's MAC) and its newline.
fn header_end(bytes: &[u8]) -> usize {
    let mac = bytes
        .windows(5)
        .position(|w| w == b"\n--- ")
        .expect("header MAC line")
        + 1;
    mac + bytes[mac..]
        .iter()
        .position(|&b| b == b'\n')
        .expect("end of MAC line")
        + 1
}

fn flipped(bytes: &[u8], at: usize, bit: u8) -> Vec<u8> {
    let mut changed = bytes.to_vec();
    changed[at] ^= bit;
    changed
}

/// Encrypt `plaintext` to the test passphrase at a work factor of 2^10 (the app's is 2^18), so
/// that opening hundreds of changed copies stays quick. The tests of what is inside use this too.
fn seal_cheaply(plaintext: &[u8]) -> Vec<u8> {
    let mut recipient = age::scrypt::Recipient::new(passphrase());
    recipient.set_work_factor(10);
    age::encrypt(&recipient, plaintext).expect("encrypts")
}

/// A progress file written from the format's description rather than by `save::seal`, cheaply.
fn cheap() -> &'static [u8] {
    #[derive(serde::Serialize)]
    struct Progress {
        format: &'static str,
        version: u32,
        answers: Answers,
    }
    static CHEAP: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    CHEAP.get_or_init(|| {
        let progress = Progress {
            format: "clearpath-progress",
            version: 1,
            answers: answers(),
        };
        let text = ron::ser::to_string_pretty(&progress, ron::ser::PrettyConfig::default())
            .expect("serializes");
        let bytes = seal_cheaply(text.as_bytes());
        assert_eq!(open(&bytes).expect("opens"), answers());
        bytes
    })
}

/// The length of age's first line, `age-encryption.org/v1` and its newline.
const FIRST_LINE: usize = 22;

/// Where a changed byte is in an age passphrase file, and what opening it can give.
fn expected_for_change(bytes: &[u8], at: usize) -> &'static [&'static str] {
    let mac_line = header_end(bytes)
        - bytes[..header_end(bytes) - 1]
            .iter()
            .rev()
            .position(|&b| b == b'\n')
            .expect("line before the MAC")
        - 1;
    if at < "age-encryption.org/".len() {
        // No longer an age file.
        &["not-progress-file"]
    } else if at < FIRST_LINE {
        // Another age version, or a broken first line.
        &["damaged"]
    } else if at < mac_line {
        // The passphrase stanza: a changed tag makes it another kind of age file, and a changed
        // salt, work factor or wrapped key cannot be told from a wrong passphrase.
        &["damaged", "wrong-passphrase", "not-progress-file"]
    } else {
        // The header's MAC, the nonce and the encrypted answers.
        &["damaged"]
    }
}

fn kind(result: &Result<Answers, SaveError>) -> &'static str {
    match result {
        Ok(_) => "opened",
        Err(e) => e
            .message_id()
            .strip_prefix("save-error-")
            .expect("save-error- id"),
    }
}

/// Every byte of the header and the nonce, and a sample of the encrypted answers with their last
/// chunk's tag: each byte of the body is checked the same way, and each open of a body change costs
/// a run of scrypt.
fn positions(bytes: &[u8]) -> Vec<usize> {
    let body = header_end(bytes) + 16;
    let tag = bytes.len() - 16;
    (0..body)
        .chain((body..tag).step_by(29))
        .chain(tag..bytes.len())
        .collect()
}

#[test]
fn every_changed_byte_is_found() {
    let bytes = cheap();
    let end = header_end(bytes);
    for at in positions(bytes) {
        // In the header, also a bit that makes a character no longer ASCII.
        let bits: &[u8] = if at < end { &[0x01, 0x80] } else { &[0x01] };
        for &bit in bits {
            let result = open(&flipped(bytes, at, bit));
            let expected = expected_for_change(bytes, at);
            assert!(
                expected.contains(&kind(&result)),
                "byte {at} of {} ^ {bit:#x}: {result:?}, expected {expected:?}",
                bytes.len()
            );
        }
    }
}

#[test]
fn a_file_cut_short_is_damaged() {
    let bytes = cheap();
    for len in positions(bytes) {
        let result = open(&bytes[..len]);
        let expected = if len < "age-encryption.org/".len() {
            "not-progress-file"
        } else {
            "damaged"
        };
        assert_eq!(kind(&result), expected, "length {len}: {result:?}");
    }
}

#[test]
fn a_saved_file_changed_or_cut_short_is_damaged() {
    // At the real work factor, once each: the same checks as above on a file `seal` made.
    let bytes = sealed();
    let err = open(&flipped(bytes, bytes.len() - 20, 0x01)).expect_err("changed byte");
    assert!(matches!(err, SaveError::Damaged), "{err:?}");
    assert_eq!(err.message_id(), "save-error-damaged");
    let err = open(&bytes[..bytes.len() - 1]).expect_err("cut short");
    assert!(matches!(err, SaveError::Damaged), "{err:?}");
}

#[test]
fn extra_bytes_at_the_end_are_damage() {
    let mut bytes = cheap().to_vec();
    bytes.extend_from_slice(b"\0\0\0\0");
    let err = open(&bytes).expect_err("extra bytes");
    assert!(matches!(err, SaveError::Damaged), "{err:?}");
}

#[test]
fn a_newer_progress_format_is_refused() {
    let text = "(format: \"clearpath-progress\", version: 99, answers: (future_field: 1))";
    let bytes = seal_cheaply(text.as_bytes());
    let err = open(&bytes).expect_err("newer");
    assert!(
        matches!(
            err,
            SaveError::NewerVersion {
                found: 99,
                reads: 1
            }
        ),
        "{err:?}"
    );
    assert_eq!(err.message_id(), "save-error-newer-version");
    assert!(
        err.to_string().contains("newer version of ClearPath"),
        "{err}"
    );
}

#[test]
fn a_newer_answers_format_is_refused() {
    let text = "(format: \"clearpath-progress\", version: 1, answers: (version: 3))";
    let bytes = seal_cheaply(text.as_bytes());
    let err = open(&bytes).expect_err("newer answers");
    assert!(
        matches!(err, SaveError::NewerVersion { found: 3, reads: 2 }),
        "{err:?}"
    );
}

/// Progress saved before answers format 2 opens, carried over exactly as a version 1 answers file is:
/// the one custody-or-probation date kept, not read as either.
#[test]
fn progress_with_version_1_answers_opens_migrated() {
    let text = "(format: \"clearpath-progress\", version: 1, answers: (version: 1, charges: [\
                (offense: Offense(\"c272_53_other\"), court: MassachusettsAdult, outcome: Guilty, \
                when: Year(2019), custody_end: Date(\"2020-03-01\"), age: From21, coerced: No)], \
                record: (us_citizen: Yes)))";
    let answers = open(&seal_cheaply(text.as_bytes())).expect("a version 1 progress file opens");
    assert_eq!(answers.version, clearpath::answers::FORMAT_VERSION);
    let charge = &answers.charges[0];
    assert_eq!(
        charge.offense,
        OffenseAnswer::Offense("c272_53_not_walking".into())
    );
    assert_eq!(
        (charge.released, charge.probation_end),
        (Released::NotSure, ProbationEnd::NotSure)
    );
    assert_eq!(
        charge.custody_or_probation_end,
        CustodyEnd::Date(Day(date(2020, 3, 1)))
    );
    assert_eq!(
        (charge.coerced, charge.arranged),
        (Reply::No, Reply::NotSure)
    );
    assert_eq!(answers.record.us_citizen, Reply::Yes);
    // Without a version, answers inside a progress file are version 1 too.
    let text = "(format: \"clearpath-progress\", version: 1, answers: (charges: [(custody_end: NoCustody)]))";
    let answers = open(&seal_cheaply(text.as_bytes())).expect("opens");
    assert_eq!(answers.charges[0].released, Released::NotHeld);
    assert_eq!(answers.charges[0].probation_end, ProbationEnd::NoProbation);
}

#[test]
fn other_plain_text_is_not_a_progress_file() {
    let cases: [&[u8]; 4] = [
        b"hello",
        b"(format: \"something-else\", version: 1, answers: ())",
        // An answers file on its own, without the progress wrapper.
        b"(version: 1, charges: [])",
        b"\xff\xfe not text",
    ];
    for plaintext in cases {
        let bytes = seal_cheaply(plaintext);
        let err = open(&bytes).expect_err("foreign plain text");
        assert!(
            matches!(err, SaveError::NotProgressFile),
            "{:?}: {err:?}",
            String::from_utf8_lossy(plaintext)
        );
    }
    // The right tag with answers this version cannot read.
    let text =
        "(format: \"clearpath-progress\", version: 1, answers: (charges: [(outcom: Guilty)]))";
    let bytes = seal_cheaply(text.as_bytes());
    let err = open(&bytes).expect_err("bad answers");
    assert!(matches!(err, SaveError::Damaged), "{err:?}");
}

#[test]
fn garbage_is_not_a_progress_file() {
    let big = vec![b'a'; save::MAX_FILE_BYTES + 1];
    let cases: [&[u8]; 6] = [
        b"",
        b"hello",
        b"%PDF-1.7\n",
        b"-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n-----END AGE ENCRYPTED FILE-----\n",
        &[0xff; 4096],
        &big,
    ];
    for bytes in cases {
        let err = open(bytes).expect_err("garbage");
        assert!(matches!(err, SaveError::NotProgressFile), "{err:?}");
        assert_eq!(err.message_id(), "save-error-not-progress-file");
    }
}

#[test]
fn an_age_file_for_a_key_is_not_a_progress_file() {
    // Encrypted to an X25519 key (age's example key), not to a passphrase.
    let recipient: age::x25519::Recipient =
        "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"
            .parse()
            .expect("example recipient");
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as _)).expect("encryptor");
    let mut bytes = Vec::new();
    let mut writer = encryptor.wrap_output(&mut bytes).expect("header");
    writer.write_all(b"hello").expect("write");
    writer.finish().expect("finish");
    let err = open(&bytes).expect_err("key file");
    assert!(matches!(err, SaveError::NotProgressFile), "{err:?}");
}

#[test]
fn a_hostile_work_factor_is_refused_at_once() {
    let bytes = sealed();
    let text = String::from_utf8_lossy(&bytes[..header_end(bytes)]).into_owned();
    let line = text.lines().nth(1).expect("stanza line");
    let factor = format!(" {}", save::WORK_FACTOR);
    assert!(line.ends_with(&factor), "{line}");
    for hostile in [save::MAX_WORK_FACTOR + 1, 40, 63] {
        let changed = format!("{}{hostile}", &line[..line.len() - factor.len() + 1]);
        let mut file = bytes.to_vec();
        let at = text.find(line).expect("stanza line");
        file.splice(at..at + line.len(), changed.bytes());
        let start = Instant::now();
        let err = open(&file).expect_err("hostile work factor");
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "{:?}",
            start.elapsed()
        );
        assert!(matches!(err, SaveError::Damaged), "{hostile}: {err:?}");
    }
}

#[test]
fn save_and_open_a_file() {
    let dir = Scratch::new("round-trip");
    let path = dir.join(&save::suggested_progress_file_name());
    save::save_to_with(&path, &answers(), &passphrase(), CHEAP_WORK_FACTOR).expect("saves");
    assert_eq!(
        dir.names(),
        ["notes.age"],
        "only the file, no temporary file"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&path)
            .expect("metadata")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "{mode:o}");
    }
    assert_eq!(
        save::open_from(&path, &passphrase()).expect("opens"),
        answers()
    );

    // Saving again replaces the file.
    save::save_to_with(&path, &Answers::default(), &passphrase(), CHEAP_WORK_FACTOR)
        .expect("saves again");
    assert_eq!(dir.names(), ["notes.age"]);
    assert_eq!(
        save::open_from(&path, &passphrase()).expect("opens"),
        Answers::default()
    );
}

#[test]
fn suggested_name_is_neutral() {
    let name = save::suggested_progress_file_name();
    assert!(name.ends_with(".age"), "{name}");
    for word in ["clearpath", "record", "charge", "answer", "progress"] {
        assert!(!name.to_lowercase().contains(word), "{name}");
    }
}

#[test]
fn a_failed_save_leaves_the_old_file_and_no_temporary_file() {
    let dir = Scratch::new("failed");
    let original = dir.join("notes.age");
    std::fs::write(&original, b"the earlier file").expect("write original");

    // The rename cannot happen: the target is a folder (with a file in it). The temporary file was
    // written and flushed first, so this is a save cut short at its last step.
    let folder = dir.join("folder.age");
    std::fs::create_dir(&folder).expect("create folder");
    std::fs::write(folder.join("inside"), b"kept").expect("write inside");
    let err = save::save_to_with(&folder, &answers(), &passphrase(), CHEAP_WORK_FACTOR)
        .expect_err("rename fails");
    assert!(matches!(err, SaveError::Write { .. }), "{err:?}");
    assert_eq!(err.message_id(), "save-error-cannot-write");
    assert_eq!(err.path(), Some(folder.as_path()));
    assert_eq!(
        dir.names(),
        ["folder.age", "notes.age"],
        "temporary file left"
    );
    assert_eq!(
        std::fs::read(folder.join("inside")).expect("read inside"),
        b"kept"
    );

    // The folder is a file: nothing can be created there.
    let below_file = original.join("notes.age");
    let err = save::save_to_with(&below_file, &answers(), &passphrase(), CHEAP_WORK_FACTOR)
        .expect_err("parent is a file");
    assert!(matches!(err, SaveError::Write { .. }), "{err:?}");
    assert!(err.to_string().contains("cannot save"), "{err}");

    assert_eq!(
        dir.names(),
        ["folder.age", "notes.age"],
        "temporary file left"
    );
    assert_eq!(
        std::fs::read(&original).expect("read original"),
        b"the earlier file"
    );
}

#[test]
fn a_failed_save_with_an_empty_passphrase_writes_nothing() {
    let dir = Scratch::new("empty-passphrase");
    let path = dir.join("notes.age");
    let err = save::save_to_with(
        &path,
        &answers(),
        &SecretString::from(""),
        CHEAP_WORK_FACTOR,
    )
    .expect_err("empty");
    assert!(matches!(err, SaveError::EmptyPassphrase), "{err:?}");
    assert!(dir.names().is_empty());
}

#[test]
fn a_missing_file_cannot_be_read() {
    let dir = Scratch::new("missing");
    let path = dir.join("nothing.age");
    let err = save::open_from(&path, &passphrase()).expect_err("missing");
    assert!(matches!(err, SaveError::Read { .. }), "{err:?}");
    assert_eq!(err.message_id(), "save-error-cannot-read");
    assert!(err.to_string().contains("nothing.age"), "{err}");
    // A folder is not a file.
    let err = save::open_from(dir.path(), &passphrase()).expect_err("folder");
    assert!(
        matches!(err, SaveError::Read { .. } | SaveError::NotProgressFile),
        "{err:?}"
    );
}

#[test]
fn message_ids_are_distinct_kebab_case() {
    let errors = [
        SaveError::WrongPassphrase,
        SaveError::NotProgressFile,
        SaveError::Damaged,
        SaveError::NewerVersion { found: 2, reads: 1 },
        SaveError::EmptyPassphrase,
        SaveError::Read {
            path: "a".into(),
            source: std::io::Error::other("x"),
        },
        SaveError::Write {
            path: "a".into(),
            source: std::io::Error::other("x"),
        },
        SaveError::Seal,
    ];
    let mut ids: Vec<&str> = errors.iter().map(SaveError::message_id).collect();
    for id in &ids {
        assert!(id.starts_with("save-error-"), "{id}");
        assert!(
            id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
            "{id}"
        );
    }
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), errors.len(), "ids repeat");
}

/// Run `command` under `script`, which gives it a terminal, typing `input` into it. `None` if it
/// did not finish within a minute.
fn run_in_terminal(
    command: &str,
    env: &[(&str, &Path)],
    input: &str,
) -> Option<std::process::Output> {
    let mut script = Command::new("script");
    // -q: no "Script started" lines; -e: the command's exit status; the transcript goes nowhere.
    script
        .args(["-q", "-e", "-c", command, "/dev/null"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (name, value) in env {
        script.env(name, value);
    }
    let mut child = script.spawn().expect("start script");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("type into the terminal");
    let start = Instant::now();
    while child.try_wait().expect("wait for script").is_none() {
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Some(child.wait_with_output().expect("script output"))
}

fn found(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

#[test]
fn the_age_command_opens_a_saved_file() {
    for program in ["age", "script"] {
        assert!(
            found(program),
            "`{program}` is not installed: run `bash scripts/setup.sh`, which installs it, then this test again"
        );
    }
    let dir = Scratch::new("age-cli");
    let file = dir.join("notes.age");
    let out = dir.join("notes.txt");
    save::save_to_with(&file, &answers(), &passphrase(), CHEAP_WORK_FACTOR).expect("saves");

    // age reads the passphrase from the terminal only, so it runs under `script`. The paths go in
    // environment variables, never into the command text.
    let command = r#"age -d -o "$CLEARPATH_OUT" "$CLEARPATH_IN""#;
    let env = [
        ("CLEARPATH_IN", file.as_path()),
        ("CLEARPATH_OUT", out.as_path()),
    ];
    let output = run_in_terminal(command, &env, &format!("{PASSPHRASE}\n"))
        .expect("age finished within a minute");
    assert!(
        output.status.success(),
        "age -d failed: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let text = std::fs::read_to_string(&out).expect("age wrote the plain text");
    assert!(
        text.trim_start()
            .starts_with("(\n    format: \"clearpath-progress\",\n    version: 1,\n"),
        "{text}"
    );
    assert!(text.contains("Offense(\"c272_53A_a\")"), "{text}");

    // A wrong passphrase is refused by age too, and nothing is written.
    std::fs::remove_file(&out).expect("remove plain text");
    let output = run_in_terminal(command, &env, "not the passphrase\n")
        .expect("age finished within a minute");
    assert!(!output.status.success(), "age accepted a wrong passphrase");
    assert!(!out.exists());
}

proptest::proptest! {
    #![proptest_config(proptest::test_runner::Config::with_cases(256))]

    /// Any bytes, with or without age's first line in front, are refused without a panic.
    #[test]
    fn any_bytes_are_refused_without_a_panic(
        age_line in proptest::bool::ANY,
        tail in proptest::collection::vec(proptest::num::u8::ANY, 0..600),
    ) {
        let mut bytes = if age_line { b"age-encryption.org/v1\n".to_vec() } else { Vec::new() };
        bytes.extend_from_slice(&tail);
        let result = open(&bytes);
        proptest::prop_assert!(result.is_err(), "{:?}", result);
    }
}
