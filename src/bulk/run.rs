//! Creating rows of users with their groups and roles, written once for
//! every platform: names resolved once, batches of the backend's size sent
//! by `concurrency` workers (one rate budget: the HTTP layer's windows are
//! shared), group memberships set with one call per group per batch, every
//! row's result recorded as its batch completes. Ctrl-C stops new batches;
//! those in flight finish.

use std::collections::{BTreeMap, HashMap};
use std::io::IsTerminal;

use futures::StreamExt;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::input::Row;
use super::results::{Results, RowResult};
use crate::backend::{Action, Backend, RowOutcome, Scope};
use crate::error::{CliError, ErrorKind, Result};

/// Group and role names to keys; a name that does not resolve fails only
/// the rows that use it.
#[derive(Debug, Default)]
pub struct Names {
    pub groups: HashMap<String, std::result::Result<String, String>>,
    pub roles: HashMap<String, std::result::Result<String, String>>,
}

impl Names {
    /// The first unresolvable group or role of a row: (error code, message).
    pub fn refusal(&self, row: &Row) -> Option<(&'static str, String)> {
        for g in row.groups() {
            if let Some(Err(m)) = self.groups.get(g) {
                return Some(("UnknownGroup", m.clone()));
            }
        }
        for r in row.roles() {
            if let Some(Err(m)) = self.roles.get(r) {
                return Some(("UnknownRole", m.clone()));
            }
        }
        None
    }
    pub fn group(&self, name: &str) -> Option<&str> {
        self.groups.get(name).and_then(|r| r.as_deref().ok())
    }
    pub fn role(&self, name: &str) -> Option<&str> {
        self.roles.get(name).and_then(|r| r.as_deref().ok())
    }
}

/// Resolve every distinct name once. Not found or ambiguous fails the rows
/// using it; anything else (network, auth) stops the run before it starts.
pub async fn resolve<'a>(
    b: &dyn Backend,
    rows: impl IntoIterator<Item = &'a Row>,
    scope: &Scope,
) -> Result<Names> {
    let mut names = Names::default();
    for row in rows {
        for g in row.groups() {
            if !names.groups.contains_key(g) {
                let r = keep_refusal(b.group_keys(std::slice::from_ref(g), scope).await)?;
                names.groups.insert(g.clone(), r);
            }
        }
        for r in row.roles() {
            if !names.roles.contains_key(r) {
                let k = keep_refusal(b.role_keys(std::slice::from_ref(r), scope).await)?;
                names.roles.insert(r.clone(), k);
            }
        }
    }
    Ok(names)
}

fn keep_refusal(r: Result<Vec<String>>) -> Result<std::result::Result<String, String>> {
    match r {
        Ok(mut v) if !v.is_empty() => Ok(Ok(v.remove(0))),
        Ok(_) => Ok(Err("not found".into())),
        Err(e) if matches!(e.kind, ErrorKind::NotFound | ErrorKind::Usage) => {
            Ok(Err(e.to_string()))
        }
        Err(e) => Err(e),
    }
}

/// A progress bar on stderr when it is a terminal; hidden otherwise.
pub fn progress(total: usize, quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::stderr());
    if let Ok(style) =
        ProgressStyle::with_template("{bar:40} {pos}/{len} rows  {elapsed} (eta {eta})")
    {
        bar.set_style(style);
    }
    bar
}

/// Create `rows` and set their memberships; every attempted row's result
/// goes to `results`. Returns the number of rows not started (Ctrl-C).
pub async fn create_rows(
    b: &dyn Backend,
    rows: Vec<Row>,
    names: &Names,
    scope: &Scope,
    concurrency: usize,
    results: &Results,
    bar: &ProgressBar,
) -> Result<usize> {
    let size = b.create_batch_size().max(1);
    let total = rows.len();
    let mut batches = Vec::new();
    let mut rest = rows.into_iter().peekable();
    while rest.peek().is_some() {
        batches.push(rest.by_ref().take(size).collect::<Vec<Row>>());
    }
    let mut stream = futures::stream::iter(batches)
        .map(|batch| async move {
            if crate::cancel::is_cancelled() {
                return Vec::new();
            }
            one_batch(b, batch, names, scope).await
        })
        .buffer_unordered(concurrency.max(1));
    let mut written = 0;
    while let Some(rs) = stream.next().await {
        for r in &rs {
            results.write(r)?;
            bar.inc(1);
        }
        written += rs.len();
    }
    Ok(total - written)
}

