//! `/v1/mgmt/tenant/...`, `/v1/mgmt/role/...`, `/v1/mgmt/permission/...`:
//! the shapes of Descope's Python and Node SDKs (`tenant.py`, `role.py`,
//! `permission.py`). Names are unique (a tenant's name and id in the
//! project, a role's name in its tenant or the project, a permission's
//! name); an id or name that names nothing is not found.

use std::collections::HashMap;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value, json};

use super::handler::{answer, body, s, strings, with_state};
use super::model::{DescopeState, Permission, Role, Tenant};
use super::{DErr, DResult};
use crate::App;

fn ok(v: Value) -> DResult<Response> {
    Ok(axum::Json(v).into_response())
}

fn empty() -> DResult<Response> {
    ok(json!({}))
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

fn flag(b: &Map<String, Value>, k: &str) -> Option<bool> {
    b.get(k).and_then(Value::as_bool)
}

fn object(b: &Map<String, Value>, k: &str) -> DResult<Option<Map<String, Value>>> {
    match b.get(k) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Object(m)) => Ok(Some(m.clone())),
        Some(_) => Err(DErr::invalid(format!("{k} must be an object"))),
    }
}

fn required(b: &Map<String, Value>, k: &str) -> DResult<String> {
    s(b, k)
        .filter(|v| !v.is_empty())
        .ok_or_else(|| DErr::missing(k))
}

// ---------------------------------------------------------------- tenants

pub fn render_tenant(t: &Tenant) -> Value {
    let mut v = serde_json::to_value(t).unwrap_or(Value::Null);
    if let Some(m) = v.as_object_mut() {
        m.remove("settings");
    }
    v
}

fn tenant_index(d: &DescopeState, id: &str) -> DResult<usize> {
    d.tenants
        .iter()
        .position(|t| t.id == id)
        .ok_or_else(|| DErr::entity_not_found("Tenant", id))
}

fn tenant_fields(t: &mut Tenant, b: &Map<String, Value>) -> DResult<()> {
    t.self_provisioning_domains = strings(b, "selfProvisioningDomains")?.unwrap_or_default();
    t.custom_attributes = object(b, "customAttributes")?.unwrap_or_default();
    t.enforce_sso = flag(b, "enforceSSO").unwrap_or(false);
    t.disabled = flag(b, "disabled").unwrap_or(false);
    Ok(())
}

/// `POST /v1/mgmt/tenant/create` `{name, id?, selfProvisioningDomains,
/// customAttributes?, enforceSSO, disabled}` → `{"id"}`.
pub async fn tenant_create(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    answer((|| {
        let b = body(&bytes)?;
        let name = required(&b, "name")?;
        with_state(&app, |d| {
            if d.tenants.iter().any(|t| t.name.eq_ignore_ascii_case(&name)) {
                return Err(DErr::entity_exists("Tenant name", &name));
            }
            let id = match s(&b, "id").filter(|i| !i.is_empty()) {
                Some(id) if d.tenants.iter().any(|t| t.id == id) => {
                    return Err(DErr::entity_exists("Tenant id", &id));
                }
                Some(id) => id,
                None => d.new_id("T"),
            };
            let mut t = Tenant {
                id: id.clone(),
                name,
                created_time: now(),
                ..Tenant::default()
            };
            tenant_fields(&mut t, &b)?;
            d.tenants.push(t);
            ok(json!({ "id": id }))
        })
    })())
}

/// `POST /v1/mgmt/tenant/update`: every field is replaced (the SDKs warn
/// that empty fields override).
pub async fn tenant_update(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    answer((|| {
        let b = body(&bytes)?;
        let id = required(&b, "id")?;
        let name = required(&b, "name")?;
        with_state(&app, |d| {
            let i = tenant_index(d, &id)?;
            if d.tenants
                .iter()
                .any(|t| t.id != id && t.name.eq_ignore_ascii_case(&name))
            {
                return Err(DErr::entity_exists("Tenant name", &name));
            }
            let mut t = d.tenants[i].clone();
            t.name = name.clone();
            tenant_fields(&mut t, &b)?;
            d.tenants[i] = t;
            for u in &mut d.users {
                for ut in &mut u.user_tenants {
                    if ut.tenant_id == id {
                        ut.tenant_name = name.clone();
                    }
                }
            }
            empty()
        })
    })())
}

