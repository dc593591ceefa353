//! `iamctl sso-apps list|get` (Descope): the project's SSO applications,
//! the ids `users sso-apps add|set|remove` take (names are accepted there
//! too).

use clap::{Args, Subcommand};

use crate::backend::admin::admin;
use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum SsoAppsCommand {
    /// List the SSO applications (Descope)
    #[command(alias = "ls")]
    List,
    /// Show one SSO application, by id or name (Descope)
    Get(AppArg),
}

#[derive(Debug, Args)]
pub struct AppArg {
    /// The application, by id or name
    pub app: String,
}

pub async fn run(ctx: &mut Ctx, cmd: SsoAppsCommand) -> Result<()> {
    let backend = ctx.backend().await?;
    match cmd {
        SsoAppsCommand::List => {
            let ad = admin(backend.as_ref(), "`sso-apps list`")?;
            ctx.printer.begin(
                crate::backend::platform(backend.kind()).view("sso-apps"),
                false,
            )?;
            let printer = &mut ctx.printer;
            ad.list_sso_apps(&mut |a| printer.item(a)).await?;
            ctx.printer.end()
        }
        SsoAppsCommand::Get(a) => {
            let app = admin(backend.as_ref(), "`sso-apps get`")?
                .get_sso_app(&a.app)
                .await?;
            ctx.printer.one(
                crate::backend::platform(backend.kind()).view("sso-apps"),
                app,
            )
        }
    }
}
