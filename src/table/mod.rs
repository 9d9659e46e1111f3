//! Charges as rows: one charge per row, one column per answer of a charge, each cell read as a person
//! would type it. A printed record (a CORI, court dockets) lists many charges; an advocate enters them
//! as rows, pastes them from a spreadsheet ([`Reader::paste`]) or hands the command line a CSV file
//! ([`csv`], `docs/answers-csv.md`).
//!
//! Each cell gives either its value or a [`CellProblem`] saying what is wrong and what was expected
//! ([`Column::expected`]); nothing is guessed. A row with unreadable cells is kept, its problems
//! marked, so a window can show each cell's text with its value or its problem beside it.
//!
//! What a cell accepts:
//! - the names of the answers format (`docs/answers-format.md`) in any case, with or without spaces
//!   (`NotHeld`, `not held`), and the everyday words a person types for them (`cwof`, `nolle`,
//!   `placed on file`, `y`, `n`, an age such as `19`);
//! - dates typed `2019`, `2019-05`, `2019-05-01` or `5/1/2019` (month/day/year). A month is kept as
//!   its year, since an answer holds a day or a year;
//! - an empty cell (or `?`, `not sure`, `unknown`) for "not sure";
//! - for the offense: an offense id (`c272_53A_a`), `another misdemeanor` / `another felony` /
//!   `another`, or anything the charge chooser finds ([`chooser::fit`]): a section (`c.272 §53A(a)`,
//!   `272/53A`), a name, or the words a complaint, docket or CORI prints. Words that fit more than one
//!   offense (a bare "§53A(a)", which covered both selling and paying from 2007 to 2011) are a
//!   problem listing the offenses to choose from.

pub mod csv;

use std::fmt;

use jiff::civil::Date;

use crate::answers::{
    AgeBand, AnotherLaw, Charge, Court, CustodyEnd, Day, Disposition, Grade, OffenseAnswer,
    ProbationEnd, Released, Reply, When,
};
use crate::calendar;
use crate::questionnaire::chooser::{self, Candidate, Fit};
use crate::rules::RuleBook;

/// A column of the charges' table: one answer of a charge. Named as the answers format names the
/// field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    Offense,
    AnotherLaw,
    Court,
    Outcome,
    When,
    Released,
    ProbationEnd,
    /// Version 1's one date for custody or probation, for rows carried over from such a file.
    CustodyOrProbationEnd,
    Age,
    Coerced,
    Arranged,
    OfficialDocuments,
}

impl Column {
    /// Every column, in the answers format's order.
    pub const ALL: [Column; 12] = [
        Column::Offense,
        Column::AnotherLaw,
        Column::Court,
        Column::Outcome,
        Column::When,
        Column::Released,
        Column::ProbationEnd,
        Column::CustodyOrProbationEnd,
        Column::Age,
        Column::Coerced,
        Column::Arranged,
        Column::OfficialDocuments,
    ];

    /// The columns of pasted rows that have no header row, in this order.
    pub const PASTE_ORDER: [Column; 11] = [
        Column::Offense,
        Column::Court,
        Column::Outcome,
        Column::When,
        Column::Released,
        Column::ProbationEnd,
        Column::Age,
        Column::Coerced,
        Column::Arranged,
        Column::OfficialDocuments,
        Column::AnotherLaw,
    ];

