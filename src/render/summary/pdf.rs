//! The PDF writer: lays a `Summary` out on pages and returns the file's bytes. It adds no words of its
//! own (every word is in the model) and writes no file; saving and printing are `export`'s job.
//! [`pdf_bytes`] is the seam every printed document uses: the summary, and any other document made
//! as a `Summary` value (a filing draft with its footer label).
//!
//! The only module that writes PDF, with printpdf (its drawing operations, written out through
//! lopdf). Text is set in Atkinson Hyperlegible, regular and bold, the window's face; a character it
//! lacks (Greek, Cyrillic, some symbols) is drawn in DejaVu Sans (`assets/fonts/`, cut down to the
//! Latin, Greek and Cyrillic letters and common punctuation), so each line is split into runs by
//! the face that has the glyph, and each character is measured with the face that draws it. A
//! character neither face has prints as "?". Glyph widths come from the fonts themselves (printpdf's
//! font parser); each face that is used is embedded as a subset holding only the glyphs the
//! document shows (allsorts, printpdf's font library), as a CID font with a ToUnicode map, so
//! accented letters and Spanish text print, and copy out, as written. A face that is not used is not
//! embedded.
//!
//! Paragraphs are wrapped to the page; a section's heading stays with its first block; a block (a
//! charge, a notice) is kept on one page when it fits and otherwise broken only between lines (where
//! it can, not right after a heading or a result, nor inside a paragraph). A table is a grid: its
//! header row in bold on a light grey band, the first column about 40% of the width and the others
//! sharing the rest, each cell's lines wrapped in its column, thin rules between rows; a row is never
//! split across pages, and the header row is drawn again at the top of a page a table continues on.
//! Each cell's lines are text objects of their own, written row by row, so a table copies out in
//! reading order. Every page carries the summary's footer lines (wrapped, their room kept) and "Page N
//! of M". The document information holds the neutral title only: no author, subject, keywords,
//! creator, producer or dates, no XMP metadata stream and no file identifier. The same summary always
//! gives the same bytes.

use std::collections::{BTreeSet, HashMap};
use std::io::Write as _;
use std::rc::Rc;
use std::sync::OnceLock;

use flate2::Compression;
use flate2::write::ZlibEncoder;
use printpdf::{
    Color, FontId, Greyscale, Line as PathLine, LinePoint, Mm, Op, PaintMode, ParsedFont,
    PdfDocument, PdfFont, PdfFontHandle, PdfPage, PdfParseErrorSeverity, PdfSaveOptions, Point, Pt,
    Rect, TextItem, TextMatrix,
};

use super::{BlockKind, Line, Style, Summary, Table};

/// The faces' files (built in: `crate::embedded`) and their PostScript names: Atkinson Hyperlegible
/// first, then DejaVu Sans for the characters it lacks; each regular, then bold.
const FACES: [(&str, &str); 4] = [
    (
        "AtkinsonHyperlegible-Regular.ttf",
        "AtkinsonHyperlegible-Regular",
    ),
    ("AtkinsonHyperlegible-Bold.ttf", "AtkinsonHyperlegible-Bold"),
    ("DejaVuSans-Subset.ttf", "DejaVuSans"),
    ("DejaVuSans-Bold-Subset.ttf", "DejaVuSans-Bold"),
];
/// The six capital letters before each embedded face's name that mark a subset, in `FACES` order.
const SUBSET_TAGS: [&str; 4] = ["CPAAAA", "CPAAAB", "CPAAAC", "CPAAAD"];

/// Page margins, in points.
const MARGIN: f32 = 42.0;
/// Room kept at the bottom of every page for the page number.
const FOOTER: f32 = 30.0;
/// Indentation per level, and the room a bullet takes.
const INDENT: f32 = 14.0;
const BULLET: f32 = 11.0;
const LINE_SPACING: f32 = 1.2;
/// The largest share of a page a group (a charge's block) may take and still be moved whole to the
/// next page rather than broken.
const KEEP_WHOLE: f32 = 0.15;
/// Sizes, in points.
const TITLE_SIZE: f32 = 20.0;
const SECTION_SIZE: f32 = 13.0;
/// Space above a section's heading.
const SECTION_GAP: f32 = 9.0;
const HEADING_SIZE: f32 = 11.5;
const BODY_SIZE: f32 = 10.0;
const NOTE_SIZE: f32 = 8.5;
/// Grey for small print, as a greyscale fraction (0 is black).
const NOTE_GREY: f32 = 0.3;
/// Grey of the rule above each charge.
const RULE_GREY: f32 = 0.6;
/// A table: the first column's share of the width, the room inside a cell, the grey of the header's
/// band and of the rules between rows, the space above a table.
const FIRST_COLUMN: f32 = 0.4;
const CELL_PAD_X: f32 = 5.0;
const CELL_PAD_Y: f32 = 4.0;
const BAND_GREY: f32 = 0.9;
const GRID_GREY: f32 = 0.7;
const TABLE_GAP: f32 = 6.0;
/// zlib level for the page and font streams: level 4 is three times as fast as the best level for a
/// file a sixth larger (`cargo bench --bench summary`, 20 charges with the appendix).
const ZLIB_LEVEL: u32 = 4;

