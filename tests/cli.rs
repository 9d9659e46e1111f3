//! The command line as a person runs it: exit statuses, messages that name the file, line and column, and
//! output that carries the rules' versions and the bill's status.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn clearpath(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_clearpath"))
        .args(args)
        .output()
        .expect("the clearpath binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A scratch folder of this test's own, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("clearpath-cli-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        Scratch(dir)
    }

    fn write(&self, name: &str, text: &str) -> String {
        let path = self.0.join(name);
        std::fs::write(&path, text).expect("write");
        path.display().to_string()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

const ONE_CHARGE: &str = r#"(
    version: 2,
    charges: [
        (
            offense: Offense("c272_53A_a"),
            court: MassachusettsAdult,
            outcome: Guilty,
            when: Date("2019-05-01"),
            released: NotHeld,
            probation_end: NoProbation,
            age: From21,
            coerced: Yes,
        ),
    ],
    record: (
        other_ma_guilty: (last_3_years: No, last_7_years: No),
        out_of_state: (any: No),
        other_imprisonment: (last_7_years: No),
        other_cases: No,
        open_case: No,
        supervision_now: No,
        registered: No,
        us_citizen: Yes,
    ),
)
"#;

#[test]
fn screen_prints_every_outcome_with_the_bill_banner() {
    let dir = Scratch::new("screen");
    let file = dir.write("answers.ron", ONE_CHARGE);
    let out = clearpath(&["screen", &file, "--today", "2026-11-29"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("Vacatur for trafficking survivors (G.L. c.265 §59)"),
        "{text}"
    );
    assert!(
        text.contains("[yes] You can ask for this now — Sealing by mail (G.L. c.276 §100A)"),
        "{text}"
    );
    assert!(
        text.contains(
            "H.1683 / S.1116 (194th General Court, 2025-2026) is a pending bill, not law"
        )
    );
    assert!(text.contains("Rules checked 2026-12-06."), "{text}");
    assert!(text.contains("[auto] Happens on its own — Expungement of past prostitution charges"));
}

#[test]
fn screen_speaks_spanish_with_the_citations_unchanged() {
    let dir = Scratch::new("screen-es");
    let file = dir.write("answers.ron", ONE_CHARGE);
    let out = clearpath(&["screen", &file, "--today", "2026-11-29", "--lang", "es"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("Si se aprueba el proyecto de ley"), "{text}");
    assert!(
        text.contains("es un proyecto de ley pendiente, no una ley"),
        "{text}"
    );
    assert!(text.contains("(G.L. c.265 §59)"), "{text}");
    assert!(text.contains("(G.L. c.276 §100A)"), "{text}");
    assert!(!text.contains("Why:"), "no English labels are left: {text}");

    let out = clearpath(&["screen", &file, "--today", "2026-11-29", "--lang", "xx"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--lang xx"), "{}", stderr(&out));
}

#[test]
fn screen_json_is_the_documented_format() {
    let dir = Scratch::new("json");
    let file = dir.write("answers.ron", ONE_CHARGE);
    let out = clearpath(&["screen", &file, "--today", "2026-11-29", "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let doc: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("valid JSON");
    assert_eq!(doc["format"], "clearpath-screening");
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["today"], "2026-11-29");
    let outcomes = doc["charges"][0]["outcomes"].as_array().expect("outcomes");
    let vacatur = outcomes
        .iter()
        .find(|o| o["remedy"] == "vacatur")
        .expect("vacatur outcome");
    assert_eq!(vacatur["status"], "available");
    assert_eq!(vacatur["citation"], "G.L. c.265 §59");
    let bill = outcomes
        .iter()
        .find(|o| o["rule_set"] == "bill-h1683")
        .expect("bill outcome");
    assert_eq!(bill["pending_bill"], "H.1683 / S.1116");
    let sets = doc["rules"]["rule_sets"].as_array().expect("rule sets");
    assert!(
        sets.iter()
            .any(|s| s["status"] == "pending" && s["reviewed"] == "2026-12-06")
    );
}

#[test]
fn bad_answers_exit_2_with_file_line_column_and_field() {
    let dir = Scratch::new("bad");
    let cases = [
        (
            "date.ron",
            "(\n  charges: [\n    (when: Date(\"2023-02-30\")),\n  ],\n)\n",
            ":3:",
            "2023-02-30",
        ),
        (
            "offense.ron",
            "(\n  charges: [\n    (offense: Offense(\"c272_53A_z\")),\n  ],\n)\n",
            ":3:23",
            "did you mean \"c272_53A_a\"?",
        ),
        (
            "syntax.ron",
            "(\n  charges: [\n    (court: Boston),\n  ],\n)\n",
            ":3:",
            "Boston",
        ),
        (
            "future.ron",
            "(\n  charges: [\n    (when: Date(\"2027-01-01\")),\n  ],\n)\n",
            ":3:17",
            "charges[1].when",
        ),
    ];
    for (name, text, place, detail) in cases {
        let file = dir.write(name, text);
        let out = clearpath(&["screen", &file, "--today", "2026-11-29"]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{name}: {err}");
        assert!(err.contains(&format!("{file}{place}")), "{name}: {err}");
        assert!(err.contains(detail), "{name}: {err}");
        assert!(!err.contains("panicked"), "{name}: {err}");
        assert!(
            stdout(&out).is_empty(),
            "{name}: nothing is printed on bad input"
        );
    }
}

#[test]
fn missing_answers_file_and_bad_today_exit_2() {
    let out = clearpath(&["screen", "/nonexistent/answers.ron"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("/nonexistent/answers.ron"));
    let dir = Scratch::new("today");
    let file = dir.write("answers.ron", ONE_CHARGE);
    let out = clearpath(&["screen", &file, "--today", "2026-02-30"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--today"), "{}", stderr(&out));
}

#[test]
fn version_names_the_rule_files_review_dates() {
    let out = clearpath(&["--version"]);
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(
        text.starts_with(&format!("clearpath {}\n", env!("CARGO_PKG_VERSION"))),
        "{text}"
    );
    assert!(
        text.contains(
            "current-law: Massachusetts law today, version 2026.12.06, reviewed 2026-12-06"
        ),
        "{text}"
    );
    assert!(text.contains("bill-h1683"), "{text}");
}

#[test]
fn check_rules_runs_the_worked_examples() {
    let out = clearpath(&["check-rules"]);
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("Rule files compile, with words in: en, es."),
        "{text}"
    );
    assert!(
        text.contains("ok    selling conviction with a trafficking link"),
        "{text}"
    );
}

#[test]
fn check_rules_reports_a_broken_override_with_its_place() {
    let dir = Scratch::new("rules");
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/current-law.ron");
    let text = std::fs::read_to_string(path).expect("rule file");
    let broken = text.replacen(
        "Is(\"outcome\", [\"open\"])",
        "Is(\"outcom\", [\"open\"])",
        1,
    );
    let line = broken
        .lines()
        .position(|l| l.contains("\"outcom\""))
        .expect("inserted")
        + 1;
    let file = dir.write("current-law.ron", &broken);
    let out = clearpath(&["check-rules", &dir.0.display().to_string()]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains(&format!("{file}:{line}:")), "{err}");
    assert!(err.contains("unknown fact \"outcom\""), "{err}");
    assert!(err.contains("did you mean \"outcome\"?"), "{err}");
}

#[test]
fn changed_words_for_built_in_rules_are_named_with_their_folder() {
    // A config folder whose rules/ holds one changed words file: `--version` reads the config
    // folder's rules/, and `check-rules` is given the same folder.
    let config = Scratch::new("words-config");
    let rules = config.0.join("clearpath/rules");
    std::fs::create_dir_all(rules.join("text/en")).expect("words dir");
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/text/en/offenses.ftl");
    let text = std::fs::read_to_string(path).expect("words file");
    std::fs::write(
        rules.join("text/en/offenses.ftl"),
        text.replace("common night walking", "night walking"),
    )
    .expect("write");
    let check = clearpath(&["check-rules", &rules.display().to_string()]);
    let version = Command::new(env!("CARGO_BIN_EXE_clearpath"))
        .arg("--version")
        .env("XDG_CONFIG_HOME", &config.0)
        .output()
        .expect("clearpath runs");
    for out in [check, version] {
        assert!(out.status.success(), "{}", stderr(&out));
        let text = stdout(&out);
        assert!(
            text.lines()
                .any(|l| l.starts_with("words text/en/offenses.ftl: from ")),
            "{text}"
        );
        // The rule files themselves are still the built-in ones.
        assert!(text.contains("built in"), "{text}");
        assert!(!text.contains("words text/en/current-law.ftl"), "{text}");
    }
}

#[test]
fn a_failing_worked_example_exits_1() {
    let dir = Scratch::new("examples");
    std::fs::create_dir_all(dir.0.join("examples")).expect("examples dir");
    dir.write(
        "examples/wrong.ron",
        r#"(
    name: "an expectation the rules do not meet",
    today: "2026-11-29",
    answers: (charges: [(offense: Offense("c272_53A_b"), court: MassachusettsAdult, outcome: Guilty)]),
    expect: [(charge: 1, remedy: "current-law/vacatur", status: Available)],
)
"#,
    );
    let out = clearpath(&["check-rules", &dir.0.display().to_string()]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let text = stdout(&out);
    assert!(
        text.contains("FAIL  an expectation the rules do not meet"),
        "{text}"
    );
    assert!(
        text.contains("expected Available, got NotAvailable"),
        "{text}"
    );
}
