//! Issue 21 (items 5, 10) and issue 20 (item 6): what `users lifecycle
//! --from FILE` reads. A header line is never a user (one column or many,
//! BOM or not), a cell naming two users is refused rather than cut, a
//! BOM-prefixed JSON file is read, and iamctl's own `users list -o csv|tsv`
//! output (or a spreadsheet's, with its own header) is taken, saying on
//! stderr which column was used.

use crate::common::*;

fn settings() -> insta::Settings {
    snapshot_settings()
}

/// Valuekeep: a one-column leavers file whose header is `email` deletes the
/// user listed and leaves the user whose key is `email` alone.
#[test]
fn a_one_column_header_is_not_a_user_to_delete() {
    let sb = Sandbox::start(&["--seed-users", "3"]);
    let env = TestEnv::new();
    let vk = || env.on(Platform::Valuekeep, &sb);
    run(vk().args([
        "users",
        "create",
        "--email",
        "email@example.com",
        "--name",
        "Email",
    ]))
    .ok();
    run(vk().args(["users", "get", "email", "-o", "json"])).ok();
    let mut log = String::new();
    for (name, text) in [
        ("plain.csv", "email\nkatia.pereira1@example.com\n"),
        (
            "bom.csv",
            "\u{feff}email\r\ncarla.ferreira2@example.com\r\n",
        ),
    ] {
        let file = env.path().join(name);
        std::fs::write(&file, text).unwrap();
        let t = Transcript::of(vk().args([
            "users",
            "lifecycle",
            "delete",
            "--from",
            file.to_str().unwrap(),
            "--yes",
        ]))
        .redact(env.path().to_str().unwrap(), "[TMP]");
        log += &format!("--- {name}\n{t}");
    }
    settings().bind(|| insta::assert_snapshot!("lifecycle_header_is_not_a_user", log));
    // The user `email` is still there; the two listed are gone.
    run(vk().args(["users", "get", "email", "-o", "json"])).ok();
    run(vk().args(["users", "get", "katia.pereira1"])).expect(3);
    run(vk().args(["users", "get", "carla.ferreira2"])).expect(3);
}

/// Files that must be read, or refused with a clear error, each as a
/// `deactivate --dry-run` (nothing is written either way).
#[test]
fn lifecycle_files_are_read_or_refused_clearly() {
    let sb = Sandbox::start(&["--seed-users", "3"]);
    let env = TestEnv::new();
    let odc = || env.on(Platform::Odc, &sb);
    let tsv = run(odc().args(["users", "list", "-L", "2", "-o", "tsv"]))
        .ok()
        .stdout;
    let csv = run(odc().args(["users", "list", "-L", "2", "-o", "csv"]))
        .ok()
        .stdout;
    let emails: Vec<String> = tsv
        .lines()
        .skip(1)
        .map(|l| l.split('\t').nth(1).unwrap().to_string())
        .collect();
    let (a, b) = (&emails[0], &emails[1]);
    let files: Vec<(&str, String)> = vec![
        ("users-list.tsv", tsv.clone()),
        ("users-list.csv", csv.clone()),
        (
            "spreadsheet.csv",
            format!("Full Name,E-mail Address\nA,{a}\nB,{b}\n"),
        ),
        ("bom.csv", format!("\u{feff}name,email\r\nA,{a}\r\n")),
        ("bom.json", format!("\u{feff}[{{\"email\":\"{a}\"}}]")),
        ("bom.ndjson", format!("\u{feff}{{\"email\":\"{a}\"}}\n")),
        ("two-in-a-cell.csv", format!("email\n{a};{b}\n")),
        (
            "two-in-a-cell-of-many.csv",
            format!("name,email\nA,\"{a};{b}\"\n"),
        ),
        ("blank-cell.csv", format!("name,email\nA,{a}\nB,\n")),
        ("quoted-empty.txt", "\"\"\n".to_string()),
        ("no-user-column.csv", "name,phone\nA,1\n".to_string()),
        ("utf16.csv", "\u{0}e\u{0}m\u{0}a\u{0}i\u{0}l".to_string()),
    ];
    let mut log = String::new();
    for (name, text) in files {
        let file = env.path().join(name);
        std::fs::write(&file, text).unwrap();
        let t = Transcript::of(odc().args([
            "users",
            "lifecycle",
            "deactivate",
            "--from",
            file.to_str().unwrap(),
            "--dry-run",
            "-o",
            "json",
        ]))
        .redact(env.path().to_str().unwrap(), "[TMP]");
        let requests = t.stdout.matches("\"method\"").count();
        log += &format!(
            "--- {name}: exit {}, {requests} planned writes\n{}",
            t.code(),
            t.stderr
        );
    }
    let log = log
        .replace(a.as_str(), "[USER_A]")
        .replace(b.as_str(), "[USER_B]");
    settings().bind(|| insta::assert_snapshot!("lifecycle_files_read_or_refused", log));
}
