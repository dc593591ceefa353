//! `users count`.

use serde_json::json;

use crate::common::odc::{app_role, org_role};
use crate::common::world::odc;
use crate::common::{Sandbox, TestEnv, requests, run};

#[test]
fn users_count_and_one_role() {
    let sb = Sandbox::start(&["--seed-users", "12"]);
    let env = TestEnv::new();
    let out = run(env.odc(&sb).args(["-v", "users", "count"])).ok();
    assert_eq!(
        out.stdout.trim(),
        crate::common::all_users(&sb).len().to_string()
    );
    assert_eq!(
        requests(&out.stderr)
            .iter()
            .filter(|r| r.contains("/users/count"))
            .count(),
        1
    );
    let inactive = crate::common::all_users(&sb)
        .iter()
        .filter(|u| u["status"] == "Inactive")
        .count();
    let out = run(env
        .odc(&sb)
        .args(["users", "count", "--status", "inactive", "-o", "json"]))
    .ok();
    assert_eq!(out.json(), json!({ "count": inactive }));

    let out = run(env
        .odc(&sb)
        .args(["roles", "get", "Admin", "--org", "-o", "json"]))
    .ok();
    assert_eq!(out.json()["key"], json!(org_role(&sb, "Admin")));
    let out = run(env.odc(&sb).args([
        "roles",
        "get",
        "Viewer",
        "--app",
        "SalesPortal",
        "--stage",
        "Production",
        "-o",
        "json",
    ]))
    .ok();
    assert_eq!(
        out.json()["key"],
        json!(app_role(&sb, "Viewer", "SalesPortal", "Production"))
    );
    run(env.odc(&sb).args(["roles", "get", "Nope", "--org"])).expect(3);
}

// ------------------------------------------------ new verbs, reviewed ----

#[test]
fn odc_users_count() {
    odc().check(
        "odc_users_count",
        &["users", "count", "--status", "inactive"],
        0,
    );
}
