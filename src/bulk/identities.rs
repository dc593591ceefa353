//! The users a `users lifecycle --from FILE` lists: one a line, CSV or TSV
//! with a header (iamctl's own `users list -o csv|tsv` among them, or a
//! spreadsheet's export), NDJSON or a JSON array. Pure: text in,
//! identities out, with a note saying where they were read from.
//!
//! What must never happen here is a line that is not a user becoming one
//! (a header, Excel's byte-order mark, a cell holding two addresses): each
//! identity is a target of a write, perhaps a delete. So a first line that
//! names a known column is a header whatever the layout (one column, BOM or
//! not), a cell naming two users is refused, and a blank one too.

use serde_json::Value;

use crate::error::{CliError, Result};

/// Columns (and JSON fields) that hold a user, in the order they are
/// preferred when `--column` does not say: the e-mail first (the same on
/// every platform), then the platform's key.
pub const DEFAULTS: &[&str] = &["email", "key", "userKey", "loginIds", "userId"];

/// Other spellings of those columns that spreadsheets and other tools
/// write, compared without case, spaces, dashes or underscores.
const ALIASES: &[(&str, &str)] = &[
    ("email", "email"),
    ("emailaddress", "email"),
    ("mail", "email"),
    ("useremail", "email"),
    ("key", "key"),
    ("userkey", "userKey"),
    ("loginids", "loginIds"),
    ("loginid", "loginIds"),
    ("login", "loginIds"),
    ("userid", "userId"),
];

/// Columns whose cell is a list of one user's own names (Descope's login
/// ids): the first stands for the user.
const LIST_COLUMNS: &[&str] = &["loginIds"];

/// What a file lists.
#[derive(Debug, PartialEq, Eq)]
pub struct Identities {
    pub users: Vec<String>,
    /// Where they came from, for stderr: `column "email" of a TSV file`.
    pub source: String,
}

fn normalized(name: &str) -> String {
    name.chars()
        .filter(|c| !matches!(c, ' ' | '-' | '_' | '.'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The known column a header cell names, if any.
fn known(cell: &str) -> Option<&'static str> {
    let n = normalized(cell.trim().trim_matches('"'));
    ALIASES.iter().find(|(a, _)| *a == n).map(|(_, c)| *c)
}

/// Read the identities of `text` (the contents of `from`).
pub fn read(from: &str, text: &str, column: Option<&str>) -> Result<Identities> {
    // Excel and Notepad begin UTF-8 files with a byte-order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.contains('\0') {
        return Err(CliError::usage(format!(
            "{from} is not UTF-8 text (it holds NUL bytes: UTF-16, or a binary file)"
        ))
        .hint("save it as UTF-8 (\"CSV UTF-8\" in Excel)"));
    }
    match text.trim_start().chars().next() {
        Some('[') => json_array(from, text, column),
        Some('{') => ndjson(from, text, column),
        _ => lines(from, text, column),
    }
}

fn json_array(from: &str, text: &str, column: Option<&str>) -> Result<Identities> {
    let v: Value = super::strict::json(text.as_bytes())
        .map_err(|e| CliError::usage(format!("{from}: not a JSON array: {e}")))?;
    let items = v.as_array().cloned().unwrap_or_default();
    let mut used = None;
    let users = items
        .iter()
        .enumerate()
        .map(|(i, r)| pick(from, r, column, i + 1, &mut used))
        .collect::<Result<_>>()?;
    Ok(Identities {
        users,
        source: format!(
            "field {:?} of a JSON array",
            column.or(used).unwrap_or("email")
        ),
    })
}

fn ndjson(from: &str, text: &str, column: Option<&str>) -> Result<Identities> {
    let mut used = None;
    let users = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(i, l)| {
            let v: Value = super::strict::json(l.as_bytes()).map_err(|e| {
                CliError::usage(format!("{from}: record {} is not JSON: {e}", i + 1))
            })?;
            pick(from, &v, column, i + 1, &mut used)
        })
        .collect::<Result<_>>()?;
    Ok(Identities {
        users,
        source: format!(
            "field {:?} of NDJSON records",
            column.or(used).unwrap_or("email")
        ),
    })
}

