//! `users roles list|add|remove|set USER ROLE...`: application roles by
//! key, or by name with `--app` and `--stage`; organization roles with `--org`.

use std::collections::BTreeSet;

use clap::{Args, Subcommand};
use reqwest::Method;
use serde_json::Value;

use crate::backend::odc::{Api, Odc};
use crate::commands::Outcomes;
use crate::context::Ctx;
use crate::error::Result;
use crate::views;

#[derive(Debug, Subcommand)]
pub enum RolesCommand {
    /// The roles a user holds
    List(ListArgs),
    /// Grant roles
    Add(ChangeArgs),
    /// Revoke roles
    Remove(ChangeArgs),
    /// Make these the user's directly granted roles exactly (none: revoke all)
    Set(ChangeArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// The user's key (UUID) or e-mail
    pub user: String,
    /// Organization roles instead of application roles
    #[arg(long)]
    pub org: bool,
}

#[derive(Debug, Args)]
pub struct ChangeArgs {
    /// The user's key (UUID) or e-mail
    pub user: String,
    /// Roles by key, or by name (with --app and --stage for application roles)
    pub roles: Vec<String>,
    /// App (deployed asset) the named roles belong to
    #[arg(long)]
    pub app: Option<String>,
    /// Stage (environment) of the named roles, e.g. Production
    #[arg(long)]
    pub stage: Option<String>,
    /// Organization roles instead of application roles
    #[arg(long, conflicts_with_all = ["app", "stage"])]
    pub org: bool,
}

pub async fn run(ctx: &mut Ctx, cmd: RolesCommand) -> Result<()> {
    match cmd {
        RolesCommand::List(a) => list(ctx, a).await,
        RolesCommand::Add(a) => change(ctx, a, Some(true)).await,
        RolesCommand::Remove(a) => change(ctx, a, Some(false)).await,
        RolesCommand::Set(a) => change(ctx, a, None).await,
    }
}

fn kind_path(org: bool) -> &'static str {
    if org { "organization-roles" } else { "application-roles" }
}

async fn list(ctx: &mut Ctx, args: ListArgs) -> Result<()> {
    let odc = ctx.odc().await?;
    let key = odc.user_key(&args.user).await?;
    let view = if args.org { views::ODC_ORG_ROLE } else { views::ODC_USER_APP_ROLE };
    ctx.printer.begin(view, false)?;
    let printer = &mut ctx.printer;
    let path = format!("users/{key}/{}", kind_path(args.org));
    odc.each(Api::Identity, &path, &[], None, "list the user's roles", |r| printer.item(r))
        .await?;
    ctx.printer.end()
}

async fn resolve(odc: &Odc, args: &ChangeArgs) -> Result<Vec<String>> {
    let mut keys = Vec::new();
    for r in &args.roles {
        let key = if args.org {
            odc.org_role_key(r).await?
        } else {
            odc.app_role_key(r, args.app.as_deref(), args.stage.as_deref()).await?
        };
        keys.push(key);
    }
    Ok(keys)
}

/// `add`, `remove` (Some(direction)) or `set` (None: the difference).
async fn change(ctx: &mut Ctx, args: ChangeArgs, direction: Option<bool>) -> Result<()> {
    if direction.is_some() && args.roles.is_empty() {
        return Err(crate::error::CliError::usage("name at least one role"));
    }
    let odc = ctx.odc().await?;
    let user = odc.user_key(&args.user).await?;
    let roles = resolve(&odc, &args).await?;
    let changes: Vec<(String, bool)> = match direction {
        Some(grant) => roles.into_iter().map(|r| (r, grant)).collect(),
        None => {
            let desired: BTreeSet<String> = roles.into_iter().collect();
            let path = format!("users/{user}/{}", kind_path(args.org));
            let current = odc.collect(Api::Identity, &path, &[], "list the user's roles").await?;
            // Roles that come through a group are not the user's to revoke.
            let direct: BTreeSet<String> = current
                .iter()
                .filter(|r| args.org || r.get("isDirectlyAssigned").and_then(Value::as_bool).unwrap_or(true))
                .filter_map(|r| r.get("key").and_then(Value::as_str).map(str::to_string))
                .collect();
            let add = desired.difference(&direct).map(|r| (r.clone(), true));
            let remove: Vec<(String, bool)> = direct.difference(&desired).map(|r| (r.clone(), false)).collect();
            if !remove.is_empty() && !ctx.global.dry_run {
                ctx.ui.confirm(&format!("revoke {} role(s) from {}", remove.len(), args.user))?;
            }
            add.chain(remove).collect()
        }
    };
    if changes.is_empty() {
        ctx.ui.status("Nothing to change");
        return Ok(());
    }
    let mut outcomes = Outcomes::new();
    for (role, grant) in changes {
        let method = if grant { Method::POST } else { Method::DELETE };
        let path = format!("users/{user}/{}/{role}", kind_path(args.org));
        let what = if grant { "grant role" } else { "revoke role" };
        match odc.write(odc.request(method, Api::Identity, &path), &format!("{what} {role}")).await {
            Ok(sent) => {
                outcomes.done += 1;
                if sent.is_some() {
                    let verb = if grant { "Granted" } else { "Revoked" };
                    ctx.ui.status(format!("{verb} role {role} for {}", args.user));
                }
            }
            Err(e) => outcomes.failed.push(e),
        }
    }
    outcomes.finish(&ctx.ui)
}
