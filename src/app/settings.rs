//! Settings for one session (idle time, discreet mode, language, text size, theme) and a clinic's defaults,
//! read from `settings.ron` in the platform's config folder. ClearPath reads that file and never writes it.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::source::SourceText;

/// The clinic defaults file's name, in the config folder.
pub const CONFIG_FILE: &str = "settings.ron";

/// What the session uses. Changes last until the window closes.
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    /// Minutes without input before the session clears itself.
    pub idle_minutes: u32,
    /// A neutral window title, and nothing on the title bar about what the app is for.
    pub discreet: bool,
    pub language: String,
    /// 1.0 is normal; up to 2.0.
    pub text_scale: f32,
    /// Light or dark following the computer, light, dark, or high contrast.
    pub theme: Theme,
    /// What the welcome screen's Start begins: the questions one at a time, or the advocate's desk.
    pub mode: Mode,
}

/// How charges are entered. A clinic's `settings.ron` may make the desk the default (`mode: Advocate`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
pub enum Mode {
    /// One question per page, for a person on their own.
    #[default]
    Guided,
    /// Every charge as a row of a table, for an advocate entering someone's record.
    Advocate,
}

/// How the window looks. A clinic's `settings.ron` may set it (`theme: HighContrast`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
pub enum Theme {
    /// Light or dark, as the computer is set.
    #[default]
    System,
    Light,
    Dark,
    /// Black on white or white on black (following the computer), strong outlines, no greys.
    HighContrast,
}

impl Theme {
    /// Every theme, in the order offered.
    pub const ALL: [Theme; 4] = [
        Theme::System,
        Theme::Light,
        Theme::Dark,
        Theme::HighContrast,
    ];

    /// The message naming this theme in the settings screen.
    pub fn message_id(self) -> &'static str {
        match self {
            Theme::System => "settings-theme-system",
            Theme::Light => "settings-theme-light",
            Theme::Dark => "settings-theme-dark",
            Theme::HighContrast => "settings-theme-high-contrast",
        }
    }
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            idle_minutes: 15,
            discreet: false,
            language: crate::i18n::DEFAULT_LANGUAGE.to_string(),
            text_scale: 1.0,
            theme: Theme::System,
            mode: Mode::Guided,
        }
    }
}

/// The range of idle times offered, in minutes.
pub const IDLE_MINUTES: std::ops::RangeInclusive<u32> = 1..=120;
/// The range of text sizes offered.
pub const TEXT_SCALE: std::ops::RangeInclusive<f32> = 1.0..=2.0;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct RawClinicDefaults {
    idle_minutes: Option<u32>,
    discreet: Option<bool>,
    language: Option<String>,
    text_scale: Option<f32>,
    theme: Option<Theme>,
    mode: Option<Mode>,
}

/// The clinic defaults file: where it is and what it said, or why it could not be used.
#[derive(Clone, Debug, PartialEq)]
pub enum ClinicDefaults {
    /// No file: the built-in defaults apply.
    None,
    Loaded(PathBuf),
    /// The file could not be used; the built-in defaults apply and the message says why.
    Invalid(String),
}

/// The config file's path on this system.
pub fn config_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "ClearPath").map(|d| d.config_dir().join(CONFIG_FILE))
}

impl Settings {
    /// The settings to start with: the clinic's defaults file if there is one, else the built-in ones.
    pub fn load(path: Option<&Path>) -> (Settings, ClinicDefaults) {
        let Some(path) = path.filter(|p| p.exists()) else {
            return (Settings::default(), ClinicDefaults::None);
        };
        match std::fs::read_to_string(path) {
            Ok(text) => {
                Settings::from_text(&SourceText::new(path.display().to_string(), text), path)
            }
            Err(e) => (
                Settings::default(),
                ClinicDefaults::Invalid(format!("{}: cannot read: {e}", path.display())),
            ),
        }
    }

