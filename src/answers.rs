//! A person's answers: the charges they told us about and facts about their whole record.
//!
//! This is the stable answers file format (RON), documented in `docs/answers-format.md`. Every field
//! accepts "not sure" and a missing field means "not sure": a gap is never filled with a guess.

use std::fmt;

use jiff::civil::Date;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::calendar;
use crate::source::{Place, SourceText};

/// The newest answers format this build reads.
pub const FORMAT_VERSION: u32 = 1;

/// Everything a person told us.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Answers {
    /// The format version; files from a newer version are refused rather than misread.
    pub version: u32,
    pub charges: Vec<Charge>,
    pub record: RecordFacts,
}

impl Default for Answers {
    fn default() -> Answers {
        Answers {
            version: FORMAT_VERSION,
            charges: Vec::new(),
            record: RecordFacts::default(),
        }
    }
}

/// One charge, as the person remembers it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Charge {
    pub offense: OffenseAnswer,
    pub court: Court,
    pub outcome: Disposition,
    /// When the case ended (for an open case: when it began).
    pub when: When,
    /// When any custody (jail, prison) or probation for this charge ended.
    pub custody_end: CustodyEnd,
    pub age: AgeBand,
    /// Whether it happened while someone was forcing, tricking or controlling the person.
    pub coerced: Reply,
}

/// Which offense the charge was for.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum OffenseAnswer {
    /// An id from the offense catalog (or a catalog group, such as "not sure which part of §53(a)").
    Offense(String),
    /// A charge not in the catalog.
    Another(Grade),
    #[default]
    NotSure,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Grade {
    Misdemeanor,
    Felony,
    #[default]
    NotSure,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Court {
    MassachusettsAdult,
    MassachusettsJuvenile,
    OtherState,
    Federal,
    #[default]
    NotSure,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Disposition {
    Guilty,
    ContinuedWithoutFinding,
    Dismissed,
    NolleProsequi,
    NotGuilty,
    Filed,
    DelinquencyAdjudication,
    StillOpen,
    #[default]
    NotSure,
}

/// A date, a year, or not sure.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum When {
    Date(Day),
    Year(i16),
    #[default]
    NotSure,
}

/// When custody or probation ended: a date, a year, none at all, or not sure.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum CustodyEnd {
    Date(Day),
    Year(i16),
    /// There was no custody or probation for this charge.
    NoCustody,
    #[default]
    NotSure,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum AgeBand {
    Under18,
    From18To20,
    From21,
    #[default]
    NotSure,
}

/// A yes/no answer. "Prefer not to say" is read exactly like "not sure".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Reply {
    Yes,
    No,
    #[default]
    NotSure,
    PreferNotToSay,
}

/// Facts about the whole record rather than one charge.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RecordFacts {
    /// Guilty findings in Massachusetts other than the charges listed.
    pub other_ma_guilty: RecentFindings,
    /// Convictions in another state or a federal court other than the charges listed.
    pub out_of_state: PastConvictions,
    /// Any open criminal case.
    pub open_case: Reply,
    /// On probation or parole now.
    pub supervision_now: Reply,
    /// Registered as a sex offender.
    pub registered: Reply,
    pub us_citizen: Reply,
}

/// Other guilty findings in Massachusetts, in the last 3 and 7 years, with the latest date where known.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RecentFindings {
    pub last_3_years: Reply,
    pub last_7_years: Reply,
    pub latest: When,
}

/// Convictions elsewhere, with the latest date where known.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PastConvictions {
    pub any: Reply,
    pub latest: When,
}

/// A calendar date written `"YYYY-MM-DD"`; impossible dates are refused while reading.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub Date);

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl Serialize for Day {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Day, D::Error> {
        let text = String::deserialize(d)?;
        calendar::parse_date(&text)
            .map(Day)
            .map_err(serde::de::Error::custom)
    }
}

/// An answers file that could not be used, with the place to fix.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{place}: {field}: {message} (hint: {hint})")]
pub struct AnswersError {
    pub place: Place,
    /// The field at fault, such as `charges[2].offense`.
    pub field: String,
    pub message: String,
    pub hint: String,
}

