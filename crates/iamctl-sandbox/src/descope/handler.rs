//! What every Descope handler is built from: the body read as a JSON
//! object, its string and string-list fields, a change made under the
//! state's write lock (held throughout, so no request sees it half done),
//! and the `DErr` turned into the answer.

use axum::body::Bytes;
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value};

use super::model::DescopeState;
use super::{DErr, DResult, E_BAD_REQUEST};
use crate::App;

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
