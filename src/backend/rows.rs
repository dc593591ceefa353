//! What became of the rows of a bulk run, and of each request that
//! carried several keys.

use crate::error::{CliError, Result};

/// What became of one row of a bulk run (`users import`, `apply`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    Created,
    Updated,
    /// A user deleted (lifecycle delete).
    Deleted,
    Unchanged,
    Skipped,
    /// The user is there (created, or already), but a group or role of
    /// the row could not be given: told apart from `created` so that no
    /// summary counts what did not happen; a resumed run finishes it.
    Partial,
    Failed,
}

impl Action {
    pub fn succeeded(self) -> bool {
        !matches!(self, Action::Failed | Action::Partial)
    }
}

/// One row's outcome, with what the API said about it.
#[derive(Debug, Clone)]
pub struct RowOutcome {
    pub action: Action,
    pub key: Option<String>,
    pub status: Option<u16>,
    pub error_code: Option<String>,
    pub message: Option<String>,
    pub trace_id: Option<String>,
}

impl RowOutcome {
    pub fn new(action: Action, key: Option<String>, status: Option<u16>) -> RowOutcome {
        RowOutcome {
            action,
            key,
            status,
            error_code: None,
            message: None,
            trace_id: None,
        }
    }

    /// `action` with the API's answer from `e` (failed, or already there).
    pub fn from_error(action: Action, e: &CliError) -> RowOutcome {
        let api = e.api.clone().unwrap_or_default();
        RowOutcome {
            action,
            key: None,
            status: (api.status != 0).then_some(api.status),
            error_code: api
                .error_code
                .or_else(|| (e.api.is_none()).then(|| e.kind.as_str().to_string())),
            message: Some(e.to_string()),
            trace_id: api.trace_id,
        }
    }
}

/// Did the platform refuse a create because the user is already there?
/// (409, or an error code / message saying so.) A re-run treats it as
/// `unchanged`, which makes imports idempotent.
pub fn is_already_exists(e: &CliError) -> bool {
    let Some(api) = &e.api else { return false };
    let code = api.error_code.as_deref().unwrap_or("").to_ascii_lowercase();
    let said = format!(
        "{} {}",
        api.title.as_deref().unwrap_or(""),
        api.detail.as_deref().unwrap_or("")
    )
    .to_ascii_lowercase();
    api.status == 409
        || code.contains("alreadyexist")
        || code.contains("already_exist")
        || said.contains("already exists")
}

/// One request's worth of membership changes: the keys it carried and what
/// became of them (`Ok(true)` sent, `Ok(false)` planned under `--dry-run`).
#[derive(Debug)]
pub struct Batch {
    pub keys: Vec<String>,
    pub result: Result<bool>,
}

/// A refused request that carried several keys is tried again one key at
/// a time, so that what was done and what failed is told exactly (the API
/// does not say whether it refused the whole list or applied part of it).
/// Only refusals (exit-code family 5, a 400) are split: a missing user or
/// an auth failure would fail each key the same way.
pub async fn split_refused<F, Fut>(batch: Batch, one: F) -> Vec<Batch>
where
    F: Fn(String) -> Fut,
    Fut: std::future::Future<Output = Result<bool>>,
{
    let refused = matches!(&batch.result, Err(e) if e.kind == crate::error::ErrorKind::Rejected);
    if batch.keys.len() < 2 || !refused {
        return vec![batch];
    }
    let mut out = Vec::with_capacity(batch.keys.len());
    for key in batch.keys {
        let result = one(key.clone()).await;
        out.push(Batch {
            keys: vec![key],
            result,
        });
    }
    out
}