/// `POST /v1/mgmt/tenant/delete` `{id, cascade}`: the tenant, its roles
/// and every user's membership of it go; with `cascade`, the users who
/// belonged to this tenant alone go too.
pub async fn tenant_delete(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    answer((|| {
        let b = body(&bytes)?;
        let id = required(&b, "id")?;
        let cascade = flag(&b, "cascade").unwrap_or(false);
        with_state(&app, |d| {
            let i = tenant_index(d, &id)?;
            d.tenants.remove(i);
            d.roles.retain(|r| r.tenant_id != id);
            if cascade {
                d.users
                    .retain(|u| !(u.user_tenants.len() == 1 && u.user_tenants[0].tenant_id == id));
            }
            for u in &mut d.users {
                u.user_tenants.retain(|t| t.tenant_id != id);
            }
            d.access_keys
                .iter_mut()
                .for_each(|k| k.key_tenants.retain(|t| t.tenant_id != id));
            empty()
        })
    })())
}

fn id_param(q: &HashMap<String, String>) -> DResult<String> {
    q.get("id")
        .filter(|v| !v.is_empty())
        .cloned()
        .ok_or_else(|| DErr::missing("id"))
}

/// `GET /v1/mgmt/tenant?id=` → the tenant itself.
pub async fn tenant_load(
    State(app): State<Arc<App>>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    answer((|| {
        let id = id_param(&q)?;
        let st = app.state.read().unwrap_or_else(|e| e.into_inner());
        let i = tenant_index(&st.descope, &id)?;
        ok(render_tenant(&st.descope.tenants[i]))
    })())
}

/// `GET /v1/mgmt/tenant/all` → `{"tenants"}`.
pub async fn tenant_all(State(app): State<Arc<App>>) -> Response {
    let st = app.state.read().unwrap_or_else(|e| e.into_inner());
    let tenants: Vec<Value> = st.descope.tenants.iter().map(render_tenant).collect();
    axum::Json(json!({ "tenants": tenants })).into_response()
}

/// `POST /v1/mgmt/tenant/search` `{tenantIds, tenantNames,
/// tenantSelfProvisioningDomains, customAttributes}` → `{"tenants"}`;
/// each filter left out (or null) matches every tenant.
pub async fn tenant_search(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    answer((|| {
        let b = body(&bytes)?;
        let ids = strings(&b, "tenantIds")?.unwrap_or_default();
        let names = strings(&b, "tenantNames")?.unwrap_or_default();
        let domains = strings(&b, "tenantSelfProvisioningDomains")?.unwrap_or_default();
        let attrs = object(&b, "customAttributes")?.unwrap_or_default();
        let st = app.state.read().unwrap_or_else(|e| e.into_inner());
        let tenants: Vec<Value> = st
            .descope
            .tenants
            .iter()
            .filter(|t| ids.is_empty() || ids.contains(&t.id))
            .filter(|t| names.is_empty() || names.iter().any(|n| n.eq_ignore_ascii_case(&t.name)))
            .filter(|t| {
                domains.is_empty()
                    || t.self_provisioning_domains
                        .iter()
                        .any(|d| domains.contains(d))
            })
            .filter(|t| {
                attrs
                    .iter()
                    .all(|(k, v)| t.custom_attributes.get(k) == Some(v))
            })
            .map(render_tenant)
            .collect();
        ok(json!({ "tenants": tenants }))
    })())
}

/// The settings a tenant answers: what was set, over Descope's defaults.
fn settings_of(t: &Tenant) -> Value {
    let mut v = json!({
        "domains": [],
        "selfProvisioningDomains": t.self_provisioning_domains,
        "authType": "none",
        "enabled": false,
        "refreshTokenExpiration": 4,
        "refreshTokenExpirationUnit": "weeks",
        "sessionTokenExpiration": 10,
        "sessionTokenExpirationUnit": "minutes",
        "stepupTokenExpiration": 10,
        "stepupTokenExpirationUnit": "minutes",
        "enableInactivity": false,
        "inactivityTime": 12,
        "inactivityTimeUnit": "hours",
        "JITDisabled": false,
        "enforceSSO": t.enforce_sso,
        "ssoSetupSuiteSettings": {"enabled": false},
    });
    if let Some(m) = v.as_object_mut() {
        for (k, val) in &t.settings {
            m.insert(k.clone(), val.clone());
        }
    }
    v
}

