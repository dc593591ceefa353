//! `users get USER`: one call, whether USER is a key or an e-mail.

use clap::Args;

use crate::backend::facets::BackendFacets;
use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Args)]
pub struct GetArgs {
    /// The user's key (UUID) or e-mail address (Valuekeep: user key, record id, or e-mail)
    pub user: String,
    /// Valuekeep: USER is a record id (GET by identifier)
    #[arg(long)]
    pub by_id: bool,
}

pub async fn run(ctx: &mut Ctx, args: GetArgs) -> Result<()> {
    let backend = ctx.backend().await?;
    let user = if args.by_id {
        backend
            .need_user_records("looking users up by record id")?
            .get_user_by_id(&args.user)
            .await?
    } else {
        backend.get_user(&args.user).await?
    };
    ctx.printer.one(backend.views().user, user)
}
