//! The PDF writer: lays a `Summary` out on pages and returns the file's bytes. It adds no words of its
//! own (every word is in the model) and writes no file; saving and printing are `export`'s job.
//!
//! The only module that imports printpdf. Text is set in DejaVu Sans (regular and bold, shipped in
//! `assets/fonts/` with their licence), embedded as subsets holding only the glyphs used, so accented
//! letters and Spanish text print and copy correctly. Paragraphs are wrapped to the page; a section's
//! heading stays with its first block; a block (a charge, a notice) is kept on one page when it fits and
//! otherwise broken only between lines (where it can, not right after a heading or a result, nor inside a
//! paragraph). Every page carries "Page N of M". The document information holds the neutral title only:
//! no author, subject, keywords, creator, producer or dates, and no XMP metadata stream.

use std::collections::HashMap;
use std::io::Write as _;

use flate2::Compression;
use flate2::write::ZlibEncoder;

use printpdf::{
    Color, Greyscale, Line as PdfLine, LinePoint, Mm, Op, ParsedFont, PdfDocument, PdfFontHandle,
    PdfPage, PdfSaveOptions, Point, Pt, TextItem, TextMatrix,
};

use super::{BlockKind, Line, Style, Summary};

const REGULAR_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
const BOLD_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

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

/// The PDF could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("the built-in font {0} could not be read")]
    Font(&'static str),
    #[error("the PDF could not be written: {0}")]
    Write(String),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Face {
    Regular,
    Bold,
}

/// A font with its glyph widths, for measuring text.
struct Metrics {
    font: ParsedFont,
    units_per_em: f32,
    widths: HashMap<char, Option<u16>>,
}

impl Metrics {
    fn new(bytes: &[u8], name: &'static str) -> Result<Metrics, PdfError> {
        let font = ParsedFont::from_bytes(bytes, 0, &mut Vec::new()).ok_or(PdfError::Font(name))?;
        let units_per_em = f32::from(font.pdf_font_metrics.units_per_em.max(1));
        Ok(Metrics {
            font,
            units_per_em,
            widths: HashMap::new(),
        })
    }

    /// The advance of a character in font units, or `None` if the font has no glyph for it.
    fn advance(&mut self, c: char) -> Option<u16> {
        let font = &self.font;
        *self.widths.entry(c).or_insert_with(|| {
            font.lookup_glyph_index(u32::from(c))
                .filter(|g| *g != 0)
                .map(|g| font.get_horizontal_advance(g))
        })
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

/// Text operations for one page's text object, with the font and colour set only when they change.
struct TextWriter<'a> {
    ops: Vec<Op>,
    ids: &'a [printpdf::FontId; 2],
    font: Option<(Face, f32)>,
    grey: Option<bool>,
}

impl TextWriter<'_> {
    fn style(&mut self, face: Face, size: f32, grey_text: bool) {
        if self.grey != Some(grey_text) {
            self.ops.push(Op::SetFillColor {
                col: grey(if grey_text { NOTE_GREY } else { 0.0 }),
            });
            self.grey = Some(grey_text);
        }
        if self.font != Some((face, size)) {
            let id = match face {
                Face::Regular => self.ids[0].clone(),
                Face::Bold => self.ids[1].clone(),
            };
            self.ops.push(Op::SetFont {
                font: PdfFontHandle::External(id),
                size: Pt(size),
            });
            self.font = Some((face, size));
        }
    }

    /// Show `text` with its baseline starting at (`x`, `baseline`) from the page's lower left corner,
    /// in a text object of its own: text extractors read the end of a text object as the end of a
    /// line, so wrapped lines do not run together when copied out.
    fn show(&mut self, x: f32, baseline: f32, text: &str) {
        self.ops.push(Op::StartTextSection);
        self.ops.push(Op::SetTextMatrix {
            matrix: TextMatrix::Translate(Pt(x), Pt(baseline)),
        });
        self.ops.push(Op::ShowText {
            items: vec![TextItem::Text(text.to_string())],
        });
        self.ops.push(Op::EndTextSection);
    }
}

fn grey(level: f32) -> Color {
    Color::Greyscale(Greyscale {
        percent: level,
        icc_profile: None,
    })
}

/// The summary as a PDF file's bytes.
pub fn pdf_bytes(summary: &Summary) -> Result<Vec<u8>, PdfError> {
    let (w_mm, h_mm) = summary.paper.size_mm();
    let page_w = Pt::from(Mm(w_mm)).0;
    let page_h = Pt::from(Mm(h_mm)).0;
    let mut layout = Layout {
        fonts: Fonts {
            regular: Metrics::new(REGULAR_TTF, "DejaVuSans.ttf")?,
            bold: Metrics::new(BOLD_TTF, "DejaVuSans-Bold.ttf")?,
        },
        page_w,
    };
    let groups = layout.groups(summary);
    let pages = paginate(groups, page_h);

    let mut doc = PdfDocument::new(&summary.title);
    let ids = [
        doc.add_font(&layout.fonts.regular.font),
        doc.add_font(&layout.fonts.bold.font),
    ];
    let total = pages.len();
    let mut pdf_pages = Vec::with_capacity(total);
    for (n, placed) in pages.into_iter().enumerate() {
        let mut ops = Vec::new();
        // Rules, then the text: each line placed absolutely, the font and colour set only when they
        // change (both persist from one text object to the next).
        let rules: Vec<f32> = placed
            .iter()
            .filter(|p| p.row.rule)
            // In the gap above the row (the gap is dropped at a page's top; the margin is there).
            .map(|p| page_h - p.top + 5.0)
            .collect();
        if !rules.is_empty() {
            ops.push(Op::SetOutlineColor { col: grey(0.6) });
            ops.push(Op::SetOutlineThickness { pt: Pt(0.75) });
        }
        for y in rules {
            let at = |x: f32| LinePoint {
                p: Point { x: Pt(x), y: Pt(y) },
                bezier: false,
            };
            ops.push(Op::DrawLine {
                line: PdfLine {
                    points: vec![at(layout.left()), at(layout.right())],
                    is_closed: false,
                },
            });
        }
        let mut text = TextWriter {
            ops,
            ids: &ids,
            font: None,
            grey: None,
        };
        for p in &placed {
            let row = &p.row;
            // A baseline about one size below the row's top, as the font's ascent is.
            let baseline = page_h - p.top - row.size;
            text.style(row.face, row.size, row.grey);
            if let Some(bx) = row.bullet_x {
                text.show(bx, baseline, "•");
            }
            text.show(row.x, baseline, &row.text);
        }
        let label = summary.page_label(n + 1, total);
        let label = layout.fonts.regular.printable(&label);
        let label_w = layout.fonts.regular.width(&label, NOTE_SIZE);
        text.style(Face::Regular, NOTE_SIZE, true);
        text.show((page_w - label_w) / 2.0, MARGIN * 0.75, &label);
        let ops = text.ops;
        pdf_pages.push(PdfPage::new(Mm(w_mm), Mm(h_mm), ops));
    }
    doc.with_pages(pdf_pages);
    let mut warnings = Vec::new();
    // printpdf's own `save`, with one step more: the document information keeps the title only (no
    // empty author or producer, no 1970 dates, no claim of PDF/X conformance).
    let options = PdfSaveOptions::default();
    let mut file = doc.to_lopdf_document(&options, &mut warnings);
    if let Some(info) = file
        .trailer
        .get(b"Info")
        .ok()
        .and_then(|o| o.as_reference().ok())
        && let Ok(dict) = file.get_dictionary_mut(info)
    {
        let keys: Vec<Vec<u8>> = dict
            .iter()
            .map(|(k, _)| k.clone())
            .filter(|k| k.as_slice() != b"Title")
            .collect();
        for k in keys {
            dict.remove(&k);
        }
    }
    // Compress every stream at level 4: lopdf's own `compress` uses the best level, which takes
    // several times as long (a 20-charge summary: 90 ms against 55 ms) for a file 10% smaller.
    for object in file.objects.values_mut() {
        if let Ok(stream) = object.as_stream_mut()
            && stream.dict.get(b"Filter").is_err()
        {
            let mut encoder = ZlibEncoder::new(Vec::new(), Compression::new(4));
            let packed = encoder
                .write_all(&stream.content)
                .and_then(|()| encoder.finish())
                .map_err(|e| PdfError::Write(e.to_string()))?;
            if packed.len() + 19 < stream.content.len() {
                stream.dict.set("Filter", "FlateDecode");
                stream.set_content(packed);
            }
        }
    }
    let mut bytes = Vec::new();
    file.save_to(&mut bytes)
        .map_err(|e| PdfError::Write(e.to_string()))?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn regular() -> Metrics {
        Metrics::new(REGULAR_TTF, "DejaVuSans.ttf").expect("font")
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
