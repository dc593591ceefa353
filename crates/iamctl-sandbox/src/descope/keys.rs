//! `/v1/mgmt/accesskey/...` (the SDKs' `access_key.py`): create answers
//! `{key, cleartext}` once; load, search, update, activate, deactivate,
//! delete (and their batch forms), rotate. The sandbox keeps no secret of a
//! key: a cleartext exists only in the answer that minted it.

use std::collections::HashMap;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use rand::Rng;
use serde_json::{Map, Value, json};

use super::handler::{answer, body, s, strings, with_state};
use super::model::{AccessKey, DescopeState, KeyTenant};
use super::{DErr, DResult};
use crate::App;

fn key_index(d: &DescopeState, id: &str) -> DResult<usize> {
    d.access_keys
        .iter()
        .position(|k| k.id == id)
        .ok_or_else(|| DErr::entity_not_found("Access key", id))
}

fn required(b: &Map<String, Value>, k: &str) -> DResult<String> {
    s(b, k)
        .filter(|v| !v.is_empty())
        .ok_or_else(|| DErr::missing(k))
}

fn object(b: &Map<String, Value>, k: &str) -> DResult<Option<Map<String, Value>>> {
    match b.get(k) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Object(m)) => Ok(Some(m.clone())),
        Some(_) => Err(DErr::invalid(format!("{k} must be an object"))),
    }
}

/// A fresh cleartext: 40 random characters (OS randomness, never stored).
fn cleartext() -> String {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    let mut r = <rand::rngs::StdRng as rand::SeedableRng>::from_os_rng();
    (0..40)
        .map(|_| ALPHABET[r.random_range(0..ALPHABET.len())] as char)
        .collect()
}

fn one(k: &AccessKey) -> DResult<Response> {
    Ok(axum::Json(json!({ "key": k })).into_response())
}

fn key_tenants(b: &Map<String, Value>, d: &DescopeState) -> DResult<Vec<KeyTenant>> {
    match b.get("keyTenants") {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) => items
            .iter()
            .map(|t| {
                let id = t
                    .get("tenantId")
                    .and_then(Value::as_str)
                    .ok_or_else(|| DErr::missing("keyTenants[].tenantId"))?;
                if d.tenant_name(id).is_none() {
                    return Err(DErr::entity_not_found("Tenant", id));
                }
                let roles = t
                    .get("roleNames")
                    .and_then(Value::as_array)
                    .map(|a| {
                        a.iter()
                            .filter_map(Value::as_str)
                            .map(str::to_string)
                            .collect()
                    })
                    .unwrap_or_default();
                Ok(KeyTenant {
                    tenant_id: id.to_string(),
                    role_names: roles,
                })
            })
            .collect(),
        Some(_) => Err(DErr::invalid("keyTenants must be a list")),
    }
}

/// `POST /v1/mgmt/accesskey/create` `{name, expireTime, roleNames,
/// keyTenants, userId, customClaims, description, permittedIps,
/// customAttributes}` → `{key, cleartext}`. Names are unique.
pub async fn create(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    answer((|| {
        let b = body(&bytes)?;
        let name = required(&b, "name")?;
        with_state(&app, |d| {
            if d.access_keys.iter().any(|k| k.name == name) {
                return Err(DErr::entity_exists("Access key", &name));
            }
            let tenants = key_tenants(&b, d)?;
            let bound = s(&b, "userId").unwrap_or_default();
            if !bound.is_empty() && d.find(&bound).is_none() {
                return Err(DErr::not_found(&bound));
            }
            let id = d.new_id("K");
            let k = AccessKey {
                client_id: format!("{}-client", id),
                id,
                name,
                role_names: strings(&b, "roleNames")?.unwrap_or_default(),
                key_tenants: tenants,
                status: "active".into(),
                created_time: chrono::Utc::now().timestamp(),
                expire_time: b.get("expireTime").and_then(Value::as_i64).unwrap_or(0),
                created_by: "management-key".into(),
                bound_user_id: bound,
                description: s(&b, "description").unwrap_or_default(),
                permitted_ips: strings(&b, "permittedIps")?.unwrap_or_default(),
                custom_claims: object(&b, "customClaims")?.unwrap_or_default(),
                custom_attributes: object(&b, "customAttributes")?.unwrap_or_default(),
            };
            d.access_keys.push(k.clone());
            Ok(axum::Json(json!({ "key": k, "cleartext": cleartext() })).into_response())
        })
    })())
}

/// `GET /v1/mgmt/accesskey?id=` → `{"key"}`.
pub async fn load(
    State(app): State<Arc<App>>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    answer((|| {
        let id = q
            .get("id")
            .filter(|v| !v.is_empty())
            .ok_or_else(|| DErr::missing("id"))?;
        let st = app.state.read().unwrap_or_else(|e| e.into_inner());
        let i = key_index(&st.descope, id)?;
        one(&st.descope.access_keys[i])
    })())
}

