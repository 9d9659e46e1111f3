//! The questionnaire as data: which questions are asked, in which part of the walk, with which choices and
//! under which conditions (`assets/questions.ron`). The words for each question live in the translation
//! files; this module knows only ids, the answer each question fills in, and when it is shown.
//!
//! No egui here: the window draws what this module describes, and tests can walk it without a window.

pub mod chooser;
pub mod walk;

use serde::Deserialize;
use strum::VariantNames as _;

use crate::answers::{
    AgeBand, AnotherLaw, Answers, Charge, Court, CustodyEnd, DateAnswer as _, Disposition, Grade,
    OffenseAnswer, ProbationEnd, Released, Reply, When,
};
use crate::source::{Place, SourceText, closest};

/// The questions file built into the program.
pub const QUESTIONS_FILE: &str = include_str!("../../assets/questions.ron");

/// Where in the walk a question is asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub enum Section {
    /// Before anything else: questions that change everything (an open case, citizenship).
    Early,
    /// Once per charge.
    Charge,
    /// About the whole record, after the charges.
    Record,
}

/// The answer a question fills in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    OpenCase,
    UsCitizen,
    Offense,
    AnotherGrade,
    AnotherLaw,
    Court,
    Outcome,
    When,
    Released,
    ProbationEnd,
    Age,
    Coerced,
    Arranged,
    Documents,
    RecentLast7,
    RecentLast3,
    RecentLatest,
    OutOfStateAny,
    OutOfStateLatest,
    ImprisonmentLast7,
    ImprisonmentLatest,
    CommitmentLast3,
    CommitmentLatest,
    OtherCases,
    SameIncident,
    FalseIdentity,
    Supervision,
    Registered,
}

/// How a question is answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// One of a fixed list of values.
    Choice(&'static [&'static str]),
    /// A date, a year or not sure (and, for custody, none).
    Date(&'static [&'static str]),
    /// An offense from the catalog, another charge, or not sure.
    Offense,
}

impl Field {
    pub const ALL: [Field; 28] = [
        Field::OpenCase,
        Field::UsCitizen,
        Field::Offense,
        Field::AnotherGrade,
        Field::AnotherLaw,
        Field::Court,
        Field::Outcome,
        Field::When,
        Field::Released,
        Field::ProbationEnd,
        Field::Age,
        Field::Coerced,
        Field::Arranged,
        Field::Documents,
        Field::RecentLast7,
        Field::RecentLast3,
        Field::RecentLatest,
        Field::OutOfStateAny,
        Field::OutOfStateLatest,
        Field::ImprisonmentLast7,
        Field::ImprisonmentLatest,
        Field::CommitmentLast3,
        Field::CommitmentLatest,
        Field::OtherCases,
        Field::SameIncident,
        Field::FalseIdentity,
        Field::Supervision,
        Field::Registered,
    ];

