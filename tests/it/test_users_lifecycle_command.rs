//! `users lifecycle`: many users changed at once, from a query or from a
//! file (a header line is never a user). On Descope a set goes through the
//! batch routes: one read of up to 100 users (a search by `loginIds`,
//! `users/load` for user ids), one `user/patch/batch` for those not
//! already as asked.

use serde_json::Value;

use crate::common::world::valuekeep;
use crate::common::{
    Platform, Sandbox, TestEnv, Transcript, descope_load, requests, snapshot_settings, told, *,
};

fn settings() -> insta::Settings {
    snapshot_settings()
}

/// Valuekeep: a one-column leavers file whose header is `email` deletes the
/// user listed and leaves the user whose key is `email` alone.
#[test]
fn a_one_column_header_is_not_a_user_to_delete() {
    let sb = Sandbox::start(&["--seed-users", "3"]);
    let env = TestEnv::new();
    let vk = || env.on(Platform::Valuekeep, &sb);
    run(vk().args([
        "users",
        "create",
        "--email",
        "email@example.com",
        "--name",
        "Email",
    ]))
    .ok();
    run(vk().args(["users", "get", "email", "-o", "json"])).ok();
    let mut log = String::new();
    for (name, text) in [
        ("plain.csv", "email\nkatia.pereira1@example.com\n"),
        (
            "bom.csv",
            "\u{feff}email\r\ncarla.ferreira2@example.com\r\n",
        ),
    ] {
        let file = env.path().join(name);
        std::fs::write(&file, text).unwrap();
        let t = Transcript::of(vk().args([
            "users",
            "lifecycle",
            "delete",
            "--from",
            file.to_str().unwrap(),
            "--yes",
        ]))
        .redact(env.path().to_str().unwrap(), "[TMP]");
        log += &format!("--- {name}\n{t}");
    }
    settings().bind(|| insta::assert_snapshot!("lifecycle_header_is_not_a_user", log));
    // The user `email` is still there; the two listed are gone.
    run(vk().args(["users", "get", "email", "-o", "json"])).ok();
    run(vk().args(["users", "get", "katia.pereira1"])).expect(3);
    run(vk().args(["users", "get", "carla.ferreira2"])).expect(3);
}

/// Files that must be read, or refused with a clear error, each as a
/// `deactivate --dry-run` (nothing is written either way).
#[test]
fn lifecycle_files_are_read_or_refused_clearly() {
    let sb = Sandbox::start(&["--seed-users", "3"]);
    let env = TestEnv::new();
    let odc = || env.on(Platform::Odc, &sb);
    let tsv = run(odc().args(["users", "list", "-L", "2", "-o", "tsv"]))
        .ok()
        .stdout;
    let csv = run(odc().args(["users", "list", "-L", "2", "-o", "csv"]))
        .ok()
        .stdout;
    let emails: Vec<String> = tsv
        .lines()
        .skip(1)
        .map(|l| l.split('\t').nth(1).unwrap().to_string())
        .collect();
    let (a, b) = (&emails[0], &emails[1]);
    let files: Vec<(&str, String)> = vec![
        ("users-list.tsv", tsv.clone()),
        ("users-list.csv", csv.clone()),
        (
            "spreadsheet.csv",
            format!("Full Name,E-mail Address\nA,{a}\nB,{b}\n"),
        ),
        ("bom.csv", format!("\u{feff}name,email\r\nA,{a}\r\n")),
        ("bom.json", format!("\u{feff}[{{\"email\":\"{a}\"}}]")),
        ("bom.ndjson", format!("\u{feff}{{\"email\":\"{a}\"}}\n")),
        ("two-in-a-cell.csv", format!("email\n{a};{b}\n")),
        (
            "two-in-a-cell-of-many.csv",
            format!("name,email\nA,\"{a};{b}\"\n"),
        ),
        ("blank-cell.csv", format!("name,email\nA,{a}\nB,\n")),
        ("quoted-empty.txt", "\"\"\n".to_string()),
        ("no-user-column.csv", "name,phone\nA,1\n".to_string()),
        ("utf16.csv", "\u{0}e\u{0}m\u{0}a\u{0}i\u{0}l".to_string()),
    ];
    let mut log = String::new();
    for (name, text) in files {
        let file = env.path().join(name);
        std::fs::write(&file, text).unwrap();
        let t = Transcript::of(odc().args([
            "users",
            "lifecycle",
            "deactivate",
            "--from",
            file.to_str().unwrap(),
            "--dry-run",
            "-o",
            "json",
        ]))
        .redact(env.path().to_str().unwrap(), "[TMP]");
        let requests = t.stdout.matches("\"method\"").count();
        log += &format!(
            "--- {name}: exit {}, {requests} planned writes\n{}",
            t.code(),
            t.stderr
        );
    }
    let log = log
        .replace(a.as_str(), "[USER_A]")
        .replace(b.as_str(), "[USER_B]");
    settings().bind(|| insta::assert_snapshot!("lifecycle_files_read_or_refused", log));
}