/// The PDF could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("the built-in font {0} could not be read")]
    Font(&'static str),
    #[error("the PDF could not be written: {0}")]
    Write(String),
    #[error("the built-in font {0} could not be subset: {1}")]
    Subset(&'static str, String),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Weight {
    Regular,
    Bold,
}

/// A face as read from its file: glyphs and advances, for measuring and for cutting it down.
struct Face {
    name: &'static str,
    bytes: &'static [u8],
    font: ParsedFont,
    units_per_em: f32,
}

impl Face {
    fn load((file, name): (&'static str, &'static str)) -> Result<Face, &'static str> {
        let bytes = crate::embedded::font(file).ok_or(file)?;
        let font = ParsedFont::from_bytes(bytes, 0, &mut Vec::new()).ok_or(file)?;
        if font.units_per_em == 0 || font.lookup_glyph_index(u32::from('a')).is_none() {
            return Err(file);
        }
        Ok(Face {
            name,
            bytes,
            units_per_em: f32::from(font.units_per_em),
            font,
        })
    }

    /// The glyph for a character, or `None` if the face has none.
    fn glyph(&self, c: char) -> Option<u16> {
        self.font
            .lookup_glyph_index(u32::from(c))
            .filter(|g| *g != 0)
    }

    /// A character's advance in thousandths of an em, as the PDF's width table holds it (whole
    /// numbers, rounded down), so the layout measures what a reader draws; `None` if the face has no
    /// glyph for it.
    fn advance(&self, c: char) -> Option<u32> {
        let glyph = self.glyph(c)?;
        let units = f32::from(self.font.get_glyph_width(glyph).unwrap_or(0));
        Some((units * 1000.0 / self.units_per_em) as u32)
    }

    /// This face cut down to the glyphs of `chars` (and .notdef), with a Unicode cmap for them, named
    /// as a subset.
    fn subset(&self, chars: &BTreeSet<char>, tag: &str) -> Result<ParsedFont, PdfError> {
        use allsorts::binary::read::ReadScope;
        use allsorts::font_data::FontData;
        use allsorts::subset::{CmapTarget, SubsetProfile, subset};

        let error = |e: String| PdfError::Subset(self.name, e);
        let mut glyphs: Vec<u16> = chars.iter().filter_map(|&c| self.glyph(c)).collect();
        glyphs.sort_unstable();
        glyphs.dedup();
        // .notdef first, as allsorts requires.
        glyphs.insert(0, 0);
        let file = ReadScope::new(self.bytes)
            .read::<FontData<'_>>()
            .map_err(|e| error(e.to_string()))?;
        let provider = file.table_provider(0).map_err(|e| error(e.to_string()))?;
        let bytes = subset(&provider, &glyphs, &SubsetProfile::Pdf, CmapTarget::Unicode)
            .map_err(|e| error(format!("{e:?}")))?;
        let mut font = ParsedFont::from_bytes(&bytes, 0, &mut Vec::new())
            .ok_or_else(|| error("the subset does not read back".into()))?;
        font.font_name = Some(format!("{tag}+{}", self.name));
        Ok(font)
    }
}

/// The four faces, read once.
fn faces() -> Result<&'static [Face], PdfError> {
    static FACES_READ: OnceLock<Result<Vec<Face>, &'static str>> = OnceLock::new();
    FACES_READ
        .get_or_init(|| FACES.into_iter().map(Face::load).collect())
        .as_deref()
        .map_err(|file| PdfError::Font(file))
}

/// Characters below this code (Latin, Greek, Cyrillic) have their face and advance kept in a table.
const NEAR: usize = 0x500;

/// The faces of one document: which face draws each character, and the characters each has drawn.
struct Fonts {
    faces: &'static [Face],
    /// For a weight and a character: the face that draws it (an index into `FACES`) and its advance
    /// in thousandths of an em; `None` if neither face has it.
    picked: HashMap<(Weight, char), Option<(usize, u32)>>,
    /// The same for the characters below `NEAR`, by weight then code: `None` until first looked up.
    near: Vec<Option<Option<(usize, u32)>>>,
    /// The characters drawn with each face, for its subset.
    used: [BTreeSet<char>; 4],
}

impl Fonts {
    fn new() -> Result<Fonts, PdfError> {
        Ok(Fonts {
            faces: faces()?,
            picked: HashMap::new(),
            near: vec![None; 2 * NEAR],
            used: Default::default(),
        })
    }

    /// The face that draws `c` in `weight` (Atkinson Hyperlegible if it has the glyph, DejaVu Sans if
    /// not) and the character's advance.
    fn pick(&mut self, weight: Weight, c: char) -> Option<(usize, u32)> {
        let faces = self.faces;
        let bold = usize::from(weight == Weight::Bold);
        let find = || {
            [bold, 2 + bold]
                .into_iter()
                .find_map(|i| Some((i, faces.get(i)?.advance(c)?)))
        };
        // Latin, Greek and Cyrillic looked up by their code, the rest by hashing.
        let code = c as usize;
        if code < NEAR {
            *self.near[bold * NEAR + code].get_or_insert_with(find)
        } else {
            *self.picked.entry((weight, c)).or_insert_with(find)
        }
    }

