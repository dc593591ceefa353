//! Issue 9: an export of each platform, imported into an empty sandbox,
//! reproduces the same users with the same groups and roles, compared by
//! name (keys are the platform's own), not through the export itself.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::common::bulk::{results, users};
use crate::common::{Sandbox, TestEnv, all_users, run, *};

/// The columns a round trip must keep.
fn essence(rows: &[Value]) -> BTreeMap<String, String> {
    rows.iter()
        .map(|r| {
            let mut g: Vec<&str> = r["groups"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap())
                .collect();
            let mut ro: Vec<&str> = r["roles"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap())
                .collect();
            g.sort();
            ro.sort();
            (
                r["email"].as_str().unwrap().to_string(),
                format!(
                    "{} | {} | {:?} | {:?} | {}",
                    r["name"], r["active"], g, ro, r["photoUrl"]
                ),
            )
        })
        .collect()
}

#[test]
fn export_then_import_round_trips_into_a_fresh_sandbox() {
    let a = Sandbox::start(&["--seed-users", "40"]);
    let env = TestEnv::new();
    let csv_path = env.path().join("users.csv").to_string_lossy().into_owned();
    run(env
        .odc(&a)
        .args(["users", "export", &csv_path, "--memberships"]))
    .ok();
    let text = std::fs::read_to_string(&csv_path).unwrap();
    assert!(
        text.starts_with("email,name,active,photoUrl,groups,roles,key\n"),
        "{text}"
    );
    let out = run(env
        .odc(&a)
        .args(["users", "export", "--memberships", "--format", "ndjson"]))
    .ok();
    let original = out.ndjson();
    assert_eq!(original.len(), 40);
    assert!(
        original
            .iter()
            .any(|u| !u["groups"].as_array().unwrap().is_empty()),
        "some memberships to carry"
    );
    assert!(
        original.iter().any(|u| u["active"] == false),
        "an inactive user to carry"
    );

    // Same world (same group and role keys), no users.
    let b = Sandbox::start(&[]);
    let env_b = TestEnv::new();
    run(env_b.odc(&b).args(["users", "import", &csv_path])).ok();
    let out = run(env_b.odc(&b).args([
        "users",
        "export",
        "--memberships",
        "-o",
        "ndjson",
        "--format",
        "json",
    ]))
    .ok();
    let copied: Vec<Value> = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(essence(&copied), essence(&original));
    // Importing the export again changes nothing.
    let res = env_b.path().join("r.ndjson").to_string_lossy().into_owned();
    run(env_b
        .odc(&b)
        .args(["users", "import", &csv_path, "--results", &res]))
    .ok();
    assert!(results(&res).iter().all(|r| r["action"] == "unchanged"));
    assert_eq!(all_users(&b).len(), 40);
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
