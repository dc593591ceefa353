//! `tenants` (Descope): create, list, update, get, settings, delete.

use crate::common::descope::{D, codes};
use crate::common::requests;
use crate::common::world::descope;

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
fn descope_tenants_list() {
    descope().check("descope_tenants_list", &["tenants", "list"], 0);
}
