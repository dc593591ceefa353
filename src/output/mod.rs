//! Rendering of what commands return: table, JSON, NDJSON or CSV on stdout,
//! optionally narrowed by `--fields` and filtered by `--jq`.
//!
//! Commands hand records (the platform's own JSON objects) to a `Printer`
//! one at a time, so a list of any length streams in NDJSON and CSV with
//! flat memory; only a table, a JSON array under `--jq`, need the whole set.

mod cells;
pub mod document;
pub mod gather;
mod jq;
mod table;

use cells::*;
pub use cells::{cell, lookup};

use std::collections::HashMap;
use std::io::{self, IsTerminal, Write};

use serde_json::Value;

use crate::backend::Capabilities;
use crate::error::{CliError, Result};
use crate::views::View;

pub use jq::JqFilter;
pub use table::colour_allowed;

// `-o`/`--output` (a global flag, `context::GlobalArgs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    Table,
    Json,
    Ndjson,
    Csv,
    /// Tab-separated, one record a line, no quoting: tabs, newlines and
    /// backslashes in values are written `\t`, `\n`, `\\` (for cut/awk)
    Tsv,
    /// A self-contained HTML page (sortable, filterable; access report,
    /// access holders, users access, diff)
    Html,
    /// GitHub-flavoured Markdown tables (the same reports, and apply
    /// --dry-run plans), to paste in a pull request or ticket
    #[value(alias = "md")]
    Markdown,
}

impl OutputFormat {
    /// A whole document at the end, not a stream of records.
    pub fn is_document(self) -> bool {
        matches!(self, OutputFormat::Html | OutputFormat::Markdown)
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
    /// `--wide`: every table column, whatever the terminal's width.
    wide: bool,
    /// Names by key (stages, apps...) for the `=key` columns of a table.
    names: HashMap<String, String>,
    /// What an HTML or Markdown document says about itself.
    about: document::About,
    /// Records handed to a gathering (one run of several profiles).
    gather: Option<(gather::Gathering, String)>,
}

enum State {
    Idle,
    /// Handing records to a gathering (see `gather`).
    Gather {
        view: View,
    },
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
    /// A long table: its layout was fixed from the first chunk of rows,
    /// which was printed; further rows are printed a chunk at a time.
    TableStream {
        layout: table::Layout,
        columns: Vec<(String, String)>,
        pending: Vec<Vec<String>>,
    },
}

/// Rows a table holds to choose its layout before it starts streaming: a
/// list of any length then prints in bounded memory.
const TABLE_SAMPLE: usize = table::FIRST_CHUNK;

impl Printer {
    pub fn new(format: OutputFormat, fields: Vec<String>, jq: Option<JqFilter>) -> Self {
        // On a terminal, no control character of the data reaches it raw
        // (CSV and JSON stay exact in a pipe or a file). A table escapes
        // its cells itself (and may bold its header).
        let out: Box<dyn Write + Send> =
            if io::stdout().is_terminal() && format != OutputFormat::Table {
                Box::new(io::BufWriter::new(TerminalSafe {
                    inner: io::stdout(),
                    carry: Vec::new(),
                }))
            } else {
                Box::new(io::BufWriter::new(io::stdout()))
            };
        Printer {
            format,
            fields: fields.into_iter().filter(|f| !f.is_empty()).collect(),
            jq,
            out,
            state: State::Idle,
            statuses: None,
            streaming: false,
            wide: false,
            names: HashMap::new(),
            about: document::About::default(),
            gather: None,
        }
    }

    /// The command, profile and platform an HTML or Markdown document
    /// names in its title.
    pub fn describe(&mut self, about: document::About) {
        self.about = about;
    }

    /// `--wide`: tables show every column, whatever the terminal's width.
    pub fn set_wide(&mut self, wide: bool) {
        self.wide = wide;
    }

    /// Does a table of `view` show names looked up by key (`=key` columns)?
    pub fn wants_names(&self, view: View) -> bool {
        self.format == OutputFormat::Table
            && self.fields.is_empty()
            && view.columns.iter().any(|(_, p)| p.starts_with('='))
    }

