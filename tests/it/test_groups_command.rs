//! `groups` (list, get, members, create, delete, update, setters, roles,
//! claim mappings, group-side membership) on every platform that has them.

use serde_json::{Value, json};

use crate::common;
use crate::common::odc::{app_role, refused_elsewhere};
use crate::common::valuekeep::{
    ORG, TENANT, Valuekeep, json, keys, member_keys, record, user_keys, writes,
};
use crate::common::world::{descope, odc, valuekeep};
use crate::common::{
    Platform, Sandbox, TestEnv, Transcript, create_user, direct, env_key, get_json, group_key,
    requests, run, snapshot_settings, told, vk_api as vk,
};

#[test]
fn groups_list_get_members() {
    let sb = Sandbox::start(&["--seed-users", "40"]);
    let env = TestEnv::new();
    let all = get_json(&sb, "groups?limit=100")["results"]
        .as_array()
        .unwrap()
        .len();
    let out = run(env.odc(&sb).args(["groups", "list", "-o", "json"])).ok();
    assert_eq!(out.json().as_array().unwrap().len(), all);
    assert_eq!(all, 6);

    let prod = env_key(&sb, "Production");
    let out = run(env
        .odc(&sb)
        .args(["groups", "list", "--stage", "Production", "-o", "json"]))
    .ok();
    let listed = out.json();
    assert_eq!(listed.as_array().unwrap().len(), 3);
    assert!(
        listed
            .as_array()
            .unwrap()
            .iter()
            .all(|g| g["environmentKey"] == json!(prod))
    );

    let t = Transcript::of(env.odc(&sb).args(["groups", "list", "--search", "Sales"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
         KEY                                   NAME        STAGE        DESCRIPTION
         04be31d0-bcd1-4a63-978f-e6754bea0753  Sales Team  Development  Sales Team (Development)
         dc0b9910-621d-4701-a1dc-d2cb63bc04e4  Sales Team  Production   Sales Team (Production)
        [stderr]
        [exit status: 0]
        ");
    });

    let sales = group_key(&sb, "Sales Team", "Production");
    let by_name = run(env.odc(&sb).args([
        "groups",
        "get",
        "Sales Team",
        "--stage",
        "Production",
        "-o",
        "json",
    ]))
    .ok()
    .json();
    assert_eq!(by_name, get_json(&sb, &format!("groups/{sales}")));
    let by_key = run(env.odc(&sb).args(["groups", "get", &sales, "-o", "json"]))
        .ok()
        .json();
    assert_eq!(by_key, by_name);
    let t = Transcript::of(env.odc(&sb).args(["groups", "get", "Sales Team"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        error: group "Sales Team" is ambiguous; candidates:
          Sales Team (stage Development; key 04be31d0-bcd1-4a63-978f-e6754bea0753)
          Sales Team (stage Production; key dc0b9910-621d-4701-a1dc-d2cb63bc04e4)
        hint: add --stage NAME, or name the group by key
        [exit status: 2]
        "#);
    });
    run(env.odc(&sb).args(["groups", "get", "No Such Group"])).expect(3);

    // Members: seed puts some users in groups; add one more and compare with the API.
    let key = create_user(&sb, "joiner@example.com", "Joiner");
    run(env.odc(&sb).args(["users", "groups", "add", &key, &sales])).ok();
    let api_members: Vec<String> =
        get_json(&sb, &format!("groups/{sales}/users?limit=100"))["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["user"]["key"].as_str().unwrap().to_string())
            .collect();
    assert!(api_members.contains(&key));
    let out = run(env.odc(&sb).args([
        "groups",
        "members",
        "Sales Team",
        "--stage",
        "Production",
        "-o",
        "ndjson",
    ]))
    .ok();
    let listed: Vec<String> = out
        .ndjson()
        .iter()
        .map(|m| m["user"]["key"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(listed, api_members);
    let t = Transcript::of(env.odc(&sb).args(["groups", "members", &sales]))
        .redact(&key, "[JOINER_KEY]");
    assert_eq!(t.stdout.lines().count(), api_members.len() + 1, "{t}");
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
         KEY                                   EMAIL                        NAME           STATUS  MEMBERSHIP
         35f391dc-c508-423e-b9e4-1ddc182a2bf4  carla.martins13@example.com  Carla Martins  Active  Assigned
         [JOINER_KEY]  joiner@example.com           Joiner         Active  Assigned
         4b38796f-ba78-43e9-ad8e-c7e4bc939604  nuno.costa37@example.com     Nuno Costa     Active  Assigned
        [stderr]
        [exit status: 0]
        ");
    });
}

#[test]
fn groups_create_and_delete() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let dev = env_key(&sb, "Development");

    let out = run(env.odc(&sb).args([
        "--dry-run",
        "groups",
        "create",
        "Auditors",
        "--stage",
        "Development",
    ]))
    .ok();
    assert_eq!(
        out.stdout,
        format!(
            "POST {}/api/identity/v1/groups {{\"name\":\"Auditors\",\"environmentKey\":\"{dev}\"}}\n",
            sb.url
        )
    );
    assert_eq!(
        get_json(&sb, "groups?limit=100")["results"]
            .as_array()
            .unwrap()
            .len(),
        6
    );

    let out = run(env.odc(&sb).args([
        "groups",
        "create",
        "Auditors",
        "--stage",
        "Development",
        "--description",
        "Look, don't touch",
        "-o",
        "json",
    ]))
    .ok();
    // The outcome record of the create: its target's key is the new group's.
    let rec = &out.json()[0];
    assert_eq!(rec["result"], "created", "{rec}");
    assert_eq!(rec["target"]["name"], "Auditors", "{rec}");
    let key = rec["target"]["key"].as_str().unwrap().to_string();
    assert_eq!(rec["record"]["key"], json!(key), "{rec}");
    let g = get_json(&sb, &format!("groups/{key}"));
    assert_eq!(g["name"], "Auditors");
    assert_eq!(g["environmentKey"], json!(dev));
    assert_eq!(g["description"], "Look, don't touch");

    // Unknown stage: not found, nothing created.
    run(env
        .odc(&sb)
        .args(["groups", "create", "X", "--stage", "Nowhere"]))
    .expect(3);

    // Delete refuses without --yes, dry-run prints, then deletes for real.
    run(env.odc(&sb).args(["groups", "delete", "Auditors"])).expect(2);
    let out = run(env
        .odc(&sb)
        .args(["--dry-run", "groups", "delete", "Auditors"]))
    .ok();
    assert_eq!(
        out.stdout,
        format!("DELETE {}/api/identity/v1/groups/{key}\n", sb.url)
    );
    assert_eq!(direct(&sb, "GET", &format!("groups/{key}"), None).0, 200);
    let t = Transcript::of(env.odc(&sb).args(["groups", "delete", "-y", "Auditors"]))
        .redact(&key, "[NEW_KEY]");
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        Deleted group Auditors
        [exit status: 0]
        ");
    });
    assert_eq!(direct(&sb, "GET", &format!("groups/{key}"), None).0, 404);
    run(env.odc(&sb).args(["groups", "delete", "-y", &key])).expect(3);
}

