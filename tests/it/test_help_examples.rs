//! Every example of `--help` (and the man pages) runs as written against
//! the built-in sandbox profiles (`sandbox` as the default profile, as a
//! reader's own default would be), in a shell, from a folder holding the
//! files the examples name. `prod` and `staging` are the reader's own
//! profiles: here two profiles on a sandbox started for the test.
//! Each command's examples run in their own copy of one prepared world
//! (the users, keys and files they name), so no example depends on what
//! another created or deleted; those that ask run on a terminal.
//! And no example line is wider than an 80-column help allows.

use std::time::Duration;

use crate::common::{Sandbox, TestEnv, bin, run};

fn files(dir: &std::path::Path) {
    let w = |name: &str, text: &str| std::fs::write(dir.join(name), text).unwrap();
    w("users.csv", "email,name\nnew.one@example.com,New One\n");
    w(
        "users.yaml",
        "users:\n  - email: ada@example.com\n    name: Ada King\n",
    );
    w("leavers.txt", "bob@example.com\n");
    w("leavers.csv", "email\nnobody.here@example.com\n");
    w("returning.txt", "ada@example.com\n");
    w("team.txt", "ada@example.com\n");
    w("changes.json", "{\"name\": \"Ada King\"}\n");
    // A 1x1 PNG.
    std::fs::write(
        dir.join("ada.png"),
        [
            0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48,
            0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00,
            0x00, 0x1f, 0x15, 0xc4, 0x89, 0x00, 0x00, 0x00, 0x0a, 0x49, 0x44, 0x41, 0x54, 0x78,
            0x9c, 0x63, 0x00, 0x01, 0x00, 0x00, 0x05, 0x00, 0x01, 0x0d, 0x0a, 0x2d, 0xb4, 0x00,
            0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
        ],
    )
    .unwrap();
}

/// The commands of one example text: continuation lines joined, comment
/// lines left out.
fn commands(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for line in iamctl::help::example_lines(text) {
        let line = line.trim();
        if line.starts_with('#') {
            continue;
        }
        if let Some(head) = line.strip_suffix(" \\") {
            current.push_str(head);
            current.push(' ');
            continue;
        }
        current.push_str(line);
        out.push(std::mem::take(&mut current));
    }
    out
}

/// Examples that do not run as written in a test, and why: they need
/// what a test has not (an OS keyring). Each is checked still to fail: one
/// that runs must leave the list.
const NOT_YET: &[(&str, &str)] = &[
    // Stores the secret in the OS keyring (asked for, hidden): none here.
    (
        "",
        r#"iamctl profile add prod --kind odc --portal acme.outsystems.dev --client-id ID"#,
    ),
    // Stores the secret in the OS keyring (asked for, hidden): none here.
    (
        "profile add",
        r#"iamctl profile add prod --kind odc --portal acme.outsystems.dev --client-id ID"#,
    ),
    // Stores the secret in the OS keyring: none here.
    (
        "profile add",
        r#"printf %s "$SECRET" | iamctl profile add prod --kind odc --portal acme.outsystems.dev --client-id ID --client-secret-stdin"#,
    ),
];

#[test]
fn no_example_line_wraps_in_80_columns() {
    for (path, text) in iamctl::help::EXAMPLES {
        for line in iamctl::help::example_lines(text) {
            assert!(
                line.chars().count() + 2 <= 80,
                "{path}: {line:?} is {} wide",
                line.chars().count()
            );
        }
    }
}

/// Copies folder `from` to `to` (made afresh), as `cp -R` does.
fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    let _ = std::fs::remove_dir_all(to);
    std::fs::create_dir_all(to.parent().unwrap()).unwrap();
    if !from.exists() {
        std::fs::create_dir_all(to).unwrap();
        return;
    }
    let st = std::process::Command::new("cp")
        .arg("-R")
        .arg(from)
        .arg(to)
        .status()
        .unwrap();
    assert!(st.success(), "cp -R {} {}", from.display(), to.display());
}

