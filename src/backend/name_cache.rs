//! Names resolved to keys, remembered between commands: a script of fifty
//! `users roles add ... --app X --stage Y` pays for looking up stage `Y`,
//! app `X` and the role once, not fifty times.
//!
//! One small JSON file per profile (per tenant) under the cache dir,
//! `names/<hash>.json`, written atomically with mode 0600; its name is a
//! hash and says nothing about the tenant. An entry lives `TTL` (ten
//! minutes): long enough for a script, short enough that a group renamed in
//! the portal is seen again soon. Only names that resolved are kept (a name
//! that failed, or was ambiguous, is asked again next time). `--refresh`
//! ignores what is on disk (and writes what it finds afresh). A key that
//! came from the file and then answers 404 is forgotten: the caller
//! resolves the name again, once (`forget_served`).
//!
//! A cache that cannot be read or written is never an error: names are
//! simply looked up again.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

/// How long a resolved name is trusted.
pub const TTL: Duration = Duration::from_secs(600);

#[derive(Debug, Default, Serialize, Deserialize)]
struct File {
    #[serde(default)]
    names: HashMap<String, Entry>,
    /// The other way round, for tables and completion: the names of one
    /// kind of thing (`stage`, `app`) by key, from one listing.
    #[serde(default)]
    labels: HashMap<String, Labels>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Labels {
    /// Unix seconds when listed.
    at: u64,
    names: HashMap<String, String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Entry {
    key: String,
    /// Unix seconds when it was resolved.
    at: u64,
}

#[derive(Debug, Default)]
struct Inner {
    /// Resolved in this run (always trusted, `--refresh` or not).
    memo: HashMap<String, String>,
    /// Names whose key came from the file in this run.
    served: HashSet<String>,
}

#[derive(Debug)]
pub struct NameCache {
    /// None: no cache dir, or a cache only for this run.
    path: Option<PathBuf>,
    refresh: bool,
    inner: Mutex<Inner>,
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// FNV-1a, 64 bits: a file name that is stable across builds and reveals
/// nothing about the tenant it stands for.
fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

impl NameCache {
    /// The cache of one tenant: `scope` names it (platform and address).
    pub fn open(scope: &str, refresh: bool) -> NameCache {
        let path = crate::config::cache_dir()
            .ok()
            .map(|d| d.join("names").join(format!("{:016x}.json", fnv(scope))));
        NameCache {
            path,
            refresh,
            inner: Mutex::default(),
        }
    }

    /// A cache for this run only (nothing read or written on disk).
    pub fn in_memory() -> NameCache {
        NameCache {
            path: None,
            refresh: false,
            inner: Mutex::default(),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn read(&self) -> File {
        self.path
            .as_ref()
            .and_then(|p| std::fs::read(p).ok())
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default()
    }

    /// Write `file` without the entries that have expired.
    fn write(&self, mut file: File) {
        let Some(path) = &self.path else { return };
        let t = now();
        file.names
            .retain(|_, e| e.at <= t && t - e.at < TTL.as_secs());
        file.labels
            .retain(|_, e| e.at <= t && t - e.at < TTL.as_secs());
        if let Ok(text) = serde_json::to_vec(&file) {
            let _ = crate::files::write_private(path, &text);
        }
    }

    /// The key `name` resolved to: in this run, else on disk within the TTL
    /// (unless `--refresh`).
    pub fn get(&self, name: &str) -> Option<String> {
        let mut inner = self.lock();
        if let Some(k) = inner.memo.get(name) {
            return Some(k.clone());
        }
        if self.refresh {
            return None;
        }
        let e = self.read().names.remove(name)?;
        let t = now();
        if e.at > t || t - e.at >= TTL.as_secs() {
            return None;
        }
        inner.served.insert(name.to_string());
        inner.memo.insert(name.to_string(), e.key.clone());
        Some(e.key)
    }

    /// Remember what `name` resolved to (only names that resolved: a
    /// failed or ambiguous lookup is never stored).
    pub fn put(&self, name: &str, key: &str) {
        self.put_all([(name.to_string(), key.to_string())]);
    }

    /// `put` for several names at once: one read and one write of the file.
    pub fn put_all(&self, names: impl IntoIterator<Item = (String, String)>) {
        let mut inner = self.lock();
        let names: Vec<(String, String)> = names.into_iter().collect();
        for (name, key) in &names {
            inner.memo.insert(name.clone(), key.clone());
            inner.served.remove(name);
        }
        if self.path.is_some() && !names.is_empty() {
            let mut file = self.read();
            for (name, key) in names {
                file.names.insert(name, Entry { key, at: now() });
            }
            self.write(file);
        }
    }

    /// Forget every name whose key came from the file in this run (a
    /// request with one of them answered 404: the thing may have been
    /// deleted and made again). True when there was any, so that the
    /// caller resolves again, once; false when the 404 is not the cache's.
    pub fn forget_served(&self) -> bool {
        let mut inner = self.lock();
        if inner.served.is_empty() {
            return false;
        }
        let served: Vec<String> = inner.served.drain().collect();
        for n in &served {
            inner.memo.remove(n);
        }
        let mut file = self.read();
        for n in &served {
            file.names.remove(n);
        }
        self.write(file);
        true
    }
}

impl NameCache {
    /// The names of every `kind` (`stage`, `app`) by key, as one listing
    /// gave them within the TTL (none under `--refresh`).
    pub fn labels(&self, kind: &str) -> Option<HashMap<String, String>> {
        if self.refresh {
            return None;
        }
        let e = self.read().labels.remove(kind)?;
        let t = now();
        (e.at <= t && t - e.at < TTL.as_secs()).then_some(e.names)
    }

    /// Remember the names of every `kind` by key, from one listing.
    pub fn put_labels(&self, kind: &str, names: &HashMap<String, String>) {
        if self.path.is_none() {
            return;
        }
        let mut file = self.read();
        file.labels.insert(
            kind.to_string(),
            Labels {
                at: now(),
                names: names.clone(),
            },
        );
        self.write(file);
    }
}

/// For completion, which must not send a request at a key press: the names
/// of `kind` (`stage`, `app`, `group`, `role`...) in the name caches on this
/// machine that have not expired, as listings gave them (stages, apps) or
/// as they were resolved (groups, roles: as typed then, lower case).
pub fn cached_names(kind: &str) -> Vec<String> {
    let Ok(dir) = crate::config::cache_dir() else {
        return Vec::new();
    };
    let Ok(entries) = std::fs::read_dir(dir.join("names")) else {
        return Vec::new();
    };
    let t = now();
    let fresh = |at: u64| at <= t && t - at < TTL.as_secs();
    let mut out = Vec::new();
    for e in entries.flatten() {
        let Some(file) = std::fs::read(e.path())
            .ok()
            .and_then(|b| serde_json::from_slice::<File>(&b).ok())
        else {
            continue;
        };
        if let Some(l) = file.labels.get(kind).filter(|l| fresh(l.at)) {
            out.extend(l.names.values().cloned());
        }
        for (memo, entry) in &file.names {
            let mut parts = memo.split('\n');
            if parts.next() == Some(kind)
                && fresh(entry.at)
                && let Some(name) = parts.next_back().filter(|n| !n.is_empty())
            {
                out.push(name.to_string());
            }
        }
    }
    out.sort_by_key(|n| n.to_lowercase());
    out.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
    out
}

impl NameCache {
    /// Forget every name that resolved to `key` (its record was deleted,
    /// or answered 404). True when one of them came from the file in this
    /// run, i.e. when the cache may have been wrong.
    pub fn forget_key(&self, key: &str) -> bool {
        let mut inner = self.lock();
        let names: Vec<String> = inner
            .memo
            .iter()
            .filter(|(_, k)| k.as_str() == key)
            .map(|(n, _)| n.clone())
            .collect();
        let mut was_served = false;
        for n in &names {
            inner.memo.remove(n);
            was_served |= inner.served.remove(n);
        }
        if self.path.is_some() {
            let mut file = self.read();
            let before = file.names.len();
            file.names.retain(|_, e| e.key != key);
            if file.names.len() != before {
                self.write(file);
            }
        }
        was_served
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_stable_hashes() {
        assert_eq!(fnv(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv("a"), 0xaf63_dc4c_8601_ec8c);
        assert_ne!(fnv("odc|https://a"), fnv("odc|https://b"));
    }

    #[test]
    fn memory_only_cache_remembers_this_run() {
        let c = NameCache::in_memory();
        assert_eq!(c.get("stage\nproduction"), None);
        c.put("stage\nproduction", "k1");
        assert_eq!(c.get("stage\nproduction").as_deref(), Some("k1"));
        assert!(!c.forget_served(), "nothing came from disk");
    }
}
