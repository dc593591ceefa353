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
    let t = Transcript::of(
        dsc_cmd(&env, &sb)
            .env("IAMCTL_MANAGEMENT_KEY", "Kwrong")
            .args(["users", "get", &login]),
    );
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        error: get user eva.ferreira1@example.com failed: Unauthorized: The management key is not valid for this project [E011401] (HTTP 401)
        hint: Descope refused the project ID / management key: the secret comes from the environment: set IAMCTL_MANAGEMENT_KEY to the right one
        [exit status: 4]
        ");
    });
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
    let t = Transcript::of(dsc_cmd(&env, &sb).args(["users", "get", "nobody"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        error: user "nobody" not found: User not found: Cannot find user nobody [E112102] (HTTP 400)
        [exit status: 3]
        "#);
    });
    run(dsc_cmd(&env, &sb).args(["users", "patch", "nobody", "--name", "x"])).expect(3);
    run(dsc_cmd(&env, &sb).args(["users", "set", "nobody", "status", "disabled"])).expect(3);
    run(dsc_cmd(&env, &sb).args(["users", "roles", "add", "nobody", "Viewer"])).expect(3);
    let t = Transcript::of(dsc_cmd(&env, &sb).args(["users", "create", "--login-id", &login]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        error: create user eva.ferreira1@example.com failed: User already exists: Login id eva.ferreira1@example.com is taken [E062107] (HTTP 409)
        hint: a user with this login id already exists; `iamctl users get LOGIN_ID` shows it
        [exit status: 5]
        ");
    });
    // No key at all / no project.
    let t = Transcript::of(
        dsc_cmd(&env, &sb)
            .env_remove("IAMCTL_MANAGEMENT_KEY")
            .args(["users", "get", &login]),
    );
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        error: profile "env" takes its secret from $IAMCTL_MANAGEMENT_KEY, which is not set
        hint: Descope: set IAMCTL_MANAGEMENT_KEY or DESCOPE_MANAGEMENT_KEY
        [exit status: 4]
        "#);
    });
    let t = Transcript::of(
        dsc_cmd(&env, &sb)
            .env_remove("DESCOPE_PROJECT_ID")
            .args(["users", "get", &login]),
    );
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        error: profile "env" has no Descope project ID
        hint: set it with `iamctl profile add NAME --kind descope --project-id P...`, or DESCOPE_PROJECT_ID / IAMCTL_PROJECT_ID
        [exit status: 2]
        "#);
    });
    // DESCOPE_MANAGEMENT_KEY and IAMCTL_PROJECT_ID work too.
    run(dsc_cmd(&env, &sb)
        .env_remove("IAMCTL_MANAGEMENT_KEY")
        .env_remove("DESCOPE_PROJECT_ID")
        .env("DESCOPE_MANAGEMENT_KEY", KEY)
        .env("IAMCTL_PROJECT_ID", PROJECT)
        .args(["users", "get", &login]))
    .ok();
    // Plain http to a non-loopback host is refused before sending.
    let t = Transcript::of(
        dsc_cmd(&env, &sb)
            .env("IAMCTL_BASE_URL", "http://api.example.com")
            .args(["users", "get", &login]),
    );
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        error: refusing http:// for http://api.example.com/: credentials only travel over https (plain http is allowed for loopback addresses only)
        [exit status: 2]
        ");
    });
}