/// `POST /v1/mgmt/accesskey/search` `{tenantIds, boundUserId,
/// creatingUser, customAttributes}` → `{"keys"}` (the SDKs' load-all).
pub async fn search(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    answer((|| {
        let b = body(&bytes)?;
        let tenants = strings(&b, "tenantIds")?.unwrap_or_default();
        let bound = s(&b, "boundUserId").filter(|v| !v.is_empty());
        let creator = s(&b, "creatingUser").filter(|v| !v.is_empty());
        let attrs = object(&b, "customAttributes")?.unwrap_or_default();
        let st = app.state.read().unwrap_or_else(|e| e.into_inner());
        let keys: Vec<&AccessKey> = st
            .descope
            .access_keys
            .iter()
            .filter(|k| {
                tenants.is_empty() || k.key_tenants.iter().any(|t| tenants.contains(&t.tenant_id))
            })
            .filter(|k| bound.as_ref().is_none_or(|u| &k.bound_user_id == u))
            .filter(|k| creator.as_ref().is_none_or(|c| &k.created_by == c))
            .filter(|k| {
                attrs
                    .iter()
                    .all(|(a, v)| k.custom_attributes.get(a) == Some(v))
            })
            .collect();
        Ok(axum::Json(json!({ "keys": keys })).into_response())
    })())
}

/// `POST /v1/mgmt/accesskey/update` `{id, name, description?,
/// customClaims?, permittedIps?, customAttributes?}` → `{"key"}`.
pub async fn update(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    answer((|| {
        let b = body(&bytes)?;
        let id = required(&b, "id")?;
        let name = required(&b, "name")?;
        with_state(&app, |d| {
            let i = key_index(d, &id)?;
            if d.access_keys.iter().any(|k| k.id != id && k.name == name) {
                return Err(DErr::entity_exists("Access key", &name));
            }
            let description = s(&b, "description");
            let claims = object(&b, "customClaims")?;
            let ips = strings(&b, "permittedIps")?;
            let attrs = object(&b, "customAttributes")?;
            let k = &mut d.access_keys[i];
            k.name = name;
            if let Some(v) = description {
                k.description = v;
            }
            if let Some(v) = claims {
                k.custom_claims = v;
            }
            if let Some(v) = ips {
                k.permitted_ips = v;
            }
            if let Some(v) = attrs {
                k.custom_attributes = v;
            }
            one(&d.access_keys[i])
        })
    })())
}

/// What `activate`, `deactivate` and `delete` do to one key.
#[derive(Clone, Copy)]
enum Op {
    Activate,
    Deactivate,
    Delete,
}

fn apply(d: &mut DescopeState, id: &str, op: Op) -> DResult<()> {
    let i = key_index(d, id)?;
    match op {
        Op::Activate => d.access_keys[i].status = "active".into(),
        Op::Deactivate => d.access_keys[i].status = "inactive".into(),
        Op::Delete => {
            d.access_keys.remove(i);
        }
    }
    Ok(())
}

fn single(app: &App, bytes: &Bytes, op: Op) -> Response {
    answer((|| {
        let b = body(bytes)?;
        let id = required(&b, "id")?;
        with_state(app, |d| apply(d, &id, op))?;
        Ok(axum::Json(json!({})).into_response())
    })())
}

/// The batch forms `{ids}`: every id must name a key, or nothing changes.
fn batch(app: &App, bytes: &Bytes, op: Op) -> Response {
    answer((|| {
        let b = body(bytes)?;
        let ids = strings(&b, "ids")?.ok_or_else(|| DErr::missing("ids"))?;
        with_state(app, |d| {
            for id in &ids {
                key_index(d, id)?;
            }
            for id in &ids {
                apply(d, id, op)?;
            }
            Ok(())
        })?;
        Ok(axum::Json(json!({})).into_response())
    })())
}

pub async fn activate(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    single(&app, &bytes, Op::Activate)
}
pub async fn deactivate(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    single(&app, &bytes, Op::Deactivate)
}
pub async fn delete(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    single(&app, &bytes, Op::Delete)
}
pub async fn activate_batch(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    batch(&app, &bytes, Op::Activate)
}
pub async fn deactivate_batch(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    batch(&app, &bytes, Op::Deactivate)
}
pub async fn delete_batch(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    batch(&app, &bytes, Op::Delete)
}

/// `POST /v1/mgmt/accesskey/rotate` `{id}` → `{key, cleartext}`: a new
/// secret, answered once.
pub async fn rotate(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    answer((|| {
        let b = body(&bytes)?;
        let id = required(&b, "id")?;
        with_state(&app, |d| {
            let i = key_index(d, &id)?;
            Ok(
                axum::Json(json!({ "key": d.access_keys[i], "cleartext": cleartext() }))
                    .into_response(),
            )
        })
    })())
}
