//! `/v1/mgmt/user/...` and `/v2/mgmt/user/...` writes to one user: create
//! (and invite), the full-replace `update` (fields left out are cleared, as
//! on the real service), PATCH (only the fields present change), the
//! single-attribute updates, roles, tenants, SSO apps, passwords, second
//! factors, logout and delete. Reads are in `user_search.rs`, batches in
//! `user_batch.rs`.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value, json};

use super::handler::{answer, body, s, strings, with_state};
use super::model::{DUser, DescopeState, UserTenant};
use super::{DErr, DResult};
use crate::App;

const STATUSES: &[&str] = &["enabled", "disabled", "invited", "expired"];

/// The user a body names: `loginId` (a login id or a user id), else `userId`.
pub(super) fn ident(b: &Map<String, Value>) -> DResult<String> {
    s(b, "loginId")
        .filter(|v| !v.is_empty())
        .or_else(|| s(b, "userId").filter(|v| !v.is_empty()))
        .ok_or_else(|| DErr::missing("loginId"))
}

pub(super) fn render(u: &DUser) -> Value {
    serde_json::to_value(u).unwrap_or(Value::Null)
}

pub(super) fn one(u: &DUser) -> Response {
    axum::Json(json!({ "user": render(u) })).into_response()
}

/// Change one user found by the body's `loginId`, answer `{"user"}`.
fn change(
    app: &App,
    bytes: &Bytes,
    f: impl FnOnce(&mut DUser, &Map<String, Value>, &DescopeState) -> DResult<()>,
) -> Response {
    answer((|| {
        let b = body(bytes)?;
        let id = ident(&b)?;
        with_state(app, |d| {
            let i = d.find(&id).ok_or_else(|| DErr::not_found(&id))?;
            let mut u = d.users[i].clone();
            f(&mut u, &b, d)?;
            u.modified_time = chrono::Utc::now().timestamp();
            d.users[i] = u;
            Ok(one(&d.users[i]))
        })
    })())
}

fn tenants_of(b: &Map<String, Value>, d: &DescopeState) -> DResult<Option<Vec<UserTenant>>> {
    match b.get("userTenants") {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Array(items)) => items
            .iter()
            .map(|t| {
                let id = t
                    .get("tenantId")
                    .and_then(Value::as_str)
                    .ok_or_else(|| DErr::missing("userTenants[].tenantId"))?;
                let name = d
                    .tenant_name(id)
                    .ok_or_else(|| DErr::invalid(format!("Tenant {id} does not exist")))?;
                let roles = match t.get("roleNames") {
                    Some(Value::Array(a)) => a
                        .iter()
                        .filter_map(Value::as_str)
                        .map(str::to_string)
                        .collect(),
                    _ => Vec::new(),
                };
                Ok(UserTenant {
                    tenant_id: id.to_string(),
                    tenant_name: name,
                    role_names: roles,
                    permissions: Vec::new(),
                })
            })
            .collect::<DResult<Vec<_>>>()
            .map(Some),
        Some(_) => Err(DErr::invalid("userTenants must be a list")),
    }
}

/// Lay the body's user fields onto `u`. `replace`: fields left out are
/// cleared (the `update` route); otherwise they are kept (PATCH, create).
pub(super) fn apply(
    u: &mut DUser,
    b: &Map<String, Value>,
    d: &DescopeState,
    replace: bool,
) -> DResult<()> {
    let text = |keys: &[&str], field: &mut String| match keys
        .iter()
        .find_map(|k| b.get(*k).filter(|v| !v.is_null()))
    {
        Some(v) => *field = v.as_str().unwrap_or_default().to_string(),
        None if replace => field.clear(),
        None => {}
    };
    text(&["email"], &mut u.email);
    text(&["phone"], &mut u.phone);
    text(&["name", "displayName"], &mut u.name);
    text(&["givenName"], &mut u.given_name);
    text(&["middleName"], &mut u.middle_name);
    text(&["familyName"], &mut u.family_name);
    text(&["picture"], &mut u.picture);
    let flag = |k: &str, field: &mut bool| match b.get(k).and_then(Value::as_bool) {
        Some(v) => *field = v,
        None if replace => *field = false,
        None => {}
    };
    flag("verifiedEmail", &mut u.verified_email);
    flag("verifiedPhone", &mut u.verified_phone);
    match strings(b, "roleNames")? {
        Some(r) => u.role_names = r,
        None if replace => u.role_names.clear(),
        None => {}
    }
    match strings(b, "ssoAppIds")? {
        Some(r) => u.sso_app_ids = r,
        None if replace => u.sso_app_ids.clear(),
        None => {}
    }
    match tenants_of(b, d)? {
        Some(t) => u.user_tenants = t,
        None if replace => u.user_tenants.clear(),
        None => {}
    }
    match b.get("customAttributes") {
        Some(Value::Object(m)) if replace => u.custom_attributes = m.clone(),
        Some(Value::Object(m)) => {
            for (k, v) in m {
                if v.is_null() {
                    u.custom_attributes.remove(k);
                } else {
                    u.custom_attributes.insert(k.clone(), v.clone());
                }
            }
        }
        Some(Value::Null) | None if replace => u.custom_attributes.clear(),
        Some(Value::Null) | None => {}
        Some(_) => return Err(DErr::invalid("customAttributes must be an object")),
    }
    if let Some(st) = b.get("status").and_then(Value::as_str) {
        if !STATUSES.contains(&st) {
            return Err(DErr::invalid(format!("Unknown status {st}")));
        }
        u.status = st.to_string();
    }
    Ok(())
}

