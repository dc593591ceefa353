//! Retries: 429 and 503 storms ridden out, `--max-wait` spent and said
//! so, rate limits waited out, and local mistakes never retried.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::common::descope::{KEY, PROJECT, create, dsc_cmd, exists};
use crate::common::valuekeep::Valuekeep;
use crate::common::{Sandbox, TestEnv, descope_mgmt as mgmt, http, requests, run, *};

#[test]
fn rate_limit_wait_recovers_then_gives_up_with_6() {
    let sb = Sandbox::start(&["--vendor-limits", "--rate-window", "3"]);
    let env = TestEnv::new();
    // Spend the project's create budget (100 per window) directly, until
    // the sandbox answers 429.
    let client = http();
    let mut limited = None;
    for i in 0..300 {
        let resp = client
            .post(format!("{}/v1/mgmt/user/create", sb.url))
            .bearer_auth(format!("{PROJECT}:{KEY}"))
            .json(&json!({"loginId": format!("burst{i}")}))
            .send()
            .unwrap();
        if resp.status().as_u16() == 429 {
            let ra = resp.headers()["retry-after"].to_str().unwrap().to_string();
            let body: Value = resp.json().unwrap();
            limited = Some((i, ra, body));
            break;
        }
    }
    let (i, ra, body) = limited.expect("creates were never limited");
    assert!(i >= 100, "limited after {i} creates");
    assert!(
        ra.parse::<u64>().is_ok_and(|s| (1..=3).contains(&s)),
        "Retry-After {ra:?} is not integer seconds"
    );
    assert_eq!(body["errorCode"], "E130429");
    // The CLI waits as told and succeeds.
    let t0 = Instant::now();
    let out = run(dsc_cmd(&env, &sb).args(["-v", "users", "create", "--login-id", "patient"])).ok();
    assert!(
        out.stderr.contains("429") && out.stderr.contains("retry-after"),
        "{}",
        out.stderr
    );
    assert!(t0.elapsed() >= Duration::from_millis(300), "did not wait");
    assert!(exists(&sb, "patient"));

    // Searches have their own budget (200); once spent, a short --max-wait gives up with 6.
    let sb = Sandbox::start(&["--vendor-limits", "--rate-window", "60"]);
    for _ in 0..200 {
        let (s, _) = mgmt(
            &sb,
            "POST",
            "/v2/mgmt/user/search",
            Some(json!({"limit": 1})),
        );
        assert_eq!(s, 200);
    }
    // Creates are still allowed: the buckets are apart.
    create(&env, &sb, &["--login-id", "still-ok"]);
    let out = run(dsc_cmd(&env, &sb).args(["--max-wait", "0.5", "users", "list"])).expect(6);
    assert!(
        out.stderr.contains("E130429") && out.stderr.contains("rate limited"),
        "{}",
        out.stderr
    );
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

#[test]
fn rate_limited_requests_are_retried() {
    let sb = Sandbox::start(&["--seed-users", "250", "--rate-limit", "5"]);
    let env = TestEnv::new();
    let out = run(env
        .valuekeep(&sb)
        .args(["users", "list", "--all", "-o", "ndjson"]))
    .ok();
    assert_eq!(out.lines().len(), 250);
    // No pacing windows are invented for Valuekeep.
    let out = run(env.valuekeep(&sb).args(["-v", "users", "list", "-L", "1"])).ok();
    assert!(!out.stderr.contains("rate window"), "{}", out.stderr);
}
