//! "Where to get help": organisations and how to reach them, from `assets/help.ron`. Each entry names
//! the source its contact was checked against and when, so nothing shown is invented. The results
//! screen and the printed summary both use this list.

use serde::Deserialize;

use crate::source::SourceText;

/// The help list built into the program.
pub const HELP_FILE: &str = include_str!("../assets/help.ron");

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HelpEntry {
    pub name: String,
    /// What they help with.
    pub what: String,
    /// How to reach them, exactly as the organisation publishes it.
    pub contact: String,
    /// Where the contact was checked.
    pub source: String,
    /// When it was checked (YYYY-MM-DD).
    pub checked: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHelp {
    entries: Vec<HelpEntry>,
}

/// Read and check a help list: every entry needs a name, a contact, a source and a real check date.
pub fn load(src: &SourceText) -> Result<Vec<HelpEntry>, String> {
    let raw: RawHelp = src
        .parse()
        .map_err(|f| format!("{}: {}", f.place, f.message))?;
    for e in &raw.entries {
        let place = src.place_of_string(&e.name);
        for (field, value) in [
            ("name", &e.name),
            ("contact", &e.contact),
            ("source", &e.source),
        ] {
            if value.trim().is_empty() {
                return Err(format!(
                    "{place}: entry \"{}\" has an empty {field}",
                    e.name
                ));
            }
        }
        crate::calendar::parse_date(&e.checked).map_err(|m| format!("{place}: checked: {m}"))?;
    }
    Ok(raw.entries)
}

/// The built-in help list.
pub fn bundled() -> Result<Vec<HelpEntry>, String> {
    load(&SourceText::new("assets/help.ron", HELP_FILE))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_help_entries_name_their_sources() {
        let entries = bundled().expect("help list loads");
        assert!(!entries.is_empty());
        for e in &entries {
            assert!(!e.source.is_empty() && !e.contact.is_empty(), "{e:?}");
            // No phone numbers unless sourced: the list holds web addresses only.
            assert!(
                e.contact
                    .chars()
                    .filter(char::is_ascii_digit)
                    .nth(6)
                    .is_none(),
                "{e:?}"
            );
        }
    }

    #[test]
    fn an_entry_without_a_source_is_refused() {
        let src = SourceText::new(
            "help.ron",
            "(entries: [(name: \"X\", what: \"\", contact: \"x.org\", source: \"\", checked: \"2026-01-01\")])",
        );
        assert!(load(&src).expect_err("no source").contains("empty source"));
    }
}