/// `GET /v1/mgmt/tenant/settings?id=`.
pub async fn tenant_settings_load(
    State(app): State<Arc<App>>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    answer((|| {
        let id = id_param(&q)?;
        let st = app.state.read().unwrap_or_else(|e| e.into_inner());
        let i = tenant_index(&st.descope, &id)?;
        ok(settings_of(&st.descope.tenants[i]))
    })())
}

const SETTINGS: &[&str] = &[
    "domains",
    "authType",
    "enabled",
    "refreshTokenExpiration",
    "refreshTokenExpirationUnit",
    "sessionTokenExpiration",
    "sessionTokenExpirationUnit",
    "stepupTokenExpiration",
    "stepupTokenExpirationUnit",
    "enableInactivity",
    "inactivityTime",
    "inactivityTimeUnit",
    "JITDisabled",
    "ssoSetupSuiteSettings",
    "enforceSSOExclusions",
    "federatedAppIds",
];

/// `POST /v1/mgmt/tenant/settings` `{tenantId, selfProvisioningDomains,
/// ...}`: the fields present change (the SDK leaves out the unset ones).
pub async fn tenant_settings_set(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    answer((|| {
        let b = body(&bytes)?;
        let id = required(&b, "tenantId")?;
        with_state(&app, |d| {
            let i = tenant_index(d, &id)?;
            let t = &mut d.tenants[i];
            if let Some(doms) = strings(&b, "selfProvisioningDomains")? {
                t.self_provisioning_domains = doms;
            }
            if let Some(e) = flag(&b, "enforceSSO") {
                t.enforce_sso = e;
            }
            for (k, v) in &b {
                if v.is_null() {
                    continue;
                }
                if !SETTINGS.contains(&k.as_str())
                    && !matches!(
                        k.as_str(),
                        "tenantId" | "selfProvisioningDomains" | "enforceSSO"
                    )
                {
                    return Err(DErr::invalid(format!("Unknown tenant setting {k}")));
                }
                if SETTINGS.contains(&k.as_str()) {
                    t.settings.insert(k.clone(), v.clone());
                }
            }
            empty()
        })
    })())
}

/// `POST /v1/mgmt/tenant/updateDefaultRoles` `{id, defaultRoles}`: project
/// roles, each of which must exist.
pub async fn tenant_default_roles(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    answer((|| {
        let b = body(&bytes)?;
        let id = required(&b, "id")?;
        let roles = strings(&b, "defaultRoles")?.unwrap_or_default();
        with_state(&app, |d| {
            let i = tenant_index(d, &id)?;
            for r in &roles {
                if !d
                    .roles
                    .iter()
                    .any(|x| x.tenant_id.is_empty() && &x.name == r)
                {
                    return Err(DErr::entity_not_found("Role", r));
                }
            }
            d.tenants[i].default_roles = roles;
            empty()
        })
    })())
}

// ---------------------------------------------------------------- roles

fn role_tenant(b: &Map<String, Value>) -> String {
    s(b, "tenantId").unwrap_or_default()
}

/// The role a body names: `id`, else `name` in `tenantId` (or the project).
fn role_index(d: &DescopeState, b: &Map<String, Value>) -> DResult<usize> {
    let tenant = role_tenant(b);
    if let Some(id) = s(b, "id").filter(|i| !i.is_empty()) {
        return d
            .roles
            .iter()
            .position(|r| r.id == id)
            .ok_or_else(|| DErr::entity_not_found("Role", &id));
    }
    let name = required(b, "name")?;
    d.roles
        .iter()
        .position(|r| r.name == name && r.tenant_id == tenant)
        .ok_or_else(|| DErr::entity_not_found("Role", &name))
}

