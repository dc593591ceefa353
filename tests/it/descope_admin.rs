//! Issue 10, Descope: SSO app membership, role names checked before a write
//! (one `role/all`, name-cached), `users list --created-after|--created-before`,
//! the sandbox's created/modified-time search filters, and unknown routes
//! answered in Descope's own error shape.

use serde_json::{Value, json};

use crate::common::{
    DESCOPE_KEY, DESCOPE_PROJECT, Platform, Sandbox, TestEnv, descope_load as load,
    descope_mgmt as mgmt, requests, run, told,
};

fn search(sb: &Sandbox, body: Value) -> Vec<Value> {
    let (status, page) = mgmt(sb, "POST", "/v2/mgmt/user/search", Some(body));
    assert_eq!(status, 200, "{page}");
    page["users"].as_array().unwrap().clone()
}

fn first_login(sb: &Sandbox) -> String {
    search(sb, json!({"limit": 1}))[0]["loginIds"][0]
        .as_str()
        .unwrap()
        .to_string()
}

fn apps(u: &Value) -> Vec<String> {
    u["ssoAppIds"]
        .as_array()
        .map(|a| a.iter().map(|x| x.as_str().unwrap().to_string()).collect())
        .unwrap_or_default()
}

#[test]
fn sso_apps_add_set_remove_and_list_in_few_requests() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let ds = || env.on(Platform::Descope, &sb);
    let user = first_login(&sb);

    let out = run(ds().args(["-v", "users", "sso-apps", "add", &user, "SA-crm", "SA-wiki"])).ok();
    let reqs = requests(&out.stderr);
    assert_eq!(reqs.len(), 1, "{}", out.stderr);
    assert!(reqs[0].starts_with("POST ") && reqs[0].ends_with("/v1/mgmt/user/update/ssoapp/add"));
    assert_eq!(apps(&load(&sb, &user)), ["SA-crm", "SA-wiki"]);
    // Adding one already there keeps one copy.
    run(ds().args(["users", "sso-apps", "add", &user, "SA-crm", "SA-hr"])).ok();
    assert_eq!(apps(&load(&sb, &user)), ["SA-crm", "SA-wiki", "SA-hr"]);

    let out = run(ds().args(["users", "sso-apps", "list", &user, "-o", "json"])).ok();
    let listed: Vec<String> = out
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["ssoAppId"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(listed, ["SA-crm", "SA-wiki", "SA-hr"]);
    let user_id = load(&sb, &user)["userId"].clone();
    assert_eq!(out.json()[0]["userId"], user_id);

    // A remove reads the user's apps first (does it leave none?), then one POST.
    let out = run(ds().args(["-v", "users", "sso-apps", "remove", &user, "SA-wiki"])).ok();
    let reqs = requests(&out.stderr);
    assert_eq!(reqs.len(), 2, "{}", out.stderr);
    assert!(reqs[0].starts_with("GET ") && reqs[0].contains("/v1/mgmt/user?"));
    assert!(reqs[1].ends_with("/v1/mgmt/user/update/ssoapp/remove"));
    assert_eq!(apps(&load(&sb, &user)), ["SA-crm", "SA-hr"]);

    // A set that takes apps away asks first, as `users roles set` does:
    // without a terminal, refused unless --yes, and nothing is sent.
    let out = run(ds().args(["-v", "users", "sso-apps", "set", &user, "SA-only"])).expect(2);
    assert!(
        out.stderr.contains("take SSO apps SA-crm, SA-hr from"),
        "{}",
        out.stderr
    );
    assert!(
        !requests(&out.stderr).iter().any(|r| r.starts_with("POST")),
        "{}",
        out.stderr
    );
    assert_eq!(apps(&load(&sb, &user)), ["SA-crm", "SA-hr"]);
    // Reading the user's apps, then one POST.
    let out = run(ds().args(["-v", "users", "sso-apps", "set", &user, "SA-only", "--yes"])).ok();
    let reqs = requests(&out.stderr);
    assert_eq!(reqs.len(), 2, "{}", out.stderr);
    assert!(reqs[1].ends_with("/v1/mgmt/user/update/ssoapp/set"));
    assert_eq!(apps(&load(&sb, &user)), ["SA-only"]);
    // Set with none: every app again (an empty list), confirmed, said so.
    let out = run(ds().args(["users", "sso-apps", "set", &user, "--yes"])).ok();
    assert!(
        out.stderr.contains("may now use every SSO app"),
        "{}",
        out.stderr
    );
    assert!(apps(&load(&sb, &user)).is_empty());
    // From every app to a list is taking access away too: asked.
    let out = run(ds().args(["users", "sso-apps", "set", &user, "SA-a"])).expect(2);
    assert!(
        out.stderr.contains("today: every SSO app"),
        "{}",
        out.stderr
    );
    assert!(apps(&load(&sb, &user)).is_empty());

    // add/remove need an app; an unknown user is exit 3.
    run(ds().args(["users", "sso-apps", "add", &user])).expect(2);
    run(ds().args(["users", "sso-apps", "add", "nobody@example.com", "SA-crm"])).expect(3);
    // Dry run: planned, not sent.
    let out = run(ds().args(["--dry-run", "users", "sso-apps", "add", &user, "SA-x"])).ok();
    assert!(
        out.stdout.contains("/v1/mgmt/user/update/ssoapp/add"),
        "{}",
        out.stdout
    );
    assert!(apps(&load(&sb, &user)).is_empty());

    // The sandbox route itself: `{user}` back; add without ids is refused.
    let (s, body) = mgmt(
        &sb,
        "POST",
        "/v1/mgmt/user/update/ssoapp/add",
        Some(json!({"loginId": user, "ssoAppIds": ["SA-1"]})),
    );
    assert_eq!(s, 200);
    assert_eq!(body["user"]["ssoAppIds"], json!(["SA-1"]));
    let (s, body) = mgmt(
        &sb,
        "POST",
        "/v1/mgmt/user/update/ssoapp/remove",
        Some(json!({"loginId": user, "ssoAppIds": []})),
    );
    assert_eq!((s, body["errorCode"].as_str()), (400, Some("E011002")));

    // Elsewhere: the one refusal, nothing sent.
    for (p, name) in [(Platform::Odc, "ODC"), (Platform::Valuekeep, "Valuekeep")] {
        let out = run(env
            .on(p, &sb)
            .args(["-v", "users", "sso-apps", "add", "u", "SA"]))
        .expect(2);
        assert!(
            out.stderr
                .contains(&format!("`users sso-apps add` is not available on {name}")),
            "{}",
            out.stderr
        );
        assert!(out.stderr.contains("* 0 requests,"), "{}", out.stderr);
    }
}

