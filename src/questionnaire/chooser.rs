//! Finding a charge by what a person has in front of them: its name, its section ("53A", "c.272
//! §53A(a)"), or the words a complaint, docket or CORI prints ("SEXUAL CONDUCT FOR FEE c272 §53A",
//! "NIGHTWALKER, COMMON"). No egui here: the window's chooser and, later, pasted rows use it.
//!
//! Each offense of the catalog (and each "not sure which part" group) is a [`Candidate`] with the
//! words it is known by: its name in the language shown, its statute, its id, and the phrases of its
//! `<name>-also` message in the rule files' words (`rules/text/<language>/offenses.ftl`: everyday words
//! and the court's wordings from the District Court's complaint-language index, which clinics can add
//! to). The English phrases are used in every language, since Massachusetts papers are in English.
//!
//! Matching ignores case, accents and punctuation ("c. 272 s. 53A", "c272 §53A" and "272 53a" are
//! the same), and splits a letter from the digits after it ("c272" is "c 272") but not a section's
//! letter from its number ("53A" stays one word, unlike "53(a)"). Every word of the
//! query must begin a word the candidate is known by; candidates are ranked first where a name or
//! phrase is the query itself, then where one holds the query's words in order, then by how many
//! words matched whole, then in the catalog's order.

use crate::facts::Side;
use crate::rules::RuleBook;

/// The chooser's groups, in the order shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Group {
    /// Charges for selling sex.
    Selling,
    /// Related charges (and "not sure which part" groups).
    Related,
    /// Charges for buying sex or profiting from others (exploiting, trafficking).
    BuyingOrProfiting,
}

impl Group {
    pub const ALL: [Group; 3] = [Group::Selling, Group::Related, Group::BuyingOrProfiting];

    /// The message naming the group.
    pub fn message_id(self) -> &'static str {
        match self {
            Group::Selling => "offense-group-selling",
            Group::Related => "offense-group-related",
            Group::BuyingOrProfiting => "offense-group-buying",
        }
    }

    fn of(side: Side) -> Group {
        match side {
            Side::Selling => Group::Selling,
            Side::Related | Side::Other => Group::Related,
            Side::Buying | Side::Exploiting | Side::Trafficking => Group::BuyingOrProfiting,
        }
    }
}

/// An offense (or a group of offenses) a charge can be, with the words it is known by.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    /// The answer's id (`c272_53A_a`).
    pub id: String,
    pub group: Group,
    /// Its name in the language shown, and its statute.
    pub name: String,
    pub statute: String,
    /// Every word it is known by, normalised (see [`words`]).
    known: Vec<String>,
    /// Each name, statute and phrase it is known by, as words: a query found whole inside one of
    /// them ranks first ("HEROIN POSSESS SUBSQ. OFF." is the later offense, not the first).
    phrases: Vec<Vec<String>>,
}

impl Candidate {
    /// A candidate known by `texts` (its name, statute, id and phrases).
    pub fn new(id: &str, group: Group, name: String, statute: &str, texts: &[String]) -> Candidate {
        let phrases: Vec<Vec<String>> = texts
            .iter()
            .map(|t| words(t))
            .filter(|w| !w.is_empty())
            .collect();
        let mut known: Vec<String> = phrases.iter().flatten().cloned().collect();
        known.sort();
        known.dedup();
        Candidate {
            id: id.to_owned(),
            group,
            name,
            statute: statute.to_owned(),
            known,
            phrases,
        }
    }
}

