//! `users count`: how many users match, in one request, without listing
//! them.

use clap::Args;
use serde_json::json;

use crate::backend::UserQuery;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::OutputFormat;

#[derive(Debug, Args)]
pub struct CountArgs {
    /// Only users whose name, e-mail or username contains this text
    #[arg(short, long)]
    pub search: Option<String>,
    /// Only users with this status: active, inactive, invited (the
    /// platform's own names work too)
    #[arg(long)]
    pub status: Option<String>,
}

pub async fn run(ctx: &mut Ctx, args: CountArgs) -> Result<()> {
    let backend = ctx.backend().await?;
    let status = args
        .status
        .map(|s| {
            backend
                .capabilities()
                .status(&s)
                .map(|st| st.native.to_string())
        })
        .transpose()?;
    let query = UserQuery {
        search: args.search,
        status,
        ..Default::default()
    };
    let n = backend.count_users(&query).await?;
    // A bare number on the default output, so `$(iamctl users count)` works.
    if ctx.printer.format() == OutputFormat::Table && !ctx.printer.is_gathering() {
        use std::io::Write;
        writeln!(std::io::stdout(), "{n}")?;
        return Ok(());
    }
    ctx.printer.one(crate::views::COUNT, json!({ "count": n }))
}
