//! One command on several profiles (`-p a,b`, `-p a -p b`,
//! `--all-profiles`): records with `profile` first, the worst exit code, a
//! failing profile told and counted while the others finish, and a write
//! planned on every profile and confirmed once.

use serde_json::Value;

use crate::common::{DESCOPE_KEY, Platform, Sandbox, TestEnv, Transcript};

fn profile(name: &str, p: Platform, sb: &Sandbox, secret_var: &str) -> String {
    crate::common::profiles::config_profile(name, p, sb, secret_var)
}

fn configure(env: &TestEnv, profiles: &[String]) {
    let dir = env.path().join("config");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("config.toml"), profiles.join("\n")).unwrap();
}

/// The transcript of a run on several profiles, its stderr lines sorted:
/// the profiles run at once, so their notices come in any order (stdout
/// keeps the order of the profiles given).
fn sorted(mut t: Transcript) -> Transcript {
    let mut lines: Vec<&str> = t.stderr.lines().collect();
    lines.sort();
    t.stderr = lines.join("\n");
    t
}

fn iamctl(env: &TestEnv, args: &[&str]) -> Transcript {
    Transcript::of(
        env.cmd()
            .env("SB_SECRET", "sandbox-secret")
            .env("SB_WRONG", "not-the-secret")
            .env("SB_KEY", DESCOPE_KEY)
            .args(args),
    )
}