/// The roles a group grants, by name, in one PATCH per change.
#[test]
fn group_role_mapping_list_add_remove_set() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let group = group_key(&sb, "Sales Team", "Production");
    let granted = |sb: &Sandbox| -> Vec<String> {
        let mut keys: Vec<String> =
            get_json(sb, &format!("groups/{group}/application-roles"))["results"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| r["key"].as_str().unwrap().to_string())
                .collect();
        keys.sort();
        keys
    };
    let viewer = app_role(&sb, "Viewer", "SalesPortal", "Production");
    let admin = app_role(&sb, "Admin", "SalesPortal", "Production");
    let manager = app_role(&sb, "Sales Manager", "SalesPortal", "Production");
    assert_eq!(granted(&sb), vec![manager.clone()], "the seeded mapping");

    let scope = ["--app", "SalesPortal", "--stage", "Production"];
    // Two roles added: one PATCH.
    let out = run(env
        .odc(&sb)
        .args([
            "-v",
            "groups",
            "roles",
            "add",
            "Sales Team",
            "Viewer",
            "Admin",
        ])
        .args(scope))
    .ok();
    let patches: Vec<String> = requests(&out.stderr)
        .into_iter()
        .filter(|r| r.starts_with("PATCH "))
        .collect();
    assert_eq!(patches.len(), 1, "{patches:?}");
    insta::assert_snapshot!(told(&out.stderr), @r"
    Granted role Viewer (app SalesPortal, stage Production) to Sales Team
    Granted role Admin (app SalesPortal, stage Production) to Sales Team
    Done: 2 changed
    ");
    let mut want = vec![viewer.clone(), admin.clone(), manager.clone()];
    want.sort();
    assert_eq!(granted(&sb), want);

    // The list shows them (by name, in the application-role columns).
    let out = run(env.odc(&sb).args([
        "groups",
        "roles",
        "list",
        "Sales Team",
        "--stage",
        "Production",
        "-o",
        "json",
    ]))
    .ok();
    assert_eq!(out.json().as_array().unwrap().len(), 3);

    // Set: the removals are named, in one PATCH with the additions.
    let out = run(env
        .odc(&sb)
        .args([
            "-v",
            "groups",
            "roles",
            "set",
            "Sales Team",
            "Viewer",
            "--yes",
        ])
        .args(scope))
    .ok();
    insta::assert_snapshot!(told(&out.stderr), @r"
    Unchanged: Sales Team already holds role Viewer (app SalesPortal, stage Production)
    Revoked role Admin (app SalesPortal, stage Production) from Sales Team
    Revoked role Sales Manager (app SalesPortal, stage Production) from Sales Team
    Done: 2 changed, 1 unchanged
    ");
    assert_eq!(granted(&sb), vec![viewer.clone()]);
    // Without --yes and without a terminal: refused, nothing changed.
    run(env
        .odc(&sb)
        .args(["groups", "roles", "set", "Sales Team"])
        .args(scope))
    .expect(2);
    assert_eq!(granted(&sb), vec![viewer.clone()]);

    run(env
        .odc(&sb)
        .args(["groups", "roles", "remove", "Sales Team", "Viewer"])
        .args(scope))
    .ok();
    assert!(granted(&sb).is_empty());
    // An unknown role: found missing before anything is written.
    let t = Transcript::of(
        env.odc(&sb)
            .args(["-v", "groups", "roles", "add", "Sales Team", "Nope"])
            .args(scope),
    );
    assert!(
        requests(&t.stderr).iter().all(|r| !r.starts_with("PATCH ")),
        "{t}"
    );
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        > GET http://127.0.0.1:[PORT]/api/identity/v1/application-roles?limit=100&offset=0&nameContains=Nope&assetKey=fd311b81-9603-4ea3-9221-b3146297d017&environmentKey=8a1b0c14-f5b4-4dab-840f-124eab2b6ea4
        > authorization: Bearer ***
        < 200 OK ([N] ms)
        > GET http://127.0.0.1:[PORT]/api/portfolios/v2/environments
        > authorization: Bearer ***
        < 200 OK ([N] ms)
        > GET http://127.0.0.1:[PORT]/api/portfolios/v2/deployed-assets?limit=100&offset=0&nameContains=SalesPortal&environmentKey=8a1b0c14-f5b4-4dab-840f-124eab2b6ea4
        > authorization: Bearer ***
        < 200 OK ([N] ms)
        > GET http://127.0.0.1:[PORT]/api/identity/v1/application-roles?limit=100&offset=0&nameContains=Nope&assetKey=fd311b81-9603-4ea3-9221-b3146297d017&environmentKey=8a1b0c14-f5b4-4dab-840f-124eab2b6ea4
        > authorization: Bearer ***
        < 200 OK ([N] ms)
        * 4 requests, 0 retries, 0 answered 429
        error: application role "Nope" not found
        [exit status: 3]
        "#);
    });
}

