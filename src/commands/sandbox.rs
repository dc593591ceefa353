//! `iamctl sandbox`: flags and the foreground server loop.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use crate::error::{CliError, Result};
use iamctl_sandbox::{self as sandbox, SandboxOptions};

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
    #[arg(long, default_value = iamctl_sandbox::DESCOPE_PROJECT_ID)]
    pub descope_project_id: String,

    /// Descope management key the management routes accept (default: the
    /// built-in `sandbox-descope` profile's)
    #[arg(long, env = "IAMCTL_SANDBOX_MANAGEMENT_KEY", hide_env_values = true, hide_default_value = true,
          default_value = iamctl_sandbox::DESCOPE_MANAGEMENT_KEY)]
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

impl SandboxArgs {
    fn options(&self) -> SandboxOptions {
        SandboxOptions {
            port: self.port,
            client_id: self.client_id.clone(),
            client_secret: self.client_secret.clone(),
            token_ttl_secs: self.token_ttl,
            seed_users: self.seed_users,
            fail_rate: self.fail_rate,
            latency_ms: self.latency_ms,
            rate_limit: self.rate_limit,
            vendor_limits: self.vendor_limits,
            rate_window_secs: self.rate_window,
            state_file: self.state.clone(),
            descope_project_id: self.descope_project_id.clone(),
            descope_management_key: self.descope_management_key.clone(),
        }
    }
}

/// Resolves on SIGINT or SIGTERM. The handlers are installed when this is
/// called, not when first polled, so a signal sent right after the URL line
/// is seen (tests stop the sandbox as soon as they have read it).
fn terminated() -> std::io::Result<impl std::future::Future<Output = ()>> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let mut term = signal(SignalKind::terminate())?;
        let mut int = signal(SignalKind::interrupt())?;
        Ok(async move {
            tokio::select! {
                _ = int.recv() => {}
                _ = term.recv() => {}
            }
        })
    }
    #[cfg(not(unix))]
    {
        Ok(async {
            let _ = tokio::signal::ctrl_c().await;
        })
    }
}

pub async fn run(args: SandboxArgs) -> Result<()> {
    let opts = args.options();
    let stop = terminated()?;
    let running = sandbox::start(opts)
        .await
        .map_err(|e| CliError::other(format!("sandbox: {e}")))?;
    {
        // The URL line is the machine interface: scripts read it, so it is
        // flushed at once.
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "{}", running.base_url);
        let _ = out.flush();
    }
    eprintln!(
        "sandbox: ODC at {url} (client {id}); token endpoint {url}/identity/connect/token; Ctrl-C to stop",
        url = running.base_url,
        id = args.client_id,
    );
    eprintln!(
        "sandbox: Descope at {url} (project {project}; Authorization: Bearer <project>:<management key>)",
        url = running.base_url,
        project = args.descope_project_id,
    );
    eprintln!(
        "sandbox: Valuekeep at {url}/api/{t}/{o}/identity (scope {s}); token endpoint {url}/connect/token",
        url = running.base_url,
        t = sandbox::valuekeep::TENANT,
        o = sandbox::valuekeep::ORG,
        s = sandbox::valuekeep::SCOPE,
    );
    stop.await;
    eprintln!("sandbox: stopping");
    running
        .shutdown()
        .await
        .map_err(|e| CliError::other(format!("sandbox: {e}")))?;
    if let Some(p) = &args.state {
        eprintln!("sandbox: state saved to {}", p.display());
    }
    Ok(())
}
