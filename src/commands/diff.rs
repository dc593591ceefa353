//! `iamctl diff --from SOURCE` (issue 13): how the users and access of the
//! profile the command runs against (`-p TARGET`) differ from another
//! profile's, printed as the changes that would make TARGET match SOURCE,
//! and written with `--plan FILE` as a file `apply` takes:
//!
//! ```text
//! iamctl diff --from staging -p prod --plan plan.yaml
//! iamctl apply -f plan.yaml -p prod            # the plan again, then confirm
//! ```
//!
//! Users are matched by e-mail; groups and roles are compared as the
//! references `users export --memberships` writes (ODC `STAGE/GROUP`,
//! `APP/STAGE/ROLE`, `org:ROLE`; Valuekeep keys; Descope role names), the
//! direct ones only (what comes through a group follows the group). The
//! plan lists only the users that differ, so `apply` touches nothing else;
//! users only in TARGET are kept unless `--prune` is given (the plan then
//! lists every SOURCE user, so that `apply --prune` deletes exactly those,
//! after its own confirmation).

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

use clap::Args;
use serde_json::{Map, Value, json};

use crate::backend::{Backend, UserQuery, summarize_user};
use crate::bulk::reference::{self, Place, Reference};
use crate::commands::users::export;
use crate::context::Ctx;
use crate::error::{CliError, ErrorKind, Result};

pub const ABOUT: &str = "\
Compare another profile's users and access with this one's, as a plan `apply` takes

Reads both tenants (never writes) and prints what would make the profile the command runs against
(-p TARGET) match the profile named by --from (SOURCE): users to create, names and active flags to
update, groups to add or remove, roles to grant or revoke. Users are matched by e-mail; groups and
roles by the references `users export --memberships` writes (ODC STAGE/GROUP, APP/STAGE/ROLE,
org:ROLE; Valuekeep keys; Descope role names), the direct ones only: what comes through a group
follows the group. Columns apply sets only on a new user (Descope tenants, Valuekeep technician...)
are shown as `differs`, with what to use instead.

--plan FILE writes the differences as a file for `iamctl apply -f FILE -p TARGET`, which plans
again and asks before it changes anything. Users only in TARGET are kept (shown as `only-here`);
with --prune they are shown as deletions and the plan lists every SOURCE user, so that `apply
--prune` deletes exactly those, after its own confirmation.

ODC, mirroring a stage: --from-stage Development --to-stage Production compares, user by user,
the groups and application roles held in one stage with those held in the other, by name
(STAGE/GROUP, APP/STAGE/ROLE), and plans the changes to the second; organization roles and the
other stages are left as they are. Within this profile, or from --from's stage onto this one's.

Cost: the user list of each side, plus (ODC) the walk of `access report` on each side.
SOURCE must be a profile of the config file on the same platform; its coordinates are read as
written there (the IAMCTL_* overrides apply to TARGET only), its secret from where it keeps it.";

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The profile to compare with (the source of truth); the profile the command runs against
    /// (-p) is the one that differs, and the one `apply` would change
    #[arg(long, value_name = "PROFILE", required_unless_present = "from_stage")]
    pub from: Option<String>,
    /// ODC: compare the groups and application roles held in this stage (of --from, else of this
    /// profile) with those held in --to-stage, as a plan that makes --to-stage match
    #[arg(long, value_name = "STAGE", conflicts_with = "prune")]
    pub from_stage: Option<String>,
    /// ODC: the stage that would change (with --from-stage)
    #[arg(long, value_name = "STAGE")]
    pub to_stage: Option<String>,
    /// Write the differences as an `apply` file: YAML, or JSON when FILE ends in .json (`-`: stdout)
    #[arg(long, value_name = "FILE")]
    pub plan: Option<String>,
    /// Also show the users only here as deletions, and write a plan for `apply --prune`
    #[arg(long)]
    pub prune: bool,
    /// Exit 10 when there are differences, 0 when none
    #[arg(long)]
    pub detailed_exitcode: bool,
}

/// One side: e-mail (lower case) → the user as export writes it.
type State = BTreeMap<String, Map<String, Value>>;

