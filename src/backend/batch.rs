//! Reading and changing many users in few requests, on the platforms whose
//! API has routes for it (Descope's `users/load` and `user/patch/batch`).
//! Commands that change many users (`users lifecycle`) ask the backend for
//! this facet and fall back to one user at a time without it.

use std::collections::HashMap;

use serde_json::Value;

use crate::error::{CliError, Result};

#[async_trait::async_trait]
pub trait UserBatches: Send + Sync {
    /// Users per read or write request: the one place the platform's batch
    /// size is set.
    fn batch_size(&self) -> usize;

    /// The records of up to `batch_size` users, by any name `users get`
    /// takes; a name no user has is absent from the map.
    async fn load_users(&self, names: &[String]) -> Result<HashMap<String, Value>>;

    /// Whether `set_users` can set this platform attribute (the setter name
    /// `Capabilities::attribute` gives).
    fn sets_in_batch(&self, attr: &str) -> bool;

    /// Set `attr` to `value` on each user (its key and the record
    /// `load_users` gave), up to `batch_size` of them in one request. One
    /// result per user, in order; `Ok(false)` for each under `--dry-run`.
    async fn set_users(
        &self,
        users: &[(String, Value)],
        attr: &str,
        value: &str,
    ) -> Result<Vec<Result<bool>>>;
}

/// What a name no user has gets, as `users get` would say it.
pub fn no_such_user(name: &str) -> CliError {
    CliError::missing("user", name)
}
