//! Terminal tables, rendered by comfy-table, with iamctl's fitting policy
//! on top. No line is wider than the terminal (or `COLUMNS`), whatever the
//! width and the data:
//!
//! 1. every column at its content's width, if that fits;
//! 2. else keys and ids are hidden (rightmost first; `Hidden`);
//! 3. else free text (`ColumnKind::Text`) is shortened with "…" (a
//!    comfy-table `Absolute` width with `Row::max_height(1)` and the
//!    truncation indicator), down to a floor, then hidden, rightmost
//!    first;
//! 4. else names are shortened, then hidden, the rightmost first;
//! 5. e-mails, URLs and methods (`ColumnKind::Whole`) are never shortened
//!    nor hidden: identifiers (keys, e-mails) get comfy-table's
//!    `ContentWidth`. Only when such a column alone is wider than the
//!    terminal does comfy-table wrap it inside its cell, never cut.
//!
//! `--wide` shows every column at its content's width, whatever the
//! terminal. Where the kinds come from: `views::column_kind`.
//!
//! comfy-table renders a whole table at once, so a long list is rendered in
//! chunks: the first `FIRST_CHUNK` rows fix the columns and their widths,
//! each later chunk is a new comfy-table `Table` with those widths
//! (`Absolute`) and no header. A later identifier longer than the first
//! chunk's takes its room from the free-text columns of its chunk.
//!
//! What comfy-table does not do, done here: it measures nothing about the
//! terminal (the `tty` feature is off: `COLUMNS`, then the terminal through
//! `console`), it has no notion of which column matters (the policy above),
//! and the bold header is written around the rendered line (its styling
//! needs the `tty` feature and crossterm).
//!
//! Every cell is made safe for a terminal first (`visible`): line breaks
//! and tabs become spaces, other control characters are shown as `\u001b`.

use std::io::IsTerminal;

use comfy_table::{ColumnConstraint, ContentArrangement, Row, Table, Width, presets};

use crate::views::{ColumnKind, column_kind};

/// Narrowest a shortened free-text column gets.
const MIN_TEXT: usize = 8;
/// Narrowest a shortened name gets.
const MIN_NAME: usize = 12;
/// Rows that fix a long table's layout.
pub const FIRST_CHUNK: usize = 200;
/// Rows rendered at once after the first chunk.
pub const CHUNK: usize = 50;

/// A table's layout: which columns show, how wide. Fixed by the first chunk
/// of rows; every later chunk is rendered with it.
pub struct Layout {
    headers: Vec<String>,
    kinds: Vec<ColumnKind>,
    /// Per column: its content width, or None when hidden.
    widths: Vec<Option<usize>>,
    /// The terminal's width (None: a pipe, or `--wide`).
    limit: Option<usize>,
    styled: bool,
    header_done: bool,
}

impl Layout {
    /// Fit `columns` (header, path) to the terminal from the first rows.
    pub fn new(columns: &[(String, String)], first: &[Vec<String>], wide: bool) -> Layout {
        let limit = if wide {
            None
        } else {
            terminal_width().map(usize::from)
        };
        Layout::with_width(columns, first, limit)
    }

    fn with_width(
        columns: &[(String, String)],
        first: &[Vec<String>],
        limit: Option<usize>,
    ) -> Layout {
        let headers: Vec<String> = columns.iter().map(|(h, _)| h.clone()).collect();
        let kinds: Vec<ColumnKind> = columns.iter().map(|(_, p)| column_kind(p)).collect();
        // Measured as shown (control characters escaped), not as sent.
        let first: Vec<Vec<String>> = first
            .iter()
            .map(|r| r.iter().map(|c| visible(c)).collect())
            .collect();
        let widths = fit(&headers, &kinds, &first, limit);
        Layout {
            headers,
            kinds,
            widths,
            limit,
            styled: colour_allowed(std::io::stdout().is_terminal()),
            header_done: false,
        }
    }

