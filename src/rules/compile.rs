//! The second stage of loading: raw rule files become checked rules. Every offense id, fact, value and
//! definition a file names is resolved here, so a typo is an error with its file, line, column and a hint
//! when the rules load, never a silent "not available" later.

use std::collections::{BTreeMap, HashSet};

use jiff::civil::Date;

use super::raw::{RawCatalog, RawCondition, RawRuleSet, RawSource, RawStatus, RawThen, RawWords};
use super::{
    Catalog, ChoiceWords, Clause, Cond, DateWords, Notice, NumberWords, Offense, OffenseGroup,
    Phrases, Remedy, RuleOrigin, RuleSet, RuleStatus, Source, Then, Words,
};
use crate::calendar;
use crate::facts::{DateFact, EnumFact, Fact, FactValues, IntFact, OffenseAttr};
use crate::source::{Place, SourceText, closest};

/// A rule file that cannot be used: where, what, and what to do.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{place}: {message} (hint: {hint})")]
pub struct RuleError {
    pub place: Place,
    pub message: String,
    pub hint: String,
}

impl RuleError {
    fn at(place: Place, message: impl Into<String>, hint: impl Into<String>) -> RuleError {
        RuleError {
            place,
            message: message.into(),
            hint: hint.into(),
        }
    }
}

/// The most offenses a catalog can hold (they are bits of a `u128`).
pub const MAX_OFFENSES: usize = 128;

/// The ids the catalog must have for "another charge".
pub const ANOTHER_MISDEMEANOR: &str = "another_misdemeanor";
pub const ANOTHER_FELONY: &str = "another_felony";
pub const ANOTHER_EXCLUDED_MISDEMEANOR: &str = "another_excluded_misdemeanor";
pub const ANOTHER_EXCLUDED_FELONY: &str = "another_excluded_felony";

fn date_field(src: &SourceText, text: &str, field: &str) -> Result<Date, RuleError> {
    calendar::parse_date(text).map_err(|message| {
        RuleError::at(
            src.place_of_string(text),
            format!("{field}: {message}"),
            "write dates as \"YYYY-MM-DD\"",
        )
    })
}

fn unknown(src: &SourceText, what: &str, name: &str, known: &[&str]) -> RuleError {
    let hint = match closest(name, known.iter().copied()) {
        Some(near) => format!("did you mean \"{near}\"?"),
        None => format!("known {what}s: {}", known.join(", ")),
    };
    RuleError::at(
        src.place_of_string(name),
        format!("unknown {what} \"{name}\""),
        hint,
    )
}

fn sources(raw: Vec<RawSource>) -> Vec<Source> {
    raw.into_iter()
        .map(|s| Source {
            cite: s.cite,
            url: s.url,
            label: s.label,
            note: s.note,
        })
        .collect()
}

/// An offense attribute's value as written in the catalog, or an error naming the values there are.
fn attr_value<T: FactValues>(
    src: &SourceText,
    attr: OffenseAttr,
    value: &str,
) -> Result<T, RuleError> {
    T::from_name(value)
        .ok_or_else(|| unknown(src, &format!("{} value", attr.name()), value, T::NAMES))
}

