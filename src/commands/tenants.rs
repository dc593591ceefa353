//! `iamctl tenants list`: the project's tenants (Descope), so that tenant
//! ids can be checked before they are given to `--tenant`.

use clap::Subcommand;

use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum TenantsCommand {
    /// List the tenants (Descope)
    #[command(alias = "ls")]
    List,
}

pub async fn run(ctx: &mut Ctx, cmd: TenantsCommand) -> Result<()> {
    let backend = ctx.backend().await?;
    match cmd {
        TenantsCommand::List => {
            ctx.printer.begin(crate::views::DESCOPE_TENANT, false)?;
            let printer = &mut ctx.printer;
            backend.list_tenants(&mut |t| printer.item(t)).await?;
            ctx.printer.end()
        }
    }
}