    /// The name used in the questions file.
    pub fn name(self) -> &'static str {
        match self {
            Field::OpenCase => "record.open_case",
            Field::UsCitizen => "record.us_citizen",
            Field::Offense => "charge.offense",
            Field::AnotherGrade => "charge.another_grade",
            Field::AnotherLaw => "charge.another_law",
            Field::Court => "charge.court",
            Field::Outcome => "charge.outcome",
            Field::When => "charge.when",
            Field::Released => "charge.released",
            Field::ProbationEnd => "charge.probation_end",
            Field::Age => "charge.age",
            Field::Coerced => "charge.coerced",
            Field::Arranged => "charge.arranged",
            Field::Documents => "charge.official_documents",
            Field::RecentLast7 => "record.other_ma_guilty.last_7_years",
            Field::RecentLast3 => "record.other_ma_guilty.last_3_years",
            Field::RecentLatest => "record.other_ma_guilty.latest",
            Field::OutOfStateAny => "record.out_of_state.any",
            Field::OutOfStateLatest => "record.out_of_state.latest",
            Field::ImprisonmentLast7 => "record.other_imprisonment.last_7_years",
            Field::ImprisonmentLatest => "record.other_imprisonment.latest",
            Field::CommitmentLast3 => "record.other_commitment.last_3_years",
            Field::CommitmentLatest => "record.other_commitment.latest",
            Field::OtherCases => "record.other_cases",
            Field::SameIncident => "record.same_incident",
            Field::FalseIdentity => "record.false_identity",
            Field::Supervision => "record.supervision_now",
            Field::Registered => "record.registered",
        }
    }

    pub fn from_name(name: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.name() == name)
    }

    pub fn kind(self) -> Kind {
        match self {
            Field::Offense => Kind::Offense,
            Field::AnotherGrade => Kind::Choice(Grade::VARIANTS),
            Field::AnotherLaw => Kind::Choice(AnotherLaw::VARIANTS),
            Field::Court => Kind::Choice(Court::VARIANTS),
            Field::Outcome => Kind::Choice(Disposition::VARIANTS),
            Field::Age => Kind::Choice(AgeBand::VARIANTS),
            Field::When
            | Field::RecentLatest
            | Field::OutOfStateLatest
            | Field::ImprisonmentLatest
            | Field::CommitmentLatest => Kind::Date(When::VARIANTS),
            Field::Released => Kind::Date(Released::VARIANTS),
            Field::ProbationEnd => Kind::Date(ProbationEnd::VARIANTS),
            Field::OpenCase
            | Field::UsCitizen
            | Field::Coerced
            | Field::Arranged
            | Field::Documents
            | Field::RecentLast7
            | Field::RecentLast3
            | Field::OutOfStateAny
            | Field::ImprisonmentLast7
            | Field::CommitmentLast3
            | Field::OtherCases
            | Field::SameIncident
            | Field::FalseIdentity
            | Field::Supervision
            | Field::Registered => Kind::Choice(Reply::VARIANTS),
        }
    }

    /// The values a question on this field may offer.
    pub fn values(self) -> &'static [&'static str] {
        match self.kind() {
            Kind::Choice(v) | Kind::Date(v) => v,
            Kind::Offense => OffenseAnswer::VARIANTS,
        }
    }

    pub fn section(self) -> Section {
        if self.name().starts_with("charge.") {
            Section::Charge
        } else {
            Section::Record
        }
    }

    /// The current value's name (for dates: `Date`, `Year`, `NotSure`, or the answer that there was
    /// none: `NotHeld`, `NoProbation`).
    pub fn value(self, answers: &Answers, charge: Option<&Charge>) -> &'static str {
        let r = &answers.record;
        let default = Charge::default();
        let c = charge.unwrap_or(&default);
        match self {
            Field::OpenCase => r.open_case.into(),
            Field::UsCitizen => r.us_citizen.into(),
            Field::Offense => (&c.offense).into(),
            Field::AnotherGrade => match c.offense {
                OffenseAnswer::Another(grade) => grade.into(),
                _ => Grade::NotSure.into(),
            },
            Field::AnotherLaw => c.another_law.into(),
            Field::Court => c.court.into(),
            Field::Outcome => c.outcome.into(),
            Field::When => c.when.into(),
            Field::Released => c.released.into(),
            Field::ProbationEnd => c.probation_end.into(),
            Field::Age => c.age.into(),
            Field::Coerced => c.coerced.into(),
            Field::Arranged => c.arranged.into(),
            Field::Documents => c.official_documents.into(),
            Field::RecentLast7 => r.other_ma_guilty.last_7_years.into(),
            Field::RecentLast3 => r.other_ma_guilty.last_3_years.into(),
            Field::RecentLatest => r.other_ma_guilty.latest.into(),
            Field::OutOfStateAny => r.out_of_state.any.into(),
            Field::OutOfStateLatest => r.out_of_state.latest.into(),
            Field::ImprisonmentLast7 => r.other_imprisonment.last_7_years.into(),
            Field::ImprisonmentLatest => r.other_imprisonment.latest.into(),
            Field::CommitmentLast3 => r.other_commitment.last_3_years.into(),
            Field::CommitmentLatest => r.other_commitment.latest.into(),
            Field::OtherCases => r.other_cases.into(),
            Field::SameIncident => r.same_incident.into(),
            Field::FalseIdentity => r.false_identity.into(),
            Field::Supervision => r.supervision_now.into(),
            Field::Registered => r.registered.into(),
        }
    }

    /// Set a choice. For dates and offenses, `Date`, `Year` and `Offense` keep what was there; the date
    /// or offense itself is set with `set_when` and `set_offense`. `value` is one of `values()` (the
    /// questions file is checked against them when it loads).
    pub fn set(self, answers: &mut Answers, charge: Option<usize>, value: &str) {
        let reply = || value.parse::<Reply>().unwrap_or_default();
        let r = &mut answers.record;
        match self {
            Field::OpenCase => r.open_case = reply(),
            Field::UsCitizen => r.us_citizen = reply(),
            Field::RecentLast7 => r.other_ma_guilty.last_7_years = reply(),
            Field::RecentLast3 => r.other_ma_guilty.last_3_years = reply(),
            Field::RecentLatest => {
                r.other_ma_guilty.latest = when_from(r.other_ma_guilty.latest, value)
            }
            Field::OutOfStateAny => r.out_of_state.any = reply(),
            Field::OutOfStateLatest => {
                r.out_of_state.latest = when_from(r.out_of_state.latest, value)
            }
            Field::ImprisonmentLast7 => r.other_imprisonment.last_7_years = reply(),
            Field::ImprisonmentLatest => {
                r.other_imprisonment.latest = when_from(r.other_imprisonment.latest, value)
            }
            Field::CommitmentLast3 => r.other_commitment.last_3_years = reply(),
            Field::CommitmentLatest => {
                r.other_commitment.latest = when_from(r.other_commitment.latest, value)
            }
            Field::OtherCases => r.other_cases = reply(),
            Field::SameIncident => r.same_incident = reply(),
            Field::FalseIdentity => r.false_identity = reply(),
            Field::Supervision => r.supervision_now = reply(),
            Field::Registered => r.registered = reply(),
            _ => {
                let Some(c) = charge.and_then(|i| answers.charges.get_mut(i)) else {
                    return;
                };
                set_charge(self, c, value);
            }
        }
    }
}

