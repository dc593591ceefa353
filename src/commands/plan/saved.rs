//! Saved plans (`diff --plan`, `apply --plan-out`): the profile a plan
//! was made for and a fingerprint of each user it touches, so that `apply`
//! can refuse what changed since the plan was reviewed.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

/// What a saved plan (`diff --plan`, `apply --plan-out`) says besides its
/// users: the profile it was made for, and a fingerprint of each user it
/// touches as that profile had it then.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Saved {
    pub profile: Option<String>,
    /// Where the profile's tenant was (`backend::platforms::tenant_of`):
    /// a profile of the same name elsewhere (`env`) is another tenant.
    pub tenant: Option<String>,
    /// E-mail (lower case) → fingerprint.
    pub fingerprints: BTreeMap<String, String>,
    /// A plan made with `--prune`: the users it deletes (e-mails, lower
    /// case), and no other; None: a plan that deletes no one.
    pub deletes: Option<BTreeSet<String>>,
}

impl Saved {
    pub fn is_plan(&self) -> bool {
        self.profile.is_some() || !self.fingerprints.is_empty() || self.deletes.is_some()
    }
}

/// The saved-plan part of a desired-state file (empty for a plain one).
pub fn saved_of(path: &str, bytes: &[u8]) -> Saved {
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let doc: Option<Value> = if path.to_ascii_lowercase().ends_with(".json") {
        serde_json::from_slice(bytes).ok()
    } else {
        serde_norway::from_slice(bytes).ok()
    };
    let Some(Value::Object(top)) = doc else {
        return Saved::default();
    };
    Saved {
        profile: top
            .get("profile")
            .and_then(Value::as_str)
            .map(str::to_string),
        tenant: top
            .get("tenant")
            .and_then(Value::as_str)
            .map(str::to_string),
        fingerprints: top
            .get("fingerprints")
            .and_then(Value::as_object)
            .map(|m| {
                m.iter()
                    .filter_map(|(k, v)| Some((k.to_lowercase(), v.as_str()?.to_string())))
                    .collect()
            })
            .unwrap_or_default(),
        deletes: top.get("deletes").and_then(Value::as_array).map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_lowercase)
                .collect()
        }),
    }
}

/// Fields of a user that change without anyone changing the user: left
/// out of its fingerprint.
const VOLATILE: &[&str] = &["lastLoginAt", "lastLogin", "modifiedTime", "key"];

/// A user as one side of `diff` has it (None: no such user), as a short
/// hash: the same state gives the same fingerprint, in any key order.
pub fn fingerprint(user: Option<&Map<String, Value>>) -> String {
    use sha2::{Digest, Sha256};
    fn canonical(v: &Value) -> Value {
        match v {
            Value::Object(m) => {
                let sorted: BTreeMap<&String, Value> =
                    m.iter().map(|(k, v)| (k, canonical(v))).collect();
                Value::Object(sorted.into_iter().map(|(k, v)| (k.clone(), v)).collect())
            }
            Value::Array(a) => Value::Array(a.iter().map(canonical).collect()),
            other => other.clone(),
        }
    }
    let doc = match user {
        Some(m) => {
            let kept: Map<String, Value> = m
                .iter()
                .filter(|(k, _)| !VOLATILE.contains(&k.as_str()))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            canonical(&Value::Object(kept))
        }
        None => Value::Null,
    };
    let digest = Sha256::digest(doc.to_string().as_bytes());
    digest[..12].iter().map(|b| format!("{b:02x}")).collect()
}
