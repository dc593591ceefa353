//! `/v1/mgmt/user/...` and `/v2/mgmt/user/...`: load, create (and invite),
//! batch create, search, the full-replace `update` (fields left out are cleared, as on
//! the real service), PATCH (only the fields present change), the
//! single-attribute updates, roles, tenants, logout and delete.

use std::collections::HashMap;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value, json};

use super::model::{DUser, DescopeState, UserTenant};
use super::{DErr, DResult, E_BAD_REQUEST};
use crate::App;

const STATUSES: &[&str] = &["enabled", "disabled", "invited", "expired"];

pub(super) fn body(bytes: &Bytes) -> DResult<Map<String, Value>> {
    if bytes.is_empty() {
        return Ok(Map::new());
    }
    match serde_json::from_slice::<Value>(bytes) {
        Ok(Value::Object(m)) => Ok(m),
        Ok(_) => Err(DErr::new(
            axum::http::StatusCode::BAD_REQUEST,
            E_BAD_REQUEST,
            "Bad request",
        )
        .message("The body must be a JSON object")),
        Err(e) => Err(DErr::new(
            axum::http::StatusCode::BAD_REQUEST,
            E_BAD_REQUEST,
            "Bad request",
        )
        .message(format!("Invalid JSON: {e}"))),
    }
}

pub(super) fn s(b: &Map<String, Value>, k: &str) -> Option<String> {
    b.get(k).and_then(Value::as_str).map(str::to_string)
}

pub(super) fn strings(b: &Map<String, Value>, k: &str) -> DResult<Option<Vec<String>>> {
    match b.get(k) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Array(a)) => a
            .iter()
            .map(|v| {
                v.as_str()
                    .map(str::to_string)
                    .ok_or_else(|| DErr::invalid(format!("{k} must be a list of strings")))
            })
            .collect::<DResult<Vec<_>>>()
            .map(Some),
        Some(_) => Err(DErr::invalid(format!("{k} must be a list of strings"))),
    }
}

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

fn one(u: &DUser) -> Response {
    axum::Json(json!({ "user": render(u) })).into_response()
}

pub(super) fn with_state<T>(
    app: &App,
    f: impl FnOnce(&mut DescopeState) -> DResult<T>,
) -> DResult<T> {
    let mut st = app.state.write().unwrap_or_else(|e| e.into_inner());
    f(&mut st.descope)
}

