//! Issue 10, Valuekeep: the group setters, role create and setters, and
//! group-/role-side membership (`POST groups|roles/{key}/users/add|remove`),
//! through the CLI and against the sandbox's routes directly; their refusal
//! on the other platforms.

use serde_json::{Value, json};

use crate::common::{
    Platform, Sandbox, TestEnv, VK_ORG, VK_TENANT, http, requests, run, told, vk_api as vk,
    vk_token,
};

fn record(sb: &Sandbox, path: &str) -> Value {
    let (status, body) = vk(sb, "GET", path, None);
    assert_eq!(status, 200, "GET {path}: {body}");
    body
}

/// User keys of a group's or role's `users`.
fn member_keys(rec: &Value) -> Vec<String> {
    let mut keys: Vec<String> = rec["users"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["userKey"].as_str().unwrap().to_string())
        .collect();
    keys.sort();
    keys
}

/// The first `n` seeded user keys.
fn user_keys(sb: &Sandbox, n: usize) -> Vec<String> {
    let (_, page) = vk(
        sb,
        "GET",
        &format!("users/odata?$top={n}&$orderby=UserKey"),
        None,
    );
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["userKey"].as_str().unwrap().to_string())
        .collect()
}

fn writes(stderr: &str) -> Vec<String> {
    requests(stderr)
        .into_iter()
        .filter(|r| !r.starts_with("GET ") && !r.contains("/connect/token"))
        .collect()
}

#[test]
fn group_update_and_setters_change_the_record_one_put_each() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let vk_cmd = || env.on(Platform::Valuekeep, &sb);

    // By name: one OData lookup, then PUT name and PUT notes.
    let out = run(vk_cmd().args([
        "-v",
        "groups",
        "update",
        "Maintenance",
        "--name",
        "Maintenance crew",
        "--description",
        "night shift",
    ]))
    .ok();
    let w = writes(&out.stderr);
    assert_eq!(w.len(), 2, "{}", out.stderr);
    assert!(
        w.iter()
            .any(|r| r.starts_with("PUT ") && r.ends_with("/identity/groups/MAINT/notes"))
    );
    assert!(
        w.iter()
            .any(|r| r.starts_with("PUT ") && r.ends_with("/identity/groups/MAINT/name"))
    );
    let g = record(&sb, "groups/MAINT");
    assert_eq!(g["name"], "Maintenance crew");
    assert_eq!(g["notes"], "night shift");

    // Every documented setter: email, isActive, notes, groupKey.
    run(vk_cmd().args(["groups", "set", "MAINT", "email", "crew@example.com"])).ok();
    run(vk_cmd().args(["groups", "set", "MAINT", "active", "false"])).ok();
    let g = record(&sb, "groups/MAINT");
    assert_eq!(g["email"], "crew@example.com");
    assert_eq!(g["isActive"], false);
    let out = run(vk_cmd().args(["-v", "groups", "set", "MAINT", "key", "CREW"])).ok();
    assert_eq!(writes(&out.stderr).len(), 1, "{}", out.stderr);
    assert_eq!(vk(&sb, "GET", "groups/MAINT", None).0, 404);
    assert_eq!(record(&sb, "groups/CREW")["name"], "Maintenance crew");
    // The new key resolves by name at once (the old key was forgotten).
    run(vk_cmd().args(["groups", "set", "Maintenance crew", "description", ""])).ok();
    assert_eq!(record(&sb, "groups/CREW")["notes"], Value::Null);

    // An unknown attribute is a usage error; nothing is written.
    let out = run(vk_cmd().args(["-v", "groups", "set", "CREW", "colour", "red"])).expect(2);
    assert!(
        out.stderr.contains("unknown group attribute \"colour\""),
        "{}",
        out.stderr
    );
    assert!(writes(&out.stderr).is_empty(), "{}", out.stderr);
    // A key another group holds: the API's refusal, exit 5.
    let out = run(vk_cmd().args(["groups", "set", "CREW", "key", "IT"])).expect(5);
    assert!(out.stderr.contains("already exists"), "{}", out.stderr);
    // An unknown group: exit 3, nothing written.
    run(vk_cmd().args(["groups", "update", "Nowhere", "--name", "X"])).expect(3);
    // An empty name is refused before anything is sent: the description
    // given with it is not written either.
    let out = run(vk_cmd().args([
        "-v",
        "groups",
        "update",
        "CREW",
        "--description",
        "half done",
        "--name",
        " ",
    ]))
    .expect(2);
    assert!(out.stderr.contains("* 0 requests"), "{}", out.stderr);
    assert_eq!(record(&sb, "groups/CREW")["notes"], Value::Null);
    // Under --dry-run the PUT is planned, not sent.
    let out = run(vk_cmd().args(["--dry-run", "groups", "set", "CREW", "name", "Planned"])).ok();
    assert!(
        out.stdout.contains("PUT") && out.stdout.contains("/identity/groups/CREW/name"),
        "{}",
        out.stdout
    );
    assert_eq!(record(&sb, "groups/CREW")["name"], "Maintenance crew");
}

