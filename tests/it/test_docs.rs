//! The docs are true: completions/ and man/ are generated from the clap
//! definitions and checked in (regenerate with `scripts/gen-docs.sh`), exit
//! codes agree everywhere, every command has examples, and the README's
//! coverage tables match the spec and the routes commands send.

use std::collections::BTreeSet;
use std::path::Path;

use crate::common::odc::{operations, spec_files};
use crate::common::{Platform, Sandbox, TestEnv, bin};

const SHELLS: &[(&str, &str)] = &[
    ("bash", "iamctl.bash"),
    ("zsh", "_iamctl"),
    ("fish", "iamctl.fish"),
    ("powershell", "_iamctl.ps1"),
    ("elvish", "iamctl.elvish"),
];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn completions_are_fresh() {
    for (shell, file) in SHELLS {
        let out = std::process::Command::new(bin())
            .args(["completions", shell])
            .output()
            .unwrap();
        assert!(out.status.success());
        let committed = std::fs::read(root().join("completions").join(file))
            .unwrap_or_else(|_| panic!("completions/{file} is missing: run scripts/gen-docs.sh"));
        assert!(
            committed == out.stdout,
            "completions/{file} is stale: run scripts/gen-docs.sh"
        );
    }
}

#[test]
fn man_pages_are_fresh() {
    let dir = tempfile::tempdir().unwrap();
    let status = std::process::Command::new(bin())
        .arg("man")
        .arg(dir.path())
        .status()
        .unwrap();
    assert!(status.success());
    let mut generated: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    generated.sort();
    let mut committed: Vec<String> = std::fs::read_dir(root().join("man"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    committed.sort();
    assert_eq!(
        generated, committed,
        "man/ has other pages: run scripts/gen-docs.sh"
    );
    for page in &generated {
        let new = std::fs::read(dir.path().join(page)).unwrap();
        let old = std::fs::read(root().join("man").join(page)).unwrap();
        assert!(new == old, "man/{page} is stale: run scripts/gen-docs.sh");
    }
}

#[test]
fn man_page_documents_exit_codes() {
    let page = std::fs::read_to_string(root().join("man/iamctl.1")).unwrap();
    for code in ["130", "partial failure", "not found"] {
        assert!(page.contains(code), "man/iamctl.1 lacks {code:?}");
    }
}

/// Every variable the code reads is on `iamctl help environment`.
#[test]
fn help_environment_names_every_variable_the_code_reads() {
    let out = std::process::Command::new(bin())
        .args(["help", "environment"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let page = String::from_utf8(out.stdout).unwrap();
    let mut missing = Vec::new();
    for dir in ["src", "crates"] {
        let mut stack = vec![root().join(dir)];
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(&d).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_some_and(|x| x == "rs") {
                    let text = std::fs::read_to_string(&p).unwrap();
                    for (i, _) in text
                        .match_indices("\"IAMCTL_")
                        .chain(text.match_indices("\"DESCOPE_"))
                    {
                        let name: String = text[i + 1..]
                            .chars()
                            .take_while(|c| c.is_ascii_uppercase() || *c == '_')
                            .collect();
                        if name.ends_with('_') || name == "IAMCTL_TEST_KEYRING" {
                            continue;
                        }
                        if !page.contains(&name) && !missing.contains(&name) {
                            missing.push(name);
                        }
                    }
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "read by the code but not on `iamctl help environment`: {missing:?}"
    );
}

/// The README's exit-code table is the list `--help` and the man pages show.
#[test]
fn exit_codes_are_the_same_in_readme_help_and_man() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let rows: Vec<(u8, String)> = readme
        .lines()
        .skip_while(|l| !l.starts_with("### Exit codes"))
        .filter_map(|l| {
            let cells: Vec<&str> = l.trim_matches('|').split(" | ").collect();
            match cells.as_slice() {
                [code, meaning] => Some((code.trim().parse().ok()?, meaning.trim().to_string())),
                _ => None,
            }
        })
        .collect();
    let want: Vec<(u8, String)> = iamctl::help::EXIT_CODES
        .iter()
        .map(|(c, m)| (*c, m.to_string()))
        .collect();
    assert_eq!(rows[..want.len()], want[..], "README.md's exit-code table");
    let out = std::process::Command::new(bin())
        .arg("--help")
        .output()
        .unwrap();
    // Help wraps to the terminal: compare words.
    let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let help = words(&String::from_utf8(out.stdout).unwrap());
    for (code, meaning) in &want {
        assert!(
            help.contains(&words(&format!("{code} {meaning}"))),
            "--help lacks exit code {code}"
        );
    }
}

/// Every command a user runs has examples in its help and man page.
#[test]
fn every_command_has_examples() {
    fn leaves(cmd: &clap::Command, path: &str, out: &mut Vec<String>) {
        let subs: Vec<&clap::Command> = cmd
            .get_subcommands()
            .filter(|s| !s.is_hide_set() && s.get_name() != "help")
            .collect();
        if subs.is_empty() {
            out.push(path.to_string());
        }
        for s in subs {
            let p = format!("{path} {}", s.get_name());
            leaves(s, p.trim(), out);
        }
    }
    let mut all = Vec::new();
    leaves(&iamctl::cli::command(), "", &mut all);
    let missing: Vec<&String> = all
        .iter()
        .filter(|p| iamctl::help::examples(p).is_none())
        .collect();
    assert!(missing.is_empty(), "no examples for {missing:?}");
    let out = std::process::Command::new(bin())
        .args(["users", "roles", "add", "--help"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("Examples:\n  iamctl users roles add"));
}

/// Every platform has its coverage table (operation → command) in the
/// README, and the platform table at the top points at them.
#[test]
fn readme_has_a_coverage_table_per_platform() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    for p in ["ODC", "Valuekeep", "Descope"] {
        let heading = format!("\n## Coverage: {p}\n");
        let at = readme
            .find(&heading)
            .unwrap_or_else(|| panic!("README lacks {heading:?}"));
        let table = &readme[at + heading.len()..];
        let table = &table[..table.find("\n## ").unwrap_or(table.len())];
        assert!(
            table.lines().filter(|l| l.starts_with("| ")).count() >= 10,
            "the {p} coverage table has too few rows"
        );
    }
}

#[test]
fn readme_coverage_table_lists_every_spec_operation() {
    let Some(specs) = spec_files() else {
        eprintln!("SKIPPED: ../shared/specs not found");
        return;
    };
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let section = readme
        .split("## Coverage: ODC")
        .nth(1)
        .expect("README has a Coverage: ODC section")
        .split("\n## ")
        .next()
        .unwrap();
    let mut listed = 0;
    for (prefix, spec) in &specs {
        let api = if prefix.contains("identity") {
            "identity"
        } else {
            "portfolio"
        };
        for (method, path, op) in operations(spec) {
            let cell = format!("| {api} `{method} {path}` |");
            assert!(
                section.contains(&cell),
                "README's ODC coverage table lacks {cell} ({op})"
            );
            listed += 1;
        }
    }
    let rows = section
        .lines()
        .filter(|l| l.starts_with("| identity `") || l.starts_with("| portfolio `"))
        .count();
    assert_eq!(rows, listed, "one row per operation, no more");
}

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