fn fail(o: &mut RowOutcome, context: String, e: &CliError) {
    let f = RowOutcome::from_error(Action::Failed, e);
    // The user is there: what failed is a membership, not the row.
    o.action = if matches!(
        o.action,
        Action::Created | Action::Updated | Action::Unchanged | Action::Partial
    ) {
        Action::Partial
    } else {
        Action::Failed
    };
    o.status = f.status;
    o.error_code = f.error_code;
    o.trace_id = f.trace_id;
    o.message = Some(match e.kind {
        ErrorKind::Interrupted => {
            format!("{context}: interrupted before it was sent; re-run with --resume")
        }
        _ => format!("{context}: {e}"),
    });
}

async fn one_batch(
    b: &dyn Backend,
    rows: Vec<Row>,
    names: &Names,
    scope: &Scope,
) -> Vec<RowResult> {
    let news: Vec<_> = rows.iter().map(Row::new_user).collect();
    let outcomes = match b.create_users(&news).await {
        Ok(o) => o,
        Err(e) if e.kind == ErrorKind::Interrupted => Vec::new(),
        Err(e) => rows
            .iter()
            .map(|_| RowOutcome::from_error(Action::Failed, &e))
            .collect(),
    };
    // Rows past the outcomes were not sent (Ctrl-C): no result, resume does them.
    let mut done: Vec<(Row, RowOutcome)> = rows.into_iter().zip(outcomes).collect();
    let wants_more = |row: &Row, o: &RowOutcome| {
        matches!(
            o.action,
            Action::Created | Action::Updated | Action::Unchanged
        ) && (!row.groups().is_empty() || !row.roles().is_empty())
    };
    // A user already there (a re-run) still gets its groups and roles.
    for (row, o) in done.iter_mut() {
        if wants_more(row, o) && o.key.is_none() {
            match b.user_key(&row.email).await {
                Ok(k) => o.key = Some(k),
                Err(e) => fail(o, "the user exists but could not be looked up".into(), &e),
            }
        }
    }
    // Groups: one call per group for the whole batch.
    let mut per_group: BTreeMap<String, (String, Vec<usize>)> = BTreeMap::new();
    for (i, (row, o)) in done.iter().enumerate() {
        if !wants_more(row, o) || o.key.is_none() {
            continue;
        }
        for g in row.groups() {
            if let Some(k) = names.group(g) {
                per_group
                    .entry(k.to_string())
                    .or_insert_with(|| (g.clone(), Vec::new()))
                    .1
                    .push(i);
            }
        }
    }
    for (gk, (gname, idx)) in per_group {
        let keys: Vec<String> = idx.iter().filter_map(|i| done[*i].1.key.clone()).collect();
        let res = b.add_users_to_group(&gk, &keys).await;
        for (i, r) in idx.iter().zip(res) {
            if let Err(e) = r {
                let o = &mut done[*i].1;
                if !matches!(o.action, Action::Failed | Action::Partial) {
                    fail(
                        o,
                        format!("{}, but adding to group {gname} failed", said(o.action)),
                        &e,
                    );
                }
            }
        }
    }
    // Roles: one call per user and role (no bulk call for roles).
    for (row, o) in done.iter_mut() {
        if !wants_more(row, o) {
            continue;
        }
        let Some(key) = o.key.clone() else { continue };
        for r in row.roles() {
            let Some(rk) = names.role(r) else { continue };
            if let Err(e) = b.grant_role(&key, rk, scope).await {
                fail(
                    o,
                    format!("{}, but granting role {r} failed", said(o.action)),
                    &e,
                );
                break;
            }
        }
    }
    done.into_iter()
        .map(|(row, o)| RowResult::from_outcome(row.n, &row.email, o))
        .collect()
}

fn said(a: Action) -> &'static str {
    match a {
        Action::Created => "created",
        Action::Updated => "updated",
        _ => "already there",
    }
}
