//! The OAuth 2.0 client-credentials token request (RFC 6749 §4.4), read
//! by one parser for both token endpoints: ODC's `/identity/connect/token`
//! (`auth.rs`) and Valuekeep's `/connect/token` (`valuekeep/token.rs`).
//! Descope has none: its management key is sent as it is.
//!
//! The endpoints differ in three ways, each kept as the endpoint answered
//! before they shared this parser (neither vendor documents these cases,
//! and sharing the parser was not to change an answer): which credentials
//! count when a request carries both kinds, whether the Basic scheme may
//! be written in lower case, and whether refusals forbid caching. A
//! [`Dialect`] names them.

use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use crate::App;

/// Which credentials count when a request carries both a Basic header
/// (`client_secret_basic`) and `client_id`/`client_secret` form fields
/// (`client_secret_post`). RFC 6749 §2.3.1 forbids sending both, and
/// servers differ in what they do about it.
pub enum Precedence {
    /// The form's when it has both fields, else the header's.
    Form,
    /// The header's when it decodes, else the form's.
    Basic,
}

/// How one token endpoint reads and refuses a request.
pub struct Dialect {
    pub precedence: Precedence,
    /// Take the scheme written `basic` as well as `Basic`.
    pub lowercase_basic: bool,
    /// Refusals carry `Cache-Control: no-store`, as a token answer always
    /// does.
    pub no_store_on_refusal: bool,
}

/// A token request's form fields, in the order sent.
pub struct TokenRequest {
    fields: Vec<(String, String)>,
}

impl TokenRequest {
    /// The fields as a form extractor decoded them.
    pub fn from_fields(fields: Vec<(String, String)>) -> Self {
        TokenRequest { fields }
    }

    /// The fields of a raw `application/x-www-form-urlencoded` body
    /// (whatever its `Content-Type` says).
    pub fn from_body(body: &[u8]) -> Self {
        TokenRequest {
            fields: url::form_urlencoded::parse(body).into_owned().collect(),
        }
    }

    /// A field's value; the first, if it was sent more than once.
    pub fn field(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

impl Dialect {
    /// A refusal as RFC 6749 §5.2 shapes it: `{error, error_description}`.
    pub fn refuse(&self, status: StatusCode, error: &str, description: &str) -> Response {
        let mut resp = (
            status,
            axum::Json(json!({ "error": error, "error_description": description })),
        )
            .into_response();
        if self.no_store_on_refusal {
            no_store(&mut resp);
        }
        resp
    }

    /// Check the grant type, then the client: its credentials must be
    /// there (in the form or a Basic header) and be the sandbox's. `Err`
    /// is the refusal to answer.
    // A ready answer, as in the Valuekeep handlers: boxing it buys nothing.
    #[allow(clippy::result_large_err)]
    pub fn authenticate(
        &self,
        app: &App,
        headers: &HeaderMap,
        req: &TokenRequest,
    ) -> Result<(), Response> {
        match req.field("grant_type") {
            Some("client_credentials") => {}
            None => {
                return Err(self.refuse(
                    StatusCode::BAD_REQUEST,
                    "invalid_request",
                    "grant_type is missing.",
                ));
            }
            Some(_) => {
                return Err(self.refuse(
                    StatusCode::BAD_REQUEST,
                    "unsupported_grant_type",
                    "Only client_credentials is supported.",
                ));
            }
        }
        let form = match (req.field("client_id"), req.field("client_secret")) {
            (Some(id), Some(secret)) => Some((id.to_string(), secret.to_string())),
            _ => None,
        };
        let credentials = match self.precedence {
            Precedence::Form => form.or_else(|| self.basic(headers)),
            Precedence::Basic => self.basic(headers).or(form),
        };
        let Some((id, secret)) = credentials else {
            return Err(self.refuse(
                StatusCode::UNAUTHORIZED,
                "invalid_client",
                "Client credentials are missing.",
            ));
        };
        if id != app.opts.client_id || secret != app.opts.client_secret {
            return Err(self.refuse(
                StatusCode::UNAUTHORIZED,
                "invalid_client",
                "Unknown client or wrong secret.",
            ));
        }
        Ok(())
    }

    /// The client id and secret of a Basic `Authorization` header, each
    /// form-urlencoded first as RFC 6749 §2.3.1 asks. None when there is
    /// no such header or it does not decode.
    fn basic(&self, headers: &HeaderMap) -> Option<(String, String)> {
        use base64::Engine;
        let v = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
        let b64 = v.strip_prefix("Basic ").or_else(|| {
            self.lowercase_basic
                .then(|| v.strip_prefix("basic "))
                .flatten()
        })?;
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
}

/// A new bearer token, `prefix` then 64 hex digits, kept with its expiry
/// (the sandbox's token lifetime from now) where the bearer check
/// (`auth::require_bearer`) finds it. Expired tokens are dropped on the
/// way, so the table does not grow for ever.
pub fn mint(app: &App, prefix: &str) -> String {
    let ttl = app.opts.token_ttl_secs;
    let token = format!(
        "{prefix}{}{}",
        uuid::Uuid::new_v4().simple(),
        uuid::Uuid::new_v4().simple()
    );
    let expires = chrono::Utc::now() + chrono::Duration::seconds(ttl.min(i64::MAX as u64) as i64);
    let mut st = app.state.write().unwrap_or_else(|e| e.into_inner());
    let now = chrono::Utc::now();
    st.tokens.retain(|_, exp| *exp > now);
    st.tokens.insert(token.clone(), expires);
    token
}

/// The token answer (RFC 6749 §5.1), which must not be cached.
pub fn issued(token: &str, expires_in: Option<u64>, scope: &str) -> Response {
    let mut resp = axum::Json(json!({
        "access_token": token,
        "expires_in": expires_in,
        "token_type": "Bearer",
        "scope": scope,
    }))
    .into_response();
    no_store(&mut resp);
    resp
}

fn no_store(resp: &mut Response) {
    resp.headers_mut()
        .insert(header::CACHE_CONTROL, "no-store".parse().expect("static"));
}
