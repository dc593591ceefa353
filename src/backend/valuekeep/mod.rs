//! Cegid Valuekeep: the identity service of its web API
//! (`{base}/api/{tenant}/{org}/identity/...`, the Jasmin/ROSE framework),
//! OAuth client credentials at the PRIMAVERA identity server.
//!
//! Every behaviour the vendor does not document lives in `assumptions.rs`.

pub mod assumptions;
pub mod caps;
mod facets;
mod odata;
mod ops;
mod probe;
mod records;
mod setters;
pub mod views;

use std::sync::Arc;

use reqwest::Method;
use serde_json::Value;
use url::Url;

use crate::auth::{Endpoint, TokenProvider};
use crate::backend::Backend;
use crate::backend::ClientOptions;
use crate::backend::api::{ApiClient, failure, kind_for_status};
use crate::config::Resolved;
use crate::error::{ApiFailure, CliError, Result};
use crate::http::origin::require_secure;
use crate::http::{Http, Request, Response, Window};

pub struct Valuekeep {
    tokens: Arc<TokenProvider>,
    /// `{base}/api/{tenant}/{org}/`
    api: Url,
    /// The host root, for `iamctl api /api/...`.
    base: Url,
    window: Option<Arc<Window>>,
    dry_run: Option<Arc<crate::http::DryRun>>,
    /// Group and role names resolved in this run and (for ten minutes) in
    /// earlier ones: see `backend::name_cache`.
    pub(crate) names: crate::backend::name_cache::NameCache,
    pub(crate) total: crate::backend::paging::ListTotal,
    /// Where the profile's last `profile test --deep` saw this tenant
    /// differ from `assumptions.rs`, the second path taken.
    pub(crate) adapt: Adapt,
}

/// The second paths, from the profile's findings.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Adapt {
    /// Status as its name in bodies and filters (`vk-status-wire`).
    pub status_names: bool,
    /// `$skip` not trusted: pages follow `nextPageLink` (`vk-skip-top`).
    pub no_skip: bool,
    /// No `count`: not asked for; `users count` counts the list (`vk-inline-count`).
    pub no_count: bool,
}

pub fn connect(
    http: Arc<Http>,
    resolved: &Resolved,
    opts: &ClientOptions,
) -> Result<Box<dyn Backend>> {
    Ok(Box::new(Valuekeep::new(http, resolved, opts)?))
}

fn missing(resolved: &Resolved, what: &str, flag: &str, var: &str) -> CliError {
    CliError::usage(format!("profile {:?} has no {what}", resolved.name)).hint(format!(
        "set it with `iamctl profile add ... {flag}` or {var}"
    ))
}

fn parse_url(s: &str, what: &str) -> Result<Url> {
    let text = if s.contains("://") {
        s.to_string()
    } else {
        format!("https://{s}")
    };
    let url =
        Url::parse(&text).map_err(|e| CliError::usage(format!("invalid {what} {s:?}: {e}")))?;
    require_secure(&url)?;
    Ok(url)
}

/// A path segment for a key: keys may hold characters that mean something
/// in a URL.
/// A user named by record id in a group- or role-side membership change
/// (`--by-id`): sent to the `addById`/`removeById` routes.
pub fn user_by_id(id: &str) -> String {
    format!("id:{id}")
}

pub(crate) fn seg(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes())
        .collect::<String>()
        .replace('+', "%20")
}

