//! Outcome records of writes (issue 19): what a write did, as data in
//! every format, `unchanged` when a target already is as asked (the same on
//! every platform), summaries and exit codes from the records, and stdout
//! whole or empty when a command fails.

use serde_json::Value;

use crate::common::{Platform, Sandbox, TestEnv, Transcript, run, snapshot_settings};

const ALL: [Platform; 3] = [Platform::Odc, Platform::Valuekeep, Platform::Descope];

struct World {
    platform: Platform,
    sb: Sandbox,
    env: TestEnv,
}

impl World {
    fn new(platform: Platform) -> World {
        World {
            platform,
            sb: Sandbox::start(&["--seed-users", "5"]),
            env: TestEnv::new(),
        }
    }

    fn run(&self, args: &[&str]) -> Transcript {
        Transcript::of(self.env.on(self.platform, &self.sb).args(args))
    }

    /// The first seeded user as each platform names one.
    fn user(&self) -> String {
        self.users(&["-L", "1"]).remove(0)
    }

    /// The users `users list FILTERS` gives, as each platform names them.
    fn users(&self, filters: &[&str]) -> Vec<String> {
        let mut args = vec!["users", "list", "-o", "json"];
        args.extend_from_slice(filters);
        let out = run(self.env.on(self.platform, &self.sb).args(&args)).ok();
        out.json()
            .as_array()
            .unwrap()
            .iter()
            .map(|u| login(self.platform, u))
            .collect()
    }
}

/// How each platform names a user on the command line: ODC by e-mail,
/// Valuekeep by user key, Descope by login id.
fn login(p: Platform, u: &Value) -> String {
    let v = match p {
        Platform::Odc => &u["email"],
        Platform::Valuekeep => &u["userKey"],
        Platform::Descope => &u["loginIds"][0],
    };
    v.as_str().unwrap().to_string()
}

fn records(t: &Transcript) -> Vec<Value> {
    let v: Value = serde_json::from_str(&t.stdout)
        .unwrap_or_else(|e| panic!("stdout is not one JSON document ({e}):\n{t}"));
    v.as_array().cloned().expect("an array of records")
}

fn results(t: &Transcript) -> Vec<String> {
    records(t)
        .iter()
        .map(|r| r["result"].as_str().unwrap_or("?").to_string())
        .collect()
}

/// `users set U name X` is `changed`, then `unchanged` (nothing sent the
/// second time), on every platform, with the record as stdout.
#[test]
fn set_twice_is_changed_then_unchanged_on_every_platform() {
    for p in ALL {
        let w = World::new(p);
        let u = w.user();
        let first = w.run(&["users", "set", &u, "name", "Ada Outcome", "-o", "json"]);
        assert_eq!(first.code(), 0, "{p:?}\n{first}");
        let r = &records(&first)[0];
        assert_eq!(r["result"], "changed", "{p:?}\n{first}");
        assert_eq!(r["target"]["kind"], "user");
        assert_eq!(r["change"]["op"], "set");
        assert_eq!(r["change"]["field"], "name");
        assert_eq!(r["change"]["value"], "Ada Outcome");
        let second = w.run(&[
            "-v",
            "users",
            "set",
            &u,
            "name",
            "Ada Outcome",
            "-o",
            "json",
        ]);
        assert_eq!(second.code(), 0, "{p:?}\n{second}");
        assert_eq!(results(&second), ["unchanged"], "{p:?}\n{second}");
        let writes = crate::common::requests(&second.stderr)
            .into_iter()
            .filter(|r| !r.starts_with("GET ") && !r.contains("token") && !r.contains("search"))
            .count();
        assert_eq!(writes, 0, "{p:?}: a no-op sends no write\n{second}");
    }
}

/// The transcript a person reads: a change, then the same change again.
#[test]
fn set_transcripts_in_a_table() {
    let w = World::new(Platform::Odc);
    let u = w.user();
    let first = w.run(&["users", "set", &u, "name", "Ada Outcome"]);
    let again = w.run(&["users", "set", &u, "name", "Ada Outcome"]);
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(format!("{first}{again}"), @r"
        [stdout]
        [stderr]
        Changed name of eva.almeida3@example.com to Ada Outcome
        [exit status: 0]
        [stdout]
        [stderr]
        Unchanged: name of eva.almeida3@example.com is already Ada Outcome
        [exit status: 0]
        ");
    });
}

