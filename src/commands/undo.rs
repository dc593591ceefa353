//! `iamctl undo [RUN]`: a run of the journal turned into its inverse —
//! re-add what it removed, remove what it added, put back the values it
//! changed, delete the users it created — shown, confirmed, then applied
//! with outcome records of its own (journaled, naming the run undone).
//!
//! Each target is checked first: when it no longer is as the run left it
//! (changed since), it is refused by name and left alone (exit 7), unless
//! `--force`. What cannot be undone (a deleted user, a password, a
//! logout...) is listed as such, never silently skipped.

use clap::Args;
use serde_json::Value;

use crate::backend::Backend;
use crate::backend::facets::BackendFacets;
use crate::context::Ctx;
use crate::error::{CliError, ErrorKind, Result};
use crate::journal::Run;
use crate::outcome::{Change, Outcome, Res, Target};

#[derive(Debug, Args)]
pub struct UndoArgs {
    /// The run to undo, by its id (or the start of it) as `iamctl history`
    /// shows it (default: the profile's last run)
    pub run: Option<String>,
    /// Change targets that were changed again since the run, too
    #[arg(long)]
    pub force: bool,
}

/// One step of the inverse plan.
enum Step {
    /// Put a user's attribute back: the shared name (or, for `users
    /// patch`, the platform's field) and the value before.
    Restore {
        user: Target,
        field: String,
        patch: bool,
        before: Value,
        left: Value,
    },
    /// Give back (`add`) or take away a group, role or tenant.
    Member {
        user: Target,
        item: Target,
        add: bool,
        scope: crate::backend::Scope,
        words: Option<String>,
    },
    /// Delete a user the run created.
    DeleteCreated { user: Target },
    /// What iamctl cannot undo, and why.
    Cannot { record: Box<Outcome>, why: String },
}

pub async fn run(ctx: &mut Ctx, args: UndoArgs) -> Result<()> {
    let profile = ctx.resolve().await?.name;
    let runs = crate::journal::load(&profile)?;
    let run = pick(&runs, args.run.as_deref(), &profile)?;
    if let Some(by) = runs.iter().find(|r| r.undo_of.as_deref() == Some(&run.id)) {
        return Err(CliError::usage(format!(
            "run {} was already undone by run {}",
            run.id, by.id
        ))
        .hint(format!("`iamctl undo {}` undoes the undo", by.id)));
    }
    let steps: Vec<Step> = run
        .records
        .iter()
        .rev()
        .filter(|r| r.result.wrote())
        .map(step_of)
        .collect();
    if steps.is_empty() {
        ctx.ui
            .status(format!("Run {} changed nothing: nothing to undo", run.id));
        return Ok(());
    }
    ctx.ui.status(format!(
        "Undo of run {} ({}): {}",
        run.id,
        run.time.format("%Y-%m-%d %H:%M UTC"),
        run.command
    ));
    for s in &steps {
        ctx.ui.status(format!("  {}", describe(s)));
    }
    let doable = steps
        .iter()
        .filter(|s| !matches!(s, Step::Cannot { .. }))
        .count();
    if doable > 0 && !ctx.global.dry_run {
        ctx.ui
            .confirm(&format!("undo {doable} change(s) of run {}", run.id))?;
    }
    let backend = ctx.backend().await?;
    ctx.undo_of = Some(run.id.clone());
    for s in steps {
        do_step(ctx, backend.as_ref(), s, args.force).await?;
    }
    Ok(())
}

fn pick<'a>(runs: &'a [Run], id: Option<&str>, profile: &str) -> Result<&'a Run> {
    let Some(id) = id else {
        return runs.last().ok_or_else(|| {
            CliError::not_found(format!("the journal of profile {profile:?} holds no run"))
                .hint("only real writes are kept (not --dry-run, not --no-journal)")
        });
    };
    let found: Vec<&Run> = runs.iter().filter(|r| r.id.starts_with(id)).collect();
    match found.as_slice() {
        [one] => Ok(one),
        [] => Err(CliError::not_found(format!(
            "no run {id:?} in the journal of profile {profile:?}"
        ))
        .hint("`iamctl history` lists the runs")),
        _ => Err(CliError::usage(format!(
            "{id:?} names {} runs: give more of the id",
            found.len()
        ))),
    }
}

