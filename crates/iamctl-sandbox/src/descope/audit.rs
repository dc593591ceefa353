//! The audit trail (`/v1/mgmt/audit/search`, `/v1/mgmt/audit/event`), the
//! events the sandbox records for its own management writes, the users'
//! sign-in history (`/v1/mgmt/user/history`), the SSO applications
//! (`/v1/mgmt/sso/idp/app/load`, `/v1/mgmt/sso/idp/apps/load`) and the
//! license handshake the SDK constructors make (`GET /v1/mgmt/license`).

use std::collections::HashMap;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Query, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value, json};

use super::handler::{answer, body, s, strings, with_state};
use super::model::{AuditRecord, DescopeState};
use super::{DErr, DResult};
use crate::App;

/// The most audit events kept (oldest dropped first).
const AUDIT_KEEP: usize = 10_000;
/// `audit/search` page size when `limit` is absent or 0.
const AUDIT_PAGE: usize = 100;

fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

fn push(d: &mut DescopeState, mut rec: AuditRecord, project: &str) {
    rec.project_id = project.to_string();
    if rec.occurred.is_empty() {
        rec.occurred = now_ms().to_string();
    }
    d.audit.push(rec);
    if d.audit.len() > AUDIT_KEEP {
        let extra = d.audit.len() - AUDIT_KEEP;
        d.audit.drain(..extra);
    }
}

/// The action a management write is recorded under (None: not recorded).
fn action_of(path: &str) -> Option<&'static str> {
    Some(match path {
        "/v1/mgmt/user/create" | "/v1/mgmt/user/create/test" | "/v1/mgmt/user/create/batch" => {
            "UserCreated"
        }
        "/v1/mgmt/user/delete" | "/v1/mgmt/user/delete/batch" => "UserDeleted",
        "/v1/mgmt/user/logout" => "UserLoggedOut",
        p if p.starts_with("/v1/mgmt/user/update")
            || p.starts_with("/v2/mgmt/user/update")
            || p.starts_with("/v1/mgmt/user/patch")
            || p.starts_with("/v1/mgmt/user/password") =>
        {
            "UserModified"
        }
        "/v1/mgmt/tenant/create" => "TenantCreated",
        "/v1/mgmt/tenant/update"
        | "/v1/mgmt/tenant/settings"
        | "/v1/mgmt/tenant/updateDefaultRoles" => "TenantModified",
        "/v1/mgmt/tenant/delete" => "TenantDeleted",
        "/v1/mgmt/role/create" => "RoleCreated",
        "/v1/mgmt/role/update" => "RoleModified",
        "/v1/mgmt/role/delete" => "RoleDeleted",
        "/v1/mgmt/permission/create" => "PermissionCreated",
        "/v1/mgmt/permission/update" => "PermissionModified",
        "/v1/mgmt/permission/delete" => "PermissionDeleted",
        "/v1/mgmt/accesskey/create" => "AccessKeyCreated",
        "/v1/mgmt/accesskey/update"
        | "/v1/mgmt/accesskey/activate"
        | "/v1/mgmt/accesskey/deactivate"
        | "/v1/mgmt/accesskey/rotate" => "AccessKeyModified",
        "/v1/mgmt/accesskey/delete" => "AccessKeyDeleted",
        _ => return None,
    })
}

/// Records an audit event for each management write that succeeded: the
/// action by route, the user (login id resolved to the user id) and the
/// tenant the body names, and the route in `data`. Never a secret: the
/// body is read for its identifiers only.
pub async fn record(State(app): State<Arc<App>>, req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    let Some(action) = action_of(&path) else {
        return next.run(req).await;
    };
    let (parts, b) = req.into_parts();
    let bytes = axum::body::to_bytes(b, 16 * 1024 * 1024)
        .await
        .unwrap_or_default();
    let ident = serde_json::from_slice::<Map<String, Value>>(&bytes).unwrap_or_default();
    let req = Request::from_parts(parts, axum::body::Body::from(bytes));
    // The users named, looked up before the write (a delete removes them)
    // and again after it (a create makes them).
    let named = named_users(&ident);
    let before = lookup(&app, &named);
    let resp = next.run(req).await;
    if !resp.status().is_success() {
        return resp;
    }
    let tenant = s(&ident, "tenantId")
        .or_else(|| {
            path.starts_with("/v1/mgmt/tenant/")
                .then(|| s(&ident, "id"))
                .flatten()
        })
        .filter(|t| !t.is_empty());
    let mut data = Map::new();
    data.insert("route".into(), json!(path));
    for k in ["name", "newName", "id"] {
        if let Some(v) = s(&ident, k).filter(|v| !v.is_empty()) {
            data.insert(k.into(), json!(v));
        }
    }
    let after = lookup(&app, &named);
    let mut who: Vec<(String, Vec<String>)> = before
        .into_iter()
        .zip(after)
        .filter_map(|(b, a)| b.or(a))
        .collect();
    if who.is_empty() {
        who.push((String::new(), Vec::new()));
    }
    let project = app.opts.descope_project_id.clone();
    let mut st = app.state.write().unwrap_or_else(|e| e.into_inner());
    for (user_id, login) in who {
        push(
            &mut st.descope,
            AuditRecord {
                user_id,
                action: action.into(),
                method: "management".into(),
                device: "Unknown".into(),
                remote_address: "127.0.0.1".into(),
                external_ids: login,
                tenants: tenant.clone().into_iter().collect(),
                data: data.clone(),
                ..AuditRecord::default()
            },
            &project,
        );
    }
    resp
}

