//! The holes an attack on the tool found (issue 11): credentials sent off
//! their origin, a token outliving its secret, loose file modes, lost
//! sandbox state, retry budgets, local mistakes retried as network
//! failures, panics on odd durations, import validation gaps, costly
//! re-runs, a rate limit with a gap, a config file that blocks CI. One
//! test (or a few) per hole, each failing on the code before its fix.

use std::net::TcpListener;
use std::path::Path;

use serde_json::{Value, json};

use crate::common::*;

/// A port that records whether anything connected to it.
struct Trap {
    listener: TcpListener,
}

impl Trap {
    fn new() -> Trap {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        Trap { listener }
    }
    fn port(&self) -> u16 {
        self.listener.local_addr().unwrap().port()
    }
    /// Whether a connection came (the kernel queues it even unaccepted).
    fn was_hit(&self) -> bool {
        self.listener.accept().is_ok()
    }
}

#[cfg(unix)]
fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p)
        .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
        .permissions()
        .mode()
        & 0o777
}

#[cfg(unix)]
fn set_mode(p: &Path, m: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap();
}

// ---- iamctl api: credentials only to the profile's own origin ----

#[test]
fn api_refuses_urls_off_the_profile_origin_before_sending() {
    let sb = Sandbox::start(&["--seed-users", "2"]);
    let env = TestEnv::new();
    let trap = Trap::new();
    let elsewhere = [
        format!("http://127.0.0.1:{}/api/identity/v1/users", trap.port()),
        format!("//127.0.0.1:{}/api/identity/v1/users", trap.port()),
        format!("http://localhost:{}/x", trap.port()),
        "https://attacker.example/collect".to_string(),
        "ftp://attacker.example/x".to_string(),
    ];
    for platform in [Platform::Odc, Platform::Valuekeep, Platform::Descope] {
        for url in &elsewhere {
            let out = run(env.on(platform, &sb).args(["-v", "api", "GET", url])).expect(2);
            assert!(
                out.stderr.contains("refusing to send") && out.stderr.contains("own origin"),
                "{platform:?} {url}: {}",
                out.stderr
            );
            assert!(requests(&out.stderr).is_empty(), "{}", out.stderr);
        }
    }
    assert!(!trap.was_hit(), "a request went to another origin");
    // The profile's own origin, written out in full, still works.
    let out = run(env.odc(&sb).args([
        "api",
        "GET",
        &format!("{}/api/identity/v1/users?limit=1", sb.url),
        "-o",
        "json",
    ]))
    .ok();
    assert_eq!(out.json()["results"].as_array().unwrap().len(), 1);
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
/// runs with `IAMCTL_TEST_KEYRING=1`, as `tests/it/keyring.rs`.
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
fn token_files_reveal_nothing_about_the_tenant() {
    let sb = Sandbox::start(&["--seed-users", "1"]);
    let env = TestEnv::new();
    run(env.odc(&sb).args(["users", "list"])).ok();
    run(env.on(Platform::Valuekeep, &sb).args(["users", "list"])).ok();
    let dir = env.path().join("cache").join("tokens");
    let mut names = Vec::new();
    for e in std::fs::read_dir(&dir).unwrap() {
        let e = e.unwrap();
        let name = e.file_name().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(e.path()).unwrap_or_default();
        if let Some(stem) = name.strip_suffix(".json") {
            assert!(
                stem.len() == 32 && stem.bytes().all(|b| b.is_ascii_hexdigit()),
                "{name}"
            );
            assert!(!text.contains("sandbox-secret"), "{text}");
            names.push(name.clone());
        }
        for leak in [
            "127.0.0.1",
            &sb.port().to_string(),
            "sandbox-client",
            "sandbox",
        ] {
            assert!(!name.contains(leak), "{name} names {leak}");
        }
    }
    assert_eq!(names.len(), 2, "{names:?}");
}

// ---- file permissions ----

#[cfg(unix)]
#[test]
fn cmd_secret_is_refused_from_a_config_others_can_write() {
    let sb = Sandbox::start(&["--seed-users", "1"]);
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
    let config = env.path().join("config");
    let file = config.join("config.toml");
    assert_eq!(mode(&config), 0o700, "config dir");
    assert_eq!(mode(&file), 0o600, "config file");

    set_mode(&file, 0o666);
    let out = run(env.cmd().args(["users", "list"])).expect(4);
    assert!(
        out.stderr.contains("refusing to run the secret command")
            && out.stderr.contains("other users")
            && out.stderr.contains("chmod 600"),
        "{}",
        out.stderr
    );
    set_mode(&file, 0o620);
    let out = run(env.cmd().args(["users", "list"])).expect(4);
    assert!(out.stderr.contains("its group"), "{}", out.stderr);
    set_mode(&file, 0o600);
    set_mode(&config, 0o777);
    let out = run(env.cmd().args(["users", "list"])).expect(4);
    assert!(out.stderr.contains("chmod 700"), "{}", out.stderr);
    set_mode(&config, 0o755);
    run(env.cmd().args(["users", "list"])).ok();
}

#[cfg(unix)]
#[test]
fn cache_dirs_are_private_and_the_sandbox_state_is_0600() {
    let sb = Sandbox::start(&["--seed-users", "1"]);
    let env = TestEnv::new();
    run(env.odc(&sb).args(["users", "list"])).ok();
    let cache = env.path().join("cache");
    assert_eq!(mode(&cache), 0o700);
    assert_eq!(mode(&cache.join("tokens")), 0o700);
    assert_eq!(mode(&cache.join("tokens.key")), 0o600);
    for e in std::fs::read_dir(cache.join("tokens")).unwrap() {
        assert_eq!(mode(&e.unwrap().path()), 0o600);
    }
    // The built-in sandbox's state (live tokens) and its folder.
    let env = TestEnv::new();
    run(env.cmd().args(["-p", "sandbox", "users", "list"])).ok();
    let dir = env.path().join("cache").join("sandbox");
    assert_eq!(mode(&dir), 0o700);
    assert_eq!(mode(&dir.join("state.json")), 0o600);
    // `iamctl sandbox --state FILE`.
    let state = env.path().join("state.json");
    let sb = Sandbox::start(&["--state", state.to_str().unwrap()]);
    assert!(sb.stop().success());
    assert_eq!(mode(&state), 0o600);
}

// ---- the sandbox's secrets off argv ----

#[test]
fn sandbox_takes_its_secrets_from_the_environment_or_a_file() {
    let env = TestEnv::new();
    let token_status = |sb: &Sandbox, secret: &str| {
        http()
            .post(format!("{}/identity/connect/token", sb.url))
            .form(&[
                ("grant_type", "client_credentials"),
                ("client_id", "sandbox-client"),
                ("client_secret", secret),
            ])
            .send()
            .unwrap()
            .status()
            .as_u16()
    };
    let descope_status = |sb: &Sandbox, key: &str| {
        http()
            .get(format!("{}/v1/mgmt/user?loginId=nobody", sb.url))
            .bearer_auth(format!("{DESCOPE_PROJECT}:{key}"))
            .send()
            .unwrap()
            .status()
            .as_u16()
    };
    let sb = Sandbox::start_env(
        &[],
        &[
            ("IAMCTL_SANDBOX_CLIENT_SECRET", "from-the-env"),
            ("IAMCTL_SANDBOX_MANAGEMENT_KEY", "key-from-the-env"),
        ],
    );
    assert_eq!(token_status(&sb, "from-the-env"), 200);
    assert_eq!(token_status(&sb, "sandbox-secret"), 401);
    assert_ne!(descope_status(&sb, "key-from-the-env"), 401);
    assert_eq!(descope_status(&sb, DESCOPE_KEY), 401);
    drop(sb);

    let secret = env.path().join("secret");
    let key = env.path().join("key");
    std::fs::write(&secret, "from-a-file\n").unwrap();
    std::fs::write(&key, "key-from-a-file\n").unwrap();
    let sb = Sandbox::start(&[
        "--client-secret-file",
        secret.to_str().unwrap(),
        "--descope-management-key-file",
        key.to_str().unwrap(),
    ]);
    assert_eq!(token_status(&sb, "from-a-file"), 200);
    assert_eq!(token_status(&sb, "sandbox-secret"), 401);
    assert_ne!(descope_status(&sb, "key-from-a-file"), 401);
    drop(sb);

    let out = run(env
        .cmd()
        .args(["sandbox", "--client-secret-file", "/nonexistent/secret"]))
    .expect(2);
    assert!(
        out.stderr.contains("--client-secret-file"),
        "{}",
        out.stderr
    );
}

// ---- the sandbox saves its state on SIGINT and SIGTERM, every time ----

#[test]
fn sandbox_saves_its_state_on_every_sigint_and_sigterm() {
    let env = TestEnv::new();
    let state = env.path().join("state.json");
    let state_arg = state.to_str().unwrap().to_string();
    // The race lost the state in about half the runs: ten of each.
    for i in 0..20 {
        let signal = if i % 2 == 0 { "INT" } else { "TERM" };
        let sb = Sandbox::start(&["--state", &state_arg]);
        let email = format!("kept{i}@example.com");
        create_user(&sb, &email, "Kept");
        let status = sb.signal(signal);
        assert_eq!(status.code(), Some(0), "SIGINT run {i}: {status}");
        let saved = std::fs::read_to_string(&state).unwrap();
        for j in 0..=i {
            assert!(
                saved.contains(&format!("kept{j}@example.com")),
                "run {i} ({signal}) lost user {j}"
            );
        }
    }
}

// ---- retries: the budget is time ----

#[test]
fn retries_go_on_until_max_wait_is_spent_and_say_so() {
    // Every API call answers 503 or 429 with Retry-After: 1.
    let sb = Sandbox::start(&["--seed-users", "1", "--fail-rate", "1", "--fault-seed", "7"]);
    let env = TestEnv::new();
    let started = std::time::Instant::now();
    let out = run(env
        .odc(&sb)
        .args(["-v", "--max-wait", "14", "users", "list"]))
    .expect(6);
    let attempts = requests(&out.stderr)
        .iter()
        .filter(|r| r.contains("/api/identity/v1/users"))
        .count();
    // Ten was the old cap; about one attempt a second fits in 14 s.
    assert!(attempts > 10, "{attempts} attempts\n{}", out.stderr);
    assert!(started.elapsed().as_secs_f64() >= 12.0);
    assert!(
        out.stderr
            .contains("retrying longer would pass --max-wait 14 s")
            && out
                .stderr
                .contains(&format!("gave up after {attempts} attempts"))
            && out.stderr.contains("hint: raise --max-wait"),
        "{}",
        out.stderr
    );
}

// ---- users export FILE is atomic ----

#[test]
fn a_failed_export_leaves_the_earlier_file_as_it_was() {
    let good = Sandbox::start(&["--seed-users", "3"]);
    let env = TestEnv::new();
    let file = env.path().join("users.csv");
    run(env
        .odc(&good)
        .args(["users", "export", file.to_str().unwrap()]))
    .ok();
    let before = std::fs::read_to_string(&file).unwrap();
    assert_eq!(before.lines().count(), 4, "{before}");

    let failing = Sandbox::start(&["--seed-users", "3", "--fail-rate", "1", "--fault-seed", "3"]);
    run(env.odc(&failing).args([
        "--max-wait",
        "0.5",
        "users",
        "export",
        file.to_str().unwrap(),
    ]))
    .expect(6);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), before);
    let left: Vec<String> = std::fs::read_dir(env.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("users.csv") && n != "users.csv")
        .collect();
    assert!(left.is_empty(), "temporary files left: {left:?}");
}

