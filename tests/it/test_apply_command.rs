//! `apply -f desired.yaml`: what a desired-state file changes, what it
//! refuses before any write, and that a second run plans nothing.

use std::collections::HashMap;
use std::path::Path;

use serde_json::Value;

use crate::common::bulk::{PLATFORMS, email, imported, users, write};
use crate::common::valuekeep::{Valuekeep, user};
use crate::common::{
    Platform, Sandbox, TestEnv, Transcript, all_users, descope_load, requests, run, told,
    vk_api as vk, *,
};

#[test]
fn apply_twice_plans_nothing_the_second_time() {
    let sb = Sandbox::start(&["--seed-users", "3"]);
    let env = TestEnv::new();
    let existing = all_users(&sb)[0]["email"].as_str().unwrap().to_string();
    let desired = format!(
        "users:\n  - email: {a}\n    name: Ann Apply\n    groups: [Support]\n    roles: [Viewer]\n  - email: {b}\n    active: false\n  - email: {existing}\n    name: Renamed Person\n    groups: [Sales Team]\n    roles: []\n",
        a = email(1),
        b = email(2),
    );
    let file = write(&env, "desired.yaml", &desired);
    let scope = ["--stage", "Development", "--app", "SalesPortal"];
    let apply = |extra: &[&str]| {
        let mut c = env.odc(&sb);
        c.args(["apply", "-f", &file]).args(scope).args(extra);
        run(&mut c)
    };

    let out = apply(&["--dry-run", "--detailed-exitcode"]).expect(10);
    assert!(
        out.stdout.contains("+ create") && out.stdout.contains("~ update"),
        "{}",
        out.stdout
    );
    assert!(imported(&sb).is_empty(), "dry run changed nothing");
    apply(&["--dry-run"]).ok();
    apply(&[]).expect(2); // no terminal, no --yes: refused

    let out = apply(&["--yes", "--detailed-exitcode"]).expect(10);
    assert!(out.stdout.contains("Plan: 2 to create"), "{}", out.stdout);
    let users: HashMap<String, Value> = all_users(&sb)
        .into_iter()
        .map(|u| (u["email"].as_str().unwrap().to_string(), u))
        .collect();
    assert_eq!(users[&email(2)]["status"], "Inactive");
    assert_eq!(users[&existing]["name"], "Renamed Person");

    let out = apply(&["--yes", "--detailed-exitcode"]).expect(0);
    assert!(
        out.stdout
            .contains("Plan: 0 to create, 0 to update, 0 membership changes, 0 to delete."),
        "{}",
        out.stdout
    );
    apply(&["--dry-run", "--detailed-exitcode"]).expect(0);

    // --prune plans the deletion of the users the file does not list.
    let out = apply(&["--dry-run", "--prune", "-o", "json"]).ok();
    let plan = out.json();
    let deletes: Vec<&Value> = plan
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["action"] == "delete")
        .collect();
    assert_eq!(deletes.len(), 2, "{plan}");
    let out = apply(&["--yes", "--prune"]).ok();
    assert!(out.stderr.contains("Deleted user"), "{}", out.stderr);
    assert_eq!(all_users(&sb).len(), 3);
    assert!(Path::new(&file).exists());
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

