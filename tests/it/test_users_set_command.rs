//! `users set`: each attribute on every platform.

use serde_json::{Value, json};

use crate::common::descope::{create, dsc_cmd, exists};
use crate::common::valuekeep::{ORG, TENANT, Valuekeep, puts, user};
use crate::common::world::{ODC_MARTA, descope, odc, valuekeep};
use crate::common::{
    Sandbox, TestEnv, create_user, descope_load as load, get_json, requests, run, vk_api as vk,
};

#[test]
fn set_each_attribute() {
    let sb = Sandbox::start(&[]);
    let env = TestEnv::new();
    create(
        &env,
        &sb,
        &[
            "--login-id",
            "ada",
            "--email",
            "ada@example.com",
            "--phone",
            "+15550000001",
            "--attr",
            "dept=Math",
        ],
    );
    let set = |attr: &str, value: &str| {
        run(dsc_cmd(&env, &sb).args(["users", "set", "ada", attr, value])).ok();
    };
    set("status", "disabled");
    assert_eq!(load(&sb, "ada")["status"], "disabled");
    set("status", "enabled");
    set("email", "ada@lovelace.org");
    set("phone", "+15550000002");
    set("name", "Ada King");
    set("given-name", "Augusta");
    set("family-name", "King");
    set("picture", "https://example.com/a.png");
    set("attr.Era", "1843");
    let u = load(&sb, "ada");
    assert_eq!(u["status"], "enabled");
    assert_eq!(u["email"], "ada@lovelace.org");
    assert_eq!(u["phone"], "+15550000002");
    assert_eq!(u["name"], "Ada King");
    assert_eq!(u["givenName"], "Augusta");
    assert_eq!(u["familyName"], "King");
    assert_eq!(u["picture"], "https://example.com/a.png");
    assert_eq!(u["customAttributes"], json!({"dept": "Math", "Era": 1843}));
    set("login-id", "countess");
    assert!(exists(&sb, "countess") && !exists(&sb, "ada"));

    let out = run(dsc_cmd(&env, &sb).args(["users", "set", "countess", "shoe", "42"])).expect(2);
    assert!(out.stderr.contains("attr.KEY"), "{}", out.stderr);
    let out =
        run(dsc_cmd(&env, &sb).args(["users", "set", "countess", "status", "sleepy"])).expect(2);
    assert!(
        out.stderr
            .contains("status \"sleepy\" is not available on Descope"),
        "{}",
        out.stderr
    );
}

#[test]
fn odc_users_set() {
    odc().check(
        "odc_users_set",
        &[
            "users",
            "set",
            "marta.teixeira1@example.com",
            "name",
            "Marta T.",
        ],
        0,
    );
}

#[test]
fn odc_users_set_unknown_attribute() {
    odc().check(
        "odc_users_set_unknown_attribute",
        &["users", "set", ODC_MARTA, "shoesize", "42"],
        2,
    );
}

#[test]
fn valuekeep_users_set() {
    valuekeep().check(
        "valuekeep_users_set",
        &["users", "set", "carla.ferreira2", "name", "Carla F."],
        0,
    );
}

#[test]
fn valuekeep_users_set_unknown_attribute() {
    valuekeep().check(
        "valuekeep_users_set_unknown_attribute",
        &["users", "set", "carla.ferreira2", "shoesize", "42"],
        2,
    );
}

#[test]
fn descope_users_set() {
    descope().check(
        "descope_users_set",
        &["users", "set", "eva.esteves2@example.com", "name", "Eva E."],
        0,
    );
}

#[test]
fn descope_users_set_unknown_attribute() {
    descope().check(
        "descope_users_set_unknown_attribute",
        &["users", "set", "eva.esteves2@example.com", "shoesize", "42"],
        2,
    );
}

#[test]
fn set_name_active_photo_and_bad_bool() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let key = create_user(&sb, "set.me@example.com", "Set Me");

    run(env.odc(&sb).args(["users", "set", &key, "name", "Renamed"])).ok();
    assert_eq!(get_json(&sb, &format!("users/{key}"))["name"], "Renamed");

    run(env
        .odc(&sb)
        .args(["users", "set", "set.me@example.com", "active", "false"]))
    .ok();
    let u = get_json(&sb, &format!("users/{key}"));
    assert_eq!(u["isActive"], false);
    assert_eq!(u["status"], "Inactive");
    run(env.odc(&sb).args(["users", "set", &key, "active", "yes"])).ok();
    assert_eq!(get_json(&sb, &format!("users/{key}"))["isActive"], true);

    run(env.odc(&sb).args([
        "users",
        "set",
        &key,
        "photo-url",
        "https://example.com/me.jpg",
    ]))
    .ok();
    let u = get_json(&sb, &format!("users/{key}"));
    assert_eq!(u["photoUrl"], "https://example.com/me.jpg");
    assert_eq!(u["name"], "Renamed");

    let out = run(env
        .odc(&sb)
        .args(["-v", "users", "set", &key, "active", "maybe"]))
    .expect(2);
    assert!(
        out.stderr.contains("\"maybe\" is not true or false"),
        "{}",
        out.stderr
    );
    assert!(requests(&out.stderr).is_empty());
    run(env.odc(&sb).args(["users", "set", &key, "shoesize", "42"])).expect(2);
}

