//! Where settings come from: the environment route against the profiles
//! file, a corrupt or incomplete config, and a Descope base URL derived
//! from the project's region.

use serde_json::Value;

use crate::common::profiles::add_env_profile;
use crate::common::{Sandbox, TestEnv, Transcript, run, snapshot_settings};

#[test]
fn base_url_is_derived_from_the_project_region() {
    let env = TestEnv::new();
    let dry = |project: &str| {
        let out = run(env
            .cmd()
            .env("IAMCTL_KIND", "descope")
            .env("DESCOPE_PROJECT_ID", project)
            .env("IAMCTL_MANAGEMENT_KEY", "K1")
            .args(["--dry-run", "users", "delete", "someone", "--yes"]))
        .ok();
        out.stdout
    };
    assert!(
        dry("P2abcdefghijklmnopqrstuvwxyz0")
            .starts_with("POST https://api.descope.com/v1/mgmt/user/delete ")
    );
    assert!(
        dry("Peuc12abcdefghijklmnopqrstuvwxyz0")
            .starts_with("POST https://api.euc1.descope.com/v1/mgmt/user/delete ")
    );
    let out = run(env
        .cmd()
        .env("IAMCTL_KIND", "descope")
        .env("DESCOPE_PROJECT_ID", "Peuc12abcdefghijklmnopqrstuvwxyz0")
        .env("DESCOPE_BASE_URL", "https://eu.example.com")
        .env("IAMCTL_MANAGEMENT_KEY", "K1")
        .args(["--dry-run", "users", "logout", "someone"]))
    .ok();
    assert!(
        out.stdout
            .starts_with("POST https://eu.example.com/v1/mgmt/user/logout "),
        "{}",
        out.stdout
    );
}

/// Issue 9: every missing profile field in one error, not one per run.
#[test]
fn missing_profile_fields_are_named_all_at_once() {
    let env = TestEnv::new();
    let t = Transcript::of(
        env.cmd()
            .env("IAMCTL_KIND", "valuekeep")
            .env("IAMCTL_TENANT", "t")
            .args(["users", "list"]),
    );
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        error: profile "env" has no base URL, organization key, client id
        hint: set them with `iamctl profile add NAME ... --base-url URL --org KEY --client-id ID`, or IAMCTL_BASE_URL, IAMCTL_ORG, IAMCTL_CLIENT_ID
        [exit status: 2]
        "#)
    });
}

// ---- a corrupt config.toml ----

#[test]
fn a_corrupt_config_file_does_not_block_the_environment_route() {
    let sb = Sandbox::start(&["--seed-users", "2"]);
    for (name, bytes) in [
        ("syntax", b"[profiles.x\nkind = odc".to_vec()),
        ("utf8", b"default = \"\xff\xfe\"\n".to_vec()),
    ] {
        let env = TestEnv::new();
        let dir = env.path().join("config");
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("config.toml");
        std::fs::write(&file, &bytes).unwrap();
        // Without the environment route: one exit code, whatever is wrong.
        let out = run(env.cmd().args(["profile", "list"])).expect(2);
        assert!(
            out.stderr.contains("is not a valid config file"),
            "{name}: {}",
            out.stderr
        );
        let out = run(env.cmd().args(["users", "list"])).expect(2);
        assert!(
            out.stderr.contains("is not a valid config file"),
            "{name}: {}",
            out.stderr
        );
        // The environment route works: with no profile named it does not
        // read the file at all.
        let out = run(env.odc(&sb).args(["users", "list", "-o", "ndjson"])).ok();
        assert_eq!(out.lines().len(), 2, "{name}");
        // And the broken file is never written over.
        let out = run(env.odc(&sb).args([
            "profile",
            "add",
            "ci",
            "--kind",
            "odc",
            "--portal",
            &sb.url,
            "--client-id",
            "sandbox-client",
            "--secret",
            "env:X",
        ]))
        .expect(2);
        assert!(out.stderr.contains("not writing"), "{name}: {}", out.stderr);
        assert_eq!(std::fs::read(&file).unwrap(), bytes, "{name}");
    }
}

#[test]
fn environment_overrides_the_profile_file() {
    let sb = Sandbox::start(&["--seed-users", "4"]);
    let env = TestEnv::new();
    // The file says an address that answers nothing; the environment fixes it.
    add_env_profile(&env, "acme", "http://127.0.0.1:1", "ACME_SECRET");
    let out = run(env
        .cmd()
        .env("ACME_SECRET", "sandbox-secret")
        .env("IAMCTL_PORTAL", &sb.url)
        .args(["users", "list", "-o", "ndjson"]))
    .ok();
    assert_eq!(out.lines().len(), 4);
    // IAMCTL_CLIENT_SECRET overrides the profile's secret source.
    let out = run(env
        .cmd()
        .env("IAMCTL_CLIENT_SECRET", "sandbox-secret")
        .env("IAMCTL_PORTAL", &sb.url)
        .args(["profile", "show", "-o", "json"]))
    .ok();
    assert_eq!(out.json()["portal"], Value::String(sb.url.clone()));
    assert_eq!(out.json()["secret"], "(given)");
    // Without the override, the file's address is used (and fails).
    let out = run(env.cmd().env("ACME_SECRET", "sandbox-secret").args([
        "--max-wait",
        "1",
        "users",
        "list",
    ]))
    .expect(6);
    assert!(out.stderr.contains("127.0.0.1:1"), "{}", out.stderr);
}

#[test]
fn environment_route_borrows_nothing_from_the_files_default_profile() {
    let sb = Sandbox::start(&["--seed-users", "3"]);
    let env = TestEnv::new();
    // The file's default is an ODC profile at an address nothing answers.
    add_env_profile(&env, "prod", "http://127.0.0.1:9", "PROD_SECRET");
    // IAMCTL_KIND and no profile named: the environment alone.
    let out = run(env
        .cmd()
        .env("IAMCTL_KIND", "valuekeep")
        .env("IAMCTL_BASE_URL", &sb.url)
        .env("IAMCTL_TENANT", "sandbox")
        .env("IAMCTL_ORG", "sandbox-0001")
        .env("IAMCTL_CLIENT_ID", "sandbox-client")
        .env("IAMCTL_CLIENT_SECRET", "sandbox-secret")
        .env("IAMCTL_TOKEN_URL", format!("{}/connect/token", sb.url))
        .args(["users", "list", "-o", "json"]))
    .ok();
    assert_eq!(out.json().as_array().unwrap().len(), 3);
    // Naming an ODC profile while IAMCTL_KIND says otherwise is a
    // contradiction, refused before anything is sent.
    let out = run(env
        .cmd()
        .env("IAMCTL_KIND", "valuekeep")
        .args(["-v", "-p", "prod", "users", "list"]))
    .expect(2);
    assert!(
        out.stderr
            .contains("IAMCTL_KIND=valuekeep contradicts profile \"prod\", which is ODC"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("* 0 requests"), "{}", out.stderr);
}
