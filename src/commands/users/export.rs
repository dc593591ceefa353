//! `users export [FILE]`: every user, streamed, in the columns `users
//! import` reads (email, name, active, photoUrl, groups, roles), followed by
//! the informational key and status that import accepts and ignores. So
//! export → edit → import round-trips.
//!
//! Groups and roles cost one or two requests per user (no API lists every
//! membership at once), so they come only with `--memberships`, as keys of
//! the direct memberships (those a user holds through a group or an
//! identity provider are not theirs to import).

use std::io::Write;

use clap::Args;
use futures::StreamExt;
use serde_json::{Map, Value, json};

use crate::backend::{Backend, Scope, UserQuery, UserSummary, summarize_user};
use crate::bulk::input::Format;
use crate::context::Ctx;
use crate::error::{CliError, Result};

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Where to write (`-` or nothing: stdout)
    pub file: Option<String>,
    /// Output format (default: from FILE's extension, else CSV)
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Also export each user's direct groups and roles (by key); costs
    /// requests per user
    #[arg(long)]
    pub memberships: bool,
    /// With --memberships: users looked up at once
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub concurrency: u16,
}

const CSV_COLUMNS: &[&str] = &[
    "email", "name", "active", "photoUrl", "groups", "roles", "key", "status",
];

struct Out {
    format: Format,
    w: Dest,
    count: usize,
}

/// Where an export goes. A file is written beside its target under a
/// temporary name and renamed over it only once every user is written, so
/// a failed or killed export never truncates a good earlier file.
enum Dest {
    Stdout(std::io::BufWriter<std::io::Stdout>),
    File(AtomicFile),
}

impl Write for Dest {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Dest::Stdout(w) => w.write(buf),
            Dest::File(f) => f.w.write(buf),
        }
    }
    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Dest::Stdout(w) => w.flush(),
            Dest::File(f) => f.w.flush(),
        }
    }
}

struct AtomicFile {
    w: std::io::BufWriter<std::fs::File>,
    tmp: std::path::PathBuf,
    target: std::path::PathBuf,
    done: bool,
}

impl AtomicFile {
    fn create(target: &str) -> Result<AtomicFile> {
        let target = std::path::PathBuf::from(target);
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .ok_or_else(|| {
                CliError::usage(format!(
                    "cannot write {}: not a file name",
                    target.display()
                ))
            })?;
        let tmp = target.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
        let f = std::fs::File::create(&tmp)
            .map_err(|e| CliError::usage(format!("cannot write {}: {e}", target.display())))?;
        Ok(AtomicFile {
            w: std::io::BufWriter::new(f),
            tmp,
            target,
            done: false,
        })
    }

    /// Everything is written: put it in place.
    fn commit(&mut self) -> Result<()> {
        self.w.flush()?;
        self.w.get_ref().sync_all()?;
        std::fs::rename(&self.tmp, &self.target).map_err(|e| {
            CliError::other(format!("cannot replace {}: {e}", self.target.display()))
        })?;
        self.done = true;
        Ok(())
    }
}

