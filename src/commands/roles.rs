//! `iamctl roles list|users`

use clap::{Args, Subcommand};

use crate::backend::odc::Api;
use crate::context::Ctx;
use crate::error::Result;
use crate::views;

#[derive(Debug, Subcommand)]
pub enum RolesCommand {
    /// List application roles (or organization roles with --org)
    #[command(alias = "ls")]
    List(ListArgs),
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
        RolesCommand::Users(a) => users(ctx, a).await,
    }
}

async fn list(ctx: &mut Ctx, args: ListArgs) -> Result<()> {
    let odc = ctx.odc().await?;
    let mut query = Vec::new();
    if let Some(s) = args.search {
        query.push(("nameContains".to_string(), s));
    }
    let (path, view) = if args.org {
        ("organization-roles", views::ODC_ORG_ROLE)
    } else {
        let env = match &args.stage {
            Some(s) => Some(odc.environment_key(s).await?),
            None => None,
        };
        if let Some(a) = &args.app {
            query.push(("assetKey".to_string(), odc.app_key(a, env.as_deref()).await?));
        }
        if let Some(e) = env {
            query.push(("environmentKey".to_string(), e));
        }
        ("application-roles", views::ODC_APP_ROLE)
    };
    ctx.printer.begin(view, false)?;
    let printer = &mut ctx.printer;
    odc.each(Api::Identity, path, &query, None, "list roles", |r| printer.item(r))
        .await?;
    ctx.printer.end()
}

async fn users(ctx: &mut Ctx, args: UsersArgs) -> Result<()> {
    let odc = ctx.odc().await?;
    let (path, key) = if args.org {
        ("organization-roles", odc.org_role_key(&args.role).await?)
    } else {
        (
            "application-roles",
            odc.app_role_key(&args.role, args.app.as_deref(), args.stage.as_deref()).await?,
        )
    };
    ctx.printer.begin(views::ODC_ROLE_USER, false)?;
    let printer = &mut ctx.printer;
    odc.each(Api::Identity, &format!("{path}/{key}/users"), &[], None, "list the role's users", |u| printer.item(u))
        .await?;
    ctx.printer.end()
}
