//! A person's answers: the charges they told us about and facts about their whole record.
//!
//! This is the stable answers file format (RON), documented in `docs/answers-format.md`. Every field
//! accepts "not sure" and a missing field means "not sure": a gap is never filled with a guess.
//!
//! The format has a version. This build writes version 2 and reads versions 1 and 2: a version 1 file
//! (or one with no `version`, which is how version 1 files were written) is read with the version 1
//! shapes in [`v1`] and turned into version 2 by [`v1::Answers::migrate`], never into firmer answers
//! than it held.

pub mod v1;

use std::fmt;

use jiff::civil::Date;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::calendar;
use crate::source::{ParseFailure, Place, SourceText};

/// The newest answers format this build reads, and the one it writes.
pub const FORMAT_VERSION: u32 = 2;

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
    /// For a charge not in the list (`Another`): whether it was under one of the laws whose
    /// convictions are never sealed by mail.
    pub another_law: AnotherLaw,
    pub court: Court,
    pub outcome: Disposition,
    /// When the case ended (for a CWOF: the day the case was continued without a finding; for an open
    /// case: when it began).
    pub when: When,
    /// When the person was last released from jail, prison or a youth facility for this charge.
    pub released: Released,
    /// When probation for this charge ended.
    pub probation_end: ProbationEnd,
    /// Carried over from a version 1 file: the one date version 1 asked for, "when any custody or
    /// probation ended", not saying which of the two. Read as: neither release nor probation ended
    /// after it. Written only when set; the window clears it once either new answer is given.
    #[serde(skip_serializing_if = "CustodyEnd::is_not_sure")]
    pub custody_or_probation_end: CustodyEnd,
    pub age: AgeBand,
    /// Whether it happened while someone was forcing, tricking or controlling the person.
    pub coerced: Reply,
    /// Whether anyone arranged, advertised, drove or housed the person for it, or took money from what
    /// they were paid (trafficking needs no force: G.L. c.265 §50).
    pub arranged: Reply,
    /// Whether the person has official papers showing they were a trafficking victim at the time (such
    /// as a T visa, Continued Presence or a certification letter from a government agency).
    pub official_documents: Reply,
}

/// Which offense the charge was for.
#[derive(
    Clone,
    Debug,
    Default,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::VariantNames,
)]
pub enum OffenseAnswer {
    /// An id from the offense catalog (or a catalog group, such as "not sure which part of §53").
    Offense(String),
    /// A charge not in the catalog.
    Another(Grade),
    #[default]
    NotSure,
}

#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::VariantNames,
    strum::EnumString,
)]
pub enum Grade {
    Misdemeanor,
    Felony,
    #[default]
    NotSure,
}

/// The law a charge not in the list was under, where it is one whose convictions G.L. c.276 §100A
/// never seals by mail.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::VariantNames,
    strum::EnumString,
)]
pub enum AnotherLaw {
    /// Firearms licensing, G.L. c.140 §§121-131H.
    FirearmsLicensing,
    /// Crimes against public justice, G.L. c.268, other than resisting arrest.
    PublicJustice,
    /// Conflict of interest, G.L. c.268A.
    ConflictOfInterest,
    NoneOfThese,
    #[default]
    NotSure,
}

#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::VariantNames,
    strum::EnumString,
)]
pub enum Court {
    MassachusettsAdult,
    MassachusettsJuvenile,
    OtherState,
    Federal,
    #[default]
    NotSure,
}

#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::VariantNames,
    strum::EnumString,
)]
pub enum Disposition {
    Guilty,
    ContinuedWithoutFinding,
    Dismissed,
    NolleProsequi,
    NotGuilty,
    /// The court found no probable cause to issue the complaint.
    NoProbableCause,
    /// A grand jury returned no bill (no indictment).
    NoBill,
    Filed,
    DelinquencyAdjudication,
    StillOpen,
    #[default]
    NotSure,
}

/// A date, a year, or not sure.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::VariantNames,
)]
pub enum When {
    Date(Day),
    Year(i16),
    #[default]
    NotSure,
}

/// When the person was last released from jail, prison or a youth facility for a charge.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::VariantNames,
)]
pub enum Released {
    Date(Day),
    Year(i16),
    /// The person was not held for this charge.
    NotHeld,
    #[default]
    NotSure,
}

