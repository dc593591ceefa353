//! `users roles` (list, add, remove, set) on every platform: application,
//! organization, project and tenant roles, by key, id or name.

use serde_json::json;

use crate::common::descope::{D, create, dsc_cmd, first_login};
use crate::common::odc::{app_role, org_role};
use crate::common::world::{ODC_MARTA, descope, odc, valuekeep};
use crate::common::{
    Platform, Sandbox, TestEnv, Transcript, create_user, descope_load as load,
    descope_mgmt as mgmt, get_json, requests, run, snapshot_settings,
};

#[test]
fn roles_project_level_and_tenant_scoped() {
    let sb = Sandbox::start(&[]);
    let env = TestEnv::new();
    create(
        &env,
        &sb,
        &[
            "--login-id",
            "ada",
            "--role",
            "Editor",
            "--tenant",
            "T-acme:Viewer",
        ],
    );
    let roles = |args: &[&str]| {
        let mut full = vec!["users", "roles", "list", "ada", "-o", "json"];
        full.extend_from_slice(args);
        let v = run(dsc_cmd(&env, &sb).args(&full)).ok().json();
        // Without --tenant every role is listed with its scope: the
        // project's are the ones checked here.
        v.as_array()
            .unwrap()
            .iter()
            .filter(|r| !args.is_empty() || r["scope"] == "project")
            .map(|r| r["name"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(roles(&[]), ["Editor"]);
    let every = run(dsc_cmd(&env, &sb).args(["users", "roles", "list", "ada", "-o", "json"]))
        .ok()
        .json();
    assert_eq!(
        every,
        json!([
            {"name": "Editor", "scope": "project"},
            {"name": "Viewer", "scope": "tenant", "tenantId": "T-acme"}
        ])
    );
    assert_eq!(roles(&["--tenant", "T-acme"]), ["Viewer"]);

    let out = run(dsc_cmd(&env, &sb).args([
        "-v", "users", "roles", "add", "ada", "Admin", "--tenant", "T-acme",
    ]))
    .ok();
    assert!(
        requests(&out.stderr)
            .iter()
            .any(|r| r.ends_with("/v2/mgmt/user/update/role/add"))
    );
    assert_eq!(roles(&["--tenant", "T-acme"]), ["Viewer", "Admin"]);
    assert_eq!(
        roles(&[]),
        ["Editor"],
        "a tenant role leaked to the project level"
    );

    run(dsc_cmd(&env, &sb).args(["users", "roles", "add", "ada", "Viewer"])).ok();
    assert_eq!(roles(&[]), ["Editor", "Viewer"]);
    run(dsc_cmd(&env, &sb).args(["users", "roles", "remove", "ada", "Editor"])).ok();
    assert_eq!(roles(&[]), ["Viewer"]);
    run(dsc_cmd(&env, &sb).args([
        "users", "roles", "set", "ada", "Auditor", "--tenant", "T-acme", "--yes",
    ]))
    .ok();
    assert_eq!(roles(&["--tenant", "T-acme"]), ["Auditor"]);
    assert_eq!(roles(&[]), ["Viewer"]);
    let u = load(&sb, "ada");
    assert_eq!(u["userTenants"][0]["roleNames"], json!(["Auditor"]));

    // Not in that tenant: not found; ODC-only scopes refused.
    run(dsc_cmd(&env, &sb).args(["users", "roles", "list", "ada", "--tenant", "T-globex"]))
        .expect(3);
    let t = Transcript::of(dsc_cmd(&env, &sb).args(["users", "roles", "add", "ada", "X", "--org"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        error: `users roles add --org` is not available on Descope
        hint: Descope has project-level roles and tenant roles: use --tenant for tenant roles
        [exit status: 2]
        ");
    });
    // No groups on Descope.
    let t = Transcript::of(dsc_cmd(&env, &sb).args(["users", "groups", "list", "ada"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        error: `users groups list` is not available on Descope
        hint: Descope has no groups; tenants are the nearest thing: `iamctl users tenants list USER`
        [exit status: 2]
        ");
    });
}

/// A tenant's own role (sandbox: Admin and Auditor of T-acme) is known in
/// that tenant, named by id or by name; without --tenant, or in another
/// tenant, it is not found and the hint names its tenant (no "did you
/// mean" for the very same name).
#[test]
fn tenant_roles_are_checked_in_their_tenant_named_by_id_or_name() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let ds = || env.on(Platform::Descope, &sb);
    let user = first_login(&sb);

    // No --tenant: not found, with where it is.
    let t = Transcript::of(ds().args(["access", "holders", "Admin"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        error: role "Admin" not found
        hint: role of tenant T-acme: add --tenant T-acme
        hint: list the project's roles with `iamctl roles list`
        [exit status: 3]
        "#);
    });
    // The report's --role filter takes it as it is (it exists, in its
    // tenant): rows of that role only, wherever it is held.
    let out = run(ds().args(["access", "report", "--role", "Admin", "-o", "ndjson"])).ok();
    for row in out.ndjson() {
        assert_eq!(row["name"], "Admin", "{row}");
        assert_eq!(row["tenantKey"], "T-acme", "{row}");
    }
    let t = Transcript::of(ds().args([
        "users", "roles", "add", &user, "Admin", "--tenant", "T-globex",
    ]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        error: role "Admin" not found in tenant T-globex
        hint: role of tenant T-acme: add --tenant T-acme
        hint: list the project's roles with `iamctl roles list`
        [exit status: 3]
        "#);
    });
    // A near miss by case is still offered.
    let t = Transcript::of(ds().args([
        "users", "roles", "add", &user, "admin", "--tenant", "T-acme",
    ]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        error: role "admin" not found in tenant T-acme
        hint: role names are case-sensitive: did you mean "Admin"?
        hint: list the project's roles with `iamctl roles list`
        [exit status: 3]
        "#);
    });

    // The tenant by its name: resolved to its id before the check and the
    // write (the API wants the id).
    run(ds().args(["users", "tenants", "add", &user, "T-acme"])).ok();
    let t = Transcript::of(ds().args([
        "--dry-run",
        "users",
        "roles",
        "add",
        &user,
        "Admin",
        "--tenant",
        "Acme",
    ]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        POST http://127.0.0.1:[PORT]/v2/mgmt/user/update/role/add {"loginId":"eva.ferreira1@example.com","tenantId":"T-acme","roleNames":["Admin"]}
        [stderr]
        Would grant role Admin (tenant Acme) to eva.ferreira1@example.com
        [exit status: 0]
        "#);
    });
    run(ds().args(["users", "roles", "add", &user, "Admin", "--tenant", "acme"])).ok();
    // `users tenants add|remove` take the name too (the API gets the id);
    // an unknown one is refused before anything is sent.
    run(ds().args(["users", "tenants", "add", &user, "globex"])).ok();
    let in_globex = |sb: &Sandbox| {
        load(sb, &user)["userTenants"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["tenantId"] == "T-globex")
    };
    assert!(in_globex(&sb));
    run(ds().args(["users", "tenants", "remove", &user, "Globex", "--yes"])).ok();
    assert!(!in_globex(&sb));
    let t = Transcript::of(ds().args(["-v", "users", "tenants", "add", &user, "Nowhere"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        > GET http://127.0.0.1:[PORT]/v1/mgmt/tenant/all
        > authorization: Bearer ***
        < 200 OK ([N] ms)
        * 1 requests, 0 retries, 0 answered 429
        error: tenant "Nowhere" not found
        hint: list the project's tenants with `iamctl tenants list`
        [exit status: 3]
        "#);
    });
    // Now held: the report's --role filter without --tenant finds it.
    let rows = run(ds().args(["access", "report", "--role", "Admin", "-o", "ndjson"]))
        .ok()
        .ndjson();
    assert!(
        rows.iter()
            .any(|r| r["user"] == user.as_str() && r["tenantKey"] == "T-acme"),
        "{rows:?}"
    );
    let u = load(&sb, &user);
    let acme = u["userTenants"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["tenantId"] == "T-acme")
        .unwrap()
        .clone();
    assert!(
        acme["roleNames"]
            .as_array()
            .unwrap()
            .contains(&json!("Admin")),
        "{acme}"
    );
    let out = run(ds().args([
        "users", "roles", "list", &user, "--tenant", "Acme", "-o", "json",
    ]))
    .ok();
    let listed = out.json();
    let admin = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "Admin")
        .unwrap_or_else(|| panic!("{listed}"));
    assert_eq!(admin["tenantId"], "T-acme");
    // An unknown tenant: exit 3, nothing sent.
    let t = Transcript::of(ds().args([
        "-v", "users", "roles", "add", &user, "Admin", "--tenant", "Nope",
    ]));
    assert!(
        requests(&t.stderr).iter().all(|r| r.starts_with("GET ")),
        "{t}"
    );
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        > GET http://127.0.0.1:[PORT]/v1/mgmt/tenant/all
        > authorization: Bearer ***
        < 200 OK ([N] ms)
        * 1 requests, 0 retries, 0 answered 429
        error: tenant "Nope" not found
        hint: list the project's tenants with `iamctl tenants list`
        [exit status: 3]
        "#);
    });

    // access holders (and report --role): the tenant role, by tenant id or name.
    let out = run(ds().args([
        "access", "report", "--role", "Admin", "--tenant", "Acme", "-o", "json",
    ]))
    .ok();
    assert_eq!(out.json().as_array().unwrap().len(), 1, "{}", out.stdout);
    for t in ["T-acme", "Acme"] {
        let out = run(ds().args(["access", "holders", "Admin", "--tenant", t, "-o", "json"])).ok();
        let rows = out.json();
        let rows = rows.as_array().unwrap();
        assert_eq!(rows.len(), 1, "{t}: {rows:?}");
        assert_eq!(rows[0]["user"], json!(user), "{t}");
        assert_eq!(rows[0]["tenantKey"], "T-acme", "{t}");
    }
    // The tenant is resolved once in ten minutes (name cache): the next
    // run spends no tenant/all.
    let out = run(ds().args(["-v", "users", "roles", "list", &user, "--tenant", "Acme"])).ok();
    assert!(
        !requests(&out.stderr)
            .iter()
            .any(|r| r.contains("tenant/all")),
        "{}",
        out.stderr
    );
}

#[test]
fn an_unknown_role_is_refused_before_anything_is_written() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let ds = || env.on(Platform::Descope, &sb);
    let user = first_login(&sb);
    let before = load(&sb, &user);

    // One GET role/all, then exit 3 and no write.
    let t = Transcript::of(ds().args(["-v", "users", "roles", "add", &user, "Viewer", "Ghost"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        > GET http://127.0.0.1:[PORT]/v1/mgmt/role/all
        > authorization: Bearer ***
        < 200 OK ([N] ms)
        * 1 requests, 0 retries, 0 answered 429
        error: role "Ghost" not found
        hint: list the project's roles with `iamctl roles list`
        [exit status: 3]
        "#);
    });
    let reqs = requests(&t.stderr);
    assert_eq!(reqs.len(), 1, "{t}");
    assert!(reqs[0].starts_with("GET ") && reqs[0].ends_with("/v1/mgmt/role/all"));
    assert_eq!(load(&sb, &user)["roleNames"], before["roleNames"]);
    // Role names are case-sensitive; the near miss is offered.
    let t = Transcript::of(ds().args(["users", "roles", "add", &user, "viewer"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        error: role "viewer" not found
        hint: role names are case-sensitive: did you mean "Viewer"?
        hint: list the project's roles with `iamctl roles list`
        [exit status: 3]
        "#);
    });

    // A tenant's own role: good in its tenant, unknown elsewhere.
    run(ds().args(["users", "tenants", "add", &user, "T-acme", "T-globex"])).ok();
    run(ds().args([
        "users", "roles", "add", &user, "Admin", "--tenant", "T-acme",
    ]))
    .ok();
    run(ds().args([
        "users", "roles", "add", &user, "Admin", "--tenant", "T-globex",
    ]))
    .expect(3);
    run(ds().args(["users", "roles", "add", &user, "Admin"])).expect(3);

    // Known names are remembered: the next write spends no role/all (the
    // one read is of the user's roles: what they hold is unchanged).
    let out = run(ds().args(["-v", "users", "roles", "add", &user, "Viewer"])).ok();
    let reqs = requests(&out.stderr);
    assert_eq!(reqs.len(), 2, "{}", out.stderr);
    assert!(
        reqs[0].starts_with("GET ") && reqs[0].contains("/v1/mgmt/user?loginId="),
        "{reqs:?}"
    );
    assert!(
        reqs[1].ends_with("/v2/mgmt/user/update/role/add"),
        "{reqs:?}"
    );
    // --refresh looks again.
    let out = run(ds().args([
        "-v",
        "--refresh",
        "users",
        "roles",
        "remove",
        &user,
        "Viewer",
    ]))
    .ok();
    assert!(
        requests(&out.stderr)[0].ends_with("/v1/mgmt/role/all"),
        "{}",
        out.stderr
    );

    // create, invite and patch check too: nothing is created or changed.
    let out = run(ds().args([
        "-v",
        "users",
        "create",
        "--email",
        "new@example.com",
        "--role",
        "Ghost",
    ]))
    .expect(3);
    assert!(
        requests(&out.stderr).iter().all(|r| r.starts_with("GET ")),
        "{}",
        out.stderr
    );
    assert_eq!(
        mgmt(&sb, "GET", "/v1/mgmt/user?loginId=new@example.com", None).0,
        400
    );
    run(ds().args([
        "users",
        "invite",
        "--email",
        "inv@example.com",
        "--tenant",
        "T-acme:Ghost",
    ]))
    .expect(3);
    assert_eq!(
        mgmt(&sb, "GET", "/v1/mgmt/user?loginId=inv@example.com", None).0,
        400
    );
    let out = run(ds().args([
        "-v", "users", "patch", &user, "--role", "Editor", "--role", "Ghost",
    ]))
    .expect(3);
    assert!(
        requests(&out.stderr).iter().all(|r| r.starts_with("GET ")),
        "{}",
        out.stderr
    );
    run(ds().args(["users", "patch", &user, "--role", "Editor"])).ok();
    assert_eq!(load(&sb, &user)["roleNames"], json!(["Editor"]));
}

#[test]
fn users_roles_list_without_tenant_shows_every_role_with_its_scope() {
    let d = D::new();
    // Seeded user 0 holds a project role and tenant T-acme's Viewer.
    let t = d.run(&["users", "roles", "list", "eva.ferreira1@example.com"]);
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
         ROLE          SCOPE    TENANT  PERMISSIONS
         Tenant Admin  project
         Viewer        tenant   T-acme
        [stderr]
        [exit status: 0]
        ");
    });
}
/// Viewer of SalesPortal in Development.
const ODC_VIEWER_SALES_DEV: &str = "662f4214-7747-42fe-ab25-88c348af2f0a";

#[test]
fn odc_users_roles_list() {
    odc().check(
        "odc_users_roles_list",
        &["users", "roles", "list", "marta.teixeira1@example.com"],
        0,
    );
}

/// Issue 10: the API answers direct grants unless asked; `--via-groups`
/// asks, and each row says which groups it comes through.
#[test]
fn odc_users_roles_list_via_groups() {
    odc().check(
        "odc_users_roles_list_via_groups",
        &[
            "users",
            "roles",
            "list",
            "marta.teixeira1@example.com",
            "--via-groups",
        ],
        0,
    );
}

#[test]
fn odc_users_roles_add() {
    odc().check(
        "odc_users_roles_add",
        &[
            "users",
            "roles",
            "add",
            "eva.almeida3@example.com",
            "Admin",
            "--app",
            "SalesPortal",
            "--stage",
            "Production",
        ],
        0,
    );
}

#[test]
fn odc_users_roles_add_tenant() {
    // Issue 15: `--tenant` is a Descope flag; ODC refuses it before
    // anything is sent (it used to ignore it and grant the role).
    odc().check(
        "odc_users_roles_add_tenant",
        &[
            "-v",
            "users",
            "roles",
            "add",
            ODC_MARTA,
            ODC_VIEWER_SALES_DEV,
            "--tenant",
            "T1",
        ],
        2,
    );
}

#[test]
fn odc_users_roles_add_by_id() {
    // Issue 15: `--by-id` is a Valuekeep flag; ODC refuses it before
    // anything is sent (it used to ignore it and grant the role).
    odc().check(
        "odc_users_roles_add_by_id",
        &[
            "-v",
            "users",
            "roles",
            "add",
            ODC_MARTA,
            ODC_VIEWER_SALES_DEV,
            "--by-id",
        ],
        2,
    );
}

#[test]
fn valuekeep_users_roles_list() {
    valuekeep().check(
        "valuekeep_users_roles_list",
        &["users", "roles", "list", "katia.pereira1"],
        0,
    );
}

#[test]
fn valuekeep_users_roles_add() {
    valuekeep().check(
        "valuekeep_users_roles_add",
        &["users", "roles", "add", "carla.ferreira2", "READONLY"],
        0,
    );
}

#[test]
fn valuekeep_users_roles_list_org() {
    // Issue 15: `--org` is an ODC flag; Valuekeep refuses it (it used to
    // print its roles in ODC's organization-role columns, empty).
    valuekeep().check(
        "valuekeep_users_roles_list_org",
        &["-v", "users", "roles", "list", "katia.pereira1", "--org"],
        2,
    );
}

#[test]
fn descope_users_roles_list() {
    descope().check(
        "descope_users_roles_list",
        &["users", "roles", "list", "eva.ferreira1@example.com"],
        0,
    );
}

#[test]
fn descope_users_roles_add() {
    descope().check(
        "descope_users_roles_add",
        &[
            "users",
            "roles",
            "add",
            "eva.esteves2@example.com",
            "Editor",
        ],
        0,
    );
}

#[test]
fn descope_users_roles_add_unknown_role() {
    // Issue 10: an unknown role is refused after one role/all, before any write.
    descope().check(
        "descope_users_roles_add_unknown_role",
        &[
            "-v",
            "users",
            "roles",
            "add",
            "eva.esteves2@example.com",
            "Ghost",
        ],
        3,
    );
}

fn app_roles_of(sb: &Sandbox, user: &str) -> Vec<String> {
    let mut keys: Vec<String> = get_json(sb, &format!("users/{user}/application-roles?limit=100"))
        ["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["key"].as_str().unwrap().to_string())
        .collect();
    keys.sort();
    keys
}

fn org_roles_of(sb: &Sandbox, user: &str) -> Vec<String> {
    let mut keys: Vec<String> = get_json(sb, &format!("users/{user}/organization-roles?limit=100"))
        ["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["key"].as_str().unwrap().to_string())
        .collect();
    keys.sort();
    keys
}

#[test]
fn user_application_roles_by_key_and_by_name() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let key = create_user(&sb, "roles@example.com", "Roles");
    let admin_sales_prod = app_role(&sb, "Admin", "SalesPortal", "Production");
    let viewer_hr_dev = app_role(&sb, "Viewer", "HRHub", "Development");
    let manager_sales_prod = app_role(&sb, "Sales Manager", "SalesPortal", "Production");

    run(env
        .odc(&sb)
        .args(["users", "roles", "add", &key, &viewer_hr_dev]))
    .ok();
    assert_eq!(app_roles_of(&sb, &key), vec![viewer_hr_dev.clone()]);

    // Name without app/stage: "Admin" exists in two apps × two stages.
    let t = Transcript::of(env.odc(&sb).args(["users", "roles", "add", &key, "Admin"]))
        .redact(&key, "[NEW_KEY]");
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        error: application role "Admin" is ambiguous; candidates:
          Admin (app HRHub, stage Development; key 0d9f7bae-fd91-4bf6-b72c-0116283edca6)
          Admin (app SalesPortal, stage Production; key 663b5053-bf7e-4918-97fa-ac1c7ff0db7a)
          Admin (app HRHub, stage Production; key 6bfc3f58-03f3-4cf2-9c1e-e660278030f5)
          Admin (app SalesPortal, stage Development; key 6d3f063f-f236-48c1-8552-d3928870f1eb)
        hint: add --app NAME and --stage NAME, or name the role by key
        [exit status: 2]
        "#);
    });

    run(env.odc(&sb).args([
        "users",
        "roles",
        "add",
        "roles@example.com",
        "Admin",
        "--app",
        "SalesPortal",
        "--stage",
        "Production",
    ]))
    .ok();
    let mut want = vec![viewer_hr_dev.clone(), admin_sales_prod.clone()];
    want.sort();
    assert_eq!(app_roles_of(&sb, &key), want);

    let out = run(env
        .odc(&sb)
        .args(["users", "roles", "list", &key, "-o", "json"]))
    .ok();
    let mut listed: Vec<String> = out
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["key"].as_str().unwrap().to_string())
        .collect();
    listed.sort();
    assert_eq!(listed, want);
    let t = Transcript::of(env.odc(&sb).args(["users", "roles", "list", &key]))
        .redact(&key, "[NEW_KEY]");
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
         KEY                                   NAME    APP          STAGE        DIRECT  THROUGH GROUPS
         663b5053-bf7e-4918-97fa-ac1c7ff0db7a  Admin   SalesPortal  Production   true
         c2ef445d-0754-44d1-956a-2d6761d520ae  Viewer  HRHub        Development  true
        [stderr]
        [exit status: 0]
        ");
    });

    run(env.odc(&sb).args([
        "users",
        "roles",
        "remove",
        &key,
        "Viewer",
        "--app",
        "HRHub",
        "--stage",
        "Development",
    ]))
    .ok();
    assert_eq!(app_roles_of(&sb, &key), vec![admin_sales_prod.clone()]);

    // set: add Sales Manager, revoke Admin (confirmation needed for revoking).
    run(env
        .odc(&sb)
        .args(["users", "roles", "set", &key, &manager_sales_prod]))
    .expect(2);
    assert_eq!(app_roles_of(&sb, &key), vec![admin_sales_prod.clone()]);
    let out = run(env.odc(&sb).args([
        "-v",
        "-y",
        "users",
        "roles",
        "set",
        &key,
        &manager_sales_prod,
    ]))
    .ok();
    let writes: Vec<String> = requests(&out.stderr)
        .into_iter()
        .filter(|r| !r.starts_with("GET"))
        .collect();
    assert_eq!(writes.len(), 2, "{writes:?}");
    assert_eq!(app_roles_of(&sb, &key), vec![manager_sales_prod.clone()]);

    // An unknown role key is not found.
    run(env.odc(&sb).args([
        "users",
        "roles",
        "add",
        &key,
        "00000000-0000-4000-8000-000000000000",
    ]))
    .expect(3);
    // add/remove need a role.
    run(env.odc(&sb).args(["users", "roles", "add", &key])).expect(2);
}

