//! `users password` and Descope's test users.

use crate::common::descope::dsc_cmd;
use crate::common::world::odc;
use crate::common::{Sandbox, TestEnv, descope_load as load, run};

/// Issue 10: password operations an admin runs, and deleting every test
/// user. The new password comes from stdin and shows nowhere: not in a -vv
/// trace, not in a dry-run plan.
#[test]
fn passwords_and_test_users() {
    let sb = Sandbox::start(&["--seed-users", "3"]);
    let env = TestEnv::new();
    const PW: &str = "Sup3r-Secret-Pw!";
    let out = run(dsc_cmd(&env, &sb)
        .args([
            "-vv",
            "users",
            "password",
            "set",
            "eva.esteves2@example.com",
            "--temporary",
        ])
        .write_stdin(format!("{PW}\n")))
    .ok();
    assert!(
        !out.stderr.contains(PW) && !out.stdout.contains(PW),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("/v1/mgmt/user/password/set/temporary"));
    assert_eq!(load(&sb, "eva.esteves2@example.com")["password"], true);
    let out = run(dsc_cmd(&env, &sb)
        .args([
            "users",
            "password",
            "set",
            "eva.esteves2@example.com",
            "--active",
            "--dry-run",
            "-o",
            "json",
        ])
        .write_stdin(PW))
    .ok();
    assert!(!out.stdout.contains(PW), "{}", out.stdout);
    // The planned record carries the request it would send, redacted.
    let rec = &out.json()[0];
    assert_eq!(rec["result"], "planned", "{rec}");
    assert_eq!(rec["requests"][0]["body"]["password"], "***", "{rec}");
    // No password on stdin: refused, nothing sent.
    run(dsc_cmd(&env, &sb).args([
        "users",
        "password",
        "set",
        "eva.esteves2@example.com",
        "--active",
    ]))
    .expect(2);
    run(dsc_cmd(&env, &sb).args(["users", "password", "expire", "eva.esteves2@example.com"])).ok();
    run(dsc_cmd(&env, &sb).args(["users", "password", "expire", "nobody@example.com"])).expect(3);

    // Test users: made, then all deleted; the others stay.
    for i in 0..2 {
        run(dsc_cmd(&env, &sb).args([
            "users",
            "create",
            "--email",
            &format!("t{i}@example.com"),
            "--test-user",
        ]))
        .ok();
    }
    let count = |args: &[&str]| {
        run(dsc_cmd(&env, &sb)
            .args(["users", "list", "--all", "-o", "json"])
            .args(args))
        .ok()
        .json()
        .as_array()
        .unwrap()
        .len()
    };
    assert_eq!(count(&["--test-users"]), 2);
    run(dsc_cmd(&env, &sb).args(["users", "delete-test-users"])).expect(2);
    assert_eq!(
        count(&["--test-users"]),
        2,
        "refused without --yes: nothing deleted"
    );
    run(dsc_cmd(&env, &sb).args(["users", "delete-test-users", "--yes"])).ok();
    assert_eq!(count(&["--test-users"]), 0);
    assert_eq!(count(&[]), 3);
}

#[test]
fn odc_users_password_expire_refused() {
    // A Descope-only verb on ODC: the one refusal.
    odc().check(
        "odc_users_password_expire_refused",
        &[
            "-v",
            "users",
            "password",
            "expire",
            "marta.teixeira1@example.com",
        ],
        2,
    );
}
