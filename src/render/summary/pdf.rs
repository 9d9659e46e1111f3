//! The PDF writer: lays a `Summary` out on pages and returns the file's bytes. It adds no words of its
//! own (every word is in the model) and writes no file; saving and printing are `export`'s job.
//!
//! The only module that writes PDF (with pdf-writer, a plain object writer). Text is set in DejaVu
//! Sans, regular and bold (`assets/fonts/`, cut down to the Latin, Greek and Cyrillic letters and
//! common punctuation; their licence beside them). Glyph widths come from the fonts themselves
//! (skrifa); each font is embedded as a subset holding only the glyphs the summary uses (subsetter),
//! as a CID font with a ToUnicode map, so accented letters and Spanish text print, and copy out, as
//! written. Paragraphs are wrapped to the page; a section's heading stays with its first block; a
//! block (a charge, a notice) is kept on one page when it fits and otherwise broken only between lines
//! (where it can, not right after a heading or a result, nor inside a paragraph). Every page carries
//! "Page N of M". The document information holds the neutral title only: no author, subject,
//! keywords, creator, producer or dates, and no XMP metadata stream. The same summary always gives
//! the same bytes.

use std::collections::{BTreeMap, HashMap};
use std::io::Write as _;

use flate2::Compression;
use flate2::write::ZlibEncoder;
use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Content, Filter, Finish as _, Name, Pdf, Rect, Ref, Str, TextStr};
use skrifa::charmap::Charmap;
use skrifa::instance::{LocationRef, Size};
use skrifa::metrics::GlyphMetrics;
use skrifa::{FontRef, GlyphId, MetadataProvider as _};
use subsetter::GlyphRemapper;

use super::{BlockKind, Line, Style, Summary};

/// The fonts' files (built in: `crate::embedded`) and their PostScript names.
const REGULAR: (&str, &str) = ("DejaVuSans-Subset.ttf", "DejaVuSans");
const BOLD: (&str, &str) = ("DejaVuSans-Bold-Subset.ttf", "DejaVuSans-Bold");

/// Points per millimetre.
const PT_PER_MM: f32 = 72.0 / 25.4;
/// Page margins, in points.
const MARGIN: f32 = 54.0;
/// Room kept at the bottom of every page for the page number.
const FOOTER: f32 = 30.0;
/// Indentation per level, and the room a bullet takes.
const INDENT: f32 = 14.0;
const BULLET: f32 = 11.0;
const LINE_SPACING: f32 = 1.3;
/// Sizes, in points.
const TITLE_SIZE: f32 = 20.0;
const SECTION_SIZE: f32 = 14.0;
const HEADING_SIZE: f32 = 12.0;
const BODY_SIZE: f32 = 10.5;
const NOTE_SIZE: f32 = 9.0;
/// Grey for small print, as a greyscale fraction (0 is black).
const NOTE_GREY: f32 = 0.3;
/// Grey of the rule above each charge.
const RULE_GREY: f32 = 0.6;
/// zlib level for the page and font streams: level 4 is three times as fast as the best level for a
/// file a sixth larger (`cargo bench --bench summary`, 20 charges with the appendix, 70 pages: 30 ms
/// and 239 KB, against 104 ms and 203 KB).
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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Face {
    Regular,
    Bold,
}

/// A glyph of a font: its id in the font and its advance, in font units.
#[derive(Clone, Copy, Debug)]
struct Glyph {
    id: u16,
    advance: u16,
}

/// A font with its glyph widths, for measuring text, and the glyphs a document has used from it.
struct Metrics {
    bytes: &'static [u8],
    /// The font's PostScript name, as the PDF names it.
    name: &'static str,
    font: FontRef<'static>,
    charmap: Charmap<'static>,
    glyph_metrics: GlyphMetrics<'static>,
    /// Ascent, descent, cap height and bounds, for the PDF's font descriptor.
    metrics: skrifa::metrics::Metrics,
    units_per_em: f32,
    glyphs: HashMap<char, Option<Glyph>>,
    /// The glyphs shown so far, numbered as they will be in the embedded subset: 0 is .notdef, never
    /// shown; the others are numbered from 1 in the order they were first shown.
    used: GlyphRemapper,
    /// For each glyph shown, by its number in the subset: the character it stands for and its advance.
    shown: BTreeMap<u16, (char, u16)>,
}

