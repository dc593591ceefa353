//! `iamctl apply -f desired.yaml`: make the platform match a declarative
//! list of users. Reads the current state, prints a plan (create, update,
//! add-to-group, remove-from-group, grant, revoke; delete only with
//! `--prune`), and carries it out with `--yes`. A second run of the same
//! file plans nothing.
//!
//! A user's `groups` / `roles`, when given, are exactly the direct
//! memberships wanted (missing ones are added, others removed); when left
//! out, that user's memberships are not touched. `name` and `active` are
//! compared only when given. The other columns of `users import` are set
//! when apply creates the user (it warns when a user already there has them).

use std::collections::{HashMap, HashSet};

use clap::Args;

use crate::commands::scope::RoleScopeArgs;
use futures::StreamExt;
use serde_json::Value;

use crate::backend::batch::{UserBatches, UserSet};
use crate::backend::facets::BackendFacets;
use crate::backend::{Backend, Scope, UserQuery, UserSummary, summarize_user};
use crate::bulk::input::{self, Row};
use crate::bulk::results::Results;
use crate::bulk::run;
use crate::commands::plan::{self, Change, HeldNow, What};
use crate::context::Ctx;
use crate::error::{CliError, ErrorKind, Result};
use crate::outcome::{Outcome, Res, Target};

#[derive(Debug, Args)]
pub struct ApplyArgs {
    /// The desired state: YAML or JSON (`-` for stdin), `users:` a list of
    /// {email, name, active, groups, roles} and the other columns of `users
    /// import` (ODC references STAGE/GROUP, APP/STAGE/ROLE, org:ROLE)
    #[arg(short = 'f', long = "file", value_name = "FILE")]
    pub file: String,
    /// Also delete the users the file does not list
    #[arg(long)]
    pub prune: bool,
    /// Exit 10 when there are changes (planned with --dry-run, or applied), 0 when none
    #[arg(long)]
    pub detailed_exitcode: bool,
    /// Where the group and role names of the file live (ODC)
    #[command(flatten)]
    pub scope: RoleScopeArgs,
    /// Requests in flight at once while reading state and applying
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub concurrency: u16,
    /// A saved plan whose users changed since it was made: apply it to the
    /// others, the changed ones skipped (without it, nothing is applied)
    #[arg(long, conflicts_with = "replan")]
    pub skip_changed: bool,
    /// A saved plan: plan again from the platform as it is now, ignoring
    /// its fingerprints
    #[arg(long)]
    pub replan: bool,
    /// Write the plan, with a fingerprint of each user it touches, to FILE
    /// (a saved plan for `apply -f FILE`) and change nothing
    #[arg(long, value_name = "FILE")]
    pub plan_out: Option<String>,
}

