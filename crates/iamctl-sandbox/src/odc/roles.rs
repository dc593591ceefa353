//! Application roles (end-user roles of one app in one stage) and
//! organization roles, their users, and grants to a user.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;
use uuid::Uuid;

use super::model::{OdcState, OrgRole, OrgRolePermission, User};
use super::render;
use super::users::{USER_SORTS, UserFilter, parse_embed, sort_users, user_not_found};
use crate::App;
use crate::paging::Params;
use crate::problem::{self, ApiResult, Json, Problem};

fn app_role_not_found(key: Uuid) -> Problem {
    Problem::not_found(format!("Application role {key} was not found."))
        .code("ApplicationRoleNotFound")
}
fn org_role_not_found(key: Uuid) -> Problem {
    Problem::not_found(format!("Organization role {key} was not found."))
        .code("OrganizationRoleNotFound")
}

/// Role lists sort by name only (`sort=name` / `-name`).
fn name_sort(q: &Params) -> ApiResult<bool> {
    Ok(q.sort(&["name"], "name")?.1)
}

/// Application-role lists sort by `allowed` (name, environmentKey,
/// assetKey, as each operation's spec lists), ties broken by name, key.
pub fn app_role_sort(
    q: &Params,
    allowed: &[&str],
    roles: &mut [&super::model::AppRole],
) -> ApiResult<()> {
    let (field, desc) = q.sort(allowed, "name")?;
    roles.sort_by_cached_key(|r| {
        let first = match field.as_str() {
            "environmentKey" => r.environment_key.to_string(),
            "assetKey" | "assetkey" => r.asset_key.to_string(),
            _ => String::new(),
        };
        (first, r.name.to_lowercase(), r.key)
    });
    if desc {
        roles.reverse();
    }
    Ok(())
}

/// `key=` with no value: the spec types `key` as a UUID.
pub fn no_empty_key(q: &Params) -> ApiResult<()> {
    if q.get("key").is_some_and(|k| k.trim().is_empty()) {
        return Err(Problem::bad_request("Parameter 'key' needs a value."));
    }
    Ok(())
}

pub async fn list_app_roles(
    State(app): State<Arc<App>>,
    RawQuery(raw): RawQuery,
) -> ApiResult<Response> {
    let q = Params::parse(raw.as_deref());
    let win = q.window()?;
    no_empty_key(&q)?;
    let keys = q.uuids(&["key"])?;
    let asset = q.uuid("assetKey")?;
    let envs = q.uuids(&["environmentKey", "environmentKeys"])?;
    let portfolios = q.uuids(&["portfolioKeys"])?;
    let contains = q.contains("nameContains");
    let guard = app.state.read().unwrap_or_else(|e| e.into_inner());
    let st = &guard.odc;
    let pk = st.portfolio_key();
    let mut hits: Vec<_> = st
        .app_roles
        .iter()
        .filter(|r| keys.is_empty() || keys.contains(&r.key))
        .filter(|r| asset.is_none_or(|a| a == r.asset_key))
        .filter(|r| envs.is_empty() || envs.contains(&r.environment_key))
        .filter(|_| portfolios.is_empty() || portfolios.contains(&pk))
        .filter(|r| {
            contains
                .as_ref()
                .is_none_or(|c| r.name.to_lowercase().contains(c))
        })
        .collect();
    app_role_sort(&q, &["name", "environmentKey", "assetKey"], &mut hits)?;
    Ok(axum::Json(win.page(&hits, |r| render::app_role(st, r))).into_response())
}

/// A page of users for the "users of role X" lists.
fn role_users(st: &OdcState, q: &Params, mut users: Vec<&User>) -> ApiResult<Response> {
    let win = q.window()?;
    let (sort, desc) = q.sort(USER_SORTS, "name")?;
    let embed = parse_embed(q)?;
    let mut filter = UserFilter::parse_names(q);
    if let Some(u) = q.uuid("userKey")? {
        filter.only_key(u);
    }
    let since = q.date("lastLoginAtSince")?;
    let to = q.date("lastLoginAtTo")?;
    users.retain(|u| {
        filter.matches(st, u)
            && since.is_none_or(|s| u.last_login_at.is_some_and(|t| t >= s))
            && to.is_none_or(|s| u.last_login_at.is_some_and(|t| t <= s))
    });
    sort_users(&mut users, &sort, desc);
    Ok(axum::Json(win.page(&users, |u| render::short_user(st, u, embed))).into_response())
}

