//! Test environment: a sandbox process per test and an `iamctl` command
//! with every source of nondeterminism pinned (config dir, cache dir, HOME,
//! colours, backtraces).

#![allow(dead_code)]

pub mod bulk;
pub mod descope;
pub mod fake_server;
pub mod odc;
pub mod profiles;
pub mod valuekeep;
pub mod world;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_iamctl"))
}

/// A running `iamctl sandbox` child; killed (SIGTERM, then reaped) on drop.
pub struct Sandbox {
    child: Child,
    pub url: String,
}

impl Sandbox {
    pub fn start(args: &[&str]) -> Sandbox {
        let mut child = Command::new(bin())
            .arg("sandbox")
            .args(["--port", "0"])
            .args(args)
            .env_remove("RUST_BACKTRACE")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("spawn iamctl sandbox");
        let stdout = child.stdout.take().unwrap();
        let mut line = String::new();
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("read sandbox url");
        let url = line.trim().to_string();
        assert!(
            url.starts_with("http://127.0.0.1:"),
            "sandbox printed {url:?}"
        );
        Sandbox { child, url }
    }

    /// [`Sandbox::start`] with these environment variables set for it.
    pub fn start_env(args: &[&str], env: &[(&str, &str)]) -> Sandbox {
        let mut cmd = Command::new(bin());
        cmd.arg("sandbox")
            .args(["--port", "0"])
            .args(args)
            .env_remove("RUST_BACKTRACE")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().expect("spawn iamctl sandbox");
        let stdout = child.stdout.take().unwrap();
        let mut line = String::new();
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("read sandbox url");
        let url = line.trim().to_string();
        assert!(
            url.starts_with("http://127.0.0.1:"),
            "sandbox printed {url:?}"
        );
        Sandbox { child, url }
    }

    /// Send `signal` (`INT`, `TERM`...) and wait; returns the exit status.
    pub fn signal(mut self, signal: &str) -> std::process::ExitStatus {
        let _ = Command::new("kill")
            .args([&format!("-{signal}"), &self.child.id().to_string()])
            .status();
        self.child.wait().expect("wait sandbox")
    }

    pub fn port(&self) -> u16 {
        self.url.rsplit(':').next().unwrap().parse().unwrap()
    }

    /// Send SIGTERM and wait; returns the exit status.
    pub fn stop(mut self) -> std::process::ExitStatus {
        terminate(&mut self.child)
    }
}

fn terminate(child: &mut Child) -> std::process::ExitStatus {
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    child.wait().expect("wait sandbox")
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            terminate(&mut self.child);
        }
    }
}

/// Isolated config/cache/home directories for one test.
pub struct TestEnv {
    pub dir: tempfile::TempDir,
}

impl TestEnv {
    pub fn new() -> TestEnv {
        TestEnv {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// `iamctl` with a clean, pinned environment.
    pub fn cmd(&self) -> assert_cmd::Command {
        let mut c = assert_cmd::Command::new(bin());
        c.env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", self.path().join("home"))
            .env("IAMCTL_CONFIG_DIR", self.path().join("config"))
            .env("IAMCTL_CACHE_DIR", self.path().join("cache"))
            .env("IAMCTL_DATA_DIR", self.path().join("data"))
            .env("IAMCTL_NO_KEYRING", "1")
            .env("NO_COLOR", "1")
            .env("COLUMNS", "200");
        c
    }

    /// `iamctl` configured through the environment route against an ODC
    /// sandbox with its default credentials.
    pub fn odc(&self, sb: &Sandbox) -> assert_cmd::Command {
        let mut c = self.cmd();
        c.env("IAMCTL_KIND", "odc")
            .env("IAMCTL_PORTAL", &sb.url)
            .env("IAMCTL_CLIENT_ID", "sandbox-client")
            .env("IAMCTL_CLIENT_SECRET", "sandbox-secret");
        c
    }
}

/// A blocking HTTP client for tests that talk to the sandbox directly.
pub fn http() -> reqwest::blocking::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::blocking::Client::new()
}

/// A bearer token from the sandbox's ODC token endpoint (default client).
pub fn token(sb: &Sandbox) -> String {
    let client = http();
    let disc: serde_json::Value = client
        .get(format!(
            "{}/identity/.well-known/openid-configuration",
            sb.url
        ))
        .send()
        .unwrap()
        .json()
        .unwrap();
    let ep = disc["token_endpoint"].as_str().unwrap();
    let tok: serde_json::Value = client
        .post(ep)
        .form(&[
            ("grant_type", "client_credentials"),
            ("client_id", "sandbox-client"),
            ("client_secret", "sandbox-secret"),
        ])
        .send()
        .unwrap()
        .json()
        .unwrap();
    tok["access_token"].as_str().unwrap().to_string()
}

// ---- Helpers for the ODC end-to-end tests (users, groups, output, failures) ----

/// What one run of the binary produced.
#[derive(Debug)]
pub struct Out {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Out {
    /// Assert the exit code, showing both streams when it is wrong.
    #[track_caller]
    pub fn expect(self, code: i32) -> Out {
        assert_eq!(
            self.code, code,
            "exit code {} (wanted {code})\n--- stdout\n{}\n--- stderr\n{}",
            self.code, self.stdout, self.stderr
        );
        self
    }