pub async fn run(ctx: &mut Ctx, args: ApplyArgs) -> Result<()> {
    let (desired, saved) = plan::read_plan(&args.file)?;
    let scope = args.scope.scope();
    let backend = ctx.backend().await?;
    let b = backend.as_ref();
    input::check_columns(&desired, b.capabilities(), "apply")?;
    let profile = ctx
        .profile_name
        .clone()
        .or_else(|| ctx.global.profile.clone());
    let saved_plan = saved.is_plan() && !args.replan;
    if saved_plan {
        check_saved_made(
            &saved,
            profile.as_deref(),
            ctx.tenant.as_deref(),
            args.prune,
        )?;
    } else if args.skip_changed {
        return Err(CliError::usage(
            "--skip-changed goes with a saved plan applied as it was made, not with --replan or a desired state",
        )
        .hint("a saved plan is written by `diff --plan FILE` or `apply --plan-out FILE`"));
    }
    if args.replan && !saved.is_plan() {
        return Err(CliError::usage(format!(
            "--replan: {} is a desired state, not a saved plan (apply plans it afresh already)",
            args.file
        )));
    }

    // Names first: an unknown group or role stops the run before any change.
    let names = run::resolve(b, &desired, &scope).await?;
    let unknown: Vec<String> = desired
        .iter()
        .filter_map(|r| {
            // A message's own lines (an ambiguous name's candidates) go
            // under it, one step further in.
            names
                .refusal(r)
                .map(|(_, m)| format!("{}: {}", r.email, m.replace('\n', "\n  ")))
        })
        .collect();
    if !unknown.is_empty() {
        // A name several things share is a usage error (exit 2), as in
        // `users groups add`; only names that match nothing are not found.
        let ambiguous = unknown.iter().any(|m| m.contains(" is ambiguous"));
        let what = format!(
            "{} groups or roles:\n  {}",
            if ambiguous {
                "ambiguous or unknown"
            } else {
                "unknown"
            },
            unknown.join("\n  ")
        );
        return Err(if ambiguous {
            CliError::usage(what)
                .hint("name the group or role by key, or give its --stage (and --app)")
        } else {
            CliError::not_found(what)
        });
    }

    let mut current: HashMap<String, UserSummary> = HashMap::new();
    b.list_users(&UserQuery::default(), &mut |u| {
        let s = summarize_user(&u);
        current.insert(s.email.to_lowercase(), s);
        Ok(())
    })
    .await?;

    // On a user already there, apply changes name, active, groups and
    // roles; the other columns are set when it creates the user. Say so
    // rather than drop them silently.
    for r in &desired {
        let later: Vec<&str> = r
            .columns
            .iter()
            .copied()
            .filter(|c| {
                !["email", "name", "active", "groups", "roles"].contains(c)
                    && !plan::RECONCILED.contains(c)
            })
            .collect();
        if !later.is_empty() && current.contains_key(&r.email.to_lowercase()) {
            ctx.ui.warn(format!(
                "{}: {} {} set only when apply creates the user, who is already there: left as is (change them with `iamctl users set` or `iamctl users patch`)",
                r.email,
                later.join(", "),
                if later.len() == 1 { "is" } else { "are" }
            ));
        }
    }

    // What the existing users hold now (only for the lists the file
    // gives), then the plan.
    let role_scopes = plan::role_scopes(&desired, &scope, b.capabilities().scoped_references);
    let held = held_now(
        b,
        &plan::existing(&desired, &current),
        &scope,
        &role_scopes,
        args.concurrency as usize,
    )
    .await?;
    let plan_with = |places: &crate::backend::Places| {
        plan::plan(
            &desired,
            &current,
            held.clone(),
            &names,
            &scope,
            // A saved plan deletes the users it names, no other.
            args.prune && !saved_plan,
            plan::Platform {
                caps: b.capabilities(),
                places,
            },
        )
    };
    let mut plan = plan_with(&Default::default());
    if plan.wants_places(b.capabilities()) {
        plan = plan_with(&b.export_places().await.unwrap_or_default());
    }
    let mut skipped = 0;
    if saved_plan {
        add_saved_deletes(&mut plan, &saved, &current);
        skipped = check_saved_users(ctx, b, &saved, &desired, &mut plan, args.skip_changed).await?;
    }
    plan::show(
        &mut ctx.printer,
        &plan.lines,
        ctx.global.dry_run || args.plan_out.is_some(),
    )?;
    let n = plan.lines.len();
    if let Some(out) = &args.plan_out {
        save_plan(ctx, b, &args.file, out, &plan, profile, args.prune).await?;
        return if args.detailed_exitcode && n > 0 {
            Err(CliError::new(ErrorKind::Changes, format!("{n} changes")))
        } else {
            Ok(())
        };
    }
    if n == 0 && skipped > 0 {
        // The users left out still differ from the plan: not "matches".
        ctx.ui.status(format!(
            "Nothing else to do: the plan's other users are as it plans; {} skipped.",
            users(skipped)
        ));
        return if args.detailed_exitcode {
            Err(CliError::new(
                ErrorKind::Changes,
                format!("{} skipped with changes pending", users(skipped)),
            ))
        } else {
            Ok(())
        };
    }
    if n == 0 {
        ctx.ui.status("No changes: the platform matches the file.");
        return Ok(());
    }
    let changed = || {
        if args.detailed_exitcode {
            Err(CliError::new(ErrorKind::Changes, format!("{n} changes")))
        } else {
            Ok(())
        }
    };
    if ctx.global.dry_run {
        ctx.ui.status("Dry run: nothing was changed.");
        return changed();
    }
    let deletes = plan
        .changes
        .iter()
        .filter(|(_, c)| matches!(c, Change::Delete { .. }))
        .count();
    let what = if deletes > 0 {
        format!("apply these {n} changes, deleting {deletes} users")
    } else {
        format!("apply these {n} changes")
    };
    ctx.ui.confirm(&what)?;

    // Creates: in batches (ODC bulk), with their groups and roles.
    if !plan.creates.is_empty() {
        let results = Results::open(None, false)?.quiet_failures();
        let bar = run::progress(plan.creates.len(), ctx.ui.quiet);
        run::create_rows(
            b,
            plan.creates,
            &names,
            &scope,
            args.concurrency as usize,
            &results,
            &bar,
        )
        .await?;
        bar.finish_and_clear();
        // A user found already there (another run made it) is `unchanged`,
        // never counted as created.
        for o in results.take_records() {
            ctx.record(o)?;
        }
    }
    // The rest: one request each, a few at once; deletes last. Where the
    // platform changes many users per request, the updates go that way.
    let (deletes, others): (Vec<_>, Vec<_>) = plan
        .changes
        .into_iter()
        .partition(|(_, c)| matches!(c, Change::Delete { .. }));
    // A user joins a tenant before it is granted roles in it.
    let (joins, others): (Vec<_>, Vec<_>) = others.into_iter().partition(|(_, c)| {
        matches!(
            c,
            Change::Member {
                what: What::Tenant,
                add: true,
                ..
            }
        )
    });
    let others = match b.user_batches() {
        Some(bt) => update_in_batches(ctx, b, bt, others, args.concurrency as usize).await?,
        None => others,
    };
    for group in [joins, others, deletes] {
        // Several at once, their records in the plan's order.
        let mut done = futures::stream::iter(group)
            .map(|(email, c)| async move {
                let r = apply_one(b, &c).await;
                (email, c, r)
            })
            .buffered(args.concurrency.max(1) as usize);
        while let Some((email, c, r)) = done.next().await {
            let o = outcome_of(&email, &c);
            match r {
                Ok(true) => ctx.record(o)?,
                Ok(false) => ctx.record(o.result(Res::Unchanged).detail("already so"))?,
                Err(e) => ctx.record_failed(o, e)?,
            }
        }
    }
    changed()
}

