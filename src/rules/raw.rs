//! The rule files exactly as written: serde mirrors of the RON, unknown fields rejected.
//!
//! Nothing here is checked beyond its shape; `compile` turns these into the checked, evaluated form.

use std::collections::BTreeMap;

use serde::Deserialize;

/// `rules/offenses.ron`: every offense the questionnaire offers.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCatalog {
    pub version: String,
    pub reviewed: String,
    pub sources: Vec<RawSource>,
    pub offenses: Vec<RawOffense>,
    #[serde(default)]
    pub groups: Vec<RawGroup>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOffense {
    pub id: String,
    pub statute: String,
    pub name: String,
    pub side: String,
    pub grade: String,
    pub sex_offense: String,
    /// `"allowed"` (the default) or `"excluded"`: whether G.L. c.276 §100A can seal a conviction of it
    /// by mail.
    #[serde(default = "mail_sealing_allowed")]
    pub mail_sealing: String,
    #[serde(default)]
    pub note: String,
}

fn mail_sealing_allowed() -> String {
    "allowed".into()
}

/// Several offenses a person may not be able to tell apart ("§53(a), not sure which part").
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGroup {
    pub id: String,
    pub statute: String,
    pub name: String,
    pub members: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub cite: String,
    #[serde(default)]
    pub url: String,
    /// How sure the fact is, as in the legal brief: `Text`, `Summary` or `Unconfirmed`.
    pub label: SourceLabel,
    #[serde(default)]
    pub note: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, serde::Serialize)]
pub enum SourceLabel {
    Text,
    Summary,
    Unconfirmed,
    Inference,
}

/// `rules/facts.ron`: the words for every fact and value, used to explain outcomes.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawWords {
    pub choices: BTreeMap<String, RawChoiceWords>,
    pub dates: BTreeMap<String, RawDateWords>,
    pub numbers: BTreeMap<String, RawNumberWords>,
    pub phrases: RawPhrases,
}

/// Sentences the screening uses to explain outcomes that rest on "not sure" answers.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPhrases {
    /// The reason given for a conditional outcome.
    pub conditional: String,
    /// An assumption: the outcome holds whichever answer is right; `{}` is the facts' labels.
    pub holds_either_way: String,
    /// An assumption: a date is the latest it could be; `{}` is the fact's label.
    pub latest_possible: String,
    /// How an answer of "not sure" is shown among the facts relied on.
    pub not_sure: String,
    /// Joins alternatives: " or ".
    pub or: String,
    /// Joins conditions: " and ".
    pub and: String,
    /// Prefixes a list of what the charge was not: "something other than {}".
    pub other_than: String,
    /// Adds a possibility in brackets: "(or {})".
    pub alternative: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChoiceWords {
    pub label: String,
    /// A sentence with `{}` where the values go: "the case was in {}".
    pub phrase: String,
    #[serde(default)]
    pub values: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDateWords {
    pub label: String,
    pub on_or_before: String,
    pub after: String,
    /// The date does not exist: "there was no custody or probation".
    pub none: String,
    /// The date exists: "there was custody or probation".
    pub some: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNumberWords {
    pub label: String,
    pub at_most: String,
    pub more_than: String,
}

/// A rule set: the law today, or a bill.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRuleSet {
    pub id: String,
    pub title: String,
    pub version: String,
    pub status: RawStatus,
    pub effective: Option<String>,
    pub reviewed: String,
    pub sources: Vec<RawSource>,
    pub open_questions: Vec<String>,
    #[serde(default)]
    pub definitions: BTreeMap<String, RawCondition>,
    pub remedies: Vec<RawRemedy>,
    #[serde(default)]
    pub notices: Vec<RawNotice>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum RawStatus {
    InForce,
    Pending { bill: String, session: String },
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRemedy {
    pub id: String,
    pub name: String,
    pub citation: String,
    #[serde(default)]
    pub source_note: String,
    pub rules: Vec<RawClause>,
}

/// One line of a remedy's decision list: the first whose condition holds gives the outcome.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawClause {
    pub when: RawCondition,
    pub then: RawThen,
    pub reason: String,
    #[serde(default)]
    pub next_steps: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub enum RawThen {
    Automatic,
    Available,
    /// Available once at least this many calendar years have passed since every one of these dates.
    AvailableAfter(Vec<String>, i16),
    NeedsReview,
    NotAvailable,
}

/// The condition language.
#[derive(Debug, Deserialize)]
pub enum RawCondition {
    Always,
    All(Vec<RawCondition>),
    Any(Vec<RawCondition>),
    Not(Box<RawCondition>),
    /// A named condition from the rule set's `definitions`.
    Ref(String),
    /// The fact has one of these values.
    Is(String, Vec<String>),
    /// At least this many calendar years have passed since every one of these dates (a date that
    /// does not exist, such as no custody at all, does not hold anything up).
    AtLeastYearsSince(Vec<String>, i16),
    /// The date does not exist (no conviction outside Massachusetts, say).
    NoDate(String),
    /// The number is at most this.
    AtMost(String, u16),
    /// The person was not sure of this answer (for notices such as records to request).
    Unsure(String),
    /// Some charge meets the condition (only in notices).
    AnyCharge(Box<RawCondition>),
}

/// A message about the whole record, shown above the charges.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNotice {
    pub id: String,
    pub title: String,
    pub text: String,
    #[serde(default)]
    pub citation: String,
    pub when: RawCondition,
}

/// `rules/examples/*.ron` and `tests/cases/*.ron`: a worked case with the outcomes it must give.
/// The version of a worked case's answers, read before the rest.
#[derive(Debug, Deserialize)]
pub struct RawCaseProbe {
    #[serde(default)]
    pub answers: crate::answers::VersionProbe,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCase<A = crate::answers::Answers> {
    pub name: String,
    pub today: String,
    /// In the answers format its own `version` says (version 1 when it says none).
    pub answers: A,
    #[serde(default)]
    pub expect: Vec<RawExpectation>,
    /// The notice ids the case must show, exactly; leave out to not check notices.
    #[serde(default)]
    pub notices: Option<Vec<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawExpectation {
    /// The charge, counted from 1.
    pub charge: usize,
    /// `rule-set-id/remedy-id`.
    pub remedy: String,
    pub status: RawExpectedStatus,
    /// Text the reason (or a conditional outcome's branch reason) must contain; empty to not check.
    #[serde(default)]
    pub reason: String,
    /// Text the citation must contain; empty to not check.
    #[serde(default)]
    pub citation: String,
    /// Texts the conditions of a conditional outcome must contain.
    #[serde(default)]
    pub conditions: Vec<String>,
    /// Texts the assumptions must contain.
    #[serde(default)]
    pub assumptions: Vec<String>,
    /// Texts the next steps (of the outcome, or of one of a conditional outcome's branches) must
    /// contain, each in some step.
    #[serde(default)]
    pub next_steps: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub enum RawExpectedStatus {
    Automatic,
    Available,
    AvailableFrom(String),
    Conditional,
    NeedsReview,
    NotAvailable,
}
