//! Terminal tables (comfy-table), fitted to the terminal's width.

use std::io::IsTerminal;

use comfy_table::{Attribute, Cell, ContentArrangement, Table, presets};

pub fn render(columns: &[(String, String)], rows: Vec<Vec<String>>) -> String {
    let mut table = Table::new();
    let styled = colour_allowed(std::io::stdout().is_terminal());
    table
        .load_style(presets::NOTHING)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(columns.iter().map(|(h, _)| {
            let cell = Cell::new(h);
            if styled {
                cell.add_attribute(Attribute::Bold)
            } else {
                cell
            }
        }));
    if !styled {
        table.force_no_tty();
    }
    if let Some(width) = terminal_width() {
        table.set_width(width);
    }
    for row in rows {
        table.add_row(row);
    }
    let mut text = table.trim_fmt();
    text.push('\n');
    text
}

/// `COLUMNS` first (tests and scripts pin it), then the terminal itself.
fn terminal_width() -> Option<u16> {
    if let Some(w) = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()) {
        return Some(w);
    }
    comfy_table::Table::new().width()
}

/// Colour only on a terminal, and never under `NO_COLOR`.
pub fn colour_allowed(terminal: bool) -> bool {
    terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}
