//! Rendering of what commands return: table, JSON, NDJSON or CSV on stdout,
//! optionally narrowed by `--fields` and filtered by `--jq`.
//!
//! Commands hand records (the platform's own JSON objects) to a `Printer`
//! one at a time, so a list of any length streams in NDJSON and CSV with
//! flat memory; only a table, a JSON array under `--jq`, need the whole set.

mod jq;
mod table;

use std::io::{self, Write};

use serde_json::Value;

use crate::backend::Capabilities;
use crate::cli::OutputFormat;
use crate::error::{CliError, Result};

pub use jq::JqFilter;
pub use table::colour_allowed;

/// A kind of record on a platform: the columns a table shows (a header
/// and a dot-separated path into the record), and every field such a
/// record can carry, which `--fields` is checked against and CSV/TSV
/// write in full (see `views.rs`).
#[derive(Debug, Clone, Copy)]
pub struct View {
    /// What the records are, for messages: "users", "groups"...
    pub noun: &'static str,
    pub columns: &'static [(&'static str, &'static str)],
    /// Dotted paths to every field; empty when the shape is not known
    /// (raw API answers), which checks nothing and writes what comes.
    pub fields: &'static [&'static str],
}

impl View {
    /// Can a record of this kind have `field`? A declared field, a parent
    /// of one (`access`), or a key inside one (`customAttributes.dept`).
    pub fn has_field(&self, field: &str) -> bool {
        self.fields
            .iter()
            .chain(self.columns.iter().map(|(_, p)| p))
            .any(|d| {
                d == &field
                    || d.strip_prefix(field)
                        .is_some_and(|rest| rest.starts_with('.'))
                    || field
                        .strip_prefix(d)
                        .is_some_and(|rest| rest.starts_with('.'))
            })
    }

    /// The columns CSV and TSV write: every field, the table's first.
    fn all_fields(&self) -> Vec<String> {
        let mut out: Vec<String> = self.columns.iter().map(|(_, p)| p.to_string()).collect();
        for f in self.fields {
            if !out.iter().any(|o| o == f) {
                out.push(f.to_string());
            }
        }
        out
    }
}

pub struct Printer {
    format: OutputFormat,
    fields: Vec<String>,
    jq: Option<JqFilter>,
    out: Box<dyn Write + Send>,
    state: State,
    /// The platform's statuses, so that tables and CSV show a status by
    /// its name wherever the API sends a number (Valuekeep's `1`).
    statuses: Option<&'static Capabilities>,
    /// A stream `stream` opened (outcome records).
    streaming: bool,
}

enum State {
    Idle,
    /// Buffering rows for a table, or values for `-o json` under `--jq`.
    Buffer {
        view: View,
        items: Vec<Value>,
        single: bool,
    },
    /// Streaming: JSON array opened (and how many items so far), CSV header written.
    JsonArray {
        count: usize,
    },
    Csv {
        view: View,
        header_done: bool,
    },
    Ndjson,
    /// A long table: its layout was fixed from the first rows, which were
    /// printed; each further row is printed as it comes.
    TableStream {
        layout: table::Layout,
        columns: Vec<(String, String)>,
    },
}

/// Rows a table holds to choose its layout before it starts streaming: a
/// list of any length then prints in bounded memory.
const TABLE_SAMPLE: usize = 200;

impl Printer {
    pub fn new(format: OutputFormat, fields: Vec<String>, jq: Option<JqFilter>) -> Self {
        Printer {
            format,
            fields: fields.into_iter().filter(|f| !f.is_empty()).collect(),
            jq,
            out: Box::new(io::BufWriter::new(io::stdout())),
            state: State::Idle,
            statuses: None,
            streaming: false,
        }
    }

    /// A `--fields` name no record of this kind can have is an error
    /// naming the fields there are, before anything is printed.
    fn check_fields(&self, view: View) -> Result<()> {
        if view.fields.is_empty() {
            return Ok(());
        }
        let Some(bad) = self.fields.iter().find(|f| !view.has_field(f)) else {
            return Ok(());
        };
        let on = self
            .statuses
            .map(|c| format!("{} ", c.platform))
            .unwrap_or_default();
        Err(
            CliError::usage(format!("--fields: {on}{} have no field {bad:?}", view.noun)).hint(
                format!(
                    "fields of {on}{}: {}",
                    view.noun,
                    view.all_fields().join(", ")
                ),
            ),
        )
    }

