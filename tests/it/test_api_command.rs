//! `iamctl api`: raw requests on the profile's own origin (GET and POST,
//! `--dry-run`), absolute URLs, and redirects followed within the origin
//! only.

use crate::common::fake_server::{Fake, settings};
use crate::common::{Sandbox, TestEnv, direct, get_json, requests, run, *};

#[test]
fn api_raw_get_and_post() {
    let sb = Sandbox::start(&["--seed-users", "10"]);
    let env = TestEnv::new();
    let out = run(env.odc(&sb).args(["api", "GET", "users?limit=2"])).ok();
    let body = out.json();
    assert_eq!(body["results"].as_array().unwrap().len(), 2);
    assert_eq!(body["page"]["totalResults"], 10);
    assert_eq!(body, get_json(&sb, "users?limit=2"));

    // Portal-relative path (portfolio v2).
    let out = run(env.odc(&sb).args([
        "api",
        "get",
        "/api/portfolios/v2/environments",
        "-o",
        "json",
    ]))
    .ok();
    assert_eq!(out.json()["results"].as_array().unwrap().len(), 2);

    let out = run(env.odc(&sb).args([
        "api",
        "POST",
        "users",
        "--data",
        r#"{"email":"raw@example.com","name":"Raw","isActive":true}"#,
    ]))
    .ok();
    let key = out.json()["key"].as_str().unwrap().to_string();
    assert_eq!(
        get_json(&sb, &format!("users/{key}"))["email"],
        "raw@example.com"
    );

    // --dry-run on a raw write sends nothing.
    let out = run(env
        .odc(&sb)
        .args(["--dry-run", "api", "DELETE", &format!("users/{key}")]))
    .ok();
    assert_eq!(
        out.stdout,
        format!("DELETE {}/api/identity/v1/users/{key}\n", sb.url)
    );
    assert_eq!(direct(&sb, "GET", &format!("users/{key}"), None).0, 200);

    // API refusals keep their exit codes.
    let out = run(env
        .odc(&sb)
        .args(["api", "POST", "users", "--data", r#"{"email":"x"}"#]))
    .expect(5);
    assert!(out.stderr.contains("traceId"), "{}", out.stderr);
    run(env
        .odc(&sb)
        .args(["api", "GET", "users/00000000-0000-4000-8000-000000000000"]))
    .expect(3);
    run(env.odc(&sb).args(["api", "G E T", "users"])).expect(2);
    let out = run(env
        .odc(&sb)
        .args(["-v", "api", "POST", "users", "--data", "{nope"]))
    .expect(2);
    assert!(requests(&out.stderr).is_empty());
}

// ---- 11. `iamctl api`: absolute same-origin URLs everywhere, same-origin redirects followed ----

#[test]
fn descope_api_takes_an_absolute_url_on_its_own_origin() {
    let sb = Sandbox::start(&["--seed-users", "1"]);
    let env = TestEnv::new();
    let t = Transcript::of(env.on(Platform::Descope, &sb).args([
        "api",
        "GET",
        &format!("{}/v1/mgmt/role/all", sb.url),
        "--jq",
        "[.roles[].name] | sort | join(\",\")",
    ]));
    settings().bind(|| {
        insta::assert_snapshot!(t, @r"
        [stdout]
        Admin,Auditor,Editor,Tenant Admin,Viewer
        [stderr]
        [exit status: 0]
        ");
    });
}

#[test]
fn api_follows_redirects_within_the_origin_only() {
    let trap = Fake::start(|_, _| (200, vec![], "{}".into()));
    let elsewhere = trap.url.clone();
    let portal = Fake::start(move |req, base| {
        let p = req.path.as_str();
        let authorized = req.header("authorization") == Some("Bearer tok-1")
            || req
                .header("authorization")
                .is_some_and(|a| a.ends_with(DESCOPE_KEY));
        match p {
            _ if p.contains("openid-configuration") => (
                200,
                vec![],
                format!(r#"{{"token_endpoint":"{base}/identity/connect/token"}}"#),
            ),
            "/identity/connect/token" | "/connect/token" => (
                200,
                vec![],
                r#"{"access_token":"tok-1","expires_in":3600}"#.into(),
            ),
            "/api/identity/v1/old" => (
                301,
                vec![("location".into(), "/api/identity/v1/new?x=1".into())],
                String::new(),
            ),
            "/api/identity/v1/away" => (
                302,
                vec![("location".into(), format!("{elsewhere}/steal"))],
                String::new(),
            ),
            "/api/identity/v1/new?x=1" | "/v1/mgmt/new?x=1" | "/api/t/o/new?x=1" if authorized => (
                200,
                vec![],
                format!(
                    r#"{{"moved":true,"method":"{}","body":{:?}}}"#,
                    req.method, req.body
                ),
            ),
            "/api/t/o/old" => (
                302,
                vec![("location".into(), format!("{base}/api/t/o/new?x=1"))],
                String::new(),
            ),
            "/v1/mgmt/old" => (
                307,
                vec![("location".into(), format!("{base}/v1/mgmt/new?x=1"))],
                String::new(),
            ),
            _ => (404, vec![], r#"{"title":"Not Found"}"#.into()),
        }
    });
    let env = TestEnv::new();
    let odc = || {
        let mut c = env.cmd();
        c.env("IAMCTL_KIND", "odc")
            .env("IAMCTL_PORTAL", &portal.url)
            .env("IAMCTL_CLIENT_ID", "c")
            .env("IAMCTL_CLIENT_SECRET", "s3cret-value");
        c
    };
    let mut log = String::new();
    for path in ["old", "away"] {
        let t = Transcript::of(odc().args(["api", "GET", path, "-o", "json"]))
            .redact(&portal.url, "[PORTAL]")
            .redact(&trap.url, "[ELSEWHERE]");
        log += &format!("--- ODC GET {path}\n{t}");
    }
    let t = Transcript::of(
        env.cmd()
            .env("IAMCTL_KIND", "valuekeep")
            .env("IAMCTL_BASE_URL", &portal.url)
            .env("IAMCTL_TENANT", "t")
            .env("IAMCTL_ORG", "o")
            .env("IAMCTL_CLIENT_ID", "c")
            .env("IAMCTL_CLIENT_SECRET", "s3cret-value")
            .env("IAMCTL_TOKEN_URL", format!("{}/connect/token", portal.url))
            .args(["api", "GET", "/api/t/o/old", "-o", "json"]),
    )
    .redact(&portal.url, "[PORTAL]");
    log += &format!("--- Valuekeep GET /api/t/o/old (302)\n{t}");
    for method in ["GET", "POST"] {
        let t = Transcript::of(
            env.cmd()
                .env("IAMCTL_KIND", "descope")
                .env("DESCOPE_PROJECT_ID", DESCOPE_PROJECT)
                .env("IAMCTL_BASE_URL", &portal.url)
                .env("IAMCTL_MANAGEMENT_KEY", DESCOPE_KEY)
                .args(["api", method, "old", "-o", "json"])
                .args(if method == "POST" {
                    &["-d", r#"{"a":1}"#][..]
                } else {
                    &[][..]
                }),
        )
        .redact(&portal.url, "[PORTAL]");
        log += &format!("--- Descope {method} old (307)\n{t}");
    }
    settings().bind(|| insta::assert_snapshot!("api_redirects", log));
    assert!(trap.requests().is_empty(), "{:?}", trap.requests());
}