impl Field {
    /// Set a date field to a date, a year or not sure.
    pub fn set_when(self, answers: &mut Answers, charge: Option<usize>, when: When) {
        let r = &mut answers.record;
        match self {
            Field::RecentLatest => r.other_ma_guilty.latest = when,
            Field::OutOfStateLatest => r.out_of_state.latest = when,
            Field::ImprisonmentLatest => r.other_imprisonment.latest = when,
            Field::CommitmentLatest => r.other_commitment.latest = when,
            Field::When | Field::Released | Field::ProbationEnd => {
                let Some(c) = charge.and_then(|i| answers.charges.get_mut(i)) else {
                    return;
                };
                match self {
                    Field::When => c.when = when,
                    Field::Released => {
                        c.released = match when {
                            When::Date(d) => Released::Date(d),
                            When::Year(y) => Released::Year(y),
                            When::NotSure => Released::NotSure,
                        };
                        c.custody_or_probation_end = CustodyEnd::NotSure;
                    }
                    _ => {
                        c.probation_end = match when {
                            When::Date(d) => ProbationEnd::Date(d),
                            When::Year(y) => ProbationEnd::Year(y),
                            When::NotSure => ProbationEnd::NotSure,
                        };
                        c.custody_or_probation_end = CustodyEnd::NotSure;
                    }
                }
            }
            _ => {}
        }
    }

    /// The date or year of a date field, if one is set.
    pub fn when(self, answers: &Answers, charge: Option<&Charge>) -> When {
        match (self, charge) {
            (Field::RecentLatest, _) => answers.record.other_ma_guilty.latest,
            (Field::OutOfStateLatest, _) => answers.record.out_of_state.latest,
            (Field::ImprisonmentLatest, _) => answers.record.other_imprisonment.latest,
            (Field::CommitmentLatest, _) => answers.record.other_commitment.latest,
            (Field::When, Some(c)) => c.when,
            (Field::Released, Some(c)) => c.released.when(),
            (Field::ProbationEnd, Some(c)) => c.probation_end.when(),
            _ => When::NotSure,
        }
    }
}

