//! Failure paths and their exit codes: API refusals, the network, usage
//! errors, declined confirmations, blank names and bad durations, each with
//! its code and message.

use serde_json::{Value, json};

use crate::common::bulk::PLATFORMS;
use crate::common::descope::{KEY, PROJECT, dsc_cmd};
use crate::common::profiles::NO_USER;
use crate::common::{
    Sandbox, TestEnv, Transcript, all_users, create_user, descope_mgmt as mgmt, requests, run,
    snapshot_settings,
};

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

#[test]
fn error_paths_map_to_exit_codes() {
    let sb = Sandbox::start(&["--seed-users", "3"]);
    let env = TestEnv::new();
    let login = first_login(&sb);
    // Wrong key: 401 with Descope's error body → exit 4.
    let out = run(dsc_cmd(&env, &sb)
        .env("IAMCTL_MANAGEMENT_KEY", "Kwrong")
        .args(["users", "get", &login]))
    .expect(4);
    assert!(
        out.stderr.contains("E011401") && out.stderr.contains("HTTP 401"),
        "{}",
        out.stderr
    );
    let out = run(dsc_cmd(&env, &sb)
        .env("IAMCTL_MANAGEMENT_KEY", "Kwrong")
        .args(["-o", "json", "users", "list"]))
    .expect(4);
    let err: Value = serde_json::from_str(out.stderr.trim()).unwrap();
    assert_eq!(err["api"]["status"], 401);
    // Wrong project too.
    run(dsc_cmd(&env, &sb)
        .env("DESCOPE_PROJECT_ID", "P2other")
        .args(["users", "get", &login]))
    .expect(4);
    // Not found → 3 (whatever the HTTP status), exists → 5.
    let out = run(dsc_cmd(&env, &sb).args(["users", "get", "nobody"])).expect(3);
    assert!(
        out.stderr.contains("E112102") && out.stderr.contains("User not found"),
        "{}",
        out.stderr
    );
    run(dsc_cmd(&env, &sb).args(["users", "patch", "nobody", "--name", "x"])).expect(3);
    run(dsc_cmd(&env, &sb).args(["users", "set", "nobody", "status", "disabled"])).expect(3);
    run(dsc_cmd(&env, &sb).args(["users", "roles", "add", "nobody", "Viewer"])).expect(3);
    let out = run(dsc_cmd(&env, &sb).args(["users", "create", "--login-id", &login])).expect(5);
    assert!(
        out.stderr.contains("E062107") && out.stderr.contains("hint:"),
        "{}",
        out.stderr
    );
    // No key at all / no project.
    let out = run(dsc_cmd(&env, &sb)
        .env_remove("IAMCTL_MANAGEMENT_KEY")
        .args(["users", "get", &login]))
    .expect(4);
    assert!(
        out.stderr.contains("IAMCTL_MANAGEMENT_KEY"),
        "{}",
        out.stderr
    );
    let out = run(dsc_cmd(&env, &sb)
        .env_remove("DESCOPE_PROJECT_ID")
        .args(["users", "get", &login]))
    .expect(2);
    assert!(out.stderr.contains("project ID"), "{}", out.stderr);
    // DESCOPE_MANAGEMENT_KEY and IAMCTL_PROJECT_ID work too.
    run(dsc_cmd(&env, &sb)
        .env_remove("IAMCTL_MANAGEMENT_KEY")
        .env_remove("DESCOPE_PROJECT_ID")
        .env("DESCOPE_MANAGEMENT_KEY", KEY)
        .env("IAMCTL_PROJECT_ID", PROJECT)
        .args(["users", "get", &login]))
    .ok();
    // Plain http to a non-loopback host is refused before sending.
    let out = run(dsc_cmd(&env, &sb)
        .env("IAMCTL_BASE_URL", "http://api.example.com")
        .args(["users", "get", &login]))
    .expect(2);
    assert!(out.stderr.contains("refusing http://"), "{}", out.stderr);
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
fn missing_arguments_without_input_are_usage_errors() {
    let sb = Sandbox::start(&["--seed-users", "1"]);
    let env = TestEnv::new();
    let t = Transcript::of(
        env.odc(&sb)
            .args(["--no-input", "users", "create", "--name", "X"]),
    );
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        error: missing --email
        hint: give it on the command line (no terminal to ask on, or --no-input)
        [exit status: 2]
        "#)
    });
    // No terminal: the same as --no-input.
    let t = Transcript::of(
        env.odc(&sb)
            .args(["users", "create", "--email", "x@example.com"]),
    );
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        error: missing --name
        hint: give it on the command line (no terminal to ask on, or --no-input)
        [exit status: 2]
        "#)
    });
    run(env.odc(&sb).args(["--no-input", "users", "invite"])).expect(2);
    let t = Transcript::of(env.cmd().args([
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
    ]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        error: profile add: missing --portal
        hint: give them on the command line, or run `iamctl profile add` on a terminal to be asked (no terminal here, or --no-input)
        [exit status: 2]
        "#)
    });
    // A keyring secret with no keyring: said before any prompt (exit 4).
    let t = Transcript::of(env.cmd().args([
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
    ]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        error: no OS keyring is available on this machine, and iamctl never stores secrets in plain text
        hint: keep the secret elsewhere: `iamctl profile add x --secret env:VAR ...` (the variable holds it), or `--secret 'cmd:COMMAND'` (a command that prints it, e.g. a password manager's CLI); for one run, IAMCTL_CLIENT_SECRET / IAMCTL_MANAGEMENT_KEY need no profile at all
        [exit status: 4]
        "#)
    });
    // clap's own usage errors are exit 2 too.
    run(env.odc(&sb).args(["users", "get"])).expect(2);
    run(env.odc(&sb).args(["users", "frobnicate"])).expect(2);
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

// ---- durations: one check, one message, no panic ----

#[test]
fn durations_are_checked_once_with_one_message() {
    let env = TestEnv::new();
    let base = || {
        let mut c = env.cmd();
        c.env("IAMCTL_KIND", "odc")
            .env("IAMCTL_PORTAL", "http://127.0.0.1:1")
            .env("IAMCTL_CLIENT_ID", "c")
            .env("IAMCTL_CLIENT_SECRET", "s");
        c
    };
    for (flag, var) in [
        ("--timeout", "IAMCTL_TIMEOUT"),
        ("--max-wait", "IAMCTL_MAX_WAIT"),
        ("--rate-window", "IAMCTL_RATE_WINDOW"),
    ] {
        for bad in ["1e300", "inf", "-inf", "nan", "0", "1e-300", "-5"] {
            for via_env in [false, true] {
                let mut c = base();
                if via_env {
                    c.env(var, bad);
                } else {
                    c.arg(format!("{flag}={bad}"));
                }
                let out = run(c.args(["users", "list"])).expect(2);
                assert!(
                    out.stderr.starts_with(&format!("error: {flag} "))
                        && out
                            .stderr
                            .contains("give a number of seconds from 0.001 to 604800"),
                    "{flag} {bad} (env: {via_env}): {}",
                    out.stderr
                );
                assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
            }
        }
    }
    for args in [
        ["--seed-users", "99999999999"],
        ["--rate-window", "inf"],
        ["--rate-window", "1e300"],
        ["--rate-window", "0"],
        ["--rate-limit", "1e-300"],
        ["--rate-limit", "inf"],
        ["--token-ttl", "99999999999999"],
    ] {
        let out = run(env.cmd().arg("sandbox").args(args)).expect(2);
        assert!(out.stderr.contains(args[0]), "{args:?}: {}", out.stderr);
        assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
    }
    let out = run(env.cmd().args(["sandbox", "--seed-users", "99999999999"])).expect(2);
    assert!(out.stderr.contains("at most 1000000"), "{}", out.stderr);
}

#[test]
fn blank_users_groups_and_roles_are_refused_before_any_request() {
    let sb = Sandbox::start(&["--seed-users", "2"]);
    let env = TestEnv::new();
    let leavers = env.path().join("leavers.csv");
    std::fs::write(&leavers, "email\n\"\"\n").unwrap();
    let leavers = leavers.to_str().unwrap().to_string();
    let mut log = String::new();
    for platform in PLATFORMS {
        let cases: Vec<Vec<&str>> = vec![
            vec!["users", "delete", "", "--yes"],
            vec!["users", "set", " ", "name", "x"],
            vec!["users", "get", "\t"],
            vec!["users", "roles", "add", "someone@example.com", ""],
            vec!["users", "copy-access", "someone@example.com", " "],
            vec![
                "users",
                "roles",
                "add",
                "someone@example.com",
                "Viewer",
                "--stage",
                "",
            ],
            vec!["users", "lifecycle", "delete", "--from", &leavers, "--yes"],
        ];
        for args in cases {
            let out = run(env.on(platform, &sb).arg("-v").args(&args));
            let sent = requests(&out.stderr);
            log += &format!(
                "--- {platform:?} {args:?}: exit {}, {} requests\n{}",
                out.code,
                sent.len(),
                out.stderr.replace(&leavers, "[FILE]")
            );
        }
    }
    let log = log.replace(&leavers, "[FILE]");
    insta::with_settings!({prepend_module_to_snapshot => false, omit_expression => true}, {
        insta::assert_snapshot!("blank_names_refused", log);
    });
}
