//! The command line: `screen`, `summary`, `drafts`, `check-rules`, `--version`, and the window when no
//! command is given.
//!
//! Exit status: 0 on success, 1 when worked examples fail, 2 for bad input (arguments, answers or rule
//! files), with a message naming the file, line, column and what to do.

use std::ffi::OsString;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use jiff::civil::Date;

use crate::answers::Answers;
use crate::i18n::{self, DEFAULT_LANGUAGE, Texts};
use crate::questionnaire::chooser;
use crate::render::drafts::{DraftFormat, DraftKind, DraftOptions};
use crate::render::summary::{self, Paper, SummaryOptions};
use crate::rules::RuleBook;
use crate::rules::RuleOrigin;
use crate::rules::text::TEXT_DIR;
use crate::source::SourceText;
use crate::{calendar, cases, export, help, present, render, screening, table};

/// What the command line asked for.
#[derive(Debug, PartialEq)]
enum Command {
    /// No command: open the window.
    Window,
    /// `--version`.
    Version,
    /// `--help` or `help`, for the program or one command: the text to print.
    Help(&'static str),
    Screen(ScreenCommand),
    Summary(SummaryCommand),
    Drafts(DraftsCommand),
    CheckRules {
        dir: Option<PathBuf>,
    },
}

/// `screen`'s arguments.
#[derive(Debug, PartialEq)]
struct ScreenCommand {
    answers: PathBuf,
    today: Option<String>,
    rules: Option<PathBuf>,
    format: Format,
    lang: String,
}

/// `summary`'s arguments.
#[derive(Debug, PartialEq)]
struct SummaryCommand {
    answers: PathBuf,
    output: PathBuf,
    today: Option<String>,
    rules: Option<PathBuf>,
    /// A name to print on the summary.
    name: Option<String>,
    /// `--advocate`, `--paper`, `--lang`, `--appendix-lang`.
    options: SummaryOptions,
}

/// `drafts`'s arguments.
#[derive(Debug, PartialEq)]
struct DraftsCommand {
    answers: PathBuf,
    today: Option<String>,
    rules: Option<PathBuf>,
    lang: String,
    paper: Paper,
    /// `--list`, or the draft to write.
    what: DraftsWhat,
}

#[derive(Debug, PartialEq)]
enum DraftsWhat {
    List,
    Write {
        /// Counted from 1, as the screening numbers charges.
        charge: usize,
        route: DraftKind,
        output: PathBuf,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Text,
    Json,
}

const HELP: &str = "\
Private, offline screening for Massachusetts record relief. With no command, opens the window.

Usage: clearpath [COMMAND]

Commands:
  screen       Screen an answers file and print every outcome
  summary      Write the take-home summary of an answers file as a PDF
  drafts       Write a filing draft for one charge (PDF or Word), or list the drafts there are
  check-rules  Compile rule files and run their worked examples
  help         Print this message or the help of a command

Options:
      --version  Print the version and the review dates of the rule files
  -h, --help     Print help (`clearpath help COMMAND` or `clearpath COMMAND --help` for a command)
";

const SCREEN_HELP: &str = "\
Screen an answers file and print every outcome.

Usage: clearpath screen [OPTIONS] <ANSWERS>

Arguments:
  <ANSWERS>  The answers file: RON (docs/answers-format.md), or CSV if its name ends in .csv,
             a row per charge (docs/answers-csv.md)

Options:
      --today <DATE>     The date to screen as of (YYYY-MM-DD); today by default
      --rules <DIR>      A folder of rule files overriding the built-in ones
      --format <FORMAT>  text (the default) or json
      --lang <LANG>      The language of the words (en, es, ...; en by default). JSON keeps its
                         field names and codes in any language; only the words in it change
  -h, --help             Print help
";

const SUMMARY_HELP: &str = "\
Write the take-home summary of an answers file as a PDF.

Usage: clearpath summary [OPTIONS] --output <OUT.pdf> <ANSWERS>

Arguments:
  <ANSWERS>  The answers file: RON (docs/answers-format.md), or CSV if its name ends in .csv,
             a row per charge (docs/answers-csv.md)

Options:
  -o, --output <OUT.pdf>        The PDF file to write (the only file written)
      --today <DATE>            The date to screen as of and to print (YYYY-MM-DD); today by default
      --advocate                Add the appendix for an advocate: citations, facts relied on,
                                assumptions, rule files
      --paper <PAPER>           letter (US Letter, the default) or a4
      --name <NAME>             A name to print on the summary. It is kept in your shell's history:
                                type it in the window instead where that matters
      --rules <DIR>             A folder of rule files overriding the built-in ones
      --lang <LANG>             The language of the summary (en, es, ...; en by default)
      --appendix-lang <LANG>    The language of the advocate's appendix, if not the summary's
  -h, --help                    Print help
";

const DRAFTS_HELP: &str = "\
Write a filing draft for one charge and one route under the law today, for a lawyer or advocate to
review, edit and file: a motion to vacate (vacatur, G.L. c.265 §59), a petition to seal (seal-court,
c.276 §100C), a worksheet for sealing by mail (seal-mail, §100A) or for expungement (expunge,
§§100F-100H, §100K). A draft is not legal advice.

Usage: clearpath drafts [OPTIONS] <ANSWERS> --charge <N> --route <ROUTE> --output <OUT>
       clearpath drafts [OPTIONS] <ANSWERS> --list

Arguments:
  <ANSWERS>  The answers file (RON; see docs/answers-format.md)

Options:
      --charge <N>          The charge, numbered from 1 as `screen` lists them
      --route <ROUTE>       vacatur, seal-court, seal-mail or expunge
  -o, --output <OUT>        The file to write, OUT.pdf or OUT.docx (the only file written)
      --list                Print the drafts the answers allow, charge by charge
      --today <DATE>        The date to screen as of and to print (YYYY-MM-DD); today by default
      --paper <PAPER>       letter (US Letter, the default) or a4
      --rules <DIR>         A folder of rule files overriding the built-in ones
      --lang <LANG>         The language of the draft (en, es, ...; en by default)
  -h, --help                Print help

Exit status 2 when the route does not apply to that charge (the message says which do), when there
is no such charge, or when OUT ends in neither .pdf nor .docx.
";

const CHECK_RULES_HELP: &str = "\
Compile rule files and run their worked examples.

Usage: clearpath check-rules [DIR]

Arguments:
  [DIR]  A folder of rule files overriding the built-in ones; if left out, the same rules `screen`
         and the window use (the config folder's rules/ if it exists, else the built-in ones)

Options:
  -h, --help  Print help
";

/// A mistake in the arguments, with the help text of the command it was made in.
#[derive(Debug, PartialEq)]
struct Usage {
    message: String,
    help: &'static str,
}

/// The help text of a command, by name.
fn help_of(command: &str) -> Option<&'static str> {
    match command {
        "screen" => Some(SCREEN_HELP),
        "summary" => Some(SUMMARY_HELP),
        "drafts" => Some(DRAFTS_HELP),
        "check-rules" => Some(CHECK_RULES_HELP),
        _ => None,
    }
}

/// An argument as text, or a message naming the option it was given to.
fn text(value: OsString, option: &str) -> Result<String, String> {
    value
        .into_string()
        .map_err(|v| format!("{option}: {v:?} is not valid text"))
}

/// The next argument.
fn next(parser: &mut lexopt::Parser) -> Result<Option<lexopt::Arg<'_>>, String> {
    parser.next().map_err(|e| e.to_string())
}

/// The value after an option, as text.
fn text_value(parser: &mut lexopt::Parser, option: &str) -> Result<String, String> {
    text(parser.value().map_err(|e| e.to_string())?, option)
}

/// The value after an option, as a path (any bytes the system allows).
fn path_value(parser: &mut lexopt::Parser) -> Result<PathBuf, String> {
    parser.value().map(PathBuf::from).map_err(|e| e.to_string())
}

fn no_such_command(name: &str) -> String {
    format!("no command \"{name}\"; the commands are screen, summary, drafts and check-rules")
}

/// Parse the arguments (the first is the program's name).
fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command, Usage> {
    let mut help = HELP;
    parse_into(&mut lexopt::Parser::from_iter(args), &mut help)
        .map_err(|message| Usage { message, help })
}

/// [`parse`], setting `help` to the help of the command being parsed, for the error message.
fn parse_into(parser: &mut lexopt::Parser, help: &mut &'static str) -> Result<Command, String> {
    use lexopt::Arg::{Long, Short, Value};

    let command = match next(parser)? {
        None => return Ok(Command::Window),
        Some(Long("version")) => return Ok(Command::Version),
        Some(Short('h') | Long("help")) => return Ok(Command::Help(HELP)),
        Some(Value(name)) => text(name, "the command")?,
        Some(other) => return Err(other.unexpected().to_string()),
    };
    if command == "help" {
        return match next(parser)? {
            None => Ok(Command::Help(HELP)),
            Some(Value(name)) => {
                let name = text(name, "help")?;
                help_of(&name)
                    .map(Command::Help)
                    .ok_or_else(|| no_such_command(&name))
            }
            Some(other) => Err(other.unexpected().to_string()),
        };
    }
    *help = help_of(&command).ok_or_else(|| no_such_command(&command))?;
    let (screen, summary) = (command == "screen", command == "summary");
    let drafts = command == "drafts";
    let (mut charge, mut route, mut list) = (None, None, false);

    let mut positional = None;
    let (mut output, mut today, mut rules, mut name, mut appendix_lang) =
        (None, None, None, None, None);
    let (mut format, mut paper, mut lang, mut advocate) = (
        Format::Text,
        Paper::Letter,
        DEFAULT_LANGUAGE.to_string(),
        false,
    );
    while let Some(arg) = next(parser)? {
        match arg {
            Short('h') | Long("help") => return Ok(Command::Help(help)),
            Value(v) if positional.is_none() => positional = Some(PathBuf::from(v)),
            Long("today") if screen || summary || drafts => {
                today = Some(text_value(parser, "--today")?);
            }
            Long("rules") if screen || summary || drafts => rules = Some(path_value(parser)?),
            Long("lang") if screen || summary || drafts => lang = text_value(parser, "--lang")?,
            Long("charge") if drafts => {
                let value = text_value(parser, "--charge")?;
                charge = Some(
                    value
                        .parse::<usize>()
                        .ok()
                        .filter(|n| *n > 0)
                        .ok_or_else(|| {
                            format!("--charge {value}: give a charge's number, counted from 1")
                        })?,
                );
            }
            Long("route") if drafts => {
                let value = text_value(parser, "--route")?;
                route = Some(DraftKind::from_name(&value).ok_or_else(|| {
                    format!("--route {value}: choose vacatur, seal-court, seal-mail or expunge")
                })?);
            }
            Long("list") if drafts => list = true,
            Long("format") if screen => {
                format = match text_value(parser, "--format")?.as_str() {
                    "text" => Format::Text,
                    "json" => Format::Json,
                    other => return Err(format!("--format {other}: choose text or json")),
                };
            }
            Short('o') | Long("output") if summary || drafts => output = Some(path_value(parser)?),
            Long("advocate") if summary => advocate = true,
            Long("paper") if summary || drafts => {
                paper = match text_value(parser, "--paper")?.as_str() {
                    "letter" => Paper::Letter,
                    "a4" => Paper::A4,
                    other => return Err(format!("--paper {other}: choose letter or a4")),
                };
            }
            Long("name") if summary => name = Some(text_value(parser, "--name")?),
            Long("appendix-lang") if summary => {
                appendix_lang = Some(text_value(parser, "--appendix-lang")?);
            }
            other => return Err(other.unexpected().to_string()),
        }
    }
    if !(screen || summary || drafts) {
        return Ok(Command::CheckRules { dir: positional });
    }
    let answers = positional.ok_or("the answers file is missing")?;
    if drafts {
        let what = if list {
            DraftsWhat::List
        } else {
            DraftsWhat::Write {
                charge: charge.ok_or("--charge N is missing (or use --list)")?,
                route: route
                    .ok_or("--route is missing: vacatur, seal-court, seal-mail or expunge")?,
                output: output.ok_or("--output OUT.pdf or OUT.docx is missing")?,
            }
        };
        return Ok(Command::Drafts(DraftsCommand {
            answers,
            today,
            rules,
            lang,
            paper,
            what,
        }));
    }
    Ok(if screen {
        Command::Screen(ScreenCommand {
            answers,
            today,
            rules,
            format,
            lang,
        })
    } else {
        Command::Summary(SummaryCommand {
            answers,
            output: output.ok_or("--output OUT.pdf is missing")?,
            today,
            rules,
            name,
            options: SummaryOptions {
                advocate_appendix: advocate,
                paper,
                language: lang,
                appendix_language: appendix_lang,
            },
        })
    })
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
    let command = match parse(args) {
        Ok(c) => c,
        Err(Usage { message, help }) => {
            let usage = help.lines().find(|l| l.starts_with("Usage:")).unwrap_or("");
            eprintln!("clearpath: {message}\n\n{usage}\n\nFor more, try --help.");
            return ExitCode::from(2);
        }
    };
    let result = match command {
        Command::Version => version(),
        Command::Help(text) => print(text),
        Command::Window => window(),
        Command::Screen(command) => screen(&command),
        Command::Summary(command) => summary(&command),
        Command::Drafts(command) => drafts(&command),
        Command::CheckRules { dir } => check_rules(dir),
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

#[cfg(feature = "window")]
fn window() -> Result<(), Failure> {
    crate::app::run().map_err(Failure::Input)
}

/// A build without the `window` feature (the fuzz targets' build) has the commands only.
#[cfg(not(feature = "window"))]
fn window() -> Result<(), Failure> {
    Err(Failure::Input(
        "this build has no window; use a command (try --help)".to_owned(),
    ))
}

fn print(text: &str) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    // A closed pipe (`clearpath screen ... | head`) is not an error worth reporting.
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
    Ok(())
}

fn load_rules(dir: Option<&Path>) -> Result<RuleBook, Failure> {
    RuleBook::locate(dir).map_err(|e| Failure::Input(format!("rule file error: {e}")))
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

/// The program's words and the rules' in `language`.
fn texts(language: &str, book: &RuleBook) -> Result<Texts, Failure> {
    Texts::new(language)
        .map_err(|e| Failure::Input(format!("translation file error: {e}")))?
        .with_rules(book)
        .map_err(|e| Failure::Input(format!("rule file error: {e}")))
}

fn version() -> Result<(), Failure> {
    let book = load_rules(None)?;
    let mut text = format!("clearpath {}\n", env!("CARGO_PKG_VERSION"));
    text.push_str(&rules_summary(&book));
    print(&text)
}

/// One line per rule file: its version, review date and where it came from; then one line per words
/// file that does not come with the program (a clinic's changed words for built-in rules show here).
/// Titles are in the default language.
pub fn rules_summary(book: &RuleBook) -> String {
    let words = Texts::new(DEFAULT_LANGUAGE)
        .ok()
        .and_then(|t| t.with_rules(book).ok());
    let title = |id: &str| match &words {
        Some(t) => t.say(&crate::message::Msg::rule(id)),
        None => id.to_string(),
    };
    let mut text = format!(
        "offense list: version {}, reviewed {}\n",
        book.catalog.version, book.catalog.reviewed
    );
    for set in &book.rule_sets {
        text.push_str(&format!(
            "{}: {}, version {}, reviewed {}, {}\n",
            set.id,
            title(&set.title),
            set.version,
            set.reviewed,
            set.origin
        ));
    }
    for draft in &book.drafts {
        text.push_str(&format!(
            "draft {}: version {}, reviewed {}\n",
            draft.kind, draft.version, draft.reviewed
        ));
    }
    for file in &book.files {
        if file.name.starts_with(TEXT_DIR) && file.origin != RuleOrigin::Bundled {
            text.push_str(&format!("words {}: {}\n", file.name, file.origin));
        }
    }
    text
}

fn parse_today(today: Option<&str>) -> Result<Date, Failure> {
    match today {
        Some(t) => calendar::parse_date(t).map_err(|e| Failure::Input(format!("--today: {e}"))),
        None => Ok(crate::calendar::local_today()),
    }
}

fn screen(command: &ScreenCommand) -> Result<(), Failure> {
    let language = command.lang.as_str();
    check_language(language)?;
    let today = parse_today(command.today.as_deref())?;
    let book = load_rules(command.rules.as_deref())?;
    let t = texts(language, &book)?;
    let answers = read_answers(&command.answers, &book, today, language)?;
    let result = screening::screen(&book, &answers, today);
    let p = present::present(&result);
    let out = match command.format {
        Format::Text => render::text::text(&p, &t),
        Format::Json => render::json::json(&p, &t) + "\n",
    };
    print(&out)
}

/// Read an answers file (RON, or CSV by its `.csv` extension) and check it against the rules and
/// the date (bad input names file:line:col). `language` is the words shown, whose offense names a CSV
/// file's offense cells may use besides the English ones.
fn read_answers(
    path: &std::path::Path,
    book: &RuleBook,
    today: Date,
    language: &str,
) -> Result<Answers, Failure> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        let hint = if e.kind() == std::io::ErrorKind::InvalidData {
            " (save it as UTF-8 text; a spreadsheet calls it \"CSV UTF-8\")"
        } else {
            ""
        };
        Failure::Input(format!(
            "{}: cannot read the answers file: {e}{hint}",
            path.display()
        ))
    })?;
    let source = SourceText::new(path.display().to_string(), text);
    if is_csv(path) {
        let english = texts(DEFAULT_LANGUAGE, book)?;
        let shown = (language != DEFAULT_LANGUAGE)
            .then(|| texts(language, book))
            .transpose()?;
        let candidates = match &shown {
            Some(shown) => chooser::for_texts(book, shown, Some(&english)),
            None => chooser::for_texts(book, &english, None),
        };
        let reader = table::Reader::new(book, candidates, today);
        let answers =
            table::csv::read(&source, &reader).map_err(|e| Failure::Input(e.to_string()))?;
        // The cells were checked as they were read; this checks the same rules again.
        book.validate_answers(&answers, &source, today)
            .map_err(|e| Failure::Input(e.to_string()))?;
        return Ok(answers);
    }
    let answers = Answers::parse(&source).map_err(|e| Failure::Input(e.to_string()))?;
    book.validate_answers(&answers, &source, today)
        .map_err(|e| Failure::Input(e.to_string()))?;
    Ok(answers)
}