fn check_permissions(d: &DescopeState, names: &[String]) -> DResult<()> {
    for p in names {
        if !d.permissions.iter().any(|x| &x.name == p) {
            return Err(DErr::entity_not_found("Permission", p));
        }
    }
    Ok(())
}

/// `POST /v1/mgmt/role/create` `{name, description, permissionNames,
/// tenantId, default, private}`.
pub async fn role_create(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    answer((|| {
        let b = body(&bytes)?;
        let name = required(&b, "name")?;
        let tenant = role_tenant(&b);
        let perms = strings(&b, "permissionNames")?.unwrap_or_default();
        with_state(&app, |d| {
            if !tenant.is_empty() {
                tenant_index(d, &tenant)?;
            }
            if d.roles
                .iter()
                .any(|r| r.name == name && r.tenant_id == tenant)
            {
                return Err(DErr::entity_exists("Role", &name));
            }
            check_permissions(d, &perms)?;
            let id = d.new_id("RL");
            d.roles.push(Role {
                id,
                name,
                description: s(&b, "description").unwrap_or_default(),
                permission_names: perms,
                created_time: now(),
                tenant_id: tenant,
                default: flag(&b, "default").unwrap_or(false),
                private: flag(&b, "private").unwrap_or(false),
            });
            empty()
        })
    })())
}

/// `POST /v1/mgmt/role/update` `{name | id, newName, description,
/// permissionNames, tenantId, default, private}`: a full replace; a rename
/// follows into every user holding the role.
pub async fn role_update(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    answer((|| {
        let b = body(&bytes)?;
        let new_name = required(&b, "newName")?;
        let perms = strings(&b, "permissionNames")?.unwrap_or_default();
        with_state(&app, |d| {
            let i = role_index(d, &b)?;
            let old = d.roles[i].clone();
            if new_name != old.name
                && d.roles
                    .iter()
                    .any(|r| r.name == new_name && r.tenant_id == old.tenant_id)
            {
                return Err(DErr::entity_exists("Role", &new_name));
            }
            check_permissions(d, &perms)?;
            let r = &mut d.roles[i];
            r.name = new_name.clone();
            r.description = s(&b, "description").unwrap_or_default();
            r.permission_names = perms;
            r.default = flag(&b, "default").unwrap_or(false);
            r.private = flag(&b, "private").unwrap_or(false);
            if new_name != old.name {
                rename_in_users(d, &old.tenant_id, &old.name, Some(&new_name));
            }
            empty()
        })
    })())
}

/// A role renamed (`Some`) or deleted (`None`) in every user holding it.
fn rename_in_users(d: &mut DescopeState, tenant: &str, old: &str, new: Option<&str>) {
    let fix = |list: &mut Vec<String>| {
        if let Some(p) = list.iter().position(|r| r == old) {
            match new {
                Some(n) => list[p] = n.to_string(),
                None => {
                    list.remove(p);
                }
            }
        }
    };
    for u in &mut d.users {
        if tenant.is_empty() {
            fix(&mut u.role_names);
        } else {
            for ut in u.user_tenants.iter_mut().filter(|t| t.tenant_id == tenant) {
                fix(&mut ut.role_names);
            }
        }
    }
    if tenant.is_empty() {
        for t in &mut d.tenants {
            fix(&mut t.default_roles);
        }
    }
}

/// `POST /v1/mgmt/role/delete` `{name | id, tenantId}`.
pub async fn role_delete(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    answer((|| {
        let b = body(&bytes)?;
        with_state(&app, |d| {
            let i = role_index(d, &b)?;
            let r = d.roles.remove(i);
            rename_in_users(d, &r.tenant_id, &r.name, None);
            empty()
        })
    })())
}

/// `GET /v1/mgmt/role/all` → `{"roles"}`: project and tenant roles.
pub async fn role_all(State(app): State<Arc<App>>) -> Response {
    let st = app.state.read().unwrap_or_else(|e| e.into_inner());
    axum::Json(json!({ "roles": st.descope.roles })).into_response()
}

