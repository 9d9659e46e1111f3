//! Words on screen and on paper: one Fluent layer for every message. A [`Texts`] holds one language's
//! messages of the program (`assets/i18n/<language>/*.ftl`, built in) and, once given a rule book, its
//! rule files' words too (`rules/text/<language>/*.ftl`), and puts any [`Msg`] into words with real
//! Fluent arguments: numbers as numbers (for plural forms), dates as the language writes them.
//! Adding a language is adding a folder of `.ftl` files with the same message ids.

use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use jiff::civil::Date;
use unic_langid::LanguageIdentifier;

use crate::embedded;
pub use crate::message::DEFAULT_LANGUAGE;
use crate::message::{Msg, Sep};
use crate::rules::{RuleBook, RuleError};

/// The languages built into the program, in a stable order.
pub fn languages() -> Vec<&'static str> {
    let mut langs: Vec<&str> = embedded::translations()
        .iter()
        .filter_map(|(path, _)| path.split('/').next())
        .collect();
    langs.sort_unstable();
    langs.dedup();
    langs
}

/// The messages of one language.
pub struct Texts {
    language: String,
    bundle: FluentBundle<Arc<FluentResource>>,
}

impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Texts")
            .field("language", &self.language)
            .finish()
    }
}

/// A translation file that does not parse, or that repeats a message id.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("assets/i18n/{file}: {message}")]
pub struct TextsError {
    pub file: String,
    pub message: String,
}

impl Texts {
    /// The program's messages in `language`, or in the default language if it has none.
    pub fn new(language: &str) -> Result<Texts, TextsError> {
        let language = if languages().contains(&language) {
            language
        } else {
            DEFAULT_LANGUAGE
        };
        let mut texts = Texts::empty(language);
        for (path, text) in embedded::translations()
            .iter()
            .filter(|(p, _)| p.starts_with(&format!("{language}/")))
        {
            let resource =
                FluentResource::try_new((*text).to_string()).map_err(|(_, errors)| TextsError {
                    file: (*path).to_string(),
                    message: errors
                        .iter()
                        .map(|e| format!("at bytes {:?}: {}", e.pos, e.kind))
                        .collect::<Vec<_>>()
                        .join("; "),
                })?;
            texts
                .bundle
                .add_resource(Arc::new(resource))
                .map_err(|errors| TextsError {
                    file: (*path).to_string(),
                    message: errors
                        .iter()
                        .map(|e| e.to_string())
                        .collect::<Vec<_>>()
                        .join("; "),
                })?;
        }
        Ok(texts)
    }

    /// The program's messages with the words of `book`'s rule files in the same language: an error
    /// (with its place) if the rules have no complete words in it, or reuse a program message's id.
    pub fn with_rules(self, book: &RuleBook) -> Result<Texts, RuleError> {
        let language = self.language.clone();
        self.with_rules_of(book, &language)
    }

    /// The program's messages with the words of `book`'s rule files in `language`, which may be
    /// another language than the program's (the window falls back to the default language's words
    /// for rules that have none in the chosen one).
    pub fn with_rules_of(mut self, book: &RuleBook, language: &str) -> Result<Texts, RuleError> {
        for resource in book.texts.resources(language)? {
            if let Err(errors) = self.bundle.add_resource(Arc::clone(resource)) {
                let id = errors.iter().find_map(|e| match e {
                    fluent_bundle::FluentError::Overriding { id, .. } => Some(id.clone()),
                    _ => None,
                });
                return Err(crate::rules::text::clash_error(
                    &book.files,
                    language,
                    id.as_deref().unwrap_or(""),
                ));
            }
        }
        Ok(self)
    }

    /// The program's messages and the rules' words in `language` (the default language if the
    /// program has none in it).
    pub fn for_book(language: &str, book: &RuleBook) -> Result<Texts, String> {
        Texts::new(language)
            .map_err(|e| e.to_string())?
            .with_rules(book)
            .map_err(|e| e.to_string())
    }