#[test]
fn not_found_bad_user_and_api_rejection() {
    let sb = Sandbox::start(&["--seed-users", "3"]);
    let env = TestEnv::new();
    let t = Transcript::of(env.odc(&sb).args(["users", "get", NO_USER]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        error: user "00000000-0000-4000-8000-000000000000" not found: Not Found: User 00000000-0000-4000-8000-000000000000 was not found. [UserNotFound] (HTTP 404, traceId [TRACE_ID])
        [exit status: 3]
        "#);
    });
    let t = Transcript::of(env.odc(&sb).args(["users", "get", "nobody@example.com"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        error: user "nobody@example.com" not found
        [exit status: 3]
        "#);
    });

    // No API call for a bad USER.
    let t = Transcript::of(env.odc(&sb).args(["-v", "users", "get", "bob"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        * 0 requests, 0 retries, 0 answered 429
        error: "bob" is neither a user key (UUID) nor an e-mail address
        [exit status: 2]
        "#);
    });
    run(env.odc(&sb).args(["users", "delete", "-y", "bob"])).expect(2);

    let key = create_user(&sb, "valid@example.com", "Valid");
    let t = Transcript::of(
        env.odc(&sb)
            .args(["users", "patch", &key, "--json", r#"{"name":""}"#]),
    )
    .redact(&key, "[NEW_KEY]");
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        error: update user [NEW_KEY] failed: Bad Request: The field 'name' cannot be empty. [InvalidRequest] (HTTP 400, traceId [TRACE_ID])
        [exit status: 5]
        ");
    });
}

#[test]
fn unreachable_host_is_a_network_error_with_a_hint() {
    let env = TestEnv::new();
    let t = Transcript::of(
        env.cmd()
            .env("IAMCTL_KIND", "odc")
            .env("IAMCTL_PORTAL", "http://127.0.0.1:1")
            .env("IAMCTL_CLIENT_ID", "c")
            .env("IAMCTL_CLIENT_SECRET", "s")
            .args(["--max-wait", "1", "users", "list"]),
    );
    // How many attempts fit in the second depends on the backoff's jitter.
    let mut settings = snapshot_settings();
    settings.add_filter(
        r"gave up after \d+ attempts in \d+(\.\d+)? s",
        "gave up after [N] attempts in [T] s",
    );
    settings.bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        error: request to http://127.0.0.1:[PORT]/identity/.well-known/openid-configuration could not connect: Connection refused (os error 111) (gave up after [N] attempts in [T] s: retrying longer would pass --max-wait 1 s)
        hint: check that 127.0.0.1 is reachable and the profile's address is right
        [exit status: 6]
        ");
    });
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
    let t = Transcript::of(
        env.odc(&sb)
            .env("IAMCTL_PORTAL", &bare)
            .args(["-v", "users", "list"]),
    );
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        > GET https://127.0.0.1:[PORT]/identity/.well-known/openid-configuration
        * request to https://127.0.0.1:[PORT]/identity/.well-known/openid-configuration could not connect: received corrupt message of type InvalidContentType
        * 1 requests, 0 retries, 0 answered 429
        error: 127.0.0.1:[PORT] answered in plain HTTP, not HTTPS (request to https://127.0.0.1:[PORT]/identity/.well-known/openid-configuration could not connect: received corrupt message of type InvalidContentType)
        hint: an address without a scheme means https://; if 127.0.0.1:[PORT] is a local `iamctl sandbox`, give it as http://127.0.0.1:[PORT]
        [exit status: 2]
        ");
    });
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
    let mut log = String::new();
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
                let t = Transcript::of(c.args(["users", "list"]));
                let how = if via_env {
                    format!("{var}={bad}")
                } else {
                    format!("{flag}={bad}")
                };
                log += &format!("--- {how} users list\n{t}");
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
        let t = Transcript::of(env.cmd().arg("sandbox").args(args));
        log += &format!("--- sandbox {}\n{t}", args.join(" "));
    }
    // Each an error naming the flag (exit 2), none a panic.
    snapshot_settings().bind(|| insta::assert_snapshot!("durations_refused", log));
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

/// A bad value from the environment is told by its variable: no flag was
/// typed (it used to name only the flag).
#[test]
fn a_bad_value_from_the_environment_names_its_variable() {
    let env = TestEnv::new();
    let t = Transcript::of(
        env.cmd()
            .env("IAMCTL_TIMEOUT", "0")
            .args(["-p", "sandbox", "users", "count"]),
    );
    insta::assert_snapshot!(t, @r"
    [stdout]
    [stderr]
    error: IAMCTL_TIMEOUT (--timeout) must be at least 0.001 seconds, not 0
    hint: set IAMCTL_TIMEOUT to a number of seconds from 0.001 to 604800 (fractions allowed), or unset it
    [exit status: 2]
    ");
    let t = Transcript::of(
        env.cmd()
            .env("IAMCTL_OUTPUT", "xml")
            .args(["-p", "sandbox", "users", "count"]),
    );
    insta::assert_snapshot!(t, @r"
    [stdout]
    [stderr]
    error: invalid value 'xml' for '--output <OUTPUT>'
      [possible values: table, json, ndjson, csv, tsv, html, markdown]

      tip: a similar value exists: 'html'

    For more information, try '--help'.
    note: the value came from the environment: IAMCTL_OUTPUT
    [exit status: 2]
    ");
    // Typed, it is the flag's.
    let t = Transcript::of(env.cmd().env("IAMCTL_TIMEOUT", "0").args([
        "-p",
        "sandbox",
        "users",
        "count",
        "--timeout",
        "0",
    ]));
    insta::assert_snapshot!(t, @r"
    [stdout]
    [stderr]
    error: --timeout must be at least 0.001 seconds, not 0
    hint: give a number of seconds from 0.001 to 604800 (fractions allowed), e.g. --timeout 30
    [exit status: 2]
    ");
}
