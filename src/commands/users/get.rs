//! `users get USER`: one call, whether USER is a key or an e-mail.

use clap::Args;

use crate::context::Ctx;
use crate::error::Result;
use crate::views;

#[derive(Debug, Args)]
pub struct GetArgs {
    /// The user's key (UUID) or e-mail address
    pub user: String,
}

pub async fn run(ctx: &mut Ctx, args: GetArgs) -> Result<()> {
    let odc = ctx.odc().await?;
    let user = odc.user(&args.user).await?;
    ctx.printer.one(views::ODC_USER, user)
}