/// Whether a file is read as CSV: by its extension, `.csv` in any case.
fn is_csv(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
}

fn summary(command: &SummaryCommand) -> Result<(), Failure> {
    let options = &command.options;
    check_language(&options.language)?;
    if let Some(appendix) = &options.appendix_language {
        check_language(appendix)?;
    }
    let today = parse_today(command.today.as_deref())?;
    let book = load_rules(command.rules.as_deref())?;
    let answers = read_answers(&command.answers, &book, today, &options.language)?;
    let help = help::bundled().map_err(|e| Failure::Input(format!("help list error: {e}")))?;
    let result = screening::screen(&book, &answers, today);
    let bytes = summary::make(
        &present::present(&result),
        &book,
        today,
        &help,
        command.name.as_deref(),
        options,
    )
    .map_err(|e| Failure::Input(e.to_string()))?;
    export::save_pdf(&bytes, &command.output).map_err(|e| Failure::Input(e.to_string()))
}

fn drafts(command: &DraftsCommand) -> Result<(), Failure> {
    check_language(&command.lang)?;
    let format = match &command.what {
        DraftsWhat::Write { output, .. } => {
            Some(DraftFormat::from_path(output).ok_or_else(|| {
                Failure::Input(format!(
                    "{}: the draft is written as PDF or Word; end the file name in .pdf or .docx",
                    output.display()
                ))
            })?)
        }
        DraftsWhat::List => None,
    };
    let today = parse_today(command.today.as_deref())?;
    let book = load_rules(command.rules.as_deref())?;
    let answers = read_answers(&command.answers, &book, today, &command.lang)?;
    let result = screening::screen(&book, &answers, today);
    match (&command.what, format) {
        (
            DraftsWhat::Write {
                charge,
                route,
                output,
            },
            Some(format),
        ) => {
            let options = DraftOptions {
                language: command.lang.clone(),
                paper: command.paper,
                format,
            };
            let bytes = render::drafts::make(&result, *charge, *route, &options)
                .map_err(|e| Failure::Input(e.to_string()))?;
            export::write_atomically(output, &bytes, ".draft-").map_err(|e| {
                Failure::Input(format!("{}: cannot write the draft: {e}", output.display()))
            })
        }
        _ => {
            let p = present::present(&result);
            let drafts = render::drafts::available(&p, &book);
            let mut text = String::new();
            for c in &p.charges {
                let kinds: Vec<&str> = drafts
                    .iter()
                    .filter(|(n, _)| *n == c.number)
                    .map(|(_, k)| k.name())
                    .collect();
                let kinds = if kinds.is_empty() {
                    "(none)".to_string()
                } else {
                    kinds.join(" ")
                };
                text.push_str(&format!("charge {}: {kinds}\n", c.number));
            }
            print(&text)
        }
    }
}