    /// Show statuses by the names this platform gives them.
    pub fn use_statuses(&mut self, caps: &'static Capabilities) {
        self.statuses = Some(caps);
    }

    /// A record's value at `path` as table/CSV text, a status by name.
    fn text(&self, item: &Value, path: &str) -> String {
        text_of(self.statuses, item, path)
    }

    pub fn format(&self) -> OutputFormat {
        self.format
    }

    /// Render one record (a `get`, a `create` answer).
    pub fn one(&mut self, view: View, item: Value) -> Result<()> {
        self.begin(view, true)?;
        self.item(item)?;
        self.end()
    }

    /// What a `--dry-run` would have sent. On a terminal (table), one
    /// line per request, `METHOD URL BODY`, as curl users read them; in
    /// JSON, NDJSON and CSV, one record per request (method, url, body).
    pub fn dry_run(&mut self, planned: Vec<Value>) -> Result<()> {
        if self.format != OutputFormat::Table {
            return self.list(crate::views::DRY_RUN, planned);
        }
        for p in planned {
            let mut line = format!("{} {}", cell(&p, "method"), cell(&p, "url"));
            if let Some(body) = p.get("body") {
                line.push(' ');
                line.push_str(&body.to_string());
            }
            line.push('\n');
            self.out.write_all(line.as_bytes())?;
        }
        self.out.flush()?;
        Ok(())
    }

    /// Render a whole list at once.
    pub fn list(&mut self, view: View, items: impl IntoIterator<Item = Value>) -> Result<()> {
        self.begin(view, false)?;
        for item in items {
            self.item(item)?;
        }
        self.end()
    }

    pub fn begin(&mut self, view: View, single: bool) -> Result<()> {
        self.check_fields(view)?;
        self.state = match (self.format, &self.jq) {
            (OutputFormat::Table, _) | (OutputFormat::Json, Some(_)) => State::Buffer {
                view,
                items: Vec::new(),
                single,
            },
            (OutputFormat::Json, None) if single => State::Buffer {
                view,
                items: Vec::new(),
                single,
            },
            // The `[` waits for the first record (or the end): a command
            // that fails before its first record leaves stdout empty.
            (OutputFormat::Json, None) => State::JsonArray { count: 0 },
            (OutputFormat::Ndjson, _) => State::Ndjson,
            (OutputFormat::Csv | OutputFormat::Tsv, _) => State::Csv {
                view,
                header_done: false,
            },
        };
        Ok(())
    }

    pub fn item(&mut self, item: Value) -> Result<()> {
        let item = self.narrow(item);
        match &mut self.state {
            State::Idle => {}
            State::Buffer { items, .. } => {
                items.push(item);
                if self.format == OutputFormat::Table && items.len() > TABLE_SAMPLE {
                    self.start_streaming_table()?;
                }
            }
            State::TableStream { layout, columns } => {
                let row = columns
                    .iter()
                    .map(|(_, p)| text_of(self.statuses, &item, p))
                    .collect();
                self.out.write_all(layout.row(row).as_bytes())?;
            }
            State::JsonArray { count } => {
                let sep: &[u8] = if *count == 0 { b"[\n  " } else { b",\n  " };
                *count += 1;
                self.out.write_all(sep)?;
                let text = serde_json::to_string_pretty(&item).map_err(json_err)?;
                self.out.write_all(text.replace('\n', "\n  ").as_bytes())?;
            }
            State::Ndjson => match &self.jq {
                Some(jq) => jq.run(&item, &mut self.out)?,
                None => {
                    serde_json::to_writer(&mut self.out, &item).map_err(json_err)?;
                    self.out.write_all(b"\n")?;
                }
            },
            State::Csv { view, header_done } => {
                let headers = csv_headers(*view, &self.fields);
                if !*header_done {
                    *header_done = true;
                    let line = self.record_line(headers.iter().map(|(h, _)| h.clone()))?;
                    self.out.write_all(&line)?;
                }
                let texts: Vec<String> = headers.iter().map(|(_, p)| self.text(&item, p)).collect();
                let line = self.record_line(texts.into_iter())?;
                self.out.write_all(&line)?;
            }
        }
        Ok(())
    }

