//! `profile` (add, list, show, use, remove, test): secret sources, the
//! keyring's absence, unknown profiles, and the hint a refused secret gets
//! on each route.

use serde_json::Value;

use crate::common::profiles::add_env_profile;
use crate::common::{Sandbox, TestEnv, Transcript, run, snapshot_settings};

#[test]
fn unknown_and_missing_profiles() {
    let env = TestEnv::new();
    let t = Transcript::of(env.cmd().args(["users", "list"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        error: no profile selected
        hint: add one with `iamctl profile add NAME --kind odc --portal DOMAIN --client-id ID`, choose one with -p NAME, set IAMCTL_KIND/IAMCTL_PORTAL/IAMCTL_CLIENT_ID/IAMCTL_CLIENT_SECRET, or try the built-in sandbox with -p sandbox
        [exit status: 2]
        ");
    });

    let t = Transcript::of(env.cmd().args(["-p", "nope", "users", "list"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        error: unknown profile "nope"
        hint: no profiles are configured: add one with `iamctl profile add`; built in: sandbox, sandbox-valuekeep, sandbox-descope
        [exit status: 2]
        "#);
    });

    for name in ["alpha", "beta"] {
        run(env.cmd().args([
            "profile",
            "add",
            name,
            "--kind",
            "odc",
            "--portal",
            "acme.outsystems.app",
            "--client-id",
            "c",
            "--secret",
            "env:X",
        ]))
        .ok();
    }
    let t = Transcript::of(env.cmd().args(["-p", "gamma", "users", "list"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        error: unknown profile "gamma"
        hint: profiles: alpha, beta, sandbox, sandbox-valuekeep, sandbox-descope
        [exit status: 2]
        "#);
    });
    let t = Transcript::of(
        env.cmd()
            .env("IAMCTL_PROFILE", "gamma")
            .args(["users", "list"]),
    );
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        error: unknown profile "gamma"
        hint: profiles: alpha, beta, sandbox, sandbox-valuekeep, sandbox-descope
        [exit status: 2]
        "#);
    });
    run(env.cmd().args(["profile", "use", "gamma"])).expect(2);
    run(env.cmd().args(["-y", "profile", "remove", "gamma"])).expect(2);
}

#[test]
fn no_keyring_refuses_to_store_a_secret() {
    let env = TestEnv::new();
    let t = Transcript::of(
        env.cmd()
            .args([
                "profile",
                "add",
                "x",
                "--kind",
                "odc",
                "--portal",
                "p.outsystems.app",
                "--client-id",
                "c",
                "--client-secret-stdin",
            ])
            .write_stdin("hunter2-secret\n"),
    );
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        error: no OS keyring is available on this machine, and iamctl never stores secrets in plain text
        hint: keep the secret elsewhere: `iamctl profile add x --secret env:VAR ...` (the variable holds it), or `--secret 'cmd:COMMAND'` (a command that prints it, e.g. a password manager's CLI); for one run, IAMCTL_CLIENT_SECRET / IAMCTL_MANAGEMENT_KEY need no profile at all
        [exit status: 4]
        ");
    });
    assert!(
        !env.path().join("config").join("config.toml").exists(),
        "a config file was written"
    );
    // Nowhere under the test's directories either.
    for entry in walk(env.path()) {
        let text = std::fs::read(&entry).unwrap_or_default();
        assert!(
            !String::from_utf8_lossy(&text).contains("hunter2"),
            "secret written to {}",
            entry.display()
        );
    }
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(walk(&p));
            } else {
                out.push(p);
            }
        }
    }
    out
}

