//! The charge chooser's search (`questionnaire::chooser`): every wording the District Court prints for
//! an offense in the catalog finds that offense first, in English and in Spanish, and everyday words
//! and sections find theirs.

use clearpath::questionnaire::chooser::{self, Candidate, Group};

use crate::common;

/// The court's offense codes (chapter/section/variant) and the catalog's id each one is.
const CODES: [(&str, &str); 40] = [
    ("265/26D/A", "c265_26D"),
    ("265/26D/B", "c265_26D"),
    ("265/50/A", "c265_50"),
    ("265/50/B", "c265_50"),
    ("265/51/A", "c265_51"),
    ("265/51/B", "c265_51"),
    ("265/52/A", "c265_52"),
    ("265/52/B", "c265_52"),
    ("268/34A", "c268_34A"),
    ("272/12/A", "c272_12"),
    ("272/12/B", "c272_12"),
    ("272/13/A", "c272_13"),
    ("272/13/B", "c272_13"),
    ("272/2", "c272_2"),
    ("272/24", "c272_24"),
    ("272/26/A", "c272_26"),
    ("272/26/B", "c272_26"),
    ("272/3", "c272_3"),
    ("272/4A", "c272_4A"),
    ("272/4B", "c272_4B"),
    ("272/53/A", "c272_53_walker"),
    ("272/53/B", "c272_53_walker"),
    ("272/53/C", "c272_53_walker"),
    ("272/53/D", "c272_53_other"),
    ("272/53/E", "c272_53_other"),
    ("272/53/H", "c272_53_other"),
    ("272/53/I", "c272_53_other"),
    ("272/53/F", "c272_53_b"),
    ("272/53/G", "c272_53_b"),
    ("272/53/J", "c272_53_b"),
    ("272/53/K", "c272_53_b"),
    ("272/53A/A", "c272_53A_a"),
    ("272/53A/B", "c272_53A_b"),
    ("272/53A/C", "c272_53A_c"),
    ("272/6", "c272_6"),
    ("272/7", "c272_7"),
    ("272/8", "c272_8"),
    ("94C/34/J", "c94C_34_misdemeanor"),
    ("94C/34/K", "c94C_34_heroin_subsequent"),
    ("94C/34/L", "c94C_34_misdemeanor"),
];

/// The catalog id of a court code: from the table, or any other c.94C §34 possession (classes A to
/// E and marijuana, first or later offense: all misdemeanors).
pub fn id_of(code: &str) -> &'static str {
    CODES
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, id)| *id)
        .unwrap_or_else(|| {
            assert!(
                code.starts_with("94C/34/"),
                "no catalog id for the court code {code}"
            );
            "c94C_34_misdemeanor"
        })
}

fn candidates(language: &str) -> Vec<Candidate> {
    let book = clearpath::rules::RuleBook::bundled().expect("the bundled rules load");
    let texts = common::texts(&book, language);
    let english = (language != "en").then(|| common::texts(&book, "en"));
    chooser::for_texts(&book, &texts, english.as_ref())
}

fn first(list: &[Candidate], query: &str) -> String {
    chooser::search(list, query)
        .first()
        .map(|c| c.id.clone())
        .unwrap_or_else(|| format!("nothing for {query:?}"))
}

#[test]
fn every_court_wording_finds_its_offense_first_in_every_language() {
    let rows = csv_rows(&court_wordings());
    assert!(rows.len() >= 70, "{} rows", rows.len());
    for language in ["en", "es"] {
        let list = candidates(language);
        for (code, wording) in &rows {
            assert_eq!(
                first(&list, wording),
                id_of(code),
                "{language}: {code} {wording:?}"
            );
        }
    }
}

/// The court wordings file (the shared data folder beside the project).
pub fn court_wordings() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data/ma-complaint-language.csv")
}

/// The rows of the court wordings file: (offense code, wording). Its wordings hold no commas.
pub fn csv_rows(path: &std::path::Path) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("offense_code,complaint_wording,effective_dates,grade,stats_group,fine_code")
    );
    lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let mut cells = l.split(',');
            let code = cells.next().expect("a code").to_owned();
            let wording = cells.next().expect("a wording").to_owned();
            (code, wording)
        })
        .collect()
}

#[test]
fn names_sections_and_everyday_words_find_their_charges() {
    let en = candidates("en");
    assert_eq!(first(&en, "prostitution"), "c272_53A_a");
    assert_eq!(first(&en, "sex for a fee"), "c272_53A_a");
    assert_eq!(first(&en, "53A"), "c272_53A_a");
    assert_eq!(first(&en, "c. 272 s. 53A(b)"), "c272_53A_b");
    assert_eq!(first(&en, "NIGHTWALKER, COMMON c272 §53"), "c272_53_walker");
    assert_eq!(first(&en, "street walking"), "c272_53_walker");
    assert_eq!(
        first(&en, "DRUG, POSSESS CLASS B c. 94C s. 34"),
        "c94C_34_misdemeanor"
    );
    assert_eq!(first(&en, "trafficking for sexual servitude"), "c265_50");
    let es = candidates("es");
    assert_eq!(first(&es, "prostitución"), "c272_53A_a");
    assert_eq!(first(&es, "prostitucion"), "c272_53A_a");
    assert_eq!(
        first(&es, "SEXUAL CONDUCT PAY FOR c272 §53A(b)"),
        "c272_53A_b"
    );
    // Everything, in the catalog's order, for an empty search; three groups.
    let all = chooser::search(&en, "");
    assert_eq!(all.len(), en.len());
    for group in Group::ALL {
        assert!(en.iter().any(|c| c.group == group), "{group:?}");
    }
    assert_eq!(
        en.iter().find(|c| c.id == "c272_53A_a").map(|c| c.group),
        Some(Group::Selling)
    );
    assert_eq!(
        en.iter().find(|c| c.id == "c272_53A_b").map(|c| c.group),
        Some(Group::BuyingOrProfiting)
    );
}
