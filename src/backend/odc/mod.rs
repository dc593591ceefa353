//! OutSystems Developer Cloud: identity v1 and portfolio v2, OAuth client
//! credentials via OIDC discovery.

mod access;
mod admin;
pub mod assumptions;
mod bulk;
pub mod caps;
mod discovery;
mod facets;
mod ops;
mod paging;
mod probe;
mod report;
pub mod resolve;
mod surface;
pub mod views;

use std::sync::Arc;

use reqwest::Method;
use serde_json::Value;
use url::Url;

use crate::auth::{Endpoint, TokenProvider};
use crate::backend::ClientOptions;
use crate::backend::api::{ApiClient, failure, kind_for_status};
use crate::config::Resolved;
use crate::error::{ApiFailure, CliError, Result};
use crate::http::origin::portal_url;
use crate::http::{Http, Request, Response, Window};

/// ODC's published limits, per organization and per minute.
const IDENTITY_PER_WINDOW: u32 = 100;
const BULK_PER_WINDOW: u32 = 5;
const PORTFOLIO_PER_WINDOW: u32 = 100;
pub const PAGE_SIZE: usize = 100;

#[derive(Clone)]
pub struct Odc {
    tokens: Arc<TokenProvider>,
    identity: Url,
    portfolio: Url,
    portal: Url,
    windows: Windows,
    /// Stage, app, group and role names already resolved, in this run
    /// and (for ten minutes) in earlier ones: see `backend::name_cache`.
    pub(crate) names: Arc<crate::backend::name_cache::NameCache>,
    pub dry_run: Option<Arc<crate::http::DryRun>>,
    pub(crate) total: crate::backend::paging::ListTotal,
    /// Stage and app names, listed once a run (an export with memberships
    /// and the report's walk both need them).
    places: tokio::sync::OnceCell<crate::backend::Places>,
}

#[derive(Clone, Default)]
struct Windows {
    identity: Option<Arc<Window>>,
    bulk: Option<Arc<Window>>,
    portfolio: Option<Arc<Window>>,
}

/// A string field of an answer, empty when absent.
pub(crate) fn str_of<'a>(v: &'a Value, k: &str) -> &'a str {
    v.get(k).and_then(Value::as_str).unwrap_or("")
}

/// Which API a path belongs to.
#[derive(Debug, Clone, Copy)]
pub enum Api {
    Identity,
    Portfolio,
}

impl Odc {
    pub fn new(http: Arc<Http>, resolved: &Resolved, opts: &ClientOptions) -> Result<Odc> {
        let p = &resolved.profile;
        crate::backend::require_fields(
            &resolved.name,
            &[
                crate::backend::Needed::of(&p.portal, "portal", "--portal DOMAIN", "IAMCTL_PORTAL"),
                crate::backend::Needed::of(
                    &p.client_id,
                    "client id",
                    "--client-id ID",
                    "IAMCTL_CLIENT_ID",
                ),
            ],
        )?;
        let portal = p.portal.as_deref().ok_or_else(|| {
            CliError::usage(format!("profile {:?} has no portal", resolved.name))
                .hint("set it with `iamctl profile add ... --portal DOMAIN` or IAMCTL_PORTAL")
        })?;
        let portal = portal_url(portal)?;
        let client_id = p.client_id.clone().ok_or_else(|| {
            CliError::usage(format!("profile {:?} has no client id", resolved.name))
                .hint("set it with `iamctl profile add ... --client-id ID` or IAMCTL_CLIENT_ID")
        })?;
        let join = |path: &str| {
            portal
                .join(path)
                .map_err(|e| CliError::usage(format!("invalid portal URL: {e}")))
        };
        let discovery = discovery_url(&portal)?;
        let tokens = TokenProvider::new(
            http.clone(),
            Endpoint::Discovery(discovery),
            client_id,
            resolved.secret_fetcher()?,
            resolved.name.clone(),
            resolved.cache_scope.clone(),
        )
        .with_token_origin(match p.token_url.as_deref() {
            Some(t) => Some(
                Url::parse(t)
                    .map_err(|e| CliError::usage(format!("invalid token URL {t:?}: {e}")))?,
            ),
            None => None,
        })
        .with_remedy(resolved.secret_remedy());
        let names = crate::backend::name_cache::NameCache::open(
            &format!(
                "odc|{}",
                resolved.cache_scope.as_deref().unwrap_or(portal.as_str())
            ),
            opts.refresh_names,
        );
        Ok(Odc {
            identity: join("/api/identity/v1/")?,
            portfolio: join("/api/portfolios/v2/")?,
            windows: windows(&portal, opts),
            portal,
            tokens: Arc::new(tokens),
            names: Arc::new(names),
            total: Default::default(),
            places: Default::default(),
            dry_run: opts.dry_run.clone(),
        })
    }