#[test]
fn profile_lifecycle_with_an_env_secret() {
    let sb = Sandbox::start(&["--seed-users", "8"]);
    let env = TestEnv::new();
    let t = Transcript::of(env.cmd().args([
        "profile",
        "add",
        "acme",
        "--kind",
        "odc",
        "--portal",
        &sb.url,
        "--client-id",
        "sandbox-client",
        "--secret",
        "env:ACME_SECRET",
    ]))
    .redact(env.path().to_str().unwrap(), "[TMP]");
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        Saved profile acme in [TMP]/config/config.toml
        [exit status: 0]
        ");
    });
    add_env_profile(&env, "other", "other.outsystems.app", "OTHER_SECRET");

    let path = env.path().join("config/config.toml");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "config file mode {mode:o}");
    }
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(!text.contains("sandbox-secret"));
    assert!(text.contains("env:ACME_SECRET"), "{text}");
    assert!(
        text.contains("default = \"acme\""),
        "the first profile becomes the default: {text}"
    );

    let out = run(env.cmd().args(["profile", "list", "-o", "json"])).ok();
    let list = out.json();
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["acme", "other"]);
    assert_eq!(list[0]["default"], true);
    assert_eq!(list[1]["default"], false);
    let t = Transcript::of(env.cmd().args(["profile", "list"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
         NAME   KIND  PORTAL                  CLIENT ID       SECRET            DEFAULT
         acme   odc   http://127.0.0.1:[PORT]  sandbox-client  env:ACME_SECRET   true
         other  odc   other.outsystems.app    sandbox-client  env:OTHER_SECRET  false
        [stderr]
        [exit status: 0]
        ");
    });

    let out = run(env.cmd().args(["profile", "show", "-o", "json"])).ok();
    let shown = out.json();
    assert_eq!(shown["name"], "acme");
    assert_eq!(shown["portal"], Value::String(sb.url.clone()));
    assert_eq!(shown["client_id"], "sandbox-client");
    assert_eq!(shown["secret"], "env:ACME_SECRET");
    assert_eq!(
        run(env.cmd().args(["profile", "show", "other", "-o", "json"]))
            .ok()
            .json()["name"],
        "other"
    );

    // The default profile works with its secret from the environment.
    let out = run(env
        .cmd()
        .env("ACME_SECRET", "sandbox-secret")
        .args(["users", "list", "-o", "ndjson"]))
    .ok();
    assert_eq!(out.lines().len(), 8);
    // Without the variable: an auth error that names it.
    let env2 = TestEnv::new();
    std::fs::create_dir_all(env2.path().join("config")).unwrap();
    std::fs::copy(&path, env2.path().join("config/config.toml")).unwrap();
    let t = Transcript::of(env2.cmd().args(["users", "list"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        error: profile "acme" takes its secret from $ACME_SECRET, which is not set
        [exit status: 4]
        "#);
    });

    let t = Transcript::of(
        env.cmd()
            .env("ACME_SECRET", "sandbox-secret")
            .args(["profile", "test"]),
    );
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
         CHECK  RESULT
         token  ok
         API    identity API ok (8 users)
        [stderr]
        [exit status: 0]
        ");
    });
    let out = run(env
        .cmd()
        .env("ACME_SECRET", "wrong")
        .args(["profile", "test", "acme", "-o", "json"]))
    .expect(4);
    let rows = out.json();
    assert_eq!(rows[0]["check"], "token");
    assert!(
        rows[0]["result"].as_str().unwrap().starts_with("failed: "),
        "{rows}"
    );

    run(env.cmd().args(["profile", "use", "other"])).ok();
    assert_eq!(
        run(env.cmd().args(["profile", "show", "-o", "json"]))
            .ok()
            .json()["name"],
        "other"
    );
    // -p beats IAMCTL_PROFILE beats the file's default.
    let out = run(env
        .cmd()
        .env("IAMCTL_PROFILE", "other")
        .args(["-p", "acme", "profile", "show", "-o", "json"]))
    .ok();
    assert_eq!(out.json()["name"], "acme");
    let out = run(env
        .cmd()
        .env("IAMCTL_PROFILE", "acme")
        .args(["profile", "show", "-o", "json"]))
    .ok();
    assert_eq!(out.json()["name"], "acme");

    run(env.cmd().args(["profile", "remove", "other"])).expect(2); // no terminal, no --yes
    let t = Transcript::of(env.cmd().args(["-y", "profile", "remove", "other"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        Removed profile other
        [exit status: 0]
        ");
    });
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        !text.contains("other") && !text.contains("default ="),
        "{text}"
    );
    // The one profile left is used without a default.
    let out = run(env
        .cmd()
        .env("ACME_SECRET", "sandbox-secret")
        .args(["users", "list", "-L", "2", "-o", "ndjson"]))
    .ok();
    assert_eq!(out.lines().len(), 2);
    // `sandbox` is reserved.
    run(env.cmd().args([
        "profile",
        "add",
        "sandbox",
        "--kind",
        "odc",
        "--portal",
        "x.outsystems.app",
        "--client-id",
        "c",
        "--secret",
        "env:X",
    ]))
    .expect(2);
    run(env.cmd().args([
        "profile",
        "add",
        "bad",
        "--kind",
        "odc",
        "--portal",
        "x.outsystems.app",
        "--client-id",
        "c",
        "--secret",
        "plaintext:abc",
    ]))
    .expect(2);
}