impl Answers {
    /// Read an answers file. Checks needing the offense catalog or today's date are in `validate`.
    pub fn parse(source: &SourceText) -> Result<Answers, AnswersError> {
        let answers: Answers = source.parse().map_err(|failure| AnswersError {
            place: failure.place,
            field: "(file)".into(),
            message: failure.message,
            hint: "compare the file with docs/answers-format.md; every field can be left out or set to NotSure".into(),
        })?;
        if answers.version > FORMAT_VERSION {
            return Err(AnswersError {
                place: source.place_after("version", 0, &answers.version.to_string()),
                field: "version".into(),
                message: format!(
                    "this file uses answers format {}, newer than this version of ClearPath reads ({FORMAT_VERSION})",
                    answers.version
                ),
                hint: "open it with a newer ClearPath".into(),
            });
        }
        Ok(answers)
    }

    /// Check the answers against the offense ids the rules know and against today's date.
    pub fn validate(
        &self,
        source: &SourceText,
        is_known_offense: impl Fn(&str) -> bool,
        known_offenses: &[&str],
        today: Date,
    ) -> Result<(), AnswersError> {
        for (i, charge) in self.charges.iter().enumerate() {
            let field = |name: &str| format!("charges[{}].{name}", i + 1);
            if let OffenseAnswer::Offense(id) = &charge.offense
                && !is_known_offense(id)
            {
                let hint = match crate::source::closest(id, known_offenses.iter().copied()) {
                    Some(near) => format!("did you mean \"{near}\"? The offense ids are in rules/offenses.ron"),
                    None => "use an id from rules/offenses.ron, Another(Misdemeanor), Another(Felony), Another(NotSure) or NotSure".into(),
                };
                return Err(AnswersError {
                    place: source.place_of_string(id),
                    field: field("offense"),
                    message: format!("unknown offense id \"{id}\""),
                    hint,
                });
            }
            check_when(source, &field("when"), charge.when, today)?;
            let custody = match charge.custody_end {
                CustodyEnd::Date(d) => When::Date(d),
                CustodyEnd::Year(y) => When::Year(y),
                CustodyEnd::NoCustody | CustodyEnd::NotSure => When::NotSure,
            };
            check_when(source, &field("custody_end"), custody, today)?;
            if let (Some((case_first, _)), Some((_, custody_last))) =
                (span_of(charge.when), span_of(custody))
                && custody_last < case_first
            {
                let value = match charge.custody_end {
                    CustodyEnd::Date(d) => format!("\"{d}\""),
                    CustodyEnd::Year(y) => format!("Year({y})"),
                    CustodyEnd::NoCustody | CustodyEnd::NotSure => String::new(),
                };
                return Err(AnswersError {
                    place: source.place_of_field_value("custody_end", &value),
                    field: field("custody_end"),
                    message: "custody or probation cannot end before the case did".into(),
                    hint: "check both dates, or use NotSure".into(),
                });
            }
        }
        let record = &self.record;
        check_when(
            source,
            "record.other_ma_guilty.latest",
            record.other_ma_guilty.latest,
            today,
        )?;
        check_when(
            source,
            "record.out_of_state.latest",
            record.out_of_state.latest,
            today,
        )?;
        if record.other_ma_guilty.last_3_years == Reply::Yes
            && record.other_ma_guilty.last_7_years == Reply::No
        {
            return Err(AnswersError {
                place: source.place_of_text("last_7_years"),
                field: "record.other_ma_guilty.last_7_years".into(),
                message: "a finding in the last 3 years is also in the last 7 years".into(),
                hint: "set last_7_years to Yes, or use NotSure".into(),
            });
        }
        Ok(())
    }
}

/// The first and last day an answer can stand for, if it gives a date or a year.
pub fn span_of(when: When) -> Option<(Date, Date)> {
    match when {
        When::Date(d) => Some((d.0, d.0)),
        When::Year(y) => calendar::year_span(y),
        When::NotSure => None,
    }
}

