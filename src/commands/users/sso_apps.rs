//! `users sso-apps list|add|set|remove USER APP...` (Descope): which SSO
//! apps a user may sign in to (none listed: every app of the project).

use clap::{Args, Subcommand};

use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum SsoAppsCommand {
    /// The SSO apps a user may use (none: every app of the project)
    List(UserArg),
    /// Let the user use these SSO apps too (one request)
    Add(ChangeArgs),
    /// Make these the user's only SSO apps (none given: every app)
    Set(SetArgs),
    /// Take these SSO apps from the user (one request)
    Remove(ChangeArgs),
}

#[derive(Debug, Args)]
pub struct UserArg {
    /// The user's login id or user id
    pub user: String,
}

#[derive(Debug, Args)]
pub struct ChangeArgs {
    /// The user's login id or user id
    pub user: String,
    /// SSO app ids
    #[arg(required = true)]
    pub apps: Vec<String>,
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// The user's login id or user id
    pub user: String,
    /// SSO app ids (none: the user may use every app)
    pub apps: Vec<String>,
}

pub async fn run(ctx: &mut Ctx, cmd: SsoAppsCommand) -> Result<()> {
    let (user, apps, op) = match cmd {
        SsoAppsCommand::List(a) => return list(ctx, a).await,
        SsoAppsCommand::Add(a) => (a.user, a.apps, "add"),
        SsoAppsCommand::Set(a) => (a.user, a.apps, "set"),
        SsoAppsCommand::Remove(a) => (a.user, a.apps, "remove"),
    };
    let backend = ctx.backend().await?;
    let key = backend.user_key(&user).await?;
    if backend.change_sso_apps(&key, &apps, op).await? {
        let said = match op {
            "add" => format!("Added SSO apps {} for {user}", apps.join(", ")),
            "remove" => format!("Removed SSO apps {} from {user}", apps.join(", ")),
            _ if apps.is_empty() => format!("{user} may now use every SSO app"),
            _ => format!("SSO apps of {user} are now {}", apps.join(", ")),
        };
        ctx.ui.status(said);
    }
    Ok(())
}

async fn list(ctx: &mut Ctx, args: UserArg) -> Result<()> {
    let backend = ctx.backend().await?;
    let key = backend.user_key(&args.user).await?;
    ctx.printer.begin(crate::views::DESCOPE_SSO_APP, false)?;
    let printer = &mut ctx.printer;
    backend
        .list_user_sso_apps(&key, &mut |a| printer.item(a))
        .await?;
    ctx.printer.end()
}
