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
