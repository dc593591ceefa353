//! `POST /connect/token`: the PRIMAVERA-style OAuth 2.0 client-credentials
//! token endpoint in front of the Valuekeep API.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use serde_json::json;
use uuid::Uuid;

use super::SCOPE;
use super::http::write;
use crate::App;

fn oauth_error(status: StatusCode, error: &str, description: &str) -> Response {
    (
        status,
        axum::Json(json!({ "error": error, "error_description": description })),
    )
        .into_response()
}

fn basic(headers: &HeaderMap) -> Option<(String, String)> {
    use base64::Engine;
    let v = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let b64 = v
        .strip_prefix("Basic ")
        .or_else(|| v.strip_prefix("basic "))?;
    let raw = base64::engine::general_purpose::STANDARD
        .decode(b64.trim())
        .ok()?;
    let s = String::from_utf8(raw).ok()?;
    let (id, secret) = s.split_once(':')?;
    let dec = |v: &str| {
        url::form_urlencoded::parse(format!("x={v}").as_bytes())
            .next()
            .map(|(_, v)| v.into_owned())
            .unwrap_or_default()
    };
    Some((dec(id), dec(secret)))
}

/// `POST /connect/token`: client credentials in the form or as HTTP Basic;
/// the scope must be the one the sandbox grants.
pub async fn token(State(app): State<Arc<App>>, headers: HeaderMap, body: Bytes) -> Response {
    let pairs: Vec<(String, String)> = url::form_urlencoded::parse(&body).into_owned().collect();
    let field = |n: &str| pairs.iter().find(|(k, _)| k == n).map(|(_, v)| v.clone());
    match field("grant_type").as_deref() {
        Some("client_credentials") => {}
        None => {
            return oauth_error(
                StatusCode::BAD_REQUEST,
                "invalid_request",
                "grant_type is missing.",
            );
        }
        Some(_) => {
            return oauth_error(
                StatusCode::BAD_REQUEST,
                "unsupported_grant_type",
                "Only client_credentials is supported.",
            );
        }
    }
    let (id, secret) = match (field("client_id"), field("client_secret"), basic(&headers)) {
        (_, _, Some(c)) => c,
        (Some(id), Some(secret), None) => (id, secret),
        _ => {
            return oauth_error(
                StatusCode::UNAUTHORIZED,
                "invalid_client",
                "Client credentials are missing.",
            );
        }
    };
    if id != app.opts.client_id || secret != app.opts.client_secret {
        return oauth_error(
            StatusCode::UNAUTHORIZED,
            "invalid_client",
            "Unknown client or wrong secret.",
        );
    }
    let scope = field("scope").unwrap_or_default();
    let scopes: Vec<&str> = scope.split_whitespace().collect();
    if scopes.is_empty() || scopes.iter().any(|s| *s != SCOPE) {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_scope",
            &format!("The scope must be '{SCOPE}'; got '{scope}'."),
        );
    }
    let ttl = app.opts.token_ttl_secs;
    let token = format!("vkx_{}{}", Uuid::new_v4().simple(), Uuid::new_v4().simple());
    let expires = Utc::now() + chrono::Duration::seconds(ttl.min(i64::MAX as u64) as i64);
    {
        let mut st = write(&app);
        let now = Utc::now();
        st.tokens.retain(|_, exp| *exp > now);
        st.tokens.insert(token.clone(), expires);
    }
    let mut resp = axum::Json(json!({
        "access_token": token,
        "expires_in": crate::variants::vk_expires_in(ttl),
        "token_type": "Bearer",
        "scope": SCOPE,
    }))
    .into_response();
    resp.headers_mut()
        .insert(header::CACHE_CONTROL, "no-store".parse().expect("static"));
    resp
}
