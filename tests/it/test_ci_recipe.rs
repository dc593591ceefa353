//! Issue 24: iamctl in a user's CI. `scripts/install.sh` (the plain shell
//! installer, also behind the composite action) installs a release archive
//! only when its SHA-256 matches; the README's "In CI" snippets
//! (`examples/ci/`) run as written against the sandbox; the README shows
//! exactly the example files, and the workflows carry the same shell.
//! Offline: the archives are packed here, as the release workflow packs them.

use std::path::{Path, PathBuf};
use std::process::Command;

use sha2::{Digest, Sha256};

use crate::common::{Sandbox, TestEnv, bin, run, snapshot_settings};

const VERSION: &str = "9.8.7";
const TARGET: &str = "x86_64-unknown-linux-musl";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// `iamctl-vVERSION-TARGET.tar.gz` in `dir` (the test's binary, the README,
/// the licences), with its `.sha256` beside it as the release publishes
/// it; returns the archive's checksum.
fn pack(dir: &Path) -> String {
    let name = format!("iamctl-v{VERSION}-{TARGET}");
    let stage = dir.join("stage").join(&name);
    std::fs::create_dir_all(&stage).unwrap();
    std::fs::copy(bin(), stage.join("iamctl")).unwrap();
    for f in ["README.md", "LICENSE-MIT", "LICENSE-APACHE"] {
        std::fs::copy(root().join(f), stage.join(f)).unwrap();
    }
    let archive = dir.join(format!("{name}.tar.gz"));
    let ok = Command::new("tar")
        .arg("-czf")
        .arg(&archive)
        .arg("-C")
        .arg(dir.join("stage"))
        .arg(&name)
        .status()
        .unwrap();
    assert!(ok.success());
    let sum = sha256_hex(&std::fs::read(&archive).unwrap());
    std::fs::write(
        dir.join(format!("{name}.tar.gz.sha256")),
        format!("{sum}  {name}.tar.gz\n"),
    )
    .unwrap();
    sum
}

/// `sh scripts/install.sh` with a clean environment and these variables.
fn install(env: &TestEnv, vars: &[(&str, &str)]) -> assert_cmd::Command {
    let mut c = assert_cmd::Command::new("sh");
    c.arg(root().join("scripts/install.sh"))
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", env.path().join("home"))
        .env("IAMCTL_VERSION", VERSION)
        .env("IAMCTL_TARGET", TARGET)
        .env("IAMCTL_INSTALL_DIR", env.path().join("bin"));
    for (k, v) in vars {
        c.env(k, v);
    }
    c
}

fn redact(text: &str, env: &TestEnv, sum: &str) -> String {
    text.replace(&env.path().display().to_string(), "[TMP]")
        .replace(sum, "[SHA256]")
        .replace(env!("CARGO_PKG_VERSION"), "[VERSION]")
}