/// The users a write's body names: `loginId`/`userId`, each of `users[]`
/// (batch create and patch), each of `userIds` (batch delete).
fn named_users(b: &Map<String, Value>) -> Vec<String> {
    let one = |m: &Map<String, Value>| {
        s(m, "loginId")
            .or_else(|| s(m, "userId"))
            .filter(|v| !v.is_empty())
    };
    let mut out: Vec<String> = one(b).into_iter().collect();
    if let Some(Value::Array(users)) = b.get("users") {
        out.extend(users.iter().filter_map(Value::as_object).filter_map(one));
    }
    if let Some(Value::Array(ids)) = b.get("userIds") {
        out.extend(ids.iter().filter_map(Value::as_str).map(str::to_string));
    }
    out
}

/// Each named user's id and login ids, if they exist now.
fn lookup(app: &App, named: &[String]) -> Vec<Option<(String, Vec<String>)>> {
    let st = app.state.read().unwrap_or_else(|e| e.into_inner());
    named
        .iter()
        .map(|n| {
            st.descope.find(n).map(|i| {
                (
                    st.descope.users[i].user_id.clone(),
                    st.descope.users[i].login_ids.clone(),
                )
            })
        })
        .collect()
}

/// `POST /v1/mgmt/audit/event` `{action, type, actorId, tenantId, userId?,
/// data?}`.
pub async fn create_event(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    answer((|| {
        let b = body(&bytes)?;
        let need = |k: &str| {
            s(&b, k)
                .filter(|v| !v.is_empty())
                .ok_or_else(|| DErr::missing(k))
        };
        let action = need("action")?;
        let kind = need("type")?;
        if !["info", "warn", "error"].contains(&kind.as_str()) {
            return Err(DErr::invalid(format!("Unknown audit type {kind}")));
        }
        let actor = need("actorId")?;
        let tenant = need("tenantId")?;
        let mut data = match b.get("data") {
            None | Some(Value::Null) => Map::new(),
            Some(Value::Object(m)) => m.clone(),
            Some(_) => return Err(DErr::invalid("data must be an object")),
        };
        data.insert("type".into(), json!(kind));
        data.insert("actorId".into(), json!(actor));
        let project = app.opts.descope_project_id.clone();
        with_state(&app, |d| {
            let (user_id, login) = match s(&b, "userId").filter(|u| !u.is_empty()) {
                Some(u) => match d.find(&u) {
                    Some(i) => (d.users[i].user_id.clone(), d.users[i].login_ids.clone()),
                    None => (u, Vec::new()),
                },
                None => (String::new(), Vec::new()),
            };
            push(
                d,
                AuditRecord {
                    user_id,
                    action,
                    external_ids: login,
                    tenants: vec![tenant],
                    data,
                    ..AuditRecord::default()
                },
                &project,
            );
            Ok(axum::Json(json!({})).into_response())
        })
    })())
}

