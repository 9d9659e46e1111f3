//! Words without a language: a message id with its arguments, which `i18n::Texts` puts into words in
//! the language asked for.
//!
//! The screening and the presentation model speak only in these, so their results are the same in
//! every language, and changing the language changes only the last step (`Texts::say`).

use std::borrow::Cow;

use jiff::civil::Date;

/// The language words are written in first, and used where a chosen one has none.
pub const DEFAULT_LANGUAGE: &str = "en";

/// Something to say, in no language yet.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Msg {
    /// A Fluent message with named arguments: a program message (`assets/i18n/`) or a rule file's
    /// words (`rules/text/`).
    Id {
        id: Cow<'static, str>,
        args: Vec<(&'static str, Msg)>,
    },
    /// Words that are not translated: a citation, a statute number, a version, a typed name, a path.
    Verbatim(String),
    /// A whole number (Fluent chooses plural forms by it).
    Number(i64),
    /// A date, written as the language writes dates.
    Date(Date),
    /// Parts joined by a separator.
    Join { parts: Vec<Msg>, sep: Sep },
}

/// What goes between the parts of a [`Msg::Join`].
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Sep {
    /// The words of a message (" or ", "; or if ").
    Msg(Cow<'static, str>),
    /// The same in every language: "; ", a space.
    Text(&'static str),
}

impl Msg {
    /// A program message without arguments.
    pub const fn of(id: &'static str) -> Msg {
        Msg::Id {
            id: Cow::Borrowed(id),
            args: Vec::new(),
        }
    }

    /// A program message with arguments.
    pub fn with(id: &'static str, args: Vec<(&'static str, Msg)>) -> Msg {
        Msg::Id {
            id: Cow::Borrowed(id),
            args,
        }
    }

    /// A rule file's words, named by the id the rule file gives (`"current-law-vacatur-1"`).
    pub fn rule(id: &str) -> Msg {
        Msg::Id {
            id: Cow::Owned(id.to_string()),
            args: Vec::new(),
        }
    }

    /// A rule file's words with `{ $value }` filled in.
    pub fn rule_with_value(id: &str, value: Msg) -> Msg {
        Msg::Id {
            id: Cow::Owned(id.to_string()),
            args: vec![("value", value)],
        }
    }

    /// Words that are not translated.
    pub fn verbatim(text: impl Into<String>) -> Msg {
        Msg::Verbatim(text.into())
    }

    /// Parts joined by a message's words (`"phrase-or"`), or by a rule file's joining words.
    pub fn join_with(parts: Vec<Msg>, sep_id: &str) -> Msg {
        Msg::Join {
            parts,
            sep: Sep::Msg(Cow::Owned(sep_id.to_string())),
        }
    }

    /// Parts joined by the same characters in every language.
    pub fn join_text(parts: Vec<Msg>, sep: &'static str) -> Msg {
        Msg::Join {
            parts,
            sep: Sep::Text(sep),
        }
    }

    /// The message's id, if it is one message.
    pub fn id(&self) -> Option<&str> {
        match self {
            Msg::Id { id, .. } => Some(id),
            _ => None,
        }
    }

    /// Every message id used, this one's and its arguments' (for checking that each has words).
    pub fn ids(&self, out: &mut Vec<String>) {
        match self {
            Msg::Id { id, args } => {
                out.push(id.to_string());
                for (_, a) in args {
                    a.ids(out);
                }
            }
            Msg::Join { parts, sep } => {
                if let Sep::Msg(id) = sep {
                    out.push(id.to_string());
                }
                for p in parts {
                    p.ids(out);
                }
            }
            Msg::Verbatim(_) | Msg::Number(_) | Msg::Date(_) => {}
        }
    }
}

impl From<&str> for Msg {
    /// Words that are not translated.
    fn from(text: &str) -> Msg {
        Msg::Verbatim(text.to_string())
    }
}

impl From<String> for Msg {
    fn from(text: String) -> Msg {
        Msg::Verbatim(text)
    }
}

impl From<Date> for Msg {
    fn from(date: Date) -> Msg {
        Msg::Date(date)
    }
}

impl From<usize> for Msg {
    fn from(n: usize) -> Msg {
        Msg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_collected_from_arguments_and_separators() {
        let m = Msg::with(
            "outer",
            vec![(
                "conditions",
                Msg::join_with(
                    vec![
                        Msg::rule_with_value("phrase", Msg::rule("value")),
                        Msg::verbatim("c.272"),
                    ],
                    "or",
                ),
            )],
        );
        let mut ids = Vec::new();
        m.ids(&mut ids);
        assert_eq!(ids, ["outer", "or", "phrase", "value"]);
    }
}
