//! The user batches: create, patch and delete many users in one request,
//! and delete every test user. A create or patch batch applies each user
//! as the single route would and reports the failures one by one.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::handler::{answer, body, s, strings, with_state};
use super::model::{DUser, DescopeState};
use super::users::{apply, create_in, ident, render};
use super::{DErr, DResult};
use crate::App;

/// A batch user's failure as `failedUsers[].failure` says it.
fn failure_text(e: &DErr) -> String {
    match &e.message {
        Some(m) => format!("{}: {m}", e.description),
        None => e.description.clone(),
    }
}

/// The user a batch entry described, as `failedUsers[].user` echoes it.
fn echo(item: &Value, d: &DescopeState) -> Value {
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
