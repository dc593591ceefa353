//! Every Descope verb against `iamctl sandbox`, over real HTTP, with the
//! sandbox's own state checked afterwards through its management routes.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::common::{
    Sandbox, TestEnv, descope_load as load, descope_mgmt as mgmt, http, requests, run, told,
};

const PROJECT: &str = "P2sandboxDescopeProject000000";
const KEY: &str = "K2sandboxDescopeManagementKey000000000000000000000000000000000000000000";
/// A distinctive key for the secrecy test.
const SECRET_KEY: &str = "K2zzTOPSECRETmgmtKEYxyzzy1234567890abcdefghijklmnopqrstuvwxyzABCDEFGHIJ";

/// `iamctl` on the environment route against the sandbox's Descope project.
fn descope(env: &TestEnv, sb: &Sandbox) -> assert_cmd::Command {
    let mut c = env.cmd();
    c.env("IAMCTL_KIND", "descope")
        .env("DESCOPE_PROJECT_ID", PROJECT)
        .env("IAMCTL_BASE_URL", &sb.url)
        .env("IAMCTL_MANAGEMENT_KEY", KEY);
    c
}

fn exists(sb: &Sandbox, login: &str) -> bool {
    mgmt(sb, "GET", &format!("/v1/mgmt/user?loginId={login}"), None).0 == 200
}

fn first_login(sb: &Sandbox) -> String {
    let (_, page) = mgmt(
        sb,
        "POST",
        "/v2/mgmt/user/search",
        Some(json!({"limit": 1})),
    );
    page["users"][0]["loginIds"][0]
        .as_str()
        .unwrap()
        .to_string()
}

fn create(env: &TestEnv, sb: &Sandbox, args: &[&str]) -> Value {
    let mut full = vec!["users", "create"];
    full.extend_from_slice(args);
    full.extend_from_slice(&["-o", "json"]);
    // One outcome record; its `record` is Descope's answer (the new user).
    let out = run(descope(env, sb).args(&full)).ok().json();
    assert_eq!(out.as_array().map(Vec::len), Some(1), "{out}");
    assert_eq!(out[0]["result"], "created", "{out}");
    out[0]["record"].clone()
}

#[test]
fn list_pages_across_more_than_100_users() {
    let sb = Sandbox::start(&["--seed-users", "250"]);
    let env = TestEnv::new();
    // Default: one page of 100.
    let out = run(descope(&env, &sb).args(["users", "list", "-o", "json"])).ok();
    assert_eq!(out.json().as_array().unwrap().len(), 100);
    let out = run(descope(&env, &sb).args(["users", "list", "-L", "7", "-o", "json"])).ok();
    assert_eq!(out.json().as_array().unwrap().len(), 7);
    let out =
        run(descope(&env, &sb).args(["users", "list", "--limit", "130", "-o", "ndjson"])).ok();
    assert_eq!(out.lines().len(), 130);
    // --all: three pages, every user once, in the API's order.
    let out = run(descope(&env, &sb).args(["-v", "users", "list", "--all", "-o", "ndjson"])).ok();
    let users = out.ndjson();
    assert_eq!(users.len(), 250);
    let mut ids: Vec<&str> = users
        .iter()
        .map(|u| u["userId"].as_str().unwrap())
        .collect();
    ids.dedup();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 250, "duplicates in --all");
    let searches: Vec<String> = requests(&out.stderr);
    assert_eq!(searches.len(), 3, "{searches:?}");
    assert!(
        searches
            .iter()
            .all(|r| r.starts_with("POST ") && r.ends_with("/v2/mgmt/user/search"))
    );
    let (_, direct) = mgmt(
        &sb,
        "POST",
        "/v2/mgmt/user/search",
        Some(json!({"limit": 100, "page": 2})),
    );
    assert_eq!(users[200]["userId"], direct["users"][0]["userId"]);
    // Table output has the shared columns.
    let out = run(descope(&env, &sb).args(["users", "list", "-L", "2"])).ok();
    assert!(
        out.stdout.contains("USER ID") && out.stdout.contains("LOGIN IDS"),
        "{}",
        out.stdout
    );
}

#[test]
fn list_filters_map_to_the_search_body() {
    let sb = Sandbox::start(&["--seed-users", "120"]);
    let env = TestEnv::new();
    let all = run(descope(&env, &sb).args(["users", "list", "--all", "-o", "json"]))
        .ok()
        .json();
    let all = all.as_array().unwrap();
    let count = |f: &dyn Fn(&Value) -> bool| all.iter().filter(|u| f(u)).count();

    let out = run(descope(&env, &sb).args([
        "users", "list", "--all", "--status", "invited", "-o", "json",
    ]))
    .ok();
    let got = out.json().as_array().unwrap().clone();
    assert!(!got.is_empty());
    assert_eq!(got.len(), count(&|u| u["status"] == "invited"));

    let out =
        run(descope(&env, &sb).args(["users", "list", "--all", "--role", "Viewer", "-o", "json"]))
            .ok();
    let got = out.json().as_array().unwrap().clone();
    assert!(!got.is_empty());
    assert!(got.iter().all(|u| {
        u["roleNames"]
            .as_array()
            .unwrap()
            .contains(&json!("Viewer"))
    }));

    let out = run(
        descope(&env, &sb).args(["users", "list", "--all", "--tenant", "T-acme", "-o", "json"])
    )
    .ok();
    let got = out.json().as_array().unwrap().clone();
    assert!(!got.is_empty());
    assert!(
        got.iter()
            .all(|u| u["userTenants"].to_string().contains("T-acme"))
    );

    let email = all[5]["email"].as_str().unwrap();
    let out = run(descope(&env, &sb).args(["users", "list", "--email", email, "-o", "json"])).ok();
    assert_eq!(out.json().as_array().unwrap().len(), 1);

    let out = run(descope(&env, &sb).args([
        "users", "list", "--all", "--search", "ferreira", "-o", "json",
    ]))
    .ok();
    let got = out.json().as_array().unwrap().clone();
    assert_eq!(
        got.len(),
        count(&|u| u["email"].as_str().unwrap().contains("ferreira"))
    );

    // Test users are apart: only with --test-users.
    create(&env, &sb, &["--login-id", "robot-1", "--test-user"]);
    let out =
        run(descope(&env, &sb).args(["users", "list", "--all", "--test-users", "-o", "json"])).ok();
    let got = out.json().as_array().unwrap().clone();
    assert_eq!(got.len(), 1);
    assert_eq!(got[0]["loginIds"][0], "robot-1");
    let out = run(descope(&env, &sb).args(["users", "list", "--all", "-o", "json"])).ok();
    assert_eq!(out.json().as_array().unwrap().len(), 120);

    let out = run(descope(&env, &sb).args(["users", "list", "--filter", "x"])).expect(2);
    assert!(
        out.stderr.contains("not available on Descope"),
        "{}",
        out.stderr
    );
}

