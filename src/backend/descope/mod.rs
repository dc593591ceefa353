//! Descope Management API: `Authorization: Bearer <ProjectId>:<ManagementKey>`
//! on every call, JSON bodies, `{errorCode, errorDescription, errorMessage}`
//! errors. Unconfirmed assumptions live in `unconfirmed.rs`.

mod access;
mod admin;
mod batch;
mod bulk;
pub mod caps;
mod facets;
mod ops;
mod paging;
mod probe;
mod roles;
pub mod unconfirmed;
mod users;
pub mod views;

use std::sync::{Arc, Mutex};

use reqwest::Method;
use serde_json::Value;
use url::Url;

use crate::auth::SecretFetcher;
use crate::backend::Backend;
use crate::backend::ClientOptions;
use crate::backend::api::{ApiClient, failure, kind_for_status};
use crate::config::Resolved;
use crate::error::{ApiFailure, CliError, ErrorKind, Result};
use crate::http::origin::require_secure;
use crate::http::{Auth, Http, Request, Response, Window};
use crate::secrets::Secret;

use unconfirmed as u;

pub struct Descope {
    http: Arc<Http>,
    base: Url,
    project_id: String,
    key: SecretFetcher,
    /// `project:key`, fetched once, on the first request that needs it.
    bearer: Mutex<Option<Secret>>,
    windows: Windows,
    pub dry_run: Option<Arc<crate::http::DryRun>>,
    pub(crate) total: crate::backend::paging::ListTotal,
    /// Role names checked in this run and (for ten minutes) in earlier
    /// ones: see `backend::name_cache` and `roles::check_roles`.
    pub(crate) names: crate::backend::name_cache::NameCache,
    /// The project's roles (name, tenant id), read once per run.
    pub(crate) roles_all: Mutex<Option<Vec<(String, String)>>>,
    /// What to do when the key is refused, on the route it came by (the
    /// environment variable, the command, or the profile).
    remedy: String,
}

#[derive(Clone, Default)]
struct Windows {
    create: Option<Arc<Window>>,
    search: Option<Arc<Window>>,
    update: Option<Arc<Window>>,
}

pub fn connect(
    http: Arc<Http>,
    resolved: &Resolved,
    opts: &ClientOptions,
) -> Result<Box<dyn Backend>> {
    Ok(Box::new(Descope::new(http, resolved, opts)?))
}

impl Descope {
    pub fn new(http: Arc<Http>, resolved: &Resolved, opts: &ClientOptions) -> Result<Descope> {
        let p = &resolved.profile;
        let project_id = p.project_id.clone().filter(|s| !s.is_empty()).ok_or_else(|| {
            CliError::usage(format!("profile {:?} has no Descope project ID", resolved.name)).hint(
                "set it with `iamctl profile add NAME --kind descope --project-id P...`, or DESCOPE_PROJECT_ID / IAMCTL_PROJECT_ID",
            )
        })?;
        let base = match p.base_url.as_deref().filter(|s| !s.is_empty()) {
            Some(b) => {
                let text = if b.contains("://") {
                    b.to_string()
                } else {
                    format!("https://{b}")
                };
                Url::parse(&text)
                    .map_err(|e| CliError::usage(format!("invalid base URL {b:?}: {e}")))?
            }
            None => u::base_url_for_project(&project_id)?,
        };
        require_secure(&base)?;
        let names = crate::backend::name_cache::NameCache::open(
            &format!(
                "descope|{}|{}",
                resolved.cache_scope.as_deref().unwrap_or(base.as_str()),
                project_id
            ),
            opts.refresh_names,
        );
        Ok(Descope {
            windows: windows(&base, opts),
            http,
            base,
            project_id,
            key: resolved.secret_fetcher()?,
            bearer: Mutex::new(None),
            dry_run: opts.dry_run.clone(),
            total: Default::default(),
            names,
            roles_all: Mutex::new(None),
            remedy: resolved.secret_remedy(),
        })
    }

    fn bearer(&self) -> Result<Secret> {
        let mut slot = self.bearer.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(s) = slot.as_ref() {
            return Ok(s.clone());
        }
        let key = (self.key)().map_err(|mut e| {
            if e.kind == ErrorKind::Auth {
                e.hints
                    .push("Descope: set IAMCTL_MANAGEMENT_KEY or DESCOPE_MANAGEMENT_KEY".into());
            }
            e
        })?;
        let s = Secret::new(format!("{}:{}", self.project_id, key.expose()));
        *slot = Some(s.clone());
        Ok(s)
    }

    pub fn url(&self, path: &str) -> Result<Url> {
        self.base
            .join(path)
            .map_err(|e| CliError::usage(format!("invalid path {path:?}: {e}")))
    }

