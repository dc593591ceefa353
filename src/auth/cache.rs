//! Where access tokens are kept between commands: the OS keyring where one
//! answers, else a file readable by its owner only in the cache dir.
//! A cache that cannot be read or written is never an error: the token is
//! simply fetched again.

use std::path::PathBuf;

use super::CachedToken;
use crate::secrets::{self, Secret};

pub fn key(endpoint: &str, client_id: &str) -> String {
    let raw = format!("{endpoint}|{client_id}");
    // Readable and file-name safe; the client id is not a secret.
    raw.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

fn file(key: &str) -> Option<PathBuf> {
    Some(
        crate::config::cache_dir()
            .ok()?
            .join("tokens")
            .join(format!("{key}.json")),
    )
}

fn account(key: &str) -> String {
    format!("token:{key}")
}

fn use_keyring() -> bool {
    static USABLE: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *USABLE.get_or_init(secrets::keyring_usable)
}

pub fn load(key: &str) -> Option<CachedToken> {
    let text = if use_keyring() {
        secrets::keyring_get(&account(key))
            .ok()??
            .expose()
            .to_string()
    } else {
        std::fs::read_to_string(file(key)?).ok()?
    };
    serde_json::from_str(&text).ok()
}

pub fn store(key: &str, token: &CachedToken) {
    let Ok(text) = serde_json::to_string(token) else {
        return;
    };
    if use_keyring() {
        let _ = secrets::keyring_set(&account(key), &Secret::new(text));
    } else if let Some(path) = file(key) {
        let _ = crate::config::write_private(&path, text.as_bytes());
    }
}

pub fn remove(key: &str) {
    if use_keyring() {
        let _ = secrets::keyring_delete(&account(key));
    } else if let Some(path) = file(key) {
        let _ = std::fs::remove_file(path);
    }
}
