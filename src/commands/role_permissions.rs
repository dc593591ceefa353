//! `roles permissions list|add|remove|set ROLE [PERMISSION...] --org`: what
//! an ODC organization role is made of. ODC's API replaces a role's whole
//! permission list in one PATCH, so every change is one request (after
//! one read of the role and the names resolved once).

use std::collections::BTreeMap;

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use crate::context::Ctx;
use crate::error::{CliError, Result};

#[derive(Debug, Subcommand)]
pub enum RolePermissionsCommand {
    /// The permissions an organization role grants
    #[command(alias = "ls")]
    List(ListArgs),
    /// Grant these permissions through the role too
    Add(ChangeArgs),
    /// Stop the role granting these permissions
    Remove(ChangeArgs),
    /// Make these exactly the role's permissions
    Set(ChangeArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// The organization role, by key or name
    pub role: String,
    /// Organization roles (ODC; the only roles with permissions)
    #[arg(long)]
    pub org: bool,
}

#[derive(Debug, Args)]
pub struct ChangeArgs {
    /// The organization role, by key or name
    pub role: String,
    /// Permissions, by key or name (see `iamctl permissions list`)
    pub permissions: Vec<String>,
    /// Organization roles (ODC; the only roles with permissions)
    #[arg(long)]
    pub org: bool,
}

fn need_org(org: bool) -> Result<()> {
    if org {
        Ok(())
    } else {
        Err(CliError::usage(
            "only organization roles have permissions: application roles come from the apps",
        )
        .hint("add --org"))
    }
}

/// The table row of one permission of the role.
fn row(p: &Value) -> Value {
    json!({
        "permissionKey": p.get("permissionKey").cloned().unwrap_or(Value::Null),
        "name": p.get("name").cloned().unwrap_or(Value::Null),
        "environmentKeys": p.get("environmentKeys").cloned().unwrap_or(Value::Null),
        "portfolioKeys": p.get("portfolioKeys").cloned().unwrap_or(Value::Null),
        "claimName": p.get("claimName").cloned().unwrap_or(Value::Null),
    })
}

/// What the PATCH carries for one permission of the role: its key and
/// scope (the name and claim are the catalog's).
fn request_entry(p: &Value) -> Value {
    let mut e = serde_json::Map::new();
    e.insert(
        "permissionKey".into(),
        p.get("permissionKey").cloned().unwrap_or(Value::Null),
    );
    for k in ["environmentKeys", "portfolioKeys"] {
        if let Some(v) = p.get(k).filter(|v| !v.is_null()) {
            e.insert(k.into(), v.clone());
        }
    }
    Value::Object(e)
}

fn key_of(p: &Value) -> String {
    p.get("permissionKey")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_lowercase()
}

pub async fn run(ctx: &mut Ctx, cmd: RolePermissionsCommand) -> Result<()> {
    let backend = ctx.backend().await?;
    let (args, change) = match cmd {
        RolePermissionsCommand::List(a) => {
            need_org(a.org)?;
            let (_, perms) = backend.org_role_permissions(&a.role).await?;
            ctx.printer
                .begin(crate::views::ODC_ROLE_PERMISSION, false)?;
            for p in &perms {
                ctx.printer.item(row(p))?;
            }
            return ctx.printer.end();
        }
        RolePermissionsCommand::Add(a) => (a, Change::Add),
        RolePermissionsCommand::Remove(a) => (a, Change::Remove),
        RolePermissionsCommand::Set(a) => (a, Change::Set),
    };
    need_org(args.org)?;
    if change != Change::Set && args.permissions.is_empty() {
        return Err(CliError::usage("name at least one permission"));
    }
    // Every name resolves before anything changes.
    let mut wanted: BTreeMap<String, String> = BTreeMap::new();
    for spec in &args.permissions {
        let p = backend.get_permission(spec).await?;
        let key = p
            .get("key")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_lowercase();
        let name = p
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or(spec)
            .to_string();
        wanted.insert(key, name);
    }
    let (role_key, held) = backend.org_role_permissions(&args.role).await?;
    // Added permissions apply organization-wide (no stage or portfolio).
    let entry = |key: &str| json!({ "permissionKey": key });
    let mut next: Vec<Value> = match change {
        Change::Add => held.iter().map(request_entry).collect(),
        Change::Remove => held
            .iter()
            .filter(|p| !wanted.contains_key(&key_of(p)))
            .map(request_entry)
            .collect(),
        Change::Set => held
            .iter()
            .filter(|p| wanted.contains_key(&key_of(p)))
            .map(request_entry)
            .collect(),
    };
    if change != Change::Remove {
        for key in wanted.keys() {
            if !next.iter().any(|p| key_of(p) == *key) {
                next.push(entry(key));
            }
        }
    }
    let before: Vec<String> = held.iter().map(key_of).collect();
    let after: Vec<String> = next.iter().map(key_of).collect();
    if before == after {
        ctx.ui.status("Nothing to change");
        return Ok(());
    }
    let dropped: Vec<&Value> = held
        .iter()
        .filter(|p| !after.contains(&key_of(p)))
        .collect();
    if !dropped.is_empty() && !ctx.global.dry_run {
        let names: Vec<&str> = dropped
            .iter()
            .map(|p| p.get("name").and_then(Value::as_str).unwrap_or("?"))
            .collect();
        ctx.ui.confirm(&format!(
            "stop organization role {} granting {}",
            args.role,
            names.join(", ")
        ))?;
    }
    if backend.set_org_role_permissions(&role_key, &next).await? {
        ctx.ui.status(format!(
            "Organization role {} now has {} permission(s)",
            args.role,
            next.len()
        ));
    }
    Ok(())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Change {
    Add,
    Remove,
    Set,
}
