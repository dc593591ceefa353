//! `groups`, `roles` and `api` against the ODC sandbox.

use serde_json::json;

use crate::common::{
    Sandbox, TestEnv, create_user, direct, env_key, get_json, group_key, requests, run, told,
};
use crate::users_odc::{app_role, org_role};

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

    let out = run(env.odc(&sb).args(["groups", "list", "--search", "Sales"])).ok();
    assert!(out.lines()[0].contains("NAME") && out.lines()[0].contains("ENVIRONMENT"));
    assert_eq!(out.lines().len(), 3, "{}", out.stdout);

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
    let out = run(env.odc(&sb).args(["groups", "get", "Sales Team"])).expect(2);
    assert!(out.stderr.contains("ambiguous"), "{}", out.stderr);
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
    let out = run(env.odc(&sb).args(["groups", "members", &sales])).ok();
    assert!(out.stdout.contains("joiner@example.com"));
    assert_eq!(out.lines().len(), api_members.len() + 1);
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
    let out = run(env.odc(&sb).args(["groups", "delete", "-y", "Auditors"])).ok();
    assert!(out.stderr.contains("Deleted group Auditors"));
    assert_eq!(direct(&sb, "GET", &format!("groups/{key}"), None).0, 404);
    run(env.odc(&sb).args(["groups", "delete", "-y", &key])).expect(3);
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

    let out = run(env.odc(&sb).args(["roles", "list", "--search", "Viewer"])).ok();
    assert_eq!(out.lines().len(), 5, "{}", out.stdout);
    assert!(out.lines()[0].contains("APP"));

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
    let out = run(env.odc(&sb).args(["roles", "users", "Tech Lead", "--org"])).ok();
    assert!(out.stdout.contains("holder@example.com"), "{}", out.stdout);
    assert!(out.lines()[0].contains("EMAIL"));
}

#[test]
fn api_raw_get_and_post() {
    let sb = Sandbox::start(&["--seed-users", "10"]);
    let env = TestEnv::new();
    let out = run(env.odc(&sb).args(["api", "GET", "users?limit=2"])).ok();
    let body = out.json();
    assert_eq!(body["results"].as_array().unwrap().len(), 2);
    assert_eq!(body["page"]["totalResults"], 10);
    assert_eq!(body, get_json(&sb, "users?limit=2"));

    // Portal-relative path (portfolio v2).
    let out = run(env.odc(&sb).args([
        "api",
        "get",
        "/api/portfolios/v2/environments",
        "-o",
        "json",
    ]))
    .ok();
    assert_eq!(out.json()["results"].as_array().unwrap().len(), 2);

    let out = run(env.odc(&sb).args([
        "api",
        "POST",
        "users",
        "--data",
        r#"{"email":"raw@example.com","name":"Raw","isActive":true}"#,
    ]))
    .ok();
    let key = out.json()["key"].as_str().unwrap().to_string();
    assert_eq!(
        get_json(&sb, &format!("users/{key}"))["email"],
        "raw@example.com"
    );

    // --dry-run on a raw write sends nothing.
    let out = run(env
        .odc(&sb)
        .args(["--dry-run", "api", "DELETE", &format!("users/{key}")]))
    .ok();
    assert_eq!(
        out.stdout,
        format!("DELETE {}/api/identity/v1/users/{key}\n", sb.url)
    );
    assert_eq!(direct(&sb, "GET", &format!("users/{key}"), None).0, 200);

    // API refusals keep their exit codes.
    let out = run(env
        .odc(&sb)
        .args(["api", "POST", "users", "--data", r#"{"email":"x"}"#]))
    .expect(5);
    assert!(out.stderr.contains("traceId"), "{}", out.stderr);
    run(env
        .odc(&sb)
        .args(["api", "GET", "users/00000000-0000-4000-8000-000000000000"]))
    .expect(3);
    run(env.odc(&sb).args(["api", "G E T", "users"])).expect(2);
    let out = run(env
        .odc(&sb)
        .args(["-v", "api", "POST", "users", "--data", "{nope"]))
    .expect(2);
    assert!(requests(&out.stderr).is_empty());
}

#[test]
fn stage_and_app_names_are_looked_up_once_per_run() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    create_user(&sb, "once@example.com", "Once");
    let out = run(env.odc(&sb).args([
        "-v",
        "users",
        "roles",
        "add",
        "once@example.com",
        "Viewer",
        "Admin",
        "--app",
        "SalesPortal",
        "--stage",
        "Production",
    ]))
    .ok();
    let sent = requests(&out.stderr);
    let count = |part: &str| sent.iter().filter(|r| r.contains(part)).count();
    assert_eq!(count("/environments"), 1, "{sent:#?}");
    assert_eq!(count("/deployed-assets"), 1, "{sent:#?}");
    // One lookup per role name, and one read of the user's roles (what
    // they hold already is unchanged, and sends nothing).
    assert_eq!(count("/v1/application-roles?"), 2, "{sent:#?}");
    assert_eq!(count("/users/"), 3, "{sent:#?}");
    assert_eq!(count("/application-roles?"), 3, "{sent:#?}");
    assert_eq!(count("/application-roles/"), 2, "{sent:#?}");
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
    let out = run(env
        .odc(&sb)
        .args(["-v", "groups", "roles", "add", "Sales Team", "Nope"])
        .args(scope))
    .expect(3);
    assert!(!out.stderr.contains("> PATCH"), "{}", out.stderr);
}

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
    let out = run(env
        .odc(&sb)
        .args(["roles", "delete", "Auditor", "--org", "--yes"]))
    .ok();
    assert!(
        out.stderr.contains("Deleted role Auditor"),
        "{}",
        out.stderr
    );
    assert_eq!(names(&sb), before);
    let out = run(env.odc(&sb).args(["-v", "roles", "create", "X"])).expect(2);
    assert!(out.stderr.contains("add --org"), "{}", out.stderr);
    assert!(!out.stderr.contains("> POST"), "{}", out.stderr);
    run(env
        .odc(&sb)
        .args(["roles", "delete", "Nope", "--org", "--yes"]))
    .expect(3);
}
