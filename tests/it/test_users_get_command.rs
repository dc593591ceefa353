//! `users get` by key, id, login id or e-mail on every platform.

use serde_json::json;

use crate::common::descope::{create, dsc_cmd};
use crate::common::valuekeep::{Valuekeep, first_user};
use crate::common::world::{descope, odc, valuekeep};
use crate::common::{Sandbox, TestEnv, create_user, get_json, requests, run};

#[test]
fn get_by_login_id_user_id_or_email_keeps_upper_case_keys() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    create(
        &env,
        &sb,
        &[
            "--login-id",
            "ada",
            "--email",
            "ada@example.com",
            "--name",
            "Ada",
        ],
    );
    let by_login = run(dsc_cmd(&env, &sb).args(["users", "get", "ada", "-o", "json"]))
        .ok()
        .json();
    assert_eq!(by_login["email"], "ada@example.com");
    for key in ["TOTP", "SAML", "SCIM", "OAuth"] {
        assert!(by_login.get(key).is_some(), "{key} missing: {by_login}");
    }
    let id = by_login["userId"].as_str().unwrap();
    let by_id = run(dsc_cmd(&env, &sb).args(["users", "get", id, "-o", "json"]))
        .ok()
        .json();
    assert_eq!(by_id, by_login);
    // An e-mail that is not a login id: one search more.
    let by_email =
        run(dsc_cmd(&env, &sb).args(["-v", "users", "get", "ada@example.com", "-o", "json"])).ok();
    assert_eq!(by_email.json()["userId"], by_login["userId"]);
    assert_eq!(requests(&by_email.stderr).len(), 2);
}

#[test]
fn odc_users_get() {
    odc().check(
        "odc_users_get",
        &["users", "get", "marta.teixeira1@example.com"],
        0,
    );
}

#[test]
fn odc_users_get_missing() {
    let w = odc();
    w.check(
        "odc_users_get_missing",
        &["users", "get", "nobody@example.com"],
        3,
    );
    // By key, the API's own 404 comes through (with its trace id).
    w.check(
        "odc_users_get_missing_key",
        &["users", "get", "00000000-0000-4000-8000-000000000000"],
        3,
    );
}

#[test]
fn valuekeep_users_get() {
    valuekeep().check(
        "valuekeep_users_get",
        &["users", "get", "katia.pereira1"],
        0,
    );
}

#[test]
fn valuekeep_users_get_missing() {
    let w = valuekeep();
    w.check(
        "valuekeep_users_get_missing",
        &["users", "get", "nobody"],
        3,
    );
    w.check(
        "valuekeep_users_get_missing_email",
        &["users", "get", "nobody@example.com"],
        3,
    );
}

#[test]
fn descope_users_get() {
    descope().check(
        "descope_users_get",
        &["users", "get", "eva.ferreira1@example.com"],
        0,
    );
}

#[test]
fn descope_users_get_missing() {
    descope().check(
        "descope_users_get_missing",
        &["users", "get", "nobody@example.com"],
        3,
    );
}

#[test]
fn get_by_key_and_by_email() {
    let sb = Sandbox::start(&["--seed-users", "20"]);
    let env = TestEnv::new();
    let key = create_user(&sb, "grace.hopper@example.com", "Grace Hopper");
    let direct_user = get_json(&sb, &format!("users/{key}"));

    let by_key = run(env.odc(&sb).args(["users", "get", &key, "-o", "json"]))
        .ok()
        .json();
    assert_eq!(by_key, direct_user);
    let by_email =
        run(env
            .odc(&sb)
            .args(["users", "get", "Grace.Hopper@example.com", "-o", "json"]))
        .ok()
        .json();
    assert_eq!(by_email["key"], json!(key));
    assert_eq!(by_email["email"], "grace.hopper@example.com");
    assert_eq!(by_email["name"], "Grace Hopper");
}

#[test]
fn get_by_email_costs_one_request_with_a_cached_token() {
    let sb = Sandbox::start(&["--seed-users", "20"]);
    let env = TestEnv::new();
    create_user(&sb, "one.call@example.com", "One Call");
    run(env.odc(&sb).args(["users", "list", "-L", "1"])).ok(); // warms the token cache
    let out = run(env
        .odc(&sb)
        .args(["-v", "users", "get", "one.call@example.com"]))
    .ok();
    let reqs = requests(&out.stderr);
    assert_eq!(reqs.len(), 1, "{reqs:#?}");
    assert!(
        reqs[0].starts_with("GET ") && reqs[0].contains("/api/identity/v1/users?"),
        "{reqs:?}"
    );
    assert!(out.stdout.contains("one.call@example.com"));
    // By key: also one request.
    let key =
        get_json(&sb, "users?nameOrEmailContains=one.call%40example.com")["results"][0]["key"]
            .as_str()
            .unwrap()
            .to_string();
    let out = run(env.odc(&sb).args(["-v", "users", "get", &key])).ok();
    assert_eq!(
        requests(&out.stderr),
        vec![format!("GET {}/api/identity/v1/users/{key}", sb.url)]
    );
}

#[test]
fn get_by_key_id_and_email() {
    let sb = Sandbox::start(&["--seed-users", "20"]);
    let env = TestEnv::new();
    let u = first_user(&sb, "UserKey ne 'x'");
    let key = u["userKey"].as_str().unwrap();
    let id = u["id"].as_str().unwrap();
    let email = u["email"].as_str().unwrap();

    let out = run(env
        .valuekeep(&sb)
        .args(["-v", "users", "get", key, "-o", "json"]))
    .ok();
    assert_eq!(out.json()["id"], id);
    assert!(
        requests(&out.stderr)
            .iter()
            .any(|r| r.ends_with(&format!("/identity/users/{key}")))
    );

    let out = run(env
        .valuekeep(&sb)
        .args(["-v", "users", "get", id, "-o", "json"]))
    .ok();
    assert_eq!(out.json()["userKey"], key);
    assert!(
        requests(&out.stderr)
            .iter()
            .any(|r| r.ends_with(&format!("/identity/users/{id}")))
    );
    let out = run(env
        .valuekeep(&sb)
        .args(["users", "get", "--by-id", id, "-o", "json"]))
    .ok();
    assert_eq!(out.json()["userKey"], key);

    let out =
        run(env
            .valuekeep(&sb)
            .args(["-v", "users", "get", &email.to_uppercase(), "-o", "json"]))
        .ok();
    assert_eq!(out.json()["userKey"], key);
    let reqs = requests(&out.stderr);
    assert_eq!(
        reqs.iter().filter(|r| r.starts_with("GET ")).count(),
        1,
        "one $filter lookup: {reqs:?}"
    );
    assert!(
        reqs.iter().any(|r| r.contains("%24filter=Email+eq")),
        "{reqs:?}"
    );

    let out = run(env.valuekeep(&sb).args(["users", "get", "nobody-here"])).expect(3);
    assert!(out.stderr.contains("does not exist"), "{}", out.stderr);
    run(env
        .valuekeep(&sb)
        .args(["users", "get", "nobody@example.com"]))
    .expect(3);
    run(env.valuekeep(&sb).args([
        "users",
        "get",
        "--by-id",
        "7d1c1f7e-0000-4000-8000-000000000000",
    ]))
    .expect(3);
    // One record: field/value lines.
    let out = run(env.valuekeep(&sb).args(["users", "get", key])).ok();
    assert!(out.stdout.starts_with("userKey ") && out.stdout.contains(key));
}
