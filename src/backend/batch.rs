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
    /// `Capabilities::attribute` gives), with or without the user's record
    /// at hand (some attributes are written whole from the record).
    fn sets_in_batch(&self, attr: &str, with_record: bool) -> bool;

    /// Each change, up to `batch_size` users in one request (changes of
    /// one user go together). One result per change, in order; `Ok(false)`
    /// for each under `--dry-run`.
    async fn set_users(&self, changes: &[UserSet]) -> Result<Vec<Result<bool>>>;
}

/// One attribute of one user to set in a batch.
#[derive(Debug, Clone)]
pub struct UserSet {
    /// The user's key (what `record_key` gives).
    pub key: String,
    /// The user's record as read, where the caller has it.
    pub record: Option<Value>,
    /// The platform's attribute and value (`Capabilities::attribute`).
    pub attr: String,
    pub value: String,
}

/// What a name no user has gets, as `users get` would say it.
pub fn no_such_user(name: &str) -> CliError {
    CliError::missing("user", name)
}
