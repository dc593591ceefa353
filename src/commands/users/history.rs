//! `iamctl users history USER...` (Descope): the users' sign-in history,
//! in one request for all of them.

use clap::Args;

use crate::backend::admin::admin;
use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// Users, by login id or user id
    #[arg(required = true)]
    pub users: Vec<String>,
}

pub async fn run(ctx: &mut Ctx, a: HistoryArgs) -> Result<()> {
    let backend = ctx.backend().await?;
    let ad = admin(backend.as_ref(), "`users history`")?;
    ctx.printer.begin(
        crate::backend::platform(backend.kind()).view("user-history"),
        false,
    )?;
    let printer = &mut ctx.printer;
    ad.user_history(&a.users, &mut |h| printer.item(h)).await?;
    ctx.printer.end()
}
