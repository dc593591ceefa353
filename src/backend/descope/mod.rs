//! Descope (not built yet: see its issue).

use std::sync::Arc;

use crate::backend::Backend;
use crate::cli::GlobalArgs;
use crate::context::Resolved;
use crate::error::{CliError, Result};
use crate::http::Http;

pub fn connect(_http: Arc<Http>, resolved: &Resolved, _global: &GlobalArgs) -> Result<Box<dyn Backend>> {
    Err(CliError::usage(format!(
        "profile {:?} is a Descope profile, and Descope is not supported yet",
        resolved.name
    )))
}
