//! `iamctl access report|holders` (issue 13): the access review across the
//! whole tenant. `users access USER` answers for one person; these answer
//! the auditor's two other questions, under a noun of their own because
//! they are about the tenant, not one user or one role record:
//!
//! - `access report`: one row per (user, group/role/tenant, scope, source),
//!   streamed as the platform answers, in every output format, narrowed by
//!   `--role --app --stage --group --tenant` where the platform has them;
//! - `access holders ROLE`: who holds one role, where, and through what
//!   (direct, group G, identity provider). `roles users ROLE` lists the
//!   holders the platform names, without sources.

use clap::{Args, Subcommand};
use serde_json::Value;

use crate::backend::facets::BackendFacets;
use crate::backend::{Backend, ReportFilter, Scope};
use crate::commands::scope::RoleScopeArgs;
use crate::context::Ctx;
use crate::error::ErrorKind;
use crate::error::{CliError, Result};

#[derive(Debug, Subcommand)]
pub enum AccessCommand {
    /// Every user's groups, roles and tenants, one row per (user, role, scope, source), streamed
    #[command(long_about = REPORT_ABOUT)]
    Report(ReportArgs),
    /// Who holds one role, in which app/stage or tenant, and through what (direct, group G)
    #[command(long_about = HOLDERS_ABOUT)]
    Holders(HoldersArgs),
}

const REPORT_ABOUT: &str = "\
Every user's groups, roles and tenants, one row per (user, role, scope, source), streamed

The access review an auditor asks for each quarter, for the whole tenant: one row per user and
what they hold (KIND group, role or tenant; NAME; SCOPE: the app and stage, the organization,
the project or a tenant), and where it comes from (SOURCE: direct, group G, identity provider).
`users access USER` gives the same rows for one user; `access` is the noun of the questions about
the whole tenant (this report, and a role's holders with `access holders ROLE`).

Rows are printed as the platform answers (streamed, not after the whole walk). What it costs:
ODC: 2 requests for stage and app names, 1 per 100 users (their application roles with where
each comes from), 1 + 1 per group (members), 1 + 1 per organization role (holders): it walks
lists, not users. Valuekeep and Descope: the user list alone (each record carries its groups,
roles and tenants).

A --group, --role or --tenant that names nothing that exists exits 3 before the walk (one look-up);
a name several roles share (ODC: one per app or stage) takes them all.";

const HOLDERS_ABOUT: &str = "\
Who holds one role, in which app/stage or tenant, and through what (direct, group G)

The rows of `access report --role ROLE` for one role named exactly (its key, resolved first: an
unknown role exits 3, an ambiguous name asks for --app and --stage). `roles users ROLE` lists
the users the platform names as holders, without where the role comes from.";

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Only rows of this role, by name or key
    #[arg(long)]
    pub role: Option<String>,
    /// Only application roles of this app, by name or key (ODC)
    #[arg(long, add = clap_complete::engine::ArgValueCandidates::new(crate::completion::app_names))]
    pub app: Option<String>,
    /// Only groups and application roles of this stage, by name or key (ODC)
    #[arg(long, add = clap_complete::engine::ArgValueCandidates::new(crate::completion::stage_names))]
    pub stage: Option<String>,
    /// Only this group: its members, and the roles it grants them (ODC, Valuekeep)
    #[arg(long)]
    pub group: Option<String>,
    /// Only this tenant: its members, and their roles in it, by id or name (Descope)
    #[arg(long)]
    pub tenant: Option<String>,
}

#[derive(Debug, Args)]
pub struct HoldersArgs {
    /// The role, by key or name (ODC: an application role with --app and --stage, or --org)
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::role_names))]
    pub role: String,
    #[command(flatten)]
    pub scope: RoleScopeArgs,
    /// Only its holders within this tenant, by id or name (Descope)
    #[arg(long, conflicts_with_all = ["app", "stage", "org"])]
    pub tenant: Option<String>,
}

pub async fn run(ctx: &mut Ctx, cmd: AccessCommand) -> Result<()> {
    match cmd {
        AccessCommand::Report(a) => report(ctx, a).await,
        AccessCommand::Holders(a) => holders(ctx, a).await,
    }
}

async fn report(ctx: &mut Ctx, args: ReportArgs) -> Result<()> {
    let backend = ctx.backend().await?;
    let filter = ReportFilter {
        role: args.role,
        app: args.app,
        stage: args.stage,
        group: args.group,
        tenant: args.tenant,
        org: None,
    };
    names_exist(backend.as_ref(), &filter).await?;
    stream(ctx, backend.as_ref(), &filter, crate::views::ACCESS_REPORT).await
}