#[test]
fn cmd_secret_source_runs_a_program() {
    let sb = Sandbox::start(&["--seed-users", "3"]);
    let env = TestEnv::new();
    run(env.cmd().args([
        "profile",
        "add",
        "pm",
        "--kind",
        "odc",
        "--portal",
        &sb.url,
        "--client-id",
        "sandbox-client",
        "--secret",
        "cmd:printf sandbox-secret",
    ]))
    .ok();
    let out = run(env.cmd().args(["users", "list", "-o", "ndjson"])).ok();
    assert_eq!(out.lines().len(), 3);

    // A script, with an argument, run without a shell.
    let script = env.path().join("secret.sh");
    std::fs::write(&script, "#!/bin/sh\necho \"$1\"\n").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let env = TestEnv::new();
    run(env.cmd().args([
        "profile",
        "add",
        "pm",
        "--kind",
        "odc",
        "--portal",
        &sb.url,
        "--client-id",
        "sandbox-client",
        "--secret",
        &format!("cmd:{} 'sandbox-secret'", script.display()),
    ]))
    .ok();
    run(env.cmd().args(["users", "list"])).ok();

    // A failing command is an auth error.
    let env = TestEnv::new();
    run(env.cmd().args([
        "profile",
        "add",
        "pm",
        "--kind",
        "odc",
        "--portal",
        &sb.url,
        "--client-id",
        "sandbox-client",
        "--secret",
        "cmd:false",
    ]))
    .ok();
    let t = Transcript::of(env.cmd().args(["users", "list"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        error: profile "pm": secret command "false" failed (exit status: 1)
        [exit status: 4]
        "#);
    });
}

#[test]
fn profile_add_says_there_is_no_keyring_before_asking_anything() {
    let env = TestEnv::new();
    // No portal, no client id: the old flow asked for those (and for the
    // secret) first, then found no keyring and threw the answers away.
    let t = Transcript::of(env.cmd().args(["profile", "add", "prod", "--kind", "odc"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        error: no OS keyring is available on this machine, and iamctl never stores secrets in plain text
        hint: keep the secret elsewhere: `iamctl profile add prod --secret env:VAR ...` (the variable holds it), or `--secret 'cmd:COMMAND'` (a command that prints it, e.g. a password manager's CLI); for one run, IAMCTL_CLIENT_SECRET / IAMCTL_MANAGEMENT_KEY need no profile at all
        [exit status: 4]
        "#)
    });
    // With the environment route for the secret, no keyring is needed.
    run(env.cmd().args([
        "profile",
        "add",
        "prod",
        "--kind",
        "odc",
        "--portal",
        "acme.outsystems.dev",
        "--client-id",
        "id",
        "--secret",
        "env:ODC_SECRET",
    ]))
    .ok();
}

/// Profiles `good` (the default) and `bad` (a wrong secret) against one
/// ODC sandbox, each reading its secret from a variable.
fn two_profiles(env: &TestEnv, sb: &Sandbox) {
    for (name, var) in [("good", "GOOD_SECRET"), ("bad", "BAD_SECRET")] {
        run(env.cmd().args([
            "profile",
            "add",
            name,
            "--kind",
            "odc",
            "--portal",
            &sb.url,
            "--client-id",
            "sandbox-client",
            "--secret",
            &format!("env:{var}"),
        ]))
        .ok();
    }
}

#[test]
fn profile_test_name_tests_that_profile() {
    let sb = Sandbox::start(&["--seed-users", "2"]);
    let env = TestEnv::new();
    two_profiles(&env, &sb);
    let with = |c: &mut assert_cmd::Command| {
        c.env("GOOD_SECRET", "sandbox-secret")
            .env("BAD_SECRET", "wrong");
    };
    let mut c = env.cmd();
    with(&mut c);
    let t = Transcript::of(c.args(["profile", "test"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
         CHECK  RESULT
         token  ok
         API    identity API ok (2 users)
        [stderr]
        [exit status: 0]
        ");
    });
    // `bad` is tested, not the default `good`: the token is refused. The
    // hint names the route the secret came by.
    let mut c = env.cmd();
    with(&mut c);
    let t = Transcript::of(c.args(["profile", "test", "bad"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
         CHECK  RESULT
         token  failed: the token endpoint refused the credentials of profile "bad": invalid_client: Unknown client or *** secret. (HTTP 401)
        [stderr]
        error: the token endpoint refused the credentials of profile "bad": invalid_client: Unknown client or *** secret. (HTTP 401)
        hint: check client id "sandbox-client" and its secret: profile "bad" reads its secret from $BAD_SECRET: set it to the right one
        [exit status: 4]
        "#);
    });
    // --deep keeps its findings under the profile named.
    run(env.cmd().args([
        "profile",
        "add",
        "other",
        "--kind",
        "odc",
        "--portal",
        &sb.url,
        "--client-id",
        "sandbox-client",
        "--secret",
        "env:GOOD_SECRET",
    ]))
    .ok();
    let mut c = env.cmd();
    with(&mut c);
    let t = Transcript::of(c.args(["profile", "test", "other", "--deep"]))
        .redact(env.path().to_str().unwrap(), "[TMP]");
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
         ASSUMPTION              ASSUMED                                                                                                 OBSERVED                                                 VERDICT
         odc-sliding-window      Pacing assumes ODC counts its per-minute limits over a sliding window (src/http/pacer.rs); a client-s…  cannot be observed read-only                             could not tell
         odc-expires-in          A token answer without expires_in is taken to live one hour (src/auth/mod.rs).                          expires_in in the token answer                           held
         odc-total-results       A list answer carries page.totalResults, so the pages after the first are fetched concurrently (pagin…  page.totalResults is a number                            held
         odc-next-page-offset    Without a total, page.nextPageOffset gives the next page's offset.                                      fewer than two users: no next page to point at           could not tell
         odc-embed-role-sources  access report and diff: the user list's embed=ApplicationRoles carries, per role, isDirectlyAssigned …  an embedded role carries isDirectlyAssigned (a boolean)  held
         odc-bulk-result-order   Bulk import matches the operation's records to the input rows by the e-mail each record carries. A re…  cannot be observed read-only                             could not tell
        [stderr]
        3 held, 0 differ, 3 could not tell; kept for profile other (observed/other.json in the config directory)
        [exit status: 0]
        ");
    });
    assert!(env.path().join("config/observed/other.json").exists());
    assert!(!env.path().join("config/observed/good.json").exists());
}

/// On the environment route, a refused secret's hint names
/// IAMCTL_CLIENT_SECRET, not a `profile add` of a profile that is not there.
#[test]
fn env_route_hint_names_the_variable() {
    let sb = Sandbox::start(&["--seed-users", "1"]);
    let env = TestEnv::new();
    let t = Transcript::of(
        env.odc(&sb)
            .env("IAMCTL_CLIENT_SECRET", "wrong")
            .args(["users", "list"]),
    );
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        error: the token endpoint refused the credentials of profile "env": invalid_client: Unknown client or *** secret. (HTTP 401)
        hint: check client id "sandbox-client" and its secret: the secret comes from the environment: set IAMCTL_CLIENT_SECRET to the right one
        [exit status: 4]
        "#)
    });
    // Descope: the management key's variable (and never the key itself).
    let t = Transcript::of(
        env.on(crate::common::Platform::Descope, &sb)
            .env("IAMCTL_MANAGEMENT_KEY", "K2wrongwrongwrong")
            .args(["users", "list"]),
    );
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        error: list users failed: Unauthorized: The management key is not valid for this project [E011401] (HTTP 401)
        hint: Descope refused the project ID / management key: the secret comes from the environment: set IAMCTL_MANAGEMENT_KEY to the right one
        [exit status: 4]
        "#)
    });
}

