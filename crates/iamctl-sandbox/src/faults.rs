//! Injected trouble for testing clients: latency, random 503/429
//! (`--fail-rate`), a token bucket (`--rate-limit`) and ODC's published
//! per-organization limits (`--vendor-limits`).
//!
//! Every decision is taken *before* the handler runs, so a refused request
//! never half-applies a write. The token endpoint and discovery are exempt
//! from fail-rate and limits (only latency applies to them): the real limits
//! are published for the API domains, and a client under test should
//! always be able to get a token; retries are exercised on API calls.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::{Request, State};
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use rand::Rng;

use super::App;
use super::problem::Problem;

/// ODC's published limits, per organization and per window ("a minute",
/// shrinkable with `--rate-window`).
const IDENTITY_PER_WINDOW: usize = 100;
const BULK_PER_WINDOW: usize = 5;
const PORTFOLIO_PER_WINDOW: usize = 100;

/// A sliding-window log: the instants of the requests admitted in the last
/// window. Exact (no boundary bursts, unlike a fixed window) and cheap at
/// these sizes.
#[derive(Debug, Default)]
pub struct SlidingWindow {
    pub hits: VecDeque<Instant>,
}

impl SlidingWindow {
    pub fn prune(&mut self, now: Instant, window: Duration) {
        while let Some(&t) = self.hits.front() {
            if now.duration_since(t) >= window {
                self.hits.pop_front();
            } else {
                break;
            }
        }
    }
    /// None if there is room; else how long until the oldest hit leaves.
    pub fn wait(&self, now: Instant, window: Duration, max: usize) -> Option<Duration> {
        if self.hits.len() < max {
            return None;
        }
        let oldest = self.hits.get(self.hits.len() - max)?;
        Some((*oldest + window).saturating_duration_since(now))
    }
}

#[derive(Debug)]
struct TokenBucket {
    tokens: f64,
    last: Instant,
}

#[derive(Debug, Default)]
pub struct Faults {
    identity: SlidingWindow,
    bulk: SlidingWindow,
    portfolio: SlidingWindow,
    bucket: Option<TokenBucket>,
}

/// HTTP's Retry-After is whole seconds: round up, and never say 0 while
/// the limit still holds.
pub fn retry_secs(d: Duration) -> u64 {
    (d.as_secs_f64().ceil() as u64).max(1)
}

fn too_many(detail: String, wait: Duration) -> Problem {
    Problem::new(StatusCode::TOO_MANY_REQUESTS, "TooManyRequests", detail)
        .retry_after(retry_secs(wait))
}

impl Faults {
    fn check_vendor(
        &mut self,
        path: &str,
        method: &Method,
        window: Duration,
    ) -> Result<(), Problem> {
        let now = Instant::now();
        let secs = window.as_secs_f64();
        if path.starts_with("/api/identity/") {
            let is_bulk = method == Method::POST
                && path.trim_end_matches('/') == "/api/identity/v1/users/bulk";
            self.identity.prune(now, window);
            self.bulk.prune(now, window);
            if let Some(w) = self.identity.wait(now, window, IDENTITY_PER_WINDOW) {
                return Err(too_many(
                    format!(
                        "Rate limit exceeded: {IDENTITY_PER_WINDOW} identity API requests per {secs} s."
                    ),
                    w,
                ));
            }
            if is_bulk {
                if let Some(w) = self.bulk.wait(now, window, BULK_PER_WINDOW) {
                    return Err(too_many(
                        format!(
                            "Rate limit exceeded: {BULK_PER_WINDOW} bulk user requests per {secs} s."
                        ),
                        w,
                    ));
                }
                self.bulk.hits.push_back(now);
            }
            self.identity.hits.push_back(now);
        } else if path.starts_with("/api/portfolios/") {
            self.portfolio.prune(now, window);
            if let Some(w) = self.portfolio.wait(now, window, PORTFOLIO_PER_WINDOW) {
                return Err(too_many(
                    format!(
                        "Rate limit exceeded: {PORTFOLIO_PER_WINDOW} portfolio API requests per {secs} s."
                    ),
                    w,
                ));
            }
            self.portfolio.hits.push_back(now);
        }
        Ok(())
    }

    /// Bucket of capacity max(1, rps), refilled at rps tokens per second.
    fn check_bucket(&mut self, rps: f64) -> Result<(), Problem> {
        let now = Instant::now();
        let cap = rps.max(1.0);
        let b = self.bucket.get_or_insert(TokenBucket {
            tokens: cap,
            last: now,
        });
        b.tokens = (b.tokens + now.duration_since(b.last).as_secs_f64() * rps).min(cap);
        b.last = now;
        if b.tokens >= 1.0 {
            b.tokens -= 1.0;
            Ok(())
        } else {
            let wait = Duration::from_secs_f64((1.0 - b.tokens) / rps.max(f64::MIN_POSITIVE));
            Err(too_many(
                format!("Rate limit exceeded: {rps} requests per second."),
                wait,
            ))
        }
    }
}

/// Latency for every route, API or not.
pub async fn latency(State(app): State<Arc<App>>, req: Request, next: Next) -> Response {
    if app.opts.latency_ms > 0 {
        tokio::time::sleep(Duration::from_millis(app.opts.latency_ms)).await;
    }
    next.run(req).await
}

/// Limits and random failures, in front of the API routes only.
pub async fn api_faults(State(app): State<Arc<App>>, req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    if let Err(p) = decide(&app, &path, req.method()) {
        return p.to_response(&path);
    }
    next.run(req).await
}

fn decide(app: &App, path: &str, method: &Method) -> Result<(), Problem> {
    let opts = &app.opts;
    if opts.vendor_limits || opts.rate_limit.is_some() {
        let mut f = app.faults.lock().unwrap_or_else(|e| e.into_inner());
        if opts.vendor_limits {
            let window = Duration::from_secs_f64(opts.rate_window_secs.max(0.001));
            f.check_vendor(path, method, window)?;
        }
        if let Some(rps) = opts.rate_limit.filter(|r| *r > 0.0) {
            f.check_bucket(rps)?;
        }
    }
    if opts.fail_rate > 0.0 {
        let mut rng = rand::rng();
        if rng.random::<f64>() < opts.fail_rate {
            return Err(if rng.random::<bool>() {
                Problem::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "ServiceUnavailable",
                    "Injected failure (--fail-rate): the service is temporarily unavailable.",
                )
                .retry_after(1)
            } else {
                Problem::new(
                    StatusCode::TOO_MANY_REQUESTS,
                    "TooManyRequests",
                    "Injected failure (--fail-rate): too many requests.",
                )
                .retry_after(1)
            });
        }
    }
    Ok(())
}

pub type SharedFaults = Mutex<Faults>;
