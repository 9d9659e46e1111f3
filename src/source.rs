//! Places in text files: reading RON with errors that name the file, line and column, and finding where a
//! value that failed a later check was written.

use std::fmt;

use serde::de::DeserializeOwned;

/// A file name and a line and column in it (both counted from 1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    pub file: String,
    pub line: usize,
    pub col: usize,
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.col)
    }
}

/// A text file held in memory with the name to report it by.
#[derive(Clone, Debug)]
pub struct SourceText {
    pub name: String,
    pub text: String,
}

/// A RON file that did not parse: where, and what the parser said.
#[derive(Clone, Debug)]
pub struct ParseFailure {
    pub place: Place,
    pub message: String,
}

impl SourceText {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> SourceText {
        SourceText {
            name: name.into(),
            text: text.into(),
        }
    }

    /// Parse the whole file as `T`. Optional values may be written bare (`effective: "2018-10-01"`).
    pub fn parse<T: DeserializeOwned>(&self) -> Result<T, ParseFailure> {
        ron::Options::default()
            .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
            .from_str::<T>(&self.text)
            .map_err(|e| ParseFailure {
                place: self.place_at(e.span.start.line, e.span.start.col),
                message: e.code.to_string(),
            })
    }

    pub fn place_at(&self, line: usize, col: usize) -> Place {
        Place {
            file: self.name.clone(),
            line: line.max(1),
            col: col.max(1),
        }
    }

    /// Where a quoted string (such as `"c272_s53A_a"`) first appears; the file's start if nowhere.
    ///
    /// Checks after parsing (an unknown id, a date in the future) find their place this way: the value
    /// that failed is written in the file, and its first appearance is where a person should look.
    pub fn place_of_string(&self, value: &str) -> Place {
        self.place_of_text(&format!("\"{value}\""))
    }

    /// Where a piece of text first appears, after an optional anchor (such as a field name).
    pub fn place_of_text(&self, needle: &str) -> Place {
        match self.find_outside_comments(needle, 0) {
            Some(offset) => self.place_of_offset(offset),
            None => self.place_at(1, 1),
        }
    }

    /// The first appearance of `needle` at or after `from` that is not on a `//` comment line.
    fn find_outside_comments(&self, needle: &str, from: usize) -> Option<usize> {
        let mut start = from;
        while let Some(found) = self.text[start..].find(needle) {
            let offset = start + found;
            let line_start = self.text[..offset].rfind('\n').map_or(0, |i| i + 1);
            if !self.text[line_start..offset].trim_start().starts_with("//") {
                return Some(offset);
            }
            start = offset + needle.len();
        }
        None
    }

    /// Where a quoted string appears for the `nth` time (from 0), outside comments; its first
    /// appearance if there are fewer.
    pub fn place_of_nth_string(&self, value: &str, nth: usize) -> Place {
        let needle = format!("\"{value}\"");
        let mut start = 0;
        let mut last = None;
        for _ in 0..=nth {
            match self.find_outside_comments(&needle, start) {
                Some(found) => {
                    last = Some(found);
                    start = found + needle.len();
                }
                None => break,
            }
        }
        match last {
            Some(offset) => self.place_of_offset(offset),
            None => self.place_at(1, 1),
        }
    }

    /// Where a quoted string first appears inside the brackets of a call such as
    /// `AvailableAfter(["when", "custody_end"], 3)`; its first appearance anywhere if in no such call.
    pub fn place_in_call(&self, call: &str, value: &str) -> Place {
        let needle = format!("\"{value}\"");
        let mut start = 0;
        while let Some(found) = self.find_outside_comments(call, start) {
            let inside = found + call.len();
            let end = self.text[inside..]
                .find(')')
                .map_or(self.text.len(), |e| inside + e);
            if let Some(at) = self.text[inside..end].find(&needle) {
                return self.place_of_offset(inside + at);
            }
            start = inside;
        }
        self.place_of_string(value)
    }

    /// Where a field written with a given value first appears (`custody_end: Year(2019)`), spaces
    /// and line breaks between the two allowed; the field's first appearance if none matches.
    pub fn place_of_field_value(&self, field: &str, value: &str) -> Place {
        let mut start = 0;
        while let Some(found) = self.find_outside_comments(field, start) {
            let rest = self.text[found + field.len()..].trim_start();
            if let Some(after_colon) = rest.strip_prefix(':')
                && after_colon.trim_start().starts_with(value)
            {
                return self.place_of_offset(found);
            }
            start = found + field.len();
        }
        self.place_of_text(field)
    }

    /// Where `needle` first appears at or after the `nth` (from 0) appearance of `anchor`.
    pub fn place_after(&self, anchor: &str, nth: usize, needle: &str) -> Place {
        let mut start = 0;
        for _ in 0..=nth {
            match self.find_outside_comments(anchor, start) {
                Some(found) => start = found + anchor.len(),
                None => return self.place_of_text(needle),
            }
        }
        match self.find_outside_comments(needle, start) {
            Some(found) => self.place_of_offset(found),
            None => self.place_of_offset(start.saturating_sub(anchor.len())),
        }
    }

    pub fn place_of_offset(&self, offset: usize) -> Place {
        let before = &self.text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = before[line_start..].chars().count() + 1;
        self.place_at(line, col)
    }
}

/// The known name closest to `unknown`, if one is close enough to be a likely typo.
pub fn closest<'a>(unknown: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    known
        .into_iter()
        .map(|k| (edit_distance(unknown, k), k))
        .filter(|(d, k)| *d <= (k.len() / 3).max(2))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            let next = (row[j + 1] + 1).min(row[j] + 1).min(prev + cost);
            prev = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_lines_and_columns() {
        let src = SourceText::new("a.ron", "(\n  x: \"one\",\n  y: \"two\",\n)");
        assert_eq!(src.place_of_string("two").to_string(), "a.ron:3:6");
        assert_eq!(src.place_after("x:", 0, "\"").to_string(), "a.ron:2:6");
        assert_eq!(src.place_of_string("missing").to_string(), "a.ron:1:1");
    }

    #[test]
    fn suggests_near_names_only() {
        let known = ["outcome", "court", "custody_end"];
        assert_eq!(closest("outcom", known), Some("outcome"));
        assert_eq!(closest("custodyend", known), Some("custody_end"));
        assert_eq!(closest("citizenship", known), None);
    }
}
