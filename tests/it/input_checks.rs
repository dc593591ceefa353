//! Issue 21, items 6 and 10: a blank user, group or role is refused before
//! any request on every platform; `users import --validate-only` and the
//! real run refuse the same rows (one check); duplicate keys in JSON and
//! YAML are refused rather than one of the two values silently kept.

use crate::common::*;

const PLATFORMS: [Platform; 3] = [Platform::Odc, Platform::Valuekeep, Platform::Descope];

#[test]
fn blank_users_groups_and_roles_are_refused_before_any_request() {
    let sb = Sandbox::start(&["--seed-users", "2"]);
    let env = TestEnv::new();
    let leavers = env.path().join("leavers.csv");
    std::fs::write(&leavers, "email\n\"\"\n").unwrap();
    let leavers = leavers.to_str().unwrap().to_string();
    let mut log = String::new();
    for platform in PLATFORMS {
        let cases: Vec<Vec<&str>> = vec![
            vec!["users", "delete", "", "--yes"],
            vec!["users", "set", " ", "name", "x"],
            vec!["users", "get", "\t"],
            vec!["users", "roles", "add", "someone@example.com", ""],
            vec!["users", "copy-access", "someone@example.com", " "],
            vec![
                "users",
                "roles",
                "add",
                "someone@example.com",
                "Viewer",
                "--stage",
                "",
            ],
            vec!["users", "lifecycle", "delete", "--from", &leavers, "--yes"],
        ];
        for args in cases {
            let out = run(env.on(platform, &sb).arg("-v").args(&args));
            let sent = requests(&out.stderr);
            log += &format!(
                "--- {platform:?} {args:?}: exit {}, {} requests\n{}",
                out.code,
                sent.len(),
                out.stderr.replace(&leavers, "[FILE]")
            );
        }
    }
    let log = log.replace(&leavers, "[FILE]");
    insta::with_settings!({prepend_module_to_snapshot => false, omit_expression => true}, {
        insta::assert_snapshot!("blank_names_refused", log);
    });
}

#[test]
fn validate_only_and_the_real_run_refuse_the_same_rows() {
    let sb = Sandbox::start(&["--seed-users", "1"]);
    let env = TestEnv::new();
    let long = "a".repeat(1_000_000);
    let file = env.path().join("users.csv");
    std::fs::write(
        &file,
        format!(
            "email,name\n<script>@example.com,X\nlong@example.com,{long}\nok@example.com,Ok\n\"a b\"@example.com,Y\nbell@example.com,Bell\u{7}\n"
        ),
    )
    .unwrap();
    let dupes = env.path().join("users.json");
    std::fs::write(
        &dupes,
        r#"[{"email":"one@example.com","active":true,"active":false},{"email":"two@example.com"}]"#,
    )
    .unwrap();
    let mut log = String::new();
    for platform in PLATFORMS {
        for f in [&file, &dupes] {
            let mut outcomes = Vec::new();
            for extra in [&["--validate-only"][..], &[][..]] {
                let out = run(env
                    .on(platform, &sb)
                    .args(["users", "import", f.to_str().unwrap(), "--results", "-"])
                    .args(extra));
                let rows: Vec<String> = out
                    .ndjson()
                    .iter()
                    .map(|r| {
                        format!(
                            "row {} {}: {}",
                            r["row"],
                            r["action"].as_str().unwrap(),
                            r["message"].as_str().unwrap_or("")
                        )
                    })
                    .collect();
                outcomes.push((
                    out.code,
                    rows,
                    out.stderr.lines().last().unwrap_or("").to_string(),
                ));
            }
            let (check, real) = (&outcomes[0], &outcomes[1]);
            // The rows the check refuses are the rows the run refuses.
            let refused = |o: &(i32, Vec<String>, String)| {
                o.1.iter()
                    .filter(|r| r.contains(" failed: "))
                    .cloned()
                    .collect::<Vec<_>>()
            };
            assert_eq!(
                refused(check),
                refused(real),
                "{platform:?} {}",
                f.display()
            );
            log += &format!(
                "--- {platform:?} {}\nvalidate-only: exit {}, {}\n  {}\nreal run: exit {}, {}\n",
                f.file_name().unwrap().to_str().unwrap(),
                check.0,
                check.2,
                check.1.join("\n  "),
                real.0,
                real.2
            );
        }
    }
    let log = log.replace(env.path().to_str().unwrap(), "[TMP]");
    insta::with_settings!({prepend_module_to_snapshot => false, omit_expression => true}, {
        insta::assert_snapshot!("validate_only_is_the_real_check", log);
    });
}

