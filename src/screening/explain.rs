//! Turning decided paths into outcomes that explain themselves: the conditions of a conditional outcome
//! and the assumptions behind a firm one, as messages named in `rules/facts.ron` (no language yet).

use super::world::World;
use super::{Branch, Leaf, Outcome, Split, Status};
use crate::calendar;
use crate::facts::DateFact;
use crate::facts::{Fact, OffenseAttr};
use crate::message::Msg;
use crate::rules::{Catalog, Remedy, RuleBook, RuleSet, Words};

pub(super) fn outcome<'r>(
    book: &'r RuleBook,
    set: &'r RuleSet,
    remedy: &'r Remedy,
    original: &World,
    relied: u64,
    leaves: Vec<Leaf>,
) -> Outcome<'r> {
    let words = &book.words;
    let Some(first) = leaves.first() else {
        // Unreachable with compiled rules (every remedy ends with `Always`); say so rather than guess.
        return Outcome {
            rule_set: set,
            remedy,
            status: Status::NeedsReview,
            reason: &words.phrases.conditional,
            next_steps: &[],
            relied,
            assumptions: Vec::new(),
            branches: Vec::new(),
        };
    };
    let agree = leaves
        .iter()
        .all(|l| l.status == first.status && l.clause == first.clause);
    if agree {
        let clause = &remedy.clauses[first.clause];
        let mut assumptions = Vec::new();
        let settled = leaves.iter().fold(0u64, |acc, l| {
            l.path
                .iter()
                .fold(acc | l.settled, |a, (s, _)| a | 1 << s.fact().slot())
        });
        if settled != 0 {
            let labels: Vec<Msg> = Fact::all()
                .filter(|f| settled & (1 << f.slot()) != 0)
                .map(|f| Msg::rule(words.label(f)))
                .collect();
            assumptions.push(Msg::rule_with_value(
                &words.phrases.holds_either_way,
                Msg::join_text(labels, ", "),
            ));
        }
        if let Some(fact) = leaves.iter().find_map(|l| l.latest_of) {
            assumptions.push(latest_note(words, fact));
        }
        return Outcome {
            rule_set: set,
            remedy,
            status: first.status,
            reason: &clause.reason,
            next_steps: &clause.next_steps,
            relied,
            assumptions,
            branches: Vec::new(),
        };
    }

    let mut branches: Vec<Branch<'r>> = Vec::new();
    let mut assumptions = Vec::new();
    for leaf in leaves {
        let clause = &remedy.clauses[leaf.clause];
        if let Some(fact) = leaf.latest_of {
            let note = latest_note(words, fact);
            if !assumptions.contains(&note) {
                assumptions.push(note);
            }
        }
        match branches
            .iter_mut()
            .find(|b| b.status == leaf.status && std::ptr::eq(b.reason, clause.reason.as_str()))
        {
            Some(b) => b.paths.push(leaf.path),
            None => branches.push(Branch {
                status: leaf.status,
                reason: &clause.reason,
                next_steps: &clause.next_steps,
                otherwise: false,
                paths: vec![leaf.path],
                original: *original,
                book,
                words: std::cell::OnceCell::new(),
            }),
        }
    }
    // The branch with the most alternatives reads best as "in every other case".
    if let Some(most) = branches
        .iter()
        .enumerate()
        .max_by_key(|(i, b)| (b.paths.len(), std::cmp::Reverse(*i)))
        .map(|(i, _)| i)
        && branches[most].paths.len() > 1
    {
        let b = branches.remove(most);
        branches.push(Branch {
            otherwise: true,
            ..b
        });
    }
    Outcome {
        rule_set: set,
        remedy,
        status: Status::Conditional,
        reason: &words.phrases.conditional,
        next_steps: &[],
        relied,
        assumptions,
        branches,
    }
}

fn latest_note(words: &Words, fact: DateFact) -> Msg {
    Msg::rule_with_value(
        &words.phrases.latest_possible,
        Msg::rule(words.label(Fact::Date(fact))),
    )
}