    /// No messages at all: every message shows as its id.
    pub fn empty(language: &str) -> Texts {
        let id: LanguageIdentifier = language.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![id]);
        // Direction marks around arguments would end up in copied text and test strings.
        bundle.set_use_isolating(false);
        Texts {
            language: language.to_string(),
            bundle,
        }
    }

    pub fn language(&self) -> &str {
        &self.language
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The message `id`; the id itself if the message is missing (a test checks none is).
    pub fn get(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with named arguments. An argument that is a whole number is passed as a
    /// number, so messages can choose plural forms.
    pub fn get_args(&self, id: &str, args: &[(&str, &str)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value.parse::<i64>() {
                Ok(n) => fluent_args.set(*name, FluentValue::from(n)),
                Err(_) => fluent_args.set(*name, FluentValue::from(*value)),
            }
        }
        self.format(id, Some(&fluent_args))
    }

    /// Put a message into words.
    pub fn say(&self, msg: &Msg) -> String {
        match msg {
            Msg::Id { id, args } if args.is_empty() => self.format(id, None),
            Msg::Id { id, args } => {
                let mut fluent_args = FluentArgs::with_capacity(args.len());
                for (name, arg) in args {
                    let value = match arg {
                        Msg::Number(n) => FluentValue::from(*n),
                        other => FluentValue::from(self.say(other)),
                    };
                    fluent_args.set(*name, value);
                }
                self.format(id, Some(&fluent_args))
            }
            Msg::Verbatim(text) => text.clone(),
            Msg::Number(n) => n.to_string(),
            Msg::Date(d) => self.date(*d),
            Msg::Join { parts, sep } => {
                let sep = match sep {
                    Sep::Msg(id) => self.format(id, None),
                    Sep::Text(text) => (*text).to_string(),
                };
                let mut out = String::new();
                for (i, part) in parts.iter().enumerate() {
                    if i > 0 {
                        out.push_str(&sep);
                    }
                    out.push_str(&self.say(part));
                }
                out
            }
        }
    }

    /// A date as this language writes it (the message `date`, from the year, month and day).
    pub fn date(&self, date: Date) -> String {
        if !self.has("date") {
            return date.to_string();
        }
        let mut args = FluentArgs::new();
        args.set("year", FluentValue::from(format!("{:04}", date.year())));
        args.set("month", FluentValue::from(format!("{:02}", date.month())));
        args.set("day", FluentValue::from(format!("{:02}", date.day())));
        self.format("date", Some(&args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }

    /// Every message id of this language.
    pub fn ids(language: &str) -> Vec<String> {
        let mut ids = Vec::new();
        for (_, text) in embedded::translations()
            .iter()
            .filter(|(p, _)| p.starts_with(&format!("{language}/")))
        {
            if let Ok(resource) = FluentResource::try_new((*text).to_string()) {
                for entry in resource.entries() {
                    if let fluent_syntax::ast::Entry::Message(m) = entry {
                        ids.push(m.id.name.to_string());
                    }
                }
            }
        }
        ids
    }
}

/// The record of each translation's review, `assets/translations.ron`.
pub const REVIEWS_FILE: &str = include_str!("../assets/translations.ron");

/// Whether a qualified legal translator has reviewed a language.
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
pub enum Review {
    /// The language the texts are written in.
    Source,
    /// Translated, not yet reviewed: the window and the summary say so.
    Pending,
    Reviewed {
        by: String,
        date: String,
    },
}

/// Every language's review, from `assets/translations.ron` (a test keeps the file readable).
pub fn reviews() -> Result<std::collections::BTreeMap<String, Review>, crate::source::ParseFailure>
{
    crate::source::SourceText::new("assets/translations.ron", REVIEWS_FILE).parse()
}

/// The reviews, read once: the About and Settings screens ask for one on every frame.
static REVIEWS: std::sync::LazyLock<std::collections::BTreeMap<String, Review>> =
    std::sync::LazyLock::new(|| reviews().unwrap_or_default());

/// The review of `language`; a language missing from the record counts as not reviewed.
pub fn review(language: &str) -> Review {
    REVIEWS.get(language).cloned().unwrap_or(Review::Pending)
}