#[test]
fn apply_refuses_a_key_given_twice_and_reads_a_bom() {
    let sb = Sandbox::start(&["--seed-users", "1"]);
    let env = TestEnv::new();
    let twice = env.path().join("twice.yaml");
    std::fs::write(
        &twice,
        "users:\n  - email: ana@example.com\n    active: true\n    active: false\n",
    )
    .unwrap();
    let bom = env.path().join("bom.json");
    std::fs::write(
        &bom,
        "\u{feff}{\"users\":[{\"email\":\"ana@example.com\"}]}",
    )
    .unwrap();
    let mut log = String::new();
    for f in [&twice, &bom] {
        let t =
            Transcript::of(
                env.odc(&sb)
                    .args(["apply", "-f", f.to_str().unwrap(), "--dry-run"]),
            )
            .redact(env.path().to_str().unwrap(), "[TMP]");
        log += &format!("--- {}\n{t}", f.file_name().unwrap().to_str().unwrap());
    }
    snapshot_settings().bind(|| insta::assert_snapshot!("apply_duplicate_keys_and_bom", log));
}

/// Issue 21 item 8: `apply` sets `active` on existing users through the
/// shared vocabulary on every platform, as `users set` does.
#[test]
fn apply_sets_active_on_existing_users_on_every_platform() {
    let sb = Sandbox::start(&["--seed-users", "3"]);
    let env = TestEnv::new();
    let mut log = String::new();
    for platform in PLATFORMS {
        let users = run(env.on(platform, &sb).args(["users", "list", "-o", "json"]))
            .ok()
            .json();
        let email = users
            .as_array()
            .unwrap()
            .iter()
            .find_map(|u| u["email"].as_str())
            .unwrap()
            .to_string();
        let file = env.path().join(format!("{platform:?}.yaml"));
        std::fs::write(
            &file,
            format!("users:\n  - email: {email}\n    active: false\n"),
        )
        .unwrap();
        let t = Transcript::of(env.on(platform, &sb).args([
            "apply",
            "-f",
            file.to_str().unwrap(),
            "--yes",
        ]))
        .redact(&email, "[USER]");
        let again = run(env.on(platform, &sb).args([
            "apply",
            "-f",
            file.to_str().unwrap(),
            "--yes",
            "--detailed-exitcode",
        ]));
        let got = run(env
            .on(platform, &sb)
            .args(["users", "get", &email, "-o", "json"]))
        .ok()
        .json();
        let active = match platform {
            Platform::Odc => got["isActive"].clone(),
            Platform::Valuekeep => got["isActive"].clone(),
            Platform::Descope => serde_json::json!(got["status"] != "disabled"),
        };
        log += &format!(
            "--- {platform:?}\n{t}active afterwards: {active}; a second run exits {}\n",
            again.code
        );
    }
    snapshot_settings().bind(|| insta::assert_snapshot!("apply_sets_active", log));
}

/// Issue 21 item 11: Valuekeep import results carry the HTTP status of the
/// request that carried each row, never `null` for a user it created.
#[test]
fn valuekeep_import_results_carry_the_status() {
    let sb = Sandbox::start(&["--seed-users", "1"]);
    let env = TestEnv::new();
    let file = env.path().join("users.csv");
    std::fs::write(
        &file,
        "email,name\nnew.one@example.com,New One\nkatia.pereira1@example.com,Katia\n",
    )
    .unwrap();
    let out = run(env.on(Platform::Valuekeep, &sb).args([
        "users",
        "import",
        file.to_str().unwrap(),
        "--results",
        "-",
    ]));
    // Rows are written as they complete (several at once): in row order.
    let mut rows: Vec<String> = out
        .ndjson()
        .iter()
        .map(|r| format!("row {} {} status {}", r["row"], r["action"], r["status"]))
        .collect();
    rows.sort();
    insta::assert_snapshot!(rows.join("\n"), @r#"
    row 1 "created" status 201
    row 2 "unchanged" status 400
    "#);
}
