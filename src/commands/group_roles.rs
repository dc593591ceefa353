//! `groups roles list|add|remove|set GROUP [ROLE...]`: the application
//! roles a group grants its members, which is how ODC grants roles at
//! scale. Every change is one request, whatever the number of roles.

use std::collections::BTreeMap;

use clap::{Args, Subcommand};
use serde_json::Value;

use crate::backend::facets::BackendFacets;
use crate::commands::scope::{AppScopeArgs, StageArg};
use crate::context::Ctx;
use crate::error::{CliError, Result};
use crate::outcome::{Change as OutcomeChange, Outcome, Res, Target};

#[derive(Debug, Subcommand)]
pub enum GroupRolesCommand {
    /// The application roles a group grants
    List(ListArgs),
    /// Make the group grant these roles too
    Add(ChangeArgs),
    /// Stop the group granting these roles
    Remove(ChangeArgs),
    /// Make these exactly the roles the group grants (none: grant nothing)
    Set(ChangeArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// The group's key or name
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::group_names))]
    pub group: String,
    #[command(flatten)]
    pub stage: StageArg,
}

#[derive(Debug, Args)]
pub struct ChangeArgs {
    /// The group's key or name
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::group_names))]
    pub group: String,
    /// Application roles by key, or by name with --app and --stage
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::role_names))]
    pub roles: Vec<String>,
    #[command(flatten)]
    pub scope: AppScopeArgs,
}

pub async fn run(ctx: &mut Ctx, cmd: GroupRolesCommand) -> Result<()> {
    let (args, change) = match cmd {
        GroupRolesCommand::List(a) => return list(ctx, a).await,
        GroupRolesCommand::Add(a) => (a, Change::Add),
        GroupRolesCommand::Remove(a) => (a, Change::Remove),
        GroupRolesCommand::Set(a) => (a, Change::Set),
    };
    if change != Change::Set && args.roles.is_empty() {
        return Err(CliError::usage("name at least one role"));
    }
    let backend = ctx.backend().await?;
    let scope = args.scope.scope();
    let group_scope = crate::backend::Scope {
        stage: scope.stage.clone(),
        ..Default::default()
    };
    let group = backend
        .group_keys(std::slice::from_ref(&args.group), &group_scope)
        .await?
        .remove(0);
    // Every name resolves before anything changes.
    let keys = backend.role_keys(&args.roles, &scope).await?;
    // Keys to the names the admin knows them by, for the status lines.
    let mut named: BTreeMap<String, String> = keys
        .iter()
        .cloned()
        .zip(args.roles.iter().cloned())
        .collect();
    // What the group grants today, read for every change: it tells an add
    // of a role already granted, or a remove of one not granted, as
    // unchanged (nothing sent for those).
    let mut held: BTreeMap<String, String> = BTreeMap::new();
    backend
        .need_group_grants("roles granted by groups")?
        .group_roles(&group, &mut |r: Value| {
            let key = r.get("key").and_then(Value::as_str).unwrap_or("");
            let name = r.get("name").and_then(Value::as_str).unwrap_or(key);
            held.insert(key.to_string(), name.to_string());
            Ok(())
        })
        .await?;
    let (already, absent): (Vec<String>, Vec<String>) = match change {
        Change::Add | Change::Set => (
            keys.iter()
                .filter(|k| held.contains_key(*k))
                .cloned()
                .collect(),
            Vec::new(),
        ),
        Change::Remove => (
            Vec::new(),
            keys.iter()
                .filter(|k| !held.contains_key(*k))
                .cloned()
                .collect(),
        ),
    };
    let (add, remove): (Vec<String>, Vec<String>) = match change {
        Change::Add => (
            keys.into_iter().filter(|k| !held.contains_key(k)).collect(),
            Vec::new(),
        ),
        Change::Remove => (
            Vec::new(),
            keys.into_iter().filter(|k| held.contains_key(k)).collect(),
        ),
        Change::Set => {
            let add = keys
                .iter()
                .filter(|k| !held.contains_key(*k))
                .cloned()
                .collect();
            let remove: Vec<String> = held
                .keys()
                .filter(|k| !named.contains_key(*k))
                .cloned()
                .collect();
            for k in &remove {
                named.insert(k.clone(), held[k].clone());
            }
            if !remove.is_empty() && !ctx.global.dry_run {
                let names: Vec<&str> = remove.iter().map(|k| named[k].as_str()).collect();
                ctx.ui.confirm(&format!(
                    "stop group {} granting {}",
                    args.group,
                    names.join(", ")
                ))?;
            }
            (add, remove)
        }
    };
    let target = Target::new("group", group.clone(), Some(args.group.clone()));
    let scope_words = crate::commands::membership::scope_words(&scope);
    let record = |k: &String, add: bool, r: Res| {
        let name = named.get(k).cloned().or_else(|| held.get(k).cloned());
        Outcome::new(
            target.clone(),
            OutcomeChange::membership(
                add,
                Target::new("role", k.clone(), name),
                scope_words.clone(),
            ),
            r,
        )
    };
    for k in &already {
        ctx.record(record(k, true, Res::Unchanged).detail("already granted by the group"))?;
    }
    for k in &absent {
        ctx.record(record(k, false, Res::Unchanged).detail("not granted by the group"))?;
    }
    if add.is_empty() && remove.is_empty() {
        if already.is_empty() && absent.is_empty() {
            ctx.ui.status("Nothing to change");
        }
        return Ok(());
    }
    let result = match backend.need_group_grants("roles granted by groups") {
        Ok(f) => f.change_group_roles(&group, &add, &remove).await,
        Err(e) => Err(e),
    };
    let mut records: Vec<Outcome> = add.iter().map(|k| record(k, true, Res::Changed)).collect();
    records.extend(remove.iter().map(|k| record(k, false, Res::Changed)));
    crate::commands::membership::tell_request(ctx, &group, result, records)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Change {
    Add,
    Remove,
    Set,
}

async fn list(ctx: &mut Ctx, args: ListArgs) -> Result<()> {
    let backend = ctx.backend().await?;
    let scope = args.stage.scope();
    let group = backend
        .group_keys(std::slice::from_ref(&args.group), &scope)
        .await?
        .remove(0);
    ctx.load_names(backend.views_for(&scope).role).await?;
    ctx.printer.begin(backend.views_for(&scope).role, false)?;
    let printer = &mut ctx.printer;
    backend
        .need_group_grants("roles granted by groups")?
        .group_roles(&group, &mut |r| printer.item(r))
        .await?;
    ctx.printer.end()
}
