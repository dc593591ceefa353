//! Everything the sandbox remembers, and its persistence. One top-level
//! `State` with a part per emulated vendor, so Valuekeep and Descope can sit
//! next to `odc` without touching the HTTP machinery.

use std::collections::HashMap;
use std::path::Path;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::odc::model::OdcState;

/// Bump when the file layout changes incompatibly.
const FORMAT: u32 = 1;

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct State {
    #[serde(default)]
    pub format: u32,
    /// Issued access tokens and their expiry: persisted so that a token a
    /// client cached stays valid across sandbox restarts.
    #[serde(default)]
    pub tokens: HashMap<String, DateTime<Utc>>,
    pub odc: OdcState,
    #[serde(default)]
    pub descope: super::descope::model::DescopeState,
    /// The Valuekeep emulator's world.
    #[serde(default)]
    pub valuekeep: super::valuekeep::VkState,
}

impl State {
    pub fn new(odc: OdcState) -> State {
        State {
            format: FORMAT,
            tokens: HashMap::new(),
            odc,
            descope: Default::default(),
            valuekeep: Default::default(),
        }
    }

    /// Read a state file; `Ok(None)` when it does not exist.
    pub fn load(path: &Path) -> anyhow::Result<Option<State>> {
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => anyhow::bail!("cannot read sandbox state {}: {e}", path.display()),
        };
        let mut st: State = serde_json::from_slice(&bytes).map_err(|e| {
            anyhow::anyhow!(
                "sandbox state {} is not valid ({e}); move it away to start afresh",
                path.display()
            )
        })?;
        if st.format != FORMAT {
            anyhow::bail!(
                "sandbox state {} has format {}, this iamctl reads {FORMAT}; move it away to start afresh",
                path.display(),
                st.format
            );
        }
        st.odc.reindex();
        Ok(Some(st))
    }

    /// Write atomically: a temp file beside the target, then rename, so an
    /// interrupted save never leaves a truncated state behind. The file
    /// holds live access tokens: it is readable by its owner only (0600),
    /// and a folder made for it is 0700.
    pub fn save(&self, path: &Path) -> anyhow::Result<()> {
        let bytes = serde_json::to_vec(self)?;
        let dir = path.parent().filter(|p| !p.as_os_str().is_empty());
        if let Some(dir) = dir {
            let mut b = std::fs::DirBuilder::new();
            b.recursive(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::DirBuilderExt;
                b.mode(0o700);
            }
            b.create(dir)?;
        }
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "state".into());
        let tmp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let written = (|| {
            use std::io::Write;
            let mut f = options.open(&tmp)?;
            // A temp file left by an earlier crash keeps its old mode.
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                f.set_permissions(std::fs::Permissions::from_mode(0o600))?;
            }
            f.write_all(&bytes)?;
            f.sync_all()
        })();
        written.map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            anyhow::anyhow!("cannot write {}: {e}", tmp.display())
        })?;
        std::fs::rename(&tmp, path)
            .map_err(|e| anyhow::anyhow!("cannot replace {}: {e}", path.display()))?;
        Ok(())
    }
}
