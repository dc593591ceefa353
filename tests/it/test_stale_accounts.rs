//! Issue 13: stale accounts in one command, filtered by the server where
//! the API can (ODC's lastLoginAtTo, Valuekeep's $filter), checked against
//! the whole list read the plain way.

use std::collections::BTreeSet;

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

/// Issue 13: lifecycle in bulk, from the output of a query, with per-user
/// results, resume, exit 7 on partial failure, --dry-run and confirmation.
#[test]
fn lifecycle_in_bulk_from_a_query() {
    let sb = Sandbox::start(&["--seed-users", "12"]);
    let env = TestEnv::new();
    for (platform, cmd, active) in [
        (
            "ODC",
            odc as fn(&TestEnv, &Sandbox) -> assert_cmd::Command,
            "isActive",
        ),
        ("Valuekeep", valuekeep, "isActive"),
    ] {
        let listed =
            run(cmd(&env, &sb).args(["users", "list", "--limit", "4", "-o", "ndjson"])).ok();
        let file = env.path().join(format!("{platform}.ndjson"));
        std::fs::write(&file, &listed.stdout).unwrap();
        let from = file.to_str().unwrap();
        let res = env.path().join(format!("{platform}-r.ndjson"));
        let res = res.to_str().unwrap();
        // No terminal, no --yes: refused, nothing changed.
        run(cmd(&env, &sb).args(["users", "lifecycle", "deactivate", "--from", from])).expect(2);
        // --dry-run: the writes are shown, none sent.
        let out = run(cmd(&env, &sb).args([
            "users",
            "lifecycle",
            "deactivate",
            "--from",
            from,
            "--dry-run",
            "-o",
            "json",
        ]))
        .ok();
        assert_eq!(
            out.json().as_array().unwrap().len(),
            4,
            "{platform}: {}",
            out.stdout
        );
        let all = || {
            run(cmd(&env, &sb).args(["users", "list", "--limit", "4", "-o", "json"]))
                .ok()
                .json()
        };
        run(cmd(&env, &sb).args([
            "users",
            "lifecycle",
            "deactivate",
            "--from",
            from,
            "--results",
            res,
            "--yes",
        ]))
        .ok();
        assert!(
            all().as_array().unwrap().iter().all(|u| u[active] == false),
            "{platform}"
        );
        let lines = std::fs::read_to_string(res).unwrap();
        assert_eq!(lines.lines().count(), 4, "{platform}: one result per user");
        // Resumed into the same file: every user is done, nothing is sent.
        let out = run(cmd(&env, &sb).args([
            "-v",
            "users",
            "lifecycle",
            "reactivate",
            "--from",
            from,
            "--results",
            res,
            "--resume",
            res,
            "--yes",
        ]))
        .ok();
        assert!(
            out.stderr
                .contains("4 users done in an earlier run were skipped"),
            "{platform}: {}",
            out.stderr
        );
        assert!(
            out.stderr.contains("* 0 requests,"),
            "{platform}: {}",
            out.stderr
        );
    }
    // One user that does not exist among two: exit 7, the other done.
    let list = env.path().join("two.txt");
    let email = crate::common::all_users(&sb)[0]["email"]
        .as_str()
        .unwrap()
        .to_string();
    std::fs::write(&list, format!("nobody@example.com\n{email}\n")).unwrap();
    let out = run(odc(&env, &sb).args([
        "users",
        "lifecycle",
        "set",
        "name",
        "Renamed",
        "--from",
        list.to_str().unwrap(),
        "--yes",
    ]))
    .expect(7);
    assert!(
        out.stderr
            .contains("error: 1 of 2 changes did not complete (1 changed, 1 failed)"),
        "{}",
        out.stderr
    );
    let renamed = crate::common::all_users(&sb)
        .into_iter()
        .find(|u| u["email"] == email.as_str())
        .unwrap();
    assert_eq!(renamed["name"], "Renamed");
}

fn descope(env: &TestEnv, sb: &Sandbox) -> assert_cmd::Command {
    let mut c = env.cmd();
    c.env("IAMCTL_KIND", "descope")
        .env("DESCOPE_PROJECT_ID", "P2sandboxDescopeProject000000")
        .env("IAMCTL_BASE_URL", &sb.url)
        .env(
            "IAMCTL_MANAGEMENT_KEY",
            "K2sandboxDescopeManagementKey000000000000000000000000000000000000000000",
        );
    c
}

/// Issue 13: users with no role at all, on every platform, checked against
/// each platform's own record of roles.
#[test]
fn users_without_any_role_on_every_platform() {
    let sb = Sandbox::start(&["--seed-users", "30"]);
    let env = TestEnv::new();
    type Cmd = fn(&TestEnv, &Sandbox) -> assert_cmd::Command;
    type Holds<'a> = &'a dyn Fn(&Value) -> bool;
    let odc_roles = |u: &Value| {
        u["access"]["hasApplicationRoles"] == true || u["access"]["hasOrganizationRoles"] == true
    };
    let vk_roles = |u: &Value| u["roles"].as_array().is_some_and(|r| !r.is_empty());
    let descope_roles = |u: &Value| {
        let any = |v: &Value| v["roleNames"].as_array().is_some_and(|r| !r.is_empty());
        any(u)
            || u["userTenants"]
                .as_array()
                .is_some_and(|t| t.iter().any(any))
    };
    let platforms: [(&str, Cmd, Holds); 3] = [
        ("ODC", odc, &odc_roles),
        ("Valuekeep", valuekeep, &vk_roles),
        ("Descope", descope, &descope_roles),
    ];
    let mut some = 0;
    for (platform, cmd, holds) in platforms {
        let all = run(cmd(&env, &sb).args(["users", "list", "--all", "-o", "json"])).ok();
        let mut want: Vec<String> = all
            .json()
            .as_array()
            .unwrap()
            .iter()
            .filter(|u| !holds(u))
            .map(|u| u["email"].as_str().unwrap().to_string())
            .collect();
        want.sort();
        some += want.len();
        let out =
            run(cmd(&env, &sb).args(["users", "list", "--all", "--without-roles", "-o", "json"]))
                .ok();
        assert_eq!(emails(&out), want, "{platform}");
    }
    assert!(some > 0, "the seeds have users without roles somewhere");
}

