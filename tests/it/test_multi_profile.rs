//! One command on several profiles (`-p a,b`, `-p a -p b`,
//! `--all-profiles`): records with `profile` first, the worst exit code, a
//! failing profile told and counted while the others finish, and a write
//! planned on every profile and confirmed once.

use serde_json::Value;

use crate::common::{DESCOPE_KEY, Platform, Sandbox, TestEnv, Transcript};

fn profile(name: &str, p: Platform, sb: &Sandbox, secret_var: &str) -> String {
    crate::common::profiles::config_profile(name, p, sb, secret_var)
}

fn configure(env: &TestEnv, profiles: &[String]) {
    let dir = env.path().join("config");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("config.toml"), profiles.join("\n")).unwrap();
}

fn iamctl(env: &TestEnv, args: &[&str]) -> Transcript {
    Transcript::of(
        env.cmd()
            .env("SB_SECRET", "sandbox-secret")
            .env("SB_WRONG", "not-the-secret")
            .env("SB_KEY", DESCOPE_KEY)
            .args(args),
    )
}

#[test]
fn a_read_on_three_platforms_gives_records_with_their_profile() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    configure(
        &env,
        &[
            profile("odc", Platform::Odc, &sb, "SB_SECRET"),
            profile("vk", Platform::Valuekeep, &sb, "SB_SECRET"),
            profile("ds", Platform::Descope, &sb, "SB_SECRET"),
        ],
    );
    let t = iamctl(
        &env,
        &[
            "-p",
            "odc,vk,ds",
            "users",
            "list",
            "-L",
            "2",
            "-o",
            "ndjson",
        ],
    );
    assert_eq!(t.code(), 0, "{t}");
    let records: Vec<Value> = t
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let mut profiles: Vec<&str> = records
        .iter()
        .map(|r| r["profile"].as_str().unwrap())
        .collect();
    profiles.sort();
    assert_eq!(profiles, ["ds", "ds", "odc", "odc", "vk", "vk"], "{t}");
    // `profile` comes first in each record.
    for l in t.stdout.lines() {
        assert!(l.starts_with("{\"profile\":"), "{l}");
    }

    // Repeated -p, and a table: PROFILE is the first column.
    let t = iamctl(&env, &["-p", "odc", "-p", "ds", "users", "count"]);
    assert_eq!(t.code(), 0, "{t}");
    let header = t.stdout.lines().next().unwrap_or_default();
    assert!(header.trim_start().starts_with("PROFILE"), "{t}");
    assert_eq!(t.stdout.lines().count(), 3, "{t}");

    // --all-profiles: every configured one.
    let t = iamctl(&env, &["--all-profiles", "users", "count", "-o", "json"]);
    assert_eq!(t.code(), 0, "{t}");
    let v: Value = serde_json::from_str(&t.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 3, "{t}");
}

/// A profile that cannot authenticate fails alone: the others' records
/// are printed, the failure is told with its profile, the exit code is
/// its (4); `--fail-fast` says the others were stopped.
#[test]
fn a_failing_profile_is_told_and_the_others_finish() {
    let sb = Sandbox::start(&["--seed-users", "3"]);
    let env = TestEnv::new();
    configure(
        &env,
        &[
            profile("good", Platform::Odc, &sb, "SB_SECRET"),
            profile("bad", Platform::Odc, &sb, "SB_WRONG"),
            profile("ds", Platform::Descope, &sb, "SB_SECRET"),
        ],
    );
    let t = iamctl(
        &env,
        &["-p", "good,bad,ds", "users", "list", "-o", "ndjson"],
    );
    assert_eq!(t.code(), 4, "{t}");
    let records: Vec<Value> = t
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(records.iter().any(|r| r["profile"] == "good"), "{t}");
    assert!(records.iter().any(|r| r["profile"] == "ds"), "{t}");
    assert!(!records.iter().any(|r| r["profile"] == "bad"), "{t}");
    // With -o ndjson, errors are JSON on stderr, the profile named.
    assert!(t.stderr.contains("\"profile\":\"bad\""), "{t}");
    assert!(
        t.stderr
            .contains("\"message\":\"1 of 3 profiles failed: bad\""),
        "{t}"
    );
    let t = iamctl(&env, &["-p", "good,bad", "users", "count"]);
    assert_eq!(t.code(), 4, "{t}");
    assert!(t.stderr.contains("error: bad: "), "{t}");
    assert!(
        t.stderr.contains("error: 1 of 2 profiles failed: bad"),
        "{t}"
    );

    // A command one platform cannot honour is refused for that profile.
    let t = iamctl(&env, &["-p", "good,ds", "groups", "list", "-o", "ndjson"]);
    assert_ne!(t.code(), 0, "{t}");
    assert!(t.stderr.contains("\"profile\":\"ds\""), "{t}");
    assert!(
        t.stdout.lines().all(|l| l.contains("\"profile\":\"good\"")),
        "{t}"
    );
}

/// A write on two tenants: planned on both, confirmed once (refused
/// without a terminal: nothing changes), then carried out with --yes.
#[test]
fn a_write_is_planned_everywhere_and_confirmed_once() {
    let a = Sandbox::start(&["--seed-users", "5"]);
    let b = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    configure(
        &env,
        &[
            profile("a", Platform::Odc, &a, "SB_SECRET"),
            profile("b", Platform::Odc, &b, "SB_SECRET"),
        ],
    );
    let users = iamctl(&env, &["-p", "a", "users", "list", "-L", "1", "-o", "json"]);
    let v: Value = serde_json::from_str(&users.stdout).unwrap();
    let email = v[0]["email"].as_str().unwrap().to_string();

    let t = iamctl(
        &env,
        &[
            "--all-profiles",
            "users",
            "set",
            &email,
            "name",
            "Everywhere",
        ],
    );
    // Without a terminal and without --yes the confirmation is refused (2).
    assert_eq!(t.code(), 2, "{t}");
    assert!(t.stderr.contains("Planning on 2 profiles: a, b"), "{t}");
    for p in ["a", "b"] {
        let line = format!("{p}: Would change name of {email} to Everywhere");
        assert!(t.stderr.contains(&line), "{t}");
    }
    let now = iamctl(&env, &["-p", "a,b", "users", "get", &email, "-o", "ndjson"]);
    assert!(
        !now.stdout.contains("Everywhere"),
        "nothing changed before the confirmation\n{now}"
    );

    let t = iamctl(
        &env,
        &[
            "--all-profiles",
            "--yes",
            "users",
            "set",
            &email,
            "name",
            "Everywhere",
            "-o",
            "ndjson",
        ],
    );
    assert_eq!(t.code(), 0, "{t}");
    let records: Vec<Value> = t
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let mut seen: Vec<(&str, &str)> = records
        .iter()
        .map(|r| {
            (
                r["profile"].as_str().unwrap(),
                r["result"].as_str().unwrap(),
            )
        })
        .collect();
    seen.sort();
    assert_eq!(seen, [("a", "changed"), ("b", "changed")], "{t}");
    let now = iamctl(&env, &["-p", "a,b", "users", "get", &email, "-o", "ndjson"]);
    assert_eq!(now.stdout.matches("Everywhere").count(), 2, "{now}");
}
