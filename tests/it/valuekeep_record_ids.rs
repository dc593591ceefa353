//! Valuekeep record ids (issue 22): a group or role named by its record id
//! (GUID) is found by `GET {groups|roles}/{id}`; group- and role-side
//! membership with `--by-id` names users by record id and is sent to
//! `addById`/`removeById`.

use crate::common::{Platform, Sandbox, TestEnv, Transcript, requests};

fn json(t: &Transcript) -> serde_json::Value {
    assert_eq!(t.code(), 0, "{t}");
    serde_json::from_str(&t.stdout).unwrap_or_else(|e| panic!("{e}: {t}"))
}

#[test]
fn a_group_created_is_deleted_by_its_record_id() {
    let (sb, env) = (Sandbox::start(&["--seed-users", "5"]), TestEnv::new());
    let vk = || env.on(Platform::Valuekeep, &sb);
    json(&Transcript::of(vk().args([
        "groups",
        "create",
        "Night Shift",
        "-o",
        "json",
    ])));
    let id = json(&Transcript::of(vk().args([
        "groups",
        "get",
        "Night Shift",
        "-o",
        "json",
    ])))["id"]
        .as_str()
        .unwrap()
        .to_string();
    let t = Transcript::of(vk().args(["-v", "groups", "delete", &id, "--yes"]));
    assert_eq!(t.code(), 0, "{t}");
    let sent = requests(&t.stderr);
    assert!(
        sent.iter()
            .any(|r| r.starts_with("GET") && r.ends_with(&format!("/identity/groups/{id}"))),
        "{sent:?}"
    );
    assert!(
        sent.iter()
            .any(|r| r.starts_with("DELETE") && r.ends_with("/identity/groups/NIGHTSHIFT")),
        "{sent:?}"
    );
    let t = Transcript::of(vk().args(["groups", "get", "Night Shift"]));
    assert_eq!(t.code(), 3, "{t}");
    // An id that names no group is not found.
    let t = Transcript::of(vk().args([
        "groups",
        "delete",
        "00000000-0000-4000-8000-000000000000",
        "--yes",
    ]));
    assert_eq!(t.code(), 3, "{t}");
}

#[test]
fn roles_take_record_ids_and_by_id_membership_uses_the_by_id_routes() {
    let (sb, env) = (Sandbox::start(&["--seed-users", "5"]), TestEnv::new());
    let vk = || env.on(Platform::Valuekeep, &sb);
    let roles = json(&Transcript::of(vk().args(["roles", "list", "-o", "json"])));
    let role_id = roles[0]["id"].as_str().unwrap().to_string();
    let role_key = roles[0]["roleKey"].as_str().unwrap().to_string();
    let got = json(&Transcript::of(
        vk().args(["roles", "get", &role_id, "-o", "json"]),
    ));
    assert_eq!(got["roleKey"], role_key.as_str());
    let users = json(&Transcript::of(vk().args(["users", "list", "-o", "json"])));
    let user_id = users[0]["id"].as_str().unwrap().to_string();

    let t = Transcript::of(vk().args(["-v", "roles", "add-users", &role_id, &user_id, "--by-id"]));
    assert_eq!(t.code(), 0, "{t}");
    assert!(
        requests(&t.stderr)
            .iter()
            .any(|r| r.ends_with(&format!("/identity/roles/{role_key}/users/addById"))),
        "{t}"
    );
    let t = Transcript::of(vk().args([
        "-v",
        "roles",
        "remove-users",
        &role_key,
        &user_id,
        "--by-id",
        "--yes",
    ]));
    assert_eq!(t.code(), 0, "{t}");
    assert!(
        requests(&t.stderr)
            .iter()
            .any(|r| r.ends_with("/users/removeById")),
        "{t}"
    );

    let t =
        Transcript::of(vk().args(["-v", "groups", "add-members", "MAINT", &user_id, "--by-id"]));
    assert_eq!(t.code(), 0, "{t}");
    assert!(
        requests(&t.stderr)
            .iter()
            .any(|r| r.ends_with("/identity/groups/MAINT/users/addById")),
        "{t}"
    );
    // Not a GUID: refused before anything is sent.
    let t = Transcript::of(vk().args([
        "-v",
        "groups",
        "add-members",
        "MAINT",
        "carla.ferreira2",
        "--by-id",
    ]));
    assert_eq!(t.code(), 2, "{t}");
    assert!(
        !requests(&t.stderr).iter().any(|r| r.contains("/users/add")),
        "{t}"
    );
}