/// Create one user from a create body (single or one of a batch): the
/// same validation and duplicate check either way. The user's index.
pub(super) fn create_in(
    d: &mut DescopeState,
    b: &Map<String, Value>,
    test: bool,
    invite: bool,
) -> DResult<usize> {
    let login = s(b, "loginId")
        .filter(|l| !l.is_empty())
        .ok_or_else(|| DErr::missing("loginId"))?;
    let mut extra = strings(b, "additionalLoginIds")?.unwrap_or_default();
    extra.extend(strings(b, "additionalIdentifiers")?.unwrap_or_default());
    // An invitation naming an existing user id re-sends it.
    if invite && let Some(i) = d.users.iter().position(|u| u.user_id == login) {
        return Ok(i);
    }
    for l in std::iter::once(&login).chain(&extra) {
        if d.login_taken(l, None) {
            return Err(DErr::exists(l));
        }
    }
    let mut u = DUser {
        user_id: d.new_user_id(),
        login_ids: std::iter::once(login.clone()).chain(extra).collect(),
        status: if invite {
            "invited".into()
        } else {
            "enabled".into()
        },
        created_time: chrono::Utc::now().timestamp(),
        editable: true,
        test: test || b.get("test").and_then(Value::as_bool).unwrap_or(false),
        ..DUser::default()
    };
    apply(&mut u, b, d, false)?;
    if invite {
        u.status = "invited".into();
    }
    d.users.push(u);
    Ok(d.users.len() - 1)
}

fn create_user(app: &App, bytes: &Bytes, test: bool) -> DResult<Response> {
    let b = body(bytes)?;
    let invite = b.get("invite").and_then(Value::as_bool).unwrap_or(false);
    with_state(app, |d| {
        let i = create_in(d, &b, test, invite)?;
        Ok(one(&d.users[i]))
    })
}

pub async fn create(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    answer(create_user(&app, &bytes, false))
}

pub async fn create_test(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    answer(create_user(&app, &bytes, true))
}

/// The full-replace route: every field left out is cleared.
pub async fn update(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    answer((|| {
        let b = body(&bytes)?;
        let id = s(&b, "userId")
            .filter(|v| !v.is_empty())
            .map_or_else(|| ident(&b), Ok)?;
        with_state(&app, |d| {
            let i = d.find(&id).ok_or_else(|| DErr::not_found(&id))?;
            let mut u = d.users[i].clone();
            apply(&mut u, &b, d, true)?;
            if let Some(extra) = strings(&b, "additionalLoginIds")? {
                let mut ids: Vec<String> = u.login_ids.first().cloned().into_iter().collect();
                for l in extra {
                    if d.login_taken(&l, Some(i)) {
                        return Err(DErr::exists(&l));
                    }
                    ids.push(l);
                }
                u.login_ids = ids;
            }
            u.modified_time = chrono::Utc::now().timestamp();
            d.users[i] = u;
            Ok(one(&d.users[i]))
        })
    })())
}

/// PATCH: only the fields present change.
pub async fn patch(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    change(&app, &bytes, |u, b, d| apply(u, b, d, false))
}

pub async fn set_status(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    change(&app, &bytes, |u, b, _| {
        let st = s(b, "status").ok_or_else(|| DErr::missing("status"))?;
        if !["enabled", "disabled", "invited"].contains(&st.as_str()) {
            return Err(DErr::invalid(format!("Unknown status {st}")));
        }
        u.status = st;
        Ok(())
    })
}

