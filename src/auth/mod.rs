//! OAuth 2.0 client credentials with a token cache, so a second command in
//! the same shell costs one HTTP request, not three.

mod cache;

use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use reqwest::Method;
use serde::{Deserialize, Serialize};
use tokio::sync::Mutex;
use url::Url;

use crate::config::Resolved;
use crate::error::{ApiFailure, CliError, Result};
use crate::http::{Auth, Body, Http, Request, Response};
use crate::secrets::Secret;

/// How a provider finds its token endpoint.
#[derive(Debug, Clone)]
pub enum Endpoint {
    /// OIDC discovery document URL (ODC).
    Discovery(Url),
    /// A fixed token URL (Valuekeep).
    Fixed(Url),
}

/// Where a profile's secret comes from: a call that fetches it, and what
/// the token cache fingerprints to tell one credential from another.
/// Called like a function (`(fetcher)()`).
pub struct SecretFetcher {
    fetch: Box<dyn Fn() -> Result<Secret> + Send + Sync>,
    identity: Identity,
}

/// What a credential's fingerprint is made of.
#[derive(Debug, Clone)]
pub enum Identity {
    /// The secret itself (cheap to read: given, the environment, the
    /// keyring): a changed secret is noticed on the next command.
    Value,
    /// The source's description (`cmd:...`): a password manager is asked
    /// only when a new token is needed, so the fingerprint covers the
    /// command, not its answer.
    Source(String),
}

impl SecretFetcher {
    pub fn new(
        identity: Identity,
        fetch: impl Fn() -> Result<Secret> + Send + Sync + 'static,
    ) -> SecretFetcher {
        SecretFetcher {
            fetch: Box::new(fetch),
            identity,
        }
    }

    /// A secret given as it is.
    pub fn given(secret: Secret) -> SecretFetcher {
        SecretFetcher::new(Identity::Value, move || Ok(secret.clone()))
    }
}

impl std::ops::Deref for SecretFetcher {
    type Target = dyn Fn() -> Result<Secret> + Send + Sync;
    fn deref(&self) -> &Self::Target {
        &*self.fetch
    }
}

// A profile's fetcher is made here, above `config`: the profiles file
// knows where a secret lives, not what fetches it.
impl Resolved {
    /// The secret: from the environment, else from where the profile keeps it.
    pub fn secret_fetcher(&self) -> Result<SecretFetcher> {
        use crate::secrets::SecretSource;
        if let Some(s) = self.secret.clone() {
            return Ok(SecretFetcher::given(s));
        }
        let source = SecretSource::parse(&self.profile.secret)?;
        let identity = match &source {
            SecretSource::Cmd(cmd) => Identity::Source(format!("cmd:{cmd}")),
            SecretSource::Env(_) | SecretSource::Keyring => Identity::Value,
        };
        let name = self.name.clone();
        Ok(SecretFetcher::new(identity, move || {
            if matches!(source, SecretSource::Cmd(_)) {
                crate::config::refuse_loose_config(&name)?;
            }
            source.fetch(&name)
        }))
    }
}

pub struct TokenProvider {
    http: Arc<Http>,
    endpoint: Endpoint,
    client_id: String,
    secret: SecretFetcher,
    profile: String,
    /// What to do about refused credentials on the route the secret came by.
    remedy: Option<String>,
    /// What the slot and fingerprint are made of, besides the secret: the
    /// address (or the stable scope standing for it), client id, scope.
    coordinates: Vec<String>,
    /// The fingerprint of the credential in hand, once computed (with the
    /// secret read for it, when it is read at all).
    credential: Mutex<Option<(String, Option<Secret>)>>,
    current: Mutex<Option<CachedToken>>,
    /// OAuth `scope` sent with the token request (Valuekeep), if any.
    scope: Option<String>,
    /// Client credentials as HTTP Basic instead of form fields.
    basic: bool,
    /// Another origin the profile names explicitly for its token endpoint
    /// (besides the discovery document's own), if any.
    token_origin: Option<url::Origin>,
    /// Whether the last token answer fetched in this run carried
    /// `expires_in` (0: none fetched, 1: it did, 2: it did not), for
    /// `profile test --deep`.
    expires_in_seen: std::sync::atomic::AtomicU8,
    /// The token endpoint's refusal of these credentials, once given: the
    /// credential does not change within a run, so every later request
    /// fails with it at once instead of asking again (a file of 20 users
    /// cost 40 requests, a discovery and a refusal each).
    refused: std::sync::Mutex<Option<CliError>>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CachedToken {
    pub access_token: String,
    /// Unix seconds.
    pub expires_at: u64,
    /// Remembered so that renewing skips discovery.
    #[serde(default)]
    pub token_endpoint: Option<String>,
    /// Renew this many seconds before expiry: 60, or half the lifetime of
    /// a token that lives less than two minutes (else it would never be
    /// reused, and every API call would cost a token request too).
    #[serde(default = "default_margin")]
    pub margin: u64,
    /// The fingerprint of the credential the token was issued for; a token
    /// without one (cached by an earlier version) is not reused.
    #[serde(default)]
    pub fingerprint: Option<String>,
}

fn default_margin() -> u64 {
    EXPIRY_MARGIN_SECS
}

/// Renew this long before the server's expiry, so a token never dies in
/// the middle of a run.
const EXPIRY_MARGIN_SECS: u64 = 60;

fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_secs()
}

