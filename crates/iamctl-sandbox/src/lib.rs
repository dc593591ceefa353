//! Local, stateful emulator of the vendors' APIs: ODC, Valuekeep and
//! Descope, on one server. Serves on 127.0.0.1 from a background task so
//! that both `iamctl sandbox` and the built-in `sandbox` profiles can use it.
//! A library of its own: it knows nothing of the iamctl client.
//!
//! Layers, outside in: latency → (API only) bearer check → limits and
//! injected failures → handler; Problem Details get their `instance` last.

pub mod auth;
pub mod descope;
pub mod faults;
pub mod oauth;
pub mod odc;
pub mod paging;
pub mod problem;
pub mod request_log;
pub mod seed;
pub mod state;
pub mod valuekeep;
pub mod variants;

use std::net::SocketAddr;
use std::sync::{Arc, Mutex, RwLock};

use axum::Router;
use axum::middleware::{from_fn, from_fn_with_state};
use axum::routing::{get, post};
use tokio::sync::oneshot;

pub use state::State;

/// The Descope project ID and management key the sandbox accepts by
/// default (`iamctl sandbox` defaults; the built-in `sandbox-descope`
/// profile uses them).
pub const DESCOPE_PROJECT_ID: &str = "P2sandboxDescopeProject000000";
pub const DESCOPE_MANAGEMENT_KEY: &str =
    "K2sandboxDescopeManagementKey000000000000000000000000000000000000000000";

/// The most users `seed_users` may ask for: each is kept once per platform,
/// in memory; past this a typo's extra zeros would abort on allocation.
pub const MAX_SEED_USERS: usize = 1_000_000;
/// The longest token lifetime (a year): beyond, expiry dates overflow.
pub const MAX_TOKEN_TTL_SECS: u64 = 31_536_000;
/// The rate window's bounds, in seconds (a week at most, as the client's).
const RATE_WINDOW_SECS: std::ops::RangeInclusive<f64> = 0.001..=604_800.0;
/// The longest `--latency-ms`: ten minutes, far past any client's timeout
/// (what a latency is for), far short of hanging every request for ever.
pub const MAX_LATENCY_MS: u64 = 600_000;
/// How long a stopping sandbox lets requests in flight finish before it
/// saves its state and exits anyway: a client that dribbles its request,
/// or one held by `--latency-ms`, must not keep it from saving.
pub const SHUTDOWN_GRACE: std::time::Duration = std::time::Duration::from_secs(2);
/// The token bucket's bounds, in requests per second.
const RATE_LIMIT_RPS: std::ops::RangeInclusive<f64> = 0.01..=1_000_000.0;

/// Everything that shapes a sandbox run.
#[derive(Debug, Clone)]
pub struct SandboxOptions {
    pub port: u16,
    pub client_id: String,
    pub client_secret: String,
    pub token_ttl_secs: u64,
    pub seed_users: usize,
    pub fail_rate: f64,
    /// Seed of the `fail_rate` decisions (None: from the OS). The same seed
    /// gives the same sequence of decisions; concurrent requests may take
    /// them in a different order.
    pub fault_seed: Option<u64>,
    pub latency_ms: u64,
    pub rate_limit: Option<f64>,
    pub vendor_limits: bool,
    pub rate_window_secs: f64,
    pub state_file: Option<std::path::PathBuf>,
    /// Descope: the project ID and management key the Bearer check accepts.
    pub descope_project_id: String,
    pub descope_management_key: String,
    /// ODC: answer a bulk operation's records in an order shuffled with
    /// this seed (the spec promises no order), to prove that clients match
    /// them to their input by identity. None: input order.
    pub bulk_shuffle_seed: Option<u64>,
}

impl Default for SandboxOptions {
    fn default() -> Self {
        SandboxOptions {
            port: 0,
            client_id: "sandbox-client".into(),
            client_secret: "sandbox-secret".into(),
            token_ttl_secs: 43_200,
            seed_users: 0,
            fail_rate: 0.0,
            fault_seed: None,
            latency_ms: 0,
            rate_limit: None,
            vendor_limits: false,
            rate_window_secs: 60.0,
            state_file: None,
            descope_project_id: DESCOPE_PROJECT_ID.into(),
            descope_management_key: DESCOPE_MANAGEMENT_KEY.into(),
            bulk_shuffle_seed: None,
        }
    }
}

/// What every handler shares. The world sits behind one `RwLock`: reads
/// (the bulk of traffic) run in parallel, and each write is one short
/// critical section, which is also what makes a write all-or-nothing.
pub struct App {
    pub opts: SandboxOptions,
    pub base_url: String,
    pub state: RwLock<State>,
    pub faults: faults::SharedFaults,
    pub dice: faults::FaultDice,
    pub descope_limits: descope::SharedLimits,
}

pub type Shared = Arc<App>;

/// A sandbox serving in the background of this process.
pub struct RunningSandbox {
    pub base_url: String,
    app: Shared,
    stop: oneshot::Sender<()>,
    task: tokio::task::JoinHandle<std::io::Result<()>>,
}

