//! `users export`: statuses by name, a failed export leaves the
//! earlier file as it was, a file named for another format is refused.

use crate::common::valuekeep::Valuekeep;
use crate::common::{Sandbox, TestEnv, run};

// ---- users export FILE is atomic ----

#[test]
fn a_failed_export_leaves_the_earlier_file_as_it_was() {
    let good = Sandbox::start(&["--seed-users", "3"]);
    let env = TestEnv::new();
    let file = env.path().join("users.csv");
    run(env
        .odc(&good)
        .args(["users", "export", file.to_str().unwrap()]))
    .ok();
    let before = std::fs::read_to_string(&file).unwrap();
    assert_eq!(before.lines().count(), 4, "{before}");

    let failing = Sandbox::start(&["--seed-users", "3", "--fail-rate", "1", "--fault-seed", "3"]);
    run(env.odc(&failing).args([
        "--max-wait",
        "0.5",
        "users",
        "export",
        file.to_str().unwrap(),
    ]))
    .expect(6);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), before);
    let left: Vec<String> = std::fs::read_dir(env.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("users.csv") && n != "users.csv")
        .collect();
    assert!(left.is_empty(), "temporary files left: {left:?}");
}

/// Issue 9: the export says each user's status by name (it wrote null).
#[test]
fn export_says_the_status_by_name() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let out = run(env
        .valuekeep(&sb)
        .args(["users", "export", "--format", "ndjson"]))
    .ok();
    let statuses: Vec<String> = out
        .ndjson()
        .iter()
        .map(|u| u["status"].as_str().unwrap_or("null").to_string())
        .collect();
    assert_eq!(statuses.len(), 5);
    for s in &statuses {
        assert!(
            ["Active", "Inactive", "InvitationSent", "InvitationExpired"].contains(&s.as_str()),
            "{statuses:?}"
        );
    }
}

/// A file whose extension names no format export writes (`users.yaml`) is
/// refused before any request, and not created: it used to get CSV.
#[test]
fn export_refuses_a_file_named_for_a_format_it_does_not_write() {
    let sb = Sandbox::start(&["--seed-users", "3"]);
    let env = TestEnv::new();
    let t = crate::common::Transcript::of(env.odc(&sb).current_dir(env.path()).args([
        "-v",
        "users",
        "export",
        "users.yaml",
    ]));
    crate::common::snapshot_settings().bind(|| {
        insta::assert_snapshot!(t, @r"
    [stdout]
    [stderr]
    * 0 requests, 0 retries, 0 answered 429
    error: users.yaml: `users export` writes CSV, JSON or NDJSON, not .yaml
    hint: name the file .csv, .json or .ndjson, or give --format
    [exit status: 2]
    ")
    });
    assert!(!env.path().join("users.yaml").exists());
    // No extension at all is CSV, as before.
    run(env
        .odc(&sb)
        .current_dir(env.path())
        .args(["users", "export", "users"]))
    .ok();
    let csv = std::fs::read_to_string(env.path().join("users")).unwrap();
    assert!(csv.starts_with("email,"), "{csv}");
}