/// Set the offense of a charge.
pub fn set_offense(answers: &mut Answers, charge: usize, offense: OffenseAnswer) {
    if let Some(c) = answers.charges.get_mut(charge) {
        c.offense = offense;
    }
}

fn set_charge(field: Field, c: &mut Charge, value: &str) {
    fn parsed<T: std::str::FromStr + Default>(value: &str) -> T {
        value.parse().unwrap_or_default()
    }
    match field {
        Field::Offense => {
            c.offense = match (value, &c.offense) {
                ("Offense", OffenseAnswer::Offense(id)) => OffenseAnswer::Offense(id.clone()),
                // The picker then sets the id; until then the answer is an empty id (read as not sure).
                ("Offense", _) => OffenseAnswer::Offense(String::new()),
                ("Another", OffenseAnswer::Another(g)) => OffenseAnswer::Another(*g),
                ("Another", _) => OffenseAnswer::Another(Grade::NotSure),
                _ => OffenseAnswer::NotSure,
            }
        }
        Field::AnotherGrade => c.offense = OffenseAnswer::Another(parsed(value)),
        Field::AnotherLaw => c.another_law = parsed(value),
        Field::Court => c.court = parsed(value),
        Field::Outcome => c.outcome = parsed(value),
        Field::When => c.when = when_from(c.when, value),
        // Either new answer replaces what a version 1 file said for both.
        Field::Released => {
            c.released = match value {
                "NotHeld" => Released::NotHeld,
                _ => match when_from(c.released.when(), value) {
                    When::Date(d) => Released::Date(d),
                    When::Year(y) => Released::Year(y),
                    When::NotSure => Released::NotSure,
                },
            };
            c.custody_or_probation_end = CustodyEnd::NotSure;
        }
        Field::ProbationEnd => {
            c.probation_end = match value {
                "NoProbation" => ProbationEnd::NoProbation,
                _ => match when_from(c.probation_end.when(), value) {
                    When::Date(d) => ProbationEnd::Date(d),
                    When::Year(y) => ProbationEnd::Year(y),
                    When::NotSure => ProbationEnd::NotSure,
                },
            };
            c.custody_or_probation_end = CustodyEnd::NotSure;
        }
        Field::Age => c.age = parsed(value),
        Field::Coerced => c.coerced = parsed(value),
        Field::Arranged => c.arranged = parsed(value),
        Field::Documents => c.official_documents = parsed(value),
        _ => {}
    }
}

/// A date answer switched to `value`, keeping what was there when the kind stays the same and never
/// inventing a day: a date or year not yet typed stays "not sure" until it is.
fn when_from(current: When, value: &str) -> When {
    match (value, current) {
        ("Date", When::Date(d)) => When::Date(d),
        ("Year", When::Year(y)) => When::Year(y),
        ("Year", When::Date(d)) => When::Year(d.0.year()),
        _ => When::NotSure,
    }
}