    #[track_caller]
    pub fn ok(self) -> Out {
        self.expect(0)
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }

    pub fn lines(&self) -> Vec<&str> {
        self.stdout.lines().collect()
    }

    pub fn ndjson(&self) -> Vec<serde_json::Value> {
        self.stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
            .collect()
    }
}

/// Run a command to completion (stdin empty unless the caller set it).
pub fn run(cmd: &mut assert_cmd::Command) -> Out {
    let o = cmd.output().expect("run iamctl");
    Out {
        code: o.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
    }
}

/// Request lines of a `-v` trace (`> GET http://...`), without headers or bodies.
pub fn requests(stderr: &str) -> Vec<String> {
    const METHODS: &[&str] = &["GET ", "POST ", "PATCH ", "PUT ", "DELETE "];
    stderr
        .lines()
        .filter_map(|l| l.strip_prefix("> "))
        .filter(|l| METHODS.iter().any(|m| l.starts_with(m)))
        .map(str::to_string)
        .collect()
}

/// What stderr tells a person, without a `-v` trace (`> ` and `< ` lines
/// and the closing `* N requests` line): the outcome lines, summaries,
/// warnings and errors.
pub fn told(stderr: &str) -> String {
    stderr
        .lines()
        .filter(|l| !(l.starts_with("> ") || l.starts_with("< ") || l.starts_with("* ")))
        .map(|l| format!("{l}\n"))
        .collect()
}

/// A bearer token for any client of the sandbox.
pub fn token_for(sb: &Sandbox, client_id: &str, secret: &str) -> String {
    let client = http();
    let tok: serde_json::Value = client
        .post(format!("{}/identity/connect/token", sb.url))
        .form(&[
            ("grant_type", "client_credentials"),
            ("client_id", client_id),
            ("client_secret", secret),
        ])
        .send()
        .unwrap()
        .json()
        .unwrap();
    tok["access_token"].as_str().expect("token").to_string()
}

/// A direct call to the sandbox's identity API: (status, JSON body or null).
pub fn direct(
    sb: &Sandbox,
    method: &str,
    path: &str,
    body: Option<serde_json::Value>,
) -> (u16, serde_json::Value) {
    let client = http();
    let url = if path.starts_with("/api/") {
        format!("{}{path}", sb.url)
    } else {
        format!("{}/api/identity/v1/{path}", sb.url)
    };
    let mut req = client
        .request(reqwest::Method::from_bytes(method.as_bytes()).unwrap(), url)
        .bearer_auth(token(sb));
    if let Some(b) = body {
        req = req.json(&b);
    }
    let resp = req.send().unwrap();
    let status = resp.status().as_u16();
    let text = resp.text().unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or(serde_json::Value::Null),
    )
}

/// GET on the identity API that must succeed (injected 429/503 are retried,
/// so setup reads work against a sandbox started with --fail-rate).
pub fn get_json(sb: &Sandbox, path: &str) -> serde_json::Value {
    let (mut status, mut body) = direct(sb, "GET", path, None);
    for _ in 0..50 {
        if status != 429 && status != 503 {
            break;
        }
        (status, body) = direct(sb, "GET", path, None);
    }
    assert_eq!(status, 200, "GET {path}: {body}");
    body
}

/// Every user of the sandbox (all pages).
pub fn all_users(sb: &Sandbox) -> Vec<serde_json::Value> {
    let mut out = Vec::new();
    loop {
        let page = get_json(sb, &format!("users?limit=100&offset={}", out.len()));
        let results = page["results"].as_array().unwrap().clone();
        let n = results.len();
        out.extend(results);
        if n < 100 {
            return out;
        }
    }
}

/// A user of the sandbox by position in the default listing.
pub fn nth_user(sb: &Sandbox, i: usize) -> serde_json::Value {
    get_json(sb, &format!("users?limit=1&offset={i}"))["results"][0].clone()
}

/// Whether a user exists (GET /users/{key} answers 200).
pub fn user_exists(sb: &Sandbox, key: &str) -> bool {
    direct(sb, "GET", &format!("users/{key}"), None).0 == 200
}

/// Key of an environment ("stage") by name.
pub fn env_key(sb: &Sandbox, name: &str) -> String {
    let envs = get_json(sb, "/api/portfolios/v2/environments");
    envs["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"] == name)
        .unwrap_or_else(|| panic!("no environment {name}: {envs}"))["key"]
        .as_str()
        .unwrap()
        .to_string()
}