fn check_when(
    source: &SourceText,
    field: &str,
    when: When,
    today: Date,
) -> Result<(), AnswersError> {
    match when {
        When::Date(d) if d.0 > today => Err(AnswersError {
            place: source.place_of_string(&d.to_string()),
            field: field.into(),
            message: format!("{d} is after today ({today})"),
            hint: "use a date in the past, a Year(...), or NotSure".into(),
        }),
        When::Year(y) if !(calendar::EARLIEST.year()..=today.year()).contains(&y) => {
            Err(AnswersError {
                place: source.place_of_text(&format!("Year({y})")),
                field: field.into(),
                message: format!(
                    "year {y} is not between {} and {}",
                    calendar::EARLIEST.year(),
                    today.year()
                ),
                hint: "use a four-digit year in the past, or NotSure".into(),
            })
        }
        _ => Ok(()),
    }
}

/// Answers are wiped from memory when a session ends (quick exit, start over, clearing after a
/// period without input): every charge and record fact is overwritten, and the charges' whole buffer
/// is zeroed. This covers the app's own copy only; see `crate::save` for what it cannot reach.
impl zeroize::Zeroize for Answers {
    fn zeroize(&mut self) {
        self.charges.zeroize();
        self.record = RecordFacts::default();
        self.version = 0;
    }
}

impl zeroize::Zeroize for Charge {
    fn zeroize(&mut self) {
        *self = Charge::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn parse(text: &str) -> Result<Answers, AnswersError> {
        Answers::parse(&SourceText::new("answers.ron", text))
    }

    #[test]
    fn missing_fields_mean_not_sure() {
        let answers = parse("(charges: [()])").expect("parses");
        assert_eq!(answers.charges[0], Charge::default());
        assert_eq!(answers.charges[0].outcome, Disposition::NotSure);
        assert_eq!(answers.record.us_citizen, Reply::NotSure);
    }

    #[test]
    fn impossible_date_names_line_and_column() {
        let err =
            parse("(\n charges: [(\n  when: Date(\"2023-02-30\"),\n )],\n)").expect_err("bad date");
        assert_eq!(
            (err.place.line, err.place.file.as_str()),
            (3, "answers.ron")
        );
        assert!(err.message.contains("2023-02-30"), "{err}");
    }

    #[test]
    fn unknown_field_is_refused() {
        let err = parse("(charges: [(outcom: Guilty)])").expect_err("typo");
        assert!(err.message.contains("outcom"), "{err}");
    }

    #[test]
    fn newer_format_is_refused() {
        let err = parse("(version: 9)").expect_err("newer");
        assert_eq!(err.field, "version");
    }

    #[test]
    fn validation_catches_unknown_ids_and_future_dates() {
        let today = date(2026, 11, 29);
        let text = "(charges: [(offense: Offense(\"c272_s53A_x\"))])";
        let source = SourceText::new("a.ron", text);
        let answers = Answers::parse(&source).expect("parses");
        let known = ["c272_s53A_a"];
        let err = answers
            .validate(&source, |id| known.contains(&id), &known, today)
            .expect_err("unknown id");
        assert_eq!(err.place.col, 30);
        assert!(err.hint.contains("c272_s53A_a"), "{err}");

        let text = "(charges: [(when: Date(\"2027-01-01\"))])";
        let source = SourceText::new("a.ron", text);
        let answers = Answers::parse(&source).expect("parses");
        let err = answers
            .validate(&source, |_| true, &[], today)
            .expect_err("future");
        assert_eq!(err.field, "charges[1].when");
    }

    #[test]
    fn custody_error_points_at_the_charge_with_the_bad_value() {
        let text = "(charges: [\n  (when: Year(2010)),\n  (when: Year(2020),\n   custody_end: Year(2019)),\n])";
        let source = SourceText::new("a.ron", text);
        let answers = Answers::parse(&source).expect("parses");
        let err = answers
            .validate(&source, |_| true, &[], date(2026, 1, 1))
            .expect_err("order");
        assert_eq!((err.place.line, err.place.col), (4, 4), "{err}");
        assert_eq!(err.field, "charges[2].custody_end");
    }

    #[test]
    fn custody_cannot_end_before_the_case() {
        let text = "(charges: [(when: Year(2020), custody_end: Year(2019))])";
        let source = SourceText::new("a.ron", text);
        let answers = Answers::parse(&source).expect("parses");
        let err = answers
            .validate(&source, |_| true, &[], date(2026, 1, 1))
            .expect_err("order");
        assert_eq!(err.field, "charges[1].custody_end");
    }
}
