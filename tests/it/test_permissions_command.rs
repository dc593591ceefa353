//! `permissions list` and `permissions get` (ODC).

use crate::common::odc::{elsewhere, refused_elsewhere};
use crate::common::{Sandbox, TestEnv, get_json, run};

#[test]
fn permissions_list_and_get() {
    let sb = Sandbox::start(&[]);
    let env = TestEnv::new();
    let all = run(env.odc(&sb).args(["permissions", "list", "-o", "json"]))
        .ok()
        .json();
    let api = get_json(&sb, "permissions");
    assert_eq!(
        all.as_array().unwrap().len(),
        api["page"]["totalResults"].as_u64().unwrap() as usize
    );
    assert!(
        all.as_array()
            .unwrap()
            .iter()
            .any(|p| p["name"] == "Manage users")
    );
    let some =
        run(env
            .odc(&sb)
            .args(["permissions", "list", "--search", "end-user", "-o", "json"]))
        .ok()
        .json();
    let names: Vec<&str> = some
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Manage end-user groups", "Manage end-user access"]);

    let by_name = run(env
        .odc(&sb)
        .args(["permissions", "get", "manage users", "-o", "json"]))
    .ok()
    .json();
    assert_eq!(by_name["name"], "Manage users");
    let key = by_name["key"].as_str().unwrap();
    let out = run(env
        .odc(&sb)
        .args(["-v", "permissions", "get", key, "-o", "json"]))
    .ok();
    assert_eq!(out.json()["name"], "Manage users");
    assert!(
        out.stderr.contains(&format!("/permissions/{key}")),
        "one GET by key: {}",
        out.stderr
    );
    run(env.odc(&sb).args(["permissions", "get", "Fly"])).expect(3);
    run(env
        .odc(&sb)
        .args(["permissions", "get", "00000000-0000-4000-8000-000000000000"]))
    .expect(3);

    // Descope has permissions of its own (`permissions list`): refused on
    // Valuekeep only.
    let (name, mut vk) = elsewhere(&env, &sb).remove(0);
    assert_eq!(name, "Valuekeep");
    let out = run(vk.args(["-v", "permissions", "list"])).expect(2);
    assert!(
        out.stderr
            .contains("`permissions list` is not available on Valuekeep"),
        "{}",
        out.stderr
    );
    refused_elsewhere(&env, &sb, &["permissions", "get", "x"], "permissions get");
}
