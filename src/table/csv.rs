//! Answers in a CSV file (`docs/answers-csv.md`), for `clearpath screen FILE.csv` and
//! `clearpath summary FILE.csv`: first the whole record's answers, a row per question (its name, its
//! answer), then a header row naming the charges' columns and a row per charge.
//!
//! Cells are read as typed ([`super::Reader`]). The file is refused at its first unreadable cell,
//! with the file, line and column, the cell's name (`D3`), what it holds and what was expected, as
//! an answers file's mistakes are ([`AnswersError`]).

use crate::answers::{Answers, AnswersError, RecordFacts, Reply, When};
use crate::source::{Place, SourceText};

use super::{Column, PlacedText, Reader, choice, header_columns, header_key, records};

/// The whole record's questions, as the first cell of their rows names them: the answers format's
/// fields of `record`, a dot between a group and its field.
pub const RECORD_QUESTIONS: [&str; 16] = [
    "other_ma_guilty.last_3_years",
    "other_ma_guilty.last_7_years",
    "other_ma_guilty.latest",
    "out_of_state.any",
    "out_of_state.latest",
    "other_imprisonment.last_7_years",
    "other_imprisonment.latest",
    "other_commitment.last_3_years",
    "other_commitment.latest",
    "other_cases",
    "same_incident",
    "false_identity",
    "open_case",
    "supervision_now",
    "registered",
    "us_citizen",
];

/// Where a record question's answer goes.
enum Slot<'a> {
    Reply(&'a mut Reply),
    When(&'a mut When),
}

fn slot<'a>(record: &'a mut RecordFacts, question: &str) -> Option<Slot<'a>> {
    Some(match question {
        "other_ma_guilty.last_3_years" => Slot::Reply(&mut record.other_ma_guilty.last_3_years),
        "other_ma_guilty.last_7_years" => Slot::Reply(&mut record.other_ma_guilty.last_7_years),
        "other_ma_guilty.latest" => Slot::When(&mut record.other_ma_guilty.latest),
        "out_of_state.any" => Slot::Reply(&mut record.out_of_state.any),
        "out_of_state.latest" => Slot::When(&mut record.out_of_state.latest),
        "other_imprisonment.last_7_years" => {
            Slot::Reply(&mut record.other_imprisonment.last_7_years)
        }
        "other_imprisonment.latest" => Slot::When(&mut record.other_imprisonment.latest),
        "other_commitment.last_3_years" => Slot::Reply(&mut record.other_commitment.last_3_years),
        "other_commitment.latest" => Slot::When(&mut record.other_commitment.latest),
        "other_cases" => Slot::Reply(&mut record.other_cases),
        "same_incident" => Slot::Reply(&mut record.same_incident),
        "false_identity" => Slot::Reply(&mut record.false_identity),
        "open_case" => Slot::Reply(&mut record.open_case),
        "supervision_now" => Slot::Reply(&mut record.supervision_now),
        "registered" => Slot::Reply(&mut record.registered),
        "us_citizen" => Slot::Reply(&mut record.us_citizen),
        _ => return None,
    })
}

/// The record question a first cell names (any case, spaces for underscores).
fn question_named(text: &str) -> Option<&'static str> {
    let wanted = header_key(text);
    RECORD_QUESTIONS
        .into_iter()
        .find(|q| header_key(q) == wanted)
}

const YES_NO_EXPECTED: &str = "Yes, No, PreferNotToSay, or empty for not sure";
const DATE_EXPECTED: &str =
    "a date typed 2019-05-01, 5/1/2019, 2019-05 or 2019, or empty for not sure";

