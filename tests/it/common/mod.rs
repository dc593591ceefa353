//! Test environment: a sandbox process per test and an `iamctl` command
//! with every source of nondeterminism pinned (config dir, cache dir, HOME,
//! colours, backtraces).

#![allow(dead_code)]

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
