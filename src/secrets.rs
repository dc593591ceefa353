//! Secrets: a type that never prints itself, the OS keyring, and the
//! places a profile may say its secret lives (`keyring`, `env:VAR`,
//! `cmd:COMMAND`).

use std::fmt;

use crate::error::{CliError, Result};

const KEYRING_SERVICE: &str = "iamctl";

/// A secret value. Its Debug and Display print `***`, so it cannot leak
/// through a trace, an error or a panic message by accident.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// A secret, remembered for the rest of the run so that no text shown
    /// (an error a server echoed) can carry it.
    pub fn new(value: impl Into<String>) -> Secret {
        let value = value.into();
        crate::redaction::remember(&value);
        Secret(value)
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SecretSource {
    Keyring,
    Env(String),
    Cmd(String),
}

impl SecretSource {
    pub fn parse(s: &str) -> Result<SecretSource> {
        if s == "keyring" {
            Ok(SecretSource::Keyring)
        } else if let Some(var) = s.strip_prefix("env:").filter(|v| !v.is_empty()) {
            Ok(SecretSource::Env(var.to_string()))
        } else if let Some(cmd) = s.strip_prefix("cmd:").filter(|c| !c.trim().is_empty()) {
            Ok(SecretSource::Cmd(cmd.to_string()))
        } else {
            Err(CliError::usage(format!(
                "invalid secret source {s:?}: use `keyring`, `env:VAR` or `cmd:COMMAND`"
            )))
        }
    }

    /// Fetch the secret of profile `profile`.
    pub fn fetch(&self, profile: &str) -> Result<Secret> {
        match self {
            SecretSource::Keyring => keyring_get(&secret_account(profile))?.ok_or_else(|| {
                CliError::auth(format!(
                    "no secret for profile {profile:?} in the OS keyring"
                ))
                .hint(format!(
                    "store it with `iamctl profile add {profile} ...`, or set IAMCTL_CLIENT_SECRET"
                ))
            }),
            SecretSource::Env(var) => match std::env::var(var) {
                Ok(v) if !v.trim().is_empty() => Ok(Secret::new(v)),
                Ok(v) => Err(CliError::auth(format!(
                    "profile {profile:?} takes its secret from ${var}, which is set but {}",
                    if v.is_empty() {
                        "empty"
                    } else {
                        "blank (only white space)"
                    }
                ))
                .hint(format!(
                    "put the secret in ${var}: an empty value is never taken for one"
                ))),
                Err(std::env::VarError::NotUnicode(_)) => Err(CliError::auth(format!(
                    "profile {profile:?} takes its secret from ${var}, which is not valid UTF-8"
                ))),
                Err(std::env::VarError::NotPresent) => Err(CliError::auth(format!(
                    "profile {profile:?} takes its secret from ${var}, which is not set"
                ))),
            },
            SecretSource::Cmd(cmd) => run_secret_command(profile, cmd),
        }
    }
}

/// Run a password manager's CLI without a shell and take its stdout.
fn run_secret_command(profile: &str, cmd: &str) -> Result<Secret> {
    let words = shlex::split(cmd).filter(|w| !w.is_empty()).ok_or_else(|| {
        CliError::usage(format!("profile {profile:?}: cannot parse secret command"))
    })?;
    let output = std::process::Command::new(&words[0])
        .args(&words[1..])
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::inherit())
        .output()
        .map_err(|e| {
            CliError::auth(format!(
                "profile {profile:?}: cannot run secret command {:?}: {e}",
                words[0]
            ))
        })?;
    if !output.status.success() {
        return Err(CliError::auth(format!(
            "profile {profile:?}: secret command {:?} failed ({})",
            words[0], output.status
        )));
    }
    let text = String::from_utf8(output.stdout).map_err(|_| {
        CliError::auth(format!(
            "profile {profile:?}: secret command printed non-UTF-8 output"
        ))
    })?;
    let secret = text.trim_end_matches(['\r', '\n']).to_string();
    if secret.is_empty() {
        return Err(CliError::auth(format!(
            "profile {profile:?}: secret command {:?} printed nothing",
            words[0]
        )));
    }
    Ok(Secret::new(secret))
}

pub fn secret_account(profile: &str) -> String {
    format!("profile:{profile}")
}

/// The one sentence a user gets where no keyring exists.
pub fn no_keyring_error(why: &str) -> CliError {
    CliError::auth(format!(
        "no OS keyring is available on this machine ({why}), and iamctl never stores secrets in plain text"
    ))
    .hint("use the environment instead: `--secret env:VAR` on the profile, or IAMCTL_CLIENT_SECRET / IAMCTL_MANAGEMENT_KEY")
}

fn keyring_disabled() -> bool {
    std::env::var_os("IAMCTL_NO_KEYRING").is_some_and(|v| !v.is_empty() && v != "0")
}

fn entry(account: &str) -> Result<keyring::Entry> {
    if keyring_disabled() {
        return Err(no_keyring_error("IAMCTL_NO_KEYRING is set"));
    }
    keyring::Entry::new(KEYRING_SERVICE, account).map_err(keyring_error)
}

fn keyring_error(e: keyring::Error) -> CliError {
    match e {
        keyring::Error::PlatformFailure(_) | keyring::Error::NoStorageAccess(_) => {
            no_keyring_error("no Secret Service answered on D-Bus")
        }
        other => CliError::auth(format!("OS keyring error: {other}")),
    }
}

pub fn keyring_get(account: &str) -> Result<Option<Secret>> {
    match entry(account)?.get_password() {
        Ok(v) => Ok(Some(Secret::new(v))),
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(e) => Err(keyring_error(e)),
    }
}

pub fn keyring_set(account: &str, secret: &Secret) -> Result<()> {
    entry(account)?
        .set_password(secret.expose())
        .map_err(keyring_error)
}

pub fn keyring_delete(account: &str) -> Result<()> {
    match entry(account)?.delete_credential() {
        Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
        Err(e) => Err(keyring_error(e)),
    }
}

/// Whether a keyring answers here, without writing anything.
pub fn keyring_usable() -> bool {
    entry("probe").is_ok_and(|e| matches!(e.get_password(), Ok(_) | Err(keyring::Error::NoEntry)))
}