/// When a question is shown, as written in the questions file.
#[derive(Clone, Debug, Deserialize)]
pub enum RawShowIf {
    Always,
    /// The answer to this field is one of these values.
    AnswerIs(String, Vec<String>),
    All(Vec<RawShowIf>),
    Any(Vec<RawShowIf>),
    Not(Box<RawShowIf>),
    /// For record questions: the condition holds for at least one charge listed.
    AnyCharge(Box<RawShowIf>),
    /// At least this many charges are listed.
    AtLeastCharges(usize),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: String,
    field: String,
    /// The values offered, in order; "NotSure" is required, "PreferNotToSay" for sensitive questions.
    choices: Vec<String>,
    #[serde(default)]
    sensitive: bool,
    #[serde(default)]
    show_if: Option<RawShowIf>,
    /// Choices offered only when a condition holds (a delinquency finding only for a juvenile court),
    /// by value.
    #[serde(default)]
    choice_if: std::collections::BTreeMap<String, RawShowIf>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestions {
    early: Vec<RawQuestion>,
    charge: Vec<RawQuestion>,
    record: Vec<RawQuestion>,
}

/// A compiled show condition.
#[derive(Clone, Debug)]
pub enum ShowIf {
    Always,
    AnswerIs(Field, Vec<&'static str>),
    All(Vec<ShowIf>),
    Any(Vec<ShowIf>),
    Not(Box<ShowIf>),
    AnyCharge(Box<ShowIf>),
    AtLeastCharges(usize),
}

impl ShowIf {
    pub fn holds(&self, answers: &Answers, charge: Option<&Charge>) -> bool {
        match self {
            ShowIf::Always => true,
            ShowIf::AnswerIs(field, values) => values.contains(&field.value(answers, charge)),
            ShowIf::All(items) => items.iter().all(|c| c.holds(answers, charge)),
            ShowIf::Any(items) => items.iter().any(|c| c.holds(answers, charge)),
            ShowIf::Not(inner) => !inner.holds(answers, charge),
            ShowIf::AnyCharge(inner) => answers
                .charges
                .iter()
                .any(|c| inner.holds(answers, Some(c))),
            ShowIf::AtLeastCharges(n) => answers.charges.len() >= *n,
        }
    }
}

/// One question. Its words are the translation keys `q-<id>`, `q-<id>-help` and, for sensitive
/// questions, `q-<id>-why`; each choice's words are `choice-<value>`.
#[derive(Clone, Debug)]
pub struct Question {
    pub id: String,
    pub section: Section,
    pub field: Field,
    pub choices: Vec<&'static str>,
    pub sensitive: bool,
    pub show_if: ShowIf,
    /// Choices offered only when their condition holds.
    pub choice_if: Vec<(&'static str, ShowIf)>,
}

impl Question {
    /// Whether the question is asked, given the answers so far.
    pub fn shown(&self, answers: &Answers, charge: Option<&Charge>) -> bool {
        self.show_if.holds(answers, charge)
    }

    /// The choices that make sense given the other answers, in order: those without a condition, those
    /// whose condition holds, and the answer already given whatever the others say (it is never
    /// dropped: changing the court does not change how the case ended).
    pub fn offered(&self, answers: &Answers, charge: Option<&Charge>) -> Vec<&'static str> {
        let current = self.field.value(answers, charge);
        self.choices
            .iter()
            .copied()
            .filter(|c| {
                *c == current
                    || self
                        .choice_if
                        .iter()
                        .find(|(value, _)| value == c)
                        .is_none_or(|(_, cond)| cond.holds(answers, charge))
            })
            .collect()
    }
}

/// Every question, by section, in the order asked.
#[derive(Clone, Debug)]
pub struct Questionnaire {
    pub questions: Vec<Question>,
}

/// A questions file that cannot be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{place}: {message} (hint: {hint})")]
pub struct QuestionsError {
    pub place: Place,
    pub message: String,
    pub hint: String,
}

impl Questionnaire {
    /// The questions built into the program.
    pub fn bundled() -> Result<Questionnaire, QuestionsError> {
        Questionnaire::load(&SourceText::new("assets/questions.ron", QUESTIONS_FILE))
    }