/// Key of a group by name and stage.
pub fn group_key(sb: &Sandbox, name: &str, stage: &str) -> String {
    let env = env_key(sb, stage);
    let groups = get_json(sb, &format!("groups?limit=100&environmentKey={env}"));
    groups["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["name"] == name)
        .unwrap_or_else(|| panic!("no group {name} in {stage}"))["key"]
        .as_str()
        .unwrap()
        .to_string()
}

/// Create a user straight through the sandbox API; returns its key.
pub fn create_user(sb: &Sandbox, email: &str, name: &str) -> String {
    let (status, body) = direct(
        sb,
        "POST",
        "users",
        Some(serde_json::json!({"email": email, "name": name, "isActive": true})),
    );
    assert_eq!(status, 201, "create {email}: {body}");
    body["key"].as_str().unwrap().to_string()
}

// ---- Transcripts: one run of the binary as insta snapshots it ----

/// A platform of the sandbox, driven through the environment route.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Platform {
    Odc,
    Valuekeep,
    Descope,
}

/// The sandbox's Valuekeep tenant and organization.
pub const VK_TENANT: &str = "sandbox";
pub const VK_ORG: &str = "sandbox-0001";
/// The sandbox's Descope project and management key.
pub const DESCOPE_PROJECT: &str = "P2sandboxDescopeProject000000";
pub const DESCOPE_KEY: &str =
    "K2sandboxDescopeManagementKey000000000000000000000000000000000000000000";

impl TestEnv {
    /// `iamctl` through the environment route (`IAMCTL_KIND` and the
    /// platform's coordinates and credentials) against one platform of `sb`.
    pub fn on(&self, platform: Platform, sb: &Sandbox) -> assert_cmd::Command {
        match platform {
            Platform::Odc => self.odc(sb),
            Platform::Valuekeep => {
                let mut c = self.cmd();
                c.env("IAMCTL_KIND", "valuekeep")
                    .env("IAMCTL_BASE_URL", &sb.url)
                    .env("IAMCTL_TENANT", VK_TENANT)
                    .env("IAMCTL_ORG", VK_ORG)
                    .env("IAMCTL_CLIENT_ID", "sandbox-client")
                    .env("IAMCTL_CLIENT_SECRET", "sandbox-secret")
                    .env("IAMCTL_TOKEN_URL", format!("{}/connect/token", sb.url));
                c
            }
            Platform::Descope => {
                let mut c = self.cmd();
                c.env("IAMCTL_KIND", "descope")
                    .env("DESCOPE_PROJECT_ID", DESCOPE_PROJECT)
                    .env("IAMCTL_BASE_URL", &sb.url)
                    .env("IAMCTL_MANAGEMENT_KEY", DESCOPE_KEY);
                c
            }
        }
    }
}

