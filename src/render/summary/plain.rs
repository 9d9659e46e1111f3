//! The summary's lines as plain text: for golden tests and for an on-screen preview. Lines are not wrapped (the
//! reader's window wraps them); indentation is two spaces a level and list items start with "- ".

use std::fmt::Write as _;

use super::{Style, Summary};

/// The whole summary as plain text.
pub fn plain_text(summary: &Summary) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", summary.title);
    let _ = writeln!(out, "{}", "=".repeat(summary.title.chars().count()));
    for line in &summary.header {
        let _ = writeln!(out, "{line}");
    }
    for section in &summary.sections {
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", section.heading);
        let _ = writeln!(out, "{}", "-".repeat(section.heading.chars().count()));
        for (i, block) in section.blocks.iter().enumerate() {
            if i > 0 {
                let _ = writeln!(out);
            }
            for line in &block.lines {
                let indent = "  ".repeat(usize::from(line.indent));
                let bullet = if line.bullet { "- " } else { "" };
                let mark = match line.style {
                    Style::Heading => "# ",
                    Style::Strong | Style::Text | Style::Note => "",
                };
                let _ = writeln!(out, "{indent}{bullet}{mark}{}", line.text);
            }
            if let Some(table) = &block.table {
                let _ = writeln!(out, "| {} |", table.columns.join(" | "));
                for row in &table.rows {
                    let cells: Vec<String> = row
                        .iter()
                        .map(|cell| {
                            let words: Vec<&str> = cell.iter().map(|l| l.text.as_str()).collect();
                            words.join(" / ")
                        })
                        .collect();
                    let _ = writeln!(out, "| {} |", cells.join(" | "));
                }
            }
        }
    }
    for line in &summary.footer {
        let _ = writeln!(out);
        let _ = writeln!(out, "{line}");
    }
    out
}