/// When probation for a charge ended.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::VariantNames,
)]
pub enum ProbationEnd {
    Date(Day),
    Year(i16),
    /// There was no probation for this charge.
    NoProbation,
    #[default]
    NotSure,
}

/// Version 1's one answer for both: when custody or probation ended, not saying which.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum CustodyEnd {
    Date(Day),
    Year(i16),
    /// There was no custody and no probation for this charge.
    NoCustody,
    #[default]
    NotSure,
}

impl CustodyEnd {
    pub fn is_not_sure(&self) -> bool {
        *self == CustodyEnd::NotSure
    }
}

/// The date or year of an answer that may hold one.
pub trait DateAnswer {
    fn when(self) -> When;
}

impl DateAnswer for Released {
    fn when(self) -> When {
        match self {
            Released::Date(d) => When::Date(d),
            Released::Year(y) => When::Year(y),
            Released::NotHeld | Released::NotSure => When::NotSure,
        }
    }
}

impl DateAnswer for ProbationEnd {
    fn when(self) -> When {
        match self {
            ProbationEnd::Date(d) => When::Date(d),
            ProbationEnd::Year(y) => When::Year(y),
            ProbationEnd::NoProbation | ProbationEnd::NotSure => When::NotSure,
        }
    }
}

impl DateAnswer for CustodyEnd {
    fn when(self) -> When {
        match self {
            CustodyEnd::Date(d) => When::Date(d),
            CustodyEnd::Year(y) => When::Year(y),
            CustodyEnd::NoCustody | CustodyEnd::NotSure => When::NotSure,
        }
    }
}

#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::VariantNames,
    strum::EnumString,
)]
pub enum AgeBand {
    Under18,
    From18To20,
    From21,
    #[default]
    NotSure,
}

/// A yes/no answer. "Prefer not to say" is read exactly like "not sure".
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::VariantNames,
    strum::EnumString,
)]
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
    /// Time in jail or prison, anywhere, on a case other than the charges listed, in the last 7 years.
    pub other_imprisonment: Imprisonment,
    /// A commitment as a delinquent (to a youth facility), anywhere, or a delinquency finding outside
    /// Massachusetts, on a case other than the charges listed, in the last 3 years.
    pub other_commitment: Commitment,
    /// Any other court case anywhere, with any outcome, that is not among the charges listed.
    pub other_cases: Reply,
    /// Whether two or more of the charges listed came from the same incident.
    pub same_incident: Reply,
    /// Whether a record came from someone else using the person's name or identity.
    pub false_identity: Reply,
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

/// Time in jail or prison on another case in the last 7 years, with the latest release where known.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Imprisonment {
    pub last_7_years: Reply,
    pub latest: When,
}

/// A commitment or a delinquency finding elsewhere in the last 3 years, with the latest date where
/// known.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Commitment {
    pub last_3_years: Reply,
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

/// The `version` of a text that holds answers, read before anything else so the rest can be read in
/// the right shape. Unknown fields are skipped here; the strict reading comes after.
#[derive(Debug, Default, Deserialize)]
pub struct VersionProbe {
    /// Written `version: 2`, as in the answers themselves (so plain RON reads it too, without the
    /// implicit `Some`).
    #[serde(default, deserialize_with = "stated_version")]
    version: Option<u32>,
}

fn stated_version<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
    u32::deserialize(d).map(Some)
}

impl VersionProbe {
    /// The version the answers say they use; 1 when they say none (version 1 files had no
    /// `version` field to write).
    pub fn version(&self) -> u32 {
        self.version.unwrap_or(1).max(1)
    }

    /// Whether the answers wrote their version.
    pub fn stated(&self) -> bool {
        self.version.is_some()
    }
}

/// Why a text holding answers could not be read in the shape of its version.
#[derive(Clone, Debug)]
pub enum ReadFailure {
    /// The text did not parse; `hint` says what to do.
    Parse { failure: ParseFailure, hint: String },
    /// A newer answers format than this build reads.
    Newer(u32),
}

/// Read `source` in the shape its answers version calls for: `Current` for version 2, `Old` for
/// version 1 (made current by `migrate`). `probe` is what the version probe of the same text found.
pub fn read_versioned<Old: DeserializeOwned, Current: DeserializeOwned>(
    source: &SourceText,
    probe: &VersionProbe,
    migrate: impl FnOnce(Old) -> Current,
) -> Result<Current, ReadFailure> {
    let hint = |failure: &ParseFailure| version_hint(failure, probe);
    match probe.version() {
        1 => source
            .parse::<Old>()
            .map(migrate)
            .map_err(|failure| ReadFailure::Parse {
                hint: hint(&failure),
                failure,
            }),
        FORMAT_VERSION => source
            .parse::<Current>()
            .map_err(|failure| ReadFailure::Parse {
                hint: hint(&failure),
                failure,
            }),
        newer => Err(ReadFailure::Newer(newer)),
    }
}