/// One apply file holds roles of two apps, an organization role and a
/// group of another stage than the file-wide `--stage`; each is granted
/// where its reference says, and a second run plans nothing (what the
/// user holds is compared in every scope the file names).
#[test]
fn apply_grants_each_reference_in_its_own_scope_and_plans_nothing_twice() {
    let sb = Sandbox::start(&["--seed-users", "0"]);
    let env = TestEnv::new();
    let file = env.path().join("desired.yaml");
    std::fs::write(
        &file,
        "users:\n  - email: ref@example.com\n    name: Ref Person\n    groups: [Production/Support, HR Team]\n    roles: [HRHub/Production/Admin, SalesPortal/Development/Admin, org:Tech Lead, Viewer]\n",
    )
    .unwrap();
    let file = file.to_string_lossy().into_owned();
    let apply = |extra: &[&str]| {
        let mut c = env.on(Platform::Odc, &sb);
        c.args([
            "apply",
            "-f",
            &file,
            "--stage",
            "Development",
            "--app",
            "HRHub",
            "--yes",
        ])
        .args(extra);
        run(&mut c)
    };
    apply(&[]).ok();
    let u = users(&env, Platform::Odc, &sb);
    let held = &u["ref@example.com"];
    for want in [
        r#""group" "Support" ("stage Production") from "direct""#,
        r#""group" "HR Team" ("stage Development") from "direct""#,
        r#""role" "Admin" ("app HRHub, stage Production") from "direct""#,
        r#""role" "Admin" ("app SalesPortal, stage Development") from "direct""#,
        r#""role" "Viewer" ("app HRHub, stage Development") from "direct""#,
        r#""role" "Tech Lead" ("organization") from "direct""#,
    ] {
        // `users` shows the rows of `users access` in Debug form.
        assert!(held.contains(&format!("{want:?}")), "{want} not in {held}");
    }
    let out = apply(&["--detailed-exitcode"]).expect(0);
    assert!(
        out.stdout.contains("0 membership changes"),
        "{}",
        out.stdout
    );

    // Dropping the organization role from the file revokes it, and only it.
    std::fs::write(
        &file,
        "users:\n  - email: ref@example.com\n    groups: [Production/Support, HR Team]\n    roles: [HRHub/Production/Admin, SalesPortal/Development/Admin, Viewer]\n",
    )
    .unwrap();
    let out = apply(&[]).ok();
    assert!(
        out.stdout.contains("1 membership changes"),
        "{}",
        out.stdout
    );
    let u = users(&env, Platform::Odc, &sb);
    assert!(
        !u["ref@example.com"].contains("Tech Lead"),
        "{}",
        u["ref@example.com"]
    );
}

/// Apply's outcome records name the groups and roles they add and remove
/// (and where they live), as `users groups add` does: a name where the
/// file or the user's memberships give one, not only a key.
#[test]
fn apply_outcome_records_name_each_membership_and_its_place() {
    let sb = Sandbox::start(&["--seed-users", "0"]);
    let env = TestEnv::new();
    let file = env.path().join("desired.yaml");
    let apply = |groups: &str, roles: &str| {
        std::fs::write(
            &file,
            format!("users:\n  - email: m@example.com\n    name: M\n    groups: [{groups}]\n    roles: [{roles}]\n"),
        )
        .unwrap();
        Transcript::of(env.on(Platform::Odc, &sb).args([
            "apply",
            "-f",
            file.to_str().unwrap(),
            "--yes",
            "-o",
            "ndjson",
            "--jq",
            r#"[.result, .change.op, .change.item.kind, .change.item.name, .change.scope // ""] | @tsv"#,
        ]))
    };
    assert_eq!(
        apply("Production/Sales Team", "SalesPortal/Production/Viewer").code(),
        0
    );
    let t = apply("Development/HR Team", "HRHub/Development/Employee");
    insta::assert_snapshot!(t, @r"
    [stdout]
    changed	add	group	HR Team	stage Development
    changed	remove	group	Sales Team	stage Production
    changed	add	role	Employee	app HRHub, stage Development
    changed	remove	role	Viewer	app SalesPortal, stage Production
    [stderr]
    Done: 4 changed
    [exit status: 0]
    ");
}

/// Apply creates a Descope user with the columns of import (phone,
/// tenants with their roles, custom attributes); on the user already
/// there it keeps phone, tenants and custom attributes in step (nothing
/// to do when they match).
#[test]
fn apply_sets_descope_columns_at_creation_and_says_when_it_cannot() {
    let sb = Sandbox::start(&["--seed-users", "0"]);
    let env = TestEnv::new();
    let file = env.path().join("desired.json");
    std::fs::write(
        &file,
        r#"{"users": [{"email": "d@example.com", "name": "D", "phone": "+351910000001",
            "tenants": ["T-acme:Viewer"], "customAttributes": {"department": "IT"}}]}"#,
    )
    .unwrap();
    let file = file.to_string_lossy().into_owned();
    let apply = || {
        run(env
            .on(Platform::Descope, &sb)
            .args(["apply", "-f", &file, "--yes"]))
    };
    let out = apply().ok();
    assert!(!out.stderr.contains("warning"), "{}", out.stderr);
    let u = &users(&env, Platform::Descope, &sb)["d@example.com"];
    for want in ["+351910000001", "T-acme", "Viewer", "\"department\":\"IT\""] {
        assert!(u.contains(want), "{want} not in {u}");
    }
    let out = apply().ok();
    assert!(!out.stderr.contains("warning"), "{}", out.stderr);
    assert!(out.stderr.contains("No changes"), "{}", out.stderr);
}