    /// The column's name in a header row: the answers format's field name.
    pub fn name(self) -> &'static str {
        match self {
            Column::Offense => "offense",
            Column::AnotherLaw => "another_law",
            Column::Court => "court",
            Column::Outcome => "outcome",
            Column::When => "when",
            Column::Released => "released",
            Column::ProbationEnd => "probation_end",
            Column::CustodyOrProbationEnd => "custody_or_probation_end",
            Column::Age => "age",
            Column::Coerced => "coerced",
            Column::Arranged => "arranged",
            Column::OfficialDocuments => "official_documents",
        }
    }

    /// The column a header cell names: its name in any case, spaces or hyphens for underscores.
    pub fn named(text: &str) -> Option<Column> {
        let wanted = header_key(text);
        Column::ALL
            .into_iter()
            .find(|c| header_key(c.name()) == wanted)
    }

    /// What a cell of this column can hold, for a problem's message.
    pub fn expected(self) -> &'static str {
        match self {
            Column::Offense => {
                "an offense id such as c272_53A_a, the words on the papers such as SEXUAL CONDUCT FOR FEE c272 §53A, a section that is one offense such as c.272 §26, another misdemeanor, another felony, another, or empty for not sure"
            }
            Column::AnotherLaw => {
                "FirearmsLicensing, PublicJustice, ConflictOfInterest, NoneOfThese, or empty for not sure"
            }
            Column::Court => {
                "MassachusettsAdult (adult), MassachusettsJuvenile (juvenile), OtherState, Federal, or empty for not sure"
            }
            Column::Outcome => {
                "Guilty, ContinuedWithoutFinding (CWOF), Dismissed, NolleProsequi, NotGuilty, NoProbableCause, NoBill, Filed, DelinquencyAdjudication, StillOpen, or empty for not sure"
            }
            Column::When => {
                "a date typed 2019-05-01, 5/1/2019, 2019-05 or 2019, or empty for not sure"
            }
            Column::Released => {
                "a date typed 2019-05-01, 5/1/2019, 2019-05 or 2019, NotHeld, or empty for not sure"
            }
            Column::ProbationEnd => {
                "a date typed 2019-05-01, 5/1/2019, 2019-05 or 2019, NoProbation, or empty for not sure"
            }
            Column::CustodyOrProbationEnd => {
                "a date typed 2019-05-01, 5/1/2019, 2019-05 or 2019, NoCustody, or empty for not sure"
            }
            Column::Age => "Under18, From18To20, From21, an age such as 19, or empty for not sure",
            Column::Coerced | Column::Arranged | Column::OfficialDocuments => {
                "Yes, No, PreferNotToSay, or empty for not sure"
            }
        }
    }
}

impl fmt::Display for Column {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

fn header_key(text: &str) -> String {
    text.trim()
        .chars()
        .map(|c| match c {
            ' ' | '-' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// A cell's value: an answer of a charge.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Offense(OffenseAnswer),
    AnotherLaw(AnotherLaw),
    Court(Court),
    Outcome(Disposition),
    When(When),
    Released(Released),
    ProbationEnd(ProbationEnd),
    CustodyEnd(CustodyEnd),
    Age(AgeBand),
    /// `coerced`, `arranged` or `official_documents`.
    Reply(Reply),
}

/// The value as the answers format writes it: `c272_53A_a`, `Another(Felony)`, `Guilty`,
/// `2019-05-01`, `2019`, `NotSure`.
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let date = |f: &mut fmt::Formatter<'_>, d: &Day| write!(f, "{d}");
        match self {
            Value::Offense(OffenseAnswer::Offense(id)) => f.write_str(id),
            Value::Offense(OffenseAnswer::Another(grade)) => {
                write!(f, "Another({})", <&str>::from(grade))
            }
            Value::Offense(OffenseAnswer::NotSure) => f.write_str("NotSure"),
            Value::AnotherLaw(v) => f.write_str(v.into()),
            Value::Court(v) => f.write_str(v.into()),
            Value::Outcome(v) => f.write_str(v.into()),
            Value::Age(v) => f.write_str(v.into()),
            Value::Reply(v) => f.write_str(v.into()),
            Value::When(When::Date(d))
            | Value::Released(Released::Date(d))
            | Value::ProbationEnd(ProbationEnd::Date(d))
            | Value::CustodyEnd(CustodyEnd::Date(d)) => date(f, d),
            Value::When(When::Year(y))
            | Value::Released(Released::Year(y))
            | Value::ProbationEnd(ProbationEnd::Year(y))
            | Value::CustodyEnd(CustodyEnd::Year(y)) => write!(f, "{y}"),
            Value::Released(Released::NotHeld) => f.write_str("NotHeld"),
            Value::ProbationEnd(ProbationEnd::NoProbation) => f.write_str("NoProbation"),
            Value::CustodyEnd(CustodyEnd::NoCustody) => f.write_str("NoCustody"),
            Value::When(When::NotSure)
            | Value::Released(Released::NotSure)
            | Value::ProbationEnd(ProbationEnd::NotSure)
            | Value::CustodyEnd(CustodyEnd::NotSure) => f.write_str("NotSure"),
        }
    }
}

impl Value {
    /// Put the value in its place in `charge`.
    fn apply(&self, column: Column, charge: &mut Charge) {
        match (column, self) {
            (Column::Offense, Value::Offense(v)) => charge.offense = v.clone(),
            (Column::AnotherLaw, Value::AnotherLaw(v)) => charge.another_law = *v,
            (Column::Court, Value::Court(v)) => charge.court = *v,
            (Column::Outcome, Value::Outcome(v)) => charge.outcome = *v,
            (Column::When, Value::When(v)) => charge.when = *v,
            (Column::Released, Value::Released(v)) => charge.released = *v,
            (Column::ProbationEnd, Value::ProbationEnd(v)) => charge.probation_end = *v,
            (Column::CustodyOrProbationEnd, Value::CustodyEnd(v)) => {
                charge.custody_or_probation_end = *v;
            }
            (Column::Age, Value::Age(v)) => charge.age = *v,
            (Column::Coerced, Value::Reply(v)) => charge.coerced = *v,
            (Column::Arranged, Value::Reply(v)) => charge.arranged = *v,
            (Column::OfficialDocuments, Value::Reply(v)) => charge.official_documents = *v,
            // A reader gives each column its own kind of value.
            _ => {}
        }
    }