/// An empty `ssoAppIds` means every SSO app of the project (our API
/// notes, from the docs): a change that leaves none widens the user's
/// access, so it is confirmed, and `list` says what an empty list means.
#[test]
fn sso_apps_leaving_none_is_confirmed_and_listed_as_every_app() {
    let sb = Sandbox::start(&["--seed-users", "3"]);
    let env = TestEnv::new();
    let ds = || env.on(Platform::Descope, &sb);
    let user = first_login(&sb);

    // The last app removed, no terminal, no --yes: refused, nothing sent.
    run(ds().args(["users", "sso-apps", "add", &user, "app-hr"])).ok();
    let out = run(ds().args(["-v", "users", "sso-apps", "remove", &user, "app-hr"])).expect(2);
    assert!(
        out.stderr.contains(&format!(
            "refusing to remove SSO apps app-hr from {user}, leaving none listed \
             (the user may then use EVERY SSO app of the project) without confirmation"
        )),
        "{}",
        out.stderr
    );
    assert!(
        requests(&out.stderr).iter().all(|r| r.starts_with("GET ")),
        "{}",
        out.stderr
    );
    assert_eq!(apps(&load(&sb, &user)), ["app-hr"]);
    // Set with none: the same refusal.
    let out = run(ds().args(["users", "sso-apps", "set", &user])).expect(2);
    assert!(
        out.stderr.contains("EVERY SSO app of the project"),
        "{}",
        out.stderr
    );
    assert_eq!(apps(&load(&sb, &user)), ["app-hr"]);
    // Dry run: no question, a warning, nothing sent.
    let out = run(ds().args(["--dry-run", "users", "sso-apps", "remove", &user, "app-hr"])).ok();
    assert!(
        out.stderr
            .contains("warning: this would remove SSO apps app-hr"),
        "{}",
        out.stderr
    );
    assert_eq!(apps(&load(&sb, &user)), ["app-hr"]);
    // A remove that leaves some is not asked about.
    run(ds().args(["users", "sso-apps", "add", &user, "app-crm"])).ok();
    run(ds().args(["users", "sso-apps", "remove", &user, "app-crm"])).ok();
    assert_eq!(apps(&load(&sb, &user)), ["app-hr"]);
    // --yes: done, and said so.
    let out = run(ds().args(["users", "sso-apps", "remove", &user, "app-hr", "--yes"])).ok();
    assert!(
        out.stderr
            .contains(&format!("{user} may now use every SSO app of the project")),
        "{}",
        out.stderr
    );
    assert!(apps(&load(&sb, &user)).is_empty());

    // An empty list is said to be every app (stderr; stdout stays data).
    let out = run(ds().args(["users", "sso-apps", "list", &user])).ok();
    assert!(
        out.stderr
            .contains("no SSO app restriction: the user may use every SSO app of the project"),
        "{}",
        out.stderr
    );
    let out = run(ds().args(["users", "sso-apps", "list", &user, "-o", "json"])).ok();
    assert_eq!(out.json(), json!([]));
    assert!(
        out.stderr.contains("no SSO app restriction"),
        "{}",
        out.stderr
    );
    run(ds().args(["users", "sso-apps", "add", &user, "app-hr"])).ok();
    let out = run(ds().args(["users", "sso-apps", "list", &user])).ok();
    assert!(
        !out.stderr.contains("no SSO app restriction"),
        "{}",
        out.stderr
    );
}