impl Metrics {
    fn new((file, name): (&'static str, &'static str)) -> Result<Metrics, PdfError> {
        let bytes = crate::embedded::font(file).ok_or(PdfError::Font(file))?;
        let font = FontRef::new(bytes).map_err(|_| PdfError::Font(file))?;
        let metrics = font.metrics(Size::unscaled(), LocationRef::default());
        if metrics.units_per_em == 0 || font.charmap().map('a').is_none() {
            return Err(PdfError::Font(file));
        }
        Ok(Metrics {
            bytes,
            name,
            charmap: font.charmap(),
            glyph_metrics: font.glyph_metrics(Size::unscaled(), LocationRef::default()),
            font,
            units_per_em: f32::from(metrics.units_per_em),
            metrics,
            glyphs: HashMap::new(),
            used: GlyphRemapper::new(),
            shown: BTreeMap::new(),
        })
    }

    /// The glyph for a character, or `None` if the font has none.
    fn glyph(&mut self, c: char) -> Option<Glyph> {
        let (charmap, metrics) = (&self.charmap, &self.glyph_metrics);
        *self.glyphs.entry(c).or_insert_with(|| {
            let id = charmap.map(c).filter(|g| *g != GlyphId::NOTDEF)?;
            let id = u16::try_from(id.to_u32()).ok()?;
            let advance = metrics.advance_width(GlyphId::new(u32::from(id)))?;
            Some(Glyph {
                id,
                advance: advance.round().clamp(0.0, f32::from(u16::MAX)) as u16,
            })
        })
    }

    /// The advance of a character in font units, or `None` if the font has no glyph for it.
    fn advance(&mut self, c: char) -> Option<u16> {
        self.glyph(c).map(|g| g.advance)
    }

    fn width(&mut self, text: &str, size: f32) -> f32 {
        let units: u32 = text
            .chars()
            .map(|c| u32::from(self.advance(c).unwrap_or(0)))
            .sum();
        units as f32 * size / self.units_per_em
    }

    /// The text with every character the font cannot show replaced by "?", so nothing prints as an
    /// empty box or copies out as garbage.
    fn printable(&mut self, text: &str) -> String {
        text.chars()
            .map(|c| match c {
                '\t' | '\n' | '\r' => ' ',
                c if self.advance(c).is_some() => c,
                _ => '?',
            })
            .collect()
    }

    /// `text` as the two-byte glyph numbers of the embedded subset (characters the font lacks are
    /// left out: the layout has already replaced them), noting each glyph as used.
    fn encode(&mut self, text: &str) -> Vec<u8> {
        let mut out = Vec::with_capacity(text.len() * 2);
        for c in text.chars() {
            if let Some(glyph) = self.glyph(c) {
                let cid = self.used.remap(glyph.id);
                self.shown.entry(cid).or_insert((c, glyph.advance));
                out.extend_from_slice(&cid.to_be_bytes());
            }
        }
        out
    }

    /// A length in font units as PDF glyph space units (1000 to the em).
    fn to_pdf(&self, units: f32) -> f32 {
        units * 1000.0 / self.units_per_em
    }
}

struct Fonts {
    regular: Metrics,
    bold: Metrics,
}

impl Fonts {
    fn get(&mut self, face: Face) -> &mut Metrics {
        match face {
            Face::Regular => &mut self.regular,
            Face::Bold => &mut self.bold,
        }
    }
}

/// One line of type, placed horizontally; vertical placement comes with pagination.
#[derive(Clone, Debug)]
struct Row {
    face: Face,
    size: f32,
    grey: bool,
    x: f32,
    text: String,
    /// Space above the row (dropped at the top of a page).
    gap: f32,
    /// Draw a rule above the row (the start of a charge's block).
    rule: bool,
    /// A bullet drawn left of the text.
    bullet_x: Option<f32>,
    /// Not to end a page if it can be helped (headings, results, all but a paragraph's last line).
    keep_next: bool,
}

