//! The wiring between the client and the emulator (the `iamctl-sandbox`
//! crate), compiled with the `sandbox` cargo feature (on by default). The
//! only module of the client that imports `iamctl_sandbox`:
//!
//! - the built-in profiles `sandbox`, `sandbox-valuekeep` and
//!   `sandbox-descope`, served by an in-process sandbox started on first
//!   use, its state kept in the cache dir;
//! - `iamctl sandbox`: its flags and its foreground server loop.
//!
//! A build without the feature gets `builtin_none.rs` in its place: the
//! same surface, refusing.

/// The profiles every build names (they refuse without the `sandbox` feature).
pub const BUILTIN_PROFILES: [&str; 3] = ["sandbox", "sandbox-valuekeep", "sandbox-descope"];

/// The built-in profiles: an in-process sandbox per platform.
pub const SANDBOX_PROFILE: &str = "sandbox";

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use iamctl_sandbox::{SandboxOptions, valuekeep};

use crate::config::Resolved;
use crate::config::{Kind, Profile};
use crate::error::{CliError, Result};
use crate::secrets::Secret;

pub use iamctl_sandbox::RunningSandbox;
/// The Descope project and management key the sandbox accepts by default
/// (`iamctl sandbox`'s defaults and the `sandbox-descope` profile's).
pub use iamctl_sandbox::{DESCOPE_MANAGEMENT_KEY, DESCOPE_PROJECT_ID};
/// The bounds `iamctl sandbox` checks its flags against.
pub use iamctl_sandbox::{MAX_SEED_USERS, MAX_TOKEN_TTL_SECS};

/// Users the built-in sandbox seeds on its first run.
const SEED_USERS: usize = 50;

/// A built-in profile of platform `kind`, against the in-process sandbox
/// (started here on first use and kept in `running` until the command
/// ends).
pub async fn resolve(running: &mut Option<RunningSandbox>, kind: Kind) -> Result<Resolved> {
    let base_url = match running {
        Some(sb) => sb.base_url.clone(),
        None => {
            let state = crate::config::cache_dir()?
                .join("sandbox")
                .join("state.json");
            if let Some(dir) = state.parent() {
                crate::files::create_private_dir(dir)?;
            }
            let opts = SandboxOptions {
                seed_users: SEED_USERS,
                state_file: Some(state),
                ..Default::default()
            };
            let sb = iamctl_sandbox::start(opts).await.map_err(|e| {
                CliError::other(format!("cannot start the built-in sandbox: {e:#}"))
            })?;
            running.insert(sb).base_url.clone()
        }
    };
    let (name, profile, secret) = match kind {
        Kind::Odc => {
            let (p, s) = odc_profile(&base_url);
            (SANDBOX_PROFILE, p, s)
        }
        Kind::Valuekeep => {
            let (p, s) = valuekeep_profile(&base_url);
            ("sandbox-valuekeep", p, s)
        }
        Kind::Descope => {
            let (p, s) = descope_profile(&base_url);
            ("sandbox-descope", p, s)
        }
    };
    Ok(Resolved {
        name: name.into(),
        profile,
        secret: Some(secret),
        cache_scope: Some(format!("builtin-{name}")),
    })
}

/// The built-in `sandbox` profile against the in-process sandbox at `base_url`.
fn odc_profile(base_url: &str) -> (Profile, Secret) {
    let defaults = SandboxOptions::default();
    let profile = Profile {
        portal: Some(base_url.to_string()),
        client_id: Some(defaults.client_id),
        ..Profile::new(Kind::Odc)
    };
    (profile, Secret::new(defaults.client_secret))
}

/// The built-in `sandbox-valuekeep` profile against the in-process sandbox at `base_url`.
fn valuekeep_profile(base_url: &str) -> (Profile, Secret) {
    let defaults = SandboxOptions::default();
    let profile = Profile {
        base_url: Some(base_url.to_string()),
        tenant: Some(valuekeep::TENANT.into()),
        org: Some(valuekeep::ORG.into()),
        client_id: Some(defaults.client_id),
        token_url: Some(format!("{base_url}/connect/token")),
        ..Profile::new(Kind::Valuekeep)
    };
    (profile, Secret::new(defaults.client_secret))
}

/// The built-in `sandbox-descope` profile against the in-process sandbox at `base_url`.
fn descope_profile(base_url: &str) -> (Profile, Secret) {
    let profile = Profile {
        project_id: Some(DESCOPE_PROJECT_ID.into()),
        base_url: Some(base_url.to_string()),
        ..Profile::new(Kind::Descope)
    };
    (profile, Secret::new(DESCOPE_MANAGEMENT_KEY))
}

// ---- `iamctl sandbox` ----

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
          value_parser = clap::value_parser!(u64).range(1..=MAX_TOKEN_TTL_SECS))]
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
    #[arg(long, default_value = DESCOPE_PROJECT_ID)]
    pub descope_project_id: String,

    /// Descope management key the management routes accept (default: the
    /// built-in `sandbox-descope` profile's). On the command line it shows
    /// in `ps`: prefer IAMCTL_SANDBOX_MANAGEMENT_KEY or
    /// --descope-management-key-file
    #[arg(long, env = "IAMCTL_SANDBOX_MANAGEMENT_KEY", hide_env_values = true, hide_default_value = true,
          default_value = DESCOPE_MANAGEMENT_KEY)]
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

/// `--seed-users`, at most `MAX_SEED_USERS`: each user is kept three times
/// (one per platform) in memory, so a number typed with a few zeros too many
/// must be refused here rather than abort on allocation.
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
    let text = std::fs::read_to_string(path)
        .map_err(|e| CliError::usage(format!("{flag}: cannot read {}: {e}", path.display())))?;
    let line = text.lines().next().unwrap_or("").trim_end_matches('\r');
    if line.is_empty() {
        return Err(CliError::usage(format!(
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

fn options(args: &SandboxArgs) -> Result<SandboxOptions> {
    let (client_secret, descope_management_key) = args.secrets()?;
    if let Some(v) = &args.variant {
        iamctl_sandbox::variants::choose(v)
            .map_err(|e| CliError::usage(format!("--variant: {e:#}")))?;
    }
    Ok(SandboxOptions {
        port: args.port,
        client_id: args.client_id.clone(),
        client_secret,
        token_ttl_secs: args.token_ttl,
        seed_users: args.seed_users,
        fail_rate: args.fail_rate,
        fault_seed: args.fault_seed,
        latency_ms: args.latency_ms,
        rate_limit: args.rate_limit,
        vendor_limits: args.vendor_limits,
        rate_window_secs: args.rate_window,
        state_file: args.state.clone(),
        descope_project_id: args.descope_project_id.clone(),
        descope_management_key,
        bulk_shuffle_seed: args.bulk_shuffle_seed,
    })
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

/// `iamctl sandbox`: serve in the foreground until SIGINT/SIGTERM.
pub async fn run(args: SandboxArgs) -> Result<()> {
    let opts = options(&args)?;
    let stop = terminated()?;
    let running = iamctl_sandbox::start(opts)
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
        t = valuekeep::TENANT,
        o = valuekeep::ORG,
        s = valuekeep::SCOPE,
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