/// Check and compile the offense catalog.
pub fn catalog(src: &SourceText, raw: RawCatalog) -> Result<Catalog, RuleError> {
    if raw.offenses.len() > MAX_OFFENSES {
        return Err(RuleError::at(
            src.place_at(1, 1),
            format!(
                "the catalog has {} offenses; at most {MAX_OFFENSES} are supported",
                raw.offenses.len()
            ),
            "merge rarely used offenses into a group or into another charge",
        ));
    }
    let reviewed = date_field(src, &raw.reviewed, "reviewed")?;
    let mut seen = HashSet::new();
    let mut offenses = Vec::with_capacity(raw.offenses.len());
    for o in raw.offenses {
        if !seen.insert(o.id.clone()) {
            return Err(RuleError::at(
                src.place_of_nth_string(&o.id, 1),
                format!("offense id \"{}\" is used twice", o.id),
                "every offense needs its own id",
            ));
        }
        // An unknown value is reported where this offense writes it.
        let here = |value: &str| {
            let place = src.place_after(&format!("\"{}\"", o.id), 0, &format!("\"{value}\""));
            move |mut e: RuleError| {
                e.place = place;
                e
            }
        };
        offenses.push(Offense {
            side: attr_value(src, OffenseAttr::Side, &o.side).map_err(here(&o.side))?,
            grade: attr_value(src, OffenseAttr::Grade, &o.grade).map_err(here(&o.grade))?,
            sex_offense: attr_value(src, OffenseAttr::SexOffense, &o.sex_offense)
                .map_err(here(&o.sex_offense))?,
            mail_sealing: attr_value(src, OffenseAttr::MailSealing, &o.mail_sealing)
                .map_err(here(&o.mail_sealing))?,
            id: o.id,
            statute: o.statute,
            name: o.name,
            note: o.note,
        });
    }
    let position = |id: &str| offenses.iter().position(|o| o.id == id);
    let required = |id: &str| {
        position(id).ok_or_else(|| {
            RuleError::at(
                src.place_of_text("offenses"),
                format!("the catalog has no \"{id}\" entry"),
                "the catalog needs entries for another_misdemeanor, another_felony, another_excluded_misdemeanor and another_excluded_felony, used for charges not in the list",
            )
        })
    };
    let another_misdemeanor = required(ANOTHER_MISDEMEANOR)?;
    let another_felony = required(ANOTHER_FELONY)?;
    let another_excluded_misdemeanor = required(ANOTHER_EXCLUDED_MISDEMEANOR)?;
    let another_excluded_felony = required(ANOTHER_EXCLUDED_FELONY)?;
    let ids: Vec<&str> = offenses.iter().map(|o| o.id.as_str()).collect();
    let mut groups = Vec::new();
    for g in raw.groups {
        if !seen.insert(g.id.clone()) {
            return Err(RuleError::at(
                src.place_of_nth_string(&g.id, 1),
                format!("id \"{}\" is used twice", g.id),
                "a group needs an id no offense has",
            ));
        }
        let mut mask = 0u128;
        for m in &g.members {
            match ids.iter().position(|id| id == m) {
                Some(i) => mask |= 1u128 << i,
                None => return Err(unknown(src, "offense", m, &ids)),
            }
        }
        if mask.count_ones() < 2 {
            return Err(RuleError::at(
                src.place_of_string(&g.id),
                format!("group \"{}\" has fewer than two members", g.id),
                "a group stands for offenses a person may not tell apart; list at least two",
            ));
        }
        groups.push(OffenseGroup {
            id: g.id,
            statute: g.statute,
            name: g.name,
            mask,
        });
    }
    Ok(Catalog {
        version: raw.version,
        reviewed,
        sources: sources(raw.sources),
        offenses,
        groups,
        another_misdemeanor,
        another_felony,
        another_excluded_misdemeanor,
        another_excluded_felony,
    })
}