pub async fn set_login_id(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    answer((|| {
        let b = body(&bytes)?;
        let id = ident(&b)?;
        let new = s(&b, "newLoginId").unwrap_or_default();
        with_state(&app, |d| {
            let i = d.find(&id).ok_or_else(|| DErr::not_found(&id))?;
            let pos = d.users[i]
                .login_ids
                .iter()
                .position(|l| l.eq_ignore_ascii_case(&id))
                .unwrap_or(0);
            if new.is_empty() {
                if d.users[i].login_ids.len() <= 1 {
                    return Err(DErr::invalid("A user's only login id cannot be removed"));
                }
                d.users[i].login_ids.remove(pos);
            } else {
                if d.login_taken(&new, Some(i)) {
                    return Err(DErr::exists(&new));
                }
                match d.users[i].login_ids.get_mut(pos) {
                    Some(l) => *l = new,
                    None => d.users[i].login_ids.push(new),
                }
            }
            Ok(one(&d.users[i]))
        })
    })())
}

pub async fn set_email(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    change(&app, &bytes, |u, b, _| {
        u.email = s(b, "email").unwrap_or_default();
        u.verified_email = b.get("verified").and_then(Value::as_bool).unwrap_or(false);
        Ok(())
    })
}

pub async fn set_phone(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    change(&app, &bytes, |u, b, _| {
        u.phone = s(b, "phone").unwrap_or_default();
        u.verified_phone = b.get("verified").and_then(Value::as_bool).unwrap_or(false);
        Ok(())
    })
}

pub async fn set_name(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    change(&app, &bytes, |u, b, _| {
        if let Some(n) = s(b, "name").or_else(|| s(b, "displayName")) {
            u.name = n;
        }
        for (k, f) in [
            ("givenName", &mut u.given_name),
            ("middleName", &mut u.middle_name),
            ("familyName", &mut u.family_name),
        ] {
            if let Some(v) = s(b, k) {
                *f = v;
            }
        }
        Ok(())
    })
}

pub async fn set_picture(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    change(&app, &bytes, |u, b, _| {
        u.picture = s(b, "picture").unwrap_or_default();
        Ok(())
    })
}

pub async fn set_custom_attribute(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    change(&app, &bytes, |u, b, _| {
        let k = s(b, "attributeKey")
            .filter(|k| !k.is_empty())
            .ok_or_else(|| DErr::missing("attributeKey"))?;
        let v = b.get("attributeValue").cloned().unwrap_or(Value::Null);
        u.custom_attributes.insert(k, v);
        Ok(())
    })
}

/// The role list a role call changes: project-level, or in `tenantId`.
fn role_list<'a>(u: &'a mut DUser, b: &Map<String, Value>) -> DResult<&'a mut Vec<String>> {
    match s(b, "tenantId").filter(|t| !t.is_empty()) {
        None => Ok(&mut u.role_names),
        Some(t) => {
            let user_id = u.user_id.clone();
            u.user_tenants
                .iter_mut()
                .find(|ut| ut.tenant_id == t)
                .map(|ut| &mut ut.role_names)
                .ok_or_else(|| {
                    DErr::invalid(format!("User {user_id} is not a member of tenant {t}"))
                })
        }
    }
}

fn roles_in(b: &Map<String, Value>) -> DResult<Vec<String>> {
    strings(b, "roleNames").map(Option::unwrap_or_default)
}

pub async fn role_set(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    change(&app, &bytes, |u, b, _| {
        let roles = roles_in(b)?;
        *role_list(u, b)? = roles;
        Ok(())
    })
}

pub async fn role_add(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    change(&app, &bytes, |u, b, _| {
        let roles = roles_in(b)?;
        let list = role_list(u, b)?;
        for r in roles {
            if !list.contains(&r) {
                list.push(r);
            }
        }
        Ok(())
    })
}

pub async fn role_remove(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    change(&app, &bytes, |u, b, _| {
        let roles = roles_in(b)?;
        role_list(u, b)?.retain(|r| !roles.contains(r));
        Ok(())
    })
}

