//! What a cell shows: a record's value at a path as table, CSV or TSV
//! text (statuses by name, dates, lists joined), and the CSV/TSV lines.

use std::collections::HashMap;

use serde_json::Value;

use crate::backend::Capabilities;
use crate::error::{CliError, Result};
use crate::views::View;
use std::io;

/// One TSV record: no quoting; a tab, newline, carriage return or
/// backslash inside a value is escaped, so every line is one record and
/// every tab a column break; any other control character (ESC, BEL...) is
/// written `\u001b`, never raw.
pub(super) fn tsv_line(fields: impl Iterator<Item = String>) -> Vec<u8> {
    let mut line = String::new();
    for (i, f) in fields.enumerate() {
        if i > 0 {
            line.push('\t');
        }
        for c in f.chars() {
            match c {
                '\\' => line.push_str("\\\\"),
                '\t' => line.push_str("\\t"),
                '\n' => line.push_str("\\n"),
                '\r' => line.push_str("\\r"),
                c if c.is_control() => line.push_str(&format!("\\u{:04x}", c as u32)),
                c => line.push(c),
            }
        }
    }
    line.push('\n');
    line.into_bytes()
}

/// One CSV record, quoted as the csv crate does; written at once so a
/// pipe sees rows as they come.
pub(super) fn csv_line(fields: impl Iterator<Item = String>) -> Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(fields)
        .map_err(|e| CliError::other(format!("cannot write CSV: {e}")))?;
    w.into_inner()
        .map_err(|e| CliError::other(format!("cannot write CSV: {e}")))
}

pub(super) fn json_err(e: serde_json::Error) -> CliError {
    if e.io_error_kind() == Some(io::ErrorKind::BrokenPipe) {
        return io::Error::from(io::ErrorKind::BrokenPipe).into();
    }
    CliError::other(format!("cannot write JSON: {e}"))
}

/// Columns for a table: the view's, or the `--fields` given (headers in
/// upper case, as the view's are).
pub(super) fn table_columns(view: View, fields: &[String]) -> Vec<(String, String)> {
    if fields.is_empty() {
        view.columns
            .iter()
            .map(|(h, p)| (h.to_string(), p.to_string()))
            .collect()
    } else {
        fields
            .iter()
            .map(|f| (header_for(view, f).to_uppercase(), f.clone()))
            .collect()
    }
}

/// A whole record's text for a table: a `=key` column by name (each of a
/// list of keys), a timestamp as a date.
pub(super) fn table_text(
    statuses: Option<&'static Capabilities>,
    names: &HashMap<String, String>,
    item: &Value,
    path: &str,
) -> String {
    match path.strip_prefix('=') {
        Some(source) => {
            let keys = text_of(statuses, item, source);
            if keys.is_empty() {
                return keys;
            }
            keys.split(';')
                .map(|k| names.get(k).map(String::as_str).unwrap_or(k))
                .collect::<Vec<_>>()
                .join(";")
        }
        None => when(path, text_of(statuses, item, path), false),
    }
}

/// Is the field at `path` a point in time (`lastLoginAt`, `createdOn`,
/// `createdTime`, `lastLogin`, `lastUpdatedDate`)?
pub(super) fn is_time(path: &str) -> bool {
    let last = path.rsplit('.').next().unwrap_or(path);
    last.ends_with("At")
        || last.ends_with("On")
        || last.ends_with("Time")
        || last.ends_with("Date")
        || last == "lastLogin"
}

/// A timestamp as people read it, in UTC: a date in a table
/// (`2025-07-05`), date and time in a record's view (`2025-07-05 02:24
/// UTC`). RFC 3339 text or Unix seconds (milliseconds above 10^11); any
/// other text as it is.
pub(super) fn when(path: &str, text: String, long: bool) -> String {
    use chrono::{DateTime, Utc};
    if !is_time(path) || text.is_empty() {
        return text;
    }
    let t: Option<DateTime<Utc>> = if let Ok(n) = text.parse::<i64>() {
        if n > 100_000_000_000 {
            DateTime::from_timestamp_millis(n)
        } else {
            DateTime::from_timestamp(n, 0)
        }
    } else {
        DateTime::parse_from_rfc3339(&text)
            .ok()
            .map(|t| t.with_timezone(&Utc))
    };
    match t {
        Some(t) if long => t.format("%Y-%m-%d %H:%M UTC").to_string(),
        Some(t) => t.format("%Y-%m-%d").to_string(),
        None => text,
    }
}