impl CachedToken {
    fn fresh(&self) -> bool {
        self.expires_at > now_secs() + self.margin
    }
}

#[derive(Deserialize)]
struct TokenAnswer {
    access_token: String,
    #[serde(default)]
    expires_in: Option<u64>,
}

#[derive(Deserialize)]
struct Discovery {
    token_endpoint: String,
}

impl TokenProvider {
    pub fn new(
        http: Arc<Http>,
        endpoint: Endpoint,
        client_id: String,
        secret: SecretFetcher,
        profile: String,
        cache_scope: Option<String>,
    ) -> TokenProvider {
        let base = match &endpoint {
            Endpoint::Discovery(u) | Endpoint::Fixed(u) => u.as_str().to_string(),
        };
        let coordinates = vec![cache_scope.unwrap_or(base), client_id.clone()];
        TokenProvider {
            http,
            endpoint,
            client_id,
            secret,
            profile,
            remedy: None,
            coordinates,
            credential: Mutex::new(None),
            current: Mutex::new(None),
            refused: std::sync::Mutex::new(None),
            scope: None,
            basic: false,
            token_origin: None,
            expires_in_seen: Default::default(),
        }
    }

    /// Ask for this OAuth scope (part of the cache's slot too).
    pub fn with_scope(mut self, scope: Option<String>) -> TokenProvider {
        if let Some(s) = &scope {
            self.coordinates.push(s.clone());
        }
        self.scope = scope;
        self
    }

    /// Let discovery name a token endpoint on this origin too: one the
    /// profile names itself (`token_url`), never one a server chose.
    pub fn with_token_origin(mut self, url: Option<Url>) -> TokenProvider {
        self.token_origin = url.map(|u| u.origin());
        self
    }

    /// The cache slot of this provider's tokens: where, not with what.
    fn slot(&self, cache: &cache::Cache) -> String {
        let parts: Vec<&str> = self.coordinates.iter().map(String::as_str).collect();
        cache.hash("slot", &parts)
    }

    /// The fingerprint of the credential in hand; reading the secret for
    /// it when the secret is cheap to read (kept for a token request).
    async fn fingerprint(&self, cache: &cache::Cache) -> Result<String> {
        let mut slot = self.credential.lock().await;
        if let Some((fp, _)) = slot.as_ref() {
            return Ok(fp.clone());
        }
        let (material, secret) = match &self.secret.identity {
            Identity::Value => {
                let s = (self.secret)()?;
                (format!("value:{}", s.expose()), Some(s))
            }
            Identity::Source(desc) => (format!("source:{desc}"), None),
        };
        let mut parts: Vec<&str> = self.coordinates.iter().map(String::as_str).collect();
        parts.push(&material);
        let fp = cache.hash("credential", &parts);
        *slot = Some((fp.clone(), secret));
        Ok(fp)
    }

    /// The secret for a token request: the one read for the fingerprint,
    /// else fetched now.
    async fn secret_now(&self) -> Result<Secret> {
        if let Some((_, Some(s))) = self.credential.lock().await.as_ref() {
            return Ok(s.clone());
        }
        (self.secret)()
    }

    /// Send the client credentials as HTTP Basic (`client_secret_basic`)
    /// instead of form fields (`client_secret_post`).
    pub fn with_basic_auth(mut self, basic: bool) -> TokenProvider {
        self.basic = basic;
        self
    }