/// The conditions along one path: one condition per fact, saying what the path narrowed that fact's
/// answer to.
pub(super) fn path_words(book: &RuleBook, original: &World, path: &[(Split, bool)]) -> Vec<Msg> {
    let (catalog, words) = (&book.catalog, &book.words);
    let mut world = *original;
    let mut facts: Vec<Fact> = Vec::new();
    for (split, side) in path {
        let (yes, no) = split.apply(&world);
        world = if *side { yes } else { no };
        if !facts.contains(&split.fact()) {
            facts.push(split.fact());
        }
    }
    facts
        .into_iter()
        .filter_map(|fact| fact_words(catalog, words, original, &world, fact))
        .collect()
}

fn join_or(words: &Words, items: Vec<Msg>) -> Msg {
    Msg::join_with(items, &words.phrases.or)
}

/// "X (or Y)": a possibility added in brackets.
fn or_also(words: &Words, text: Msg, also: &str) -> Msg {
    Msg::join_text(
        vec![
            text,
            Msg::rule_with_value(&words.phrases.alternative, Msg::rule(also)),
        ],
        " ",
    )
}

/// What `now` says about a fact that `before` did not.
fn fact_words(
    catalog: &Catalog,
    words: &Words,
    before: &World,
    now: &World,
    fact: Fact,
) -> Option<Msg> {
    match fact {
        Fact::Offense(attr) => {
            let phrase = &words.offense[attr as usize].phrase;
            let bits = value_bits(catalog, attr, now.offense);
            if bits == value_bits(catalog, attr, before.offense) {
                return None;
            }
            let values = value_words(catalog, words, attr, bits);
            let dropped = value_words(
                catalog,
                words,
                attr,
                value_bits(catalog, attr, before.offense & !now.offense),
            );
            if values.len() > 3 && dropped.len() < values.len() && attr == OffenseAttr::Id {
                let others =
                    Msg::rule_with_value(&words.phrases.other_than, join_or(words, dropped));
                Some(Msg::rule_with_value(phrase, others))
            } else {
                Some(Msg::rule_with_value(phrase, join_or(words, values)))
            }
        }
        Fact::Enum(f) => {
            let have = now.choices[f.index()];
            let cw = &words.choices[f.index()];
            let values: Vec<Msg> = (0..f.values().len())
                .filter(|i| have & (1 << i) != 0)
                .map(|i| Msg::rule(&cw.values[i]))
                .collect();
            Some(Msg::rule_with_value(&cw.phrase, join_or(words, values)))
        }
        Fact::Date(f) => {
            let dw = &words.dates[f.index()];
            let (was, is) = (before.dates[f.index()], now.dates[f.index()]);
            let Some((lo, hi)) = is.span else {
                return Some(Msg::rule(&dw.none));
            };
            let (was_lo, was_hi) = was.span.unwrap_or((lo, hi));
            let mut parts = Vec::new();
            if lo > was_lo {
                let day_before = lo.yesterday().unwrap_or(lo);
                parts.push(Msg::rule_with_value(&dw.after, Msg::Date(day_before)));
            }
            if hi < was_hi {
                parts.push(Msg::rule_with_value(&dw.on_or_before, Msg::Date(hi)));
            }
            let text = if parts.is_empty() {
                Msg::rule(&dw.some)
            } else {
                Msg::join_with(parts, &words.phrases.and)
            };
            Some(if is.none && !dw.none.is_empty() {
                or_also(words, text, &dw.none)
            } else {
                text
            })
        }
        Fact::Int(f) => {
            let nw = &words.numbers[f.index()];
            let ((was_lo, was_hi), (lo, hi)) = (before.ints[f.index()], now.ints[f.index()]);
            let mut parts = Vec::new();
            if lo > was_lo {
                parts.push(Msg::rule_with_value(
                    &nw.more_than,
                    Msg::Number(i64::from(lo) - 1),
                ));
            }
            if hi < was_hi {
                parts.push(Msg::rule_with_value(
                    &nw.at_most,
                    Msg::Number(i64::from(hi)),
                ));
            }
            (!parts.is_empty()).then(|| Msg::join_with(parts, &words.phrases.and))
        }
    }
}

