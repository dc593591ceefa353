//! `users delete`: one, several, dry runs and the confirmation.

use crate::common::world::{ODC_MARTA, descope, odc, valuekeep};
use crate::common::{Sandbox, TestEnv, create_user, requests, run, user_exists};

#[test]
fn odc_users_delete() {
    odc().check(
        "odc_users_delete",
        &["users", "delete", "pedro.henriques2@example.com", "--yes"],
        0,
    );
}

#[test]
fn odc_users_delete_dry_run() {
    let w = odc();
    w.check(
        "odc_users_delete_dry_run",
        &["users", "delete", ODC_MARTA, "--dry-run"],
        0,
    );
    w.check(
        "odc_users_delete_dry_run_json",
        &["users", "delete", ODC_MARTA, "--dry-run", "-o", "json"],
        0,
    );
}

#[test]
fn odc_users_delete_unconfirmed() {
    odc().check(
        "odc_users_delete_unconfirmed",
        &["users", "delete", ODC_MARTA],
        2,
    );
}

#[test]
fn valuekeep_users_delete() {
    valuekeep().check(
        "valuekeep_users_delete",
        &["users", "delete", "olga.esteves4", "--yes"],
        0,
    );
}

#[test]
fn valuekeep_users_delete_dry_run() {
    let w = valuekeep();
    w.check(
        "valuekeep_users_delete_dry_run",
        &["users", "delete", "olga.esteves4", "--dry-run"],
        0,
    );
    w.check(
        "valuekeep_users_delete_dry_run_json",
        &[
            "users",
            "delete",
            "olga.esteves4",
            "--dry-run",
            "-o",
            "json",
        ],
        0,
    );
}

#[test]
fn valuekeep_users_delete_unconfirmed() {
    valuekeep().check(
        "valuekeep_users_delete_unconfirmed",
        &["users", "delete", "olga.esteves4"],
        2,
    );
}

#[test]
fn descope_users_delete() {
    descope().check(
        "descope_users_delete",
        &["users", "delete", "ines.esteves3@example.com", "--yes"],
        0,
    );
}

#[test]
fn descope_users_delete_dry_run() {
    let w = descope();
    w.check(
        "descope_users_delete_dry_run",
        &["users", "delete", "ines.esteves3@example.com", "--dry-run"],
        0,
    );
    w.check(
        "descope_users_delete_dry_run_json",
        &[
            "users",
            "delete",
            "ines.esteves3@example.com",
            "--dry-run",
            "-o",
            "json",
        ],
        0,
    );
}

#[test]
fn descope_users_delete_unconfirmed() {
    descope().check(
        "descope_users_delete_unconfirmed",
        &["users", "delete", "ines.esteves3@example.com"],
        2,
    );
}

#[test]
fn delete_one_several_and_refusal_without_yes() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let a = create_user(&sb, "del.a@example.com", "Del A");
    let b = create_user(&sb, "del.b@example.com", "Del B");
    let c = create_user(&sb, "del.c@example.com", "Del C");

    // No terminal, no --yes: refused, nothing deleted, nothing sent.
    let out = run(env.odc(&sb).args(["-v", "users", "delete", &a])).expect(2);
    assert!(out.stderr.contains("--yes"), "{}", out.stderr);
    assert!(requests(&out.stderr).is_empty());
    assert!(user_exists(&sb, &a));

    let out = run(env.odc(&sb).args(["users", "delete", "--yes", &a])).ok();
    assert!(out.stderr.contains(&format!("Deleted user {a}")));
    assert!(!user_exists(&sb, &a));

    // Several, one unknown: the others go, exit 7.
    let unknown = "00000000-0000-4000-8000-000000000000";
    let out = run(env
        .odc(&sb)
        .args(["users", "delete", "-y", &b, unknown, "del.c@example.com"]))
    .expect(7);
    assert!(
        out.stderr
            .contains("error: 1 of 3 changes did not complete (2 deleted, 1 failed)"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains(unknown), "{}", out.stderr);
    assert!(!user_exists(&sb, &b));
    assert!(!user_exists(&sb, &c));

    // A single unknown user is a plain not-found.
    run(env.odc(&sb).args(["users", "delete", "-y", unknown])).expect(3);
}
