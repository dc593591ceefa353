//! What a backend is built with besides its profile, and the pacing of
//! its requests (the rate window).

use std::sync::Arc;
use std::time::Duration;

use crate::http::DryRun;

/// What a backend is built with besides its profile: nothing from clap
/// (the command layer fills this in), so data flows one way.
#[derive(Debug, Clone, Default)]
pub struct ClientOptions {
    /// `--dry-run`: writes are recorded here instead of sent.
    pub dry_run: Option<Arc<DryRun>>,
    /// `--rate`: requests per rate window (0 = no pacing).
    pub rate: Option<u32>,
    /// `--rate-window`: seconds.
    pub rate_window: Option<f64>,
    /// `--refresh`: resolve names afresh instead of trusting the name
    /// cache (`name_cache`).
    pub refresh_names: bool,
    /// What the profile's last `profile test --deep` found
    /// (`crate::assumptions::Observed`): the backend adapts to it.
    pub observed: Option<Arc<crate::assumptions::Observed>>,
}

impl ClientOptions {
    /// Did the profile's probe see the tenant differ from this assumption?
    pub fn differs(&self, id: &str) -> bool {
        self.observed.as_ref().is_some_and(|o| o.differs(id))
    }
}

impl ClientOptions {
    /// How long the platform's rate window is, when requests to `target`
    /// are paced at all: always against a real tenant (the vendor's limits),
    /// never against loopback (the sandbox) unless `--rate`/`--rate-window`
    /// ask for it, and never with `--rate 0`.
    pub fn pacing_window(&self, target: &url::Url) -> Option<Duration> {
        let explicit = self.rate.is_some() || self.rate_window.is_some();
        if self.rate == Some(0) || (crate::http::origin::is_loopback(target) && !explicit) {
            return None;
        }
        Some(self.window_span())
    }

    /// The rate window's length: `--rate-window`, else a minute.
    pub fn window_span(&self) -> Duration {
        Duration::from_secs_f64(self.rate_window.filter(|w| *w > 0.0).unwrap_or(60.0))
    }
}