/// Issue 10: a group renamed and described (one PATCH with only what is
/// given), and the identity providers, read-only.
#[test]
fn group_update_and_identity_providers() {
    let sb = Sandbox::start(&["--seed-users", "2"]);
    let env = TestEnv::new();
    let key = group_key(&sb, "Support", "Production");
    let out = run(env.odc(&sb).args([
        "-v",
        "groups",
        "update",
        "Support",
        "--stage",
        "Production",
        "--name",
        "Help Desk",
    ]))
    .ok();
    let patches: Vec<String> = requests(&out.stderr)
        .into_iter()
        .filter(|r| r.starts_with("PATCH "))
        .collect();
    assert_eq!(patches.len(), 1, "{patches:?}");
    let g = get_json(&sb, &format!("groups/{key}"));
    assert_eq!(g["name"], "Help Desk");
    assert_eq!(
        g["description"], "Support (Production)",
        "the description is kept"
    );
    run(env.odc(&sb).args([
        "groups",
        "update",
        "Help Desk",
        "--stage",
        "Production",
        "--description",
        "first line",
    ]))
    .ok();
    assert_eq!(
        get_json(&sb, &format!("groups/{key}"))["description"],
        "first line"
    );
    run(env
        .odc(&sb)
        .args(["groups", "update", "Help Desk", "--stage", "Production"]))
    .expect(2);

    let listed = run(env.odc(&sb).args(["idps", "list", "-o", "json"]))
        .ok()
        .json();
    let api = get_json(&sb, "identity-providers");
    assert_eq!(listed, api["results"]);
    let name = api["results"][0]["name"].as_str().unwrap();
    let one = run(env
        .odc(&sb)
        .args(["identity-providers", "get", name, "-o", "json"]))
    .ok()
    .json();
    assert_eq!(one, api["results"][0]);
    run(env.odc(&sb).args(["idps", "get", "Nope"])).expect(3);
}

