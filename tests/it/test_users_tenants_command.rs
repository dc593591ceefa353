//! `users tenants` (Descope), with `users logout` and `users delete` of a
//! tenant's user.

use serde_json::json;

use crate::common::descope::{create, dsc_cmd, exists};
use crate::common::world::descope;
use crate::common::{Sandbox, TestEnv, descope_load as load, requests, run, told};

#[test]
fn tenants_list_add_remove_and_logout_and_delete() {
    let sb = Sandbox::start(&[]);
    let env = TestEnv::new();
    create(
        &env,
        &sb,
        &["--login-id", "ada", "--tenant", "T-acme:Viewer"],
    );
    run(dsc_cmd(&env, &sb).args(["users", "tenants", "add", "ada", "T-globex", "T-initech"])).ok();
    let list = run(dsc_cmd(&env, &sb).args(["users", "tenants", "list", "ada", "-o", "json"]))
        .ok()
        .json();
    let ids: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["tenantId"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["T-acme", "T-globex", "T-initech"]);
    assert_eq!(list[0]["roleNames"], json!(["Viewer"]));
    run(dsc_cmd(&env, &sb).args(["users", "tenants", "remove", "ada", "T-globex"])).ok();
    let u = load(&sb, "ada");
    assert_eq!(u["userTenants"].as_array().unwrap().len(), 2);
    let out = run(dsc_cmd(&env, &sb).args(["users", "tenants", "list", "ada"])).ok();
    assert!(
        out.stdout.contains("TENANT") && out.stdout.contains("Acme"),
        "{}",
        out.stdout
    );
    // An unknown tenant is not found in the project's tenants (exit 3),
    // before anything is written.
    let out =
        run(dsc_cmd(&env, &sb).args(["-v", "users", "tenants", "add", "ada", "T-nope"])).expect(3);
    assert!(
        out.stderr.contains("tenant \"T-nope\" not found"),
        "{}",
        out.stderr
    );
    assert!(
        !requests(&out.stderr).iter().any(|r| r.starts_with("POST")),
        "{}",
        out.stderr
    );

    let out = run(dsc_cmd(&env, &sb).args(["-v", "users", "logout", "ada"])).ok();
    assert!(
        requests(&out.stderr)
            .iter()
            .any(|r| r.ends_with("/v1/mgmt/user/logout"))
    );
    assert_eq!(told(&out.stderr), "Done: logout user ada\n");
    run(dsc_cmd(&env, &sb).args(["users", "logout", "nobody"])).expect(3);

    run(dsc_cmd(&env, &sb).args(["--dry-run", "users", "delete", "ada"])).ok();
    assert!(exists(&sb, "ada"));
    run(dsc_cmd(&env, &sb).args(["users", "delete", "ada"])).expect(2); // no terminal, no --yes
    run(dsc_cmd(&env, &sb).args(["users", "delete", "ada", "--yes"])).ok();
    assert!(!exists(&sb, "ada"));
    run(dsc_cmd(&env, &sb).args(["users", "delete", "ada", "--yes"])).expect(3);
    // ODC has no tenants or logout.
    let out = run(env.odc(&sb).args([
        "users",
        "tenants",
        "list",
        "00000000-0000-0000-0000-000000000000",
    ]))
    .expect(2);
    assert!(
        out.stderr
            .contains("`users tenants list` is not available on ODC"),
        "{}",
        out.stderr
    );
}

#[test]
fn descope_users_tenants_list() {
    descope().check(
        "descope_users_tenants_list",
        &["users", "tenants", "list", "eva.ferreira1@example.com"],
        0,
    );
}