/// What one run printed and how it ended, shown as one text (as jj's
/// `CommandOutput`) so a single snapshot holds the whole transcript:
///
/// ```text
/// [stdout]
/// ...
/// [stderr]
/// ...
/// [exit status: 3]
/// ```
///
/// An empty stream keeps its header with nothing under it. The exit status
/// is always shown, 0 included. A stream that does not end in a newline is
/// given one.
#[derive(Clone, Debug)]
pub struct Transcript {
    pub stdout: String,
    pub stderr: String,
    pub status: std::process::ExitStatus,
}

impl Transcript {
    /// Run `cmd` to completion (stdin is an empty pipe: never a terminal).
    pub fn of(cmd: &mut assert_cmd::Command) -> Transcript {
        Transcript::from(cmd.output().expect("run iamctl"))
    }

    /// The exit code (-1 when killed by a signal).
    pub fn code(&self) -> i32 {
        self.status.code().unwrap_or(-1)
    }

    /// Replace a value this run minted (a new user's key...) in both
    /// streams; for values the global filters of [`snapshot_settings`]
    /// cannot tell from the seeded, deterministic ones.
    #[must_use]
    pub fn redact(mut self, value: &str, placeholder: &str) -> Transcript {
        assert!(!value.is_empty(), "redacting an empty string");
        self.stdout = self.stdout.replace(value, placeholder);
        self.stderr = self.stderr.replace(value, placeholder);
        self
    }
}

impl From<std::process::Output> for Transcript {
    fn from(o: std::process::Output) -> Transcript {
        Transcript {
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
            status: o.status,
        }
    }
}

impl std::fmt::Display for Transcript {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        fn section(f: &mut std::fmt::Formatter<'_>, name: &str, text: &str) -> std::fmt::Result {
            writeln!(f, "[{name}]")?;
            f.write_str(text)?;
            if !text.is_empty() && !text.ends_with('\n') {
                writeln!(f)?;
            }
            Ok(())
        }
        section(f, "stdout", &self.stdout)?;
        section(f, "stderr", &self.stderr)?;
        match self.status.code() {
            Some(code) => writeln!(f, "[exit status: {code}]"),
            None => writeln!(f, "[{}]", self.status),
        }
    }
}

