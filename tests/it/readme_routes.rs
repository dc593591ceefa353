//! The README's Descope coverage table is true (issue 22): every route on
//! a row that names a command is one that a `-v` trace of those commands
//! shows being sent. One scenario runs every command the table names
//! against the sandbox and collects what the traces show; each route a row
//! claims must be among them.

use std::collections::BTreeSet;

use crate::common::{Platform, Sandbox, TestEnv};

/// `METHOD /path` of every request in a `-v` trace (query and host cut).
fn sent(stderr: &str, base: &str) -> Vec<String> {
    crate::common::requests(stderr)
        .into_iter()
        .map(|r| {
            let r = r.replace(base, "");
            r.split('?').next().unwrap_or("").to_string()
        })
        .collect()
}

/// The routes (`METHOD /path` in backticks) of the Descope table's rows
/// whose command cell names a command (not "not offered"/"not sent").
fn claimed(readme: &str) -> Vec<(String, String)> {
    let at = readme
        .find("\n## Coverage: Descope\n")
        .expect("the Descope table");
    let table = &readme[at + 1..];
    let table = &table[..table[3..].find("\n## ").map_or(table.len(), |e| e + 3)];
    let mut out = Vec::new();
    for row in table.lines().filter(|l| l.starts_with("| `")) {
        let cells: Vec<&str> = row.split(" | ").collect();
        let (ops, what) = (cells[0], cells.get(1).copied().unwrap_or(""));
        if what.starts_with("not ") {
            continue;
        }
        for tok in ops.split('`').skip(1).step_by(2) {
            let mut parts = tok.splitn(2, ' ');
            let (m, p) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
            if ["GET", "POST", "PATCH", "PUT", "DELETE"].contains(&m) && p.starts_with('/') {
                out.push((format!("{m} {p}"), row.to_string()));
            }
        }
    }
    out
}

#[test]
fn every_descope_row_names_a_route_its_commands_send() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let csv = env.path().join("users.csv");
    std::fs::write(
        &csv,
        "email,name\nr1@example.com,R One\nr2@example.com,R Two\nr3@example.com,R Three\n",
    )
    .unwrap();
    let csv = csv.display().to_string();
    let u = "eva.esteves2@example.com";
    // `users lifecycle` reads users named by user id with `users/load`.
    let listed = env
        .on(Platform::Descope, &sb)
        .args(["users", "list", "-L", "2", "-o", "json"])
        .output()
        .unwrap();
    let listed: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    let ids: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["userId"].as_str().unwrap())
        .collect();
    let by_id = env.path().join("ids.txt");
    std::fs::write(&by_id, ids.join("\n")).unwrap();
    let by_id = by_id.display().to_string();
    let scenario: Vec<Vec<&str>> = vec![
        vec![
            "users",
            "create",
            "--login-id",
            "a1@example.com",
            "--email",
            "a1@example.com",
        ],
        vec![
            "users",
            "invite",
            "--login-id",
            "a2@example.com",
            "--email",
            "a2@example.com",
        ],
        vec!["users", "create", "--login-id", "t1", "--test-user"],
        vec!["users", "import", &csv],
        vec!["users", "get", u],
        vec!["users", "list"],
        vec!["users", "list", "--test-users"],
        vec!["users", "patch", u, "--given-name", "Eva"],
        vec!["users", "patch", u, "--replace", "--name", "Eva E"],
        vec!["users", "set", u, "name", "Eva Esteves"],
        vec!["users", "set", u, "status", "disabled"],
        vec![
            "users",
            "set",
            "a1@example.com",
            "login-id",
            "a1b@example.com",
        ],
        vec!["users", "set", "a1b@example.com", "attr.dept", "IT"],
        vec![
            "users",
            "lifecycle",
            "set",
            "attr.dept",
            "Ops",
            "--from",
            &by_id,
            "--yes",
        ],
        vec!["users", "roles", "add", u, "Viewer"],
        vec!["users", "roles", "remove", u, "Viewer", "--yes"],
        vec!["users", "tenants", "add", u, "T-acme"],
        vec!["users", "tenants", "remove", u, "T-acme", "--yes"],
        vec!["users", "sso-apps", "add", u, "app-crm"],
        vec!["users", "sso-apps", "set", u, "app-wiki", "--yes"],
        vec!["users", "sso-apps", "remove", u, "app-wiki", "--yes"],
        vec!["users", "password", "expire", u],
        vec!["users", "password", "set", u, "--temporary"],
        vec!["users", "password", "set", u, "--active"],
        vec!["users", "logout", u],
        vec!["users", "history", u],
        vec!["users", "credentials", "remove", u, "--yes"],
        vec!["users", "delete", "a1b@example.com", "--yes"],
        vec![
            "users",
            "delete",
            "r1@example.com",
            "r2@example.com",
            "r3@example.com",
            "--yes",
        ],
        vec!["users", "delete-test-users", "--yes"],
        vec!["permissions", "create", "p1"],
        vec!["permissions", "list"],
        vec!["permissions", "update", "p1", "--description", "P one"],
        vec!["roles", "create", "R1", "--permissions", "p1"],
        vec!["roles", "list"],
        vec!["roles", "update", "R1", "--name", "R2"],
        vec!["roles", "delete", "R2", "--yes"],
        vec!["permissions", "delete", "p1", "--yes"],
        vec!["tenants", "create", "Zeta", "--id", "T-zeta"],
        vec!["tenants", "list"],
        vec!["tenants", "get", "T-zeta"],
        vec!["tenants", "update", "T-zeta", "--name", "Zeta 2"],
        vec!["tenants", "settings", "get", "T-zeta"],
        vec!["tenants", "settings", "set", "T-zeta", "enabled=true"],
        vec!["tenants", "default-roles", "T-zeta", "Viewer"],
        vec!["tenants", "delete", "T-zeta", "--yes"],
        vec!["access-keys", "create", "k1"],
        vec!["access-keys", "list"],
        vec!["access-keys", "get", "k1"],
        vec!["access-keys", "update", "k1", "--description", "d"],
        vec!["access-keys", "deactivate", "k1"],
        vec!["access-keys", "activate", "k1"],
        vec!["access-keys", "rotate", "k1", "--yes"],
        vec!["access-keys", "delete", "k1", "--yes"],
        vec!["audit", "search", "--since", "1d"],
        vec!["sso-apps", "list"],
        vec!["sso-apps", "get", "app-crm"],
    ];
    let mut seen = BTreeSet::new();
    for args in &scenario {
        let out = env
            .on(Platform::Descope, &sb)
            .arg("-v")
            .args(args)
            .write_stdin("Passw0rd!Passw0rd!\n")
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "iamctl {}:\n{stderr}", args.join(" "));
        seen.extend(sent(&stderr, &sb.url));
    }
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let claims = claimed(&readme);
    assert!(
        claims.len() >= 40,
        "too few routes read from the table: {claims:?}"
    );
    let unseen: Vec<&(String, String)> = claims.iter().filter(|(r, _)| !seen.contains(r)).collect();
    assert!(
        unseen.is_empty(),
        "README rows name routes no trace showed:\n{}\n\nseen:\n{}",
        unseen
            .iter()
            .map(|(r, row)| format!("{r}  ({row})"))
            .collect::<Vec<_>>()
            .join("\n"),
        seen.iter().cloned().collect::<Vec<_>>().join("\n")
    );
}