/// The query without the dates and "thru" that some court wordings carry ("PROSTITUTE SOLICIT FOR
/// c272 §8 11/21/11"): they say when a wording applied, not which offense it is.
fn without_dates(query: &str) -> String {
    query
        .split_whitespace()
        .filter(|w| {
            // A date is month/day/year, or a range of them ("12/29/97-9/9/99", "9/21/75-");
            // "272/26" is a section.
            let date = w.contains('/')
                && w.split('-').all(|piece| {
                    piece.is_empty()
                        || (piece.split('/').count() == 3
                            && piece.chars().all(|c| c.is_ascii_digit() || c == '/'))
                });
            !date && !w.eq_ignore_ascii_case("thru")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The words of `text`, normalised for matching: lower case without accents, punctuation as spaces,
/// a letter apart from the digits after it.
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut last_digit: Option<bool> = None;
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = fold_accent(c);
        if c.is_alphanumeric() {
            let digit = c.is_ascii_digit();
            if last_digit == Some(false) && digit && !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            word.push(c);
            last_digit = Some(digit);
        } else {
            if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            last_digit = None;
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// The letter without its accent, for the accented letters of the languages ClearPath has.
fn fold_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        other => other,
    }
}

/// The offenses and groups a person can choose, in the catalog's order, known by their names in
/// `name_of` (a message id to words, in the language shown) and by the phrases of `also` (a message id
/// to its words in every language searched, `None` where a language has none).
pub fn candidates(
    book: &RuleBook,
    name_of: &dyn Fn(&str) -> String,
    also: &dyn Fn(&str) -> Vec<String>,
) -> Vec<Candidate> {
    let catalog = &book.catalog;
    let make = |id: &str, group: Group, name_id: &str, statute: &str| {
        let name = name_of(name_id);
        let mut texts = vec![name.clone(), statute.to_owned(), id.to_owned()];
        for list in also(&format!("{name_id}-also")) {
            texts.extend(list.split(';').map(str::to_owned));
        }
        Candidate::new(id, group, name, statute, &texts)
    };
    let mut list: Vec<Candidate> = catalog
        .offenses
        .iter()
        .enumerate()
        .filter(|(i, _)| !catalog.is_another(*i))
        .map(|(_, o)| make(&o.id, Group::of(o.side), &o.name, &o.statute))
        .collect();
    list.extend(
        catalog
            .groups
            .iter()
            .map(|g| make(&g.id, Group::Related, &g.name, &g.statute)),
    );
    list
}

/// The candidates with their names in the language of `texts`, known also by the phrases of that
/// language and of `english` (the English words, for the court's wordings; `None` when `texts` is
/// English).
pub fn for_texts(
    book: &RuleBook,
    texts: &crate::i18n::Texts,
    english: Option<&crate::i18n::Texts>,
) -> Vec<Candidate> {
    candidates(book, &|id| texts.get(id), &|id| {
        let mut phrases = Vec::new();
        for t in std::iter::once(texts).chain(english) {
            if t.has(id) {
                phrases.push(t.get(id));
            }
        }
        phrases
    })
}

/// How well a candidate matched a query: the name or phrase is the query itself, a name or phrase
/// holds the query's words in order, how many of the query's words matched whole.
type Rank = (bool, bool, usize);

/// The candidates that match `query` with their ranks, best first. With `by_id` false, a candidate's
/// id counts for its words but not as a phrase: "c272 §53A(a)" is the words of the id `c272_53A_a`,
/// but it is also the section §53A(a), which paying for sex was under too.
fn ranked<'a>(candidates: &'a [Candidate], query: &str, by_id: bool) -> Vec<(Rank, &'a Candidate)> {
    let wanted = words(&without_dates(query));
    let mut found: Vec<(Rank, usize, &Candidate)> = candidates
        .iter()
        .enumerate()
        .filter_map(|(order, c)| {
            let mut whole = 0;
            for w in &wanted {
                if c.known.iter().any(|k| k == w) {
                    whole += 1;
                } else if !c.known.iter().any(|k| k.starts_with(w.as_str())) {
                    return None;
                }
            }
            let id = words(&c.id);
            let mut phrases = c.phrases.iter().filter(|p| by_id || **p != id);
            let in_a_phrase = !wanted.is_empty()
                && phrases.clone().any(|p| {
                    p.windows(wanted.len())
                        .any(|window| window.iter().zip(&wanted).all(|(a, b)| a == b))
                });
            // A phrase that is the query itself ("prostitution") ranks above one that holds it
            // ("loitering for prostitution").
            let a_phrase = phrases.any(|p| *p == wanted);
            Some(((a_phrase, in_a_phrase, whole), order, c))
        })
        .collect();
    found.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    found.into_iter().map(|(rank, _, c)| (rank, c)).collect()
}

/// The candidates that match `query`, best first (all of them, in order, for an empty query).
pub fn search<'a>(candidates: &'a [Candidate], query: &str) -> Vec<&'a Candidate> {
    ranked(candidates, query, true)
        .into_iter()
        .map(|(_, c)| c)
        .collect()
}

