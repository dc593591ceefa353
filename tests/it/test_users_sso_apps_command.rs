//! `users sso-apps` (Descope): add, set, remove and list.

use serde_json::{Value, json};

use crate::common::descope::first_login;
use crate::common::world::descope;
use crate::common::{
    DESCOPE_KEY, DESCOPE_PROJECT, Platform, Sandbox, TestEnv, Transcript, descope_load as load,
    descope_mgmt as mgmt, requests, run, snapshot_settings,
};

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

    // The apps are checked against the project's (one listing), then one POST;
    // a name is accepted for an id.
    let out = run(ds().args(["-v", "users", "sso-apps", "add", &user, "CRM", "app-wiki"])).ok();
    let reqs = requests(&out.stderr);
    assert_eq!(reqs.len(), 2, "{}", out.stderr);
    assert!(reqs[0].starts_with("GET ") && reqs[0].ends_with("/v1/mgmt/sso/idp/apps/load"));
    assert!(reqs[1].starts_with("POST ") && reqs[1].ends_with("/v1/mgmt/user/update/ssoapp/add"));
    assert_eq!(apps(&load(&sb, &user)), ["app-crm", "app-wiki"]);
    // Adding one already there keeps one copy.
    run(ds().args(["users", "sso-apps", "add", &user, "app-crm", "app-hr"])).ok();
    assert_eq!(apps(&load(&sb, &user)), ["app-crm", "app-wiki", "app-hr"]);

    let out = run(ds().args(["users", "sso-apps", "list", &user, "-o", "json"])).ok();
    let listed: Vec<String> = out
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["ssoAppId"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(listed, ["app-crm", "app-wiki", "app-hr"]);
    let user_id = load(&sb, &user)["userId"].clone();
    assert_eq!(out.json()[0]["userId"], user_id);

    // A remove reads the user's apps first (does it leave none?), then one POST.
    let out = run(ds().args(["-v", "users", "sso-apps", "remove", &user, "app-wiki"])).ok();
    let reqs = requests(&out.stderr);
    assert_eq!(reqs.len(), 2, "{}", out.stderr);
    assert!(reqs[0].starts_with("GET ") && reqs[0].contains("/v1/mgmt/user?"));
    assert!(reqs[1].ends_with("/v1/mgmt/user/update/ssoapp/remove"));
    assert_eq!(apps(&load(&sb, &user)), ["app-crm", "app-hr"]);

    // A set that takes apps away asks first, as `users roles set` does:
    // without a terminal, refused unless --yes, and nothing is sent.
    let t = Transcript::of(ds().args(["-v", "users", "sso-apps", "set", &user, "app-wiki"]));
    assert!(
        !requests(&t.stderr).iter().any(|r| r.starts_with("POST")),
        "{t}"
    );
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        > GET http://127.0.0.1:[PORT]/v1/mgmt/user?loginId=eva.ferreira1%40example.com
        > authorization: Bearer ***
        < 200 OK ([N] ms)
        > GET http://127.0.0.1:[PORT]/v1/mgmt/sso/idp/apps/load
        > authorization: Bearer ***
        < 200 OK ([N] ms)
        * 2 requests, 0 retries, 0 answered 429
        error: refusing to take SSO apps app-crm, app-hr from eva.ferreira1@example.com (setting app-wiki) without confirmation
        hint: pass --yes to confirm when no terminal is attached
        [exit status: 2]
        ");
    });
    assert_eq!(apps(&load(&sb, &user)), ["app-crm", "app-hr"]);
    // Reading the user's apps and the project's, then one POST.
    let out = run(ds().args(["-v", "users", "sso-apps", "set", &user, "app-wiki", "--yes"])).ok();
    let reqs = requests(&out.stderr);
    assert_eq!(reqs.len(), 3, "{}", out.stderr);
    assert!(reqs[2].ends_with("/v1/mgmt/user/update/ssoapp/set"));
    // An app the project does not have: not found, nothing written.
    let t = Transcript::of(ds().args(["-v", "users", "sso-apps", "add", &user, "app-nope"]));
    assert!(
        !requests(&t.stderr).iter().any(|r| r.starts_with("POST")),
        "{t}"
    );
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        > GET http://127.0.0.1:[PORT]/v1/mgmt/sso/idp/apps/load
        > authorization: Bearer ***
        < 200 OK ([N] ms)
        * 1 requests, 0 retries, 0 answered 429
        error: SSO app "app-nope" not found
        hint: `iamctl sso-apps list` shows the project's SSO apps
        [exit status: 3]
        "#);
    });
    assert_eq!(apps(&load(&sb, &user)), ["app-wiki"]);
    // Set with none: every app again (an empty list), confirmed, said so.
    let t = Transcript::of(ds().args(["users", "sso-apps", "set", &user, "--yes"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        Changed sso-apps of eva.ferreira1@example.com to none (eva.ferreira1@example.com may now use every SSO app of the project)
        [exit status: 0]
        ");
    });
    assert!(apps(&load(&sb, &user)).is_empty());
    // From every app to a list is taking access away too: asked.
    let t = Transcript::of(ds().args(["users", "sso-apps", "set", &user, "app-crm"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        error: refusing to restrict eva.ferreira1@example.com to SSO apps app-crm (today: every SSO app of the project) without confirmation
        hint: pass --yes to confirm when no terminal is attached
        [exit status: 2]
        ");
    });
    assert!(apps(&load(&sb, &user)).is_empty());

    // add/remove need an app; an unknown user is exit 3.
    run(ds().args(["users", "sso-apps", "add", &user])).expect(2);
    run(ds().args(["users", "sso-apps", "add", "nobody@example.com", "app-crm"])).expect(3);
    // Dry run: planned, not sent.
    let t = Transcript::of(ds().args(["--dry-run", "users", "sso-apps", "add", &user, "app-crm"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        POST http://127.0.0.1:[PORT]/v1/mgmt/user/update/ssoapp/add {"loginId":"eva.ferreira1@example.com","ssoAppIds":["app-crm"]}
        [stderr]
        Would add eva.ferreira1@example.com to sso-app app-crm
        [exit status: 0]
        "#);
    });
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
    let mut log = String::new();
    for p in [Platform::Odc, Platform::Valuekeep] {
        let t = Transcript::of(
            env.on(p, &sb)
                .args(["-v", "users", "sso-apps", "add", "u", "SA"]),
        );
        log += &format!("--- {p:?}\n{t}");
    }
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(log, @r"
        --- Odc
        [stdout]
        [stderr]
        * 0 requests, 0 retries, 0 answered 429
        error: `users sso-apps add` is not available on ODC
        hint: ODC gives access with application roles: `iamctl users roles add USER ROLE --app APP --stage STAGE`
        [exit status: 2]
        --- Valuekeep
        [stdout]
        [stderr]
        * 0 requests, 0 retries, 0 answered 429
        error: `users sso-apps add` is not available on Valuekeep
        hint: Valuekeep users sign in through the PRIMAVERA identity server; access is given by roles (`iamctl users roles add`)
        [exit status: 2]
        ");
    });
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
    let t = Transcript::of(ds().args(["-v", "users", "sso-apps", "remove", &user, "app-hr"]));
    assert!(
        requests(&t.stderr).iter().all(|r| r.starts_with("GET ")),
        "{t}"
    );
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        > GET http://127.0.0.1:[PORT]/v1/mgmt/user?loginId=eva.ferreira1%40example.com
        > authorization: Bearer ***
        < 200 OK ([N] ms)
        * 1 requests, 0 retries, 0 answered 429
        error: refusing to remove SSO apps app-hr from eva.ferreira1@example.com, leaving none listed (the user may then use EVERY SSO app of the project) without confirmation
        hint: pass --yes to confirm when no terminal is attached
        [exit status: 2]
        ");
    });
    assert_eq!(apps(&load(&sb, &user)), ["app-hr"]);
    // Set with none: the same refusal.
    let t = Transcript::of(ds().args(["users", "sso-apps", "set", &user]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        error: refusing to clear the SSO apps of eva.ferreira1@example.com (the user may then use EVERY SSO app of the project) without confirmation
        hint: pass --yes to confirm when no terminal is attached
        [exit status: 2]
        ");
    });
    assert_eq!(apps(&load(&sb, &user)), ["app-hr"]);
    // Dry run: no question, a warning, nothing sent.
    let t =
        Transcript::of(ds().args(["--dry-run", "users", "sso-apps", "remove", &user, "app-hr"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        POST http://127.0.0.1:[PORT]/v1/mgmt/user/update/ssoapp/remove {"loginId":"eva.ferreira1@example.com","ssoAppIds":["app-hr"]}
        [stderr]
        warning: this would remove SSO apps app-hr from eva.ferreira1@example.com, leaving none listed (the user may then use EVERY SSO app of the project)
        Would remove eva.ferreira1@example.com from sso-app app-hr
        [exit status: 0]
        "#);
    });
    assert_eq!(apps(&load(&sb, &user)), ["app-hr"]);
    // A remove that leaves some is not asked about.
    run(ds().args(["users", "sso-apps", "add", &user, "app-crm"])).ok();
    run(ds().args(["users", "sso-apps", "remove", &user, "app-crm"])).ok();
    assert_eq!(apps(&load(&sb, &user)), ["app-hr"]);
    // --yes: done, and said so.
    let t = Transcript::of(ds().args(["users", "sso-apps", "remove", &user, "app-hr", "--yes"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        Removed sso-app app-hr of eva.ferreira1@example.com (eva.ferreira1@example.com may now use every SSO app of the project)
        [exit status: 0]
        ");
    });
    assert!(apps(&load(&sb, &user)).is_empty());

    // An empty list is said to be every app (stderr; stdout stays data).
    let t = Transcript::of(ds().args(["users", "sso-apps", "list", &user]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
         SSO APP  USER
        [stderr]
        note: no SSO app restriction: the user may use every SSO app of the project
        [exit status: 0]
        ");
    });
    let t = Transcript::of(ds().args(["users", "sso-apps", "list", &user, "-o", "json"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        []
        [stderr]
        note: no SSO app restriction: the user may use every SSO app of the project
        [exit status: 0]
        ");
    });
    run(ds().args(["users", "sso-apps", "add", &user, "app-hr"])).ok();
    let t = Transcript::of(ds().args(["users", "sso-apps", "list", &user]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
         SSO APP  USER
         app-hr   UwdHm0OB5qaYBHjZbfidxyBceWNE
        [stderr]
        [exit status: 0]
        ");
    });
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

#[test]
fn descope_users_sso_apps() {
    let w = descope();
    w.check(
        "descope_users_sso_apps_add",
        &[
            "users",
            "sso-apps",
            "add",
            "eva.esteves2@example.com",
            "CRM",
            "app-wiki",
        ],
        0,
    );
    w.check(
        "descope_users_sso_apps_list",
        &["users", "sso-apps", "list", "eva.esteves2@example.com"],
        0,
    );
}