/// On Descope the attribute updates of existing users go in one
/// `user/patch/batch` (a user's changes in one body): 2 requests for 4
/// changes of 3 users, and a second run has nothing to do.
#[test]
fn descope_apply_sends_updates_of_many_users_in_one_patch_batch() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let file = env.path().join("desired.yaml");
    std::fs::write(
        &file,
        "users:\n\
         \x20 - email: eva.ferreira1@example.com\n    name: Eva Renamed\n\
         \x20 - email: eva.esteves2@example.com\n    name: Eva Two\n    active: false\n\
         \x20 - email: ines.esteves3@example.com\n    name: Ines Three\n",
    )
    .unwrap();
    let file = file.to_str().unwrap();
    let run = || {
        Transcript::of(
            env.on(Platform::Descope, &sb)
                .args(["--yes", "-v", "apply", "-f", file]),
        )
    };

    let first = run();
    assert_eq!(first.code(), 0, "{first}");
    insta::assert_snapshot!(requests(&first.stderr).join("\n").replace(&sb.url, "SANDBOX"), @r"
    POST SANDBOX/v2/mgmt/user/search
    PATCH SANDBOX/v1/mgmt/user/patch/batch
    ");
    assert!(
        told(&first.stderr).ends_with("Done: 4 changed\n"),
        "{first}"
    );
    let eva = descope_load(&sb, "eva.esteves2@example.com");
    assert_eq!(
        (eva["name"].as_str(), eva["status"].as_str()),
        (Some("Eva Two"), Some("disabled"))
    );
    assert_eq!(
        descope_load(&sb, "ines.esteves3@example.com")["name"],
        "Ines Three"
    );

    let second = run();
    assert_eq!(second.code(), 0, "{second}");
    assert!(told(&second.stderr).contains("No changes"), "{second}");
}

/// Issue 15: a plan naming a group that does not exist is refused before
/// anything is sent (it used to create the user, fail the group, never
/// grant the role, and say "Created 0 users").
#[test]
fn apply_refuses_a_plan_with_an_unknown_group_before_any_write() {
    let sb = Sandbox::start(&["--seed-users", "3"]);
    let env = TestEnv::new();
    let plan = env.path().join("plan.yaml");
    std::fs::write(
        &plan,
        "users:\n  - email: newbie@example.com\n    name: New Bie\n    groups: [NOPE]\n    roles: [TECHNICIAN]\n",
    )
    .unwrap();
    let out = run(env
        .valuekeep(&sb)
        .args(["-v", "apply", "-f", plan.to_str().unwrap(), "--yes"]))
    .expect(3);
    assert!(
        out.stderr
            .contains("newbie@example.com: group \"NOPE\" not found"),
        "{}",
        out.stderr
    );
    let writes: Vec<String> = requests(&out.stderr)
        .into_iter()
        .filter(|r| !r.starts_with("GET ") && !r.contains("/connect/token"))
        .collect();
    assert!(writes.is_empty(), "{writes:?}");
    assert_eq!(vk(&sb, "GET", "users/newbie", None).0, 404);
    // Named by name instead of key, the same plan applies in full.
    std::fs::write(
        &plan,
        "users:\n  - email: newbie@example.com\n    name: New Bie\n    groups: [Maintenance]\n    roles: [Technician]\n",
    )
    .unwrap();
    let out = run(env
        .valuekeep(&sb)
        .args(["apply", "-f", plan.to_str().unwrap(), "--yes"]))
    .ok();
    assert_eq!(
        told(&out.stderr),
        "Created user newbie@example.com (newbie)\n"
    );
    let u = user(&sb, "newbie");
    assert_eq!(u["groups"][0]["groupKey"], "MAINT", "{u}");
    assert_eq!(u["roles"][0]["roleKey"], "TECHNICIAN", "{u}");
}

