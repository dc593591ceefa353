//! `users logout USER` (Descope): end every session of the user.

use clap::Args;

use crate::backend::facets::BackendFacets;
use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Args)]
pub struct LogoutArgs {
    /// The user's login id or user id
    pub user: String,
}

pub async fn run(ctx: &mut Ctx, args: LogoutArgs) -> Result<()> {
    let backend = ctx.backend().await?;
    let key = backend.user_key(&args.user).await?;
    let result = match backend.need_credentials("logging a user out") {
        Ok(f) => f.logout_user(&key).await,
        Err(e) => Err(e),
    };
    let o = crate::outcome::Outcome::new(
        crate::outcome::Target::user(key, args.user.clone()),
        crate::outcome::Change::op("logout"),
        crate::outcome::Res::Changed,
    );
    crate::commands::membership::record_write(ctx, o, result)
}