    /// A request to `path` (absolute, e.g. `/v1/mgmt/user`), counted
    /// against the rate window its route belongs to.
    pub fn request(&self, method: Method, path: &str) -> Result<Request> {
        let url = self.url(path)?;
        Ok(self.request_url(method, url))
    }

    fn request_url(&self, method: Method, url: Url) -> Request {
        let mut req = Request::new(method, url.clone());
        let p = url.path();
        let w = &self.windows;
        let window = if u::is_create_path(p) {
            &w.create
        } else if u::is_search_path(p) {
            &w.search
        } else if u::is_update_path(p) {
            &w.update
        } else {
            &None
        };
        req.windows = window.iter().cloned().collect();
        req
    }

    /// A POST of `body` to `path` that changes something.
    pub async fn post(&self, path: &str, body: Value, what: &str) -> Result<Option<Value>> {
        let req = self.request(Method::POST, path)?.json(body);
        self.write(req, what).await
    }

    /// `post` for a write whose answer says nothing more: whether it was
    /// sent (`false` under `--dry-run`).
    pub async fn post_sent(&self, path: &str, body: Value, what: &str) -> Result<bool> {
        Ok(self.post(path, body, what).await?.is_some())
    }
}

#[async_trait::async_trait]
impl ApiClient for Descope {
    /// Send with the project's `Bearer <project>:<management key>`.
    async fn send(&self, mut req: Request) -> Result<Response> {
        req.auth = Auth::Bearer(self.bearer()?);
        self.http.send(&req).await
    }

    fn problem(&self, resp: &Response, what: &str) -> CliError {
        let mut e = problem(resp, what);
        if resp.status.as_u16() == 401 {
            e.hints = vec![format!(
                "Descope refused the project ID / management key: {}",
                self.remedy
            )];
        }
        e
    }

    fn dry_run(&self) -> Option<&crate::http::DryRun> {
        self.dry_run.as_deref()
    }
}

/// Pacing windows: Descope's published per-project limits against a real
/// project; none against loopback (the sandbox) unless asked with
/// --rate/--rate-window.
fn windows(base: &Url, opts: &ClientOptions) -> Windows {
    let Some(span) = opts.pacing_window(base) else {
        return Windows::default();
    };
    let limit = |published: u32| opts.rate.unwrap_or(published);
    Windows {
        create: Some(Arc::new(Window::new(
            "Descope user create",
            limit(u::CREATE_PER_WINDOW),
            span,
        ))),
        search: Some(Arc::new(Window::new(
            "Descope user search",
            limit(u::SEARCH_PER_WINDOW),
            span,
        ))),
        update: Some(Arc::new(Window::new(
            "Descope user update",
            limit(u::UPDATE_PER_WINDOW),
            span,
        ))),
    }
}

/// Turn a Descope error body into an error with the right exit code:
/// the `errorCode` decides first, the HTTP status only without one.
pub fn problem(resp: &Response, what: &str) -> CliError {
    let status = resp.status.as_u16();
    let body: Value = serde_json::from_slice(&resp.body).unwrap_or(Value::Null);
    let s = |k: &str| {
        body.get(k)
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    let mut api = ApiFailure {
        status,
        title: s("errorDescription"),
        detail: s("errorMessage"),
        error_code: s("errorCode"),
        trace_id: None,
    };
    if api.error_code.is_none() && api.title.is_none() && !resp.body.is_empty() {
        // An edge/proxy page, not a Descope answer: show its start.
        let text: String = resp.text().chars().take(300).collect();
        api.detail = Some(format!("invalid server response: {}", text.trim()));
    }
    let by_status = kind_for_status(status);
    let kind = match api.error_code.as_deref() {
        Some(u::E_USER_NOT_FOUND) => ErrorKind::NotFound,
        Some(u::E_USER_EXISTS) => ErrorKind::Rejected,
        Some(u::E_RATE_LIMITED) => ErrorKind::Network,
        _ => by_status,
    };
    let err = failure(kind, what, api.clone());
    match (api.error_code.as_deref(), status) {
        (Some(u::E_USER_EXISTS), _) => err.hint("a user with this login id already exists; `iamctl users get LOGIN_ID` shows it"),
        (Some(u::E_RATE_LIMITED), _) | (_, 429) => err.hint(
            "rate limited (Descope allows 100 creates and 200 searches/updates per 60 s per project); \
             try later, or raise --max-wait",
        ),
        (_, 401) => err.hint("Descope refused the project ID / management key; check the profile's --project-id and its key"),
        (_, 403) => err.hint("the management key lacks a permission for this (Descope console > Company > Management keys)"),
        _ => err,
    }
}

/// The `user` of a `{"user": {...}}` answer (the answer itself otherwise).
pub fn user_of(v: Value) -> Value {
    match v {
        Value::Object(mut m) if m.contains_key("user") => m.remove("user").unwrap_or(Value::Null),
        other => other,
    }
}
