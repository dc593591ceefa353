//! `users credentials` (Descope): TOTP, passkeys and recovery codes.

use serde_json::json;

use crate::common::descope::search;
use crate::common::{Platform, Sandbox, TestEnv, descope_load as load, requests, run, told};

/// A lost device: the TOTP seed, passkeys and recovery codes go, one
/// request each, after a confirmation; nothing else of the user changes.
#[test]
fn credentials_remove_totp_passkeys_and_recovery_codes() {
    let sb = Sandbox::start(&["--seed-users", "10"]);
    let env = TestEnv::new();
    let ds = || env.on(Platform::Descope, &sb);
    let with_totp = search(&sb, json!({"limit": 100}))
        .into_iter()
        .find(|u| u["TOTP"] == true)
        .expect("a seeded user with TOTP");
    let login = with_totp["loginIds"][0].as_str().unwrap().to_string();

    // Without --yes and no terminal: refused, nothing sent.
    let out = run(ds().args(["-v", "users", "credentials", "remove", &login, "--totp"])).expect(2);
    assert!(
        out.stderr.contains("refusing to remove the totp of"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("* 0 requests,"), "{}", out.stderr);
    assert_eq!(load(&sb, &login)["TOTP"], true);

    let out = run(ds().args([
        "-v",
        "users",
        "credentials",
        "remove",
        &login,
        "--totp",
        "--yes",
    ]))
    .ok();
    let reqs = requests(&out.stderr);
    assert_eq!(reqs.len(), 1, "{}", out.stderr);
    assert!(reqs[0].ends_with("/v1/mgmt/user/totp/delete"), "{reqs:?}");
    // One outcome line (the generic membership sentence: "Removed L from
    // credential totp").
    let said = told(&out.stderr);
    assert!(
        said.starts_with("Removed ") && said.contains(&login) && said.contains("totp"),
        "{said}"
    );
    assert_eq!(said.lines().count(), 1, "{said}");
    let after = load(&sb, &login);
    assert_eq!(after["TOTP"], false);
    assert_eq!(after["name"], with_totp["name"]);
    assert_eq!(after["roleNames"], with_totp["roleNames"]);

    // None named: all three, one request each.
    let out = run(ds().args(["-v", "users", "credentials", "remove", &login, "--yes"])).ok();
    let reqs = requests(&out.stderr);
    assert_eq!(reqs.len(), 3, "{}", out.stderr);
    for p in ["/totp/delete", "/passkeys/delete", "/recovery-codes/delete"] {
        assert!(reqs.iter().any(|r| r.ends_with(p)), "{p} not in {reqs:?}");
    }
    // An unknown user: exit 3.
    run(ds().args([
        "users",
        "credentials",
        "remove",
        "nobody@example.com",
        "--yes",
    ]))
    .expect(3);
    // Elsewhere: refused before any request.
    for (p, name) in [(Platform::Odc, "ODC"), (Platform::Valuekeep, "Valuekeep")] {
        let out = run(env
            .on(p, &sb)
            .args(["-v", "users", "credentials", "remove", "u", "--yes"]))
        .expect(2);
        assert!(
            out.stderr.contains(&format!(
                "`users credentials remove` is not available on {name}"
            )),
            "{}",
            out.stderr
        );
        assert!(out.stderr.contains("* 0 requests,"), "{}", out.stderr);
    }
}