pub async fn app_role_users(
    State(app): State<Arc<App>>,
    Path(key): Path<String>,
    RawQuery(raw): RawQuery,
) -> ApiResult<Response> {
    let key = problem::key(&key, "application role")?;
    let q = Params::parse(raw.as_deref());
    let guard = app.state.read().unwrap_or_else(|e| e.into_inner());
    let st = &guard.odc;
    st.app_role(key).ok_or_else(|| app_role_not_found(key))?;
    let via: std::collections::HashSet<Uuid> = st
        .groups
        .iter()
        .filter(|g| g.app_roles.contains(&key))
        .flat_map(|g| g.members.iter().copied())
        .collect();
    let users = st
        .users
        .iter()
        .filter(|u| u.app_roles.contains(&key) || via.contains(&u.key))
        .collect();
    role_users(st, &q, users)
}

pub async fn user_app_roles(
    State(app): State<Arc<App>>,
    Path(key): Path<String>,
    RawQuery(raw): RawQuery,
) -> ApiResult<Response> {
    let key = problem::key(&key, "user")?;
    let q = Params::parse(raw.as_deref());
    let win = q.window()?;
    let (field, desc) = q.sort(&["name", "environmentKey", "assetKey"], "name")?;
    let contains = q.contains("nameContains");
    let assets = q.uuids(&["assetKey", "assetKeys"])?;
    let envs = q.uuids(&["environmentKey", "environmentKeys"])?;
    let groups = q.uuids(&["groupKeys"])?;
    let only = q.uuids(&["applicationRoleKeys"])?;
    let mut sources = Vec::new();
    for s in q.list("assignmentSources") {
        match ["Direct", "GroupAssigned", "GroupMapped"]
            .iter()
            .find(|v| v.eq_ignore_ascii_case(s))
        {
            Some(v) => sources.push(*v),
            None => {
                return Err(Problem::bad_request(format!(
                    "Parameter 'assignmentSources' accepts Direct, GroupAssigned, GroupMapped; got '{s}'."
                )));
            }
        }
    }
    // The spec: "Empty or omitted defaults to Direct".
    if sources.is_empty() {
        sources.push("Direct");
    }
    let guard = app.state.read().unwrap_or_else(|e| e.into_inner());
    let st = &guard.odc;
    let u = st.user(key).ok_or_else(|| user_not_found(key))?;
    let mut hits: Vec<_> = st
        .effective_app_roles(u)
        .into_iter()
        .filter(|(r, _, _)| {
            contains
                .as_ref()
                .is_none_or(|c| r.name.to_lowercase().contains(c))
        })
        .filter(|(r, _, _)| assets.is_empty() || assets.contains(&r.asset_key))
        .filter(|(r, _, _)| envs.is_empty() || envs.contains(&r.environment_key))
        .filter(|(r, _, _)| only.is_empty() || only.contains(&r.key))
        .filter(|(_, _, via)| groups.is_empty() || via.iter().any(|g| groups.contains(&g.key)))
        .filter(|(_, direct, via)| {
            (*direct && sources.contains(&"Direct"))
                || (!via.is_empty() && sources.contains(&"GroupAssigned"))
        })
        .collect();
    hits.sort_by_cached_key(|(r, _, _)| {
        let first = match field.as_str() {
            "environmentKey" => r.environment_key.to_string(),
            "assetKey" => r.asset_key.to_string(),
            _ => String::new(),
        };
        (first, r.name.to_lowercase(), r.key)
    });
    if desc {
        hits.reverse();
    }
    Ok(axum::Json(win.page(&hits, |x| render::user_app_role(st, x))).into_response())
}

fn user_and_role(raw: &(String, String)) -> ApiResult<(Uuid, Uuid)> {
    Ok((problem::key(&raw.0, "user")?, problem::key(&raw.1, "role")?))
}

pub async fn grant_app_role(
    State(app): State<Arc<App>>,
    Path(raw): Path<(String, String)>,
) -> ApiResult<Response> {
    let (user, role) = user_and_role(&raw)?;
    let mut guard = app.state.write().unwrap_or_else(|e| e.into_inner());
    let st = &mut guard.odc;
    st.app_role(role).ok_or_else(|| app_role_not_found(role))?;
    let u = st.user_mut(user).ok_or_else(|| user_not_found(user))?;
    // Granting a role the user already holds is not an error: it is the
    // state the caller asked for.
    u.app_roles.insert(role);
    Ok(StatusCode::CREATED.into_response())
}

pub async fn revoke_app_role(
    State(app): State<Arc<App>>,
    Path(raw): Path<(String, String)>,
) -> ApiResult<Response> {
    let (user, role) = user_and_role(&raw)?;
    let mut guard = app.state.write().unwrap_or_else(|e| e.into_inner());
    let st = &mut guard.odc;
    st.app_role(role).ok_or_else(|| app_role_not_found(role))?;
    let u = st.user_mut(user).ok_or_else(|| user_not_found(user))?;
    if !u.app_roles.remove(&role) {
        return Err(Problem::not_found(format!(
            "User {user} has no direct grant of application role {role}."
        ))
        .code("RoleAssignmentNotFound"));
    }
    Ok(StatusCode::NO_CONTENT.into_response())
}