/// Check and compile the words for facts: every fact and value must have words, and no others. Each
/// language's words for them are checked when the rules load (`text::RuleTexts`).
pub fn words(src: &SourceText, mut raw: RawWords) -> Result<Words, RuleError> {
    let mut choice = |name: &str, values: &[&str]| -> Result<ChoiceWords, RuleError> {
        let w = raw.choices.remove(name).ok_or_else(|| {
            RuleError::at(
                src.place_of_text("choices"),
                format!("no words for the fact \"{name}\""),
                format!("add \"{name}\": (label: ..., phrase: \"... {{}}\", values: {{...}}) under choices"),
            )
        })?;
        let mut out = Vec::with_capacity(values.len());
        for v in values {
            out.push(w.values.get(*v).cloned().ok_or_else(|| {
                RuleError::at(
                    src.place_of_string(name),
                    format!("no words for the value \"{v}\" of \"{name}\""),
                    format!("add \"{v}\": \"...\" to its values"),
                )
            })?);
        }
        if let Some(extra) = w.values.keys().find(|k| !values.contains(&k.as_str())) {
            return Err(unknown(src, &format!("value of \"{name}\""), extra, values));
        }
        Ok(ChoiceWords {
            label: w.label,
            phrase: w.phrase,
            values: out,
        })
    };
    let choices = EnumFact::ALL
        .iter()
        .map(|f| choice(f.name(), f.values()))
        .collect::<Result<Vec<_>, _>>()?;
    let offense = OffenseAttr::ALL
        .iter()
        .map(|a| choice(a.name(), a.values().unwrap_or(&[])))
        .collect::<Result<Vec<_>, _>>()?;
    if let Some(extra) = raw.choices.keys().next() {
        let known: Vec<&str> = EnumFact::ALL
            .iter()
            .map(|f| f.name())
            .chain(OffenseAttr::ALL.iter().map(|a| a.name()))
            .collect();
        return Err(unknown(src, "choice fact", extra, &known));
    }
    let mut dates = Vec::new();
    for f in DateFact::ALL {
        let w = raw.dates.remove(f.name()).ok_or_else(|| {
            RuleError::at(
                src.place_of_text("dates"),
                format!("no words for the date \"{}\"", f.name()),
                "add it under dates with label, on_or_before, after and none",
            )
        })?;
        dates.push(DateWords {
            label: w.label,
            on_or_before: w.on_or_before,
            after: w.after,
            none: w.none,
            some: w.some,
        });
    }
    if let Some(extra) = raw.dates.keys().next() {
        let known: Vec<&str> = DateFact::ALL.iter().map(|f| f.name()).collect();
        return Err(unknown(src, "date fact", extra, &known));
    }
    let mut numbers = Vec::new();
    for f in IntFact::ALL {
        let w = raw.numbers.remove(f.name()).ok_or_else(|| {
            RuleError::at(
                src.place_of_text("numbers"),
                format!("no words for the number \"{}\"", f.name()),
                "add it under numbers with label, at_most and more_than",
            )
        })?;
        numbers.push(NumberWords {
            label: w.label,
            at_most: w.at_most,
            more_than: w.more_than,
        });
    }
    if let Some(extra) = raw.numbers.keys().next() {
        let known: Vec<&str> = IntFact::ALL.iter().map(|f| f.name()).collect();
        return Err(unknown(src, "number fact", extra, &known));
    }
    let p = raw.phrases;
    Ok(Words {
        choices,
        offense,
        dates,
        numbers,
        phrases: Phrases {
            conditional: p.conditional,
            holds_either_way: p.holds_either_way,
            latest_possible: p.latest_possible,
            not_sure: p.not_sure,
            or: p.or,
            and: p.and,
            other_than: p.other_than,
            alternative: p.alternative,
        },
    })
}

/// Where a condition stands, which limits the facts it may read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Scope {
    /// A remedy's rule: any fact about the charge or the record.
    Charge,
    /// A notice: facts about the record, and charge facts only inside `AnyCharge`.
    Record,
}

struct CondCompiler<'a> {
    src: &'a SourceText,
    catalog: &'a Catalog,
    definitions: &'a BTreeMap<String, RawCondition>,
    resolving: Vec<String>,
}

