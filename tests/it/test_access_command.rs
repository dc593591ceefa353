//! Issue 13: the access review of a whole tenant (`access report`), a
//! role's holders with their sources (`access holders`), and invitations
//! older than N days (`users list --invited-before`), on every platform.
//!
//! The oracle for the report is `users access USER`, already tested: the
//! report must give exactly the rows it gives, user by user, while walking
//! lists instead of users (ODC).

use std::collections::BTreeSet;

use serde_json::Value;

use crate::common::{Platform, Sandbox, TestEnv, Transcript, requests, run, snapshot_settings};

fn row_text(r: &Value) -> String {
    format!(
        "{} | {} {} ({}) from {}",
        r["user"].as_str().unwrap_or(""),
        r["kind"].as_str().unwrap_or(""),
        r["name"].as_str().unwrap_or(""),
        r["scope"].as_str().unwrap_or(""),
        r["source"].as_str().unwrap_or("")
    )
}

fn report(env: &TestEnv, p: Platform, sb: &Sandbox, extra: &[&str]) -> Vec<Value> {
    let mut c = env.on(p, sb);
    c.args(["access", "report", "-o", "ndjson"]).args(extra);
    run(&mut c).ok().ndjson()
}

/// The report holds exactly the rows of `users access`, user by user.
fn report_equals_users_access(p: Platform, seed: &str) {
    let sb = Sandbox::start(&["--seed-users", seed]);
    let env = TestEnv::new();
    let got: BTreeSet<String> = report(&env, p, &sb, &[]).iter().map(row_text).collect();
    let users = run(env
        .on(p, &sb)
        .args(["users", "list", "--all", "-o", "ndjson"]))
    .ok()
    .ndjson();
    let mut want = BTreeSet::new();
    for u in &users {
        let email = u["email"].as_str().unwrap();
        let rows = run(env
            .on(p, &sb)
            .args(["users", "access", email, "-o", "ndjson"]))
        .ok()
        .ndjson();
        for mut r in rows {
            r["user"] = Value::String(email.to_string());
            want.insert(row_text(&r));
        }
    }
    assert!(!want.is_empty(), "{p:?}: the seeded world holds nothing");
    assert_eq!(got, want, "{p:?}: report rows differ from users access");
}

#[test]
fn odc_report_gives_the_rows_of_users_access_for_every_user() {
    report_equals_users_access(Platform::Odc, "20");
}

#[test]
fn valuekeep_report_gives_the_rows_of_users_access_for_every_user() {
    report_equals_users_access(Platform::Valuekeep, "20");
}

#[test]
fn descope_report_gives_the_rows_of_users_access_for_every_user() {
    report_equals_users_access(Platform::Descope, "20");
}

/// ODC: roles that come through a group say which group; the walk costs
/// a fixed number of requests per list, not three per user.
#[test]
fn odc_report_says_which_group_grants_a_role_and_walks_lists_not_users() {
    let env = TestEnv::new();
    let mut counts = Vec::new();
    for seed in ["20", "60"] {
        let sb = Sandbox::start(&["--seed-users", seed]);
        let out = run(env
            .on(Platform::Odc, &sb)
            .args(["-v", "access", "report", "-o", "ndjson"]))
        .ok();
        let rows = out.ndjson();
        assert!(
            rows.iter()
                .any(|r| r["source"] == "group Sales Team" && r["group"] == "Sales Team"),
            "no role through a group"
        );
        let users = run(env
            .on(Platform::Odc, &sb)
            .args(["users", "list", "--all", "-o", "ndjson"]))
        .ok()
        .ndjson()
        .len();
        let sent = requests(&out.stderr);
        // Per user it would be 3 requests each (groups, application and
        // organization roles) besides the names.
        assert!(
            sent.len() < 3 * users,
            "{} requests for {users} users:\n{}",
            sent.len(),
            sent.join("\n")
        );
        assert!(
            !sent
                .iter()
                .any(|r| r.contains("/users/") && r.contains("/groups")),
            "walked users one by one:\n{}",
            sent.join("\n")
        );
        counts.push(sent.len());
    }
    // Three times the users, the same number of requests (one page of users
    // each, the same groups and roles).
    assert_eq!(counts[0], counts[1], "{counts:?}");
}