pub async fn tenant_add(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    change(&app, &bytes, |u, b, d| {
        let t = s(b, "tenantId")
            .filter(|t| !t.is_empty())
            .ok_or_else(|| DErr::missing("tenantId"))?;
        let name = d
            .tenant_name(&t)
            .ok_or_else(|| DErr::invalid(format!("Tenant {t} does not exist")))?;
        if !u.user_tenants.iter().any(|ut| ut.tenant_id == t) {
            u.user_tenants.push(UserTenant {
                tenant_id: t,
                tenant_name: name,
                ..UserTenant::default()
            });
        }
        Ok(())
    })
}

pub async fn tenant_remove(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    change(&app, &bytes, |u, b, _| {
        let t = s(b, "tenantId")
            .filter(|t| !t.is_empty())
            .ok_or_else(|| DErr::missing("tenantId"))?;
        u.user_tenants.retain(|ut| ut.tenant_id != t);
        Ok(())
    })
}

pub async fn logout(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    answer((|| {
        let b = body(&bytes)?;
        let id = ident(&b)?;
        with_state(&app, |d| {
            let i = d.find(&id).ok_or_else(|| DErr::not_found(&id))?;
            let uid = d.users[i].user_id.clone();
            *d.logouts.entry(uid).or_default() += 1;
            Ok(axum::Json(json!({})).into_response())
        })
    })())
}

pub async fn delete(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    answer((|| {
        let b = body(&bytes)?;
        let id = ident(&b)?;
        with_state(&app, |d| {
            let i = d.find(&id).ok_or_else(|| DErr::not_found(&id))?;
            d.users.remove(i);
            Ok(axum::Json(json!({})).into_response())
        })
    })())
}

/// `POST /v1/mgmt/user/password/{expire,set/temporary,set/active}`
/// `{loginId, password?}`: the user must exist; a set needs a password.
pub async fn password(
    State(app): State<Arc<App>>,
    axum::extract::Path(op): axum::extract::Path<String>,
    bytes: Bytes,
) -> Response {
    answer((|| {
        let b = body(&bytes)?;
        let id = ident(&b)?;
        let setting = op != "expire";
        if setting
            && b.get("password")
                .and_then(Value::as_str)
                .is_none_or(str::is_empty)
        {
            return Err(DErr::missing("password"));
        }
        with_state(&app, |d| {
            let i = d.find(&id).ok_or_else(|| DErr::not_found(&id))?;
            if setting {
                d.users[i].password = true;
            }
            Ok(axum::Json(json!({})).into_response())
        })
    })())
}

/// `POST /v1/mgmt/user/update/ssoapp/{add|set|remove}` `{loginId,
/// ssoAppIds}`: `{"user"}`. The sandbox keeps any app id it is given (no
/// route of our notes lists a project's SSO apps); add and remove need at
/// least one, set may clear the list (the user may then use every app).
pub async fn sso_apps(
    State(app): State<Arc<App>>,
    axum::extract::Path(op): axum::extract::Path<String>,
    bytes: Bytes,
) -> Response {
    if !matches!(op.as_str(), "add" | "set" | "remove") {
        return super::no_route_named("POST", &format!("/v1/mgmt/user/update/ssoapp/{op}"));
    }
    change(&app, &bytes, |u, b, _| {
        let apps = strings(b, "ssoAppIds")?.unwrap_or_default();
        if apps.iter().any(String::is_empty) {
            return Err(DErr::invalid("ssoAppIds must not hold an empty id"));
        }
        match op.as_str() {
            "set" => u.sso_app_ids = apps,
            _ if apps.is_empty() => return Err(DErr::missing("ssoAppIds")),
            "add" => {
                for a in apps {
                    if !u.sso_app_ids.contains(&a) {
                        u.sso_app_ids.push(a);
                    }
                }
            }
            _ => u.sso_app_ids.retain(|a| !apps.contains(a)),
        }
        Ok(())
    })
}

/// `POST /v1/mgmt/user/totp/delete` `{loginId}`: the user's TOTP seed goes.
pub async fn remove_totp(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    change(&app, &bytes, |u, _, _| {
        u.totp = false;
        Ok(())
    })
}

/// `POST /v1/mgmt/user/passkeys/delete` `{loginId}`: every passkey goes.
pub async fn remove_passkeys(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    change(&app, &bytes, |u, _, _| {
        u.webauthn = false;
        Ok(())
    })
}

/// `POST /v1/mgmt/user/recovery-codes/delete` `{loginId}`: the sandbox
/// keeps no recovery codes; the user must exist.
pub async fn remove_recovery_codes(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    change(&app, &bytes, |_, _, _| Ok(()))
}
