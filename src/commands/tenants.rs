//! `iamctl tenants list|get|create|update|delete|settings|default-roles`
//! (Descope): a project's tenants, named by id or name wherever one is
//! named. Writes return outcome records.

use clap::{Args, Subcommand};
use serde_json::{Map, Value, json};

use crate::backend::admin::{TenantChange, TenantSpec, admin};
use crate::backend::facets::BackendFacets;
use crate::commands::membership::record_write;
use crate::context::Ctx;
use crate::error::{CliError, Result};
use crate::outcome::{Change, Outcome, Res, Target};

#[derive(Debug, Subcommand)]
pub enum TenantsCommand {
    /// List the tenants (Descope)
    #[command(alias = "ls")]
    List,
    /// Show one tenant, by id or name (Descope)
    Get(TenantArg),
    /// Create a tenant (Descope)
    Create(CreateArgs),
    /// Change a tenant's name, self-provisioning domains or custom attributes (Descope)
    Update(UpdateArgs),
    /// Delete tenants (Descope; cannot be undone)
    #[command(alias = "rm")]
    Delete(DeleteArgs),
    /// A tenant's session and SSO settings (Descope)
    #[command(subcommand)]
    Settings(SettingsCommand),
    /// Set the project roles a tenant's new users get (Descope; none clears them)
    DefaultRoles(DefaultRolesArgs),
}

#[derive(Debug, Args)]
pub struct TenantArg {
    /// The tenant, by id or name
    pub tenant: String,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The new tenant's name (unique in the project)
    pub name: String,
    /// Its id (default: Descope mints one)
    #[arg(long)]
    pub id: Option<String>,
    /// A self-provisioning domain (repeatable): users signing in from it join the tenant
    #[arg(long = "domain", value_name = "DOMAIN")]
    pub domains: Vec<String>,
    /// A custom attribute KEY=VALUE (repeatable)
    #[arg(long = "attr", value_name = "KEY=VALUE")]
    pub attrs: Vec<String>,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The tenant, by id or name
    pub tenant: String,
    /// Its new name
    #[arg(long)]
    pub name: Option<String>,
    /// Its self-provisioning domains, replacing the ones it has (repeatable)
    #[arg(long = "domain", value_name = "DOMAIN")]
    pub domains: Vec<String>,
    /// Custom attributes KEY=VALUE, replacing the ones it has (repeatable)
    #[arg(long = "attr", value_name = "KEY=VALUE")]
    pub attrs: Vec<String>,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// Tenants, by id or name
    #[arg(required = true)]
    pub tenants: Vec<String>,
    /// Also delete the users who belong to this tenant alone
    #[arg(long)]
    pub cascade: bool,
}

#[derive(Debug, Subcommand)]
pub enum SettingsCommand {
    /// Show a tenant's settings (Descope)
    Get(TenantArg),
    /// Set some of a tenant's settings, KEY=VALUE as the API names them
    /// (e.g. sessionTokenExpiration=30 enabled=true) (Descope)
    Set(SettingsSetArgs),
}

#[derive(Debug, Args)]
pub struct SettingsSetArgs {
    /// The tenant, by id or name
    pub tenant: String,
    /// Settings as KEY=VALUE (true/false and numbers are typed; a list as JSON)
    #[arg(required = true, value_name = "KEY=VALUE")]
    pub settings: Vec<String>,
}

#[derive(Debug, Args)]
pub struct DefaultRolesArgs {
    /// The tenant, by id or name
    pub tenant: String,
    /// Project roles new users of the tenant get
    pub roles: Vec<String>,
}

