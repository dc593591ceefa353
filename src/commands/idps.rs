//! `iamctl identity-providers list|get` (alias `idps`): where users sign
//! in from, read-only.

use clap::{Args, Subcommand};

use crate::backend::facets::BackendFacets;
use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum IdpsCommand {
    /// List identity providers
    #[command(alias = "ls")]
    List,
    /// Show one identity provider, by key or name
    Get(IdpArg),
}

#[derive(Debug, Args)]
pub struct IdpArg {
    /// The identity provider's key or name
    pub idp: String,
}

pub async fn run(ctx: &mut Ctx, cmd: IdpsCommand) -> Result<()> {
    let backend = ctx.backend().await?;
    let view = crate::backend::platform(backend.kind()).view("identity-providers");
    match cmd {
        IdpsCommand::List => {
            ctx.printer.begin(view, false)?;
            let printer = &mut ctx.printer;
            backend
                .need_identity_providers("identity providers")?
                .list_identity_providers(&mut |p| printer.item(p))
                .await?;
            ctx.printer.end()
        }
        IdpsCommand::Get(a) => {
            let p = backend
                .need_identity_providers("identity providers")?
                .get_identity_provider(&a.idp)
                .await?;
            ctx.printer.one(view, p)
        }
    }
}
