//! `builtin` in a build without the `sandbox` cargo feature: no emulator
//! in this binary. The built-in profiles answer a usage error (exit 2), and
//! the `iamctl sandbox` command does not exist. Same surface as
//! `builtin.rs`, so the rest of the client needs no `cfg`.

/// The profiles every build names (they refuse without the `sandbox` feature).
pub const BUILTIN_PROFILES: [&str; 3] = ["sandbox", "sandbox-valuekeep", "sandbox-descope"];

/// The built-in profiles: an in-process sandbox per platform.
pub const SANDBOX_PROFILE: &str = "sandbox";

use crate::config::Kind;
use crate::config::Resolved;
use crate::error::{CliError, Result};

/// Never exists in this build.
pub enum RunningSandbox {}

impl RunningSandbox {
    pub async fn shutdown(self) -> std::result::Result<(), std::convert::Infallible> {
        match self {}
    }
}

/// The built-in profiles are not available.
pub async fn resolve(_running: &mut Option<RunningSandbox>, _kind: Kind) -> Result<Resolved> {
    Err(CliError::usage(
        "this build of iamctl has no sandbox: the built-in profiles sandbox, sandbox-valuekeep and sandbox-descope are not available",
    )
    .hint("use a configured profile (`iamctl profile add`), or build iamctl with its default features (the `sandbox` feature)"))
}