pub(super) fn answer(r: DResult<Response>) -> Response {
    r.unwrap_or_else(IntoResponse::into_response)
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

pub async fn load(
    State(app): State<Arc<App>>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let id = q
        .get("loginId")
        .or_else(|| q.get("userId"))
        .filter(|v| !v.is_empty());
    let Some(id) = id else {
        return DErr::missing("loginId").into_response();
    };
    let st = app.state.read().unwrap_or_else(|e| e.into_inner());
    match st.descope.find(id) {
        Some(i) => one(&st.descope.users[i]),
        None => DErr::not_found(id).into_response(),
    }
}

/// Create one user from a create body (single or one of a batch): the
/// same validation and duplicate check either way. The user's index.
fn create_in(
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

/// A batch user's failure as `failedUsers[].failure` says it.
pub(super) fn failure_text(e: &DErr) -> String {
    match &e.message {
        Some(m) => format!("{}: {m}", e.description),
        None => e.description.clone(),
    }
}

/// The user a batch entry described, as `failedUsers[].user` echoes it.
pub(super) fn echo(item: &Value, d: &DescopeState) -> Value {
    let mut u = DUser::default();
    if let Some(m) = item.as_object() {
        if let Some(l) = s(m, "loginId").filter(|l| !l.is_empty()) {
            u.login_ids.push(l);
        }
        let _ = apply(&mut u, m, d, false);
    }
    render(&u)
}

/// `POST /v1/mgmt/user/create/batch`: each user validated and checked for
/// duplicates (against existing users and earlier ones in the batch) as a
/// single create is; the good ones are created, the others reported in
/// `failedUsers`. The request as a whole fails only when `users` is missing
/// or not a list. Faults and limits were decided before this runs, so a
/// refused batch changed nothing.
fn create_batch_users(app: &App, bytes: &Bytes) -> DResult<Response> {
    let b = body(bytes)?;
    let users = match b.get("users") {
        None | Some(Value::Null) => return Err(DErr::missing("users")),
        Some(Value::Array(a)) => a.clone(),
        Some(_) => return Err(DErr::invalid("users must be a list")),
    };
    let invite = b.get("invite").and_then(Value::as_bool).unwrap_or(false);
    with_state(app, |d| {
        let mut created = Vec::new();
        let mut failed = Vec::new();
        for item in &users {
            let r = match item.as_object() {
                Some(m) => {
                    let invite =
                        invite || m.get("invite").and_then(Value::as_bool).unwrap_or(false);
                    create_in(d, m, false, invite)
                }
                None => Err(DErr::invalid("each user must be an object")),
            };
            match r {
                Ok(i) => created.push(render(&d.users[i])),
                Err(e) => failed.push(json!({
                    "failure": failure_text(&e),
                    "user": echo(item, d),
                })),
            }
        }
        Ok(axum::Json(json!({
            "createdUsers": created,
            "failedUsers": failed,
            "additionalErrors": {},
        }))
        .into_response())
    })
}

pub async fn create_batch(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    answer(create_batch_users(&app, &bytes))
}

pub async fn create(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    answer(create_user(&app, &bytes, false))
}

pub async fn create_test(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    answer(create_user(&app, &bytes, true))
}

fn matches_any(have: &[String], want: &[String]) -> bool {
    want.is_empty()
        || want
            .iter()
            .any(|w| have.iter().any(|h| h.eq_ignore_ascii_case(w)))
}

fn search_users(app: &App, bytes: &Bytes, test_only: bool) -> DResult<Response> {
    let b = body(bytes)?;
    let num = |k: &str| -> DResult<usize> {
        match b.get(k) {
            None | Some(Value::Null) => Ok(0),
            Some(v) => v
                .as_i64()
                .filter(|n| *n >= 0)
                .map(|n| n as usize)
                .ok_or_else(|| DErr::invalid(format!("{k} must be a non-negative integer"))),
        }
    };
    let limit = match num("limit")? {
        0 => 100,
        n => n,
    };
    let (page, offset) = (num("page")?, num("offset")?);
    let text = s(&b, "text")
        .map(|t| t.to_lowercase())
        .filter(|t| !t.is_empty());
    let list = |k: &str| strings(&b, k).map(Option::unwrap_or_default);
    let (statuses, roles, tenants) = (list("statuses")?, list("roleNames")?, list("tenantIds")?);
    let (emails, phones, login_ids, user_ids) = (
        list("emails")?,
        list("phones")?,
        list("loginIds")?,
        list("userIds")?,
    );
    let with_test = test_only
        || b.get("withTestUser")
            .and_then(Value::as_bool)
            .unwrap_or(false);
    let test_only = test_only
        || b.get("testUsersOnly")
            .and_then(Value::as_bool)
            .unwrap_or(false);
    let attrs = b
        .get("customAttributes")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    // Epoch milliseconds, as a number or (as the docs type them) an int64
    // string; both bounds inclusive. `createdTime` is in seconds.
    let time = |k: &str| -> DResult<Option<i64>> {
        match b.get(k) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Number(n)) => n
                .as_i64()
                .map(Some)
                .ok_or_else(|| DErr::invalid(format!("{k} must be an integer (epoch ms)"))),
            Some(Value::String(t)) if t.is_empty() => Ok(None),
            Some(Value::String(t)) => t
                .parse::<i64>()
                .map(Some)
                .map_err(|_| DErr::invalid(format!("{k} must be an integer (epoch ms)"))),
            Some(_) => Err(DErr::invalid(format!("{k} must be an integer (epoch ms)"))),
        }
    };
    let (from_created, to_created) = (time("fromCreatedTime")?, time("toCreatedTime")?);
    let (from_modified, to_modified) = (time("fromModifiedTime")?, time("toModifiedTime")?);
    let within = |secs: i64, from: Option<i64>, to: Option<i64>| {
        let ms = secs.saturating_mul(1000);
        from.is_none_or(|f| ms >= f) && to.is_none_or(|t| ms <= t)
    };
    let st = app.state.read().unwrap_or_else(|e| e.into_inner());
    let mut found: Vec<&DUser> = st
        .descope
        .users
        .iter()
        .filter(|u| {
            if test_only {
                u.test
            } else {
                with_test || !u.test
            }
        })
        .filter(|u| statuses.is_empty() || statuses.contains(&u.status))
        .filter(|u| matches_any(&u.role_names, &roles))
        .filter(|u| {
            tenants.is_empty()
                || u.user_tenants
                    .iter()
                    .any(|t| tenants.contains(&t.tenant_id))
        })
        .filter(|u| emails.is_empty() || emails.iter().any(|e| e.eq_ignore_ascii_case(&u.email)))
        .filter(|u| phones.is_empty() || phones.contains(&u.phone))
        .filter(|u| matches_any(&u.login_ids, &login_ids))
        .filter(|u| user_ids.is_empty() || user_ids.contains(&u.user_id))
        .filter(|u| within(u.created_time, from_created, to_created))
        .filter(|u| within(u.modified(), from_modified, to_modified))
        .filter(|u| {
            attrs.iter().all(|(k, want)| {
                let have = u.custom_attributes.get(k);
                match want {
                    Value::Array(options) => have.is_some_and(|h| options.contains(h)),
                    w => have == Some(w),
                }
            })
        })
        .filter(|u| {
            text.as_ref().is_none_or(|t| {
                let hay = [
                    &u.user_id,
                    &u.email,
                    &u.phone,
                    &u.name,
                    &u.given_name,
                    &u.family_name,
                ];
                hay.iter().any(|h| h.to_lowercase().contains(t.as_str()))
                    || u.login_ids
                        .iter()
                        .any(|l| l.to_lowercase().contains(t.as_str()))
            })
        })
        .collect();
    if let Some(Value::Array(sort)) = b.get("sort") {
        for spec in sort.iter().rev() {
            let field = spec
                .get("field")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            let desc = spec.get("desc").and_then(Value::as_bool).unwrap_or(false);
            found.sort_by(|a, b| {
                let key = |u: &DUser| {
                    let v = render(u);
                    match v.get(&field) {
                        Some(Value::String(s)) => s.to_lowercase(),
                        Some(other) => other.to_string(),
                        None => String::new(),
                    }
                };
                let o = key(a).cmp(&key(b));
                if desc { o.reverse() } else { o }
            });
        }
    }
    let total = found.len();
    let start = if offset > 0 {
        offset
    } else {
        page.saturating_mul(limit)
    };
    let users: Vec<Value> = found
        .into_iter()
        .skip(start)
        .take(limit)
        .map(render)
        .collect();
    Ok(
        axum::Json(json!({ "users": users, "total": crate::variants::descope_total(total) }))
            .into_response(),
    )
}