/// `users groups add` twice (ODC, Valuekeep): `unchanged` the second time,
/// exit 0.
#[test]
fn group_add_twice_is_unchanged_the_second_time() {
    for (p, group, extra) in [
        (Platform::Odc, "HR Team", vec!["--stage", "Development"]),
        (Platform::Valuekeep, "IT", vec![]),
    ] {
        let w = World::new(p);
        let u = w.user();
        let mut args = vec!["users", "groups", "add", &u, group, "-o", "json"];
        args.extend(extra.iter().copied());
        let first = w.run(&args);
        assert_eq!(first.code(), 0, "{p:?}\n{first}");
        assert_eq!(results(&first), ["changed"], "{p:?}\n{first}");
        let second = w.run(&args);
        assert_eq!(second.code(), 0, "{p:?}\n{second}");
        assert_eq!(results(&second), ["unchanged"], "{p:?}\n{second}");
        let item = &records(&second)[0]["change"]["item"];
        assert!(item["name"] == group || item["key"] == group, "{item}");
    }
}

/// `users roles remove` of a role the user does not hold: `unchanged`,
/// exit 0, on all three platforms (it used to be "Revoked" on two and exit
/// 3 on the third).
#[test]
fn removing_a_role_not_held_is_unchanged_on_every_platform() {
    for (p, role, extra) in [
        (
            Platform::Odc,
            "Viewer",
            vec!["--app", "SalesPortal", "--stage", "Production"],
        ),
        (Platform::Valuekeep, "INTEGRATOR", vec![]),
        (Platform::Descope, "Editor", vec![]),
    ] {
        let w = World::new(p);
        let u = w.user();
        // Make sure it is not held, then remove it.
        let mut set = vec!["--yes", "users", "roles", "set", &u];
        set.extend(extra.iter().copied());
        w.run(&set);
        let mut args = vec!["users", "roles", "remove", &u, role];
        args.extend(extra.iter().copied());
        let t = w.run(&args);
        assert_eq!(t.code(), 0, "{p:?}\n{t}");
        assert!(
            t.stderr
                .starts_with(&format!("Unchanged: {u} does not hold role {role}")),
            "{p:?}\n{t}"
        );
        let mut json = args.clone();
        json.extend(["-o", "ndjson"]);
        let t = w.run(&json);
        assert_eq!(t.code(), 0, "{p:?}\n{t}");
        let r: Value = serde_json::from_str(t.stdout.trim()).unwrap();
        assert_eq!(r["result"], "unchanged", "{p:?}\n{t}");
    }
}

/// Lifecycle deactivate over 4 users, 2 already inactive: 2 changed, 2
/// unchanged, counted apart; a dry run plans only the 2.
#[test]
fn lifecycle_counts_changed_and_unchanged_apart() {
    for p in ALL {
        let w = World {
            platform: p,
            sb: Sandbox::start(&["--seed-users", "12"]),
            env: TestEnv::new(),
        };
        let users = w.users(&["--status", "active", "-L", "4"]);
        for u in &users[..2] {
            let t = w.run(&["users", "set", u, "active", "false"]);
            assert_eq!(t.code(), 0, "{p:?}\n{t}");
        }
        let file = w.env.path().join("four.txt");
        std::fs::write(&file, users.join("\n")).unwrap();
        let file = file.to_str().unwrap();
        let dry = w.run(&[
            "--dry-run",
            "users",
            "lifecycle",
            "deactivate",
            "--from",
            file,
            "-o",
            "json",
        ]);
        assert_eq!(dry.code(), 0, "{p:?}\n{dry}");
        let mut r = results(&dry);
        r.sort();
        assert_eq!(
            r,
            ["planned", "planned", "unchanged", "unchanged"],
            "{p:?}\n{dry}"
        );
        assert!(
            dry.stderr.contains("Dry run: 2 unchanged, 2 planned"),
            "{p:?}\n{dry}"
        );
        let real = w.run(&["--yes", "users", "lifecycle", "deactivate", "--from", file]);
        assert_eq!(real.code(), 0, "{p:?}\n{real}");
        assert!(
            real.stderr
                .trim_end()
                .ends_with("Done: 2 changed, 2 unchanged"),
            "{p:?}\n{real}"
        );
    }
}

