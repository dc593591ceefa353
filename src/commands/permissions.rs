//! `iamctl permissions list|get`: ODC's permission catalog, read-only (what
//! organization roles are made of); `permissions list|create|update|delete`:
//! a Descope project's permissions (what its roles grant).

use clap::{Args, Subcommand};

use serde_json::{Map, Value, json};

use crate::backend::admin::admin;
use crate::backend::facets::BackendFacets;
use crate::commands::membership::record_write;
use crate::context::Ctx;
use crate::error::{CliError, Result};
use crate::outcome::{Change, Outcome, Res, Target};

#[derive(Debug, Subcommand)]
pub enum PermissionsCommand {
    /// List permissions
    #[command(alias = "ls")]
    List(ListArgs),
    /// Show one permission, by key or name
    Get(PermissionArg),
    /// Create a permission (Descope)
    Create(CreateArgs),
    /// Rename a permission or change its description (Descope)
    Update(UpdateArgs),
    /// Delete permissions; roles stop granting them (Descope; cannot be undone)
    #[command(alias = "rm")]
    Delete(DeleteArgs),
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The new permission's name
    pub name: String,
    /// What it allows
    #[arg(long)]
    pub description: Option<String>,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The permission, by name
    pub permission: String,
    /// Its new name
    #[arg(long)]
    pub name: Option<String>,
    /// Its new description
    #[arg(long)]
    pub description: Option<String>,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// Permissions, by name
    #[arg(required = true)]
    pub permissions: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only permissions whose name contains this text
    #[arg(short, long)]
    pub search: Option<String>,
}

#[derive(Debug, Args)]
pub struct PermissionArg {
    /// The permission's key or name
    pub permission: String,
}

pub async fn run(ctx: &mut Ctx, cmd: PermissionsCommand) -> Result<()> {
    let backend = ctx.backend().await?;
    let view = crate::backend::platform(backend.kind()).view("permissions");
    match cmd {
        PermissionsCommand::List(a) => {
            ctx.printer.begin(view, false)?;
            let printer = &mut ctx.printer;
            backend
                .need_permissions("permissions")?
                .list_permissions(a.search.as_deref(), &mut |p| printer.item(p))
                .await?;
            ctx.printer.end()
        }
        PermissionsCommand::Get(a) => {
            let p = backend
                .need_org_permissions("permissions")?
                .get_permission(&a.permission)
                .await?;
            ctx.printer.one(view, p)
        }
        PermissionsCommand::Create(a) => {
            let ad = admin(backend.as_ref(), "`permissions create`")?;
            let o = Outcome::new(
                Target::new("permission", &a.name, None),
                Change::op("create"),
                Res::Created,
            );
            match ad
                .create_permission(&a.name, a.description.as_deref().unwrap_or(""))
                .await
            {
                Ok(_) => ctx.record(o),
                Err(e) => ctx.record_failed(o, e),
            }
        }
        PermissionsCommand::Update(a) => {
            if a.name.is_none() && a.description.is_none() {
                return Err(CliError::usage("nothing to change")
                    .hint("give --name NEW and/or --description TEXT"));
            }
            let ad = admin(backend.as_ref(), "`permissions update`")?;
            let now = ad.find_permission(&a.permission).await?;
            let had = |k: &str| now.get(k).and_then(Value::as_str).unwrap_or("").to_string();
            let mut fields = Map::new();
            if let Some(n) = &a.name {
                fields.insert("name".into(), json!(n));
            }
            if let Some(d) = &a.description {
                fields.insert("description".into(), json!(d));
            }
            let same = fields.iter().all(|(k, v)| now.get(k) == Some(v));
            let o = Outcome::new(
                Target::new("permission", &a.permission, None),
                Change::set("permission", Value::Object(fields)),
                Res::Changed,
            )
            .before(Some(now.clone()));
            if same {
                return ctx.record(o.result(Res::Unchanged).detail("already so"));
            }
            let result = ad
                .update_permission(
                    &a.permission,
                    a.name.as_deref().unwrap_or(&a.permission),
                    &a.description.clone().unwrap_or_else(|| had("description")),
                )
                .await;
            record_write(ctx, o, result)
        }
        PermissionsCommand::Delete(a) => {
            let ad = admin(backend.as_ref(), "`permissions delete`")?;
            let mut found = Vec::new();
            for p in &a.permissions {
                found.push(ad.find_permission(p).await?);
            }
            if !ctx.global.dry_run {
                ctx.ui.confirm(&format!(
                    "delete {} permission(s): {} (roles stop granting them; cannot be undone)",
                    a.permissions.len(),
                    a.permissions.join(", ")
                ))?;
            }
            for (p, before) in a.permissions.iter().zip(found) {
                let o = Outcome::new(
                    Target::new("permission", p, None),
                    Change::op("delete"),
                    Res::Deleted,
                )
                .before(Some(before));
                let result = ad.delete_permission(p).await;
                record_write(ctx, o, result)?;
            }
            Ok(())
        }
    }
}
