//! `users roles list|add|remove|set USER ROLE...`: application roles by
//! key, or by name with `--app` and `--stage`; organization roles with `--org`.

use clap::{Args, Subcommand};

use crate::backend::Scope;
use crate::commands::membership::{self, Change, Kind};
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
    /// Organization roles instead of application roles
    #[arg(long)]
    pub org: bool,
    /// Descope: the user's roles in this tenant instead of project-level roles
    #[arg(long, conflicts_with = "org")]
    pub tenant: Option<String>,
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
    /// Descope: roles in this tenant instead of project-level roles
    #[arg(long, conflicts_with_all = ["app", "stage", "org"])]
    pub tenant: Option<String>,
    /// Valuekeep: the roles are record ids (the addById/removeById routes)
    #[arg(long)]
    pub by_id: bool,
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
        stage: args.stage,
        app: args.app,
        org: args.org,
        tenant: args.tenant,
        by_id: args.by_id,
    };
    membership::apply(ctx, Kind::Role, &args.user, &args.roles, &scope, change).await
}

async fn list(ctx: &mut Ctx, args: ListArgs) -> Result<()> {
    let backend = ctx.backend().await?;
    let key = backend.user_key(&args.user).await?;
    let scope = Scope {
        org: args.org,
        tenant: args.tenant,
        ..Default::default()
    };
    let view = if args.org {
        crate::views::ODC_ORG_ROLE
    } else {
        backend.views().user_role
    };
    ctx.printer.begin(view, false)?;
    let printer = &mut ctx.printer;
    backend
        .list_user_roles(&key, &scope, &mut |r| printer.item(r))
        .await?;
    ctx.printer.end()
}