/// Rows are printed while the walk goes on, not after it: with many users,
/// rows are on stdout before the organization roles are asked for.
#[test]
fn odc_report_is_streamed() {
    let sb = Sandbox::start(&["--seed-users", "300"]);
    let env = TestEnv::new();
    let dir = env.path().to_path_buf();
    // stdout and stderr into one file, in the order they were written.
    let f = std::fs::File::create(dir.join("both.txt")).unwrap();
    let mut c = std::process::Command::new(crate::common::bin());
    c.env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", dir.join("home"))
        .env("IAMCTL_CONFIG_DIR", dir.join("config"))
        .env("IAMCTL_CACHE_DIR", dir.join("cache"))
        .env("IAMCTL_NO_KEYRING", "1")
        .env("IAMCTL_KIND", "odc")
        .env("IAMCTL_PORTAL", &sb.url)
        .env("IAMCTL_CLIENT_ID", "sandbox-client")
        .env("IAMCTL_CLIENT_SECRET", "sandbox-secret")
        .args(["-v", "access", "report", "-o", "ndjson"])
        .stdin(std::process::Stdio::null())
        .stdout(f.try_clone().unwrap())
        .stderr(f);
    let out = c.output().unwrap();
    assert!(out.status.success());
    let text = std::fs::read_to_string(dir.join("both.txt")).unwrap();
    let first_row = text
        .lines()
        .position(|l| l.starts_with("{\"user\""))
        .expect("no rows");
    let org = text
        .lines()
        .position(|l| l.starts_with("> GET") && l.contains("/organization-roles?"))
        .expect("organization roles not asked for");
    assert!(
        first_row < org,
        "rows came only after the walk (row at line {first_row}, org roles at {org})"
    );
}

#[test]
fn report_filters_keep_only_what_they_name_on_odc() {
    let sb = Sandbox::start(&["--seed-users", "20"]);
    let env = TestEnv::new();
    let all = report(&env, Platform::Odc, &sb, &[]);
    type Check = fn(&Value) -> bool;
    for (args, keep) in [
        (
            &["--app", "SalesPortal", "--stage", "Production"][..],
            (|r: &Value| r["app"] == "SalesPortal" && r["stage"] == "Production") as Check,
        ),
        (&["--role", "Viewer"][..], |r: &Value| {
            r["kind"] == "role" && r["name"] == "Viewer"
        }),
        (&["--group", "Sales Team"][..], |r: &Value| {
            (r["kind"] == "group" && r["name"] == "Sales Team") || r["group"] == "Sales Team"
        }),
        (&["--role", "Tech Lead"][..], |r: &Value| {
            r["kind"] == "role" && r["name"] == "Tech Lead"
        }),
    ] {
        let got: BTreeSet<String> = report(&env, Platform::Odc, &sb, args)
            .iter()
            .map(row_text)
            .collect();
        let want: BTreeSet<String> = all.iter().filter(|r| keep(r)).map(row_text).collect();
        assert!(!want.is_empty(), "{args:?} matches nothing in the seed");
        assert_eq!(got, want, "{args:?}");
    }
    // An app that is not there is not found, before any row.
    let t = Transcript::of(
        env.on(Platform::Odc, &sb)
            .args(["access", "report", "--app", "Nope"]),
    );
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
    [stdout]
    [stderr]
    error: no app named "Nope"
    hint: the apps are those with roles: `iamctl roles list`
    [exit status: 3]
    "#)
    });
}

#[test]
fn filters_a_platform_lacks_are_refused_before_any_request() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let mut log = String::new();
    for (p, flag, value) in [
        (Platform::Odc, "--tenant", "T-acme"),
        (Platform::Valuekeep, "--app", "SalesPortal"),
        (Platform::Valuekeep, "--stage", "Production"),
        (Platform::Descope, "--group", "Support"),
    ] {
        let t = Transcript::of(env.on(p, &sb).args(["-v", "access", "report", flag, value]));
        log += &format!("--- {p:?}: -v access report {flag} {value}\n{t}");
    }
    snapshot_settings().bind(|| insta::assert_snapshot!(log, @"
    --- Odc: -v access report --tenant T-acme
    [stdout]
    [stderr]
    * 0 requests, 0 retries, 0 answered 429
    error: `access report --tenant` is not available on ODC
    hint: ODC has no tenants: narrow the report with --app, --stage, --group or --role
    [exit status: 2]
    --- Valuekeep: -v access report --app SalesPortal
    [stdout]
    [stderr]
    * 0 requests, 0 retries, 0 answered 429
    error: `access report --app` is not available on Valuekeep
    hint: Valuekeep roles belong to the organization, not to apps: narrow the report with --role or --group
    [exit status: 2]
    --- Valuekeep: -v access report --stage Production
    [stdout]
    [stderr]
    * 0 requests, 0 retries, 0 answered 429
    error: `access report --stage` is not available on Valuekeep
    hint: Valuekeep has no stages: narrow the report with --role or --group
    [exit status: 2]
    --- Descope: -v access report --group Support
    [stdout]
    [stderr]
    * 0 requests, 0 retries, 0 answered 429
    error: `access report --group` is not available on Descope
    hint: Descope has no groups: narrow the report with --tenant or --role
    [exit status: 2]
    "));
}

/// A mistyped group, role or tenant is an error (exit 3) before the walk,
/// not an empty report; a name several roles share (one per app or stage)
/// is a filter that takes them all.
#[test]
fn report_filters_naming_nothing_exit_3_before_the_walk() {
    let sb = Sandbox::start(&["--seed-users", "12"]);
    let env = TestEnv::new();
    let mut log = String::new();
    for (p, flag) in [
        (Platform::Odc, "--group"),
        (Platform::Odc, "--role"),
        (Platform::Valuekeep, "--group"),
        (Platform::Valuekeep, "--role"),
        (Platform::Descope, "--role"),
        (Platform::Descope, "--tenant"),
    ] {
        let t = Transcript::of(
            env.on(p, &sb)
                .args(["access", "report", flag, "No Such Thing"]),
        );
        log += &format!("--- {p:?}: access report {flag} 'No Such Thing'\n{t}");
    }
    // Each one not found, and no rows.
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(log, @r#"
    --- Odc: access report --group 'No Such Thing'
    [stdout]
    [stderr]
    error: group "No Such Thing" not found
    [exit status: 3]
    --- Odc: access report --role 'No Such Thing'
    [stdout]
    [stderr]
    error: role "No Such Thing" not found
    [exit status: 3]
    --- Valuekeep: access report --group 'No Such Thing'
    [stdout]
    [stderr]
    error: group "No Such Thing" not found
    [exit status: 3]
    --- Valuekeep: access report --role 'No Such Thing'
    [stdout]
    [stderr]
    error: role "No Such Thing" not found
    [exit status: 3]
    --- Descope: access report --role 'No Such Thing'
    [stdout]
    [stderr]
    error: role "No Such Thing" not found
    hint: list the project's roles with `iamctl roles list`
    [exit status: 3]
    --- Descope: access report --tenant 'No Such Thing'
    [stdout]
    [stderr]
    error: tenant "No Such Thing" not found
    [exit status: 3]
    "#)
    });
    // ODC's seed has an application role "Employee" in two stages: the
    // filter takes both instead of asking which.
    let rows = report(&env, Platform::Odc, &sb, &["--role", "Employee"]);
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|r| r["name"] == "Employee"));
}

