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

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::Read;

use clap::Args;

use crate::commands::scope::RoleScopeArgs;
use futures::StreamExt;
use serde_json::{Value, json};

use crate::backend::batch::{UserBatches, UserSet};
use crate::backend::reference::Reference;
use crate::backend::{Backend, Held, Scope, UserQuery, UserSummary, summarize_user};
use crate::bulk::input::{self, Row};
use crate::bulk::results::Results;
use crate::bulk::run::{self, Names};
use crate::context::Ctx;
use crate::error::{CliError, ErrorKind, Result};
use crate::outcome::{Outcome, Res, Target};
use crate::output::OutputFormat;
use crate::views::View;

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
}

const PLAN_VIEW: View = View {
    noun: "planned changes",
    columns: &[
        ("ACTION", "action"),
        ("USER", "user"),
        ("TARGET", "target"),
        ("DETAIL", "detail"),
    ],
    fields: &["action", "user", "target", "detail"],
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum What {
    Group,
    Role,
}

/// A change to an existing user.
#[derive(Debug)]
enum Change {
    Update {
        key: String,
        attr: &'static str,
        value: String,
    },
    Member {
        key: String,
        what: What,
        target: String,
        add: bool,
        /// Where a role is granted or revoked (ODC: an app, or the organization).
        scope: Scope,
    },
    Delete {
        key: String,
    },
}

/// A user's direct groups and roles now, each with the scope it is held
/// in (None: the file does not ask).
type HeldNow = (Option<Vec<(Held, Scope)>>, Option<Vec<(Held, Scope)>>);

struct Plan {
    lines: Vec<Value>,
    creates: Vec<Row>,
    changes: Vec<(String, Change)>,
}

fn read_desired(path: &str) -> Result<Vec<Row>> {
    let mut bytes = Vec::new();
    if path == "-" {
        std::io::stdin().read_to_end(&mut bytes)?;
    } else {
        bytes =
            std::fs::read(path).map_err(|e| CliError::usage(format!("cannot read {path}: {e}")))?;
    }
    // A byte-order mark (Notepad, Excel) is not part of the document.
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&bytes);
    // Duplicate keys are refused: which of the two would be meant?
    let doc: Value = if path.to_ascii_lowercase().ends_with(".json") {
        crate::bulk::strict::json(bytes)
            .map_err(|e| CliError::usage(format!("{path} is not valid JSON: {e}")))?
    } else {
        crate::bulk::strict::yaml(bytes)
            .map_err(|e| CliError::usage(format!("{path} is not valid YAML: {e}")))?
    };
    let Value::Object(top) = doc else {
        return Err(CliError::usage(format!(
            "{path}: expected a mapping with a `users:` list"
        )));
    };
    if let Some(k) = top.keys().find(|k| *k != "users") {
        return Err(CliError::usage(format!(
            "{path}: unknown top-level key {k:?} (expected `users`)"
        )));
    }
    let users = match top.get("users") {
        Some(Value::Array(a)) => a.clone(),
        Some(Value::Null) | None => Vec::new(),
        Some(_) => return Err(CliError::usage(format!("{path}: `users` must be a list"))),
    };
    let mut rows = Vec::new();
    let mut bad = Vec::new();
    let mut seen = HashSet::new();
    for (i, u) in users.into_iter().enumerate() {
        match input::record(i + 1, u) {
            Ok(r) if !seen.insert(r.email.to_lowercase()) => {
                bad.push(format!("user {} ({}): listed twice", r.n, r.email));
            }
            Ok(r) => rows.push(r),
            Err(e) => bad.push(format!(
                "user {} ({}): {}",
                e.n,
                e.identity.as_deref().unwrap_or("?"),
                e.message
            )),
        }
    }
    if !bad.is_empty() {
        return Err(CliError::usage(format!(
            "{path} has {} invalid entries:\n  {}",
            bad.len(),
            bad.join("\n  ")
        )));
    }
    Ok(rows)
}

fn line(action: &str, user: &str, target: &str, detail: String) -> Value {
    json!({ "action": action, "user": user, "target": target, "detail": detail })
}