    /// Names by key for the `=key` columns.
    pub fn use_names(&mut self, names: impl IntoIterator<Item = (String, String)>) {
        self.names.extend(names);
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

    /// A record's value at `path` as a table shows it: a `=key` column by
    /// name, a timestamp as a date.
    fn table_text(&self, item: &Value, path: &str) -> String {
        table_text(self.statuses, &self.names, item, path)
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
        if self.format != OutputFormat::Table || self.gather.is_some() {
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

    /// Text a command lays out itself (`apply`'s plan on a terminal),
    /// written as it is.
    pub fn plain(&mut self, text: &str) -> Result<()> {
        if self.gather_text(text) {
            return Ok(());
        }
        self.out.write_all(text.as_bytes())?;
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
        if self.gather.is_some() {
            self.state = State::Gather { view };
            return Ok(());
        }
        self.state = match (self.format, &self.jq) {
            (OutputFormat::Table | OutputFormat::Html | OutputFormat::Markdown, _)
            | (OutputFormat::Json, Some(_)) => State::Buffer {
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
            State::Gather { view } => {
                let view = *view;
                let cells = self.cells(view, &item);
                if let Some((g, profile)) = &self.gather {
                    g.lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .push(profile, item, cells);
                }
            }
            State::Buffer { items, .. } => {
                items.push(item);
                if self.format == OutputFormat::Table && items.len() > TABLE_SAMPLE {
                    self.start_streaming_table()?;
                }
            }
            State::TableStream {
                layout,
                columns,
                pending,
            } => {
                pending.push(
                    columns
                        .iter()
                        .map(|(_, p)| table_text(self.statuses, &self.names, &item, p))
                        .collect(),
                );
                if pending.len() >= table::CHUNK {
                    let text = layout.render(std::mem::take(pending));
                    self.out.write_all(text.as_bytes())?;
                    self.out.flush()?;
                }
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
            State::Idle | State::Ndjson | State::Gather { .. } => {}
            State::TableStream {
                mut layout,
                pending,
                ..
            } => {
                let text = layout.render(pending);
                self.out.write_all(text.as_bytes())?;
            }
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
                OutputFormat::Html | OutputFormat::Markdown => {
                    let columns = table_columns(view, &self.fields);
                    let rows = document::Rows {
                        cells: items
                            .iter()
                            .map(|item| {
                                columns
                                    .iter()
                                    .map(|(_, p)| self.table_text(item, p))
                                    .collect()
                            })
                            .collect(),
                        headers: columns.iter().map(|(h, _)| h.clone()).collect(),
                        fields: columns.into_iter().map(|(_, p)| p).collect(),
                    };
                    let text = if self.format == OutputFormat::Html {
                        document::html(&self.about, &rows)
                    } else {
                        document::markdown(&self.about, &rows)
                    };
                    self.out.write_all(text.as_bytes())?;
                }
                OutputFormat::Table => {
                    let columns = table_columns(view, &self.fields);
                    let rows: Vec<Vec<String>> = items
                        .iter()
                        .map(|item| {
                            columns
                                .iter()
                                .map(|(_, p)| self.table_text(item, p))
                                .collect()
                        })
                        .collect();
                    let text = table::Layout::new(&columns, &rows, self.wide).render(rows);
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
            State::Gather { .. } => self.state = State::Idle,
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
            .map(|i| columns.iter().map(|(_, p)| self.table_text(i, p)).collect())
            .collect();
        let mut layout = table::Layout::new(&columns, &rows, self.wide);
        let text = layout.render(rows);
        self.out.write_all(text.as_bytes())?;
        self.out.flush()?;
        self.state = State::TableStream {
            layout,
            columns,
            pending: Vec::new(),
        };
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
                let t = when(&p, self.text(item, &p), true);
                (p, t)
            })
            .filter(|(_, t)| !t.is_empty())
            .collect();
        table::pairs(rows, self.wide)
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

/// stdout on a terminal: control characters other than line breaks and
/// tabs are written as a visible `\u001b` (valid inside JSON strings too),
/// so that data can neither ring, recolour nor rewrite the terminal. A
/// character cut at the end of a buffer waits for the rest of it.
struct TerminalSafe<W: Write> {
    inner: W,
    carry: Vec<u8>,
}

impl<W: Write> Write for TerminalSafe<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        fn escape(s: &str, out: &mut Vec<u8>) {
            for c in s.chars() {
                match c {
                    '\n' | '\t' | '\r' => out.push(c as u8),
                    c if c.is_control() => out.extend(format!("\\u{:04x}", c as u32).bytes()),
                    c => {
                        let mut b = [0; 4];
                        out.extend(c.encode_utf8(&mut b).bytes());
                    }
                }
            }
        }
        self.carry.extend_from_slice(buf);
        let data = std::mem::take(&mut self.carry);
        let mut out = Vec::with_capacity(data.len());
        let mut rest: &[u8] = &data;
        while !rest.is_empty() {
            match std::str::from_utf8(rest) {
                Ok(s) => {
                    escape(s, &mut out);
                    rest = &[];
                }
                Err(e) => {
                    let (good, bad) = rest.split_at(e.valid_up_to());
                    escape(std::str::from_utf8(good).unwrap_or_default(), &mut out);
                    match e.error_len() {
                        None => {
                            self.carry = bad.to_vec();
                            rest = &[];
                        }
                        Some(n) => {
                            for b in &bad[..n] {
                                out.extend(format!("\\x{b:02x}").bytes());
                            }
                            rest = &bad[n..];
                        }
                    }
                }
            }
        }
        self.inner.write_all(&out)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}
