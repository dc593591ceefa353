//! The plumbing every Valuekeep handler shares: the tenant and organization
//! in the path, the JSON body, the state lock, and the refusals in the
//! emulator's `{"message"}` shape (`{"message", "errors"}` on validation
//! failures; `valuekeep`'s doc says why that shape).

use std::collections::HashMap;

use axum::body::Bytes;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::{ORG, TENANT};
use crate::App;

/// The path's parameters (`tenant`, `org`, and the route's own).
pub(super) type Params = Path<HashMap<String, String>>;
/// A handler's answer: `Err` is a refusal ready to send.
pub(super) type Answer = Result<Response, Response>;

pub(super) fn msg(status: StatusCode, message: impl Into<String>) -> Response {
    (status, axum::Json(json!({ "message": message.into() }))).into_response()
}

pub(super) fn invalid(message: impl Into<String>, errors: Vec<String>) -> Response {
    let m = message.into();
    (
        StatusCode::BAD_REQUEST,
        axum::Json(json!({ "message": m, "errors": errors })),
    )
        .into_response()
}

pub(super) fn not_found(what: &str, key: &str) -> Response {
    msg(
        StatusCode::NOT_FOUND,
        format!("The {what} '{key}' does not exist."),
    )
}

/// Only the sandbox's own tenant and organization exist.
pub(super) fn check_tenant(p: &HashMap<String, String>) -> Result<(), Response> {
    let t = p.get("tenant").map(String::as_str).unwrap_or("");
    let o = p.get("org").map(String::as_str).unwrap_or("");
    if t == TENANT && o == ORG {
        Ok(())
    } else {
        Err(msg(
            StatusCode::NOT_FOUND,
            format!(
                "Tenant '{t}' / organization '{o}' not found (the sandbox serves {TENANT}/{ORG})."
            ),
        ))
    }
}

pub(super) fn param<'a>(p: &'a HashMap<String, String>, k: &str) -> &'a str {
    p.get(k).map(String::as_str).unwrap_or("")
}

pub(super) fn body_json(body: &Bytes) -> Result<Value, Response> {
    serde_json::from_slice(body)
        .map_err(|e| invalid("The request body is not valid JSON.", vec![e.to_string()]))
}

/// The state under its lock. A poisoned lock is used all the same: one
/// handler's panic must not turn every later request into a 500.
pub(super) fn read(app: &App) -> std::sync::RwLockReadGuard<'_, crate::State> {
    app.state.read().unwrap_or_else(|e| e.into_inner())
}

pub(super) fn write(app: &App) -> std::sync::RwLockWriteGuard<'_, crate::State> {
    app.state.write().unwrap_or_else(|e| e.into_inner())
}
