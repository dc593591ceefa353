//! Per-row results of a bulk run: one NDJSON record per input row, written
//! and flushed as each row completes, so a run killed at any moment leaves
//! a file that `--resume` can trust (a torn last line is ignored).

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use super::input::Invalid;
use crate::backend::{Action, RowOutcome};
use crate::error::{CliError, Result};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RowResult {
    pub row: usize,
    /// The row's e-mail (login id).
    pub identity: Option<String>,
    pub action: Action,
    pub key: Option<String>,
    pub status: Option<u16>,
    pub error_code: Option<String>,
    pub message: Option<String>,
    pub trace_id: Option<String>,
}

impl RowResult {
    pub fn from_outcome(row: usize, identity: &str, o: RowOutcome) -> RowResult {
        RowResult {
            row,
            identity: Some(identity.to_string()),
            action: o.action,
            key: o.key,
            status: o.status,
            error_code: o.error_code,
            message: o.message,
            trace_id: o.trace_id,
        }
    }

    pub fn invalid(i: &Invalid) -> RowResult {
        RowResult {
            row: i.n,
            identity: i.identity.clone(),
            action: Action::Failed,
            key: None,
            status: None,
            error_code: Some(i.code.to_string()),
            message: Some(i.message.clone()),
            trace_id: None,
        }
    }
}

#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    pub created: usize,
    pub updated: usize,
    pub deleted: usize,
    pub unchanged: usize,
    pub skipped: usize,
    /// Users there, but without every group or role of their row.
    pub partial: usize,
    pub failed: usize,
}

impl Counts {
    pub fn add(&mut self, a: Action) {
        match a {
            Action::Created => self.created += 1,
            Action::Updated => self.updated += 1,
            Action::Deleted => self.deleted += 1,
            Action::Unchanged => self.unchanged += 1,
            Action::Skipped => self.skipped += 1,
            Action::Partial => self.partial += 1,
            Action::Failed => self.failed += 1,
        }
    }
    pub fn total(&self) -> usize {
        self.created
            + self.updated
            + self.deleted
            + self.unchanged
            + self.skipped
            + self.partial
            + self.failed
    }

    /// Rows that did not end as asked (failed, or only partly done).
    pub fn not_done(&self) -> usize {
        self.failed + self.partial
    }

    /// What went wrong, in words: "2 rows failed; 1 user was created
    /// without every group or role".
    pub fn trouble(&self, total: usize) -> String {
        let mut parts = Vec::new();
        if self.failed > 0 {
            parts.push(format!("{} of {total} rows failed", self.failed));
        }
        if self.partial > 0 {
            parts.push(format!(
                "{} of {total} users are there without every group or role of their row",
                self.partial
            ));
        }
        parts.join("; ")
    }
}

enum Dest {
    None,
    Stdout,
    File(File),
}

/// Where results go; shared by every worker.
pub struct Results {
    dest: Mutex<Dest>,
    counts: Mutex<Counts>,
    /// Without a results file, failed rows are told on stderr.
    warn_failures: bool,
    pub path: Option<PathBuf>,
    /// Each row written, as an outcome record (`crate::outcome`), for the
    /// command to hand to `Ctx::record` once the workers are done.
    records: Mutex<Vec<crate::outcome::Outcome>>,
}

impl RowResult {
    /// The row as an outcome record: the user created (or found, or
    /// failed) by this row.
    pub fn outcome(&self) -> crate::outcome::Outcome {
        use crate::outcome::{Change, Outcome, Res, Target};
        let identity = self.identity.clone().unwrap_or_default();
        let key = self.key.clone().unwrap_or_else(|| identity.clone());
        let (op, result) = match self.action {
            Action::Created => ("create", Res::Created),
            Action::Updated => ("update", Res::Changed),
            Action::Deleted => ("delete", Res::Deleted),
            Action::Unchanged => ("create", Res::Unchanged),
            Action::Skipped => ("create", Res::Skipped),
            Action::Partial => ("create", Res::Partial),
            Action::Failed => ("create", Res::Failed),
        };
        let mut o = Outcome::new(Target::user(key, identity), Change::op(op), result);
        o.detail = self
            .message
            .as_ref()
            .map(|m| format!("row {}: {m}", self.row))
            .or_else(|| (self.action == Action::Unchanged).then(|| "already there".to_string()));
        o
    }
}

