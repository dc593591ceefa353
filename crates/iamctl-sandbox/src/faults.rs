//! Injected trouble for testing clients: latency, random 503/429
//! (`--fail-rate`, reproducible with `--fault-seed`), a token bucket
//! (`--rate-limit`) and ODC's published per-organization limits
//! (`--vendor-limits`).
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
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

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

    /// Bucket of capacity max(1, rps), refilled at rps tokens per second:
    /// Err(how long until a token is there) when it is empty.
    fn check_bucket(&mut self, rps: f64) -> Result<(), Duration> {
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
            // `rps` is at least 0.01 (checked at start): at most 100 s.
            let wait = (1.0 - b.tokens) / rps.max(0.01);
            Err(Duration::from_secs_f64(wait.clamp(0.0, 100.0)))
        }
    }
}

/// `--rate-limit`: take a token from the bucket every platform's API calls
/// share; Err(how long until one is there) when it is empty. Ok when
/// there is no limit.
pub fn take_token(app: &App) -> Result<(), Duration> {
    match app.opts.rate_limit.filter(|r| *r > 0.0) {
        None => Ok(()),
        Some(rps) => app
            .faults
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .check_bucket(rps),
    }
}

/// A failure `--fail-rate` injects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Injected {
    /// 503 with `Retry-After: 1`.
    Unavailable,
    /// 429 with `Retry-After: 1`.
    TooManyRequests,
}

/// The random source of `--fail-rate`, for every platform: one generator,
/// seeded once (from `--fault-seed`, else from the OS), drawn under a lock.
/// The same seed gives the same sequence of fault decisions; requests
/// served concurrently may take them in a different order.
#[derive(Debug)]
pub struct FaultDice(Mutex<StdRng>);

impl FaultDice {
    pub fn new(seed: Option<u64>) -> FaultDice {
        FaultDice(Mutex::new(match seed {
            Some(n) => StdRng::seed_from_u64(n),
            None => StdRng::from_os_rng(),
        }))
    }

    /// Whether a request fails (with probability `rate`), and how. Draws
    /// nothing when `rate` is 0, so a seed's sequence is only used up by
    /// requests that could fail.
    pub fn roll(&self, rate: f64) -> Option<Injected> {
        if rate <= 0.0 {
            return None;
        }
        let mut rng = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if rng.random::<f64>() >= rate {
            return None;
        }
        Some(if rng.random::<bool>() {
            Injected::Unavailable
        } else {
            Injected::TooManyRequests
        })
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
    if opts.vendor_limits {
        let mut f = app.faults.lock().unwrap_or_else(|e| e.into_inner());
        let window = Duration::from_secs_f64(opts.rate_window_secs.max(0.001));
        f.check_vendor(path, method, window)?;
    }
    if let Err(wait) = take_token(app) {
        return Err(too_many(
            format!(
                "Rate limit exceeded: {} requests per second.",
                opts.rate_limit.unwrap_or_default()
            ),
            wait,
        ));
    }
    match app.dice.roll(opts.fail_rate) {
        None => {}
        Some(Injected::Unavailable) => {
            return Err(Problem::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "ServiceUnavailable",
                "Injected failure (--fail-rate): the service is temporarily unavailable.",
            )
            .retry_after(1));
        }
        Some(Injected::TooManyRequests) => {
            return Err(Problem::new(
                StatusCode::TOO_MANY_REQUESTS,
                "TooManyRequests",
                "Injected failure (--fail-rate): too many requests.",
            )
            .retry_after(1));
        }
    }
    Ok(())
}

pub type SharedFaults = Mutex<Faults>;

#[cfg(test)]
mod tests {
    use super::*;

    fn rolls(dice: &FaultDice, n: usize) -> Vec<Option<Injected>> {
        (0..n).map(|_| dice.roll(0.5)).collect()
    }

    #[test]
    fn the_same_seed_gives_the_same_decisions() {
        let a = rolls(&FaultDice::new(Some(7)), 200);
        assert_eq!(a, rolls(&FaultDice::new(Some(7)), 200));
        assert_ne!(a, rolls(&FaultDice::new(Some(8)), 200));
        assert!(a.contains(&None));
        assert!(a.contains(&Some(Injected::Unavailable)));
        assert!(a.contains(&Some(Injected::TooManyRequests)));
    }

    #[test]
    fn no_fail_rate_draws_nothing() {
        let dice = FaultDice::new(Some(7));
        assert_eq!(dice.roll(0.0), None);
        assert_eq!(
            rolls(&dice, 50),
            rolls(&FaultDice::new(Some(7)), 50),
            "a roll at rate 0 used up the sequence"
        );
    }
}
