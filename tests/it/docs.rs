//! completions/ and man/ are generated from the clap definitions and
//! checked in; this fails when they are stale. Regenerate with
//! `scripts/gen-docs.sh`.

use std::path::Path;

use crate::common::bin;

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