/// stdout is whole or empty: a command that fails before its first record
/// (a wrong secret, an unknown stage) leaves nothing, in every format.
#[test]
fn stdout_is_empty_when_a_command_fails_before_its_first_record() {
    let w = World::new(Platform::Odc);
    for format in ["json", "ndjson", "csv", "tsv", "table"] {
        let t = Transcript::of(
            w.env
                .on(Platform::Odc, &w.sb)
                .env("IAMCTL_CLIENT_SECRET", "wrong")
                .args(["users", "list", "-o", format]),
        );
        assert_eq!(t.code(), 4, "{format}\n{t}");
        assert_eq!(t.stdout, "", "{format}: {t}");
        let t = w.run(&["users", "list", "--stage", "Nope", "-o", format]);
        assert_eq!(t.code(), 3, "{format}\n{t}");
        assert_eq!(t.stdout, "", "{format}: {t}");
    }
}

/// A stream that fails midway is closed: the JSON array gets its `]`, and
/// each NDJSON, CSV and TSV line is whole. The sandbox fails a share of
/// requests (seeded); with no time for retries a list of several pages
/// fails after printing some, for some seeds: every such run is checked.
#[test]
fn stdout_is_whole_when_a_list_fails_midway() {
    let env = TestEnv::new();
    let mut midway = 0;
    for seed in 1..=12 {
        let seed = seed.to_string();
        let sb = Sandbox::start(&[
            "--seed-users",
            "400",
            "--fail-rate",
            "0.2",
            "--fault-seed",
            &seed,
        ]);
        for format in ["json", "ndjson", "csv", "tsv"] {
            let t = Transcript::of(env.on(Platform::Odc, &sb).args([
                "--max-wait",
                "0.001",
                "users",
                "list",
                "-L",
                "400",
                "-o",
                format,
            ]));
            if t.code() == 0 || t.stdout.is_empty() {
                continue;
            }
            midway += 1;
            match format {
                "json" => {
                    let v: Value = serde_json::from_str(&t.stdout)
                        .unwrap_or_else(|e| panic!("not valid JSON ({e}):\n{t}"));
                    assert!(v.as_array().is_some_and(|a| !a.is_empty()), "{t}");
                }
                "ndjson" => {
                    for l in t.stdout.lines() {
                        serde_json::from_str::<Value>(l).unwrap_or_else(|e| panic!("{e}: {l}"));
                    }
                }
                _ => {
                    assert!(t.stdout.ends_with('\n'), "{t}");
                    assert!(t.stdout.lines().count() > 1, "rows, not a lone header: {t}");
                }
            }
        }
    }
    assert!(
        midway > 0,
        "no run failed midway: pick other --fault-seed values"
    );
}