#[test]
fn install_script_installs_a_verified_archive() {
    let env = TestEnv::new();
    let releases = env.path().join("releases");
    std::fs::create_dir_all(&releases).unwrap();
    let sum = pack(&releases);
    let out = run(&mut install(
        &env,
        &[("IAMCTL_DOWNLOAD_URL", releases.to_str().unwrap())],
    ));
    let shown = format!(
        "[stdout]\n{}[stderr]\n{}[exit status: {}]",
        redact(&out.stdout, &env, &sum),
        redact(&out.stderr, &env, &sum),
        out.code
    );
    insta::assert_snapshot!(shown, @r"
    [stdout]
    [TMP]/bin/iamctl
    [stderr]
    iamctl install: downloading iamctl-v9.8.7-x86_64-unknown-linux-musl.tar.gz from [TMP]/releases
    iamctl install: checksum verified: [SHA256]
    iamctl install: installed iamctl [VERSION] (x86_64-unknown-linux-musl) in [TMP]/bin
    [exit status: 0]
    ");
    // The installed binary is the packed one, and it runs.
    let installed = env.path().join("bin/iamctl");
    assert_eq!(
        std::fs::read(&installed).unwrap(),
        std::fs::read(bin()).unwrap()
    );
    let v = run(assert_cmd::Command::new(&installed).arg("--version")).ok();
    assert_eq!(
        v.stdout.trim(),
        format!("iamctl {}", env!("CARGO_PKG_VERSION"))
    );

    // From a file:// URL too, over an existing install.
    let url = format!("file://{}", releases.display());
    run(&mut install(&env, &[("IAMCTL_DOWNLOAD_URL", &url)])).ok();
}

#[test]
fn install_script_refuses_a_wrong_checksum() {
    let env = TestEnv::new();
    let releases = env.path().join("releases");
    std::fs::create_dir_all(&releases).unwrap();
    let sum = pack(&releases);
    let url = releases.to_str().unwrap().to_string();
    let installed = env.path().join("bin/iamctl");
    let wrong = "0".repeat(64);

    // A pinned checksum that is not the archive's: nothing installed.
    let out = run(&mut install(
        &env,
        &[("IAMCTL_DOWNLOAD_URL", &url), ("IAMCTL_SHA256", &wrong)],
    ))
    .expect(1);
    insta::assert_snapshot!(redact(&out.stderr, &env, &sum), @r"
    iamctl install: downloading iamctl-v9.8.7-x86_64-unknown-linux-musl.tar.gz from [TMP]/releases
    iamctl install: checksum mismatch for iamctl-v9.8.7-x86_64-unknown-linux-musl.tar.gz: expected 0000000000000000000000000000000000000000000000000000000000000000 (IAMCTL_SHA256), got [SHA256]; nothing installed
    ");
    assert_eq!(out.stdout, "");
    assert!(!installed.exists());

    // A tampered archive against the published .sha256: refused too.
    let name = format!("iamctl-v{VERSION}-{TARGET}.tar.gz");
    let mut bytes = std::fs::read(releases.join(&name)).unwrap();
    bytes.extend_from_slice(b"tampered");
    std::fs::write(releases.join(&name), &bytes).unwrap();
    let out = run(&mut install(&env, &[("IAMCTL_DOWNLOAD_URL", &url)])).expect(1);
    assert!(
        out.stderr.contains(&format!(
            "checksum mismatch for {name}: expected {sum} ({name}.sha256), got {}; nothing installed",
            sha256_hex(&bytes)
        )),
        "{}",
        out.stderr
    );
    assert!(!installed.exists());

    // The right pinned checksum (upper case, as some tools print it)
    // installs without the .sha256 file.
    let env2 = TestEnv::new();
    let releases2 = env2.path().join("releases");
    std::fs::create_dir_all(&releases2).unwrap();
    let sum2 = pack(&releases2);
    std::fs::remove_file(releases2.join(format!("{name}.sha256"))).unwrap();
    let out = run(&mut install(
        &env2,
        &[
            ("IAMCTL_DOWNLOAD_URL", releases2.to_str().unwrap()),
            ("IAMCTL_SHA256", &sum2.to_uppercase()),
        ],
    ))
    .ok();
    assert!(out.stderr.contains("checksum verified"), "{}", out.stderr);
    assert!(env2.path().join("bin/iamctl").exists());

    // No version: says how to give one.
    let mut c = install(&env2, &[("IAMCTL_DOWNLOAD_URL", &url)]);
    c.env_remove("IAMCTL_VERSION");
    let out = run(&mut c).expect(1);
    assert!(
        out.stderr.contains("IAMCTL_VERSION=1.2.3"),
        "{}",
        out.stderr
    );
}

#[test]
fn install_script_names_this_machines_target() {
    let out = run(assert_cmd::Command::new("sh")
        .arg(root().join("scripts/install.sh"))
        .arg("--print-target"))
    .ok();
    let arch = match std::env::consts::ARCH {
        "aarch64" => "aarch64",
        _ => "x86_64",
    };
    let want = match std::env::consts::OS {
        "linux" => format!("{arch}-unknown-linux-musl\n"),
        "macos" => format!("{arch}-apple-darwin\n"),
        _ => "x86_64-pc-windows-msvc\n".to_string(),
    };
    assert_eq!(out.stdout, want);
}

/// A directory with the installed binary on PATH, users.yaml, and the
/// scripts of examples/ci/, as a user's CI job has them.
struct Job {
    env: TestEnv,
    work: PathBuf,
    path: String,
}

impl Job {
    fn new() -> Job {
        let env = TestEnv::new();
        let releases = env.path().join("releases");
        std::fs::create_dir_all(&releases).unwrap();
        pack(&releases);
        run(&mut install(
            &env,
            &[("IAMCTL_DOWNLOAD_URL", releases.to_str().unwrap())],
        ))
        .ok();
        let work = env.path().join("work");
        std::fs::create_dir_all(&work).unwrap();
        for f in ["users.yaml", "rehearse.sh", "drift.sh"] {
            std::fs::copy(root().join("examples/ci").join(f), work.join(f)).unwrap();
        }
        let path = format!(
            "{}:{}",
            env.path().join("bin").display(),
            std::env::var("PATH").unwrap_or_default()
        );
        Job { env, work, path }
    }

    /// `sh -e SCRIPT` in the job's directory (as GitLab and GitHub run a
    /// step), with only PATH, HOME and iamctl's own directories set.
    fn sh(&self, script: &str) -> assert_cmd::Command {
        let mut c = assert_cmd::Command::new("sh");
        c.arg("-e")
            .arg(script)
            .current_dir(&self.work)
            .env_clear()
            .env("PATH", &self.path)
            .env("HOME", self.env.path().join("home"))
            .env("IAMCTL_CONFIG_DIR", self.env.path().join("config"))
            .env("IAMCTL_CACHE_DIR", self.env.path().join("cache"))
            .env("IAMCTL_NO_KEYRING", "1")
            .env("NO_COLOR", "1")
            .env("COLUMNS", "200");
        c
    }
}

/// The rehearsal, as written: starts `iamctl sandbox` (the installed
/// binary's), applies users.yaml, and a second run has nothing to do.
#[test]
fn ci_rehearsal_runs_against_the_sandbox() {
    let job = Job::new();
    let out = run(&mut job.sh("rehearse.sh"));
    assert_eq!(out.code, 0, "{}\n{}", out.stdout, out.stderr);
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(out.stdout, @r#"
        + create            ada@example.com  (name "Ada Lovelace", active)
        + add-to-group      ada@example.com  Development/Support
        + grant             ada@example.com  SalesPortal/Development/Viewer
        + create            alan@example.com  (name "Alan Turing", active)
        + grant             alan@example.com  org:Developer
        Plan: 2 to create, 0 to update, 3 membership changes, 0 to delete.
        Plan: 0 to create, 0 to update, 0 membership changes, 0 to delete.
        "#);
    });
    assert!(out.stderr.contains("Done: 2 created"), "{}", out.stderr);
}

/// The scheduled drift check: 0 while the tenant matches users.yaml; once
/// someone changes a user by hand, it fails and shows what differs.
#[test]
fn ci_drift_check_fails_on_drift() {
    let job = Job::new();
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let on_tenant = |c: &mut assert_cmd::Command| {
        c.env("IAMCTL_KIND", "odc")
            .env("IAMCTL_PORTAL", &sb.url)
            .env("IAMCTL_CLIENT_ID", "sandbox-client")
            .env("IAMCTL_CLIENT_SECRET", "sandbox-secret");
    };
    let mut apply = job.env.cmd();
    on_tenant(&mut apply);
    apply.env("PATH", &job.path).current_dir(&job.work).args([
        "apply",
        "-f",
        "users.yaml",
        "--yes",
    ]);
    run(&mut apply).ok();

    let mut drift = job.sh("drift.sh");
    on_tenant(&mut drift);
    let out = run(&mut drift).ok();
    assert_eq!(out.stdout, "");

    let mut change = job.env.cmd();
    on_tenant(&mut change);
    change.args(["users", "set", "ada@example.com", "name", "Ada King"]);
    run(&mut change).ok();

    let mut drift = job.sh("drift.sh");
    on_tenant(&mut drift);
    let out = run(&mut drift).expect(1);
    assert!(
        out.stderr
            .contains("drift: the tenant no longer matches users.yaml"),
        "{}",
        out.stderr
    );
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(out.stdout, @r#"
        ~ update            ada@example.com  name  ("Ada King" -> "Ada Lovelace")
        Plan: 0 to create, 1 to update, 0 membership changes, 0 to delete.
        "#);
    });
}