/// What apply reconciles on a user already there; the rest of the export
/// columns are set only when apply creates a user.
const RECONCILED: &[&str] = &["name", "active", "groups", "roles"];

async fn state(b: &dyn Backend) -> Result<State> {
    let caps = b.capabilities();
    let columns: Vec<&'static str> = export::columns(caps)
        .into_iter()
        .filter(|c| *c != "key")
        .collect();
    let mut users = Vec::new();
    b.list_users(&UserQuery::default(), &mut |u| {
        users.push(u);
        Ok(())
    })
    .await?;
    let places = b.export_places().await?;
    let with_memberships = columns.contains(&"groups") || columns.contains(&"roles");
    let all = if with_memberships {
        b.all_memberships(&places).await?
    } else {
        Default::default()
    };
    let mut out = State::new();
    for u in users {
        let s = export::named_status(caps, summarize_user(&u));
        let (mut groups, mut roles) = all.get(&s.key).cloned().unwrap_or_default();
        groups.sort();
        groups.dedup();
        roles.sort();
        roles.dedup();
        let email = s.email.to_lowercase();
        if !email.is_empty() {
            out.insert(email, export::record(&columns, &u, &s, groups, roles));
        }
    }
    Ok(out)
}

fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

fn list_of(v: Option<&Value>) -> BTreeSet<String> {
    v.and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(text)
        .collect()
}

fn line(action: &str, user: &str, target: &str, detail: String) -> Value {
    json!({ "action": action, "user": user, "target": target, "detail": detail })
}

