//! The one HTTP layer every backend shares: timeouts, retries with
//! exponential backoff and jitter, `Retry-After`, client-side pacing, and a
//! `--verbose` trace with secrets redacted.

pub mod origin;
pub mod pacer;
mod redact;

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use rand::Rng;
use reqwest::{Method, StatusCode};
use serde_json::Value;
use url::Url;

use crate::error::{CliError, Result};
use crate::secrets::Secret;
pub use pacer::Window;

#[derive(Debug, Clone)]
pub enum Body {
    None,
    Json(Value),
    /// Form fields; values of secret-bearing names are redacted in traces.
    Form(Vec<(String, String)>),
}

#[derive(Debug, Clone)]
pub enum Auth {
    None,
    Bearer(Secret),
    /// HTTP Basic (client id, secret): OAuth `client_secret_basic`.
    Basic(String, Secret),
}

#[derive(Debug, Clone)]
pub struct Request {
    pub method: Method,
    pub url: Url,
    pub query: Vec<(String, String)>,
    pub body: Body,
    pub auth: Auth,
    /// Pacing windows this request counts against.
    pub windows: Vec<Arc<Window>>,
    /// Still send (and retry) after Ctrl-C in a cooperative run: a request
    /// whose answer decides work already done (polling a bulk operation).
    pub finish_on_cancel: bool,
    /// `Accept` header; JSON unless set (e.g. a picture download).
    pub accept: Option<&'static str>,
}

impl Request {
    pub fn new(method: Method, url: Url) -> Request {
        Request {
            method,
            url,
            query: Vec::new(),
            body: Body::None,
            auth: Auth::None,
            windows: Vec::new(),
            finish_on_cancel: false,
            accept: None,
        }
    }

    pub fn query(mut self, name: &str, value: impl ToString) -> Request {
        self.query.push((name.to_string(), value.to_string()));
        self
    }

    pub fn json(mut self, body: Value) -> Request {
        self.body = Body::Json(body);
        self
    }

    /// The URL with its query string, as it goes on the wire.
    pub fn full_url(&self) -> Url {
        let mut url = self.url.clone();
        if !self.query.is_empty() {
            url.query_pairs_mut().extend_pairs(&self.query);
        }
        url
    }

    /// What `--dry-run` shows of a write that was not sent: method, URL
    /// and JSON body, as data for the output layer.
    pub fn planned(&self) -> Value {
        let mut v = serde_json::json!({
            "method": self.method.as_str(),
            "url": self.full_url().as_str(),
        });
        if let Body::Json(b) = &self.body {
            // A plan is printed: a password in a body is not.
            v["body"] = redact::redact_value(b);
        }
        v
    }

    /// A POST may have done its work even when the answer was lost; other
    /// methods here are safe to send twice.
    fn idempotent(&self) -> bool {
        self.method != Method::POST
    }
}

#[derive(Debug)]
pub struct Response {
    pub status: StatusCode,
    pub headers: reqwest::header::HeaderMap,
    pub body: bytes::Bytes,
    /// Set when this is a refusal the layer would have retried (429, 503...)
    /// but the `--max-wait` budget was spent: how hard it tried, in words.
    pub gave_up: Option<String>,
}

impl Response {
    /// The error made of this answer, told that retrying stopped because
    /// the time budget was spent (when it did), and what to do about it.
    pub fn explain(&self, mut err: CliError) -> CliError {
        if let Some(note) = &self.gave_up {
            err.message = format!("{} ({note})", err.message);
            err = err
                .hint("raise --max-wait to keep retrying longer, or lower --rate / --concurrency");
        }
        err
    }

