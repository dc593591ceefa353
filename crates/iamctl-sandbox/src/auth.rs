//! ODC's OAuth 2.0 client-credentials flow: OIDC discovery, the token
//! endpoint (its request read by the shared `oauth` parser), and the bearer
//! check in front of every API route (Valuekeep's too).

use std::sync::Arc;

use axum::Form;
use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde_json::json;

use super::App;
use super::oauth::{self, Dialect, Precedence, TokenRequest};
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

/// ODC's token endpoint (IdentityServer's): form credentials count before
/// a Basic header, and refusals too forbid caching.
const DIALECT: Dialect = Dialect {
    precedence: Precedence::Form,
    lowercase_basic: false,
    no_store_on_refusal: true,
};

/// `POST /identity/connect/token`: the body must be typed as a form.
pub async fn token(
    State(app): State<Arc<App>>,
    headers: axum::http::HeaderMap,
    form: Result<Form<Vec<(String, String)>>, axum::extract::rejection::FormRejection>,
) -> Response {
    let Ok(Form(fields)) = form else {
        return DIALECT.refuse(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "The body must be application/x-www-form-urlencoded.",
        );
    };
    let req = TokenRequest::from_fields(fields);
    if let Err(refusal) = DIALECT.authenticate(&app, &headers, &req) {
        return refusal;
    }
    let expires_in = crate::variants::odc_expires_in(app.opts.token_ttl_secs);
    oauth::issued(&oauth::mint(&app, "sbx_"), expires_in, "")
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
