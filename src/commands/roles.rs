//! `iamctl roles list|users`

use clap::{Args, Subcommand};

use crate::backend::Scope;
use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum RolesCommand {
    /// List application roles (or organization roles with --org)
    #[command(alias = "ls")]
    List(ListArgs),
    /// Show one role, by key (Valuekeep)
    Get(UsersArgs),
    /// List the users who hold a role
    Users(UsersArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only roles whose name contains this text
    #[arg(short, long)]
    pub search: Option<String>,
    /// Only roles of this app, by name or key
    #[arg(long)]
    pub app: Option<String>,
    /// Only roles of this stage (environment), by name or key
    #[arg(long)]
    pub stage: Option<String>,
    /// Organization roles instead of application roles
    #[arg(long, conflicts_with_all = ["app", "stage"])]
    pub org: bool,
}

#[derive(Debug, Args)]
pub struct UsersArgs {
    /// The role, by key or name
    pub role: String,
    #[arg(long)]
    pub app: Option<String>,
    #[arg(long)]
    pub stage: Option<String>,
    /// An organization role
    #[arg(long, conflicts_with_all = ["app", "stage"])]
    pub org: bool,
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
    let scope = Scope {
        stage: args.stage,
        app: args.app,
        org: args.org,
        ..Default::default()
    };
    let role = backend.get_role(&args.role, &scope).await?;
    ctx.printer.one(backend.views().role, role)
}

async fn list(ctx: &mut Ctx, args: ListArgs) -> Result<()> {
    let backend = ctx.backend().await?;
    let scope = Scope {
        stage: args.stage,
        app: args.app,
        org: args.org,
        ..Default::default()
    };
    let view = if args.org {
        crate::views::ODC_ORG_ROLE
    } else {
        backend.views().role
    };
    ctx.printer.begin(view, false)?;
    let printer = &mut ctx.printer;
    backend
        .list_roles(args.search.as_deref(), &scope, &mut |r| printer.item(r))
        .await?;
    ctx.printer.end()
}

async fn users(ctx: &mut Ctx, args: UsersArgs) -> Result<()> {
    let backend = ctx.backend().await?;
    let scope = Scope {
        stage: args.stage,
        app: args.app,
        org: args.org,
        ..Default::default()
    };
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
