//! Issue 21, security and messages: secrets only to the profile's origin,
//! a `cmd:` secret only from a profiles file nobody else could have
//! written, server errors that cannot echo a secret back onto the screen,
//! and the smaller messages (an empty secret, a bad `--max-wait`).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

use crate::common::*;

/// One request a [`Fake`] server received.
#[derive(Debug, Clone)]
pub struct Seen {
    pub method: String,
    pub path: String,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Seen {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// What a [`Fake`] answers: status, extra headers, body (JSON unless a
/// `content-type` header is given).
pub type Answer = (u16, Vec<(String, String)>, String);

/// A tiny HTTP/1.1 server on loopback, answering with `handler` and
/// recording every request (one connection per request).
pub struct Fake {
    pub url: String,
    pub seen: Arc<Mutex<Vec<Seen>>>,
}

impl Fake {
    pub fn start(handler: impl Fn(&Seen, &str) -> Answer + Send + Sync + 'static) -> Fake {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let seen = Arc::new(Mutex::new(Vec::new()));
        let (log, base) = (seen.clone(), url.clone());
        let handler = Arc::new(handler);
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let (log, base, handler) = (log.clone(), base.clone(), handler.clone());
                std::thread::spawn(move || {
                    let mut reader = BufReader::new(stream.try_clone().unwrap());
                    let mut line = String::new();
                    if reader.read_line(&mut line).is_err() || line.is_empty() {
                        return;
                    }
                    let mut parts = line.split_whitespace();
                    let method = parts.next().unwrap_or("").to_string();
                    let path = parts.next().unwrap_or("").to_string();
                    let mut headers = Vec::new();
                    loop {
                        let mut h = String::new();
                        if reader.read_line(&mut h).is_err() || h.trim().is_empty() {
                            break;
                        }
                        if let Some((k, v)) = h.trim_end().split_once(':') {
                            headers.push((k.trim().to_string(), v.trim().to_string()));
                        }
                    }
                    let len: usize = headers
                        .iter()
                        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
                        .and_then(|(_, v)| v.parse().ok())
                        .unwrap_or(0);
                    let mut body = vec![0; len];
                    let _ = reader.read_exact(&mut body);
                    let req = Seen {
                        method,
                        path,
                        headers,
                        body: String::from_utf8_lossy(&body).into_owned(),
                    };
                    log.lock().unwrap().push(req.clone());
                    let (status, extra, body) = handler(&req, &base);
                    let mut head = format!(
                        "HTTP/1.1 {status} X\r\ncontent-length: {}\r\nconnection: close\r\n",
                        body.len()
                    );
                    if !extra
                        .iter()
                        .any(|(k, _)| k.eq_ignore_ascii_case("content-type"))
                    {
                        head.push_str("content-type: application/json\r\n");
                    }
                    for (k, v) in extra {
                        head.push_str(&format!("{k}: {v}\r\n"));
                    }
                    head.push_str("\r\n");
                    let _ = stream.write_all(head.as_bytes());
                    let _ = stream.write_all(body.as_bytes());
                });
            }
        });
        Fake { url, seen }
    }

    pub fn requests(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }
}

fn settings() -> insta::Settings {
    snapshot_settings()
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
        error: --timeout is not a number
        hint: give a number of seconds from 0.001 to 604800 (fractions allowed), e.g. --timeout 30
        [exit status: 2]
"#);
    });
}

// ---- 11. `iamctl api`: absolute same-origin URLs everywhere, same-origin redirects followed ----