    fn from_text(src: &SourceText, path: &Path) -> (Settings, ClinicDefaults) {
        let raw: RawClinicDefaults = match src.parse() {
            Ok(raw) => raw,
            Err(f) => {
                return (
                    Settings::default(),
                    ClinicDefaults::Invalid(format!("{}: {}", f.place, f.message)),
                );
            }
        };
        let mut s = Settings::default();
        if let Some(m) = raw.idle_minutes {
            s.idle_minutes = m.clamp(*IDLE_MINUTES.start(), *IDLE_MINUTES.end());
        }
        if let Some(d) = raw.discreet {
            s.discreet = d;
        }
        if let Some(l) = raw.language {
            if crate::i18n::languages().contains(&l.as_str()) {
                s.language = l;
            } else {
                let place = src.place_of_string(&l);
                return (
                    Settings::default(),
                    ClinicDefaults::Invalid(format!(
                        "{place}: unknown language \"{l}\" (languages: {})",
                        crate::i18n::languages().join(", ")
                    )),
                );
            }
        }
        if let Some(t) = raw.text_scale {
            s.text_scale = t.clamp(*TEXT_SCALE.start(), *TEXT_SCALE.end());
        }
        if let Some(t) = raw.theme {
            s.theme = t;
        }
        if let Some(m) = raw.mode {
            s.mode = m;
        }
        (s, ClinicDefaults::Loaded(path.to_path_buf()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn from(text: &str) -> (Settings, ClinicDefaults) {
        Settings::from_text(
            &SourceText::new("settings.ron", text),
            Path::new("settings.ron"),
        )
    }

    #[test]
    fn clinic_defaults_apply_and_are_clamped() {
        let (s, d) = from("(idle_minutes: 5, discreet: true, text_scale: 9.0)");
        assert_eq!(d, ClinicDefaults::Loaded(PathBuf::from("settings.ron")));
        assert_eq!((s.idle_minutes, s.discreet, s.text_scale), (5, true, 2.0));
    }

    #[test]
    fn a_bad_file_keeps_the_built_in_defaults_and_says_where() {
        let (s, d) = from("(idle_minutes: 5,\n idle: 3)");
        assert_eq!(s, Settings::default());
        let ClinicDefaults::Invalid(message) = d else {
            panic!("expected an error, got {d:?}");
        };
        assert!(message.starts_with("settings.ron:2:"), "{message}");
        let (_, d) = from("(language: \"xx\")");
        assert!(matches!(d, ClinicDefaults::Invalid(m) if m.contains("unknown language")));
    }

    #[test]
    fn a_clinic_may_choose_the_theme() {
        assert_eq!(Settings::default().theme, Theme::System);
        let (s, d) = from("(theme: HighContrast, text_scale: 1.5)");
        assert!(matches!(d, ClinicDefaults::Loaded(_)), "{d:?}");
        assert_eq!((s.theme, s.text_scale), (Theme::HighContrast, 1.5));
        let (s, _) = from("(theme: Dark)");
        assert_eq!(s.theme, Theme::Dark);
    }

    #[test]
    fn an_unknown_theme_names_the_themes_there_are() {
        let (s, d) = from("(discreet: true,\n theme: Contrast)");
        assert_eq!(s, Settings::default());
        let ClinicDefaults::Invalid(message) = d else {
            panic!("expected an error, got {d:?}");
        };
        assert!(message.starts_with("settings.ron:2:"), "{message}");
        for name in ["Contrast", "System", "Light", "Dark", "HighContrast"] {
            assert!(message.contains(name), "{message}");
        }
        let (_, d) = from("(colour: Dark)");
        assert!(
            matches!(&d, ClinicDefaults::Invalid(m) if m.contains("colour") && m.contains("theme")),
            "{d:?}"
        );
    }

    #[test]
    fn a_clinic_may_make_the_desk_the_default() {
        assert_eq!(Settings::default().mode, Mode::Guided);
        let (s, d) = from("(mode: Advocate)");
        assert!(matches!(d, ClinicDefaults::Loaded(_)), "{d:?}");
        assert_eq!(s.mode, Mode::Advocate);
        let (s, d) = from("(mode: Clinic)");
        assert_eq!(s.mode, Mode::Guided);
        assert!(
            matches!(&d, ClinicDefaults::Invalid(m) if m.contains("Advocate") && m.contains("Guided")),
            "{d:?}"
        );
    }

    #[test]
    fn no_file_means_built_in_defaults() {
        let (s, d) = Settings::load(Some(Path::new("/nonexistent/settings.ron")));
        assert_eq!((s, d), (Settings::default(), ClinicDefaults::None));
    }
}
