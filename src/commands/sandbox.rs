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

    /// OAuth client secret the token endpoint accepts (default
    /// `sandbox-secret`). On the command line it shows in `ps`: prefer
    /// IAMCTL_SANDBOX_CLIENT_SECRET or --client-secret-file
    #[arg(
        long,
        env = "IAMCTL_SANDBOX_CLIENT_SECRET",
        hide_env_values = true,
        default_value = "sandbox-secret"
    )]
    pub client_secret: String,

    /// Read the OAuth client secret from FILE (its first line); wins over
    /// --client-secret and the environment
    #[arg(long, value_name = "FILE")]
    pub client_secret_file: Option<PathBuf>,

    /// Lifetime of issued access tokens, in seconds (at most a year)
    #[arg(long = "token-ttl", value_name = "SECONDS", default_value_t = 43_200,
          value_parser = clap::value_parser!(u64).range(1..=crate::builtin::MAX_TOKEN_TTL_SECS))]
    pub token_ttl: u64,

    /// Seed this many deterministic fake users (plus a small fixed world);
    /// at most 1,000,000
    #[arg(long, value_name = "N", default_value_t = 0, value_parser = seed_count)]
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

    /// Delay added to every response, in milliseconds (0 to 600000: ten minutes)
    #[arg(long, value_name = "MS", default_value_t = 0, value_parser = latency_ms)]
    pub latency_ms: u64,

    /// Token-bucket limit on the API calls of every platform (ODC, Valuekeep,
    /// Descope), requests per second (429 beyond); from 0.01 to 1,000,000
    #[arg(long, value_name = "RPS", value_parser = requests_per_second)]
    pub rate_limit: Option<f64>,

    /// Enforce the vendors' published limits: ODC's per organization (100/window
    /// per API, 5 bulk), Descope's per project (100 creates, 200 searches and
    /// 200 updates per window; 429 E130429 with Retry-After)
    #[arg(long)]
    pub vendor_limits: bool,

    /// Length of the vendor-limit window in seconds (fractions allowed)
    #[arg(long = "rate-window", value_name = "SECONDS", default_value_t = 60.0,
          value_parser = crate::duration::parse_seconds)]
    pub rate_window: f64,

    /// Load state from FILE at start (if it exists) and save it on exit
    #[arg(long = "state", value_name = "FILE")]
    pub state: Option<PathBuf>,

    /// Descope project ID the management routes accept
    #[arg(long, default_value = crate::builtin::DESCOPE_PROJECT_ID)]
    pub descope_project_id: String,

    /// Descope management key the management routes accept (default: the
    /// built-in `sandbox-descope` profile's). On the command line it shows
    /// in `ps`: prefer IAMCTL_SANDBOX_MANAGEMENT_KEY or
    /// --descope-management-key-file
    #[arg(long, env = "IAMCTL_SANDBOX_MANAGEMENT_KEY", hide_env_values = true, hide_default_value = true,
          default_value = crate::builtin::DESCOPE_MANAGEMENT_KEY)]
    pub descope_management_key: String,

    /// Read the Descope management key from FILE (its first line); wins
    /// over --descope-management-key and the environment
    #[arg(long, value_name = "FILE")]
    pub descope_management_key_file: Option<PathBuf>,

    /// Answer in other shapes the vendors' documents allow, comma-separated:
    /// odc-no-total, odc-no-expires-in, vk-no-expires-in, vk-status-names,
    /// vk-relative-links, vk-no-count, vk-no-skip, descope-no-total (rehearse `profile test
    /// --deep` and the client's second paths)
    #[arg(long, env = "IAMCTL_SANDBOX_VARIANT", value_name = "NAMES")]
    pub variant: Option<String>,
    /// ODC: answer bulk operations' records in an order shuffled with seed
    /// N (ODC's spec promises no order), to rehearse clients that must
    /// match records by identity
    #[arg(long, value_name = "N")]
    pub bulk_shuffle_seed: Option<u64>,
}

/// The most users `--seed-users` seeds: each is kept three times (one per
/// platform) in memory, so a number typed with a few zeros too many must be
/// refused here rather than abort on allocation.
pub const MAX_SEED_USERS: usize = crate::builtin::MAX_SEED_USERS;

fn seed_count(s: &str) -> std::result::Result<usize, String> {
    let v: u64 = s
        .trim()
        .parse()
        .map_err(|_| format!("{s:?} is not a whole number of users"))?;
    if v > MAX_SEED_USERS as u64 {
        return Err(format!(
            "{v} users is more than the sandbox seeds (at most {MAX_SEED_USERS})"
        ));
    }
    Ok(v as usize)
}

impl SandboxArgs {
    /// The client secret and the management key, from their files when
    /// given (a secret in a file or the environment stays out of `ps`).
    pub fn secrets(&self) -> Result<(String, String)> {
        let secret = match &self.client_secret_file {
            Some(p) => read_secret_file(p, "--client-secret-file")?,
            None => self.client_secret.clone(),
        };
        let key = match &self.descope_management_key_file {
            Some(p) => read_secret_file(p, "--descope-management-key-file")?,
            None => self.descope_management_key.clone(),
        };
        Ok((secret, key))
    }
}

/// The first line of `path`, without its line ending; empty is refused.
fn read_secret_file(path: &std::path::Path, flag: &str) -> Result<String> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        crate::error::CliError::usage(format!("{flag}: cannot read {}: {e}", path.display()))
    })?;
    let line = text.lines().next().unwrap_or("").trim_end_matches('\r');
    if line.is_empty() {
        return Err(crate::error::CliError::usage(format!(
            "{flag}: {} is empty",
            path.display()
        )));
    }
    Ok(line.to_string())
}

fn fraction(s: &str) -> std::result::Result<f64, String> {
    let v: f64 = s.parse().map_err(|_| format!("'{s}' is not a number"))?;
    if (0.0..=1.0).contains(&v) {
        Ok(v)
    } else {
        Err(format!("{v} is not between 0 and 1"))
    }
}

/// Milliseconds of latency: bounded like every other duration, so that a
/// huge value cannot hang every request for ever.
fn latency_ms(s: &str) -> std::result::Result<u64, String> {
    const MAX: u64 = 600_000;
    match s.trim().parse::<u64>() {
        Ok(v) if v <= MAX => Ok(v),
        _ => Err(format!(
            "{s:?} is not a number of milliseconds from 0 to {MAX} (ten minutes)"
        )),
    }
}

/// Requests per second for the token bucket: a tiny rate would make the
/// Retry-After it computes overflow a clock, a huge one means no limit.
fn requests_per_second(s: &str) -> std::result::Result<f64, String> {
    let v: f64 = s
        .trim()
        .parse()
        .map_err(|_| format!("'{s}' is not a number"))?;
    if (0.01..=1_000_000.0).contains(&v) {
        Ok(v)
    } else {
        Err(format!(
            "{v} is not a rate from 0.01 to 1000000 requests per second"
        ))
    }
}

/// Serve until SIGINT/SIGTERM (the server loop is in the sandbox wiring).
pub async fn run(args: SandboxArgs) -> Result<()> {
    crate::builtin::run(args).await
}
