//! `users lifecycle deactivate|reactivate|delete|set` for many users at
//! once: identities from a file or stdin (one a line, or CSV/NDJSON/JSON
//! with a column, such as the output of `users list -o ndjson`), with the
//! same per-row results file, `--resume`, `--dry-run`, confirmation and
//! exit 7 on partial failure as `users import`.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use futures::StreamExt;
use serde_json::Value;

use crate::backend::{Action, Backend, RowOutcome};
use crate::bulk::results::{Results, RowResult, done_rows};
use crate::context::Ctx;
use crate::error::{CliError, ErrorKind, Result};
use crate::outcome::{Change, Outcome, Res, Target};

#[derive(Debug, Subcommand)]
pub enum LifecycleCommand {
    /// Deactivate every user listed (keeps their data and access)
    Deactivate(FromArgs),
    /// Reactivate every user listed
    Reactivate(FromArgs),
    /// Delete every user listed (cannot be undone)
    Delete(FromArgs),
    /// Set one attribute of every user listed (as `users set`)
    Set(SetArgs),
}

#[derive(Debug, Args)]
pub struct FromArgs {
    /// The users: one key, e-mail or login id a line; or CSV with a header,
    /// NDJSON or a JSON array (e.g. from `users list -o ndjson`), read from
    /// --column. `-` reads stdin
    #[arg(long = "from", value_name = "FILE")]
    pub from: String,
    /// The column (or JSON field) holding each user (default: email, then
    /// key, userKey, loginIds, userId)
    #[arg(long, value_name = "NAME")]
    pub column: Option<String>,
    /// Write one NDJSON result per user to FILE as they complete
    #[arg(long, value_name = "FILE")]
    pub results: Option<PathBuf>,
    /// Skip the users this results file of an earlier run records as done
    #[arg(long, value_name = "RESULTS")]
    pub resume: Option<PathBuf>,
    /// Users changed at once
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub concurrency: u16,
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// The attribute, by its shared name (as `users set`)
    pub attr: String,
    /// Its new value
    pub value: String,
    #[command(flatten)]
    pub from: FromArgs,
}

#[derive(Debug, Clone)]
enum Op {
    /// The shared attribute name and value as given, and the platform's
    /// setter name and value.
    Set(String, String, (String, String)),
    Delete,
}

