//! `users groups list|add|remove|set USER GROUP...`

use std::collections::BTreeSet;

use clap::{Args, Subcommand};
use reqwest::Method;
use serde_json::{Value, json};

use crate::backend::odc::{Api, Odc};
use crate::commands::Outcomes;
use crate::context::Ctx;
use crate::error::Result;
use crate::views;

#[derive(Debug, Subcommand)]
pub enum GroupsCommand {
    /// The groups a user belongs to
    List(UserArg),
    /// Add the user to groups
    Add(ChangeArgs),
    /// Remove the user from groups
    Remove(ChangeArgs),
    /// Make these the user's groups exactly (adds and removes the difference)
    Set(SetArgs),
}

#[derive(Debug, Args)]
pub struct UserArg {
    /// The user's key (UUID) or e-mail
    pub user: String,
}

#[derive(Debug, Args)]
pub struct ChangeArgs {
    /// The user's key (UUID) or e-mail
    pub user: String,
    /// Groups by key or name
    #[arg(required = true)]
    pub groups: Vec<String>,
    /// Stage (environment) of the groups named, e.g. Production
    #[arg(long)]
    pub stage: Option<String>,
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// The user's key (UUID) or e-mail
    pub user: String,
    /// Groups by key or name (none: remove from every assigned group)
    pub groups: Vec<String>,
    /// Stage (environment) of the groups named, e.g. Production
    #[arg(long)]
    pub stage: Option<String>,
}

pub async fn run(ctx: &mut Ctx, cmd: GroupsCommand) -> Result<()> {
    match cmd {
        GroupsCommand::List(a) => list(ctx, a).await,
        GroupsCommand::Add(a) => change(ctx, a, true).await,
        GroupsCommand::Remove(a) => change(ctx, a, false).await,
        GroupsCommand::Set(a) => set(ctx, a).await,
    }
}

async fn list(ctx: &mut Ctx, args: UserArg) -> Result<()> {
    let odc = ctx.odc().await?;
    let key = odc.user_key(&args.user).await?;
    ctx.printer.begin(views::ODC_USER_GROUP, false)?;
    let printer = &mut ctx.printer;
    odc.each(Api::Identity, &format!("users/{key}/groups"), &[], None, "list the user's groups", |g| printer.item(g))
        .await?;
    ctx.printer.end()
}

async fn resolve_groups(odc: &Odc, groups: &[String], stage: Option<&str>) -> Result<Vec<String>> {
    let env = match stage {
        Some(s) => Some(odc.environment_key(s).await?),
        None => None,
    };
    let mut keys = Vec::new();
    for g in groups {
        keys.push(odc.group_key(g, env.as_deref()).await?);
    }
    Ok(keys)
}

/// One membership change: `PATCH /groups/{key}/users`.
async fn membership(odc: &Odc, user_key: &str, group_key: &str, add: bool) -> Result<Option<Value>> {
    let body = if add {
        json!({ "userKeysToAdd": [user_key] })
    } else {
        json!({ "userKeysToRemove": [user_key] })
    };
    let req = odc
        .request(Method::PATCH, Api::Identity, &format!("groups/{group_key}/users"))
        .json(body);
    let what = if add { "add to group" } else { "remove from group" };
    odc.write(req, &format!("{what} {group_key}")).await
}

async fn change(ctx: &mut Ctx, args: ChangeArgs, add: bool) -> Result<()> {
    let odc = ctx.odc().await?;
    let user = odc.user_key(&args.user).await?;
    let groups = resolve_groups(&odc, &args.groups, args.stage.as_deref()).await?;
    apply(ctx, &odc, &args.user, &user, groups.iter().map(|g| (g.as_str(), add))).await
}

async fn apply<'a>(
    ctx: &Ctx,
    odc: &Odc,
    user_label: &str,
    user: &str,
    changes: impl Iterator<Item = (&'a str, bool)>,
) -> Result<()> {
    let mut outcomes = Outcomes::new();
    for (group, add) in changes {
        match membership(odc, user, group, add).await {
            Ok(sent) => {
                outcomes.done += 1;
                if sent.is_some() {
                    let verb = if add { "Added" } else { "Removed" };
                    let prep = if add { "to" } else { "from" };
                    ctx.ui.status(format!("{verb} {user_label} {prep} group {group}"));
                }
            }
            Err(e) => outcomes.failed.push(e),
        }
    }
    outcomes.finish(&ctx.ui)
}

async fn set(ctx: &mut Ctx, args: SetArgs) -> Result<()> {
    let odc = ctx.odc().await?;
    let user = odc.user_key(&args.user).await?;
    let desired: BTreeSet<String> = resolve_groups(&odc, &args.groups, args.stage.as_deref())
        .await?
        .into_iter()
        .collect();
    let current = odc
        .collect(Api::Identity, &format!("users/{user}/groups"), &[], "list the user's groups")
        .await?;
    // Only direct ("Assigned") memberships can be removed; "Mapped" ones
    // come from identity-provider claims.
    let assigned: BTreeSet<String> = current
        .iter()
        .filter(|m| {
            m.get("membershipTypes")
                .and_then(Value::as_array)
                .is_some_and(|t| t.iter().any(|t| t == "Assigned"))
        })
        .filter_map(|m| m.pointer("/group/key").and_then(Value::as_str).map(str::to_string))
        .collect();
    let to_add: Vec<&String> = desired.difference(&assigned).collect();
    let to_remove: Vec<&String> = assigned.difference(&desired).collect();
    if to_add.is_empty() && to_remove.is_empty() {
        ctx.ui.status("Nothing to change");
        return Ok(());
    }
    if !to_remove.is_empty() && !ctx.global.dry_run {
        ctx.ui.confirm(&format!(
            "remove {} from {} group(s) and add to {}",
            args.user,
            to_remove.len(),
            to_add.len()
        ))?;
    }
    let changes = to_add
        .iter()
        .map(|g| (g.as_str(), true))
        .chain(to_remove.iter().map(|g| (g.as_str(), false)));
    apply(ctx, &odc, &args.user, &user, changes).await
}
