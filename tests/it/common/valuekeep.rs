//! Helpers for the Valuekeep tests: the sandbox's tenant and organization,
//! records read through its API, and the keys a listing names.

use serde_json::Value;

use crate::common::{Out, Sandbox, TestEnv, Transcript, requests, vk_api as vk};

pub const TENANT: &str = "sandbox";
pub const ORG: &str = "sandbox-0001";

pub trait Valuekeep {
    fn valuekeep(&self, sb: &Sandbox) -> assert_cmd::Command;
}

impl Valuekeep for TestEnv {
    /// `iamctl` through the environment route against the sandbox's Valuekeep.
    fn valuekeep(&self, sb: &Sandbox) -> assert_cmd::Command {
        let mut c = self.cmd();
        c.env("IAMCTL_KIND", "valuekeep")
            .env("IAMCTL_BASE_URL", &sb.url)
            .env("IAMCTL_TENANT", TENANT)
            .env("IAMCTL_ORG", ORG)
            .env("IAMCTL_CLIENT_ID", "sandbox-client")
            .env("IAMCTL_CLIENT_SECRET", "sandbox-secret")
            .env("IAMCTL_TOKEN_URL", format!("{}/connect/token", sb.url));
        c
    }
}

pub fn user(sb: &Sandbox, key: &str) -> Value {
    let (status, body) = vk(sb, "GET", &format!("users/{key}"), None);
    assert_eq!(status, 200, "GET users/{key}: {body}");
    body
}

pub fn first_user(sb: &Sandbox, filter: &str) -> Value {
    let (s, page) = vk(
        sb,
        "GET",
        &format!("users/odata?$top=1&$filter={filter}"),
        None,
    );
    assert_eq!(s, 200, "{page}");
    page["items"][0].clone()
}

pub fn keys(out: &Out, field: &str) -> Vec<String> {
    out.ndjson()
        .iter()
        .map(|u| u[field].as_str().unwrap().to_string())
        .collect()
}

pub fn puts(stderr: &str) -> Vec<String> {
    requests(stderr)
        .into_iter()
        .filter(|r| r.starts_with("PUT "))
        .collect()
}

pub fn record(sb: &Sandbox, path: &str) -> Value {
    let (status, body) = vk(sb, "GET", path, None);
    assert_eq!(status, 200, "GET {path}: {body}");
    body
}

/// User keys of a group's or role's `users`.
pub fn member_keys(rec: &Value) -> Vec<String> {
    let mut keys: Vec<String> = rec["users"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["userKey"].as_str().unwrap().to_string())
        .collect();
    keys.sort();
    keys
}

/// The first `n` seeded user keys.
pub fn user_keys(sb: &Sandbox, n: usize) -> Vec<String> {
    let (_, page) = vk(
        sb,
        "GET",
        &format!("users/odata?$top={n}&$orderby=UserKey"),
        None,
    );
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["userKey"].as_str().unwrap().to_string())
        .collect()
}

pub fn writes(stderr: &str) -> Vec<String> {
    requests(stderr)
        .into_iter()
        .filter(|r| !r.starts_with("GET ") && !r.contains("/connect/token"))
        .collect()
}

pub fn json(t: &Transcript) -> serde_json::Value {
    assert_eq!(t.code(), 0, "{t}");
    serde_json::from_str(&t.stdout).unwrap_or_else(|e| panic!("{e}: {t}"))
}