pub async fn run(ctx: &mut Ctx, cmd: LifecycleCommand) -> Result<()> {
    let (from, op, what) = match cmd {
        LifecycleCommand::Deactivate(a) => (
            a,
            Op::Set("active".into(), "false".into(), Default::default()),
            "deactivate",
        ),
        LifecycleCommand::Reactivate(a) => (
            a,
            Op::Set("active".into(), "true".into(), Default::default()),
            "reactivate",
        ),
        LifecycleCommand::Delete(a) => (a, Op::Delete, "delete"),
        LifecycleCommand::Set(a) => (
            a.from,
            Op::Set(a.attr, a.value, Default::default()),
            "update",
        ),
    };
    let users = read_identities(&from.from, from.column.as_deref())?;
    let total = users.len();
    if total == 0 {
        return Err(CliError::usage(format!("{} lists no users", from.from)));
    }
    let backend = ctx.backend().await?;
    // The attribute and value, mapped and checked before anything is sent.
    let op = match op {
        Op::Set(attr, value, _) => {
            let caps = backend.capabilities();
            let native = caps.attribute(&attr, &value)?;
            Op::Set(caps.attribute_name(&attr), value, native)
        }
        Op::Delete => Op::Delete,
    };
    let same_file = from.resume.is_some() && from.resume == from.results;
    let done = match &from.resume {
        Some(p) => done_rows(p)?,
        None => Default::default(),
    };
    let todo: Vec<(usize, String)> = users
        .into_iter()
        .enumerate()
        .map(|(i, u)| (i + 1, u))
        .filter(|(n, u)| {
            done.get(n)
                .is_none_or(|(id, _)| id.as_deref() != Some(u.as_str()))
        })
        .collect();
    let skipped = total - todo.len();
    if !ctx.global.dry_run && !todo.is_empty() {
        let first: Vec<&str> = todo.iter().take(3).map(|(_, u)| u.as_str()).collect();
        let more = if todo.len() > 3 {
            format!(" and {} more", todo.len() - 3)
        } else {
            String::new()
        };
        ctx.ui.confirm(&format!(
            "{what} {} user(s): {}{more}",
            todo.len(),
            first.join(", ")
        ))?;
    }
    let results = Results::open(from.results.as_deref(), same_file)?;
    for _ in 0..skipped {
        results.count(Action::Skipped);
    }
    crate::cancel::cooperate();
    let b: &dyn Backend = backend.as_ref();
    let caps = b.capabilities();
    let op = &op;
    let mut rows = futures::stream::iter(todo)
        .map(|(n, user)| async move {
            if crate::cancel::is_cancelled() {
                return None;
            }
            let done = one(b, caps, &user, op).await;
            if matches!(&done, Err(e) if e.kind == ErrorKind::Interrupted) {
                return None;
            }
            Some((n, user, done))
        })
        .buffered(from.concurrency as usize);
    let mut went = 0;
    while let Some(r) = rows.next().await {
        let Some((n, user, done)) = r else { continue };
        let (outcome, error) = match done {
            Ok(o) => (o, None),
            Err(e) => (
                Outcome::new(
                    Target::user(user.clone(), user.clone()),
                    change_of(op),
                    Res::Failed,
                )
                .detail(e.to_string()),
                Some(e),
            ),
        };
        let action = match outcome.result {
            Res::Changed | Res::Planned | Res::Created => Action::Updated,
            Res::Deleted => Action::Deleted,
            Res::Unchanged => Action::Unchanged,
            Res::Skipped => Action::Skipped,
            Res::Partial => Action::Partial,
            Res::Failed => Action::Failed,
        };
        let row = match &error {
            Some(e) => RowOutcome::from_error(Action::Failed, e),
            None => RowOutcome::new(action, Some(outcome.target.key.clone()), None),
        };
        results.write(&RowResult::from_outcome(n, &user, row))?;
        match error {
            Some(e) => ctx.record_failed(outcome, e)?,
            None => ctx.record(outcome)?,
        }
        went += 1;
    }
    results.sync()?;
    let not_started = total - skipped - went;
    if skipped > 0 {
        ctx.ui.status(format!(
            "{skipped} users done in an earlier run were skipped"
        ));
    }
    if not_started > 0 {
        let mut e = CliError::new(
            ErrorKind::Interrupted,
            format!("interrupted: {not_started} users not started"),
        );
        if let Some(p) = &results.path {
            e = e.hint(format!(
                "to finish, run the same command with --results {p} --resume {p}",
                p = p.display()
            ));
        }
        return Err(e);
    }
    Ok(())
}

fn change_of(op: &Op) -> Change {
    match op {
        Op::Set(attr, value, _) => Change::set(attr, Value::String(value.clone())),
        Op::Delete => Change::op("delete"),
    }
}

/// One user: read (which resolves an e-mail and tells what is already as
/// asked), then the write only where it changes something.
async fn one(
    b: &dyn Backend,
    caps: &crate::backend::Capabilities,
    user: &str,
    op: &Op,
) -> Result<Outcome> {
    match op {
        Op::Set(shared, value, (attr, native)) => {
            let record = b.get_user(user).await?;
            let mut key = b.record_key(&record);
            if key.is_empty() {
                key = b.user_key(user).await?;
            }
            let target = Target::user(key.clone(), user.to_string());
            let change = Change::set(shared, Value::String(value.clone()));
            let current = caps
                .attribute_path(shared)
                .and_then(|p| crate::output::lookup(&record, &p).cloned());
            if let Some(c) = &current
                && caps.same_value(c, native)
            {
                return Ok(
                    Outcome::new(target, change, Res::Unchanged).detail(format!("already {value}"))
                );
            }
            b.set_user(&key, attr, native).await?;
            let before = current.map(|c| serde_json::json!({"field": shared, "value": c}));
            Ok(Outcome::new(target, change, Res::Changed).before(before))
        }
        Op::Delete => {
            let key = match b.user_key(user).await {
                Ok(k) => k,
                // Gone already: a re-run, or a resumed run, after the delete.
                Err(e) if e.kind == ErrorKind::NotFound => {
                    return Ok(Outcome::new(
                        Target::user(user.to_string(), user.to_string()),
                        Change::op("delete"),
                        Res::Unchanged,
                    )
                    .detail("no such user: already deleted"));
                }
                Err(e) => return Err(e),
            };
            let target = Target::user(key.clone(), user.to_string());
            match b.delete_user(&key).await {
                Ok(_) => Ok(Outcome::new(target, Change::op("delete"), Res::Deleted)),
                Err(e) if e.kind == ErrorKind::NotFound => {
                    Ok(Outcome::new(target, Change::op("delete"), Res::Unchanged)
                        .detail("already deleted"))
                }
                Err(e) => Err(e),
            }
        }
    }
}