    /// The date or year the value holds, if any.
    fn when(&self) -> When {
        use crate::answers::DateAnswer as _;
        match self {
            Value::When(w) => *w,
            Value::Released(r) => r.when(),
            Value::ProbationEnd(p) => p.when(),
            Value::CustodyEnd(c) => c.when(),
            _ => When::NotSure,
        }
    }
}

/// Why a cell could not be read. The message says what is wrong; [`Column::expected`] says what the
/// cell can hold.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CellProblem {
    /// Not one of the answers this column takes.
    #[error("not one of the answers this column takes")]
    NotAnAnswer,
    /// No offense in the list matches the words.
    #[error("no offense in the list matches these words")]
    NoOffense,
    /// The words fit more than one offense; the ids, best first.
    #[error("{}", several(ids, *section_53a))]
    SeveralOffenses {
        ids: Vec<String>,
        /// The words name §53A without the words that tell selling from paying.
        section_53a: bool,
    },
    /// Not a date in a form this reads.
    #[error("not a date")]
    NotADate,
    /// A date whose year has two digits (`5/1/19`): the century is not guessed.
    #[error("the year has two digits; write all four (5/1/2019)")]
    TwoDigitYear,
    /// A day or month that does not exist (`2023-02-30`).
    #[error("not a real calendar date")]
    NotARealDate,
    /// A year before 1900 or after this year.
    #[error("the year {year} is not between 1900 and {last}")]
    YearOutOfRange { year: i32, last: i16 },
    /// A date after today.
    #[error("{date} is after today ({today})")]
    AfterToday { date: String, today: Date },
    /// The end of probation (or of custody or probation) before the case ended.
    #[error("this cannot end before the case did (when: {case})")]
    BeforeCase { case: String },
    /// A cell beyond the columns of the table.
    #[error("this cell is under no column")]
    NoColumn,
}

fn several(ids: &[String], section_53a: bool) -> String {
    let mut text = format!(
        "these words fit {} offenses: {}; write the one meant (its id, or the words on the papers)",
        ids.len(),
        ids.join(", ")
    );
    if section_53a {
        text.push_str(
            ". From 2007-02-14 to 2011-11-20 §53A(a) covered both selling and paying for sex, and §53A(b) paying for sex with a child: the words on the papers tell which (FOR FEE is selling, PAY FOR is paying)",
        );
    }
    text
}

/// One cell of a row: the text as typed, where it is, and its value or its problem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    /// The column it is under; `None` for a cell beyond the columns (then its problem is
    /// [`CellProblem::NoColumn`]).
    pub column: Option<Column>,
    /// Its position in the row, from 0 (the spreadsheet's column A is 0).
    pub index: usize,
    /// The text as typed.
    pub text: String,
    /// Where the cell begins in the text read: line and column (in characters), both from 1.
    pub line: usize,
    pub col: usize,
    pub parsed: Result<Value, CellProblem>,
}

impl Cell {
    /// The cell's name as a spreadsheet gives it: its column letter and its line (`D3`).
    pub fn name(&self) -> String {
        format!("{}{}", column_letters(self.index), self.line)
    }
}

