//! The command line: `screen`, `summary`, `check-rules`, `--version`, and the window when no command is
//! given.
//!
//! Exit status: 0 on success, 1 when worked examples fail, 2 for bad input (arguments, answers or rule
//! files), with a message naming the file, line, column and what to do.

use std::ffi::OsString;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use jiff::civil::Date;

use crate::answers::Answers;
use crate::i18n::{self, DEFAULT_LANGUAGE, Texts};
use crate::rules::RuleBook;
use crate::source::SourceText;
use crate::summary::{self, Paper, SummaryOptions};
use crate::{calendar, cases, export, help, report, screening};

#[derive(Debug, Parser)]
#[command(
    name = "clearpath",
    about = "Private, offline screening for Massachusetts record relief. With no command, opens the window.",
    disable_version_flag = true
)]
struct Args {
    /// Print the version and the review dates of the rule files.
    #[arg(long)]
    version: bool,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Screen an answers file and print every outcome.
    Screen {
        /// The answers file (RON; see docs/answers-format.md).
        answers: PathBuf,
        /// The date to screen as of (YYYY-MM-DD); today by default.
        #[arg(long)]
        today: Option<String>,
        /// A folder of rule files overriding the built-in ones.
        #[arg(long)]
        rules: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// The language of the words (`en`, `es`, ...). JSON keeps its field names and codes in any
        /// language; only the words in it change.
        #[arg(long, default_value = "en")]
        lang: String,
    },
    /// Write the take-home summary of an answers file as a PDF.
    Summary {
        /// The answers file (RON; see docs/answers-format.md).
        answers: PathBuf,
        /// The PDF file to write (the only file written).
        #[arg(short = 'o', long = "output", value_name = "OUT.pdf")]
        output: PathBuf,
        /// The date to screen as of and to print (YYYY-MM-DD); today by default.
        #[arg(long)]
        today: Option<String>,
        /// Add the appendix for an advocate: citations, facts relied on, assumptions, rule files.
        #[arg(long)]
        advocate: bool,
        #[arg(long, value_enum, default_value_t = PaperArg::Letter)]
        paper: PaperArg,
        /// A name to print on the summary. It is kept in your shell's history: type it in the window
        /// instead where that matters.
        #[arg(long)]
        name: Option<String>,
        /// A folder of rule files overriding the built-in ones.
        #[arg(long)]
        rules: Option<PathBuf>,
        /// The language of the summary (`en`, `es`, ...).
        #[arg(long, default_value = "en")]
        lang: String,
        /// The language of the advocate's appendix, if not the summary's.
        #[arg(long, value_name = "LANG")]
        appendix_lang: Option<String>,
    },
    /// Compile rule files and run their worked examples.
    CheckRules {
        /// A folder of rule files overriding the built-in ones; if left out, the same rules `screen`
        /// and the window use (the config folder's rules/ if it exists, else the built-in ones).
        dir: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Json,
}

/// Paper sizes for `summary --paper`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum PaperArg {
    /// US Letter (the default).
    Letter,
    A4,
}

/// What went wrong, for the exit status.
enum Failure {
    /// Bad input: exit status 2.
    Input(String),
    /// Worked examples failed: exit status 1.
    Examples,
}

/// Run the program with these arguments (the first is the program's name).
pub fn run(args: impl IntoIterator<Item = OsString>) -> ExitCode {
    let args = match Args::try_parse_from(args) {
        Ok(a) => a,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let result = if args.version {
        version()
    } else {
        match args.command {
            None => crate::app::run().map_err(Failure::Input),
            Some(Command::Screen {
                answers,
                today,
                rules,
                format,
                lang,
            }) => screen(&answers, today.as_deref(), rules, format, &lang),
            Some(Command::Summary {
                answers,
                output,
                today,
                advocate,
                paper,
                name,
                rules,
                lang,
                appendix_lang,
            }) => summary(
                &answers,
                &output,
                today.as_deref(),
                rules,
                SummaryOptions {
                    advocate_appendix: advocate,
                    paper: match paper {
                        PaperArg::Letter => Paper::Letter,
                        PaperArg::A4 => Paper::A4,
                    },
                    language: lang,
                    appendix_language: appendix_lang,
                },
                name.as_deref(),
            ),
            Some(Command::CheckRules { dir }) => check_rules(dir),
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Input(message)) => {
            eprintln!("clearpath: {message}");
            ExitCode::from(2)
        }
        Err(Failure::Examples) => ExitCode::from(1),
    }
}

fn print(text: &str) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    // A closed pipe (`clearpath screen ... | head`) is not an error worth reporting.
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
    Ok(())
}

fn load_rules(dir: Option<&Path>, language: &str) -> Result<RuleBook, Failure> {
    RuleBook::locate_in(dir, language).map_err(|e| Failure::Input(format!("rule file error: {e}")))
}

/// A language the program has words for, or a message listing them.
fn check_language(language: &str) -> Result<(), Failure> {
    let known = i18n::languages();
    if known.contains(&language) {
        Ok(())
    } else {
        Err(Failure::Input(format!(
            "--lang {language}: no such language; choose one of {}",
            known.join(", ")
        )))
    }
}

fn texts(language: &str) -> Result<Texts, Failure> {
    Texts::new(language).map_err(|e| Failure::Input(format!("translation file error: {e}")))
}

