//! Adding, removing and setting a user's groups or roles, written once for
//! every platform: resolve names, compute the difference for `set`, confirm
//! removals, then as few requests as the platform's API allows (one for a
//! whole list where the API takes a list: Valuekeep, Descope); some items
//! failing is exit 7, and what was done and what failed are both told.

use std::collections::{BTreeSet, HashMap};

use crate::backend::{Backend, Batch, Scope};
use crate::context::Ctx;
use crate::error::{ErrorKind, Result};
use crate::outcome::{Change as OutcomeChange, Outcome, Res, Target};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Add,
    Remove,
    Set,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holding {
    Group,
    Role,
}

impl Holding {
    fn noun(self) -> &'static str {
        match self {
            Holding::Group => "group",
            Holding::Role => "role",
        }
    }
}

async fn resolve(
    b: &dyn Backend,
    kind: Holding,
    names: &[String],
    scope: &Scope,
) -> Result<Vec<String>> {
    match kind {
        Holding::Group => b.group_keys(names, scope).await,
        Holding::Role => b.role_keys(names, scope).await,
    }
}

async fn send(
    b: &dyn Backend,
    kind: Holding,
    user: &str,
    keys: &[String],
    scope: &Scope,
    add: bool,
) -> Vec<Batch> {
    if keys.is_empty() {
        return Vec::new();
    }
    match kind {
        Holding::Group => b.change_groups(user, keys, add).await,
        Holding::Role => b.change_roles(user, keys, scope, add).await,
    }
}

/// What to add and what to remove, what is already as asked, and the
/// names of what the user holds (for records). The user's holdings are
/// read for every change: it is what tells an `add` of what the user
/// already holds, or a `remove` of what they do not, as `unchanged`
/// (nothing is sent for those), the same on every platform.
struct Plan {
    add: Vec<String>,
    remove: Vec<String>,
    already: Vec<String>,
    absent: Vec<String>,
    names: HashMap<String, String>,
}

