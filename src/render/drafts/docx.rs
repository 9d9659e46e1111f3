//! A draft as a Word document (Office Open XML), written with docx-rs from the same model as its
//! PDF: the title and headings as Word headings (so an editor's outline and a screen reader find
//! them), the lines as paragraphs with their weight and indentation, list items as a bulleted list,
//! and the draft's label in the footer of every page.
//!
//! The document's properties are neutral: the title "Draft", no author, no last editor and no dates
//! (docProps/core.xml is written here, not by docx-rs, which would put "unknown" and 1970 dates),
//! and the same draft gives the same bytes (docx-rs numbers paragraphs afresh for each document, and
//! its zip entries carry no time).

use std::io::Cursor;

use docx_rs::{
    AbstractNumbering, Docx, Footer, IndentLevel, Level, LevelJc, LevelText, NumberFormat,
    Numbering, NumberingId, PageMargin, Paragraph, Run, RunFonts, SpecialIndentType, Start,
    StyleType,
};

use super::DraftError;
use crate::render::summary::{Line, Paper, Style, Summary};

/// The bullet list's numbering id (docx-rs's own decimal list is number 1).
const BULLETS: usize = 2;
/// One level of indentation, in twentieths of a point (a quarter inch).
const INDENT: i32 = 360;
/// Half-points, as Word counts type sizes.
const BODY: usize = 22;
const NOTE: usize = 18;

/// The document properties: a neutral title and nothing else (no author, editor or dates).
const CORE: &str = include_str!("core.xml");

/// The Word document of a draft.
pub fn docx_bytes(draft: &Summary) -> Result<Vec<u8>, DraftError> {
    let (width, height) = match draft.paper {
        Paper::Letter => (12240, 15840),
        Paper::A4 => (11906, 16838),
    };
    let mut footer = Footer::new();
    for line in &draft.footer {
        footer = footer
            .add_paragraph(Paragraph::new().add_run(Run::new().add_text(line).size(NOTE).italic()));
    }
    let mut doc = Docx::new()
        .page_size(width, height)
        .page_margin(
            PageMargin::new()
                .top(1440)
                .bottom(1440)
                .left(1440)
                .right(1440),
        )
        .default_fonts(RunFonts::new().ascii("DejaVu Sans").hi_ansi("DejaVu Sans"))
        .default_size(BODY)
        .add_style(heading_style("Title", "Title", 36))
        .add_style(heading_style("Heading1", "heading 1", 28).outline_lvl(0))
        .add_style(heading_style("Heading2", "heading 2", 24).outline_lvl(1))
        .add_abstract_numbering(
            AbstractNumbering::new(BULLETS).add_level(
                Level::new(
                    0,
                    Start::new(1),
                    NumberFormat::new("bullet"),
                    LevelText::new("•"),
                    LevelJc::new("left"),
                )
                .indent(
                    Some(INDENT),
                    Some(SpecialIndentType::Hanging(INDENT)),
                    None,
                    None,
                ),
            ),
        )
        .add_numbering(Numbering::new(BULLETS, BULLETS))
        .footer(footer)
        .add_paragraph(
            Paragraph::new()
                .style("Title")
                .add_run(Run::new().add_text(&draft.title)),
        );
    for line in &draft.header {
        doc = doc.add_paragraph(Paragraph::new().add_run(Run::new().add_text(line)));
    }
    for section in &draft.sections {
        doc = doc.add_paragraph(
            Paragraph::new()
                .style("Heading1")
                .keep_next(true)
                .add_run(Run::new().add_text(&section.heading)),
        );
        for block in &section.blocks {
            for line in &block.lines {
                doc = doc.add_paragraph(paragraph(line));
            }
        }
    }
    let mut xml = doc.build();
    xml.doc_props.core = CORE.as_bytes().to_vec();
    let mut out = Cursor::new(Vec::new());
    xml.pack(&mut out)
        .map_err(|e| DraftError::Docx(e.to_string()))?;
    Ok(out.into_inner())
}

fn heading_style(id: &str, name: &str, size: usize) -> docx_rs::Style {
    docx_rs::Style::new(id, StyleType::Paragraph)
        .name(name)
        .bold()
        .size(size)
}

fn paragraph(line: &Line) -> Paragraph {
    let mut run = Run::new().add_text(&line.text);
    run = match line.style {
        Style::Heading => run.bold().size(24),
        Style::Strong => run.bold(),
        Style::Text => run,
        Style::Note => run.size(NOTE).italic(),
    };
    let indent = i32::from(line.indent) * INDENT;
    let p = Paragraph::new().add_run(run);
    if line.bullet {
        p.numbering(NumberingId::new(BULLETS), IndentLevel::new(0))
            .indent(
                Some(indent + INDENT),
                Some(SpecialIndentType::Hanging(INDENT)),
                None,
                None,
            )
    } else if indent > 0 {
        p.indent(Some(indent), None, None, None)
    } else {
        p
    }
}
