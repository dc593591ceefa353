//! `apply -f desired.yaml`: what a desired-state file changes.

use crate::common::{Platform, Sandbox, TestEnv, Transcript, descope_load, requests, told};

/// On Descope the attribute updates of existing users go in one
/// `user/patch/batch` (a user's changes in one body): 2 requests for 4
/// changes of 3 users, and a second run has nothing to do.
#[test]
fn descope_apply_sends_updates_of_many_users_in_one_patch_batch() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let file = env.path().join("desired.yaml");
    std::fs::write(
        &file,
        "users:\n\
         \x20 - email: eva.ferreira1@example.com\n    name: Eva Renamed\n\
         \x20 - email: eva.esteves2@example.com\n    name: Eva Two\n    active: false\n\
         \x20 - email: ines.esteves3@example.com\n    name: Ines Three\n",
    )
    .unwrap();
    let file = file.to_str().unwrap();
    let run = || {
        Transcript::of(
            env.on(Platform::Descope, &sb)
                .args(["--yes", "-v", "apply", "-f", file]),
        )
    };

    let first = run();
    assert_eq!(first.code(), 0, "{first}");
    insta::assert_snapshot!(requests(&first.stderr).join("\n").replace(&sb.url, "SANDBOX"), @r"
    POST SANDBOX/v2/mgmt/user/search
    PATCH SANDBOX/v1/mgmt/user/patch/batch
    ");
    assert!(
        told(&first.stderr).ends_with("Done: 4 changed\n"),
        "{first}"
    );
    let eva = descope_load(&sb, "eva.esteves2@example.com");
    assert_eq!(
        (eva["name"].as_str(), eva["status"].as_str()),
        (Some("Eva Two"), Some("disabled"))
    );
    assert_eq!(
        descope_load(&sb, "ines.esteves3@example.com")["name"],
        "Ines Three"
    );

    let second = run();
    assert_eq!(second.code(), 0, "{second}");
    assert!(told(&second.stderr).contains("No changes"), "{second}");
}
