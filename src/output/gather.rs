//! One command run on several profiles (`-p a,b`, `--all-profiles`): each
//! run's printer hands its records here, stamped with their profile, and
//! they are printed at the end as one document with `profile` first, the
//! profiles in the order given. The runs render their own cells (statuses
//! by name, stage names, dates) so the document shows what each run's own
//! table would. A profile that failed is one record of its own: its error
//! (`error`, `exit_code`, `message` in JSON; an ERROR column in tables).

use std::sync::{Arc, Mutex};

use serde_json::{Map, Value};

use super::{OutputFormat, Printer};
use crate::error::{CliError, Result};
use crate::views::View;

#[derive(Debug, Default)]
pub struct Gathered {
    /// (header, key in the rows) of the text formats, in first-seen order.
    columns: Vec<(String, String)>,
    items: Vec<Value>,
    /// Text a run printed as is (`apply`'s plan): by profile.
    texts: Vec<(String, String)>,
    /// Did a profile fail (its record carries the ERROR column)?
    failed: bool,
}

/// The column of a failed profile's record in the text formats.
const ERROR_COLUMN: (&str, &str) = ("ERROR", "error");

pub type Gathering = Arc<Mutex<Gathered>>;

pub fn gathering() -> Gathering {
    Arc::new(Mutex::new(Gathered::default()))
}

impl Gathered {
    /// A record of `profile`: for JSON formats the record with `profile`
    /// first; for the others its cells as that run's printer shows them.
    pub(super) fn push(
        &mut self,
        profile: &str,
        record: Value,
        cells: Option<Vec<(String, String, String)>>,
    ) {
        let mut row = Map::new();
        row.insert("profile".into(), Value::String(profile.to_string()));
        match cells {
            // Each cell under its field's path, as the view names it: a
            // report reads its users and roles by those.
            Some(cells) => {
                for (header, path, text) in cells {
                    // Flat: a dotted path (`target.name`) would be read as
                    // a nested one.
                    let key = path.replace('.', "_");
                    if !self.columns.iter().any(|(h, _)| *h == header) {
                        self.columns.push((header.clone(), key.clone()));
                    }
                    row.insert(key, Value::String(text));
                }
            }
            None => match record {
                Value::Object(m) => row.extend(m),
                other => {
                    row.insert("value".into(), other);
                }
            },
        }
        self.items.push(Value::Object(row));
    }

    /// The record of a profile that failed: its error as `-o json` tells
    /// errors, or its message under ERROR in the text formats.
    pub fn push_failure(&mut self, profile: &str, e: &CliError, format: OutputFormat) {
        let mut row = Map::new();
        row.insert("profile".into(), Value::String(profile.to_string()));
        match format {
            OutputFormat::Json | OutputFormat::Ndjson => {
                if let Value::Object(m) = e.to_json() {
                    row.extend(m);
                }
            }
            _ => {
                self.failed = true;
                row.insert(
                    ERROR_COLUMN.1.into(),
                    Value::String(e.to_json()["message"].as_str().unwrap_or_default().into()),
                );
            }
        }
        self.items.push(Value::Object(row));
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

/// Print what the runs gathered, as one document: the text they printed
/// as is, each line with its profile; then the records of each profile
/// together, the profiles in the order of `profiles`. A table of no
/// records is not printed (a header alone says nothing).
pub fn print(gathered: &Gathering, profiles: &[String], printer: &mut Printer) -> Result<()> {
    let mut g = gathered.lock().unwrap_or_else(|e| e.into_inner());
    let rank = |p: &str| profiles.iter().position(|q| q == p).unwrap_or(usize::MAX);
    let mut texts = std::mem::take(&mut g.texts);
    texts.sort_by_key(|(p, _)| rank(p));
    for (profile, text) in texts {
        let labelled: String = text.lines().map(|l| format!("{profile}: {l}\n")).collect();
        printer.plain(&labelled)?;
    }
    let mut items = std::mem::take(&mut g.items);
    if items.is_empty() && printer.format == OutputFormat::Table {
        return Ok(());
    }
    items.sort_by_key(|item| rank(item["profile"].as_str().unwrap_or_default()));
    let csv = matches!(printer.format, OutputFormat::Csv | OutputFormat::Tsv);
    let first = if csv { "profile" } else { "PROFILE" };
    // A view made here, for this one print: leaked, as a process prints
    // one such document at most.
    let mut columns: Vec<(&'static str, &'static str)> = vec![(first, "profile")];
    for (h, k) in g.columns.drain(..) {
        let h: &'static str = Box::leak(h.into_boxed_str());
        let k: &'static str = Box::leak(k.into_boxed_str());
        columns.push((h, k));
    }
    if g.failed {
        let header = if csv { ERROR_COLUMN.1 } else { ERROR_COLUMN.0 };
        columns.push((header, ERROR_COLUMN.1));
    }
    let view = View {
        noun: "records",
        columns: Box::leak(columns.into_boxed_slice()),
        fields: &[],
    };
    printer.list(view, items)
}

impl Printer {
    /// Hand records to `into`, stamped with `profile`, instead of printing.
    pub fn gather_into(&mut self, into: Gathering, profile: &str) {
        self.gather = Some((into, profile.to_string()));
    }

    /// Text printed as is, handed to the gathering when there is one.
    pub(super) fn gather_text(&mut self, text: &str) -> bool {
        match &self.gather {
            Some((g, profile)) => {
                g.lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .texts
                    .push((profile.clone(), text.to_string()));
                true
            }
            None => false,
        }
    }

    /// Are records handed to a gathering (a run on several profiles)?
    pub fn is_gathering(&self) -> bool {
        self.gather.is_some()
    }

    /// The cells of `item` as this printer's format shows them (None for
    /// JSON and NDJSON, which keep the record).
    pub(super) fn cells(&self, view: View, item: &Value) -> Option<Vec<(String, String, String)>> {
        match self.format {
            OutputFormat::Json | OutputFormat::Ndjson => None,
            OutputFormat::Csv | OutputFormat::Tsv => Some(
                super::cells::csv_headers(view, &self.fields)
                    .into_iter()
                    .map(|(h, p)| {
                        let t = self.text(item, &p);
                        (h, p, t)
                    })
                    .collect(),
            ),
            _ => Some(
                super::cells::table_columns(view, &self.fields)
                    .into_iter()
                    .map(|(h, p)| {
                        let t = self.table_text(item, &p);
                        (h, p, t)
                    })
                    .collect(),
            ),
        }
    }
}
