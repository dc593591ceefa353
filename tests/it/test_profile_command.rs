//! `profile test NAME`, `profile add` without a terminal, unknown profiles,
//! and the hint a refused secret gets on each route.

use crate::common::{Sandbox, TestEnv, run};

/// Profiles `good` (the default) and `bad` (a wrong secret) against one
/// ODC sandbox, each reading its secret from a variable.
fn two_profiles(env: &TestEnv, sb: &Sandbox) {
    for (name, var) in [("good", "GOOD_SECRET"), ("bad", "BAD_SECRET")] {
        run(env.cmd().args([
            "profile",
            "add",
            name,
            "--kind",
            "odc",
            "--portal",
            &sb.url,
            "--client-id",
            "sandbox-client",
            "--secret",
            &format!("env:{var}"),
        ]))
        .ok();
    }
}

#[test]
fn profile_test_name_tests_that_profile() {
    let sb = Sandbox::start(&["--seed-users", "2"]);
    let env = TestEnv::new();
    two_profiles(&env, &sb);
    let with = |c: &mut assert_cmd::Command| {
        c.env("GOOD_SECRET", "sandbox-secret")
            .env("BAD_SECRET", "wrong");
    };
    let mut c = env.cmd();
    with(&mut c);
    let out = run(c.args(["profile", "test"])).ok();
    assert!(out.stdout.contains("ok"), "{}", out.stdout);
    // `bad` is tested, not the default `good`: the token is refused.
    let mut c = env.cmd();
    with(&mut c);
    let out = run(c.args(["profile", "test", "bad"])).expect(4);
    assert!(out.stdout.contains("failed"), "{}", out.stdout);
    assert!(out.stderr.contains("profile \"bad\""), "{}", out.stderr);
    // The hint names the route the secret came by.
    assert!(out.stderr.contains("$BAD_SECRET"), "{}", out.stderr);
    // --deep keeps its findings under the profile named.
    run(env.cmd().args([
        "profile",
        "add",
        "other",
        "--kind",
        "odc",
        "--portal",
        &sb.url,
        "--client-id",
        "sandbox-client",
        "--secret",
        "env:GOOD_SECRET",
    ]))
    .ok();
    let mut c = env.cmd();
    with(&mut c);
    let out = run(c.args(["profile", "test", "other", "--deep"])).ok();
    assert!(
        out.stderr.contains("kept for profile other"),
        "{}",
        out.stderr
    );
    assert!(env.path().join("config/observed/other.json").exists());
    assert!(!env.path().join("config/observed/good.json").exists());
}

/// On the environment route, a refused secret's hint names
/// IAMCTL_CLIENT_SECRET, not a `profile add` of a profile that is not there.
#[test]
fn env_route_hint_names_the_variable() {
    let sb = Sandbox::start(&["--seed-users", "1"]);
    let env = TestEnv::new();
    let out = run(env
        .odc(&sb)
        .env("IAMCTL_CLIENT_SECRET", "wrong")
        .args(["users", "list"]))
    .expect(4);
    assert!(
        out.stderr.contains("set IAMCTL_CLIENT_SECRET"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("profile add"), "{}", out.stderr);
    // Descope: the management key's variable.
    let out = run(env
        .on(crate::common::Platform::Descope, &sb)
        .env("IAMCTL_MANAGEMENT_KEY", "K2wrongwrongwrong")
        .args(["users", "list"]))
    .expect(4);
    assert!(
        out.stderr.contains("set IAMCTL_MANAGEMENT_KEY"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("K2wrongwrongwrong"), "{}", out.stderr);
}

#[test]
fn unknown_profile_says_did_you_mean_and_lists_the_built_in_ones() {
    let env = TestEnv::new();
    let out = run(env.cmd().args(["-p", "descope", "users", "list"])).expect(2);
    assert!(
        out.stderr.contains("did you mean `sandbox-descope`?"),
        "{}",
        out.stderr
    );
    for p in ["sandbox", "sandbox-valuekeep", "sandbox-descope"] {
        assert!(out.stderr.contains(p), "{}", out.stderr);
    }
}

/// Without a terminal, every missing answer in one usage error.
#[test]
fn profile_add_without_a_terminal_lists_every_missing_answer() {
    let env = TestEnv::new();
    // (`--secret env:X`: with no keyring, the keyring's absence is said first.)
    let out = run(env.cmd().args(["profile", "add", "--secret", "env:X"])).expect(2);
    let first = out.stderr.lines().next().unwrap_or_default();
    for m in ["NAME", "--kind", "--portal", "--project-id"] {
        assert!(first.contains(m), "{}", out.stderr);
    }
    let out = run(env.cmd().args([
        "profile",
        "add",
        "x",
        "--kind",
        "valuekeep",
        "--secret",
        "env:X",
    ]))
    .expect(2);
    assert!(
        out.stderr
            .contains("missing --base-url, --tenant, --org, --client-id"),
        "{}",
        out.stderr
    );
    assert_eq!(out.stderr.matches("error:").count(), 1, "{}", out.stderr);
}