/// A spreadsheet's column letters for a position from 0: A, B, ... Z, AA, AB ...
pub fn column_letters(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// A row: one charge.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The line it begins on in the text read, from 1.
    pub line: usize,
    /// A cell per column of the table (and any cell beyond them that holds something).
    pub cells: Vec<Cell>,
}

impl Row {
    /// The cells that could not be read.
    pub fn problems(&self) -> impl Iterator<Item = &Cell> {
        self.cells.iter().filter(|c| c.parsed.is_err())
    }

    /// The charge the row holds (a column the table does not have is "not sure"), or the first cell
    /// that could not be read.
    pub fn charge(&self) -> Result<Charge, &Cell> {
        let mut charge = Charge::default();
        for cell in &self.cells {
            match (&cell.parsed, cell.column) {
                (Ok(value), Some(column)) => value.apply(column, &mut charge),
                _ => return Err(cell),
            }
        }
        Ok(charge)
    }

    /// The charge the row holds as far as it could be read: a cell that could not be read leaves its
    /// answer "not sure" (a window shows the problem beside the cell and screens the rest meanwhile;
    /// nothing is guessed).
    pub fn charge_as_read(&self) -> Charge {
        let mut charge = Charge::default();
        for cell in &self.cells {
            if let (Ok(value), Some(column)) = (&cell.parsed, cell.column) {
                value.apply(column, &mut charge);
            }
        }
        charge
    }
}

/// Rows pasted from a spreadsheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paste {
    /// Whether the first row was a header row naming the columns.
    pub header: bool,
    /// The columns, in order (`None` for a header cell that names no column, or names one again).
    pub columns: Vec<Option<Column>>,
    /// The rows, one per charge (rows with every cell empty are left out).
    pub rows: Vec<Row>,
}

/// Reads cells as typed: knows the offenses (their ids and the charge chooser's candidates) and
/// today's date (no date after it is read).
pub struct Reader {
    candidates: Vec<Candidate>,
    /// Every offense and group id an answer can give.
    ids: Vec<String>,
    today: Date,
}

impl Reader {
    /// A reader for the offenses of `book`, found by `candidates` (`chooser::for_texts`: the names
    /// in the language shown and the English court wordings).
    pub fn new(book: &RuleBook, candidates: Vec<Candidate>, today: Date) -> Reader {
        let catalog = &book.catalog;
        let ids = catalog
            .offenses
            .iter()
            .map(|o| o.id.clone())
            .chain(catalog.groups.iter().map(|g| g.id.clone()))
            .collect();
        Reader {
            candidates,
            ids,
            today,
        }
    }

    /// Read one cell of `column`, as typed.
    pub fn cell(&self, column: Column, text: &str) -> Result<Value, CellProblem> {
        let text = text.trim();
        match column {
            Column::Offense => self.offense(text).map(Value::Offense),
            Column::AnotherLaw => choice(text, ANOTHER_LAW).map(Value::AnotherLaw),
            Column::Court => choice(text, COURT).map(Value::Court),
            Column::Outcome => choice(text, OUTCOME).map(Value::Outcome),
            Column::Age => age(text).map(Value::Age),
            Column::Coerced | Column::Arranged | Column::OfficialDocuments => {
                choice(text, REPLY).map(Value::Reply)
            }
            Column::When => self.when(text).map(Value::When),
            Column::Released => match key(text).as_str() {
                "notheld" | "neverheld" | "none" => Ok(Value::Released(Released::NotHeld)),
                _ => self.when(text).map(|w| {
                    Value::Released(match w {
                        When::Date(d) => Released::Date(d),
                        When::Year(y) => Released::Year(y),
                        When::NotSure => Released::NotSure,
                    })
                }),
            },
            Column::ProbationEnd => match key(text).as_str() {
                "noprobation" | "none" => Ok(Value::ProbationEnd(ProbationEnd::NoProbation)),
                _ => self.when(text).map(|w| {
                    Value::ProbationEnd(match w {
                        When::Date(d) => ProbationEnd::Date(d),
                        When::Year(y) => ProbationEnd::Year(y),
                        When::NotSure => ProbationEnd::NotSure,
                    })
                }),
            },
            Column::CustodyOrProbationEnd => match key(text).as_str() {
                "nocustody" | "none" => Ok(Value::CustodyEnd(CustodyEnd::NoCustody)),
                _ => self.when(text).map(|w| {
                    Value::CustodyEnd(match w {
                        When::Date(d) => CustodyEnd::Date(d),
                        When::Year(y) => CustodyEnd::Year(y),
                        When::NotSure => CustodyEnd::NotSure,
                    })
                }),
            },
        }
    }

