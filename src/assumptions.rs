//! What iamctl assumes where the vendors' documents are silent, as data:
//! what an assumption is, what a probe finds, and the findings kept per
//! profile. Below the backends, which read these types.
//!
//! Each platform keeps its list in its one marked file
//! (`backend/odc/assumptions.rs`, `backend/valuekeep/assumptions.rs`,
//! `backend/descope/unconfirmed.rs`), next to the constants the code uses;
//! `backend/assumptions.rs` holds the three lists together and what comes
//! from them: the README's "assumptions not confirmed by the vendor"
//! sections (`iamctl assumptions`, spliced in by `scripts/gen-docs.sh`),
//! the rows of `iamctl profile test --deep` (a read-only probe of the
//! tenant), and the warnings owed where the per-profile findings the
//! backends adapt to (`Observed`, kept in `<config dir>/observed/`) say
//! the tenant differs.
//!
//! Adding an assumption is one entry in its platform's list: say how it is
//! observed read-only (`Observe::Probe`, and the platform's probe must then
//! report it: a test runs every probe against the sandbox) or why it cannot
//! be (`Observe::CannotObserveReadOnly`), and what the client does when the
//! tenant differs (`Fallback`).

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::config::Kind;
use crate::error::{CliError, Result};

/// How an assumption is checked against a tenant.
#[derive(Debug, Clone, Copy)]
pub enum Observe {
    /// The read-only request(s) of the platform's probe that show it.
    Probe(&'static str),
    /// Why no read-only request can show it.
    CannotObserveReadOnly(&'static str),
}

/// What the client does when the tenant differs.
#[derive(Debug, Clone, Copy)]
pub enum Fallback {
    /// It has a second path and takes it by itself: which.
    Adapts(&'static str),
    /// It has none: what goes wrong. When the probe saw the tenant differ,
    /// the commands that depend on it (`Assumption::commands`) warn once
    /// with the finding.
    Warns(&'static str),
}

/// One unconfirmed vendor behaviour.
#[derive(Debug, Clone, Copy)]
pub struct Assumption {
    /// Stable, kebab-case, unique within the platform (`odc-total-results`).
    pub id: &'static str,
    /// What the code assumes (one README bullet; Markdown allowed).
    pub assumed: &'static str,
    pub observe: Observe,
    pub fallback: Fallback,
    /// Command paths (prefixes) whose results depend on it: they warn once
    /// when the profile's probe found that it differs and there is no
    /// second path. Empty: nothing to warn about.
    pub commands: &'static [&'static str],
}

/// What the probe saw for one assumption.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    Held,
    Differs,
    CouldNotTell,
}

impl Verdict {
    pub fn word(self) -> &'static str {
        match self {
            Verdict::Held => "held",
            Verdict::Differs => "differs",
            Verdict::CouldNotTell => "could not tell",
        }
    }
}

/// One finding. `observed` holds shapes and flags only (field present,
/// number or name, link form, HTTP status, error code): never a token, a
/// name, an e-mail or an id of the tenant's data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub id: String,
    pub verdict: Verdict,
    pub observed: String,
}

impl Finding {
    pub fn new(id: &str, verdict: Verdict, observed: impl Into<String>) -> Finding {
        Finding {
            id: id.to_string(),
            verdict,
            observed: observed.into(),
        }
    }
    pub fn held(id: &str, observed: impl Into<String>) -> Finding {
        Finding::new(id, Verdict::Held, observed)
    }
    pub fn differs(id: &str, observed: impl Into<String>) -> Finding {
        Finding::new(id, Verdict::Differs, observed)
    }
    pub fn unknown(id: &str, observed: impl Into<String>) -> Finding {
        Finding::new(id, Verdict::CouldNotTell, observed)
    }
    /// Held when `ok`, else differs.
    pub fn check(id: &str, ok: bool, observed: impl Into<String>) -> Finding {
        Finding::new(
            id,
            if ok { Verdict::Held } else { Verdict::Differs },
            observed,
        )
    }
}

// ---- What a profile's probe found, kept next to the profile ----

/// The findings of a profile's last `profile test --deep`, as the backends
/// read them: `<config dir>/observed/<profile>.json` (never the keyring:
/// there is nothing secret in it).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Observed {
    pub platform: String,
    pub findings: BTreeMap<String, Finding>,
}

impl Observed {
    pub fn new(kind: Kind, report: &[Finding]) -> Observed {
        Observed {
            platform: kind.name().to_string(),
            findings: report.iter().map(|f| (f.id.clone(), f.clone())).collect(),
        }
    }

    /// Did the probe see the tenant differ from this assumption?
    pub fn differs(&self, id: &str) -> bool {
        self.findings
            .get(id)
            .is_some_and(|f| f.verdict == Verdict::Differs)
    }

    pub fn path(profile: &str) -> Result<PathBuf> {
        let safe: String = profile
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || "-_.".contains(c) {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        Ok(crate::config::config_dir()?
            .join("observed")
            .join(format!("{safe}.json")))
    }

    /// The profile's findings, if it was probed (for this platform); an
    /// unreadable file counts as none.
    pub fn load(profile: &str, kind: Kind) -> Option<Observed> {
        let text = std::fs::read_to_string(Observed::path(profile).ok()?).ok()?;
        let o: Observed = serde_json::from_str(&text).ok()?;
        (o.platform == kind.name()).then_some(o)
    }

    /// Drop a profile's findings: they describe the tenant it pointed at,
    /// which a re-added or removed profile may no longer do.
    pub fn forget(profile: &str) {
        if let Ok(path) = Observed::path(profile) {
            let _ = std::fs::remove_file(path);
        }
    }

    pub fn save(&self, profile: &str) -> Result<PathBuf> {
        let path = Observed::path(profile)?;
        let text = serde_json::to_vec_pretty(self)
            .map_err(|e| CliError::other(format!("cannot write the findings: {e}")))?;
        crate::files::write_private(&path, &text)?;
        Ok(path)
    }
}