    pub fn json(&self) -> Result<Value> {
        if self.body.is_empty() {
            return Ok(Value::Null);
        }
        serde_json::from_slice(&self.body).map_err(|e| {
            CliError::network(format!(
                "the server answered HTTP {} with a body that is not JSON ({e})",
                self.status.as_u16()
            ))
        })
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

#[derive(Debug, Clone)]
pub struct HttpOptions {
    pub timeout: Duration,
    pub max_wait: Duration,
    pub verbose: u8,
    /// `--quiet`: waits are not told.
    pub quiet: bool,
}

pub struct Http {
    client: reqwest::Client,
    opts: HttpOptions,
    pub stats: Stats,
}

#[derive(Debug, Default)]
pub struct Stats {
    pub requests: AtomicU64,
    pub retries: AtomicU64,
    pub throttled: AtomicU64,
}

/// The longest URL sent. Past this no web server answers (most stop at 8
/// or 16 KiB, and the HTTP stack cannot even form one above 64 KiB): a
/// local mistake (a pasted file as a search string) to say at once, not a
/// network failure to retry.
pub const MAX_URL_BYTES: usize = 32 * 1024;
/// The largest JSON body sent. No call of iamctl needs a tenth of it (a
/// 100-user bulk call is tens of KB); a body this big is a mistake in the
/// input, which a gateway would refuse or cut off mid-upload.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

impl Http {
    pub fn new(opts: HttpOptions) -> Result<Http> {
        let _ = rustls::crypto::ring::default_provider().install_default();
        let client = reqwest::Client::builder()
            .timeout(opts.timeout)
            .connect_timeout(opts.timeout.min(Duration::from_secs(10)))
            .user_agent(concat!("iamctl/", env!("CARGO_PKG_VERSION")))
            .redirect(same_origin_redirects())
            .pool_max_idle_per_host(32)
            .build()
            .map_err(|e| CliError::other(format!("cannot build the HTTP client: {e}")))?;
        Ok(Http {
            client,
            opts,
            stats: Stats::default(),
        })
    }

    /// Send with retries; any final HTTP answer (even 4xx/5xx) is returned
    /// for the caller to interpret. Only a network failure is an error, and
    /// a request that cannot be sent at all (refused here, before anything
    /// goes out: see [`check`]).
    ///
    /// Retries go on until the `--max-wait` budget is spent, however many
    /// attempts that takes; the budget runs from the first send, so time
    /// queued behind the client-side pacer before it does not count.
    pub async fn send(&self, req: &Request) -> Result<Response> {
        check(req)?;
        let mut started: Option<Instant> = None;
        let mut attempt = 0u32;
        loop {
            attempt += 1;
            let cancellable = !req.finish_on_cancel;
            if cancellable && crate::cancel::is_cancelled() {
                return Err(crate::cancel::interrupted("request not sent"));
            }
            for w in &req.windows {
                let tell = |d: Duration, why: &str| self.tell_wait(d, why);
                let waited = if cancellable {
                    tokio::select! {
                        d = w.acquire_telling(tell) => d,
                        _ = crate::cancel::cancelled() => return Err(crate::cancel::interrupted("request not sent")),
                    }
                } else {
                    w.acquire_telling(tell).await
                };
                if self.opts.verbose > 0 && waited > Duration::from_millis(50) {
                    eprintln!(
                        "* paced {:.1}s by the {} rate window",
                        waited.as_secs_f64(),
                        w.name
                    );
                }
            }
            let started = *started.get_or_insert_with(Instant::now);
            self.stats.requests.fetch_add(1, Ordering::Relaxed);
            self.trace_request(req);
            let t0 = Instant::now();
            let outcome = self.build(req).send().await;
            let retry_in = match outcome {
                Ok(resp) => {
                    let status = resp.status();
                    let headers = resp.headers().clone();
                    let body = match resp.bytes().await {
                        Ok(b) => b,
                        Err(e) if req.idempotent() => {
                            self.trace_error(&e);
                            self.backoff_or_fail(req, started, attempt, &e)?;
                            continue;
                        }
                        Err(e) => return Err(network_error(req, &e)),
                    };
                    let mut response = Response {
                        status,
                        headers,
                        body,
                        gave_up: None,
                    };
                    self.trace_response(&response, t0.elapsed());
                    if !self.should_retry(req, status) {
                        return Ok(response);
                    }
                    let retry_after = retry_after(&response.headers);
                    if status == StatusCode::TOO_MANY_REQUESTS {
                        self.stats.throttled.fetch_add(1, Ordering::Relaxed);
                        if let Some(d) = retry_after {
                            for w in &req.windows {
                                w.pause_until(Instant::now() + d);
                            }
                        }
                    }
                    match self.next_delay(started, attempt, retry_after) {
                        Some(delay) => delay,
                        None => {
                            let note = self.spent(started, attempt);
                            if self.opts.verbose > 0 {
                                eprintln!("* giving up: {note}");
                            }
                            response.gave_up = Some(note);
                            return Ok(response);
                        }
                    }
                }
                Err(e) if e.is_builder() => return Err(unsendable(req, &e)),
                // Plain HTTP where TLS was expected: the same answer every
                // time, so no retry; say what to write instead.
                Err(e) if speaks_plain_http(&e) => {
                    self.trace_error(&e);
                    return Err(plain_http_error(req, &e));
                }
                Err(e) => {
                    self.trace_error(&e);
                    // A connection that never opened sent nothing, so even
                    // a POST may go again; a timeout may have done the work.
                    let safe = e.is_connect() || req.idempotent();
                    if !safe {
                        return Err(network_error(req, &e));
                    }
                    self.backoff_or_fail(req, started, attempt, &e)?
                }
            };
            self.stats.retries.fetch_add(1, Ordering::Relaxed);
            if self.opts.verbose > 0 {
                eprintln!("* retry {attempt} in {:.2}s", retry_in.as_secs_f64());
            } else if retry_in >= Duration::from_secs(1) {
                self.tell_wait(
                    retry_in,
                    &format!(
                        "{} {} to retry (attempt {})",
                        req.method,
                        redact::url(&req.url),
                        attempt + 1
                    ),
                );
            }
            if req.finish_on_cancel {
                tokio::time::sleep(retry_in).await;
            } else {
                tokio::select! {
                    _ = tokio::time::sleep(retry_in) => {}
                    _ = crate::cancel::cancelled() => return Err(crate::cancel::interrupted("request not retried")),
                }
            }
        }
    }

    /// How long to wait before attempt `attempt + 1`, or None when the
    /// budget is spent. A backoff of our own is cut to what is left, so the
    /// last attempt falls at the end of the budget; a server's Retry-After
    /// is not (asking earlier than it said only earns another refusal).
    fn next_delay(
        &self,
        started: Instant,
        attempt: u32,
        retry_after: Option<Duration>,
    ) -> Option<Duration> {
        let delay = backoff(attempt, retry_after);
        let left = self.opts.max_wait.saturating_sub(started.elapsed());
        if delay <= left {
            Some(delay)
        } else if retry_after.is_none() && left >= Duration::from_millis(50) {
            Some(left)
        } else {
            None
        }
    }

    /// What retrying cost, for the final error.
    fn spent(&self, started: Instant, attempt: u32) -> String {
        format!(
            "gave up after {attempt} attempt{} in {:.1} s: retrying longer would pass --max-wait {} s",
            if attempt == 1 { "" } else { "s" },
            started.elapsed().as_secs_f64(),
            self.opts.max_wait.as_secs_f64()
        )
    }

    fn backoff_or_fail(
        &self,
        req: &Request,
        started: Instant,
        attempt: u32,
        e: &reqwest::Error,
    ) -> Result<Duration> {
        match self.next_delay(started, attempt, None) {
            Some(delay) => Ok(delay),
            None => {
                // Same message and hint as a final failure, plus how hard we tried.
                let mut err = network_error(req, e);
                err.message = format!("{} ({})", err.message, self.spent(started, attempt));
                Err(err)
            }
        }
    }

    fn should_retry(&self, req: &Request, status: StatusCode) -> bool {
        match status.as_u16() {
            // The server refused before doing anything: safe for any method.
            429 | 503 => true,
            502 | 504 => req.idempotent(),
            _ => false,
        }
    }

    fn build(&self, req: &Request) -> reqwest::RequestBuilder {
        let mut b = self.client.request(req.method.clone(), req.url.clone());
        if !req.query.is_empty() {
            b = b.query(&req.query);
        }
        b = match &req.body {
            Body::None => b,
            Body::Json(v) => b.json(v),
            Body::Form(fields) => b.form(fields),
        };
        match &req.auth {
            Auth::None => b,
            Auth::Bearer(token) => b.bearer_auth(token.expose()),
            Auth::Basic(id, secret) => b.basic_auth(id, Some(secret.expose())),
        }
        .header(
            reqwest::header::ACCEPT,
            req.accept.unwrap_or("application/json"),
        )
    }

    fn trace_request(&self, req: &Request) {
        if self.opts.verbose == 0 {
            return;
        }
        eprintln!("> {} {}", req.method, redact::url(&req.full_url()));
        match req.auth {
            Auth::Bearer(_) => eprintln!("> authorization: Bearer ***"),
            Auth::Basic(_, _) => eprintln!("> authorization: Basic ***"),
            Auth::None => {}
        }
        if self.opts.verbose > 1 {
            match &req.body {
                Body::None => {}
                Body::Json(v) => eprintln!("> {}", redact::json(v)),
                Body::Form(f) => eprintln!("> {}", redact::form(f)),
            }
        }
    }

    fn trace_response(&self, resp: &Response, elapsed: Duration) {
        if self.opts.verbose == 0 {
            return;
        }
        eprintln!("< {} ({} ms)", resp.status, elapsed.as_millis());
        if let Some(ra) = resp.headers.get(reqwest::header::RETRY_AFTER) {
            eprintln!("< retry-after: {}", ra.to_str().unwrap_or("?"));
        }
        if self.opts.verbose > 1 && !resp.body.is_empty() {
            eprintln!("< {}", redact::body(&resp.body));
        }
    }

    fn trace_error(&self, e: &reqwest::Error) {
        if self.opts.verbose > 0 {
            eprintln!("* {}", describe(e));
        }
    }

    /// At -v, one line of cost: what a run spent of the vendor's budget.
    /// A wait of a second or more, told on stderr (one line each, so a CI
    /// log shows it too) unless `--quiet`; `-v` traces tell it their way.
    fn tell_wait(&self, wait: Duration, why: &str) {
        if self.opts.quiet || self.opts.verbose > 0 {
            return;
        }
        eprintln!("waiting {:.0}s: {why}", wait.as_secs_f64().ceil());
    }

    pub fn report_stats(&self) {
        if self.opts.verbose > 0 {
            eprintln!(
                "* {} requests, {} retries, {} answered 429",
                self.stats.requests.load(Ordering::Relaxed),
                self.stats.retries.load(Ordering::Relaxed),
                self.stats.throttled.load(Ordering::Relaxed)
            );
        }
    }
}

/// Exponential backoff with jitter, unless the server said how long.
fn backoff(attempt: u32, retry_after: Option<Duration>) -> Duration {
    if let Some(d) = retry_after {
        // A little jitter so that workers paused together don't return together.
        return d + Duration::from_millis(rand::rng().random_range(0..50));
    }
    let base = Duration::from_millis(200) * 2u32.pow(attempt.saturating_sub(1).min(6));
    let capped = base.min(Duration::from_secs(10));
    let ms = capped.as_millis() as u64;
    Duration::from_millis(rand::rng().random_range(ms / 2..=ms))
}

/// `Retry-After` as delay-seconds or an HTTP date.
pub fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    let v = headers
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim();
    if let Ok(secs) = v.parse::<f64>() {
        return (secs.is_finite() && secs >= 0.0).then(|| Duration::from_secs_f64(secs));
    }
    let when = httpdate::parse_http_date(v).ok()?;
    Some(
        when.duration_since(std::time::SystemTime::now())
            .unwrap_or_default(),
    )
}

/// What is wrong with a request before it is sent: only https, or plain
/// http to this machine, on every path (a URL from the API, a pasted one);
/// a URL or a body no server would take. Refused as a usage error (exit 2),
/// at once and never retried.
pub fn check(req: &Request) -> Result<()> {
    origin::require_secure(&req.url)?;
    let url_len = req.full_url().as_str().len();
    if url_len > MAX_URL_BYTES {
        return Err(CliError::usage(format!(
            "the request URL would be {} KiB long, more than the {} KiB iamctl sends ({} {})",
            url_len / 1024,
            MAX_URL_BYTES / 1024,
            req.method,
            redact::short(&redact::url(&req.url))
        ))
        .hint("a search, filter or name given is far too long: shorten it"));
    }
    if let Body::Json(v) = &req.body {
        let len = serde_json::to_vec(v).map(|b| b.len()).unwrap_or(0);
        if len > MAX_BODY_BYTES {
            return Err(CliError::usage(format!(
                "the request body would be {:.1} MiB, more than the {} MiB iamctl sends in one request ({} {})",
                len as f64 / (1024.0 * 1024.0),
                MAX_BODY_BYTES / (1024 * 1024),
                req.method,
                redact::short(&redact::url(&req.url))
            ))
            .hint("a value given (a file, --json, a column of the input) is far too long"));
        }
    }
    Ok(())
}

/// Redirects are followed only within the origin they started from, and
/// never to plain http off this machine: credentials stay where they were
/// meant to go. Any other redirect is answered as it came (a 3xx).
fn same_origin_redirects() -> reqwest::redirect::Policy {
    reqwest::redirect::Policy::custom(|attempt| {
        let first = attempt.previous().first().map(|u| u.origin());
        let same = first.as_ref() == Some(&attempt.url().origin());
        if attempt.previous().len() >= 5 || !same || origin::require_secure(attempt.url()).is_err()
        {
            attempt.stop()
        } else {
            attempt.follow()
        }
    })
}

/// A request the HTTP stack refused to form (a control character in a URL
/// or a header value, a scheme it cannot speak): the input is wrong, and
/// sending it again would fail the same way.
fn unsendable(req: &Request, e: &reqwest::Error) -> CliError {
    let mut cause = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        cause = s.to_string();
        source = s.source();
    }
    CliError::usage(format!(
        "cannot send {} {}: {cause}",
        req.method,
        redact::short(&redact::url(&req.url))
    ))
    .hint("check the URL, path and values given (and the profile's IDs) for line breaks or other control characters")
}