/// A saved plan is applied only as it was made: on its profile, and with
/// `--prune` exactly when it deletes users (a plan made with `--prune`
/// names them; one made without deletes no one).
fn check_saved_made(
    saved: &plan::Saved,
    profile: Option<&str>,
    tenant: Option<&str>,
    prune: bool,
) -> Result<()> {
    if let (Some(made), Some(here)) = (saved.profile.as_deref(), profile)
        && made != here
    {
        return Err(CliError::usage(format!(
            "this plan was made for profile {made:?}, not {here:?}"
        ))
        .hint(format!(
            "apply it with -p {made}, or plan again here with --replan"
        )));
    }
    // The same profile name on another tenant (the environment's `env`,
    // a profile pointed elsewhere since) is another tenant.
    if let (Some(made), Some(here)) = (saved.tenant.as_deref(), tenant)
        && made != here
    {
        return Err(
            CliError::usage(format!("this plan was made for {made}, not {here}"))
                .hint("apply it where it was made, or plan again here with --replan"),
        );
    }
    match (&saved.deletes, prune) {
        (Some(d), false) if !d.is_empty() => Err(CliError::usage(format!(
            "this plan deletes {}: give --prune to apply it",
            users(d.len())
        ))
        .hint("or --replan to plan again from the file without deleting anyone")),
        (None, true) => Err(CliError::usage(
            "this plan was made without --prune: it deletes no one, and --prune cannot add deletions to it",
        )
        .hint("drop --prune, or plan again with --replan --prune")),
        _ => Ok(()),
    }
}

fn users(n: usize) -> String {
    if n == 1 {
        "1 user".into()
    } else {
        format!("{n} users")
    }
}

