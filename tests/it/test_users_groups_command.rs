//! `users groups` (list, add, remove, set) on every platform.

use serde_json::Value;

use crate::common::valuekeep::{Valuekeep, keys, user};
use crate::common::world::{descope, odc, valuekeep};
use crate::common::{
    Sandbox, TestEnv, Transcript, create_user, get_json, group_key, requests, run,
    snapshot_settings, told, vk_api as vk,
};

#[test]
fn odc_users_groups_list() {
    odc().check(
        "odc_users_groups_list",
        &["users", "groups", "list", "marta.teixeira1@example.com"],
        0,
    );
}

#[test]
fn odc_users_groups_add() {
    odc().check(
        "odc_users_groups_add",
        &[
            "users",
            "groups",
            "add",
            "eva.almeida3@example.com",
            "HR Team",
            "--stage",
            "Production",
        ],
        0,
    );
}

#[test]
fn valuekeep_users_groups_list() {
    valuekeep().check(
        "valuekeep_users_groups_list",
        &["users", "groups", "list", "katia.pereira1"],
        0,
    );
}

#[test]
fn valuekeep_users_groups_add() {
    valuekeep().check(
        "valuekeep_users_groups_add",
        &["users", "groups", "add", "carla.ferreira2", "IT"],
        0,
    );
}

#[test]
fn valuekeep_users_groups_add_stage() {
    // Issue 15: `--stage` is an ODC flag; Valuekeep refuses it before
    // anything is sent (it used to ignore it and add the group).
    valuekeep().check(
        "valuekeep_users_groups_add_stage",
        &[
            "-v",
            "users",
            "groups",
            "add",
            "carla.ferreira2",
            "FACILITIES",
            "--stage",
            "Production",
        ],
        2,
    );
}

#[test]
fn descope_users_groups_list() {
    // Descope has no groups: a usage error that points at tenants.
    descope().check(
        "descope_users_groups_list",
        &["users", "groups", "list", "eva.ferreira1@example.com"],
        2,
    );
}

#[test]
fn descope_users_groups_add() {
    descope().check(
        "descope_users_groups_add",
        &[
            "users",
            "groups",
            "add",
            "eva.esteves2@example.com",
            "T-acme",
        ],
        2,
    );
}