    pub fn load(src: &SourceText) -> Result<Questionnaire, QuestionsError> {
        let raw: RawQuestions = src.parse().map_err(|f| QuestionsError {
            place: f.place,
            message: f.message,
            hint: "compare with assets/questions.ron in the ClearPath source".into(),
        })?;
        let mut questions = Vec::new();
        let mut ids: Vec<String> = Vec::new();
        for (section, list) in [
            (Section::Early, raw.early),
            (Section::Charge, raw.charge),
            (Section::Record, raw.record),
        ] {
            for q in list {
                let err = |message: String, hint: String| QuestionsError {
                    place: src.place_of_string(&q.id),
                    message,
                    hint,
                };
                if ids.contains(&q.id) {
                    return Err(err(
                        format!("question id \"{}\" is used twice", q.id),
                        "give every question its own id".into(),
                    ));
                }
                let field = field_named(src, &q.field)?;
                if (field.section() == Section::Charge) != (section == Section::Charge) {
                    return Err(err(
                        format!("\"{}\" is asked in the wrong part of the questionnaire", q.field),
                        "charge.* fields go under `charge`, record.* fields under `early` or `record`".into(),
                    ));
                }
                let mut choices = Vec::new();
                for c in &q.choices {
                    let v =
                        field
                            .values()
                            .iter()
                            .find(|v| *v == c)
                            .ok_or_else(|| QuestionsError {
                                place: src.place_after(
                                    &format!("\"{}\"", q.id),
                                    0,
                                    &format!("\"{c}\""),
                                ),
                                message: format!("\"{c}\" is not a value of {}", q.field),
                                hint: format!("values: {}", field.values().join(", ")),
                            })?;
                    choices.push(*v);
                }
                if !choices.contains(&"NotSure") {
                    return Err(err(
                        format!("question \"{}\" does not offer NotSure", q.id),
                        "every question accepts \"Not sure\"".into(),
                    ));
                }
                if q.sensitive
                    && field.values().contains(&"PreferNotToSay")
                    && !choices.contains(&"PreferNotToSay")
                {
                    return Err(err(
                        format!(
                            "sensitive question \"{}\" does not offer PreferNotToSay",
                            q.id
                        ),
                        "sensitive questions also accept \"Prefer not to say\"".into(),
                    ));
                }
                let shown_when = match &q.show_if {
                    None => ShowIf::Always,
                    Some(raw) => show_if(src, raw)?,
                };
                let mut choice_if = Vec::new();
                for (value, raw) in &q.choice_if {
                    let Some(v) = choices.iter().copied().find(|c| c == value) else {
                        return Err(QuestionsError {
                            place: src.place_of_string(value),
                            message: format!(
                                "choice_if names \"{value}\", which question \"{}\" does not offer",
                                q.id
                            ),
                            hint: format!("choices: {}", choices.join(", ")),
                        });
                    };
                    if v == "NotSure" {
                        return Err(err(
                            format!("question \"{}\" makes NotSure conditional", q.id),
                            "\"Not sure\" is always offered".into(),
                        ));
                    }
                    choice_if.push((v, show_if(src, raw)?));
                }
                ids.push(q.id.clone());
                questions.push(Question {
                    id: q.id,
                    section,
                    field,
                    choices,
                    sensitive: q.sensitive,
                    show_if: shown_when,
                    choice_if,
                });
            }
        }
        Ok(Questionnaire { questions })
    }

