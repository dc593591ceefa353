//! `iamctl history`: the runs the journal kept for the profile, newest
//! first, with what each did (`crate::journal`).

use clap::Args;
use serde_json::{Value, json};

use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// Only runs since this long ago (36h, 7d, 12w), this date (2026-01-31)
    /// or this time (RFC 3339)
    #[arg(long, value_name = "WHEN", value_parser = crate::commands::users::list::parse_when)]
    pub since: Option<String>,
    /// Only runs that changed this user (key, e-mail or login id as given)
    #[arg(long, value_name = "USER")]
    pub user: Option<String>,
    /// At most this many runs
    #[arg(short = 'L', long, value_name = "N")]
    pub limit: Option<usize>,
}

pub async fn run(ctx: &mut Ctx, args: HistoryArgs) -> Result<()> {
    let since = args
        .since
        .as_deref()
        .and_then(|s| chrono::DateTime::parse_from_rfc3339(s).ok())
        .map(|t| t.with_timezone(&chrono::Utc));
    let profile = ctx.resolve().await?.name;
    let mut runs = crate::journal::load(&profile)?;
    runs.reverse();
    let runs = runs
        .into_iter()
        .filter(|r| since.is_none_or(|s| r.time >= s))
        .filter(|r| args.user.as_deref().is_none_or(|u| r.touches(u)))
        .take(args.limit.unwrap_or(usize::MAX));
    let machine = ctx.printer.format() != crate::output::OutputFormat::Table;
    ctx.printer.begin(crate::views::HISTORY, false)?;
    for r in runs {
        let item: Value = if machine {
            // The records as printed: the journal's `before` stays in the
            // journal (it is what `undo` reads).
            let records: Vec<Value> = r.records.iter().map(|o| o.to_printed()).collect();
            json!({
                "id": r.id,
                "time": r.time.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                "profile": r.profile,
                "platform": r.platform,
                "command": r.command,
                "undoOf": r.undo_of,
                "summary": r.summary(),
                "records": records,
            })
        } else {
            json!({
                "id": r.id,
                "time": r.time.format("%Y-%m-%d %H:%M").to_string(),
                "command": r.command,
                "summary": r.summary(),
            })
        };
        ctx.printer.item(item)?;
    }
    ctx.printer.end()
}
