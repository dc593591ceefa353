//! `iamctl api METHOD PATH`: an authenticated raw call, like `gh api`.

use clap::Args;
use reqwest::Method;

use crate::context::Ctx;
use crate::error::{CliError, Result};
use crate::views;

#[derive(Debug, Args)]
#[command(
    after_help = "ODC: PATH is relative to the identity API (`users?limit=5`), or to the portal when it starts with /api/ (`/api/portfolios/v2/environments`)."
)]
pub struct ApiArgs {
    /// HTTP method (GET, POST, PATCH, PUT, DELETE)
    pub method: String,
    /// Path of the resource
    pub path: String,
    /// JSON body: inline, `@FILE`, or `-` for stdin
    #[arg(short, long)]
    pub data: Option<String>,
}

pub async fn run(ctx: &mut Ctx, args: ApiArgs) -> Result<()> {
    let method = Method::from_bytes(args.method.to_ascii_uppercase().as_bytes())
        .map_err(|_| CliError::usage(format!("invalid HTTP method {:?}", args.method)))?;
    let body = args
        .data
        .as_deref()
        .map(crate::commands::users::read_json)
        .transpose()?;
    let backend = ctx.backend().await?;
    let answer = backend.raw(method, &args.path, body).await?;
    match answer {
        Some(serde_json::Value::Null) | None => Ok(()),
        Some(v) => {
            // Raw output is JSON whatever -o says: a table has no columns for it.
            if ctx.printer.format() == crate::cli::OutputFormat::Table {
                let text = serde_json::to_string_pretty(&v).unwrap_or_default();
                use std::io::Write;
                writeln!(std::io::stdout(), "{text}")?;
                Ok(())
            } else {
                ctx.printer.one(views::ANY, v)
            }
        }
    }
}