    /// Read a row: `texts` under `columns` (a cell beyond them that holds something is a
    /// [`CellProblem::NoColumn`]), with each cell's place. Probation (or custody or probation)
    /// ending before the case did is marked on that cell.
    pub fn row(&self, columns: &[Option<Column>], line: usize, texts: &[PlacedText]) -> Row {
        let mut cells = Vec::new();
        let end = texts.last().map_or((line, 1), |t| (t.line, t.col));
        for index in 0..columns.len().max(texts.len()) {
            let column = columns.get(index).copied().flatten();
            let (text, cell_line, col) = match texts.get(index) {
                Some(t) => (t.text.as_str(), t.line, t.col),
                None => ("", end.0, end.1),
            };
            let parsed = match column {
                Some(column) => self.cell(column, text),
                None if text.trim().is_empty() => continue,
                None => Err(CellProblem::NoColumn),
            };
            cells.push(Cell {
                column,
                index,
                text: text.to_owned(),
                line: cell_line,
                col,
                parsed,
            });
        }
        mark_order(&mut cells);
        Row { line, cells }
    }

    /// Read a row typed into a table (a window's charge table): `texts` under `columns`, the row
    /// numbered `line` and each cell placed at its position (column `index + 1`).
    pub fn typed_row(&self, columns: &[Column], line: usize, texts: &[String]) -> Row {
        let columns: Vec<Option<Column>> = columns.iter().copied().map(Some).collect();
        let placed: Vec<PlacedText> = texts
            .iter()
            .enumerate()
            .map(|(i, text)| PlacedText {
                text: text.clone(),
                line,
                col: i + 1,
            })
            .collect();
        self.row(&columns, line, &placed)
    }

    /// Read rows copied from a spreadsheet: tab-separated, one charge a row, with or without a
    /// header row (a first row whose every cell that holds something is a column's name). Without
    /// one, the columns are [`Column::PASTE_ORDER`].
    pub fn paste(&self, text: &str) -> Paste {
        let records = records(text, b'\t');
        let mut records = records.into_iter().filter(|r| !r.is_blank()).peekable();
        let header = records.peek().and_then(|r| header_columns(r).ok());
        if header.is_some() {
            records.next();
        }
        let (is_header, columns) = match header {
            Some(columns) => (true, columns),
            None => (false, Column::PASTE_ORDER.map(Some).to_vec()),
        };
        let rows = records
            .map(|r| self.row(&columns, r.line, &r.cells))
            .collect();
        Paste {
            header: is_header,
            columns,
            rows,
        }
    }

    /// The offense a cell names.
    fn offense(&self, text: &str) -> Result<OffenseAnswer, CellProblem> {
        if is_not_sure(text) {
            return Ok(OffenseAnswer::NotSure);
        }
        let inner = unwrap_call(text, "Offense").map_or(text, |t| t.trim_matches('"'));
        match key(inner).as_str() {
            "anothermisdemeanor" | "othermisdemeanor" => {
                return Ok(OffenseAnswer::Another(Grade::Misdemeanor));
            }
            "anotherfelony" | "otherfelony" => return Ok(OffenseAnswer::Another(Grade::Felony)),
            "another" | "anothernotsure" | "anothercharge" | "othercharge" => {
                return Ok(OffenseAnswer::Another(Grade::NotSure));
            }
            _ => {}
        }
        if let Some(id) = self.ids.iter().find(|id| id.eq_ignore_ascii_case(inner)) {
            return Ok(OffenseAnswer::Offense(id.clone()));
        }
        match chooser::fit(&self.candidates, inner) {
            Fit::One(c) => Ok(OffenseAnswer::Offense(c.id.clone())),
            Fit::Several(found) => Err(CellProblem::SeveralOffenses {
                ids: found.iter().map(|c| c.id.clone()).collect(),
                section_53a: chooser::section_53a_needs_wording(inner),
            }),
            Fit::None => Err(CellProblem::NoOffense),
        }
    }