async fn plan(
    b: &dyn Backend,
    kind: Holding,
    user_key: &str,
    keys: Vec<String>,
    scope: &Scope,
    change: Change,
) -> Result<Plan> {
    let held = match kind {
        Holding::Group => b.held_groups(user_key, scope).await?,
        Holding::Role => b.held_roles(user_key, scope).await?,
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
    // Keep the order given; a name given twice is one change.
    let mut desired: Vec<String> = Vec::new();
    for k in keys {
        if !desired.contains(&k) {
            desired.push(k);
        }
    }
    let is_own = |k: &String| own.contains(k);
    Ok(match change {
        Change::Add => Plan {
            add: desired.iter().filter(|k| !is_own(k)).cloned().collect(),
            remove: Vec::new(),
            already: desired.iter().filter(|k| is_own(k)).cloned().collect(),
            absent: Vec::new(),
            names,
        },
        Change::Remove => Plan {
            add: Vec::new(),
            remove: desired.iter().filter(|k| is_own(k)).cloned().collect(),
            already: Vec::new(),
            absent: desired.iter().filter(|k| !is_own(k)).cloned().collect(),
            names,
        },
        Change::Set => Plan {
            add: desired.iter().filter(|k| !is_own(k)).cloned().collect(),
            remove: own
                .iter()
                .filter(|k| !desired.contains(k))
                .cloned()
                .collect(),
            already: desired.iter().filter(|k| is_own(k)).cloned().collect(),
            absent: Vec::new(),
            names,
        },
    })
}

/// A scope as the journal keeps it (for `undo`).
pub fn scope_json(scope: &Scope) -> serde_json::Value {
    serde_json::json!({
        "stage": scope.stage,
        "app": scope.app,
        "org": scope.org,
        "tenant": scope.tenant,
        "byId": scope.by_id,
    })
}

/// A scope back from the journal.
pub fn scope_from_json(v: Option<&serde_json::Value>) -> Scope {
    let s = |k: &str| {
        v.and_then(|v| v.get(k))
            .and_then(serde_json::Value::as_str)
            .map(str::to_string)
    };
    let b = |k: &str| {
        v.and_then(|v| v.get(k))
            .and_then(serde_json::Value::as_bool)
            .unwrap_or(false)
    };
    Scope {
        stage: s("stage"),
        app: s("app"),
        org: b("org"),
        tenant: s("tenant"),
        by_id: b("byId"),
        inherited: false,
    }
}

/// Where the groups or roles named live, in words, for records.
pub fn scope_words(scope: &Scope) -> Option<String> {
    let mut parts = Vec::new();
    if scope.org {
        parts.push("organization".to_string());
    }
    if let Some(a) = &scope.app {
        parts.push(format!("app {a}"));
    }
    if let Some(s) = &scope.stage {
        parts.push(format!("stage {s}"));
    }
    if let Some(t) = &scope.tenant {
        parts.push(format!("tenant {t}"));
    }
    (!parts.is_empty()).then(|| parts.join(", "))
}

pub async fn apply(
    ctx: &mut Ctx,
    kind: Holding,
    user: &str,
    names: &[String],
    scope: &Scope,
    change: Change,
) -> Result<()> {
    let backend = ctx.backend().await?;
    let b = backend.as_ref();
    let user_key = b.user_key(user).await?;
    let mut keys = resolve(b, kind, names, scope).await?;
    let mut p = plan(b, kind, &user_key, keys.clone(), scope, change).await?;
    // `set` takes away what the names do not resolve to: a key remembered
    // from an earlier run must not decide that, so names from the name
    // cache are looked up afresh before anything is removed.
    if !p.remove.is_empty() && change == Change::Set && b.forget_cached_names() {
        keys = resolve(b, kind, names, scope).await?;
        p = plan(b, kind, &user_key, keys.clone(), scope, change).await?;
    }
    // Things are named as the admin named them; what the user holds, by
    // the name the platform gives it.
    let mut display = std::mem::take(&mut p.names);
    for (k, n) in keys.iter().zip(names) {
        display.insert(k.clone(), n.clone());
    }
    let named = |ks: &[String]| -> String {
        ks.iter()
            .map(|k| display.get(k).cloned().unwrap_or_else(|| k.clone()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if !p.remove.is_empty() && change == Change::Set && !ctx.global.dry_run {
        let into = if p.add.is_empty() {
            String::new()
        } else {
            format!(" and into {}", named(&p.add))
        };
        ctx.ui.confirm(&format!(
            "take {user} out of {} {}{into}",
            if p.remove.len() == 1 {
                kind.noun().to_string()
            } else {
                format!("{}s", kind.noun())
            },
            named(&p.remove),
        ))?;
    }
    let target = Target::user(user_key.clone(), user.to_string());
    let words = scope_words(scope);
    let record_of = |key: &str, add: bool| -> Outcome {
        let item = Target::new(kind.noun(), key, display.get(key).cloned());
        Outcome::new(
            target.clone(),
            OutcomeChange::membership(add, item, words.clone()),
            Res::Changed,
        )
        // What `undo` needs to send the inverse: where the item lives.
        .before(Some(
            serde_json::json!({ "held": !add, "scope": scope_json(scope) }),
        ))
    };
    for k in &p.already {
        let o = record_of(k, true);
        ctx.record(
            Outcome {
                result: Res::Unchanged,
                ..o
            }
            .detail(format!("already holds this {}", kind.noun())),
        )?;
    }
    for k in &p.absent {
        let o = record_of(k, false);
        ctx.record(
            Outcome {
                result: Res::Unchanged,
                ..o
            }
            .detail(format!("does not hold this {}", kind.noun())),
        )?;
    }
    if p.add.is_empty() && p.remove.is_empty() {
        if p.already.is_empty() && p.absent.is_empty() {
            ctx.ui.status("Nothing to change");
        }
        return Ok(());
    }
    let (add, remove) = (p.add, p.remove);
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
    let told: Vec<Told> = sent
        .into_iter()
        .map(|(is_add, batch)| {
            let records: Vec<Outcome> = batch.keys.iter().map(|k| record_of(k, is_add)).collect();
            Told { batch, records }
        })
        .collect();
    tell(ctx, told)
}

/// One request's outcome, and the record of each item it carried as if it
/// were done (`changed`, `created`, `deleted`): `tell` turns them into
/// what happened.
pub struct Told {
    pub batch: Batch,
    pub records: Vec<Outcome>,
}

impl Told {
    /// A batch whose items' records differ only in the item: `record`
    /// makes the record of one key.
    pub fn each(batch: Batch, record: impl Fn(&str) -> Outcome) -> Told {
        let records = batch.keys.iter().map(|k| record(k)).collect();
        Told { batch, records }
    }
}

/// The records of requests sent, one per item each carried: as done when
/// the request succeeded (`planned` under `--dry-run`), `unchanged` when
/// the platform said nothing needed doing (it sent nothing, or answered
/// that the item was already there), `failed` with the request's error
/// otherwise. The verdict (exit code) is the records' (`Ctx::finish_outcomes`).
pub fn tell(ctx: &mut Ctx, told: Vec<Told>) -> Result<()> {
    for t in told {
        match t.batch.result {
            Ok(sent) => {
                for mut o in t.records {
                    if !sent && !ctx.global.dry_run {
                        o.result = Res::Unchanged;
                        o.detail.get_or_insert_with(|| "already so".to_string());
                    }
                    ctx.record(o)?;
                }
            }
            // Taking a group, role or tenant a user does not hold: the
            // platform answers 404 (the item and the user were resolved
            // before the request). Not for other items (a credential, a
            // claim mapping): there a 404 may mean a typo or a user who is
            // not there, which is a failure.
            Err(e)
                if e.kind == ErrorKind::NotFound
                    && !t.records.is_empty()
                    && t.records.iter().all(|o| {
                        o.change.op == "remove"
                            && o.change.item.as_ref().is_some_and(|i| {
                                ["group", "role", "tenant"].contains(&i.kind.as_str())
                            })
                    }) =>
            {
                for o in t.records {
                    ctx.record(Outcome {
                        result: Res::Unchanged,
                        detail: Some(format!("not held ({})", e.message)),
                        ..o
                    })?;
                }
            }
            // Giving what is already held: "409 already exists". A create
            // of what exists is a failure (exit 5): the one there may not be
            // what was asked (`apply` is the idempotent way).
            Err(e) if crate::backend::is_already_exists(&e) => {
                for o in t.records {
                    if o.change.op == "add" {
                        ctx.record(Outcome {
                            result: Res::Unchanged,
                            detail: Some(format!("already there ({})", e.message)),
                            ..o
                        })?;
                    } else {
                        ctx.record_failed(o, e.duplicate())?;
                    }
                }
            }
            Err(e) => {
                for o in t.records {
                    ctx.record_failed(o, e.duplicate())?;
                }
            }
        }
    }
    Ok(())
}

/// `tell` for the group- or role-side routes: one record per user (named
/// as given) gaining or losing `item`.
pub fn tell_members(
    ctx: &mut Ctx,
    batches: Vec<Batch>,
    keys: &[String],
    given: &[String],
    item: Target,
    add: bool,
) -> Result<()> {
    let names: HashMap<&String, &String> = keys.iter().zip(given).collect();
    tell_each(ctx, batches, |user| {
        let name = names.get(&user.to_string()).map(|n| n.to_string());
        Outcome::new(
            Target::new("user", user, name),
            OutcomeChange::membership(add, item.clone(), None),
            Res::Changed,
        )
    })
}

/// One request that carried several changes (a group's whole role list,
/// a role's whole permission list): `records` as `tell` makes them.
pub fn tell_request(
    ctx: &mut Ctx,
    key: &str,
    result: Result<bool>,
    records: Vec<Outcome>,
) -> Result<()> {
    tell(
        ctx,
        vec![Told {
            batch: Batch {
                keys: vec![key.to_string()],
                result,
            },
            records,
        }],
    )
}

/// `tell` for batches whose items' records differ only in the item.
pub fn tell_each(
    ctx: &mut Ctx,
    batches: Vec<Batch>,
    record: impl Fn(&str) -> Outcome,
) -> Result<()> {
    let told = batches
        .into_iter()
        .map(|b| Told::each(b, &record))
        .collect();
    tell(ctx, told)
}

/// The record of one write that returns whether it sent anything:
/// `record` as done (`planned` under `--dry-run`), `unchanged` when the
/// platform had nothing to send, failed with the error otherwise.
pub fn record_write(ctx: &mut Ctx, record: Outcome, result: Result<bool>) -> Result<()> {
    let key = record.target.key.clone();
    tell_request(ctx, &key, result, vec![record])
}