/// The README's "In CI" shows the example files as they are, and the
/// workflows run the same shell as the scripts the tests above run.
#[test]
fn readme_in_ci_shows_the_checked_examples() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let section = readme
        .split("\n## In CI\n")
        .nth(1)
        .expect("README has an \"In CI\" section");
    let section = &section[..section.find("\n## ").unwrap_or(section.len())];
    for (file, lang) in [
        ("users.yaml", "yaml"),
        ("rehearse.sh", "sh"),
        ("drift.sh", "sh"),
        ("github-provision.yml", "yaml"),
        ("github-drift.yml", "yaml"),
        ("gitlab-ci.yml", "yaml"),
    ] {
        let text = std::fs::read_to_string(root().join("examples/ci").join(file)).unwrap();
        let block = format!("```{lang}\n{text}```\n");
        assert!(
            section.contains(&block),
            "README's \"In CI\" lacks examples/ci/{file} as it is"
        );
    }
    assert!(section.contains(".github/actions/setup-iamctl"));
    for var in [
        "IAMCTL_KIND",
        "IAMCTL_PORTAL",
        "IAMCTL_CLIENT_ID",
        "IAMCTL_CLIENT_SECRET",
    ] {
        assert!(section.contains(var), "{var}");
    }

    // Every workflow's step that rehearses or checks drift runs the script.
    let runs = |file: &str| -> Vec<String> {
        use serde_norway::Value;
        fn walk(v: &Value, out: &mut Vec<String>) {
            match v {
                Value::Mapping(m) => {
                    for (k, v) in m {
                        match (k.as_str(), v) {
                            (Some("run"), Value::String(s)) => out.push(s.clone()),
                            (Some("script"), Value::Sequence(a)) => {
                                out.extend(a.iter().filter_map(|s| s.as_str().map(str::to_string)))
                            }
                            _ => walk(v, out),
                        }
                    }
                }
                Value::Sequence(a) => a.iter().for_each(|v| walk(v, out)),
                _ => {}
            }
        }
        let y: Value = serde_norway::from_str(
            &std::fs::read_to_string(root().join("examples/ci").join(file)).unwrap(),
        )
        .unwrap();
        let mut out = Vec::new();
        walk(&y, &mut out);
        out
    };
    let rehearse = std::fs::read_to_string(root().join("examples/ci/rehearse.sh")).unwrap();
    let drift = std::fs::read_to_string(root().join("examples/ci/drift.sh")).unwrap();
    for (file, want) in [
        ("github-provision.yml", &rehearse),
        ("github-drift.yml", &drift),
        ("gitlab-ci.yml", &rehearse),
        ("gitlab-ci.yml", &drift),
    ] {
        assert!(
            runs(file).iter().any(|r| r == want),
            "examples/ci/{file} does not run the script as it is"
        );
    }
}
