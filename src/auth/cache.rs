//! Where access tokens are kept between commands: the OS keyring where one
//! answers, else a file readable by its owner only in the cache dir.
//! A cache that cannot be read or written is never an error: the token is
//! simply fetched again.
//!
//! Each token sits in a *slot* named by a keyed hash of where it is used
//! (token endpoint or scope, client id, OAuth scope), so neither a file name
//! nor a keyring entry says which tenant it belongs to. The entry holds a
//! *fingerprint* of the credential it was issued for (a keyed hash over the
//! same coordinates and the client secret, never the secret itself): a
//! token is reused only while the credential in hand has that fingerprint,
//! so a rotated or mistyped secret is noticed on the next command. The key
//! of both hashes is random, made once per user and kept 0600 in the cache
//! dir (`tokens.key`, beside the `tokens` folder, which holds tokens only):
//! without it a name cannot even be checked against a guess.

use std::io::Write;
use std::path::PathBuf;

use sha2::{Digest, Sha256};

use super::CachedToken;
use crate::secrets::{self, Secret};

/// Where a cache holds its tokens, and the key of its hashes.
pub struct Cache {
    key: [u8; 32],
}

impl Cache {
    /// The cache of this user, or None when its key cannot be read or made
    /// (then nothing is cached).
    pub fn open() -> Option<Cache> {
        static KEY: std::sync::OnceLock<Option<[u8; 32]>> = std::sync::OnceLock::new();
        KEY.get_or_init(load_or_make_key).map(|key| Cache { key })
    }

    /// A keyed hash of `parts` for `purpose`, as 32 hex digits.
    pub fn hash(&self, purpose: &str, parts: &[&str]) -> String {
        let mut h = Sha256::new();
        h.update(self.key);
        h.update(purpose.as_bytes());
        for p in parts {
            // Lengths first, so that no two lists of parts hash alike.
            h.update((p.len() as u64).to_le_bytes());
            h.update(p.as_bytes());
        }
        h.finalize()[..16]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    pub fn load(&self, slot: &str) -> Option<CachedToken> {
        let text = if use_keyring() {
            secrets::keyring_get(&account(slot))
                .ok()??
                .expose()
                .to_string()
        } else {
            std::fs::read_to_string(file(slot)?).ok()?
        };
        serde_json::from_str(&text).ok()
    }

    pub fn store(&self, slot: &str, token: &CachedToken) {
        let Ok(text) = serde_json::to_string(token) else {
            return;
        };
        if use_keyring() {
            let _ = secrets::keyring_set(&account(slot), &Secret::new(text));
        } else if let Some(path) = file(slot) {
            let _ = crate::files::write_private(&path, text.as_bytes());
            remove_legacy_files();
        }
    }

    pub fn remove(&self, slot: &str) {
        if use_keyring() {
            let _ = secrets::keyring_delete(&account(slot));
        } else if let Some(path) = file(slot) {
            let _ = std::fs::remove_file(path);
        }
    }
}

fn dir() -> Option<PathBuf> {
    Some(crate::config::cache_dir().ok()?.join("tokens"))
}

fn file(slot: &str) -> Option<PathBuf> {
    Some(dir()?.join(format!("{slot}.json")))
}

fn account(slot: &str) -> String {
    format!("token:{slot}")
}

fn use_keyring() -> bool {
    static USABLE: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *USABLE.get_or_init(secrets::keyring_usable)
}

/// The hashes' key: read, or made at random and written 0600 (without
/// replacing one another process wrote meanwhile).
fn load_or_make_key() -> Option<[u8; 32]> {
    let dir = crate::config::cache_dir().ok()?;
    let path = dir.join("tokens.key");
    if let Some(k) = read_key(&path) {
        return Some(k);
    }
    crate::files::create_private_dir(&dir).ok()?;
    let key: [u8; 32] = rand::random();
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    match options.open(&path) {
        Ok(mut f) => {
            f.write_all(&key).ok()?;
            f.sync_all().ok()?;
            Some(key)
        }
        // Another process made it first: use theirs.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => read_key(&path),
        Err(_) => None,
    }
}

fn read_key(path: &std::path::Path) -> Option<[u8; 32]> {
    std::fs::read(path).ok()?.try_into().ok()
}

/// Token files of earlier versions were named after the tenant's URL and
/// client id: once a token is cached the new way, those go.
fn remove_legacy_files() {
    let Some(entries) = dir().and_then(|d| std::fs::read_dir(d).ok()) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name();
        let Some(stem) = name.to_str().and_then(|n| n.strip_suffix(".json")) else {
            continue;
        };
        let ours = stem.len() == 32 && stem.bytes().all(|b| b.is_ascii_hexdigit());
        if !ours {
            let _ = std::fs::remove_file(e.path());
        }
    }
}