/// Issue 13: onboarding "like Ana": after a copy, the second user holds
/// directly everything the first holds directly, on every platform; a
/// second copy has nothing left to do.
#[test]
fn copy_access_gives_what_the_first_user_holds_on_every_platform() {
    let sb = Sandbox::start(&["--seed-users", "30"]);
    let env = TestEnv::new();
    type Cmd = fn(&TestEnv, &Sandbox) -> assert_cmd::Command;
    let direct = |cmd: Cmd, user: &str| -> BTreeSet<String> {
        let out = run(cmd(&env, &sb).args(["users", "access", user, "-o", "json"])).ok();
        out.json()
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["source"] == "direct")
            .map(|r| format!("{} {} {}", r["kind"], r["name"], r["scope"]))
            .collect()
    };
    for (platform, cmd) in [
        ("ODC", odc as Cmd),
        ("Valuekeep", valuekeep),
        ("Descope", descope),
    ] {
        let users = run(cmd(&env, &sb).args(["users", "list", "--all", "-o", "json"])).ok();
        let users = users.json();
        let ids: Vec<String> = users
            .as_array()
            .unwrap()
            .iter()
            .map(|u| u["email"].as_str().unwrap().to_string())
            .collect();
        // The one who holds the most, copied onto the one who holds the least.
        let mut by_size: Vec<(usize, &String)> =
            ids.iter().map(|u| (direct(cmd, u).len(), u)).collect();
        by_size.sort();
        let (from, to) = (by_size.last().unwrap().1, by_size[0].1);
        let want = direct(cmd, from);
        assert!(!want.is_empty(), "{platform}: {from} holds nothing");
        run(cmd(&env, &sb).args(["users", "copy-access", from, to, "--yes"])).ok();
        let have = direct(cmd, to);
        assert!(
            want.is_subset(&have),
            "{platform}: {to} lacks {:?}",
            want.difference(&have).collect::<Vec<_>>()
        );
        let out = run(cmd(&env, &sb).args(["users", "copy-access", from, to, "--yes"])).ok();
        assert!(
            out.stderr.contains("Nothing to copy"),
            "{platform}: {}",
            out.stderr
        );
    }
}

/// Issue 10: `users count` in one request on every platform, equal to the
/// length of the whole list.
#[test]
fn users_count_matches_the_list_on_every_platform() {
    let sb = Sandbox::start(&["--seed-users", "40"]);
    let env = TestEnv::new();
    type Cmd = fn(&TestEnv, &Sandbox) -> assert_cmd::Command;
    for (platform, cmd) in [
        ("ODC", odc as Cmd),
        ("Valuekeep", valuekeep),
        ("Descope", descope),
    ] {
        for status in [None, Some("inactive"), Some("active")] {
            let mut list = vec!["users", "list", "--all", "-o", "json"];
            let mut count = vec!["-v", "users", "count"];
            if let Some(s) = status {
                list.extend(["--status", s]);
                count.extend(["--status", s]);
            }
            let want = run(cmd(&env, &sb).args(&list))
                .ok()
                .json()
                .as_array()
                .unwrap()
                .len();
            let out = run(cmd(&env, &sb).args(&count)).ok();
            assert_eq!(out.stdout.trim(), want.to_string(), "{platform} {status:?}");
            let calls = crate::common::requests(&out.stderr)
                .into_iter()
                .filter(|r| !r.contains("token") && !r.contains("openid"))
                .count();
            assert_eq!(calls, 1, "{platform}: {}", out.stderr);
        }
    }
}

/// `copy-access --dry-run -o json` is one JSON document, the requests it
/// would send (the table format shows the plan above them).
#[test]
fn copy_access_dry_run_as_json_is_one_document() {
    let sb = Sandbox::start(&["--seed-users", "20"]);
    let env = TestEnv::new();
    let out = run(env.odc(&sb).args([
        "users",
        "copy-access",
        "marta.teixeira1@example.com",
        "eva.almeida3@example.com",
        "--dry-run",
        "-o",
        "json",
    ]))
    .ok();
    let doc: serde_json::Value = serde_json::from_str(&out.stdout)
        .unwrap_or_else(|e| panic!("not one JSON document ({e}):\n{}", out.stdout));
    // One planned outcome record per membership given, each with the
    // request it would send (a group, an app role, an organization role:
    // one request each on ODC).
    let records = doc.as_array().unwrap();
    assert_eq!(records.len(), 3, "{doc:#}");
    for r in records {
        assert_eq!(r["result"], "planned", "{r:#}");
        assert_eq!(r["change"]["op"], "add", "{r:#}");
        let sent = r["requests"]
            .as_array()
            .unwrap_or_else(|| panic!("no requests in {r:#}"));
        assert_eq!(sent.len(), 1, "the request of this record: {r:#}");
        assert!(
            sent[0]["method"].is_string() && sent[0]["url"].is_string(),
            "{r:#}"
        );
    }
}
