//! Profiles: add/list/show/use/remove/test, secret sources, precedence,
//! the built-in sandbox profile and the token cache.

use serde_json::Value;

use crate::common::{Sandbox, TestEnv, requests, run};

fn add_env_profile(env: &TestEnv, name: &str, portal: &str, var: &str) {
    run(env.cmd().args([
        "profile",
        "add",
        name,
        "--kind",
        "odc",
        "--portal",
        portal,
        "--client-id",
        "sandbox-client",
        "--secret",
        &format!("env:{var}"),
    ]))
    .ok();
}

#[test]
fn profile_lifecycle_with_an_env_secret() {
    let sb = Sandbox::start(&["--seed-users", "8"]);
    let env = TestEnv::new();
    let out = run(env.cmd().args([
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
    .ok();
    assert!(out.stderr.contains("Saved profile acme"), "{}", out.stderr);
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
    let out = run(env.cmd().args(["profile", "list"])).ok();
    assert!(out.lines()[0].contains("NAME") && out.lines()[0].contains("SECRET"));

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
    let out = run(env2.cmd().args(["users", "list"])).expect(4);
    assert!(
        out.stderr.contains("$ACME_SECRET, which is not set"),
        "{}",
        out.stderr
    );

    let out = run(env
        .cmd()
        .env("ACME_SECRET", "sandbox-secret")
        .args(["profile", "test"]))
    .ok();
    assert!(
        out.stdout.contains("token") && out.stdout.contains("ok"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("identity API") && out.stdout.contains("ok (8 users)"),
        "{}",
        out.stdout
    );
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
    let out = run(env.cmd().args(["-y", "profile", "remove", "other"])).ok();
    assert!(out.stderr.contains("Removed profile other"));
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
    let out = run(env.cmd().args(["users", "list"])).expect(4);
    assert!(
        out.stderr.contains("secret command \"false\" failed"),
        "{}",
        out.stderr
    );
}

#[test]
fn environment_overrides_the_profile_file() {
    let sb = Sandbox::start(&["--seed-users", "4"]);
    let env = TestEnv::new();
    // The file says an address that answers nothing; the environment fixes it.
    add_env_profile(&env, "acme", "http://127.0.0.1:1", "ACME_SECRET");
    let out = run(env
        .cmd()
        .env("ACME_SECRET", "sandbox-secret")
        .env("IAMCTL_PORTAL", &sb.url)
        .args(["users", "list", "-o", "ndjson"]))
    .ok();
    assert_eq!(out.lines().len(), 4);
    // IAMCTL_CLIENT_SECRET overrides the profile's secret source.
    let out = run(env
        .cmd()
        .env("IAMCTL_CLIENT_SECRET", "sandbox-secret")
        .env("IAMCTL_PORTAL", &sb.url)
        .args(["profile", "show", "-o", "json"]))
    .ok();
    assert_eq!(out.json()["portal"], Value::String(sb.url.clone()));
    assert_eq!(out.json()["secret"], "(given)");
    // Without the override, the file's address is used (and fails).
    let out = run(env.cmd().env("ACME_SECRET", "sandbox-secret").args([
        "--max-wait",
        "1",
        "users",
        "list",
    ]))
    .expect(6);
    assert!(out.stderr.contains("127.0.0.1:1"), "{}", out.stderr);
}

#[test]
fn builtin_sandbox_profile_keeps_state_between_runs() {
    let env = TestEnv::new();
    let out = run(env
        .cmd()
        .args(["-p", "sandbox", "users", "list", "--all", "-o", "ndjson"]))
    .ok();
    assert_eq!(out.lines().len(), 50, "seeded with 50 users");
    let out = run(env.cmd().args([
        "-p",
        "sandbox",
        "users",
        "create",
        "--email",
        "newcomer@example.com",
        "--name",
        "Newcomer",
        "-o",
        "json",
    ]))
    .ok();
    let rec = &out.json()[0];
    assert_eq!(rec["result"], "created", "{rec}");
    let key = rec["target"]["key"].as_str().unwrap().to_string();
    let out = run(env
        .cmd()
        .args(["-p", "sandbox", "users", "list", "--all", "-o", "ndjson"]))
    .ok();
    let users = out.ndjson();
    assert_eq!(users.len(), 51);
    assert!(users.iter().any(|u| u["key"] == Value::String(key.clone()) && u["email"] == "newcomer@example.com"));
    assert!(env.path().join("cache/sandbox/state.json").exists());
    // The token cached by one run is reused by the next, though the port moved.
    let out = run(env.cmd().args([
        "-v",
        "-p",
        "sandbox",
        "users",
        "get",
        "newcomer@example.com",
    ]))
    .ok();
    assert_eq!(requests(&out.stderr).len(), 1, "{}", out.stderr);
    run(env
        .cmd()
        .args(["-p", "sandbox", "-y", "users", "delete", &key]))
    .ok();
    run(env.cmd().args(["-p", "sandbox", "users", "get", &key])).expect(3);
}

#[test]
fn token_cache_makes_the_second_command_one_request() {
    let sb = Sandbox::start(&["--seed-users", "4"]);
    let env = TestEnv::new();
    let out = run(env.odc(&sb).args(["-v", "users", "list"])).ok();
    let first = requests(&out.stderr);
    assert_eq!(first.len(), 3, "discovery, token, list: {first:#?}");
    assert!(first[0].contains("/identity/.well-known/openid-configuration"));
    assert!(first[1].starts_with("POST ") && first[1].contains("/token"));
    let out = run(env.odc(&sb).args(["-v", "users", "list"])).ok();
    let second = requests(&out.stderr);
    assert_eq!(
        second,
        vec![format!(
            "GET {}/api/identity/v1/users?limit=100&offset=0",
            sb.url
        )]
    );
    assert!(
        out.stderr.contains("* 1 requests, 0 retries"),
        "{}",
        out.stderr
    );
    // The cache file is private and holds the token, nothing else secret.
    let dir = env.path().join("cache/tokens");
    let file = std::fs::read_dir(&dir)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    assert!(
        !std::fs::read_to_string(&file)
            .unwrap()
            .contains("sandbox-secret")
    );
}

#[test]
fn environment_route_borrows_nothing_from_the_files_default_profile() {
    let sb = Sandbox::start(&["--seed-users", "3"]);
    let env = TestEnv::new();
    // The file's default is an ODC profile at an address nothing answers.
    add_env_profile(&env, "prod", "http://127.0.0.1:9", "PROD_SECRET");
    // IAMCTL_KIND and no profile named: the environment alone.
    let out = run(env
        .cmd()
        .env("IAMCTL_KIND", "valuekeep")
        .env("IAMCTL_BASE_URL", &sb.url)
        .env("IAMCTL_TENANT", "sandbox")
        .env("IAMCTL_ORG", "sandbox-0001")
        .env("IAMCTL_CLIENT_ID", "sandbox-client")
        .env("IAMCTL_CLIENT_SECRET", "sandbox-secret")
        .env("IAMCTL_TOKEN_URL", format!("{}/connect/token", sb.url))
        .args(["users", "list", "-o", "json"]))
    .ok();
    assert_eq!(out.json().as_array().unwrap().len(), 3);
    // Naming an ODC profile while IAMCTL_KIND says otherwise is a
    // contradiction, refused before anything is sent.
    let out = run(env
        .cmd()
        .env("IAMCTL_KIND", "valuekeep")
        .args(["-v", "-p", "prod", "users", "list"]))
    .expect(2);
    assert!(
        out.stderr
            .contains("IAMCTL_KIND=valuekeep contradicts profile \"prod\", which is ODC"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("* 0 requests"), "{}", out.stderr);
}

#[test]
fn profile_add_says_there_is_no_keyring_before_asking_anything() {
    let env = TestEnv::new();
    // No portal, no client id: the old flow asked for those (and for the
    // secret) first, then found no keyring and threw the answers away.
    let out = run(env.cmd().args(["profile", "add", "prod", "--kind", "odc"])).expect(4);
    assert!(
        out.stderr.contains("no OS keyring is available")
            && out.stderr.contains("--secret env:VAR")
            && out.stderr.contains("cmd:COMMAND"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("missing --portal"), "{}", out.stderr);
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

#[test]
fn dynamic_completion_offers_profiles_and_fields() {
    let env = TestEnv::new();
    add_env_profile(&env, "prod", "acme.outsystems.dev", "PROD_SECRET");
    let out = run(env
        .cmd()
        .env("COMPLETE", "fish")
        .args(["--", "iamctl", "-p", ""]))
    .ok();
    let names: Vec<&str> = out
        .lines()
        .iter()
        .map(|l| l.split('\t').next().unwrap())
        .collect();
    assert!(
        names.contains(&"prod") && names.contains(&"sandbox"),
        "{names:?}"
    );
    let out = run(env.cmd().env("COMPLETE", "fish").args([
        "--",
        "iamctl",
        "users",
        "list",
        "--fields",
        "key,lastLo",
    ]))
    .ok();
    assert_eq!(out.lines(), ["key,lastLogin", "key,lastLoginAt"]);
}