/// insta settings for transcripts: snapshots named exactly as asked (no
/// module prefix) and filters for what changes from run to run. Seeded keys
/// and timestamps are deterministic (`src/sandbox/seed.rs`) and stay as they
/// are; only these are replaced:
/// - the sandbox's port: `127.0.0.1:[PORT]`;
/// - response times of the `-v` trace: `([N] ms)`, retry and pacing delays;
/// - trace ids of ODC problem bodies: `traceId [TRACE_ID]`;
/// - timestamps of "now" (a resource created during the test): RFC 3339
///   stamps dated yesterday, today or tomorrow (UTC) become `[NOW]`, Unix
///   seconds within about a day of now `[NOW_UNIX]`. The seeded world lives
///   in 2024-2025, so its stamps never match.
pub fn snapshot_settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_prepend_module_to_snapshot(false);
    // One folder for every named snapshot, wherever the assertion is (a
    // helper in `common/` included): insta would otherwise look next to
    // the file of the `assert_snapshot!`.
    s.set_snapshot_path(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/it/snapshots"));
    s.set_omit_expression(true);
    s.add_filter(r"127\.0\.0\.1:\d+", "127.0.0.1:[PORT]");
    s.add_filter(r"\(\d+ ms\)", "([N] ms)");
    s.add_filter(r"(\* retry \d+ in )\d+(\.\d+)?s", "${1}[DELAY]s");
    s.add_filter(r"(\* paced )\d+(\.\d+)?s", "${1}[DELAY]s");
    s.add_filter(r#"(traceId"?[:= ]\s*"?)[0-9a-f]{32}"#, "${1}[TRACE_ID]");
    let now = chrono::Utc::now();
    let days: Vec<String> = [-1i64, 0, 1]
        .iter()
        .map(|d| {
            (now + chrono::Duration::days(*d))
                .format("%Y-%m-%d")
                .to_string()
        })
        .collect();
    s.add_filter(
        &format!(
            r"\b(?:{})T\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)",
            days.join("|")
        ),
        "[NOW]",
    );
    // The same instants as tables and record views show them.
    s.add_filter(
        &format!(r"\b(?:{}) \d\d:\d\d UTC\b", days.join("|")),
        "[NOW]",
    );
    s.add_filter(&format!(r"\b(?:{})\b", days.join("|")), "[TODAY]");
    // Unix seconds from a day before to a day after now, by their first five
    // digits (one step is 100,000 s, about 28 hours).
    let secs = now.timestamp();
    let mut prefixes: Vec<String> = [-86_400i64, 0, 86_400]
        .iter()
        .map(|d| ((secs + d) / 100_000).to_string())
        .collect();
    prefixes.dedup();
    s.add_filter(
        &format!(r"\b(?:{})\d{{5}}\b", prefixes.join("|")),
        "[NOW_UNIX]",
    );
    s
}

/// A token from the sandbox's Valuekeep token endpoint at `url`.
pub fn vk_token_at(url: &str) -> String {
    let tok: serde_json::Value = http()
        .post(format!("{url}/connect/token"))
        .form(&[
            ("grant_type", "client_credentials"),
            ("client_id", "sandbox-client"),
            ("client_secret", "sandbox-secret"),
            ("scope", "application"),
        ])
        .send()
        .unwrap()
        .json()
        .unwrap();
    tok["access_token"].as_str().expect("token").to_string()
}

pub fn vk_token(sb: &Sandbox) -> String {
    vk_token_at(&sb.url)
}

/// A direct call to the sandbox: (status, JSON body or null).
fn direct_call(
    url: String,
    method: &str,
    bearer: &str,
    body: Option<serde_json::Value>,
) -> (u16, serde_json::Value) {
    let mut req = http()
        .request(reqwest::Method::from_bytes(method.as_bytes()).unwrap(), url)
        .bearer_auth(bearer);
    if let Some(b) = body {
        req = req.json(&b);
    }
    let resp = req.send().unwrap();
    let status = resp.status().as_u16();
    let text = resp.text().unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or(serde_json::Value::Null),
    )
}

/// A direct call to the sandbox's Valuekeep identity API (`path` below
/// `/api/{tenant}/{org}/identity/`).
pub fn vk_api(
    sb: &Sandbox,
    method: &str,
    path: &str,
    body: Option<serde_json::Value>,
) -> (u16, serde_json::Value) {
    let url = format!("{}/api/{VK_TENANT}/{VK_ORG}/identity/{path}", sb.url);
    direct_call(url, method, &vk_token(sb), body)
}

/// A direct Descope management call to the sandbox (`path` from `/v1/...`).
pub fn descope_mgmt(
    sb: &Sandbox,
    method: &str,
    path: &str,
    body: Option<serde_json::Value>,
) -> (u16, serde_json::Value) {
    let bearer = format!("{DESCOPE_PROJECT}:{DESCOPE_KEY}");
    direct_call(format!("{}{path}", sb.url), method, &bearer, body)
}

/// A Descope user as the sandbox holds it, by login id.
pub fn descope_load(sb: &Sandbox, login: &str) -> serde_json::Value {
    let (status, body) = descope_mgmt(sb, "GET", &format!("/v1/mgmt/user?loginId={login}"), None);
    assert_eq!(status, 200, "load {login}: {body}");
    body["user"].clone()
}
