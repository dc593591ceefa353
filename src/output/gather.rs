//! One command run on several profiles (`-p a,b`, `--all-profiles`): each
//! run's printer hands its records here, stamped with their profile, and
//! they are printed at the end as one document with `profile` first. The
//! runs render their own cells (statuses by name, stage names, dates) so
//! the document shows what each run's own table would.

use std::sync::{Arc, Mutex};

use serde_json::{Map, Value};

use super::{OutputFormat, Printer};
use crate::error::Result;
use crate::views::View;

#[derive(Debug, Default)]
pub struct Gathered {
    /// (header, key in the rows) of the text formats, in first-seen order.
    columns: Vec<(String, String)>,
    items: Vec<Value>,
}

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
        cells: Option<Vec<(String, String)>>,
    ) {
        let mut row = Map::new();
        row.insert("profile".into(), Value::String(profile.to_string()));
        match cells {
            Some(cells) => {
                for (header, text) in cells {
                    if !self.columns.iter().any(|(h, _)| *h == header) {
                        self.columns.push((header.clone(), header.clone()));
                    }
                    row.insert(header, Value::String(text));
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

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

/// Print what the runs gathered, as one document.
pub fn print(gathered: &Gathering, printer: &mut Printer) -> Result<()> {
    let mut g = gathered.lock().unwrap_or_else(|e| e.into_inner());
    let items = std::mem::take(&mut g.items);
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

    /// Are records handed to a gathering (a run on several profiles)?
    pub fn is_gathering(&self) -> bool {
        self.gather.is_some()
    }

    /// The cells of `item` as this printer's format shows them (None for
    /// JSON and NDJSON, which keep the record).
    pub(super) fn cells(&self, view: View, item: &Value) -> Option<Vec<(String, String)>> {
        match self.format {
            OutputFormat::Json | OutputFormat::Ndjson => None,
            OutputFormat::Csv | OutputFormat::Tsv => Some(
                super::cells::csv_headers(view, &self.fields)
                    .into_iter()
                    .map(|(h, p)| {
                        let t = self.text(item, &p);
                        (h, t)
                    })
                    .collect(),
            ),
            _ => Some(
                super::cells::table_columns(view, &self.fields)
                    .into_iter()
                    .map(|(h, p)| {
                        let t = self.table_text(item, &p);
                        (h, t)
                    })
                    .collect(),
            ),
        }
    }
}
