//! `iamctl api METHOD PATH`: an authenticated raw call, like `gh api`.
//!
//! The profile's credentials go only to the profile's own origin: a PATH
//! that names another host, port or scheme (an absolute URL, `//host/...`)
//! is refused before anything is sent, as a pasted or crafted URL must not
//! walk off with the tenant's token.

use clap::Args;
use reqwest::Method;

use crate::config::Resolved;
use crate::context::Ctx;
use crate::error::{CliError, Result};
use crate::views;

#[derive(Debug, Args)]
#[command(
    after_help = "ODC: PATH is relative to the identity API (`users?limit=5`), or to the portal when it starts with /api/ (`/api/portfolios/v2/environments`). An absolute URL is accepted only on the profile's own origin: credentials are never sent elsewhere."
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
    let backend = ctx.backend().await?;
    let resolved = ctx.resolve().await?;
    stays_home(&resolved, &args.path)?;
    let body = args
        .data
        .as_deref()
        .map(crate::commands::users::read_json)
        .transpose()?;
    let answer = backend.raw(method, &args.path, body).await?;
    match answer {
        Some(serde_json::Value::Null) | None => Ok(()),
        Some(v) => {
            // Raw output is JSON whatever -o says: a table has no columns for it.
            if ctx.printer.format() == crate::output::OutputFormat::Table {
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

/// Refuse a PATH that would leave the profile's origin. Every backend
/// joins PATH (as given, or without its leading slashes) onto a URL of
/// that origin, so joining it onto the origin here tells where it would
/// go: only an absolute or scheme-relative reference can change it.
fn stays_home(resolved: &Resolved, path: &str) -> Result<()> {
    let home = crate::backend::platforms::api_origin(resolved)?;
    for candidate in [path, path.trim_start_matches(['/', '\\'])] {
        let target = home
            .join(candidate)
            .map_err(|e| CliError::usage(format!("invalid path {:?}: {e}", shorten(path))))?;
        if target.origin() != home.origin() {
            return Err(CliError::usage(format!(
                "refusing to send profile {:?}'s credentials to {}: `iamctl api` calls only the profile's own origin, {}",
                resolved.name,
                shorten(&target.origin().ascii_serialization()),
                home.origin().ascii_serialization()
            ))
            .hint("give a path relative to the API (e.g. `users?limit=5`), or use a profile for that host"));
        }
    }
    Ok(())
}

fn shorten(s: &str) -> String {
    let mut out: String = s.chars().take(120).collect();
    if out.len() < s.len() {
        out.push('…');
    }
    out
}
