//! `users roles list|add|remove|set USER ROLE...`: application roles by
//! key, or by name with `--app` and `--stage`; organization roles with `--org`.

use clap::{Args, Subcommand};

use crate::backend::Scope;
use crate::commands::membership::{self, Change, Holding};
use crate::commands::scope::{ByIdArg, RoleScopeArgs, TenantArg};
use crate::context::Ctx;
use crate::error::{CliError, Result};

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
    /// Organization roles instead of application roles (ODC)
    #[arg(long)]
    pub org: bool,
    /// The user's roles in this tenant (by id or name) instead of project-level roles (Descope)
    #[arg(long, conflicts_with = "org")]
    pub tenant: Option<String>,
    /// Also the roles held through groups, each with its source (ODC; the
    /// API answers direct grants unless asked)
    #[arg(long, conflicts_with = "org")]
    pub via_groups: bool,
}

#[derive(Debug, Args)]
pub struct ChangeArgs {
    /// The user's key (UUID) or e-mail
    pub user: String,
    /// Roles by key or name (ODC application roles: with --app and --stage)
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::role_names))]
    pub roles: Vec<String>,
    #[command(flatten)]
    pub scope: RoleScopeArgs,
    #[command(flatten)]
    pub tenant: TenantArg,
    #[command(flatten)]
    pub by_id: ByIdArg,
}

pub async fn run(ctx: &mut Ctx, cmd: RolesCommand) -> Result<()> {
    let (args, change) = match cmd {
        RolesCommand::List(a) => return list(ctx, a).await,
        RolesCommand::Add(a) => (a, Change::Add),
        RolesCommand::Remove(a) => (a, Change::Remove),
        RolesCommand::Set(a) => (a, Change::Set),
    };
    if change != Change::Set && args.roles.is_empty() {
        return Err(CliError::usage("name at least one role"));
    }
    let scope = Scope {
        tenant: args.tenant.tenant,
        by_id: args.by_id.by_id,
        ..args.scope.scope()
    };
    membership::apply(ctx, Holding::Role, &args.user, &args.roles, &scope, change).await
}

async fn list(ctx: &mut Ctx, args: ListArgs) -> Result<()> {
    let backend = ctx.backend().await?;
    let key = backend.user_key(&args.user).await?;
    let scope = Scope {
        org: args.org,
        tenant: args.tenant,
        inherited: args.via_groups,
        ..Default::default()
    };
    ctx.load_names(backend.views_for(&scope).user_role).await?;
    ctx.printer
        .begin(backend.views_for(&scope).user_role, false)?;
    let printer = &mut ctx.printer;
    backend
        .list_user_roles(&key, &scope, &mut |r| printer.item(r))
        .await?;
    ctx.printer.end()
}
