//! `users export [FILE]`: every user, streamed, in every column `users
//! import` and `apply` can set on the platform (`Capabilities::
//! import_columns`), followed by the informational key that import
//! accepts and ignores. So export → import (or apply) onto another tenant
//! reproduces the users.
//!
//! Groups and roles can cost extra requests (ODC: no API lists every
//! membership at once, so one walk of the tenant's lists), so they come
//! only with `--memberships`: the direct ones
//! (those a user holds through a group or an identity provider are not
//! theirs to import), as references another tenant resolves (ODC:
//! `STAGE/GROUP`, `APP/STAGE/ROLE`, `org:ROLE`; Valuekeep: keys; Descope:
//! role names). Descope tenants and their roles are in the user record,
//! and always exported.

use std::io::Write;

use clap::Args;
use serde_json::{Map, Value, json};

use crate::backend::{UserQuery, UserSummary, summarize_user};
use crate::bulk::input::Format;
use crate::context::Ctx;
use crate::error::{CliError, Result};

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Where to write (`-` or nothing: stdout)
    pub file: Option<String>,
    /// Output format (default: from FILE's extension, .csv, .json or .ndjson; CSV when it has none)
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Also export each user's direct groups and roles (ODC: STAGE/GROUP,
    /// APP/STAGE/ROLE, org:ROLE); costs requests on ODC: one walk of the
    /// tenant's lists (about 18, whatever the number of users)
    #[arg(long)]
    pub memberships: bool,
}

/// What export writes: the columns the platform can import (an ODC
/// user's identity-provider profile, `builtinIdp`, is not in its record),
/// then the key.
pub(crate) fn columns(caps: &crate::backend::Capabilities) -> Vec<&'static str> {
    caps.import_columns
        .iter()
        .copied()
        .filter(|c| *c != "builtinIdp")
        .chain(["key"])
        .collect()
}

struct Out {
    columns: Vec<&'static str>,
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
                let line = csv_line(self.columns.iter().map(|s| s.to_string()))?;
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
                let cells = self
                    .columns
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
pub(crate) fn named_status(
    caps: &'static crate::backend::Capabilities,
    mut s: UserSummary,
) -> UserSummary {
    if let Some(st) = &s.status
        && let Some(name) = caps.status_native(st)
    {
        s.status = Some(name.to_string());
    }
    s
}

/// One user's line: `columns` read from the platform's record `u` (the
/// shared ones through its summary `s`), groups and roles as given.
pub(crate) fn record(
    columns: &[&str],
    u: &Value,
    s: &UserSummary,
    groups: Vec<String>,
    roles: Vec<String>,
) -> Map<String, Value> {
    let mut m = Map::new();
    for c in columns {
        let v = match *c {
            "email" => json!(s.email),
            "name" => json!(s.name),
            "active" => json!(s.active),
            "photoUrl" => json!(s.photo_url),
            "status" => json!(s.status),
            "key" => json!(s.key),
            "groups" => json!(groups),
            "roles" => json!(roles),
            "loginId" => u.pointer("/loginIds/0").cloned().unwrap_or(Value::Null),
            "technician" => u.get("isTechnician").cloned().unwrap_or(Value::Null),
            // `T1:RoleA,RoleB`, as import reads them (CSV joins with `;`).
            "tenants" => Value::Array(
                u.get("userTenants")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .map(|t| {
                        let id = t.get("tenantId").and_then(Value::as_str).unwrap_or("");
                        let roles: Vec<&str> = t
                            .get("roleNames")
                            .and_then(Value::as_array)
                            .into_iter()
                            .flatten()
                            .filter_map(Value::as_str)
                            .collect();
                        if roles.is_empty() {
                            json!(id)
                        } else {
                            json!(format!("{id}:{}", roles.join(",")))
                        }
                    })
                    .collect(),
            ),
            other => u
                .get(other)
                .filter(|v| !matches!(v, Value::String(t) if t.is_empty()))
                .filter(|v| !matches!(v, Value::Object(o) if o.is_empty()))
                .cloned()
                .unwrap_or(Value::Null),
        };
        m.insert(c.to_string(), v);
    }
    m
}

pub async fn run(ctx: &mut Ctx, args: ExportArgs) -> Result<()> {
    let path = args.file.clone().filter(|f| f != "-");
    let format = match (args.format, path.as_deref()) {
        (Some(f), _) => f,
        (None, None) => Format::Csv,
        (None, Some(p)) => match (Format::from_path(p), std::path::Path::new(p).extension()) {
            (Some(f), _) => f,
            (None, None) => Format::Csv,
            // A file named .yaml or .xlsx would get CSV in it: refused
            // before anything is read.
            (None, Some(ext)) => {
                return Err(CliError::usage(format!(
                    "{p}: `users export` writes CSV, JSON or NDJSON, not .{}",
                    ext.to_string_lossy()
                ))
                .hint("name the file .csv, .json or .ndjson, or give --format"));
            }
        },
    };
    let backend = ctx.backend().await?;
    let caps = backend.capabilities();
    let w = match &path {
        Some(p) => Dest::File(AtomicFile::create(p)?),
        None => Dest::Stdout(std::io::BufWriter::new(std::io::stdout())),
    };
    let columns = columns(caps);
    let cols = &columns;
    let mut out = Out {
        columns: columns.clone(),
        format,
        w,
        count: 0,
    };
    out.begin()?;
    let query = UserQuery::default();
    if !args.memberships {
        backend
            .list_users(&query, &mut |u| {
                let s = named_status(caps, summarize_user(&u));
                out.item(record(cols, &u, &s, Vec::new(), Vec::new()))
            })
            .await?;
    } else {
        // One listing: each record's own memberships (Valuekeep, Descope),
        // or the tenant's lists walked once (ODC: about 18 requests,
        // whatever the number of users).
        for (u, mut groups, mut roles) in backend.users_with_memberships().await? {
            let s = named_status(caps, summarize_user(&u));
            groups.sort();
            groups.dedup();
            roles.sort();
            roles.dedup();
            out.item(record(cols, &u, &s, groups, roles))?;
        }
    }
    out.end()?;
    finish(ctx, out, path)
}

fn finish(ctx: &Ctx, mut out: Out, path: Option<String>) -> Result<()> {
    if let Dest::File(f) = &mut out.w {
        f.commit()?;
    }
    if let Some(p) = &path {
        ctx.ui
            .status(format!("Exported {} users to {p}", out.count));
    }
    Ok(())
}
