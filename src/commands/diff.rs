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
//!
//! ODC stage mode (`--from-stage A --to-stage B`): the stages are resolved
//! by name or key on their own tenant (not found: exit 3), and the plan
//! makes every user's direct groups and application roles in B those held
//! in A; SOURCE users holding nothing in A are not created, TARGET-only
//! users hold nothing in A and so lose what they hold in B (never deleted).

use clap::Args;
use serde_json::{Map, Value, json};

use crate::backend::reference::{self, Place, Reference};
use crate::backend::{Backend, Places, UserQuery, summarize_user};
use crate::commands::plan::{self, State, compare, list_of};
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
(STAGE/GROUP, APP/STAGE/ROLE), and plans the changes to the second. Within this profile, or from
--from's stage onto this one's. Stages are named by name or key, in any case; one that is not
found is refused (exit 3) before anything is compared. Applied, the plan leaves every user with
the same groups and application roles in --to-stage as in --from-stage: a SOURCE user missing
here is created only if it holds something in --from-stage, and a user only here, holding
nothing in --from-stage, has its --to-stage groups and application roles removed (the lines say
so). Stage mode deletes no user (--prune does not go with it) and leaves organization roles, the
other stages, and the names and active flags of existing users as they are.

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
    /// profile; name or key) with those held in --to-stage, as a plan that makes --to-stage match
    #[arg(long, value_name = "STAGE", conflicts_with = "prune")]
    pub from_stage: Option<String>,
    /// ODC: the stage that would change (with --from-stage; name or key)
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