fn mappings(sb: &Sandbox, group: &str) -> Vec<Value> {
    get_json(sb, &format!("groups/{group}"))["groupIdpClaimMappings"]
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn group_claim_mappings_list_remove_clear() {
    let sb = Sandbox::start(&[]);
    let env = TestEnv::new();
    let support = common::group_key(&sb, "Support", "Production");
    let seeded = mappings(&sb, &support);
    assert_eq!(seeded.len(), 1, "the sandbox seeds one mapping on Support");
    let mkey = seeded[0]["key"].as_str().unwrap().to_string();

    let listed = run(env.odc(&sb).args([
        "groups",
        "claim-mappings",
        "list",
        "Support",
        "--stage",
        "Production",
        "-o",
        "json",
    ]))
    .ok()
    .json();
    assert_eq!(listed[0]["key"], mkey.as_str());
    assert_eq!(listed[0]["claim"], "groups");
    assert_eq!(listed[0]["value"], "support-production");
    assert_eq!(listed[0]["group"], support.as_str());

    // A dry run plans the DELETE and sends none.
    let out = Transcript::of(env.odc(&sb).args([
        "-v",
        "--dry-run",
        "groups",
        "claim-mappings",
        "clear",
        "Support",
        "--stage",
        "Production",
    ]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(out.to_string(), @r"
        [stdout]
        DELETE http://127.0.0.1:[PORT]/api/identity/v1/groups/463441cd-779d-4449-926e-12f7915f1f59/claim-mappings/91e25257-d4e1-415c-8cc7-4437ecd07ad2
        [stderr]
        > GET http://127.0.0.1:[PORT]/api/identity/v1/groups/463441cd-779d-4449-926e-12f7915f1f59
        > authorization: Bearer ***
        < 200 OK ([N] ms)
        Would remove Support from claim-mapping 91e25257-d4e1-415c-8cc7-4437ecd07ad2
        * 1 requests, 0 retries, 0 answered 429
        [exit status: 0]
        ");
    });
    assert_eq!(mappings(&sb, &support).len(), 1);

    // Without a terminal, clearing needs --yes.
    run(env.odc(&sb).args([
        "groups",
        "claim-mappings",
        "clear",
        "Support",
        "--stage",
        "Production",
    ]))
    .expect(2);
    assert_eq!(mappings(&sb, &support).len(), 1);

    // One outcome line for the mapping taken away.
    let t = Transcript::of(env.odc(&sb).args([
        "groups",
        "claim-mappings",
        "clear",
        "Support",
        "--stage",
        "Production",
        "--yes",
    ]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        Removed claim-mapping 91e25257-d4e1-415c-8cc7-4437ecd07ad2 of Support
        [exit status: 0]
        ");
    });
    assert!(mappings(&sb, &support).is_empty());
    let t = Transcript::of(env.odc(&sb).args([
        "groups",
        "claim-mappings",
        "clear",
        "Support",
        "--stage",
        "Production",
        "--yes",
    ]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        Group Support has no claim mappings
        [exit status: 0]
        ");
    });

    // `remove` by key; an unknown key is not found (3), a name is a usage error (2).
    let dev = common::group_key(&sb, "Support", "Development");
    let dkey = mappings(&sb, &dev)[0]["key"].as_str().unwrap().to_string();
    run(env.odc(&sb).args([
        "groups",
        "claim-mappings",
        "remove",
        "Support",
        &dkey,
        "--stage",
        "Development",
        "--yes",
    ]))
    .ok();
    assert!(mappings(&sb, &dev).is_empty());
    run(env.odc(&sb).args([
        "groups",
        "claim-mappings",
        "remove",
        "Support",
        &dkey,
        "--stage",
        "Development",
        "--yes",
    ]))
    .expect(3);
    run(env.odc(&sb).args([
        "groups",
        "claim-mappings",
        "remove",
        "Support",
        "groups=support",
        "--stage",
        "Development",
        "--yes",
    ]))
    .expect(2);

    refused_elsewhere(
        &env,
        &sb,
        &["groups", "claim-mappings", "list", "Support"],
        "groups claim-mappings list",
    );
    refused_elsewhere(
        &env,
        &sb,
        &["groups", "claim-mappings", "clear", "Support", "--yes"],
        "groups claim-mappings clear",
    );
}

#[test]
fn odc_groups_list() {
    odc().check("odc_groups_list", &["groups", "list"], 0);
}

#[test]
fn valuekeep_groups_list() {
    valuekeep().check("valuekeep_groups_list", &["groups", "list"], 0);
}

#[test]
fn descope_groups_list() {
    descope().check("descope_groups_list", &["groups", "list"], 2);
}

#[test]
fn odc_groups_roles_list() {
    odc().check(
        "odc_groups_roles_list",
        &[
            "groups",
            "roles",
            "list",
            "Sales Team",
            "--stage",
            "Development",
        ],
        0,
    );
}

#[test]
fn valuekeep_groups_add_members() {
    // Issue 10: group-side membership, one request for every user.
    valuekeep().check(
        "valuekeep_groups_add_members",
        &[
            "-v",
            "groups",
            "add-members",
            "IT Support",
            "katia.pereira1",
            "carla.ferreira2",
        ],
        0,
    );
}

#[test]
fn groups_and_roles_commands() {
    let sb = Sandbox::start(&["--seed-users", "12"]);
    let env = TestEnv::new();
    let out = run(env.valuekeep(&sb).args(["groups", "list", "-o", "ndjson"])).ok();
    assert_eq!(keys(&out, "groupKey"), ["MAINT", "FACILITIES", "IT"]);
    let out = run(env
        .valuekeep(&sb)
        .args(["groups", "list", "--search", "support", "-o", "ndjson"]))
    .ok();
    assert_eq!(keys(&out, "groupKey"), ["IT"]);
    let out = run(env
        .valuekeep(&sb)
        .args(["groups", "get", "MAINT", "-o", "json"]))
    .ok();
    assert_eq!(out.json()["name"], "Maintenance");
    // By name: one $filter lookup after the key misses.
    let out = run(env
        .valuekeep(&sb)
        .args(["groups", "get", "IT Support", "-o", "json"]))
    .ok();
    assert_eq!(out.json()["groupKey"], "IT");
    let out = run(env
        .valuekeep(&sb)
        .args(["groups", "members", "MAINT", "-o", "ndjson"]))
    .ok();
    let members = out.ndjson();
    assert!(!members.is_empty());
    assert!(members.iter().all(|m| m["userKey"].is_string()));

    let out = run(env.valuekeep(&sb).args([
        "groups",
        "create",
        "Field Team",
        "--description",
        "Out and about",
        "-o",
        "json",
    ]))
    .ok();
    assert_eq!(out.json()[0]["result"], "created");
    assert_eq!(out.json()[0]["target"]["key"], "FIELDTEAM");
    let (s, g) = vk(&sb, "GET", "groups/FIELDTEAM", None);
    assert_eq!(s, 200);
    assert_eq!(g["notes"], "Out and about");
    run(env.valuekeep(&sb).args(["groups", "create", "Field Team"])).expect(5);
    run(env
        .valuekeep(&sb)
        .args(["-y", "groups", "delete", "FIELDTEAM"]))
    .ok();
    assert_eq!(vk(&sb, "GET", "groups/FIELDTEAM", None).0, 404);
    run(env.valuekeep(&sb).args(["groups", "get", "NOPE"])).expect(3);

    let out = run(env.valuekeep(&sb).args(["roles", "list", "-o", "ndjson"])).ok();
    assert_eq!(out.lines().len(), 7);
    let out = run(env
        .valuekeep(&sb)
        .args(["roles", "list", "--search", "manager", "-o", "ndjson"]))
    .ok();
    assert_eq!(keys(&out, "roleKey"), ["REQUESTSMANAGER", "WORKMANAGER"]);
    let out = run(env
        .valuekeep(&sb)
        .args(["roles", "get", "ADMIN", "-o", "json"]))
    .ok();
    assert_eq!(out.json()["isAdministration"], true);
    let out = run(env
        .valuekeep(&sb)
        .args(["roles", "get", "Read only", "-o", "json"]))
    .ok();
    assert_eq!(out.json()["roleKey"], "READONLY");
    let out = run(env
        .valuekeep(&sb)
        .args(["roles", "users", "TECHNICIAN", "-o", "ndjson"]))
    .ok();
    assert!(!out.ndjson().is_empty());
    run(env.valuekeep(&sb).args(["roles", "get", "NOPE"])).expect(3);

    // The raw route.
    let out = run(env.valuekeep(&sb).args([
        "api",
        "GET",
        "identity/roles/odata?$top=2&$inlinecount=allpages",
        "-o",
        "json",
    ]))
    .ok();
    assert_eq!(out.json()["count"], 7);
    let out = run(env.valuekeep(&sb).args([
        "api",
        "GET",
        &format!("/api/{TENANT}/{ORG}/identity/groups/IT"),
        "-o",
        "json",
    ]))
    .ok();
    assert_eq!(out.json()["groupKey"], "IT");
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
    let t = Transcript::of(vk_cmd().args(["-v", "groups", "set", "CREW", "colour", "red"]));
    assert!(writes(&t.stderr).is_empty(), "{t}");
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        > GET http://127.0.0.1:[PORT]/api/sandbox/sandbox-0001/identity/groups/odata?%24filter=GroupKey+eq+%27CREW%27+or+Name+eq+%27CREW%27&%24top=100&%24inlinecount=allpages
        > authorization: Bearer ***
        < 200 OK ([N] ms)
        * 1 requests, 0 retries, 0 answered 429
        error: unknown group attribute "colour": use name, email, description, key or active
        [exit status: 2]
        "#);
    });
    // A key another group holds: the API's refusal, exit 5.
    let t = Transcript::of(vk_cmd().args(["groups", "set", "CREW", "key", "IT"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        error: set groupKey of group CREW failed: The request is invalid.; groupKey: a group with key 'IT' already exists. (HTTP 400)
        [exit status: 5]
        ");
    });
    // An unknown group: exit 3, nothing written.
    run(vk_cmd().args(["groups", "update", "Nowhere", "--name", "X"])).expect(3);
    // An empty name is refused before anything is sent: the description
    // given with it is not written either.
    let t = Transcript::of(vk_cmd().args([
        "-v",
        "groups",
        "update",
        "CREW",
        "--description",
        "half done",
        "--name",
        " ",
    ]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        * 0 requests, 0 retries, 0 answered 429
        error: a group's name cannot be empty
        [exit status: 2]
        ");
    });
    assert_eq!(record(&sb, "groups/CREW")["notes"], Value::Null);
    // Under --dry-run the PUT is planned, not sent.
    let t =
        Transcript::of(vk_cmd().args(["--dry-run", "groups", "set", "CREW", "name", "Planned"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        PUT http://127.0.0.1:[PORT]/api/sandbox/sandbox-0001/identity/groups/CREW/name "Planned"
        [stderr]
        Would change name of CREW to Planned
        [exit status: 0]
        "#);
    });
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
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(told(&out.stderr), @r"
        Added bruno.pereira7 to group IT Support
        Added carla.costa6 to group IT Support
        Added carla.ferreira2 to group IT Support
        Done: 3 changed
        ");
    });
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
    let out = Transcript::of(vk_cmd().args([
        "groups",
        "add-members",
        "MAINT",
        &keys[0],
        "no.such.user",
        &keys[1],
    ]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(out.to_string(), @r#"
        [stdout]
        [stderr]
        Added bruno.pereira7 to group MAINT
        Added carla.costa6 to group MAINT
        warning: Could not add no.such.user to group MAINT: user "no.such.user" not found: The user 'no.such.user' does not exist. (HTTP 404)
        Done: 2 changed, 1 failed
        error: 1 of 3 changes did not complete (2 changed, 1 failed)
        hint: the records above say which; run the same command again for those
        [exit status: 7]
        "#);
    });
    let maint = member_keys(&record(&sb, "groups/MAINT"));
    assert!(
        maint.contains(&keys[0]) && maint.contains(&keys[1]),
        "{maint:?}"
    );

    // Removal asks first: without --yes and no terminal it is refused.
    let t = Transcript::of(vk_cmd().args(["groups", "remove-members", "IT", &keys[0]]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        error: refusing to remove 1 user(s) from group IT: bruno.pereira7 without confirmation
        hint: pass --yes to confirm when no terminal is attached
        [exit status: 2]
        ");
    });
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

/// A user who does not exist is "not found" (exit 3) on the group- and
/// role-side routes too, as on the user-side ones; among others, the run
/// is partial (exit 7) and names them.
#[test]
fn unknown_users_on_group_and_role_side_routes_are_not_found() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let vk_cmd = || env.on(Platform::Valuekeep, &sb);
    let t = Transcript::of(vk_cmd().args(["groups", "add-members", "MAINT", "nobody.here"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        error: user "nobody.here" not found: The user 'nobody.here' does not exist. (HTTP 404)
        [exit status: 3]
        "#);
    });
    let t = Transcript::of(vk_cmd().args(["roles", "add-users", "TECHNICIAN", "nobody.here"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        error: user "nobody.here" not found: The user 'nobody.here' does not exist. (HTTP 404)
        [exit status: 3]
        "#);
    });
    let known = user_keys(&sb, 1).remove(0);
    let t =
        Transcript::of(vk_cmd().args(["groups", "add-members", "MAINT", &known, "nobody.here"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        Added carla.ferreira2 to group MAINT
        warning: Could not add nobody.here to group MAINT: user "nobody.here" not found: The user 'nobody.here' does not exist. (HTTP 404)
        Done: 1 changed, 1 failed
        error: 1 of 2 changes did not complete (1 changed, 1 failed)
        hint: the records above say which; run the same command again for those
        [exit status: 7]
        "#);
    });
    assert!(member_keys(&record(&sb, "groups/MAINT")).contains(&known));
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