pub async fn search(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    answer(search_users(&app, &bytes, false))
}

pub async fn search_test(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    answer(search_users(&app, &bytes, true))
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

/// `POST /v1/mgmt/user/delete/batch` `{"userIds": [...]}`: user ids only
/// (a login id there deletes nothing); ids that match no user are ignored.
pub async fn delete_batch(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    answer((|| {
        let b = body(&bytes)?;
        let ids = strings(&b, "userIds")?.ok_or_else(|| DErr::missing("userIds"))?;
        with_state(&app, |d| {
            d.users.retain(|u| !ids.contains(&u.user_id));
            Ok(axum::Json(json!({})).into_response())
        })
    })())
}

/// `DELETE /v1/mgmt/user/test/delete/all`: every test user goes.
pub async fn delete_test_users(State(app): State<Arc<App>>) -> Response {
    answer(with_state(&app, |d| {
        d.users.retain(|u| !u.test);
        Ok(axum::Json(json!({})).into_response())
    }))
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

/// `POST /v1/mgmt/users/load` `{userIds, includeInvalidUsers?}` →
/// `{"users"}`: the users found, in the order asked; ids that name no user
/// are left out.
pub async fn load_users(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    answer((|| {
        let b = body(&bytes)?;
        let ids = strings(&b, "userIds")?
            .filter(|i| !i.is_empty())
            .ok_or_else(|| DErr::missing("userIds"))?;
        let st = app.state.read().unwrap_or_else(|e| e.into_inner());
        let users: Vec<Value> = ids
            .iter()
            .filter_map(|id| st.descope.users.iter().find(|u| &u.user_id == id))
            .map(render)
            .collect();
        Ok(axum::Json(json!({ "users": users })).into_response())
    })())
}

/// `PATCH /v1/mgmt/user/patch/batch` `{"users": [patch bodies]}` →
/// `{patchedUsers, failedUsers, additionalErrors}`: each user patched as
/// `PATCH /v1/mgmt/user/patch` would, the failures reported one by one.
pub async fn patch_batch(State(app): State<Arc<App>>, bytes: Bytes) -> Response {
    answer((|| {
        let b = body(&bytes)?;
        let users = match b.get("users") {
            None | Some(Value::Null) => return Err(DErr::missing("users")),
            Some(Value::Array(a)) => a.clone(),
            Some(_) => return Err(DErr::invalid("users must be a list")),
        };
        with_state(&app, |d| {
            let mut patched = Vec::new();
            let mut failed = Vec::new();
            for item in &users {
                let r = (|| {
                    let m = item
                        .as_object()
                        .ok_or_else(|| DErr::invalid("each user must be an object"))?;
                    let id = ident(m)?;
                    let i = d.find(&id).ok_or_else(|| DErr::not_found(&id))?;
                    let mut u = d.users[i].clone();
                    apply(&mut u, m, d, false)?;
                    u.modified_time = chrono::Utc::now().timestamp();
                    d.users[i] = u;
                    Ok::<usize, DErr>(i)
                })();
                match r {
                    Ok(i) => patched.push(render(&d.users[i])),
                    Err(e) => failed.push(json!({
                        "failure": failure_text(&e),
                        "user": echo(item, d),
                    })),
                }
            }
            Ok(axum::Json(json!({
                "patchedUsers": patched,
                "failedUsers": failed,
                "additionalErrors": {},
            }))
            .into_response())
        })
    })())
}