/// Read answers from a CSV file's text. Checks the cells against the offenses `reader` knows and
/// its date; nothing else needs checking afterwards.
pub fn read(source: &SourceText, reader: &Reader) -> Result<Answers, AnswersError> {
    let text = source.text.strip_prefix('\u{feff}').unwrap_or(&source.text);
    let place = |cell: &PlacedText| source.place_at(cell.line, cell.col);
    let mut answers = Answers::default();
    let mut asked: Vec<&str> = Vec::new();
    let mut columns: Option<Vec<Option<Column>>> = None;
    let mut last_7_years_place = None;
    for record in records(text, b',').into_iter().filter(|r| !r.is_blank()) {
        if let Some(columns) = &columns {
            let row = reader.row(columns, record.line, &record.cells);
            let number = answers.charges.len() + 1;
            // A cell under no column first: most often a comma that was not in quotes, which also
            // cut the cells before it.
            let astray = row.cells.iter().find(|c| c.column.is_none());
            match astray.map_or_else(|| row.charge(), Err) {
                Ok(charge) => answers.charges.push(charge),
                Err(cell) => {
                    let field = match cell.column {
                        Some(column) => format!("charges[{number}].{column}"),
                        None => format!("charges[{number}]"),
                    };
                    let problem = cell.parsed.as_ref().err().map(ToString::to_string);
                    let hint = match cell.column {
                        Some(column) => format!("expected {}", column.expected()),
                        None => "a cell holding a comma is written in double quotes (\"DRUG, POSSESS CLASS B c94C §34\"); otherwise remove the cell, or name its column in the header row (docs/answers-csv.md)"
                            .to_owned(),
                    };
                    return Err(AnswersError {
                        place: source.place_at(cell.line, cell.col),
                        field,
                        message: format!(
                            "cell {} holds \"{}\": {}",
                            cell.name(),
                            cell.text,
                            problem.unwrap_or_default()
                        ),
                        hint,
                    });
                }
            }
            continue;
        }
        // A row that is not blank has a first cell.
        let Some(first) = record.cells.first() else {
            continue;
        };
        if let Some(question) = question_named(&first.text) {
            let field = format!("record.{question}");
            if asked.contains(&question) {
                return Err(AnswersError {
                    place: place(first),
                    field,
                    message: format!("{question} is answered twice"),
                    hint: "keep one row for it".into(),
                });
            }
            asked.push(question);
            if let Some(extra) = record
                .cells
                .iter()
                .skip(2)
                .find(|c| !c.text.trim().is_empty())
            {
                return Err(AnswersError {
                    place: place(extra),
                    field,
                    message: format!(
                        "cell {} holds \"{}\", after the answer",
                        super::column_letters(2),
                        extra.text
                    ),
                    hint: "a record question's row has two cells: the question and its answer"
                        .into(),
                });
            }
            let answer = record.cells.get(1);
            let answer_text = answer.map_or("", |c| c.text.as_str());
            let answer_place = answer.map_or_else(|| place(first), place);
            if question == "other_ma_guilty.last_7_years" {
                last_7_years_place = Some(answer_place.clone());
            }
            let (result, expected) = match slot(&mut answers.record, question) {
                Some(Slot::Reply(reply)) => (
                    choice(answer_text, super::REPLY).map(|v| *reply = v),
                    YES_NO_EXPECTED,
                ),
                Some(Slot::When(when)) => {
                    (reader.when(answer_text).map(|v| *when = v), DATE_EXPECTED)
                }
                None => continue,
            };
            if let Err(problem) = result {
                return Err(AnswersError {
                    place: answer_place,
                    field,
                    message: format!(
                        "cell B{} holds \"{answer_text}\": {problem}",
                        answer.map_or(first.line, |c| c.line)
                    ),
                    hint: format!("expected {expected}"),
                });
            }
            continue;
        }
        match header_columns(&record) {
            Ok(found) => columns = Some(found),
            Err(cell) => {
                return Err(not_a_column(
                    place(cell),
                    cell,
                    &record.cells,
                    asked.is_empty(),
                ));
            }
        }
    }
    let facts = &answers.record.other_ma_guilty;
    if facts.last_3_years == Reply::Yes && facts.last_7_years == Reply::No {
        return Err(AnswersError {
            place: last_7_years_place.unwrap_or_else(|| source.place_at(1, 1)),
            field: "record.other_ma_guilty.last_7_years".into(),
            message: "a finding in the last 3 years is also in the last 7 years".into(),
            hint: "answer Yes, or leave it empty for not sure".into(),
        });
    }
    Ok(answers)
}

/// A first cell that is neither a record question nor, with the rest of its row, a header row.
fn not_a_column(
    place: Place,
    cell: &PlacedText,
    row: &[PlacedText],
    first_row: bool,
) -> AnswersError {
    let text = cell.text.trim();
    let names = Column::ALL.map(Column::name);
    let near = crate::source::closest(
        &header_key(text),
        names.iter().copied().chain(RECORD_QUESTIONS),
    );
    let is_first = row.first().is_some_and(|first| std::ptr::eq(cell, first));
    let message = if Column::named(text).is_some() {
        format!("the column {text} is named twice in the header row")
    } else if is_first {
        format!("\"{text}\" is neither a record question nor a column name")
    } else {
        format!("\"{text}\" in the header row is not a column name")
    };
    let mut hint = match near {
        Some(near) => format!("did you mean {near}? "),
        None => String::new(),
    };
    hint.push_str(if first_row && is_first {
        "the file begins with the record's questions, a row each (us_citizen,Yes), then the charges' header row (offense,court,outcome,...) and a row per charge (docs/answers-csv.md)"
    } else {
        "the columns are offense, another_law, court, outcome, when, released, probation_end, custody_or_probation_end, age, coerced, arranged and official_documents (docs/answers-csv.md)"
    });
    AnswersError {
        place,
        field: "(file)".into(),
        message,
        hint,
    }
}