impl Valuekeep {
    pub fn new(http: Arc<Http>, resolved: &Resolved, opts: &ClientOptions) -> Result<Valuekeep> {
        let p = &resolved.profile;
        crate::backend::require_fields(
            &resolved.name,
            &[
                crate::backend::Needed::of(
                    &p.base_url,
                    "base URL",
                    "--base-url URL",
                    "IAMCTL_BASE_URL",
                ),
                crate::backend::Needed::of(
                    &p.tenant,
                    "tenant key",
                    "--tenant KEY",
                    "IAMCTL_TENANT",
                ),
                crate::backend::Needed::of(&p.org, "organization key", "--org KEY", "IAMCTL_ORG"),
                crate::backend::Needed::of(
                    &p.client_id,
                    "client id",
                    "--client-id ID",
                    "IAMCTL_CLIENT_ID",
                ),
            ],
        )?;
        let base = p.base_url.as_deref().ok_or_else(|| {
            missing(
                resolved,
                "base URL (the Valuekeep API host is not documented)",
                "--base-url URL",
                "IAMCTL_BASE_URL",
            )
        })?;
        let base = parse_url(base, "base URL")?;
        let tenant = p
            .tenant
            .as_deref()
            .filter(|s| !s.is_empty())
            .ok_or_else(|| missing(resolved, "tenant key", "--tenant KEY", "IAMCTL_TENANT"))?;
        let org = p
            .org
            .as_deref()
            .filter(|s| !s.is_empty())
            .ok_or_else(|| missing(resolved, "organization key", "--org KEY", "IAMCTL_ORG"))?;
        let client_id = p
            .client_id
            .clone()
            .ok_or_else(|| missing(resolved, "client id", "--client-id ID", "IAMCTL_CLIENT_ID"))?;
        let token_url = parse_url(
            p.token_url
                .as_deref()
                .unwrap_or(assumptions::DEFAULT_TOKEN_URL),
            "token URL",
        )?;
        let basic = match p.client_auth.as_deref().unwrap_or("post") {
            "post" => false,
            "basic" => true,
            other => {
                return Err(CliError::usage(format!(
                    "unknown client auth {other:?}: use basic or post"
                )));
            }
        };
        let scope = p
            .scope
            .clone()
            .unwrap_or_else(|| assumptions::DEFAULT_SCOPE.to_string());
        let mut root = base.clone();
        if !root.path().ends_with('/') {
            root.set_path(&format!("{}/", root.path()));
        }
        let api = root
            .join(&format!("api/{}/{}/", seg(tenant), seg(org)))
            .map_err(|e| CliError::usage(format!("invalid base URL: {e}")))?;
        let tokens = TokenProvider::new(
            http.clone(),
            Endpoint::Fixed(token_url),
            client_id,
            resolved.secret_fetcher()?,
            resolved.name.clone(),
            resolved.cache_scope.clone(),
        )
        .with_scope(Some(scope))
        .with_basic_auth(basic)
        .with_remedy(resolved.secret_remedy());
        let names = crate::backend::name_cache::NameCache::open(
            &format!(
                "valuekeep|{}",
                resolved.cache_scope.as_deref().unwrap_or(api.as_str())
            ),
            opts.refresh_names,
        );
        Ok(Valuekeep {
            names,
            total: Default::default(),
            tokens: Arc::new(tokens),
            api,
            base,
            window: window(opts),
            dry_run: opts.dry_run.clone(),
            adapt: Adapt {
                status_names: opts.differs(assumptions::A_STATUS),
                no_skip: opts.differs(assumptions::A_SKIP),
                no_count: opts.differs(assumptions::A_COUNT),
            },
        })
    }

    /// A URL under `/api/{tenant}/{org}/`.
    pub fn url(&self, path: &str) -> Url {
        self.api
            .join(path.trim_start_matches('/'))
            .unwrap_or_else(|_| self.api.clone())
    }

    pub fn request(&self, method: Method, path: &str) -> Request {
        self.request_url(method, self.url(path))
    }

    pub fn request_url(&self, method: Method, url: Url) -> Request {
        let mut req = Request::new(method, url);
        req.windows = self.window.iter().cloned().collect();
        req
    }

    /// Send and insist on success; the body as JSON (null when empty; a
    /// body that is not JSON becomes a JSON string: some answers are
    /// documented as "a string").
    pub async fn call_lenient(&self, req: Request, what: &str) -> Result<Value> {
        let resp = self.call_raw(req, what).await?;
        Ok(resp.json().unwrap_or_else(|_| Value::String(resp.text())))
    }

    pub async fn get(&self, path: &str, what: &str) -> Result<Value> {
        self.call_lenient(self.request(Method::GET, path), what)
            .await
    }
}

/// No pacing unless asked: Valuekeep publishes no limit we know of.
fn window(opts: &ClientOptions) -> Option<Arc<Window>> {
    let budget = opts
        .rate
        .or(assumptions::PUBLISHED_RATE_LIMIT)
        .filter(|n| *n > 0)?;
    Some(Arc::new(Window::new(
        "Valuekeep",
        budget,
        opts.window_span(),
    )))
}

#[async_trait::async_trait]
impl ApiClient for Valuekeep {
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

/// An error answer, parsed leniently, with the right exit code.
pub fn problem(resp: &Response, what: &str) -> CliError {
    let status = resp.status.as_u16();
    let (title, detail) = assumptions::error_text(&resp.body);
    let api = ApiFailure {
        status,
        title,
        detail,
        ..Default::default()
    };
    let err = failure(kind_for_status(status), what, api);
    match status {
        401 => err.hint("the API refused the access token; check the profile's client id, secret and scope"),
        403 => err.hint("the app may lack access to this subscription (apps.primaverabss.com > your app > subscriptions)"),
        _ => err,
    }
}
