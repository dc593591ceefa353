//! `iamctl roles list|users`

use clap::{Args, Subcommand};

use crate::commands::scope::RoleScopeArgs;
use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum RolesCommand {
    /// List application roles (or organization roles with --org)
    #[command(alias = "ls")]
    List(ListArgs),
    /// Show one role, by key or name (ODC: application roles with --app and --stage, or --org)
    Get(UsersArgs),
    /// List the users who hold a role
    Users(UsersArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only roles whose name contains this text
    #[arg(short, long)]
    pub search: Option<String>,
    #[command(flatten)]
    pub scope: RoleScopeArgs,
}

#[derive(Debug, Args)]
pub struct UsersArgs {
    /// The role, by key or name
    pub role: String,
    #[command(flatten)]
    pub scope: RoleScopeArgs,
}

pub async fn run(ctx: &mut Ctx, cmd: RolesCommand) -> Result<()> {
    match cmd {
        RolesCommand::List(a) => list(ctx, a).await,
        RolesCommand::Get(a) => get(ctx, a).await,
        RolesCommand::Users(a) => users(ctx, a).await,
    }
}

async fn get(ctx: &mut Ctx, args: UsersArgs) -> Result<()> {
    let backend = ctx.backend().await?;
    let scope = args.scope.scope();
    let role = backend.get_role(&args.role, &scope).await?;
    ctx.printer.one(backend.views_for(&scope).role, role)
}

async fn list(ctx: &mut Ctx, args: ListArgs) -> Result<()> {
    let backend = ctx.backend().await?;
    let scope = args.scope.scope();
    ctx.printer.begin(backend.views_for(&scope).role, false)?;
    let printer = &mut ctx.printer;
    backend
        .list_roles(args.search.as_deref(), &scope, &mut |r| printer.item(r))
        .await?;
    ctx.printer.end()
}

async fn users(ctx: &mut Ctx, args: UsersArgs) -> Result<()> {
    let backend = ctx.backend().await?;
    let scope = args.scope.scope();
    let key = backend
        .role_keys(std::slice::from_ref(&args.role), &scope)
        .await?
        .remove(0);
    ctx.printer.begin(backend.views().role_user, false)?;
    let printer = &mut ctx.printer;
    backend
        .role_users(&key, &scope, &mut |u| printer.item(u))
        .await?;
    ctx.printer.end()
}
