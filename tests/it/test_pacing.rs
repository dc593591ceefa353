//! The client-side pacer and interruption: a paced run stays under the
//! server's limit instead of provoking 429s (`--rate`); Ctrl-C ends a run
//! with 130.

use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::common::descope::dsc_cmd;
use crate::common::{Sandbox, TestEnv, run};

#[test]
fn client_pacing_spreads_requests_when_asked() {
    let sb = Sandbox::start(&["--seed-users", "450"]);
    let env = TestEnv::new();
    // 5 search pages at 2 per 1 s window: the fifth waits for the third window.
    let t0 = Instant::now();
    let out = run(dsc_cmd(&env, &sb).args([
        "-v",
        "--rate",
        "2",
        "--rate-window",
        "1",
        "users",
        "list",
        "--all",
        "-o",
        "ndjson",
    ]))
    .ok();
    assert_eq!(out.lines().len(), 450);
    assert!(
        t0.elapsed() >= Duration::from_millis(1900),
        "not paced: {:?}",
        t0.elapsed()
    );
    assert!(
        out.stderr.contains("Descope user search rate window"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains(" 0 answered 429"), "{}", out.stderr);
}

fn answered_429(stderr: &str) -> u64 {
    let line = stderr
        .lines()
        .find(|l| l.ends_with("answered 429"))
        .unwrap_or_else(|| panic!("no cost line in stderr:\n{stderr}"));
    line.split(", ")
        .last()
        .and_then(|s| s.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap()
}

#[test]
fn paced_run_stays_under_the_server_limit() {
    // 1,000 users = 10 pages; the server allows 5 requests a second.
    let sb = Sandbox::start(&["--seed-users", "1000", "--rate-limit", "5"]);
    let env = TestEnv::new();
    let start = Instant::now();
    let out = run(env.odc(&sb).args([
        "users",
        "list",
        "--all",
        "-o",
        "ndjson",
        "-v",
        "--rate",
        "4",
        "--rate-window",
        "1",
    ]))
    .ok();
    assert_eq!(out.ndjson().len(), 1000);
    assert_eq!(answered_429(&out.stderr), 0, "{}", out.stderr);
    // 10 pages at 4 per second cannot take less than two windows.
    assert!(start.elapsed() >= Duration::from_secs(2));
    assert!(
        out.stderr.contains("paced"),
        "pacing should be visible at -v"
    );
}

#[test]
fn unpaced_burst_is_throttled_but_recovers_through_retries() {
    let sb = Sandbox::start(&["--seed-users", "1000", "--rate-limit", "5"]);
    let env = TestEnv::new();
    let out = run(env.odc(&sb).args([
        "users", "list", "--all", "-o", "ndjson", "-v", "--rate", "0",
    ]))
    .ok();
    assert_eq!(out.ndjson().len(), 1000);
    assert!(answered_429(&out.stderr) > 0, "{}", out.stderr);
}

#[test]
fn ctrl_c_exits_130() {
    let sb = Sandbox::start(&["--seed-users", "1000", "--latency-ms", "400"]);
    let env = TestEnv::new();
    let child = std::process::Command::new(crate::common::bin())
        .args(["users", "list", "--all", "-o", "ndjson"])
        .env("IAMCTL_KIND", "odc")
        .env("IAMCTL_PORTAL", &sb.url)
        .env("IAMCTL_CLIENT_ID", "sandbox-client")
        .env("IAMCTL_CLIENT_SECRET", "sandbox-secret")
        .env("IAMCTL_CONFIG_DIR", env.path().join("config"))
        .env("IAMCTL_CACHE_DIR", env.path().join("cache"))
        .env("IAMCTL_NO_KEYRING", "1")
        .env_remove("RUST_BACKTRACE")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(600));
    std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(130),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("interrupted"));
}

/// Issue 9: a pacing wait of a second or more is told on stderr (once, not
/// once per worker), so minutes of waiting against a real tenant's window
/// are never silent; `--quiet` keeps it quiet.
#[test]
fn long_waits_are_told_on_stderr() {
    let sb = Sandbox::start(&["--seed-users", "3"]);
    let env = TestEnv::new();
    // One request per 2 s window; `users roles list EMAIL` needs two
    // identity requests (the e-mail lookup, then the roles).
    // (In JSON: a table would also list stages and apps for their names.)
    let args = [
        "--rate",
        "1",
        "--rate-window",
        "2",
        "-o",
        "json",
        "users",
        "roles",
        "list",
    ];
    let email = crate::common::all_users(&sb)[0]["email"]
        .as_str()
        .unwrap()
        .to_string();
    let out = run(env.odc(&sb).args(args).arg(&email)).ok();
    let told: Vec<&str> = out
        .stderr
        .lines()
        .filter(|l| l.starts_with("waiting "))
        .collect();
    assert_eq!(told.len(), 1, "{}", out.stderr);
    assert!(
        told[0].ends_with("the rate limit: ODC identity allows 1 request per 2s"),
        "{}",
        told[0]
    );
    let out = run(env.odc(&sb).arg("--quiet").args(args).arg(&email)).ok();
    assert!(!out.stderr.contains("waiting"), "{}", out.stderr);
}