impl Row {
    fn height(&self) -> f32 {
        self.size * LINE_SPACING
    }
}

/// Rows that should stay on one page if they can.
type Group = Vec<Row>;

struct Layout {
    fonts: Fonts,
    page_w: f32,
}

impl Layout {
    fn left(&self) -> f32 {
        MARGIN
    }

    fn right(&self) -> f32 {
        self.page_w - MARGIN
    }

    /// Wrap `text` to fit between `x` and the right margin, one row per line.
    #[allow(clippy::too_many_arguments)]
    fn paragraph(
        &mut self,
        rows: &mut Vec<Row>,
        text: &str,
        face: Face,
        size: f32,
        grey: bool,
        x: f32,
        gap: f32,
        bullet_x: Option<f32>,
    ) {
        let width = (self.right() - x).max(size * 4.0);
        let metrics = self.fonts.get(face);
        let text = metrics.printable(text);
        let lines = wrap(metrics, &text, size, width);
        let last = lines.len().saturating_sub(1);
        for (i, line) in lines.into_iter().enumerate() {
            rows.push(Row {
                face,
                size,
                grey,
                x,
                text: line,
                gap: if i == 0 { gap } else { 0.0 },
                rule: false,
                bullet_x: if i == 0 { bullet_x } else { None },
                keep_next: face == Face::Bold || i < last,
            });
        }
    }

    fn line(&mut self, rows: &mut Vec<Row>, line: &Line, first: bool) {
        let (face, size, grey, gap) = match line.style {
            Style::Heading => (Face::Bold, HEADING_SIZE, false, 4.0),
            Style::Strong => (Face::Bold, BODY_SIZE, false, if first { 0.0 } else { 3.0 }),
            Style::Text => (Face::Regular, BODY_SIZE, false, 0.0),
            Style::Note => (Face::Regular, NOTE_SIZE, true, 0.0),
        };
        let mut x = self.left() + INDENT * f32::from(line.indent);
        let bullet_x = line.bullet.then_some(x);
        if line.bullet {
            x += BULLET;
        }
        self.paragraph(rows, &line.text, face, size, grey, x, gap, bullet_x);
    }