// ---- organization roles ----

pub async fn list_org_roles(
    State(app): State<Arc<App>>,
    RawQuery(raw): RawQuery,
) -> ApiResult<Response> {
    let q = Params::parse(raw.as_deref());
    let win = q.window()?;
    let desc = name_sort(&q)?;
    let only = q.uuids(&["roleKey"])?;
    let contains = q.contains("nameContains");
    let guard = app.state.read().unwrap_or_else(|e| e.into_inner());
    let st = &guard.odc;
    let mut hits: Vec<_> = st
        .org_roles
        .iter()
        .filter(|r| only.is_empty() || only.contains(&r.key))
        .filter(|r| {
            contains
                .as_ref()
                .is_none_or(|c| r.name.to_lowercase().contains(c))
        })
        .collect();
    hits.sort_by_cached_key(|r| (r.name.to_lowercase(), r.key));
    if desc {
        hits.reverse();
    }
    Ok(axum::Json(win.page(&hits, |r| render::org_role(r))).into_response())
}

pub async fn get_org_role(
    State(app): State<Arc<App>>,
    Path(key): Path<String>,
) -> ApiResult<Response> {
    let key = problem::key(&key, "organization role")?;
    let guard = app.state.read().unwrap_or_else(|e| e.into_inner());
    let r = guard
        .odc
        .org_role(key)
        .ok_or_else(|| org_role_not_found(key))?;
    Ok(axum::Json(render::org_role(r)).into_response())
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PermissionIn {
    permission_key: Uuid,
    environment_keys: Option<Vec<Uuid>>,
    portfolio_keys: Option<Vec<Uuid>>,
    claim_name: Option<String>,
    name: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct OrgRoleIn {
    name: Option<String>,
    permissions: Option<Vec<PermissionIn>>,
}

/// The role's permissions as given; a permission of the catalog gets its
/// name and claim when the request leaves them out.
fn permissions(p: Option<Vec<PermissionIn>>) -> Option<Vec<OrgRolePermission>> {
    let catalog = super::permissions::catalog();
    p.map(|v| {
        v.into_iter()
            .map(|p| {
                let known = catalog.iter().find(|c| c.key == p.permission_key);
                OrgRolePermission {
                    permission_key: p.permission_key,
                    environment_keys: p.environment_keys,
                    portfolio_keys: p.portfolio_keys,
                    claim_name: p
                        .claim_name
                        .or_else(|| known.map(super::permissions::claim_name)),
                    name: p.name.or_else(|| known.map(|c| c.name.to_string())),
                }
            })
            .collect()
    })
}

fn name_taken(st: &OdcState, name: &str, except: Option<Uuid>) -> ApiResult<()> {
    if st
        .org_roles
        .iter()
        .any(|r| Some(r.key) != except && r.name.eq_ignore_ascii_case(name))
    {
        return Err(Problem::conflict(format!(
            "An organization role named '{name}' already exists."
        ))
        .code("OrganizationRoleAlreadyExists"));
    }
    Ok(())
}

pub async fn create_org_role(
    State(app): State<Arc<App>>,
    Json(req): Json<OrgRoleIn>,
) -> ApiResult<Response> {
    let name = req.name.as_deref().map(str::trim).unwrap_or("").to_string();
    if name.is_empty() {
        return Err(Problem::bad_request("The field 'name' is required."));
    }
    let mut guard = app.state.write().unwrap_or_else(|e| e.into_inner());
    let st = &mut guard.odc;
    name_taken(st, &name, None)?;
    let key = Uuid::new_v4();
    st.org_roles.push(OrgRole {
        key,
        name,
        permissions: permissions(req.permissions).unwrap_or_default(),
        is_read_only: false,
    });
    Ok((
        StatusCode::CREATED,
        axum::Json(json!({ "orgRoleKey": key })),
    )
        .into_response())
}

fn writable(st: &mut OdcState, key: Uuid) -> ApiResult<&mut OrgRole> {
    let r = st
        .org_roles
        .iter_mut()
        .find(|r| r.key == key)
        .ok_or_else(|| org_role_not_found(key))?;
    if r.is_read_only {
        return Err(Problem::bad_request(format!(
            "Organization role '{}' is built in and cannot be changed.",
            r.name
        ))
        .code("OrganizationRoleReadOnly"));
    }
    Ok(r)
}

pub async fn patch_org_role(
    State(app): State<Arc<App>>,
    Path(key): Path<String>,
    super::OptJson(req): super::OptJson<OrgRoleIn>,
) -> ApiResult<Response> {
    let key = problem::key(&key, "organization role")?;
    let mut guard = app.state.write().unwrap_or_else(|e| e.into_inner());
    let st = &mut guard.odc;
    writable(st, key)?;
    let name = req.name.as_deref().map(str::trim).filter(|n| !n.is_empty());
    if let Some(n) = name {
        name_taken(st, n, Some(key))?;
    }
    let r = writable(st, key)?;
    if let Some(n) = name {
        r.name = n.to_string();
    }
    if let Some(p) = permissions(req.permissions) {
        r.permissions = p;
    }
    Ok(StatusCode::NO_CONTENT.into_response())
}

pub async fn delete_org_role(
    State(app): State<Arc<App>>,
    Path(key): Path<String>,
) -> ApiResult<Response> {
    let key = problem::key(&key, "organization role")?;
    let mut guard = app.state.write().unwrap_or_else(|e| e.into_inner());
    let st = &mut guard.odc;
    writable(st, key)?;
    st.org_roles.retain(|r| r.key != key);
    for u in &mut st.users {
        u.org_roles.remove(&key);
    }
    Ok(StatusCode::NO_CONTENT.into_response())
}

pub async fn org_role_users(
    State(app): State<Arc<App>>,
    Path(key): Path<String>,
    RawQuery(raw): RawQuery,
) -> ApiResult<Response> {
    let key = problem::key(&key, "organization role")?;
    let q = Params::parse(raw.as_deref());
    let guard = app.state.read().unwrap_or_else(|e| e.into_inner());
    let st = &guard.odc;
    st.org_role(key).ok_or_else(|| org_role_not_found(key))?;
    let users = st
        .users
        .iter()
        .filter(|u| u.org_roles.contains(&key))
        .collect();
    role_users(st, &q, users)
}

pub async fn user_org_roles(
    State(app): State<Arc<App>>,
    Path(key): Path<String>,
    RawQuery(raw): RawQuery,
) -> ApiResult<Response> {
    let key = problem::key(&key, "user")?;
    let q = Params::parse(raw.as_deref());
    let win = q.window()?;
    for s in q.list("scopes") {
        if !["Organization", "Asset"]
            .iter()
            .any(|v| v.eq_ignore_ascii_case(s))
        {
            return Err(Problem::bad_request(format!(
                "Parameter 'scopes' accepts Organization and Asset; got '{s}'."
            )));
        }
    }
    q.uuids(&["assetKeys"])?;
    let asset_only = !q.list("scopes").is_empty()
        && q.list("scopes")
            .iter()
            .all(|s| s.eq_ignore_ascii_case("Asset"));
    let guard = app.state.read().unwrap_or_else(|e| e.into_inner());
    let st = &guard.odc;
    let u = st.user(key).ok_or_else(|| user_not_found(key))?;
    // Sandbox grants are organization-wide; none is scoped to an asset.
    let mut hits: Vec<_> = st
        .org_roles
        .iter()
        .filter(|r| u.org_roles.contains(&r.key))
        .filter(|_| !asset_only)
        .collect();
    hits.sort_by_cached_key(|r| (r.name.to_lowercase(), r.key));
    Ok(axum::Json(win.page(&hits, |r| json!({ "key": r.key, "name": r.name }))).into_response())
}

/// The grant/revoke bodies are optional; when present they must be JSON.
fn optional_body(body: &Bytes) -> ApiResult<()> {
    if body.iter().all(|b| b.is_ascii_whitespace()) {
        return Ok(());
    }
    serde_json::from_slice::<serde_json::Value>(body)
        .map(|_| ())
        .map_err(|e| Problem::bad_request(format!("The request body is invalid: {e}")))
}

pub async fn grant_org_role(
    State(app): State<Arc<App>>,
    Path(raw): Path<(String, String)>,
    body: Bytes,
) -> ApiResult<Response> {
    let (user, role) = user_and_role(&raw)?;
    optional_body(&body)?;
    let mut guard = app.state.write().unwrap_or_else(|e| e.into_inner());
    let st = &mut guard.odc;
    st.org_role(role).ok_or_else(|| org_role_not_found(role))?;
    let u = st.user_mut(user).ok_or_else(|| user_not_found(user))?;
    u.org_roles.insert(role);
    Ok(StatusCode::CREATED.into_response())
}

pub async fn revoke_org_role(
    State(app): State<Arc<App>>,
    Path(raw): Path<(String, String)>,
    body: Bytes,
) -> ApiResult<Response> {
    let (user, role) = user_and_role(&raw)?;
    optional_body(&body)?;
    let mut guard = app.state.write().unwrap_or_else(|e| e.into_inner());
    let st = &mut guard.odc;
    st.org_role(role).ok_or_else(|| org_role_not_found(role))?;
    let u = st.user_mut(user).ok_or_else(|| user_not_found(user))?;
    if !u.org_roles.remove(&role) {
        return Err(Problem::not_found(format!(
            "User {user} does not hold organization role {role}."
        ))
        .code("RoleAssignmentNotFound"));
    }
    Ok(StatusCode::NO_CONTENT.into_response())
}