/// The deletions a saved plan names, of users still there.
fn add_saved_deletes(
    plan: &mut plan::Plan,
    saved: &plan::Saved,
    current: &HashMap<String, UserSummary>,
) {
    for email in saved.deletes.iter().flatten() {
        if let Some(s) = current.get(email) {
            plan.lines
                .push(plan::line("delete", &s.email, "", s.key.clone()));
            plan.changes
                .push((s.email.clone(), Change::Delete { key: s.key.clone() }));
        }
    }
}

/// A saved plan is applied to users as they were when it was reviewed. A
/// user the plan would change now is stale when it changed since (its
/// fingerprint differs) or the plan never fingerprinted it (added to the
/// file since): that stops the run before anything is written, or with
/// `--skip-changed` is left out and recorded as skipped (how many is
/// returned). A user already as planned (a second run) has nothing to do
/// and is not stale.
async fn check_saved_users(
    ctx: &mut Ctx,
    b: &dyn Backend,
    saved: &plan::Saved,
    desired: &[Row],
    plan: &mut plan::Plan,
    skip_changed: bool,
) -> Result<usize> {
    let planned: HashSet<String> = plan
        .lines
        .iter()
        .filter_map(|l| l["user"].as_str())
        .map(str::to_lowercase)
        .collect();
    let now = super::diff::state(b).await?;
    // The users whose state moved since the plan was made (each hashed
    // once): stale where the plan still changes them, else already as it
    // plans.
    let (mut changed, as_planned): (Vec<String>, Vec<String>) = saved
        .fingerprints
        .iter()
        .filter(|(email, fp)| plan::fingerprint(now.get(*email)) != **fp)
        .map(|(email, _)| email.clone())
        .partition(|email| planned.contains(email));
    let mut added: Vec<String> = desired
        .iter()
        .map(|r| r.email.to_lowercase())
        .filter(|e| planned.contains(e) && !saved.fingerprints.contains_key(e))
        .collect();
    added.sort();
    added.dedup();
    if changed.is_empty() && added.is_empty() {
        // Users whose state moved only to what the plan wants (a second
        // run) have nothing left to do: not stale, and said so.
        let as_planned = as_planned.len();
        ctx.ui.status(if as_planned == 0 {
            format!(
                "The plan is current: none of its {} changed since it was made.",
                users(saved.fingerprints.len())
            )
        } else {
            format!(
                "The plan is current: {as_planned} of its {} are already as it plans (applied before?), none changed otherwise.",
                users(saved.fingerprints.len())
            )
        });
        return Ok(0);
    }
    if !skip_changed {
        let mut told = Vec::new();
        if !changed.is_empty() {
            told.push(format!(
                "{} of its users changed since it was made ({})",
                changed.len(),
                changed.join(", ")
            ));
        }
        if !added.is_empty() {
            told.push(format!(
                "{} not in the plan as it was made ({}: added to the file since?)",
                if added.len() == 1 {
                    "1 user is".to_string()
                } else {
                    format!("{} users are", added.len())
                },
                added.join(", ")
            ));
        }
        return Err(CliError::new(
            ErrorKind::Rejected,
            format!("the plan is stale: {}; nothing was applied", told.join("; ")),
        )
        .hint("--skip-changed applies it to the others; --replan plans again from the platform as it is now"));
    }
    let mut stale: Vec<(String, &str)> = changed
        .drain(..)
        .map(|e| (e, "changed since the plan was made"))
        .chain(
            added
                .drain(..)
                .map(|e| (e, "not in the plan as it was made")),
        )
        .collect();
    stale.sort();
    let is_stale = |email: &str| stale.iter().any(|(e, _)| e.eq_ignore_ascii_case(email));
    plan.lines
        .retain(|l| !l["user"].as_str().is_some_and(&is_stale));
    plan.creates.retain(|r| !is_stale(&r.email));
    plan.changes.retain(|(email, _)| !is_stale(email));
    for (email, why) in &stale {
        ctx.record(
            Outcome::new(
                Target::user(email.clone(), email.clone()),
                crate::outcome::Change::op("apply"),
                Res::Skipped,
            )
            .detail(*why),
        )?;
    }
    Ok(stale.len())
}