fn describe(e: &reqwest::Error) -> String {
    let what = if e.is_timeout() {
        "timed out"
    } else if e.is_connect() {
        "could not connect"
    } else {
        "failed"
    };
    let url = e
        .url()
        .map(|u| redact::short(&redact::url(u)))
        .unwrap_or_default();
    let mut cause = String::new();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        cause = s.to_string();
        source = s.source();
    }
    if cause.is_empty() {
        format!("request to {url} {what}")
    } else {
        format!("request to {url} {what}: {cause}")
    }
}

/// Did a TLS handshake meet a server that answered in plain HTTP (a local
/// sandbox given without `http://`)?
fn speaks_plain_http(e: &reqwest::Error) -> bool {
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        let text = s.to_string();
        if text.contains("InvalidContentType") || text.contains("corrupt message") {
            return true;
        }
        source = s.source();
    }
    false
}

fn plain_http_error(req: &Request, e: &reqwest::Error) -> CliError {
    let host = req.url.host_str().unwrap_or("the host");
    let at = match req.url.port() {
        Some(p) => format!("{host}:{p}"),
        None => host.to_string(),
    };
    CliError::usage(format!(
        "{at} answered in plain HTTP, not HTTPS ({})",
        describe(e)
    ))
    .hint(format!(
        "an address without a scheme means https://; if {at} is a local `iamctl sandbox`, give it as http://{at}"
    ))
}

