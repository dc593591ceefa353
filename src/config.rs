//! Profiles: a TOML file in the config dir that says where each platform is
//! and where its secret lives. The file never holds a secret.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{CliError, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// OutSystems Developer Cloud
    Odc,
    /// Cegid Valuekeep
    Valuekeep,
    /// Descope
    Descope,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Odc => "ODC",
            Kind::Valuekeep => "Valuekeep",
            Kind::Descope => "Descope",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        match s.to_ascii_lowercase().as_str() {
            "odc" => Some(Kind::Odc),
            "valuekeep" => Some(Kind::Valuekeep),
            "descope" => Some(Kind::Descope),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub kind: Kind,
    /// ODC: the portal domain (`acme.outsystems.app`), or a loopback URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub portal: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// Where the secret lives: `keyring`, `env:VAR` or `cmd:COMMAND ARGS`.
    #[serde(default = "default_secret")]
    pub secret: String,
    /// Valuekeep, Descope: the API's base URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
    /// Valuekeep: tenant and organization keys in the URL path.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tenant: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org: Option<String>,
    /// Valuekeep: OAuth token URL, scope, and how the client authenticates
    /// (`basic` or `post`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_auth: Option<String>,
    /// Descope: the project ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
}

impl Profile {
    pub fn new(kind: Kind) -> Profile {
        Profile {
            kind,
            portal: None,
            client_id: None,
            secret: default_secret(),
            base_url: None,
            tenant: None,
            org: None,
            token_url: None,
            scope: None,
            client_auth: None,
            project_id: None,
        }
    }
}

fn default_secret() -> String {
    "keyring".into()
}

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct ConfigFile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

pub fn config_dir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os("IAMCTL_CONFIG_DIR") {
        return Ok(PathBuf::from(dir));
    }
    project_dirs().map(|d| d.config_dir().to_path_buf())
}

pub fn cache_dir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os("IAMCTL_CACHE_DIR") {
        return Ok(PathBuf::from(dir));
    }
    project_dirs().map(|d| d.cache_dir().to_path_buf())
}

fn project_dirs() -> Result<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "iamctl").ok_or_else(|| {
        CliError::other("cannot find a home directory for iamctl's files")
            .hint("set IAMCTL_CONFIG_DIR and IAMCTL_CACHE_DIR")
    })
}

pub fn config_path() -> Result<PathBuf> {
    Ok(config_dir()?.join("config.toml"))
}

impl ConfigFile {
    pub fn load() -> Result<ConfigFile> {
        let path = config_path()?;
        match std::fs::read_to_string(&path) {
            Ok(text) => toml::from_str(&text).map_err(|e| {
                CliError::usage(format!(
                    "{} is not a valid config file: {e}",
                    path.display()
                ))
                .hint("fix or remove the file, then add profiles with `iamctl profile add`")
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(ConfigFile::default()),
            Err(e) => Err(CliError::other(format!(
                "cannot read {}: {e}",
                path.display()
            ))),
        }
    }

    pub fn save(&self) -> Result<()> {
        let path = config_path()?;
        let text = toml::to_string_pretty(self)
            .map_err(|e| CliError::other(format!("cannot encode config: {e}")))?;
        write_private(&path, text.as_bytes())
    }
}

/// Write a file readable by its owner only, atomically: a temp file beside
/// it, then a rename, so a crash never leaves half a file.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)
        .map_err(|e| CliError::other(format!("cannot create {}: {e}", dir.display())))?;
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        path.file_name().and_then(|n| n.to_str()).unwrap_or("file"),
        std::process::id()
    ));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let result = (|| {
        let mut f = options.open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    result.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        CliError::other(format!("cannot write {}: {e}", path.display()))
    })
}

/// A profile with every override applied and its secret located.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub name: String,
    pub profile: Profile,
    /// Set when the environment (or the built-in sandbox) gives the secret
    /// itself; otherwise the profile's source is asked, lazily.
    pub secret: Option<crate::secrets::Secret>,
    /// What cached tokens are filed under, when the address is not stable
    /// (the built-in sandbox moves port every run).
    pub cache_scope: Option<String>,
}

impl Resolved {
    /// The secret: from the environment, else from where the profile keeps it.
    pub fn secret_fetcher(&self) -> Result<crate::auth::SecretFetcher> {
        if let Some(s) = self.secret.clone() {
            return Ok(Box::new(move || Ok(s.clone())));
        }
        let source = crate::secrets::SecretSource::parse(&self.profile.secret)?;
        let name = self.name.clone();
        Ok(Box::new(move || source.fetch(&name)))
    }
}
