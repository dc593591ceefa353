//! The user reads: `GET /v1/mgmt/user` (one user), `POST /v1/mgmt/users/load`
//! (several by id), and the searches (`POST /v1/mgmt/user/search`,
//! `/v2/mgmt/user/search` and `/v2/mgmt/user/search/test`).

use std::collections::HashMap;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::handler::{answer, body, s, strings};
use super::model::DUser;
use super::users::{one, render};
use super::{DErr, DResult};
use crate::App;

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
