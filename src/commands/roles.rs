//! `iamctl roles list|get|users|create|update|delete`

use clap::{Args, Subcommand};

use crate::backend::admin::{Admin, RoleSpec};
use crate::backend::facets::{self, BackendFacets};
use crate::commands::membership::record_write;
use crate::commands::scope::RoleScopeArgs;
use crate::context::Ctx;
use crate::error::{CliError, Result};
use crate::outcome::{Change as OutcomeChange, Outcome, Res, Target};
use serde_json::{Value, json};

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
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::role_names))]
    pub role: String,
    /// description, localizable-description, key, active, administration, default or internal
    pub attribute: String,
    /// Its new value (true/false for the flags)
    pub value: String,
}

#[derive(Debug, Args)]
pub struct RoleUsersArgs {
    /// The role, by key or name
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::role_names))]
    pub role: String,
    /// Users by key or e-mail (record ids with --by-id)
    #[arg(required = true)]
    pub users: Vec<String>,
    /// The users are named by record id (GUID): sent to `addById`/`removeById` (Valuekeep)
    #[arg(long)]
    pub by_id: bool,
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
    #[command(flatten)]
    pub descope: DescopeRoleArgs,
}

/// A Descope role's tenant, permissions and description.
#[derive(Debug, Args, Default)]
pub struct DescopeRoleArgs {
    /// A tenant's role instead of a project role, tenant by id or name (Descope)
    #[arg(long, conflicts_with = "org")]
    pub tenant: Option<String>,
    /// The permissions the role grants (repeatable or comma-separated; Descope)
    #[arg(long, value_delimiter = ',', value_name = "PERMISSION")]
    pub permissions: Option<Vec<String>>,
    /// The role's description (Descope)
    #[arg(long)]
    pub description: Option<String>,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The role, by key or name
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::role_names))]
    pub role: String,
    /// Its new name
    #[arg(long)]
    pub name: Option<String>,
    /// An organization role (ODC)
    #[arg(long)]
    pub org: bool,
    #[command(flatten)]
    pub descope: DescopeRoleArgs,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// Roles by key or name
    #[arg(required = true)]
    pub roles: Vec<String>,
    /// Organization roles (ODC)
    #[arg(long)]
    pub org: bool,
    /// Roles of this tenant, by id or name (Descope)
    #[arg(long, conflicts_with = "org")]
    pub tenant: Option<String>,
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
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::role_names))]
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
    let role = backend
        .need_roles("getting one role")?
        .get_role(&args.role, &scope)
        .await?;
    ctx.printer.one(backend.views_for(&scope).role, role)
}