/// `POST /v1/mgmt/audit/search` `{userIds, actions, excludedActions,
/// devices, methods, geos, remoteAddresses, externalIds, tenants,
/// noTenants, text, from, to, limit, page}` → `{audits, total}`, newest
/// first. `from` may reach back 30 days at most.
pub async fn search(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    answer((|| {
        let b = body(&bytes)?;
        let list = |k: &str| strings(&b, k).map(Option::unwrap_or_default);
        let (users, actions, excluded) =
            (list("userIds")?, list("actions")?, list("excludedActions")?);
        let (devices, methods, geos) = (list("devices")?, list("methods")?, list("geos")?);
        let (addresses, logins, tenants) = (
            list("remoteAddresses")?,
            list("externalIds")?,
            list("tenants")?,
        );
        let no_tenants = b.get("noTenants").and_then(Value::as_bool).unwrap_or(false);
        let text = s(&b, "text")
            .map(|t| t.to_lowercase())
            .filter(|t| !t.is_empty());
        let ms = |k: &str| -> DResult<Option<i64>> {
            match b.get(k) {
                None | Some(Value::Null) => Ok(None),
                Some(Value::Number(n)) => n
                    .as_i64()
                    .map(Some)
                    .ok_or_else(|| DErr::invalid(format!("{k} must be epoch milliseconds"))),
                Some(Value::String(t)) => t
                    .parse()
                    .map(Some)
                    .map_err(|_| DErr::invalid(format!("{k} must be epoch milliseconds"))),
                Some(_) => Err(DErr::invalid(format!("{k} must be epoch milliseconds"))),
            }
        };
        let (from, to) = (ms("from")?, ms("to")?);
        if let Some(f) = from
            && f < now_ms() - 30 * 86_400_000 - 60_000
        {
            return Err(DErr::invalid("from may not be older than 30 days"));
        }
        let num = |k: &str| b.get(k).and_then(Value::as_u64).unwrap_or(0) as usize;
        let limit = match num("limit") {
            0 => AUDIT_PAGE,
            n => n,
        };
        let page = num("page");
        let st = app.state.read().unwrap_or_else(|e| e.into_inner());
        let any = |want: &[String], have: &str| want.is_empty() || want.iter().any(|w| w == have);
        let found: Vec<&AuditRecord> = st
            .descope
            .audit
            .iter()
            .rev()
            .filter(|a| any(&users, &a.user_id))
            .filter(|a| any(&actions, &a.action))
            .filter(|a| !excluded.contains(&a.action))
            .filter(|a| any(&devices, &a.device))
            .filter(|a| any(&methods, &a.method))
            .filter(|a| any(&geos, &a.geo))
            .filter(|a| any(&addresses, &a.remote_address))
            .filter(|a| {
                logins.is_empty()
                    || a.external_ids
                        .iter()
                        .any(|l| logins.iter().any(|w| w.eq_ignore_ascii_case(l)))
            })
            .filter(|a| {
                tenants.is_empty()
                    || a.tenants.iter().any(|t| tenants.contains(t))
                    || (no_tenants && a.tenants.is_empty())
            })
            .filter(|a| {
                let t: i64 = a.occurred.parse().unwrap_or(0);
                from.is_none_or(|f| t >= f) && to.is_none_or(|x| t <= x)
            })
            .filter(|a| {
                text.as_ref().is_none_or(|t| {
                    serde_json::to_string(a)
                        .unwrap_or_default()
                        .to_lowercase()
                        .contains(t.as_str())
                })
            })
            .collect();
        let total = found.len();
        let audits: Vec<&AuditRecord> = found
            .into_iter()
            .skip(page.saturating_mul(limit))
            .take(limit)
            .collect();
        Ok(axum::Json(json!({ "audits": audits, "total": total })).into_response())
    })())
}

/// `POST /v1/mgmt/user/history` with a JSON list of user ids → a list of
/// `{userId, loginTime, city, country, ip}`. The sandbox has no sign-ins:
/// an enabled, non-test user has signed in once, an hour after creation.
pub async fn history(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    answer((|| {
        let ids: Vec<String> = match serde_json::from_slice::<Value>(&bytes) {
            Ok(Value::Array(a)) => a
                .iter()
                .map(|v| v.as_str().map(str::to_string))
                .collect::<Option<Vec<_>>>()
                .ok_or_else(|| DErr::invalid("the body must be a list of user ids"))?,
            _ => return Err(DErr::invalid("the body must be a list of user ids")),
        };
        if ids.is_empty() {
            return Err(DErr::missing("userIds"));
        }
        let st = app.state.read().unwrap_or_else(|e| e.into_inner());
        let mut out = Vec::new();
        for id in &ids {
            let u = st
                .descope
                .users
                .iter()
                .find(|u| &u.user_id == id)
                .ok_or_else(|| DErr::not_found(id))?;
            if u.status == "enabled" && !u.test {
                out.push(json!({
                    "userId": u.user_id,
                    "loginTime": u.created_time + 3600,
                    "city": "Lisbon",
                    "country": "PT",
                    "ip": "192.0.2.10",
                }));
            }
        }
        Ok(axum::Json(Value::Array(out)).into_response())
    })())
}

/// `GET /v1/mgmt/sso/idp/app/load?id=` → the application.
pub async fn sso_app_load(
    State(app): State<Arc<App>>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    answer((|| {
        let id = q
            .get("id")
            .filter(|v| !v.is_empty())
            .ok_or_else(|| DErr::missing("id"))?;
        let st = app.state.read().unwrap_or_else(|e| e.into_inner());
        st.descope
            .sso_apps
            .iter()
            .find(|a| a.get("id").and_then(Value::as_str) == Some(id.as_str()))
            .map(|a| axum::Json(a.clone()).into_response())
            .ok_or_else(|| DErr::entity_not_found("SSO application", id))
    })())
}

/// `GET /v1/mgmt/sso/idp/apps/load` → `{"apps"}`.
pub async fn sso_apps_load(State(app): State<Arc<App>>) -> Response {
    let st = app.state.read().unwrap_or_else(|e| e.into_inner());
    axum::Json(json!({ "apps": st.descope.sso_apps })).into_response()
}

/// `GET /v1/mgmt/license` → `{"rateLimitTier"}`.
pub async fn license() -> Response {
    axum::Json(json!({ "rateLimitTier": "tier1" })).into_response()
}
