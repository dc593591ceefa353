//! Authentication: wrong secrets, expired or forgotten tokens, the token
//! cache, a secret changed while a token is cached, and plain HTTP refused
//! for a remote portal.

use std::time::Duration;

use serde_json::Value;

use crate::common::valuekeep::{ORG, TENANT, Valuekeep};
use crate::common::{Sandbox, TestEnv, requests, run};

#[test]
fn wrong_secret_is_an_auth_error() {
    let sb = Sandbox::start(&["--seed-users", "3"]);
    let env = TestEnv::new();
    let out = run(env
        .odc(&sb)
        .env("IAMCTL_CLIENT_SECRET", "not-the-secret")
        .args(["users", "list"]))
    .expect(4);
    assert!(
        out.stderr
            .contains("error: the token endpoint refused the credentials"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("invalid_client"), "{}", out.stderr);
    assert!(
        out.stderr
            .contains("hint: check client id \"sandbox-client\""),
        "{}",
        out.stderr
    );
    assert!(out.stdout.is_empty());
    // Wrong client id: the same family.
    run(env
        .odc(&sb)
        .env("IAMCTL_CLIENT_ID", "nobody")
        .args(["users", "list"]))
    .expect(4);
}

#[test]
fn expired_token_is_replaced() {
    let sb = Sandbox::start(&["--seed-users", "250", "--token-ttl", "4"]);
    let env = TestEnv::new();
    let token_posts = |stderr: &str| {
        requests(stderr)
            .iter()
            .filter(|r| r.starts_with("POST ") && r.ends_with("/identity/connect/token"))
            .count()
    };
    // A short-lived token is still reused within a run (3 pages, 1 token)...
    let out = run(env
        .odc(&sb)
        .args(["-v", "users", "list", "--all", "-o", "ndjson"]))
    .ok();
    assert_eq!(out.lines().len(), 250);
    assert_eq!(token_posts(&out.stderr), 1, "{}", out.stderr);
    let cached = std::fs::read_dir(env.path().join("cache/tokens"))
        .unwrap()
        .count();
    assert_eq!(cached, 1, "the token was not cached");
    // ...and by the next command while it is fresh.
    let out = run(env.odc(&sb).args(["-v", "users", "list", "-L", "1"])).ok();
    assert_eq!(requests(&out.stderr).len(), 1, "{}", out.stderr);
    // Past its expiry, the next command fetches a new one and succeeds.
    std::thread::sleep(Duration::from_millis(4500));
    let out = run(env
        .odc(&sb)
        .args(["-v", "users", "list", "-L", "3", "-o", "ndjson"]))
    .ok();
    assert_eq!(out.lines().len(), 3);
    assert_eq!(token_posts(&out.stderr), 1, "{}", out.stderr);
    assert!(
        !out.stderr.contains("< 401"),
        "an expired token was sent: {}",
        out.stderr
    );
}

#[test]
fn token_the_server_forgot_is_renewed_once() {
    let sb = Sandbox::start(&["--seed-users", "3"]);
    let env = TestEnv::new();
    run(env.odc(&sb).args(["users", "list"])).ok();
    // The server no longer knows the cached token (as after a revocation).
    let dir = env.path().join("cache/tokens");
    let file = std::fs::read_dir(&dir)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let mut cached: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    cached["access_token"] = "sbx_revoked".into();
    std::fs::write(&file, cached.to_string()).unwrap();

    let out = run(env.odc(&sb).args(["-v", "users", "list", "-o", "ndjson"])).ok();
    assert_eq!(out.lines().len(), 3);
    let reqs = requests(&out.stderr);
    assert_eq!(reqs.len(), 3, "401, one token, one retry: {reqs:#?}");
    assert!(
        reqs[0].starts_with("GET ") && reqs[1].starts_with("POST ") && reqs[2].starts_with("GET "),
        "{reqs:?}"
    );
    assert_eq!(out.stderr.matches("< 401").count(), 1, "{}", out.stderr);
    // The renewed token is cached for the next command.
    let out = run(env.odc(&sb).args(["-v", "users", "list"])).ok();
    assert_eq!(requests(&out.stderr).len(), 1);
}

#[test]
fn plain_http_to_a_remote_portal_is_refused() {
    let env = TestEnv::new();
    let out = run(env
        .cmd()
        .env("IAMCTL_KIND", "odc")
        .env("IAMCTL_PORTAL", "http://acme.outsystems.app")
        .env("IAMCTL_CLIENT_ID", "c")
        .env("IAMCTL_CLIENT_SECRET", "s")
        .args(["-v", "users", "list"]))
    .expect(2);
    assert!(out.stderr.contains("refusing http://"), "{}", out.stderr);
    assert!(
        requests(&out.stderr).is_empty(),
        "something was sent: {}",
        out.stderr
    );
    // And in a profile.
    let out = run(env.cmd().args([
        "profile",
        "add",
        "p",
        "--kind",
        "odc",
        "--portal",
        "http://10.1.2.3",
        "--client-id",
        "c",
        "--secret",
        "env:X",
    ]))
    .expect(2);
    assert!(out.stderr.contains("refusing http://"), "{}", out.stderr);
    assert!(!env.path().join("config/config.toml").exists());
}

// ---- the token cache: keyed by a fingerprint of the credential ----

#[test]
fn a_changed_or_missing_secret_is_noticed_while_a_token_is_cached() {
    let sb = Sandbox::start(&["--seed-users", "2"]);
    let env = TestEnv::new();
    run(env.odc(&sb).args(["users", "list"])).ok();
    // The cached token serves the same credential: no token request.
    let out = run(env.odc(&sb).args(["-v", "users", "list"])).ok();
    assert!(
        !requests(&out.stderr)
            .iter()
            .any(|r| r.contains("/connect/token")),
        "{}",
        out.stderr
    );
    // A wrong secret is refused at once, not hidden by the cached token.
    let out = run(env
        .odc(&sb)
        .env("IAMCTL_CLIENT_SECRET", "mistyped-secret")
        .args(["users", "create", "--email", "x@example.com", "--name", "X"]))
    .expect(4);
    assert!(
        out.stderr.contains("refused the credentials"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("mistyped-secret"), "{}", out.stderr);
    // So is a missing one.
    let out = run(env
        .odc(&sb)
        .env_remove("IAMCTL_CLIENT_SECRET")
        .args(["users", "list"]))
    .expect(4);
    assert!(
        out.stderr.contains("IAMCTL_CLIENT_SECRET"),
        "{}",
        out.stderr
    );
    // And the right one works again.
    run(env.odc(&sb).args(["users", "list"])).ok();
}

/// The same through the OS keyring (secret and token both kept there):
/// runs with `IAMCTL_TEST_KEYRING=1`, as `tests/it/test_keyring.rs`.
#[test]
fn a_re_added_keyring_secret_is_noticed_while_a_token_is_cached() {
    if !std::env::var("IAMCTL_TEST_KEYRING").is_ok_and(|v| v == "1") {
        eprintln!("skipping: set IAMCTL_TEST_KEYRING=1 inside a D-Bus session with a keyring");
        return;
    }
    let sb = Sandbox::start(&["--seed-users", "2"]);
    let env = TestEnv::new();
    let cmd = || {
        let mut c = env.cmd();
        c.env_remove("IAMCTL_NO_KEYRING");
        for var in ["DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR"] {
            if let Ok(v) = std::env::var(var) {
                c.env(var, v);
            }
        }
        c
    };
    let name = format!("fp-{}", std::process::id());
    let add = |secret: &str| {
        run(cmd()
            .args([
                "profile",
                "add",
                &name,
                "--kind",
                "odc",
                "--portal",
                &sb.url,
                "--client-id",
                "sandbox-client",
                "--client-secret-stdin",
            ])
            .write_stdin(secret.to_string()))
        .ok();
    };
    add("sandbox-secret");
    run(cmd().args(["users", "list"])).ok();
    add("mistyped-secret");
    let out = run(cmd().args(["users", "list"])).expect(4);
    assert!(
        out.stderr.contains("refused the credentials"),
        "{}",
        out.stderr
    );
    add("sandbox-secret");
    run(cmd().args(["users", "list"])).ok();
    run(cmd().args(["-y", "profile", "remove", &name])).ok();
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
fn auth_paths_and_error_codes() {
    let sb = Sandbox::start(&["--seed-users", "3"]);
    let env = TestEnv::new();
    // HTTP Basic client auth works as well as form fields.
    let out = run(env
        .valuekeep(&sb)
        .env("IAMCTL_CLIENT_AUTH", "basic")
        .args(["-vv", "users", "list", "-o", "ndjson"]))
    .ok();
    assert_eq!(out.lines().len(), 3);
    assert!(
        out.stderr.contains("authorization: Basic ***"),
        "{}",
        out.stderr
    );
    assert!(
        !out.stderr.contains("sandbox-secret"),
        "secret leaked: {}",
        out.stderr
    );
    let env2 = TestEnv::new();
    let out = run(env2
        .valuekeep(&sb)
        .args(["-vv", "users", "list", "-L", "1"]))
    .ok();
    assert!(out.stderr.contains("scope=application"), "{}", out.stderr);
    assert!(
        !out.stderr.contains("sandbox-secret"),
        "secret leaked: {}",
        out.stderr
    );

    // Wrong secret, wrong scope: exit 4.
    let env3 = TestEnv::new();
    let out = run(env3
        .valuekeep(&sb)
        .env("IAMCTL_CLIENT_SECRET", "nope")
        .args(["users", "list"]))
    .expect(4);
    assert!(out.stderr.contains("invalid_client"), "{}", out.stderr);
    let out = run(env3
        .valuekeep(&sb)
        .env("IAMCTL_SCOPE", "rose-api")
        .args(["users", "list"]))
    .expect(4);
    assert!(out.stderr.contains("invalid_scope"), "{}", out.stderr);
    // A tenant the server does not know: 404 → exit 3, its message shown.
    let out = run(env3
        .valuekeep(&sb)
        .env("IAMCTL_TENANT", "other")
        .args(["users", "list"]))
    .expect(3);
    assert!(out.stderr.contains("Tenant 'other'"), "{}", out.stderr);
    // Missing coordinates: usage, before any request.
    run(env3
        .valuekeep(&sb)
        .env_remove("IAMCTL_BASE_URL")
        .args(["users", "list"]))
    .expect(2);
    run(env3
        .valuekeep(&sb)
        .env_remove("IAMCTL_ORG")
        .args(["users", "list"]))
    .expect(2);
    // Plain http to a non-loopback host is refused.
    run(env3
        .valuekeep(&sb)
        .env("IAMCTL_BASE_URL", "http://example.com")
        .args(["users", "list"]))
    .expect(2);
    // A dead server: exit 6.
    let port = sb.port();
    drop(sb);
    run(env3
        .cmd()
        .env("IAMCTL_KIND", "valuekeep")
        .env("IAMCTL_BASE_URL", format!("http://127.0.0.1:{port}"))
        .env("IAMCTL_TENANT", TENANT)
        .env("IAMCTL_ORG", ORG)
        .env("IAMCTL_CLIENT_ID", "c")
        .env("IAMCTL_CLIENT_SECRET", "s")
        .env(
            "IAMCTL_TOKEN_URL",
            format!("http://127.0.0.1:{port}/connect/token"),
        )
        .args(["--max-wait", "0.5", "users", "list"]))
    .expect(6);
}

/// Credentials the token endpoint refuses are asked about once a run: a
/// lifecycle run over five users fails each row without asking again (it
/// used to cost a discovery and a token request per row).
#[test]
fn refused_credentials_are_asked_about_once_a_run() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let file = env.path().join("leavers.txt");
    std::fs::write(
        &file,
        "a@example.com\nb@example.com\nc@example.com\nd@example.com\ne@example.com\n",
    )
    .unwrap();
    let t = crate::common::Transcript::of(
        env.odc(&sb)
            .env("IAMCTL_CLIENT_SECRET", "not-the-secret")
            .args([
                "-v",
                "--yes",
                "users",
                "lifecycle",
                "deactivate",
                "--from",
                file.to_str().unwrap(),
            ]),
    );
    assert_eq!(t.code(), 4, "{t}");
    crate::common::snapshot_settings().bind(|| {
        insta::assert_snapshot!(requests(&t.stderr).join("\n"), @r"
        GET http://127.0.0.1:[PORT]/identity/.well-known/openid-configuration
        POST http://127.0.0.1:[PORT]/identity/connect/token
        ");
    });
}
