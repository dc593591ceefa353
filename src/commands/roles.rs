//! `iamctl roles list|get|users|create|update|delete`

use clap::{Args, Subcommand};

use crate::commands::membership::record_write;
use crate::commands::scope::RoleScopeArgs;
use crate::context::Ctx;
use crate::error::{CliError, Result};
use crate::outcome::{Change as OutcomeChange, Outcome, Res, Target};
use serde_json::Value;

#[derive(Debug, Subcommand)]
pub enum RolesCommand {
    /// List application roles (or organization roles with --org)
    #[command(alias = "ls")]
    List(ListArgs),
    /// Show one role, by key or name (ODC: application roles with --app and --stage, or --org)
    Get(UsersArgs),
    /// List the users who hold a role
    Users(UsersArgs),
    /// Create a role (ODC: an organization role, with --org; Valuekeep: NAME is its description)
    Create(CreateArgs),
    /// Rename a role (ODC: an organization role, with --org; Valuekeep: its description)
    ///
    /// ODC's built-in (read-only) organization roles are refused (exit 2)
    /// before anything is asked or sent.
    Update(UpdateArgs),
    /// Delete roles (ODC: organization roles, with --org; cannot be undone)
    ///
    /// ODC's built-in (read-only) organization roles are refused (exit 2)
    /// before anything is asked or sent.
    #[command(alias = "rm")]
    Delete(DeleteArgs),
    /// Set one attribute of a role: description, localizable-description,
    /// key, active, administration, default, internal (Valuekeep)
    Set(SetArgs),
    /// Give a role to users, in one request (Valuekeep)
    AddUsers(RoleUsersArgs),
    /// Take a role from users, in one request (Valuekeep)
    RemoveUsers(RoleUsersArgs),
    /// The permissions an organization role grants (ODC, with --org)
    #[command(subcommand)]
    Permissions(crate::commands::role_permissions::RolePermissionsCommand),
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// The role, by key or name
    pub role: String,
    /// description, localizable-description, key, active, administration, default or internal
    pub attribute: String,
    /// Its new value (true/false for the flags)
    pub value: String,
}

#[derive(Debug, Args)]
pub struct RoleUsersArgs {
    /// The role, by key or name
    pub role: String,
    /// Users by key or e-mail
    #[arg(required = true)]
    pub users: Vec<String>,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Name of the new role
    pub name: String,
    /// An organization role (ODC)
    #[arg(long)]
    pub org: bool,
    /// The new role's key (Valuekeep; default: the name's letters and
    /// digits, upper-cased)
    #[arg(long)]
    pub key: Option<String>,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The role, by key or name
    pub role: String,
    /// Its new name
    #[arg(long)]
    pub name: String,
    /// An organization role (ODC)
    #[arg(long)]
    pub org: bool,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// Roles by key or name
    #[arg(required = true)]
    pub roles: Vec<String>,
    /// Organization roles (ODC)
    #[arg(long)]
    pub org: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only roles whose name contains this text
    #[arg(short, long)]
    pub search: Option<String>,
    #[command(flatten)]
    pub scope: RoleScopeArgs,
}

#[derive(Debug, Args)]
pub struct UsersArgs {
    /// The role, by key or name
    pub role: String,
    #[command(flatten)]
    pub scope: RoleScopeArgs,
}

pub async fn run(ctx: &mut Ctx, cmd: RolesCommand) -> Result<()> {
    match cmd {
        RolesCommand::List(a) => list(ctx, a).await,
        RolesCommand::Get(a) => get(ctx, a).await,
        RolesCommand::Users(a) => users(ctx, a).await,
        RolesCommand::Create(a) => create(ctx, a).await,
        RolesCommand::Update(a) => update(ctx, a).await,
        RolesCommand::Delete(a) => delete(ctx, a).await,
        RolesCommand::Set(a) => set(ctx, a).await,
        RolesCommand::AddUsers(a) => change_users(ctx, a, true).await,
        RolesCommand::RemoveUsers(a) => change_users(ctx, a, false).await,
        RolesCommand::Permissions(c) => crate::commands::role_permissions::run(ctx, c).await,
    }
}

async fn get(ctx: &mut Ctx, args: UsersArgs) -> Result<()> {
    let backend = ctx.backend().await?;
    let scope = args.scope.scope();
    let role = backend.get_role(&args.role, &scope).await?;
    ctx.printer.one(backend.views_for(&scope).role, role)
}

async fn list(ctx: &mut Ctx, args: ListArgs) -> Result<()> {
    let backend = ctx.backend().await?;
    let scope = args.scope.scope();
    ctx.printer.begin(backend.views_for(&scope).role, false)?;
    let printer = &mut ctx.printer;
    backend
        .list_roles(args.search.as_deref(), &scope, &mut |r| printer.item(r))
        .await?;
    ctx.printer.end()
}

async fn users(ctx: &mut Ctx, args: UsersArgs) -> Result<()> {
    let backend = ctx.backend().await?;
    let scope = args.scope.scope();
    let key = backend
        .role_keys(std::slice::from_ref(&args.role), &scope)
        .await?
        .remove(0);
    ctx.printer.begin(backend.views().role_user, false)?;
    let printer = &mut ctx.printer;
    backend
        .role_users(&key, &scope, &mut |u| printer.item(u))
        .await?;
    ctx.printer.end()
}

