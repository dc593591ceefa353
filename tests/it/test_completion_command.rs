//! Dynamic completion (`COMPLETE=fish iamctl -- iamctl ARGS`) knows the
//! context, and asks no server: field names of this command on this
//! profile's platform, statuses, sort fields, output formats, profile names,
//! and stage and app names from the name cache.

use crate::common::profiles::add_env_profile;
use crate::common::{Sandbox, TestEnv, run};

#[test]
fn dynamic_completion_offers_profiles_and_fields() {
    let env = TestEnv::new();
    add_env_profile(&env, "prod", "acme.outsystems.dev", "PROD_SECRET");
    let out = run(env
        .cmd()
        .env("COMPLETE", "fish")
        .args(["--", "iamctl", "-p", ""]))
    .ok();
    let names: Vec<&str> = out
        .lines()
        .iter()
        .map(|l| l.split('\t').next().unwrap())
        .collect();
    assert!(
        names.contains(&"prod") && names.contains(&"sandbox"),
        "{names:?}"
    );
    let out = run(env.cmd().env("COMPLETE", "fish").args([
        "--",
        "iamctl",
        "users",
        "list",
        "--fields",
        "key,lastLo",
    ]))
    .ok();
    // The default profile `prod` is ODC: ODC's field only (Valuekeep's
    // `lastLogin` is not offered).
    assert_eq!(out.lines(), ["key,lastLoginAt"]);
}

/// The candidates for the last word of `args` (fish: one per line, a tab
/// before the description).
fn complete(env: &TestEnv, args: &[&str]) -> Vec<String> {
    let out = run(env
        .cmd()
        .env("COMPLETE", "fish")
        .arg("--")
        .arg("iamctl")
        .args(args))
    .ok();
    out.stdout
        .lines()
        .map(|l| l.split('\t').next().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn fields_are_this_commands_on_this_platform() {
    let env = TestEnv::new();
    let odc = complete(
        &env,
        &["--profile=sandbox", "users", "list", "--fields", ""],
    );
    assert!(odc.contains(&"lastLoginAt".to_string()), "{odc:?}");
    assert!(!odc.iter().any(|f| f == "TOTP" || f == "OAuth"), "{odc:?}");
    let ds = complete(
        &env,
        &["-p", "sandbox-descope", "users", "list", "--fields", ""],
    );
    assert!(ds.contains(&"TOTP".to_string()), "{ds:?}");
    let groups = complete(
        &env,
        &[
            "-p",
            "sandbox-valuekeep",
            "groups",
            "list",
            "--fields",
            "gr",
        ],
    );
    assert_eq!(groups, ["groupKey"]);
    let more = complete(
        &env,
        &[
            "-p",
            "sandbox-valuekeep",
            "users",
            "list",
            "--fields",
            "email,na",
        ],
    );
    assert_eq!(more, ["email,name"]);
}

#[test]
fn status_sort_and_output_values() {
    let env = TestEnv::new();
    let s = complete(
        &env,
        &["users", "list", "-p", "sandbox-valuekeep", "--status", ""],
    );
    assert!(s.contains(&"invitation-expired".to_string()), "{s:?}");
    let s = complete(&env, &["users", "list", "-p", "sandbox", "--status", ""]);
    assert!(s.contains(&"pending-registration".to_string()), "{s:?}");
    let s = complete(
        &env,
        &["users", "list", "-p", "sandbox-valuekeep", "--sort", ""],
    );
    assert!(s.contains(&"technician".to_string()), "{s:?}");
    let s = complete(&env, &["users", "list", "-o", ""]);
    assert_eq!(s, ["table", "json", "ndjson", "csv", "tsv"]);
    // The report formats where a report is written.
    let s = complete(&env, &["access", "report", "-o", ""]);
    assert_eq!(
        s,
        ["table", "json", "ndjson", "csv", "tsv", "html", "markdown"]
    );
    let s = complete(&env, &["-p", ""]);
    for p in ["sandbox", "sandbox-valuekeep", "sandbox-descope"] {
        assert!(s.contains(&p.to_string()), "{s:?}");
    }
}

/// Stage and app names once a table listed them; none before (no request
/// is made at a key press).
#[test]
fn stage_and_app_names_come_from_the_name_cache() {
    let sb = Sandbox::start(&["--seed-users", "2"]);
    let env = TestEnv::new();
    assert!(complete(&env, &["roles", "list", "--stage", ""]).is_empty());
    run(env.odc(&sb).args(["roles", "list"])).ok();
    let stages = complete(&env, &["roles", "list", "--stage", ""]);
    assert_eq!(stages, ["Development", "Production"]);
    let apps = complete(&env, &["roles", "list", "--app", ""]);
    assert_eq!(apps, ["HRHub", "SalesPortal"]);
}