/// Today's date where the computer is.
pub fn local_today() -> Date {
    jiff::ZonedDateTime::now().date()
}

fn version() -> Result<(), Failure> {
    let book = load_rules(None, DEFAULT_LANGUAGE)?;
    let mut text = format!("clearpath {}\n", env!("CARGO_PKG_VERSION"));
    text.push_str(&rules_summary(&book));
    print(&text)
}

/// One line per rule file: its version, review date and where it came from.
pub fn rules_summary(book: &RuleBook) -> String {
    let mut text = format!(
        "offense list: version {}, reviewed {}\n",
        book.catalog.version, book.catalog.reviewed
    );
    for set in &book.rule_sets {
        text.push_str(&format!(
            "{}: {}, version {}, reviewed {}, {}\n",
            set.id, set.title, set.version, set.reviewed, set.origin
        ));
    }
    text
}

fn parse_today(today: Option<&str>) -> Result<Date, Failure> {
    match today {
        Some(t) => calendar::parse_date(t).map_err(|e| Failure::Input(format!("--today: {e}"))),
        None => Ok(local_today()),
    }
}

fn screen(
    path: &std::path::Path,
    today: Option<&str>,
    rules: Option<PathBuf>,
    format: Format,
    language: &str,
) -> Result<(), Failure> {
    check_language(language)?;
    let today = parse_today(today)?;
    let book = load_rules(rules.as_deref(), language)?;
    let answers = read_answers(path, &book, today)?;
    let result = screening::screen(&book, &answers, today);
    let out = match format {
        Format::Text => report::text(&result, &texts(language)?),
        Format::Json => report::json(&result, &texts(language)?) + "\n",
    };
    print(&out)
}

/// Read an answers file and check it against the rules and the date (bad input names file:line:col).
fn read_answers(path: &std::path::Path, book: &RuleBook, today: Date) -> Result<Answers, Failure> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        Failure::Input(format!(
            "{}: cannot read the answers file: {e}",
            path.display()
        ))
    })?;
    let source = SourceText::new(path.display().to_string(), text);
    let answers = Answers::parse(&source).map_err(|e| Failure::Input(e.to_string()))?;
    let ids = book.catalog.answer_ids();
    answers
        .validate(
            &source,
            |id| book.catalog.mask_of(id).is_some(),
            &ids,
            today,
        )
        .map_err(|e| Failure::Input(e.to_string()))?;
    Ok(answers)
}

fn summary(
    path: &std::path::Path,
    output: &std::path::Path,
    today: Option<&str>,
    rules: Option<PathBuf>,
    options: SummaryOptions,
    name: Option<&str>,
) -> Result<(), Failure> {
    check_language(&options.language)?;
    if let Some(appendix) = &options.appendix_language {
        check_language(appendix)?;
    }
    let today = parse_today(today)?;
    let book = load_rules(rules.as_deref(), &options.language)?;
    let answers = read_answers(path, &book, today)?;
    let help = help::bundled().map_err(|e| Failure::Input(format!("help list error: {e}")))?;
    let result = screening::screen(&book, &answers, today);
    let appendix_book = match &options.appendix_language {
        Some(language) if options.advocate_appendix && *language != options.language => Some(
            book.in_language(language)
                .map_err(|e| Failure::Input(format!("rule file error: {e}")))?,
        ),
        _ => None,
    };
    let appendix_result = appendix_book
        .as_ref()
        .map(|b| screening::screen(b, &answers, today));
    let model = summary::build_with_appendix(
        &result,
        appendix_result.as_ref(),
        &help,
        today,
        name,
        &options,
    )
    .map_err(|e| Failure::Input(format!("translation file error: {e}")))?;
    let bytes = summary::pdf_bytes(&model).map_err(|e| Failure::Input(e.to_string()))?;
    export::save_pdf(&bytes, output).map_err(|e| Failure::Input(e.to_string()))
}

fn check_rules(dir: Option<PathBuf>) -> Result<(), Failure> {
    let book = load_rules(dir.as_deref(), DEFAULT_LANGUAGE)?;
    // The words of every language the rules or the program have, each complete.
    let mut languages = book.languages();
    languages.extend(i18n::languages().iter().map(|l| l.to_string()));
    languages.sort_unstable();
    languages.dedup();
    for language in &languages {
        book.in_language(language)
            .map_err(|e| Failure::Input(format!("rule file error: {e}")))?;
    }
    let mut text = format!(
        "Rule files compile, with words in: {}.\n",
        languages.join(", ")
    );
    text.push_str(&rules_summary(&book));
    let mut failed = 0;
    for example in &book.examples {
        let r = cases::run(&book, &example.source);
        if r.passed() {
            text.push_str(&format!("ok    {} ({})\n", r.name, r.file));
        } else {
            failed += 1;
            text.push_str(&format!("FAIL  {} ({})\n", r.name, r.file));
            for f in &r.failures {
                text.push_str(&format!("      {f}\n"));
            }
        }
    }
    text.push_str(&format!(
        "{} passed, {} failed\n",
        book.examples.len() - failed,
        failed
    ));
    print(&text)?;
    if failed > 0 {
        Err(Failure::Examples)
    } else {
        Ok(())
    }
}
