//! Failure paths: credentials, tokens, API refusals, retries, the network,
//! profiles and the keyring, each with its exit code and message.

use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::{Sandbox, TestEnv, all_users, create_user, requests, run};

const NO_USER: &str = "00000000-0000-4000-8000-000000000000";

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
fn not_found_bad_user_and_api_rejection() {
    let sb = Sandbox::start(&["--seed-users", "3"]);
    let env = TestEnv::new();
    let out = run(env.odc(&sb).args(["users", "get", NO_USER])).expect(3);
    assert!(out.stderr.contains("not found"), "{}", out.stderr);
    assert!(
        out.stderr.contains("HTTP 404") && out.stderr.contains("traceId"),
        "{}",
        out.stderr
    );
    let out = run(env.odc(&sb).args(["users", "get", "nobody@example.com"])).expect(3);
    assert!(
        out.stderr.contains("user \"nobody@example.com\" not found"),
        "{}",
        out.stderr
    );

    let out = run(env.odc(&sb).args(["-v", "users", "get", "bob"])).expect(2);
    assert!(
        out.stderr
            .contains("neither a user key (UUID) nor an e-mail"),
        "{}",
        out.stderr
    );
    assert!(
        requests(&out.stderr).iter().all(|r| !r.contains("/api/")),
        "no API call for a bad USER"
    );
    run(env.odc(&sb).args(["users", "delete", "-y", "bob"])).expect(2);

    let key = create_user(&sb, "valid@example.com", "Valid");
    let out = run(env
        .odc(&sb)
        .args(["users", "patch", &key, "--json", r#"{"name":""}"#]))
    .expect(5);
    assert!(out.stderr.contains("cannot be empty"), "{}", out.stderr);
    assert!(out.stderr.contains("HTTP 400"), "{}", out.stderr);
    assert!(out.stderr.contains("traceId "), "{}", out.stderr);
}

#[test]
fn storm_of_429_and_503_is_ridden_out() {
    // Seed 0 fails 6 of the first 12 API calls (the 3rd, 5th, 6th, ...).
    let sb = Sandbox::start(&[
        "--seed-users",
        "5",
        "--fail-rate",
        "0.4",
        "--fault-seed",
        "0",
    ]);
    let env = TestEnv::new();
    // The sandbox's answers fail 40% of the time for direct calls too: list
    // through iamctl, which retries (and warms the token cache).
    let out = run(env
        .odc(&sb)
        .args(["users", "list", "-o", "ndjson", "--jq", ".key"]))
    .ok();
    let keys: Vec<String> = out.lines().iter().map(|k| k.to_string()).collect();
    assert_eq!(keys.len(), 5);
    let env = &env;
    let sb = &sb;
    let retries = std::thread::scope(|s| {
        let handles: Vec<_> = (0..10)
            .map(|t| {
                let keys = &keys;
                s.spawn(move || {
                    let mut retries = 0;
                    for i in 0..2 {
                        let key = &keys[(t + i) % keys.len()];
                        let out =
                            run(env.odc(sb).args(["-v", "users", "get", key, "-o", "json"])).ok();
                        assert_eq!(out.json()["key"].as_str(), Some(key.as_str()));
                        retries += out.stderr.matches("* retry ").count();
                    }
                    retries
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap())
            .sum::<usize>()
    });
    assert!(retries > 0, "20 gets at fail-rate 0.4 and no retry?");
}

#[test]
fn permanent_failure_gives_up_within_max_wait() {
    let sb = Sandbox::start(&["--seed-users", "3", "--fail-rate", "1", "--fault-seed", "1"]);
    let env = TestEnv::new();
    let started = Instant::now();
    let out = run(env.odc(&sb).args(["--max-wait", "2", "users", "list"])).expect(6);
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "took {:?}",
        started.elapsed()
    );
    assert!(out.stderr.contains("list users failed"), "{}", out.stderr);
    assert!(
        out.stderr.contains("HTTP 503") || out.stderr.contains("HTTP 429"),
        "{}",
        out.stderr
    );
}

#[test]
fn unreachable_host_is_a_network_error_with_a_hint() {
    let env = TestEnv::new();
    let out = run(env
        .cmd()
        .env("IAMCTL_KIND", "odc")
        .env("IAMCTL_PORTAL", "http://127.0.0.1:1")
        .env("IAMCTL_CLIENT_ID", "c")
        .env("IAMCTL_CLIENT_SECRET", "s")
        .args(["--max-wait", "1", "users", "list"]))
    .expect(6);
    assert!(out.stderr.contains("could not connect"), "{}", out.stderr);
    assert!(
        out.stderr
            .contains("hint: check that 127.0.0.1 is reachable"),
        "{}",
        out.stderr
    );
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

#[test]
fn unknown_and_missing_profiles() {
    let env = TestEnv::new();
    let out = run(env.cmd().args(["users", "list"])).expect(2);
    assert!(out.stderr.contains("no profile selected"), "{}", out.stderr);
    assert!(
        out.stderr.contains("-p sandbox") && out.stderr.contains("IAMCTL_CLIENT_SECRET"),
        "{}",
        out.stderr
    );

    let out = run(env.cmd().args(["-p", "nope", "users", "list"])).expect(2);
    assert!(
        out.stderr.contains("unknown profile \"nope\""),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("hint: no profiles are configured"),
        "{}",
        out.stderr
    );

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
    let out = run(env.cmd().args(["-p", "gamma", "users", "list"])).expect(2);
    assert!(
        out.stderr
            .contains("hint: profiles: alpha, beta, sandbox, sandbox-valuekeep, sandbox-descope"),
        "{}",
        out.stderr
    );
    let out = run(env
        .cmd()
        .env("IAMCTL_PROFILE", "gamma")
        .args(["users", "list"]))
    .expect(2);
    assert!(
        out.stderr.contains("unknown profile \"gamma\""),
        "{}",
        out.stderr
    );
    run(env.cmd().args(["profile", "use", "gamma"])).expect(2);
    run(env.cmd().args(["-y", "profile", "remove", "gamma"])).expect(2);
}

#[test]
fn no_keyring_refuses_to_store_a_secret() {
    let env = TestEnv::new();
    let out = run(env
        .cmd()
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
        .write_stdin("hunter2-secret\n"))
    .expect(4);
    let first = out.stderr.lines().next().unwrap();
    assert!(
        first.starts_with("error: no OS keyring is available on this machine"),
        "{}",
        out.stderr
    );
    assert!(
        first.contains("never stores secrets in plain text"),
        "{first}"
    );
    assert!(
        out.stderr.contains("IAMCTL_CLIENT_SECRET") && out.stderr.contains("env:VAR"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("hunter2"));
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
fn missing_arguments_without_input_are_usage_errors() {
    let sb = Sandbox::start(&["--seed-users", "1"]);
    let env = TestEnv::new();
    let out = run(env
        .odc(&sb)
        .args(["--no-input", "users", "create", "--name", "X"]))
    .expect(2);
    assert!(out.stderr.contains("missing --email"), "{}", out.stderr);
    let out = run(env
        .odc(&sb)
        .args(["users", "create", "--email", "x@example.com"]))
    .expect(2);
    assert!(
        out.stderr.contains("missing --name"),
        "no terminal: {}",
        out.stderr
    );
    run(env.odc(&sb).args(["--no-input", "users", "invite"])).expect(2);
    let out = run(env.cmd().args([
        "--no-input",
        "profile",
        "add",
        "x",
        "--kind",
        "odc",
        "--client-id",
        "c",
        "--secret",
        "env:X",
    ]))
    .expect(2);
    assert!(out.stderr.contains("missing --portal"), "{}", out.stderr);
    let out = run(env.cmd().args([
        "--no-input",
        "profile",
        "add",
        "x",
        "--kind",
        "odc",
        "--portal",
        "a.outsystems.app",
        "--client-id",
        "c",
    ]))
    // A keyring secret with no keyring: said before any prompt (exit 4).
    .expect(4);
    assert!(
        out.stderr.contains("no OS keyring is available"),
        "{}",
        out.stderr
    );
    // clap's own usage errors are exit 2 too.
    run(env.odc(&sb).args(["users", "get"])).expect(2);
    run(env.odc(&sb).args(["users", "frobnicate"])).expect(2);
}

#[test]
fn json_errors_are_one_object_on_stderr() {
    let sb = Sandbox::start(&["--seed-users", "1"]);
    let env = TestEnv::new();
    let out = run(env.odc(&sb).args(["-o", "json", "users", "get", NO_USER])).expect(3);
    assert!(out.stdout.is_empty());
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    let e: Value = serde_json::from_str(&out.stderr).unwrap();
    assert_eq!(e["error"], "not_found");
    assert_eq!(e["exit_code"], 3);
    assert_eq!(e["api"]["status"], 404);
    assert!(
        e["api"]["trace_id"].as_str().is_some_and(|t| !t.is_empty()),
        "{e}"
    );
    assert!(e["api"]["detail"].as_str().unwrap().contains(NO_USER));

    let out = run(env
        .odc(&sb)
        .args(["-o", "ndjson", "users", "list", "--sort", "x"]))
    .expect(2);
    let e: Value = serde_json::from_str(out.stderr.trim()).unwrap();
    assert_eq!(e["error"], "usage");

    // A fresh environment: no cached token to hide the wrong secret.
    let env = TestEnv::new();
    let out = run(env
        .odc(&sb)
        .env("IAMCTL_CLIENT_SECRET", "wrong")
        .args(["-o", "json", "users", "list"]))
    .expect(4);
    let e: Value = serde_json::from_str(out.stderr.trim()).unwrap();
    assert_eq!(e["error"], "auth");
    assert!(e["hints"].as_array().is_some_and(|h| !h.is_empty()));
}

/// Answering "no" at a real terminal prompt (a pty from `script`) is its
/// own outcome: exit 8, nothing changed; not 130, which is Ctrl-C.
#[test]
fn declining_a_confirmation_exits_8_and_changes_nothing() {
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
    let before = all_users(&sb).len();
    let email = all_users(&sb)[0]["email"].as_str().unwrap().to_string();
    let line = format!("{} users delete {email}", crate::common::bin().display());
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
        .env("IAMCTL_KIND", "odc")
        .env("IAMCTL_PORTAL", &sb.url)
        .env("IAMCTL_CLIENT_ID", "sandbox-client")
        .env("IAMCTL_CLIENT_SECRET", "sandbox-secret")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Answer once the prompt is up.
    std::thread::sleep(std::time::Duration::from_millis(1500));
    use std::io::Write;
    child.stdin.as_mut().unwrap().write_all(b"n").unwrap();
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(8), "{text}");
    assert!(text.contains("declined: did not delete user"), "{text}");
    assert_eq!(all_users(&sb).len(), before, "a declined delete deleted");
}

/// Issue 9: a sandbox address given without `http://` meets TLS with plain
/// HTTP; that is said at once (exit 2, one request, no retries), with the
/// address to write instead.
#[test]
fn a_plain_http_server_behind_an_https_address_is_named_at_once() {
    let sb = Sandbox::start(&["--seed-users", "1"]);
    let env = TestEnv::new();
    let bare = sb.url.trim_start_matches("http://").to_string();
    let out = run(env
        .odc(&sb)
        .env("IAMCTL_PORTAL", &bare)
        .args(["-v", "users", "list"]))
    .expect(2);
    assert!(
        out.stderr
            .contains(&format!("{bare} answered in plain HTTP, not HTTPS"))
            && out.stderr.contains(&format!("give it as http://{bare}")),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("* 1 requests, 0 retries"),
        "{}",
        out.stderr
    );
}

/// Issue 9: every missing profile field in one error, not one per run.
#[test]
fn missing_profile_fields_are_named_all_at_once() {
    let env = TestEnv::new();
    let out = run(env
        .cmd()
        .env("IAMCTL_KIND", "valuekeep")
        .env("IAMCTL_TENANT", "t")
        .args(["users", "list"]))
    .expect(2);
    assert!(
        out.stderr
            .contains("profile \"env\" has no base URL, organization key, client id"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("IAMCTL_BASE_URL, IAMCTL_ORG, IAMCTL_CLIENT_ID"),
        "{}",
        out.stderr
    );
}