/// The identities a file lists: JSON/NDJSON records or CSV rows (from a
/// column), or one a line.
fn read_identities(from: &str, column: Option<&str>) -> Result<Vec<String>> {
    let text = if from == "-" {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)?;
        s
    } else {
        std::fs::read_to_string(from)
            .map_err(|e| CliError::usage(format!("cannot read {from}: {e}")))?
    };
    let pick = |v: &Value| -> Option<String> {
        let names: Vec<&str> = match column {
            Some(c) => vec![c],
            None => DEFAULTS.to_vec(),
        };
        names
            .iter()
            .find_map(|n| match crate::output::lookup(v, n)? {
                Value::String(s) if !s.is_empty() => Some(s.clone()),
                Value::Array(a) => a.first()?.as_str().map(str::to_string),
                _ => None,
            })
    };
    let first = text.trim_start().chars().next();
    let out: Vec<String> = match first {
        Some('[') => {
            let v: Value = serde_json::from_str(&text)
                .map_err(|e| CliError::usage(format!("{from}: not a JSON array: {e}")))?;
            let items = v.as_array().cloned().unwrap_or_default();
            items
                .iter()
                .enumerate()
                .map(|(i, r)| pick(r).ok_or_else(|| no_identity(from, i + 1, column)))
                .collect::<Result<_>>()?
        }
        Some('{') => text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .enumerate()
            .map(|(i, l)| {
                let v: Value = serde_json::from_str(l).map_err(|e| {
                    CliError::usage(format!("{from}: record {} is not JSON: {e}", i + 1))
                })?;
                pick(&v).ok_or_else(|| no_identity(from, i + 1, column))
            })
            .collect::<Result<_>>()?,
        _ if column.is_some() || looks_like_csv(&text) => {
            let mut rdr = csv::Reader::from_reader(text.as_bytes());
            let headers = rdr
                .headers()
                .map_err(|e| CliError::usage(format!("{from}: {e}")))?
                .clone();
            let at = match column {
                Some(c) => headers.iter().position(|h| h == c),
                None => DEFAULTS
                    .iter()
                    .find_map(|d| headers.iter().position(|h| h == *d)),
            }
            .ok_or_else(|| {
                CliError::usage(format!(
                    "{from} has no column {}",
                    column.unwrap_or("email, key, userKey, loginIds or userId")
                ))
                .hint("name it with --column NAME")
            })?;
            rdr.records()
                .enumerate()
                .map(|(i, r)| {
                    let r = r.map_err(|e| CliError::usage(format!("{from}: {e}")))?;
                    r.get(at)
                        .map(|s| s.split(';').next().unwrap_or(s).trim().to_string())
                        .filter(|s| !s.is_empty())
                        .ok_or_else(|| no_identity(from, i + 1, column))
                })
                .collect::<Result<_>>()?
        }
        _ => text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect(),
    };
    Ok(out)
}

/// Where a user is found in a record when --column does not say.
const DEFAULTS: &[&str] = &["email", "key", "userKey", "loginIds", "userId"];

/// A header line naming a known column: CSV rather than one user a line.
fn looks_like_csv(text: &str) -> bool {
    let header = text.lines().next().unwrap_or("");
    header.contains(',') && header.split(',').any(|h| DEFAULTS.contains(&h.trim()))
}

fn no_identity(from: &str, n: usize, column: Option<&str>) -> CliError {
    CliError::usage(format!(
        "{from}: record {n} names no user ({})",
        column.unwrap_or("no email, key, userKey, loginIds or userId")
    ))
    .hint("name the field with --column NAME")
}