    fn width(&mut self, weight: Weight, text: &str, size: f32) -> f32 {
        let units: u32 = text
            .chars()
            .map(|c| self.pick(weight, c).map_or(0, |(_, advance)| advance))
            .sum();
        units as f32 * size / 1000.0
    }

    /// The text with every character neither face can show replaced by "?", so nothing prints as an
    /// empty box or copies out as garbage.
    fn printable(&mut self, weight: Weight, text: &str) -> String {
        text.chars()
            .map(|c| match c {
                '\t' | '\n' | '\r' => ' ',
                c if self.pick(weight, c).is_some() => c,
                _ => '?',
            })
            .collect()
    }

    /// `text` split into runs drawn by one face each: the face, the run's distance from the text's
    /// start in thousandths of an em, and its characters. Each character is noted as used.
    fn runs(&mut self, weight: Weight, text: &str) -> Vec<(usize, u32, String)> {
        let mut runs: Vec<(usize, u32, String)> = Vec::new();
        let mut at = 0;
        for c in text.chars() {
            let Some((face, advance)) = self.pick(weight, c) else {
                continue;
            };
            self.used[face].insert(c);
            match runs.last_mut() {
                Some((f, _, run)) if *f == face => run.push(c),
                _ => runs.push((face, at, c.to_string())),
            }
            at += advance;
        }
        runs
    }
}

/// One line of text to draw: its face and size, where it starts, and a bullet before it.
#[derive(Clone, Debug)]
struct Text {
    weight: Weight,
    size: f32,
    grey: bool,
    x: f32,
    text: String,
    /// A bullet drawn left of the text.
    bullet_x: Option<f32>,
}

impl Text {
    fn height(&self) -> f32 {
        self.size * LINE_SPACING
    }
}

/// One row of a table: its cells' lines, placed, and the grid around them.
#[derive(Clone, Debug)]
struct TableRow {
    /// Which table of the document the row belongs to.
    table: usize,
    /// The header row, drawn on a grey band.
    header: bool,
    /// The table's left edge and width.
    left: f32,
    width: f32,
    /// Each cell's lines, with the distance from the row's top to each line's top.
    lines: Vec<(f32, Text)>,
    height: f32,
}

#[derive(Clone, Debug)]
enum Body {
    Text(Text),
    Table(TableRow),
}

/// One line, or one table row, placed as a unit.
#[derive(Clone, Debug)]
struct Row {
    body: Body,
    /// Space above the row (dropped at the top of a page).
    gap: f32,
    /// Draw a rule above the row (the start of a charge's block).
    rule: bool,
    /// Not to end a page if it can be helped (headings, results, all but a paragraph's last line, a
    /// table's header).
    keep_next: bool,
    /// A table's header row, for a body row of that table: drawn again above the row when the row
    /// starts a page.
    header: Option<Rc<Row>>,
}

impl Row {
    fn text(text: Text, gap: f32, keep_next: bool) -> Row {
        Row {
            body: Body::Text(text),
            gap,
            rule: false,
            keep_next,
            header: None,
        }
    }

    fn height(&self) -> f32 {
        match &self.body {
            Body::Text(text) => text.height(),
            Body::Table(row) => row.height,
        }
    }

    fn table(&self) -> Option<usize> {
        match &self.body {
            Body::Table(row) => Some(row.table),
            Body::Text(_) => None,
        }
    }
}

/// Rows that should stay on one page if they can.
type Group = Vec<Row>;

/// How a line looks: its weight, its size and whether it is grey.
type Look = (Weight, f32, bool);

/// One line of a table's cell before it is wrapped: its words, look, indentation and bullet.
type CellLine<'a> = (&'a str, Look, u8, bool);

/// The face, size and colour of a line's style.
fn style_of(style: Style) -> Look {
    match style {
        Style::Heading => (Weight::Bold, HEADING_SIZE, false),
        Style::Strong => (Weight::Bold, BODY_SIZE, false),
        Style::Text => (Weight::Regular, BODY_SIZE, false),
        Style::Note => (Weight::Regular, NOTE_SIZE, true),
    }
}

struct Layout {
    fonts: Fonts,
    page_w: f32,
    /// Tables laid out so far (each table's number).
    tables: usize,
}

impl Layout {
    fn left(&self) -> f32 {
        MARGIN
    }

    fn right(&self) -> f32 {
        self.page_w - MARGIN
    }

    /// `text` wrapped to `width` from `x`, one line each; the bullet, if any, before the first.
    fn wrapped(
        &mut self,
        text: &str,
        (weight, size, grey): Look,
        x: f32,
        width: f32,
        bullet_x: Option<f32>,
    ) -> Vec<Text> {
        let text = self.fonts.printable(weight, text);
        wrap(&mut self.fonts, weight, &text, size, width.max(size * 4.0))
            .into_iter()
            .enumerate()
            .map(|(i, line)| Text {
                weight,
                size,
                grey,
                x,
                text: line,
                bullet_x: if i == 0 { bullet_x } else { None },
            })
            .collect()
    }

