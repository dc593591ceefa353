//! `users access USER`: every group, role and tenant a user holds, and
//! where each comes from, in one table on every platform (the question an
//! access review asks first).

use clap::Args;

use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Args)]
pub struct AccessArgs {
    /// The user's key (UUID) or e-mail (Descope: login id)
    pub user: String,
}

pub async fn run(ctx: &mut Ctx, args: AccessArgs) -> Result<()> {
    let backend = ctx.backend().await?;
    let key = backend.user_key(&args.user).await?;
    ctx.printer.begin(crate::views::ACCESS, false)?;
    let printer = &mut ctx.printer;
    backend.user_access(&key, &mut |r| printer.item(r)).await?;
    ctx.printer.end()
}