    /// Did the token answer fetched in this run carry `expires_in`? None
    /// when no token was fetched (one from the cache was used).
    pub fn expires_in_seen(&self) -> Option<bool> {
        match self
            .expires_in_seen
            .load(std::sync::atomic::Ordering::Relaxed)
        {
            1 => Some(true),
            2 => Some(false),
            _ => None,
        }
    }

    /// A valid access token: from memory, from the cache (when it was
    /// issued for the credential in hand), or fetched.
    pub async fn token(&self) -> Result<Secret> {
        let mut current = self.current.lock().await;
        if let Some(t) = current.as_ref().filter(|t| t.fresh()) {
            return Ok(Secret::new(t.access_token.clone()));
        }
        let cache = cache::Cache::open();
        let fingerprint = match &cache {
            Some(c) => Some(self.fingerprint(c).await?),
            None => None,
        };
        if current.is_none()
            && let Some(c) = &cache
            && let Some(t) = c
                .load(&self.slot(c))
                .filter(|t| t.fresh() && t.fingerprint.is_some() && t.fingerprint == fingerprint)
        {
            let secret = Secret::new(t.access_token.clone());
            *current = Some(t);
            return Ok(secret);
        }
        if let Some(e) = self
            .refused
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
        {
            return Err(e);
        }
        let endpoint = current.as_ref().and_then(|t| t.token_endpoint.clone());
        let mut t = match self.fetch(endpoint).await {
            Ok(t) => t,
            Err(e) => {
                if e.kind == crate::error::ErrorKind::Auth {
                    *self.refused.lock().unwrap_or_else(|p| p.into_inner()) = Some(e.clone());
                }
                return Err(e);
            }
        };
        t.fingerprint = fingerprint;
        let secret = Secret::new(t.access_token.clone());
        if let Some(c) = &cache {
            c.store(&self.slot(c), &t);
        }
        *current = Some(t);
        Ok(secret)
    }

    /// Send with a bearer token; on 401, renew the token once and resend.
    pub async fn send(&self, mut req: Request) -> Result<Response> {
        let token = self.token().await?;
        req.auth = Auth::Bearer(token.clone());
        let resp = self.http.send(&req).await?;
        if resp.status.as_u16() != 401 {
            return Ok(resp);
        }
        let fresh = self.renew(&token).await?;
        req.auth = Auth::Bearer(fresh);
        self.http.send(&req).await
    }

    /// The server refused `stale` (401): drop it and get a new one, unless
    /// another worker already did.
    pub async fn renew(&self, stale: &Secret) -> Result<Secret> {
        {
            let mut current = self.current.lock().await;
            if let Some(t) = current.as_ref()
                && t.access_token != stale.expose()
                && t.fresh()
            {
                return Ok(Secret::new(t.access_token.clone()));
            }
            let endpoint = current.as_ref().and_then(|t| t.token_endpoint.clone());
            *current = Some(CachedToken {
                access_token: String::new(),
                expires_at: 0,
                token_endpoint: endpoint,
                margin: EXPIRY_MARGIN_SECS,
                fingerprint: None,
            });
            if let Some(c) = cache::Cache::open() {
                c.remove(&self.slot(&c));
            }
        }
        self.token().await
    }

    async fn token_endpoint(&self) -> Result<Url> {
        match &self.endpoint {
            Endpoint::Fixed(u) => Ok(u.clone()),
            Endpoint::Discovery(doc) => {
                let resp = self
                    .http
                    .send(&Request::new(Method::GET, doc.clone()))
                    .await?;
                if !resp.status.is_success() {
                    return Err(CliError::network(format!(
                        "OIDC discovery at {doc} answered HTTP {}",
                        resp.status.as_u16()
                    ))
                    .hint("check the profile's portal domain"));
                }
                let d: Discovery = serde_json::from_slice(&resp.body).map_err(|e| {
                    CliError::network(format!("OIDC discovery at {doc} is not valid: {e}"))
                })?;
                let url = Url::parse(&d.token_endpoint).map_err(|e| {
                    CliError::network(format!("OIDC discovery names a bad token endpoint: {e}"))
                })?;
                crate::http::origin::require_secure(&url)?;
                // The client secret goes in that request's body: only to
                // the portal's own origin, or one the profile names.
                let origin = url.origin();
                if origin != doc.origin() && Some(&origin) != self.token_origin.as_ref() {
                    return Err(CliError::auth(format!(
                        "refusing to send the client secret of profile {:?} to {}: OIDC discovery at {} names a token endpoint off the portal's origin",
                        self.profile,
                        origin.ascii_serialization(),
                        doc.origin().ascii_serialization()
                    ))
                    .hint(format!(
                        "if {} really is your portal's identity server, name it in the profile (`token_url = \"{}\"` in its config, or IAMCTL_TOKEN_URL)",
                        origin.ascii_serialization(),
                        url.as_str()
                    )));
                }
                Ok(url)
            }
        }
    }

