//! Words on screen, from Fluent translation files (`assets/i18n/<language>/*.ftl`, built into the
//! program). Adding a language is adding a folder of `.ftl` files with the same message ids.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::embedded;

/// The language used when none is chosen or a chosen one is missing.
pub const DEFAULT_LANGUAGE: &str = "en";

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
    bundle: FluentBundle<FluentResource>,
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
    /// The messages of `language`, or of the default language if it has none.
    pub fn new(language: &str) -> Result<Texts, TextsError> {
        let language = if languages().contains(&language) {
            language
        } else {
            DEFAULT_LANGUAGE
        };
        let id: LanguageIdentifier = language.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![id]);
        // Direction marks around arguments would end up in copied text and test strings.
        bundle.set_use_isolating(false);
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
            bundle.add_resource(resource).map_err(|errors| TextsError {
                file: (*path).to_string(),
                message: errors
                    .iter()
                    .map(|e| e.to_string())
                    .collect::<Vec<_>>()
                    .join("; "),
            })?;
        }
        Ok(Texts {
            language: language.to_string(),
            bundle,
        })
    }

    /// No messages at all: every message shows as its id.
    pub fn empty(language: &str) -> Texts {
        let id: LanguageIdentifier = language.parse().unwrap_or_default();
        Texts {
            language: language.to_string(),
            bundle: FluentBundle::new(vec![id]),
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
