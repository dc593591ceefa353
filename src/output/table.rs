//! Terminal tables fitted to the terminal's width without
//! ever splitting a cell: identifiers (keys, ids, e-mails, login ids) are
//! what an admin copies into the next command, so they are never cut;
//! free text is shortened with "…"; when that is not enough, the
//! rightmost columns that are not identifiers are left out first.

use std::io::IsTerminal;

/// Narrowest a shortened free-text column gets.
const MIN_TEXT: usize = 8;
/// Spaces between columns (the NOTHING preset pads each side by one).
const GAP: usize = 2;

/// Is this column something to copy (never shortened, dropped last)?
pub fn is_identifier(path: &str) -> bool {
    let last = path.rsplit('.').next().unwrap_or(path).to_ascii_lowercase();
    last == "key"
        || last == "id"
        || last.ends_with("key")
        || last.ends_with("id")
        || last.ends_with("ids")
        || last == "email"
        || last == "url"
        || last == "method"
}

/// A table's fixed layout: which columns, how wide, how to style the
/// header. Computed once from the first rows, so that a long list can then
/// stream row by row in bounded memory.
pub struct Layout {
    pub columns: Vec<(String, String)>,
    /// Indexes of the kept columns in the caller's column list.
    keep: Vec<usize>,
    widths: Vec<usize>,
    styled: bool,
}