// ---- local, deterministic mistakes: usage errors at once ----

#[test]
fn local_mistakes_are_usage_errors_at_once_never_retried() {
    let sb = Sandbox::start(&["--seed-users", "1"]);
    let env = TestEnv::new();
    let key = nth_user(&sb, 0)["key"].as_str().unwrap().to_string();
    let big = env.path().join("big.json");
    std::fs::write(
        &big,
        json!({"name": "a".repeat(2 * 1024 * 1024)}).to_string(),
    )
    .unwrap();
    let search = "a".repeat(70 * 1024);
    let cases: Vec<(Vec<String>, &str)> = vec![
        (
            vec!["api".into(), "GET".into(), "users\r\nX-Injected: 1".into()],
            "",
        ),
        (
            vec!["users".into(), "list".into(), "--search".into(), search],
            "URL would be",
        ),
        (
            vec![
                "api".into(),
                "PATCH".into(),
                format!("users/{key}"),
                "-d".into(),
                format!("@{}", big.display()),
            ],
            "body would be",
        ),
    ];
    for (args, said) in cases {
        let out = run(env.odc(&sb).arg("-v").args(&args)).expect(2);
        assert!(out.stderr.contains(said), "{args:?}: {}", out.stderr);
        assert!(!out.stderr.contains("retry"), "{args:?}: {}", out.stderr);
        // Nothing but the token may have been asked for.
        assert!(
            requests(&out.stderr)
                .iter()
                .all(|r| r.contains("openid-configuration") || r.contains("connect/token")),
            "{args:?}: {}",
            out.stderr
        );
        assert!(
            out.stderr.len() < 4000,
            "a flood on stderr: {} bytes",
            out.stderr.len()
        );
    }
    // A header value with a line break (a project ID pasted with its newline).
    let out = run(env
        .on(Platform::Descope, &sb)
        .env("DESCOPE_PROJECT_ID", format!("{DESCOPE_PROJECT}\r\n"))
        .args(["-v", "users", "get", "someone"]))
    .expect(2);
    assert!(out.stderr.contains("cannot send"), "{}", out.stderr);
    assert!(!out.stderr.contains("retry"), "{}", out.stderr);
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

// ---- import: what is wrong with the whole file is one error ----

#[test]
fn import_file_level_faults_are_one_usage_error() {
    let sb = Sandbox::start(&["--seed-users", "1"]);
    let env = TestEnv::new();
    let import = |name: &str, bytes: &[u8]| {
        let path = env.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        run(env
            .odc(&sb)
            .args(["users", "import", path.to_str().unwrap(), "--validate-only"]))
    };
    let cases: [(&str, &[u8], &str); 7] = [
        (
            "dup.csv",
            b"email,name,name\na@example.com,A,B\n",
            "names column \"name\" twice",
        ),
        ("nul.csv", b"email,name\na@example.com,A\0B\n", "NUL byte"),
        ("utf16.csv", b"e\0m\0a\0i\0l\0\n\0", "NUL byte"),
        (
            "noemail.csv",
            b"name,active\nA,true\nB,false\n",
            "no email column",
        ),
        (
            "noemail.json",
            br#"[{"name":"A"},{"name":"B"}]"#,
            "no email column",
        ),
        (
            "noemail.ndjson",
            b"{\"name\":\"A\"}\n{\"name\":\"B\"}\n",
            "no email column",
        ),
        (
            "quote.csv",
            b"email,name\na@example.com,\"Ada\nb@example.com,Bob\nc@example.com,Cy\n",
            "opened on line 2 (row 1) is never closed",
        ),
    ];
    for (name, bytes, said) in cases {
        let out = import(name, bytes).expect(2);
        assert!(out.stderr.contains(said), "{name}: {}", out.stderr);
        assert!(
            !out.stderr.contains("row 2 ("),
            "{name}: per-row errors: {}",
            out.stderr
        );
    }
    // Row-level faults stay row-level.
    let out = import(
        "rows.json",
        br#"[{"email":"a@@example.com"},{"email":"b@example.com","name":"B\u0000"},{"email":"c@example.com"}]"#,
    )
    .expect(7);
    assert!(
        out.stderr.contains(
            "warning: a@@example.com: row 1: \"a@@example.com\" is not an e-mail address"
        ),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("warning: b@example.com: row 2: name holds a NUL character"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("Checked 3 rows: 1 valid, 2 invalid"),
        "{}",
        out.stderr
    );
}

// ---- resume and re-runs: no lookup per existing user ----

#[test]
fn re_running_an_import_costs_no_lookup_per_existing_user() {
    let sb = Sandbox::start(&["--seed-users", "20"]);
    let env = TestEnv::new();
    let mut csv = String::from("email,name,groups\n");
    for i in 0..250 {
        csv.push_str(&format!("again{i}@example.com,Again {i},Sales Team\n"));
    }
    let file = env.path().join("users.csv");
    std::fs::write(&file, csv).unwrap();
    let import = |results: &str| {
        run(env.odc(&sb).args([
            "-v",
            "users",
            "import",
            file.to_str().unwrap(),
            "--stage",
            "Development",
            "--results",
            env.path().join(results).to_str().unwrap(),
        ]))
        .ok()
    };
    import("first.ndjson");
    // Someone takes a user out of the group: the re-run puts it back.
    let group = group_key(&sb, "Sales Team", "Development");
    let first: Vec<Value> = std::fs::read_to_string(env.path().join("first.ndjson"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let victim = first[7]["key"].as_str().unwrap().to_string();
    let (status, body) = direct(
        &sb,
        "PATCH",
        &format!("groups/{group}/users"),
        Some(json!({"userKeysToRemove": [victim]})),
    );
    assert!(status < 300, "{status} {body}");

    let out = import("again.ndjson");
    let sent = requests(&out.stderr);
    // Before: one lookup per user (250) on top of the batches.
    assert!(
        sent.len() < 40,
        "{} requests:\n{}",
        sent.len(),
        sent.join("\n")
    );
    // Nothing created, nothing failed: the summary counts the records.
    let done = out
        .stderr
        .lines()
        .find(|l| l.starts_with("Done: "))
        .unwrap_or_else(|| panic!("no summary: {}", out.stderr));
    assert!(
        done.contains("unchanged") && !done.contains("created") && !done.contains("failed"),
        "{done}"
    );
    let again: Vec<Value> = std::fs::read_to_string(env.path().join("again.ndjson"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let by_row = |v: &Vec<Value>| {
        let mut v = v.clone();
        v.sort_by_key(|r| r["row"].as_u64());
        v
    };
    let (first, again) = (by_row(&first), by_row(&again));
    assert_eq!(again.len(), 250);
    for (a, b) in first.iter().zip(&again) {
        assert_eq!(a["row"], b["row"]);
        assert_eq!(a["key"], b["key"], "{b}");
    }
    let (_, user_groups) = direct(&sb, "GET", &format!("users/{victim}/groups"), None);
    assert!(
        user_groups.to_string().contains(&group),
        "the re-run did not put the user back: {user_groups}"
    );
}

// ---- the sandbox's --rate-limit covers every platform ----

#[test]
fn sandbox_rate_limit_covers_the_descope_routes() {
    let sb = Sandbox::start(&["--rate-limit", "1"]);
    let statuses: Vec<(u16, Value)> = (0..6)
        .map(|_| {
            let resp = http()
                .get(format!("{}/v1/mgmt/user?loginId=nobody", sb.url))
                .bearer_auth(format!("{DESCOPE_PROJECT}:{DESCOPE_KEY}"))
                .send()
                .unwrap();
            let status = resp.status().as_u16();
            let has_retry_after = resp.headers().contains_key("retry-after");
            let body: Value = resp.json().unwrap_or(Value::Null);
            assert!(status != 429 || has_retry_after);
            (status, body)
        })
        .collect();
    let limited: Vec<&Value> = statuses
        .iter()
        .filter(|(s, _)| *s == 429)
        .map(|(_, b)| b)
        .collect();
    assert!(
        !limited.is_empty(),
        "no 429 in a burst over 1 rps: {statuses:?}"
    );
    assert!(
        limited.iter().all(|b| b["errorCode"] == "E130429"),
        "{limited:?}"
    );
}

// ---- a corrupt config.toml ----

#[test]
fn a_corrupt_config_file_does_not_block_the_environment_route() {
    let sb = Sandbox::start(&["--seed-users", "2"]);
    for (name, bytes) in [
        ("syntax", b"[profiles.x\nkind = odc".to_vec()),
        ("utf8", b"default = \"\xff\xfe\"\n".to_vec()),
    ] {
        let env = TestEnv::new();
        let dir = env.path().join("config");
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("config.toml");
        std::fs::write(&file, &bytes).unwrap();
        // Without the environment route: one exit code, whatever is wrong.
        let out = run(env.cmd().args(["profile", "list"])).expect(2);
        assert!(
            out.stderr.contains("is not a valid config file"),
            "{name}: {}",
            out.stderr
        );
        let out = run(env.cmd().args(["users", "list"])).expect(2);
        assert!(
            out.stderr.contains("is not a valid config file"),
            "{name}: {}",
            out.stderr
        );
        // The environment route works: with no profile named it does not
        // read the file at all.
        let out = run(env.odc(&sb).args(["users", "list", "-o", "ndjson"])).ok();
        assert_eq!(out.lines().len(), 2, "{name}");
        // And the broken file is never written over.
        let out = run(env.odc(&sb).args([
            "profile",
            "add",
            "ci",
            "--kind",
            "odc",
            "--portal",
            &sb.url,
            "--client-id",
            "sandbox-client",
            "--secret",
            "env:X",
        ]))
        .expect(2);
        assert!(out.stderr.contains("not writing"), "{name}: {}", out.stderr);
        assert_eq!(std::fs::read(&file).unwrap(), bytes, "{name}");
    }
}
