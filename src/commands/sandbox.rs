//! `iamctl sandbox`: its flags. The foreground server loop lives in the
//! sandbox wiring (`crate::builtin`), the one module that imports the
//! emulator; without the `sandbox` feature this command does not exist.

use std::path::PathBuf;

use clap::Args;

use crate::error::Result;

/// Serve a local emulator of the vendors' APIs until SIGINT/SIGTERM.
/// Prints the base URL on stdout; everything else goes to stderr.
#[derive(Debug, Args)]
pub struct SandboxArgs {
    /// Port to listen on (0 picks a free one)
    #[arg(long, default_value_t = 0)]
    pub port: u16,

    /// OAuth client id the token endpoint accepts
    #[arg(long, default_value = "sandbox-client")]
    pub client_id: String,

    /// OAuth client secret the token endpoint accepts
    #[arg(long, default_value = "sandbox-secret")]
    pub client_secret: String,

    /// Lifetime of issued access tokens, in seconds
    #[arg(long = "token-ttl", value_name = "SECONDS", default_value_t = 43_200)]
    pub token_ttl: u64,

    /// Seed this many deterministic fake users (plus a small fixed world)
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub seed_users: usize,

    /// Fraction (0..1) of API calls answered 503 or 429 with Retry-After
    #[arg(long, value_name = "F", default_value_t = 0.0, value_parser = fraction)]
    pub fail_rate: f64,

    /// Seed the random choices of --fail-rate (which calls fail, 503 or 429):
    /// the same seed gives the same sequence of fault decisions (concurrent
    /// requests may take them in a different order). Default: a new seed
    /// every run
    #[arg(long, value_name = "N")]
    pub fault_seed: Option<u64>,

    /// Delay added to every response, in milliseconds
    #[arg(long, value_name = "MS", default_value_t = 0)]
    pub latency_ms: u64,

    /// Token-bucket limit on API calls, requests per second (429 beyond)
    #[arg(long, value_name = "RPS", value_parser = positive)]
    pub rate_limit: Option<f64>,

    /// Enforce the vendors' published limits: ODC's per organization (100/window
    /// per API, 5 bulk), Descope's per project (100 creates, 200 searches and
    /// 200 updates per window; 429 E130429 with Retry-After)
    #[arg(long)]
    pub vendor_limits: bool,

    /// Length of the vendor-limit window in seconds (fractions allowed)
    #[arg(long = "rate-window", value_name = "SECONDS", default_value_t = 60.0, value_parser = positive)]
    pub rate_window: f64,

    /// Load state from FILE at start (if it exists) and save it on exit
    #[arg(long = "state", value_name = "FILE")]
    pub state: Option<PathBuf>,

    /// Descope project ID the management routes accept
    #[arg(long, default_value = crate::builtin::DESCOPE_PROJECT_ID)]
    pub descope_project_id: String,

    /// Descope management key the management routes accept (default: the
    /// built-in `sandbox-descope` profile's)
    #[arg(long, env = "IAMCTL_SANDBOX_MANAGEMENT_KEY", hide_env_values = true, hide_default_value = true,
          default_value = crate::builtin::DESCOPE_MANAGEMENT_KEY)]
    pub descope_management_key: String,
}

fn fraction(s: &str) -> std::result::Result<f64, String> {
    let v: f64 = s.parse().map_err(|_| format!("'{s}' is not a number"))?;
    if (0.0..=1.0).contains(&v) {
        Ok(v)
    } else {
        Err(format!("{v} is not between 0 and 1"))
    }
}

fn positive(s: &str) -> std::result::Result<f64, String> {
    let v: f64 = s.parse().map_err(|_| format!("'{s}' is not a number"))?;
    if v > 0.0 && v.is_finite() {
        Ok(v)
    } else {
        Err(format!("{v} must be more than 0"))
    }
}

/// Serve until SIGINT/SIGTERM (the server loop is in the sandbox wiring).
pub async fn run(args: SandboxArgs) -> Result<()> {
    crate::builtin::run(args).await
}
