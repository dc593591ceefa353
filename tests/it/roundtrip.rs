//! Issue 9: an export of each platform, imported into an empty sandbox,
//! reproduces the same users with the same groups and roles, compared by
//! name (keys are the platform's own), not through the export itself.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::common::*;

/// A user as the platform's own record says it, reduced to what an import
/// can set: e-mail → a description.
fn users(env: &TestEnv, p: Platform, sb: &Sandbox) -> BTreeMap<String, String> {
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
fn access(env: &TestEnv, sb: &Sandbox, key: &str) -> Vec<String> {
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

fn round_trip(p: Platform, file: &str, expect: &[&str]) {
    let a = Sandbox::start(&["--seed-users", "20"]);
    let env = TestEnv::new();
    let path = env.path().join(file).to_string_lossy().into_owned();
    run(env
        .on(p, &a)
        .args(["users", "export", &path, "--memberships"]))
    .ok();
    let original = users(&env, p, &a);
    assert_eq!(original.len(), 20);
    let text = std::fs::read_to_string(&path).unwrap();
    for e in expect {
        assert!(text.contains(e), "{e:?} not in the export:\n{text}");
    }

    let b = Sandbox::start(&["--seed-users", "0"]);
    let env_b = TestEnv::new();
    assert!(users(&env_b, p, &b).is_empty());
    run(env_b.on(p, &b).args(["users", "import", &path])).ok();
    let copied = users(&env_b, p, &b);
    for (email, was) in &original {
        assert_eq!(copied.get(email), Some(was), "{email}");
    }
    assert_eq!(copied.len(), original.len());
}

#[test]
fn odc_export_imported_into_an_empty_sandbox_reproduces_users_groups_and_roles() {
    // Groups by stage, application roles by app and stage (two apps have
    // an Admin), organization roles.
    round_trip(
        Platform::Odc,
        "odc.csv",
        &["Development/", "SalesPortal/", "org:"],
    );
}

#[test]
fn descope_export_imported_into_an_empty_sandbox_reproduces_users_tenants_and_roles() {
    round_trip(Platform::Descope, "descope.csv", &[":Viewer", "department"]);
}

#[test]
fn valuekeep_export_imported_into_an_empty_sandbox_reproduces_users_groups_and_roles() {
    round_trip(Platform::Valuekeep, "valuekeep.csv", &["technician"]);
}