    /// A date, a month (kept as its year), a year or "not sure", as typed.
    pub fn when(&self, text: &str) -> Result<When, CellProblem> {
        if is_not_sure(text) {
            return Ok(When::NotSure);
        }
        let text = unwrap_call(text, "Date")
            .or_else(|| unwrap_call(text, "Year"))
            .map_or(text, |t| t.trim_matches('"').trim());
        let parts: Vec<&str> = text.split(['-', '/']).collect();
        if parts
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
        {
            return Err(CellProblem::NotADate);
        }
        let number = |p: &str| p.parse::<i32>().map_err(|_| CellProblem::NotADate);
        let slashes = text.contains('/');
        let (year, month, day) = match parts.as_slice() {
            [y] if y.len() == 4 => (number(y)?, None, None),
            // 2019-05, 2019/05
            [y, m] if y.len() == 4 && m.len() <= 2 => (number(y)?, Some(number(m)?), None),
            // 5/2019
            [m, y] if y.len() == 4 && m.len() <= 2 && slashes => {
                (number(y)?, Some(number(m)?), None)
            }
            // 2019-05-01
            [y, m, d] if y.len() == 4 && m.len() <= 2 && d.len() <= 2 => {
                (number(y)?, Some(number(m)?), Some(number(d)?))
            }
            // 5/1/2019 (month, day, year)
            [m, d, y] if y.len() == 4 && m.len() <= 2 && d.len() <= 2 => {
                (number(y)?, Some(number(m)?), Some(number(d)?))
            }
            [_, _, y] if y.len() == 2 && parts[0].len() <= 2 && parts[1].len() <= 2 => {
                return Err(CellProblem::TwoDigitYear);
            }
            _ => return Err(CellProblem::NotADate),
        };
        let last = self.today.year();
        if !(i32::from(calendar::EARLIEST.year())..=i32::from(last)).contains(&year) {
            return Err(CellProblem::YearOutOfRange { year, last });
        }
        // In range, so it fits.
        let year16 = i16::try_from(year).map_err(|_| CellProblem::NotADate)?;
        let Some(month) = month else {
            return Ok(When::Year(year16));
        };
        let month8 = i8::try_from(month).map_err(|_| CellProblem::NotARealDate)?;
        let first = Date::new(year16, month8, 1).map_err(|_| CellProblem::NotARealDate)?;
        let Some(day) = day else {
            if first > self.today {
                return Err(CellProblem::AfterToday {
                    date: text.to_owned(),
                    today: self.today,
                });
            }
            return Ok(When::Year(year16));
        };
        let day8 = i8::try_from(day).map_err(|_| CellProblem::NotARealDate)?;
        let date = Date::new(year16, month8, day8).map_err(|_| CellProblem::NotARealDate)?;
        if date > self.today {
            return Err(CellProblem::AfterToday {
                date: date.to_string(),
                today: self.today,
            });
        }
        Ok(When::Date(Day(date)))
    }
}

/// Probation (or custody or probation) cannot end before the case did: the cell that says so gets
/// the problem.
fn mark_order(cells: &mut [Cell]) {
    let case = cells
        .iter()
        .find(|c| c.column == Some(Column::When))
        .and_then(|c| c.parsed.as_ref().ok())
        .map(Value::when);
    let Some(case) = case else { return };
    let Some((case_first, _)) = crate::answers::span_of(case) else {
        return;
    };
    for cell in cells.iter_mut().filter(|c| {
        matches!(
            c.column,
            Some(Column::ProbationEnd | Column::CustodyOrProbationEnd)
        )
    }) {
        let end = cell.parsed.as_ref().ok().map(Value::when);
        if let Some((_, last)) = end.and_then(crate::answers::span_of)
            && last < case_first
        {
            let case = Value::When(case).to_string();
            cell.parsed = Err(CellProblem::BeforeCase { case });
        }
    }
}

/// The text inside `Name(...)`, if `text` is written that way (`Offense("c272_53A_a")`).
fn unwrap_call<'a>(text: &'a str, name: &str) -> Option<&'a str> {
    let rest = text.strip_prefix(name)?.trim_start().strip_prefix('(')?;
    rest.trim_end().strip_suffix(')').map(str::trim)
}