#[test]
fn every_setter() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    run(env.valuekeep(&sb).args([
        "users",
        "create",
        "--email",
        "eve@example.com",
        "--name",
        "Eve",
        "--user-key",
        "EVE",
    ]))
    .ok();
    let set = |attr: &str, value: &str| {
        run(env
            .valuekeep(&sb)
            .args(["-v", "users", "set", "EVE", attr, value]))
    };
    let cases: &[(&str, &str, &str, Value)] = &[
        (
            "email",
            "eve2@example.com",
            "email",
            json!("eve2@example.com"),
        ),
        ("name", "Eve Online", "name", json!("Eve Online")),
        ("picture", "eve.png", "picture", json!("eve.png")),
        // A user's active state is its status (2: Inactive).
        ("is-active", "false", "status", json!(2)),
        ("is-technician", "yes", "isTechnician", json!(true)),
        ("status", "InvitationExpired", "status", json!(4)),
        ("status", "2", "status", json!(2)),
        ("groups", "MAINT,IT", "groups", json!(["MAINT", "IT"])),
        ("roles", "REQUESTER", "roles", json!(["REQUESTER"])),
    ];
    for (attr, value, field, want) in cases {
        let out = set(attr, value).ok();
        let route = field.to_string();
        assert!(
            puts(&out.stderr)
                .iter()
                .any(|r| r.ends_with(&format!("/identity/users/EVE/{route}"))),
            "{attr}: {}",
            out.stderr
        );
        let u = user(&sb, "EVE");
        let got = match *field {
            "groups" => json!(
                u["groups"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|g| g["groupKey"].clone())
                    .collect::<Vec<_>>()
            ),
            "roles" => json!(
                u["roles"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|g| g["roleKey"].clone())
                    .collect::<Vec<_>>()
            ),
            _ => u[*field].clone(),
        };
        if field == &"groups" {
            let mut g: Vec<String> = got
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap().to_string())
                .collect();
            g.sort();
            assert_eq!(g, vec!["IT", "MAINT"]);
        } else {
            assert_eq!(&got, want, "{attr}");
        }
    }
    set("last-login", "2025-05-01T10:00:00Z").ok();
    assert!(
        user(&sb, "EVE")["lastLogin"]
            .as_str()
            .unwrap()
            .starts_with("2025-05-01T10:00:00")
    );
    // Rename: the old key is gone, the new one answers.
    set("user-key", "EVE2").ok();
    assert_eq!(vk(&sb, "GET", "users/EVE", None).0, 404);
    assert_eq!(user(&sb, "EVE2")["name"], "Eve Online");

    // Usage errors send nothing.
    let out = run(env
        .valuekeep(&sb)
        .args(["-v", "users", "set", "EVE2", "shoe-size", "9"]))
    .expect(2);
    assert!(out.stderr.contains("technician"), "{}", out.stderr);
    let out = run(env
        .valuekeep(&sb)
        .args(["-v", "users", "set", "EVE2", "status", "Sleepy"]))
    .expect(2);
    assert!(puts(&out.stderr).is_empty());
    run(env
        .valuekeep(&sb)
        .args(["users", "set", "EVE2", "last-login", "yesterday"]))
    .expect(2);
    // API validation: exit 5 with its message; unknown user: exit 3.
    let out = run(env
        .valuekeep(&sb)
        .args(["users", "set", "EVE2", "email", "not-an-email"]))
    .expect(5);
    assert!(out.stderr.contains("not a valid e-mail"), "{}", out.stderr);
    run(env
        .valuekeep(&sb)
        .args(["users", "set", "NOBODY", "name", "X"]))
    .expect(3);
    // Dry run.
    let out = run(env
        .valuekeep(&sb)
        .args(["--dry-run", "users", "set", "EVE2", "name", "Dry"]))
    .ok();
    assert_eq!(
        out.stdout.trim(),
        format!(
            "PUT {}/api/{TENANT}/{ORG}/identity/users/EVE2/name \"Dry\"",
            sb.url
        )
    );
    assert_eq!(user(&sb, "EVE2")["name"], "Eve Online");
}
