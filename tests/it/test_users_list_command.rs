//! `users list` beyond its table: the "N more" notice in every format, one
//! error for a bad `--jq`; and one exit code for an ambiguous name.

use crate::common::{Platform, Sandbox, TestEnv, run};

#[test]
fn more_users_are_told_on_stderr_in_every_format() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    for platform in [Platform::Odc, Platform::Valuekeep, Platform::Descope] {
        for format in ["table", "json", "ndjson", "csv", "tsv"] {
            let out = run(env
                .on(platform, &sb)
                .args(["users", "list", "-L", "3", "-o", format]))
            .ok();
            assert!(
                out.stderr
                    .contains("Showing 3 of 5 users; 2 more: --all or --limit N"),
                "{platform:?} -o {format}: {}",
                out.stderr
            );
            assert!(!out.stdout.contains("more:"), "stdout stays data");
        }
    }
}

#[test]
fn a_bad_jq_expression_is_one_error_once() {
    let sb = Sandbox::start(&["--seed-users", "2"]);
    let env = TestEnv::new();
    // In JSON the error is one JSON object on stderr, its message once.
    let out = run(env
        .odc(&sb)
        .args(["users", "list", "-o", "json", "--jq", ".[] | foo"]))
    .expect(2);
    assert_eq!(out.stdout, "");
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    assert_eq!(
        out.stderr.matches("undefined filter").count(),
        1,
        "{}",
        out.stderr
    );
    let out = run(env.odc(&sb).args(["users", "list", "--jq", ".[] | foo"])).expect(2);
    assert_eq!(out.stdout, "");
    assert_eq!(
        out.stderr.matches("undefined filter").count(),
        1,
        "{}",
        out.stderr
    );
    assert_eq!(out.stderr.matches("error:").count(), 1, "{}", out.stderr);
    assert!(
        out.stderr
            .starts_with("error: invalid --jq expression \".[] | foo\": undefined filter"),
        "{}",
        out.stderr
    );
}

/// A group name two stages share: exit 2 (usage) in `users groups add`
/// and in `apply` alike, the candidates named by stage name.
#[test]
fn an_ambiguous_name_is_exit_2_everywhere() {
    let sb = Sandbox::start(&["--seed-users", "2"]);
    let env = TestEnv::new();
    let email = crate::common::all_users(&sb)[0]["email"]
        .as_str()
        .unwrap()
        .to_string();
    let out = run(env
        .odc(&sb)
        .args(["users", "groups", "add", &email, "Sales Team", "--dry-run"]))
    .expect(2);
    assert!(out.stderr.contains("stage Production"), "{}", out.stderr);
    let file = env.path().join("a.yaml");
    std::fs::write(
        &file,
        format!("users:\n  - email: {email}\n    groups: [\"Sales Team\"]\n"),
    )
    .unwrap();
    let out = run(env
        .odc(&sb)
        .args(["apply", "-f", file.to_str().unwrap(), "--dry-run"]))
    .expect(2);
    assert!(out.stderr.contains("is ambiguous"), "{}", out.stderr);
    assert!(out.stderr.contains("stage Development"), "{}", out.stderr);
}
