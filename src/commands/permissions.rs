//! `iamctl permissions list|get`: ODC's permission catalog, read-only (what
//! organization roles are made of).

use clap::{Args, Subcommand};

use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum PermissionsCommand {
    /// List permissions
    #[command(alias = "ls")]
    List(ListArgs),
    /// Show one permission, by key or name
    Get(PermissionArg),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only permissions whose name contains this text
    #[arg(short, long)]
    pub search: Option<String>,
}

#[derive(Debug, Args)]
pub struct PermissionArg {
    /// The permission's key or name
    pub permission: String,
}

pub async fn run(ctx: &mut Ctx, cmd: PermissionsCommand) -> Result<()> {
    let backend = ctx.backend().await?;
    match cmd {
        PermissionsCommand::List(a) => {
            ctx.printer.begin(crate::views::ODC_PERMISSION, false)?;
            let printer = &mut ctx.printer;
            backend
                .list_permissions(a.search.as_deref(), &mut |p| printer.item(p))
                .await?;
            ctx.printer.end()
        }
        PermissionsCommand::Get(a) => {
            let p = backend.get_permission(&a.permission).await?;
            ctx.printer.one(crate::views::ODC_PERMISSION, p)
        }
    }
}