pub async fn run(ctx: &mut Ctx, args: ApplyArgs) -> Result<()> {
    let desired = read_desired(&args.file)?;
    let scope = args.scope.scope();
    let backend = ctx.backend().await?;
    let b = backend.as_ref();
    input::check_columns(&desired, b.capabilities(), "apply")?;

    // Names first: an unknown group or role stops the run before any change.
    let names = run::resolve(b, &desired, &scope).await?;
    let unknown: Vec<String> = desired
        .iter()
        .filter_map(|r| names.refusal(r).map(|(_, m)| format!("{}: {m}", r.email)))
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
            .filter(|c| !["email", "name", "active", "groups", "roles"].contains(c))
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

    let plan = make_plan(
        b,
        &desired,
        &current,
        &names,
        &scope,
        args.prune,
        args.concurrency as usize,
    )
    .await?;
    show_plan(ctx, &plan)?;
    let n = plan.lines.len();
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
    let others = match b.user_batches() {
        Some(bt) => update_in_batches(ctx, b, bt, others, args.concurrency as usize).await?,
        None => others,
    };
    for group in [others, deletes] {
        let mut done = futures::stream::iter(group)
            .map(|(email, c)| async move {
                let r = apply_one(b, &c).await;
                (email, c, r)
            })
            .buffer_unordered(args.concurrency as usize);
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
        } => {
            let kind = if matches!(what, What::Group) {
                "group"
            } else {
                "role"
            };
            (
                key,
                Oc::membership(
                    *add,
                    Target::new(kind, target.clone(), None),
                    crate::commands::membership::scope_words(scope),
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
        } => b.grant_role(key, target, scope).await,
        Change::Member {
            key,
            what: What::Role,
            target,
            add: false,
            scope,
        } => b.revoke_role(key, target, scope).await,
        Change::Delete { key } => b.delete_user(key).await,
    }
}

async fn make_plan(
    b: &dyn Backend,
    desired: &[Row],
    current: &HashMap<String, UserSummary>,
    names: &Names,
    scope: &Scope,
    prune: bool,
    concurrency: usize,
) -> Result<Plan> {
    // What the existing users hold now: only for the lists the file gives.
    let existing: Vec<(&Row, &UserSummary)> = desired
        .iter()
        .filter_map(|r| current.get(&r.email.to_lowercase()).map(|s| (r, s)))
        .collect();
    // Roles held in the file's scope; and when the file's role references
    // say where they live (ODC `APP/STAGE/ROLE`, `org:ROLE`, as export
    // writes them), its `roles` are every direct role wanted: application
    // and organization roles both.
    let mut role_scopes = vec![scope.clone()];
    let self_describing = b.capabilities().scoped_references
        && desired
            .iter()
            .flat_map(|r| r.roles())
            .any(|r| Reference::role(r, true).place.is_some());
    if self_describing {
        role_scopes.push(Scope {
            org: !scope.org,
            ..scope.clone()
        });
    }
    let role_scopes = &role_scopes;
    let held: Vec<HeldNow> = futures::stream::iter(existing.iter())
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
        .collect::<Result<_>>()?;
    let label = |map: &HashMap<String, std::result::Result<String, String>>, key: &str| {
        map.iter()
            .find(|(_, v)| v.as_deref().ok() == Some(key))
            .map(|(n, _)| n.clone())
            .unwrap_or_else(|| key.to_string())
    };

    let mut plan = Plan {
        lines: Vec::new(),
        creates: Vec::new(),
        changes: Vec::new(),
    };
    for r in desired {
        if current.contains_key(&r.email.to_lowercase()) {
            continue;
        }
        let mut detail = Vec::new();
        if let Some(n) = &r.name {
            detail.push(format!("name {n:?}"));
        }
        detail.push(
            if r.active.unwrap_or(true) {
                "active"
            } else {
                "inactive"
            }
            .to_string(),
        );
        plan.lines
            .push(line("create", &r.email, "", detail.join(", ")));
        for g in r.groups() {
            plan.lines
                .push(line("add-to-group", &r.email, g, String::new()));
        }
        for ro in r.roles() {
            plan.lines.push(line("grant", &r.email, ro, String::new()));
        }
        plan.creates.push(r.clone());
    }
    for ((r, s), (groups, roles)) in existing.iter().zip(held) {
        let email = &r.email;
        let push = |plan: &mut Plan, line: Value, c: Change| {
            plan.lines.push(line);
            plan.changes.push((email.clone(), c));
        };
        if let Some(n) = &r.name
            && s.name.as_deref() != Some(n.as_str())
        {
            let from = s.name.clone().unwrap_or_default();
            push(
                &mut plan,
                line("update", email, "name", format!("{from:?} -> {n:?}")),
                Change::Update {
                    key: s.key.clone(),
                    attr: "name",
                    value: n.clone(),
                },
            );
        }
        if let (Some(a), Some(c)) = (r.active, s.active)
            && a != c
        {
            push(
                &mut plan,
                line("update", email, "active", format!("{c} -> {a}")),
                Change::Update {
                    key: s.key.clone(),
                    attr: "active",
                    value: a.to_string(),
                },
            );
        }
        for (what, held, wanted, map) in [
            (What::Group, groups, r.groups(), &names.groups),
            (What::Role, roles, r.roles(), &names.roles),
        ] {
            let Some(held) = held else { continue };
            let own: BTreeMap<String, Scope> = held
                .into_iter()
                .filter(|(h, _)| h.direct)
                .map(|(h, s)| (h.key, s))
                .collect();
            let want: BTreeMap<String, Scope> = wanted
                .iter()
                .filter_map(|n| {
                    map.get(n)
                        .and_then(|k| k.as_deref().ok())
                        .map(|k| (k.to_string(), names.role_scope(n, scope).clone()))
                })
                .collect();
            let (add_word, remove_word) = match what {
                What::Group => ("add-to-group", "remove-from-group"),
                What::Role => ("grant", "revoke"),
            };
            for (k, sc) in want.iter().filter(|(k, _)| !own.contains_key(*k)) {
                push(
                    &mut plan,
                    line(add_word, email, &label(map, k), String::new()),
                    Change::Member {
                        key: s.key.clone(),
                        what,
                        target: k.clone(),
                        add: true,
                        scope: sc.clone(),
                    },
                );
            }
            for (k, sc) in own.iter().filter(|(k, _)| !want.contains_key(*k)) {
                push(
                    &mut plan,
                    line(remove_word, email, &label(map, k), String::new()),
                    Change::Member {
                        key: s.key.clone(),
                        what,
                        target: k.clone(),
                        add: false,
                        scope: sc.clone(),
                    },
                );
            }
        }
    }
    if prune {
        let wanted: HashSet<String> = desired.iter().map(|r| r.email.to_lowercase()).collect();
        let mut gone: Vec<&UserSummary> = current
            .iter()
            .filter(|(e, _)| !wanted.contains(*e))
            .map(|(_, s)| s)
            .collect();
        gone.sort_by(|a, b| a.email.cmp(&b.email));
        for s in gone {
            plan.lines.push(line("delete", &s.email, "", s.key.clone()));
            plan.changes
                .push((s.email.clone(), Change::Delete { key: s.key.clone() }));
        }
    }
    Ok(plan)
}

fn show_plan(ctx: &mut Ctx, plan: &Plan) -> Result<()> {
    if ctx.printer.format() != OutputFormat::Table {
        // A real run's output is its outcome records (one document); the
        // plan is the data of a dry run.
        if !ctx.global.dry_run {
            return Ok(());
        }
        return ctx.printer.list(PLAN_VIEW, plan.lines.iter().cloned());
    }
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let mut count: HashMap<&str, usize> = HashMap::new();
    for l in &plan.lines {
        let s = |k: &str| l.get(k).and_then(Value::as_str).unwrap_or("").to_string();
        let action = s("action");
        let sign = match action.as_str() {
            "create" | "add-to-group" | "grant" => '+',
            "update" => '~',
            _ => '-',
        };
        let (target, detail) = (s("target"), s("detail"));
        let mut text = format!("{sign} {action:<17} {}", s("user"));
        if !target.is_empty() {
            text.push_str(&format!("  {target}"));
        }
        if !detail.is_empty() {
            text.push_str(&format!("  ({detail})"));
        }
        writeln!(out, "{text}")?;
        let bucket = match action.as_str() {
            "create" => "create",
            "update" => "update",
            "delete" => "delete",
            _ => "membership",
        };
        *count.entry(bucket).or_default() += 1;
    }
    let c = |k: &str| count.get(k).copied().unwrap_or(0);
    writeln!(
        out,
        "Plan: {} to create, {} to update, {} membership changes, {} to delete.",
        c("create"),
        c("update"),
        c("membership"),
        c("delete")
    )?;
    out.flush()?;
    Ok(())
}