    /// Wrap `text` to fit between `x` and the right margin, one row per line.
    fn paragraph(
        &mut self,
        rows: &mut Vec<Row>,
        text: &str,
        style: Look,
        x: f32,
        gap: f32,
        bullet_x: Option<f32>,
    ) {
        let width = self.right() - x;
        let lines = self.wrapped(text, style, x, width, bullet_x);
        let last = lines.len().saturating_sub(1);
        for (i, line) in lines.into_iter().enumerate() {
            let keep_next = line.weight == Weight::Bold || i < last;
            rows.push(Row::text(line, if i == 0 { gap } else { 0.0 }, keep_next));
        }
    }

    fn line(&mut self, rows: &mut Vec<Row>, line: &Line, first: bool) {
        let style = style_of(line.style);
        let gap = match line.style {
            Style::Heading => 4.0,
            Style::Strong if !first => 3.0,
            _ => 0.0,
        };
        let mut x = self.left() + INDENT * f32::from(line.indent);
        let bullet_x = line.bullet.then_some(x);
        if line.bullet {
            x += BULLET;
        }
        self.paragraph(rows, &line.text, style, x, gap, bullet_x);
    }

    /// One table row: each cell's lines wrapped within its column (`columns`: each column's left
    /// edge and width).
    fn table_row(
        &mut self,
        table: usize,
        header: bool,
        cells: &[Vec<CellLine<'_>>],
        columns: &[(f32, f32)],
    ) -> TableRow {
        let mut lines = Vec::new();
        let mut tallest: f32 = 0.0;
        for (cell, &(col_x, col_w)) in cells.iter().zip(columns) {
            let mut y = 0.0;
            for &(text, style, indent, bullet) in cell {
                let mut x = col_x + CELL_PAD_X + INDENT * f32::from(indent);
                let bullet_x = bullet.then_some(x);
                if bullet {
                    x += BULLET;
                }
                let width = col_x + col_w - CELL_PAD_X - x;
                for text in self.wrapped(text, style, x, width, bullet_x) {
                    let h = text.height();
                    lines.push((CELL_PAD_Y + y, text));
                    y += h;
                }
            }
            tallest = tallest.max(y);
        }
        TableRow {
            table,
            header,
            left: self.left(),
            width: self.right() - self.left(),
            lines,
            height: tallest + 2.0 * CELL_PAD_Y,
        }
    }

    /// A table as rows: the header row, then a row per row of cells, each body row knowing the
    /// header to repeat above it on a new page.
    fn table(&mut self, rows: &mut Vec<Row>, table: &Table) {
        let id = self.tables;
        self.tables += 1;
        let n = table.columns.len().max(1);
        let left = self.left();
        let width = self.right() - left;
        let columns: Vec<(f32, f32)> = if n == 1 {
            vec![(left, width)]
        } else {
            let first = width * FIRST_COLUMN;
            let other = (width - first) / (n - 1) as f32;
            std::iter::once((left, first))
                .chain((0..n - 1).map(|i| (left + first + other * i as f32, other)))
                .collect()
        };
        let bold: Look = (Weight::Bold, BODY_SIZE, false);
        let names: Vec<Vec<CellLine<'_>>> = table
            .columns
            .iter()
            .map(|name| vec![(name.as_str(), bold, 0, false)])
            .collect();
        let header = Rc::new(Row {
            body: Body::Table(self.table_row(id, true, &names, &columns)),
            gap: TABLE_GAP,
            rule: false,
            keep_next: true,
            header: None,
        });
        if !table.columns.is_empty() {
            rows.push((*header).clone());
        }
        for cells in &table.rows {
            // A cell past the last column is drawn in the last column rather than lost.
            let mut laid: Vec<Vec<CellLine<'_>>> = vec![Vec::new(); n];
            for (i, cell) in cells.iter().enumerate() {
                laid[i.min(n - 1)].extend(
                    cell.iter()
                        .map(|l| (l.text.as_str(), style_of(l.style), l.indent, l.bullet)),
                );
            }
            let body = self.table_row(id, false, &laid, &columns);
            rows.push(Row {
                body: Body::Table(body),
                gap: if rows.is_empty() { TABLE_GAP } else { 0.0 },
                rule: false,
                keep_next: false,
                header: (!table.columns.is_empty()).then(|| Rc::clone(&header)),
            });
        }
    }

    /// The summary as groups of rows, in order.
    fn groups(&mut self, summary: &Summary) -> Vec<Group> {
        let mut groups = Vec::new();
        let mut top = Vec::new();
        let x = self.left();
        let regular = (Weight::Regular, BODY_SIZE, false);
        self.paragraph(
            &mut top,
            &summary.title,
            (Weight::Bold, TITLE_SIZE, false),
            x,
            0.0,
            None,
        );
        for line in &summary.header {
            self.paragraph(&mut top, line, regular, x, 0.0, None);
        }
        groups.push(top);
        for section in &summary.sections {
            let mut heading = Vec::new();
            self.paragraph(
                &mut heading,
                &section.heading,
                (Weight::Bold, SECTION_SIZE, false),
                x,
                SECTION_GAP,
                None,
            );
            for (i, block) in section.blocks.iter().enumerate() {
                let mut rows = Vec::new();
                for (j, line) in block.lines.iter().enumerate() {
                    self.line(&mut rows, line, j == 0);
                }
                if let Some(table) = &block.table {
                    self.table(&mut rows, table);
                }
                if let Some(first) = rows.first_mut() {
                    first.gap += if i == 0 { 3.0 } else { 6.0 };
                    first.rule = block.kind == BlockKind::Charge;
                    if first.rule {
                        first.gap += 4.0;
                    }
                }
                if i == 0 {
                    // A heading never ends a page: it travels with its first block.
                    heading.append(&mut rows);
                    groups.push(std::mem::take(&mut heading));
                } else {
                    groups.push(rows);
                }
            }
            if !heading.is_empty() {
                groups.push(heading);
            }
        }
        groups
    }
}

/// Greedy word wrap; a word wider than the line is broken between characters.
fn wrap(fonts: &mut Fonts, weight: Weight, text: &str, size: f32, width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut current = String::new();
    let mut current_w = 0.0;
    let space = fonts.width(weight, " ", size);
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let w = fonts.width(weight, word, size);
        if !current.is_empty() && current_w + space + w <= width {
            current.push(' ');
            current.push_str(word);
            current_w += space + w;
            continue;
        }
        if !current.is_empty() {
            lines.push(std::mem::take(&mut current));
        }
        if w <= width {
            current.push_str(word);
            current_w = w;
            continue;
        }
        // A word longer than the line: fill lines character by character.
        current_w = 0.0;
        for c in word.chars() {
            let cw = fonts.width(weight, c.encode_utf8(&mut [0; 4]), size);
            if !current.is_empty() && current_w + cw > width {
                lines.push(std::mem::take(&mut current));
                current_w = 0.0;
            }
            current.push(c);
            current_w += cw;
        }
    }
    if !current.is_empty() || lines.is_empty() {
        lines.push(current);
    }
    lines
}

