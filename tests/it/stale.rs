//! Issue 13: stale accounts in one command, filtered by the server where
//! the API can (ODC's lastLoginAtTo, Valuekeep's $filter), checked against
//! the whole list read the plain way.

use serde_json::Value;

use crate::common::{Sandbox, TestEnv, run};

const VK_TENANT: &str = "sandbox";
const VK_ORG: &str = "sandbox-0001";

fn odc(env: &TestEnv, sb: &Sandbox) -> assert_cmd::Command {
    env.odc(sb)
}

fn valuekeep(env: &TestEnv, sb: &Sandbox) -> assert_cmd::Command {
    let mut c = env.cmd();
    c.env("IAMCTL_KIND", "valuekeep")
        .env("IAMCTL_BASE_URL", &sb.url)
        .env("IAMCTL_TENANT", VK_TENANT)
        .env("IAMCTL_ORG", VK_ORG)
        .env("IAMCTL_CLIENT_ID", "sandbox-client")
        .env("IAMCTL_CLIENT_SECRET", "sandbox-secret")
        .env("IAMCTL_TOKEN_URL", format!("{}/connect/token", sb.url));
    c
}

fn emails(out: &crate::common::Out) -> Vec<String> {
    let mut e: Vec<String> = out
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["email"].as_str().unwrap().to_string())
        .collect();
    e.sort();
    e
}

#[test]
fn stale_and_never_logged_in_users_on_odc_and_valuekeep() {
    let sb = Sandbox::start(&["--seed-users", "60"]);
    let env = TestEnv::new();
    type Cmd = fn(&TestEnv, &Sandbox) -> assert_cmd::Command;
    for (platform, cmd, field) in [
        ("ODC", odc as Cmd, "lastLoginAt"),
        ("Valuekeep", valuekeep as Cmd, "lastLogin"),
    ] {
        let all = run(cmd(&env, &sb).args(["users", "list", "--all", "-o", "json"])).ok();
        let all = all.json();
        let last = |u: &Value| u[field].as_str().map(|s| s[..10].to_string());
        let cutoff = "2025-04-01";
        let mut want_stale: Vec<String> = all
            .as_array()
            .unwrap()
            .iter()
            .filter(|u| last(u).is_some_and(|d| d.as_str() < cutoff))
            .map(|u| u["email"].as_str().unwrap().to_string())
            .collect();
        want_stale.sort();
        let mut want_never: Vec<String> = all
            .as_array()
            .unwrap()
            .iter()
            .filter(|u| last(u).is_none())
            .map(|u| u["email"].as_str().unwrap().to_string())
            .collect();
        want_never.sort();
        assert!(
            !want_stale.is_empty() && !want_never.is_empty(),
            "{platform}: a poor seed"
        );

        let out = run(cmd(&env, &sb).args([
            "users",
            "list",
            "--all",
            "--last-login-before",
            cutoff,
            "-o",
            "json",
        ]))
        .ok();
        assert_eq!(emails(&out), want_stale, "{platform}");
        let out =
            run(cmd(&env, &sb).args(["users", "list", "--all", "--never-logged-in", "-o", "json"]))
                .ok();
        assert_eq!(emails(&out), want_never, "{platform}");
    }
    // An age is now minus the age; a bad one is refused before any request.
    let out =
        run(odc(&env, &sb).args(["-v", "users", "list", "--last-login-before", "soon"])).expect(2);
    assert!(
        out.stderr.contains("is not an age (90d, 12w, 36h)"),
        "{}",
        out.stderr
    );
    run(odc(&env, &sb).args(["users", "list", "--last-login-before", "90d"])).ok();
}