/// A JSON record's user: the `--column` field, else the first default.
fn pick(
    from: &str,
    v: &Value,
    column: Option<&str>,
    n: usize,
    used: &mut Option<&'static str>,
) -> Result<String> {
    let found = match column {
        Some(c) => field(v, c).map(|s| (s, None)),
        None => DEFAULTS
            .iter()
            .find_map(|d| field(v, d).map(|s| (s, Some(*d)))),
    };
    let Some((value, name)) = found else {
        return Err(no_identity(from, n, column));
    };
    if used.is_none() {
        *used = name;
    }
    one_user(
        from,
        n,
        &value,
        name.is_some_and(|c| LIST_COLUMNS.contains(&c)),
    )
}

/// A field by dotted path: a string, or the first string of a list.
fn field(v: &Value, path: &str) -> Option<String> {
    match path.split('.').try_fold(v, |v, part| v.get(part))? {
        Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
        Value::Array(a) => a.first()?.as_str().map(str::to_string),
        _ => None,
    }
}

/// The layout of a line-based file, told by its first line.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Layout {
    Tsv,
    Csv,
    /// One user a line (perhaps under a header naming its column).
    Single,
}

fn lines(from: &str, text: &str, column: Option<&str>) -> Result<Identities> {
    let first = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or_default();
    let layout = if first.contains('\t') {
        Layout::Tsv
    } else if first.contains(',') {
        Layout::Csv
    } else {
        Layout::Single
    };
    let rows: Vec<Vec<String>> = match layout {
        Layout::Tsv => text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| l.split('\t').map(tsv_unescape).collect())
            .collect(),
        Layout::Csv => {
            let mut rdr = csv::ReaderBuilder::new()
                .has_headers(false)
                .flexible(true)
                .from_reader(text.as_bytes());
            rdr.records()
                .map(|r| {
                    r.map(|r| r.iter().map(str::to_string).collect::<Vec<String>>())
                        .map_err(|e| CliError::usage(format!("{from}: {e}")))
                })
                .filter(|r| !matches!(r, Ok(cells) if cells.iter().all(|c: &String| c.trim().is_empty())))
                .collect::<Result<_>>()?
        }
        Layout::Single => text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| vec![unquote(l)])
            .collect(),
    };
    let Some(header) = rows.first() else {
        return Ok(Identities {
            users: Vec::new(),
            source: "an empty file".into(),
        });
    };
    // Is the first line a header, and which column holds the users?
    let by_flag = column.and_then(|c| {
        header
            .iter()
            .position(|h| h.trim() == c)
            .or_else(|| header.iter().position(|h| h.trim().eq_ignore_ascii_case(c)))
    });
    let by_name = DEFAULTS.iter().find_map(|d| {
        header
            .iter()
            .position(|h| known(h) == Some(*d))
            .map(|at| (at, *d))
    });
    let what = match layout {
        Layout::Tsv => "a TSV file",
        Layout::Csv => "a CSV file",
        Layout::Single => "a file of one user a line",
    };
    let (at, body, source, list) = match (column, by_flag, by_name) {
        (Some(_), Some(at), _) => (
            at,
            &rows[1..],
            described(layout, what, &header[at]),
            known(&header[at]).is_some_and(|c| LIST_COLUMNS.contains(&c)),
        ),
        (Some(c), None, _) if layout != Layout::Single => {
            return Err(CliError::usage(format!(
                "{from} has no column {c:?} (its first line names {})",
                header
                    .iter()
                    .map(|h| format!("{:?}", h.trim()))
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        }
        (_, _, Some((at, name))) => (
            at,
            &rows[1..],
            described(layout, what, &header[at]),
            LIST_COLUMNS.contains(&name),
        ),
        (_, _, None) if layout == Layout::Single => (0, &rows[..], what.to_string(), false),
        _ => {
            return Err(CliError::usage(format!(
                "{from} has no column of users: its first line names none of email, key, userKey, loginIds or userId"
            ))
            .hint("name it with --column NAME (a file of one user a line has no commas or tabs)"));
        }
    };
    let first_row = if std::ptr::eq(body.as_ptr(), rows.as_ptr()) {
        1
    } else {
        2
    };
    let users = body
        .iter()
        .enumerate()
        .map(|(i, cells)| {
            let line = i + first_row;
            let cell = cells.get(at).map(String::as_str).unwrap_or("");
            if cell.trim().is_empty() {
                return Err(CliError::usage(format!(
                    "{from}: line {line} names no user (its {} is empty)",
                    if layout == Layout::Single {
                        "line".to_string()
                    } else {
                        format!("column {:?}", header[at].trim())
                    }
                ))
                .hint("remove the line, or give the user's e-mail or key"));
            }
            one_user(from, line, cell, list)
        })
        .collect::<Result<_>>()?;
    Ok(Identities { users, source })
}

/// Where the users were found, for stderr.
fn described(layout: Layout, what: &str, header: &str) -> String {
    if layout == Layout::Single {
        format!("{what}, under the header {:?}", header.trim())
    } else {
        format!("column {:?} of {what}", header.trim())
    }
}

/// One cell's user: trimmed; a cell naming several (`a@x;b@x`) is refused,
/// never cut to its first, unless the column is a list of one user's names.
fn one_user(from: &str, line: usize, cell: &str, list: bool) -> Result<String> {
    let cell = cell.trim();
    if list {
        return cell
            .split(';')
            .map(str::trim)
            .find(|s| !s.is_empty())
            .map(str::to_string)
            .ok_or_else(|| no_identity(from, line, None));
    }
    if cell.contains(';') || cell.contains(',') {
        return Err(CliError::usage(format!(
            "{from}: line {line} names more than one user ({cell:?})"
        ))
        .hint("give one user a line (or a row), each on its own"));
    }
    Ok(cell.to_string())
}

/// A line wrapped in double quotes (a one-column CSV) without them.
fn unquote(line: &str) -> String {
    match line.strip_prefix('"').and_then(|l| l.strip_suffix('"')) {
        Some(inner) => inner.replace("\"\"", "\""),
        None => line.to_string(),
    }
}

/// iamctl's TSV escapes (`\t`, `\n`, `\r`, `\\`) undone.
fn tsv_unescape(cell: &str) -> String {
    let mut out = String::with_capacity(cell.len());
    let mut chars = cell.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('\\') => out.push('\\'),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out.trim_end_matches('\r').to_string()
}

fn no_identity(from: &str, n: usize, column: Option<&str>) -> CliError {
    CliError::usage(format!(
        "{from}: record {n} names no user ({})",
        column.unwrap_or("no email, key, userKey, loginIds or userId")
    ))
    .hint("name the field with --column NAME")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn users(text: &str) -> Vec<String> {
        read("f", text, None).unwrap().users
    }

    #[test]
    fn a_header_is_never_a_user() {
        assert_eq!(users("email\nkatia@example.com\n"), ["katia@example.com"]);
        assert_eq!(
            users("\u{feff}email\r\nkatia@example.com\r\n"),
            ["katia@example.com"]
        );
        assert_eq!(
            users("E-mail Address\nkatia@example.com\n"),
            ["katia@example.com"]
        );
        assert_eq!(
            users("katia@example.com\nbob\n"),
            ["katia@example.com", "bob"]
        );
        assert_eq!(users("\u{feff}name,email\nK,k@x\n"), ["k@x"]);
    }

    #[test]
    fn tsv_of_users_list_is_read() {
        assert_eq!(
            users("key\temail\tname\nk1\ta@x\tA\\tB\nk2\tb@x\tB\n"),
            ["a@x", "b@x"]
        );
    }

    #[test]
    fn two_users_in_a_cell_are_refused() {
        assert!(read("f", "email\na@x;b@x\n", None).is_err());
        assert!(read("f", "name,email\nA,a@x;b@x\n", None).is_err());
        assert_eq!(users("loginIds\ta\nx;y\t1\n"), ["x"]);
    }

    #[test]
    fn blank_cells_are_refused() {
        assert!(read("f", "email\n\"\"\n", None).is_err());
        assert!(read("f", "\"\"\n", None).is_err());
        assert!(read("f", "name,email\nA, \n", None).is_err());
    }
}