#[test]
fn get_by_login_id_user_id_or_email_keeps_upper_case_keys() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    create(
        &env,
        &sb,
        &[
            "--login-id",
            "ada",
            "--email",
            "ada@example.com",
            "--name",
            "Ada",
        ],
    );
    let by_login = run(descope(&env, &sb).args(["users", "get", "ada", "-o", "json"]))
        .ok()
        .json();
    assert_eq!(by_login["email"], "ada@example.com");
    for key in ["TOTP", "SAML", "SCIM", "OAuth"] {
        assert!(by_login.get(key).is_some(), "{key} missing: {by_login}");
    }
    let id = by_login["userId"].as_str().unwrap();
    let by_id = run(descope(&env, &sb).args(["users", "get", id, "-o", "json"]))
        .ok()
        .json();
    assert_eq!(by_id, by_login);
    // An e-mail that is not a login id: one search more.
    let by_email =
        run(descope(&env, &sb).args(["-v", "users", "get", "ada@example.com", "-o", "json"])).ok();
    assert_eq!(by_email.json()["userId"], by_login["userId"]);
    assert_eq!(requests(&by_email.stderr).len(), 2);
}

#[test]
fn create_with_every_field_and_invite() {
    let sb = Sandbox::start(&[]);
    let env = TestEnv::new();
    let u = create(
        &env,
        &sb,
        &[
            "--login-id",
            "grace",
            "--email",
            "grace@example.com",
            "--phone",
            "+15551234567",
            "--name",
            "Grace Hopper",
            "--given-name",
            "Grace",
            "--middle-name",
            "Brewster",
            "--family-name",
            "Hopper",
            "--role",
            "Editor",
            "--role",
            "Viewer",
            "--tenant",
            "T-acme:Tenant Admin,Viewer",
            "--tenant",
            "T-globex",
            "--attr",
            "dept=Navy",
            "--attr",
            "rank=7",
            "--picture",
            "https://example.com/g.png",
            "--verified-email",
            "--verified-phone=false",
        ],
    );
    assert_eq!(u["loginIds"], json!(["grace"]));
    let s = load(&sb, "grace");
    assert_eq!(s["phone"], "+15551234567");
    assert_eq!(s["name"], "Grace Hopper");
    assert_eq!(s["middleName"], "Brewster");
    assert_eq!(s["roleNames"], json!(["Editor", "Viewer"]));
    assert_eq!(s["userTenants"][0]["tenantId"], "T-acme");
    assert_eq!(
        s["userTenants"][0]["roleNames"],
        json!(["Tenant Admin", "Viewer"])
    );
    assert_eq!(s["userTenants"][1]["tenantId"], "T-globex");
    assert_eq!(s["customAttributes"], json!({"dept": "Navy", "rank": 7}));
    assert_eq!(s["picture"], "https://example.com/g.png");
    assert_eq!(s["verifiedEmail"], true);
    assert_eq!(s["verifiedPhone"], false);
    assert_eq!(s["status"], "enabled");

    // Login id defaults to the e-mail; no name needed.
    create(&env, &sb, &["--email", "linus@example.com"]);
    assert!(exists(&sb, "linus@example.com"));

    // Invite: created invited, with the delivery options in the body.
    let dry = run(descope(&env, &sb).args([
        "--dry-run",
        "users",
        "invite",
        "--email",
        "kay@example.com",
        "--send-mail",
        "--send-sms=false",
        "--invite-url",
        "https://app.example.com/invite",
    ]))
    .ok();
    let line = dry.stdout.trim();
    assert!(
        line.starts_with("POST ") && line.contains("/v1/mgmt/user/create "),
        "{line}"
    );
    let body: Value =
        serde_json::from_str(line.split_once(' ').unwrap().1.split_once(' ').unwrap().1).unwrap();
    assert_eq!(body["invite"], true);
    assert_eq!(body["sendMail"], true);
    assert_eq!(body["sendSMS"], false);
    assert_eq!(body["inviteUrl"], "https://app.example.com/invite");
    assert!(!exists(&sb, "kay@example.com"), "dry run created the user");
    let out = run(descope(&env, &sb).args([
        "users",
        "invite",
        "--email",
        "kay@example.com",
        "--send-mail",
        "-o",
        "json",
    ]))
    .ok();
    assert_eq!(out.json()[0]["result"], "created");
    assert_eq!(out.json()[0]["change"]["op"], "invite");
    assert_eq!(out.json()[0]["record"]["status"], "invited");
    assert!(
        out.stderr.contains("note: Descope sends the invitation"),
        "{}",
        out.stderr
    );

    // ODC-only and Descope-only flags are refused on the other platform.
    let out = run(descope(&env, &sb).args([
        "users",
        "create",
        "--email",
        "x@example.com",
        "--builtin-idp",
    ]))
    .expect(2);
    assert!(
        out.stderr
            .contains("`users create --builtin-idp` is not available on Descope"),
        "{}",
        out.stderr
    );
    let out = run(env.odc(&sb).args([
        "users",
        "create",
        "--email",
        "x@example.com",
        "--name",
        "X",
        "--phone",
        "1",
    ]))
    .expect(2);
    assert!(
        out.stderr
            .contains("`users create --phone` is not available on ODC"),
        "{}",
        out.stderr
    );
}

