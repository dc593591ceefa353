//! `users import`: exact per-row results, faults, SIGKILL + resume,
//! Ctrl-C, batches, validation (`--validate-only` and the real run refuse
//! the same rows), and matching records by identity.

use std::collections::{BTreeMap, BTreeSet};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::common;
use crate::common::bulk::{DOMAIN, PLATFORMS, email, imported, results, users, write};
use crate::common::descope::dsc_cmd;
use crate::common::{
    Platform, Sandbox, TestEnv, bin, descope_load as load, descope_mgmt as mgmt, direct, get_json,
    requests, run, *,
};

/// A CSV of `n` good rows (with a spare `nickname` column, empty).
fn csv(n: usize) -> String {
    let mut s = String::from("email,name,active,groups,nickname\n");
    for i in 1..=n {
        s.push_str(&format!("{},User {i},true,,\n", email(i)));
    }
    s
}

#[track_caller]
fn assert_exactly_once(sb: &Sandbox, n: usize, except: &[usize]) {
    check_once(imported(sb), n, except);
}

/// Listing through `iamctl` itself, which rides out injected faults.
fn imported_cli(env: &TestEnv, sb: &Sandbox) -> BTreeMap<String, usize> {
    let out = run(env.odc(sb).args(["users", "list", "--all", "-o", "ndjson"])).ok();
    let mut m = BTreeMap::new();
    for u in out.ndjson() {
        let e = u["email"].as_str().unwrap().to_lowercase();
        if e.ends_with(DOMAIN) {
            *m.entry(e).or_insert(0) += 1;
        }
    }
    m
}

/// A big import's transcript in short: without the line per row done
/// (`Created user NAME (KEY)`, `Unchanged: ...`, `Skipped: ...`: minted keys,
/// in the order concurrent requests finished) and without a `-v` trace; what
/// is left (rows that failed, the summary, the error and its hint) is the
/// same on every run. The test's directory is `[TMP]`.
fn in_short(t: &Transcript, env: &TestEnv) -> String {
    let per_row = ["Created user ", "Unchanged: ", "Skipped: "];
    let mut t = t.clone();
    t.stderr = told(&t.stderr)
        .lines()
        .filter(|l| !per_row.iter().any(|p| l.starts_with(p)))
        .map(|l| format!("{l}\n"))
        .collect();
    t.redact(env.path().to_str().unwrap(), "[TMP]").to_string()
}

#[track_caller]
fn check_once(got: BTreeMap<String, usize>, n: usize, except: &[usize]) {
    let dups: Vec<_> = got.iter().filter(|(_, c)| **c > 1).collect();
    assert!(dups.is_empty(), "duplicates: {dups:?}");
    let want: BTreeSet<String> = (1..=n).filter(|i| !except.contains(i)).map(email).collect();
    let have: BTreeSet<String> = got.keys().cloned().collect();
    let missing: Vec<_> = want.difference(&have).collect();
    let extra: Vec<_> = have.difference(&want).collect();
    assert!(
        missing.is_empty(),
        "missing {} users, e.g. {:?}",
        missing.len(),
        &missing[..missing.len().min(5)]
    );
    assert!(extra.is_empty(), "unexpected users: {extra:?}");
}

/// `iamctl` as a child process (to signal it), pinned like `TestEnv::odc`.
fn spawn(env: &TestEnv, sb: &Sandbox, args: &[&str]) -> Child {
    Command::new(bin())
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", env.path().join("home"))
        .env("IAMCTL_CONFIG_DIR", env.path().join("config"))
        .env("IAMCTL_CACHE_DIR", env.path().join("cache"))
        .env("IAMCTL_NO_KEYRING", "1")
        .env("NO_COLOR", "1")
        .env("IAMCTL_KIND", "odc")
        .env("IAMCTL_PORTAL", &sb.url)
        .env("IAMCTL_CLIENT_ID", "sandbox-client")
        .env("IAMCTL_CLIENT_SECRET", "sandbox-secret")
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn iamctl")
}