/// Valuekeep: after `users set U active false`, U is Inactive in `get`,
/// in `list --status inactive`, and not in `--status active`.
#[test]
fn valuekeep_inactive_is_one_meaning_in_every_view() {
    let w = World::new(Platform::Valuekeep);
    let out = run(w.env.on(Platform::Valuekeep, &w.sb).args([
        "users", "list", "--status", "active", "-L", "1", "-o", "json",
    ]))
    .ok();
    let u = out.json()[0]["userKey"].as_str().unwrap().to_string();
    let t = w.run(&["users", "set", &u, "active", "false", "-o", "json"]);
    assert_eq!(results(&t), ["changed"], "{t}");
    let listed = |status: &str| -> Vec<String> {
        let out = run(w
            .env
            .on(Platform::Valuekeep, &w.sb)
            .args(["users", "list", "--status", status, "-o", "json"]))
        .ok();
        out.json()
            .as_array()
            .unwrap()
            .iter()
            .map(|u| u["userKey"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(listed("inactive").contains(&u));
    assert!(!listed("active").contains(&u));
    let get = w.run(&["users", "get", &u]);
    assert!(
        get.stdout
            .lines()
            .any(|l| l.starts_with("status") && l.ends_with("Inactive")),
        "{get}"
    );
    let export = w.run(&["users", "export", "--format", "json"]);
    let row = records(&export)
        .into_iter()
        .find(|r| r.to_string().contains(&u))
        .expect("exported");
    assert_eq!(row["active"], false, "{row}");
}

/// A partial failure: one user of three is unknown, the others change;
/// exit 7, the records say which.
#[test]
fn a_partial_failure_is_exit_7_with_a_record_each() {
    for p in ALL {
        let w = World::new(p);
        let u = w.user();
        let t = w.run(&[
            "--yes",
            "users",
            "delete",
            "nobody@nowhere.example",
            &u,
            "-o",
            "json",
        ]);
        assert_eq!(t.code(), 7, "{p:?}\n{t}");
        let mut r = results(&t);
        r.sort();
        assert_eq!(r, ["deleted", "failed"], "{p:?}\n{t}");
        let failed = records(&t)
            .into_iter()
            .find(|r| r["result"] == "failed")
            .unwrap();
        assert!(
            failed["detail"].as_str().unwrap().contains("not found"),
            "{p:?}\n{t}"
        );
    }
}

/// Whole transcripts, table and JSON, on every platform: a change, the
/// same again (a no-op), a partial failure, a failure, and an undo. One
/// snapshot per platform holds the transcripts.
#[test]
fn transcripts_of_change_noop_partial_failure_and_undo() {
    for p in ALL {
        let w = World::new(p);
        let users = w.users(&["-L", "3"]);
        let mut shown = String::new();
        let mut step = |title: &str, args: &[&str]| {
            let t = w.run(args);
            shown.push_str(&format!("$ iamctl {}  # {title}\n{t}\n", args.join(" ")));
        };
        for (format, gone) in [("table", &users[1]), ("json", &users[2])] {
            let u = &users[0];
            let name = format!("Transcript {format}");
            step(
                "a change",
                &["users", "set", u, "name", &name, "-o", format],
            );
            step("a no-op", &["users", "set", u, "name", &name, "-o", format]);
            step(
                "a partial failure",
                &[
                    "--yes",
                    "users",
                    "delete",
                    "nobody@nowhere.example",
                    gone,
                    "-o",
                    format,
                ],
            );
            step(
                "a failure",
                &[
                    "users",
                    "set",
                    "nobody@nowhere.example",
                    "name",
                    "X",
                    "-o",
                    format,
                ],
            );
        }
        step("undo of the delete: listed, not undone", &["undo", "--yes"]);
        let h = run(w.env.on(p, &w.sb).args(["history", "-o", "json"])).ok();
        let rename = h
            .json()
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["command"].as_str().unwrap().contains("Transcript json"))
            .map(|r| r["id"].as_str().unwrap().to_string())
            .expect("the rename is in the history");
        step(
            "undo of a change",
            &["undo", &rename, "--yes", "-o", "json"],
        );
        let mut settings = snapshot_settings();
        settings.add_filter(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC", "[TIME] UTC");
        settings.add_filter(r"\d{8}T\d{6}Z-[0-9a-f]{4}", "[RUN]");
        let name = format!(
            "write_outcomes_{}",
            match p {
                Platform::Odc => "odc",
                Platform::Valuekeep => "valuekeep",
                Platform::Descope => "descope",
            }
        );
        settings.bind(|| insta::assert_snapshot!(name, shown));
    }
}

/// The command × platform matrix of writes, each run twice: the second
/// run's records are all `unchanged` and it exits 0. (A create run twice
/// is a failure, exit 5: what exists may not be what was asked.)
#[test]
fn every_write_run_twice_is_unchanged_the_second_time() {
    let cases: &[(Platform, &[&str])] = &[
        (
            Platform::Odc,
            &["users", "patch", "{U}", "--name", "Twice Name"],
        ),
        (Platform::Odc, &["users", "set", "{U}", "active", "false"]),
        (
            Platform::Odc,
            &[
                "users",
                "roles",
                "add",
                "{U}",
                "Viewer",
                "--app",
                "SalesPortal",
                "--stage",
                "Production",
            ],
        ),
        (
            Platform::Odc,
            &[
                "users",
                "groups",
                "set",
                "{U}",
                "HR Team",
                "--stage",
                "Development",
            ],
        ),
        (
            Platform::Odc,
            &[
                "groups",
                "roles",
                "add",
                "HR Team",
                "Viewer",
                "--app",
                "SalesPortal",
                "--stage",
                "Production",
            ],
        ),
        (
            Platform::Valuekeep,
            &["users", "patch", "{U}", "--name", "Twice Name"],
        ),
        (
            Platform::Valuekeep,
            &["users", "set", "{U}", "active", "false"],
        ),
        (
            Platform::Valuekeep,
            &["users", "roles", "add", "{U}", "INTEGRATOR"],
        ),
        (
            Platform::Valuekeep,
            &["users", "groups", "set", "{U}", "IT"],
        ),
        (
            Platform::Descope,
            &["users", "patch", "{U}", "--name", "Twice Name"],
        ),
        (
            Platform::Descope,
            &["users", "set", "{U}", "active", "false"],
        ),
        (
            Platform::Descope,
            &["users", "roles", "add", "{U}", "Editor"],
        ),
        (
            Platform::Descope,
            &["users", "roles", "set", "{U}", "Viewer"],
        ),
    ];
    let mut worlds: Vec<World> = Vec::new();
    for (p, args) in cases {
        if !worlds.iter().any(|w| w.platform == *p) {
            worlds.push(World::new(*p));
        }
        let w = worlds.iter().find(|w| w.platform == *p).unwrap();
        let u = w.user();
        let mut argv: Vec<String> = vec!["--yes".into()];
        argv.extend(args.iter().map(|a| a.replace("{U}", &u)));
        argv.extend(["-o".to_string(), "json".to_string()]);
        let argv: Vec<&str> = argv.iter().map(String::as_str).collect();
        let first = w.run(&argv);
        assert_eq!(first.code(), 0, "{p:?} {args:?}\n{first}");
        let second = w.run(&argv);
        assert_eq!(second.code(), 0, "{p:?} {args:?}\n{second}");
        let r = results(&second);
        assert!(
            !r.is_empty() && r.iter().all(|x| x == "unchanged"),
            "{p:?} {args:?}: second run\n{second}"
        );
    }
}

/// Issue 21, item 7: a lifecycle delete run twice (or resumed after it
/// finished) reports the users already gone as `unchanged`, exit 0, and
/// the results file records deletes as deletes.
#[test]
fn lifecycle_delete_run_twice_is_unchanged_the_second_time() {
    for p in ALL {
        let w = World::new(p);
        let users = w.users(&["-L", "2"]);
        let file = w.env.path().join("leavers.txt");
        std::fs::write(&file, users.join("\n")).unwrap();
        let results = w.env.path().join("rm.ndjson");
        let args = [
            "--yes",
            "users",
            "lifecycle",
            "delete",
            "--from",
            file.to_str().unwrap(),
            "--results",
            results.to_str().unwrap(),
        ];
        let first = w.run(&args);
        assert_eq!(first.code(), 0, "{p:?}\n{first}");
        let actions: Vec<String> = std::fs::read_to_string(&results)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str::<Value>(l).unwrap()["action"].to_string())
            .collect();
        assert_eq!(actions, ["\"deleted\"", "\"deleted\""], "{p:?}");
        let second = w.run(&args);
        assert_eq!(second.code(), 0, "{p:?}\n{second}");
        assert!(
            second.stderr.contains("Done: 2 unchanged"),
            "{p:?}\n{second}"
        );
        assert!(
            second.stderr.contains("was already gone"),
            "{p:?}\n{second}"
        );
    }
}

/// Issue 21, item 9: two `apply` runs at once creating the same users
/// never count a user twice: across both runs' records, each user is
/// `created` exactly once (the other run finds it there: `unchanged`, or
/// fails), and every user exists once.
#[test]
fn concurrent_applies_count_each_created_user_once() {
    let sb = Sandbox::start(&["--seed-users", "2"]);
    let env = TestEnv::new();
    let n = 40;
    let mut yaml = String::from("users:\n");
    for i in 0..n {
        yaml.push_str(&format!(
            "  - email: race{i}@example.com\n    name: Race {i}\n"
        ));
    }
    let file = env.path().join("race.yaml");
    std::fs::write(&file, yaml).unwrap();
    let spawn = || {
        env.on(Platform::Odc, &sb)
            .args(["--yes", "apply", "-f", file.to_str().unwrap(), "-o", "json"])
            .output()
            .unwrap()
    };
    let (a, b) = std::thread::scope(|s| {
        let a = s.spawn(spawn);
        let b = s.spawn(spawn);
        (a.join().unwrap(), b.join().unwrap())
    });
    let mut created = std::collections::HashMap::<String, usize>::new();
    for out in [&a, &b] {
        let text = String::from_utf8_lossy(&out.stdout);
        if text.trim().is_empty() {
            continue;
        }
        let recs: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
        for r in recs.as_array().unwrap() {
            if r["result"] == "created" {
                let who = r["target"]["name"].as_str().unwrap_or("").to_string();
                *created.entry(who).or_default() += 1;
            }
        }
    }
    assert!(created.values().all(|c| *c == 1), "{created:?}");
    let listed = run(env
        .on(Platform::Odc, &sb)
        .args(["users", "list", "--search", "race", "--all", "-o", "json"]))
    .ok();
    let emails: Vec<String> = listed
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["email"].as_str().unwrap().to_string())
        .collect();
    let unique: std::collections::HashSet<&String> = emails.iter().collect();
    assert_eq!(unique.len(), emails.len(), "no user twice: {emails:?}");
    assert_eq!(
        created.len(),
        emails.len(),
        "each user there was created once: {created:?}"
    );
}
