//! `users list`: one page by default, `--all` streams every user.

use clap::{Args, ValueEnum};

use crate::backend::odc::Api;
use crate::context::Ctx;
use crate::error::{CliError, Result};
use crate::views;

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Status {
    Active,
    Invited,
    Inactive,
    PendingRegistration,
}

impl Status {
    fn api(self) -> &'static str {
        match self {
            Status::Active => "Active",
            Status::Invited => "Invited",
            Status::Inactive => "Inactive",
            Status::PendingRegistration => "PendingRegistration",
        }
    }
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only users whose name, e-mail or username contains this text
    #[arg(short, long)]
    pub search: Option<String>,
    /// Only users with this status
    #[arg(long, value_enum)]
    pub status: Option<Status>,
    /// Sort by key, name, email, status or lastLoginAt; prefix `-` for descending
    #[arg(long, allow_hyphen_values = true)]
    pub sort: Option<String>,
    /// Show at most this many users
    #[arg(short = 'L', long, default_value_t = 100, conflicts_with = "all")]
    pub limit: usize,
    /// Every user (pages fetched concurrently, streamed in order)
    #[arg(long)]
    pub all: bool,
}

const SORT_FIELDS: &[&str] = &["key", "name", "email", "status", "lastLoginAt"];

pub async fn run(ctx: &mut Ctx, args: ListArgs) -> Result<()> {
    let mut query = Vec::new();
    if let Some(s) = args.search {
        query.push(("nameOrEmailOrUsernameContains".to_string(), s));
    }
    if let Some(s) = args.status {
        query.push(("status".to_string(), s.api().to_string()));
    }
    if let Some(s) = args.sort {
        let field = s.trim_start_matches('-');
        if !SORT_FIELDS.contains(&field) {
            return Err(CliError::usage(format!(
                "cannot sort by {field:?}: use one of {}",
                SORT_FIELDS.join(", ")
            )));
        }
        query.push(("sort".to_string(), s));
    }
    let max = if args.all { None } else { Some(args.limit) };
    let odc = ctx.odc().await?;
    ctx.printer.begin(views::ODC_USER, false)?;
    let printer = &mut ctx.printer;
    odc.each(Api::Identity, "users", &query, max, "list users", |u| printer.item(u))
        .await?;
    ctx.printer.end()
}
