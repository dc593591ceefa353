//! Local emulator of the vendors' APIs (stub; see issue 2).

/// Everything that shapes a sandbox run.
#[derive(Debug, Clone)]
pub struct SandboxOptions {
    pub port: u16,
    pub client_id: String,
    pub client_secret: String,
    pub token_ttl_secs: u64,
    pub seed_users: usize,
    pub fail_rate: f64,
    pub latency_ms: u64,
    pub rate_limit: Option<f64>,
    pub vendor_limits: bool,
    pub rate_window_secs: f64,
    pub state_file: Option<std::path::PathBuf>,
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
            latency_ms: 0,
            rate_limit: None,
            vendor_limits: false,
            rate_window_secs: 60.0,
            state_file: None,
        }
    }
}

/// A sandbox serving in the background of this process.
pub struct RunningSandbox {
    pub base_url: String,
}

pub async fn start(_opts: SandboxOptions) -> anyhow::Result<RunningSandbox> {
    anyhow::bail!("not built yet")
}

impl RunningSandbox {
    /// Stop serving and save state (when a state file was given).
    pub async fn shutdown(self) -> anyhow::Result<()> {
        Ok(())
    }
}