/// The text as a key for matching names: lower case letters and digits only.
fn key(text: &str) -> String {
    text.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Whether a cell says "not sure": empty, `?`, or words for it.
fn is_not_sure(text: &str) -> bool {
    let text = text.trim();
    text.is_empty()
        || text == "?"
        || ["notsure", "unsure", "unknown", "dontknow"].contains(&key(text).as_str())
}

/// A value by one of its names (each a [`key`]), or "not sure".
fn choice<T: Copy + Default>(text: &str, names: &[(&str, T)]) -> Result<T, CellProblem> {
    if is_not_sure(text) {
        return Ok(T::default());
    }
    let wanted = key(text);
    names
        .iter()
        .find(|(name, _)| *name == wanted)
        .map(|(_, v)| *v)
        .ok_or(CellProblem::NotAnAnswer)
}

const REPLY: &[(&str, Reply)] = &[
    ("yes", Reply::Yes),
    ("y", Reply::Yes),
    ("no", Reply::No),
    ("n", Reply::No),
    ("prefernottosay", Reply::PreferNotToSay),
    ("prefernot", Reply::PreferNotToSay),
    ("rathernotsay", Reply::PreferNotToSay),
];

const COURT: &[(&str, Court)] = &[
    ("massachusettsadult", Court::MassachusettsAdult),
    ("maadult", Court::MassachusettsAdult),
    ("massadult", Court::MassachusettsAdult),
    ("adult", Court::MassachusettsAdult),
    ("massachusettsjuvenile", Court::MassachusettsJuvenile),
    ("majuvenile", Court::MassachusettsJuvenile),
    ("massjuvenile", Court::MassachusettsJuvenile),
    ("juvenile", Court::MassachusettsJuvenile),
    ("otherstate", Court::OtherState),
    ("anotherstate", Court::OtherState),
    ("outofstate", Court::OtherState),
    ("federal", Court::Federal),
];

const OUTCOME: &[(&str, Disposition)] = &[
    ("guilty", Disposition::Guilty),
    ("convicted", Disposition::Guilty),
    (
        "continuedwithoutfinding",
        Disposition::ContinuedWithoutFinding,
    ),
    (
        "continuedwithoutafinding",
        Disposition::ContinuedWithoutFinding,
    ),
    ("cwof", Disposition::ContinuedWithoutFinding),
    ("dismissed", Disposition::Dismissed),
    ("nolleprosequi", Disposition::NolleProsequi),
    ("nollepros", Disposition::NolleProsequi),
    ("nolle", Disposition::NolleProsequi),
    ("nolleprossed", Disposition::NolleProsequi),
    ("notguilty", Disposition::NotGuilty),
    ("acquitted", Disposition::NotGuilty),
    ("noprobablecause", Disposition::NoProbableCause),
    ("nobill", Disposition::NoBill),
    ("filed", Disposition::Filed),
    ("placedonfile", Disposition::Filed),
    (
        "delinquencyadjudication",
        Disposition::DelinquencyAdjudication,
    ),
    (
        "adjudicateddelinquent",
        Disposition::DelinquencyAdjudication,
    ),
    ("delinquent", Disposition::DelinquencyAdjudication),
    ("stillopen", Disposition::StillOpen),
    ("open", Disposition::StillOpen),
    ("pending", Disposition::StillOpen),
];

const ANOTHER_LAW: &[(&str, AnotherLaw)] = &[
    ("firearmslicensing", AnotherLaw::FirearmsLicensing),
    ("firearms", AnotherLaw::FirearmsLicensing),
    ("publicjustice", AnotherLaw::PublicJustice),
    ("conflictofinterest", AnotherLaw::ConflictOfInterest),
    ("noneofthese", AnotherLaw::NoneOfThese),
    ("none", AnotherLaw::NoneOfThese),
];

const AGE: &[(&str, AgeBand)] = &[
    ("under18", AgeBand::Under18),
    ("from18to20", AgeBand::From18To20),
    ("18to20", AgeBand::From18To20),
    ("1820", AgeBand::From18To20),
    ("from21", AgeBand::From21),
    ("21orolder", AgeBand::From21),
    ("21orover", AgeBand::From21),
    ("over21", AgeBand::From21),
];

/// An age band by its name, or an age in years (`19`, `21+`).
fn age(text: &str) -> Result<AgeBand, CellProblem> {
    let years = text.strip_suffix('+').unwrap_or(text).trim();
    if !years.is_empty() && years.len() <= 3 && years.bytes().all(|b| b.is_ascii_digit()) {
        return match years.parse::<u16>() {
            Ok(0) | Err(_) => Err(CellProblem::NotAnAnswer),
            Ok(1..=17) => Ok(AgeBand::Under18),
            Ok(18..=20) => Ok(AgeBand::From18To20),
            Ok(21..=120) => Ok(AgeBand::From21),
            Ok(_) => Err(CellProblem::NotAnAnswer),
        };
    }
    choice(text, AGE)
}

/// A cell's text with the place it begins.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlacedText {
    pub text: String,
    pub line: usize,
    pub col: usize,
}