fn descope(sb: &Sandbox, env: &TestEnv, args: &[&str]) -> Transcript {
    Transcript::of(env.on(Platform::Descope, sb).args(args))
}

/// The login ids (or another field) of the first `n` active users.
fn listed(sb: &Sandbox, env: &TestEnv, n: usize, field: &str) -> Vec<String> {
    let n = n.to_string();
    let t = descope(
        sb,
        env,
        &[
            "users", "list", "--status", "active", "-L", &n, "-o", "json",
        ],
    );
    assert_eq!(t.code(), 0, "{t}");
    let v: Value = serde_json::from_str(&t.stdout).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|u| match field {
            "loginIds" => u["loginIds"][0].as_str().unwrap().to_string(),
            f => u[f].as_str().unwrap().to_string(),
        })
        .collect()
}

/// `METHOD URL` of each request in a `-v` trace, sorted.
fn sorted_requests(t: &Transcript, sb: &Sandbox) -> String {
    let mut r = requests(&t.stderr);
    r.sort();
    r.join("\n").replace(&sb.url, "SANDBOX")
}

fn write_list(env: &TestEnv, name: &str, users: &[String]) -> String {
    let file = env.path().join(name);
    std::fs::write(&file, users.join("\n")).unwrap();
    file.to_str().unwrap().to_string()
}

