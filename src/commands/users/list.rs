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
    /// Only users with this status: active, inactive, invited (ODC also
    /// pending-registration; Valuekeep and Descope invitation-expired). The
    /// platform's own names work too
    #[arg(long, add = clap_complete::engine::ArgValueCandidates::new(crate::completion::status_names))]
    pub status: Option<String>,
    /// Sort by a field: key, name, email, status, last-login (Valuekeep
    /// also active, technician, id; Descope also phone, created; the
    /// platform's own field names work too); prefix `-` for descending
    #[arg(long, allow_hyphen_values = true, add = clap_complete::engine::ArgValueCandidates::new(crate::completion::sort_names))]
    pub sort: Option<String>,
    /// Users whose last login is before WHEN: an age (90d, 12w, 36h), a date
    /// (2026-01-31) or an RFC 3339 time; users who never logged in are not
    /// among them (see --never-logged-in). Filtered by the server on ODC
    /// and Valuekeep
    #[arg(long, value_name = "WHEN", value_parser = parse_when)]
    pub last_login_before: Option<String>,
    /// Users whose last login is on or after WHEN (as --last-login-before;
    /// ODC, filtered by the server)
    #[arg(long, value_name = "WHEN", value_parser = parse_when)]
    pub last_login_after: Option<String>,
    /// Users holding at least one organization role (ODC)
    #[arg(long)]
    pub has_org_roles: bool,
    /// Users holding at least one application role (ODC)
    #[arg(long)]
    pub has_app_roles: bool,
    /// Users of this e-mail domain (repeatable; ODC)
    #[arg(long = "domain", value_name = "DOMAIN")]
    pub domains: Vec<String>,
    /// Users holding roles in this stage, by name or key (ODC)
    #[arg(long, add = clap_complete::engine::ArgValueCandidates::new(crate::completion::stage_names))]
    pub stage: Option<String>,
    /// Users holding roles in this app, by name or key (ODC)
    #[arg(long, add = clap_complete::engine::ArgValueCandidates::new(crate::completion::app_names))]
    pub app: Option<String>,
    /// Only these users, by key (repeatable, at most 20; ODC)
    #[arg(long = "key", value_name = "KEY")]
    pub user_keys: Vec<String>,
    /// Users holding roles in this portfolio, by name or key (ODC)
    #[arg(long)]
    pub portfolio: Option<String>,
    /// Users who logged in to this stage, by name or key (repeatable; ODC;
    /// with --last-login-before/after, the dates apply to that stage)
    #[arg(long = "logged-in-stage", value_name = "STAGE")]
    pub logged_in_stages: Vec<String>,
    /// Users who logged in to any stage of this portfolio, by name or key
    /// (repeatable; ODC)
    #[arg(long = "logged-in-portfolio", value_name = "PORTFOLIO")]
    pub logged_in_portfolios: Vec<String>,
    /// Add to each user: app-roles (their application roles),
    /// identity-providers (where they sign in); comma-separated (ODC, shown
    /// with -o json)
    #[arg(long, value_delimiter = ',', value_parser = ["app-roles", "identity-providers"])]
    pub embed: Vec<String>,
    /// Users who never logged in (Valuekeep: filtered by the server; ODC:
    /// every page is read and checked here)
    #[arg(long, conflicts_with_all = [
        "last_login_before",
        "last_login_after",
        "logged_in_stages",
        "logged_in_portfolios",
    ])]
    pub never_logged_in: bool,
    /// Users who hold no role at all (checked here, page by page, on every
    /// platform: ODC's access flags, Valuekeep's roles, Descope's project
    /// and tenant roles)
    #[arg(long, conflicts_with_all = [
        "has_org_roles",
        "has_app_roles",
        "stage",
        "app",
        "portfolio",
    ])]
    pub without_roles: bool,
    /// Invited users whose invitation is older than WHEN (as
    /// --last-login-before): the status is filtered by the server, the
    /// date here, page by page. Valuekeep and Descope, taking the record's
    /// creation time for the invitation's; ODC's records carry no such date.
    /// Expired invitations: --status invitation-expired
    #[arg(long, value_name = "WHEN", value_parser = parse_when, conflicts_with = "status")]
    pub invited_before: Option<String>,
    /// Show at most this many users
    #[arg(short = 'L', long, default_value_t = 100, conflicts_with = "all")]
    pub limit: usize,
    /// Every user (pages fetched concurrently, streamed in order)
    #[arg(long)]
    pub all: bool,
    /// An OData $filter expression, passed through (Valuekeep)
    #[arg(long)]
    pub filter: Option<String>,
    /// Only users with this role (repeatable; Descope)
    #[arg(long = "role")]
    pub roles: Vec<String>,
    /// Only users in this tenant (repeatable; Descope)
    #[arg(long = "tenant")]
    pub tenants: Vec<String>,
    /// Only users with this e-mail (repeatable; Descope)
    #[arg(long = "email")]
    pub emails: Vec<String>,
    /// Test users only (Descope)
    #[arg(long)]
    pub test_users: bool,
    /// Users created on or after WHEN: an age (30d), a date or an RFC 3339
    /// time (Descope, filtered by the server)
    #[arg(long, value_name = "WHEN", value_parser = parse_when)]
    pub created_after: Option<String>,
    /// Users created before WHEN (as --created-after; Descope)
    #[arg(long, value_name = "WHEN", value_parser = parse_when)]
    pub created_before: Option<String>,
}

