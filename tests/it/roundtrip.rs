//! Issue 9: an export of each platform, imported into an empty sandbox,
//! reproduces the same users with the same groups and roles, compared by
//! name (keys are the platform's own), not through the export itself.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::common::*;

/// A user as the platform's own record says it, reduced to what an import
/// can set: e-mail → a description.
fn users(env: &TestEnv, p: Platform, sb: &Sandbox) -> BTreeMap<String, String> {
    let out = run(env
        .on(p, sb)
        .args(["users", "list", "--all", "-o", "ndjson"]))
    .ok();
    let mut m = BTreeMap::new();
    for u in out.ndjson() {
        let email = u["email"].as_str().unwrap().to_lowercase();
        let f = |k: &str| u.get(k).cloned().unwrap_or(Value::Null);
        let sorted = |v: Value| {
            let mut a: Vec<String> = v
                .as_array()
                .into_iter()
                .flatten()
                .map(|x| x.to_string())
                .collect();
            a.sort();
            a
        };
        let described = match p {
            Platform::Odc => format!(
                "{} | active {} | {:?}",
                f("name"),
                f("isActive"),
                access(env, sb, u["key"].as_str().unwrap())
            ),
            Platform::Valuekeep => format!(
                "{} | {} | status {} | technician {} | groups {:?} | roles {:?}",
                f("name"),
                f("userKey"),
                f("status"),
                f("isTechnician"),
                sorted(f("groups")),
                sorted(f("roles")),
            ),
            Platform::Descope => {
                let tenants: Vec<String> = f("userTenants")
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|t| format!("{}:{:?}", t["tenantId"], sorted(t["roleNames"].clone())))
                    .collect();
                format!(
                    "{} | {} {} {} | phone {} | disabled {} | roles {:?} | tenants {tenants:?} | custom {} | verified {} {} | login {}",
                    f("name"),
                    f("givenName"),
                    f("middleName"),
                    f("familyName"),
                    f("phone"),
                    f("status") == "disabled",
                    sorted(f("roleNames")),
                    f("customAttributes"),
                    f("verifiedEmail"),
                    f("verifiedPhone"),
                    f("loginIds"),
                )
            }
        };
        m.insert(email, described);
    }
    m
}

/// An ODC user's groups and roles by name, with their app, stage or the
/// organization, and where each comes from (`users access`).
fn access(env: &TestEnv, sb: &Sandbox, key: &str) -> Vec<String> {
    let out = run(env
        .on(Platform::Odc, sb)
        .args(["users", "access", key, "-o", "ndjson"]))
    .ok();
    let mut rows: Vec<String> = out
        .ndjson()
        .iter()
        .map(|r| {
            format!(
                "{} {} ({}) from {}",
                r["kind"], r["name"], r["scope"], r["source"]
            )
        })
        .collect();
    rows.sort();
    rows
}

fn round_trip(p: Platform, file: &str, expect: &[&str]) {
    let a = Sandbox::start(&["--seed-users", "20"]);
    let env = TestEnv::new();
    let path = env.path().join(file).to_string_lossy().into_owned();
    run(env
        .on(p, &a)
        .args(["users", "export", &path, "--memberships"]))
    .ok();
    let original = users(&env, p, &a);
    assert_eq!(original.len(), 20);
    let text = std::fs::read_to_string(&path).unwrap();
    for e in expect {
        assert!(text.contains(e), "{e:?} not in the export:\n{text}");
    }

    let b = Sandbox::start(&["--seed-users", "0"]);
    let env_b = TestEnv::new();
    assert!(users(&env_b, p, &b).is_empty());
    run(env_b.on(p, &b).args(["users", "import", &path])).ok();
    let copied = users(&env_b, p, &b);
    for (email, was) in &original {
        assert_eq!(copied.get(email), Some(was), "{email}");
    }
    assert_eq!(copied.len(), original.len());
}

#[test]
fn odc_export_imported_into_an_empty_sandbox_reproduces_users_groups_and_roles() {
    // Groups by stage, application roles by app and stage (two apps have
    // an Admin), organization roles.
    round_trip(
        Platform::Odc,
        "odc.csv",
        &["Development/", "SalesPortal/", "org:"],
    );
}

#[test]
fn descope_export_imported_into_an_empty_sandbox_reproduces_users_tenants_and_roles() {
    round_trip(Platform::Descope, "descope.csv", &[":Viewer", "department"]);
}

#[test]
fn valuekeep_export_imported_into_an_empty_sandbox_reproduces_users_groups_and_roles() {
    round_trip(Platform::Valuekeep, "valuekeep.csv", &["technician"]);
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

/// A column the platform cannot set is refused before anything is sent.
#[test]
fn a_column_the_platform_cannot_set_is_refused_before_anything_is_sent() {
    let sb = Sandbox::start(&["--seed-users", "0"]);
    let env = TestEnv::new();
    let path = env.path().join("u.csv");
    std::fs::write(&path, "email,name,phone\na@example.com,A,+351910000000\n").unwrap();
    let path = path.to_string_lossy().into_owned();
    let out = run(env.on(Platform::Odc, &sb).args(["users", "import", &path])).expect(2);
    assert!(
        out.stderr
            .contains(r#"`users import` column "phone" is not available on ODC"#),
        "{}",
        out.stderr
    );
    assert!(users(&env, Platform::Odc, &sb).is_empty());
    // An empty cell of such a column asks for nothing.
    std::fs::write(&path, "email,name,phone\na@example.com,A,\n").unwrap();
    run(env.on(Platform::Odc, &sb).args(["users", "import", &path])).ok();
}

/// Apply creates a Descope user with the columns of import (phone,
/// tenants with their roles, custom attributes); on the user already
/// there it says those are left as they are, rather than drop them.
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
    assert!(
        out.stderr.contains(
            "warning: d@example.com: phone, tenants, customAttributes are set only when apply creates the user"
        ),
        "{}",
        out.stderr
    );
}