/// Which offenses a query fits, where no list is shown to choose from (a pasted row, a CSV file).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fit<'a> {
    /// Exactly one.
    One(&'a Candidate),
    /// More than one, best first: the person has to choose.
    Several(Vec<&'a Candidate>),
    /// None.
    None,
}

/// The offenses `query` fits, never guessing between them. An id is not looked for here: a caller
/// that takes ids compares them first.
///
/// One candidate fits when it is the only match, or the only one whose name or phrase is the query
/// itself, or (when none is) the only one whose name or phrase holds the query's words in order.
/// Otherwise every match of that best kind fits (every match, when none holds the query's words in
/// order): "c272 §53A(a)" fits both selling and paying, as it did from 2007 to 2011, and
/// "SEXUAL CONDUCT FOR FEE c272 §53A" only selling. A query that matches nothing whole but lists
/// alternatives ("PAY FOR OR FOR FEE") fits every offense its alternatives fit.
pub fn fit<'a>(candidates: &'a [Candidate], query: &str) -> Fit<'a> {
    let found = best(candidates, query);
    if !found.is_empty() {
        return fit_of(found);
    }
    let wanted = words(&without_dates(query));
    if !wanted.iter().any(|w| w == "or") {
        return Fit::None;
    }
    let mut union: Vec<&Candidate> = Vec::new();
    for part in wanted.split(|w| w == "or") {
        for c in best(candidates, &part.join(" ")) {
            if !union.iter().any(|u| u.id == c.id) {
                union.push(c);
            }
        }
    }
    fit_of(union)
}

fn fit_of(found: Vec<&Candidate>) -> Fit<'_> {
    match found.len() {
        0 => Fit::None,
        1 => Fit::One(found[0]),
        _ => Fit::Several(found),
    }
}

/// The best matches of `query`: the only match, or the matches of the best kind (see [`fit`]).
fn best<'a>(candidates: &'a [Candidate], query: &str) -> Vec<&'a Candidate> {
    if words(&without_dates(query)).is_empty() {
        return Vec::new();
    }
    let found = ranked(candidates, query, false);
    let Some(((a_phrase, in_a_phrase, _), _)) = found.first().copied() else {
        return Vec::new();
    };
    found
        .into_iter()
        .filter(|((a, i, _), _)| !(a_phrase || in_a_phrase) || (*a, *i) == (a_phrase, in_a_phrase))
        .map(|(_, c)| c)
        .collect()
}