#[test]
fn unknown_profile_says_did_you_mean_and_lists_the_built_in_ones() {
    let env = TestEnv::new();
    let t = Transcript::of(env.cmd().args(["-p", "descope", "users", "list"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        error: unknown profile "descope"
        hint: did you mean `sandbox-descope`?
        hint: no profiles are configured: add one with `iamctl profile add`; built in: sandbox, sandbox-valuekeep, sandbox-descope
        [exit status: 2]
        "#)
    });
}

/// Without a terminal, every missing answer in one usage error.
#[test]
fn profile_add_without_a_terminal_lists_every_missing_answer() {
    let env = TestEnv::new();
    // (`--secret env:X`: with no keyring, the keyring's absence is said first.)
    let t = Transcript::of(env.cmd().args(["profile", "add", "--secret", "env:X"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        error: profile add: missing the profile's NAME, --kind (odc, valuekeep or descope) and its coordinates (odc: --portal, --client-id; valuekeep: --base-url, --tenant, --org, --client-id; descope: --project-id)
        hint: give them on the command line, or run `iamctl profile add` on a terminal to be asked (no terminal here, or --no-input)
        [exit status: 2]
        "#)
    });
    let t = Transcript::of(env.cmd().args([
        "profile",
        "add",
        "x",
        "--kind",
        "valuekeep",
        "--secret",
        "env:X",
    ]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        error: profile add: missing --base-url, --tenant, --org, --client-id
        hint: give them on the command line, or run `iamctl profile add` on a terminal to be asked (no terminal here, or --no-input)
        [exit status: 2]
        "#)
    });
}
