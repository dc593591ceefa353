//! The journal: the outcome records of every real write, per profile, so
//! that `iamctl history` can list what was done and `iamctl undo` can
//! invert it.
//!
//! One NDJSON file per profile, `<data dir>/journal/<profile>.ndjson`
//! (folder 0700, file 0600), one line per run, appended and synced as the
//! run ends. A line holds the time, the command line (every value of a
//! flag that could carry a secret redacted), and the records with the
//! state before each change where the command read it. It never holds a
//! secret: records carry fields and memberships, and a password or an
//! access key's cleartext is never put in one.

use std::io::Write;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::error::{CliError, Result};
use crate::outcome::{Outcome, Tally};

/// One run of a writing command.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Run {
    /// `YYYYMMDDTHHMMSSZ-xxxx`: sorts by time, unique enough per profile.
    pub id: String,
    pub time: chrono::DateTime<chrono::Utc>,
    pub profile: String,
    pub platform: String,
    /// The command line, secrets redacted.
    pub command: String,
    /// The run this one undid, for `undo` runs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub undo_of: Option<String>,
    pub records: Vec<Outcome>,
}

impl Run {
    pub fn summary(&self) -> String {
        Tally::of(&self.records).summary()
    }

    /// Does any record of this run concern `user` (key, e-mail or name)?
    pub fn touches(&self, user: &str) -> bool {
        self.records.iter().any(|r| {
            r.target.kind == "user"
                && (r.target.key.eq_ignore_ascii_case(user)
                    || r.target
                        .name
                        .as_deref()
                        .is_some_and(|n| n.eq_ignore_ascii_case(user)))
        })
    }
}

/// `--no-journal` or `IAMCTL_NO_JOURNAL=1`.
pub fn disabled_by_env() -> bool {
    std::env::var("IAMCTL_NO_JOURNAL")
        .ok()
        .is_some_and(|v| !v.is_empty() && v != "0" && !v.eq_ignore_ascii_case("false"))
}

pub fn dir() -> Result<PathBuf> {
    if let Some(d) = std::env::var_os("IAMCTL_DATA_DIR") {
        return Ok(PathBuf::from(d).join("journal"));
    }
    directories::ProjectDirs::from("", "", "iamctl")
        .map(|d| d.data_local_dir().join("journal"))
        .ok_or_else(|| {
            CliError::other("cannot find a home directory for iamctl's journal")
                .hint("set IAMCTL_DATA_DIR, or turn the journal off with --no-journal")
        })
}

/// The journal file of a profile. The name is kept to safe characters so
/// that a profile name can never point outside the folder.
pub fn path(profile: &str) -> Result<PathBuf> {
    let safe: String = profile
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let safe = safe.trim_start_matches('.');
    Ok(dir()?.join(format!(
        "{}.ndjson",
        if safe.is_empty() { "_" } else { safe }
    )))
}

pub fn new_id(now: chrono::DateTime<chrono::Utc>) -> String {
    format!(
        "{}-{:04x}",
        now.format("%Y%m%dT%H%M%SZ"),
        rand::random::<u16>()
    )
}

/// Append a run to its profile's journal.
pub fn append(run: &Run) -> Result<PathBuf> {
    let path = path(&run.profile)?;
    let dir = path.parent().expect("journal path has a folder");
    crate::files::create_private_dir(dir)
        .map_err(|e| CliError::other(format!("cannot create {}: {e}", dir.display())))?;
    let mut options = std::fs::OpenOptions::new();
    options.append(true).create(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let write = || -> std::io::Result<()> {
        let mut f = options.open(&path)?;
        let mut line = serde_json::to_vec(run).map_err(std::io::Error::other)?;
        line.push(b'\n');
        // One write of the whole line: a reader never sees half a run.
        f.write_all(&line)?;
        f.sync_data()
    };
    write().map_err(|e| {
        CliError::other(format!("cannot write the journal {}: {e}", path.display()))
    })?;
    Ok(path)
}

/// Every run of a profile, oldest first. A torn last line (a run killed
/// while writing) is passed over.
pub fn load(profile: &str) -> Result<Vec<Run>> {
    let path = path(profile)?;
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => {
            return Err(CliError::other(format!(
                "cannot read the journal {}: {e}",
                path.display()
            )));
        }
    };
    Ok(text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect())
}

/// The command line as the journal keeps it: the value of any flag whose
/// name speaks of a secret is replaced, whether given as `--flag value`
/// or `--flag=value`.
pub fn redacted_command_line(args: impl IntoIterator<Item = String>) -> String {
    const SECRET_WORDS: [&str; 5] = ["secret", "password", "token", "key", "credential"];
    let is_secret_flag = |a: &str| {
        let name = a.trim_start_matches('-').to_ascii_lowercase();
        a.starts_with("--")
            && SECRET_WORDS.iter().any(|w| name.contains(w))
            // Names of things, not secrets.
            && !["--user-key", "--key", "--by-key"].contains(&a)
            && !name.ends_with("-stdin")
    };
    let mut out: Vec<String> = Vec::new();
    let mut hide_next = false;
    for (i, a) in args.into_iter().enumerate() {
        if i == 0 {
            out.push("iamctl".into());
            continue;
        }
        if hide_next {
            out.push("***".into());
            hide_next = false;
            continue;
        }
        if let Some((flag, _)) = a.split_once('=')
            && is_secret_flag(flag)
        {
            out.push(format!("{flag}=***"));
            continue;
        }
        if is_secret_flag(&a) {
            hide_next = true;
        }
        out.push(shlex::try_quote(&a).map(|s| s.into_owned()).unwrap_or(a));
    }
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_in_flags_are_redacted() {
        let line = redacted_command_line(
            [
                "/bin/iamctl",
                "users",
                "password",
                "set",
                "a@x",
                "--password",
                "hunter2",
                "--client-secret=s3",
                "--user-key",
                "ada",
            ]
            .map(String::from),
        );
        assert_eq!(
            line,
            "iamctl users password set a@x --password *** --client-secret=*** --user-key ada"
        );
    }
}
