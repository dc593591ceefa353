//! `users get USER`: one call, whether USER is a key or an e-mail.

use clap::Args;

use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Args)]
pub struct GetArgs {
    /// The user's key (UUID) or e-mail address
    pub user: String,
}

pub async fn run(ctx: &mut Ctx, args: GetArgs) -> Result<()> {
    let backend = ctx.backend().await?;
    let user = backend.get_user(&args.user).await?;
    ctx.printer.one(backend.views().user, user)
}
