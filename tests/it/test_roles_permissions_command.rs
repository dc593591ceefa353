//! `roles permissions` (ODC organization roles): list, add, remove and
//! set, what it costs in requests, built-in roles refused before sending,
//! and a permission held on some stages never widened silently.

use serde_json::{Value, json};

use crate::common::odc::refused_elsewhere;
use crate::common::{self, Sandbox, TestEnv, Transcript, direct, get_json, run, snapshot_settings};

#[test]
fn organization_role_permissions_list_add_remove_set() {
    let sb = Sandbox::start(&[]);
    let env = TestEnv::new();
    let role = |sb: &Sandbox| {
        let roles = get_json(sb, "organization-roles?nameContains=Tech");
        roles["results"][0].clone()
    };
    assert_eq!(role(&sb)["permissions"], json!([]));
    let out = run(env.odc(&sb).args([
        "-v",
        "roles",
        "permissions",
        "add",
        "Tech Lead",
        "Manage users",
        "view members",
        "--org",
    ]))
    .ok();
    // One PATCH carries the whole list.
    let patches = out.stderr.lines().filter(|l| l.contains("> PATCH")).count();
    assert_eq!(patches, 1, "{}", out.stderr);
    let names = |r: &Value| {
        let mut n: Vec<String> = r["permissions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["name"].as_str().unwrap().to_string())
            .collect();
        n.sort();
        n
    };
    assert_eq!(names(&role(&sb)), ["Manage users", "View members"]);
    let listed = run(env.odc(&sb).args([
        "roles",
        "permissions",
        "list",
        "Tech Lead",
        "--org",
        "-o",
        "json",
    ]))
    .ok()
    .json();
    assert_eq!(listed.as_array().unwrap().len(), 2);

    // Removing needs confirmation without a terminal.
    run(env.odc(&sb).args([
        "roles",
        "permissions",
        "remove",
        "Tech Lead",
        "Manage users",
        "--org",
    ]))
    .expect(2);
    run(env.odc(&sb).args([
        "roles",
        "permissions",
        "remove",
        "Tech Lead",
        "Manage users",
        "--org",
        "--yes",
    ]))
    .ok();
    assert_eq!(names(&role(&sb)), ["View members"]);
    run(env.odc(&sb).args([
        "roles",
        "permissions",
        "set",
        "Tech Lead",
        "View end users",
        "--org",
        "--yes",
    ]))
    .ok();
    assert_eq!(names(&role(&sb)), ["View end users"]);
    let t = Transcript::of(env.odc(&sb).args([
        "roles",
        "permissions",
        "add",
        "Tech Lead",
        "View end users",
        "--org",
    ]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        Nothing to change
        [exit status: 0]
        ");
    });

    // Unknown permission: nothing sent; application roles: a usage error;
    // the built-in Admin role is read-only: refused before sending.
    let t = Transcript::of(env.odc(&sb).args([
        "-v",
        "roles",
        "permissions",
        "add",
        "Tech Lead",
        "Fly",
        "--org",
    ]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        > GET http://127.0.0.1:[PORT]/api/identity/v1/organization-roles/48b48a58-401e-4261-8199-0d4d2baddf9e
        > authorization: Bearer ***
        < 200 OK ([N] ms)
        > GET http://127.0.0.1:[PORT]/api/identity/v1/permissions?limit=100&offset=0&nameContains=Fly
        > authorization: Bearer ***
        < 200 OK ([N] ms)
        * 2 requests, 0 retries, 0 answered 429
        error: permission "Fly" not found
        hint: list them with `iamctl permissions list`
        [exit status: 3]
        "#);
    });
    run(env
        .odc(&sb)
        .args(["roles", "permissions", "list", "Viewer"]))
    .expect(2);
    let t = Transcript::of(env.odc(&sb).args([
        "-v",
        "roles",
        "permissions",
        "add",
        "Admin",
        "View members",
        "--org",
    ]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        > GET http://127.0.0.1:[PORT]/api/identity/v1/organization-roles?limit=100&offset=0&nameContains=Admin
        > authorization: Bearer ***
        < 200 OK ([N] ms)
        * 1 requests, 0 retries, 0 answered 429
        error: organization role "Admin" is built in (read-only): its permissions cannot be changed
        hint: create a role of your own (`iamctl roles create NAME --org`) and give it the permissions
        [exit status: 2]
        "#);
    });

    refused_elsewhere(
        &env,
        &sb,
        &["roles", "permissions", "list", "x"],
        "roles permissions list",
    );
}

/// The lines of a `-v` trace that are requests, and the total it reports.
fn requests(stderr: &str) -> (Vec<&str>, usize) {
    let sent: Vec<&str> = stderr
        .lines()
        .filter(|l| {
            ["> GET ", "> POST ", "> PATCH ", "> PUT ", "> DELETE "]
                .iter()
                .any(|m| l.starts_with(m))
        })
        .collect();
    let total = stderr
        .lines()
        .find_map(|l| l.strip_prefix("* ")?.split_once(" requests"))
        .map(|(n, _)| n.parse().unwrap())
        .expect("a `* N requests` line");
    (sent, total)
}

fn org_role(sb: &Sandbox, name: &str) -> Value {
    let roles = get_json(sb, &format!("organization-roles?nameContains={name}"));
    roles["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == name)
        .unwrap()
        .clone()
}

fn permission_key(sb: &Sandbox, name: &str) -> String {
    get_json(sb, "permissions")["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == name)
        .unwrap()["key"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn built_in_organization_roles_are_refused_before_sending() {
    let sb = Sandbox::start(&[]);
    let env = TestEnv::new();
    let admin = org_role(&sb, "Admin");
    assert_eq!(admin["isReadOnly"], true, "the sandbox's Admin is built in");
    // Each refused with a hint, no PATCH or DELETE sent (nor planned): the
    // transcripts, `-v` traces and all, in one snapshot.
    let mut log = String::new();
    let mut refused = |args: &[&str]| {
        let t = Transcript::of(env.odc(&sb).args(args));
        log += &format!("--- iamctl {}\n{t}", args.join(" "));
    };
    // A dry run plans nothing: the real run could not work.
    refused(&[
        "-v",
        "--dry-run",
        "roles",
        "permissions",
        "add",
        "Admin",
        "View stage",
        "--org",
    ]);
    refused(&[
        "-v",
        "roles",
        "permissions",
        "add",
        "Admin",
        "View stage",
        "--org",
    ]);
    // Refused before the confirmation (no terminal, no --yes: that would
    // be a refusal too, but another one).
    for verb in ["remove", "set"] {
        refused(&[
            "-v",
            "roles",
            "permissions",
            verb,
            "Admin",
            "View stage",
            "--org",
        ]);
    }
    // By key too.
    let key = admin["key"].as_str().unwrap();
    refused(&[
        "-v",
        "roles",
        "permissions",
        "add",
        key,
        "View stage",
        "--org",
    ]);

    // Renaming and deleting it: the same hole, refused the same way.
    for dry in [true, false] {
        let mut args = vec!["-v"];
        if dry {
            args.push("--dry-run");
        }
        let mut update = args.clone();
        update.extend(["roles", "update", "Admin", "--name", "Boss", "--org"]);
        refused(&update);
        let mut delete = args.clone();
        delete.extend(["roles", "delete", "Tech Lead", "Admin", "--org", "--yes"]);
        refused(&delete);
    }
    // Without --yes: the refusal, not the question.
    refused(&["-v", "roles", "delete", "Admin", "--org"]);
    snapshot_settings().bind(|| insta::assert_snapshot!("builtin_org_role_refused", log));
    assert_eq!(org_role(&sb, "Admin"), admin, "Admin unchanged");
    // Tech Lead (named with Admin above) was not deleted either.
    org_role(&sb, "Tech Lead");

    // A role of one's own still changes.
    run(env.odc(&sb).args([
        "roles",
        "update",
        "Developer",
        "--name",
        "Developers",
        "--org",
    ]))
    .ok();
    org_role(&sb, "Developers");
    run(env
        .odc(&sb)
        .args(["roles", "delete", "Developers", "--org", "--yes"]))
    .ok();
    assert!(
        get_json(&sb, "organization-roles?nameContains=Developer")["results"]
            .as_array()
            .unwrap()
            .is_empty()
    );
}

#[test]
fn a_permission_held_on_some_stages_is_not_widened_silently() {
    let sb = Sandbox::start(&[]);
    let env = TestEnv::new();
    let tech = org_role(&sb, "Tech Lead");
    let tech_key = tech["key"].as_str().unwrap().to_string();
    let view_stage = permission_key(&sb, "View stage");
    let prod = common::env_key(&sb, "Production");
    let scoped = json!({ "permissionKey": view_stage, "environmentKeys": [prod] });
    let (status, _) = direct(
        &sb,
        "PATCH",
        &format!("organization-roles/{tech_key}"),
        Some(json!({ "permissions": [scoped] })),
    );
    assert_eq!(status, 204);
    let held = |sb: &Sandbox| org_role(sb, "Tech Lead")["permissions"].clone();
    let stage_only = held(&sb);
    assert_eq!(stage_only[0]["environmentKeys"], json!([prod]));

    // A note, and no PATCH.
    let t = Transcript::of(env.odc(&sb).args([
        "-v",
        "roles",
        "permissions",
        "add",
        "Tech Lead",
        "View stage",
        "--org",
    ]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        > GET http://127.0.0.1:[PORT]/identity/.well-known/openid-configuration
        < 200 OK ([N] ms)
        > POST http://127.0.0.1:[PORT]/identity/connect/token
        < 200 OK ([N] ms)
        > GET http://127.0.0.1:[PORT]/api/identity/v1/organization-roles?limit=100&offset=0&nameContains=Tech+Lead
        > authorization: Bearer ***
        < 200 OK ([N] ms)
        > GET http://127.0.0.1:[PORT]/api/identity/v1/permissions?limit=100&offset=0&nameContains=View+stage
        > authorization: Bearer ***
        < 200 OK ([N] ms)
        warning: organization role Tech Lead already grants "View stage" on stage(s) 8a1b0c14-f5b4-4dab-840f-124eab2b6ea4 only; it was kept so, not widened to the whole organization (to widen it: `roles permissions remove` it, then `add` it)
        Nothing to change
        * 4 requests, 0 retries, 0 answered 429
        [exit status: 0]
        "#);
    });
    assert_eq!(held(&sb), stage_only);

    // `set`: the same note; the scoped grant kept, the new one org-wide.
    let t = Transcript::of(env.odc(&sb).args([
        "roles",
        "permissions",
        "set",
        "Tech Lead",
        "View stage",
        "Manage users",
        "--org",
    ]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        warning: organization role Tech Lead already grants "View stage" on stage(s) 8a1b0c14-f5b4-4dab-840f-124eab2b6ea4 only; it was kept so, not widened to the whole organization (to widen it: `roles permissions remove` it, then `add` it)
        Added permission Manage users (organization) for Tech Lead
        [exit status: 0]
        "#);
    });
    let now = held(&sb);
    let find = |name: &str| {
        now.as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == name)
            .unwrap()
            .clone()
    };
    assert_eq!(find("View stage")["environmentKeys"], json!([prod]));
    assert!(find("Manage users")["environmentKeys"].is_null());
    // Removing it says nothing of the kind.
    let t = Transcript::of(env.odc(&sb).args([
        "roles",
        "permissions",
        "remove",
        "Tech Lead",
        "View stage",
        "--org",
        "--yes",
    ]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        Removed permission View stage (organization) of Tech Lead
        [exit status: 0]
        ");
    });
}

#[test]
fn role_permissions_cost_one_catalog_read_and_one_role_read() {
    let sb = Sandbox::start(&[]);
    let env = TestEnv::new();
    // A first command gets the token; the counts below are of API calls.
    run(env.odc(&sb).args(["permissions", "get", "View stage"])).ok();
    let manage_users = permission_key(&sb, "Manage users");
    let out = run(env.odc(&sb).args([
        "-v",
        "roles",
        "permissions",
        "set",
        "Tech Lead",
        &manage_users,
        "view stage",
        "View members",
        "Manage stages",
        "--org",
        "--yes",
    ]))
    .ok();
    let (sent, total) = requests(&out.stderr);
    // The role by name (its list record), the catalog once, the PATCH.
    assert_eq!(total, 3, "{}", out.stderr);
    assert_eq!(sent.len(), 3, "{}", out.stderr);
    assert!(sent[0].contains("/organization-roles?"), "{}", out.stderr);
    assert!(
        sent.iter().all(|l| !l.contains("nameContains=View")),
        "{}",
        out.stderr
    );
    assert_eq!(
        sent.iter().filter(|l| l.contains("/permissions?")).count(),
        1,
        "{}",
        out.stderr
    );
    let mut names: Vec<String> = org_role(&sb, "Tech Lead")["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap().to_string())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "Manage stages",
            "Manage users",
            "View members",
            "View stage"
        ]
    );
    // An unknown name among several: not found, nothing sent.
    let t = Transcript::of(env.odc(&sb).args([
        "-v",
        "roles",
        "permissions",
        "add",
        "Developer",
        "View stage",
        "Fly",
        "--org",
    ]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        > GET http://127.0.0.1:[PORT]/api/identity/v1/organization-roles?limit=100&offset=0&nameContains=Developer
        > authorization: Bearer ***
        < 200 OK ([N] ms)
        > GET http://127.0.0.1:[PORT]/api/identity/v1/permissions?limit=100&offset=0
        > authorization: Bearer ***
        < 200 OK ([N] ms)
        * 2 requests, 0 retries, 0 answered 429
        error: permission "Fly" not found
        hint: list them with `iamctl permissions list`
        [exit status: 3]
        "#);
    });

    // Listing by name: the list record is the role (one request), and with
    // the name remembered, one GET by key; `roles get` the same.
    let env = TestEnv::new();
    run(env.odc(&sb).args(["permissions", "get", "View stage"])).ok();
    for by_key in [false, true] {
        let out = run(env.odc(&sb).args([
            "-v",
            "roles",
            "permissions",
            "list",
            "Tech Lead",
            "--org",
            "-o",
            "json",
        ]))
        .ok();
        let (sent, total) = requests(&out.stderr);
        assert_eq!(total, 1, "{}", out.stderr);
        assert_eq!(
            sent[0].contains("/organization-roles?"),
            !by_key,
            "{}",
            out.stderr
        );
        assert_eq!(out.json().as_array().unwrap().len(), 4);
    }
    let out = run(env
        .odc(&sb)
        .args(["-v", "roles", "get", "Admin", "--org", "-o", "json"]))
    .ok();
    assert_eq!(requests(&out.stderr).1, 1, "{}", out.stderr);
    assert_eq!(out.json()["name"], "Admin");
}