    pub fn url(&self, api: Api, path: &str) -> Url {
        let base = match api {
            Api::Identity => &self.identity,
            Api::Portfolio => &self.portfolio,
        };
        // Paths are ours or keys already checked as UUIDs: join cannot fail.
        base.join(path.trim_start_matches('/'))
            .unwrap_or_else(|_| base.clone())
    }

    pub fn portal_join(&self, path: &str) -> Result<Url> {
        self.portal
            .join(path)
            .map_err(|e| CliError::usage(format!("invalid path {path:?}: {e}")))
    }

    pub fn request(&self, method: Method, api: Api, path: &str) -> Request {
        let url = self.url(api, path);
        self.request_url(method, url)
    }

    pub fn request_url(&self, method: Method, url: Url) -> Request {
        let mut req = Request::new(method.clone(), url.clone());
        let path = url.path();
        let w = &self.windows;
        let bulk = method == Method::POST && path.ends_with("/users/bulk");
        req.windows = if path.starts_with("/api/portfolios/") {
            w.portfolio.iter().cloned().collect()
        } else if bulk {
            // Bulk first: never hold a general slot while waiting on bulk.
            w.bulk.iter().chain(w.identity.iter()).cloned().collect()
        } else {
            w.identity.iter().cloned().collect()
        };
        req
    }

    pub async fn get(
        &self,
        api: Api,
        path: &str,
        query: &[(&str, String)],
        what: &str,
    ) -> Result<Value> {
        let mut req = self.request(Method::GET, api, path);
        for (k, v) in query {
            req = req.query(k, v);
        }
        self.call(req, what).await
    }
}

#[async_trait::async_trait]
impl ApiClient for Odc {
    /// Send with a bearer token; on 401, renew the token once and resend.
    async fn send(&self, req: Request) -> Result<Response> {
        self.tokens.send(req).await
    }

    fn problem(&self, resp: &Response, what: &str) -> CliError {
        problem(resp, what)
    }

    fn dry_run(&self) -> Option<&crate::http::DryRun> {
        self.dry_run.as_deref()
    }
}

/// Where ODC's OIDC discovery document lives; also what its cached tokens
/// are filed under.
pub fn discovery_url(portal: &Url) -> Result<Url> {
    portal
        .join("/identity/.well-known/openid-configuration")
        .map_err(|e| CliError::usage(format!("invalid portal URL: {e}")))
}

/// Pacing windows: the vendor's published limits against a real tenant;
/// none against loopback (the sandbox) unless asked with --rate/--rate-window.
fn windows(portal: &Url, opts: &ClientOptions) -> Windows {
    let Some(span) = opts.pacing_window(portal) else {
        return Windows::default();
    };
    let general = opts.rate.unwrap_or(IDENTITY_PER_WINDOW);
    Windows {
        identity: Some(Arc::new(Window::new("ODC identity", general, span))),
        bulk: Some(Arc::new(Window::new(
            "ODC bulk",
            BULK_PER_WINDOW.min(general),
            span,
        ))),
        portfolio: Some(Arc::new(Window::new(
            "ODC portfolio",
            opts.rate.unwrap_or(PORTFOLIO_PER_WINDOW),
            span,
        ))),
    }
}

/// Turn an RFC 7807 answer into an error with the right exit code.
pub fn problem(resp: &Response, what: &str) -> CliError {
    let status = resp.status.as_u16();
    let body: Value = serde_json::from_slice(&resp.body).unwrap_or(Value::Null);
    let s = |k: &str| body.get(k).and_then(Value::as_str).map(str::to_string);
    let mut api = ApiFailure {
        status,
        title: s("title"),
        detail: s("detail"),
        error_code: s("errorCode"),
        trace_id: s("traceId"),
    };
    if api.title.is_none() && api.detail.is_none() && !resp.body.is_empty() && body.is_null() {
        api.detail = Some(resp.text().chars().take(300).collect());
    }
    let mut err = failure(kind_for_status(status), what, api);
    err = match status {
        401 => err.hint("the API refused the access token; check the profile's client credentials"),
        403 => err.hint("the API client lacks a permission for this (ODC portal > API clients)"),
        429 => err.hint("rate limited (ODC allows 100 requests/minute per organization); try later or lower --rate"),
        _ => err,
    };
    err
}

impl Odc {
    /// Fetch a new token whatever the cache holds (`profile test`).
    pub async fn fresh_token(&self) -> Result<()> {
        self.tokens
            .renew(&crate::secrets::Secret::new(String::new()))
            .await
            .map(|_| ())
    }
}
