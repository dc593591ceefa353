//! `roles permissions list|add|remove|set ROLE [PERMISSION...] --org`: what
//! an ODC organization role is made of. ODC's API replaces a role's whole
//! permission list in one PATCH, so every change is one request (after
//! one read of the role and the names resolved once: one lookup for one
//! permission, one read of the catalog for more). A built-in role
//! (`isReadOnly`) is refused before anything is sent.

use std::collections::BTreeMap;

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use crate::backend::facets::BackendFacets;
use crate::backend::is_uuid;
use crate::context::Ctx;
use crate::error::{CliError, Result};

#[derive(Debug, Subcommand)]
pub enum RolePermissionsCommand {
    /// The permissions an organization role grants
    #[command(alias = "ls")]
    List(ListArgs),
    /// Grant these permissions through the role too
    ///
    /// Added permissions apply organization-wide. One the role already
    /// holds on some stages or portfolios only is kept so, with a warning
    /// (it is not widened: remove it, then add it, to widen it). A built-in
    /// (read-only) role is refused (exit 2) before anything is sent.
    Add(ChangeArgs),
    /// Stop the role granting these permissions
    ///
    /// A built-in (read-only) role is refused (exit 2) before anything is
    /// sent.
    Remove(ChangeArgs),
    /// Make these exactly the role's permissions
    ///
    /// Permissions not held yet are added organization-wide; one the role
    /// already holds on some stages or portfolios only is kept so, with a
    /// warning (not widened). A built-in (read-only) role is refused
    /// (exit 2) before anything is sent.
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

fn org_scope() -> crate::backend::Scope {
    crate::backend::Scope {
        org: true,
        ..Default::default()
    }
}

fn permissions_of(role: &Value) -> Vec<Value> {
    role.get("permissions")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default()
}

/// One permission of the catalog, by key or by exact (case-insensitive)
/// name, as `permissions get` finds it; `None` for a key the list lacks.
fn find_in_catalog(catalog: &[Value], spec: &str) -> Result<Option<Value>> {
    let field = if is_uuid(spec) { "key" } else { "name" };
    let mut found: Vec<&Value> = catalog
        .iter()
        .filter(|p| {
            p.get(field)
                .and_then(Value::as_str)
                .is_some_and(|v| v.eq_ignore_ascii_case(spec))
        })
        .collect();
    match found.len() {
        0 if is_uuid(spec) => Ok(None),
        0 => {
            Err(CliError::missing("permission", spec)
                .hint("list them with `iamctl permissions list`"))
        }
        1 => Ok(Some(found.remove(0).clone())),
        _ => Err(CliError::usage(format!(
            "permission {spec:?} is ambiguous; name it by key"
        ))),
    }
}

/// The permissions named, key -> name. One permission is one lookup; more
/// than one read the catalog once (every page) and resolve here.
async fn resolve(
    backend: &dyn crate::backend::Backend,
    specs: &[String],
) -> Result<BTreeMap<String, String>> {
    let mut catalog = Vec::new();
    if specs.len() > 1 {
        backend
            .need_permissions("permissions")?
            .list_permissions(None, &mut |p| {
                catalog.push(p);
                Ok(())
            })
            .await?;
    }
    let mut wanted = BTreeMap::new();
    for spec in specs {
        let listed = if specs.len() > 1 {
            find_in_catalog(&catalog, spec)?
        } else {
            None
        };
        // A single permission, or a key the list did not show.
        let p = match listed {
            Some(p) => p,
            None => {
                backend
                    .need_org_permissions("permissions")?
                    .get_permission(spec)
                    .await?
            }
        };
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
    Ok(wanted)
}

/// The stages and portfolios a held permission is limited to, if any.
fn scoped_to(p: &Value) -> Option<String> {
    let keys = |k: &str| -> Vec<String> {
        p.get(k)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect()
    };
    let (stages, portfolios) = (keys("environmentKeys"), keys("portfolioKeys"));
    let mut parts = Vec::new();
    if !stages.is_empty() {
        parts.push(format!("stage(s) {}", stages.join(", ")));
    }
    if !portfolios.is_empty() {
        parts.push(format!("portfolio(s) {}", portfolios.join(", ")));
    }
    (!parts.is_empty()).then(|| parts.join(" and "))
}

pub async fn run(ctx: &mut Ctx, cmd: RolePermissionsCommand) -> Result<()> {
    let backend = ctx.backend().await?;
    let (args, change) = match cmd {
        RolePermissionsCommand::List(a) => {
            need_org(a.org)?;
            let role = backend
                .need_roles("getting one role")?
                .get_role(&a.role, &org_scope())
                .await?;
            ctx.printer.begin(
                crate::backend::platform(backend.kind()).view("role-permissions"),
                false,
            )?;
            for p in &permissions_of(&role) {
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
    // The role first: a built-in one is refused before anything else is
    // read, planned, asked or sent (the API answers 400 to any change).
    let role = backend
        .need_roles("getting one role")?
        .get_role(&args.role, &org_scope())
        .await?;
    if role.get("isReadOnly").and_then(Value::as_bool) == Some(true) {
        // By its name, also when it was given by key.
        let name = role
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or(&args.role);
        return Err(CliError::usage(format!(
            "organization role {name:?} is built in (read-only): its permissions cannot be changed"
        ))
        .hint(
            "create a role of your own (`iamctl roles create NAME --org`) and give it the permissions",
        ));
    }
    let role_key = role
        .get("key")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let held = permissions_of(&role);
    // Every name resolves before anything changes.
    let wanted = resolve(backend.as_ref(), &args.permissions).await?;
    // A permission the role holds only on some stages or portfolios stays
    // so: it is not widened to the whole organization without being asked.
    if change != Change::Remove {
        for p in held.iter().filter(|p| wanted.contains_key(&key_of(p))) {
            if let Some(scope) = scoped_to(p) {
                let name = wanted.get(&key_of(p)).map_or("?", String::as_str);
                ctx.ui.warn(format!(
                    "organization role {} already grants {name:?} on {scope} only; \
                     it was kept so, not widened to the whole organization \
                     (to widen it: `roles permissions remove` it, then `add` it)",
                    args.role
                ));
            }
        }
    }
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
    let result = match backend.need_org_permissions("organization role permissions") {
        Ok(f) => f.set_org_role_permissions(&role_key, &next).await,
        Err(e) => Err(e),
    };
    // One request carries the whole list; a record per permission given
    // or taken.
    let target = crate::outcome::Target::new("role", role_key.clone(), Some(args.role.clone()));
    // A permission added is named as it was asked for (the request
    // carries its key only).
    let name_of = |p: &Value| {
        p.get("name")
            .and_then(Value::as_str)
            .map(str::to_string)
            .or_else(|| wanted.get(&key_of(p)).cloned())
    };
    let mut records = Vec::new();
    for p in next.iter().filter(|p| !before.contains(&key_of(p))) {
        records.push(crate::outcome::Outcome::new(
            target.clone(),
            crate::outcome::Change::membership(
                true,
                crate::outcome::Target::new("permission", key_of(p), name_of(p)),
                Some("organization".into()),
            ),
            crate::outcome::Res::Changed,
        ));
    }
    for p in &dropped {
        records.push(crate::outcome::Outcome::new(
            target.clone(),
            crate::outcome::Change::membership(
                false,
                crate::outcome::Target::new("permission", key_of(p), name_of(p)),
                Some("organization".into()),
            ),
            crate::outcome::Res::Changed,
        ));
    }
    crate::commands::membership::tell_request(ctx, &role_key, result, records)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Change {
    Add,
    Remove,
    Set,
}