impl Layout {
    /// Fit `columns` to the terminal from a sample of rows.
    pub fn new(columns: &[(String, String)], sample: &[Vec<String>]) -> Layout {
        let (kept, fitted) = fit(columns, sample.to_vec(), terminal_width().map(usize::from));
        let keep: Vec<usize> = kept
            .iter()
            .map(|k| columns.iter().position(|c| c == k).unwrap_or(0))
            .collect();
        let mut layout = Layout {
            columns: kept,
            keep,
            widths: Vec::new(),
            styled: colour_allowed(std::io::stdout().is_terminal()),
        };
        layout.widths = (0..layout.columns.len())
            .map(|i| {
                fitted
                    .iter()
                    .map(|r| width_of(&r[i]))
                    .chain(std::iter::once(width_of(&layout.columns[i].0)))
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        layout
    }

    /// The kept cells of a row, free text shortened to fit.
    fn cells(&self, row: Vec<String>) -> Vec<String> {
        let mut row = row;
        self.keep
            .iter()
            .enumerate()
            .map(|(n, i)| {
                let cell = std::mem::take(&mut row[*i]).replace(['\n', '\r'], " ");
                match self.widths.get(n) {
                    Some(w) if !is_identifier(&self.columns[n].1) => shorten(&cell, *w),
                    _ => cell,
                }
            })
            .collect()
    }

    fn line(&self, cells: &[String], bold: bool) -> String {
        let mut out = String::new();
        for (i, c) in cells.iter().enumerate() {
            let pad = self.widths[i].saturating_sub(width_of(c));
            out.push(' ');
            if bold {
                out.push_str(&format!("\x1b[1m{c}\x1b[0m"));
            } else {
                out.push_str(c);
            }
            out.push_str(&" ".repeat(pad + 1));
        }
        let mut out = out.trim_end().to_string();
        out.push('\n');
        out
    }

    pub fn header(&self) -> String {
        let heads: Vec<String> = self.columns.iter().map(|(h, _)| h.clone()).collect();
        self.line(&heads, self.styled)
    }

    pub fn row(&self, row: Vec<String>) -> String {
        self.line(&self.cells(row), false)
    }
}

/// A whole table at once.
pub fn render(columns: &[(String, String)], rows: Vec<Vec<String>>) -> String {
    let layout = Layout::new(columns, &rows);
    let mut text = layout.header();
    for r in rows {
        text.push_str(&layout.row(r));
    }
    text
}

/// Display width: wide characters count twice, escapes not at all.
fn width_of(s: &str) -> usize {
    console::measure_text_width(s)
}

/// Shorten free text to `max` characters, ending in "…".
pub fn shorten(s: &str, max: usize) -> String {
    if width_of(s) <= max {
        return s.to_string();
    }
    console::truncate_str(s, max, "…").into_owned()
}

/// Fit the table into `width`: shorten free text, then drop the rightmost
/// non-identifier columns; identifiers stay whole even if the line must
/// then run past the edge. Cells never contain a line break.
pub fn fit(
    columns: &[(String, String)],
    rows: Vec<Vec<String>>,
    width: Option<usize>,
) -> (Vec<(String, String)>, Vec<Vec<String>>) {
    let mut rows: Vec<Vec<String>> = rows
        .into_iter()
        .map(|r| {
            r.into_iter()
                .map(|c| c.replace(['\n', '\r'], " "))
                .collect()
        })
        .collect();
    let mut columns = columns.to_vec();
    let Some(width) = width else {
        return (columns, rows);
    };
    let natural = |columns: &[(String, String)], rows: &[Vec<String>]| -> Vec<usize> {
        (0..columns.len())
            .map(|i| {
                rows.iter()
                    .map(|r| width_of(&r[i]))
                    .chain(std::iter::once(width_of(&columns[i].0)))
                    .max()
                    .unwrap_or(0)
            })
            .collect()
    };
    loop {
        let widths = natural(&columns, &rows);
        let total: usize = widths.iter().sum::<usize>() + GAP * columns.len().saturating_sub(1);
        if total <= width {
            break;
        }
        let mut over = total - width;
        // Shorten free-text columns, widest first, down to MIN_TEXT.
        let mut text_cols: Vec<usize> = (0..columns.len())
            .filter(|i| !is_identifier(&columns[*i].1))
            .collect();
        text_cols.sort_by_key(|i| std::cmp::Reverse(widths[*i]));
        let mut caps = widths.clone();
        for i in &text_cols {
            let floor = MIN_TEXT.max(width_of(&columns[*i].0));
            let give = caps[*i].saturating_sub(floor).min(over);
            caps[*i] -= give;
            over -= give;
            if over == 0 {
                break;
            }
        }
        if over == 0 {
            for r in rows.iter_mut() {
                for i in &text_cols {
                    r[*i] = shorten(&r[*i], caps[*i]);
                }
            }
            break;
        }
        // Still too wide: leave out the rightmost column that is not an
        // identifier (never the first), and try again.
        let Some(drop) = (1..columns.len())
            .rev()
            .find(|i| !is_identifier(&columns[*i].1))
        else {
            break;
        };
        columns.remove(drop);
        for r in rows.iter_mut() {
            r.remove(drop);
        }
    }
    (columns, rows)
}

/// `COLUMNS` first (tests and scripts pin it), then the terminal itself;
/// none when stdout is not a terminal (a pipe gets whole lines).
fn terminal_width() -> Option<u16> {
    if let Some(w) = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()) {
        return Some(w);
    }
    if !std::io::stdout().is_terminal() {
        return None;
    }
    let (_, cols) = console::Term::stdout().size_checked()?;
    Some(cols)
}

/// Colour only on a terminal, and never under `NO_COLOR`.
pub fn colour_allowed(terminal: bool) -> bool {
    terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cols(c: &[(&str, &str)]) -> Vec<(String, String)> {
        c.iter()
            .map(|(h, p)| (h.to_string(), p.to_string()))
            .collect()
    }

    #[test]
    fn identifiers_stay_whole_text_shortens_then_columns_drop() {
        let columns = cols(&[
            ("KEY", "key"),
            ("EMAIL", "email"),
            ("NAME", "name"),
            ("STATUS", "status"),
        ]);
        let row = vec![
            "8587b37e-0b36-4cb2-8265-2a91c88c3590".to_string(),
            "pedro.henriques2@example.com".to_string(),
            "Pedro Henriques de Albuquerque".to_string(),
            "Active".to_string(),
        ];
        // Wide enough: untouched.
        let (c, r) = fit(&columns, vec![row.clone()], Some(200));
        assert_eq!((c.len(), &r[0]), (4, &row));
        // Narrower: the name is shortened, identifiers whole.
        let (c, r) = fit(&columns, vec![row.clone()], Some(90));
        assert_eq!(c.len(), 4);
        assert_eq!(r[0][0], row[0]);
        assert_eq!(r[0][1], row[1]);
        assert!(r[0][2].ends_with('…'), "{:?}", r[0]);
        // Narrow: text columns go, identifiers stay.
        let (c, r) = fit(&columns, vec![row.clone()], Some(60));
        assert_eq!(
            c.iter().map(|(h, _)| h.as_str()).collect::<Vec<_>>(),
            ["KEY", "EMAIL"]
        );
        assert_eq!(r[0], row[..2]);
    }
}
