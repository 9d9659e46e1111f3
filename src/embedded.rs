//! Files built into the program by `build.rs`: the rule files, the translation files and the summary's
//! fonts. They are stored zlib-compressed (a quarter of the size for the texts) and unpacked on first
//! use: the texts once per run, at start-up; the fonts when the first summary is made.

use std::io::Read as _;
use std::sync::LazyLock;

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

/// The bytes `build.rs` compressed.
fn unpack(packed: &[u8]) -> Vec<u8> {
    let mut bytes = Vec::new();
    flate2::read::ZlibDecoder::new(packed)
        .read_to_end(&mut bytes)
        .expect("build.rs wrote a whole zlib stream");
    bytes
}

static TEXTS: LazyLock<String> = LazyLock::new(|| {
    String::from_utf8(unpack(TEXTS_PACKED)).expect("build.rs packs UTF-8 text only")
});

static FONTS: LazyLock<Vec<u8>> = LazyLock::new(|| unpack(FONTS_PACKED));

/// Each file in `index` with its part of the unpacked texts.
fn texts(index: &'static [(&'static str, usize, usize)]) -> Vec<(&'static str, &'static str)> {
    let all: &'static str = LazyLock::force(&TEXTS).as_str();
    index
        .iter()
        .map(|&(name, start, end)| (name, &all[start..end]))
        .collect()
}

static BUNDLED: LazyLock<Vec<(&str, &str)>> = LazyLock::new(|| texts(BUNDLED_INDEX));
static TRANSLATIONS: LazyLock<Vec<(&str, &str)>> = LazyLock::new(|| texts(TRANSLATIONS_INDEX));

/// Every file under `rules/`, by its path relative to that folder, with its text.
pub fn bundled() -> &'static [(&'static str, &'static str)] {
    &BUNDLED
}

/// Every file under `assets/i18n/`, by its path relative to that folder (`<language>/<name>.ftl`),
/// with its text.
pub fn translations() -> &'static [(&'static str, &'static str)] {
    &TRANSLATIONS
}

/// A font under `assets/fonts/`, by file name.
pub fn font(name: &str) -> Option<&'static [u8]> {
    let all: &'static [u8] = LazyLock::force(&FONTS).as_slice();
    FONTS_INDEX
        .iter()
        .find(|(n, _, _)| *n == name)
        .map(|&(_, start, end)| &all[start..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every packed file comes back byte for byte as it is in the source tree.
    #[test]
    fn every_file_unpacks_as_written() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for (folder, files) in [("rules", bundled()), ("assets/i18n", translations())] {
            assert!(files.len() > 5, "{folder}: only {} files", files.len());
            for (name, text) in files {
                let on_disk = std::fs::read_to_string(root.join(folder).join(name))
                    .unwrap_or_else(|e| panic!("{folder}/{name}: {e}"));
                assert_eq!(*text, on_disk, "{folder}/{name}");
            }
        }
        // Atkinson Hyperlegible (the window and the summary) and DejaVu Sans (the summary's fallback),
        // regular and bold.
        assert_eq!(FONTS_INDEX.len(), 4);
        for (name, _, _) in FONTS_INDEX {
            let on_disk = std::fs::read(root.join("assets/fonts").join(name)).expect("the font");
            assert_eq!(font(name), Some(on_disk.as_slice()), "{name}");
        }
        assert_eq!(font("missing.ttf"), None);
    }
}
