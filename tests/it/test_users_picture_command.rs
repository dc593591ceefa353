//! `users picture` (Valuekeep).

use crate::common::valuekeep::{Valuekeep, first_user};
use crate::common::{Sandbox, TestEnv, requests, run};

#[test]
fn picture_download() {
    let sb = Sandbox::start(&["--seed-users", "3"]);
    let env = TestEnv::new();
    // Seeded user 1 (index 0) has a picture.
    let u = first_user(&sb, "Picture ne null");
    let key = u["userKey"].as_str().unwrap();
    let file = env.path().join("pic.png");
    let out = run(env.valuekeep(&sb).args([
        "-v",
        "users",
        "picture",
        key,
        "--file",
        file.to_str().unwrap(),
    ]))
    .ok();
    let bytes = std::fs::read(&file).unwrap();
    assert_eq!(&bytes[..4], b"\x89PNG");
    let id = u["id"].as_str().unwrap();
    assert!(
        requests(&out.stderr)
            .iter()
            .any(|r| r.contains(&format!("/identity/users/{id}/picture?fileName="))),
        "{}",
        out.stderr
    );
    // To stdout.
    let o = env
        .valuekeep(&sb)
        .args(["users", "picture", key, "-f", "-"])
        .output()
        .unwrap();
    assert!(o.stdout.starts_with(b"\x89PNG"));
    // No picture: 404 → exit 3.
    let none = first_user(&sb, "Picture eq null");
    run(env.valuekeep(&sb).args([
        "users",
        "picture",
        none["userKey"].as_str().unwrap(),
        "-f",
        file.to_str().unwrap(),
    ]))
    .expect(3);
}
