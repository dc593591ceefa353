//! RFC 7807 Problem Details, the one error body every sandbox API answers
//! with, plus the extractors that turn bad input into such a body instead of
//! axum's plain-text rejections.

use axum::extract::{FromRequest, Request};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use serde::de::DeserializeOwned;
use uuid::Uuid;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
struct Body<'a> {
    #[serde(rename = "type")]
    kind: &'a str,
    title: &'a str,
    status: u16,
    detail: &'a str,
    instance: &'a str,
    trace_id: String,
    error_code: &'a str,
}

/// An API error. `instance` is filled in from the request path by the
/// `instance` middleware, so handlers need not thread the URI through.
#[derive(Debug, Clone)]
pub struct Problem {
    pub status: StatusCode,
    pub title: String,
    pub detail: String,
    pub error_code: String,
    /// Seconds, for 429/503.
    pub retry_after: Option<u64>,
}

impl Problem {
    pub fn new(status: StatusCode, error_code: &str, detail: impl Into<String>) -> Problem {
        Problem {
            status,
            title: status.canonical_reason().unwrap_or("Error").to_string(),
            detail: detail.into(),
            error_code: error_code.to_string(),
            retry_after: None,
        }
    }
    pub fn bad_request(detail: impl Into<String>) -> Problem {
        Problem::new(StatusCode::BAD_REQUEST, "InvalidRequest", detail)
    }
    pub fn not_found(detail: impl Into<String>) -> Problem {
        Problem::new(StatusCode::NOT_FOUND, "NotFound", detail)
    }
    pub fn unauthorized(detail: impl Into<String>) -> Problem {
        Problem::new(StatusCode::UNAUTHORIZED, "Unauthorized", detail)
    }
    pub fn conflict(detail: impl Into<String>) -> Problem {
        Problem::new(StatusCode::CONFLICT, "Conflict", detail)
    }
    pub fn code(mut self, error_code: &str) -> Problem {
        self.error_code = error_code.to_string();
        self
    }
    pub fn retry_after(mut self, secs: u64) -> Problem {
        self.retry_after = Some(secs);
        self
    }

    /// The response, with `instance` set to the request path.
    pub fn to_response(&self, instance: &str) -> Response {
        let type_uri = match self.status.as_u16() {
            400 => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            401 => "https://tools.ietf.org/html/rfc9110#section-15.5.2",
            403 => "https://tools.ietf.org/html/rfc9110#section-15.5.4",
            404 => "https://tools.ietf.org/html/rfc9110#section-15.5.5",
            405 => "https://tools.ietf.org/html/rfc9110#section-15.5.6",
            409 => "https://tools.ietf.org/html/rfc9110#section-15.5.10",
            429 => "https://tools.ietf.org/html/rfc6585#section-4",
            503 => "https://tools.ietf.org/html/rfc9110#section-15.6.4",
            _ => "about:blank",
        };
        let body = Body {
            kind: type_uri,
            title: &self.title,
            status: self.status.as_u16(),
            detail: &self.detail,
            instance,
            trace_id: Uuid::new_v4().simple().to_string(),
            error_code: &self.error_code,
        };
        let bytes = serde_json::to_vec(&body).unwrap_or_default();
        let mut resp = (self.status, bytes).into_response();
        let h = resp.headers_mut();
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        if let Some(secs) = self.retry_after {
            h.insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        resp
    }
}

/// Handlers return a bare `Problem`; the `instance` middleware sees this
/// marker extension and rewrites the response with the request path.
#[derive(Clone)]
pub struct Pending(pub Problem);

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let mut resp = self.to_response("");
        resp.extensions_mut().insert(Pending(self));
        resp
    }
}

pub type ApiResult<T> = Result<T, Problem>;

/// Middleware: fill `instance` on problems produced deeper down.
pub async fn fill_instance(req: Request, next: axum::middleware::Next) -> Response {
    let path = req.uri().path().to_string();
    let resp = next.run(req).await;
    match resp.extensions().get::<Pending>() {
        Some(Pending(p)) => {
            let p = p.clone();
            p.to_response(&path)
        }
        None => resp,
    }
}

/// `axum::Json` with Problem Details for every rejection (missing or wrong
/// content type, malformed JSON, wrong field types).
pub struct Json<T>(pub T);

impl<S, T> FromRequest<S> for Json<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = Problem;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        // The ODC specs accept `application/*+json` too (ASP.NET binds any
        // JSON media type): read those as JSON, leave the rest to axum.
        let jsonish = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(|v| {
                v.split(';')
                    .next()
                    .unwrap_or("")
                    .trim()
                    .to_ascii_lowercase()
            })
            .is_some_and(|m| m.starts_with("application/") && m.ends_with("+json"));
        if jsonish {
            let bytes = axum::body::Bytes::from_request(req, state)
                .await
                .map_err(|e| Problem::bad_request(format!("The request body is invalid: {e}")))?;
            return serde_json::from_slice(&bytes)
                .map(Json)
                .map_err(|e| Problem::bad_request(format!("The request body is invalid: {e}")));
        }
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(v)) => Ok(Json(v)),
            Err(rej) => Err(Problem::bad_request(format!(
                "The request body is invalid: {}",
                rej.body_text()
            ))),
        }
    }
}

/// Parse a path segment as a resource key.
pub fn key(raw: &str, what: &str) -> ApiResult<Uuid> {
    Uuid::try_parse(raw)
        .map_err(|_| Problem::bad_request(format!("The {what} key '{raw}' is not a valid UUID.")))
}

/// Unknown route.
pub async fn no_route(req: Request) -> Response {
    Problem::not_found(format!(
        "No resource at {} {}.",
        req.method(),
        req.uri().path()
    ))
    .to_response(req.uri().path())
}

/// Known route, wrong method.
pub async fn no_method(req: Request) -> Response {
    Problem::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "MethodNotAllowed",
        format!("{} is not allowed on {}.", req.method(), req.uri().path()),
    )
    .to_response(req.uri().path())
}