/// Whether the query names §53A's subsection (a) without the words that tell selling from paying.
/// Before 2011-11-21, §53A(a) covered both ("SEXUAL CONDUCT FOR FEE" and "SEXUAL CONDUCT PAY FOR"),
/// so the chooser says to choose by the words on the papers.
pub fn section_53a_needs_wording(query: &str) -> bool {
    let w = words(query);
    let names_53a = w.iter().any(|x| x == "53a");
    let telling = w
        .iter()
        .any(|x| ["fee", "pay", "paying", "paid", "for"].contains(&x.as_str()));
    names_53a && !telling
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_ignore_case_accents_punctuation_and_split_letters_from_digits() {
        assert_eq!(words("c. 272 s. 53A"), ["c", "272", "s", "53a"]);
        assert_eq!(words("c272 §53A(a)"), ["c", "272", "53a", "a"]);
        assert_eq!(words("§53(a)"), ["53", "a"]);
        assert_eq!(words("NIGHTWALKER, COMMON"), ["nightwalker", "common"]);
        assert_eq!(words("Prostitución"), ["prostitucion"]);
        assert!(words(" — ").is_empty());
    }

    fn sample() -> Vec<Candidate> {
        let make = |id: &str, group, name: &str, statute: &str, also: &str| {
            let mut texts = vec![name.to_owned(), statute.to_owned(), id.to_owned()];
            texts.extend(also.split(';').map(str::to_owned));
            Candidate::new(id, group, name.to_owned(), statute, &texts)
        };
        vec![
            make(
                "c272_53_walker",
                Group::Selling,
                "common night walking",
                "G.L. c.272 §53(a)",
                "NIGHTWALKER COMMON c272 §53",
            ),
            make(
                "c272_53A_a",
                Group::Selling,
                "sexual conduct for a fee",
                "G.L. c.272 §53A(a)",
                "prostitution; SEXUAL CONDUCT FOR FEE c272 §53A",
            ),
            make(
                "c272_53A_b",
                Group::BuyingOrProfiting,
                "paying for sexual conduct",
                "G.L. c.272 §53A(b)",
                "SEXUAL CONDUCT PAY FOR c272 §53A(b)",
            ),
        ]
    }

    fn ids(found: Vec<&Candidate>) -> Vec<&str> {
        found.into_iter().map(|c| c.id.as_str()).collect()
    }

    #[test]
    fn a_docket_wording_a_section_or_an_everyday_word_finds_the_charge() {
        let list = sample();
        assert_eq!(
            ids(search(&list, "SEXUAL CONDUCT FOR FEE c272 §53A")),
            ["c272_53A_a"]
        );
        assert_eq!(ids(search(&list, "prostitution")), ["c272_53A_a"]);
        assert_eq!(
            ids(search(&list, "NIGHTWALKER, COMMON")),
            ["c272_53_walker"]
        );
        assert_eq!(ids(search(&list, "53A")), ["c272_53A_a", "c272_53A_b"]);
        // "53" is §53 and begins §53A: all three, the whole-word match first.
        assert_eq!(
            ids(search(&list, "53")),
            ["c272_53_walker", "c272_53A_a", "c272_53A_b"]
        );
        assert_eq!(ids(search(&list, "pay")), ["c272_53A_b"]);
        // A date inside a court's wording is not part of the match.
        assert_eq!(
            ids(search(&list, "NIGHTWALKER COMMON c272 §53 7/26/83 thru")),
            ["c272_53_walker"]
        );
        assert!(search(&list, "arson").is_empty());
        assert_eq!(search(&list, "").len(), 3);
    }

    #[test]
    fn words_fit_one_offense_only_when_nothing_else_fits_as_well() {
        let list = sample();
        let fit_ids = |query: &str| match fit(&list, query) {
            Fit::One(c) => vec![c.id.as_str()],
            Fit::Several(found) => found.into_iter().map(|c| c.id.as_str()).collect(),
            Fit::None => Vec::new(),
        };
        assert!(matches!(
            fit(&list, "SEXUAL CONDUCT FOR FEE c272 §53A"),
            Fit::One(c) if c.id == "c272_53A_a"
        ));
        assert!(matches!(fit(&list, "prostitution"), Fit::One(c) if c.id == "c272_53A_a"));
        // The section with its letter, where only one candidate has that letter.
        assert!(matches!(fit(&list, "c272 53A a"), Fit::One(c) if c.id == "c272_53A_a"));
        assert_eq!(fit_ids("c272 §53A"), ["c272_53A_a", "c272_53A_b"]);
        assert_eq!(
            fit_ids("SEXUAL CONDUCT PAY FOR OR FOR FEE"),
            ["c272_53A_b", "c272_53A_a"]
        );
        assert_eq!(fit(&list, "arson"), Fit::None);
        assert_eq!(fit(&list, ""), Fit::None);
        // A section written with a slash is no date.
        assert_eq!(fit_ids("272/53A"), ["c272_53A_a", "c272_53A_b"]);
    }

    #[test]
    fn a_bare_53a_a_asks_for_the_wording() {
        assert!(section_53a_needs_wording("§53A(a)"));
        assert!(section_53a_needs_wording("c.272 s. 53A"));
        assert!(!section_53a_needs_wording(
            "SEXUAL CONDUCT FOR FEE c272 §53A"
        ));
        assert!(!section_53a_needs_wording(
            "SEXUAL CONDUCT PAY FOR c272 §53A(a)"
        ));
        assert!(!section_53a_needs_wording("prostitution"));
    }
}
