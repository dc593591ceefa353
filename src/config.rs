//! Profiles: a TOML file in the config dir that says where each platform is
//! and where its secret lives. The file never holds a secret.

use std::collections::BTreeMap;
use std::path::PathBuf;

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
    /// Set when the file could not be read and was passed over for the
    /// environment route: why. Such a file is never written over.
    #[serde(skip)]
    pub unreadable: Option<String>,
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
    /// The profiles file; none is an empty one. A file that is not valid
    /// (not UTF-8, not TOML, not profiles) is a usage error (exit 2), the
    /// same whatever is wrong with it, unless the environment route is
    /// taken (`IAMCTL_KIND` set): then it is passed over with a warning, as
    /// a CI job that needs no file must not be stopped by a broken one.
    pub fn load() -> Result<ConfigFile> {
        let path = config_path()?;
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(ConfigFile::default());
            }
            Err(e) => {
                return Err(CliError::other(format!(
                    "cannot read {}: {e}",
                    path.display()
                )));
            }
        };
        match parse(&bytes) {
            Ok(f) => Ok(f),
            Err(why) if std::env::var_os("IAMCTL_KIND").is_some_and(|k| !k.is_empty()) => {
                eprintln!(
                    "warning: ignoring {}: it is not a valid config file ({why}); using the environment route (IAMCTL_KIND)",
                    path.display()
                );
                Ok(ConfigFile {
                    unreadable: Some(why),
                    ..ConfigFile::default()
                })
            }
            Err(why) => Err(CliError::usage(format!(
                "{} is not a valid config file: {why}",
                path.display()
            ))
            .hint("fix or remove the file, then add profiles with `iamctl profile add`")),
        }
    }

    pub fn save(&self) -> Result<()> {
        let path = config_path()?;
        if let Some(why) = &self.unreadable {
            return Err(CliError::usage(format!(
                "not writing {}: it could not be read ({why}), and writing would lose it",
                path.display()
            ))
            .hint("fix or move the file first"));
        }
        let text = toml::to_string_pretty(self)
            .map_err(|e| CliError::other(format!("cannot encode config: {e}")))?;
        crate::files::write_private(&path, text.as_bytes())
    }
}

/// The profiles file's text, or why it is not one.
fn parse(bytes: &[u8]) -> std::result::Result<ConfigFile, String> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        format!(
            "it is not UTF-8 text (an invalid byte at offset {})",
            e.valid_up_to()
        )
    })?;
    toml::from_str(text).map_err(|e| e.to_string().trim_end().to_string())
}

/// A `cmd:` secret source runs a program: refuse it when anyone but the
/// user (or root) could have written the profiles file, as ssh refuses a
/// key file others could replace. Checked as ssh does: the file after
/// resolving links, its owner (the user or root), and no group/other write
/// on it nor on any folder up its path (to the home folder, else to `/`),
/// both where the link points and where the link itself lives; a sticky
/// folder (`/tmp`) is passed over only when the file is the user's own.
pub(crate) fn refuse_loose_config(profile: &str) -> Result<()> {
    #[cfg(unix)]
    {
        let path = config_path()?;
        if std::fs::symlink_metadata(&path).is_err() {
            return Ok(());
        }
        if let Some(problem) = crate::files::loose_path(&path) {
            return Err(CliError::auth(format!(
                "refusing to run the secret command of profile {profile:?}: {}, who could make iamctl run any program",
                problem.what
            ))
            .hint(problem.fix));
        }
    }
    let _ = profile;
    Ok(())
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
    /// What to do about a secret the platform refused, on the route it
    /// came by: the environment variable, the command, or the profile.
    pub fn secret_remedy(&self) -> String {
        let var = match self.profile.kind {
            Kind::Descope => "IAMCTL_MANAGEMENT_KEY",
            _ => "IAMCTL_CLIENT_SECRET",
        };
        if self.secret.is_some() {
            return format!("the secret comes from the environment: set {var} to the right one");
        }
        match crate::secrets::SecretSource::parse(&self.profile.secret) {
            Ok(crate::secrets::SecretSource::Env(v)) => {
                format!(
                    "profile {:?} reads its secret from ${v}: set it to the right one",
                    self.name
                )
            }
            Ok(crate::secrets::SecretSource::Cmd(c)) => format!(
                "profile {:?} reads its secret from the output of `{c}`: check what it prints",
                self.name
            ),
            _ => format!(
                "`iamctl profile add {} ...` replaces the secret in the keyring",
                self.name
            ),
        }
    }
}