/// A row placed on a page.
struct Placed {
    row: Row,
    /// Distance from the top of the page to the top of the row.
    top: f32,
}

/// Pages being filled, top to bottom.
struct Pages {
    usable: f32,
    pages: Vec<Vec<Placed>>,
    /// How far down the current page is filled, from the top margin.
    y: f32,
}

impl Pages {
    fn current(&mut self) -> &mut Vec<Placed> {
        if self.pages.is_empty() {
            self.pages.push(Vec::new());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = 0.0;
    }

    /// The space a row takes here: its gap is dropped at the top of a page.
    fn needs(&self, row: &Row) -> f32 {
        (if self.y == 0.0 { 0.0 } else { row.gap }) + row.height()
    }

    fn place(&mut self, row: Row) {
        // A table's body row that does not follow a row of its table (it starts a page) has the
        // table's header drawn above it.
        if let Some(header) = &row.header {
            let follows = self
                .current()
                .last()
                .is_some_and(|p| p.row.table().is_some() && p.row.table() == row.table());
            if !follows {
                let header = Row {
                    gap: row.gap,
                    ..(**header).clone()
                };
                self.place_one(header);
                return self.place_one(Row { gap: 0.0, ..row });
            }
        }
        self.place_one(row);
    }

    fn place_one(&mut self, row: Row) {
        let gap = if self.y == 0.0 { 0.0 } else { row.gap };
        let top = MARGIN + self.y + gap;
        self.y += gap + row.height();
        self.current().push(Placed { row, top });
    }
}

/// Put groups on pages: a group that fits stays together on one page; one taller than a page breaks
/// between rows, where possible not right after a heading, a result or inside a paragraph. A table's
/// header row is drawn again above its rows on each page it continues on.
fn paginate(groups: Vec<Group>, page_h: f32) -> Vec<Vec<Placed>> {
    let usable = page_h - 2.0 * MARGIN - FOOTER;
    let mut pages = Pages {
        usable,
        pages: vec![Vec::new()],
        y: 0.0,
    };
    for group in groups {
        // The group's height at the top of a page, where its first gap is dropped.
        let alone: f32 = group
            .iter()
            .enumerate()
            .map(|(i, r)| if i == 0 { 0.0 } else { r.gap } + r.height())
            .sum();
        let here = alone + group.first().map_or(0.0, |r| r.gap);
        // A group of up to half a page moves whole to the next page rather than break; a longer one
        // (a charge with many routes) fills the page and breaks between rows, so no page is left
        // two-thirds empty.
        if pages.y > 0.0 && pages.y + here > pages.usable && alone <= pages.usable * KEEP_WHOLE {
            pages.new_page();
        }
        let mut group_start = pages.current().len();
        for row in group {
            if pages.y > 0.0 && pages.y + pages.needs(&row) > pages.usable {
                // Carry the rows that should not end a page over with this one, if they are few.
                let half = pages.usable / 2.0;
                let page = pages.current();
                let mut keep = page.len();
                while keep > group_start && page[keep - 1].row.keep_next {
                    keep -= 1;
                }
                let carried_h: f32 = page[keep..].iter().map(|p| p.row.height()).sum();
                let carried: Vec<Row> = if keep > 0 && carried_h + row.height() <= half {
                    page.drain(keep..).map(|p| p.row).collect()
                } else {
                    Vec::new()
                };
                pages.new_page();
                group_start = 0;
                for c in carried {
                    pages.place(c);
                }
            }
            pages.place(row);
        }
    }
    pages.pages
}

/// The resource name of a face in `FACES`.
fn font_id(face: usize) -> FontId {
    FontId(format!("F{face}"))
}

fn grey(fraction: f32) -> Color {
    Color::Greyscale(Greyscale::new(fraction, None))
}

fn point(x: f32, y: f32) -> LinePoint {
    LinePoint {
        p: Point { x: Pt(x), y: Pt(y) },
        bezier: false,
    }
}

/// Drawing operations for one page, with the font and colours set only when they change.
struct Painter {
    ops: Vec<Op>,
    font: Option<(usize, f32)>,
    fill: Option<f32>,
    stroke: Option<(f32, f32)>,
}

impl Painter {
    fn new() -> Painter {
        Painter {
            ops: Vec::new(),
            font: None,
            fill: None,
            stroke: None,
        }
    }