fn wait_for_lines(path: &str, n: usize, child: &mut Child) {
    let t0 = Instant::now();
    loop {
        let lines = std::fs::read_to_string(path)
            .map(|s| s.lines().count())
            .unwrap_or(0);
        if lines >= n {
            return;
        }
        assert!(
            child.try_wait().unwrap().is_none(),
            "import ended before the signal"
        );
        assert!(
            t0.elapsed() < Duration::from_secs(60),
            "results never reached {n} lines"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn signal(child: &Child, sig: &str) {
    let ok = Command::new("kill")
        .args([sig, &child.id().to_string()])
        .status()
        .unwrap();
    assert!(ok.success());
}

#[test]
fn import_1000_rows_with_bad_rows_gives_exact_results() {
    let sb = Sandbox::start(&[]);
    let env = TestEnv::new();
    let mut lines: Vec<String> = csv(1000).lines().map(str::to_string).collect();
    // Row N is on line N (the header is line 0 here).
    lines[100] = "not-an-email,Bad One,true,,".into();
    lines[250] = format!("{},User 250,true,,Bobby", email(250));
    lines[500] = format!("{},User 500,maybe,,", email(500));
    lines[750] = format!("{},Again,true,,", email(1));
    lines[900] = format!("{},User 900,true,No Such Group,", email(900));
    let file = write(&env, "users.csv", &(lines.join("\n") + "\n"));
    let res = env.path().join("r.ndjson").to_string_lossy().into_owned();

    let t = Transcript::of(env.odc(&sb).args([
        "users",
        "import",
        &file,
        "--results",
        &res,
        "--stage",
        "Development",
    ]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(in_short(&t, &env), @r#"
        [stdout]
        [stderr]
        Results in [TMP]/r.ndjson
        warning: Could not create user not-an-email: row 100: "not-an-email" is not an e-mail address
        warning: Could not create user user00250@bulk.example.com: row 250: unknown column "nickname" (columns: email, name, active, photoUrl, builtinIdp, groups, roles, loginId, phone, givenName, middleName, familyName, tenants, customAttributes, verifiedEmail, verifiedPhone, userKey, technician, status)
        warning: Could not create user user00500@bulk.example.com: row 500: active must be true or false, not "maybe"
        warning: Could not create user user00001@bulk.example.com: row 750: same e-mail as row 1
        warning: Could not create user user00900@bulk.example.com: row 900: group "No Such Group" not found
        Done: 995 created, 5 failed
        error: 5 of 1000 rows failed
        hint: those rows are in [TMP]/r.ndjson (action "failed" or "partial"); fix them, then: iamctl users import [TMP]/users.csv --results [TMP]/r.ndjson --resume [TMP]/r.ndjson
        [exit status: 7]
        "#);
    });
    let rs = results(&res);
    assert_eq!(rs.len(), 1000, "one result per row");
    let by_row: BTreeMap<u64, &Value> =
        rs.iter().map(|r| (r["row"].as_u64().unwrap(), r)).collect();
    assert_eq!(by_row.len(), 1000);
    assert_eq!(*by_row.keys().next().unwrap(), 1);
    assert_eq!(*by_row.keys().last().unwrap(), 1000);
    let failed: BTreeMap<u64, (&str, &str)> = rs
        .iter()
        .filter(|r| r["action"] == "failed")
        .map(|r| {
            (
                r["row"].as_u64().unwrap(),
                (
                    r["error_code"].as_str().unwrap(),
                    r["identity"].as_str().unwrap_or(""),
                ),
            )
        })
        .collect();
    let want: BTreeMap<u64, (&str, &str)> = [
        (100, ("InvalidEmail", "not-an-email")),
        (250, ("UnknownColumn", email(250).leak() as &str)),
        (500, ("InvalidValue", email(500).leak() as &str)),
        (750, ("DuplicateEmail", email(1).leak() as &str)),
        (900, ("UnknownGroup", email(900).leak() as &str)),
    ]
    .into_iter()
    .collect();
    assert_eq!(failed, want);
    for r in &rs {
        if r["action"] != "failed" {
            assert_eq!(r["action"], "created", "{r}");
            assert!(r["key"].as_str().is_some_and(|k| k.len() == 36), "{r}");
            assert_eq!(r["status"], 202, "{r}");
            let row = r["row"].as_u64().unwrap() as usize;
            assert_eq!(r["identity"], email(row));
        }
    }
    assert!(by_row[&500]["message"].as_str().unwrap().contains("maybe"));
    assert!(by_row[&750]["message"].as_str().unwrap().contains("row 1"));
    assert_exactly_once(&sb, 1000, &[100, 250, 500, 750, 900]);

    // --validate-only sends nothing and reports the same bad rows.
    // Each invalid row told (a warning naming the row), then the count;
    // no request at all.
    let t = Transcript::of(
        env.odc(&sb)
            .args(["-v", "users", "import", &file, "--validate-only"]),
    )
    .redact(env.path().to_str().unwrap(), "[TMP]");
    assert!(requests(&t.stderr).is_empty(), "{t}");
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        warning: not-an-email: row 100: "not-an-email" is not an e-mail address
        warning: user00250@bulk.example.com: row 250: unknown column "nickname" (columns: email, name, active, photoUrl, builtinIdp, groups, roles, loginId, phone, givenName, middleName, familyName, tenants, customAttributes, verifiedEmail, verifiedPhone, userKey, technician, status)
        warning: user00500@bulk.example.com: row 500: active must be true or false, not "maybe"
        warning: user00001@bulk.example.com: row 750: same e-mail as row 1
        Checked 1000 rows: 996 valid, 4 invalid; nothing sent
        * 0 requests, 0 retries, 0 answered 429
        error: 4 of 1000 rows failed
        [exit status: 7]
        "#);
    });
}

#[test]
fn import_under_fail_rate_creates_every_row_exactly_once() {
    // Seed 28 fails the 3rd, 6th, 10th and 11th API calls: there are
    // retries whatever order the concurrent calls take.
    let sb = Sandbox::start(&["--fail-rate", "0.2", "--fault-seed", "28"]);
    let env = TestEnv::new();
    let file = write(&env, "users.ndjson", &{
        let mut s = String::new();
        for i in 1..=500 {
            s.push_str(&format!(
                "{{\"email\":\"{}\",\"name\":\"User {i}\",\"groups\":[\"Support\"]}}\n",
                email(i)
            ));
        }
        s
    });
    let res = env.path().join("r.ndjson").to_string_lossy().into_owned();
    let out = run(env.odc(&sb).args([
        "-v",
        "users",
        "import",
        &file,
        "--results",
        &res,
        "--stage",
        "Development",
    ]))
    .ok();
    assert!(
        out.stderr.contains("* retry"),
        "faults were injected and ridden out: {}",
        out.stderr
    );
    let rs = results(&res);
    assert_eq!(rs.len(), 500);
    assert!(rs.iter().all(|r| r["action"] == "created"), "{rs:?}");
    check_once(imported_cli(&env, &sb), 500, &[]);
    // Groups: one PATCH per group per batch, not one per user.
    let patches = out
        .stderr
        .lines()
        .filter(|l| l.starts_with("> PATCH"))
        .count();
    assert!((5..=10).contains(&patches), "{patches} PATCH requests");
}

#[test]
fn killed_midway_then_resumed_has_no_duplicate_and_none_missing() {
    let sb = Sandbox::start(&["--latency-ms", "100"]);
    let env = TestEnv::new();
    let file = write(&env, "users.csv", &csv(1500));
    let res = env.path().join("r.ndjson").to_string_lossy().into_owned();
    let args = [
        "users",
        "import",
        &file,
        "--results",
        &res,
        "--resume",
        &res,
        "--concurrency",
        "2",
    ];
    let mut child = spawn(&env, &sb, &args);
    wait_for_lines(&res, 300, &mut child);
    signal(&child, "-KILL");
    child.wait().unwrap();
    let before = imported(&sb).len();
    assert!(before < 1500, "the kill landed midway ({before} created)");

    let out = run(env.odc(&sb).args(args)).ok();
    assert!(out.stderr.contains("skipped"), "{}", out.stderr);
    assert_exactly_once(&sb, 1500, &[]);
    // Every row is recorded as done in the (appended) results file.
    let done: BTreeSet<u64> = results(&res)
        .iter()
        .filter(|r| r["action"] != "failed")
        .map(|r| r["row"].as_u64().unwrap())
        .collect();
    assert_eq!(done.len(), 1500);
    // A third run has nothing left to do.
    let t = Transcript::of(env.odc(&sb).args(["-v"]).args(args));
    assert!(
        requests(&t.stderr).iter().all(|r| !r.starts_with("POST ")),
        "{t}"
    );
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(in_short(&t, &env), @r"
        [stdout]
        [stderr]
        Results in [TMP]/r.ndjson
        Done: 1500 skipped
        [exit status: 0]
        ");
    });
}

#[test]
fn ctrl_c_stops_cleanly_with_results_flushed() {
    let sb = Sandbox::start(&["--latency-ms", "100"]);
    let env = TestEnv::new();
    let file = write(&env, "users.csv", &csv(1500));
    let res = env.path().join("r.ndjson").to_string_lossy().into_owned();
    let args = [
        "users",
        "import",
        &file,
        "--results",
        &res,
        "--concurrency",
        "2",
    ];
    let mut child = spawn(&env, &sb, &args);
    wait_for_lines(&res, 200, &mut child);
    signal(&child, "-INT");
    let status = child.wait().unwrap();
    let mut stderr = String::new();
    std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut stderr).unwrap();
    assert_eq!(status.code(), Some(130), "{stderr}");
    assert!(stderr.contains("--resume"), "{stderr}");
    // Whatever was created is recorded: in-flight batches finished and were flushed.
    let rs = results(&res);
    let recorded: BTreeSet<String> = rs
        .iter()
        .filter(|r| r["action"] == "created")
        .map(|r| r["identity"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(rs.len(), recorded.len(), "only created rows, each once");
    assert!(rs.len() < 1500, "stopped early");
    let have: BTreeSet<String> = imported(&sb).into_keys().collect();
    assert_eq!(have, recorded, "every user created is in the results");

    // The hint is a command that works when pasted: run it as given.
    let hint = stderr
        .lines()
        .find_map(|l| l.strip_prefix("hint: to finish: "))
        .unwrap_or_else(|| panic!("no pasteable hint: {stderr}"));
    let words = shlex::split(hint).unwrap();
    assert_eq!(words[..3], ["iamctl", "users", "import"], "{hint}");
    assert!(
        hint.contains(&format!("--results {res} --resume {res}")),
        "{hint}"
    );
    run(env.odc(&sb).args(&words[1..])).ok();
    assert_exactly_once(&sb, 1500, &[]);
    assert_eq!(
        results(&res).len(),
        1500,
        "resumed into the same file, which now lists every row"
    );
}

// ----- users import: POST /v1/mgmt/user/create/batch -----

const BATCH_DOMAIN: &str = "@batch.example.com";

fn batch_email(i: usize) -> String {
    format!("user{i:04}{BATCH_DOMAIN}")
}

/// Rows 1..=n as CSV lines (no header), good unless `bad` replaces them.
fn batch_csv(n: usize, bad: &[(usize, String)]) -> String {
    let mut s = String::from("email,name,active\n");
    for i in 1..=n {
        match bad.iter().find(|(b, _)| *b == i) {
            Some((_, line)) => s.push_str(line),
            None => s.push_str(&format!("{},User {i},true", batch_email(i))),
        }
        s.push('\n');
    }
    s
}

fn write_file(env: &TestEnv, name: &str, text: &str) -> String {
    let p = env.path().join(name);
    std::fs::write(&p, text).unwrap();
    p.to_string_lossy().into_owned()
}

fn read_results(path: &str) -> std::collections::BTreeMap<u64, Value> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .map(|r| (r["row"].as_u64().unwrap(), r))
        .collect()
}

/// Login ids of our domain in the sandbox → how many users hold each
/// (listed through `iamctl`, which rides out injected faults).
fn batch_users(env: &TestEnv, sb: &Sandbox) -> std::collections::BTreeMap<String, usize> {
    let out = run(dsc_cmd(env, sb).args(["users", "list", "--all", "-o", "ndjson"])).ok();
    let mut m = std::collections::BTreeMap::new();
    for u in out.ndjson() {
        for l in u["loginIds"].as_array().unwrap() {
            let l = l.as_str().unwrap().to_lowercase();
            if l.ends_with(BATCH_DOMAIN) {
                *m.entry(l).or_insert(0) += 1;
            }
        }
    }
    m
}

#[track_caller]
fn assert_each_once(got: &std::collections::BTreeMap<String, usize>, want: &[usize]) {
    let dups: Vec<_> = got.iter().filter(|(_, c)| **c > 1).collect();
    assert!(dups.is_empty(), "duplicates: {dups:?}");
    let want: std::collections::BTreeSet<String> = want.iter().map(|i| batch_email(*i)).collect();
    let have: std::collections::BTreeSet<String> = got.keys().cloned().collect();
    assert_eq!(have, want);
}

fn batch_posts(stderr: &str) -> (usize, usize) {
    let reqs = requests(stderr);
    let batch = reqs
        .iter()
        .filter(|r| r.starts_with("POST ") && r.ends_with("/v1/mgmt/user/create/batch"))
        .count();
    (batch, reqs.len())
}

#[test]
fn import_250_rows_in_three_batch_requests_then_again_unchanged() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    // Row 7's user is already there before the first import.
    let (s, _) = mgmt(
        &sb,
        "POST",
        "/v1/mgmt/user/create",
        Some(json!({"loginId": batch_email(7), "email": batch_email(7)})),
    );
    assert_eq!(s, 200);
    let bad = [
        (100, "not-an-email,Bad One,true".to_string()),
        (200, format!("{},User 200,maybe", batch_email(200))),
    ];
    let file = write_file(&env, "users.csv", &batch_csv(250, &bad));
    let res = env.path().join("r1.ndjson").to_string_lossy().into_owned();
    let out = Transcript::of(dsc_cmd(&env, &sb).args([
        "-v",
        "users",
        "import",
        &file,
        "--results",
        &res,
    ]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(in_short(&out, &env), @r#"
        [stdout]
        [stderr]
        Results in [TMP]/r1.ndjson
        warning: Could not create user not-an-email: row 100: "not-an-email" is not an e-mail address
        warning: Could not create user user0200@batch.example.com: row 200: active must be true or false, not "maybe"
        Done: 247 created, 1 unchanged, 2 failed
        error: 2 of 250 rows failed
        hint: those rows are in [TMP]/r1.ndjson (action "failed" or "partial"); fix them, then: iamctl users import [TMP]/users.csv --results [TMP]/r1.ndjson --resume [TMP]/r1.ndjson
        [exit status: 7]
        "#);
    });
    // 248 rows sent: batches of 100, 100 and 48; nothing else.
    assert_eq!(batch_posts(&out.stderr), (3, 3), "{}", out.stderr);
    let rs = read_results(&res);
    assert_eq!(rs.len(), 250, "one result per row");
    assert_eq!(*rs.keys().next().unwrap(), 1);
    assert_eq!(*rs.keys().last().unwrap(), 250);
    for (n, r) in &rs {
        let n = *n as usize;
        match n {
            100 => {
                assert_eq!(r["action"], "failed");
                assert_eq!(r["error_code"], "InvalidEmail", "{r}");
            }
            200 => {
                assert_eq!(r["action"], "failed");
                assert_eq!(r["error_code"], "InvalidValue", "{r}");
                assert!(r["message"].as_str().unwrap().contains("maybe"), "{r}");
            }
            7 => {
                assert_eq!(r["action"], "unchanged", "{r}");
                assert_eq!(r["error_code"], "E062107", "{r}");
                assert_eq!(r["identity"], batch_email(7));
            }
            _ => {
                assert_eq!(r["action"], "created", "{r}");
                assert_eq!(r["identity"], batch_email(n));
                assert_eq!(r["status"], 200, "{r}");
                let key = r["key"].as_str().unwrap();
                assert!(key.starts_with('U') && key.len() == 28, "{r}");
                // The key is that user's id.
                assert_eq!(load(&sb, &batch_email(n))["userId"], key);
            }
        }
    }
    let good: Vec<usize> = (1..=250).filter(|i| ![100, 200].contains(i)).collect();
    assert_each_once(&batch_users(&env, &sb), &good);
    assert_eq!(load(&sb, &batch_email(42))["name"], "User 42");

    // The same file again: nothing created, every good row unchanged, the
    // two bad rows fail as before (exit 7), still 3 requests.
    let res2 = env.path().join("r2.ndjson").to_string_lossy().into_owned();
    let out = Transcript::of(dsc_cmd(&env, &sb).args([
        "-v",
        "users",
        "import",
        &file,
        "--results",
        &res2,
    ]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(in_short(&out, &env), @r#"
        [stdout]
        [stderr]
        Results in [TMP]/r2.ndjson
        warning: Could not create user not-an-email: row 100: "not-an-email" is not an e-mail address
        warning: Could not create user user0200@batch.example.com: row 200: active must be true or false, not "maybe"
        Done: 248 unchanged, 2 failed
        error: 2 of 250 rows failed
        hint: those rows are in [TMP]/r2.ndjson (action "failed" or "partial"); fix them, then: iamctl users import [TMP]/users.csv --results [TMP]/r2.ndjson --resume [TMP]/r2.ndjson
        [exit status: 7]
        "#);
    });
    assert_eq!(batch_posts(&out.stderr), (3, 3), "{}", out.stderr);
    let rs = read_results(&res2);
    assert_eq!(rs.len(), 250);
    assert!(
        rs.iter().all(|(n, r)| r["action"]
            == if [100, 200].contains(n) {
                "failed"
            } else {
                "unchanged"
            }),
        "{rs:?}"
    );
    assert_each_once(&batch_users(&env, &sb), &good);

    // Without the bad rows, a repeat is a clean no-op: exit 0.
    let clean = write_file(&env, "clean.csv", &{
        let mut s = String::from("email,name,active\n");
        for i in &good {
            s.push_str(&format!("{},User {i},true\n", batch_email(*i)));
        }
        s
    });
    let res3 = env.path().join("r3.ndjson").to_string_lossy().into_owned();
    let t =
        Transcript::of(dsc_cmd(&env, &sb).args(["users", "import", &clean, "--results", &res3]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(in_short(&t, &env), @r"
        [stdout]
        [stderr]
        Results in [TMP]/r3.ndjson
        Done: 248 unchanged
        [exit status: 0]
        ");
    });
    assert!(
        read_results(&res3)
            .values()
            .all(|r| r["action"] == "unchanged")
    );
    assert_each_once(&batch_users(&env, &sb), &good);

    // --dry-run sends nothing.
    let out = run(dsc_cmd(&env, &sb).args(["-v", "--dry-run", "users", "import", &clean])).ok();
    assert_eq!(batch_posts(&out.stderr), (0, 0), "{}", out.stderr);
}

#[test]
fn import_under_fail_rate_creates_every_good_row_exactly_once() {
    // Seed 7 fails the 1st, 2nd and 6th calls: some batch is retried.
    let sb = Sandbox::start(&[
        "--seed-users",
        "5",
        "--fail-rate",
        "0.2",
        "--fault-seed",
        "7",
    ]);
    let env = TestEnv::new();
    let bad = [(30, "nobody,Bad,true".to_string())];
    let file = write_file(&env, "users.csv", &batch_csv(250, &bad));
    let res = env.path().join("r.ndjson").to_string_lossy().into_owned();
    let out = Transcript::of(dsc_cmd(&env, &sb).args([
        "-v",
        "users",
        "import",
        &file,
        "--results",
        &res,
    ]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(in_short(&out, &env), @r#"
        [stdout]
        [stderr]
        Results in [TMP]/r.ndjson
        warning: Could not create user nobody: row 30: "nobody" is not an e-mail address
        Done: 249 created, 1 failed
        error: 1 of 250 rows failed
        hint: those rows are in [TMP]/r.ndjson (action "failed" or "partial"); fix them, then: iamctl users import [TMP]/users.csv --results [TMP]/r.ndjson --resume [TMP]/r.ndjson
        [exit status: 7]
        "#);
    });
    // Every attempt is a batch POST (a refused one is retried as it was).
    let (batch, all) = batch_posts(&out.stderr);
    assert_eq!(batch, all, "{}", out.stderr);
    let retries = out.stderr.matches("* retry").count();
    assert_eq!(batch, 3 + retries, "{}", out.stderr);
    let rs = read_results(&res);
    assert_eq!(rs.len(), 250);
    assert!(
        rs.iter()
            .all(|(n, r)| r["action"] == if *n == 30 { "failed" } else { "created" }),
        "{rs:?}"
    );
    let good: Vec<usize> = (1..=250).filter(|i| *i != 30).collect();
    assert_each_once(&batch_users(&env, &sb), &good);
}

/// `users import` checks every role of the file with one role/all: the
/// rows naming an unknown role fail, the others are created in one batch.
#[test]
fn import_fails_only_the_rows_with_an_unknown_role() {
    let sb = Sandbox::start(&["--seed-users", "2"]);
    let env = TestEnv::new();
    let file = env.path().join("users.csv");
    std::fs::write(
        &file,
        "email,name,roles\n\
         r1@import.example.com,R One,Viewer\n\
         r2@import.example.com,R Two,Ghost\n\
         r3@import.example.com,R Three,Editor\n",
    )
    .unwrap();
    let results = env.path().join("results.ndjson");
    let out = run(env.on(Platform::Descope, &sb).args([
        "-v",
        "users",
        "import",
        file.to_str().unwrap(),
        "--results",
        results.to_str().unwrap(),
    ]));
    assert_ne!(out.code, 0, "{}", out.stderr);
    let reqs = requests(&out.stderr);
    assert_eq!(
        reqs.iter()
            .filter(|r| r.ends_with("/v1/mgmt/role/all"))
            .count(),
        1,
        "{}",
        out.stderr
    );
    assert_eq!(
        reqs.iter()
            .filter(|r| r.ends_with("/v1/mgmt/user/create/batch"))
            .count(),
        1,
        "{}",
        out.stderr
    );
    // The roles went in the batch body: no request of their own.
    assert_eq!(reqs.len(), 2, "{}", out.stderr);
    assert_eq!(
        load(&sb, "r1@import.example.com")["roleNames"],
        json!(["Viewer"])
    );
    assert_eq!(
        load(&sb, "r3@import.example.com")["roleNames"],
        json!(["Editor"])
    );
    assert_eq!(
        mgmt(
            &sb,
            "GET",
            "/v1/mgmt/user?loginId=r2@import.example.com",
            None
        )
        .0,
        400
    );
    let text = std::fs::read_to_string(&results).unwrap();
    let failed: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .filter(|r| r["action"] == "failed")
        .collect();
    assert_eq!(failed.len(), 1, "{text}");
    assert_eq!(failed[0]["identity"], "r2@import.example.com");
    assert!(failed[0].to_string().contains("Ghost"), "{text}");

    // Again: the users already there are unchanged, and their roles are
    // given with role/add (a role taken away since comes back).
    mgmt(
        &sb,
        "POST",
        "/v1/mgmt/user/update/role/remove",
        Some(json!({"loginId": "r1@import.example.com", "roleNames": ["Viewer"]})),
    );
    let again = env.path().join("again.ndjson");
    let out = run(env.on(Platform::Descope, &sb).args([
        "-v",
        "users",
        "import",
        file.to_str().unwrap(),
        "--results",
        again.to_str().unwrap(),
    ]));
    assert_ne!(out.code, 0, "{}", out.stderr);
    let reqs = requests(&out.stderr);
    assert_eq!(
        reqs.iter()
            .filter(|r| r.ends_with("/user/update/role/add"))
            .count(),
        2,
        "{}",
        out.stderr
    );
    assert_eq!(
        load(&sb, "r1@import.example.com")["roleNames"],
        json!(["Viewer"])
    );
    let text = std::fs::read_to_string(&again).unwrap();
    assert_eq!(text.matches("\"unchanged\"").count(), 2, "{text}");
}

// ---- import: what is wrong with the whole file is one error ----

#[test]
fn import_file_level_faults_are_one_usage_error() {
    let sb = Sandbox::start(&["--seed-users", "1"]);
    let env = TestEnv::new();
    let import = |name: &str, bytes: &[u8]| {
        let path = env.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        Transcript::of(env.odc(&sb).args([
            "users",
            "import",
            path.to_str().unwrap(),
            "--validate-only",
        ]))
    };
    let cases: [(&str, &[u8]); 7] = [
        ("dup.csv", b"email,name,name\na@example.com,A,B\n"),
        ("nul.csv", b"email,name\na@example.com,A\0B\n"),
        ("utf16.csv", b"e\0m\0a\0i\0l\0\n\0"),
        ("noemail.csv", b"name,active\nA,true\nB,false\n"),
        ("noemail.json", br#"[{"name":"A"},{"name":"B"}]"#),
        ("noemail.ndjson", b"{\"name\":\"A\"}\n{\"name\":\"B\"}\n"),
        (
            "quote.csv",
            b"email,name\na@example.com,\"Ada\nb@example.com,Bob\nc@example.com,Cy\n",
        ),
    ];
    // One error for the file (no per-row errors), exit 2.
    let mut log = String::new();
    for (name, bytes) in cases {
        let t = import(name, bytes);
        log += &format!("--- {name}\n{t}");
    }
    let log = log.replace(env.path().to_str().unwrap(), "[TMP]");
    snapshot_settings().bind(|| insta::assert_snapshot!("import_file_level_faults", log));
    // Row-level faults stay row-level.
    let t = import(
        "rows.json",
        br#"[{"email":"a@@example.com"},{"email":"b@example.com","name":"B\u0000"},{"email":"c@example.com"}]"#,
    )
    .redact(env.path().to_str().unwrap(), "[TMP]");
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        warning: a@@example.com: row 1: "a@@example.com" is not an e-mail address
        warning: b@example.com: row 2: name holds a NUL character
        Checked 3 rows: 1 valid, 2 invalid; nothing sent
        error: 2 of 3 rows failed
        [exit status: 7]
        "#);
    });
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
        let t = Transcript::of(env.odc(&sb).args([
            "-v",
            "users",
            "import",
            file.to_str().unwrap(),
            "--stage",
            "Development",
            "--results",
            env.path().join(results).to_str().unwrap(),
        ]));
        assert_eq!(t.code(), 0, "{t}");
        t
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
    // Nothing created, nothing failed: the summary counts the records.
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(in_short(&out, &env), @r"
        [stdout]
        [stderr]
        Results in [TMP]/again.ndjson
        Done: 250 unchanged
        [exit status: 0]
        ");
    });
    let sent = requests(&out.stderr);
    // Before: one lookup per user (250) on top of the batches.
    assert!(
        sent.len() < 40,
        "{} requests:\n{}",
        sent.len(),
        sent.join("\n")
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

#[test]
fn validate_only_and_the_real_run_refuse_the_same_rows() {
    let sb = Sandbox::start(&["--seed-users", "1"]);
    let env = TestEnv::new();
    let long = "a".repeat(1_000_000);
    let file = env.path().join("users.csv");
    std::fs::write(
        &file,
        format!(
            "email,name\n<script>@example.com,X\nlong@example.com,{long}\nok@example.com,Ok\n\"a b\"@example.com,Y\nbell@example.com,Bell\u{7}\n"
        ),
    )
    .unwrap();
    let dupes = env.path().join("users.json");
    std::fs::write(
        &dupes,
        r#"[{"email":"one@example.com","active":true,"active":false},{"email":"two@example.com"}]"#,
    )
    .unwrap();
    let mut log = String::new();
    for platform in PLATFORMS {
        for f in [&file, &dupes] {
            let mut outcomes = Vec::new();
            for extra in [&["--validate-only"][..], &[][..]] {
                let out = run(env
                    .on(platform, &sb)
                    .args(["users", "import", f.to_str().unwrap(), "--results", "-"])
                    .args(extra));
                let rows: Vec<String> = out
                    .ndjson()
                    .iter()
                    .map(|r| {
                        format!(
                            "row {} {}: {}",
                            r["row"],
                            r["action"].as_str().unwrap(),
                            r["message"].as_str().unwrap_or("")
                        )
                    })
                    .collect();
                outcomes.push((
                    out.code,
                    rows,
                    out.stderr.lines().last().unwrap_or("").to_string(),
                ));
            }
            let (check, real) = (&outcomes[0], &outcomes[1]);
            // The rows the check refuses are the rows the run refuses.
            let refused = |o: &(i32, Vec<String>, String)| {
                o.1.iter()
                    .filter(|r| r.contains(" failed: "))
                    .cloned()
                    .collect::<Vec<_>>()
            };
            assert_eq!(
                refused(check),
                refused(real),
                "{platform:?} {}",
                f.display()
            );
            log += &format!(
                "--- {platform:?} {}\nvalidate-only: exit {}, {}\n  {}\nreal run: exit {}, {}\n",
                f.file_name().unwrap().to_str().unwrap(),
                check.0,
                check.2,
                check.1.join("\n  "),
                real.0,
                real.2
            );
        }
    }
    let log = log.replace(env.path().to_str().unwrap(), "[TMP]");
    insta::with_settings!({prepend_module_to_snapshot => false, omit_expression => true}, {
        insta::assert_snapshot!("validate_only_is_the_real_check", log);
    });
}

/// Issue 21 item 11: Valuekeep import results carry the HTTP status of the
/// request that carried each row, never `null` for a user it created.
#[test]
fn valuekeep_import_results_carry_the_status() {
    let sb = Sandbox::start(&["--seed-users", "1"]);
    let env = TestEnv::new();
    let file = env.path().join("users.csv");
    std::fs::write(
        &file,
        "email,name\nnew.one@example.com,New One\nkatia.pereira1@example.com,Katia\n",
    )
    .unwrap();
    let out = run(env.on(Platform::Valuekeep, &sb).args([
        "users",
        "import",
        file.to_str().unwrap(),
        "--results",
        "-",
    ]));
    // Rows are written as they complete (several at once): in row order.
    let mut rows: Vec<String> = out
        .ndjson()
        .iter()
        .map(|r| format!("row {} {} status {}", r["row"], r["action"], r["status"]))
        .collect();
    rows.sort();
    insta::assert_snapshot!(rows.join("\n"), @r#"
    row 1 "created" status 201
    row 2 "unchanged" status 400
    "#);
}

#[test]
fn bulk_import_matches_records_by_identity_when_the_answer_is_shuffled() {
    let sb = Sandbox::start(&["--bulk-shuffle-seed", "7", "--seed-users", "5"]);
    let env = TestEnv::new();
    // The switch is real: the answer's records are not in input order.
    let records: Vec<Value> = (0..20)
        .map(|i| json!({"name": format!("Probe {i}"), "email": format!("probe{i:02}@shuffle.example.com")}))
        .collect();
    let (status, op) = direct(
        &sb,
        "POST",
        "users/bulk",
        Some(json!({ "records": records })),
    );
    assert_eq!(status, 202, "{op}");
    let key = op["key"].as_str().unwrap();
    let answer = loop {
        let a = get_json(&sb, &format!("users/bulk/{key}"));
        if a["status"].as_str().unwrap().starts_with("Finished") {
            break a;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    let order: Vec<&str> = answer["operations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["record"]["email"].as_str().unwrap())
        .collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_ne!(order, sorted, "the sandbox shuffled the records");

    // 150 rows (two bulk requests), one an existing user: every result
    // names the user of its own row.
    let existing = common::nth_user(&sb, 2)["email"]
        .as_str()
        .unwrap()
        .to_string();
    let mut csv = String::from("email,name\n");
    for i in 1..=150 {
        if i == 40 {
            csv.push_str(&format!("{existing},Existing\n"));
        } else {
            csv.push_str(&format!("row{i:03}@shuffle.example.com,Row {i}\n"));
        }
    }
    let file = env.path().join("users.csv");
    std::fs::write(&file, csv).unwrap();
    let res = env.path().join("r.ndjson");
    run(env.odc(&sb).args([
        "users",
        "import",
        file.to_str().unwrap(),
        "--results",
        res.to_str().unwrap(),
    ]))
    .ok();
    let rows: Vec<Value> = std::fs::read_to_string(&res)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 150);
    for r in &rows {
        let row = r["row"].as_u64().unwrap();
        if row == 40 {
            assert_eq!(r["action"], "unchanged", "{r}");
            continue;
        }
        assert_eq!(r["action"], "created", "{r}");
        let user = get_json(&sb, &format!("users/{}", r["key"].as_str().unwrap()));
        assert_eq!(
            user["email"],
            format!("row{row:03}@shuffle.example.com"),
            "row {row}: {r}"
        );
    }
}

/// A column the platform cannot set is refused before anything is sent.
#[test]
fn a_column_the_platform_cannot_set_is_refused_before_anything_is_sent() {
    let sb = Sandbox::start(&["--seed-users", "0"]);
    let env = TestEnv::new();
    let path = env.path().join("u.csv");
    std::fs::write(&path, "email,name,phone\na@example.com,A,+351910000000\n").unwrap();
    let path = path.to_string_lossy().into_owned();
    let t = Transcript::of(env.on(Platform::Odc, &sb).args(["users", "import", &path]))
        .redact(env.path().to_str().unwrap(), "[TMP]");
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        error: `users import` column "phone" is not available on ODC
        hint: remove that column (row 1 gives one); ODC takes: email, name, active, photoUrl, builtinIdp, groups, roles
        [exit status: 2]
        "#);
    });
    assert!(users(&env, Platform::Odc, &sb).is_empty());
    // An empty cell of such a column asks for nothing.
    std::fs::write(&path, "email,name,phone\na@example.com,A,\n").unwrap();
    run(env.on(Platform::Odc, &sb).args(["users", "import", &path])).ok();
}
