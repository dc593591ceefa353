//! Bulk provisioning against the ODC sandbox over HTTP: `users import`
//! (exact per-row results, faults, SIGKILL + resume, Ctrl-C), `users export`
//! round trip, and `apply` idempotence. Every check of what exists is made
//! by listing the sandbox through its API.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::{Sandbox, TestEnv, all_users, bin, run};

const DOMAIN: &str = "@bulk.example.com";

fn email(i: usize) -> String {
    format!("user{i:05}{DOMAIN}")
}

/// A CSV of `n` good rows (with a spare `nickname` column, empty).
fn csv(n: usize) -> String {
    let mut s = String::from("email,name,active,groups,nickname\n");
    for i in 1..=n {
        s.push_str(&format!("{},User {i},true,,\n", email(i)));
    }
    s
}

fn write(env: &TestEnv, name: &str, text: &str) -> String {
    let p = env.path().join(name);
    std::fs::write(&p, text).unwrap();
    p.to_string_lossy().into_owned()
}

fn results(path: &str) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(|l| {
            serde_json::from_str(l).unwrap_or_else(|e| panic!("torn or bad result line ({e}): {l}"))
        })
        .collect()
}

/// E-mails of the imported users (our domain) → how many users have it.
fn imported(sb: &Sandbox) -> BTreeMap<String, usize> {
    let mut m = BTreeMap::new();
    for u in all_users(sb) {
        let e = u["email"].as_str().unwrap().to_lowercase();
        if e.ends_with(DOMAIN) {
            *m.entry(e).or_insert(0) += 1;
        }
    }
    m
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

    let out = run(env.odc(&sb).args([
        "users",
        "import",
        &file,
        "--results",
        &res,
        "--stage",
        "Development",
    ]))
    .expect(7);
    assert!(
        out.stderr.contains("995 created") && out.stderr.contains("5 failed"),
        "{}",
        out.stderr
    );
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
    let out = run(env
        .odc(&sb)
        .args(["-v", "users", "import", &file, "--validate-only"]))
    .expect(7);
    assert!(
        !out.stderr.contains("> "),
        "no request at all: {}",
        out.stderr
    );
    // Each invalid row told (a warning naming the row), then the count.
    assert_eq!(
        out.stderr
            .lines()
            .filter(|l| l.starts_with("warning: ") && l.contains(": row "))
            .count(),
        4,
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("Checked 1000 rows: 996 valid, 4 invalid; nothing sent"),
        "{}",
        out.stderr
    );
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
    let out = run(env.odc(&sb).args(["-v"]).args(args)).ok();
    assert!(out.stderr.contains("1500 skipped"), "{}", out.stderr);
    assert!(!out.stderr.contains("> POST"), "{}", out.stderr);
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

/// The columns a round trip must keep.
fn essence(rows: &[Value]) -> BTreeMap<String, String> {
    rows.iter()
        .map(|r| {
            let mut g: Vec<&str> = r["groups"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap())
                .collect();
            let mut ro: Vec<&str> = r["roles"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap())
                .collect();
            g.sort();
            ro.sort();
            (
                r["email"].as_str().unwrap().to_string(),
                format!(
                    "{} | {} | {:?} | {:?} | {}",
                    r["name"], r["active"], g, ro, r["photoUrl"]
                ),
            )
        })
        .collect()
}

#[test]
fn export_then_import_round_trips_into_a_fresh_sandbox() {
    let a = Sandbox::start(&["--seed-users", "40"]);
    let env = TestEnv::new();
    let csv_path = env.path().join("users.csv").to_string_lossy().into_owned();
    run(env
        .odc(&a)
        .args(["users", "export", &csv_path, "--memberships"]))
    .ok();
    let text = std::fs::read_to_string(&csv_path).unwrap();
    assert!(
        text.starts_with("email,name,active,photoUrl,groups,roles,key\n"),
        "{text}"
    );
    let out = run(env
        .odc(&a)
        .args(["users", "export", "--memberships", "--format", "ndjson"]))
    .ok();
    let original = out.ndjson();
    assert_eq!(original.len(), 40);
    assert!(
        original
            .iter()
            .any(|u| !u["groups"].as_array().unwrap().is_empty()),
        "some memberships to carry"
    );
    assert!(
        original.iter().any(|u| u["active"] == false),
        "an inactive user to carry"
    );

    // Same world (same group and role keys), no users.
    let b = Sandbox::start(&[]);
    let env_b = TestEnv::new();
    run(env_b.odc(&b).args(["users", "import", &csv_path])).ok();
    let out = run(env_b.odc(&b).args([
        "users",
        "export",
        "--memberships",
        "-o",
        "ndjson",
        "--format",
        "json",
    ]))
    .ok();
    let copied: Vec<Value> = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(essence(&copied), essence(&original));
    // Importing the export again changes nothing.
    let res = env_b.path().join("r.ndjson").to_string_lossy().into_owned();
    run(env_b
        .odc(&b)
        .args(["users", "import", &csv_path, "--results", &res]))
    .ok();
    assert!(results(&res).iter().all(|r| r["action"] == "unchanged"));
    assert_eq!(all_users(&b).len(), 40);
}

#[test]
fn apply_twice_plans_nothing_the_second_time() {
    let sb = Sandbox::start(&["--seed-users", "3"]);
    let env = TestEnv::new();
    let existing = all_users(&sb)[0]["email"].as_str().unwrap().to_string();
    let desired = format!(
        "users:\n  - email: {a}\n    name: Ann Apply\n    groups: [Support]\n    roles: [Viewer]\n  - email: {b}\n    active: false\n  - email: {existing}\n    name: Renamed Person\n    groups: [Sales Team]\n    roles: []\n",
        a = email(1),
        b = email(2),
    );
    let file = write(&env, "desired.yaml", &desired);
    let scope = ["--stage", "Development", "--app", "SalesPortal"];
    let apply = |extra: &[&str]| {
        let mut c = env.odc(&sb);
        c.args(["apply", "-f", &file]).args(scope).args(extra);
        run(&mut c)
    };

    let out = apply(&["--dry-run", "--detailed-exitcode"]).expect(10);
    assert!(
        out.stdout.contains("+ create") && out.stdout.contains("~ update"),
        "{}",
        out.stdout
    );
    assert!(imported(&sb).is_empty(), "dry run changed nothing");
    apply(&["--dry-run"]).ok();
    apply(&[]).expect(2); // no terminal, no --yes: refused

    let out = apply(&["--yes", "--detailed-exitcode"]).expect(10);
    assert!(out.stdout.contains("Plan: 2 to create"), "{}", out.stdout);
    let users: HashMap<String, Value> = all_users(&sb)
        .into_iter()
        .map(|u| (u["email"].as_str().unwrap().to_string(), u))
        .collect();
    assert_eq!(users[&email(2)]["status"], "Inactive");
    assert_eq!(users[&existing]["name"], "Renamed Person");

    let out = apply(&["--yes", "--detailed-exitcode"]).expect(0);
    assert!(
        out.stdout
            .contains("Plan: 0 to create, 0 to update, 0 membership changes, 0 to delete."),
        "{}",
        out.stdout
    );
    apply(&["--dry-run", "--detailed-exitcode"]).expect(0);

    // --prune plans the deletion of the users the file does not list.
    let out = apply(&["--dry-run", "--prune", "-o", "json"]).ok();
    let plan = out.json();
    let deletes: Vec<&Value> = plan
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["action"] == "delete")
        .collect();
    assert_eq!(deletes.len(), 2, "{plan}");
    let out = apply(&["--yes", "--prune"]).ok();
    assert!(out.stderr.contains("Deleted user"), "{}", out.stderr);
    assert_eq!(all_users(&sb).len(), 3);
    assert!(Path::new(&file).exists());
}