    pub fn end(&mut self) -> Result<()> {
        match std::mem::replace(&mut self.state, State::Idle) {
            State::Idle | State::Ndjson | State::TableStream { .. } => {}
            State::Buffer {
                view,
                items,
                single,
            } => match self.format {
                // One record (`users get`): a field/value view, every field
                // it has, the table's columns first.
                OutputFormat::Table if single => {
                    for item in &items {
                        let text = self.field_values(view, item);
                        self.out.write_all(text.as_bytes())?;
                    }
                }
                OutputFormat::Table => {
                    let columns = table_columns(view, &self.fields);
                    let rows: Vec<Vec<String>> = items
                        .iter()
                        .map(|item| columns.iter().map(|(_, p)| self.text(item, p)).collect())
                        .collect();
                    let text = table::render(&columns, rows);
                    self.out.write_all(text.as_bytes())?;
                }
                _ => {
                    let value = if single {
                        items.into_iter().next().unwrap_or(Value::Null)
                    } else {
                        Value::Array(items)
                    };
                    match &self.jq {
                        Some(jq) => jq.run(&value, &mut self.out)?,
                        None => {
                            serde_json::to_writer_pretty(&mut self.out, &value)
                                .map_err(json_err)?;
                            self.out.write_all(b"\n")?;
                        }
                    }
                }
            },
            State::JsonArray { count } => {
                self.out
                    .write_all(if count == 0 { b"[]\n" } else { b"\n]\n" })?;
            }
            State::Csv { view, header_done } => {
                if !header_done {
                    let headers = csv_headers(view, &self.fields);
                    let line = self.record_line(headers.into_iter().map(|(h, _)| h))?;
                    self.out.write_all(&line)?;
                }
            }
        }
        self.out.flush()?;
        Ok(())
    }

    /// A record of a stream the printer opens itself at the first record
    /// (outcome records): begun on the first, ended by `end_stream`.
    pub fn stream(&mut self, view: View, item: Value) -> Result<()> {
        if matches!(self.state, State::Idle) {
            self.begin(view, false)?;
            self.streaming = true;
        }
        self.item(item)
    }

    /// End what `stream` opened, if anything.
    pub fn end_stream(&mut self) -> Result<()> {
        if std::mem::take(&mut self.streaming) {
            self.end()?;
        }
        Ok(())
    }

    /// The command failed: leave stdout whole. A JSON array that was
    /// opened is closed; buffered output is written only when it holds
    /// records (an empty buffer prints nothing); CSV, TSV and NDJSON lines
    /// are whole already. The exit code tells the failure.
    pub fn abort(&mut self) -> Result<()> {
        self.streaming = false;
        match &self.state {
            State::Idle => {}
            State::Buffer { items, .. } if items.is_empty() => self.state = State::Idle,
            State::JsonArray { count: 0 } => self.state = State::Idle,
            State::Csv {
                header_done: false, ..
            } => self.state = State::Idle,
            _ => return self.end(),
        }
        self.out.flush()?;
        Ok(())
    }

    /// Enough rows to fix the table's layout: print them and stream the rest.
    fn start_streaming_table(&mut self) -> Result<()> {
        let State::Buffer {
            view,
            items,
            single: false,
        } = std::mem::replace(&mut self.state, State::Idle)
        else {
            return Ok(());
        };
        let columns = table_columns(view, &self.fields);
        let rows: Vec<Vec<String>> = items
            .iter()
            .map(|i| columns.iter().map(|(_, p)| self.text(i, p)).collect())
            .collect();
        let layout = table::Layout::new(&columns, &rows);
        let mut text = layout.header();
        for r in rows {
            text.push_str(&layout.row(r));
        }
        self.out.write_all(text.as_bytes())?;
        self.out.flush()?;
        self.state = State::TableStream { layout, columns };
        Ok(())
    }

