//! Adding, removing and setting a user's groups or roles, written once for
//! every platform: resolve names, compute the difference for `set`, confirm
//! removals, then as few requests as the platform's API allows (one for a
//! whole list where the API takes a list: Valuekeep, Descope); some items
//! failing is exit 7, and what was done and what failed are both told.

use std::collections::{BTreeSet, HashMap};

use crate::backend::{Backend, Batch, Scope};
use crate::context::Ctx;
use crate::error::{CliError, ErrorKind, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Add,
    Remove,
    Set,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Group,
    Role,
}

impl Kind {
    fn noun(self) -> &'static str {
        match self {
            Kind::Group => "group",
            Kind::Role => "role",
        }
    }

    fn verb(self, add: bool) -> &'static str {
        match (self, add) {
            (Kind::Group, true) => "Added to group",
            (Kind::Group, false) => "Removed from group",
            (Kind::Role, true) => "Granted role",
            (Kind::Role, false) => "Revoked role",
        }
    }
}

async fn resolve(
    b: &dyn Backend,
    kind: Kind,
    names: &[String],
    scope: &Scope,
) -> Result<Vec<String>> {
    match kind {
        Kind::Group => b.group_keys(names, scope).await,
        Kind::Role => b.role_keys(names, scope).await,
    }
}

async fn send(
    b: &dyn Backend,
    kind: Kind,
    user: &str,
    keys: &[String],
    scope: &Scope,
    add: bool,
) -> Vec<Batch> {
    if keys.is_empty() {
        return Vec::new();
    }
    match kind {
        Kind::Group => b.change_groups(user, keys, add).await,
        Kind::Role => b.change_roles(user, keys, scope, add).await,
    }
}

/// What to add and what to remove, and the names of what the user holds
/// (for messages).
async fn plan(
    b: &dyn Backend,
    kind: Kind,
    user_key: &str,
    keys: Vec<String>,
    scope: &Scope,
    change: Change,
) -> Result<(Vec<String>, Vec<String>, HashMap<String, String>)> {
    Ok(match change {
        Change::Add => (keys, Vec::new(), HashMap::new()),
        Change::Remove => (Vec::new(), keys, HashMap::new()),
        Change::Set => {
            let held = match kind {
                Kind::Group => b.held_groups(user_key, scope).await?,
                Kind::Role => b.held_roles(user_key, scope).await?,
            };
            let names: HashMap<String, String> = held
                .iter()
                .filter_map(|h| Some((h.key.clone(), h.name.clone()?)))
                .collect();
            let own: BTreeSet<String> = held
                .into_iter()
                .filter(|h| h.direct)
                .map(|h| h.key)
                .collect();
            let desired: BTreeSet<String> = keys.into_iter().collect();
            (
                desired.difference(&own).cloned().collect(),
                own.difference(&desired).cloned().collect(),
                names,
            )
        }
    })
}

