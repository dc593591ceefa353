//! The real OS keyring path. These tests need a Secret Service on D-Bus:
//! they run only with `IAMCTL_TEST_KEYRING=1` (CI runs them inside
//! `dbus-run-session` with an unlocked gnome-keyring). Elsewhere they skip,
//! and the no-keyring path is tested in `test_profile_command.rs`.

use crate::common::{Sandbox, TestEnv, run};

fn enabled(test: &str) -> bool {
    let on = std::env::var("IAMCTL_TEST_KEYRING").is_ok_and(|v| v == "1");
    if !on {
        eprintln!(
            "skipping {test}: set IAMCTL_TEST_KEYRING=1 inside a D-Bus session with an unlocked keyring"
        );
    }
    on
}

/// `iamctl` with the keyring enabled: the pinned environment minus
/// IAMCTL_NO_KEYRING, plus what finds the session bus.
fn keyring_cmd(env: &TestEnv) -> assert_cmd::Command {
    let mut c = env.cmd();
    c.env_remove("IAMCTL_NO_KEYRING");
    for var in ["DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR"] {
        if let Ok(v) = std::env::var(var) {
            c.env(var, v);
        }
    }
    c
}

/// Keyring entries are shared by every test in the session: unique names.
fn unique(prefix: &str) -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    format!("{prefix}-{}-{nanos}", std::process::id())
}

#[test]
fn keyring_profile_add_use_remove() {
    if !enabled("keyring_profile_add_use_remove") {
        return;
    }
    let sb = Sandbox::start(&["--seed-users", "6"]);
    let env = TestEnv::new();
    let name = unique("kr");
    let out = run(keyring_cmd(&env)
        .args([
            "profile",
            "add",
            &name,
            "--kind",
            "odc",
            "--portal",
            &sb.url,
            "--client-id",
            "sandbox-client",
            "--client-secret-stdin",
        ])
        .write_stdin("sandbox-secret\n"))
    .ok();
    assert!(
        out.stderr.contains(&format!("Saved profile {name}")),
        "{}",
        out.stderr
    );
    let config = std::fs::read_to_string(env.path().join("config/config.toml")).unwrap();
    assert!(!config.contains("sandbox-secret"), "{config}");
    assert!(config.contains("secret = \"keyring\""), "{config}");

    // A command works with the secret from the keyring, nothing in the environment.
    let out = run(keyring_cmd(&env).args(["users", "list", "-o", "ndjson"])).ok();
    assert_eq!(out.lines().len(), 6);
    // With a keyring, the token is cached there, not in a file.
    assert!(
        !env.path().join("cache/tokens").exists(),
        "token written to a file despite a keyring"
    );
    let out = run(keyring_cmd(&env).args(["profile", "test"])).ok();
    assert!(out.stdout.contains("ok (6 users)"), "{}", out.stdout);

    // Remove: the profile and its keyring secret go.
    run(keyring_cmd(&env).args(["-y", "profile", "remove", &name])).ok();
    let config = std::fs::read_to_string(env.path().join("config/config.toml")).unwrap();
    assert!(!config.contains(&name), "{config}");
    // Put the profile back in the file by hand: the secret is no longer there.
    std::fs::write(
        env.path().join("config/config.toml"),
        format!("[profiles.{name}]\nkind = \"odc\"\nportal = \"{}\"\nclient_id = \"sandbox-client\"\nsecret = \"keyring\"\n", sb.url),
    )
    .unwrap();
    let out = run(keyring_cmd(&env).args(["profile", "test", &name])).expect(4);
    assert!(
        out.stderr.contains("no secret for profile"),
        "{}",
        out.stderr
    );
}

#[test]
fn keyring_replaces_a_secret_on_re_add() {
    if !enabled("keyring_replaces_a_secret_on_re_add") {
        return;
    }
    let sb = Sandbox::start(&["--seed-users", "2"]);
    let env = TestEnv::new();
    let name = unique("kr2");
    let add = |secret: &str| {
        run(keyring_cmd(&env)
            .args([
                "profile",
                "add",
                &name,
                "--kind",
                "odc",
                "--portal",
                &sb.url,
                "--client-id",
                "sandbox-client",
                "--client-secret-stdin",
            ])
            .write_stdin(secret.to_string()))
        .ok();
    };
    add("wrong-secret");
    run(keyring_cmd(&env).args(["profile", "test"])).expect(4);
    add("sandbox-secret");
    run(keyring_cmd(&env).args(["profile", "test"])).ok();
    run(keyring_cmd(&env).args(["-y", "profile", "remove", &name])).ok();
}