/// One side of a diff: every user as export writes it, with direct
/// memberships (also what a saved plan's fingerprints are made from).
pub(crate) async fn state(b: &dyn Backend) -> Result<State> {
    let caps = b.capabilities();
    let columns: Vec<&'static str> = export::columns(caps)
        .into_iter()
        .filter(|c| *c != "key")
        .collect();
    let with_memberships = columns.contains(&"groups") || columns.contains(&"roles");
    // The users listed once, with their memberships where the platform
    // has them (ODC: in the same walk).
    let users = if with_memberships {
        b.users_with_memberships().await?
    } else {
        let mut users = Vec::new();
        b.list_users(&UserQuery::default(), &mut |u| {
            users.push((u, Vec::new(), Vec::new()));
            Ok(())
        })
        .await?;
        users
    };
    let mut out = State::new();
    for (u, mut groups, mut roles) in users {
        let s = export::named_status(caps, summarize_user(&u));
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

/// A stage of a tenant named by key or by name, either in any case, as the
/// platform spells its name (the stage part of the references `state`
/// writes). Unknown: not found (exit 3), before anything is compared.
fn stage_named(places: &Places, spec: &str, profile: Option<&str>) -> Result<String> {
    let spelled = |key: &String, name: &String| {
        if name.is_empty() {
            key.clone()
        } else {
            name.clone()
        }
    };
    if let Some((k, n)) = places
        .stages
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(spec))
    {
        return Ok(spelled(k, n));
    }
    let mut found: Vec<(&String, &String)> = places
        .stages
        .iter()
        .filter(|(_, n)| n.eq_ignore_ascii_case(spec))
        .collect();
    found.sort();
    let p = profile.map(|p| format!("-p {p} ")).unwrap_or_default();
    match found.as_slice() {
        [(k, n)] => Ok(spelled(k, n)),
        [] => {
            let mut names: Vec<String> = places.stages.iter().map(|(k, n)| spelled(k, n)).collect();
            names.sort();
            let whose = match profile {
                Some(p) => format!("profile {p:?}"),
                None => "this profile".to_string(),
            };
            Err(CliError::missing("stage", spec).hint(format!(
                "the stages of {whose}: {} (by name or key: `iamctl {p}api GET /api/portfolios/v2/environments`)",
                if names.is_empty() {
                    "none".to_string()
                } else {
                    names.join(", ")
                }
            )))
        }
        many => Err(CliError::usage(format!(
            "stage {spec:?} is ambiguous; candidates:\n  {}",
            many.iter()
                .map(|(k, n)| format!("{k} {n}"))
                .collect::<Vec<_>>()
                .join("\n  ")
        ))
        .hint("name the stage by key")),
    }
}

/// The references of a record's column held in one stage (as spelled by
/// `stage_named`).
fn in_stage(rec: &Map<String, Value>, key: &str, group: bool, stage: &str) -> Vec<String> {
    list_of(rec.get(key))
        .into_iter()
        .filter(|r| ref_stage(r, group).as_deref() == Some(stage))
        .collect()
}

/// Stage mode: each side reduced to its groups and application roles in
/// one stage, the source's written as if in the target's stage. A source
/// user missing on the target is created only if it holds something in
/// the source's stage (with what creating it needs); a user only on the
/// target holds nothing in the source's stage, so the target's stage is
/// to hold nothing for it either (it is not deleted).
fn stage_view(source: &State, target: &State, from: &str, to: &str) -> (State, State) {
    let mut want = State::new();
    for (email, rec) in source {
        let mut m = Map::new();
        m.insert(
            "email".into(),
            rec.get("email").cloned().unwrap_or(json!(email)),
        );
        let mut holds = false;
        for (c, group) in [("groups", true), ("roles", false)] {
            let moved: Vec<String> = in_stage(rec, c, group, from)
                .iter()
                .map(|r| restage(r, group, to))
                .collect();
            holds |= !moved.is_empty();
            m.insert(c.into(), json!(moved));
        }
        if !target.contains_key(email) {
            if !holds {
                continue;
            }
            for c in ["name", "active"] {
                if let Some(v) = rec.get(c) {
                    m.insert(c.into(), v.clone());
                }
            }
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
        if !source.contains_key(email) {
            let mut none = Map::new();
            none.insert("email".into(), m["email"].clone());
            none.insert("groups".into(), json!([]));
            none.insert("roles".into(), json!([]));
            want.insert(email.clone(), none);
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
                if ref_stage(&r, group).as_deref() != Some(to) {
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
    // The stages first: a name that matches none is refused before the
    // users are read, and references are built from the platform's own
    // spelling of the stage names.
    let (source_places, target_places) = if args.from.is_some() {
        futures::future::try_join(source.export_places(), target.export_places()).await?
    } else {
        let p = target.export_places().await?;
        (p.clone(), p)
    };
    let here = ctx.global.profile.as_deref();
    let stages = match args.from_stage.as_deref().zip(args.to_stage.as_deref()) {
        Some((from, to)) => Some((
            stage_named(&source_places, from, args.from.as_deref().or(here))?,
            stage_named(&target_places, to, here)?,
        )),
        None => None,
    };
    let (want, have) = if args.from.is_some() {
        futures::future::try_join(state(source.as_ref()), state(target.as_ref())).await?
    } else {
        let s = state(target.as_ref()).await?;
        (s.clone(), s)
    };
    let (lines, plan) = match &stages {
        Some((from, to)) => {
            let (w, h) = stage_view(&want, &have, from, to);
            let (mut lines, mut plan) = compare(&w, &h, false);
            keep_other_stages(&mut plan, &have, to);
            // Users only here: their access in the stage is removed
            // because they are not in the source, which the line says.
            for l in &mut lines {
                let only_here = l["user"]
                    .as_str()
                    .is_some_and(|u| !want.contains_key(&u.to_lowercase()));
                if only_here {
                    l["detail"] = json!(format!(
                        "not in {from_name}: holds nothing in stage {from} (the user is kept)"
                    ));
                }
            }
            (lines, plan)
        }
        None => compare(&want, &have, args.prune),
    };
    let from_name = match &stages {
        Some((from, to)) => format!("stage {from} of {from_name} (for stage {to})"),
        None => from_name,
    };
    let count = lines.len();
    let to_stdout = args.plan.as_deref() == Some("-");
    if let Some(p) = &args.plan {
        // A saved plan: the profile it is for, and each user it touches as
        // this profile has it now, so that apply can tell what changed since.
        // With --prune it names the users it deletes, fingerprinted too:
        // apply deletes those and no other.
        let deletes: Option<std::collections::BTreeSet<String>> = args.prune.then(|| {
            lines
                .iter()
                .filter(|l| l["action"] == "delete")
                .filter_map(|l| l["user"].as_str())
                .map(str::to_lowercase)
                .collect()
        });
        let saved = plan::Saved {
            profile: ctx
                .profile_name
                .clone()
                .or_else(|| ctx.global.profile.clone()),
            tenant: ctx.tenant.clone(),
            fingerprints: plan
                .iter()
                .filter_map(|e| e.get("email").and_then(Value::as_str))
                .map(str::to_lowercase)
                .chain(deletes.iter().flatten().cloned())
                .map(|e| {
                    let fp = plan::fingerprint(have.get(&e));
                    (e, fp)
                })
                .collect(),
            deletes,
        };
        plan::write_file(p, plan, &saved)?;
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
    let differences = if count == 1 {
        "1 difference".to_string()
    } else {
        format!("{count} differences")
    };
    let applying = format!(
        "apply -f FILE{here}{}",
        if args.prune { " --prune" } else { "" }
    );
    ctx.ui.status(match &args.plan {
        Some(p) if p != "-" => format!(
            "{differences}; the plan is in {p}: `iamctl {}` makes this profile match (it shows the plan again first)",
            applying.replace("FILE", p)
        ),
        Some(_) => differences.clone(),
        None => format!("{differences}; --plan FILE writes them for `iamctl {applying}`"),
    });
    if args.detailed_exitcode {
        return Err(CliError::new(ErrorKind::Changes, differences));
    }
    Ok(())
}