fn group_keys_of(sb: &Sandbox, user: &str) -> Vec<String> {
    let mut keys: Vec<String> = get_json(sb, &format!("users/{user}/groups?limit=100"))["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["group"]["key"].as_str().unwrap().to_string())
        .collect();
    keys.sort();
    keys
}

#[test]
fn user_groups_list_add_remove_set() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let key = create_user(&sb, "member@example.com", "Member");
    let sales_prod = group_key(&sb, "Sales Team", "Production");
    let hr_prod = group_key(&sb, "HR Team", "Production");
    let support_dev = group_key(&sb, "Support", "Development");

    // Ambiguous name without --stage: exit 2 with both candidates, nothing changed.
    let t = Transcript::of(
        env.odc(&sb)
            .args(["users", "groups", "add", &key, "Sales Team"]),
    )
    .redact(&key, "[NEW_KEY]");
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
    [stdout]
    [stderr]
    error: group "Sales Team" is ambiguous; candidates:
      Sales Team (stage Development; key 04be31d0-bcd1-4a63-978f-e6754bea0753)
      Sales Team (stage Production; key dc0b9910-621d-4701-a1dc-d2cb63bc04e4)
    hint: add --stage NAME, or name the group by key
    [exit status: 2]
    "#)
    });
    assert!(group_keys_of(&sb, &key).is_empty());

    // By name with --stage, and by key.
    run(env.odc(&sb).args([
        "users",
        "groups",
        "add",
        "member@example.com",
        "Sales Team",
        "HR Team",
        "--stage",
        "Production",
    ]))
    .ok();
    run(env
        .odc(&sb)
        .args(["users", "groups", "add", &key, &support_dev]))
    .ok();
    let mut want = vec![sales_prod.clone(), hr_prod.clone(), support_dev.clone()];
    want.sort();
    assert_eq!(group_keys_of(&sb, &key), want);

    let out = run(env
        .odc(&sb)
        .args(["users", "groups", "list", &key, "-o", "json"]))
    .ok();
    let mut listed: Vec<String> = out
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["group"]["key"].as_str().unwrap().to_string())
        .collect();
    listed.sort();
    assert_eq!(listed, want);
    let t = Transcript::of(env.odc(&sb).args(["users", "groups", "list", &key]))
        .redact(&key, "[NEW_KEY]");
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @"
    [stdout]
     KEY                                   NAME        STAGE        MEMBERSHIP
     cdeb9b62-b22c-4b9e-b44d-0a3449fcfde3  Support     Development  Assigned
     dc0b9910-621d-4701-a1dc-d2cb63bc04e4  Sales Team  Production   Assigned
     72e1d4fe-e9a4-4928-beb2-c3586f8bedd8  HR Team     Production   Assigned
    [stderr]
    [exit status: 0]
    ")
    });

    run(env.odc(&sb).args([
        "users",
        "groups",
        "remove",
        &key,
        "HR Team",
        "--stage",
        "production",
    ]))
    .ok();
    let mut want = vec![sales_prod.clone(), support_dev.clone()];
    want.sort();
    assert_eq!(group_keys_of(&sb, &key), want);

    // set: keep Sales (Prod), drop Support (Dev), add HR (Prod) — only the difference is sent.
    let t = Transcript::of(env.odc(&sb).args([
        "-v",
        "users",
        "groups",
        "set",
        &key,
        &sales_prod,
        &hr_prod,
    ]))
    .redact(&key, "[NEW_KEY]");
    // A set that removes must confirm.
    snapshot_settings().bind(|| insta::assert_snapshot!(t.to_string(), @"
    [stdout]
    [stderr]
    > GET http://127.0.0.1:[PORT]/api/identity/v1/users/[NEW_KEY]/groups?limit=100&offset=0
    > authorization: Bearer ***
    < 200 OK ([N] ms)
    * 1 requests, 0 retries, 0 answered 429
    error: refusing to take [NEW_KEY] out of group Support and into 72e1d4fe-e9a4-4928-beb2-c3586f8bedd8 without confirmation
    hint: pass --yes to confirm when no terminal is attached
    [exit status: 2]
    "));
    let out = run(env.odc(&sb).args([
        "-v",
        "-y",
        "users",
        "groups",
        "set",
        &key,
        &sales_prod,
        &hr_prod,
    ]))
    .ok();
    let patches: Vec<String> = requests(&out.stderr)
        .into_iter()
        .filter(|r| r.starts_with("PATCH"))
        .collect();
    assert_eq!(patches.len(), 2, "{patches:?}");
    assert!(patches.iter().any(|p| p.contains(&hr_prod)));
    assert!(patches.iter().any(|p| p.contains(&support_dev)));
    let mut want = vec![sales_prod.clone(), hr_prod.clone()];
    want.sort();
    assert_eq!(group_keys_of(&sb, &key), want);

    // set to what it already is: nothing sent.
    let out = run(env
        .odc(&sb)
        .args(["-v", "users", "groups", "set", &key, &sales_prod, &hr_prod]))
    .ok();
    // Each group already held is an unchanged record.
    let lines = told(&out.stderr);
    assert_eq!(
        lines
            .matches(&format!("Unchanged: {key} is already in group"))
            .count(),
        2,
        "{lines}"
    );
    assert!(lines.ends_with("Done: 2 unchanged\n"), "{lines}");
    assert!(
        requests(&out.stderr)
            .iter()
            .all(|r| !r.starts_with("PATCH"))
    );

    // set to nothing: removed from every group.
    run(env.odc(&sb).args(["-y", "users", "groups", "set", &key])).ok();
    assert!(group_keys_of(&sb, &key).is_empty());
}

#[test]
fn memberships_by_key_and_by_id() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    run(env.valuekeep(&sb).args([
        "users",
        "create",
        "--email",
        "mo@example.com",
        "--name",
        "Mo",
        "--user-key",
        "MO",
    ]))
    .ok();
    let group_ids: Value = vk(&sb, "GET", "groups/odata", None).1;
    let id_of = |key: &str| {
        group_ids["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|g| g["groupKey"] == key)
            .unwrap()["id"]
            .as_str()
            .unwrap()
            .to_string()
    };

    let out = run(env
        .valuekeep(&sb)
        .args(["-v", "users", "groups", "add", "MO", "MAINT", "IT"]))
    .ok();
    let posts: Vec<String> = requests(&out.stderr)
        .into_iter()
        .filter(|r| r.starts_with("POST "))
        .collect();
    assert!(
        posts
            .iter()
            .all(|r| r.ends_with("/identity/users/MO/groups/add")),
        "{posts:?}"
    );
    let out = run(env
        .valuekeep(&sb)
        .args(["users", "groups", "list", "MO", "-o", "ndjson"]))
    .ok();
    let mut gs = keys(&out, "groupKey");
    gs.sort();
    assert_eq!(gs, ["IT", "MAINT"]);

    let fac = id_of("FACILITIES");
    let out = run(env
        .valuekeep(&sb)
        .args(["-v", "users", "groups", "add", "--by-id", "MO", &fac]))
    .ok();
    assert!(
        requests(&out.stderr)
            .iter()
            .any(|r| r.ends_with("/identity/users/MO/groups/addById"))
    );
    assert_eq!(user(&sb, "MO")["groups"].as_array().unwrap().len(), 3);
    let out = run(env
        .valuekeep(&sb)
        .args(["-v", "users", "groups", "remove", "--by-id", "MO", &fac]))
    .ok();
    assert!(
        requests(&out.stderr)
            .iter()
            .any(|r| r.ends_with("/identity/users/MO/groups/removeById"))
    );
    run(env
        .valuekeep(&sb)
        .args(["users", "groups", "remove", "MO", "IT"]))
    .ok();
    let out = run(env
        .valuekeep(&sb)
        .args(["users", "groups", "list", "MO", "-o", "ndjson"]))
    .ok();
    assert_eq!(keys(&out, "groupKey"), ["MAINT"]);

    // set: only the difference is sent.
    let out = run(env.valuekeep(&sb).args([
        "-v",
        "-y",
        "users",
        "groups",
        "set",
        "MO",
        "MAINT",
        "FACILITIES",
    ]))
    .ok();
    let posts: Vec<String> = requests(&out.stderr)
        .into_iter()
        .filter(|r| r.starts_with("POST "))
        .collect();
    assert_eq!(posts.len(), 1, "{posts:?}");
    let maint = id_of("MAINT");
    let out = run(env.valuekeep(&sb).args([
        "-v", "-y", "users", "groups", "set", "--by-id", "MO", &maint,
    ]))
    .ok();
    let posts: Vec<String> = requests(&out.stderr)
        .into_iter()
        .filter(|r| r.starts_with("POST "))
        .collect();
    assert_eq!(posts.len(), 1, "{posts:?}");
    assert!(posts[0].ends_with("/groups/removeById"));
    let out = run(env
        .valuekeep(&sb)
        .args(["users", "groups", "list", "MO", "-o", "ndjson"]))
    .ok();
    assert_eq!(keys(&out, "groupKey"), ["MAINT"]);

    // Roles: add, list, set, remove; by the user's e-mail too.
    run(env.valuekeep(&sb).args([
        "users",
        "roles",
        "add",
        "mo@example.com",
        "TECHNICIAN",
        "WORKMANAGER",
    ]))
    .ok();
    let out = run(env
        .valuekeep(&sb)
        .args(["users", "roles", "list", "MO", "-o", "ndjson"]))
    .ok();
    let mut rs = keys(&out, "roleKey");
    rs.sort();
    assert_eq!(rs, ["TECHNICIAN", "WORKMANAGER"]);
    run(env
        .valuekeep(&sb)
        .args(["-y", "users", "roles", "set", "MO", "READONLY"]))
    .ok();
    let out = run(env
        .valuekeep(&sb)
        .args(["users", "roles", "list", "MO", "-o", "ndjson"]))
    .ok();
    assert_eq!(keys(&out, "roleKey"), ["READONLY"]);
    let roles: Value = vk(&sb, "GET", "roles/odata", None).1;
    let ro = roles["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["roleKey"] == "READONLY")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let out = run(env
        .valuekeep(&sb)
        .args(["-v", "users", "roles", "remove", "--by-id", "MO", &ro]))
    .ok();
    assert!(
        requests(&out.stderr)
            .iter()
            .any(|r| r.ends_with("/users/MO/roles/removeById"))
    );
    assert!(user(&sb, "MO")["roles"].as_array().unwrap().is_empty());

    // Unknown group: found missing before anything is written (exit 3,
    // one lookup, no write); unknown user: exit 3 or 5.
    let t = Transcript::of(
        env.valuekeep(&sb)
            .args(["-v", "users", "groups", "add", "MO", "NOPE"]),
    );
    let api_calls: Vec<String> = requests(&t.stderr)
        .into_iter()
        .filter(|r| !r.contains("/connect/token"))
        .collect();
    assert_eq!(api_calls.len(), 1, "{t}");
    assert!(api_calls[0].starts_with("GET "), "{api_calls:?}");
    snapshot_settings().bind(|| insta::assert_snapshot!(t.to_string(), @r#"
    [stdout]
    [stderr]
    > GET http://127.0.0.1:[PORT]/api/sandbox/sandbox-0001/identity/groups/odata?%24filter=GroupKey+eq+%27NOPE%27+or+Name+eq+%27NOPE%27&%24top=100&%24inlinecount=allpages
    > authorization: Bearer ***
    < 200 OK ([N] ms)
    * 1 requests, 0 retries, 0 answered 429
    error: group "NOPE" not found
    [exit status: 3]
    "#));
    run(env
        .valuekeep(&sb)
        .args(["users", "groups", "add", "GHOST", "MAINT"]))
    .expect(3);
    // ODC-only options are refused.
    run(env
        .valuekeep(&sb)
        .args(["users", "roles", "add", "MO", "X", "--org"]))
    .expect(2);
}