    /// The lines of `rows` (and of the header, the first time).
    pub fn render(&mut self, rows: Vec<Vec<String>>) -> String {
        let rows: Vec<Vec<String>> = rows
            .into_iter()
            .map(|r| r.iter().map(|c| visible(c)).collect())
            .collect();
        let widths = self.widths_for(&rows);
        let mut table = Table::new();
        table
            .load_style(presets::NOTHING)
            .set_content_arrangement(ContentArrangement::Disabled)
            .set_truncation_indicator("…")
            // Cut free text where the width ends, not at a word.
            .set_delimiter('\0');
        let header = !self.header_done;
        if header {
            table.set_header(self.headers.clone());
            self.header_done = true;
        }
        // A column whose content is wider than the whole terminal wraps in
        // its cell; else every row is one line.
        let one_line = !self.wraps(&widths, &rows);
        let row_count = rows.len();
        for r in rows {
            let mut row = Row::from(r);
            if one_line {
                row.max_height(1);
            }
            table.add_row(row);
        }
        if !header && row_count == 0 {
            return String::new();
        }
        let constraints: Vec<ColumnConstraint> = widths
            .iter()
            .map(|w| match w {
                None => ColumnConstraint::Hidden,
                Some(w) => ColumnConstraint::Absolute(Width::Fixed(to_u16(*w + 2))),
            })
            .collect();
        table.set_constraints(constraints);
        let mut out = String::new();
        for (i, line) in table.lines().enumerate() {
            let line = line.trim_end();
            if header && i == 0 && self.styled {
                let body = line.strip_prefix(' ').unwrap_or(line);
                out.push_str(&format!(" \x1b[1m{body}\x1b[0m"));
            } else {
                out.push_str(line);
            }
            out.push('\n');
        }
        out
    }

    /// Does a Whole or Key cell of these rows not fit its column (and so
    /// must wrap rather than be cut)?
    fn wraps(&self, widths: &[Option<usize>], rows: &[Vec<String>]) -> bool {
        widths.iter().enumerate().any(|(i, w)| {
            let Some(w) = w else { return false };
            matches!(self.kinds[i], ColumnKind::Whole | ColumnKind::Key)
                && rows.iter().any(|r| width_of(&r[i]) > *w)
        })
    }

    /// The first chunk's widths, with room made in this chunk for an
    /// identifier longer than any of the first: taken from free text and
    /// names, down to their floors, as far as the terminal allows.
    fn widths_for(&self, rows: &[Vec<String>]) -> Vec<Option<usize>> {
        let mut widths = self.widths.clone();
        for (i, w) in widths.iter_mut().enumerate() {
            if let Some(w) = w
                && matches!(self.kinds[i], ColumnKind::Whole | ColumnKind::Key)
            {
                *w = (*w).max(rows.iter().map(|r| width_of(&r[i])).max().unwrap_or(0));
            }
        }
        let Some(limit) = self.limit else {
            return widths;
        };
        let mut over = line_width(&widths).saturating_sub(limit);
        for kind in [ColumnKind::Text, ColumnKind::Name] {
            for (i, w) in widths.iter_mut().enumerate() {
                if over == 0 {
                    break;
                }
                if let Some(w) = w
                    && self.kinds[i] == kind
                {
                    let floor = floor(kind, width_of(&self.headers[i])).min(*w);
                    let give = (*w - floor).min(over);
                    *w -= give;
                    over -= give;
                }
            }
        }
        if over > 0 {
            cap_widest(&mut widths, over);
        }
        widths
    }
}

/// The narrowest a shortened column of `kind` gets (its header stays whole).
fn floor(kind: ColumnKind, header: usize) -> usize {
    match kind {
        ColumnKind::Text => MIN_TEXT.max(header),
        ColumnKind::Name => MIN_NAME.max(header),
        ColumnKind::Key | ColumnKind::Whole => usize::MAX,
    }
}

/// The width of a rendered line with these column widths: one space before
/// each column and one after, the last one trimmed.
fn line_width(widths: &[Option<usize>]) -> usize {
    let shown: Vec<usize> = widths.iter().flatten().copied().collect();
    if shown.is_empty() {
        return 0;
    }
    shown.iter().sum::<usize>() + 2 * shown.len() - 1
}

/// Take `over` columns from the widest shown columns (the last resort,
/// when what is left cannot be shortened: comfy-table wraps them).
fn cap_widest(widths: &mut [Option<usize>], mut over: usize) {
    while over > 0 {
        let Some((i, w)) = widths
            .iter()
            .enumerate()
            .filter_map(|(i, w)| w.map(|w| (i, w)))
            .max_by_key(|(_, w)| *w)
        else {
            return;
        };
        if w <= 1 {
            return;
        }
        widths[i] = Some(w - 1);
        over -= 1;
    }
}