async fn list(ctx: &mut Ctx, args: ListArgs) -> Result<()> {
    let backend = ctx.backend().await?;
    let scope = args.scope.scope();
    ctx.load_names(backend.views_for(&scope).role).await?;
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
        .need_roles("the users of a role")?
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
    let r = backend
        .need_roles("getting one role")?
        .get_role(role, &org_scope(true))
        .await?;
    if r.get("isReadOnly").and_then(serde_json::Value::as_bool) == Some(true) {
        // By its name, also when it was given by key.
        let name = r
            .get("name")
            .and_then(serde_json::Value::as_str)
            .unwrap_or(role);
        return Err(CliError::usage(format!(
            "organization role {name:?} is built in (read-only): it cannot be {what}"
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
    if let Some(ad) = backend.admin() {
        return descope_create(ctx, ad, &args).await;
    }
    let scope = org_scope(args.org);
    let created = match &args.key {
        Some(key) => match backend.need_record_edits("choosing a role's key") {
            Ok(f) => f.create_role_with_key(&args.name, key).await,
            Err(e) => Err(e),
        },
        None => match backend.need_roles("creating roles") {
            Ok(f) => f.create_role(&args.name, &scope).await,
            Err(e) => Err(e),
        },
    };
    match created {
        Ok(created) => ctx.record(Outcome::created("role", &args.name, created)),
        Err(e) => ctx.record_failed(Outcome::created("role", &args.name, None), e),
    }
}

async fn update(ctx: &mut Ctx, args: UpdateArgs) -> Result<()> {
    let backend = ctx.backend().await?;
    if let Some(ad) = backend.admin() {
        return descope_update(ctx, ad, &args).await;
    }
    let Some(new_name) = args.name.clone() else {
        return Err(CliError::usage("nothing to change").hint("give --name NEW"));
    };
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
    let change = OutcomeChange::set("name", Value::String(new_name.clone()));
    let result = match backend.need_roles("changing roles") {
        Ok(f) => f.rename_role(&key, &new_name, &scope).await,
        Err(e) => Err(e),
    };
    record_write(ctx, Outcome::new(target, change, Res::Changed), result)
}

async fn delete(ctx: &mut Ctx, args: DeleteArgs) -> Result<()> {
    let backend = ctx.backend().await?;
    if let Some(ad) = backend.admin() {
        return descope_delete(ctx, ad, &args).await;
    }
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
        let result = match backend.need_delete_roles("deleting roles") {
            Ok(f) => f.delete_role(key, &scope).await,
            Err(e) => Err(e),
        };
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
        match backend.need_record_edits("changing roles") {
            Ok(f) => f.set_role(&key, &args.attribute, &args.value).await,
            Err(e) => Err(e),
        },
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
        if args.by_id {
            if !crate::backend::is_uuid(u) {
                return Err(CliError::usage(format!(
                    "{u:?} is not a record id (a GUID); drop --by-id to name users by key or e-mail"
                )));
            }
            users.push(crate::backend::user_by_record_id(u));
        } else {
            users.push(backend.user_key(u).await?);
        }
    }
    if !add && !ctx.global.dry_run {
        ctx.ui.confirm(&format!(
            "take role {} from {} user(s): {}",
            args.role,
            users.len(),
            args.users.join(", ")
        ))?;
    }
    let batches = match backend.need_record_edits("changing a role's users") {
        Ok(f) => f.change_role_users(&key, &users, add).await,
        Err(e) => facets::refused(&users, e),
    };
    let item = Target::new("role", key.clone(), Some(args.role.clone()));
    // By record id, the answer's keys are the ids given.
    let keys = if args.by_id { &args.users } else { &users };
    crate::commands::membership::tell_members(ctx, batches, keys, &args.users, item, add)
}

/// Descope: a tenant's id, or None for the project.
async fn tenant_of(ad: &dyn Admin, tenant: Option<&str>) -> Result<Option<String>> {
    match tenant {
        Some(t) => ad.tenant_id_of(t).await.map(Some),
        None => Ok(None),
    }
}

fn scope_words(tenant: Option<&str>) -> Option<String> {
    Some(match tenant {
        Some(t) => format!("tenant {t}"),
        None => "project".to_string(),
    })
}

/// Descope `roles create NAME [--tenant T] [--permissions P,..]
/// [--description D]`: `POST /v1/mgmt/role/create`.
async fn descope_create(ctx: &mut Ctx, ad: &dyn Admin, args: &CreateArgs) -> Result<()> {
    let d = &args.descope;
    let tenant = tenant_of(ad, d.tenant.as_deref()).await?;
    let spec = RoleSpec {
        name: args.name.clone(),
        description: d.description.clone().unwrap_or_default(),
        permissions: d.permissions.clone().unwrap_or_default(),
        tenant: tenant.clone(),
    };
    let mut change = OutcomeChange::op("create");
    change.scope = scope_words(tenant.as_deref());
    let record = Outcome::new(Target::new("role", &args.name, None), change, Res::Created);
    match ad.create_role_spec(&spec).await {
        Ok(_) => ctx.record(record),
        Err(e) => ctx.record_failed(record, e),
    }
}

/// Descope `roles update R [--name NEW] [--permissions ..] [--description
/// D] [--tenant T]`: the role is read, changed where asked and sent whole
/// (`POST /v1/mgmt/role/update` replaces every field).
async fn descope_update(ctx: &mut Ctx, ad: &dyn Admin, args: &UpdateArgs) -> Result<()> {
    let d = &args.descope;
    if args.name.is_none() && d.permissions.is_none() && d.description.is_none() {
        return Err(CliError::usage("nothing to change")
            .hint("give --name NEW, --permissions P,... and/or --description TEXT"));
    }
    let tenant = tenant_of(ad, d.tenant.as_deref()).await?;
    let now = ad.find_role(&args.role, tenant.as_deref()).await?;
    let strings = |k: &str| -> Vec<String> {
        now.get(k)
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default()
    };
    let text = |k: &str| now.get(k).and_then(Value::as_str).unwrap_or("").to_string();
    let spec = RoleSpec {
        name: args.name.clone().unwrap_or_else(|| args.role.clone()),
        description: d.description.clone().unwrap_or_else(|| text("description")),
        permissions: d
            .permissions
            .clone()
            .unwrap_or_else(|| strings("permissionNames")),
        tenant: tenant.clone(),
    };
    let mut fields = serde_json::Map::new();
    if let Some(n) = &args.name {
        fields.insert("name".into(), json!(n));
    }
    if let Some(p) = &d.permissions {
        fields.insert("permissionNames".into(), json!(p));
    }
    if let Some(t) = &d.description {
        fields.insert("description".into(), json!(t));
    }
    let same = fields.iter().all(|(k, v)| now.get(k) == Some(v));
    let mut change = OutcomeChange::set("role", Value::Object(fields));
    change.scope = scope_words(tenant.as_deref());
    let o = Outcome::new(Target::new("role", &args.role, None), change, Res::Changed)
        .before(Some(now.clone()));
    if same {
        return ctx.record(o.result(Res::Unchanged).detail("already so"));
    }
    let result = ad.update_role_spec(&args.role, &spec).await;
    record_write(ctx, o, result)
}

/// Descope `roles delete R... [--tenant T]`: each role is found first.
async fn descope_delete(ctx: &mut Ctx, ad: &dyn Admin, args: &DeleteArgs) -> Result<()> {
    let tenant = tenant_of(ad, args.tenant.as_deref()).await?;
    let mut found = Vec::new();
    for r in &args.roles {
        found.push(ad.find_role(r, tenant.as_deref()).await?);
    }
    if !ctx.global.dry_run {
        ctx.ui.confirm(&format!(
            "delete {} role(s): {} (cannot be undone)",
            args.roles.len(),
            args.roles.join(", ")
        ))?;
    }
    for (r, before) in args.roles.iter().zip(found) {
        let mut change = OutcomeChange::op("delete");
        change.scope = scope_words(tenant.as_deref());
        let o =
            Outcome::new(Target::new("role", r, None), change, Res::Deleted).before(Some(before));
        let result = ad.delete_role_in(r, tenant.as_deref()).await;
        record_write(ctx, o, result)?;
    }
    Ok(())
}