impl Results {
    /// `path` `-` is stdout; `append` keeps what the file holds (resuming
    /// into the same file).
    pub fn open(path: Option<&Path>, append: bool) -> Result<Results> {
        let (dest, warn) = match path {
            None => (Dest::None, true),
            Some(p) if p == Path::new("-") => (Dest::Stdout, false),
            Some(p) => {
                let mut f = OpenOptions::new()
                    .create(true)
                    .write(true)
                    .append(append)
                    .truncate(!append)
                    .read(true)
                    .open(p)
                    .map_err(|e| {
                        CliError::usage(format!("cannot write results to {}: {e}", p.display()))
                    })?;
                if append {
                    end_with_newline(&mut f)?;
                }
                (Dest::File(f), false)
            }
        };
        Ok(Results {
            dest: Mutex::new(dest),
            counts: Mutex::new(Counts::default()),
            warn_failures: warn,
            path: path.filter(|p| *p != Path::new("-")).map(Path::to_path_buf),
            records: Mutex::new(Vec::new()),
        })
    }

    /// Record one row (counted; written unless `count_only`).
    pub fn write(&self, r: &RowResult) -> Result<()> {
        self.counts
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .add(r.action);
        self.records
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(r.outcome());
        if !r.action.succeeded() && self.warn_failures {
            let how = if r.action == Action::Partial {
                "partly done"
            } else {
                "failed"
            };
            eprintln!(
                "row {} ({}): {how}: {}",
                r.row,
                r.identity.as_deref().unwrap_or("?"),
                r.message.as_deref().unwrap_or("")
            );
        }
        let mut line = serde_json::to_vec(r)
            .map_err(|e| CliError::other(format!("cannot write results: {e}")))?;
        line.push(b'\n');
        let mut dest = self.dest.lock().unwrap_or_else(|p| p.into_inner());
        match &mut *dest {
            Dest::None => {}
            Dest::Stdout => {
                let mut out = std::io::stdout().lock();
                out.write_all(&line)?;
                out.flush()?;
            }
            Dest::File(f) => {
                // One write per line: a kill leaves at most a torn last line.
                f.write_all(&line)?;
                f.flush()?;
            }
        }
        Ok(())
    }

    /// The outcome records of the rows written so far (taken: a second
    /// call gives the rows written since).
    pub fn take_records(&self) -> Vec<crate::outcome::Outcome> {
        std::mem::take(&mut *self.records.lock().unwrap_or_else(|p| p.into_inner()))
    }

    /// Don't tell failed rows on stderr: their outcome records do.
    pub fn quiet_failures(mut self) -> Self {
        self.warn_failures = false;
        self
    }

    /// Count a row without writing it (skipped rows already in the file).
    pub fn count(&self, a: Action) {
        self.counts.lock().unwrap_or_else(|p| p.into_inner()).add(a);
    }

    pub fn counts(&self) -> Counts {
        *self.counts.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn sync(&self) -> Result<()> {
        if let Dest::File(f) = &mut *self.dest.lock().unwrap_or_else(|p| p.into_inner()) {
            f.sync_data()?;
        }
        Ok(())
    }
}

fn end_with_newline(f: &mut File) -> Result<()> {
    let len = f.metadata()?.len();
    if len == 0 {
        return Ok(());
    }
    f.seek(SeekFrom::Start(len - 1))?;
    let mut last = [0u8; 1];
    f.read_exact(&mut last)?;
    if last[0] != b'\n' {
        f.write_all(b"\n")?;
    }
    Ok(())
}

/// Rows a previous run finished: row number → (identity, key). A row is
/// done when any of its records succeeded; lines that do not parse (a
/// torn last line) are ignored. A missing file means nothing was done.
/// Row number → (identity, key) of the rows a results file records as done.
pub type DoneRows = HashMap<usize, (Option<String>, Option<String>)>;

pub fn done_rows(path: &Path) -> Result<DoneRows> {
    let f = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(HashMap::new()),
        Err(e) => {
            return Err(CliError::usage(format!(
                "cannot read {}: {e}",
                path.display()
            )));
        }
    };
    let mut done = HashMap::new();
    for line in BufReader::new(f).split(b'\n') {
        let line = line?;
        let Ok(r) = serde_json::from_slice::<RowResult>(&line) else {
            continue;
        };
        if r.action.succeeded() {
            done.insert(r.row, (r.identity, r.key));
        }
    }
    Ok(done)
}

/// E-mail (lower case) → key of every user a results file names with a
/// key, whatever became of its row (a `partial` row's user is there):
/// a resumed run needs no lookup for them. Unreadable lines are ignored,
/// as by [`done_rows`]; a missing file proves nothing.
pub fn proven_keys(path: &Path) -> HashMap<String, String> {
    let Ok(f) = File::open(path) else {
        return HashMap::new();
    };
    BufReader::new(f)
        .split(b'\n')
        .map_while(std::result::Result::ok)
        .filter_map(|line| serde_json::from_slice::<RowResult>(&line).ok())
        .filter_map(|r| Some((r.identity?.to_lowercase(), r.key?)))
        .collect()
}