/// Declining the question (a terminal from `script`) is exit 8, and the
/// user keeps the app.
#[test]
fn declining_to_leave_no_sso_app_exits_8() {
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped: no `script` (util-linux) to give the prompt a terminal");
        return;
    }
    let sb = Sandbox::start(&["--seed-users", "2"]);
    let env = TestEnv::new();
    let user = first_login(&sb);
    run(env
        .on(Platform::Descope, &sb)
        .args(["users", "sso-apps", "add", &user, "app-hr"]))
    .ok();
    let line = format!(
        "{} users sso-apps remove {user} app-hr",
        crate::common::bin().display()
    );
    let mut child = std::process::Command::new("script")
        .args(["-qec", &line, "/dev/null"])
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", env.path().join("home"))
        .env("IAMCTL_CONFIG_DIR", env.path().join("config"))
        .env("IAMCTL_CACHE_DIR", env.path().join("cache"))
        .env("IAMCTL_NO_KEYRING", "1")
        .env("NO_COLOR", "1")
        .env("TERM", "dumb")
        .env("IAMCTL_KIND", "descope")
        .env("DESCOPE_PROJECT_ID", DESCOPE_PROJECT)
        .env("IAMCTL_BASE_URL", &sb.url)
        .env("IAMCTL_MANAGEMENT_KEY", DESCOPE_KEY)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Answer once the prompt is up.
    std::thread::sleep(std::time::Duration::from_millis(1500));
    use std::io::Write;
    // (A command that does not ask may be gone already: the exit code says.)
    let _ = child.stdin.as_mut().unwrap().write_all(b"n");
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(8), "{text}");
    assert!(text.contains("EVERY SSO app of the project"), "{text}");
    assert!(
        text.contains("declined: did not remove SSO apps app-hr"),
        "{text}"
    );
    assert_eq!(apps(&load(&sb, &user)), ["app-hr"]);
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
    let out = run(ds().args(["access", "holders", "Admin"])).expect(3);
    assert!(
        out.stderr
            .contains("role of tenant T-acme: add --tenant T-acme"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("did you mean"), "{}", out.stderr);
    // The report's --role filter takes it as it is (it exists, in its
    // tenant): rows of that role only, wherever it is held.
    let out = run(ds().args(["access", "report", "--role", "Admin", "-o", "ndjson"])).ok();
    for row in out.ndjson() {
        assert_eq!(row["name"], "Admin", "{row}");
        assert_eq!(row["tenantKey"], "T-acme", "{row}");
    }
    let out = run(ds().args([
        "users", "roles", "add", &user, "Admin", "--tenant", "T-globex",
    ]))
    .expect(3);
    assert!(
        out.stderr
            .contains("role of tenant T-acme: add --tenant T-acme"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("did you mean"), "{}", out.stderr);
    // A near miss by case is still offered.
    let out = run(ds().args([
        "users", "roles", "add", &user, "admin", "--tenant", "T-acme",
    ]))
    .expect(3);
    assert!(
        out.stderr.contains("did you mean \"Admin\""),
        "{}",
        out.stderr
    );

    // The tenant by its name: resolved to its id before the check and the
    // write (the API wants the id).
    run(ds().args(["users", "tenants", "add", &user, "T-acme"])).ok();
    let out = run(ds().args([
        "--dry-run",
        "users",
        "roles",
        "add",
        &user,
        "Admin",
        "--tenant",
        "Acme",
    ]))
    .ok();
    assert!(
        out.stdout.contains("\"tenantId\":\"T-acme\""),
        "{}",
        out.stdout
    );
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
    let out = run(ds().args(["-v", "users", "tenants", "add", &user, "Nowhere"])).expect(3);
    assert!(
        out.stderr.contains("tenant \"Nowhere\" not found"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("> POST"), "{}", out.stderr);
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
    let out = run(ds().args([
        "-v", "users", "roles", "add", &user, "Admin", "--tenant", "Nope",
    ]))
    .expect(3);
    assert!(
        out.stderr.contains("tenant \"Nope\" not found"),
        "{}",
        out.stderr
    );
    assert!(
        requests(&out.stderr).iter().all(|r| r.starts_with("GET ")),
        "{}",
        out.stderr
    );

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
    let out = run(ds().args(["-v", "users", "roles", "add", &user, "Viewer", "Ghost"])).expect(3);
    assert!(
        out.stderr.contains("error: role \"Ghost\" not found"),
        "{}",
        out.stderr
    );
    let reqs = requests(&out.stderr);
    assert_eq!(reqs.len(), 1, "{}", out.stderr);
    assert!(reqs[0].starts_with("GET ") && reqs[0].ends_with("/v1/mgmt/role/all"));
    assert_eq!(load(&sb, &user)["roleNames"], before["roleNames"]);
    // Role names are case-sensitive; the near miss is offered.
    let out = run(ds().args(["users", "roles", "add", &user, "viewer"])).expect(3);
    assert!(
        out.stderr.contains("did you mean \"Viewer\""),
        "{}",
        out.stderr
    );

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

/// `users import` checks every role of the file with one role/all: the
/// rows naming an unknown role fail, the others are created in one batch.
#[test]
fn import_fails_only_the_rows_with_an_unknown_role() {
    let sb = Sandbox::start(&["--seed-users", "2"]);
    let env = TestEnv::new();
    let file = env.path().join("users.csv");
    std::fs::write(
        &file,
        "email,name,roles\n\
         r1@import.example.com,R One,Viewer\n\
         r2@import.example.com,R Two,Ghost\n\
         r3@import.example.com,R Three,Editor\n",
    )
    .unwrap();
    let results = env.path().join("results.ndjson");
    let out = run(env.on(Platform::Descope, &sb).args([
        "-v",
        "users",
        "import",
        file.to_str().unwrap(),
        "--results",
        results.to_str().unwrap(),
    ]));
    assert_ne!(out.code, 0, "{}", out.stderr);
    let reqs = requests(&out.stderr);
    assert_eq!(
        reqs.iter()
            .filter(|r| r.ends_with("/v1/mgmt/role/all"))
            .count(),
        1,
        "{}",
        out.stderr
    );
    assert_eq!(
        reqs.iter()
            .filter(|r| r.ends_with("/v1/mgmt/user/create/batch"))
            .count(),
        1,
        "{}",
        out.stderr
    );
    // The roles went in the batch body: no request of their own.
    assert_eq!(reqs.len(), 2, "{}", out.stderr);
    assert_eq!(
        load(&sb, "r1@import.example.com")["roleNames"],
        json!(["Viewer"])
    );
    assert_eq!(
        load(&sb, "r3@import.example.com")["roleNames"],
        json!(["Editor"])
    );
    assert_eq!(
        mgmt(
            &sb,
            "GET",
            "/v1/mgmt/user?loginId=r2@import.example.com",
            None
        )
        .0,
        400
    );
    let text = std::fs::read_to_string(&results).unwrap();
    let failed: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .filter(|r| r["action"] == "failed")
        .collect();
    assert_eq!(failed.len(), 1, "{text}");
    assert_eq!(failed[0]["identity"], "r2@import.example.com");
    assert!(failed[0].to_string().contains("Ghost"), "{text}");

    // Again: the users already there are unchanged, and their roles are
    // given with role/add (a role taken away since comes back).
    mgmt(
        &sb,
        "POST",
        "/v1/mgmt/user/update/role/remove",
        Some(json!({"loginId": "r1@import.example.com", "roleNames": ["Viewer"]})),
    );
    let again = env.path().join("again.ndjson");
    let out = run(env.on(Platform::Descope, &sb).args([
        "-v",
        "users",
        "import",
        file.to_str().unwrap(),
        "--results",
        again.to_str().unwrap(),
    ]));
    assert_ne!(out.code, 0, "{}", out.stderr);
    let reqs = requests(&out.stderr);
    assert_eq!(
        reqs.iter()
            .filter(|r| r.ends_with("/user/update/role/add"))
            .count(),
        2,
        "{}",
        out.stderr
    );
    assert_eq!(
        load(&sb, "r1@import.example.com")["roleNames"],
        json!(["Viewer"])
    );
    let text = std::fs::read_to_string(&again).unwrap();
    assert_eq!(text.matches("\"unchanged\"").count(), 2, "{text}");
}

#[test]
fn search_honours_created_and_modified_time_filters() {
    let sb = Sandbox::start(&["--seed-users", "40"]);
    let env = TestEnv::new();
    let all = search(&sb, json!({"limit": 100}));
    assert_eq!(all.len(), 40);
    let created = |u: &Value| u["createdTime"].as_i64().unwrap();
    let mut times: Vec<i64> = all.iter().map(created).collect();
    times.sort();
    let (lo, hi) = (times[10], times[25]);
    let want = all
        .iter()
        .filter(|u| (lo..=hi).contains(&created(u)))
        .count();
    assert!(want > 0 && want < 40);
    // Epoch milliseconds, inclusive, as numbers or as int64 strings.
    let got = search(
        &sb,
        json!({"limit": 100, "fromCreatedTime": lo * 1000, "toCreatedTime": hi * 1000}),
    );
    assert_eq!(got.len(), want);
    assert!(got.iter().all(|u| (lo..=hi).contains(&created(u))));
    let got = search(
        &sb,
        json!({"limit": 100, "fromCreatedTime": (lo * 1000).to_string()}),
    );
    assert_eq!(got.len(), all.iter().filter(|u| created(u) >= lo).count());
    let (s, body) = mgmt(
        &sb,
        "POST",
        "/v2/mgmt/user/search",
        Some(json!({"toCreatedTime": "soon"})),
    );
    assert_eq!((s, body["errorCode"].as_str()), (400, Some("E011003")));

    // Modified time: a user changed now is the only one modified since a minute ago.
    let login = all[3]["loginIds"][0].as_str().unwrap().to_string();
    run(env
        .on(Platform::Descope, &sb)
        .args(["users", "set", &login, "name", "Changed Now"]))
    .ok();
    let since = (chrono::Utc::now().timestamp() - 60) * 1000;
    let got = search(&sb, json!({"limit": 100, "fromModifiedTime": since}));
    assert_eq!(got.len(), 1);
    assert_eq!(got[0]["loginIds"][0], login.as_str());
    assert!(got[0]["modifiedTime"].as_i64().unwrap() * 1000 >= since);
    let got = search(&sb, json!({"limit": 100, "toModifiedTime": since}));
    assert_eq!(got.len(), 39);

    // The client flags: the same users as the sandbox's own filter.
    let after = chrono::DateTime::from_timestamp(lo, 0)
        .unwrap()
        .to_rfc3339();
    let before = chrono::DateTime::from_timestamp(hi + 1, 0)
        .unwrap()
        .to_rfc3339();
    let out = run(env.on(Platform::Descope, &sb).args([
        "-vv",
        "users",
        "list",
        "--all",
        "--created-after",
        &after,
        "--created-before",
        &before,
        "-o",
        "json",
    ]))
    .ok();
    let listed = out.json();
    assert_eq!(listed.as_array().unwrap().len(), want, "{}", out.stderr);
    assert!(
        out.stderr
            .contains(&format!("\"fromCreatedTime\":{}", lo * 1000)),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains(&format!("\"toCreatedTime\":{}", (hi + 1) * 1000 - 1)),
        "{}",
        out.stderr
    );
    // Refused where the API has no such filter.
    for (p, name) in [(Platform::Odc, "ODC"), (Platform::Valuekeep, "Valuekeep")] {
        let out = run(env
            .on(p, &sb)
            .args(["users", "list", "--created-after", "30d"]))
        .expect(2);
        assert!(
            out.stderr.contains(&format!(
                "`users list --created-after` is not available on {name}"
            )),
            "{}",
            out.stderr
        );
    }
}

#[test]
fn unknown_routes_answer_in_descopes_error_shape() {
    let sb = Sandbox::start(&["--seed-users", "1"]);
    let shape = |status: u16, body: &Value, code: &str| {
        assert_eq!(body["errorCode"], code, "{body}");
        assert!(body["errorDescription"].is_string(), "{body}");
        assert!(body["errorMessage"].is_string(), "{body}");
        for odc in ["type", "title", "status", "detail", "traceId"] {
            assert!(
                body.get(odc).is_none(),
                "ODC's {odc} in a Descope answer: {body}"
            );
        }
        let _ = status;
    };
    let (s, body) = mgmt(&sb, "POST", "/v1/mgmt/user/frobnicate", Some(json!({})));
    assert_eq!(s, 404);
    shape(s, &body, "E011404");
    assert!(
        body["errorMessage"]
            .as_str()
            .unwrap()
            .contains("/v1/mgmt/user/frobnicate")
    );
    let (s, body) = mgmt(&sb, "GET", "/v2/mgmt/nothing/here", None);
    assert_eq!(s, 404);
    shape(s, &body, "E011404");
    // A known route, the wrong method.
    let (s, body) = mgmt(&sb, "GET", "/v1/mgmt/user/create", None);
    assert_eq!(s, 405);
    shape(s, &body, "E011405");
    // An unknown SSO app verb is an unknown route too.
    let (s, body) = mgmt(
        &sb,
        "POST",
        "/v1/mgmt/user/update/ssoapp/replace",
        Some(json!({})),
    );
    assert_eq!(s, 404);
    shape(s, &body, "E011404");
    // ODC's routes keep ODC's problem shape.
    let (s, body) = crate::common::direct(&sb, "GET", "no/such/thing", None);
    assert_eq!(s, 404);
    assert!(
        body["title"].is_string() && body.get("errorDescription").is_none(),
        "{body}"
    );

    // The client reads it as a Descope error: the code in the message, exit 3.
    let env = TestEnv::new();
    let out = run(env.on(Platform::Descope, &sb).args([
        "api",
        "POST",
        "/v1/mgmt/user/frobnicate",
        "--data",
        "{}",
    ]))
    .expect(3);
    assert!(out.stderr.contains("E011404"), "{}", out.stderr);
}

/// A lost device: the TOTP seed, passkeys and recovery codes go, one
/// request each, after a confirmation; nothing else of the user changes.
#[test]
fn credentials_remove_totp_passkeys_and_recovery_codes() {
    let sb = Sandbox::start(&["--seed-users", "10"]);
    let env = TestEnv::new();
    let ds = || env.on(Platform::Descope, &sb);
    let with_totp = search(&sb, json!({"limit": 100}))
        .into_iter()
        .find(|u| u["TOTP"] == true)
        .expect("a seeded user with TOTP");
    let login = with_totp["loginIds"][0].as_str().unwrap().to_string();

    // Without --yes and no terminal: refused, nothing sent.
    let out = run(ds().args(["-v", "users", "credentials", "remove", &login, "--totp"])).expect(2);
    assert!(
        out.stderr.contains("refusing to remove the totp of"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("* 0 requests,"), "{}", out.stderr);
    assert_eq!(load(&sb, &login)["TOTP"], true);

    let out = run(ds().args([
        "-v",
        "users",
        "credentials",
        "remove",
        &login,
        "--totp",
        "--yes",
    ]))
    .ok();
    let reqs = requests(&out.stderr);
    assert_eq!(reqs.len(), 1, "{}", out.stderr);
    assert!(reqs[0].ends_with("/v1/mgmt/user/totp/delete"), "{reqs:?}");
    // One outcome line (the generic membership sentence: "Removed L from
    // credential totp").
    let said = told(&out.stderr);
    assert!(
        said.starts_with("Removed ") && said.contains(&login) && said.contains("totp"),
        "{said}"
    );
    assert_eq!(said.lines().count(), 1, "{said}");
    let after = load(&sb, &login);
    assert_eq!(after["TOTP"], false);
    assert_eq!(after["name"], with_totp["name"]);
    assert_eq!(after["roleNames"], with_totp["roleNames"]);

    // None named: all three, one request each.
    let out = run(ds().args(["-v", "users", "credentials", "remove", &login, "--yes"])).ok();
    let reqs = requests(&out.stderr);
    assert_eq!(reqs.len(), 3, "{}", out.stderr);
    for p in ["/totp/delete", "/passkeys/delete", "/recovery-codes/delete"] {
        assert!(reqs.iter().any(|r| r.ends_with(p)), "{p} not in {reqs:?}");
    }
    // An unknown user: exit 3.
    run(ds().args([
        "users",
        "credentials",
        "remove",
        "nobody@example.com",
        "--yes",
    ]))
    .expect(3);
    // Elsewhere: refused before any request.
    for (p, name) in [(Platform::Odc, "ODC"), (Platform::Valuekeep, "Valuekeep")] {
        let out = run(env
            .on(p, &sb)
            .args(["-v", "users", "credentials", "remove", "u", "--yes"]))
        .expect(2);
        assert!(
            out.stderr.contains(&format!(
                "`users credentials remove` is not available on {name}"
            )),
            "{}",
            out.stderr
        );
        assert!(out.stderr.contains("* 0 requests,"), "{}", out.stderr);
    }
}