    fn fill(&mut self, fraction: f32) {
        if self.fill != Some(fraction) {
            self.ops.push(Op::SetFillColor {
                col: grey(fraction),
            });
            self.fill = Some(fraction);
        }
    }

    /// A horizontal rule from `x1` to `x2`.
    fn rule(&mut self, x1: f32, x2: f32, y: f32, fraction: f32, width: f32) {
        if self.stroke != Some((fraction, width)) {
            self.ops.push(Op::SetOutlineColor {
                col: grey(fraction),
            });
            self.ops.push(Op::SetOutlineThickness { pt: Pt(width) });
            self.stroke = Some((fraction, width));
        }
        self.ops.push(Op::DrawLine {
            line: PathLine {
                points: vec![point(x1, y), point(x2, y)],
                is_closed: false,
            },
        });
    }

    /// A filled band, `y` its lower edge.
    fn band(&mut self, x: f32, y: f32, width: f32, height: f32, fraction: f32) {
        self.fill(fraction);
        self.ops.push(Op::DrawRectangle {
            rectangle: Rect {
                x: Pt(x),
                y: Pt(y),
                width: Pt(width),
                height: Pt(height),
                mode: Some(PaintMode::Fill),
                winding_order: None,
            },
        });
    }

    /// Show `text` with its baseline starting at (`x`, `baseline`) from the page's lower left
    /// corner, in a text object of its own: text extractors read the end of a text object as the end
    /// of a line, so wrapped lines do not run together when copied out. Each run of characters one
    /// face draws is placed where the previous run ends.
    fn show(&mut self, fonts: &mut Fonts, line: &Text, x: f32, baseline: f32, text: &str) {
        let runs = fonts.runs(line.weight, text);
        if runs.is_empty() {
            return;
        }
        self.fill(if line.grey { NOTE_GREY } else { 0.0 });
        self.ops.push(Op::StartTextSection);
        for (face, at, run) in runs {
            if self.font != Some((face, line.size)) {
                self.ops.push(Op::SetFont {
                    font: PdfFontHandle::External(font_id(face)),
                    size: Pt(line.size),
                });
                self.font = Some((face, line.size));
            }
            let dx = at as f32 * line.size / 1000.0;
            self.ops.push(Op::SetTextMatrix {
                matrix: TextMatrix::Translate(Pt(x + dx), Pt(baseline)),
            });
            self.ops.push(Op::ShowText {
                items: vec![TextItem::Text(run)],
            });
        }
        self.ops.push(Op::EndTextSection);
    }