fn org_scope(org: bool) -> crate::backend::Scope {
    crate::backend::Scope {
        org,
        ..Default::default()
    }
}

/// An organization role's key, read with the role (by name: the list's
/// record, by key: one GET); a built-in (read-only) role, which the API
/// refuses to change, is a usage error before anything is asked or sent.
async fn writable_org_role(
    backend: &dyn crate::backend::Backend,
    role: &str,
    what: &str,
) -> Result<String> {
    let r = backend.get_role(role, &org_scope(true)).await?;
    if r.get("isReadOnly").and_then(serde_json::Value::as_bool) == Some(true) {
        return Err(CliError::usage(format!(
            "organization role {role:?} is built in (read-only): it cannot be {what}"
        ))
        .hint("only the organization roles you created can be changed"));
    }
    Ok(r.get("key")
        .and_then(serde_json::Value::as_str)
        .unwrap_or(role)
        .to_string())
}

async fn create(ctx: &mut Ctx, args: CreateArgs) -> Result<()> {
    let backend = ctx.backend().await?;
    let scope = org_scope(args.org);
    let created = match &args.key {
        Some(key) => backend.create_role_with_key(&args.name, key).await,
        None => backend.create_role(&args.name, &scope).await,
    };
    match created {
        Ok(created) => ctx.record(Outcome::created("role", &args.name, created)),
        Err(e) => ctx.record_failed(Outcome::created("role", &args.name, None), e),
    }
}

async fn update(ctx: &mut Ctx, args: UpdateArgs) -> Result<()> {
    let backend = ctx.backend().await?;
    let scope = org_scope(args.org);
    let key = if args.org {
        writable_org_role(backend.as_ref(), &args.role, "renamed").await?
    } else {
        backend
            .role_keys(std::slice::from_ref(&args.role), &scope)
            .await?
            .remove(0)
    };
    let target = Target::new("role", key.clone(), Some(args.role.clone()));
    let change = OutcomeChange::set("name", Value::String(args.name.clone()));
    let result = backend.rename_role(&key, &args.name, &scope).await;
    record_write(ctx, Outcome::new(target, change, Res::Changed), result)
}

async fn delete(ctx: &mut Ctx, args: DeleteArgs) -> Result<()> {
    let backend = ctx.backend().await?;
    let scope = org_scope(args.org);
    // Every name resolves before anything is asked or deleted.
    let keys = if args.org {
        let mut keys = Vec::new();
        for r in &args.roles {
            keys.push(writable_org_role(backend.as_ref(), r, "deleted").await?);
        }
        keys
    } else {
        backend.role_keys(&args.roles, &scope).await?
    };
    if !ctx.global.dry_run {
        ctx.ui.confirm(&format!(
            "delete {} role(s): {} (cannot be undone)",
            args.roles.len(),
            args.roles.join(", ")
        ))?;
    }
    let mut told = Vec::new();
    for (key, name) in keys.iter().zip(&args.roles) {
        let result = backend.delete_role(key, &scope).await;
        let record = Outcome::new(
            Target::new("role", key.clone(), Some(name.clone())),
            OutcomeChange::op("delete"),
            Res::Deleted,
        );
        told.push(crate::commands::membership::Told {
            batch: crate::backend::Batch {
                keys: vec![key.clone()],
                result,
            },
            records: vec![record],
        });
    }
    crate::commands::membership::tell(ctx, told)
}

async fn set(ctx: &mut Ctx, args: SetArgs) -> Result<()> {
    let backend = ctx.backend().await?;
    let key = backend
        .role_keys(std::slice::from_ref(&args.role), &Default::default())
        .await?
        .remove(0);
    let target = Target::new("role", key.clone(), Some(args.role.clone()));
    let change = OutcomeChange::set(&args.attribute, Value::String(args.value.clone()));
    record_write(
        ctx,
        Outcome::new(target, change, Res::Changed),
        backend.set_role(&key, &args.attribute, &args.value).await,
    )
}

/// The role and every user resolve first; then one request for all of
/// them (a refused list is tried user by user; exit 7 tells what failed).
async fn change_users(ctx: &mut Ctx, args: RoleUsersArgs, add: bool) -> Result<()> {
    let backend = ctx.backend().await?;
    let key = backend
        .role_keys(std::slice::from_ref(&args.role), &Default::default())
        .await?
        .remove(0);
    let mut users = Vec::with_capacity(args.users.len());
    for u in &args.users {
        users.push(backend.user_key(u).await?);
    }
    if !add && !ctx.global.dry_run {
        ctx.ui.confirm(&format!(
            "take role {} from {} user(s): {}",
            args.role,
            users.len(),
            args.users.join(", ")
        ))?;
    }
    let batches = backend.change_role_users(&key, &users, add).await;
    let item = Target::new("role", key.clone(), Some(args.role.clone()));
    crate::commands::membership::tell_members(ctx, batches, &users, &args.users, item, add)
}