/// Examples that ask on a terminal (a confirmation, a hidden password):
/// they run on one (`script`), answered as a reader would.
const ON_A_TERMINAL: &[(&str, &str, &str)] = &[
    (
        "users password set",
        "iamctl -p sandbox-descope users password set ada@example.com --active",
        "Example-Passw0rd!",
    ),
    (
        "users sso-apps set",
        "iamctl -p sandbox-descope users sso-apps set ada@example.com app-crm",
        "y",
    ),
    (
        "users sso-apps set",
        "iamctl -p sandbox-descope users sso-apps set ada@example.com",
        "y",
    ),
    ("profile remove", "iamctl profile remove prod", "y"),
];

/// Runs `sh -c line` (as `cmd` would) on a pseudo-terminal made by
/// `script`, typing `answer` once it asks (`[y/N]` or a `password:`
/// prompt): its exit code and what the terminal showed.
fn on_a_terminal(mut cmd: std::process::Command, line: &str, answer: &str) -> (i32, String) {
    use std::io::{Read, Write};
    use std::process::Stdio;
    use std::sync::mpsc;
    cmd.args(["-qec", line, "/dev/null"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("run script");
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel::<Vec<u8>>();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = stdout.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    let mut seen = String::new();
    let mut answered = false;
    loop {
        match rx.recv_timeout(Duration::from_millis(100)) {
            Ok(chunk) => seen.push_str(&String::from_utf8_lossy(&chunk)),
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
            Err(mpsc::RecvTimeoutError::Timeout) => {}
        }
        if !answered && (seen.contains("[y/N]") || seen.to_lowercase().contains("password:")) {
            // The prompt is up: give it a moment to read the terminal.
            std::thread::sleep(Duration::from_millis(200));
            stdin.write_all(format!("{answer}\n").as_bytes()).unwrap();
            stdin.flush().unwrap();
            answered = true;
        }
        if std::time::Instant::now() > deadline {
            child.kill().ok();
            break;
        }
    }
    drop(stdin);
    let code = child.wait().unwrap().code().unwrap_or(-1);
    (code, seen)
}

/// Replaces each `(from, to)` in every file under `dir`.
fn rekey(dir: &std::path::Path, keys: &[(&str, &str)]) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            rekey(&p, keys);
        } else if let Ok(text) = std::fs::read_to_string(&p) {
            let mut t = text.clone();
            for (from, to) in keys {
                assert!(!from.is_empty());
                t = t.replace(from, to);
            }
            if t != text {
                std::fs::write(&p, t).unwrap();
            }
        }
    }
}

/// What the examples of a command assume beyond the common world, made
/// before they run (in their own copy of it).
const WORLD: &[(&str, &str)] = &[
    ("users create", "iamctl users delete ada@example.com --yes"),
    (
        "groups create",
        r#"iamctl groups delete "Sales Team" --stage Production --yes"#,
    ),
    (
        "users roles add",
        "iamctl -p sandbox-descope users tenants add ada@example.com T-acme",
    ),
    (
        "roles update",
        r#"iamctl roles create "Security Auditor" --org"#,
    ),
    ("roles delete", "iamctl roles create Auditor --org"),
    (
        "roles set",
        r#"iamctl -p sandbox-valuekeep roles create "Shift Lead" --key SHIFTLEAD"#,
    ),
    (
        "users sso-apps remove",
        "iamctl -p sandbox-descope users sso-apps add ada@example.com app-crm app-wiki",
    ),
    // Descope's administration: what each command's examples change is made
    // first (each command runs against its own copy of the world).
    (
        "permissions update",
        "iamctl -p sandbox-descope permissions create reports.read",
    ),
    (
        "permissions delete",
        "iamctl -p sandbox-descope permissions create reports.view",
    ),
    (
        "tenants update",
        "iamctl -p sandbox-descope tenants create Zeta",
    ),
    (
        "tenants delete",
        "iamctl -p sandbox-descope tenants create Zeta",
    ),
    (
        "access-keys get",
        "iamctl -p sandbox-descope access-keys create ci-deploy",
    ),
    (
        "access-keys update",
        "iamctl -p sandbox-descope access-keys create ci-deploy",
    ),
    (
        "access-keys activate",
        "iamctl -p sandbox-descope access-keys create ci-deploy",
    ),
    (
        "access-keys deactivate",
        "iamctl -p sandbox-descope access-keys create ci-deploy",
    ),
    (
        "access-keys rotate",
        "iamctl -p sandbox-descope access-keys create ci-deploy",
    ),
    (
        "access-keys delete",
        "iamctl -p sandbox-descope access-keys create ci-deploy",
    ),
    (
        "roles update",
        "iamctl -p sandbox-descope roles create Reporter",
    ),
    (
        "roles delete",
        "iamctl -p sandbox-descope roles create Clerk --tenant Acme",
    ),
];