/// `--plan-out`: the file's users as a saved plan, each user the plan
/// touches fingerprinted as the platform has it now; nothing is changed.
async fn save_plan(
    ctx: &mut Ctx,
    b: &dyn Backend,
    file: &str,
    out: &str,
    plan: &plan::Plan,
    profile: Option<String>,
    prune: bool,
) -> Result<()> {
    let bytes = if file == "-" {
        return Err(CliError::usage(
            "--plan-out needs the desired state in a file, not stdin",
        ));
    } else {
        std::fs::read(file).map_err(|e| CliError::usage(format!("cannot read {file}: {e}")))?
    };
    let doc: Value = if file.to_ascii_lowercase().ends_with(".json") {
        serde_json::from_slice(&bytes).map_err(|e| CliError::usage(e.to_string()))?
    } else {
        serde_norway::from_slice(&bytes).map_err(|e| CliError::usage(e.to_string()))?
    };
    let users = match doc {
        Value::Array(a) => a,
        Value::Object(mut m) => match m.remove("users") {
            Some(Value::Array(a)) => a,
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    let now = super::diff::state(b).await?;
    let touched: HashSet<String> = plan
        .lines
        .iter()
        .filter_map(|l| l["user"].as_str())
        .map(str::to_lowercase)
        .collect();
    // Every user of the file is fingerprinted (one the plan leaves alone
    // today would be changed if it changed since), and with --prune the
    // users it deletes, named.
    let deletes: Option<std::collections::BTreeSet<String>> = prune.then(|| {
        plan.changes
            .iter()
            .filter(|(_, c)| matches!(c, Change::Delete { .. }))
            .map(|(e, _)| e.to_lowercase())
            .collect()
    });
    let saved = plan::Saved {
        profile,
        tenant: ctx.tenant.clone(),
        fingerprints: users
            .iter()
            .filter_map(|u| u.get("email").and_then(Value::as_str))
            .map(str::to_lowercase)
            .chain(deletes.iter().flatten().cloned())
            .map(|e| {
                let fp = plan::fingerprint(now.get(&e));
                (e, fp)
            })
            .collect(),
        deletes,
    };
    plan::write_file(out, users, &saved)?;
    ctx.ui.status(format!(
        "The plan is in {out} ({} users touched): `iamctl apply -f {out}` applies it as it is, refusing users changed since.",
        touched.len()
    ));
    Ok(())
}

/// The attribute updates the platform can batch, sent `batch_size` users a
/// request (a few requests at once), their outcomes recorded; the other
/// changes are handed back.
async fn update_in_batches(
    ctx: &mut Ctx,
    b: &dyn Backend,
    bt: &dyn UserBatches,
    changes: Vec<(String, Change)>,
    concurrency: usize,
) -> Result<Vec<(String, Change)>> {
    let caps = b.capabilities();
    let mut batched: Vec<(String, Change, UserSet)> = Vec::new();
    let mut rest = Vec::new();
    for (email, c) in changes {
        let set = match &c {
            Change::Update { key, attr, value } => caps
                .attribute(attr, value)
                .ok()
                .filter(|(native, _)| bt.sets_in_batch(native, false))
                .map(|(attr, value)| UserSet {
                    key: key.clone(),
                    record: None,
                    attr,
                    value,
                }),
            _ => None,
        };
        match set {
            Some(set) => batched.push((email, c, set)),
            None => rest.push((email, c)),
        }
    }
    // A user's changes stay in one batch: they go in one body.
    let mut chunks: Vec<Vec<(String, Change, UserSet)>> = Vec::new();
    let mut users_in_last = HashSet::new();
    for item in batched {
        let fits = chunks.last().is_some()
            && (users_in_last.contains(&item.2.key) || users_in_last.len() < bt.batch_size());
        if !fits {
            chunks.push(Vec::new());
            users_in_last.clear();
        }
        users_in_last.insert(item.2.key.clone());
        if let Some(last) = chunks.last_mut() {
            last.push(item);
        }
    }
    let mut done = futures::stream::iter(chunks)
        .map(|chunk| async move {
            let sets: Vec<UserSet> = chunk.iter().map(|(_, _, s)| s.clone()).collect();
            let answers = match bt.set_users(&sets).await {
                Ok(a) => a,
                Err(e) => sets.iter().map(|_| Err(e.clone())).collect(),
            };
            (chunk, answers)
        })
        .buffered(concurrency.max(1));
    while let Some((chunk, answers)) = done.next().await {
        for ((email, c, _), r) in chunk.into_iter().zip(answers) {
            let o = outcome_of(&email, &c);
            match r {
                Ok(_) => ctx.record(o)?,
                Err(e) => ctx.record_failed(o, e)?,
            }
        }
    }
    Ok(rest)
}

/// The outcome record of one planned change, as if it were done.
fn outcome_of(email: &str, c: &Change) -> Outcome {
    use crate::outcome::Change as Oc;
    let (key, change, result) = match c {
        Change::Update { key, attr, value } => (
            key,
            Oc::set(attr, Value::String(value.clone())),
            Res::Changed,
        ),
        Change::Member {
            key,
            what,
            target,
            add,
            scope,
            shown,
        } => {
            let kind = match what {
                What::Group => "group",
                What::Role => "role",
                What::Tenant => "tenant",
            };
            (
                key,
                Oc::membership(
                    *add,
                    Target::new(kind, target.clone(), Some(shown.name.clone())),
                    shown
                        .place
                        .clone()
                        .or_else(|| crate::commands::membership::scope_words(scope)),
                ),
                Res::Changed,
            )
        }
        Change::Delete { key } => (key, Oc::op("delete"), Res::Deleted),
    };
    Outcome::new(Target::user(key.clone(), email.to_string()), change, result)
}

async fn apply_one(b: &dyn Backend, c: &Change) -> Result<bool> {
    match c {
        // The shared vocabulary (`active`, `name`) mapped to the platform's
        // own attribute and value, as `users set` does.
        Change::Update { key, attr, value } => {
            let (attr, value) = b.capabilities().attribute(attr, value)?;
            b.set_user(key, &attr, &value).await
        }
        Change::Member {
            key,
            what: What::Group,
            target,
            add: true,
            ..
        } => b.add_to_group(key, target).await,
        Change::Member {
            key,
            what: What::Group,
            target,
            add: false,
            ..
        } => b.remove_from_group(key, target).await,
        Change::Member {
            key,
            what: What::Role,
            target,
            add: true,
            scope,
            ..
        } => b.grant_role(key, target, scope).await,
        Change::Member {
            key,
            what: What::Role,
            target,
            add: false,
            scope,
            ..
        } => b.revoke_role(key, target, scope).await,
        Change::Member {
            key,
            what: What::Tenant,
            target,
            add,
            ..
        } => {
            let t = b.need_tenants("tenants")?;
            if *add {
                t.add_user_tenant(key, target).await
            } else {
                t.remove_user_tenant(key, target).await
            }
        }
        Change::Delete { key } => b.delete_user(key).await,
    }
}

/// What each existing user holds now: its direct groups in the file's
/// scope, its roles in each of `role_scopes`; only for the lists the file
/// gives.
async fn held_now(
    b: &dyn Backend,
    existing: &[(&Row, &UserSummary)],
    scope: &Scope,
    role_scopes: &[Scope],
    concurrency: usize,
) -> Result<Vec<HeldNow>> {
    futures::stream::iter(existing.iter())
        .map(|(r, s)| async move {
            let g = match r.groups {
                Some(_) => Some(
                    b.held_groups(&s.key, scope)
                        .await?
                        .into_iter()
                        .map(|h| (h, scope.clone()))
                        .collect(),
                ),
                None => None,
            };
            let ro = match r.roles {
                Some(_) => {
                    let mut all = Vec::new();
                    for rs in role_scopes {
                        for h in b.held_roles(&s.key, rs).await? {
                            all.push((h, rs.clone()));
                        }
                    }
                    Some(all)
                }
                None => None,
            };
            Ok::<_, CliError>((g, ro))
        })
        .buffered(concurrency.max(1))
        .collect::<Vec<_>>()
        .await
        .into_iter()
        .collect()
}
