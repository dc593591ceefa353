//! `users lifecycle deactivate|reactivate|delete|set` for many users at
//! once: identities from a file or stdin (one a line, or CSV/TSV/NDJSON/JSON
//! with a column, such as the output of `users list`; `bulk::identities`
//! reads them), with the
//! same per-row results file, `--resume`, `--dry-run`, confirmation and
//! exit 7 on partial failure as `users import`.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use futures::StreamExt;

use crate::backend::batch::{UserBatches, UserSet, no_such_user};
use crate::backend::{Action, Backend, RowOutcome};
use crate::bulk::results::{Results, RowResult, done_rows};
use crate::context::Ctx;
use crate::error::{CliError, ErrorKind, Result};
use crate::outcome::{Change, Outcome, Res, Target};
use serde_json::Value;

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
    /// The users (key, e-mail or login id), when they are few; many come
    /// --from a file
    #[arg(
        value_name = "USER",
        required_unless_present = "from",
        conflicts_with = "from"
    )]
    pub users: Vec<String>,
    /// The users: one key, e-mail or login id a line; or CSV or TSV with a
    /// header, NDJSON or a JSON array (e.g. `users list -o tsv` or `-o
    /// ndjson`), read from --column. A first line naming a known column is
    /// a header, never a user. `-` reads stdin
    #[arg(long = "from", value_name = "FILE")]
    pub from: Option<String>,
    /// The column (or JSON field) holding each user (default: email, then
    /// key, userKey, loginIds, userId, also as spreadsheets spell them:
    /// "E-mail Address", "User Key")
    #[arg(long, value_name = "NAME", requires = "from")]
    pub column: Option<String>,
    /// Write one NDJSON result per user to FILE as they complete
    #[arg(long, value_name = "FILE")]
    pub results: Option<PathBuf>,
    /// Skip the users this results file of an earlier run records as done
    #[arg(long, value_name = "RESULTS")]
    pub resume: Option<PathBuf>,
    /// Users changed at once; where the platform changes many users per
    /// request (Descope: 100), batches in flight at once
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
    let users = match &from.from {
        Some(file) => {
            let listed = read_identities(file, from.column.as_deref())?;
            let total = listed.users.len();
            if total == 0 {
                return Err(CliError::usage(format!("{file} lists no users")));
            }
            ctx.ui.status(format!(
                "Read {total} user{} from {} ({}).",
                if total == 1 { "" } else { "s" },
                if file == "-" { "stdin" } else { file.as_str() },
                listed.source
            ));
            listed.users
        }
        None => from.users.clone(),
    };
    let total = users.len();
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
    let mut went = 0;
    // Where the platform reads and writes many users per request, a set
    // goes batch by batch; otherwise user by user, a few at once.
    let batches = match op {
        Op::Set(_, _, (attr, _)) => b.user_batches().filter(|bt| bt.sets_in_batch(attr, true)),
        Op::Delete => None,
    };
    if let Some(bt) = batches {
        let mut chunks = futures::stream::iter(todo.chunks(bt.batch_size().max(1)))
            .map(|chunk| async move {
                if crate::cancel::is_cancelled() {
                    return Vec::new();
                }
                batch(b, bt, caps, chunk, op).await
            })
            .buffered(from.concurrency as usize);
        while let Some(rows) = chunks.next().await {
            for (n, user, done) in rows {
                record_row(ctx, &results, op, n, user, done)?;
                went += 1;
            }
        }
    } else {
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
        while let Some(r) = rows.next().await {
            let Some((n, user, done)) = r else { continue };
            record_row(ctx, &results, op, n, user, done)?;
            went += 1;
        }
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

/// One user's outcome: to the results file, then to the printer and the
/// journal.
fn record_row(
    ctx: &mut Ctx,
    results: &Results,
    op: &Op,
    n: usize,
    user: String,
    done: Result<Outcome>,
) -> Result<()> {
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
        Some(e) => ctx.record_failed(outcome, e),
        None => ctx.record(outcome),
    }
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

/// A batch of users set at once: one read of them all, then one write of
/// those not already as asked. Rows in the order given; a row is missing
/// only when Ctrl-C stopped the write before it was sent.
async fn batch(
    b: &dyn Backend,
    bt: &dyn UserBatches,
    caps: &crate::backend::Capabilities,
    chunk: &[(usize, String)],
    op: &Op,
) -> Vec<(usize, String, Result<Outcome>)> {
    let Op::Set(shared, value, (attr, native)) = op else {
        return Vec::new();
    };
    let names: Vec<String> = chunk.iter().map(|(_, u)| u.clone()).collect();
    let found = match bt.load_users(&names).await {
        Ok(f) => f,
        Err(e) if e.kind == ErrorKind::Interrupted => return Vec::new(),
        Err(e) => {
            return chunk
                .iter()
                .map(|(n, u)| (*n, u.clone(), Err(e.clone())))
                .collect();
        }
    };
    let change = Change::set(shared, Value::String(value.clone()));
    let mut rows: Vec<(usize, String, Option<Result<Outcome>>)> = Vec::new();
    // (row index, key, record, value before) of the users to write.
    let mut writes = Vec::new();
    for (n, user) in chunk {
        let Some(record) = found.get(user) else {
            rows.push((*n, user.clone(), Some(Err(no_such_user(user)))));
            continue;
        };
        let key = b.record_key(record);
        let current = caps
            .attribute_path(shared)
            .and_then(|p| crate::output::lookup(record, &p).cloned());
        if let Some(c) = &current
            && caps.same_value(c, native)
        {
            let target = Target::user(key, user.clone());
            let done = Outcome::new(target, change.clone(), Res::Unchanged)
                .detail(format!("already {value}"));
            rows.push((*n, user.clone(), Some(Ok(done))));
            continue;
        }
        writes.push((rows.len(), key.clone(), record.clone(), current));
        rows.push((*n, user.clone(), None));
    }
    let sent: Vec<UserSet> = writes
        .iter()
        .map(|(_, key, record, _)| UserSet {
            key: key.clone(),
            record: Some(record.clone()),
            attr: attr.clone(),
            value: native.clone(),
        })
        .collect();
    let answers = match bt.set_users(&sent).await {
        Ok(a) => a,
        Err(e) if e.kind == ErrorKind::Interrupted => Vec::new(),
        Err(e) => sent.iter().map(|_| Err(e.clone())).collect(),
    };
    for ((i, key, _, current), answer) in writes.into_iter().zip(answers) {
        let target = Target::user(key, rows[i].1.clone());
        let before = current.map(|c| serde_json::json!({"field": shared, "value": c}));
        rows[i].2 =
            Some(answer.map(|_| Outcome::new(target, change.clone(), Res::Changed).before(before)));
    }
    rows.into_iter()
        .filter_map(|(n, u, done)| done.map(|d| (n, u, d)))
        .collect()
}

/// The identities a file lists (see `bulk::identities`), and where in it
/// they were found.
fn read_identities(
    from: &str,
    column: Option<&str>,
) -> Result<crate::bulk::identities::Identities> {
    let text = if from == "-" {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes)?;
        bytes
    } else {
        std::fs::read(from).map_err(|e| CliError::usage(format!("cannot read {from}: {e}")))?
    };
    let text = String::from_utf8(text).map_err(|_| {
        CliError::usage(format!("{from} is not UTF-8 text"))
            .hint("save it as UTF-8 (\"CSV UTF-8\" in Excel)")
    })?;
    crate::bulk::identities::read(from, &text, column)
}