    /// The summary as groups of rows, in order.
    fn groups(&mut self, summary: &Summary) -> Vec<Group> {
        let mut groups = Vec::new();
        let mut top = Vec::new();
        let x = self.left();
        self.paragraph(
            &mut top,
            &summary.title,
            Face::Bold,
            TITLE_SIZE,
            false,
            x,
            0.0,
            None,
        );
        for line in &summary.header {
            self.paragraph(
                &mut top,
                line,
                Face::Regular,
                BODY_SIZE,
                false,
                x,
                0.0,
                None,
            );
        }
        groups.push(top);
        for section in &summary.sections {
            let mut heading = Vec::new();
            self.paragraph(
                &mut heading,
                &section.heading,
                Face::Bold,
                SECTION_SIZE,
                false,
                x,
                SECTION_SIZE,
                None,
            );
            for (i, block) in section.blocks.iter().enumerate() {
                let mut rows = Vec::new();
                for (j, line) in block.lines.iter().enumerate() {
                    self.line(&mut rows, line, j == 0);
                }
                if let Some(table) = &block.table {
                    // One paragraph per row, the cells in column order.
                    let header = Line::new(Style::Strong, 0, table.columns.join(" | "));
                    let first = rows.is_empty();
                    self.line(&mut rows, &header, first);
                    for cells in &table.rows {
                        let text: Vec<String> = cells
                            .iter()
                            .map(|cell| {
                                let words: Vec<&str> =
                                    cell.iter().map(|l| l.text.as_str()).collect();
                                words.join(" / ")
                            })
                            .collect();
                        self.line(
                            &mut rows,
                            &Line::new(Style::Text, 0, text.join(" | ")),
                            false,
                        );
                    }
                }
                if let Some(first) = rows.first_mut() {
                    first.gap += if i == 0 { 4.0 } else { 8.0 };
                    first.rule = block.kind == BlockKind::Charge;
                    if first.rule {
                        first.gap += 6.0;
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
fn wrap(metrics: &mut Metrics, text: &str, size: f32, width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut current = String::new();
    let mut current_w = 0.0;
    let space = metrics.width(" ", size);
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let w = metrics.width(word, size);
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
            let cw = metrics.width(c.encode_utf8(&mut [0; 4]), size);
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
        let gap = if self.y == 0.0 { 0.0 } else { row.gap };
        let top = MARGIN + self.y + gap;
        self.y += gap + row.height();
        self.current().push(Placed { row, top });
    }
}

/// Put groups on pages: a group that fits stays together on one page; one taller than a page breaks
/// between rows, where possible not right after a heading, a result or inside a paragraph.
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
        if pages.y > 0.0 && pages.y + here > pages.usable && alone <= pages.usable {
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

/// Text and drawing operations for one page, with the font and colour set only when they change.
struct TextWriter {
    content: Content,
    font: Option<(Face, f32)>,
    grey: Option<bool>,
}

/// The page resource names of the two faces.
fn resource_name(face: Face) -> Name<'static> {
    match face {
        Face::Regular => Name(b"F0"),
        Face::Bold => Name(b"F1"),
    }
}

impl TextWriter {
    fn style(&mut self, face: Face, size: f32, grey_text: bool) {
        if self.grey != Some(grey_text) {
            self.content
                .set_fill_gray(if grey_text { NOTE_GREY } else { 0.0 });
            self.grey = Some(grey_text);
        }
        if self.font != Some((face, size)) {
            self.content.set_font(resource_name(face), size);
            self.font = Some((face, size));
        }
    }

    /// Show `text` with its baseline starting at (`x`, `baseline`) from the page's lower left corner,
    /// in a text object of its own: text extractors read the end of a text object as the end of a
    /// line, so wrapped lines do not run together when copied out. The font and colour (set by
    /// `style`) carry over from one text object to the next.
    fn show(&mut self, fonts: &mut Fonts, x: f32, baseline: f32, text: &str) {
        let face = self.font.map_or(Face::Regular, |(face, _)| face);
        let glyphs = fonts.get(face).encode(text);
        self.content.begin_text();
        self.content
            .set_text_matrix([1.0, 0.0, 0.0, 1.0, x, baseline]);
        self.content.show(Str(&glyphs));
        self.content.end_text();
    }
}

/// `data` compressed with zlib, as a FlateDecode stream holds it.
fn deflate(data: &[u8]) -> Result<Vec<u8>, PdfError> {
    let mut encoder = ZlibEncoder::new(Vec::new(), Compression::new(ZLIB_LEVEL));
    encoder
        .write_all(data)
        .and_then(|()| encoder.finish())
        .map_err(|e| PdfError::Write(e.to_string()))
}

/// The ids of one embedded font's objects.
struct FontRefs {
    type0: Ref,
    cid: Ref,
    descriptor: Ref,
    file: Ref,
    to_unicode: Ref,
}

/// Writes a face as a Type 0 font over a CID font (glyph numbers of its subset as CIDs), with the
/// subset font program, its widths and the map back to Unicode. `tag` is the six capital letters
/// before the name that mark a subset.
fn write_font(pdf: &mut Pdf, ids: &FontRefs, metrics: &Metrics, tag: &str) -> Result<(), PdfError> {
    let subset = subsetter::subset(metrics.bytes, 0, &metrics.used)
        .map_err(|e| PdfError::Subset(metrics.name, e.to_string()))?;
    let base_font = format!("{tag}+{}", metrics.name);
    let system_info = SystemInfo {
        registry: Str(b"Adobe"),
        ordering: Str(b"Identity"),
        supplement: 0,
    };

    pdf.type0_font(ids.type0)
        .base_font(Name(base_font.as_bytes()))
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(ids.cid)
        .to_unicode(ids.to_unicode);

    // Widths of the subset's glyphs, in its order: .notdef (0), then those shown (1, 2, ...).
    let widths = std::iter::once(0.0).chain(
        metrics
            .shown
            .values()
            .map(|&(_, advance)| metrics.to_pdf(f32::from(advance))),
    );
    let mut cid = pdf.cid_font(ids.cid);
    cid.subtype(CidFontType::Type2)
        .base_font(Name(base_font.as_bytes()))
        .system_info(system_info)
        .font_descriptor(ids.descriptor)
        .cid_to_gid_map_predefined(Name(b"Identity"));
    cid.widths().consecutive(0, widths);
    cid.finish();

    let m = &metrics.metrics;
    let bbox = m
        .bounds
        .map_or(Rect::new(0.0, m.descent, 1000.0, m.ascent), |b| {
            Rect::new(b.x_min, b.y_min, b.x_max, b.y_max)
        });
    let weight = metrics.font.attributes().weight.value();
    pdf.font_descriptor(ids.descriptor)
        .name(Name(base_font.as_bytes()))
        .flags(FontFlags::NON_SYMBOLIC)
        .bbox(Rect::new(
            metrics.to_pdf(bbox.x1),
            metrics.to_pdf(bbox.y1),
            metrics.to_pdf(bbox.x2),
            metrics.to_pdf(bbox.y2),
        ))
        .italic_angle(0.0)
        .ascent(metrics.to_pdf(m.ascent))
        .descent(metrics.to_pdf(m.descent))
        .cap_height(metrics.to_pdf(m.cap_height.unwrap_or(m.ascent)))
        // No stem width is recorded in a TrueType font; this is the usual estimate from the weight.
        .stem_v(10.0 + 0.244 * (weight - 50.0).max(0.0))
        .font_file2(ids.file);

    let packed = deflate(&subset)?;
    pdf.stream(ids.file, &packed)
        .filter(Filter::FlateDecode)
        .pair(
            Name(b"Length1"),
            i32::try_from(subset.len()).unwrap_or(i32::MAX),
        );

    let mut cmap = UnicodeCmap::new(Name(b"Adobe-Identity-UCS"), system_info);
    for (&cid, &(c, _)) in &metrics.shown {
        cmap.pair(cid, c);
    }
    let cmap = cmap.finish();
    pdf.stream(ids.to_unicode, cmap.as_slice());
    Ok(())
}

/// The summary as a PDF file's bytes.
pub fn pdf_bytes(summary: &Summary) -> Result<Vec<u8>, PdfError> {
    let (w_mm, h_mm) = summary.paper.size_mm();
    let page_w = w_mm * PT_PER_MM;
    let page_h = h_mm * PT_PER_MM;
    let mut layout = Layout {
        fonts: Fonts {
            regular: Metrics::new(REGULAR)?,
            bold: Metrics::new(BOLD)?,
        },
        page_w,
    };
    let groups = layout.groups(summary);
    // The footer's lines take room at the foot of every page.
    let footer_h = summary.footer.len() as f32 * NOTE_SIZE * LINE_SPACING;
    let pages = paginate(groups, page_h - footer_h);
    let total = pages.len();

    let mut next = Ref::new(1);
    let mut new_ref = || next.bump();
    let catalog = new_ref();
    let page_tree = new_ref();
    let info = new_ref();
    let fonts = [Face::Regular, Face::Bold].map(|_| FontRefs {
        type0: new_ref(),
        cid: new_ref(),
        descriptor: new_ref(),
        file: new_ref(),
        to_unicode: new_ref(),
    });
    let page_ids: Vec<(Ref, Ref)> = (0..total).map(|_| (new_ref(), new_ref())).collect();

    let mut pdf = Pdf::new();
    pdf.catalog(catalog).pages(page_tree);
    pdf.pages(page_tree)
        .kids(page_ids.iter().map(|(page, _)| *page))
        .count(i32::try_from(total).unwrap_or(i32::MAX));
    pdf.document_info(info).title(TextStr(&summary.title));

    for (n, (placed, (page_id, content_id))) in pages.into_iter().zip(&page_ids).enumerate() {
        let mut content = Content::new();
        // Rules, then the text: each line placed absolutely.
        let rules: Vec<f32> = placed
            .iter()
            .filter(|p| p.row.rule)
            // In the gap above the row (the gap is dropped at a page's top; the margin is there).
            .map(|p| page_h - p.top + 5.0)
            .collect();
        if !rules.is_empty() {
            content.set_stroke_gray(RULE_GREY);
            content.set_line_width(0.75);
        }
        for y in rules {
            content.move_to(layout.left(), y);
            content.line_to(layout.right(), y);
            content.stroke();
        }
        let mut text = TextWriter {
            content,
            font: None,
            grey: None,
        };
        for p in &placed {
            let row = &p.row;
            // A baseline about one size below the row's top, as the font's ascent is.
            let baseline = page_h - p.top - row.size;
            text.style(row.face, row.size, row.grey);
            if let Some(bx) = row.bullet_x {
                text.show(&mut layout.fonts, bx, baseline, "•");
            }
            text.show(&mut layout.fonts, row.x, baseline, &row.text);
        }
        let left = layout.left();
        for (i, line) in summary.footer.iter().rev().enumerate() {
            let line = layout.fonts.regular.printable(line);
            text.style(Face::Regular, NOTE_SIZE, true);
            text.show(
                &mut layout.fonts,
                left,
                MARGIN * 0.75 + (i as f32 + 1.0) * NOTE_SIZE * LINE_SPACING,
                &line,
            );
        }
        let label = summary.page_label(n + 1, total);
        let label = layout.fonts.regular.printable(&label);
        let label_w = layout.fonts.regular.width(&label, NOTE_SIZE);
        text.style(Face::Regular, NOTE_SIZE, true);
        text.show(
            &mut layout.fonts,
            (page_w - label_w) / 2.0,
            MARGIN * 0.75,
            &label,
        );

        let mut page = pdf.page(*page_id);
        page.media_box(Rect::new(0.0, 0.0, page_w, page_h))
            .parent(page_tree)
            .contents(*content_id);
        page.resources()
            .fonts()
            .pair(resource_name(Face::Regular), fonts[0].type0)
            .pair(resource_name(Face::Bold), fonts[1].type0);
        page.finish();
        let packed = deflate(&text.content.finish())?;
        pdf.stream(*content_id, &packed).filter(Filter::FlateDecode);
    }

    write_font(&mut pdf, &fonts[0], &layout.fonts.regular, "CPAAAA")?;
    write_font(&mut pdf, &fonts[1], &layout.fonts.bold, "CPAAAB")?;
    Ok(pdf.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn regular() -> Metrics {
        Metrics::new(REGULAR).expect("font")
    }

    #[test]
    fn wrapped_lines_fit_and_keep_every_word() {
        let mut m = regular();
        let text = "You can ask to seal a misdemeanor record by mail 3 years after the case and any custody end.";
        let lines = wrap(&mut m, text, BODY_SIZE, 150.0);
        assert!(lines.len() > 2, "{lines:?}");
        for l in &lines {
            assert!(m.width(l, BODY_SIZE) <= 150.0, "{l}");
        }
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn a_word_wider_than_the_line_is_split() {
        let mut m = regular();
        let lines = wrap(&mut m, &"x".repeat(200), BODY_SIZE, 100.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.concat(), "x".repeat(200));
    }

    #[test]
    fn characters_the_font_lacks_become_question_marks() {
        let mut m = regular();
        assert_eq!(m.printable("Núñez 名"), "Núñez ?");
    }

    #[test]
    fn a_block_that_fits_moves_whole_to_the_next_page() {
        let row = |gap| Row {
            face: Face::Regular,
            size: 10.0,
            grey: false,
            x: 0.0,
            text: "x".into(),
            gap,
            rule: false,
            bullet_x: None,
            keep_next: false,
        };
        let page_h = 2.0 * MARGIN + FOOTER + 130.0; // room for 10 rows of 13 points
        let groups = vec![vec![row(0.0); 7], vec![row(0.0); 5]];
        let pages = paginate(groups, page_h);
        assert_eq!(pages.iter().map(Vec::len).collect::<Vec<_>>(), [7, 5]);
        // A group taller than a page breaks between rows only.
        let pages = paginate(vec![vec![row(0.0); 25]], page_h);
        assert_eq!(pages.iter().map(Vec::len).collect::<Vec<_>>(), [10, 10, 5]);
    }
}