impl CondCompiler<'_> {
    fn fact(&self, name: &str) -> Result<Fact, RuleError> {
        Fact::from_name(name).ok_or_else(|| {
            let known: Vec<&str> = Fact::all().map(|f| f.name()).collect();
            unknown(self.src, "fact", name, &known)
        })
    }

    /// The date facts named in a call such as `AvailableAfter([...], 3)` (`call` is `"AvailableAfter("`).
    fn date_facts(&self, call: &str, names: &[String]) -> Result<Vec<DateFact>, RuleError> {
        if names.is_empty() {
            return Err(RuleError::at(
                self.src.place_of_text(&format!("{call}[]")),
                "a waiting period needs at least one date",
                "for example [\"when\", \"released\"]",
            ));
        }
        names
            .iter()
            .map(|n| {
                match self.fact(n).map_err(|mut e| {
                    e.place = self.src.place_in_call(call, n);
                    e
                })? {
                    Fact::Date(d) => Ok(d),
                    other => Err(RuleError::at(
                        self.src.place_in_call(call, n),
                        format!("\"{n}\" is not a date"),
                        format!(
                            "waiting periods count from dates: {}; \"{}\" is {}",
                            DateFact::ALL.map(|d| d.name()).join(", "),
                            n,
                            other.kind_word()
                        ),
                    )),
                }
            })
            .collect()
    }

    fn compile(
        &mut self,
        raw: &RawCondition,
        scope: Scope,
        in_any_charge: bool,
    ) -> Result<Cond, RuleError> {
        Ok(match raw {
            RawCondition::Always => Cond::Always,
            RawCondition::All(items) => Cond::All(self.list(items, scope, in_any_charge)?),
            RawCondition::Any(items) => Cond::Any(self.list(items, scope, in_any_charge)?),
            RawCondition::Not(inner) => {
                Cond::Not(Box::new(self.compile(inner, scope, in_any_charge)?))
            }
            RawCondition::Ref(name) => {
                if self.resolving.contains(name) {
                    return Err(RuleError::at(
                        self.src.place_of_string(name),
                        format!("definition \"{name}\" refers to itself"),
                        format!("break the loop: {} -> {name}", self.resolving.join(" -> ")),
                    ));
                }
                let def = self.definitions.get(name).ok_or_else(|| {
                    let known: Vec<&str> = self.definitions.keys().map(String::as_str).collect();
                    unknown(self.src, "definition", name, &known)
                })?;
                self.resolving.push(name.clone());
                let cond = self.compile(def, scope, in_any_charge);
                self.resolving.pop();
                cond?
            }
            RawCondition::Is(name, values) => {
                let fact = self.fact(name)?;
                self.check_scope(fact, name, scope, in_any_charge)?;
                if values.is_empty() {
                    return Err(RuleError::at(
                        self.src.place_of_string(name),
                        format!("Is(\"{name}\", []) lists no values"),
                        "list at least one value",
                    ));
                }
                match fact {
                    Fact::Enum(f) => {
                        let mut mask = 0u16;
                        for v in values {
                            mask |= f.value_bit(v).ok_or_else(|| {
                                unknown(self.src, &format!("value of \"{name}\""), v, f.values())
                            })?;
                        }
                        Cond::Choice { fact: f, mask }
                    }
                    Fact::Offense(attr) => Cond::Offense {
                        attr,
                        mask: self.offense_mask(attr, name, values)?,
                    },
                    Fact::Date(_) | Fact::Int(_) => {
                        return Err(RuleError::at(
                            self.src.place_of_string(name),
                            format!("\"{name}\" is {}, not a choice", fact.kind_word()),
                            "use AtLeastYearsSince for dates and AtMost for numbers",
                        ));
                    }
                }
            }
            RawCondition::AtLeastYearsSince(names, years) => {
                for n in names {
                    let fact = self.fact(n)?;
                    self.check_scope(fact, n, scope, in_any_charge)?;
                }
                if *years < 0 {
                    return Err(RuleError::at(
                        self.src.place_of_text("AtLeastYearsSince"),
                        "a waiting period cannot be negative",
                        "use 0 or more years",
                    ));
                }
                Cond::YearsSince {
                    dates: self.date_facts("AtLeastYearsSince(", names)?,
                    years: *years,
                }
            }
            RawCondition::NoDate(name) => {
                let fact = self.fact(name)?;
                self.check_scope(fact, name, scope, in_any_charge)?;
                Cond::NoDate(self.date_facts("NoDate(", std::slice::from_ref(name))?[0])
            }
            RawCondition::AtMost(name, value) => match self.fact(name)? {
                Fact::Int(f) => {
                    self.check_scope(Fact::Int(f), name, scope, in_any_charge)?;
                    Cond::AtMost {
                        fact: f,
                        value: *value,
                    }
                }
                other => {
                    return Err(RuleError::at(
                        self.src.place_of_string(name),
                        format!("\"{name}\" is {}, not a number", other.kind_word()),
                        format!(
                            "AtMost works on {}",
                            IntFact::ALL.map(|f| f.name()).join(", ")
                        ),
                    ));
                }
            },
            RawCondition::Unsure(name) => {
                let fact = self.fact(name)?;
                self.check_scope(fact, name, scope, in_any_charge)?;
                Cond::Unsure(fact)
            }
            RawCondition::AnyCharge(inner) => {
                if scope == Scope::Charge || in_any_charge {
                    return Err(RuleError::at(
                        self.src.place_of_text("AnyCharge"),
                        "AnyCharge is only for notices, and cannot be nested",
                        "a remedy's rules already look at one charge at a time",
                    ));
                }
                Cond::AnyCharge(Box::new(self.compile(inner, scope, true)?))
            }
        })
    }

    fn list(
        &mut self,
        items: &[RawCondition],
        scope: Scope,
        in_any: bool,
    ) -> Result<Vec<Cond>, RuleError> {
        items
            .iter()
            .map(|c| self.compile(c, scope, in_any))
            .collect()
    }

    fn check_scope(
        &self,
        fact: Fact,
        name: &str,
        scope: Scope,
        in_any_charge: bool,
    ) -> Result<(), RuleError> {
        let per_charge = match fact {
            Fact::Enum(f) => f.per_charge(),
            Fact::Offense(_) | Fact::Date(_) | Fact::Int(_) => true,
        };
        if scope == Scope::Record && per_charge && !in_any_charge {
            return Err(RuleError::at(
                self.src.place_of_string(name),
                format!("a notice reads \"{name}\", a fact about one charge, outside AnyCharge"),
                format!("wrap it: AnyCharge(Is(\"{name}\", [...]))"),
            ));
        }
        Ok(())
    }

    fn offense_mask(
        &self,
        attr: OffenseAttr,
        name: &str,
        values: &[String],
    ) -> Result<u128, RuleError> {
        let mut mask = 0u128;
        for v in values {
            match attr {
                OffenseAttr::Id => {
                    mask |= self.catalog.mask_of(v).ok_or_else(|| {
                        let known: Vec<&str> = self
                            .catalog
                            .offenses
                            .iter()
                            .map(|o| o.id.as_str())
                            .chain(self.catalog.groups.iter().map(|g| g.id.as_str()))
                            .collect();
                        unknown(self.src, "offense", v, &known)
                    })?;
                }
                _ => {
                    let values = attr.values().unwrap_or(&[]);
                    let idx = values.iter().position(|x| x == v).ok_or_else(|| {
                        let mut e = unknown(self.src, &format!("{} value", attr.name()), v, values);
                        e.message = format!("{} (in Is(\"{name}\", ...))", e.message);
                        e
                    })?;
                    for (i, _) in self.catalog.offenses.iter().enumerate() {
                        if self.catalog.attr_value(i, attr) == idx {
                            mask |= 1u128 << i;
                        }
                    }
                }
            }
        }
        Ok(mask)
    }
}

