//! ODC's OAuth 2.0 client-credentials flow: OIDC discovery, the token
//! endpoint, and the bearer check in front of every API route.

use std::sync::Arc;

use axum::Form;
use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde_json::json;

use super::App;
use super::problem::Problem;

pub async fn discovery(State(app): State<Arc<App>>) -> Response {
    let base = &app.base_url;
    let issuer = format!("{base}/identity");
    axum::Json(json!({
        "issuer": issuer,
        "token_endpoint": format!("{issuer}/connect/token"),
        "jwks_uri": format!("{issuer}/.well-known/openid-configuration/jwks"),
        "authorization_endpoint": format!("{issuer}/connect/authorize"),
        "grant_types_supported": ["client_credentials"],
        "response_types_supported": ["token"],
        "token_endpoint_auth_methods_supported": ["client_secret_post", "client_secret_basic"],
        "scopes_supported": [],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["RS256"],
    }))
    .into_response()
}

fn oauth_error(status: StatusCode, error: &str, description: &str) -> Response {
    let mut resp = (
        status,
        axum::Json(json!({ "error": error, "error_description": description })),
    )
        .into_response();
    resp.headers_mut()
        .insert(header::CACHE_CONTROL, "no-store".parse().expect("static"));
    resp
}

/// Credentials may come in the form (client_secret_post) or in a Basic
/// header (client_secret_basic); both are standard and clients differ.
fn basic_credentials(req_auth: Option<&str>) -> Option<(String, String)> {
    use base64::Engine;
    let b64 = req_auth?.strip_prefix("Basic ")?;
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

pub async fn token(
    State(app): State<Arc<App>>,
    headers: axum::http::HeaderMap,
    form: Result<Form<Vec<(String, String)>>, axum::extract::rejection::FormRejection>,
) -> Response {
    let Ok(Form(pairs)) = form else {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "The body must be application/x-www-form-urlencoded.",
        );
    };
    let field = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    };
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
    let auth = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok());
    let (id, secret) = match (field("client_id"), field("client_secret")) {
        (Some(id), Some(secret)) => (id, secret),
        _ => match basic_credentials(auth) {
            Some(c) => c,
            None => {
                return oauth_error(
                    StatusCode::UNAUTHORIZED,
                    "invalid_client",
                    "Client credentials are missing.",
                );
            }
        },
    };
    if id != app.opts.client_id || secret != app.opts.client_secret {
        return oauth_error(
            StatusCode::UNAUTHORIZED,
            "invalid_client",
            "Unknown client or wrong secret.",
        );
    }
    let ttl = app.opts.token_ttl_secs;
    let token = format!(
        "sbx_{}{}",
        uuid::Uuid::new_v4().simple(),
        uuid::Uuid::new_v4().simple()
    );
    let expires = chrono::Utc::now() + chrono::Duration::seconds(ttl.min(i64::MAX as u64) as i64);
    {
        let mut st = app.state.write().unwrap_or_else(|e| e.into_inner());
        let now = chrono::Utc::now();
        st.tokens.retain(|_, exp| *exp > now);
        st.tokens.insert(token.clone(), expires);
    }
    let mut resp = axum::Json(json!({
        "access_token": token,
        "expires_in": crate::variants::odc_expires_in(ttl),
        "token_type": "Bearer",
        "scope": "",
    }))
    .into_response();
    resp.headers_mut()
        .insert(header::CACHE_CONTROL, "no-store".parse().expect("static"));
    resp
}

/// Middleware on the API routers: a missing, unknown or expired bearer
/// token is a 401 Problem Details.
pub async fn require_bearer(State(app): State<Arc<App>>, req: Request, next: Next) -> Response {
    let presented = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            let (scheme, tok) = v.split_once(' ')?;
            scheme.eq_ignore_ascii_case("bearer").then(|| tok.trim())
        });
    let path = req.uri().path().to_string();
    let problem = match presented {
        None => Some("An access token is required: Authorization: Bearer <token>."),
        Some(tok) => {
            let st = app.state.read().unwrap_or_else(|e| e.into_inner());
            match st.tokens.get(tok) {
                None => Some("The access token is not valid."),
                Some(exp) if *exp <= chrono::Utc::now() => Some("The access token has expired."),
                Some(_) => None,
            }
        }
    };
    match problem {
        Some(detail) => {
            let mut resp = Problem::unauthorized(detail).to_response(&path);
            resp.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                "Bearer error=\"invalid_token\"".parse().expect("static"),
            );
            resp
        }
        None => next.run(req).await,
    }
}