#[test]
fn patch_sends_only_the_given_fields_and_keeps_the_rest() {
    let sb = Sandbox::start(&[]);
    let env = TestEnv::new();
    create(
        &env,
        &sb,
        &[
            "--login-id",
            "ada",
            "--email",
            "ada@example.com",
            "--phone",
            "+15550000001",
            "--name",
            "Ada",
            "--role",
            "Editor",
            "--tenant",
            "T-acme:Viewer",
            "--attr",
            "dept=Math",
            "--attr",
            "era=1840",
        ],
    );
    let before = load(&sb, "ada");
    let out = run(descope(&env, &sb).args([
        "-vv",
        "users",
        "patch",
        "ada",
        "--family-name",
        "King",
        "--attr",
        "era=1843",
    ]))
    .ok();
    let reqs = requests(&out.stderr);
    assert!(
        reqs.iter()
            .any(|r| r.starts_with("PATCH ") && r.ends_with("/v1/mgmt/user/patch")),
        "{reqs:?}"
    );
    assert!(
        !reqs.iter().any(|r| r.ends_with("/v1/mgmt/user/update")),
        "patch used the replace route: {reqs:?}"
    );
    let sent = out
        .stderr
        .lines()
        .find(|l| l.starts_with("> {") && l.contains("familyName"))
        .unwrap();
    assert!(
        !sent.contains("phone") && !sent.contains("roleNames"),
        "patch sent more than given: {sent}"
    );
    let after = load(&sb, "ada");
    assert_eq!(after["familyName"], "King");
    assert_eq!(
        after["customAttributes"],
        json!({"dept": "Math", "era": 1843})
    );
    for k in [
        "email",
        "phone",
        "name",
        "roleNames",
        "userTenants",
        "status",
        "userId",
        "loginIds",
    ] {
        assert_eq!(after[k], before[k], "{k} changed");
    }

    // --active/--inactive map to Descope's status.
    run(descope(&env, &sb).args(["users", "patch", "ada", "--inactive"])).ok();
    assert_eq!(load(&sb, "ada")["status"], "disabled");

    // --dry-run prints the PATCH and sends nothing.
    let out = run(descope(&env, &sb).args([
        "--dry-run",
        "users",
        "patch",
        "ada",
        "--phone",
        "+15559999999",
    ]))
    .ok();
    assert!(
        out.stdout.starts_with("PATCH ") && out.stdout.contains("\"phone\":\"+15559999999\""),
        "{}",
        out.stdout
    );
    assert_eq!(load(&sb, "ada")["phone"], "+15550000001");

    // --json is sent as given.
    run(descope(&env, &sb).args([
        "users",
        "patch",
        "ada",
        "--json",
        r#"{"middleName":"Byron"}"#,
    ]))
    .ok();
    assert_eq!(load(&sb, "ada")["middleName"], "Byron");
    assert_eq!(load(&sb, "ada")["phone"], "+15550000001");

    let out = run(descope(&env, &sb).args(["users", "patch", "ada"])).expect(2);
    assert!(out.stderr.contains("nothing to change"));
}

#[test]
fn replace_loads_first_so_nothing_is_lost() {
    let sb = Sandbox::start(&[]);
    let env = TestEnv::new();
    create(
        &env,
        &sb,
        &[
            "--login-id",
            "ada",
            "--email",
            "ada@example.com",
            "--phone",
            "+15550000001",
            "--role",
            "Editor",
            "--tenant",
            "T-acme:Viewer",
            "--attr",
            "dept=Math",
            "--verified-email",
        ],
    );
    let before = load(&sb, "ada");
    // The trap, as the sandbox plays it: the replace route clears what is left out.
    create(
        &env,
        &sb,
        &["--login-id", "trap", "--phone", "+15550000009"],
    );
    let (status, _) = mgmt(
        &sb,
        "POST",
        "/v1/mgmt/user/update",
        Some(json!({"loginId": "trap", "email": "t@example.com"})),
    );
    assert_eq!(status, 200);
    assert!(
        load(&sb, "trap").get("phone").is_none(),
        "update kept a field it was not given"
    );

    let out = run(descope(&env, &sb).args([
        "-v",
        "users",
        "patch",
        "ada",
        "--replace",
        "--email",
        "ada@lovelace.org",
    ]))
    .ok();
    // `patch` reads the user first (what is already so sends nothing),
    // and --replace loads the record it completes: two GETs, then one POST.
    let reqs = requests(&out.stderr);
    assert_eq!(reqs.len(), 3, "{reqs:?}");
    assert!(
        reqs[0].starts_with("GET ")
            && reqs[1].starts_with("GET ")
            && reqs[2].starts_with("POST ")
            && reqs[2].ends_with("/v1/mgmt/user/update"),
        "{reqs:?}"
    );
    let after = load(&sb, "ada");
    assert_eq!(after["email"], "ada@lovelace.org");
    for k in [
        "phone",
        "roleNames",
        "userTenants",
        "customAttributes",
        "verifiedEmail",
        "loginIds",
        "status",
    ] {
        assert_eq!(after[k], before[k], "{k} lost by --replace");
    }
    // Replace on ODC is refused.
    let out = run(env.odc(&sb).args([
        "users",
        "patch",
        "x@example.com",
        "--name",
        "X",
        "--replace",
    ]))
    .expect(2);
    assert!(
        out.stderr
            .contains("`users patch --replace` is not available on ODC"),
        "{}",
        out.stderr
    );
}