/// 120 users deactivated: two batches (100 and 20), each one search and
/// one patch batch: 4 requests where one user at a time costs 240. The
/// second run reads and has nothing to write. (Batches run concurrently,
/// so the requests are compared sorted.)
#[test]
fn descope_deactivates_many_users_in_batches_of_100() {
    let sb = Sandbox::start(&["--seed-users", "150"]);
    let env = TestEnv::new();
    let users = listed(&sb, &env, 120, "loginIds");
    let file = write_list(&env, "leavers.txt", &users);
    let run = || {
        descope(
            &sb,
            &env,
            &[
                "--yes",
                "-v",
                "users",
                "lifecycle",
                "deactivate",
                "--from",
                &file,
            ],
        )
    };

    let first = run();
    assert_eq!(first.code(), 0, "{first}");
    insta::assert_snapshot!(sorted_requests(&first, &sb), @r"
    PATCH SANDBOX/v1/mgmt/user/patch/batch
    PATCH SANDBOX/v1/mgmt/user/patch/batch
    POST SANDBOX/v2/mgmt/user/search
    POST SANDBOX/v2/mgmt/user/search
    ");
    assert!(
        told(&first.stderr).ends_with("Done: 120 changed\n"),
        "{first}"
    );
    for u in [&users[0], &users[99], &users[119]] {
        assert_eq!(descope_load(&sb, u)["status"], "disabled", "{u}");
    }

    let second = run();
    assert_eq!(second.code(), 0, "{second}");
    insta::assert_snapshot!(sorted_requests(&second, &sb), @r"
    POST SANDBOX/v2/mgmt/user/search
    POST SANDBOX/v2/mgmt/user/search
    ");
    assert!(
        told(&second.stderr).ends_with("Done: 120 unchanged\n"),
        "{second}"
    );
}

/// Users named by user id are read with `users/load`; a custom attribute
/// set in a batch keeps the user's other attributes; a name no user has
/// fails alone (exit 7: some changed, one failed) and is not sent.
#[test]
fn descope_batch_reads_user_ids_with_users_load_and_fails_unknown_names_alone() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let mut ids = listed(&sb, &env, 3, "userId");
    let logins = listed(&sb, &env, 3, "loginIds");
    let before = descope_load(&sb, &logins[0])["customAttributes"].clone();
    ids.push("U0000000000000000000000000000".into());
    let file = write_list(&env, "ids.txt", &ids);

    let t = descope(
        &sb,
        &env,
        &[
            "--yes",
            "-v",
            "users",
            "lifecycle",
            "set",
            "attr.costCenter",
            "CC-9",
            "--from",
            &file,
        ],
    );
    assert_eq!(t.code(), 7, "{t}");
    insta::assert_snapshot!(requests(&t.stderr).join("\n").replace(&sb.url, "SANDBOX"), @r"
    POST SANDBOX/v2/mgmt/user/search
    POST SANDBOX/v1/mgmt/users/load
    PATCH SANDBOX/v1/mgmt/user/patch/batch
    ");
    assert!(
        told(&t.stderr).contains("user \"U0000000000000000000000000000\" not found"),
        "{t}"
    );
    assert!(told(&t.stderr).contains("3 changed, 1 failed"), "{t}");
    let after = descope_load(&sb, &logins[0])["customAttributes"].clone();
    assert_eq!(after["costCenter"], "CC-9", "{after}");
    for (k, v) in before.as_object().unwrap() {
        if k != "costCenter" {
            assert_eq!(&after[k], v, "attribute {k} kept");
        }
    }
}

/// Under --dry-run the batch is planned, not sent: the plan shows the one
/// patch batch request, and nothing changes.
#[test]
fn descope_batch_dry_run_plans_one_patch_request() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let users = listed(&sb, &env, 3, "loginIds");
    let file = write_list(&env, "three.txt", &users);
    let t = descope(
        &sb,
        &env,
        &[
            "--dry-run",
            "users",
            "lifecycle",
            "set",
            "name",
            "Same Name",
            "--from",
            &file,
            "-o",
            "json",
        ],
    );
    assert_eq!(t.code(), 0, "{t}");
    let records: Value = serde_json::from_str(&t.stdout).unwrap();
    let results: Vec<&str> = records
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["result"].as_str().unwrap())
        .collect();
    assert_eq!(results, ["planned", "planned", "planned"], "{t}");
    let planned: Vec<String> = records
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r["requests"].as_array().cloned().unwrap_or_default())
        .map(|q| {
            format!(
                "{} {}",
                q["method"].as_str().unwrap(),
                q["url"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        planned,
        [format!("PATCH {}/v1/mgmt/user/patch/batch", sb.url)],
        "{t}"
    );
    assert_ne!(descope_load(&sb, &users[0])["name"], "Same Name");
}

#[test]
fn valuekeep_lifecycle_deactivate_dry_run() {
    let w = valuekeep();
    let file = w.env.path().join("leavers.txt");
    std::fs::write(&file, "katia.pereira1\ncarla.ferreira2\n").unwrap();
    let path = file.to_str().unwrap().to_string();
    let t = Transcript::of(w.env.on(w.platform, &w.sb).args([
        "users",
        "lifecycle",
        "deactivate",
        "--from",
        &path,
        "--dry-run",
        "-o",
        "json",
    ]));
    let shown = t.to_string().replace(&path, "[FILE]");
    let mut s = snapshot_settings();
    s.set_description(
        "Valuekeep: iamctl users lifecycle deactivate --from [FILE] --dry-run -o json",
    );
    s.bind(|| insta::assert_snapshot!("valuekeep_lifecycle_deactivate_dry_run", shown));
    assert_eq!(t.code(), 0);
}

/// A few users are named on the command line (off-boarding one person is
/// `users lifecycle deactivate ana@example.com`); a file is for many, and
/// the two do not go together.
#[test]
fn lifecycle_takes_users_named_on_the_command_line() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let settings = snapshot_settings();
    let _bound = settings.bind_to_scope();
    let t = Transcript::of(env.on(Platform::Odc, &sb).args([
        "-v",
        "--yes",
        "users",
        "lifecycle",
        "deactivate",
        "eva.almeida3@example.com",
        "luis.esteves5@example.com",
    ]));
    insta::assert_snapshot!(requests(&t.stderr).join("\n"), @r"
    GET http://127.0.0.1:[PORT]/identity/.well-known/openid-configuration
    POST http://127.0.0.1:[PORT]/identity/connect/token
    GET http://127.0.0.1:[PORT]/api/identity/v1/users?limit=100&offset=0&nameOrEmailContains=eva.almeida3%40example.com
    GET http://127.0.0.1:[PORT]/api/identity/v1/users?limit=100&offset=0&nameOrEmailContains=luis.esteves5%40example.com
    PATCH http://127.0.0.1:[PORT]/api/identity/v1/users/7ad6fc13-4e34-4e59-b2bf-d07778d684a5
    PATCH http://127.0.0.1:[PORT]/api/identity/v1/users/52155748-822b-4183-a163-8e5eba44b78e
    ");
    insta::assert_snapshot!(told(&t.stderr), @r"
    Changed active of eva.almeida3@example.com to false
    Changed active of luis.esteves5@example.com to false
    Done: 2 changed
    ");
    let file = env.path().join("leavers.txt");
    std::fs::write(&file, "eva.almeida3@example.com\n").unwrap();
    let t = Transcript::of(env.on(Platform::Odc, &sb).args([
        "users",
        "lifecycle",
        "deactivate",
        "eva.almeida3@example.com",
        "--from",
        file.to_str().unwrap(),
    ]));
    insta::assert_snapshot!(t, @r"
    [stdout]
    [stderr]
    error: the argument '[USER]...' cannot be used with '--from <FILE>'

    Usage: iamctl users lifecycle deactivate <USER>...

    For more information, try '--help'.
    [exit status: 2]
    ");
}
