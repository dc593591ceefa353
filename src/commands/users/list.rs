//! `users list`: one page by default, `--all` streams every user.

use clap::Args;

use crate::backend::UserQuery;
use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only users whose name, e-mail or username contains this text
    #[arg(short, long)]
    pub search: Option<String>,
    /// Only users with this status (ODC: active, invited, inactive, pending-registration)
    #[arg(long)]
    pub status: Option<String>,
    /// Sort by a field (ODC: key, name, email, status, lastLoginAt); prefix `-` for descending
    #[arg(long, allow_hyphen_values = true)]
    pub sort: Option<String>,
    /// Show at most this many users
    #[arg(short = 'L', long, default_value_t = 100, conflicts_with = "all")]
    pub limit: usize,
    /// Every user (pages fetched concurrently, streamed in order)
    #[arg(long)]
    pub all: bool,
}

pub async fn run(ctx: &mut Ctx, args: ListArgs) -> Result<()> {
    let query = UserQuery {
        search: args.search,
        status: args.status,
        sort: args.sort,
        max: if args.all { None } else { Some(args.limit) },
    };
    let backend = ctx.backend().await?;
    ctx.printer.begin(backend.views().user, false)?;
    let printer = &mut ctx.printer;
    backend.list_users(&query, &mut |u| printer.item(u)).await?;
    ctx.printer.end()
}
