//! `audit search`, sign-in history and SSO applications (Descope project
//! administration), as whole transcripts against the sandbox.

use crate::common::descope::{D, codes};

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