    pub fn section(&self, section: Section) -> impl Iterator<Item = &Question> {
        self.questions.iter().filter(move |q| q.section == section)
    }
}

fn field_named(src: &SourceText, name: &str) -> Result<Field, QuestionsError> {
    Field::from_name(name).ok_or_else(|| {
        let names = Field::ALL.map(|f| f.name());
        QuestionsError {
            place: src.place_of_string(name),
            message: format!("unknown field \"{name}\""),
            hint: match closest(name, names) {
                Some(near) => format!("did you mean \"{near}\"?"),
                None => format!("fields: {}", names.join(", ")),
            },
        }
    })
}

fn show_if(src: &SourceText, raw: &RawShowIf) -> Result<ShowIf, QuestionsError> {
    Ok(match raw {
        RawShowIf::Always => ShowIf::Always,
        RawShowIf::AnswerIs(name, values) => {
            let field = field_named(src, name)?;
            let mut out = Vec::new();
            for v in values {
                out.push(*field.values().iter().find(|x| *x == v).ok_or_else(|| {
                    QuestionsError {
                        place: src.place_of_string(v),
                        message: format!("\"{v}\" is not a value of {name}"),
                        hint: format!("values: {}", field.values().join(", ")),
                    }
                })?);
            }
            ShowIf::AnswerIs(field, out)
        }
        RawShowIf::All(items) => ShowIf::All(
            items
                .iter()
                .map(|i| show_if(src, i))
                .collect::<Result<_, _>>()?,
        ),
        RawShowIf::Any(items) => ShowIf::Any(
            items
                .iter()
                .map(|i| show_if(src, i))
                .collect::<Result<_, _>>()?,
        ),
        RawShowIf::Not(inner) => ShowIf::Not(Box::new(show_if(src, inner)?)),
        RawShowIf::AnyCharge(inner) => ShowIf::AnyCharge(Box::new(show_if(src, inner)?)),
        RawShowIf::AtLeastCharges(n) => ShowIf::AtLeastCharges(*n),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Day;
    use jiff::civil::date;

    #[test]
    fn bundled_questions_load_and_cover_every_field() {
        let q = Questionnaire::bundled().expect("questions load");
        for field in Field::ALL {
            assert!(
                q.questions.iter().any(|x| x.field == field),
                "{} is never asked",
                field.name()
            );
        }
        assert_eq!(q.section(Section::Early).count(), 2);
    }

    #[test]
    fn setting_and_reading_values_round_trip() {
        let mut answers = Answers {
            charges: vec![Charge::default()],
            ..Answers::default()
        };
        for field in Field::ALL {
            let idx = (field.section() == Section::Charge).then_some(0);
            for value in field.values() {
                if matches!(field.kind(), Kind::Date(_)) && matches!(*value, "Date" | "Year") {
                    // A date or year is typed, never chosen: choosing the kind alone invents nothing.
                    field.set(&mut answers, idx, "NotSure");
                    field.set(&mut answers, idx, value);
                    assert_eq!(field.value(&answers, answers.charges.first()), "NotSure");
                    let when = if *value == "Date" {
                        When::Date(Day(date(2020, 2, 29)))
                    } else {
                        When::Year(2019)
                    };
                    field.set_when(&mut answers, idx, when);
                    assert_eq!(field.when(&answers, answers.charges.first()), when);
                }
                field.set(&mut answers, idx, value);
                let charge = answers.charges.first();
                assert_eq!(field.value(&answers, charge), *value, "{}", field.name());
            }
        }
    }

    #[test]
    fn a_bad_questions_file_names_its_place() {
        let src = SourceText::new(
            "q.ron",
            "(early: [(id: \"a\", field: \"record.open_cas\", choices: [\"NotSure\"])], charge: [], record: [])",
        );
        let err = Questionnaire::load(&src).expect_err("typo");
        assert!(err.hint.contains("record.open_case"), "{err}");
        let src = SourceText::new(
            "q.ron",
            "(early: [(id: \"a\", field: \"record.open_case\", choices: [\"Yes\"])], charge: [], record: [])",
        );
        let err = Questionnaire::load(&src).expect_err("no not sure");
        assert!(err.message.contains("NotSure"), "{err}");
        let src = SourceText::new(
            "q.ron",
            "(early: [(id: \"a\", field: \"record.open_case\", choices: [\"Yes\", \"NotSure\"], choice_if: {\"No\": AtLeastCharges(1)})], charge: [], record: [])",
        );
        let err = Questionnaire::load(&src).expect_err("a condition on a choice not offered");
        assert!(err.message.contains("\"No\""), "{err}");
        assert_eq!(err.place.line, 1, "{err}");
    }

    #[test]
    fn only_the_outcomes_a_court_can_give_are_offered() {
        let q = Questionnaire::bundled().expect("questions load");
        let outcome = q
            .questions
            .iter()
            .find(|q| q.id == "outcome")
            .expect("the outcome question");
        let mut answers = Answers::default();
        answers.charges.push(Charge::default());
        let offered = |answers: &Answers| outcome.offered(answers, answers.charges.first());
        // A court not sure of: every outcome.
        assert_eq!(offered(&answers), outcome.choices);
        answers.charges[0].court = Court::MassachusettsAdult;
        assert!(!offered(&answers).contains(&"DelinquencyAdjudication"));
        assert!(offered(&answers).contains(&"ContinuedWithoutFinding"));
        answers.charges[0].court = Court::MassachusettsJuvenile;
        assert!(offered(&answers).contains(&"DelinquencyAdjudication"));
        answers.charges[0].court = Court::OtherState;
        assert!(!offered(&answers).contains(&"ContinuedWithoutFinding"));
        assert!(offered(&answers).contains(&"DelinquencyAdjudication"));
        // An answer already given stays offered when the court changes.
        answers.charges[0].outcome = Disposition::ContinuedWithoutFinding;
        assert!(offered(&answers).contains(&"ContinuedWithoutFinding"));
        assert!(offered(&answers).contains(&"NotSure"));
    }
}
