//! A Descope project's administration (issue 22): tenants, roles and
//! permissions, access keys, audit, sign-in history, SSO applications.
//! Whole transcripts against the sandbox (ids it mints are deterministic;
//! times of "now" are filtered); the access key's cleartext is looked for
//! everywhere it must not be.

use crate::common::{Platform, Sandbox, TestEnv, Transcript, requests, snapshot_settings};

struct D {
    sb: Sandbox,
    env: TestEnv,
}

impl D {
    fn new() -> D {
        D {
            sb: Sandbox::start(&["--seed-users", "5"]),
            env: TestEnv::new(),
        }
    }

    fn run(&self, args: &[&str]) -> Transcript {
        Transcript::of(self.env.on(Platform::Descope, &self.sb).args(args))
    }

    /// Run each command, snapshot the whole session as `name` (each run
    /// headed by its command line), and return the transcripts.
    #[track_caller]
    fn session(&self, name: &str, runs: &[&[&str]]) -> Vec<Transcript> {
        let mut text = String::new();
        let mut out = Vec::new();
        for args in runs {
            let t = self.run(args);
            text.push_str(&format!("$ iamctl {}\n{t}", args.join(" ")));
            out.push(t);
        }
        snapshot_settings().bind(|| insta::assert_snapshot!(name, text));
        out
    }
}

fn codes(ts: &[Transcript]) -> Vec<i32> {
    ts.iter().map(Transcript::code).collect()
}

#[test]
fn tenants_create_list_update_get_settings_delete() {
    let d = D::new();
    let ts = d.session(
        "descope_tenants_session",
        &[
            &[
                "tenants",
                "create",
                "Zeta",
                "--id",
                "T-zeta",
                "--domain",
                "zeta.example.com",
            ],
            &["tenants", "create", "Zeta"],
            &["tenants", "list"],
            &["tenants", "update", "T-zeta", "--name", "Zeta Two"],
            &["tenants", "update", "Zeta Two", "--name", "Zeta Two"],
            &["tenants", "get", "T-zeta"],
            &[
                "tenants",
                "settings",
                "set",
                "T-zeta",
                "sessionTokenExpiration=30",
                "enabled=true",
            ],
            &["tenants", "settings", "get", "Zeta Two", "-o", "json"],
            &["tenants", "default-roles", "T-zeta", "Viewer"],
            &["tenants", "delete", "T-zeta"],
            &[
                "tenants",
                "delete",
                "Zeta Two",
                "--cascade",
                "--yes",
                "-o",
                "json",
            ],
            &["tenants", "get", "T-zeta"],
        ],
    );
    assert_eq!(codes(&ts), [0, 5, 0, 0, 0, 0, 0, 0, 0, 2, 0, 3]);
    // A no-op update reads and sends nothing.
    let t = d.run(&["-v", "tenants", "update", "Acme", "--name", "Acme"]);
    assert!(
        !requests(&t.stderr).iter().any(|r| r.starts_with("POST")),
        "{t}"
    );
}

#[test]
fn roles_and_permissions_with_scope() {
    let d = D::new();
    let ts = d.session(
        "descope_roles_permissions_session",
        &[
            &[
                "permissions",
                "create",
                "reports.read",
                "--description",
                "Read reports",
            ],
            &[
                "roles",
                "create",
                "Reporter",
                "--permissions",
                "reports.read",
                "--description",
                "Reads",
            ],
            &["roles", "create", "Reporter"],
            &["roles", "create", "Clerk", "--tenant", "Acme"],
            &["roles", "list"],
            &["permissions", "list"],
            &[
                "roles",
                "update",
                "Reporter",
                "--permissions",
                "reports.read,User Admin",
            ],
            &["roles", "list", "--search", "report", "-o", "json"],
            &["roles", "delete", "Reporter", "--yes"],
            &["roles", "delete", "Clerk", "--tenant", "T-acme", "--yes"],
            &[
                "permissions",
                "update",
                "reports.read",
                "--name",
                "reports.view",
            ],
            &["permissions", "delete", "reports.view", "--yes"],
            &["roles", "delete", "Reporter", "--yes"],
        ],
    );
    assert_eq!(codes(&ts), [0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3]);
}

#[test]
fn users_roles_list_without_tenant_shows_every_role_with_its_scope() {
    let d = D::new();
    // Seeded user 0 holds a project role and tenant T-acme's Viewer.
    let t = d.run(&["users", "roles", "list", "eva.ferreira1@example.com"]);
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
         ROLE          SCOPE    TENANT  PERMISSIONS
         Tenant Admin  project
         Viewer        tenant   T-acme
        [stderr]
        [exit status: 0]
        ");
    });
}