/// The policy: widths per column (None: hidden) so that a line fits `limit`.
fn fit(
    headers: &[String],
    kinds: &[ColumnKind],
    rows: &[Vec<String>],
    limit: Option<usize>,
) -> Vec<Option<usize>> {
    let natural: Vec<usize> = (0..headers.len())
        .map(|i| {
            rows.iter()
                .map(|r| width_of(&r[i]))
                .chain(std::iter::once(width_of(&headers[i])))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut shown: Vec<bool> = vec![true; headers.len()];
    let Some(limit) = limit else {
        return natural.into_iter().map(Some).collect();
    };
    // Widths with the columns `shown`, the kinds in `shrink` shortened as
    // far as needed (widest first, down to their floors); None if that is
    // not enough.
    let attempt = |shown: &[bool], shrink: &[ColumnKind]| -> Option<Vec<Option<usize>>> {
        let mut widths: Vec<Option<usize>> = natural
            .iter()
            .zip(shown)
            .map(|(w, s)| s.then_some(*w))
            .collect();
        let mut over = line_width(&widths).saturating_sub(limit);
        for kind in shrink {
            let mut order: Vec<usize> = (0..widths.len())
                .filter(|i| shown[*i] && kinds[*i] == *kind)
                .collect();
            order.sort_by_key(|i| std::cmp::Reverse(natural[*i]));
            for i in order {
                if over == 0 {
                    break;
                }
                let w = widths[i].unwrap_or(0);
                let floor = floor(*kind, width_of(&headers[i])).min(w);
                let give = (w - floor).min(over);
                widths[i] = Some(w - give);
                over -= give;
            }
        }
        (over == 0).then_some(widths)
    };
    let text = [ColumnKind::Text];
    let text_and_names = [ColumnKind::Text, ColumnKind::Name];
    if let Some(w) = attempt(&shown, &[]) {
        return w;
    }
    // Hide keys (the rightmost first) before anything a person reads is
    // shortened.
    while let Some(i) = (0..shown.len())
        .rev()
        .find(|i| shown[*i] && kinds[*i] == ColumnKind::Key)
    {
        if shown.iter().filter(|s| **s).count() == 1 {
            break;
        }
        shown[i] = false;
        if let Some(w) = attempt(&shown, &[]) {
            return w;
        }
    }
    if let Some(w) = attempt(&shown, &text) {
        return w;
    }
    // Then hide secondary text, the rightmost first (never the last
    // column shown).
    while let Some(i) = (0..shown.len())
        .rev()
        .find(|i| shown[*i] && kinds[*i] == ColumnKind::Text)
    {
        if shown.iter().filter(|s| **s).count() == 1 {
            break;
        }
        shown[i] = false;
        if let Some(w) = attempt(&shown, &text) {
            return w;
        }
    }
    if let Some(w) = attempt(&shown, &text_and_names) {
        return w;
    }
    while let Some(i) = (0..shown.len())
        .rev()
        .find(|i| shown[*i] && kinds[*i] == ColumnKind::Name)
    {
        if shown.iter().filter(|s| **s).count() == 1 {
            break;
        }
        shown[i] = false;
        if let Some(w) = attempt(&shown, &text_and_names) {
            return w;
        }
    }
    // What is left cannot be shortened (e-mails) or is one column: it
    // wraps inside its cell.
    let mut widths: Vec<Option<usize>> = natural
        .iter()
        .zip(&shown)
        .enumerate()
        .map(|(i, (w, s))| {
            s.then(|| {
                let f = floor(kinds[i], width_of(&headers[i]));
                if f == usize::MAX { *w } else { f.min(*w) }
            })
        })
        .collect();
    let over = line_width(&widths).saturating_sub(limit);
    cap_widest(&mut widths, over);
    widths
}

/// One record as `field  value` lines (`users get`): the fields whole,
/// each value wrapped at words within the terminal's width (`--wide`:
/// never), control characters shown, not sent.
pub fn pairs(rows: Vec<(String, String)>, wide: bool) -> String {
    if rows.is_empty() {
        return String::new();
    }
    let limit = if wide {
        None
    } else {
        terminal_width().map(usize::from)
    };
    let field_width = rows.iter().map(|(f, _)| width_of(f)).max().unwrap_or(0);
    let room = limit.map(|l| l.saturating_sub(field_width + 2).max(8));
    let mut out = String::new();
    // Rows a table at a time, the field column as wide as the widest
    // field; a value that is one word too long for the room beside it (a
    // key, an e-mail, a URL) goes whole on the line below, not cut.
    let mut batch: Vec<(String, String)> = Vec::new();
    let flush = |batch: &mut Vec<(String, String)>, out: &mut String| {
        if batch.is_empty() {
            return;
        }
        let mut table = Table::new();
        table
            .load_style(presets::NOTHING)
            .set_content_arrangement(ContentArrangement::Disabled);
        for (f, v) in batch.drain(..) {
            table.add_row(vec![f, v]);
        }
        let mut constraints = vec![ColumnConstraint::Absolute(Width::Fixed(to_u16(
            field_width,
        )))];
        if let Some(room) = room {
            constraints.push(ColumnConstraint::Absolute(Width::Fixed(to_u16(room + 2))));
        }
        table.set_constraints(constraints);
        if let Some(c) = table.column_mut(0) {
            c.set_padding((0, 0));
        }
        if let Some(c) = table.column_mut(1) {
            c.set_padding((2, 0));
        }
        for line in table.lines() {
            out.push_str(line.trim_end());
            out.push('\n');
        }
    };
    for (f, v) in rows {
        let (f, v) = (visible(&f), visible(&v));
        match room {
            Some(room) if width_of(&v) > room && !v.contains(' ') => {
                flush(&mut batch, &mut out);
                out.push_str(&format!("{f}\n  {v}\n"));
            }
            _ => batch.push((f, v)),
        }
    }
    flush(&mut batch, &mut out);
    out
}

fn to_u16(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}

/// Display width: wide characters count twice.
pub fn width_of(s: &str) -> usize {
    console::measure_text_width(s)
}

/// A cell as a terminal may show it: line breaks and tabs as spaces, any
/// other control character (ESC, BEL, DEL, C1) as a visible `\u001b`.
pub fn visible(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// `COLUMNS` first (tests and scripts pin it), then the terminal itself;
/// none when stdout is not a terminal (a pipe gets whole lines).
fn terminal_width() -> Option<u16> {
    if let Some(w) = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .filter(|w| *w > 0)
    {
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

    fn render_at(columns: &[(String, String)], rows: Vec<Vec<String>>, w: usize) -> String {
        let mut l = Layout::with_width(columns, &rows, Some(w));
        l.styled = false;
        l.render(rows)
    }

    fn user() -> (Vec<(String, String)>, Vec<String>) {
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
        (columns, row)
    }

    #[test]
    fn keys_go_first_emails_stay_whole_no_line_too_wide() {
        let (columns, row) = user();
        // Wide enough: untouched.
        let t = render_at(&columns, vec![row.clone()], 200);
        assert!(t.contains(&row[0]) && t.contains(&row[2]), "{t}");
        for w in [20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120] {
            let t = render_at(&columns, vec![row.clone()], w);
            for line in t.lines() {
                assert!(width_of(line) <= w, "{w}: {line:?}\n{t}");
            }
            if w >= 40 {
                assert!(t.contains(&row[1]), "{w}: the e-mail whole\n{t}");
            }
        }
        // At 80 the key goes before the name is cut.
        let t = render_at(&columns, vec![row.clone()], 80);
        assert!(!t.contains(&row[0]) && t.contains(&row[2]), "{t}");
        // At 50 the name is shortened with "…".
        let t = render_at(&columns, vec![row.clone()], 50);
        assert!(t.contains('…'), "{t}");
    }

    #[test]
    fn control_characters_are_shown_not_sent() {
        assert_eq!(
            visible("Bell\x07Esc\x1b[31mRed\u{9b}"),
            "Bell\\u0007Esc\\u001b[31mRed\\u009b"
        );
        assert_eq!(visible("a\tb\nc"), "a b c");
    }

    #[test]
    fn later_chunks_keep_the_first_chunks_widths() {
        let (columns, row) = user();
        let mut l = Layout::with_width(&columns, std::slice::from_ref(&row), Some(120));
        l.styled = false;
        let first = l.render(vec![row.clone()]);
        let mut short = row.clone();
        short[2] = "Al".into();
        let next = l.render(vec![short]);
        assert_eq!(first.lines().count(), 2);
        assert_eq!(next.lines().count(), 1, "no header again");
        let col = |s: &str| s.lines().last().unwrap().find("Active").unwrap();
        assert_eq!(col(&first), col(&next), "{first}{next}");
    }
}