fn check_rules(dir: Option<PathBuf>) -> Result<(), Failure> {
    let book = load_rules(dir.as_deref())?;
    // The words of every language the rules or the program have, each complete and none taking a
    // program message's id.
    let mut languages = book.languages();
    languages.extend(i18n::languages().iter().map(|l| l.to_string()));
    languages.sort_unstable();
    languages.dedup();
    for language in &languages {
        book.check_language(language)
            .map_err(|e| Failure::Input(format!("rule file error: {e}")))?;
        if i18n::languages().contains(&language.as_str()) {
            texts(language, &book)?;
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_words(words: &[&str]) -> Result<Command, Usage> {
        parse(
            std::iter::once("clearpath")
                .chain(words.iter().copied())
                .map(OsString::from),
        )
    }

    fn error(words: &[&str]) -> (String, &'static str) {
        match parse_words(words) {
            Err(Usage { message, help }) => (message, help),
            Ok(c) => panic!("{words:?} parsed as {c:?}"),
        }
    }

    #[test]
    fn no_command_opens_the_window_and_flags_answer_at_once() {
        assert_eq!(parse_words(&[]), Ok(Command::Window));
        assert_eq!(parse_words(&["--version"]), Ok(Command::Version));
        assert_eq!(parse_words(&["-h"]), Ok(Command::Help(HELP)));
        assert_eq!(parse_words(&["help"]), Ok(Command::Help(HELP)));
        assert_eq!(
            parse_words(&["help", "summary"]),
            Ok(Command::Help(SUMMARY_HELP))
        );
        assert_eq!(
            parse_words(&["screen", "a.ron", "--help"]),
            Ok(Command::Help(SCREEN_HELP))
        );
        assert_eq!(
            parse_words(&["check-rules", "-h"]),
            Ok(Command::Help(CHECK_RULES_HELP))
        );
    }

    #[test]
    fn screen_takes_its_options_in_any_order_and_both_spellings() {
        assert_eq!(
            parse_words(&[
                "screen",
                "--format=json",
                "a.ron",
                "--today",
                "2026-11-29",
                "--lang",
                "es"
            ]),
            Ok(Command::Screen(ScreenCommand {
                answers: "a.ron".into(),
                today: Some("2026-11-29".into()),
                rules: None,
                format: Format::Json,
                lang: "es".into(),
            }))
        );
        assert_eq!(
            parse_words(&["screen", "a.ron"]),
            Ok(Command::Screen(ScreenCommand {
                answers: "a.ron".into(),
                today: None,
                rules: None,
                format: Format::Text,
                lang: DEFAULT_LANGUAGE.into(),
            }))
        );
    }

    #[test]
    fn summary_takes_every_option() {
        assert_eq!(
            parse_words(&[
                "summary",
                "a.ron",
                "-o",
                "out.pdf",
                "--advocate",
                "--paper",
                "a4",
                "--name",
                "María",
                "--rules",
                "dir",
                "--lang",
                "es",
                "--appendix-lang",
                "en",
                "--today",
                "2026-11-29",
            ]),
            Ok(Command::Summary(SummaryCommand {
                answers: "a.ron".into(),
                output: "out.pdf".into(),
                today: Some("2026-11-29".into()),
                rules: Some("dir".into()),
                name: Some("María".into()),
                options: SummaryOptions {
                    advocate_appendix: true,
                    paper: Paper::A4,
                    language: "es".into(),
                    appendix_language: Some("en".into()),
                },
            }))
        );
        let Ok(Command::Summary(command)) = parse_words(&["summary", "--output=x.pdf", "a.ron"])
        else {
            panic!("a summary");
        };
        assert_eq!(command.output, PathBuf::from("x.pdf"));
        assert_eq!(command.options, SummaryOptions::default());
    }

    #[test]
    fn drafts_takes_a_charge_a_route_and_an_output_or_list() {
        assert_eq!(
            parse_words(&[
                "drafts",
                "a.ron",
                "--charge",
                "2",
                "--route",
                "seal-court",
                "-o",
                "out.docx",
                "--lang",
                "es",
                "--paper",
                "a4",
                "--today",
                "2026-12-07",
            ]),
            Ok(Command::Drafts(DraftsCommand {
                answers: "a.ron".into(),
                today: Some("2026-12-07".into()),
                rules: None,
                lang: "es".into(),
                paper: Paper::A4,
                what: DraftsWhat::Write {
                    charge: 2,
                    route: DraftKind::SealCourt,
                    output: "out.docx".into(),
                },
            }))
        );
        let Ok(Command::Drafts(command)) = parse_words(&["drafts", "a.ron", "--list"]) else {
            panic!("a drafts command");
        };
        assert_eq!(command.what, DraftsWhat::List);
        for (words, needle) in [
            (
                &["drafts", "a.ron", "--route", "vacatur", "-o", "x.pdf"][..],
                "--charge N is missing",
            ),
            (
                &["drafts", "a.ron", "--charge", "1", "-o", "x.pdf"][..],
                "--route is missing",
            ),
            (
                &["drafts", "a.ron", "--charge", "1", "--route", "vacatur"][..],
                "--output",
            ),
            (
                &["drafts", "a.ron", "--charge", "0", "--route", "vacatur"][..],
                "--charge 0",
            ),
            (
                &["drafts", "a.ron", "--charge", "x", "--route", "vacatur"][..],
                "--charge x",
            ),
            (
                &["drafts", "a.ron", "--charge", "1", "--route", "seal"][..],
                "--route seal",
            ),
            (&["drafts", "a.ron", "--advocate"][..], "--advocate"),
        ] {
            let (message, help) = error(words);
            assert!(message.contains(needle), "{words:?}: {message}");
            assert_eq!(help, DRAFTS_HELP, "{words:?}");
        }
    }

    #[test]
    fn check_rules_takes_an_optional_folder() {
        assert_eq!(
            parse_words(&["check-rules"]),
            Ok(Command::CheckRules { dir: None })
        );
        assert_eq!(
            parse_words(&["check-rules", "rules"]),
            Ok(Command::CheckRules {
                dir: Some("rules".into())
            })
        );
    }

    #[test]
    fn mistakes_are_named_with_the_help_of_their_command() {
        let cases: &[(&[&str], &str, &str)] = &[
            (&["scren"], "no command \"scren\"", HELP),
            (&["help", "scren"], "no command \"scren\"", HELP),
            (&["--bogus"], "--bogus", HELP),
            (&["screen"], "the answers file is missing", SCREEN_HELP),
            (&["screen", "a.ron", "b.ron"], "b.ron", SCREEN_HELP),
            (
                &["screen", "a.ron", "--format", "pdf"],
                "--format pdf",
                SCREEN_HELP,
            ),
            (&["screen", "a.ron", "--today"], "--today", SCREEN_HELP),
            (
                &["screen", "a.ron", "--advocate"],
                "--advocate",
                SCREEN_HELP,
            ),
            (
                &["summary", "a.ron"],
                "--output OUT.pdf is missing",
                SUMMARY_HELP,
            ),
            (
                &["summary", "a.ron", "-o", "x.pdf", "--paper", "legal"],
                "--paper legal",
                SUMMARY_HELP,
            ),
            (
                &["summary", "a.ron", "-o", "x.pdf", "--format", "json"],
                "--format",
                SUMMARY_HELP,
            ),
            (
                &["check-rules", "--today", "2026-11-29"],
                "--today",
                CHECK_RULES_HELP,
            ),
        ];
        for (words, needle, help) in cases {
            let (message, got_help) = error(words);
            assert!(message.contains(needle), "{words:?}: {message}");
            assert_eq!(got_help, *help, "{words:?}");
        }
    }

    #[test]
    fn every_help_names_its_usage_and_every_option_it_parses() {
        for (help, options) in [
            (
                SCREEN_HELP,
                &["--today", "--rules", "--format", "--lang", "--help"][..],
            ),
            (
                SUMMARY_HELP,
                &[
                    "--output",
                    "--today",
                    "--advocate",
                    "--paper",
                    "--name",
                    "--rules",
                    "--lang",
                    "--appendix-lang",
                    "--help",
                ][..],
            ),
            (
                DRAFTS_HELP,
                &[
                    "--charge", "--route", "--output", "--list", "--today", "--paper", "--rules",
                    "--lang", "--help",
                ][..],
            ),
            (CHECK_RULES_HELP, &["[DIR]", "--help"][..]),
            (
                HELP,
                &[
                    "screen",
                    "summary",
                    "drafts",
                    "check-rules",
                    "--version",
                    "--help",
                ][..],
            ),
        ] {
            assert!(
                help.lines().any(|l| l.starts_with("Usage: clearpath")),
                "{help}"
            );
            for option in options {
                assert!(help.contains(option), "{option} missing from:\n{help}");
            }
        }
    }
}
