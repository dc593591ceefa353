//! Helpers for import, export and round-trip tests: generated files, their
//! results, and the users and access of a sandbox by name.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::common::{Sandbox, TestEnv, all_users, run, *};

pub const DOMAIN: &str = "@bulk.example.com";

pub fn email(i: usize) -> String {
    format!("user{i:05}{DOMAIN}")
}

pub fn write(env: &TestEnv, name: &str, text: &str) -> String {
    let p = env.path().join(name);
    std::fs::write(&p, text).unwrap();
    p.to_string_lossy().into_owned()
}

pub fn results(path: &str) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(|l| {
            serde_json::from_str(l).unwrap_or_else(|e| panic!("torn or bad result line ({e}): {l}"))
        })
        .collect()
}

/// E-mails of the imported users (our domain) → how many users have it.
pub fn imported(sb: &Sandbox) -> BTreeMap<String, usize> {
    let mut m = BTreeMap::new();
    for u in all_users(sb) {
        let e = u["email"].as_str().unwrap().to_lowercase();
        if e.ends_with(DOMAIN) {
            *m.entry(e).or_insert(0) += 1;
        }
    }
    m
}

pub const PLATFORMS: [Platform; 3] = [Platform::Odc, Platform::Valuekeep, Platform::Descope];

/// A user as the platform's own record says it, reduced to what an import
/// can set: e-mail → a description.
pub fn users(env: &TestEnv, p: Platform, sb: &Sandbox) -> BTreeMap<String, String> {
    let out = run(env
        .on(p, sb)
        .args(["users", "list", "--all", "-o", "ndjson"]))
    .ok();
    let mut m = BTreeMap::new();
    for u in out.ndjson() {
        let email = u["email"].as_str().unwrap().to_lowercase();
        let f = |k: &str| u.get(k).cloned().unwrap_or(Value::Null);
        let sorted = |v: Value| {
            let mut a: Vec<String> = v
                .as_array()
                .into_iter()
                .flatten()
                .map(|x| x.to_string())
                .collect();
            a.sort();
            a
        };
        let described = match p {
            Platform::Odc => format!(
                "{} | active {} | {:?}",
                f("name"),
                f("isActive"),
                access(env, sb, u["key"].as_str().unwrap())
            ),
            Platform::Valuekeep => format!(
                "{} | {} | status {} | technician {} | groups {:?} | roles {:?}",
                f("name"),
                f("userKey"),
                f("status"),
                f("isTechnician"),
                sorted(f("groups")),
                sorted(f("roles")),
            ),
            Platform::Descope => {
                let tenants: Vec<String> = f("userTenants")
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|t| format!("{}:{:?}", t["tenantId"], sorted(t["roleNames"].clone())))
                    .collect();
                format!(
                    "{} | {} {} {} | phone {} | disabled {} | roles {:?} | tenants {tenants:?} | custom {} | verified {} {} | login {}",
                    f("name"),
                    f("givenName"),
                    f("middleName"),
                    f("familyName"),
                    f("phone"),
                    f("status") == "disabled",
                    sorted(f("roleNames")),
                    f("customAttributes"),
                    f("verifiedEmail"),
                    f("verifiedPhone"),
                    f("loginIds"),
                )
            }
        };
        m.insert(email, described);
    }
    m
}

/// An ODC user's groups and roles by name, with their app, stage or the
/// organization, and where each comes from (`users access`).
pub fn access(env: &TestEnv, sb: &Sandbox, key: &str) -> Vec<String> {
    let out = run(env
        .on(Platform::Odc, sb)
        .args(["users", "access", key, "-o", "ndjson"]))
    .ok();
    let mut rows: Vec<String> = out
        .ndjson()
        .iter()
        .map(|r| {
            format!(
                "{} {} ({}) from {}",
                r["kind"], r["name"], r["scope"], r["source"]
            )
        })
        .collect();
    rows.sort();
    rows
}
