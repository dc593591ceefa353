//! `/groups`: list, get, create, patch, delete, members and app roles.

use std::sync::Arc;

use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use serde::Deserialize;
use serde_json::json;
use uuid::Uuid;

use super::model::{Group, OdcState};
use super::render;
use super::users::{USER_SORTS, UserFilter, parse_embed, sort_users};
use crate::App;
use crate::paging::Params;
use crate::problem::{self, ApiResult, Json, Problem};

pub fn group_not_found(key: Uuid) -> Problem {
    Problem::not_found(format!("Group {key} was not found.")).code("GroupNotFound")
}

fn find(st: &OdcState, key: Uuid) -> ApiResult<&Group> {
    st.group(key).ok_or_else(|| group_not_found(key))
}

fn find_mut(st: &mut OdcState, key: Uuid) -> ApiResult<&mut Group> {
    st.groups
        .iter_mut()
        .find(|g| g.key == key)
        .ok_or_else(|| group_not_found(key))
}

pub async fn list(State(app): State<Arc<App>>, RawQuery(raw): RawQuery) -> ApiResult<Response> {
    let q = Params::parse(raw.as_deref());
    let win = q.window()?;
    let envs = q.uuids(&["environmentKey", "environmentKeys"])?;
    let portfolios = q.uuids(&["portfolioKeys"])?;
    let idp = q.uuid("identityProviderKey")?;
    let contains = q.contains("nameContains");
    let guard = app.state.read().unwrap_or_else(|e| e.into_inner());
    let st = &guard.odc;
    let pk = st.portfolio_key();
    let mut hits: Vec<&Group> = st
        .groups
        .iter()
        .filter(|g| {
            contains
                .as_ref()
                .is_none_or(|c| g.name.to_lowercase().contains(c))
        })
        .filter(|g| envs.is_empty() || envs.contains(&g.environment_key))
        .filter(|_| portfolios.is_empty() || portfolios.contains(&pk))
        .filter(|g| idp.is_none_or(|i| g.claim_mappings.iter().any(|m| m.provider_key == i)))
        .collect();
    hits.sort_by_cached_key(|g| (g.name.to_lowercase(), g.key));
    Ok(axum::Json(win.page(&hits, |g| render::group(st, g))).into_response())
}