/// A record as an apply entry: no empty values.
fn entry(rec: &Map<String, Value>) -> Map<String, Value> {
    rec.iter()
        .filter(|(_, v)| match v {
            Value::Null => false,
            Value::String(s) => !s.is_empty(),
            Value::Object(o) => !o.is_empty(),
            _ => true,
        })
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// The differences as lines (what `apply` would do), and the apply file.
fn compare(source: &State, target: &State, prune: bool) -> (Vec<Value>, Vec<Value>) {
    let mut lines = Vec::new();
    let mut plan = Vec::new();
    for (email, want) in source {
        let shown = want.get("email").map(text).unwrap_or_else(|| email.clone());
        let Some(have) = target.get(email) else {
            let mut detail = Vec::new();
            if let Some(n) = want.get("name").filter(|n| !n.is_null()) {
                detail.push(format!("name {:?}", text(n)));
            }
            if let Some(a) = want.get("active").and_then(Value::as_bool) {
                detail.push(if a { "active" } else { "inactive" }.to_string());
            }
            lines.push(line("create", &shown, "", detail.join(", ")));
            for g in list_of(want.get("groups")) {
                lines.push(line("add-to-group", &shown, &g, String::new()));
            }
            for r in list_of(want.get("roles")) {
                lines.push(line("grant", &shown, &r, String::new()));
            }
            plan.push(Value::Object(entry(want)));
            continue;
        };
        let mut e = Map::new();
        e.insert("email".into(), json!(shown));
        for c in ["name", "active"] {
            let (w, h) = (want.get(c), have.get(c));
            if let Some(w) = w.filter(|w| !w.is_null())
                && Some(w) != h
            {
                // As apply shows it: text quoted, flags bare.
                let show = |v: Option<&Value>| match v {
                    Some(Value::String(s)) => format!("{s:?}"),
                    Some(Value::Null) | None => "\"\"".to_string(),
                    Some(other) => other.to_string(),
                };
                lines.push(line(
                    "update",
                    &shown,
                    c,
                    format!("{} -> {}", show(h), show(Some(w))),
                ));
                e.insert(c.into(), w.clone());
            }
        }
        for (c, add, remove) in [
            ("groups", "add-to-group", "remove-from-group"),
            ("roles", "grant", "revoke"),
        ] {
            if !want.contains_key(c) {
                continue;
            }
            let (w, h) = (list_of(want.get(c)), list_of(have.get(c)));
            if w == h {
                continue;
            }
            for x in w.difference(&h) {
                lines.push(line(add, &shown, x, String::new()));
            }
            for x in h.difference(&w) {
                lines.push(line(remove, &shown, x, String::new()));
            }
            e.insert(c.into(), json!(w.into_iter().collect::<Vec<_>>()));
        }
        // The columns apply sets only at creation: told, not planned.
        for (c, w) in want {
            if RECONCILED.contains(&c.as_str()) || c == "email" {
                continue;
            }
            let h = have.get(c).cloned().unwrap_or(Value::Null);
            if *w != h && !(w.is_null() && text(&h).is_empty()) {
                lines.push(line(
                    "differs",
                    &shown,
                    c,
                    format!(
                        "{:?} here, {:?} there; apply sets it only on a new user (use `users set` or `users patch`)",
                        text(&h),
                        text(w)
                    ),
                ));
            }
        }
        if e.len() > 1 || prune {
            plan.push(Value::Object(e));
        }
    }
    for (email, have) in target {
        if source.contains_key(email) {
            continue;
        }
        let shown = have.get("email").map(text).unwrap_or_else(|| email.clone());
        if prune {
            lines.push(line("delete", &shown, "", String::new()));
        } else {
            lines.push(line(
                "only-here",
                &shown,
                "",
                "kept (--prune to delete)".to_string(),
            ));
        }
    }
    (lines, plan)
}

fn write_plan(path: &str, users: Vec<Value>) -> Result<()> {
    let doc = json!({ "users": users });
    let bytes = if path.to_ascii_lowercase().ends_with(".json") {
        let mut b = serde_json::to_vec_pretty(&doc)
            .map_err(|e| CliError::other(format!("cannot write JSON: {e}")))?;
        b.push(b'\n');
        b
    } else {
        serde_norway::to_string(&doc)
            .map_err(|e| CliError::other(format!("cannot write YAML: {e}")))?
            .into_bytes()
    };
    if path == "-" {
        let mut out = std::io::stdout().lock();
        out.write_all(&bytes)?;
        out.flush()?;
    } else {
        std::fs::write(path, bytes)
            .map_err(|e| CliError::usage(format!("cannot write {path}: {e}")))?;
    }
    Ok(())
}

/// The stage an ODC reference names (`STAGE/GROUP`, `APP/STAGE/ROLE`);
/// None for an organization role or a plain name.
fn ref_stage(r: &str, group: bool) -> Option<String> {
    let parsed = if group {
        Reference::group(r, true)
    } else {
        Reference::role(r, true)
    };
    match parsed.place {
        Some(Place::Stage(s)) | Some(Place::App { stage: s, .. }) => Some(s),
        _ => None,
    }
}

/// The same reference in another stage.
fn restage(r: &str, group: bool, to: &str) -> String {
    if group {
        let g = Reference::group(r, true);
        reference::group_text(to, &g.name)
    } else {
        match Reference::role(r, true) {
            Reference {
                name,
                place: Some(Place::App { app, .. }),
            } => reference::app_role_text(&app, to, &name),
            _ => r.to_string(),
        }
    }
}

fn in_stage(rec: &Map<String, Value>, key: &str, group: bool, stage: &str) -> Vec<String> {
    list_of(rec.get(key))
        .into_iter()
        .filter(|r| ref_stage(r, group).is_some_and(|s| s.eq_ignore_ascii_case(stage)))
        .collect()
}

/// Stage mode: each side reduced to its groups and application roles in
/// one stage, the source's written as if in the target's stage; a user
/// missing on the target keeps what creating it needs.
fn stage_view(source: &State, target: &State, from: &str, to: &str) -> (State, State) {
    let mut want = State::new();
    for (email, rec) in source {
        let mut m = Map::new();
        m.insert(
            "email".into(),
            rec.get("email").cloned().unwrap_or(json!(email)),
        );
        if !target.contains_key(email) {
            for c in ["name", "active"] {
                if let Some(v) = rec.get(c) {
                    m.insert(c.into(), v.clone());
                }
            }
        }
        for (c, group) in [("groups", true), ("roles", false)] {
            let moved: Vec<String> = in_stage(rec, c, group, from)
                .iter()
                .map(|r| restage(r, group, to))
                .collect();
            m.insert(c.into(), json!(moved));
        }
        want.insert(email.clone(), m);
    }
    let mut have = State::new();
    for (email, rec) in target {
        let mut m = Map::new();
        m.insert(
            "email".into(),
            rec.get("email").cloned().unwrap_or(json!(email)),
        );
        for (c, group) in [("groups", true), ("roles", false)] {
            m.insert(c.into(), json!(in_stage(rec, c, group, to)));
        }
        have.insert(email.clone(), m);
    }
    (want, have)
}

/// Stage mode: a plan entry's groups and roles are every direct one the
/// user should hold (apply takes them as the whole list): those outside
/// the target stage stay as they are.
fn keep_other_stages(plan: &mut [Value], target: &State, to: &str) {
    for e in plan.iter_mut() {
        let Some(email) = e
            .get("email")
            .and_then(Value::as_str)
            .map(str::to_lowercase)
        else {
            continue;
        };
        let Some(have) = target.get(&email) else {
            continue;
        };
        for (c, group) in [("groups", true), ("roles", false)] {
            let Some(Value::Array(list)) = e.get_mut(c) else {
                continue;
            };
            for r in list_of(have.get(c)) {
                if !ref_stage(&r, group).is_some_and(|s| s.eq_ignore_ascii_case(to)) {
                    list.push(json!(r));
                }
            }
        }
    }
}

pub async fn run(ctx: &mut Ctx, args: DiffArgs) -> Result<()> {
    if args.from_stage.is_some() != args.to_stage.is_some() {
        return Err(CliError::usage(
            "--from-stage and --to-stage go together: the stage to copy, and the stage that changes",
        ));
    }
    let target = ctx.backend().await?;
    let (source, from_name) = match &args.from {
        Some(p) => (ctx.other_backend(p).await?, format!("profile {p:?}")),
        None => (target.clone(), "this profile".to_string()),
    };
    if source.kind() != target.kind() {
        return Err(CliError::usage(format!(
            "{from_name} is on {}, this one on {}: diff compares two tenants of one platform",
            source.capabilities().platform,
            target.capabilities().platform
        )));
    }
    let (want, have) = if args.from.is_some() {
        futures::future::try_join(state(source.as_ref()), state(target.as_ref())).await?
    } else {
        let s = state(target.as_ref()).await?;
        (s.clone(), s)
    };
    let stages = args.from_stage.as_deref().zip(args.to_stage.as_deref());
    let (lines, plan) = match stages {
        Some((from, to)) => {
            let (w, h) = stage_view(&want, &have, from, to);
            let (lines, mut plan) = compare(&w, &h, false);
            keep_other_stages(&mut plan, &have, to);
            (lines, plan)
        }
        None => compare(&want, &have, args.prune),
    };
    let from_name = match stages {
        Some((from, to)) => format!("stage {from} of {from_name} (for stage {to})"),
        None => from_name,
    };
    let count = lines.len();
    let to_stdout = args.plan.as_deref() == Some("-");
    if let Some(p) = &args.plan {
        write_plan(p, plan)?;
    }
    if !to_stdout {
        ctx.printer.list(crate::views::DRIFT, lines)?;
    }
    if count == 0 {
        ctx.ui.status(format!(
            "No differences: users and access here match {from_name}."
        ));
        return Ok(());
    }
    let here = match &ctx.global.profile {
        Some(p) => format!(" -p {p}"),
        None => String::new(),
    };
    let applying = format!(
        "apply -f FILE{here}{}",
        if args.prune { " --prune" } else { "" }
    );
    ctx.ui.status(match &args.plan {
        Some(p) if p != "-" => format!(
            "{count} differences; the plan is in {p}: `iamctl {}` makes this profile match (it shows the plan again first)",
            applying.replace("FILE", p)
        ),
        Some(_) => format!("{count} differences"),
        None => format!("{count} differences; --plan FILE writes them for `iamctl {applying}`"),
    });
    if args.detailed_exitcode {
        return Err(CliError::new(
            ErrorKind::Changes,
            format!("{count} differences"),
        ));
    }
    Ok(())
}