fn version_hint(failure: &ParseFailure, probe: &VersionProbe) -> String {
    let general = "compare the file with docs/answers-format.md; every field can be left out or set to NotSure";
    if probe.version() == FORMAT_VERSION && failure.message.contains("`custody_end`") {
        return "version 2 asks about release from jail and the end of probation apart: write `released` and `probation_end` instead of `custody_end` (docs/answers-format.md)".into();
    }
    if probe.version() != 1 || !failure.message.contains("field") {
        return general.into();
    }
    if probe.stated() {
        format!(
            "this file says `version: 1`, and version 1 does not have every field; to use the version {FORMAT_VERSION} fields, write `version: {FORMAT_VERSION}` (docs/answers-format.md)"
        )
    } else {
        format!(
            "this file has no `version`, so it is read as version 1, which does not have every field; to use the version {FORMAT_VERSION} fields, add `version: {FORMAT_VERSION},` (docs/answers-format.md)"
        )
    }
}

impl Answers {
    /// Read an answers file, of either version. Checks needing the offense catalog or today's date
    /// are in `validate`.
    pub fn parse(source: &SourceText) -> Result<Answers, AnswersError> {
        let probe: VersionProbe = source.parse().map_err(|failure| AnswersError {
            place: failure.place,
            field: "(file)".into(),
            message: failure.message,
            hint: "compare the file with docs/answers-format.md; every field can be left out or set to NotSure".into(),
        })?;
        read_versioned(source, &probe, v1::Answers::migrate).map_err(|e| match e {
            ReadFailure::Parse { failure, hint } => AnswersError {
                place: failure.place,
                field: "(file)".into(),
                message: failure.message,
                hint,
            },
            ReadFailure::Newer(version) => AnswersError {
                place: source.place_after("version", 0, &version.to_string()),
                field: "version".into(),
                message: format!(
                    "this file uses answers format {version}, newer than this version of ClearPath reads ({FORMAT_VERSION})"
                ),
                hint: "open it with a newer ClearPath".into(),
            },
        })
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
            check_when(source, &field("released"), charge.released.when(), today)?;
            // Release may come before the case ended (held before trial, then released); probation
            // and version 1's custody-or-probation date cannot.
            let legacy = if source.text.contains("custody_or_probation_end") {
                "custody_or_probation_end"
            } else {
                "custody_end"
            };
            let after_case = [
                (
                    "probation_end",
                    "probation_end",
                    charge.probation_end.when(),
                    "probation cannot end before the case did",
                ),
                (
                    "custody_or_probation_end",
                    legacy,
                    charge.custody_or_probation_end.when(),
                    "custody or probation cannot end before the case did",
                ),
            ];
            for (name, written, when, message) in after_case {
                check_when(source, &field(name), when, today)?;
                if let (Some((case_first, _)), Some((_, last))) =
                    (span_of(charge.when), span_of(when))
                    && last < case_first
                {
                    let value = match when {
                        When::Date(d) => format!("Date(\"{d}\")"),
                        When::Year(y) => format!("Year({y})"),
                        When::NotSure => String::new(),
                    };
                    return Err(AnswersError {
                        place: source.place_of_field_value(written, &value),
                        field: field(written),
                        message: message.into(),
                        hint: "check both dates, or use NotSure".into(),
                    });
                }
            }
        }
        let record = &self.record;
        for (name, when) in [
            (
                "record.other_ma_guilty.latest",
                record.other_ma_guilty.latest,
            ),
            ("record.out_of_state.latest", record.out_of_state.latest),
            (
                "record.other_imprisonment.latest",
                record.other_imprisonment.latest,
            ),
            (
                "record.other_commitment.latest",
                record.other_commitment.latest,
            ),
        ] {
            check_when(source, name, when, today)?;
        }
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
        // A version 1 file: its one custody date is kept, and still checked against the case.
        let text = "(charges: [\n  (when: Year(2010)),\n  (when: Year(2020),\n   custody_end: Year(2019)),\n])";
        let source = SourceText::new("a.ron", text);
        let answers = Answers::parse(&source).expect("parses");
        let err = answers
            .validate(&source, |_| true, &[], date(2026, 1, 1))
            .expect_err("order");
        assert_eq!((err.place.line, err.place.col), (4, 4), "{err}");
        assert_eq!(
            err.field, "charges[2].custody_end",
            "named as the file names it"
        );
    }

    #[test]
    fn probation_cannot_end_before_the_case_but_release_can() {
        let text = "(version: 2, charges: [(when: Year(2020), probation_end: Year(2019))])";
        let source = SourceText::new("a.ron", text);
        let answers = Answers::parse(&source).expect("parses");
        let err = answers
            .validate(&source, |_| true, &[], date(2026, 1, 1))
            .expect_err("order");
        assert_eq!(err.field, "charges[1].probation_end");
        assert_eq!((err.place.line, err.place.col), (1, 43), "{err}");

        // Held before trial and released before the case ended: nothing wrong.
        let text =
            "(version: 2, charges: [(when: Date(\"2020-05-01\"), released: Date(\"2020-03-02\"))])";
        let source = SourceText::new("a.ron", text);
        let answers = Answers::parse(&source).expect("parses");
        answers
            .validate(&source, |_| true, &[], date(2026, 1, 1))
            .expect("a release before the case ended is allowed");
    }

    #[test]
    fn version_1_migrates_without_firming_anything() {
        let text = r#"(
            charges: [
                (offense: Offense("c272_53_other"), when: Year(2015), custody_end: Date("2016-03-01"), coerced: No),
                (offense: Another(Felony), custody_end: NoCustody),
                (offense: Offense("c272_53A_a"), custody_end: NotSure),
            ],
            record: (other_ma_guilty: (last_7_years: No), out_of_state: (any: No), open_case: No),
        )"#;
        let answers = parse(text).expect("a version 1 file parses");
        assert_eq!(answers.version, FORMAT_VERSION);
        let [a, b, c] = &answers.charges[..] else {
            panic!("three charges")
        };
        assert_eq!(
            a.offense,
            OffenseAnswer::Offense("c272_53_not_walking".into())
        );
        assert_eq!(
            (a.released, a.probation_end),
            (Released::NotSure, ProbationEnd::NotSure)
        );
        assert_eq!(
            a.custody_or_probation_end,
            CustodyEnd::Date(Day(date(2016, 3, 1)))
        );
        assert_eq!(
            (a.coerced, a.arranged, a.official_documents),
            (Reply::No, Reply::NotSure, Reply::NotSure)
        );
        assert_eq!(b.offense, OffenseAnswer::Another(Grade::Felony));
        assert_eq!(b.another_law, AnotherLaw::NotSure);
        assert_eq!(
            (b.released, b.probation_end),
            (Released::NotHeld, ProbationEnd::NoProbation)
        );
        assert_eq!(b.custody_or_probation_end, CustodyEnd::NotSure);
        assert_eq!(
            (c.released, c.probation_end),
            (Released::NotSure, ProbationEnd::NotSure)
        );
        assert_eq!(answers.record.open_case, Reply::No);
        assert_eq!(answers.record.other_cases, Reply::NotSure);
        assert_eq!(answers.record.other_imprisonment, Imprisonment::default());

        // Written back, it is a version 2 file that reads the same.
        let written = ron::ser::to_string(&answers).expect("serializes");
        assert!(written.contains("version:2"), "{written}");
        assert_eq!(parse(&written).expect("reads back"), answers);
    }

    #[test]
    fn a_version_2_field_in_a_version_1_file_says_to_write_the_version() {
        let err = parse("(charges: [(released: NotHeld)])").expect_err("no version: read as 1");
        assert!(err.hint.contains("add `version: 2,`"), "{err}");
        let err = parse("(version: 1, charges: [(released: NotHeld)])").expect_err("says 1");
        assert!(err.hint.contains("write `version: 2`"), "{err}");
        let answers = parse("(version: 2, charges: [(released: NotHeld)])").expect("version 2");
        assert_eq!(answers.charges[0].released, Released::NotHeld);
        let err =
            parse("(version: 2, charges: [(custody_end: NoCustody)])").expect_err("gone in 2");
        assert!(err.message.contains("custody_end"), "{err}");
    }
}