    async fn fetch(&self, known_endpoint: Option<String>) -> Result<CachedToken> {
        let base = match &self.endpoint {
            Endpoint::Discovery(u) | Endpoint::Fixed(u) => u,
        };
        // A remembered endpoint of another origin (the built-in sandbox
        // listens on a new port each run) is stale.
        let known = known_endpoint
            .and_then(|e| Url::parse(&e).ok())
            .filter(|u| u.origin() == base.origin());
        let url = match known {
            Some(u) => u,
            None => self.token_endpoint().await?,
        };
        let secret = self.secret_now().await?;
        let mut req = Request::new(Method::POST, url.clone());
        let mut form = vec![("grant_type".to_string(), "client_credentials".to_string())];
        if self.basic {
            req.auth = crate::http::Auth::Basic(self.client_id.clone(), secret.clone());
        } else {
            form.push(("client_id".into(), self.client_id.clone()));
            form.push(("client_secret".into(), secret.expose().to_string()));
        }
        if let Some(scope) = &self.scope {
            form.push(("scope".into(), scope.clone()));
        }
        req.body = Body::Form(form);
        let resp = self.http.send(&req).await?;
        if !resp.status.is_success() {
            return Err(resp.explain(self.refused(&resp)));
        }
        let answer: TokenAnswer = serde_json::from_slice(&resp.body).map_err(|e| {
            CliError::auth(format!(
                "the token endpoint answered something unexpected: {e}"
            ))
        })?;
        // UNCONFIRMED: a token answer without `expires_in` is taken to live
        // one hour (ODC documents 43200 s and always sends it).
        self.expires_in_seen.store(
            if answer.expires_in.is_some() { 1 } else { 2 },
            std::sync::atomic::Ordering::Relaxed,
        );
        let ttl = answer.expires_in.unwrap_or(3600);
        Ok(CachedToken {
            access_token: answer.access_token,
            expires_at: now_secs().saturating_add(ttl),
            token_endpoint: Some(url.to_string()),
            margin: EXPIRY_MARGIN_SECS.min(ttl / 2),
            fingerprint: None,
        })
    }

    fn refused(&self, resp: &crate::http::Response) -> CliError {
        #[derive(Deserialize, Default)]
        struct OAuthError {
            error: Option<String>,
            error_description: Option<String>,
        }
        let body: OAuthError = serde_json::from_slice(&resp.body).unwrap_or_default();
        let status = resp.status.as_u16();
        let api = ApiFailure {
            status,
            title: body.error.clone(),
            detail: body.error_description,
            ..Default::default()
        };
        let err = if status >= 500 || status == 429 {
            CliError::network("the token endpoint failed")
        } else {
            CliError::auth(format!(
                "the token endpoint refused the credentials of profile {:?}",
                self.profile
            ))
            .hint(format!(
                "check client id {:?} and its secret: {}",
                self.client_id,
                self.remedy.clone().unwrap_or_else(|| format!(
                    "`iamctl profile add {} ...` replaces them",
                    self.profile
                ))
            ))
        };
        err.with_api(api)
    }

    /// Say what to do about refused credentials on the secret's route.
    pub fn with_remedy(mut self, remedy: String) -> TokenProvider {
        self.remedy = Some(remedy);
        self
    }

    /// Drop a cached token (`profile remove`): a removed profile leaves
    /// nothing usable behind.
    pub fn forget(endpoint: &Url, client_id: &str) {
        if let Some(c) = cache::Cache::open() {
            c.remove(&c.hash("slot", &[endpoint.as_str(), client_id]));
        }
    }

    pub fn cache_hint_duration(&self) -> Duration {
        Duration::from_secs(EXPIRY_MARGIN_SECS)
    }
}
