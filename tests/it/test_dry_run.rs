//! `--dry-run` on the `users` verbs: the requests a run would send are
//! printed and nothing changes.

use serde_json::json;

use crate::common::{Sandbox, TestEnv, all_users, create_user, get_json, group_key, run};

#[test]
fn dry_run_prints_requests_and_changes_nothing() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let key = create_user(&sb, "dry.run@example.com", "Dry Run");
    let before = all_users(&sb);
    let base = format!("{}/api/identity/v1", sb.url);

    let out = run(env.odc(&sb).args([
        "--dry-run",
        "users",
        "create",
        "--email",
        "ghost@example.com",
        "--name",
        "Ghost",
    ]))
    .ok();
    assert_eq!(
        out.stdout,
        format!(
            "POST {base}/users {{\"name\":\"Ghost\",\"email\":\"ghost@example.com\",\"isActive\":true}}\n"
        )
    );
    let out = run(env.odc(&sb).args([
        "--dry-run",
        "users",
        "invite",
        "--email",
        "ghost2@example.com",
    ]))
    .ok();
    assert!(
        out.stdout.starts_with(&format!("POST {base}/users {{")),
        "{}",
        out.stdout
    );
    assert!(
        !out.stderr.contains("sends no invitation"),
        "dry run claims a user was created"
    );

    let out = run(env.odc(&sb).args(["--dry-run", "users", "delete", &key])).ok();
    assert_eq!(out.stdout, format!("DELETE {base}/users/{key}\n"));

    let out = run(env.odc(&sb).args([
        "--dry-run",
        "users",
        "set",
        "dry.run@example.com",
        "name",
        "Wet",
    ]))
    .ok();
    assert_eq!(
        out.stdout,
        format!("PATCH {base}/users/{key} {{\"name\":\"Wet\"}}\n")
    );

    let out = run(env
        .odc(&sb)
        .args(["--dry-run", "users", "patch", &key, "--inactive"]))
    .ok();
    assert_eq!(
        out.stdout,
        format!("PATCH {base}/users/{key} {{\"isActive\":false}}\n")
    );

    let sales = group_key(&sb, "Sales Team", "Production");
    let out = run(env
        .odc(&sb)
        .args(["--dry-run", "users", "groups", "add", &key, &sales]))
    .ok();
    assert_eq!(
        out.stdout,
        format!("PATCH {base}/groups/{sales}/users {{\"userKeysToAdd\":[\"{key}\"]}}\n")
    );

    let role = crate::common::odc::app_role(&sb, "Admin", "SalesPortal", "Production");
    let out = run(env
        .odc(&sb)
        .args(["--dry-run", "users", "roles", "add", &key, &role]))
    .ok();
    assert_eq!(
        out.stdout,
        format!("POST {base}/users/{key}/application-roles/{role}\n")
    );

    assert_eq!(all_users(&sb), before, "a dry run changed the users");
    assert!(
        get_json(&sb, &format!("groups/{sales}/users"))["results"]
            .as_array()
            .unwrap()
            .iter()
            .all(|m| m["user"]["key"] != json!(key))
    );
    assert_eq!(
        get_json(&sb, &format!("users/{key}/application-roles"))["results"],
        json!([])
    );
}
