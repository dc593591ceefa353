//! `users lifecycle`: many users changed at once. On Descope a set goes
//! through the batch routes: one read of up to 100 users (a search by
//! `loginIds`, `users/load` for user ids), one `user/patch/batch` for
//! those not already as asked.

use crate::common::{Platform, Sandbox, TestEnv, Transcript, descope_load, requests, told};
use serde_json::Value;

fn descope(sb: &Sandbox, env: &TestEnv, args: &[&str]) -> Transcript {
    Transcript::of(env.on(Platform::Descope, sb).args(args))
}

/// The login ids (or another field) of the first `n` active users.
fn listed(sb: &Sandbox, env: &TestEnv, n: usize, field: &str) -> Vec<String> {
    let n = n.to_string();
    let t = descope(
        sb,
        env,
        &[
            "users", "list", "--status", "active", "-L", &n, "-o", "json",
        ],
    );
    assert_eq!(t.code(), 0, "{t}");
    let v: Value = serde_json::from_str(&t.stdout).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|u| match field {
            "loginIds" => u["loginIds"][0].as_str().unwrap().to_string(),
            f => u[f].as_str().unwrap().to_string(),
        })
        .collect()
}

/// `METHOD URL` of each request in a `-v` trace, sorted.
fn sorted_requests(t: &Transcript, sb: &Sandbox) -> String {
    let mut r = requests(&t.stderr);
    r.sort();
    r.join("\n").replace(&sb.url, "SANDBOX")
}

fn write_list(env: &TestEnv, name: &str, users: &[String]) -> String {
    let file = env.path().join(name);
    std::fs::write(&file, users.join("\n")).unwrap();
    file.to_str().unwrap().to_string()
}

/// 120 users deactivated: two batches (100 and 20), each one search and
/// one patch batch: 4 requests where one user at a time costs 240. The
/// second run reads and has nothing to write. (Batches run concurrently,
/// so the requests are compared sorted.)
#[test]
fn descope_deactivates_many_users_in_batches_of_100() {
    let sb = Sandbox::start(&["--seed-users", "150"]);
    let env = TestEnv::new();
    let users = listed(&sb, &env, 120, "loginIds");
    let file = write_list(&env, "leavers.txt", &users);
    let run = || {
        descope(
            &sb,
            &env,
            &[
                "--yes",
                "-v",
                "users",
                "lifecycle",
                "deactivate",
                "--from",
                &file,
            ],
        )
    };

    let first = run();
    assert_eq!(first.code(), 0, "{first}");
    insta::assert_snapshot!(sorted_requests(&first, &sb), @r"
    PATCH SANDBOX/v1/mgmt/user/patch/batch
    PATCH SANDBOX/v1/mgmt/user/patch/batch
    POST SANDBOX/v2/mgmt/user/search
    POST SANDBOX/v2/mgmt/user/search
    ");
    assert!(
        told(&first.stderr).ends_with("Done: 120 changed\n"),
        "{first}"
    );
    for u in [&users[0], &users[99], &users[119]] {
        assert_eq!(descope_load(&sb, u)["status"], "disabled", "{u}");
    }

    let second = run();
    assert_eq!(second.code(), 0, "{second}");
    insta::assert_snapshot!(sorted_requests(&second, &sb), @r"
    POST SANDBOX/v2/mgmt/user/search
    POST SANDBOX/v2/mgmt/user/search
    ");
    assert!(
        told(&second.stderr).ends_with("Done: 120 unchanged\n"),
        "{second}"
    );
}

/// Users named by user id are read with `users/load`; a custom attribute
/// set in a batch keeps the user's other attributes; a name no user has
/// fails alone (exit 7: some changed, one failed) and is not sent.
#[test]
fn descope_batch_reads_user_ids_with_users_load_and_fails_unknown_names_alone() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let mut ids = listed(&sb, &env, 3, "userId");
    let logins = listed(&sb, &env, 3, "loginIds");
    let before = descope_load(&sb, &logins[0])["customAttributes"].clone();
    ids.push("U0000000000000000000000000000".into());
    let file = write_list(&env, "ids.txt", &ids);

    let t = descope(
        &sb,
        &env,
        &[
            "--yes",
            "-v",
            "users",
            "lifecycle",
            "set",
            "attr.costCenter",
            "CC-9",
            "--from",
            &file,
        ],
    );
    assert_eq!(t.code(), 7, "{t}");
    insta::assert_snapshot!(requests(&t.stderr).join("\n").replace(&sb.url, "SANDBOX"), @r"
    POST SANDBOX/v2/mgmt/user/search
    POST SANDBOX/v1/mgmt/users/load
    PATCH SANDBOX/v1/mgmt/user/patch/batch
    ");
    assert!(
        told(&t.stderr).contains("user \"U0000000000000000000000000000\" not found"),
        "{t}"
    );
    assert!(told(&t.stderr).contains("3 changed, 1 failed"), "{t}");
    let after = descope_load(&sb, &logins[0])["customAttributes"].clone();
    assert_eq!(after["costCenter"], "CC-9", "{after}");
    for (k, v) in before.as_object().unwrap() {
        if k != "costCenter" {
            assert_eq!(&after[k], v, "attribute {k} kept");
        }
    }
}

/// Under --dry-run the batch is planned, not sent: the plan shows the one
/// patch batch request, and nothing changes.
#[test]
fn descope_batch_dry_run_plans_one_patch_request() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let users = listed(&sb, &env, 3, "loginIds");
    let file = write_list(&env, "three.txt", &users);
    let t = descope(
        &sb,
        &env,
        &[
            "--dry-run",
            "users",
            "lifecycle",
            "set",
            "name",
            "Same Name",
            "--from",
            &file,
            "-o",
            "json",
        ],
    );
    assert_eq!(t.code(), 0, "{t}");
    let records: Value = serde_json::from_str(&t.stdout).unwrap();
    let results: Vec<&str> = records
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["result"].as_str().unwrap())
        .collect();
    assert_eq!(results, ["planned", "planned", "planned"], "{t}");
    let planned: Vec<String> = records
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r["requests"].as_array().cloned().unwrap_or_default())
        .map(|q| {
            format!(
                "{} {}",
                q["method"].as_str().unwrap(),
                q["url"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        planned,
        [format!("PATCH {}/v1/mgmt/user/patch/batch", sb.url)],
        "{t}"
    );
    assert_ne!(descope_load(&sb, &users[0])["name"], "Same Name");
}