#[test]
fn descope_api_takes_an_absolute_url_on_its_own_origin() {
    let sb = Sandbox::start(&["--seed-users", "1"]);
    let env = TestEnv::new();
    let t = Transcript::of(env.on(Platform::Descope, &sb).args([
        "api",
        "GET",
        &format!("{}/v1/mgmt/role/all", sb.url),
        "--jq",
        "[.roles[].name] | sort | join(\",\")",
    ]));
    settings().bind(|| {
        insta::assert_snapshot!(t, @r"
        [stdout]
        Admin,Auditor,Editor,Tenant Admin,Viewer
        [stderr]
        [exit status: 0]
        ");
    });
}

#[test]
fn api_follows_redirects_within_the_origin_only() {
    let trap = Fake::start(|_, _| (200, vec![], "{}".into()));
    let elsewhere = trap.url.clone();
    let portal = Fake::start(move |req, base| {
        let p = req.path.as_str();
        let authorized = req.header("authorization") == Some("Bearer tok-1")
            || req
                .header("authorization")
                .is_some_and(|a| a.ends_with(DESCOPE_KEY));
        match p {
            _ if p.contains("openid-configuration") => (
                200,
                vec![],
                format!(r#"{{"token_endpoint":"{base}/identity/connect/token"}}"#),
            ),
            "/identity/connect/token" | "/connect/token" => (
                200,
                vec![],
                r#"{"access_token":"tok-1","expires_in":3600}"#.into(),
            ),
            "/api/identity/v1/old" => (
                301,
                vec![("location".into(), "/api/identity/v1/new?x=1".into())],
                String::new(),
            ),
            "/api/identity/v1/away" => (
                302,
                vec![("location".into(), format!("{elsewhere}/steal"))],
                String::new(),
            ),
            "/api/identity/v1/new?x=1" | "/v1/mgmt/new?x=1" | "/api/t/o/new?x=1" if authorized => (
                200,
                vec![],
                format!(
                    r#"{{"moved":true,"method":"{}","body":{:?}}}"#,
                    req.method, req.body
                ),
            ),
            "/api/t/o/old" => (
                302,
                vec![("location".into(), format!("{base}/api/t/o/new?x=1"))],
                String::new(),
            ),
            "/v1/mgmt/old" => (
                307,
                vec![("location".into(), format!("{base}/v1/mgmt/new?x=1"))],
                String::new(),
            ),
            _ => (404, vec![], r#"{"title":"Not Found"}"#.into()),
        }
    });
    let env = TestEnv::new();
    let odc = || {
        let mut c = env.cmd();
        c.env("IAMCTL_KIND", "odc")
            .env("IAMCTL_PORTAL", &portal.url)
            .env("IAMCTL_CLIENT_ID", "c")
            .env("IAMCTL_CLIENT_SECRET", "s3cret-value");
        c
    };
    let mut log = String::new();
    for path in ["old", "away"] {
        let t = Transcript::of(odc().args(["api", "GET", path, "-o", "json"]))
            .redact(&portal.url, "[PORTAL]")
            .redact(&trap.url, "[ELSEWHERE]");
        log += &format!("--- ODC GET {path}\n{t}");
    }
    let t = Transcript::of(
        env.cmd()
            .env("IAMCTL_KIND", "valuekeep")
            .env("IAMCTL_BASE_URL", &portal.url)
            .env("IAMCTL_TENANT", "t")
            .env("IAMCTL_ORG", "o")
            .env("IAMCTL_CLIENT_ID", "c")
            .env("IAMCTL_CLIENT_SECRET", "s3cret-value")
            .env("IAMCTL_TOKEN_URL", format!("{}/connect/token", portal.url))
            .args(["api", "GET", "/api/t/o/old", "-o", "json"]),
    )
    .redact(&portal.url, "[PORTAL]");
    log += &format!("--- Valuekeep GET /api/t/o/old (302)\n{t}");
    for method in ["GET", "POST"] {
        let t = Transcript::of(
            env.cmd()
                .env("IAMCTL_KIND", "descope")
                .env("DESCOPE_PROJECT_ID", DESCOPE_PROJECT)
                .env("IAMCTL_BASE_URL", &portal.url)
                .env("IAMCTL_MANAGEMENT_KEY", DESCOPE_KEY)
                .args(["api", method, "old", "-o", "json"])
                .args(if method == "POST" {
                    &["-d", r#"{"a":1}"#][..]
                } else {
                    &[][..]
                }),
        )
        .redact(&portal.url, "[PORTAL]");
        log += &format!("--- Descope {method} old (307)\n{t}");
    }
    settings().bind(|| insta::assert_snapshot!("api_redirects", log));
    assert!(trap.requests().is_empty(), "{:?}", trap.requests());
}