pub async fn get_one(State(app): State<Arc<App>>, Path(key): Path<String>) -> ApiResult<Response> {
    let key = problem::key(&key, "group")?;
    let guard = app.state.read().unwrap_or_else(|e| e.into_inner());
    let st = &guard.odc;
    Ok(axum::Json(render::group(st, find(st, key)?)).into_response())
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateGroup {
    name: Option<String>,
    description: Option<String>,
    environment_key: Option<Uuid>,
    application_role_keys: Option<Vec<Uuid>>,
    user_keys: Option<Vec<Uuid>>,
}

pub async fn create(
    State(app): State<Arc<App>>,
    Json(req): Json<CreateGroup>,
) -> ApiResult<Response> {
    let name = req.name.as_deref().map(str::trim).unwrap_or("");
    if name.is_empty() {
        return Err(Problem::bad_request("The field 'name' is required."));
    }
    let env = req
        .environment_key
        .ok_or_else(|| Problem::bad_request("The field 'environmentKey' is required."))?;
    let mut guard = app.state.write().unwrap_or_else(|e| e.into_inner());
    let st = &mut guard.odc;
    if st.environment(env).is_none() {
        return Err(Problem::bad_request(format!(
            "Environment {env} does not exist."
        )));
    }
    if st
        .groups
        .iter()
        .any(|g| g.environment_key == env && g.name.eq_ignore_ascii_case(name))
    {
        return Err(Problem::bad_request(format!(
            "A group named '{name}' already exists in this environment."
        ))
        .code("GroupAlreadyExists"));
    }
    let roles = req.application_role_keys.clone().unwrap_or_default();
    check_roles_in_env(st, &roles, env)?;
    let users = req.user_keys.clone().unwrap_or_default();
    check_users(st, &users)?;
    let key = Uuid::new_v4();
    st.groups.push(Group {
        key,
        name: name.to_string(),
        description: req.description.clone(),
        environment_key: env,
        updated_at: Utc::now(),
        members: users.into_iter().collect(),
        app_roles: roles.into_iter().collect(),
        claim_mappings: Vec::new(),
    });
    Ok((StatusCode::CREATED, axum::Json(json!({ "key": key }))).into_response())
}

fn check_roles_in_env(st: &OdcState, roles: &[Uuid], env: Uuid) -> ApiResult<()> {
    for r in roles {
        match st.app_role(*r) {
            None => {
                return Err(
                    Problem::bad_request(format!("Application role {r} does not exist."))
                        .code("ApplicationRoleNotFound"),
                );
            }
            Some(role) if role.environment_key != env => {
                return Err(Problem::bad_request(format!(
                    "Application role {r} belongs to another environment than the group."
                )));
            }
            Some(_) => {}
        }
    }
    Ok(())
}

fn check_users(st: &OdcState, users: &[Uuid]) -> ApiResult<()> {
    match users.iter().find(|u| st.user(**u).is_none()) {
        Some(u) => {
            Err(Problem::bad_request(format!("User {u} does not exist.")).code("UserNotFound"))
        }
        None => Ok(()),
    }
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PatchGroup {
    name: Option<String>,
    description: Option<String>,
}

pub async fn patch(
    State(app): State<Arc<App>>,
    Path(key): Path<String>,
    super::OptJson(req): super::OptJson<PatchGroup>,
) -> ApiResult<Response> {
    let key = problem::key(&key, "group")?;
    if req.name.as_deref().is_some_and(|n| n.trim().is_empty()) {
        return Err(Problem::bad_request("The field 'name' cannot be empty."));
    }
    let mut guard = app.state.write().unwrap_or_else(|e| e.into_inner());
    let st = &mut guard.odc;
    let env = find(st, key)?.environment_key;
    if let Some(n) = &req.name
        && st.groups.iter().any(|g| {
            g.key != key && g.environment_key == env && g.name.eq_ignore_ascii_case(n.trim())
        })
    {
        return Err(Problem::bad_request(format!(
            "A group named '{}' already exists in this environment.",
            n.trim()
        ))
        .code("GroupAlreadyExists"));
    }
    let g = find_mut(st, key)?;
    if let Some(n) = &req.name {
        g.name = n.trim().to_string();
    }
    if let Some(d) = &req.description {
        g.description = Some(d.clone());
    }
    g.updated_at = Utc::now();
    Ok(StatusCode::NO_CONTENT.into_response())
}

pub async fn delete(State(app): State<Arc<App>>, Path(key): Path<String>) -> ApiResult<Response> {
    let key = problem::key(&key, "group")?;
    let mut guard = app.state.write().unwrap_or_else(|e| e.into_inner());
    let st = &mut guard.odc;
    find(st, key)?;
    st.groups.retain(|g| g.key != key);
    Ok(StatusCode::NO_CONTENT.into_response())
}

pub async fn users(
    State(app): State<Arc<App>>,
    Path(key): Path<String>,
    RawQuery(raw): RawQuery,
) -> ApiResult<Response> {
    let key = problem::key(&key, "group")?;
    let q = Params::parse(raw.as_deref());
    let win = q.window()?;
    let (sort, desc) = q.sort(USER_SORTS, "name")?;
    let embed = parse_embed(&q)?;
    let guard = app.state.read().unwrap_or_else(|e| e.into_inner());
    let st = &guard.odc;
    let g = find(st, key)?;
    let mut filter = UserFilter::parse(st, &q)?;
    if let Some(u) = q.uuid("userKey")? {
        filter.only_key(u);
    }
    let mapped_only = q
        .get("membershipType")
        .is_some_and(|m| m.eq_ignore_ascii_case("Mapped"));
    let mut hits: Vec<_> = g
        .members
        .iter()
        .filter(|_| !mapped_only)
        .filter_map(|k| st.user(*k))
        .filter(|u| filter.matches(st, u))
        .collect();
    hits.sort_by_cached_key(|u| u.order_key());
    sort_users(&mut hits, &sort, desc);
    Ok(axum::Json(win.page(
        &hits,
        |u| json!({ "membershipTypes": ["Assigned"], "user": render::short_user(st, u, embed) }),
    ))
    .into_response())
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PatchMembers {
    user_keys_to_add: Option<Vec<Uuid>>,
    user_keys_to_remove: Option<Vec<Uuid>>,
}

pub async fn patch_users(
    State(app): State<Arc<App>>,
    Path(key): Path<String>,
    super::OptJson(req): super::OptJson<PatchMembers>,
) -> ApiResult<Response> {
    let key = problem::key(&key, "group")?;
    let add = req.user_keys_to_add.unwrap_or_default();
    let remove = req.user_keys_to_remove.unwrap_or_default();
    let mut guard = app.state.write().unwrap_or_else(|e| e.into_inner());
    let st = &mut guard.odc;
    find(st, key)?;
    check_users(st, &add)?;
    let g = find_mut(st, key)?;
    for u in &remove {
        g.members.remove(u);
    }
    g.members.extend(add);
    g.updated_at = Utc::now();
    Ok(StatusCode::OK.into_response())
}

pub async fn app_roles(
    State(app): State<Arc<App>>,
    Path(key): Path<String>,
    RawQuery(raw): RawQuery,
) -> ApiResult<Response> {
    let key = problem::key(&key, "group")?;
    let q = Params::parse(raw.as_deref());
    let win = q.window()?;
    let asset = q.uuid("assetKey")?;
    let only = q.uuids(&["applicationRoleKey", "applicationRoleKeys"])?;
    let contains = q.contains("nameContains");
    let guard = app.state.read().unwrap_or_else(|e| e.into_inner());
    let st = &guard.odc;
    let g = find(st, key)?;
    let mut hits: Vec<_> = st
        .app_roles
        .iter()
        .filter(|r| g.app_roles.contains(&r.key))
        .filter(|r| asset.is_none_or(|a| a == r.asset_key))
        .filter(|r| only.is_empty() || only.contains(&r.key))
        .filter(|r| {
            contains
                .as_ref()
                .is_none_or(|c| r.name.to_lowercase().contains(c))
        })
        .collect();
    super::roles::app_role_sort(&q, &["name", "assetKey"], &mut hits)?;
    Ok(axum::Json(win.page(&hits, |r| render::app_role(st, r))).into_response())
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PatchGroupRoles {
    application_role_keys_to_add: Option<Vec<Uuid>>,
    application_role_keys_to_remove: Option<Vec<Uuid>>,
}

pub async fn patch_app_roles(
    State(app): State<Arc<App>>,
    Path(key): Path<String>,
    super::OptJson(req): super::OptJson<PatchGroupRoles>,
) -> ApiResult<Response> {
    let key = problem::key(&key, "group")?;
    let add = req.application_role_keys_to_add.unwrap_or_default();
    let remove = req.application_role_keys_to_remove.unwrap_or_default();
    let mut guard = app.state.write().unwrap_or_else(|e| e.into_inner());
    let st = &mut guard.odc;
    let env = find(st, key)?.environment_key;
    check_roles_in_env(st, &add, env)?;
    let g = find_mut(st, key)?;
    for r in &remove {
        g.app_roles.remove(r);
    }
    g.app_roles.extend(add);
    g.updated_at = Utc::now();
    Ok(StatusCode::OK.into_response())
}

/// `DELETE /groups/{key}/claim-mappings/{mappingKey}`: 204, or 404 when
/// the group or the mapping does not exist.
pub async fn delete_claim_mapping(
    State(app): State<Arc<App>>,
    Path((key, mapping)): Path<(String, String)>,
) -> ApiResult<Response> {
    let key = problem::key(&key, "group")?;
    let mapping = problem::key(&mapping, "claim mapping")?;
    let mut guard = app.state.write().unwrap_or_else(|e| e.into_inner());
    let g = find_mut(&mut guard.odc, key)?;
    let before = g.claim_mappings.len();
    g.claim_mappings.retain(|m| m.key != mapping);
    if g.claim_mappings.len() == before {
        return Err(Problem::not_found(format!(
            "Claim mapping {mapping} was not found in group {key}."
        ))
        .code("GroupIdpClaimMappingNotFound"));
    }
    g.updated_at = Utc::now();
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// Seeded claim mappings: every "Support" group maps the built-in
/// provider's `groups` claim (comma-separated) holding `support-<stage>`.
/// Keys come from their own fixed seed, so the world's other keys do not
/// move.
pub fn seed_claim_mappings(st: &mut OdcState) {
    use rand::rngs::StdRng;
    use rand::{Rng, SeedableRng};
    let mut rng = StdRng::seed_from_u64(0xc1a1_3a95);
    let Some(provider) = st.identity_providers.first().map(|p| (p.key, p.updated_at)) else {
        return;
    };
    let envs: Vec<(Uuid, String)> = st
        .environments
        .iter()
        .map(|e| (e.key, e.name.to_lowercase()))
        .collect();
    for g in st.groups.iter_mut().filter(|g| g.name == "Support") {
        let stage = envs
            .iter()
            .find(|(k, _)| *k == g.environment_key)
            .map(|(_, n)| n.clone())
            .unwrap_or_default();
        g.claim_mappings.push(super::model::ClaimMapping {
            key: uuid::Builder::from_random_bytes(rng.random()).into_uuid(),
            provider_key: provider.0,
            name: "groups".into(),
            value: format!("support-{stage}"),
            value_delimiter: Some(",".into()),
            updated_at: provider.1,
        });
    }
}