fn step_of(r: &Outcome) -> Step {
    let cannot = |why: &str| Step::Cannot {
        record: Box::new(r.clone()),
        why: why.to_string(),
    };
    if r.target.kind != "user" {
        return cannot("iamctl undoes changes to users (their fields, groups, roles and tenants)");
    }
    let before = r.before.as_ref();
    match r.change.op.as_str() {
        "set" => {
            let field = r.change.field.clone().unwrap_or_default();
            if field == "password" {
                return cannot("a password is never recorded");
            }
            match before.and_then(|b| b.get("value")) {
                Some(v) => Step::Restore {
                    user: r.target.clone(),
                    patch: before.and_then(|b| b.get("path")).is_some(),
                    field,
                    before: v.clone(),
                    left: r.change.value.clone().unwrap_or(Value::Null),
                },
                None => cannot("the value before was not read"),
            }
        }
        "add" | "remove" => {
            let Some(item) = r.change.item.clone() else {
                return cannot("the record names no item");
            };
            if !["group", "role", "tenant"].contains(&item.kind.as_str()) {
                return cannot(&format!("a {} is not given back by iamctl", item.kind));
            }
            Step::Member {
                user: r.target.clone(),
                add: r.change.op == "remove",
                scope: crate::commands::membership::scope_from_json(
                    before.and_then(|b| b.get("scope")),
                ),
                words: r.change.scope.clone(),
                item,
            }
        }
        "create" | "invite" if r.result == Res::Created => Step::DeleteCreated {
            user: r.target.clone(),
        },
        "delete" => cannot("a deleted user's key, history and sign-ins are gone"),
        "expire-password" => cannot("an expired password cannot be made valid again"),
        "logout" => cannot("ended sessions cannot be restored"),
        op => cannot(&format!("`{op}` has no inverse in iamctl")),
    }
}

fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

fn describe(s: &Step) -> String {
    match s {
        Step::Restore {
            user,
            field,
            before,
            ..
        } => format!("~ {field} of {} back to {}", user.label(), text(before)),
        Step::Member {
            user,
            item,
            add,
            words,
            ..
        } => format!(
            "{} {} {} {}{}",
            if *add { "+ give" } else { "- take" },
            user.label(),
            item.kind,
            item.label(),
            words
                .as_deref()
                .map(|w| format!(" ({w})"))
                .unwrap_or_default()
        ),
        Step::DeleteCreated { user } => {
            format!("- delete user {} (created by the run)", user.label())
        }
        Step::Cannot { record, why } => format!("! cannot undo: {} — {why}", record.sentence()),
    }
}

