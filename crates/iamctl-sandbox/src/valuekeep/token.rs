//! `POST /connect/token`: the PRIMAVERA-style OAuth 2.0 client-credentials
//! token endpoint in front of the Valuekeep API. The request is read by the
//! shared parser (`crate::oauth`); the scope is Valuekeep's own check.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;

use super::SCOPE;
use crate::App;
use crate::oauth::{self, Dialect, Precedence, TokenRequest};

/// Valuekeep's token endpoint: a Basic header counts before form
/// credentials, its scheme may be written `basic`, and refusals carry no
/// `Cache-Control`.
const DIALECT: Dialect = Dialect {
    precedence: Precedence::Basic,
    lowercase_basic: true,
    no_store_on_refusal: false,
};

/// Client credentials in the form or as HTTP Basic (the body is read as a
/// form whatever its `Content-Type`); the scope must be the one the
/// sandbox grants.
pub async fn token(State(app): State<Arc<App>>, headers: HeaderMap, body: Bytes) -> Response {
    let req = TokenRequest::from_body(&body);
    if let Err(refusal) = DIALECT.authenticate(&app, &headers, &req) {
        return refusal;
    }
    let scope = req.field("scope").unwrap_or_default();
    let scopes: Vec<&str> = scope.split_whitespace().collect();
    if scopes.is_empty() || scopes.iter().any(|s| *s != SCOPE) {
        return DIALECT.refuse(
            StatusCode::BAD_REQUEST,
            "invalid_scope",
            &format!("The scope must be '{SCOPE}'; got '{scope}'."),
        );
    }
    let expires_in = crate::variants::vk_expires_in(app.opts.token_ttl_secs);
    oauth::issued(&oauth::mint(&app, "vkx_"), expires_in, SCOPE)
}