/// The cleartext is on stdout once, in every format, and nowhere else:
/// not in `-vv` traces, the journal, the name cache, error messages.
#[test]
fn access_keys_cleartext_is_shown_once_and_nowhere_else() {
    let d = D::new();
    let mut secrets = Vec::new();
    for (i, format) in ["json", "ndjson", "table", "csv", "tsv"].iter().enumerate() {
        let name = format!("key-{format}");
        let t = d.run(&["-vv", "access-keys", "create", &name, "-o", format]);
        assert_eq!(t.code(), 0, "{t}");
        let listed = d.run(&["access-keys", "get", &name, "-o", "json"]);
        let id = serde_json::from_str::<serde_json::Value>(&listed.stdout).unwrap()["id"]
            .as_str()
            .unwrap()
            .to_string();
        // The cleartext: the 40-character value on stdout that is not the id.
        let secret = t
            .stdout
            .split(|c: char| !c.is_ascii_alphanumeric())
            .find(|w| w.len() == 40)
            .unwrap_or_else(|| panic!("{format}: no cleartext on stdout:\n{t}"))
            .to_string();
        assert_ne!(secret, id);
        assert_eq!(t.stdout.matches(&secret).count(), 1, "{format}: once\n{t}");
        assert!(!t.stderr.contains(&secret), "{format}: in the trace\n{t}");
        assert!(
            t.stderr.contains("\"cleartext\":\"***\""),
            "{format}: {i}\n{t}"
        );
        secrets.push(secret);
    }
    let t = d.run(&["access-keys", "create", "key-json", "-v"]);
    assert_eq!(t.code(), 5, "a second create of a taken name fails\n{t}");
    // A rotation prints the new secret once, as create does.
    let t = d.run(&[
        "-vv",
        "access-keys",
        "rotate",
        "key-json",
        "--yes",
        "-o",
        "json",
    ]);
    assert_eq!(t.code(), 0, "{t}");
    let rotated: serde_json::Value = serde_json::from_str(&t.stdout).unwrap();
    let new = rotated[0]["cleartext"].as_str().unwrap().to_string();
    assert_eq!(new.len(), 40, "{t}");
    assert!(!secrets.contains(&new) && !t.stderr.contains(&new), "{t}");
    assert_eq!(rotated[0]["change"]["op"], "rotate");
    let t = d.run(&["access-keys", "rotate", "key-json"]);
    assert_eq!(t.code(), 2, "asks first: {t}");
    secrets.push(new);
    let ts = vec![
        d.run(&["access-keys", "list", "-o", "json"]),
        d.run(&["--dry-run", "access-keys", "create", "planned"]),
        d.run(&["access-keys", "get", "nope"]),
    ];
    // Nothing under the test's home, config or cache holds a secret.
    let mut files = vec![d.env.path().to_path_buf()];
    while let Some(p) = files.pop() {
        if p.is_dir() {
            files.extend(std::fs::read_dir(&p).unwrap().map(|e| e.unwrap().path()));
        } else {
            let text = String::from_utf8_lossy(&std::fs::read(&p).unwrap()).into_owned();
            for s in &secrets {
                assert!(!text.contains(s), "{} holds a cleartext", p.display());
            }
        }
    }
    for t in &ts {
        for s in &secrets {
            assert!(!t.stdout.contains(s) && !t.stderr.contains(s), "{t}");
        }
    }
}

#[test]
fn access_keys_deactivate_get_delete() {
    let d = D::new();
    let created = d.run(&[
        "access-keys",
        "create",
        "ci",
        "--description",
        "CI",
        "-o",
        "json",
    ]);
    assert_eq!(created.code(), 0, "{created}");
    let ts = d.session(
        "descope_access_keys_session",
        &[
            &["access-keys", "list"],
            &["access-keys", "deactivate", "ci"],
            &["access-keys", "deactivate", "ci"],
            &["access-keys", "get", "ci"],
            &["access-keys", "update", "ci", "--name", "ci-2"],
            &["access-keys", "activate", "ci-2", "-o", "json"],
            &["access-keys", "delete", "ci-2", "--yes"],
            &["access-keys", "get", "ci-2"],
        ],
    );
    assert_eq!(codes(&ts), [0, 0, 0, 0, 0, 0, 0, 3]);
}

#[test]
fn audit_search_history_and_sso_apps() {
    let d = D::new();
    d.run(&["tenants", "create", "Audited", "--id", "T-audited"]);
    let t = d.run(&["audit", "search", "--since", "1d", "-o", "json"]);
    assert_eq!(t.code(), 0, "{t}");
    let events: serde_json::Value = serde_json::from_str(&t.stdout).expect("valid JSON");
    assert_eq!(events[0]["action"], "TenantCreated", "{t}");
    assert_eq!(events[0]["tenants"], serde_json::json!(["T-audited"]));
    let t = d.run(&[
        "-vv",
        "audit",
        "search",
        "--action",
        "TenantCreated",
        "--tenant",
        "Audited",
        "--limit",
        "1",
    ]);
    assert_eq!(t.code(), 0, "{t}");
    assert!(t.stdout.contains("TenantCreated"), "{t}");
    assert!(
        t.stderr.contains(r#""actions":["TenantCreated"]"#)
            && t.stderr.contains(r#""tenants":["T-audited"]"#),
        "{t}"
    );
    let none = d.run(&["audit", "search", "--action", "Nothing", "-o", "json"]);
    assert_eq!(none.stdout.trim(), "[]", "{none}");

    let ts = d.session(
        "descope_sso_apps_history_session",
        &[
            &["sso-apps", "list"],
            &["sso-apps", "get", "CRM", "-o", "json"],
            &["sso-apps", "get", "nope"],
            &[
                "users",
                "history",
                "eva.ferreira1@example.com",
                "david.lopes4@example.com",
            ],
        ],
    );
    assert_eq!(codes(&ts)[..3], [0, 0, 3]);
}