/// Check one target against what the run left, then send its inverse.
async fn do_step(ctx: &mut Ctx, b: &dyn Backend, step: Step, force: bool) -> Result<()> {
    let caps = b.capabilities();
    let changed_since = |what: String| -> Option<String> {
        (!force).then(|| {
            format!("changed since the run ({what}): left as is; --force undoes it anyway")
        })
    };
    match step {
        Step::Cannot { record, why } => ctx.record(Outcome {
            result: Res::Skipped,
            detail: Some(format!("cannot be undone: {why}")),
            before: None,
            record: None,
            ..*record
        }),
        Step::Restore {
            user,
            field,
            patch,
            before,
            left,
        } => {
            let change = Change::set(&field, before.clone());
            let record = match b.get_user(&user.key).await {
                Ok(r) => r,
                Err(e) => return ctx.record_failed(Outcome::new(user, change, Res::Failed), e),
            };
            let path = if patch {
                Some(field.clone())
            } else {
                caps.attribute_path(&field)
            };
            let current = path
                .as_deref()
                .and_then(|p| crate::output::lookup(&record, p).cloned())
                .unwrap_or(Value::Null);
            let is = |v: &Value| {
                current == *v
                    || caps.same_value(&current, &text(v))
                    || (!patch
                        && caps
                            .attribute(&field, &text(v))
                            .is_ok_and(|(_, native)| caps.same_value(&current, &native)))
            };
            if is(&before) {
                return ctx.record(
                    Outcome::new(user, change, Res::Unchanged).detail("already as before the run"),
                );
            }
            if !is(&left)
                && let Some(why) = changed_since(format!("{field} is now {}", text(&current)))
            {
                return refuse(ctx, Outcome::new(user, change, Res::Failed), why);
            }
            let sent = if patch {
                let mut m = serde_json::Map::new();
                m.insert(field.clone(), before.clone());
                b.patch_user(&user.key, &m).await
            } else {
                match restore_value(caps, &field, &before) {
                    Ok((attr, value)) => b.set_user(&user.key, &attr, &value).await,
                    Err(e) => Err(e),
                }
            };
            let o = Outcome::new(user, change, Res::Changed)
                .before(Some(serde_json::json!({"field": field, "value": current})));
            crate::commands::membership::record_write(ctx, o, sent)
        }
        Step::Member {
            user,
            item,
            add,
            scope,
            words,
        } => {
            let change = Change::membership(add, item.clone(), words);
            let o = Outcome::new(user.clone(), change, Res::Changed).before(Some(
                serde_json::json!({"held": !add, "scope": crate::commands::membership::scope_json(&scope)}),
            ));
            let held = match item.kind.as_str() {
                "group" => b
                    .held_groups(&user.key, &scope)
                    .await
                    .map(|h| h.iter().any(|h| h.direct && h.key == item.key)),
                "role" => b
                    .held_roles(&user.key, &scope)
                    .await
                    .map(|h| h.iter().any(|h| h.direct && h.key == item.key)),
                _ => tenant_held(b, &user.key, &item.key).await,
            };
            let held = match held {
                Ok(h) => h,
                Err(e) => return ctx.record_failed(o, e),
            };
            if held == add {
                return ctx.record(o.result(Res::Unchanged).detail("already as before the run"));
            }
            let sent = match item.kind.as_str() {
                "group" => first(
                    b.change_groups(&user.key, std::slice::from_ref(&item.key), add)
                        .await,
                ),
                "role" => first(
                    b.change_roles(&user.key, std::slice::from_ref(&item.key), &scope, add)
                        .await,
                ),
                _ if add => match b.need_tenants("tenants") {
                    Ok(f) => f.add_user_tenant(&user.key, &item.key).await,
                    Err(e) => Err(e),
                },
                _ => match b.need_tenants("tenants") {
                    Ok(f) => f.remove_user_tenant(&user.key, &item.key).await,
                    Err(e) => Err(e),
                },
            };
            crate::commands::membership::record_write(ctx, o, sent)
        }
        Step::DeleteCreated { user } => {
            let o = Outcome::new(user.clone(), Change::op("delete"), Res::Deleted);
            match b.get_user(&user.key).await {
                Ok(_) => {
                    let sent = b.delete_user(&user.key).await;
                    crate::commands::membership::record_write(ctx, o, sent)
                }
                Err(e) if e.kind == ErrorKind::NotFound => {
                    ctx.record(o.result(Res::Unchanged).detail("already gone"))
                }
                Err(e) => ctx.record_failed(o, e),
            }
        }
    }
}

/// A target undo leaves alone: a failed record whose detail says why (the
/// run's exit is 7).
fn refuse(ctx: &mut Ctx, o: Outcome, why: String) -> Result<()> {
    let e = CliError::new(ErrorKind::Partial, format!("{}: {why}", o.target.label()));
    ctx.record_failed(o.detail(why), e)
}

fn first(batches: Vec<crate::backend::Batch>) -> Result<bool> {
    let mut sent = false;
    for b in batches {
        sent |= b.result?;
    }
    Ok(sent)
}

async fn tenant_held(b: &dyn Backend, user: &str, tenant: &str) -> Result<bool> {
    let mut held = false;
    b.need_tenants("tenants")?
        .list_user_tenants(user, &mut |t| {
            let id = t
                .get("tenantId")
                .or_else(|| t.get("id"))
                .and_then(Value::as_str)
                .unwrap_or("");
            let name = t
                .get("tenantName")
                .or_else(|| t.get("name"))
                .and_then(Value::as_str)
                .unwrap_or("");
            held |= id == tenant || name.eq_ignore_ascii_case(tenant);
            Ok(())
        })
        .await?;
    Ok(held)
}

/// The setter's name and value that put `before` (a record's value)
/// back: through the shared vocabulary, a status read as true/false where
/// the attribute is a flag kept as a status.
fn restore_value(
    caps: &crate::backend::Capabilities,
    field: &str,
    before: &Value,
) -> Result<(String, String)> {
    let t = text(before);
    caps.attribute(field, &t)
        .or_else(|e| match caps.status(&t) {
            Ok(s) => caps.attribute(
                field,
                if s.name == "inactive" {
                    "false"
                } else {
                    "true"
                },
            ),
            Err(_) => Err(e),
        })
}