pub async fn run(ctx: &mut Ctx, cmd: TenantsCommand) -> Result<()> {
    let backend = ctx.backend().await?;
    match cmd {
        TenantsCommand::List => {
            ctx.printer.begin(
                crate::backend::platform(backend.kind()).view("tenants"),
                false,
            )?;
            let printer = &mut ctx.printer;
            backend
                .need_tenants("tenants")?
                .list_tenants(&mut |t| printer.item(t))
                .await?;
            ctx.printer.end()
        }
        TenantsCommand::Get(a) => {
            let t = admin(backend.as_ref(), "`tenants get`")?
                .get_tenant(&a.tenant)
                .await?;
            ctx.printer
                .one(crate::backend::platform(backend.kind()).view("tenants"), t)
        }
        TenantsCommand::Create(a) => {
            let spec = TenantSpec {
                name: a.name.clone(),
                id: a.id.clone(),
                domains: a.domains.clone(),
                custom_attributes: crate::backend::custom_attributes(&a.attrs)?,
            };
            let ad = admin(backend.as_ref(), "`tenants create`")?;
            let record = |key: &str| {
                Outcome::new(
                    Target::new("tenant", key, Some(a.name.clone())),
                    Change::op("create"),
                    Res::Created,
                )
            };
            match ad.create_tenant(&spec).await {
                Ok(Some(v)) => {
                    let id = v.get("id").and_then(Value::as_str).unwrap_or(&a.name);
                    let mut o = record(id);
                    o.record = Some(v.clone());
                    ctx.record(o)
                }
                Ok(None) => ctx.record(record(a.id.as_deref().unwrap_or(&a.name))),
                Err(e) => ctx.record_failed(record(&a.name), e),
            }
        }
        TenantsCommand::Update(a) => {
            if a.name.is_none() && a.domains.is_empty() && a.attrs.is_empty() {
                return Err(CliError::usage("nothing to change")
                    .hint("give --name NEW, --domain D (repeatable) and/or --attr KEY=VALUE"));
            }
            let change = TenantChange {
                name: a.name.clone(),
                domains: (!a.domains.is_empty()).then(|| a.domains.clone()),
                custom_attributes: if a.attrs.is_empty() {
                    None
                } else {
                    Some(crate::backend::custom_attributes(&a.attrs)?)
                },
            };
            let ad = admin(backend.as_ref(), "`tenants update`")?;
            let id = ad.tenant_id_of(&a.tenant).await?;
            let mut fields = Map::new();
            if let Some(n) = &a.name {
                fields.insert("name".into(), json!(n));
            }
            if let Some(d) = &change.domains {
                fields.insert("selfProvisioningDomains".into(), json!(d));
            }
            if let Some(c) = &change.custom_attributes {
                fields.insert("customAttributes".into(), Value::Object(c.clone()));
            }
            let now = ad.get_tenant(&id).await?;
            let same = fields.iter().all(|(k, v)| now.get(k) == Some(v));
            let o = Outcome::new(
                Target::new("tenant", &id, Some(a.tenant.clone())),
                Change::set("tenant", Value::Object(fields)),
                Res::Changed,
            )
            .before(Some(now.clone()));
            if same {
                return ctx.record(o.result(Res::Unchanged).detail("already so"));
            }
            let result = ad.update_tenant(&now, &change).await;
            record_write(ctx, o, result)
        }
        TenantsCommand::Delete(a) => {
            let ad = admin(backend.as_ref(), "`tenants delete`")?;
            // Every tenant resolves before anything is asked or deleted.
            let mut ids = Vec::new();
            for t in &a.tenants {
                ids.push(ad.tenant_id_of(t).await?);
            }
            if !ctx.global.dry_run {
                ctx.ui.confirm(&format!(
                    "delete {} tenant(s): {}{} (cannot be undone)",
                    a.tenants.len(),
                    a.tenants.join(", "),
                    if a.cascade {
                        ", and the users who belong to them alone"
                    } else {
                        ""
                    }
                ))?;
            }
            for (id, name) in ids.iter().zip(&a.tenants) {
                let mut change = Change::op("delete");
                if a.cascade {
                    change.scope = Some("cascade".into());
                }
                let o = Outcome::new(
                    Target::new("tenant", id, Some(name.clone())),
                    change,
                    Res::Deleted,
                );
                let result = ad.delete_tenant(id, a.cascade).await;
                record_write(ctx, o, result)?;
            }
            Ok(())
        }
        TenantsCommand::Settings(SettingsCommand::Get(a)) => {
            let s = admin(backend.as_ref(), "`tenants settings get`")?
                .tenant_settings(&a.tenant)
                .await?;
            ctx.printer.one(
                crate::backend::platform(backend.kind()).view("tenant-settings"),
                s,
            )
        }
        TenantsCommand::Settings(SettingsCommand::Set(a)) => {
            let mut settings = Map::new();
            for s in &a.settings {
                let (k, v) = s
                    .split_once('=')
                    .filter(|(k, _)| !k.is_empty())
                    .ok_or_else(|| CliError::usage(format!("{s:?}: use KEY=VALUE")))?;
                let v = serde_json::from_str::<Value>(v).unwrap_or_else(|_| json!(v));
                settings.insert(k.to_string(), v);
            }
            let ad = admin(backend.as_ref(), "`tenants settings set`")?;
            let id = ad.tenant_id_of(&a.tenant).await?;
            let before = ad.tenant_settings(&id).await?;
            let target = Target::new("tenant", &id, Some(a.tenant.clone()));
            let same = settings.iter().all(|(k, v)| before.get(k) == Some(v));
            let o = Outcome::new(
                target,
                Change::set("settings", Value::Object(settings.clone())),
                Res::Changed,
            )
            .before(Some(before));
            if same {
                return ctx.record(o.result(Res::Unchanged).detail("already so"));
            }
            match ad.set_tenant_settings(&id, &settings).await {
                Ok(_) => ctx.record(o),
                Err(e) => ctx.record_failed(o, e),
            }
        }
        TenantsCommand::DefaultRoles(a) => {
            let ad = admin(backend.as_ref(), "`tenants default-roles`")?;
            let id = ad.tenant_id_of(&a.tenant).await?;
            let before = ad.get_tenant(&id).await?;
            let had = before.get("defaultRoles").cloned().unwrap_or(json!([]));
            let o = Outcome::new(
                Target::new("tenant", &id, Some(a.tenant.clone())),
                Change::set("defaultRoles", json!(a.roles)),
                Res::Changed,
            )
            .before(Some(before));
            if had == json!(a.roles) {
                return ctx.record(o.result(Res::Unchanged).detail("already so"));
            }
            let result = ad.set_tenant_default_roles(&id, &a.roles).await;
            record_write(ctx, o, result)
        }
    }
}
