//! `users lifecycle deactivate|reactivate|delete|set` for many users at
//! once: identities from a file or stdin (one a line, or CSV/TSV/NDJSON/JSON
//! with a column, such as the output of `users list`; `bulk::identities`
//! reads them), with the
//! same per-row results file, `--resume`, `--dry-run`, confirmation and
//! exit 7 on partial failure as `users import`.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use futures::StreamExt;

use crate::backend::{Action, Backend, RowOutcome};
use crate::bulk::results::{Results, RowResult, done_rows};
use crate::context::Ctx;
use crate::error::{CliError, ErrorKind, Result};

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
    /// The users: one key, e-mail or login id a line; or CSV or TSV with a
    /// header, NDJSON or a JSON array (e.g. `users list -o tsv` or `-o
    /// ndjson`), read from --column. A first line naming a known column is
    /// a header, never a user. `-` reads stdin
    #[arg(long = "from", value_name = "FILE")]
    pub from: String,
    /// The column (or JSON field) holding each user (default: email, then
    /// key, userKey, loginIds, userId, also as spreadsheets spell them:
    /// "E-mail Address", "User Key")
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
    Set(String, String),
    Delete,
}

pub async fn run(ctx: &mut Ctx, cmd: LifecycleCommand) -> Result<()> {
    let (from, op, what) = match cmd {
        LifecycleCommand::Deactivate(a) => {
            (a, Op::Set("active".into(), "false".into()), "deactivate")
        }
        LifecycleCommand::Reactivate(a) => {
            (a, Op::Set("active".into(), "true".into()), "reactivate")
        }
        LifecycleCommand::Delete(a) => (a, Op::Delete, "delete"),
        LifecycleCommand::Set(a) => (a.from, Op::Set(a.attr, a.value), "update"),
    };
    let listed = read_identities(&from.from, from.column.as_deref())?;
    let users = listed.users;
    let total = users.len();
    if total == 0 {
        return Err(CliError::usage(format!("{} lists no users", from.from)));
    }
    ctx.ui.status(format!(
        "Read {total} user{} from {} ({}).",
        if total == 1 { "" } else { "s" },
        if from.from == "-" {
            "stdin"
        } else {
            from.from.as_str()
        },
        listed.source
    ));
    let backend = ctx.backend().await?;
    // The attribute and value, mapped and checked before anything is sent.
    let op = match op {
        Op::Set(attr, value) => {
            let (a, v) = backend.capabilities().attribute(&attr, &value)?;
            Op::Set(a, v)
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
    let op = &op;
    let mut rows = futures::stream::iter(todo)
        .map(|(n, user)| async move {
            if crate::cancel::is_cancelled() {
                return None;
            }
            let outcome = match one(b, &user, op).await {
                Ok((key, sent)) => RowOutcome::new(
                    if sent {
                        Action::Updated
                    } else {
                        Action::Skipped
                    },
                    Some(key),
                    None,
                ),
                Err(e) if e.kind == ErrorKind::Interrupted => return None,
                Err(e) => RowOutcome::from_error(Action::Failed, &e),
            };
            Some(RowResult::from_outcome(n, &user, outcome))
        })
        .buffered(from.concurrency as usize);
    let mut went = 0;
    while let Some(r) = rows.next().await {
        if let Some(r) = r {
            results.write(&r)?;
            went += 1;
        }
    }
    results.sync()?;
    let c = results.counts();
    let not_started = total - skipped - went;
    ctx.ui.status(format!(
        "{}: {} {what}d, {} failed, {} done earlier{}",
        if ctx.global.dry_run {
            "Dry run"
        } else {
            "Done"
        },
        c.updated,
        c.failed,
        skipped,
        if not_started > 0 {
            format!(", {not_started} not started")
        } else {
            String::new()
        }
    ));
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
    if c.failed > 0 {
        let mut e = CliError::new(
            ErrorKind::Partial,
            format!("{} of {total} users failed", c.failed),
        );
        if let Some(p) = &results.path {
            e = e.hint(format!(
                "they are in {} (action \"failed\"); fix them and run the same command with --results {p} --resume {p}",
                p.display(),
                p = p.display()
            ));
        }
        return Err(e);
    }
    Ok(())
}

async fn one(b: &dyn Backend, user: &str, op: &Op) -> Result<(String, bool)> {
    let key = b.user_key(user).await?;
    let sent = match op {
        Op::Set(attr, value) => b.set_user(&key, attr, value).await?,
        Op::Delete => b.delete_user(&key).await?,
    };
    Ok((key, sent))
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
