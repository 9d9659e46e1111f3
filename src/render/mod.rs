//! The renderings of a presentation (`present::Presentation`), each in one language (`i18n::Texts`):
//! the plain-text report printed by `clearpath screen` (`text`), the JSON for other tools (`json`) and
//! the take-home summary (`summary`: its content as lines, laid out as PDF), and the filing drafts
//! (`drafts`: one charge's route as a draft an advocate can edit, as PDF or Word). The window's results
//! screen (`app::results`) is the fourth, drawn from the same presentation.

pub mod drafts;
pub mod json;
pub mod summary;
pub mod text;

use crate::i18n::Texts;
use crate::message::Msg;
use crate::rules::RuleOrigin;

/// Where a rule file came from, in words; a path under the home folder is written with `~`, so a
/// printout does not carry the account name.
pub fn origin(t: &Texts, origin: &RuleOrigin) -> String {
    t.say(&origin_msg(origin))
}

fn origin_msg(origin: &RuleOrigin) -> Msg {
    match origin {
        RuleOrigin::Bundled => Msg::of("origin-built-in"),
        RuleOrigin::Folder(path) => Msg::with(
            "origin-folder",
            vec![(
                "path",
                Msg::verbatim(shorten_home(path, home_dir().as_deref())),
            )],
        ),
    }
}

/// The user's home folder, to shorten paths that would otherwise print the account name.
fn home_dir() -> Option<std::path::PathBuf> {
    directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf())
}

/// A path with the home folder written as `~`.
fn shorten_home(path: &std::path::Path, home: Option<&std::path::Path>) -> String {
    match home.and_then(|h| path.strip_prefix(h).ok()) {
        Some(rest) => std::path::Path::new("~").join(rest).display().to_string(),
        None => path.display().to_string(),
    }
}

/// Whether `language`'s words wait for a legal translator's review (the renderings say so).
pub fn translation_pending(language: &str) -> bool {
    crate::i18n::review(language) == crate::i18n::Review::Pending
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn paths_under_home_lose_the_account_name() {
        let home = Path::new("/home/someone");
        assert_eq!(
            shorten_home(
                Path::new("/home/someone/.config/clearpath/rules"),
                Some(home)
            ),
            "~/.config/clearpath/rules"
        );
        assert_eq!(
            shorten_home(Path::new("/srv/rules"), Some(home)),
            "/srv/rules"
        );
    }
}