/// The distinct values an attribute takes over some offenses, as bits (value `v` is bit `v`).
fn value_bits(catalog: &Catalog, attr: OffenseAttr, mask: u128) -> u128 {
    catalog.offenses_in(mask).fold(0u128, |bits, (i, _)| {
        bits | 1u128 << catalog.attr_value(i, attr)
    })
}

/// The words for a set of attribute values (offense labels for the offense itself).
fn value_words(catalog: &Catalog, words: &Words, attr: OffenseAttr, mut bits: u128) -> Vec<Msg> {
    let mut out = Vec::with_capacity(bits.count_ones() as usize);
    while bits != 0 {
        let v = bits.trailing_zeros() as usize;
        bits &= bits - 1;
        out.push(match attr {
            OffenseAttr::Id => catalog.offenses[v].label(),
            _ => Msg::rule(&words.offense[attr as usize].values[v]),
        });
    }
    out
}

/// A person's answer for a fact ("not sure" where it was).
pub fn describe_answer(book: &RuleBook, w: &World, today: jiff::civil::Date, fact: Fact) -> Msg {
    let words = &book.words;
    let catalog = &book.catalog;
    let not_sure = || Msg::rule(&words.phrases.not_sure);
    if w.is_unsure(fact) && matches!(fact, Fact::Enum(_)) && full_choice(w, fact) {
        return not_sure();
    }
    match fact {
        Fact::Offense(attr) => {
            if attr == OffenseAttr::Id && w.offense == catalog.full_mask() {
                return not_sure();
            }
            join_or(
                words,
                value_words(catalog, words, attr, value_bits(catalog, attr, w.offense)),
            )
        }
        Fact::Enum(f) => {
            let have = w.choices[f.index()];
            let values: Vec<Msg> = (0..f.values().len())
                .filter(|i| have & (1 << i) != 0)
                .map(|i| Msg::rule(&words.choices[f.index()].values[i]))
                .collect();
            join_or(words, values)
        }
        Fact::Date(f) => {
            let d = w.dates[f.index()];
            let dw = &words.dates[f.index()];
            let Some((lo, hi)) = d.span else {
                return Msg::rule(&dw.none);
            };
            let whole_year = lo.year() == hi.year()
                && (lo.month(), lo.day()) == (1, 1)
                && ((hi.month(), hi.day()) == (12, 31) || hi == today);
            let text = if lo == hi {
                Msg::Date(lo)
            } else if whole_year {
                Msg::Number(i64::from(lo.year()))
            } else if hi == today {
                if d.none {
                    // "Not sure", or an answer like "none in the last 7 years" that still allows none.
                    return if lo == calendar::EARLIEST {
                        not_sure()
                    } else {
                        or_also(words, not_sure(), &dw.none)
                    };
                }
                if lo == calendar::EARLIEST {
                    not_sure()
                } else {
                    Msg::rule_with_value(&dw.after, Msg::Date(lo.yesterday().unwrap_or(lo)))
                }
            } else if lo == calendar::EARLIEST {
                Msg::rule_with_value(&dw.on_or_before, Msg::Date(hi))
            } else {
                range(Msg::Date(lo), Msg::Date(hi))
            };
            if d.none && !dw.none.is_empty() {
                or_also(words, text, &dw.none)
            } else {
                text
            }
        }
        Fact::Int(f) => {
            let (lo, hi) = w.ints[f.index()];
            if lo == hi {
                Msg::Number(i64::from(lo))
            } else {
                range(Msg::Number(i64::from(lo)), Msg::Number(i64::from(hi)))
            }
        }
    }
}

/// "from – to".
fn range(from: Msg, to: Msg) -> Msg {
    Msg::with("range", vec![("from", from), ("to", to)])
}

fn full_choice(w: &World, fact: Fact) -> bool {
    match fact {
        Fact::Enum(f) => w.choices[f.index()] == f.full(),
        _ => false,
    }
}
