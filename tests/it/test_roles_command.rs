//! `roles` (list, get, users, create, update, delete, setters,
//! permissions, role-side membership) on every platform that has them.

use crate::common::descope::{D, codes, dsc_cmd};
use crate::common::odc::{app_role, org_role};
use crate::common::valuekeep::{json, member_keys, record, user_keys, writes};
use crate::common::world::{descope, odc, valuekeep};
use crate::common::{
    Platform, Sandbox, TestEnv, Transcript, create_user, get_json, requests, run,
    snapshot_settings, vk_api as vk,
};

/// Issue 10: the project's roles and tenants, listed, so that names can be
/// checked before a write.
#[test]
fn roles_and_tenants_are_listed() {
    let sb = Sandbox::start(&["--seed-users", "3"]);
    let env = TestEnv::new();
    let out = run(dsc_cmd(&env, &sb).args(["roles", "list", "-o", "json"])).ok();
    let names: Vec<String> = out
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap().to_string())
        .collect();
    // Project roles, then the roles of one tenant (T-acme's own).
    assert_eq!(
        names,
        ["Tenant Admin", "Viewer", "Editor", "Admin", "Auditor"]
    );
    let out =
        run(dsc_cmd(&env, &sb).args(["roles", "list", "--search", "ADMIN", "-o", "json"])).ok();
    assert_eq!(out.json().as_array().unwrap().len(), 2);
    let out = run(dsc_cmd(&env, &sb).args(["tenants", "list", "-o", "json"])).ok();
    let ids: Vec<String> = out
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["T-acme", "T-globex", "T-initech"]);
}

#[test]
fn roles_and_permissions_with_scope() {
    let d = D::new();
    let ts = d.session(
        "descope_roles_permissions_session",
        &[
            &[
                "permissions",
                "create",
                "reports.read",
                "--description",
                "Read reports",
            ],
            &[
                "roles",
                "create",
                "Reporter",
                "--permissions",
                "reports.read",
                "--description",
                "Reads",
            ],
            &["roles", "create", "Reporter"],
            &["roles", "create", "Clerk", "--tenant", "Acme"],
            &["roles", "list"],
            &["permissions", "list"],
            &[
                "roles",
                "update",
                "Reporter",
                "--permissions",
                "reports.read,User Admin",
            ],
            &["roles", "list", "--search", "report", "-o", "json"],
            &["roles", "delete", "Reporter", "--yes"],
            &["roles", "delete", "Clerk", "--tenant", "T-acme", "--yes"],
            &[
                "permissions",
                "update",
                "reports.read",
                "--name",
                "reports.view",
            ],
            &["permissions", "delete", "reports.view", "--yes"],
            &["roles", "delete", "Reporter", "--yes"],
        ],
    );
    assert_eq!(codes(&ts), [0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3]);
}

#[test]
fn roles_list_app_org_and_role_users() {
    let sb = Sandbox::start(&["--seed-users", "30"]);
    let env = TestEnv::new();
    let out = run(env.odc(&sb).args(["roles", "list", "-o", "json"])).ok();
    assert_eq!(
        out.json(),
        get_json(&sb, "application-roles?limit=100")["results"]
    );
    assert_eq!(out.json().as_array().unwrap().len(), 12);

    let out = run(env.odc(&sb).args([
        "roles",
        "list",
        "--app",
        "SalesPortal",
        "--stage",
        "Production",
        "-o",
        "json",
    ]))
    .ok();
    let mut names: Vec<String> = out
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap().to_string())
        .collect();
    names.sort();
    assert_eq!(names, vec!["Admin", "Sales Manager", "Viewer"]);

    let t = Transcript::of(env.odc(&sb).args(["roles", "list", "--search", "Viewer"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
         KEY                                   NAME    APP          STAGE
         662f4214-7747-42fe-ab25-88c348af2f0a  Viewer  SalesPortal  Development
         838ef7d3-d035-4cf7-9938-a406e07eb456  Viewer  HRHub        Production
         9bf075ea-4339-4b17-9d39-b8952744470f  Viewer  SalesPortal  Production
         c2ef445d-0754-44d1-956a-2d6761d520ae  Viewer  HRHub        Development
        [stderr]
        [exit status: 0]
        ");
    });

    let out = run(env.odc(&sb).args(["roles", "list", "--org", "-o", "json"])).ok();
    let mut names: Vec<String> = out
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap().to_string())
        .collect();
    names.sort();
    assert_eq!(names, vec!["Admin", "Developer", "Tech Lead"]);

    // roles users: grant a role to a new user and find them in its list.
    let role = app_role(&sb, "Employee", "HRHub", "Development");
    let key = create_user(&sb, "holder@example.com", "Holder");
    run(env.odc(&sb).args(["users", "roles", "add", &key, &role])).ok();
    let api: Vec<String> =
        get_json(&sb, &format!("application-roles/{role}/users?limit=100"))["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|u| u["key"].as_str().unwrap().to_string())
            .collect();
    assert!(api.contains(&key));
    let out = run(env.odc(&sb).args([
        "roles",
        "users",
        "Employee",
        "--app",
        "HRHub",
        "--stage",
        "Development",
        "-o",
        "ndjson",
    ]))
    .ok();
    let listed: Vec<String> = out
        .ndjson()
        .iter()
        .map(|u| u["key"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(listed, api);

    let lead = org_role(&sb, "Tech Lead");
    run(env
        .odc(&sb)
        .args(["users", "roles", "add", &key, &lead, "--org"]))
    .ok();
    let t = Transcript::of(env.odc(&sb).args(["roles", "users", "Tech Lead", "--org"]))
        .redact(&key, "[HOLDER_KEY]");
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
         KEY                                   EMAIL                         NAME             STATUS
         [HOLDER_KEY]  holder@example.com            Holder           Active
         5e135513-c0ba-4e84-b75f-ab89155958b0  marta.almeida6@example.com    Marta Almeida    Active
         ec784fc7-04d2-4b8d-ac4b-f8dda72820e4  nuno.lopes4@example.com       Nuno Lopes       Active
         8587b37e-0b36-4cb2-8265-2a91c88c3590  pedro.henriques2@example.com  Pedro Henriques  Active
        [stderr]
        [exit status: 0]
        ");
    });
}