/// CSV and TSV carry every field of the record (`--fields` chooses among
/// them); the headers are the JSON field paths, so a file reads back by
/// name. Nested objects are dotted columns; lists are joined with `;`.
pub(super) fn csv_headers(view: View, fields: &[String]) -> Vec<(String, String)> {
    let paths = if fields.is_empty() {
        view.all_fields()
    } else {
        fields.to_vec()
    };
    paths.into_iter().map(|p| (p.clone(), p)).collect()
}

pub(super) fn header_for(view: View, field: &str) -> String {
    view.columns
        .iter()
        .find(|(_, p)| *p == field)
        .map(|(h, _)| h.to_string())
        .unwrap_or_else(|| field.to_string())
}

/// Follow a dot-separated path (`access.hasApplicationRoles`, `group.name`).
pub fn lookup<'a>(item: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(item, |v, part| v.get(part))
}

/// A record's value at `path` as table/CSV text.
pub fn cell(item: &Value, path: &str) -> String {
    // A path through a list (`assignedGroups.name`): each element's value.
    if lookup(item, path).is_none()
        && let Some((list, rest)) = list_prefix(item, path)
    {
        return list
            .iter()
            .map(|el| cell(el, rest))
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(";");
    }
    match lookup(item, path) {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(a)) => a
            .iter()
            .map(|v| match v {
                Value::String(s) => s.clone(),
                Value::Object(_) => name_of(v),
                other => other.to_string(),
            })
            .collect::<Vec<_>>()
            .join(";"),
        Some(other) => other.to_string(),
    }
}

/// The list a path runs into, and the rest of the path past it.
pub(super) fn list_prefix<'a, 'p>(
    item: &'a Value,
    path: &'p str,
) -> Option<(&'a Vec<Value>, &'p str)> {
    let mut v = item;
    for (i, part) in path.split('.').enumerate() {
        match v {
            Value::Array(a) => {
                let at = path.split('.').take(i).map(|p| p.len() + 1).sum::<usize>();
                return Some((a, &path[at..]));
            }
            _ => v = v.get(part)?,
        }
    }
    None
}

/// Every leaf of a record as (dotted path, value); lists are leaves.
pub(super) fn leaves(v: &Value) -> Vec<(String, &Value)> {
    fn walk<'a>(prefix: &str, v: &'a Value, out: &mut Vec<(String, &'a Value)>) {
        match v {
            Value::Object(m) if !m.is_empty() => {
                for (k, x) in m {
                    let p = if prefix.is_empty() {
                        k.clone()
                    } else {
                        format!("{prefix}.{k}")
                    };
                    walk(&p, x, out);
                }
            }
            _ if !prefix.is_empty() => out.push((prefix.to_string(), v)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk("", v, &mut out);
    out
}

/// A record's value at `path` as table/CSV text; a status by the name the
/// platform gives it (Valuekeep sends numbers).
pub(super) fn text_of(statuses: Option<&'static Capabilities>, item: &Value, path: &str) -> String {
    let text = cell(item, path);
    match statuses {
        Some(caps) if path.rsplit('.').next() == Some("status") => caps
            .status_native(&text)
            .map(str::to_string)
            .unwrap_or(text),
        _ => text,
    }
}

/// What a person calls a group, role or tenant given as an object in a
/// list (Valuekeep's `groups`, Descope's `userTenants`): its name, else its
/// description, else its key or id; the JSON text when it has none.
pub(super) fn name_of(v: &Value) -> String {
    for k in [
        "name",
        "tenantName",
        "description",
        "groupKey",
        "roleKey",
        "tenantId",
        "key",
        "id",
    ] {
        if let Some(Value::String(s)) = v.get(k)
            && !s.is_empty()
        {
            return s.clone();
        }
    }
    v.to_string()
}