pub async fn apply(
    ctx: &mut Ctx,
    kind: Kind,
    user: &str,
    names: &[String],
    scope: &Scope,
    change: Change,
) -> Result<()> {
    let backend = ctx.backend().await?;
    let b = backend.as_ref();
    let user_key = b.user_key(user).await?;
    let mut keys = resolve(b, kind, names, scope).await?;
    let (mut add, mut remove, mut held_names) =
        plan(b, kind, &user_key, keys.clone(), scope, change).await?;
    // `set` takes away what the names do not resolve to: a key remembered
    // from an earlier run must not decide that, so names from the name
    // cache are looked up afresh before anything is removed.
    if !remove.is_empty() && change == Change::Set && b.forget_cached_names() {
        keys = resolve(b, kind, names, scope).await?;
        (add, remove, held_names) = plan(b, kind, &user_key, keys.clone(), scope, change).await?;
    }
    // Things are named as the admin named them; what the user holds, by
    // the name the platform gives it.
    let mut display = held_names;
    for (k, n) in keys.iter().zip(names) {
        display.insert(k.clone(), n.clone());
    }
    let named = |ks: &[String]| -> String {
        ks.iter()
            .map(|k| display.get(k).cloned().unwrap_or_else(|| k.clone()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if !remove.is_empty() && change == Change::Set && !ctx.global.dry_run {
        let into = if add.is_empty() {
            String::new()
        } else {
            format!(" and into {}", named(&add))
        };
        ctx.ui.confirm(&format!(
            "take {user} out of {} {}{into}",
            if remove.len() == 1 {
                kind.noun().to_string()
            } else {
                format!("{}s", kind.noun())
            },
            named(&remove),
        ))?;
    }
    if add.is_empty() && remove.is_empty() {
        ctx.ui.status("Nothing to change");
        return Ok(());
    }
    let mut sent: Vec<(bool, Batch)> = Vec::new();
    for (list, is_add) in [(&add, true), (&remove, false)] {
        for batch in send(b, kind, &user_key, list, scope, is_add).await {
            sent.push((is_add, batch));
        }
    }
    // A 404 after names came from the name cache: the group or role may
    // have been made again under a new key. Resolve the names afresh, once,
    // and send again what failed with a key that has changed.
    let not_found = |bt: &Batch| matches!(&bt.result, Err(e) if e.kind == ErrorKind::NotFound);
    if sent.iter().any(|(_, bt)| not_found(bt)) && b.forget_cached_names() {
        let fresh = resolve(b, kind, names, scope).await?;
        let moved: HashMap<&String, &String> = keys
            .iter()
            .zip(&fresh)
            .filter(|(old, new)| old != new)
            .collect();
        let mut again = Vec::new();
        for (is_add, bt) in sent {
            if not_found(&bt) && bt.keys.iter().any(|k| moved.contains_key(k)) {
                let keys: Vec<String> = bt
                    .keys
                    .iter()
                    .map(|k| moved.get(k).map_or_else(|| k.clone(), |n| (*n).clone()))
                    .collect();
                for retried in send(b, kind, &user_key, &keys, scope, is_add).await {
                    again.push((is_add, retried));
                }
            } else {
                again.push((is_add, bt));
            }
        }
        sent = again;
    }
    report(ctx, kind, user, sent, &display)
}

fn report(
    ctx: &Ctx,
    kind: Kind,
    user: &str,
    sent: Vec<(bool, Batch)>,
    display: &HashMap<String, String>,
) -> Result<()> {
    let told = sent
        .into_iter()
        .map(|(is_add, mut bt)| {
            for k in bt.keys.iter_mut() {
                if let Some(n) = display.get(k) {
                    *k = n.clone();
                }
            }
            (is_add, bt)
        })
        .map(|(is_add, bt)| Told {
            batch: bt,
            before: format!("{} ", kind.verb(is_add)),
            after: format!(": {user}"),
        })
        .collect();
    tell(&ctx.ui, told, kind.noun())
}

/// One request's outcome and how to word each item it did:
/// `{before}{item}{after}`.
pub struct Told {
    pub batch: Batch,
    pub before: String,
    pub after: String,
}

/// `tell` for batches that all read `{before}{item}{after}`.
pub fn tell_all(
    ui: &crate::ui::Ui,
    batches: Vec<Batch>,
    before: &str,
    after: &str,
    noun: &str,
) -> Result<()> {
    let told = batches
        .into_iter()
        .map(|batch| Told {
            batch,
            before: before.to_string(),
            after: after.to_string(),
        })
        .collect();
    tell(ui, told, noun)
}

/// Status lines for what was done; one error for what failed: the error
/// itself when everything failed in one request, else (exit 7) a partial
/// failure naming what failed and what was done, each failure warned.
pub fn tell(ui: &crate::ui::Ui, told: Vec<Told>, noun: &str) -> Result<()> {
    let mut done: Vec<String> = Vec::new();
    let mut failed: Vec<(Vec<String>, CliError)> = Vec::new();
    for t in told {
        match t.batch.result {
            Ok(was_sent) => {
                if was_sent {
                    for k in &t.batch.keys {
                        ui.status(format!("{}{k}{}", t.before, t.after));
                    }
                }
                done.extend(t.batch.keys);
            }
            Err(e) => failed.push((t.batch.keys, e)),
        }
    }
    if failed.is_empty() {
        return Ok(());
    }
    if done.is_empty() && failed.len() == 1 {
        return Err(failed.remove(0).1);
    }
    let n: usize = failed.iter().map(|(k, _)| k.len()).sum();
    let total = n + done.len();
    for (_, e) in &failed {
        ui.warn(e.to_string());
    }
    let failed_keys: Vec<&str> = failed
        .iter()
        .flat_map(|(k, _)| k.iter().map(String::as_str))
        .collect();
    let first_kind = failed[0].1.kind;
    if done.is_empty() && failed.iter().all(|(_, e)| e.kind == first_kind) {
        return Err(CliError::new(
            first_kind,
            format!("all {n} items failed ({})", failed_keys.join(", ")),
        ));
    }
    let mut err = CliError::new(
        ErrorKind::Partial,
        format!(
            "{n} of {total} items failed ({}); done: {}",
            failed_keys.join(", "),
            if done.is_empty() {
                "none".to_string()
            } else {
                done.join(", ")
            }
        ),
    );
    if !done.is_empty() {
        err = err.hint(format!(
            "run the same command again for the {noun}(s) that failed"
        ));
    }
    Err(err)
}