/// A row of delimited text: its cells, each with its place.
#[derive(Clone, Debug)]
struct Record {
    line: usize,
    cells: Vec<PlacedText>,
}

impl Record {
    fn is_blank(&self) -> bool {
        self.cells.iter().all(|c| c.text.trim().is_empty())
    }
}

/// The columns a header row names, or the first cell that names none (or names one again).
fn header_columns(record: &Record) -> Result<Vec<Option<Column>>, &PlacedText> {
    let mut columns: Vec<Option<Column>> = Vec::new();
    for cell in &record.cells {
        if cell.text.trim().is_empty() {
            columns.push(None);
            continue;
        }
        match Column::named(&cell.text) {
            Some(c) if !columns.contains(&Some(c)) => columns.push(Some(c)),
            _ => return Err(cell),
        }
    }
    Ok(columns)
}

/// Split `text` into rows of cells separated by `delimiter` (quotes as a spreadsheet writes them),
/// with the line and column where each cell begins. Empty lines are left out.
fn records(text: &str, delimiter: u8) -> Vec<Record> {
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut out = Vec::new();
    for record in reader.records() {
        // The text is in memory and is text: reading it cannot fail.
        let Ok(record) = record else { break };
        let start = record.position().map_or(0, |p| p.byte() as usize);
        let starts = field_starts(text, start, delimiter, record.len());
        let cells: Vec<PlacedText> = record
            .iter()
            .zip(starts)
            .map(|(cell, at)| {
                let (line, col) = line_col(text, at);
                PlacedText {
                    text: cell.to_owned(),
                    line,
                    col,
                }
            })
            .collect();
        let line = cells.first().map_or(1, |c| c.line);
        out.push(Record { line, cells });
    }
    out
}

/// Where each of the `count` fields of the record at byte `start` begins.
fn field_starts(text: &str, start: usize, delimiter: u8, count: usize) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut at = start.min(bytes.len());
    // The reader's position can be at the empty lines before the record.
    while matches!(bytes.get(at), Some(b'\r' | b'\n')) {
        at += 1;
    }
    let mut starts = Vec::with_capacity(count);
    while starts.len() < count {
        starts.push(at);
        if bytes.get(at) == Some(&b'"') {
            at += 1;
            while at < bytes.len() {
                if bytes[at] == b'"' {
                    if bytes.get(at + 1) == Some(&b'"') {
                        at += 2;
                        continue;
                    }
                    at += 1;
                    break;
                }
                at += 1;
            }
        }
        while at < bytes.len() && !matches!(bytes[at], b'\r' | b'\n') && bytes[at] != delimiter {
            at += 1;
        }
        if bytes.get(at) == Some(&delimiter) {
            at += 1;
        }
    }
    starts
}

/// The line and column (in characters, from 1) of a byte offset.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_count_like_a_spreadsheet() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
    }

    #[test]
    fn cells_are_placed_where_they_begin() {
        let text = "a,\"b, c\",d\n\n\"x\ny\",é,z\n";
        let records = records(text, b',');
        assert_eq!(records.len(), 2);
        let places: Vec<(usize, usize)> =
            records[1].cells.iter().map(|c| (c.line, c.col)).collect();
        assert_eq!(places, [(3, 1), (4, 4), (4, 6)]);
        assert_eq!(records[0].cells[2].col, 10);
        assert_eq!(records[1].cells[0].text, "x\ny");
    }

    #[test]
    fn header_names_are_forgiving_about_case_and_spaces() {
        assert_eq!(Column::named("Probation End"), Some(Column::ProbationEnd));
        assert_eq!(Column::named(" OUTCOME "), Some(Column::Outcome));
        assert_eq!(Column::named("outcomes"), None);
    }
}