#[test]
fn group_side_membership_is_one_request_for_every_user() {
    let sb = Sandbox::start(&["--seed-users", "8"]);
    let env = TestEnv::new();
    let vk_cmd = || env.on(Platform::Valuekeep, &sb);
    let before = member_keys(&record(&sb, "groups/IT"));
    let keys: Vec<String> = user_keys(&sb, 8)
        .into_iter()
        .filter(|k| !before.contains(k))
        .take(3)
        .collect();
    assert_eq!(keys.len(), 3);

    let mut args = vec!["-v", "groups", "add-members", "IT Support"];
    args.extend(keys.iter().map(String::as_str));
    let out = run(vk_cmd().args(&args)).ok();
    let w = writes(&out.stderr);
    assert_eq!(w.len(), 1, "one POST for three users:\n{}", out.stderr);
    assert!(w[0].ends_with("/identity/groups/IT/users/add"), "{w:?}");
    for k in &keys {
        assert!(
            out.stderr
                .contains(&format!("Added {k} to group IT Support")),
            "{}",
            out.stderr
        );
    }
    let after = member_keys(&record(&sb, "groups/IT"));
    for k in &keys {
        assert!(after.contains(k), "{k} not in {after:?}");
    }
    // Seen from the user's side too.
    let u = record(&sb, &format!("users/{}", keys[0]));
    assert!(
        u["groups"]
            .as_array()
            .unwrap()
            .iter()
            .any(|g| g["groupKey"] == "IT")
    );

    // A list with one unknown user: the API refuses the list, each user is
    // tried alone; the good ones are done, exit 7 names the one that failed.
    let out = run(vk_cmd().args([
        "groups",
        "add-members",
        "MAINT",
        &keys[0],
        "no.such.user",
        &keys[1],
    ]))
    .expect(7);
    let said = told(&out.stderr);
    assert!(
        said.contains("warning: Could not add no.such.user to group MAINT: ")
            && said.contains("error: 1 of 3 changes did not complete (2 changed, 1 failed)"),
        "{said}"
    );
    let maint = member_keys(&record(&sb, "groups/MAINT"));
    assert!(
        maint.contains(&keys[0]) && maint.contains(&keys[1]),
        "{maint:?}"
    );

    // Removal asks first: without --yes and no terminal it is refused.
    let out = run(vk_cmd().args(["groups", "remove-members", "IT", &keys[0]])).expect(2);
    assert!(out.stderr.contains("--yes"), "{}", out.stderr);
    assert!(member_keys(&record(&sb, "groups/IT")).contains(&keys[0]));
    let out = run(vk_cmd().args([
        "-v",
        "groups",
        "remove-members",
        "IT",
        &keys[0],
        &keys[1],
        "--yes",
    ]))
    .ok();
    let w = writes(&out.stderr);
    assert_eq!(w.len(), 1, "{}", out.stderr);
    assert!(w[0].ends_with("/identity/groups/IT/users/remove"), "{w:?}");
    let after = member_keys(&record(&sb, "groups/IT"));
    assert!(!after.contains(&keys[0]) && !after.contains(&keys[1]) && after.contains(&keys[2]));
    // `groups members` lists what the record holds.
    let out = run(vk_cmd().args(["groups", "members", "IT", "-o", "json"])).ok();
    let listed: Vec<String> = out
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["userKey"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(listed.len(), after.len());
}

#[test]
fn role_create_update_setters_and_role_side_membership() {
    let sb = Sandbox::start(&["--seed-users", "6"]);
    let env = TestEnv::new();
    let vk_cmd = || env.on(Platform::Valuekeep, &sb);

    // The key is made from the name, which becomes the description.
    let out = run(vk_cmd().args(["-v", "roles", "create", "Shift Lead", "-o", "json"])).ok();
    // The outcome record; `record` is Valuekeep's answer (key and id).
    let rec = &out.json()[0];
    assert_eq!(rec["result"], "created", "{rec}");
    assert_eq!(rec["target"]["key"], "SHIFTLEAD", "{rec}");
    let created = &rec["record"];
    assert_eq!(created["key"], "SHIFTLEAD");
    let w = writes(&out.stderr);
    assert_eq!(w.len(), 1, "{}", out.stderr);
    assert!(
        w[0].starts_with("POST ") && w[0].ends_with("/identity/roles"),
        "{w:?}"
    );
    let r = record(&sb, "roles/SHIFTLEAD");
    assert_eq!(r["id"], created["id"]);
    assert_eq!(r["description"], "Shift Lead");
    assert_eq!(r["isAdministration"], false);
    assert_eq!(r["isDefault"], false);
    assert_eq!(r["isInternal"], false);
    // --key chooses it; a key that exists is the API's refusal (exit 5).
    let out = run(vk_cmd().args([
        "roles",
        "create",
        "Night Auditor",
        "--key",
        "NIGHTAUD",
        "-o",
        "json",
    ]))
    .ok();
    assert_eq!(out.json()[0]["target"]["key"], "NIGHTAUD");
    assert_eq!(
        record(&sb, "roles/NIGHTAUD")["description"],
        "Night Auditor"
    );
    let out = run(vk_cmd().args(["roles", "create", "Shift Lead"])).expect(5);
    assert!(out.stderr.contains("already exists"), "{}", out.stderr);

    // roles update --name: the description; found by description too.
    run(vk_cmd().args(["roles", "update", "Shift Lead", "--name", "Shift leader"])).ok();
    assert_eq!(
        record(&sb, "roles/SHIFTLEAD")["description"],
        "Shift leader"
    );
    // Every documented setter.
    for (attr, value) in [
        ("administration", "true"),
        ("default", "yes"),
        ("internal", "1"),
        ("active", "false"),
        ("localizable-description", "Chefe de turno"),
    ] {
        run(vk_cmd().args(["roles", "set", "SHIFTLEAD", attr, value])).ok();
    }
    let r = record(&sb, "roles/SHIFTLEAD");
    assert_eq!(r["isAdministration"], true);
    assert_eq!(r["isDefault"], true);
    assert_eq!(r["isInternal"], true);
    assert_eq!(r["isActive"], false);
    assert_eq!(r["localizableDescription"], "Chefe de turno");
    let out =
        run(vk_cmd().args(["roles", "set", "SHIFTLEAD", "administration", "maybe"])).expect(2);
    assert!(out.stderr.contains("maybe"), "{}", out.stderr);
    run(vk_cmd().args(["roles", "set", "SHIFTLEAD", "key", "LEAD"])).ok();
    assert_eq!(vk(&sb, "GET", "roles/SHIFTLEAD", None).0, 404);
    assert_eq!(record(&sb, "roles/LEAD")["description"], "Shift leader");

    // Role-side membership: one POST for every user.
    let keys = user_keys(&sb, 3);
    let mut args = vec!["-v", "roles", "add-users", "LEAD"];
    args.extend(keys.iter().map(String::as_str));
    let out = run(vk_cmd().args(&args)).ok();
    let w = writes(&out.stderr);
    assert_eq!(w.len(), 1, "{}", out.stderr);
    assert!(w[0].ends_with("/identity/roles/LEAD/users/add"), "{w:?}");
    assert_eq!(member_keys(&record(&sb, "roles/LEAD")), {
        let mut k = keys.clone();
        k.sort();
        k
    });
    let out = run(vk_cmd().args(["users", "roles", "list", &keys[0], "-o", "json"])).ok();
    assert!(out.stdout.contains("\"LEAD\""), "{}", out.stdout);
    run(vk_cmd().args(["roles", "remove-users", "LEAD", &keys[0], "--yes"])).ok();
    assert_eq!(member_keys(&record(&sb, "roles/LEAD")).len(), 2);
    // Roles still cannot be deleted on Valuekeep: the API has no DELETE.
    let out = run(vk_cmd().args(["roles", "delete", "LEAD", "--yes"])).expect(2);
    assert!(
        out.stderr
            .contains("`roles delete` is not available on Valuekeep"),
        "{}",
        out.stderr
    );
}

/// The sandbox serves the documented routes with the documented bodies and
/// status codes, whatever client calls them.
#[test]
fn sandbox_serves_the_group_and_role_routes_as_documented() {
    let sb = Sandbox::start(&["--seed-users", "3"]);
    // POST roles: every required field named when missing.
    let (s, body) = vk(&sb, "POST", "roles", Some(json!({"roleKey": "X"})));
    assert_eq!(s, 400, "{body}");
    let errors = body["errors"].to_string();
    for f in ["description", "isAdministration", "isDefault", "isInternal"] {
        assert!(errors.contains(f), "{f} not in {errors}");
    }
    // 201, the id as a JSON string, a Location header.
    let resp = http()
        .post(format!("{}/api/{VK_TENANT}/{VK_ORG}/identity/roles", sb.url))
        .bearer_auth(vk_token(&sb))
        .json(&json!({"roleKey": "AUDIT", "description": "Audit", "isAdministration": false,
                      "isDefault": false, "isInternal": true, "localizableDescription": "Auditoria"}))
        .send()
        .unwrap();
    assert_eq!(resp.status().as_u16(), 201);
    let location = resp.headers()["location"].to_str().unwrap().to_string();
    let id: Value = resp.json().unwrap();
    assert!(location.ends_with(id.as_str().unwrap()), "{location}");
    let r = record(&sb, &format!("roles/{}", id.as_str().unwrap()));
    assert_eq!(r["roleKey"], "AUDIT");
    assert_eq!(r["localizableDescription"], "Auditoria");

    // PUT setters take the bare JSON value; the wrong type is a 400.
    assert_eq!(
        vk(&sb, "PUT", "groups/IT/name", Some(json!("IT crew"))).0,
        200
    );
    assert_eq!(
        vk(&sb, "PUT", "groups/IT/isActive", Some(json!("no"))).0,
        400
    );
    assert_eq!(
        vk(&sb, "PUT", "roles/AUDIT/isDefault", Some(json!(1))).0,
        400
    );
    // Undocumented attributes and verbs are no resource (404).
    assert_eq!(
        vk(&sb, "PUT", "groups/IT/colour", Some(json!("red"))).0,
        404
    );
    assert_eq!(vk(&sb, "PUT", "roles/AUDIT/users", Some(json!([]))).0, 404);
    assert_eq!(
        vk(&sb, "POST", "groups/IT/users/merge", Some(json!([]))).0,
        404
    );
    assert_eq!(vk(&sb, "PUT", "groups/NOPE/name", Some(json!("x"))).0, 404);

    // addById / removeById take record ids; the whole list or nothing.
    let users = user_keys(&sb, 2);
    let u0 = record(&sb, &format!("users/{}", users[0]));
    let id0 = u0["id"].as_str().unwrap();
    assert_eq!(
        vk(&sb, "POST", "roles/AUDIT/users/addById", Some(json!([id0]))).0,
        200
    );
    assert_eq!(member_keys(&record(&sb, "roles/AUDIT")), [users[0].clone()]);
    let (s, body) = vk(
        &sb,
        "POST",
        "groups/IT/users/add",
        Some(json!([users[1], "ghost"])),
    );
    assert_eq!(s, 400, "{body}");
    assert!(body["errors"].to_string().contains("ghost"), "{body}");
    assert!(
        !member_keys(&record(&sb, "groups/IT")).contains(&users[1]),
        "a refused list changed nothing"
    );
    assert_eq!(
        vk(
            &sb,
            "POST",
            "roles/AUDIT/users/removeById",
            Some(json!([id0]))
        )
        .0,
        200
    );
    assert!(member_keys(&record(&sb, "roles/AUDIT")).is_empty());
}

/// The new verbs on the platforms whose API lacks them: the one refusal,
/// exit 2, nothing sent.
#[test]
fn the_new_verbs_are_refused_elsewhere_before_any_request() {
    let sb = Sandbox::start(&["--seed-users", "3"]);
    let env = TestEnv::new();
    for (platform, name) in [(Platform::Odc, "ODC"), (Platform::Descope, "Descope")] {
        for args in [
            vec!["groups", "set", "G", "name", "X"],
            vec!["groups", "add-members", "G", "u"],
            vec!["groups", "remove-members", "G", "u", "--yes"],
            vec!["roles", "set", "R", "description", "X"],
            vec!["roles", "add-users", "R", "u"],
            vec!["roles", "remove-users", "R", "u", "--yes"],
        ] {
            let mut full = vec!["-v"];
            full.extend(&args);
            let out = run(env.on(platform, &sb).args(&full)).expect(2);
            let cmd = args[..2].join(" ");
            assert!(
                out.stderr
                    .contains(&format!("error: `{cmd}` is not available on {name}")),
                "{}",
                out.stderr
            );
            assert!(
                out.stderr.contains("hint: "),
                "a refusal says what to use:\n{}",
                out.stderr
            );
            assert!(out.stderr.contains("* 0 requests,"), "{}", out.stderr);
        }
    }
    let out = run(env
        .on(Platform::Odc, &sb)
        .args(["roles", "create", "X", "--org", "--key", "K"]))
    .expect(2);
    assert!(
        out.stderr
            .contains("`roles create --key` is not available on ODC"),
        "{}",
        out.stderr
    );
}

/// A user who does not exist is "not found" (exit 3) on the group- and
/// role-side routes too, as on the user-side ones; among others, the run
/// is partial (exit 7) and names them.
#[test]
fn unknown_users_on_group_and_role_side_routes_are_not_found() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let vk_cmd = || env.on(Platform::Valuekeep, &sb);
    for args in [
        ["groups", "add-members", "MAINT", "nobody.here"],
        ["roles", "add-users", "TECHNICIAN", "nobody.here"],
    ] {
        let out = run(vk_cmd().args(args)).expect(3);
        assert!(
            out.stderr.contains("user \"nobody.here\" not found"),
            "{args:?}: {}",
            out.stderr
        );
    }
    let known = user_keys(&sb, 1).remove(0);
    let out =
        run(vk_cmd().args(["groups", "add-members", "MAINT", &known, "nobody.here"])).expect(7);
    assert!(
        out.stderr.contains("user \"nobody.here\" not found"),
        "{}",
        out.stderr
    );
    assert!(member_keys(&record(&sb, "groups/MAINT")).contains(&known));
}
