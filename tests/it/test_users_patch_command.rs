//! `users patch`: only the given fields are sent, the rest is kept.

use serde_json::json;

use crate::common::descope::{create, dsc_cmd};
use crate::common::valuekeep::{Valuekeep, puts, user};
use crate::common::{
    Sandbox, TestEnv, Transcript, descope_load as load, descope_mgmt as mgmt, direct, get_json,
    requests, run, snapshot_settings,
};

#[test]
fn patch_sends_only_the_given_fields_and_keeps_the_rest() {
    let sb = Sandbox::start(&[]);
    let env = TestEnv::new();
    create(
        &env,
        &sb,
        &[
            "--login-id",
            "ada",
            "--email",
            "ada@example.com",
            "--phone",
            "+15550000001",
            "--name",
            "Ada",
            "--role",
            "Editor",
            "--tenant",
            "T-acme:Viewer",
            "--attr",
            "dept=Math",
            "--attr",
            "era=1840",
        ],
    );
    let before = load(&sb, "ada");
    let out = Transcript::of(dsc_cmd(&env, &sb).args([
        "-vv",
        "users",
        "patch",
        "ada",
        "--family-name",
        "King",
        "--attr",
        "era=1843",
    ]))
    .redact(before["userId"].as_str().unwrap(), "[USER_ID]");
    // The trace shows the one PATCH body: only what was given.
    snapshot_settings()
        .bind(|| insta::assert_snapshot!("descope_users_patch_trace", out.to_string()));
    let reqs = requests(&out.stderr);
    assert!(
        reqs.iter()
            .any(|r| r.starts_with("PATCH ") && r.ends_with("/v1/mgmt/user/patch")),
        "{reqs:?}"
    );
    assert!(
        !reqs.iter().any(|r| r.ends_with("/v1/mgmt/user/update")),
        "patch used the replace route: {reqs:?}"
    );
    let after = load(&sb, "ada");
    assert_eq!(after["familyName"], "King");
    assert_eq!(
        after["customAttributes"],
        json!({"dept": "Math", "era": 1843})
    );
    for k in [
        "email",
        "phone",
        "name",
        "roleNames",
        "userTenants",
        "status",
        "userId",
        "loginIds",
    ] {
        assert_eq!(after[k], before[k], "{k} changed");
    }

    // --active/--inactive map to Descope's status.
    run(dsc_cmd(&env, &sb).args(["users", "patch", "ada", "--inactive"])).ok();
    assert_eq!(load(&sb, "ada")["status"], "disabled");

    // --dry-run prints the PATCH and sends nothing.
    let t = Transcript::of(dsc_cmd(&env, &sb).args([
        "--dry-run",
        "users",
        "patch",
        "ada",
        "--phone",
        "+15559999999",
    ]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
    [stdout]
    PATCH http://127.0.0.1:[PORT]/v1/mgmt/user/patch {"loginId":"ada","phone":"+15559999999"}
    [stderr]
    Would change phone of ada to +15559999999
    [exit status: 0]
    "#)
    });
    assert_eq!(load(&sb, "ada")["phone"], "+15550000001");

    // --json is sent as given.
    run(dsc_cmd(&env, &sb).args([
        "users",
        "patch",
        "ada",
        "--json",
        r#"{"middleName":"Byron"}"#,
    ]))
    .ok();
    assert_eq!(load(&sb, "ada")["middleName"], "Byron");
    assert_eq!(load(&sb, "ada")["phone"], "+15550000001");

    let t = Transcript::of(dsc_cmd(&env, &sb).args(["users", "patch", "ada"]));
    snapshot_settings().bind(|| insta::assert_snapshot!(t.to_string(), @"
    [stdout]
    [stderr]
    error: nothing to change
    hint: give fields such as --name, --active/--inactive, --email, --photo-url, or a --json body (see `iamctl users patch --help`)
    [exit status: 2]
    "));
}

#[test]
fn replace_loads_first_so_nothing_is_lost() {
    let sb = Sandbox::start(&[]);
    let env = TestEnv::new();
    create(
        &env,
        &sb,
        &[
            "--login-id",
            "ada",
            "--email",
            "ada@example.com",
            "--phone",
            "+15550000001",
            "--role",
            "Editor",
            "--tenant",
            "T-acme:Viewer",
            "--attr",
            "dept=Math",
            "--verified-email",
        ],
    );
    let before = load(&sb, "ada");
    // The trap, as the sandbox plays it: the replace route clears what is left out.
    create(
        &env,
        &sb,
        &["--login-id", "trap", "--phone", "+15550000009"],
    );
    let (status, _) = mgmt(
        &sb,
        "POST",
        "/v1/mgmt/user/update",
        Some(json!({"loginId": "trap", "email": "t@example.com"})),
    );
    assert_eq!(status, 200);
    assert!(
        load(&sb, "trap").get("phone").is_none(),
        "update kept a field it was not given"
    );

    let out = run(dsc_cmd(&env, &sb).args([
        "-v",
        "users",
        "patch",
        "ada",
        "--replace",
        "--email",
        "ada@lovelace.org",
    ]))
    .ok();
    // `patch` reads the user first (what is already so sends nothing),
    // and --replace loads the record it completes: two GETs, then one POST.
    let reqs = requests(&out.stderr);
    assert_eq!(reqs.len(), 3, "{reqs:?}");
    assert!(
        reqs[0].starts_with("GET ")
            && reqs[1].starts_with("GET ")
            && reqs[2].starts_with("POST ")
            && reqs[2].ends_with("/v1/mgmt/user/update"),
        "{reqs:?}"
    );
    let after = load(&sb, "ada");
    assert_eq!(after["email"], "ada@lovelace.org");
    for k in [
        "phone",
        "roleNames",
        "userTenants",
        "customAttributes",
        "verifiedEmail",
        "loginIds",
        "status",
    ] {
        assert_eq!(after[k], before[k], "{k} lost by --replace");
    }
    // Replace on ODC is refused.
    let t = Transcript::of(env.odc(&sb).args([
        "users",
        "patch",
        "x@example.com",
        "--name",
        "X",
        "--replace",
    ]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @"
    [stdout]
    [stderr]
    error: `users patch --replace` is not available on ODC
    hint: `users patch` on ODC changes only the fields given; nothing else is touched
    [exit status: 2]
    ")
    });
}

#[test]
fn patch_sends_only_the_fields_given() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let (_, created) = direct(
        &sb,
        "POST",
        "users",
        Some(
            json!({"email": "patch.me@example.com", "name": "Patch Me", "isActive": true, "photoUrl": "https://example.com/a.png"}),
        ),
    );
    let key = created["key"].as_str().unwrap().to_string();
    let before = get_json(&sb, &format!("users/{key}"));

    // Flags: only the name goes on the wire; the rest stays.
    let t = Transcript::of(
        env.odc(&sb)
            .args(["-vv", "users", "patch", &key, "--name", "Patched"]),
    )
    .redact(&key, "[NEW_KEY]");
    snapshot_settings().bind(|| insta::assert_snapshot!("odc_users_patch_trace", t.to_string()));
    let u = get_json(&sb, &format!("users/{key}"));
    assert_eq!(u["name"], "Patched");
    assert_eq!(u["photoUrl"], before["photoUrl"]);
    assert_eq!(u["isActive"], before["isActive"]);
    assert_eq!(u["email"], before["email"]);

    run(env.odc(&sb).args([
        "users",
        "patch",
        "patch.me@example.com",
        "--inactive",
        "--photo-url",
        "https://example.com/b.png",
    ]))
    .ok();
    let u = get_json(&sb, &format!("users/{key}"));
    assert_eq!(u["isActive"], false);
    assert_eq!(u["photoUrl"], "https://example.com/b.png");
    assert_eq!(u["name"], "Patched");

    // --json inline
    run(env
        .odc(&sb)
        .args(["users", "patch", &key, "--json", r#"{"isActive": true}"#]))
    .ok();
    let u = get_json(&sb, &format!("users/{key}"));
    assert_eq!(u["isActive"], true);
    assert_eq!(u["name"], "Patched");

    // --json @file
    let file = env.path().join("patch.json");
    std::fs::write(&file, r#"{"name": "From File"}"#).unwrap();
    run(env.odc(&sb).args([
        "users",
        "patch",
        &key,
        "--json",
        &format!("@{}", file.display()),
    ]))
    .ok();
    let u = get_json(&sb, &format!("users/{key}"));
    assert_eq!(u["name"], "From File");
    assert_eq!(u["photoUrl"], "https://example.com/b.png");

    // --json - (stdin)
    run(env
        .odc(&sb)
        .args(["users", "patch", &key, "--json", "-"])
        .write_stdin(r#"{"photoUrl": "https://example.com/c.png"}"#))
    .ok();
    let u = get_json(&sb, &format!("users/{key}"));
    assert_eq!(u["photoUrl"], "https://example.com/c.png");
    assert_eq!(u["name"], "From File");

    // Nothing to change, bad JSON, a non-object: usage errors.
    run(env.odc(&sb).args(["users", "patch", &key])).expect(2);
    run(env
        .odc(&sb)
        .args(["users", "patch", &key, "--json", "{oops"]))
    .expect(2);
    run(env.odc(&sb).args(["users", "patch", &key, "--json", "[1]"])).expect(2);
    // Flags and --json together are refused by the parser.
    run(env
        .odc(&sb)
        .args(["users", "patch", &key, "--name", "x", "--json", "{}"]))
    .expect(2);
}

#[test]
fn patch_one_put_per_changed_attribute_and_midway_failure() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    run(env.valuekeep(&sb).args([
        "users",
        "create",
        "--email",
        "pat@example.com",
        "--name",
        "Pat",
        "--user-key",
        "PAT",
    ]))
    .ok();
    run(env.valuekeep(&sb).args([
        "users",
        "create",
        "--email",
        "taken@example.com",
        "--name",
        "Tak",
        "--user-key",
        "TAK",
    ]))
    .ok();

    let out = run(env.valuekeep(&sb).args([
        "-v",
        "users",
        "patch",
        "PAT",
        "--name",
        "Pat (unchanged name)",
        "--technician",
        "--status",
        "inactive",
        "--email",
        "pat@example.com",
    ]))
    .ok();
    let sent = puts(&out.stderr);
    assert_eq!(sent.len(), 3, "e-mail unchanged, so not sent: {sent:?}");
    let u = user(&sb, "PAT");
    assert_eq!(u["name"], "Pat (unchanged name)");
    assert_eq!(u["isTechnician"], true);
    assert_eq!(u["status"], 2);

    // Inactive is the status, and the record flag follows it.
    assert_eq!(u["isActive"], false);

    // --json with a rename: the key goes last; isActive is already false
    // (the status is Inactive), so it is not sent.
    let out = run(env.valuekeep(&sb).args([
        "-v",
        "users",
        "patch",
        "PAT",
        "--json",
        r#"{"userKey":"PAT2","isActive":false,"isTechnician":false}"#,
    ]))
    .ok();
    let sent = puts(&out.stderr);
    assert_eq!(sent.len(), 2, "{sent:?}");
    assert!(
        sent[0].ends_with("/users/PAT/isTechnician") && sent[1].ends_with("/users/PAT/userKey"),
        "{sent:?}"
    );
    assert_eq!(user(&sb, "PAT2")["isActive"], false);
    assert_eq!(user(&sb, "PAT2")["isTechnician"], false);

    // Midway failure: the name goes through, the e-mail is refused (taken).
    let t = Transcript::of(env.valuekeep(&sb).args([
        "users",
        "patch",
        "PAT2",
        "--name",
        "Patricia",
        "--email",
        "taken@example.com",
        "--last-login",
        "2025-01-01T00:00:00Z",
    ]));
    // The user read again tells each field: the name changed, the
    // e-mail and the last login (never sent) did not.
    snapshot_settings().bind(|| insta::assert_snapshot!(t.to_string(), @"
    [stdout]
    [stderr]
    Changed name of PAT2 to Patricia
    warning: Could not change email of PAT2: update user PAT2 partly applied: 1 succeeded (name); email failed: set email of user PAT2 failed: The request is invalid.; email: 'taken@example.com' is already used by another user. (HTTP 400)
    warning: Could not change lastLogin of PAT2: update user PAT2 partly applied: 1 succeeded (name); email failed: set email of user PAT2 failed: The request is invalid.; email: 'taken@example.com' is already used by another user. (HTTP 400)
    Done: 1 changed, 2 failed
    error: 2 of 3 changes did not complete (1 changed, 2 failed)
    hint: the records above say which; run the same command again for those
    [exit status: 7]
    "));
    let u = user(&sb, "PAT2");
    assert_eq!(u["name"], "Patricia");
    assert_eq!(u["email"], "pat@example.com");

    // A failure on the first attribute is that failure (not partial).
    run(env
        .valuekeep(&sb)
        .args(["users", "patch", "PAT2", "--email", "taken@example.com"]))
    .expect(5);
    // Unknown fields are refused before anything is sent.
    let out = run(env.valuekeep(&sb).args([
        "-v",
        "users",
        "patch",
        "PAT2",
        "--json",
        r#"{"name":"X","shoe":1}"#,
    ]))
    .expect(2);
    assert!(puts(&out.stderr).is_empty());
}