/// Issue 10: organization roles created, renamed and deleted; application
/// roles (which come from the apps) are refused with what to do.
#[test]
fn organization_roles_create_rename_delete() {
    let sb = Sandbox::start(&["--seed-users", "2"]);
    let env = TestEnv::new();
    let names = |sb: &Sandbox| -> Vec<String> {
        let mut n: Vec<String> = get_json(sb, "organization-roles?limit=100")["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["name"].as_str().unwrap().to_string())
            .collect();
        n.sort();
        n
    };
    let before = names(&sb);
    let out =
        run(env
            .odc(&sb)
            .args(["roles", "create", "Security Auditor", "--org", "-o", "json"]))
        .ok();
    // The outcome record of the create names the new role's key.
    let rec = &out.json()[0];
    assert_eq!(rec["result"], "created", "{rec}");
    let key = rec["target"]["key"].as_str().unwrap().to_string();
    assert_eq!(org_role(&sb, "Security Auditor"), key);
    run(env.odc(&sb).args([
        "roles",
        "update",
        "Security Auditor",
        "--org",
        "--name",
        "Auditor",
    ]))
    .ok();
    assert_eq!(org_role(&sb, "Auditor"), key);
    // Deleting needs a confirmation: none without a terminal.
    run(env.odc(&sb).args(["roles", "delete", "Auditor", "--org"])).expect(2);
    let t = Transcript::of(
        env.odc(&sb)
            .args(["roles", "delete", "Auditor", "--org", "--yes"]),
    )
    .redact(&key, "[NEW_KEY]");
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        Deleted role Auditor
        [exit status: 0]
        ");
    });
    assert_eq!(names(&sb), before);
    let t = Transcript::of(env.odc(&sb).args(["-v", "roles", "create", "X"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        * 0 requests, 0 retries, 0 answered 429
        error: ODC creates, renames and deletes organization roles only: application roles come from the apps
        hint: add --org
        [exit status: 2]
        ");
    });
    run(env
        .odc(&sb)
        .args(["roles", "delete", "Nope", "--org", "--yes"]))
    .expect(3);
}

#[test]
fn odc_roles_list() {
    odc().check("odc_roles_list", &["roles", "list"], 0);
}

#[test]
fn valuekeep_roles_list() {
    valuekeep().check("valuekeep_roles_list", &["roles", "list"], 0);
}

#[test]
fn descope_roles_list() {
    descope().check("descope_roles_list", &["roles", "list"], 0);
}

#[test]
fn valuekeep_roles_create() {
    let w = valuekeep();
    let args = ["roles", "create", "Shift Lead", "--key", "SHIFTLEAD"];
    // A create is told by its outcome record: one line on stderr.
    w.check("valuekeep_roles_create", &args, 0);
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
    let t = Transcript::of(vk_cmd().args(["roles", "create", "Shift Lead"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        error: create role SHIFTLEAD failed: The request is invalid.; roleKey: a role with key 'SHIFTLEAD' already exists. (HTTP 400)
        [exit status: 5]
        ");
    });

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
    let t = Transcript::of(vk_cmd().args(["roles", "set", "SHIFTLEAD", "administration", "maybe"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        error: "maybe" is not true or false
        [exit status: 2]
        "#);
    });
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
    let t = Transcript::of(vk_cmd().args(["roles", "delete", "LEAD", "--yes"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        error: `roles delete` is not available on Valuekeep
        hint: the Valuekeep API has no role delete
        [exit status: 2]
        ");
    });
}

/// The new verbs on the platforms whose API lacks them: the one refusal,
/// exit 2, nothing sent.
#[test]
fn the_new_verbs_are_refused_elsewhere_before_any_request() {
    let sb = Sandbox::start(&["--seed-users", "3"]);
    let env = TestEnv::new();
    // Each the one refusal with a hint (what to use), `* 0 requests`.
    let mut log = String::new();
    for platform in [Platform::Odc, Platform::Descope] {
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
            let t = Transcript::of(env.on(platform, &sb).args(&full));
            log += &format!("--- {platform:?}: iamctl {}\n{t}", full.join(" "));
        }
    }
    snapshot_settings().bind(|| insta::assert_snapshot!("new_verbs_refused_elsewhere", log));
    let t = Transcript::of(
        env.on(Platform::Odc, &sb)
            .args(["roles", "create", "X", "--org", "--key", "K"]),
    );
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        error: `roles create --key` is not available on ODC
        hint: ODC makes the key of a new role itself
        [exit status: 2]
        ");
    });
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