#[test]
fn a_read_on_three_platforms_gives_records_with_their_profile() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    configure(
        &env,
        &[
            profile("odc", Platform::Odc, &sb, "SB_SECRET"),
            profile("vk", Platform::Valuekeep, &sb, "SB_SECRET"),
            profile("ds", Platform::Descope, &sb, "SB_SECRET"),
        ],
    );
    let settings = crate::common::snapshot_settings();
    let _bound = settings.bind_to_scope();
    let t = iamctl(
        &env,
        &[
            "-p",
            "odc,vk,ds",
            "users",
            "list",
            "-L",
            "2",
            "--fields",
            "email",
            "-o",
            "ndjson",
        ],
    );
    insta::assert_snapshot!(sorted(t), @r#"
    [stdout]
    {"profile":"odc","email":"eva.almeida3@example.com"}
    {"profile":"odc","email":"luis.esteves5@example.com"}
    {"profile":"vk","email":"katia.pereira1@example.com"}
    {"profile":"vk","email":"carla.ferreira2@example.com"}
    {"profile":"ds","email":"eva.ferreira1@example.com"}
    {"profile":"ds","email":"eva.esteves2@example.com"}
    [stderr]
    ds: Showing 2 of 5 users; 3 more: --all or --limit N
    odc: Showing 2 of 5 users; 3 more: --all or --limit N
    vk: Showing 2 of 5 users; 3 more: --all or --limit N
    [exit status: 0]
    "#);

    // Repeated -p, and a table: PROFILE is the first column.
    let t = iamctl(&env, &["-p", "odc", "-p", "ds", "users", "count"]);
    insta::assert_snapshot!(sorted(t), @r"
    [stdout]
     PROFILE  COUNT
     odc      5
     ds       5
    [stderr]
    [exit status: 0]
    ");

    // --all-profiles: every configured one.
    let t = iamctl(&env, &["--all-profiles", "users", "count", "-o", "json"]);
    insta::assert_snapshot!(sorted(t), @r#"
    [stdout]
    [
      {
        "profile": "ds",
        "count": 5
      },
      {
        "profile": "odc",
        "count": 5
      },
      {
        "profile": "vk",
        "count": 5
      }
    ]
    [stderr]
    [exit status: 0]
    "#);
}

/// A profile that cannot authenticate fails alone: it is one record of
/// its own (its error) among the others' records, told on stderr too, and
/// the exit code is its (4). A profile whose platform cannot honour the
/// command is said to have refused it.
#[test]
fn a_failing_profile_is_one_record_and_the_others_finish() {
    let sb = Sandbox::start(&["--seed-users", "3"]);
    let env = TestEnv::new();
    configure(
        &env,
        &[
            profile("good", Platform::Odc, &sb, "SB_SECRET"),
            profile("bad", Platform::Odc, &sb, "SB_WRONG"),
            profile("ds", Platform::Descope, &sb, "SB_SECRET"),
        ],
    );
    let settings = crate::common::snapshot_settings();
    let _bound = settings.bind_to_scope();
    let t = iamctl(
        &env,
        &[
            "-p",
            "good,bad,ds",
            "users",
            "list",
            "-L",
            "1",
            "--fields",
            "email",
            "-o",
            "ndjson",
        ],
    );
    insta::assert_snapshot!(sorted(t), @r#"
    [stdout]
    {"profile":"good","email":"eva.almeida3@example.com"}
    {"profile":"bad","error":"auth","exit_code":4,"message":"the token endpoint refused the credentials of profile \"bad\"","hints":["check client id \"sandbox-client\" and its secret: profile \"bad\" reads its secret from $SB_WRONG: set it to the right one"],"api":{"status":401,"title":"invalid_client","detail":"Unknown client or wrong secret."}}
    {"profile":"ds","email":"eva.ferreira1@example.com"}
    [stderr]
    ds: Showing 1 of 3 users; 2 more: --all or --limit N
    good: Showing 1 of 3 users; 2 more: --all or --limit N
    {"error":"auth","exit_code":4,"message":"1 of 3 profiles failed: bad"}
    [exit status: 4]
    "#);

    let t = iamctl(&env, &["-p", "good,bad,ds", "users", "count"]);
    insta::assert_snapshot!(sorted(t), @r#"
    [stdout]
     PROFILE  COUNT  ERROR
     good     3
     bad             the token endpoint refused the credentials of profile "bad"
     ds       3
    [stderr]
    error: 1 of 3 profiles failed: bad
    error: bad: the token endpoint refused the credentials of profile "bad": invalid_client: Unknown client or wrong secret. (HTTP 401)
    hint: bad: check client id "sandbox-client" and its secret: profile "bad" reads its secret from $SB_WRONG: set it to the right one
    [exit status: 4]
    "#);

    // A command one platform cannot honour is refused for that profile.
    let t = iamctl(&env, &["-p", "good,ds", "groups", "list", "-o", "csv"]);
    insta::assert_snapshot!(sorted(t), @r"
    [stdout]
    profile,key,name,environmentKey,description,portfolioKey,updatedAt,groupIdpClaimMappings,error
    good,04d37fc4-b797-4202-b7c2-1ba5d2a619d5,HR Team,1585282f-709b-4e40-aeee-375a2811bbd8,HR Team (Development),1a80334e-cb37-48a6-be0b-68cdacc87cb3,2025-01-06T09:00:00.000Z,,
    good,72e1d4fe-e9a4-4928-beb2-c3586f8bedd8,HR Team,8a1b0c14-f5b4-4dab-840f-124eab2b6ea4,HR Team (Production),1a80334e-cb37-48a6-be0b-68cdacc87cb3,2025-01-06T09:00:00.000Z,,
    good,04be31d0-bcd1-4a63-978f-e6754bea0753,Sales Team,1585282f-709b-4e40-aeee-375a2811bbd8,Sales Team (Development),1a80334e-cb37-48a6-be0b-68cdacc87cb3,2025-01-06T09:00:00.000Z,,
    good,dc0b9910-621d-4701-a1dc-d2cb63bc04e4,Sales Team,8a1b0c14-f5b4-4dab-840f-124eab2b6ea4,Sales Team (Production),1a80334e-cb37-48a6-be0b-68cdacc87cb3,2025-01-06T09:00:00.000Z,,
    good,463441cd-779d-4449-926e-12f7915f1f59,Support,8a1b0c14-f5b4-4dab-840f-124eab2b6ea4,Support (Production),1a80334e-cb37-48a6-be0b-68cdacc87cb3,2025-01-06T09:00:00.000Z,91e25257-d4e1-415c-8cc7-4437ecd07ad2,
    good,cdeb9b62-b22c-4b9e-b44d-0a3449fcfde3,Support,1585282f-709b-4e40-aeee-375a2811bbd8,Support (Development),1a80334e-cb37-48a6-be0b-68cdacc87cb3,2025-01-06T09:00:00.000Z,e71ba7c3-1876-4079-be2a-a0ef0b8b52f9,
    ds,,,,,,,,`groups list` is not available on Descope
    [stderr]
    error: 1 of 2 profiles refused the command: ds
    error: ds: `groups list` is not available on Descope
    hint: ds: Descope has no groups; tenants are the nearest thing
    [exit status: 2]
    ");
}

/// A write on two tenants: planned on both, confirmed once (refused
/// without a terminal: nothing changes), then carried out with --yes.
#[test]
fn a_write_is_planned_everywhere_and_confirmed_once() {
    let a = Sandbox::start(&["--seed-users", "5"]);
    let b = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    configure(
        &env,
        &[
            profile("a", Platform::Odc, &a, "SB_SECRET"),
            profile("b", Platform::Odc, &b, "SB_SECRET"),
        ],
    );
    let users = iamctl(&env, &["-p", "a", "users", "list", "-L", "1", "-o", "json"]);
    let v: Value = serde_json::from_str(&users.stdout).unwrap();
    let email = v[0]["email"].as_str().unwrap().to_string();

    let t = iamctl(
        &env,
        &[
            "--all-profiles",
            "users",
            "set",
            &email,
            "name",
            "Everywhere",
        ],
    );
    // Without a terminal and without --yes the confirmation is refused (2):
    // the plan of both is shown, nothing is changed.
    let settings = crate::common::snapshot_settings();
    let _bound = settings.bind_to_scope();
    insta::assert_snapshot!(sorted(t.redact(&email, "[EMAIL]")), @r#"
    [stdout]
     PROFILE  METHOD  URL                                                                                BODY
     a        PATCH   http://127.0.0.1:[PORT]/api/identity/v1/users/7ad6fc13-4e34-4e59-b2bf-d07778d684a5  {"name":"Everywhere"}
     b        PATCH   http://127.0.0.1:[PORT]/api/identity/v1/users/7ad6fc13-4e34-4e59-b2bf-d07778d684a5  {"name":"Everywhere"}
    [stderr]
    Planning on 2 profiles: a, b
    a: Would change name of [EMAIL] to Everywhere
    b: Would change name of [EMAIL] to Everywhere
    error: refusing to carry out this plan on 2 profiles (a, b) without confirmation
    hint: pass --yes to confirm when no terminal is attached
    [exit status: 2]
    "#);
    let now = iamctl(&env, &["-p", "a,b", "users", "get", &email, "-o", "ndjson"]);
    assert!(
        !now.stdout.contains("Everywhere"),
        "nothing changed before the confirmation\n{now}"
    );

    let t = iamctl(
        &env,
        &[
            "--all-profiles",
            "--yes",
            "users",
            "set",
            &email,
            "name",
            "Everywhere",
            "-o",
            "ndjson",
            "--jq",
            "[.profile, .result, .target.name, .change.field // .change.op, .change.value] | @tsv",
        ],
    );
    insta::assert_snapshot!(sorted(t.redact(&email, "[EMAIL]")), @r"
    [stdout]
    a	changed	[EMAIL]	name	Everywhere
    b	changed	[EMAIL]	name	Everywhere
    [stderr]
    [exit status: 0]
    ");
    let now = iamctl(&env, &["-p", "a,b", "users", "get", &email, "-o", "ndjson"]);
    assert_eq!(now.stdout.matches("Everywhere").count(), 2, "{now}");
}

/// `--detailed-exitcode` on several profiles: changes found are exit 10
/// (not a failure, no error record), a failure beats them; `--jq` reads
/// JSON as on one profile; a plan file names one profile, so `--plan`
/// with several is refused; a profile that refuses a write is left out of
/// the plan the others carry out.
#[test]
fn several_profiles_tell_changes_failures_and_refusals_apart() {
    let sb = Sandbox::start(&["--seed-users", "3"]);
    let env = TestEnv::new();
    configure(
        &env,
        &[
            profile("good", Platform::Odc, &sb, "SB_SECRET"),
            profile("bad", Platform::Odc, &sb, "SB_WRONG"),
            profile("ds", Platform::Descope, &sb, "SB_SECRET"),
            profile("same", Platform::Odc, &sb, "SB_SECRET"),
        ],
    );
    let settings = crate::common::snapshot_settings();
    let _bound = settings.bind_to_scope();
    let diff = |profiles: &str| {
        sorted(iamctl(
            &env,
            &[
                "-p",
                profiles,
                "diff",
                "--from-stage",
                "Development",
                "--to-stage",
                "Production",
                "--detailed-exitcode",
                "-o",
                "csv",
                "--fields",
                "action,user",
            ],
        ))
    };
    insta::assert_snapshot!(diff("good,same"), @r"
    [stdout]
    profile,action,user
    good,add-to-group,marta.teixeira1@example.com
    good,grant,marta.teixeira1@example.com
    same,add-to-group,marta.teixeira1@example.com
    same,grant,marta.teixeira1@example.com
    [stderr]
    good: 2 differences; --plan FILE writes them for `iamctl apply -f FILE -p good`
    same: 2 differences; --plan FILE writes them for `iamctl apply -f FILE -p same`
    [exit status: 10]
    ");
    insta::assert_snapshot!(diff("good,bad"), @r#"
    [stdout]
    profile,action,user,error
    good,add-to-group,marta.teixeira1@example.com,
    good,grant,marta.teixeira1@example.com,
    bad,,,"the token endpoint refused the credentials of profile ""bad"""
    [stderr]
    error: 1 of 2 profiles failed: bad
    error: bad: the token endpoint refused the credentials of profile "bad": invalid_client: Unknown client or wrong secret. (HTTP 401)
    good: 2 differences; --plan FILE writes them for `iamctl apply -f FILE -p good`
    hint: bad: check client id "sandbox-client" and its secret: profile "bad" reads its secret from $SB_WRONG: set it to the right one
    [exit status: 4]
    "#);

    let t = iamctl(
        &env,
        &["-p", "good,ds", "users", "count", "--jq", ".[].count"],
    );
    insta::assert_snapshot!(sorted(t), @r"
    [stdout]
    3
    3
    [stderr]
    [exit status: 0]
    ");

    let plan = env.path().join("p.yaml");
    let t = iamctl(
        &env,
        &[
            "-p",
            "good,ds",
            "diff",
            "--from-stage",
            "Development",
            "--to-stage",
            "Production",
            "--plan",
            plan.to_str().unwrap(),
        ],
    );
    insta::assert_snapshot!(sorted(t), @r"
    [stdout]
    [stderr]
    error: --plan writes the plan of one profile; 2 profiles were given
    hint: run it once per profile, each with its own file
    [exit status: 2]
    ");
    assert!(!plan.exists());

    let t = iamctl(
        &env,
        &[
            "-p",
            "good,ds",
            "users",
            "groups",
            "add",
            "eva.almeida3@example.com",
            "HR Team",
            "--stage",
            "Production",
        ],
    );
    insta::assert_snapshot!(sorted(t), @r#"
    [stdout]
     PROFILE  METHOD  URL                                                                                       BODY                                          ERROR
     good     PATCH   http://127.0.0.1:[PORT]/api/identity/v1/groups/72e1d4fe-e9a4-4928-beb2-c3586f8bedd8/users  {"userKeysToAdd":["7ad6fc13-4e34-4e59-b2bf-…
     ds                                                                                                                                                       `users groups add` is not available on Descope
    [stderr]
    Planning on 2 profiles: good, ds
    error: ds: `users groups add` is not available on Descope
    error: refusing to carry out this plan on profile good (left out: ds, which could not plan) without confirmation
    good: Would add eva.almeida3@example.com to group HR Team (stage Production)
    hint: ds: Descope has no groups; tenants are the nearest thing: `iamctl users tenants add USER TENANT`
    hint: pass --yes to confirm when no terminal is attached
    [exit status: 2]
    "#);
}

/// The built-in sandboxes on several profiles are one in-process sandbox:
/// a write on each is kept (each profile's own sandbox used to save over
/// the others' state, losing writes it had reported done).
#[test]
fn a_write_on_the_built_in_sandboxes_is_kept_on_each() {
    let env = TestEnv::new();
    let t = Transcript::of(env.cmd().args([
        "-p",
        "sandbox,sandbox-descope",
        "--yes",
        "users",
        "create",
        "--email",
        "both@example.com",
        "--name",
        "On Both",
        "-o",
        "ndjson",
        "--jq",
        "[.profile, .result, .target.name] | @tsv",
    ]));
    insta::assert_snapshot!(sorted(t), @r"
    [stdout]
    sandbox	created	both@example.com
    sandbox-descope	created	both@example.com
    [stderr]
    [exit status: 0]
    ");
    for p in ["sandbox", "sandbox-descope"] {
        let t = Transcript::of(env.cmd().args([
            "-p",
            p,
            "users",
            "get",
            "both@example.com",
            "--fields",
            "name",
            "-o",
            "csv",
        ]));
        assert_eq!(t.stdout, "name\nOn Both\n", "{p}: {t}");
    }
}

/// A report on several profiles names them and their platforms in its
/// title, and reads its users and roles as one profile's does (summary,
/// and the HTML page's user × access matrix).
#[test]
fn a_report_on_several_profiles_says_which_in_its_title() {
    let env = TestEnv::new();
    let settings = crate::common::snapshot_settings();
    let _bound = settings.bind_to_scope();
    let t = Transcript::of(env.cmd().args([
        "-p",
        "sandbox,sandbox-descope",
        "access",
        "report",
        "-o",
        "markdown",
    ]));
    assert_eq!(t.code(), 0, "{t}");
    let head: Vec<&str> = t.stdout.lines().take(6).collect();
    insta::assert_snapshot!(head.join("\n"), @r"
    ### iamctl access report

    Profile `sandbox, sandbox-descope` (ODC, Descope), [NOW]: 96 rows.

    | PROFILE | USER | KIND | NAME | SCOPE | SOURCE |
    | --- | --- | --- | --- | --- | --- |
    ");
    let t = Transcript::of(env.cmd().args([
        "-p",
        "sandbox,sandbox-descope",
        "access",
        "report",
        "-o",
        "html",
    ]));
    assert!(
        t.stdout
            .contains("<title>iamctl access report — sandbox, sandbox-descope</title>"),
        "{}",
        &t.stdout[..600.min(t.stdout.len())]
    );
    assert!(t.stdout.contains("<table class=\"matrix\""), "no matrix");
    assert!(t.stdout.contains("</b>users</li>"), "no count of users");
}

/// `apply`'s plan on several profiles: each line says its profile, the
/// profiles in the order given.
#[test]
fn a_plan_on_several_profiles_labels_each_line() {
    let env = TestEnv::new();
    let file = env.path().join("two.yaml");
    std::fs::write(
        &file,
        "users:\n  - email: carla.esteves47@example.com\n    name: Carla Renamed\n",
    )
    .unwrap();
    let t = Transcript::of(env.cmd().args([
        "-p",
        "sandbox,sandbox-descope",
        "apply",
        "-f",
        file.to_str().unwrap(),
        "--dry-run",
    ]));
    insta::assert_snapshot!(sorted(t), @r#"
    [stdout]
    sandbox: ~ update            carla.esteves47@example.com  name  ("Carla Esteves" -> "Carla Renamed")
    sandbox: Plan: 0 to create, 1 to update, 0 membership changes, 0 to delete.
    sandbox-descope: + create            carla.esteves47@example.com  (name "Carla Renamed", active)
    sandbox-descope: Plan: 1 to create, 0 to update, 0 membership changes, 0 to delete.
    [stderr]
    sandbox-descope: Dry run: nothing was changed.
    sandbox: Dry run: nothing was changed.
    [exit status: 0]
    "#);
}