impl Drop for AtomicFile {
    /// An export that did not finish leaves nothing behind.
    fn drop(&mut self) {
        if !self.done {
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

impl Out {
    fn begin(&mut self) -> Result<()> {
        match self.format {
            Format::Csv => {
                let line = csv_line(CSV_COLUMNS.iter().map(|s| s.to_string()))?;
                self.w.write_all(&line)?;
            }
            Format::Json => self.w.write_all(b"[")?,
            Format::Ndjson => {}
        }
        Ok(())
    }

    fn item(&mut self, rec: Map<String, Value>) -> Result<()> {
        match self.format {
            Format::Csv => {
                let cells = CSV_COLUMNS
                    .iter()
                    .map(|c| crate::output::cell(&Value::Object(rec.clone()), c));
                let line = csv_line(cells)?;
                self.w.write_all(&line)?;
            }
            Format::Json => {
                self.w
                    .write_all(if self.count == 0 { b"\n  " } else { b",\n  " })?;
                self.w.write_all(&json_bytes(&Value::Object(rec))?)?;
            }
            Format::Ndjson => {
                self.w.write_all(&json_bytes(&Value::Object(rec))?)?;
                self.w.write_all(b"\n")?;
            }
        }
        self.count += 1;
        Ok(())
    }

    fn end(&mut self) -> Result<()> {
        if self.format == Format::Json {
            self.w
                .write_all(if self.count == 0 { b"]\n" } else { b"\n]\n" })?;
        }
        self.w.flush()?;
        Ok(())
    }
}

fn json_bytes(v: &Value) -> Result<Vec<u8>> {
    serde_json::to_vec(v).map_err(|e| CliError::other(format!("cannot write JSON: {e}")))
}

fn csv_line(fields: impl Iterator<Item = String>) -> Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(fields)
        .map_err(|e| CliError::other(format!("cannot write CSV: {e}")))?;
    w.into_inner()
        .map_err(|e| CliError::other(format!("cannot write CSV: {e}")))
}

/// The status by the platform's name for it (Valuekeep sends `1`; the
/// export says `Active`).
fn named_status(caps: &'static crate::backend::Capabilities, mut s: UserSummary) -> UserSummary {
    if let Some(st) = &s.status
        && let Some(name) = caps.status_native(st)
    {
        s.status = Some(name.to_string());
    }
    s
}

fn record(s: &UserSummary, groups: Vec<String>, roles: Vec<String>) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("email".into(), json!(s.email));
    m.insert("name".into(), json!(s.name));
    m.insert("active".into(), json!(s.active));
    m.insert("photoUrl".into(), json!(s.photo_url));
    m.insert("groups".into(), json!(groups));
    m.insert("roles".into(), json!(roles));
    m.insert("key".into(), json!(s.key));
    m.insert("status".into(), json!(s.status));
    m
}

pub async fn run(ctx: &mut Ctx, args: ExportArgs) -> Result<()> {
    let path = args.file.clone().filter(|f| f != "-");
    let format = args
        .format
        .or_else(|| path.as_deref().and_then(Format::from_path))
        .unwrap_or(Format::Csv);
    let backend = ctx.backend().await?;
    let caps = backend.capabilities();
    let w = match &path {
        Some(p) => Dest::File(AtomicFile::create(p)?),
        None => Dest::Stdout(std::io::BufWriter::new(std::io::stdout())),
    };
    let mut out = Out {
        format,
        w,
        count: 0,
    };
    out.begin()?;
    let query = UserQuery::default();
    if !args.memberships {
        backend
            .list_users(&query, &mut |u| {
                out.item(record(
                    &named_status(caps, summarize_user(&u)),
                    Vec::new(),
                    Vec::new(),
                ))
            })
            .await?;
    } else {
        let mut users = Vec::new();
        backend
            .list_users(&query, &mut |u| {
                users.push(named_status(caps, summarize_user(&u)));
                Ok(())
            })
            .await?;
        let b: &dyn Backend = backend.as_ref();
        // A platform without groups (Descope) exports roles only.
        let has_groups = b.capabilities().has("users groups list");
        let mut recs = futures::stream::iter(users)
            .map(|s| async move {
                let groups = if has_groups {
                    b.held_groups(&s.key, &Scope::default()).await?
                } else {
                    Vec::new()
                };
                let roles = b.held_roles(&s.key, &Scope::default()).await?;
                let direct = |h: Vec<crate::backend::Held>| {
                    h.into_iter().filter(|h| h.direct).map(|h| h.key).collect()
                };
                Ok::<_, CliError>(record(&s, direct(groups), direct(roles)))
            })
            .buffered(args.concurrency as usize);
        while let Some(r) = recs.next().await {
            out.item(r?)?;
        }
    }
    out.end()?;
    if let Dest::File(f) = &mut out.w {
        f.commit()?;
    }
    if let Some(p) = &path {
        ctx.ui
            .status(format!("Exported {} users to {p}", out.count));
    }
    Ok(())
}