/// Check and compile one condition of a filing draft's template (`rules::drafts`), read for one
/// charge with no definitions to refer to: the same facts and values as a remedy's rules.
pub fn condition(
    src: &SourceText,
    raw: &RawCondition,
    catalog: &Catalog,
) -> Result<Cond, RuleError> {
    let definitions = BTreeMap::new();
    let mut compiler = CondCompiler {
        src,
        catalog,
        definitions: &definitions,
        resolving: Vec::new(),
    };
    compiler.compile(raw, Scope::Charge, false)
}

/// Every source of a rule file, as compiled.
pub fn sources_of(raw: Vec<RawSource>) -> Vec<Source> {
    sources(raw)
}

/// A `"YYYY-MM-DD"` field of a rule file, or an error at its place.
pub fn date_of(src: &SourceText, text: &str, field: &str) -> Result<Date, RuleError> {
    date_field(src, text, field)
}

/// Check and compile a rule set against the catalog.
pub fn rule_set(
    src: &SourceText,
    raw: RawRuleSet,
    catalog: &Catalog,
    origin: RuleOrigin,
) -> Result<RuleSet, RuleError> {
    let reviewed = date_field(src, &raw.reviewed, "reviewed")?;
    let effective = raw
        .effective
        .as_deref()
        .map(|e| date_field(src, e, "effective"))
        .transpose()?;
    let status = match raw.status {
        RawStatus::InForce => RuleStatus::InForce,
        RawStatus::Pending { bill, session } => RuleStatus::Pending { bill, session },
    };
    if raw.sources.is_empty() {
        return Err(RuleError::at(
            src.place_of_text("sources"),
            format!("rule set \"{}\" names no sources", raw.id),
            "every rule set cites where its rules come from",
        ));
    }
    let mut compiler = CondCompiler {
        src,
        catalog,
        definitions: &raw.definitions,
        resolving: Vec::new(),
    };
    // Compile every definition once, so an unused one with a mistake is still reported.
    for (name, def) in &raw.definitions {
        compiler.resolving.push(name.clone());
        let checked = compiler.compile(def, Scope::Charge, false);
        compiler.resolving.pop();
        if let Err(e) = checked {
            // A definition used only in notices may read AnyCharge; accept it if it compiles there.
            compiler.resolving.push(name.clone());
            compiler.compile(def, Scope::Record, false).map_err(|_| e)?;
            compiler.resolving.pop();
        }
    }
    let mut remedy_ids = HashSet::new();
    let mut remedies = Vec::new();
    for r in raw.remedies {
        if !remedy_ids.insert(r.id.clone()) {
            return Err(RuleError::at(
                src.place_of_nth_string(&r.id, 1),
                format!("remedy id \"{}\" is used twice", r.id),
                "every remedy needs its own id",
            ));
        }
        let catch_all = matches!(r.rules.last(), Some(c) if matches!(c.when, RawCondition::Always));
        if !catch_all {
            return Err(RuleError::at(
                src.place_of_string(&r.id),
                format!("the last rule of remedy \"{}\" is not `when: Always`", r.id),
                "end every remedy with a rule for every other case, usually NeedsReview with a reason",
            ));
        }
        let mut clauses = Vec::with_capacity(r.rules.len());
        for c in r.rules {
            let then = match c.then {
                RawThen::Automatic => Then::Automatic,
                RawThen::Available => Then::Available,
                RawThen::AvailableAfter(names, years) => {
                    if years < 0 {
                        return Err(RuleError::at(
                            src.place_of_text("AvailableAfter"),
                            "a waiting period cannot be negative",
                            "use 0 or more years",
                        ));
                    }
                    Then::AvailableAfter {
                        dates: compiler.date_facts("AvailableAfter(", &names)?,
                        years,
                    }
                }
                RawThen::NeedsReview => Then::NeedsReview,
                RawThen::NotAvailable => Then::NotAvailable,
            };
            if c.reason.trim().is_empty() {
                return Err(RuleError::at(
                    src.place_of_string(&r.id),
                    format!("a rule of remedy \"{}\" has an empty reason", r.id),
                    "every outcome explains itself in plain words",
                ));
            }
            clauses.push(Clause {
                when: compiler.compile(&c.when, Scope::Charge, false)?,
                then,
                reason: c.reason,
                next_steps: c.next_steps,
            });
        }
        remedies.push(Remedy {
            id: r.id,
            name: r.name,
            citation: r.citation,
            source_note: r.source_note,
            clauses,
        });
    }
    let mut notice_ids = HashSet::new();
    let mut notices = Vec::new();
    for n in raw.notices {
        if !notice_ids.insert(n.id.clone()) {
            return Err(RuleError::at(
                src.place_of_nth_string(&n.id, 1),
                format!("notice id \"{}\" is used twice", n.id),
                "every notice needs its own id",
            ));
        }
        notices.push(Notice {
            when: compiler.compile(&n.when, Scope::Record, false)?,
            id: n.id,
            title: n.title,
            text: n.text,
            citation: n.citation,
        });
    }
    Ok(RuleSet {
        id: raw.id,
        title: raw.title,
        version: raw.version,
        status,
        effective,
        reviewed,
        sources: sources(raw.sources),
        open_questions: raw.open_questions,
        remedies,
        notices,
        origin,
    })
}