    /// `field  value` lines for one record, aligned; absent fields left out.
    fn field_values(&self, view: View, item: &Value) -> String {
        let paths: Vec<String> = if self.fields.is_empty() {
            let mut paths = view.all_fields();
            for (p, _) in leaves(item) {
                if !paths.contains(&p) && !paths.iter().any(|d| p.starts_with(&format!("{d}."))) {
                    paths.push(p);
                }
            }
            paths
        } else {
            self.fields.clone()
        };
        let rows: Vec<(String, String)> = paths
            .into_iter()
            .filter(|p| lookup(item, p).is_some_and(|v| !v.is_null()))
            .map(|p| {
                let t = self.text(item, &p);
                (p, t)
            })
            .filter(|(_, t)| !t.is_empty())
            .collect();
        let width = rows
            .iter()
            .map(|(p, _)| p.chars().count())
            .max()
            .unwrap_or(0);
        let mut out = String::new();
        for (p, t) in rows {
            let pad = width - p.chars().count();
            out.push_str(&format!(
                "{p}{}  {}\n",
                " ".repeat(pad),
                t.replace('\n', " ")
            ));
        }
        out
    }

    /// `--fields` keeps only the named fields of a JSON record.
    fn narrow(&self, item: Value) -> Value {
        if self.fields.is_empty()
            || self.format == OutputFormat::Table
            || self.format == OutputFormat::Csv
            || self.format == OutputFormat::Tsv
        {
            return item;
        }
        let mut out = serde_json::Map::new();
        for f in &self.fields {
            if let Some(v) = lookup(&item, f) {
                out.insert(f.clone(), v.clone());
            }
        }
        Value::Object(out)
    }
}

impl Printer {
    /// One CSV or TSV record.
    fn record_line(&self, fields: impl Iterator<Item = String>) -> Result<Vec<u8>> {
        if self.format == OutputFormat::Tsv {
            Ok(tsv_line(fields))
        } else {
            csv_line(fields)
        }
    }
}

/// One TSV record: no quoting; a tab, newline, carriage return or
/// backslash inside a value is escaped, so every line is one record and
/// every tab a column break.
fn tsv_line(fields: impl Iterator<Item = String>) -> Vec<u8> {
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
                c => line.push(c),
            }
        }
    }
    line.push('\n');
    line.into_bytes()
}

/// One CSV record, quoted as the csv crate does; written at once so a
/// pipe sees rows as they come.
fn csv_line(fields: impl Iterator<Item = String>) -> Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(fields)
        .map_err(|e| CliError::other(format!("cannot write CSV: {e}")))?;
    w.into_inner()
        .map_err(|e| CliError::other(format!("cannot write CSV: {e}")))
}

fn json_err(e: serde_json::Error) -> CliError {
    if e.io_error_kind() == Some(io::ErrorKind::BrokenPipe) {
        return io::Error::from(io::ErrorKind::BrokenPipe).into();
    }
    CliError::other(format!("cannot write JSON: {e}"))
}

/// Columns for a table: the view's, or the `--fields` given (headers in
/// upper case, as the view's are).
fn table_columns(view: View, fields: &[String]) -> Vec<(String, String)> {
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

/// CSV and TSV carry every field of the record (`--fields` chooses among
/// them); the headers are the JSON field paths, so a file reads back by
/// name. Nested objects are dotted columns; lists are joined with `;`.
fn csv_headers(view: View, fields: &[String]) -> Vec<(String, String)> {
    let paths = if fields.is_empty() {
        view.all_fields()
    } else {
        fields.to_vec()
    };
    paths.into_iter().map(|p| (p.clone(), p)).collect()
}

fn header_for(view: View, field: &str) -> String {
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
                other => other.to_string(),
            })
            .collect::<Vec<_>>()
            .join(";"),
        Some(other) => other.to_string(),
    }
}

/// The list a path runs into, and the rest of the path past it.
fn list_prefix<'a, 'p>(item: &'a Value, path: &'p str) -> Option<(&'a Vec<Value>, &'p str)> {
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
fn leaves(v: &Value) -> Vec<(String, &Value)> {
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
fn text_of(statuses: Option<&'static Capabilities>, item: &Value, path: &str) -> String {
    let text = cell(item, path);
    match statuses {
        Some(caps) if path.rsplit('.').next() == Some("status") => caps
            .status_native(&text)
            .map(str::to_string)
            .unwrap_or(text),
        _ => text,
    }
}
