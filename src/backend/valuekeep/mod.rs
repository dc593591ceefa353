//! Valuekeep (not built yet: see its issue).

use std::sync::Arc;

use crate::backend::Backend;
use crate::cli::GlobalArgs;
use crate::config::Profile;
use crate::context::Resolved;
use crate::error::{CliError, Result};
use crate::http::Http;
use crate::secrets::Secret;

pub fn connect(
    _http: Arc<Http>,
    resolved: &Resolved,
    _global: &GlobalArgs,
) -> Result<Box<dyn Backend>> {
    Err(CliError::usage(format!(
        "profile {:?} is a Valuekeep profile, and Valuekeep is not supported yet",
        resolved.name
    )))
}

/// The built-in `sandbox-valuekeep` profile against the in-process sandbox at `base_url`.
pub fn builtin_profile(_base_url: &str) -> Result<(Profile, Secret)> {
    Err(CliError::usage(
        "the built-in sandbox does not serve Valuekeep yet",
    ))
}