/// `POST /v1/mgmt/role/search` `{tenantIds, roleNames, roleNameLike,
/// permissionNames, includeProjectRoles, roleIds}` → `{"roles"}`. With
/// `tenantIds`, the roles of those tenants (and the project's when
/// `includeProjectRoles`); without, every role.
pub async fn role_search(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    answer((|| {
        let b = body(&bytes)?;
        let tenants = strings(&b, "tenantIds")?.unwrap_or_default();
        let names = strings(&b, "roleNames")?.unwrap_or_default();
        let like = s(&b, "roleNameLike").map(|l| l.to_lowercase());
        let perms = strings(&b, "permissionNames")?.unwrap_or_default();
        let ids = strings(&b, "roleIds")?.unwrap_or_default();
        let with_project = flag(&b, "includeProjectRoles").unwrap_or(false);
        let st = app.state.read().unwrap_or_else(|e| e.into_inner());
        let roles: Vec<&Role> = st
            .descope
            .roles
            .iter()
            .filter(|r| {
                tenants.is_empty()
                    || tenants.contains(&r.tenant_id)
                    || (with_project && r.tenant_id.is_empty())
            })
            .filter(|r| names.is_empty() || names.contains(&r.name))
            .filter(|r| {
                like.as_ref()
                    .is_none_or(|l| r.name.to_lowercase().contains(l.as_str()))
            })
            .filter(|r| perms.is_empty() || r.permission_names.iter().any(|p| perms.contains(p)))
            .filter(|r| ids.is_empty() || ids.contains(&r.id))
            .collect();
        ok(json!({ "roles": roles }))
    })())
}

// ---------------------------------------------------------------- permissions

fn permission_index(d: &DescopeState, b: &Map<String, Value>) -> DResult<usize> {
    if let Some(id) = s(b, "id").filter(|i| !i.is_empty()) {
        return d
            .permissions
            .iter()
            .position(|p| p.id == id)
            .ok_or_else(|| DErr::entity_not_found("Permission", &id));
    }
    let name = required(b, "name")?;
    d.permissions
        .iter()
        .position(|p| p.name == name)
        .ok_or_else(|| DErr::entity_not_found("Permission", &name))
}

/// `POST /v1/mgmt/permission/create` `{name, description}`.
pub async fn permission_create(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    answer((|| {
        let b = body(&bytes)?;
        let name = required(&b, "name")?;
        with_state(&app, |d| {
            if d.permissions.iter().any(|p| p.name == name) {
                return Err(DErr::entity_exists("Permission", &name));
            }
            let id = d.new_id("PR");
            d.permissions.push(Permission {
                id,
                name,
                description: s(&b, "description").unwrap_or_default(),
                system_default: false,
            });
            empty()
        })
    })())
}

/// `POST /v1/mgmt/permission/update` `{name | id, newName, description}`:
/// a rename follows into every role granting it.
pub async fn permission_update(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    answer((|| {
        let b = body(&bytes)?;
        let new_name = required(&b, "newName")?;
        with_state(&app, |d| {
            let i = permission_index(d, &b)?;
            let old = d.permissions[i].name.clone();
            if new_name != old && d.permissions.iter().any(|p| p.name == new_name) {
                return Err(DErr::entity_exists("Permission", &new_name));
            }
            d.permissions[i].name = new_name.clone();
            d.permissions[i].description = s(&b, "description").unwrap_or_default();
            for r in &mut d.roles {
                for p in &mut r.permission_names {
                    if *p == old {
                        *p = new_name.clone();
                    }
                }
            }
            empty()
        })
    })())
}

/// `POST /v1/mgmt/permission/delete` `{name | id}`: roles stop granting it.
pub async fn permission_delete(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    answer((|| {
        let b = body(&bytes)?;
        with_state(&app, |d| {
            let i = permission_index(d, &b)?;
            let p = d.permissions.remove(i);
            for r in &mut d.roles {
                r.permission_names.retain(|x| *x != p.name);
            }
            empty()
        })
    })())
}

/// `GET /v1/mgmt/permission/all` → `{"permissions"}`.
pub async fn permission_all(State(app): State<Arc<App>>) -> Response {
    let st = app.state.read().unwrap_or_else(|e| e.into_inner());
    axum::Json(json!({ "permissions": st.descope.permissions })).into_response()
}