pub async fn run(ctx: &mut Ctx, args: ListArgs) -> Result<()> {
    let backend = ctx.backend().await?;
    // Shared names (`active`, `last-login`) or the platform's own, sent as
    // the platform's own; an unknown one is refused here.
    let caps = backend.capabilities();
    let invited_before = args
        .invited_before
        .as_deref()
        .map(|t| {
            chrono::DateTime::parse_from_rfc3339(t)
                .map(|t| t.with_timezone(&chrono::Utc))
                .map_err(|e| crate::error::CliError::usage(format!("{t:?}: {e}")))
        })
        .transpose()?;
    let status = match &invited_before {
        Some(_) => Some("invited".to_string()),
        None => args.status,
    };
    let status = status
        .map(|s| caps.status(&s).map(|st| st.native.to_string()))
        .transpose()?;
    let sort = args.sort.map(|s| caps.sort(&s)).transpose()?;
    let query = UserQuery {
        search: args.search,
        status,
        sort,
        max: if args.all { None } else { Some(args.limit) },
        filter: args.filter,
        roles: args.roles,
        tenants: args.tenants,
        emails: args.emails,
        test_users: args.test_users,
        last_login_before: args.last_login_before,
        never_logged_in: args.never_logged_in,
        last_login_after: args.last_login_after,
        has_org_roles: args.has_org_roles,
        has_app_roles: args.has_app_roles,
        domains: args.domains,
        stage: args.stage,
        app: args.app,
        created_after: args.created_after,
        created_before: args.created_before,
        user_keys: args.user_keys,
        portfolio: args.portfolio,
        logged_in_stages: args.logged_in_stages,
        logged_in_portfolios: args.logged_in_portfolios,
        embed: args.embed,
    };
    ctx.printer.begin(backend.views().user, false)?;
    let printer = &mut ctx.printer;
    let mut shown = 0usize;
    let b = backend.as_ref();
    let without_roles = args.without_roles;
    let limit = if args.all { usize::MAX } else { args.limit };
    // A client-side filter reads every page; the server's total counts
    // the users before it, so it is not shown.
    let client_side = without_roles || invited_before.is_some();
    let query = if client_side {
        UserQuery { max: None, ..query }
    } else {
        query
    };
    backend
        .list_users(&query, &mut |u| {
            if without_roles && (shown >= limit || b.holds_roles(&u)) {
                return Ok(());
            }
            if let Some(t) = invited_before
                && (shown >= limit || b.invited_at(&u).is_none_or(|at| at >= t))
            {
                return Ok(());
            }
            shown += 1;
            printer.item(u)
        })
        .await?;
    ctx.printer.end()?;
    // A page of a long list says how much more there is, and how to get it
    // (on stderr, in every format: stdout stays data).
    if let Some(total) = backend.listed_total().filter(|t| *t > shown)
        && !args.all
        && !client_side
    {
        ctx.ui.status(format!(
            "Showing {shown} of {total} users; {} more: --all or --limit N",
            total - shown
        ));
    }
    Ok(())
}

/// `90d`, `12w`, `36h`, `2026-01-31` or an RFC 3339 time → RFC 3339 in UTC.
pub fn parse_when(s: &str) -> std::result::Result<String, String> {
    use chrono::{DateTime, Duration, NaiveDate, Utc};
    let age = |n: &str, unit: fn(i64) -> Duration| {
        n.parse::<i64>()
            .ok()
            .filter(|n| (0..=100_000).contains(n))
            .map(|n| Utc::now() - unit(n))
    };
    let when = if let Some(n) = s.strip_suffix('d') {
        age(n, Duration::days)
    } else if let Some(n) = s.strip_suffix('w') {
        age(n, Duration::weeks)
    } else if let Some(n) = s.strip_suffix('h') {
        age(n, Duration::hours)
    } else if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        Some(t.with_timezone(&Utc))
    } else {
        NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .ok()
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .map(|t| t.and_utc())
    };
    when.map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .ok_or_else(|| {
            format!("{s:?} is not an age (90d, 12w, 36h), a date (2026-01-31) or an RFC 3339 time")
        })
}