#[test]
fn user_organization_roles() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let key = create_user(&sb, "org@example.com", "Org");
    let dev = org_role(&sb, "Developer");
    let lead = org_role(&sb, "Tech Lead");

    run(env
        .odc(&sb)
        .args(["users", "roles", "add", &key, "Developer", "--org"]))
    .ok();
    assert_eq!(org_roles_of(&sb, &key), vec![dev.clone()]);
    assert!(app_roles_of(&sb, &key).is_empty());

    let out = run(env
        .odc(&sb)
        .args(["users", "roles", "list", &key, "--org", "-o", "json"]))
    .ok();
    let listed: Vec<String> = out
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["key"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(listed, vec![dev.clone()]);

    run(env
        .odc(&sb)
        .args(["-y", "users", "roles", "set", &key, &lead, "--org"]))
    .ok();
    assert_eq!(org_roles_of(&sb, &key), vec![lead.clone()]);

    run(env.odc(&sb).args([
        "users",
        "roles",
        "remove",
        "org@example.com",
        "Tech Lead",
        "--org",
    ]))
    .ok();
    assert!(org_roles_of(&sb, &key).is_empty());

    // --org with --app is a usage error.
    run(env.odc(&sb).args([
        "users",
        "roles",
        "add",
        &key,
        "Developer",
        "--org",
        "--app",
        "X",
    ]))
    .expect(2);
}