#[test]
fn every_help_example_runs_as_written() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let bindir = env.path().join("bin");
    std::fs::create_dir_all(&bindir).unwrap();
    std::os::unix::fs::symlink(bin(), bindir.join("iamctl")).unwrap();
    let path = format!(
        "{}:{}",
        bindir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    // The world every example starts from: `base/` (config, cache with the
    // built-in sandboxes' state, home, the folder of files), prepared once;
    // each example text runs in a fresh copy of it, so that no example
    // depends on what an earlier one created, changed or deleted.
    let base = env.path().join("base");
    let shell_in = |root: &std::path::Path, line: &str, limit: Duration| {
        let mut sh = assert_cmd::Command::new("sh");
        sh.current_dir(root.join("work"))
            .env_clear()
            .env("PATH", &path)
            .env("HOME", root.join("home"))
            .env("IAMCTL_CONFIG_DIR", root.join("config"))
            .env("IAMCTL_CACHE_DIR", root.join("cache"))
            .env("IAMCTL_NO_KEYRING", "1")
            .env("NO_COLOR", "1")
            .env("COLUMNS", "100")
            .env("IAMCTL_PROFILE", "sandbox")
            .env("PROD_SECRET", "sandbox-secret")
            .env("ODC_SECRET", "sandbox-secret")
            .env("SECRET", "sandbox-secret")
            .env("PW", "Example-Passw0rd!")
            .timeout(limit)
            .args(["-c", line]);
        run(&mut sh)
    };
    let terminal_in = |root: &std::path::Path, line: &str, answer: &str| {
        let mut cmd = std::process::Command::new("script");
        cmd.current_dir(root.join("work"))
            .env_clear()
            .env("PATH", &path)
            .env("HOME", root.join("home"))
            .env("IAMCTL_CONFIG_DIR", root.join("config"))
            .env("IAMCTL_CACHE_DIR", root.join("cache"))
            .env("IAMCTL_NO_KEYRING", "1")
            .env("NO_COLOR", "1")
            .env("TERM", "dumb")
            .env("COLUMNS", "100")
            .env("IAMCTL_PROFILE", "sandbox")
            .env("SHELL", "/bin/sh");
        on_a_terminal(cmd, line, answer)
    };
    for d in ["work", "home", "config", "cache"] {
        std::fs::create_dir_all(base.join(d)).unwrap();
    }
    files(&base.join("work"));
    let setup = |line: &str| {
        let out = shell_in(&base, line, Duration::from_secs(60));
        assert_eq!(out.code, 0, "setup: {line}\n{}", out.stderr);
    };
    // The reader's own profiles, on a sandbox of their own.
    for name in ["prod", "staging"] {
        setup(&format!(
            "iamctl profile add {name} --kind odc --portal {} --client-id sandbox-client --secret env:PROD_SECRET",
            sb.url
        ));
    }
    // The users the examples name, on each built-in sandbox.
    for p in ["sandbox", "sandbox-valuekeep", "sandbox-descope"] {
        for (email, name) in [
            ("ada@example.com", "Ada King"),
            ("bob@example.com", "Bob Stone"),
            ("ana@example.com", "Ana Costa"),
            ("bea@example.com", "Bea Dias"),
        ] {
            setup(&format!(
                "iamctl -p {p} users create --email {email} --name '{name}'"
            ));
        }
    }
    // On Valuekeep, users are named by their user key.
    for (email, name, key) in [
        ("ana.costa1@example.com", "Ana Costa", "ana.costa1"),
        ("bruno.dias2@example.com", "Bruno Dias", "bruno.dias2"),
    ] {
        setup(&format!(
            "iamctl -p sandbox-valuekeep users create --email {email} --name '{name}' --user-key {key}"
        ));
    }
    // Valuekeep's ada has a picture to download.
    setup(
        "iamctl -p sandbox-valuekeep users set ada@example.com picture https://example.com/ada.png",
    );
    // The keys the examples name: ada's (ODC) and the claim mapping of
    // Support in Production are given them, in the state and the caches.
    let key_of = |line: &str| {
        let out = shell_in(&base, line, Duration::from_secs(60));
        assert_eq!(out.code, 0, "setup: {line}\n{}", out.stderr);
        out.stdout.trim().to_string()
    };
    let ada = key_of("iamctl users get ada@example.com --jq .key");
    let mapping = key_of(
        "iamctl groups claim-mappings list Support --stage Production -o json --jq '.[0].key'",
    );
    rekey(
        &base.join("cache"),
        &[
            (ada.as_str(), "3fa85f64-5717-4562-b3fc-2c963f66afa6"),
            (mapping.as_str(), "6f1c2a9e-0b7d-4c1e-9a55-2d8f3e4b7c10"),
        ],
    );
    let mut failed = Vec::new();
    let mut ran = 0;
    for (i, (path, text)) in iamctl::help::EXAMPLES.iter().enumerate() {
        let root = env.path().join("run").join(i.to_string());
        for d in ["work", "home", "config", "cache"] {
            copy_dir(&base.join(d), &root.join(d));
        }
        let shell = |line: &str| shell_in(&root, line, Duration::from_secs(60));
        for (p, line) in WORLD {
            if p == path {
                let out = shell(line);
                assert_eq!(
                    out.code, 0,
                    "[{path}] before the examples: {line}\n{}",
                    out.stderr
                );
            }
        }
        for line in commands(text) {
            ran += 1;
            // `iamctl sandbox` serves until stopped: it runs as written
            // when it says where it listens (or that its port is taken).
            if *path == "sandbox" {
                // `exec`: the timeout stops the sandbox itself, not a shell.
                let out = shell_in(&root, &format!("exec {line}"), Duration::from_secs(3));
                if !out.stderr.contains("sandbox: ODC at") && !out.stderr.contains("in use") {
                    failed.push(format!("[{path}] {line}\n    {}", out.stderr));
                }
                continue;
            }
            if let Some((_, _, answer)) = ON_A_TERMINAL
                .iter()
                .find(|(p, l, _)| p == path && *l == line)
            {
                let (code, seen) = terminal_in(&root, &line, answer);
                if code != 0 {
                    failed.push(format!("[{path}] {line}\n    exit {code}: {seen}"));
                }
                continue;
            }
            let out = shell(&line);
            let ok = out.code == 0 || (line.contains("--detailed-exitcode") && out.code == 10);
            if !ok {
                failed.push(format!(
                    "[{path}] {line}\n    exit {}: {}",
                    out.code,
                    out.stderr.lines().next().unwrap_or_default()
                ));
            }
        }
        let _ = std::fs::remove_dir_all(&root);
    }
    assert!(ran > 100, "{ran} examples");
    let new: Vec<&String> = failed
        .iter()
        .filter(|f| {
            !NOT_YET
                .iter()
                .any(|(p, l)| f.starts_with(&format!("[{p}] {l}\n")))
        })
        .collect();
    assert!(
        new.is_empty(),
        "{} of {ran} examples fail as written:\n{}",
        new.len(),
        new.iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
    let fixed: Vec<String> = NOT_YET
        .iter()
        .filter(|(p, l)| {
            !failed
                .iter()
                .any(|f| f.starts_with(&format!("[{p}] {l}\n")))
        })
        .map(|(p, l)| format!("[{p}] {l}"))
        .collect();
    assert!(
        fixed.is_empty(),
        "these examples run now: take them off NOT_YET:\n{}",
        fixed.join("\n")
    );
}
