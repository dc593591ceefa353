//! The request plumbing every backend shares: send with the platform's
//! credentials, insist on success, turn an error answer into an error of
//! the right kind, and keep a `--dry-run` write instead of sending it. A
//! backend supplies only what differs: how it authenticates and how its
//! error bodies read.

use async_trait::async_trait;
use serde_json::Value;

use crate::error::{ApiFailure, CliError, ErrorKind, Result};
use crate::http::{DryRun, Request, Response};

#[async_trait]
pub trait ApiClient: Send + Sync {
    /// Send with the platform's credentials (renewing a token on 401).
    async fn send(&self, req: Request) -> Result<Response>;
    /// The platform's error answer as an error (see `failure`).
    fn problem(&self, resp: &Response, what: &str) -> CliError;
    /// `--dry-run`: where writes go instead of the wire.
    fn dry_run(&self) -> Option<&DryRun>;

    /// Send and insist on success; the raw answer.
    async fn call_raw(&self, req: Request, what: &str) -> Result<Response> {
        let resp = self.send(req).await?;
        if resp.status.is_success() {
            return Ok(resp);
        }
        Err(resp.explain(self.problem(&resp, what)))
    }

    /// Send and insist on success; the body as JSON (null when empty).
    async fn call(&self, req: Request, what: &str) -> Result<Value> {
        self.call_raw(req, what).await?.json()
    }

    /// A write: under `--dry-run`, kept for the output layer and not sent.
    async fn write_raw(&self, req: Request, what: &str) -> Result<Option<Response>> {
        if let Some(plan) = self.dry_run() {
            plan.record(&req);
            return Ok(None);
        }
        self.call_raw(req, what).await.map(Some)
    }

    /// A write whose answer is JSON.
    async fn write(&self, req: Request, what: &str) -> Result<Option<Value>> {
        match self.write_raw(req, what).await? {
            Some(resp) => resp.json().map(Some),
            None => Ok(None),
        }
    }
}

/// What an HTTP status means, on every platform: the exit-code family.
pub fn kind_for_status(status: u16) -> ErrorKind {
    match status {
        401 | 403 => ErrorKind::Auth,
        404 => ErrorKind::NotFound,
        429 | 500..=599 => ErrorKind::Network,
        _ => ErrorKind::Rejected,
    }
}

/// The one wording of a refused call: `{what} failed`, then what the API
/// said (rendered by `CliError`'s Display).
pub fn failure(kind: ErrorKind, what: &str, api: ApiFailure) -> CliError {
    CliError::new(kind, format!("{what} failed")).with_api(api)
}
