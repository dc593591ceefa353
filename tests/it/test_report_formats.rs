//! `-o html` and `-o markdown`: reports a person opens outside a terminal.
//! The HTML page is checked in a real headless Chromium (Debian's
//! `chromium`, which `.ci/run` installs): it renders every row, its filter
//! works, and it loads nothing.

use std::path::Path;
use std::process::Command;

use crate::common::{Platform, Sandbox, TestEnv, Transcript, snapshot_settings};

fn run(env: &TestEnv, p: Platform, sb: &Sandbox, args: &[&str]) -> Transcript {
    Transcript::of(env.on(p, sb).args(args))
}

/// The page after Chromium ran its script: `--dump-dom` of the file, with
/// `fragment` in its address (`#filter=...` fills the page's filter). A
/// line of script added to a copy counts what the page fetched.
fn rendered(page: &str, dir: &Path, fragment: &str) -> String {
    let chromium = ["chromium", "chromium-browser"]
        .into_iter()
        .find(|c| {
            Command::new(c)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
        .expect("headless Chromium is needed: `apt-get install chromium` (as .ci/run does)");
    let probe = "<script>document.body.dataset.fetched = \
                 performance.getEntriesByType('resource').length;</script>";
    let copy = dir.join("page.html");
    std::fs::write(&copy, page.replace("</body>", &format!("{probe}</body>"))).unwrap();
    let profile = tempfile::tempdir().unwrap();
    let out = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--virtual-time-budget=3000",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(format!("file://{}{fragment}", copy.display()))
        .output()
        .expect("chromium runs");
    assert!(
        out.status.success(),
        "chromium: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let a = text.find(start).map(|i| i + start.len()).unwrap_or(0);
    let b = text[a..].find(end).map(|i| a + i).unwrap_or(text.len());
    &text[a..b]
}

#[test]
fn access_report_html_renders_filters_and_loads_nothing() {
    let sb = Sandbox::start(&["--seed-users", "30"]);
    let env = TestEnv::new();
    let rows = run(
        &env,
        Platform::Odc,
        &sb,
        &["access", "report", "-o", "ndjson"],
    );
    assert_eq!(rows.code(), 0, "{rows}");
    let records: Vec<serde_json::Value> = rows
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(records.len() > 10, "{rows}");
    let t = run(
        &env,
        Platform::Odc,
        &sb,
        &["access", "report", "-o", "html"],
    );
    assert_eq!(t.code(), 0, "{t}");
    let page = &t.stdout;

    // Self-contained: nothing in it names another resource.
    for link in ["src=", "href=", "url(", "@import", "http://", "https://"] {
        assert!(!page.contains(link), "the page names a resource ({link})");
    }
    assert!(page.contains("Content-Security-Policy\" content=\"default-src 'none'"));
    assert!(page.contains("<title>iamctl access report"));

    // In a browser: every row, the source of each grant, nothing fetched.
    let dom = rendered(page, env.path(), "");
    let body = between(&dom, "<tbody>", "</tbody>");
    assert_eq!(body.matches("<tr").count(), records.len());
    assert_eq!(body.matches("<tr hidden").count(), 0);
    for r in &records {
        let source = r["source"].as_str().unwrap();
        assert!(body.contains(&format!("<td>{source}</td>")), "{source}");
    }
    assert!(
        dom.contains("data-fetched=\"0\""),
        "the page fetched something"
    );

    // Its filter: one user's rows shown, the others hidden.
    let user = records[0]["user"].as_str().unwrap();
    let theirs = records.iter().filter(|r| r["user"] == user).count();
    let dom = rendered(page, env.path(), &format!("#filter={user}"));
    let body = between(&dom, "<tbody>", "</tbody>");
    assert_eq!(body.matches("<tr hidden").count(), records.len() - theirs);
    assert_eq!(
        between(&dom, "<span id=\"shown\">", "<"),
        theirs.to_string()
    );

    // The user × role matrix: one row per user.
    let users: std::collections::BTreeSet<&str> = records
        .iter()
        .map(|r| r["user"].as_str().unwrap())
        .collect();
    let matrix = between(&dom, "id=\"matrix\"", "</table>");
    assert_eq!(
        between(matrix, "<tbody>", "</tbody>")
            .matches("<tr>")
            .count(),
        users.len()
    );
}

/// `users access` and `access holders` write pages on every platform.
#[test]
fn users_access_html_on_every_platform() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    for p in [Platform::Odc, Platform::Valuekeep, Platform::Descope] {
        let list = run(&env, p, &sb, &["users", "list", "-L", "1", "-o", "json"]);
        let v: serde_json::Value = serde_json::from_str(&list.stdout).unwrap();
        let u = &v[0];
        let user = [&u["email"], &u["userKey"], &u["loginIds"][0]]
            .into_iter()
            .find_map(|f| f.as_str())
            .unwrap()
            .to_string();
        let user = if p == Platform::Valuekeep {
            u["userKey"].as_str().unwrap().to_string()
        } else {
            user
        };
        let t = run(&env, p, &sb, &["users", "access", &user, "-o", "html"]);
        assert_eq!(t.code(), 0, "{p:?}\n{t}");
        assert!(t.stdout.starts_with("<!DOCTYPE html>"), "{p:?}\n{t}");
        assert!(t.stdout.ends_with("</html>\n"), "{p:?}\n{t}");
    }
}

#[test]
fn diff_between_stages_as_markdown() {
    let sb = Sandbox::start(&["--seed-users", "12"]);
    let env = TestEnv::new();
    let t = run(
        &env,
        Platform::Odc,
        &sb,
        &[
            "diff",
            "--from-stage",
            "Development",
            "--to-stage",
            "Production",
            "-o",
            "markdown",
        ],
    );
    assert_eq!(t.code(), 0, "{t}");
    let lines: Vec<&str> = t.stdout.lines().collect();
    assert_eq!(lines[0], "### iamctl diff");
    assert!(lines[2].starts_with("Profile `env` (ODC), "), "{t}");
    assert_eq!(lines[4], "| ACTION | USER | TARGET | DETAIL |");
    assert_eq!(lines[5], "| --- | --- | --- | --- |");
    let rows = &lines[6..];
    assert!(!rows.is_empty(), "{t}");
    for r in rows {
        assert!(
            r.starts_with("| ") && r.ends_with(" |") && r.matches(" | ").count() == 3,
            "{r}"
        );
    }
}

/// A report format elsewhere is refused before anything runs, in the same
/// words on every platform.
#[test]
fn report_formats_are_refused_where_no_report_is_written() {
    let sb = Sandbox::start(&["--seed-users", "2"]);
    let env = TestEnv::new();
    for p in [Platform::Odc, Platform::Valuekeep, Platform::Descope] {
        let t = run(&env, p, &sb, &["users", "list", "-o", "html"]);
        snapshot_settings().bind(|| {
            insta::allow_duplicates! { insta::assert_snapshot!(t.to_string(), @r"
            [stdout]
            [stderr]
            error: -o html is offered by access report, access holders, users access and diff, not by `users list`
            hint: use -o table, json, ndjson, csv or tsv here
            [exit status: 2]
            ") };
        });
    }
    let t = run(
        &env,
        Platform::Odc,
        &sb,
        &["users", "delete", "x@example.com", "-o", "markdown"],
    );
    assert_eq!(t.code(), 2, "{t}");
    assert!(t.stderr.contains("and the plan of apply --dry-run"), "{t}");
}