#[test]
fn set_each_attribute() {
    let sb = Sandbox::start(&[]);
    let env = TestEnv::new();
    create(
        &env,
        &sb,
        &[
            "--login-id",
            "ada",
            "--email",
            "ada@example.com",
            "--phone",
            "+15550000001",
            "--attr",
            "dept=Math",
        ],
    );
    let set = |attr: &str, value: &str| {
        run(descope(&env, &sb).args(["users", "set", "ada", attr, value])).ok();
    };
    set("status", "disabled");
    assert_eq!(load(&sb, "ada")["status"], "disabled");
    set("status", "enabled");
    set("email", "ada@lovelace.org");
    set("phone", "+15550000002");
    set("name", "Ada King");
    set("given-name", "Augusta");
    set("family-name", "King");
    set("picture", "https://example.com/a.png");
    set("attr.Era", "1843");
    let u = load(&sb, "ada");
    assert_eq!(u["status"], "enabled");
    assert_eq!(u["email"], "ada@lovelace.org");
    assert_eq!(u["phone"], "+15550000002");
    assert_eq!(u["name"], "Ada King");
    assert_eq!(u["givenName"], "Augusta");
    assert_eq!(u["familyName"], "King");
    assert_eq!(u["picture"], "https://example.com/a.png");
    assert_eq!(u["customAttributes"], json!({"dept": "Math", "Era": 1843}));
    set("login-id", "countess");
    assert!(exists(&sb, "countess") && !exists(&sb, "ada"));

    let out = run(descope(&env, &sb).args(["users", "set", "countess", "shoe", "42"])).expect(2);
    assert!(out.stderr.contains("attr.KEY"), "{}", out.stderr);
    let out =
        run(descope(&env, &sb).args(["users", "set", "countess", "status", "sleepy"])).expect(2);
    assert!(
        out.stderr
            .contains("status \"sleepy\" is not available on Descope"),
        "{}",
        out.stderr
    );
}

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
        let v = run(descope(&env, &sb).args(&full)).ok().json();
        v.as_array()
            .unwrap()
            .iter()
            .map(|r| r["name"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(roles(&[]), ["Editor"]);
    assert_eq!(roles(&["--tenant", "T-acme"]), ["Viewer"]);

    let out = run(descope(&env, &sb).args([
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

    run(descope(&env, &sb).args(["users", "roles", "add", "ada", "Viewer"])).ok();
    assert_eq!(roles(&[]), ["Editor", "Viewer"]);
    run(descope(&env, &sb).args(["users", "roles", "remove", "ada", "Editor"])).ok();
    assert_eq!(roles(&[]), ["Viewer"]);
    run(descope(&env, &sb).args([
        "users", "roles", "set", "ada", "Auditor", "--tenant", "T-acme", "--yes",
    ]))
    .ok();
    assert_eq!(roles(&["--tenant", "T-acme"]), ["Auditor"]);
    assert_eq!(roles(&[]), ["Viewer"]);
    let u = load(&sb, "ada");
    assert_eq!(u["userTenants"][0]["roleNames"], json!(["Auditor"]));

    // Not in that tenant: not found; ODC-only scopes refused.
    run(descope(&env, &sb).args(["users", "roles", "list", "ada", "--tenant", "T-globex"]))
        .expect(3);
    let out =
        run(descope(&env, &sb).args(["users", "roles", "add", "ada", "X", "--org"])).expect(2);
    assert!(
        out.stderr
            .contains("`users roles add --org` is not available on Descope"),
        "{}",
        out.stderr
    );
    // No groups on Descope.
    let out = run(descope(&env, &sb).args(["users", "groups", "list", "ada"])).expect(2);
    assert!(
        out.stderr.contains("Descope has no groups"),
        "{}",
        out.stderr
    );
}

#[test]
fn tenants_list_add_remove_and_logout_and_delete() {
    let sb = Sandbox::start(&[]);
    let env = TestEnv::new();
    create(
        &env,
        &sb,
        &["--login-id", "ada", "--tenant", "T-acme:Viewer"],
    );
    run(descope(&env, &sb).args(["users", "tenants", "add", "ada", "T-globex", "T-initech"])).ok();
    let list = run(descope(&env, &sb).args(["users", "tenants", "list", "ada", "-o", "json"]))
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
    run(descope(&env, &sb).args(["users", "tenants", "remove", "ada", "T-globex"])).ok();
    let u = load(&sb, "ada");
    assert_eq!(u["userTenants"].as_array().unwrap().len(), 2);
    let out = run(descope(&env, &sb).args(["users", "tenants", "list", "ada"])).ok();
    assert!(
        out.stdout.contains("TENANT") && out.stdout.contains("Acme"),
        "{}",
        out.stdout
    );
    // An unknown tenant is not found in the project's tenants (exit 3),
    // before anything is written.
    let out =
        run(descope(&env, &sb).args(["-v", "users", "tenants", "add", "ada", "T-nope"])).expect(3);
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

    let out = run(descope(&env, &sb).args(["-v", "users", "logout", "ada"])).ok();
    assert!(
        requests(&out.stderr)
            .iter()
            .any(|r| r.ends_with("/v1/mgmt/user/logout"))
    );
    assert_eq!(told(&out.stderr), "Done: logout user ada\n");
    run(descope(&env, &sb).args(["users", "logout", "nobody"])).expect(3);

    run(descope(&env, &sb).args(["--dry-run", "users", "delete", "ada"])).ok();
    assert!(exists(&sb, "ada"));
    run(descope(&env, &sb).args(["users", "delete", "ada"])).expect(2); // no terminal, no --yes
    run(descope(&env, &sb).args(["users", "delete", "ada", "--yes"])).ok();
    assert!(!exists(&sb, "ada"));
    run(descope(&env, &sb).args(["users", "delete", "ada", "--yes"])).expect(3);
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
fn error_paths_map_to_exit_codes() {
    let sb = Sandbox::start(&["--seed-users", "3"]);
    let env = TestEnv::new();
    let login = first_login(&sb);
    // Wrong key: 401 with Descope's error body → exit 4.
    let out = run(descope(&env, &sb)
        .env("IAMCTL_MANAGEMENT_KEY", "Kwrong")
        .args(["users", "get", &login]))
    .expect(4);
    assert!(
        out.stderr.contains("E011401") && out.stderr.contains("HTTP 401"),
        "{}",
        out.stderr
    );
    let out = run(descope(&env, &sb)
        .env("IAMCTL_MANAGEMENT_KEY", "Kwrong")
        .args(["-o", "json", "users", "list"]))
    .expect(4);
    let err: Value = serde_json::from_str(out.stderr.trim()).unwrap();
    assert_eq!(err["api"]["status"], 401);
    // Wrong project too.
    run(descope(&env, &sb)
        .env("DESCOPE_PROJECT_ID", "P2other")
        .args(["users", "get", &login]))
    .expect(4);
    // Not found → 3 (whatever the HTTP status), exists → 5.
    let out = run(descope(&env, &sb).args(["users", "get", "nobody"])).expect(3);
    assert!(
        out.stderr.contains("E112102") && out.stderr.contains("User not found"),
        "{}",
        out.stderr
    );
    run(descope(&env, &sb).args(["users", "patch", "nobody", "--name", "x"])).expect(3);
    run(descope(&env, &sb).args(["users", "set", "nobody", "status", "disabled"])).expect(3);
    run(descope(&env, &sb).args(["users", "roles", "add", "nobody", "Viewer"])).expect(3);
    let out = run(descope(&env, &sb).args(["users", "create", "--login-id", &login])).expect(5);
    assert!(
        out.stderr.contains("E062107") && out.stderr.contains("hint:"),
        "{}",
        out.stderr
    );
    // No key at all / no project.
    let out = run(descope(&env, &sb)
        .env_remove("IAMCTL_MANAGEMENT_KEY")
        .args(["users", "get", &login]))
    .expect(4);
    assert!(
        out.stderr.contains("IAMCTL_MANAGEMENT_KEY"),
        "{}",
        out.stderr
    );
    let out = run(descope(&env, &sb)
        .env_remove("DESCOPE_PROJECT_ID")
        .args(["users", "get", &login]))
    .expect(2);
    assert!(out.stderr.contains("project ID"), "{}", out.stderr);
    // DESCOPE_MANAGEMENT_KEY and IAMCTL_PROJECT_ID work too.
    run(descope(&env, &sb)
        .env_remove("IAMCTL_MANAGEMENT_KEY")
        .env_remove("DESCOPE_PROJECT_ID")
        .env("DESCOPE_MANAGEMENT_KEY", KEY)
        .env("IAMCTL_PROJECT_ID", PROJECT)
        .args(["users", "get", &login]))
    .ok();
    // Plain http to a non-loopback host is refused before sending.
    let out = run(descope(&env, &sb)
        .env("IAMCTL_BASE_URL", "http://api.example.com")
        .args(["users", "get", &login]))
    .expect(2);
    assert!(out.stderr.contains("refusing http://"), "{}", out.stderr);
}

#[test]
fn rate_limit_wait_recovers_then_gives_up_with_6() {
    let sb = Sandbox::start(&["--vendor-limits", "--rate-window", "3"]);
    let env = TestEnv::new();
    // Spend the project's create budget (100 per window) directly, until
    // the sandbox answers 429.
    let client = http();
    let mut limited = None;
    for i in 0..300 {
        let resp = client
            .post(format!("{}/v1/mgmt/user/create", sb.url))
            .bearer_auth(format!("{PROJECT}:{KEY}"))
            .json(&json!({"loginId": format!("burst{i}")}))
            .send()
            .unwrap();
        if resp.status().as_u16() == 429 {
            let ra = resp.headers()["retry-after"].to_str().unwrap().to_string();
            let body: Value = resp.json().unwrap();
            limited = Some((i, ra, body));
            break;
        }
    }
    let (i, ra, body) = limited.expect("creates were never limited");
    assert!(i >= 100, "limited after {i} creates");
    assert!(
        ra.parse::<u64>().is_ok_and(|s| (1..=3).contains(&s)),
        "Retry-After {ra:?} is not integer seconds"
    );
    assert_eq!(body["errorCode"], "E130429");
    // The CLI waits as told and succeeds.
    let t0 = Instant::now();
    let out = run(descope(&env, &sb).args(["-v", "users", "create", "--login-id", "patient"])).ok();
    assert!(
        out.stderr.contains("429") && out.stderr.contains("retry-after"),
        "{}",
        out.stderr
    );
    assert!(t0.elapsed() >= Duration::from_millis(300), "did not wait");
    assert!(exists(&sb, "patient"));

    // Searches have their own budget (200); once spent, a short --max-wait gives up with 6.
    let sb = Sandbox::start(&["--vendor-limits", "--rate-window", "60"]);
    for _ in 0..200 {
        let (s, _) = mgmt(
            &sb,
            "POST",
            "/v2/mgmt/user/search",
            Some(json!({"limit": 1})),
        );
        assert_eq!(s, 200);
    }
    // Creates are still allowed: the buckets are apart.
    create(&env, &sb, &["--login-id", "still-ok"]);
    let out = run(descope(&env, &sb).args(["--max-wait", "0.5", "users", "list"])).expect(6);
    assert!(
        out.stderr.contains("E130429") && out.stderr.contains("rate limited"),
        "{}",
        out.stderr
    );
}
#[test]
fn client_pacing_spreads_requests_when_asked() {
    let sb = Sandbox::start(&["--seed-users", "450"]);
    let env = TestEnv::new();
    // 5 search pages at 2 per 1 s window: the fifth waits for the third window.
    let t0 = Instant::now();
    let out = run(descope(&env, &sb).args([
        "-v",
        "--rate",
        "2",
        "--rate-window",
        "1",
        "users",
        "list",
        "--all",
        "-o",
        "ndjson",
    ]))
    .ok();
    assert_eq!(out.lines().len(), 450);
    assert!(
        t0.elapsed() >= Duration::from_millis(1900),
        "not paced: {:?}",
        t0.elapsed()
    );
    assert!(
        out.stderr.contains("Descope user search rate window"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains(" 0 answered 429"), "{}", out.stderr);
}

#[test]
fn secrets_never_printed() {
    let sb = Sandbox::start(&["--seed-users", "3", "--descope-management-key", SECRET_KEY]);
    let env = TestEnv::new();
    let login = first_login_with(&sb);
    let cmd = || {
        let mut c = descope(&env, &sb);
        c.env("IAMCTL_MANAGEMENT_KEY", SECRET_KEY);
        c
    };
    let runs: Vec<Vec<&str>> = vec![
        vec!["-vv", "users", "list", "--all"],
        vec!["-vv", "users", "get", &login, "-o", "json"],
        vec![
            "-vv",
            "users",
            "create",
            "--login-id",
            "s1",
            "--email",
            "s1@example.com",
        ],
        vec!["-vv", "users", "invite", "--login-id", "s2", "--send-mail"],
        vec!["-vv", "users", "patch", "s1", "--phone", "+15550000000"],
        vec!["-vv", "users", "patch", "s1", "--replace", "--name", "S"],
        vec!["-vv", "users", "set", "s1", "attr.x", "1"],
        vec!["-vv", "users", "roles", "add", "s1", "Viewer"],
        vec!["-vv", "users", "tenants", "add", "s1", "T-acme"],
        vec!["-vv", "users", "logout", "s1"],
        vec!["-vv", "--dry-run", "users", "delete", "s1"],
        vec!["-vv", "users", "delete", "s1", "s2", "--yes"],
        vec!["-vv", "users", "get", "nobody"],
        vec!["-vv", "profile", "test"],
        vec!["-vv", "api", "GET", "user?loginId=nobody"],
    ];
    for args in runs {
        let out = run(cmd().args(&args));
        for (name, text) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
            assert!(
                !text.contains(SECRET_KEY) && !text.contains("TOPSECRET"),
                "{args:?} printed the key on {name}:\n{text}"
            );
        }
        assert!(
            out.code == 0 || out.code == 3,
            "{args:?}: {}\n{}",
            out.code,
            out.stderr
        );
    }
    // A wrong key is refused without echoing what was presented.
    let out = run(descope(&env, &sb)
        .env("IAMCTL_MANAGEMENT_KEY", "KwrongTOPSECRETwrong")
        .args(["-vv", "users", "get", &login]))
    .expect(4);
    assert!(!out.stderr.contains("TOPSECRET"), "{}", out.stderr);
    assert!(
        out.stderr.contains("authorization: Bearer ***"),
        "{}",
        out.stderr
    );
}

fn first_login_with(sb: &Sandbox) -> String {
    let resp = http()
        .post(format!("{}/v2/mgmt/user/search", sb.url))
        .bearer_auth(format!("{PROJECT}:{SECRET_KEY}"))
        .json(&json!({"limit": 1}))
        .send()
        .unwrap();
    let v: Value = resp.json().unwrap();
    v["users"][0]["loginIds"][0].as_str().unwrap().to_string()
}

#[test]
fn builtin_profile_keeps_state_across_invocations() {
    let env = TestEnv::new();
    let out = run(env.cmd().args([
        "-p",
        "sandbox-descope",
        "users",
        "create",
        "--login-id",
        "tess",
        "--role",
        "Editor",
        "-o",
        "json",
    ]))
    .ok();
    let rec = &out.json()[0];
    assert_eq!(rec["result"], "created", "{rec}");
    let id = rec["record"]["userId"].as_str().unwrap().to_string();
    let out = run(env.cmd().args([
        "-p",
        "sandbox-descope",
        "users",
        "get",
        "tess",
        "-o",
        "json",
    ]))
    .ok();
    assert_eq!(out.json()["userId"], id.as_str());
    assert_eq!(out.json()["roleNames"], json!(["Editor"]));
    // Seeded like the ODC twin, and the profile test passes.
    let out = run(env.cmd().args([
        "-p",
        "sandbox-descope",
        "users",
        "list",
        "--all",
        "-o",
        "ndjson",
    ]))
    .ok();
    assert_eq!(out.lines().len(), 51);
    let out = run(env.cmd().args(["-p", "sandbox-descope", "profile", "test"])).ok();
    assert!(out.stdout.contains("management API ok"), "{}", out.stdout);
    // The ODC twin still works beside it.
    run(env
        .cmd()
        .args(["-p", "sandbox", "users", "list", "-L", "1"]))
    .ok();
}

#[test]
fn base_url_is_derived_from_the_project_region() {
    let env = TestEnv::new();
    let dry = |project: &str| {
        let out = run(env
            .cmd()
            .env("IAMCTL_KIND", "descope")
            .env("DESCOPE_PROJECT_ID", project)
            .env("IAMCTL_MANAGEMENT_KEY", "K1")
            .args(["--dry-run", "users", "delete", "someone", "--yes"]))
        .ok();
        out.stdout
    };
    assert!(
        dry("P2abcdefghijklmnopqrstuvwxyz0")
            .starts_with("POST https://api.descope.com/v1/mgmt/user/delete ")
    );
    assert!(
        dry("Peuc12abcdefghijklmnopqrstuvwxyz0")
            .starts_with("POST https://api.euc1.descope.com/v1/mgmt/user/delete ")
    );
    let out = run(env
        .cmd()
        .env("IAMCTL_KIND", "descope")
        .env("DESCOPE_PROJECT_ID", "Peuc12abcdefghijklmnopqrstuvwxyz0")
        .env("DESCOPE_BASE_URL", "https://eu.example.com")
        .env("IAMCTL_MANAGEMENT_KEY", "K1")
        .args(["--dry-run", "users", "logout", "someone"]))
    .ok();
    assert!(
        out.stdout
            .starts_with("POST https://eu.example.com/v1/mgmt/user/logout "),
        "{}",
        out.stdout
    );
}

// ----- users import: POST /v1/mgmt/user/create/batch -----

const BATCH_DOMAIN: &str = "@batch.example.com";

fn batch_email(i: usize) -> String {
    format!("user{i:04}{BATCH_DOMAIN}")
}

/// Rows 1..=n as CSV lines (no header), good unless `bad` replaces them.
fn batch_csv(n: usize, bad: &[(usize, String)]) -> String {
    let mut s = String::from("email,name,active\n");
    for i in 1..=n {
        match bad.iter().find(|(b, _)| *b == i) {
            Some((_, line)) => s.push_str(line),
            None => s.push_str(&format!("{},User {i},true", batch_email(i))),
        }
        s.push('\n');
    }
    s
}

fn write_file(env: &TestEnv, name: &str, text: &str) -> String {
    let p = env.path().join(name);
    std::fs::write(&p, text).unwrap();
    p.to_string_lossy().into_owned()
}

fn read_results(path: &str) -> std::collections::BTreeMap<u64, Value> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .map(|r| (r["row"].as_u64().unwrap(), r))
        .collect()
}

/// Login ids of our domain in the sandbox → how many users hold each
/// (listed through `iamctl`, which rides out injected faults).
fn batch_users(env: &TestEnv, sb: &Sandbox) -> std::collections::BTreeMap<String, usize> {
    let out = run(descope(env, sb).args(["users", "list", "--all", "-o", "ndjson"])).ok();
    let mut m = std::collections::BTreeMap::new();
    for u in out.ndjson() {
        for l in u["loginIds"].as_array().unwrap() {
            let l = l.as_str().unwrap().to_lowercase();
            if l.ends_with(BATCH_DOMAIN) {
                *m.entry(l).or_insert(0) += 1;
            }
        }
    }
    m
}

#[track_caller]
fn assert_each_once(got: &std::collections::BTreeMap<String, usize>, want: &[usize]) {
    let dups: Vec<_> = got.iter().filter(|(_, c)| **c > 1).collect();
    assert!(dups.is_empty(), "duplicates: {dups:?}");
    let want: std::collections::BTreeSet<String> = want.iter().map(|i| batch_email(*i)).collect();
    let have: std::collections::BTreeSet<String> = got.keys().cloned().collect();
    assert_eq!(have, want);
}

fn batch_posts(stderr: &str) -> (usize, usize) {
    let reqs = requests(stderr);
    let batch = reqs
        .iter()
        .filter(|r| r.starts_with("POST ") && r.ends_with("/v1/mgmt/user/create/batch"))
        .count();
    (batch, reqs.len())
}

#[test]
fn import_250_rows_in_three_batch_requests_then_again_unchanged() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    // Row 7's user is already there before the first import.
    let (s, _) = mgmt(
        &sb,
        "POST",
        "/v1/mgmt/user/create",
        Some(json!({"loginId": batch_email(7), "email": batch_email(7)})),
    );
    assert_eq!(s, 200);
    let bad = [
        (100, "not-an-email,Bad One,true".to_string()),
        (200, format!("{},User 200,maybe", batch_email(200))),
    ];
    let file = write_file(&env, "users.csv", &batch_csv(250, &bad));
    let res = env.path().join("r1.ndjson").to_string_lossy().into_owned();
    let out =
        run(descope(&env, &sb).args(["-v", "users", "import", &file, "--results", &res])).expect(7);
    assert!(
        out.stderr.contains("247 created")
            && out.stderr.contains("1 unchanged")
            && out.stderr.contains("2 failed"),
        "{}",
        out.stderr
    );
    // 248 rows sent: batches of 100, 100 and 48; nothing else.
    assert_eq!(batch_posts(&out.stderr), (3, 3), "{}", out.stderr);
    let rs = read_results(&res);
    assert_eq!(rs.len(), 250, "one result per row");
    assert_eq!(*rs.keys().next().unwrap(), 1);
    assert_eq!(*rs.keys().last().unwrap(), 250);
    for (n, r) in &rs {
        let n = *n as usize;
        match n {
            100 => {
                assert_eq!(r["action"], "failed");
                assert_eq!(r["error_code"], "InvalidEmail", "{r}");
            }
            200 => {
                assert_eq!(r["action"], "failed");
                assert_eq!(r["error_code"], "InvalidValue", "{r}");
                assert!(r["message"].as_str().unwrap().contains("maybe"), "{r}");
            }
            7 => {
                assert_eq!(r["action"], "unchanged", "{r}");
                assert_eq!(r["error_code"], "E062107", "{r}");
                assert_eq!(r["identity"], batch_email(7));
            }
            _ => {
                assert_eq!(r["action"], "created", "{r}");
                assert_eq!(r["identity"], batch_email(n));
                assert_eq!(r["status"], 200, "{r}");
                let key = r["key"].as_str().unwrap();
                assert!(key.starts_with('U') && key.len() == 28, "{r}");
                // The key is that user's id.
                assert_eq!(load(&sb, &batch_email(n))["userId"], key);
            }
        }
    }
    let good: Vec<usize> = (1..=250).filter(|i| ![100, 200].contains(i)).collect();
    assert_each_once(&batch_users(&env, &sb), &good);
    assert_eq!(load(&sb, &batch_email(42))["name"], "User 42");

    // The same file again: nothing created, every good row unchanged, the
    // two bad rows fail as before (exit 7), still 3 requests.
    let res2 = env.path().join("r2.ndjson").to_string_lossy().into_owned();
    let out = run(descope(&env, &sb).args(["-v", "users", "import", &file, "--results", &res2]))
        .expect(7);
    assert!(
        out.stderr.contains("Done: 248 unchanged, 2 failed") && !out.stderr.contains("created"),
        "{}",
        out.stderr
    );
    assert_eq!(batch_posts(&out.stderr), (3, 3), "{}", out.stderr);
    let rs = read_results(&res2);
    assert_eq!(rs.len(), 250);
    assert!(
        rs.iter().all(|(n, r)| r["action"]
            == if [100, 200].contains(n) {
                "failed"
            } else {
                "unchanged"
            }),
        "{rs:?}"
    );
    assert_each_once(&batch_users(&env, &sb), &good);

    // Without the bad rows, a repeat is a clean no-op: exit 0.
    let clean = write_file(&env, "clean.csv", &{
        let mut s = String::from("email,name,active\n");
        for i in &good {
            s.push_str(&format!("{},User {i},true\n", batch_email(*i)));
        }
        s
    });
    let res3 = env.path().join("r3.ndjson").to_string_lossy().into_owned();
    let out = run(descope(&env, &sb).args(["users", "import", &clean, "--results", &res3])).ok();
    assert!(out.stderr.contains("248 unchanged"), "{}", out.stderr);
    assert!(
        read_results(&res3)
            .values()
            .all(|r| r["action"] == "unchanged")
    );
    assert_each_once(&batch_users(&env, &sb), &good);

    // --dry-run sends nothing.
    let out = run(descope(&env, &sb).args(["-v", "--dry-run", "users", "import", &clean])).ok();
    assert_eq!(batch_posts(&out.stderr), (0, 0), "{}", out.stderr);
}

#[test]
fn import_under_fail_rate_creates_every_good_row_exactly_once() {
    // Seed 7 fails the 1st, 2nd and 6th calls: some batch is retried.
    let sb = Sandbox::start(&[
        "--seed-users",
        "5",
        "--fail-rate",
        "0.2",
        "--fault-seed",
        "7",
    ]);
    let env = TestEnv::new();
    let bad = [(30, "nobody,Bad,true".to_string())];
    let file = write_file(&env, "users.csv", &batch_csv(250, &bad));
    let res = env.path().join("r.ndjson").to_string_lossy().into_owned();
    let out =
        run(descope(&env, &sb).args(["-v", "users", "import", &file, "--results", &res])).expect(7);
    assert!(
        out.stderr.contains("249 created") && out.stderr.contains("1 failed"),
        "{}",
        out.stderr
    );
    // Every attempt is a batch POST (a refused one is retried as it was).
    let (batch, all) = batch_posts(&out.stderr);
    assert_eq!(batch, all, "{}", out.stderr);
    let retries = out.stderr.matches("* retry").count();
    assert_eq!(batch, 3 + retries, "{}", out.stderr);
    let rs = read_results(&res);
    assert_eq!(rs.len(), 250);
    assert!(
        rs.iter()
            .all(|(n, r)| r["action"] == if *n == 30 { "failed" } else { "created" }),
        "{rs:?}"
    );
    let good: Vec<usize> = (1..=250).filter(|i| *i != 30).collect();
    assert_each_once(&batch_users(&env, &sb), &good);
}

#[test]
fn sandbox_batch_create_reports_each_user_and_counts_once() {
    let sb = Sandbox::start(&[
        "--seed-users",
        "2",
        "--vendor-limits",
        "--rate-window",
        "60",
    ]);
    let (s, body) = mgmt(
        &sb,
        "POST",
        "/v1/mgmt/user/create/batch",
        Some(json!({"users": [
            {"loginId": "b1@x.io", "email": "b1@x.io", "name": "B One"},
            {"loginId": "B1@x.io"},
            {"email": "nologin@x.io"},
            {"loginId": "b2@x.io", "userTenants": [{"tenantId": "no-such-tenant"}]},
            {"loginId": "b3@x.io", "status": "disabled"},
        ]})),
    );
    assert_eq!(s, 200, "{body}");
    let created: Vec<&str> = body["createdUsers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["loginIds"][0].as_str().unwrap())
        .collect();
    assert_eq!(created, ["b1@x.io", "b3@x.io"]);
    assert!(
        body["createdUsers"][0]["userId"]
            .as_str()
            .unwrap()
            .starts_with('U')
    );
    assert_eq!(body["createdUsers"][1]["status"], "disabled");
    let failed = body["failedUsers"].as_array().unwrap();
    assert_eq!(failed.len(), 3, "{body}");
    assert!(
        failed[0]["failure"]
            .as_str()
            .unwrap()
            .contains("already exists"),
        "{body}"
    );
    assert_eq!(failed[0]["user"]["loginIds"][0], "B1@x.io");
    assert!(
        failed[1]["failure"].as_str().unwrap().contains("loginId"),
        "{body}"
    );
    assert!(
        failed[2]["failure"]
            .as_str()
            .unwrap()
            .contains("no-such-tenant"),
        "{body}"
    );
    assert_eq!(body["additionalErrors"], json!({}));
    assert!(!exists(&sb, "b2@x.io"));
    // Bad bodies fail whole, with the key check in front.
    assert_eq!(
        mgmt(&sb, "POST", "/v1/mgmt/user/create/batch", Some(json!({}))).0,
        400
    );
    let resp = http()
        .post(format!("{}/v1/mgmt/user/create/batch", sb.url))
        .json(&json!({"users": []}))
        .send()
        .unwrap();
    assert_eq!(resp.status().as_u16(), 401);
    // One batch is one request of the create bucket (100 per window): the
    // batch and the bad body counted, 98 creates fill it, the next batch is
    // refused and changes nothing.
    for i in 0..98 {
        let (s, _) = mgmt(
            &sb,
            "POST",
            "/v1/mgmt/user/create",
            Some(json!({"loginId": format!("fill{i}")})),
        );
        assert_eq!(s, 200, "create {i}");
    }
    let (s, body) = mgmt(
        &sb,
        "POST",
        "/v1/mgmt/user/create/batch",
        Some(json!({"users": [{"loginId": "late@x.io"}]})),
    );
    assert_eq!(s, 429, "{body}");
    assert_eq!(body["errorCode"], "E130429");
    assert!(!exists(&sb, "late@x.io"));
}

/// Issue 10: the project's roles and tenants, listed, so that names can be
/// checked before a write.
#[test]
fn roles_and_tenants_are_listed() {
    let sb = Sandbox::start(&["--seed-users", "3"]);
    let env = TestEnv::new();
    let out = run(descope(&env, &sb).args(["roles", "list", "-o", "json"])).ok();
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
        run(descope(&env, &sb).args(["roles", "list", "--search", "ADMIN", "-o", "json"])).ok();
    assert_eq!(out.json().as_array().unwrap().len(), 2);
    let out = run(descope(&env, &sb).args(["tenants", "list", "-o", "json"])).ok();
    let ids: Vec<String> = out
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["T-acme", "T-globex", "T-initech"]);
}

/// Issue 10: password operations an admin runs, and deleting every test
/// user. The new password comes from stdin and shows nowhere: not in a -vv
/// trace, not in a dry-run plan.
#[test]
fn passwords_and_test_users() {
    let sb = Sandbox::start(&["--seed-users", "3"]);
    let env = TestEnv::new();
    const PW: &str = "Sup3r-Secret-Pw!";
    let out = run(descope(&env, &sb)
        .args([
            "-vv",
            "users",
            "password",
            "set",
            "eva.esteves2@example.com",
            "--temporary",
        ])
        .write_stdin(format!("{PW}\n")))
    .ok();
    assert!(
        !out.stderr.contains(PW) && !out.stdout.contains(PW),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("/v1/mgmt/user/password/set/temporary"));
    assert_eq!(load(&sb, "eva.esteves2@example.com")["password"], true);
    let out = run(descope(&env, &sb)
        .args([
            "users",
            "password",
            "set",
            "eva.esteves2@example.com",
            "--active",
            "--dry-run",
            "-o",
            "json",
        ])
        .write_stdin(PW))
    .ok();
    assert!(!out.stdout.contains(PW), "{}", out.stdout);
    // The planned record carries the request it would send, redacted.
    let rec = &out.json()[0];
    assert_eq!(rec["result"], "planned", "{rec}");
    assert_eq!(rec["requests"][0]["body"]["password"], "***", "{rec}");
    // No password on stdin: refused, nothing sent.
    run(descope(&env, &sb).args([
        "users",
        "password",
        "set",
        "eva.esteves2@example.com",
        "--active",
    ]))
    .expect(2);
    run(descope(&env, &sb).args(["users", "password", "expire", "eva.esteves2@example.com"])).ok();
    run(descope(&env, &sb).args(["users", "password", "expire", "nobody@example.com"])).expect(3);

    // Test users: made, then all deleted; the others stay.
    for i in 0..2 {
        run(descope(&env, &sb).args([
            "users",
            "create",
            "--email",
            &format!("t{i}@example.com"),
            "--test-user",
        ]))
        .ok();
    }
    let count = |args: &[&str]| {
        run(descope(&env, &sb)
            .args(["users", "list", "--all", "-o", "json"])
            .args(args))
        .ok()
        .json()
        .as_array()
        .unwrap()
        .len()
    };
    assert_eq!(count(&["--test-users"]), 2);
    run(descope(&env, &sb).args(["users", "delete-test-users"])).expect(2);
    assert_eq!(
        count(&["--test-users"]),
        2,
        "refused without --yes: nothing deleted"
    );
    run(descope(&env, &sb).args(["users", "delete-test-users", "--yes"])).ok();
    assert_eq!(count(&["--test-users"]), 0);
    assert_eq!(count(&[]), 3);
}