#[test]
fn holders_of_a_role_with_their_sources_on_every_platform() {
    let sb = Sandbox::start(&["--seed-users", "20"]);
    let env = TestEnv::new();
    // ODC: a group grants Sales Manager; the holders say through which.
    let holders = |p: Platform, args: &[&str]| -> BTreeSet<String> {
        let mut c = env.on(p, &sb);
        c.args(["access", "holders"])
            .args(args)
            .args(["-o", "ndjson"]);
        run(&mut c).ok().ndjson().iter().map(row_text).collect()
    };
    let odc = holders(
        Platform::Odc,
        &[
            "Sales Manager",
            "--app",
            "SalesPortal",
            "--stage",
            "Production",
        ],
    );
    let from_report: BTreeSet<String> = report(
        &env,
        Platform::Odc,
        &sb,
        &[
            "--role",
            "Sales Manager",
            "--app",
            "SalesPortal",
            "--stage",
            "Production",
        ],
    )
    .iter()
    .map(row_text)
    .collect();
    assert_eq!(odc, from_report);
    assert!(
        odc.iter().any(|r| r.ends_with("from group Sales Team")),
        "{odc:?}"
    );
    assert!(odc.iter().any(|r| r.ends_with("from direct")), "{odc:?}");
    let org = holders(Platform::Odc, &["Tech Lead", "--org"]);
    assert!(!org.is_empty() && org.iter().all(|r| r.contains("(organization) from direct")));
    // Valuekeep: by key; Descope: project and tenant roles.
    let vk = holders(Platform::Valuekeep, &["TECHNICIAN"]);
    assert!(
        !vk.is_empty() && vk.iter().all(|r| r.contains("role Technician")),
        "{vk:?}"
    );
    let ds = holders(Platform::Descope, &["Viewer", "--tenant", "T-acme"]);
    assert!(
        !ds.is_empty() && ds.iter().all(|r| r.contains("(tenant T-acme)")),
        "{ds:?}"
    );
    // A role that is not there: not found.
    run(env
        .on(Platform::Odc, &sb)
        .args(["access", "holders", "Nope", "--org"]))
    .expect(3);
}

/// Snapshots of the reports as an auditor sees them, on each platform.
#[test]
fn report_snapshots() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let settings = snapshot_settings();
    let cases: &[(&str, Platform, &[&str])] = &[
        ("access_report_odc", Platform::Odc, &["access", "report"]),
        (
            "access_report_odc_csv_app_stage",
            Platform::Odc,
            &[
                "access",
                "report",
                "--app",
                "SalesPortal",
                "--stage",
                "Development",
                "-o",
                "csv",
                "--fields",
                "user,kind,name,app,stage,source",
            ],
        ),
        (
            "access_holders_odc",
            Platform::Odc,
            &["access", "holders", "Tech Lead", "--org"],
        ),
        (
            "access_report_valuekeep",
            Platform::Valuekeep,
            &["access", "report"],
        ),
        (
            "access_report_descope",
            Platform::Descope,
            &["access", "report", "-o", "tsv"],
        ),
        (
            "access_holders_descope",
            Platform::Descope,
            &["access", "holders", "Viewer"],
        ),
    ];
    for (name, p, args) in cases {
        let t = Transcript::of(env.on(*p, &sb).args(*args));
        settings.bind(|| insta::assert_snapshot!(*name, t.to_string()));
        assert_eq!(t.code(), 0, "{name}\n{t}");
    }
}
