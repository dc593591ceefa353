//! `iamctl audit search` (Descope): the project's audit trail, newest
//! first, streamed page by page; `--since`/`--until` take an age (7d, 36h),
//! a date or an RFC 3339 time (Descope keeps 30 days).

use clap::{Args, Subcommand};

use crate::backend::admin::{AuditQuery, admin};
use crate::context::Ctx;
use crate::error::{CliError, Result};

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Search the audit trail (Descope)
    Search(SearchArgs),
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Only events of this user, by login id or user id (repeatable)
    #[arg(long = "user", value_name = "USER")]
    pub users: Vec<String>,
    /// Only events of this action, e.g. UserCreated (repeatable)
    #[arg(long = "action", value_name = "ACTION")]
    pub actions: Vec<String>,
    /// Only events in this tenant, by id or name (repeatable)
    #[arg(long = "tenant", value_name = "TENANT")]
    pub tenants: Vec<String>,
    /// Only events containing this text
    #[arg(long)]
    pub text: Option<String>,
    /// Events since: an age (7d, 36h), a date or an RFC 3339 time
    #[arg(long, value_parser = crate::commands::users::list::parse_when)]
    pub since: Option<String>,
    /// Events until: an age, a date or an RFC 3339 time
    #[arg(long, value_parser = crate::commands::users::list::parse_when)]
    pub until: Option<String>,
    /// At most this many events
    #[arg(long)]
    pub limit: Option<usize>,
}

fn millis(rfc3339: &str) -> Result<i64> {
    chrono::DateTime::parse_from_rfc3339(rfc3339)
        .map(|t| t.timestamp_millis())
        .map_err(|e| CliError::usage(format!("{rfc3339:?}: {e}")))
}

pub async fn run(ctx: &mut Ctx, cmd: AuditCommand) -> Result<()> {
    let backend = ctx.backend().await?;
    match cmd {
        AuditCommand::Search(a) => {
            let q = AuditQuery {
                users: a.users,
                actions: a.actions,
                tenants: a.tenants,
                text: a.text,
                from: a.since.as_deref().map(millis).transpose()?,
                to: a.until.as_deref().map(millis).transpose()?,
                limit: a.limit,
            };
            let ad = admin(backend.as_ref(), "`audit search`")?;
            ctx.printer.begin(
                crate::backend::platform(backend.kind()).view("audit"),
                false,
            )?;
            let printer = &mut ctx.printer;
            ad.audit_search(&q, &mut |e| printer.item(e)).await?;
            ctx.printer.end()
        }
    }
}