pub async fn start(opts: SandboxOptions) -> anyhow::Result<RunningSandbox> {
    variants::check()?;
    if !(0.0..=1.0).contains(&opts.fail_rate) {
        anyhow::bail!("fail rate must be between 0 and 1, got {}", opts.fail_rate);
    }
    // Checked here as well as by `iamctl sandbox`'s flags: every caller of
    // the library gets a clear error instead of a panic or an abort.
    if !RATE_WINDOW_SECS.contains(&opts.rate_window_secs) {
        anyhow::bail!(
            "rate window must be from {} to {} seconds, got {}",
            RATE_WINDOW_SECS.start(),
            RATE_WINDOW_SECS.end(),
            opts.rate_window_secs
        );
    }
    if let Some(rps) = opts.rate_limit
        && !RATE_LIMIT_RPS.contains(&rps)
    {
        anyhow::bail!(
            "rate limit must be from {} to {} requests per second, got {rps}",
            RATE_LIMIT_RPS.start(),
            RATE_LIMIT_RPS.end()
        );
    }
    if opts.latency_ms > MAX_LATENCY_MS {
        anyhow::bail!(
            "latency must be from 0 to {MAX_LATENCY_MS} ms, got {}",
            opts.latency_ms
        );
    }
    if opts.seed_users > MAX_SEED_USERS {
        anyhow::bail!(
            "cannot seed {} users: at most {MAX_SEED_USERS}",
            opts.seed_users
        );
    }
    if !(1..=MAX_TOKEN_TTL_SECS).contains(&opts.token_ttl_secs) {
        anyhow::bail!(
            "token lifetime must be from 1 to {MAX_TOKEN_TTL_SECS} seconds, got {}",
            opts.token_ttl_secs
        );
    }
    let state = match &opts.state_file {
        Some(path) => State::load(path)?,
        None => None,
    }
    .unwrap_or_else(|| State::new(seed::world(opts.seed_users)));
    let mut state = state;
    if !state.descope.seeded {
        state.descope = descope::model::seed(opts.seed_users);
    }
    state.descope.ensure_admin_seeded();
    valuekeep::ensure_seeded(&mut state, opts.seed_users);

    let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], opts.port)))
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on 127.0.0.1:{}: {e}", opts.port))?;
    let addr = listener.local_addr()?;
    let base_url = format!("http://{addr}");
    let dice = faults::FaultDice::new(opts.fault_seed);
    let app = Arc::new(App {
        opts,
        base_url: base_url.clone(),
        state: RwLock::new(state),
        faults: Mutex::new(faults::Faults::default()),
        dice,
        descope_limits: Mutex::new(descope::Limits::default()),
    });
    let router = router(app.clone());
    let (stop, stopped) = oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        axum::serve(listener, router)
            .with_graceful_shutdown(async {
                let _ = stopped.await;
            })
            .await
    });
    Ok(RunningSandbox {
        base_url,
        app,
        stop,
        task,
    })
}

fn router(app: Shared) -> Router {
    let api = Router::new()
        .nest("/api/identity/v1", odc::identity_routes())
        .nest("/api/portfolios/v2", odc::portfolio::routes())
        .route_layer(from_fn_with_state(app.clone(), faults::api_faults))
        .route_layer(from_fn_with_state(app.clone(), auth::require_bearer));
    Router::new()
        .route(
            "/identity/.well-known/openid-configuration",
            get(auth::discovery),
        )
        .route("/identity/connect/token", post(auth::token))
        .merge(api)
        .merge(descope::routes(app.clone()))
        .merge(valuekeep::routes(app.clone()))
        .fallback(problem::no_route)
        .method_not_allowed_fallback(problem::no_method)
        .layer(from_fn(problem::fill_instance))
        .layer(from_fn_with_state(app.clone(), faults::latency))
        .layer(from_fn(request_log::log_request))
        .with_state(app)
}

impl RunningSandbox {
    /// Stop serving and save state (when a state file was given).
    /// New connections are refused at once; requests in flight get
    /// [`SHUTDOWN_GRACE`] to finish, then are dropped; the state saved is
    /// the state at that moment (each request changes it under one lock,
    /// so it is never half a change).
    pub async fn shutdown(self) -> anyhow::Result<()> {
        let _ = self.stop.send(());
        let mut task = self.task;
        match tokio::time::timeout(SHUTDOWN_GRACE, &mut task).await {
            Ok(Ok(Ok(()))) => {}
            Ok(Ok(Err(e))) => anyhow::bail!("sandbox server failed: {e}"),
            Ok(Err(e)) => anyhow::bail!("sandbox server task failed: {e}"),
            Err(_) => task.abort(),
        }
        if let Some(path) = &self.app.opts.state_file {
            let st = self.app.state.read().unwrap_or_else(|e| e.into_inner());
            st.save(path)?;
        }
        Ok(())
    }
}
