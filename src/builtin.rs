//! The wiring between the client and the emulator (the `iamctl-sandbox`
//! crate), compiled with the `sandbox` cargo feature (on by default). The
//! only module of the client that imports `iamctl_sandbox`:
//!
//! - the built-in profiles `sandbox`, `sandbox-valuekeep` and
//!   `sandbox-descope`, served by an in-process sandbox started on first
//!   use, its state kept in the cache dir;
//! - the server loop of `iamctl sandbox` (its flags are in
//!   `commands/sandbox.rs`).
//!
//! A build without the feature gets `builtin_none.rs` in its place: the
//! same surface, refusing.

/// The profiles every build names (they refuse without the `sandbox` feature).
pub const BUILTIN_PROFILES: [&str; 3] = ["sandbox", "sandbox-valuekeep", "sandbox-descope"];

use std::io::Write;

use iamctl_sandbox::{SandboxOptions, valuekeep};

use crate::commands::sandbox::SandboxArgs;
use crate::config::Resolved;
use crate::config::{Kind, Profile};
use crate::context::SANDBOX_PROFILE;
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