async fn holders(ctx: &mut Ctx, args: HoldersArgs) -> Result<()> {
    let backend = ctx.backend().await?;
    let mut scope = args.scope.scope();
    scope.tenant = args.tenant.clone();
    // The role must exist (exit 3 otherwise); its key tells it apart from
    // a namesake in another app or stage.
    let key = backend
        .role_keys(std::slice::from_ref(&args.role), &scope)
        .await?
        .into_iter()
        .next()
        .ok_or_else(|| CliError::not_found(format!("no role {:?}", args.role)))?;
    let filter = ReportFilter {
        role: Some(key),
        app: args.scope.app,
        stage: args.scope.stage,
        group: None,
        tenant: args.tenant,
        org: args.scope.org.then_some(true),
    };
    stream(ctx, backend.as_ref(), &filter, crate::views::ROLE_HOLDERS).await
}

/// The report's rows the filter keeps, printed as they come.
async fn stream(
    ctx: &mut Ctx,
    backend: &dyn Backend,
    filter: &ReportFilter,
    view: crate::views::View,
) -> Result<()> {
    ctx.printer.begin(view, false)?;
    let printer = &mut ctx.printer;
    backend
        .access_report(filter, &mut |r| {
            if filter.matches(&r) {
                printer.item(r)
            } else {
                Ok(())
            }
        })
        .await?;
    ctx.printer.end()
}

/// A filter naming a group or role that does not exist is a typing
/// mistake, not an empty report: exit 3 before the walk. A name several
/// groups or roles share (ODC: one per stage or app) is fine for a filter,
/// which takes them all.
async fn names_exist(backend: &dyn Backend, filter: &ReportFilter) -> Result<()> {
    let found = |r: Result<Vec<String>>| match r {
        Ok(_) => Ok(true),
        Err(e) if e.kind == ErrorKind::Usage => Ok(true), // ambiguous
        Err(e) if e.kind == ErrorKind::NotFound => Ok(false),
        Err(e) => Err(e),
    };
    let scope = Scope {
        stage: filter.stage.clone(),
        app: filter.app.clone(),
        tenant: filter.tenant.clone(),
        ..Scope::default()
    };
    if let Some(g) = &filter.group {
        let groups = std::slice::from_ref(g);
        if !found(backend.group_keys(groups, &Scope::default()).await)? {
            return Err(CliError::missing("group", g));
        }
    }
    if let Some(t) = &filter.tenant {
        // One `tenant/all`: the tenant by id or name.
        let mut known = false;
        backend
            .need_tenants("tenants")?
            .list_tenants(&mut |v| {
                let is = |k: &str| {
                    v.get(k)
                        .and_then(Value::as_str)
                        .is_some_and(|x| x.eq_ignore_ascii_case(t))
                };
                known |= is("id") || is("name");
                Ok(())
            })
            .await?;
        if !known {
            return Err(CliError::missing("tenant", t));
        }
    }
    if let Some(r) = &filter.role {
        let roles = std::slice::from_ref(r);
        // The platform's own "not found" is kept where it is the only
        // check: its hints say where the role is (Descope: its tenant).
        let mut said = None;
        let mut any = match backend.role_keys(roles, &scope).await {
            Err(e) if e.kind == ErrorKind::NotFound => {
                said = Some(e);
                false
            }
            other => found(other)?,
        };
        // ODC: an organization role of that name counts too.
        let has_org_roles = backend
            .capabilities()
            .flags_of("roles list")
            .is_some_and(|f| f.contains(&"--org"));
        if !any && has_org_roles {
            // Neither kind: the plain "role not found" below says so.
            said = None;
            let org = Scope {
                org: true,
                ..Scope::default()
            };
            any = found(backend.role_keys(roles, &org).await)?;
        }
        // Descope: a tenant's own role is a fine filter without --tenant
        // (the report shows it in every tenant that has it).
        if !any && filter.tenant.is_none() && !has_org_roles {
            any = listed_role(backend, r).await?;
        }
        if !any {
            return Err(said.unwrap_or_else(|| CliError::missing("role", r)));
        }
    }
    Ok(())
}

/// Is a role of that name (or key) among the roles `roles list` shows?
async fn listed_role(backend: &dyn Backend, role: &str) -> Result<bool> {
    let mut found = false;
    backend
        .list_roles(None, &Scope::default(), &mut |v| {
            let is = |k: &str| {
                v.get(k)
                    .and_then(Value::as_str)
                    .is_some_and(|x| x.eq_ignore_ascii_case(role))
            };
            found |= is("name") || is("key");
            Ok(())
        })
        .await?;
    Ok(found)
}