    /// A line with its bullet; `top` is the distance from the page's lower edge to the line's top.
    fn text(&mut self, fonts: &mut Fonts, line: &Text, top: f32) {
        // A baseline about one size below the line's top, as the font's ascent is.
        let baseline = top - line.size;
        if let Some(bx) = line.bullet_x {
            self.show(fonts, line, bx, baseline, "•");
        }
        self.show(fonts, line, line.x, baseline, &line.text);
    }
}

/// Lays out and draws the pages.
fn draw_pages(summary: &Summary, fonts: Fonts, page_w: f32, page_h: f32) -> (Vec<Vec<Op>>, Fonts) {
    let mut layout = Layout {
        fonts,
        page_w,
        tables: 0,
    };
    let groups = layout.groups(summary);
    // The footer's lines, wrapped to the page, take room at the foot of every page.
    let note = (Weight::Regular, NOTE_SIZE, true);
    let (left, right) = (layout.left(), layout.right());
    let footer: Vec<Text> = summary
        .footer
        .iter()
        .flat_map(|line| layout.wrapped(line, note, left, right - left, None))
        .collect();
    let footer_h: f32 = footer.iter().map(Text::height).sum();
    let pages = paginate(groups, page_h - footer_h);
    let total = pages.len();
    let fonts = &mut layout.fonts;

    let mut drawn = Vec::with_capacity(total);
    for (n, placed) in pages.into_iter().enumerate() {
        let mut painter = Painter::new();
        // Rules and bands first, then the text.
        for p in &placed {
            let top = page_h - p.top;
            if p.row.rule {
                // In the gap above the row (the gap is dropped at a page's top; the margin is there).
                painter.rule(left, right, top + 5.0, RULE_GREY, 0.75);
            }
            if let Body::Table(row) = &p.row.body {
                let bottom = top - row.height;
                if row.header {
                    painter.band(row.left, bottom, row.width, row.height, BAND_GREY);
                }
                painter.rule(row.left, row.left + row.width, bottom, GRID_GREY, 0.5);
            }
        }
        for p in &placed {
            let top = page_h - p.top;
            match &p.row.body {
                Body::Text(line) => painter.text(fonts, line, top),
                Body::Table(row) => {
                    for (dy, line) in &row.lines {
                        painter.text(fonts, line, top - dy);
                    }
                }
            }
        }
        let label = Text {
            weight: Weight::Regular,
            size: NOTE_SIZE,
            grey: true,
            x: 0.0,
            text: fonts.printable(Weight::Regular, &summary.page_label(n + 1, total)),
            bullet_x: None,
        };
        // The footer's lines above the page number, the last one lowest.
        let mut y = MARGIN * 0.75 + NOTE_SIZE;
        for line in footer.iter().rev() {
            y += line.height();
            painter.text(fonts, line, y);
        }
        let label_w = fonts.width(Weight::Regular, &label.text, NOTE_SIZE);
        painter.show(
            fonts,
            &label,
            (page_w - label_w) / 2.0,
            MARGIN * 0.75,
            &label.text,
        );
        drawn.push(painter.ops);
    }
    (drawn, layout.fonts)
}

/// Compresses every stream not yet compressed with zlib, at `ZLIB_LEVEL`.
fn compress(doc: &mut lopdf::Document) -> Result<(), PdfError> {
    for object in doc.objects.values_mut() {
        let lopdf::Object::Stream(stream) = object else {
            continue;
        };
        if !stream.allows_compression || stream.dict.get(b"Filter").is_ok() {
            continue;
        }
        let mut encoder = ZlibEncoder::new(Vec::new(), Compression::new(ZLIB_LEVEL));
        let packed = encoder
            .write_all(&stream.content)
            .and_then(|()| encoder.finish())
            .map_err(|e| PdfError::Write(e.to_string()))?;
        stream.dict.set("Filter", "FlateDecode");
        stream.set_content(packed);
    }
    Ok(())
}

/// The summary as a PDF file's bytes.
pub fn pdf_bytes(summary: &Summary) -> Result<Vec<u8>, PdfError> {
    let (w_mm, h_mm) = summary.paper.size_mm();
    let page_w = Pt::from(Mm(w_mm)).0;
    let page_h = Pt::from(Mm(h_mm)).0;
    let (pages, fonts) = draw_pages(summary, Fonts::new()?, page_w, page_h);

    let mut doc = PdfDocument::new(&summary.title);
    for (i, face) in fonts.faces.iter().enumerate() {
        let used = &fonts.used[i];
        if used.is_empty() {
            continue;
        }
        let subset = face.subset(used, SUBSET_TAGS[i])?;
        doc.resources
            .fonts
            .map
            .insert(font_id(i), PdfFont::new(subset));
    }
    doc.pages = pages
        .into_iter()
        .map(|ops| PdfPage::new(Mm(w_mm), Mm(h_mm), ops))
        .collect();

    let options = PdfSaveOptions {
        optimize: false,
        subset_fonts: false,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut pdf = doc.to_lopdf_document(&options, &mut warnings);
    // printpdf reports what it could not write (a font without its program, text outside a text
    // object) as warnings of the error level; such a file would print wrong, so none is returned.
    if let Some(error) = warnings
        .iter()
        .find(|w| w.severity == PdfParseErrorSeverity::Error)
    {
        return Err(PdfError::Write(error.msg.clone()));
    }

    // Neutral metadata: the document information holds the title only (printpdf also writes dates,
    // empty author, creator, producer, subject and keywords, and a trapping and conformance note),
    // and the file has no identifier (printpdf's is made up anew for each file).
    let info = pdf
        .trailer
        .get(b"Info")
        .and_then(lopdf::Object::as_reference)
        .map_err(|e| PdfError::Write(e.to_string()))?;
    let title = pdf
        .get_dictionary(info)
        .and_then(|d| d.get(b"Title"))
        .cloned()
        .map_err(|e| PdfError::Write(e.to_string()))?;
    let mut neutral = lopdf::Dictionary::new();
    neutral.set("Title", title);
    pdf.objects.insert(info, lopdf::Object::Dictionary(neutral));
    pdf.trailer.remove(b"ID");

    compress(&mut pdf)?;
    let mut bytes = Vec::new();
    pdf.save_to(&mut bytes)
        .map_err(|e| PdfError::Write(e.to_string()))?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts() -> Fonts {
        Fonts::new().expect("fonts")
    }

    #[test]
    fn wrapped_lines_fit_and_keep_every_word() {
        let mut f = fonts();
        let text = "You can ask to seal a misdemeanor record by mail 3 years after the case and any custody end.";
        let lines = wrap(&mut f, Weight::Regular, text, BODY_SIZE, 150.0);
        assert!(lines.len() > 2, "{lines:?}");
        for l in &lines {
            assert!(f.width(Weight::Regular, l, BODY_SIZE) <= 150.0, "{l}");
        }
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn a_word_wider_than_the_line_is_split() {
        let mut f = fonts();
        let lines = wrap(&mut f, Weight::Regular, &"x".repeat(200), BODY_SIZE, 100.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.concat(), "x".repeat(200));
    }

    #[test]
    fn characters_neither_face_has_become_question_marks() {
        let mut f = fonts();
        assert_eq!(
            f.printable(Weight::Regular, "Núñez αβγ ✓ 名"),
            "Núñez αβγ ? ?"
        );
        assert_eq!(f.printable(Weight::Bold, "Жанна\t名"), "Жанна ?");
    }

    #[test]
    fn each_character_is_drawn_and_measured_by_the_face_that_has_it() {
        let mut f = fonts();
        let runs = f.runs(Weight::Regular, "Año αβ ok");
        let faces: Vec<(usize, &str)> = runs.iter().map(|(i, _, t)| (*i, t.as_str())).collect();
        assert_eq!(faces, [(0, "Año "), (2, "αβ"), (0, " ok")]);
        // Each run starts where the characters before it end, measured in their own face.
        let before = f.width(Weight::Regular, "Año ", 1000.0);
        assert_eq!(runs[1].1 as f32, before);
        let dejavu = f.faces[2].advance('α').expect("α in DejaVu Sans");
        assert_eq!(
            f.faces[0].advance('α'),
            None,
            "not in Atkinson Hyperlegible"
        );
        assert_eq!(
            runs[2].1,
            runs[1].1 + dejavu + f.faces[2].advance('β').expect("β")
        );
        let bold = f.runs(Weight::Bold, "Ж");
        assert_eq!(bold[0].0, 3, "bold Cyrillic from DejaVu Sans Bold");
        assert!(f.used[0].contains(&'ñ') && f.used[2].contains(&'α'));
        assert!(f.used[3].contains(&'Ж') && !f.used[1].contains(&'Ж'));
    }

    fn row(gap: f32) -> Row {
        Row::text(
            Text {
                weight: Weight::Regular,
                size: 10.0,
                grey: false,
                x: 0.0,
                text: "x".into(),
                bullet_x: None,
            },
            gap,
            false,
        )
    }

    #[test]
    fn a_short_block_moves_whole_to_the_next_page_and_a_long_one_fills_the_page() {
        let height = row(0.0).height();
        let page_h = 2.0 * MARGIN + FOOTER + 40.5 * height; // room for 40 rows
        // Five rows, an eighth of a page: moved whole rather than broken.
        let groups = vec![vec![row(0.0); 37], vec![row(0.0); 5]];
        let pages = paginate(groups, page_h);
        assert_eq!(pages.iter().map(Vec::len).collect::<Vec<_>>(), [37, 5]);
        // Ten rows, a quarter of a page: they fill the page and break between rows.
        let groups = vec![vec![row(0.0); 35], vec![row(0.0); 10]];
        let pages = paginate(groups, page_h);
        assert_eq!(pages.iter().map(Vec::len).collect::<Vec<_>>(), [40, 5]);
        // A group taller than a page breaks between rows only.
        let pages = paginate(vec![vec![row(0.0); 100]], page_h);
        assert_eq!(pages.iter().map(Vec::len).collect::<Vec<_>>(), [40, 40, 20]);
    }

    #[test]
    fn a_table_continued_on_a_page_starts_with_its_header() {
        let table_row = |header: bool| TableRow {
            table: 0,
            header,
            left: 0.0,
            width: 100.0,
            lines: Vec::new(),
            height: 13.0,
        };
        let header = Rc::new(Row {
            body: Body::Table(table_row(true)),
            gap: 0.0,
            rule: false,
            keep_next: true,
            header: None,
        });
        let mut group = vec![row(0.0), (*header).clone()];
        for _ in 0..15 {
            group.push(Row {
                body: Body::Table(table_row(false)),
                gap: 0.0,
                rule: false,
                keep_next: false,
                header: Some(Rc::clone(&header)),
            });
        }
        let page_h = 2.0 * MARGIN + FOOTER + 130.0; // room for 10 rows of 13 points
        let pages = paginate(vec![group], page_h);
        let kinds: Vec<Vec<&str>> = pages
            .iter()
            .map(|page| {
                page.iter()
                    .map(|p| match &p.row.body {
                        Body::Text(_) => "text",
                        Body::Table(t) if t.header => "header",
                        Body::Table(_) => "row",
                    })
                    .collect()
            })
            .collect();
        assert_eq!(kinds.len(), 2, "{kinds:?}");
        assert_eq!(kinds[0][..2], ["text", "header"]);
        assert_eq!(kinds[0].len(), 10);
        assert_eq!(kinds[1][0], "header");
        assert_eq!(kinds[1][1..], ["row"; 7]);
        // No row is lost or drawn twice.
        let rows: usize = kinds.iter().flatten().filter(|k| **k == "row").count();
        assert_eq!(rows, 15);
    }
}