fn network_error(req: &Request, e: &reqwest::Error) -> CliError {
    let err = CliError::network(describe(e));
    if e.is_connect() {
        err.hint(format!(
            "check that {} is reachable and the profile's address is right",
            req.url.host_str().unwrap_or("the host")
        ))
    } else if e.is_timeout() {
        err.hint("raise --timeout if the server is slow")
    } else {
        err
    }
}

/// The writes a `--dry-run` kept instead of sending, in order; the command
/// layer hands them to the output layer at the end of the run.
#[derive(Debug, Default)]
pub struct DryRun {
    planned: std::sync::Mutex<Vec<Value>>,
}

impl DryRun {
    pub fn record(&self, req: &Request) {
        self.planned
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(req.planned());
    }

    pub fn take(&self) -> Vec<Value> {
        std::mem::take(&mut *self.planned.lock().unwrap_or_else(|e| e.into_inner()))
    }

    /// The planned requests whose URL or body names `needle` (a key),
    /// taken; the others stay for the records they belong to.
    pub fn take_naming(&self, needle: &str) -> Vec<Value> {
        if needle.is_empty() {
            return Vec::new();
        }
        let mut planned = self.planned.lock().unwrap_or_else(|e| e.into_inner());
        let (mine, rest): (Vec<Value>, Vec<Value>) = std::mem::take(&mut *planned)
            .into_iter()
            .partition(|r| r.to_string().contains(needle));
        *planned = rest;
        mine
    }
}