/// A mirrored Descope project (issue 23): export, apply elsewhere; phone
/// and a custom attribute changed on the source; the second apply changes
/// just those, the third has nothing to do.
#[test]
fn descope_mirror_keeps_phone_and_custom_attributes_in_step() {
    let source = Sandbox::start(&["--seed-users", "4"]);
    let copy = Sandbox::start(&["--seed-users", "0"]);
    let env = TestEnv::new();
    let file = env.path().join("users.json");
    let file = file.to_str().unwrap();
    let on = |sb: &Sandbox, args: &[&str]| Transcript::of(env.on(Platform::Descope, sb).args(args));
    let export = || {
        let t = on(&source, &["users", "export", file]);
        assert_eq!(t.code(), 0, "{t}");
    };
    export();
    let first = on(&copy, &["--yes", "apply", "-f", file]);
    assert_eq!(first.code(), 0, "{first}");

    let who = "eva.esteves2@example.com";
    for (attr, value) in [("phone", "+351910000042"), ("attr.department", "Ops")] {
        let t = on(&source, &["users", "set", who, attr, value]);
        assert_eq!(t.code(), 0, "{t}");
    }
    export();
    let second = on(&copy, &["--yes", "apply", "-f", file, "-o", "ndjson"]);
    assert_eq!(second.code(), 0, "{second}");
    let changed: Vec<String> = second
        .stdout
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .map(|r| {
            format!(
                "{} {} {}",
                r["target"]["name"].as_str().unwrap_or(""),
                r["change"]["field"],
                r["result"]
            )
        })
        .collect();
    assert_eq!(
        changed,
        [
            format!("{who} \"phone\" \"changed\""),
            format!("{who} \"attr.department\" \"changed\"")
        ],
        "{second}"
    );
    let u = descope_load(&copy, who);
    assert_eq!(u["phone"], "+351910000042");
    assert_eq!(u["customAttributes"]["department"], "Ops");

    let third = on(&copy, &["--yes", "apply", "-f", file]);
    assert_eq!(third.code(), 0, "{third}");
    assert!(told(&third.stderr).contains("No changes"), "{third}");
}

