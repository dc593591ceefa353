//! The files of `apply` and `diff`: a desired state read (YAML, JSON, a
//! bare list of users as `users export` writes it), a plan written with
//! what makes it a saved plan.

use std::collections::HashSet;
use std::io::{Read, Write};

use serde_json::{Map, Value, json};

use super::{Saved, saved_of};
use crate::bulk::input::{self, Row};
use crate::error::{CliError, Result};

/// The desired state of `apply -f FILE` (`-`: stdin): its users, each
/// checked as `users import` checks a record; every invalid entry is told
/// at once (exit 2).
pub fn read_desired(path: &str) -> Result<Vec<Row>> {
    Ok(read_plan(path)?.0)
}

/// A desired-state file, and what it says as a saved plan.
pub fn read_plan(path: &str) -> Result<(Vec<Row>, Saved)> {
    let mut bytes = Vec::new();
    if path == "-" {
        std::io::stdin().read_to_end(&mut bytes)?;
    } else {
        bytes =
            std::fs::read(path).map_err(|e| CliError::usage(format!("cannot read {path}: {e}")))?;
    }
    Ok((parse_desired(path, &bytes)?, saved_of(path, &bytes)))
}

/// A desired-state document (`path` names it in messages, and says
/// whether it is JSON).
pub fn parse_desired(path: &str, bytes: &[u8]) -> Result<Vec<Row>> {
    // A byte-order mark (Notepad, Excel) is not part of the document.
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    // Duplicate keys are refused: which of the two would be meant?
    let doc: Value = if path.to_ascii_lowercase().ends_with(".json") {
        crate::bulk::strict::json(bytes)
            .map_err(|e| CliError::usage(format!("{path} is not valid JSON: {e}")))?
    } else {
        crate::bulk::strict::yaml(bytes)
            .map_err(|e| CliError::usage(format!("{path} is not valid YAML: {e}")))?
    };
    // A bare list of users (what `users export FILE.json` writes) is the
    // same as `users:` holding it.
    let top = match doc {
        Value::Object(top) => top,
        Value::Array(users) => Map::from_iter([("users".to_string(), Value::Array(users))]),
        _ => {
            return Err(CliError::usage(format!(
                "{path}: expected a mapping with a `users:` list, or a list of users"
            )));
        }
    };
    if let Some(k) = top.keys().find(|k| !TOP_KEYS.contains(&k.as_str())) {
        return Err(CliError::usage(format!(
            "{path}: unknown top-level key {k:?} (expected `users`)"
        )));
    }
    let users = match top.get("users") {
        Some(Value::Array(a)) => a.clone(),
        Some(Value::Null) | None => Vec::new(),
        Some(_) => return Err(CliError::usage(format!("{path}: `users` must be a list"))),
    };
    let mut rows = Vec::new();
    let mut bad = Vec::new();
    let mut seen = HashSet::new();
    for (i, u) in users.into_iter().enumerate() {
        match input::record(i + 1, u) {
            Ok(r) if !seen.insert(r.email.to_lowercase()) => {
                bad.push(format!("user {} ({}): listed twice", r.n, r.email));
            }
            Ok(r) => rows.push(r),
            Err(e) => bad.push(format!(
                "user {} ({}): {}",
                e.n,
                e.identity.as_deref().unwrap_or("?"),
                e.message
            )),
        }
    }
    if !bad.is_empty() {
        return Err(CliError::usage(format!(
            "{path} has {} invalid entries:\n  {}",
            bad.len(),
            bad.join("\n  ")
        )));
    }
    Ok(rows)
}

/// The top-level keys of a desired-state file: the users, and what a saved
/// plan adds (the profile it was made for, each user's fingerprint).
const TOP_KEYS: &[&str] = &["users", "profile", "tenant", "fingerprints", "deletes"];

/// A plan as a file `apply` takes: YAML, or JSON when `path` ends in
/// `.json`; a saved plan carries its profile and fingerprints.
pub fn file_bytes(path: &str, users: Vec<Value>) -> Result<Vec<u8>> {
    saved_bytes(path, users, &Saved::default())
}

pub fn saved_bytes(path: &str, users: Vec<Value>, saved: &Saved) -> Result<Vec<u8>> {
    let mut doc = Map::new();
    if let Some(p) = &saved.profile {
        doc.insert("profile".into(), json!(p));
    }
    if let Some(t) = &saved.tenant {
        doc.insert("tenant".into(), json!(t));
    }
    if !saved.fingerprints.is_empty() {
        doc.insert("fingerprints".into(), json!(saved.fingerprints));
    }
    if let Some(d) = &saved.deletes {
        doc.insert("deletes".into(), json!(d));
    }
    doc.insert("users".into(), Value::Array(users));
    let doc = Value::Object(doc);
    if path.to_ascii_lowercase().ends_with(".json") {
        let mut b = serde_json::to_vec_pretty(&doc)
            .map_err(|e| CliError::other(format!("cannot write JSON: {e}")))?;
        b.push(b'\n');
        Ok(b)
    } else {
        Ok(serde_norway::to_string(&doc)
            .map_err(|e| CliError::other(format!("cannot write YAML: {e}")))?
            .into_bytes())
    }
}

/// Write a plan file (`-`: stdout).
pub fn write_file(path: &str, users: Vec<Value>, saved: &Saved) -> Result<()> {
    let bytes = saved_bytes(path, users, saved)?;
    if path == "-" {
        let mut out = std::io::stdout().lock();
        out.write_all(&bytes)?;
        out.flush()?;
    } else {
        std::fs::write(path, bytes)
            .map_err(|e| CliError::usage(format!("cannot write {path}: {e}")))?;
    }
    Ok(())
}
