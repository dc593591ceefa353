//! The profile fields a platform needs, every missing one told in one
//! error.

use crate::error::{CliError, Result};

/// A profile field a platform needs: whether it is set, what it is, the
/// `profile add` flag and the environment variable that set it.
pub struct Needed<'a> {
    pub set: bool,
    pub what: &'a str,
    pub flag: &'a str,
    pub var: &'a str,
}

impl<'a> Needed<'a> {
    /// A profile field, set when present and not empty.
    pub fn of(v: &Option<String>, what: &'a str, flag: &'a str, var: &'a str) -> Needed<'a> {
        Needed {
            set: v.as_deref().is_some_and(|s| !s.is_empty()),
            what,
            flag,
            var,
        }
    }
}

/// Every missing field of a profile in one error, not one per run.
pub fn require_fields(profile_name: &str, needed: &[Needed<'_>]) -> Result<()> {
    let missing: Vec<&Needed> = needed.iter().filter(|n| !n.set).collect();
    if missing.is_empty() {
        return Ok(());
    }
    let whats: Vec<&str> = missing.iter().map(|n| n.what).collect();
    let flags: Vec<&str> = missing.iter().map(|n| n.flag).collect();
    let vars: Vec<&str> = missing.iter().map(|n| n.var).collect();
    Err(CliError::usage(format!(
        "profile {profile_name:?} has no {}",
        whats.join(", ")
    ))
    .hint(format!(
        "set {} with `iamctl profile add NAME ... {}`, or {}",
        if missing.len() == 1 { "it" } else { "them" },
        flags.join(" "),
        vars.join(", ")
    )))
}