/// Saved plans (issue 23): `diff --plan` writes each touched user's
/// fingerprint and the profile; a user changed since stops `apply` before
/// anything is written (exit 5, the user named); `--skip-changed` applies
/// the rest and records the changed one as skipped; another profile is
/// refused; `apply --plan-out` writes a plan and changes nothing.
#[test]
fn a_saved_plan_applies_only_what_was_reviewed() {
    let sb = Sandbox::start(&["--seed-users", "20"]);
    let env = TestEnv::new();
    let plan = env.path().join("p.yaml");
    let plan = plan.to_str().unwrap();
    let odc = |args: &[&str]| Transcript::of(env.on(Platform::Odc, &sb).args(args));
    let diff = || {
        odc(&[
            "diff",
            "--from-stage",
            "Development",
            "--to-stage",
            "Production",
            "-o",
            "ndjson",
        ])
    };
    let before = diff();
    let written = odc(&[
        "diff",
        "--from-stage",
        "Development",
        "--to-stage",
        "Production",
        "--plan",
        plan,
    ]);
    assert_eq!(written.code(), 0, "{written}");
    let text = std::fs::read_to_string(plan).unwrap();
    // The profile, and where its tenant is: `env` names any tenant.
    assert!(
        text.starts_with(&format!(
            "profile: env\ntenant: ODC {}\nfingerprints:\n",
            sb.url
        )),
        "{text}"
    );
    let doc: Value = serde_norway::from_str(&text).unwrap();
    let touched: Vec<String> = doc["fingerprints"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    assert!(touched.len() >= 2, "{text}");

    // Someone changes a user the plan touches.
    let t = odc(&["users", "set", &touched[0], "name", "Changed Meanwhile"]);
    assert_eq!(t.code(), 0, "{t}");
    let t = odc(&["--yes", "apply", "-f", plan]);
    assert_eq!(t.code(), 5, "{t}");
    assert!(
        t.stderr
            .contains("the plan is stale: 1 of its users changed"),
        "{t}"
    );
    assert!(t.stderr.contains(&touched[0]), "{t}");
    assert!(t.stderr.contains("nothing was applied"), "{t}");
    assert_eq!(diff().stdout, before.stdout, "nothing was written");

    // --skip-changed: the others applied, the changed one skipped.
    let t = odc(&[
        "--yes",
        "apply",
        "-f",
        plan,
        "--skip-changed",
        "-o",
        "ndjson",
    ]);
    assert_eq!(t.code(), 0, "{t}");
    let records: Vec<Value> = t
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let skipped: Vec<&Value> = records
        .iter()
        .filter(|r| r["result"] == "skipped")
        .collect();
    assert_eq!(skipped.len(), 1, "{t}");
    assert_eq!(skipped[0]["target"]["key"], touched[0].as_str());
    assert!(records.iter().any(|r| r["result"] == "changed"), "{t}");
    let after = diff();
    assert!(
        after.stdout.lines().count() < before.stdout.lines().count(),
        "{after}"
    );
    assert!(
        after.stdout.lines().all(|l| !l.contains(&touched[1])),
        "{after}"
    );

    // Another profile is refused.
    let t = Transcript::of(
        env.cmd()
            .args(["-p", "sandbox", "--yes", "apply", "-f", plan]),
    );
    assert_eq!(t.code(), 2, "{t}");
    assert!(
        t.stderr
            .contains("this plan was made for profile \"env\", not \"sandbox\""),
        "{t}"
    );

    // The same profile name on another tenant is refused.
    let elsewhere = Sandbox::start(&["--seed-users", "20"]);
    let t = Transcript::of(
        env.on(Platform::Odc, &elsewhere)
            .args(["--yes", "apply", "-f", plan]),
    );
    // The longer address first: one may start with the other.
    let mut urls = [(&sb.url, "[PLANNED_ON]"), (&elsewhere.url, "[APPLIED_ON]")];
    urls.sort_by_key(|(u, _)| std::cmp::Reverse(u.len()));
    let t = urls.iter().fold(t, |t, (u, name)| t.redact(u, name));
    insta::assert_snapshot!(t, @r"
    [stdout]
    [stderr]
    error: this plan was made for ODC [PLANNED_ON], not ODC [APPLIED_ON]
    hint: apply it where it was made, or plan again here with --replan
    [exit status: 2]
    ");

    // apply --plan-out: a saved plan from a desired state; nothing changes.
    let desired = env.path().join("desired.yaml");
    std::fs::write(
        &desired,
        format!(
            "users:\n  - email: {}\n    name: Planned Name\n",
            touched[1]
        ),
    )
    .unwrap();
    let out = env.path().join("saved.yaml");
    let t = odc(&[
        "apply",
        "-f",
        desired.to_str().unwrap(),
        "--plan-out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(t.code(), 0, "{t}");
    let saved = std::fs::read_to_string(&out).unwrap();
    assert!(
        saved.contains(&format!("fingerprints:\n  {}: ", touched[1])),
        "{saved}"
    );
    let t = odc(&["users", "get", &touched[1], "-o", "json"]);
    assert!(!t.stdout.contains("Planned Name"), "{t}");
    let t = odc(&["--yes", "apply", "-f", out.to_str().unwrap()]);
    assert_eq!(t.code(), 0, "{t}");
    let t = odc(&["users", "get", &touched[1], "-o", "json"]);
    assert!(t.stdout.contains("Planned Name"), "{t}");
}

/// A saved plan made with --prune names the users it deletes and deletes
/// those only (a user created since is left); it is applied with --prune
/// and refused without it, and a plan made without --prune refuses it. A
/// user added to the file after the plan was made is not applied; a second
/// run of an applied plan has nothing to do.
#[test]
fn a_saved_prune_plan_deletes_only_the_users_it_names() {
    let sb = Sandbox::start(&["--seed-users", "3"]);
    let env = TestEnv::new();
    let odc = |args: &[&str]| Transcript::of(env.on(Platform::Odc, &sb).args(args));
    let listed = odc(&["users", "list", "-o", "ndjson", "--jq", ".email"]);
    let emails: Vec<&str> = listed.stdout.lines().collect();
    assert_eq!(emails.len(), 3, "{listed}");
    let desired = env.path().join("desired.yaml");
    std::fs::write(
        &desired,
        format!(
            "users:\n  - email: {}\n    name: Kept One\n  - email: {}\n",
            emails[0], emails[1]
        ),
    )
    .unwrap();
    let saved = env.path().join("saved.yaml");
    let saved = saved.to_str().unwrap();
    let t = odc(&[
        "apply",
        "-f",
        desired.to_str().unwrap(),
        "--prune",
        "--plan-out",
        saved,
    ]);
    assert_eq!(t.code(), 0, "{t}");
    let doc: Value = serde_norway::from_str(&std::fs::read_to_string(saved).unwrap()).unwrap();
    assert_eq!(doc["deletes"], serde_json::json!([emails[2]]));

    // Someone is hired meanwhile: the plan does not delete them.
    odc(&[
        "users",
        "create",
        "--email",
        "newhire@example.com",
        "--name",
        "New Hire",
    ]);
    let apply = |extra: &[&str]| {
        let mut args = vec!["apply", "-f", saved, "--yes", "-o", "ndjson", "--jq"];
        args.push(r#"[.result, .change.op, .target.name] | @tsv"#);
        args.extend_from_slice(extra);
        odc(&args)
            .redact(emails[0], "[KEPT]")
            .redact(emails[2], "[GONE]")
    };
    insta::assert_snapshot!(apply(&[]), @r#"
    [stdout]
    [stderr]
    {"error":"usage","exit_code":2,"message":"this plan deletes 1 user: give --prune to apply it","hints":["or --replan to plan again from the file without deleting anyone"]}
    [exit status: 2]
    "#);
    insta::assert_snapshot!(apply(&["--prune"]), @r"
    [stdout]
    changed	set	[KEPT]
    deleted	delete	[GONE]
    [stderr]
    The plan is current: none of its 3 users changed since it was made.
    Done: 1 changed, 1 deleted
    [exit status: 0]
    ");
    assert!(odc(&["users", "get", "newhire@example.com"]).code() == 0);
    // Applied: a second run has nothing to do.
    insta::assert_snapshot!(apply(&["--prune"]), @r"
    [stdout]
    [stderr]
    The plan is current: 2 of its 3 users are already as it plans (applied before?), none changed otherwise.
    No changes: the platform matches the file.
    [exit status: 0]
    ");

    // A plan made without --prune deletes no one and refuses --prune; a
    // user added to its file since is not in the plan as reviewed.
    let t = odc(&[
        "apply",
        "-f",
        desired.to_str().unwrap(),
        "--plan-out",
        saved,
    ]);
    assert_eq!(t.code(), 0, "{t}");
    insta::assert_snapshot!(apply(&["--prune"]), @r#"
    [stdout]
    [stderr]
    {"error":"usage","exit_code":2,"message":"this plan was made without --prune: it deletes no one, and --prune cannot add deletions to it","hints":["drop --prune, or plan again with --replan --prune"]}
    [exit status: 2]
    "#);
    let mut text = std::fs::read_to_string(saved).unwrap();
    text.push_str("- email: newhire@example.com\n  name: Renamed Behind The Review\n");
    std::fs::write(saved, text).unwrap();
    insta::assert_snapshot!(apply(&[]), @r#"
    [stdout]
    [stderr]
    {"error":"rejected","exit_code":5,"message":"the plan is stale: 1 user is not in the plan as it was made (newhire@example.com: added to the file since?); nothing was applied","hints":["--skip-changed applies it to the others; --replan plans again from the platform as it is now"]}
    [exit status: 5]
    "#);
    // Skipped, it is not applied, and the run does not say the platform
    // matches: its change is still pending (exit 10 when asked).
    insta::assert_snapshot!(apply(&["--skip-changed", "--detailed-exitcode"]), @r"
    [stdout]
    skipped	apply	
    [stderr]
    Nothing else to do: the plan's other users are as it plans; 1 user skipped.
    [exit status: 10]
    ");

    // --plan-out changes nothing: its plan may be Markdown (for a pull
    // request), and --detailed-exitcode says there are changes.
    let md = odc(&[
        "apply",
        "-f",
        desired.to_str().unwrap(),
        "--plan-out",
        saved,
        "--prune",
        "-o",
        "markdown",
        "--detailed-exitcode",
    ]);
    let newhire = odc(&[
        "users",
        "get",
        "newhire@example.com",
        "-o",
        "json",
        "--jq",
        ".key",
    ]);
    let md = md.redact(newhire.stdout.trim().trim_matches('"'), "[NEW_KEY]");
    let head: Vec<&str> = md.stdout.lines().skip(4).collect();
    insta::assert_snapshot!(format!("{}\n[exit status: {}]", head.join("\n"), md.code()), @r"
    | ACTION | USER | TARGET | DETAIL |
    | --- | --- | --- | --- |
    | delete | newhire@example.com |  | [NEW_KEY] |
    [exit status: 10]
    ");
}

/// Descope: the tenants (by id or name) and the roles in each of a user
/// already there are made those of the file: roles granted and revoked in
/// a tenant kept, a tenant joined with its roles, a tenant left; a second
/// run has nothing to do.
#[test]
fn descope_apply_keeps_tenants_and_their_roles_in_step() {
    let sb = Sandbox::start(&["--seed-users", "3"]);
    let env = TestEnv::new();
    let who = "eva.ferreira1@example.com";
    let file = env.path().join("tenants.yaml");
    let apply = |tenants: &str| {
        std::fs::write(
            &file,
            format!("users:\n  - email: {who}\n    tenants: {tenants}\n"),
        )
        .unwrap();
        Transcript::of(env.on(Platform::Descope, &sb).args([
            "--yes",
            "apply",
            "-f",
            file.to_str().unwrap(),
        ]))
    };
    let tenants = || {
        let u = descope_load(&sb, who);
        let mut t: Vec<String> = u["userTenants"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| format!("{}:{}", t["tenantId"].as_str().unwrap(), t["roleNames"]))
            .collect();
        t.sort();
        t
    };
    assert_eq!(tenants(), ["T-acme:[\"Viewer\"]"]);
    let t = apply("[\"T-acme:Admin\"]");
    assert_eq!(t.code(), 0, "{t}");
    assert_eq!(tenants(), ["T-acme:[\"Admin\"]"], "{t}");
    let t = apply("[\"Globex:Viewer\"]");
    assert_eq!(t.code(), 0, "{t}");
    assert!(told(&t.stderr).contains("Done: 3 changed"), "{t}");
    assert_eq!(tenants(), ["T-globex:[\"Viewer\"]"], "{t}");
    let t = apply("[\"Globex:Viewer\"]");
    assert!(told(&t.stderr).contains("No changes"), "{t}");
}
