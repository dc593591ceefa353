//! Secrets: sent only to the profile's origin, never printed (every command
//! at `-vv`), masked when a server echoes them, a `cmd:` secret only from
//! a profiles file nobody else could have written, private token files and
//! cache directories.

use std::net::TcpListener;
use std::path::Path;

use serde_json::{Value, json};

use crate::common::descope::{PROJECT, dsc_cmd};
use crate::common::fake_server::{Fake, settings};
use crate::common::{Sandbox, TestEnv, http, requests, run, token_for, *};

/// A distinctive key for the secrecy test.
const SECRET_KEY: &str = "K2zzTOPSECRETmgmtKEYxyzzy1234567890abcdefghijklmnopqrstuvwxyzABCDEFGHIJ";

#[test]
fn secrets_never_printed() {
    let sb = Sandbox::start(&["--seed-users", "3", "--descope-management-key", SECRET_KEY]);
    let env = TestEnv::new();
    let login = first_login_with(&sb);
    let cmd = || {
        let mut c = dsc_cmd(&env, &sb);
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
    let out = run(dsc_cmd(&env, &sb)
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

const SECRET: &str = "Zebra-Quokka-7f3a91-client-secret";
const WRONG: &str = "Wombat-Pangolin-2b8c-wrong-secret";

#[test]
fn no_secret_or_token_in_any_output() {
    let sb = Sandbox::start(&["--seed-users", "10", "--client-secret", SECRET]);
    let env = TestEnv::new();
    let odc = || {
        let mut c = env.odc(&sb);
        c.env("IAMCTL_CLIENT_SECRET", SECRET);
        c
    };
    let victim = create_user_with(&sb, "victim@example.com");
    let group = group_key_with(&sb);
    let mut transcripts: Vec<(String, String, String)> = Vec::new();
    let mut check = |label: &str, mut cmd: assert_cmd::Command, want: i32| {
        let out = run(cmd.arg("-vv")).expect(want);
        transcripts.push((label.to_string(), out.stdout, out.stderr));
    };

    check(
        "list",
        {
            let mut c = odc();
            c.args(["users", "list"]);
            c
        },
        0,
    );
    check(
        "list json",
        {
            let mut c = odc();
            c.args(["users", "list", "--all", "-o", "json"]);
            c
        },
        0,
    );
    check(
        "get key",
        {
            let mut c = odc();
            c.args(["users", "get", &victim]);
            c
        },
        0,
    );
    check(
        "get email",
        {
            let mut c = odc();
            c.args(["users", "get", "victim@example.com", "-o", "json"]);
            c
        },
        0,
    );
    check(
        "create",
        {
            let mut c = odc();
            c.args([
                "users",
                "create",
                "--email",
                "leak@example.com",
                "--name",
                "Leak",
            ]);
            c
        },
        0,
    );
    check(
        "invite",
        {
            let mut c = odc();
            c.args(["users", "invite", "--email", "leak2@example.com"]);
            c
        },
        0,
    );
    check(
        "set",
        {
            let mut c = odc();
            c.args(["users", "set", &victim, "name", "Renamed"]);
            c
        },
        0,
    );
    check(
        "patch",
        {
            let mut c = odc();
            c.args(["users", "patch", &victim, "--json", r#"{"isActive":false}"#]);
            c
        },
        0,
    );
    check(
        "dry-run",
        {
            let mut c = odc();
            c.args(["--dry-run", "users", "patch", &victim, "--active"]);
            c
        },
        0,
    );
    check(
        "groups add",
        {
            let mut c = odc();
            c.args(["users", "groups", "add", &victim, &group]);
            c
        },
        0,
    );
    check(
        "groups list",
        {
            let mut c = odc();
            c.args(["users", "groups", "list", &victim, "-o", "json"]);
            c
        },
        0,
    );
    check(
        "roles add",
        {
            let mut c = odc();
            c.args(["users", "roles", "add", &victim, "Developer", "--org"]);
            c
        },
        0,
    );
    check(
        "roles list",
        {
            let mut c = odc();
            c.args(["users", "roles", "list", &victim, "--org"]);
            c
        },
        0,
    );
    check(
        "groups",
        {
            let mut c = odc();
            c.args(["groups", "list"]);
            c
        },
        0,
    );
    check(
        "members",
        {
            let mut c = odc();
            c.args(["groups", "members", &group, "-o", "ndjson"]);
            c
        },
        0,
    );
    check(
        "roles",
        {
            let mut c = odc();
            c.args(["roles", "list", "--org", "-o", "json"]);
            c
        },
        0,
    );
    check(
        "api get",
        {
            let mut c = odc();
            c.args(["api", "GET", "users?limit=2"]);
            c
        },
        0,
    );
    check(
        "api post",
        {
            let mut c = odc();
            c.args([
                "api",
                "POST",
                "users",
                "--data",
                r#"{"email":"raw@example.com","name":"Raw","isActive":true}"#,
            ]);
            c
        },
        0,
    );
    check(
        "api error",
        {
            let mut c = odc();
            c.args(["api", "POST", "users", "--data", r#"{"email":"bad"}"#]);
            c
        },
        5,
    );
    check(
        "profile show",
        {
            let mut c = odc();
            c.args(["profile", "show", "-o", "json"]);
            c
        },
        0,
    );
    check(
        "profile test",
        {
            let mut c = odc();
            c.args(["profile", "test"]);
            c
        },
        0,
    );
    check(
        "delete",
        {
            let mut c = odc();
            c.args(["users", "delete", "--yes", &victim]);
            c
        },
        0,
    );
    check(
        "not found",
        {
            let mut c = odc();
            c.args(["users", "get", &victim, "-o", "json"]);
            c
        },
        3,
    );

    // A profile whose secret comes from a variable, shown and tested.
    run(env.cmd().args([
        "profile",
        "add",
        "leaky",
        "--kind",
        "odc",
        "--portal",
        &sb.url,
        "--client-id",
        "sandbox-client",
        "--secret",
        "env:LEAKY_SECRET",
    ]))
    .ok();
    check(
        "profile show (file)",
        {
            let mut c = env.cmd();
            c.env("LEAKY_SECRET", SECRET)
                .args(["profile", "show", "leaky"]);
            c
        },
        0,
    );
    check(
        "profile test (file)",
        {
            let mut c = env.cmd();
            c.env("LEAKY_SECRET", SECRET)
                .args(["profile", "test", "leaky", "-o", "json"]);
            c
        },
        0,
    );
    check(
        "profile list",
        {
            let mut c = env.cmd();
            c.args(["profile", "list"]);
            c
        },
        0,
    );

    // Auth failures, in a fresh environment (no cached token).
    let fresh = TestEnv::new();
    check(
        "wrong secret",
        {
            let mut c = fresh.odc(&sb);
            c.env("IAMCTL_CLIENT_SECRET", WRONG).args(["users", "list"]);
            c
        },
        4,
    );
    check(
        "wrong secret json",
        {
            let mut c = fresh.odc(&sb);
            c.env("IAMCTL_CLIENT_SECRET", WRONG)
                .args(["-o", "json", "profile", "test"]);
            c
        },
        4,
    );
    check(
        "no keyring",
        {
            let mut c = fresh.cmd();
            c.args([
                "profile",
                "add",
                "k",
                "--kind",
                "odc",
                "--portal",
                &sb.url,
                "--client-id",
                "c",
                "--client-secret-stdin",
            ])
            .write_stdin(SECRET);
            c
        },
        4,
    );

    // Tokens: the one iamctl cached, and one fetched now (the sandbox's format).
    let mut tokens = vec![token_for(&sb, "sandbox-client", SECRET)];
    for entry in std::fs::read_dir(env.path().join("cache/tokens")).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        tokens.push(v["access_token"].as_str().unwrap().to_string());
    }
    assert!(
        tokens.iter().all(|t| t.starts_with("sbx_") && t.len() > 20),
        "{tokens:?}"
    );

    assert!(transcripts.len() >= 28);
    for (label, stdout, stderr) in &transcripts {
        for (stream, text) in [("stdout", stdout), ("stderr", stderr)] {
            assert!(
                !text.contains(SECRET),
                "{label}: client secret in {stream}:\n{text}"
            );
            assert!(
                !text.contains(WRONG),
                "{label}: wrong secret in {stream}:\n{text}"
            );
            for t in &tokens {
                assert!(
                    !text.contains(t.as_str()),
                    "{label}: access token in {stream}:\n{text}"
                );
            }
            // No sandbox token of any run, whichever it was.
            assert!(
                !text.contains("sbx_"),
                "{label}: a token in {stream}:\n{text}"
            );
        }
    }
    // The traces did show requests and bodies (so the test tests something).
    let all: String = transcripts
        .iter()
        .map(|(_, o, e)| format!("{o}{e}"))
        .collect();
    assert!(
        all.contains("client_secret=***"),
        "token request body not traced"
    );
    assert!(
        all.contains("\"access_token\":\"***\""),
        "token answer not traced"
    );
    assert!(all.contains("> authorization: Bearer ***"));
}

fn create_user_with(sb: &Sandbox, email: &str) -> String {
    // common::create_user uses the default credentials; this sandbox has its own.
    let client = crate::common::http();
    let resp: serde_json::Value = client
        .post(format!("{}/api/identity/v1/users", sb.url))
        .bearer_auth(token_for(sb, "sandbox-client", SECRET))
        .json(&serde_json::json!({"email": email, "name": "Victim", "isActive": true}))
        .send()
        .unwrap()
        .json()
        .unwrap();
    resp["key"].as_str().expect("created").to_string()
}

fn group_key_with(sb: &Sandbox) -> String {
    let client = crate::common::http();
    let resp: serde_json::Value = client
        .get(format!("{}/api/identity/v1/groups?limit=1", sb.url))
        .bearer_auth(token_for(sb, "sandbox-client", SECRET))
        .send()
        .unwrap()
        .json()
        .unwrap();
    resp["results"][0]["key"].as_str().unwrap().to_string()
}

// ---- 1. the token endpoint: on the portal's origin, or one the profile names ----

#[test]
fn discovery_naming_a_token_endpoint_on_another_origin_gets_no_secret() {
    let trap = Fake::start(|_, _| {
        (
            200,
            vec![],
            r#"{"access_token":"t","expires_in":60}"#.into(),
        )
    });
    let elsewhere = format!("{}/connect/token", trap.url);
    let portal = Fake::start(move |req, _| {
        if req.path.contains("openid-configuration") {
            (
                200,
                vec![],
                format!(r#"{{"token_endpoint":"{elsewhere}"}}"#),
            )
        } else {
            (404, vec![], "{}".into())
        }
    });
    let env = TestEnv::new();
    let t = Transcript::of(
        env.cmd()
            .env("IAMCTL_KIND", "odc")
            .env("IAMCTL_PORTAL", &portal.url)
            .env("IAMCTL_CLIENT_ID", "sandbox-client")
            .env("IAMCTL_CLIENT_SECRET", "sandbox-secret")
            .args(["users", "list"]),
    )
    .redact(&trap.url, "[OTHER_ORIGIN]")
    .redact(&portal.url, "[PORTAL]");
    settings().bind(|| {
        insta::assert_snapshot!(t, @r#"
        [stdout]
        [stderr]
        error: refusing to send the client secret of profile "env" to [OTHER_ORIGIN]: OIDC discovery at [PORTAL] names a token endpoint off the portal's origin
        hint: if [OTHER_ORIGIN] really is your portal's identity server, name it in the profile (`token_url = "[OTHER_ORIGIN]/connect/token"` in its config, or IAMCTL_TOKEN_URL)
        [exit status: 4]
        "#);
    });
    assert!(trap.requests().is_empty(), "{:?}", trap.requests());
    // Named by the profile, the same endpoint is used.
    let out = run(env
        .cmd()
        .env("IAMCTL_KIND", "odc")
        .env("IAMCTL_PORTAL", &portal.url)
        .env("IAMCTL_TOKEN_URL", format!("{}/connect/token", trap.url))
        .env("IAMCTL_CLIENT_ID", "sandbox-client")
        .env("IAMCTL_CLIENT_SECRET", "sandbox-secret")
        .args(["users", "list"]));
    assert_eq!(trap.requests().len(), 1, "{}", out.stderr);
}

// ---- 2. a `cmd:` secret only from a file nobody else could have written ----

#[cfg(unix)]
#[test]
fn cmd_secret_is_refused_through_a_symlink_a_foreign_owner_or_a_loose_parent() {
    use std::os::unix::fs::PermissionsExt;
    let set_mode = |p: &std::path::Path, m: u32| {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap()
    };
    let sb = Sandbox::start(&["--seed-users", "1"]);
    let env = TestEnv::new();
    let marker = env.path().join("ran");
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
        &format!(
            "cmd:sh -c 'touch {}; printf sandbox-secret'",
            marker.display()
        ),
    ]))
    .ok();
    let root = std::fs::canonicalize(env.path()).unwrap();
    let config = env.path().join("config");
    let file = config.join("config.toml");
    // Each attempt needs a token (a cached one asks no secret).
    let attempt = |what: &str| {
        let _ = std::fs::remove_dir_all(env.path().join("cache"));
        let t = Transcript::of(env.cmd().args(["users", "count"]))
            .redact(root.to_str().unwrap(), "[TMP]")
            .redact(env.path().to_str().unwrap(), "[TMP]");
        let ran = marker.exists();
        let _ = std::fs::remove_file(&marker);
        format!("--- {what} (command ran: {ran})\n{t}")
    };
    let mut log = String::new();
    log += &attempt("as added");

    // The file is a symlink to a 0600 file in a world-writable folder.
    let open = env.path().join("open");
    std::fs::create_dir(&open).unwrap();
    set_mode(&open, 0o777);
    std::fs::rename(&file, open.join("config.toml")).unwrap();
    std::os::unix::fs::symlink(open.join("config.toml"), &file).unwrap();
    log += &attempt("a symlink into a world-writable folder");
    std::fs::remove_file(&file).unwrap();
    std::fs::rename(open.join("config.toml"), &file).unwrap();

    // The folder above the config folder is world-writable.
    let before = std::fs::metadata(env.path()).unwrap().permissions().mode();
    set_mode(env.path(), 0o777);
    log += &attempt("a world-writable folder above");
    set_mode(env.path(), before & 0o7777);

    log += &attempt("as put back");
    settings().bind(|| insta::assert_snapshot!("cmd_secret_guard", log));

    // Owned by another user (only root can give a file away).
    if std::os::unix::fs::chown(&file, Some(4321), None).is_ok() {
        let mut log = attempt("a file owned by uid 4321");
        std::os::unix::fs::chown(&file, Some(0), None).unwrap();
        std::os::unix::fs::chown(&config, Some(4321), None).unwrap();
        log += &attempt("a folder owned by uid 4321");
        std::os::unix::fs::chown(&config, Some(0), None).unwrap();
        log += &attempt("as put back");
        settings().bind(|| insta::assert_snapshot!("cmd_secret_guard_owner", log));
    }
}

// ---- 3. what a server echoes of a secret is never printed ----

#[test]
fn secrets_echoed_in_error_bodies_are_masked_in_every_output_mode() {
    const SECRET: &str = "TopSecretEcho1";
    // A token endpoint that echoes the request: as JSON and as plain text.
    let echo = Fake::start(|req, _| {
        if req.path.starts_with("/json") {
            let detail = serde_json::json!({
                "error": "invalid_client",
                "error_description": format!("bad request: {}", req.body),
            });
            (400, vec![], detail.to_string())
        } else {
            (
                400,
                vec![("content-type".into(), "text/plain".into())],
                format!("cannot parse {} (secret was {SECRET})", req.body),
            )
        }
    });
    let env = TestEnv::new();
    let mut log = String::new();
    for route in ["json", "text"] {
        for output in ["table", "json"] {
            let t = Transcript::of(
                env.cmd()
                    .env("IAMCTL_KIND", "valuekeep")
                    .env("IAMCTL_BASE_URL", &echo.url)
                    .env("IAMCTL_TENANT", "t")
                    .env("IAMCTL_ORG", "o")
                    .env("IAMCTL_CLIENT_ID", "my-app")
                    .env("IAMCTL_CLIENT_SECRET", SECRET)
                    .env("IAMCTL_TOKEN_URL", format!("{}/{route}/token", echo.url))
                    .args(["users", "count", "-o", output]),
            )
            .redact(&echo.url, "[ECHO]");
            log += &format!("--- token endpoint echoing as {route}, -o {output}\n{t}");
        }
    }
    // Descope: the management key echoed from the Authorization header.
    let descope = Fake::start(|req, _| {
        let auth = req.header("authorization").unwrap_or("").to_string();
        let body = serde_json::json!({
            "errorCode": "E011003",
            "errorDescription": format!("Request header {auth} is malformed"),
            "errorMessage": format!("key {} refused", auth.rsplit(':').next().unwrap_or("")),
        });
        (400, vec![], body.to_string())
    });
    for output in ["table", "json"] {
        let t = Transcript::of(
            env.cmd()
                .env("IAMCTL_KIND", "descope")
                .env("DESCOPE_PROJECT_ID", DESCOPE_PROJECT)
                .env("IAMCTL_BASE_URL", &descope.url)
                .env("IAMCTL_MANAGEMENT_KEY", DESCOPE_KEY)
                .args(["users", "count", "-o", output]),
        )
        .redact(&descope.url, "[ECHO]");
        log += &format!("--- Descope echoing the Authorization header, -o {output}\n{t}");
    }
    assert!(!log.contains(SECRET) && !log.contains(DESCOPE_KEY), "{log}");
    assert!(echo.requests().iter().any(|r| r.body.contains(SECRET)));
    settings().bind(|| insta::assert_snapshot!("secrets_echoed_in_errors", log));
}

// ---- 12. an empty secret is told as empty; a bad --max-wait gets the duration error ----

#[test]
fn an_empty_secret_is_empty_and_a_bad_duration_gets_the_duration_error() {
    let env = TestEnv::new();
    let odc = || {
        let mut c = env.cmd();
        c.env("IAMCTL_KIND", "odc")
            .env("IAMCTL_PORTAL", "http://127.0.0.1:1")
            .env("IAMCTL_CLIENT_ID", "c");
        c
    };
    let mut log = String::new();
    for (label, value) in [("empty", Some("")), ("blank", Some("  ")), ("unset", None)] {
        let mut c = odc();
        if let Some(v) = value {
            c.env("IAMCTL_CLIENT_SECRET", v);
        }
        log += &format!(
            "--- IAMCTL_CLIENT_SECRET {label}\n{}",
            Transcript::of(c.args(["users", "count"]))
        );
    }
    let mut c = odc();
    c.env("IAMCTL_CLIENT_SECRET", "s");
    log += &format!(
        "--- --max-wait abc\n{}",
        Transcript::of(c.args(["--max-wait", "abc", "users", "count"]))
    );
    let mut c = odc();
    c.env("IAMCTL_CLIENT_SECRET", "s")
        .env("IAMCTL_TIMEOUT", "soon");
    log += &format!(
        "--- IAMCTL_TIMEOUT=soon\n{}",
        Transcript::of(c.args(["users", "count"]))
    );
    settings().bind(|| {
        insta::assert_snapshot!(log, @r#"
        --- IAMCTL_CLIENT_SECRET empty
        [stdout]
        [stderr]
        error: profile "env" takes its secret from $IAMCTL_CLIENT_SECRET, which is set but empty
        hint: put the secret in $IAMCTL_CLIENT_SECRET: an empty value is never taken for one
        [exit status: 4]
        --- IAMCTL_CLIENT_SECRET blank
        [stdout]
        [stderr]
        error: profile "env" takes its secret from $IAMCTL_CLIENT_SECRET, which is set but blank (only white space)
        hint: put the secret in $IAMCTL_CLIENT_SECRET: an empty value is never taken for one
        [exit status: 4]
        --- IAMCTL_CLIENT_SECRET unset
        [stdout]
        [stderr]
        error: profile "env" takes its secret from $IAMCTL_CLIENT_SECRET, which is not set
        [exit status: 4]
        --- --max-wait abc
        [stdout]
        [stderr]
        error: --max-wait is not a number
        hint: give a number of seconds from 0.001 to 604800 (fractions allowed), e.g. --max-wait 30
        [exit status: 2]
        --- IAMCTL_TIMEOUT=soon
        [stdout]
        [stderr]
        error: IAMCTL_TIMEOUT (--timeout) is not a number
        hint: set IAMCTL_TIMEOUT to a number of seconds from 0.001 to 604800 (fractions allowed), or unset it
        [exit status: 2]
"#);
    });
}
