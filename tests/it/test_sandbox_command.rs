//! `iamctl sandbox`, the built-in emulator of ODC, Valuekeep and Descope,
//! over real HTTP: its routes, faults, rate limits, saved state, secrets,
//! shutdown, and the built-in `sandbox*` profiles that keep state across
//! invocations.

use std::io::Write;
use std::net::TcpStream;
use std::time::{Duration, Instant};

use reqwest::StatusCode;
use reqwest::blocking::{Client, RequestBuilder, Response};
use serde_json::{Value, json};

use crate::common;
use crate::common::descope::exists;
use crate::common::odc::{operations, spec_files};
use crate::common::valuekeep::{Valuekeep, member_keys, record, user_keys};
use crate::common::{
    DESCOPE_KEY, DESCOPE_PROJECT, Platform, Sandbox, TestEnv, VK_ORG, VK_TENANT,
    descope_mgmt as mgmt, direct, http, requests, run, vk_api as vk, vk_token, *,
};

#[test]
fn descope_builtin_profile_keeps_state_across_invocations() {
    let env = TestEnv::new();
    let out = run(env.cmd().args([
        "-p",
        "sandbox-descope",
        "users",
        "create",
        "--login-id",
        "tess",
        "--role",
        "Editor",
        "-o",
        "json",
    ]))
    .ok();
    let rec = &out.json()[0];
    assert_eq!(rec["result"], "created", "{rec}");
    let id = rec["record"]["userId"].as_str().unwrap().to_string();
    let out = run(env.cmd().args([
        "-p",
        "sandbox-descope",
        "users",
        "get",
        "tess",
        "-o",
        "json",
    ]))
    .ok();
    assert_eq!(out.json()["userId"], id.as_str());
    assert_eq!(out.json()["roleNames"], json!(["Editor"]));
    // Seeded like the ODC twin, and the profile test passes.
    let out = run(env.cmd().args([
        "-p",
        "sandbox-descope",
        "users",
        "list",
        "--all",
        "-o",
        "ndjson",
    ]))
    .ok();
    assert_eq!(out.lines().len(), 51);
    let t = Transcript::of(env.cmd().args(["-p", "sandbox-descope", "profile", "test"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
         CHECK  RESULT
         token  ok
         API    management API ok (51 users)
        [stderr]
        [exit status: 0]
        ");
    });
    // The ODC twin still works beside it.
    run(env
        .cmd()
        .args(["-p", "sandbox", "users", "list", "-L", "1"]))
    .ok();
}

#[test]
fn sandbox_batch_create_reports_each_user_and_counts_once() {
    let sb = Sandbox::start(&[
        "--seed-users",
        "2",
        "--vendor-limits",
        "--rate-window",
        "60",
    ]);
    let (s, body) = mgmt(
        &sb,
        "POST",
        "/v1/mgmt/user/create/batch",
        Some(json!({"users": [
            {"loginId": "b1@x.io", "email": "b1@x.io", "name": "B One"},
            {"loginId": "B1@x.io"},
            {"email": "nologin@x.io"},
            {"loginId": "b2@x.io", "userTenants": [{"tenantId": "no-such-tenant"}]},
            {"loginId": "b3@x.io", "status": "disabled"},
        ]})),
    );
    assert_eq!(s, 200, "{body}");
    let created: Vec<&str> = body["createdUsers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["loginIds"][0].as_str().unwrap())
        .collect();
    assert_eq!(created, ["b1@x.io", "b3@x.io"]);
    assert!(
        body["createdUsers"][0]["userId"]
            .as_str()
            .unwrap()
            .starts_with('U')
    );
    assert_eq!(body["createdUsers"][1]["status"], "disabled");
    let failed = body["failedUsers"].as_array().unwrap();
    assert_eq!(failed.len(), 3, "{body}");
    assert!(
        failed[0]["failure"]
            .as_str()
            .unwrap()
            .contains("already exists"),
        "{body}"
    );
    assert_eq!(failed[0]["user"]["loginIds"][0], "B1@x.io");
    assert!(
        failed[1]["failure"].as_str().unwrap().contains("loginId"),
        "{body}"
    );
    assert!(
        failed[2]["failure"]
            .as_str()
            .unwrap()
            .contains("no-such-tenant"),
        "{body}"
    );
    assert_eq!(body["additionalErrors"], json!({}));
    assert!(!exists(&sb, "b2@x.io"));
    // Bad bodies fail whole, with the key check in front.
    assert_eq!(
        mgmt(&sb, "POST", "/v1/mgmt/user/create/batch", Some(json!({}))).0,
        400
    );
    let resp = http()
        .post(format!("{}/v1/mgmt/user/create/batch", sb.url))
        .json(&json!({"users": []}))
        .send()
        .unwrap();
    assert_eq!(resp.status().as_u16(), 401);
    // One batch is one request of the create bucket (100 per window): the
    // batch and the bad body counted, 98 creates fill it, the next batch is
    // refused and changes nothing.
    for i in 0..98 {
        let (s, _) = mgmt(
            &sb,
            "POST",
            "/v1/mgmt/user/create",
            Some(json!({"loginId": format!("fill{i}")})),
        );
        assert_eq!(s, 200, "create {i}");
    }
    let (s, body) = mgmt(
        &sb,
        "POST",
        "/v1/mgmt/user/create/batch",
        Some(json!({"users": [{"loginId": "late@x.io"}]})),
    );
    assert_eq!(s, 429, "{body}");
    assert_eq!(body["errorCode"], "E130429");
    assert!(!exists(&sb, "late@x.io"));
}

#[test]
fn unknown_routes_answer_in_descopes_error_shape() {
    let sb = Sandbox::start(&["--seed-users", "1"]);
    let shape = |status: u16, body: &Value, code: &str| {
        assert_eq!(body["errorCode"], code, "{body}");
        assert!(body["errorDescription"].is_string(), "{body}");
        assert!(body["errorMessage"].is_string(), "{body}");
        for odc in ["type", "title", "status", "detail", "traceId"] {
            assert!(
                body.get(odc).is_none(),
                "ODC's {odc} in a Descope answer: {body}"
            );
        }
        let _ = status;
    };
    let (s, body) = mgmt(&sb, "POST", "/v1/mgmt/user/frobnicate", Some(json!({})));
    assert_eq!(s, 404);
    shape(s, &body, "E011404");
    assert!(
        body["errorMessage"]
            .as_str()
            .unwrap()
            .contains("/v1/mgmt/user/frobnicate")
    );
    let (s, body) = mgmt(&sb, "GET", "/v2/mgmt/nothing/here", None);
    assert_eq!(s, 404);
    shape(s, &body, "E011404");
    // A known route, the wrong method.
    let (s, body) = mgmt(&sb, "GET", "/v1/mgmt/user/create", None);
    assert_eq!(s, 405);
    shape(s, &body, "E011405");
    // An unknown SSO app verb is an unknown route too.
    let (s, body) = mgmt(
        &sb,
        "POST",
        "/v1/mgmt/user/update/ssoapp/replace",
        Some(json!({})),
    );
    assert_eq!(s, 404);
    shape(s, &body, "E011404");
    // ODC's routes keep ODC's problem shape.
    let (s, body) = crate::common::direct(&sb, "GET", "no/such/thing", None);
    assert_eq!(s, 404);
    assert!(
        body["title"].is_string() && body.get("errorDescription").is_none(),
        "{body}"
    );

    // The client reads it as a Descope error: the code in the message, exit 3.
    let env = TestEnv::new();
    let t = Transcript::of(env.on(Platform::Descope, &sb).args([
        "api",
        "POST",
        "/v1/mgmt/user/frobnicate",
        "--data",
        "{}",
    ]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        error: POST /v1/mgmt/user/frobnicate failed: Route not found: No route POST /v1/mgmt/user/frobnicate [E011404] (HTTP 404)
        [exit status: 3]
        ");
    });
}

// ---- the sandbox's secrets off argv ----

#[test]
fn sandbox_takes_its_secrets_from_the_environment_or_a_file() {
    let env = TestEnv::new();
    let token_status = |sb: &Sandbox, secret: &str| {
        http()
            .post(format!("{}/identity/connect/token", sb.url))
            .form(&[
                ("grant_type", "client_credentials"),
                ("client_id", "sandbox-client"),
                ("client_secret", secret),
            ])
            .send()
            .unwrap()
            .status()
            .as_u16()
    };
    let descope_status = |sb: &Sandbox, key: &str| {
        http()
            .get(format!("{}/v1/mgmt/user?loginId=nobody", sb.url))
            .bearer_auth(format!("{DESCOPE_PROJECT}:{key}"))
            .send()
            .unwrap()
            .status()
            .as_u16()
    };
    let sb = Sandbox::start_env(
        &[],
        &[
            ("IAMCTL_SANDBOX_CLIENT_SECRET", "from-the-env"),
            ("IAMCTL_SANDBOX_MANAGEMENT_KEY", "key-from-the-env"),
        ],
    );
    assert_eq!(token_status(&sb, "from-the-env"), 200);
    assert_eq!(token_status(&sb, "sandbox-secret"), 401);
    assert_ne!(descope_status(&sb, "key-from-the-env"), 401);
    assert_eq!(descope_status(&sb, DESCOPE_KEY), 401);
    drop(sb);

    let secret = env.path().join("secret");
    let key = env.path().join("key");
    std::fs::write(&secret, "from-a-file\n").unwrap();
    std::fs::write(&key, "key-from-a-file\n").unwrap();
    let sb = Sandbox::start(&[
        "--client-secret-file",
        secret.to_str().unwrap(),
        "--descope-management-key-file",
        key.to_str().unwrap(),
    ]);
    assert_eq!(token_status(&sb, "from-a-file"), 200);
    assert_eq!(token_status(&sb, "sandbox-secret"), 401);
    assert_ne!(descope_status(&sb, "key-from-a-file"), 401);
    drop(sb);

    let t =
        Transcript::of(
            env.cmd()
                .args(["sandbox", "--client-secret-file", "/nonexistent/secret"]),
        );
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        error: --client-secret-file: cannot read /nonexistent/secret: No such file or directory (os error 2)
        [exit status: 2]
        ");
    });
}

// ---- the sandbox saves its state on SIGINT and SIGTERM, every time ----

#[test]
fn sandbox_saves_its_state_on_every_sigint_and_sigterm() {
    let env = TestEnv::new();
    let state = env.path().join("state.json");
    let state_arg = state.to_str().unwrap().to_string();
    // The race lost the state in about half the runs: ten of each.
    for i in 0..20 {
        let signal = if i % 2 == 0 { "INT" } else { "TERM" };
        let sb = Sandbox::start(&["--state", &state_arg]);
        let email = format!("kept{i}@example.com");
        create_user(&sb, &email, "Kept");
        let status = sb.signal(signal);
        assert_eq!(status.code(), Some(0), "SIGINT run {i}: {status}");
        let saved = std::fs::read_to_string(&state).unwrap();
        for j in 0..=i {
            assert!(
                saved.contains(&format!("kept{j}@example.com")),
                "run {i} ({signal}) lost user {j}"
            );
        }
    }
}

// ---- the sandbox's --rate-limit covers every platform ----

#[test]
fn sandbox_rate_limit_covers_the_descope_routes() {
    let sb = Sandbox::start(&["--rate-limit", "1"]);
    let statuses: Vec<(u16, Value)> = (0..6)
        .map(|_| {
            let resp = http()
                .get(format!("{}/v1/mgmt/user?loginId=nobody", sb.url))
                .bearer_auth(format!("{DESCOPE_PROJECT}:{DESCOPE_KEY}"))
                .send()
                .unwrap();
            let status = resp.status().as_u16();
            let has_retry_after = resp.headers().contains_key("retry-after");
            let body: Value = resp.json().unwrap_or(Value::Null);
            assert!(status != 429 || has_retry_after);
            (status, body)
        })
        .collect();
    let limited: Vec<&Value> = statuses
        .iter()
        .filter(|(s, _)| *s == 429)
        .map(|(_, b)| b)
        .collect();
    assert!(
        !limited.is_empty(),
        "no 429 in a burst over 1 rps: {statuses:?}"
    );
    assert!(
        limited.iter().all(|b| b["errorCode"] == "E130429"),
        "{limited:?}"
    );
}

#[test]
fn every_spec_route_is_served() {
    let Some(specs) = spec_files() else {
        eprintln!("SKIPPED: ../shared/specs not found");
        return;
    };
    let sb = Sandbox::start(&[]);
    let mut checked = 0;
    for (prefix, spec) in &specs {
        for (method, path, op) in operations(spec) {
            // Any well-formed key: a missing record answers the spec's 404,
            // an unrouted path the sandbox's "No resource" fallback.
            let concrete = path
                .split('/')
                .map(|seg| {
                    if seg.starts_with('{') {
                        "00000000-0000-4000-8000-000000000000"
                    } else {
                        seg
                    }
                })
                .collect::<Vec<_>>()
                .join("/");
            let body = (method != "GET" && method != "DELETE").then(|| json!({}));
            let (status, answer) = direct(&sb, &method, &format!("{prefix}{concrete}"), body);
            let detail = answer["detail"].as_str().unwrap_or("");
            assert!(
                !detail.starts_with("No resource at") && status != 405,
                "{method} {prefix}{path} ({op}) is not served: {status} {answer}"
            );
            checked += 1;
        }
    }
    // 37 identity operations and 7 portfolio ones.
    assert_eq!(checked, 44);
}

#[test]
fn builtin_sandbox_profile_keeps_state_between_runs() {
    let env = TestEnv::new();
    let out = run(env
        .cmd()
        .args(["-p", "sandbox", "users", "list", "--all", "-o", "ndjson"]))
    .ok();
    assert_eq!(out.lines().len(), 50, "seeded with 50 users");
    let out = run(env.cmd().args([
        "-p",
        "sandbox",
        "users",
        "create",
        "--email",
        "newcomer@example.com",
        "--name",
        "Newcomer",
        "-o",
        "json",
    ]))
    .ok();
    let rec = &out.json()[0];
    assert_eq!(rec["result"], "created", "{rec}");
    let key = rec["target"]["key"].as_str().unwrap().to_string();
    let out = run(env
        .cmd()
        .args(["-p", "sandbox", "users", "list", "--all", "-o", "ndjson"]))
    .ok();
    let users = out.ndjson();
    assert_eq!(users.len(), 51);
    assert!(users.iter().any(|u| u["key"] == Value::String(key.clone()) && u["email"] == "newcomer@example.com"));
    assert!(env.path().join("cache/sandbox/state.json").exists());
    // The token cached by one run is reused by the next, though the port moved.
    let out = run(env.cmd().args([
        "-v",
        "-p",
        "sandbox",
        "users",
        "get",
        "newcomer@example.com",
    ]))
    .ok();
    assert_eq!(requests(&out.stderr).len(), 1, "{}", out.stderr);
    run(env
        .cmd()
        .args(["-p", "sandbox", "-y", "users", "delete", &key]))
    .ok();
    run(env.cmd().args(["-p", "sandbox", "users", "get", &key])).expect(3);
}

const ID: &str = "/api/identity/v1";
const PF: &str = "/api/portfolios/v2";

/// A sandbox, a client and a token, for the usual test.
struct Api {
    sb: Sandbox,
    http: Client,
    tok: String,
}

impl Api {
    fn start(args: &[&str]) -> Api {
        let sb = Sandbox::start(args);
        let tok = common::token(&sb);
        Api {
            sb,
            http: common::http(),
            tok,
        }
    }
    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.sb.url)
    }
    fn req(&self, method: reqwest::Method, path: &str) -> RequestBuilder {
        self.http
            .request(method, self.url(path))
            .bearer_auth(&self.tok)
    }
    fn get(&self, path: &str) -> Response {
        self.req(reqwest::Method::GET, path).send().unwrap()
    }
    fn json(&self, path: &str) -> Value {
        let r = self.get(path);
        assert_eq!(r.status(), 200, "GET {path}");
        r.json().unwrap()
    }
    fn send(&self, method: reqwest::Method, path: &str, body: Value) -> Response {
        self.req(method, path).json(&body).send().unwrap()
    }
    fn post(&self, path: &str, body: Value) -> Response {
        self.send(reqwest::Method::POST, path, body)
    }
    fn patch(&self, path: &str, body: Value) -> Response {
        self.send(reqwest::Method::PATCH, path, body)
    }
    fn delete(&self, path: &str) -> Response {
        self.req(reqwest::Method::DELETE, path).send().unwrap()
    }
    /// Key of the environment, app or role with this name.
    fn env_key(&self, name: &str) -> String {
        let envs = self.json(&format!("{PF}/environments"));
        find(&envs["results"], "name", name)["key"]
            .as_str()
            .unwrap()
            .to_string()
    }
    fn app_key(&self, name: &str) -> String {
        let apps = self.json(&format!("{PF}/deployed-assets?nameContains={name}"));
        apps["results"][0]["key"].as_str().unwrap().to_string()
    }
}

fn find<'a>(list: &'a Value, field: &str, value: &str) -> &'a Value {
    list.as_array()
        .unwrap()
        .iter()
        .find(|v| v[field] == value)
        .unwrap_or_else(|| panic!("no {field}={value} in {list}"))
}

/// Assert an RFC 7807 body with this status; returns it.
fn problem(r: Response, status: u16) -> Value {
    assert_eq!(r.status().as_u16(), status, "status");
    let ct = r.headers()["content-type"].to_str().unwrap().to_string();
    assert_eq!(ct, "application/problem+json");
    let body: Value = r.json().unwrap();
    assert_eq!(body["status"], status, "{body}");
    for f in [
        "type",
        "title",
        "detail",
        "instance",
        "traceId",
        "errorCode",
    ] {
        assert!(body[f].is_string(), "{f} missing in {body}");
    }
    body
}

fn keys(page: &Value) -> Vec<String> {
    page["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["key"].as_str().unwrap().to_string())
        .collect()
}

fn retry_after(r: &Response) -> u64 {
    r.headers()
        .get("retry-after")
        .expect("Retry-After")
        .to_str()
        .unwrap()
        .parse()
        .unwrap()
}

#[test]
fn discovery_and_token_endpoint() {
    let sb = Sandbox::start(&["--client-id", "me", "--client-secret", "s3cret"]);
    let http = common::http();
    let disc: Value = http
        .get(format!(
            "{}/identity/.well-known/openid-configuration",
            sb.url
        ))
        .send()
        .unwrap()
        .json()
        .unwrap();
    let ep = disc["token_endpoint"].as_str().unwrap();
    assert_eq!(ep, format!("{}/identity/connect/token", sb.url));
    assert_eq!(disc["issuer"], format!("{}/identity", sb.url));
    assert!(
        disc["grant_types_supported"]
            .as_array()
            .unwrap()
            .contains(&json!("client_credentials"))
    );

    let form = |id: &str, secret: &str, grant: &str| {
        http.post(ep)
            .form(&[
                ("grant_type", grant),
                ("client_id", id),
                ("client_secret", secret),
            ])
            .send()
            .unwrap()
    };
    let ok = form("me", "s3cret", "client_credentials");
    assert_eq!(ok.status(), 200);
    let tok: Value = ok.json().unwrap();
    assert_eq!(tok["token_type"], "Bearer");
    assert_eq!(tok["expires_in"], 43200);
    assert!(tok["access_token"].as_str().unwrap().len() > 20);

    let bad = form("me", "wrong", "client_credentials");
    assert_eq!(bad.status(), 401);
    let body: Value = bad.json().unwrap();
    assert_eq!(body["error"], "invalid_client");
    assert!(body["error_description"].is_string());
    // The default client is not accepted once overridden.
    assert_eq!(
        form("sandbox-client", "sandbox-secret", "client_credentials").status(),
        401
    );

    let grant = form("me", "s3cret", "password");
    assert_eq!(grant.status(), 400);
    assert_eq!(
        grant.json::<Value>().unwrap()["error"],
        "unsupported_grant_type"
    );
}

#[test]
fn bearer_token_required_and_expires() {
    let api = Api::start(&["--token-ttl", "1"]);
    let http = common::http();
    let users = api.url(&format!("{ID}/users"));
    let b = problem(http.get(&users).send().unwrap(), 401);
    assert_eq!(b["instance"], format!("{ID}/users"));
    problem(http.get(&users).bearer_auth("nope").send().unwrap(), 401);
    problem(
        http.get(api.url(&format!("{PF}/environments")))
            .send()
            .unwrap(),
        401,
    );
    assert_eq!(api.get(&format!("{ID}/users")).status(), 200);
    std::thread::sleep(Duration::from_millis(1200));
    let b = problem(api.get(&format!("{ID}/users")), 401);
    assert!(b["detail"].as_str().unwrap().contains("expired"), "{b}");
}

#[test]
fn users_paging_envelope_and_limits() {
    let api = Api::start(&["--seed-users", "150"]);
    let p1 = api.json(&format!("{ID}/users"));
    assert_eq!(
        p1["page"],
        json!({"count": 100, "limit": 100, "offset": 0, "totalResults": 150, "nextPageOffset": 100, "totalPages": 2})
    );
    let p2 = api.json(&format!("{ID}/users?offset=100"));
    assert_eq!(p2["page"]["count"], 50);
    assert_eq!(p2["page"]["nextPageOffset"], Value::Null);
    let mut all = keys(&p1);
    all.extend(keys(&p2));
    all.sort();
    all.dedup();
    assert_eq!(all.len(), 150);

    let p = api.json(&format!("{ID}/users?limit=40&offset=120"));
    assert_eq!(p["page"]["count"], 30);
    assert_eq!(p["page"]["totalPages"], 4);
    let beyond = api.json(&format!("{ID}/users?offset=500"));
    assert_eq!(beyond["page"]["count"], 0);

    for bad in ["limit=0", "limit=101", "limit=x", "offset=-1"] {
        let b = problem(api.get(&format!("{ID}/users?{bad}")), 400);
        assert!(b["detail"].as_str().unwrap().contains("'"), "{b}");
    }
    assert_eq!(api.json(&format!("{ID}/users/count"))["userCount"], 150);
}

#[test]
fn users_filters_sort_and_embed() {
    let api = Api::start(&["--seed-users", "150"]);
    let all = api.json(&format!("{ID}/users"));
    let first = &all["results"][0];
    let email = first["email"].as_str().unwrap();

    let hit = api.json(&format!(
        "{ID}/users?nameOrEmailContains={}",
        email.to_uppercase()
    ));
    assert_eq!(keys(&hit), vec![first["key"].as_str().unwrap()]);
    let hit = api.json(&format!("{ID}/users?nameOrEmailOrUsernameContains={email}"));
    assert_eq!(hit["page"]["totalResults"], 1);

    let invited = api.json(&format!("{ID}/users?status=Invited"));
    assert!(invited["page"]["totalResults"].as_i64().unwrap() > 0);
    assert!(
        invited["results"]
            .as_array()
            .unwrap()
            .iter()
            .all(|u| u["status"] == "Invited")
    );
    let count = api.json(&format!("{ID}/users/count?status=Invited"));
    assert_eq!(count["userCount"], invited["page"]["totalResults"]);
    problem(api.get(&format!("{ID}/users?status=Sleeping")), 400);

    let some = keys(&all)[..5].join(",");
    assert_eq!(
        api.json(&format!("{ID}/users?userKeys={some}"))["page"]["totalResults"],
        5
    );
    let many: Vec<String> = (0..21).map(|_| uuid::Uuid::new_v4().to_string()).collect();
    problem(
        api.get(&format!("{ID}/users?userKeys={}", many.join(","))),
        400,
    );
    problem(api.get(&format!("{ID}/users?userKeys=abc")), 400);

    let names: Vec<String> = all["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["name"].as_str().unwrap().to_lowercase())
        .collect();
    assert!(
        names.windows(2).all(|w| w[0] <= w[1]),
        "default sort is by name"
    );
    let by_email = api.json(&format!("{ID}/users?sort=-email&limit=100"));
    let emails: Vec<&str> = by_email["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["email"].as_str().unwrap())
        .collect();
    assert!(
        emails.windows(2).all(|w| w[0] >= w[1]),
        "descending by e-mail"
    );
    let by_key = keys(&api.json(&format!("{ID}/users?sort=key")));
    assert!(by_key.windows(2).all(|w| w[0] <= w[1]));
    problem(api.get(&format!("{ID}/users?sort=height")), 400);

    let embedded = api.json(&format!(
        "{ID}/users?embed=ApplicationRoles&hasApplicationRoles=true"
    ));
    let u = &embedded["results"][0];
    assert!(u["access"]["hasApplicationRoles"].as_bool().unwrap());
    assert!(
        !u["_embedded"]["applicationRoles"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    assert!(all["results"][0].get("_embedded").is_none());
    problem(api.get(&format!("{ID}/users?embed=Everything")), 400);
}

#[test]
fn user_create_get_patch_delete() {
    let api = Api::start(&["--seed-users", "10"]);
    let body = json!({"name": "Ada Lovelace", "email": "ada@example.com", "isActive": true,
                      "addToBuiltInIdentityProvider": false});
    let r = api.post(&format!("{ID}/users"), body.clone());
    assert_eq!(r.status(), 201);
    let key = r.json::<Value>().unwrap()["key"]
        .as_str()
        .unwrap()
        .to_string();

    let dup = problem(api.post(&format!("{ID}/users"), body.clone()), 400);
    assert_eq!(dup["errorCode"], "UserAlreadyExists");
    assert!(dup["detail"].as_str().unwrap().contains("ada@example.com"));
    // Same e-mail with the built-in IdP flag: no second user, same key.
    let mut flagged = body.clone();
    flagged["addToBuiltInIdentityProvider"] = json!(true);
    flagged["email"] = json!("ADA@example.com");
    let r = api.post(&format!("{ID}/users"), flagged);
    assert_eq!(r.status(), 201);
    assert_eq!(r.json::<Value>().unwrap()["key"], key);
    assert_eq!(api.json(&format!("{ID}/users/count"))["userCount"], 11);

    let r = api.post(
        &format!("{ID}/users"),
        json!({"name": "Grace", "email": "grace@example.com", "isActive": true, "addToBuiltInIdentityProvider": true}),
    );
    let grace = r.json::<Value>().unwrap()["key"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(
        api.json(&format!("{ID}/users/{grace}"))["status"],
        "Invited"
    );
    problem(
        api.post(&format!("{ID}/users"), json!({"name": "No Mail"})),
        400,
    );
    problem(
        api.post(
            &format!("{ID}/users"),
            json!({"name": "X", "email": "not-an-email"}),
        ),
        400,
    );
    let malformed = api
        .req(reqwest::Method::POST, &format!("{ID}/users"))
        .header("content-type", "application/json")
        .body("{\"name\": ")
        .send()
        .unwrap();
    problem(malformed, 400);
    problem(
        api.post(
            &format!("{ID}/users"),
            json!({"name": 5, "email": "a@b.co"}),
        ),
        400,
    );

    let u = api.json(&format!("{ID}/users/{key}"));
    assert_eq!(u["email"], "ada@example.com");
    assert_eq!(u["status"], "Active");
    let r = api.patch(
        &format!("{ID}/users/{key}"),
        json!({"name": "Ada King", "isActive": false, "photoUrl": "https://example.com/ada.png"}),
    );
    assert_eq!(r.status(), 204);
    let u = api.json(&format!("{ID}/users/{key}"));
    assert_eq!(
        (
            u["name"].as_str(),
            u["status"].as_str(),
            u["isActive"].as_bool()
        ),
        (Some("Ada King"), Some("Inactive"), Some(false))
    );
    assert_eq!(u["photoUrl"], "https://example.com/ada.png");

    let missing = uuid::Uuid::new_v4();
    let b = problem(api.get(&format!("{ID}/users/not-a-uuid")), 400);
    assert!(b["detail"].as_str().unwrap().contains("not-a-uuid"));
    problem(api.get(&format!("{ID}/users/{missing}")), 404);
    problem(
        api.patch(&format!("{ID}/users/{missing}"), json!({"isActive": true})),
        404,
    );
    problem(
        api.patch(&format!("{ID}/users/zzz"), json!({"isActive": true})),
        400,
    );
    problem(api.delete(&format!("{ID}/users/{missing}")), 404);
    problem(api.get(&format!("{ID}/no-such-route")), 404);
    problem(api.get("/nothing/here"), 404);

    assert_eq!(api.delete(&format!("{ID}/users/{key}")).status(), 204);
    problem(api.get(&format!("{ID}/users/{key}")), 404);
}

fn poll_bulk(api: &Api, key: &str) -> (Vec<String>, Value) {
    let deadline = Instant::now() + Duration::from_secs(5);
    let mut seen = Vec::new();
    loop {
        let op = api.json(&format!("{ID}/users/bulk/{key}"));
        let status = op["status"].as_str().unwrap().to_string();
        if seen.last() != Some(&status) {
            seen.push(status.clone());
        }
        if status.starts_with("Finished") {
            return (seen, op);
        }
        assert!(Instant::now() < deadline, "bulk never finished: {seen:?}");
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[test]
fn bulk_create_polls_to_finished_and_with_errors() {
    let api = Api::start(&["--seed-users", "5"]);
    let existing = api.json(&format!("{ID}/users"))["results"][0]["email"].clone();
    let recs: Vec<Value> = (0..3)
        .map(|i| json!({"name": format!("Bulk {i}"), "email": format!("bulk{i}@example.com"), "isActive": true}))
        .collect();
    let r = api.post(&format!("{ID}/users/bulk"), json!({ "records": recs }));
    assert_eq!(r.status(), 202);
    let op: Value = r.json().unwrap();
    assert_eq!(op["status"], "Pending");
    let (seen, done) = poll_bulk(&api, op["key"].as_str().unwrap());
    assert_eq!(seen.last().unwrap(), "Finished", "{seen:?}");
    let ops = done["operations"].as_array().unwrap();
    assert_eq!(ops.len(), 3);
    assert!(
        ops.iter()
            .all(|o| o["status"] == "Inserted" && o["record"]["key"].is_string())
    );
    assert_eq!(api.json(&format!("{ID}/users/count"))["userCount"], 8);

    let bad = json!({"records": [
        {"name": "New", "email": "new@example.com", "isActive": true},
        {"name": "New again", "email": "NEW@example.com", "isActive": true},
        {"name": "Old", "email": existing, "isActive": true},
    ]});
    let op: Value = api.post(&format!("{ID}/users/bulk"), bad).json().unwrap();
    let (_, done) = poll_bulk(&api, op["key"].as_str().unwrap());
    assert_eq!(done["status"], "FinishedWithErrors");
    let statuses: Vec<&str> = done["operations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["Inserted", "Error", "Error"]);
    assert!(done["operations"][1]["errorMessage"].is_string());
    assert_eq!(done["operations"][2]["errorCode"], "UserAlreadyExists");
    assert_eq!(api.json(&format!("{ID}/users/count"))["userCount"], 9);

    problem(
        api.post(&format!("{ID}/users/bulk"), json!({"records": []})),
        400,
    );
    problem(api.post(&format!("{ID}/users/bulk"), json!({})), 400);
    problem(
        api.get(&format!("{ID}/users/bulk/{}", uuid::Uuid::new_v4())),
        404,
    );
    problem(api.get(&format!("{ID}/users/bulk/xyz")), 400);
}

#[test]
fn groups_and_membership() {
    let api = Api::start(&["--seed-users", "20"]);
    let prod = api.env_key("Production");
    let groups = api.json(&format!("{ID}/groups?environmentKey={prod}"));
    assert_eq!(groups["page"]["totalResults"], 3);
    assert!(
        groups["results"]
            .as_array()
            .unwrap()
            .iter()
            .all(|g| g["environmentKey"] == prod.as_str())
    );
    let named = api.json(&format!("{ID}/groups?nameContains=sales"));
    assert_eq!(named["page"]["totalResults"], 2, "one Sales Team per stage");

    let users = keys(&api.json(&format!("{ID}/users")));
    let r = api.post(
        &format!("{ID}/groups"),
        json!({"name": "Night Shift", "description": "x", "environmentKey": prod, "userKeys": [users[0]]}),
    );
    assert_eq!(r.status(), 201);
    let g = r.json::<Value>().unwrap()["key"]
        .as_str()
        .unwrap()
        .to_string();
    problem(
        api.post(
            &format!("{ID}/groups"),
            json!({"name": "Night Shift", "environmentKey": prod}),
        ),
        400,
    );
    problem(
        api.post(&format!("{ID}/groups"), json!({"environmentKey": prod})),
        400,
    );
    assert_eq!(api.json(&format!("{ID}/groups/{g}"))["name"], "Night Shift");
    assert_eq!(
        api.patch(&format!("{ID}/groups/{g}"), json!({"name": "Day Shift"}))
            .status(),
        204
    );
    assert_eq!(api.json(&format!("{ID}/groups/{g}"))["name"], "Day Shift");

    let r = api.patch(
        &format!("{ID}/groups/{g}/users"),
        json!({"userKeysToAdd": [users[1], users[2]], "userKeysToRemove": [users[0]]}),
    );
    assert_eq!(r.status(), 200);
    let members = api.json(&format!("{ID}/groups/{g}/users"));
    let mut got: Vec<&str> = members["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["user"]["key"].as_str().unwrap())
        .collect();
    got.sort();
    let mut want = vec![users[1].as_str(), users[2].as_str()];
    want.sort();
    assert_eq!(got, want);
    assert_eq!(
        members["results"][0]["membershipTypes"],
        json!(["Assigned"])
    );
    let mine = api.json(&format!("{ID}/users/{}/groups", users[1]));
    assert!(
        mine["results"]
            .as_array()
            .unwrap()
            .iter()
            .any(|x| x["group"]["key"] == g.as_str())
    );

    let missing = uuid::Uuid::new_v4();
    problem(
        api.patch(
            &format!("{ID}/groups/{g}/users"),
            json!({"userKeysToAdd": [missing]}),
        ),
        400,
    );
    problem(
        api.patch(&format!("{ID}/groups/{missing}/users"), json!({})),
        404,
    );
    problem(api.get(&format!("{ID}/groups/{missing}")), 404);
    problem(api.get(&format!("{ID}/groups/{missing}/users")), 404);
    problem(api.get(&format!("{ID}/users/{missing}/groups")), 404);
    assert_eq!(api.delete(&format!("{ID}/groups/{g}")).status(), 204);
    problem(api.delete(&format!("{ID}/groups/{g}")), 404);
}

#[test]
fn application_and_organization_roles() {
    let api = Api::start(&["--seed-users", "20"]);
    let prod = api.env_key("Production");
    let sales = api.app_key("SalesPortal");
    let roles = api.json(&format!(
        "{ID}/application-roles?assetKey={sales}&environmentKey={prod}"
    ));
    let admin = find(&roles["results"], "name", "Admin")["key"]
        .as_str()
        .unwrap()
        .to_string();
    // Role names repeat across apps and stages.
    let admins = api.json(&format!("{ID}/application-roles?nameContains=admin"));
    assert_eq!(admins["page"]["totalResults"], 4);

    let user = keys(&api.json(&format!("{ID}/users?limit=1")))[0].clone();
    let path = format!("{ID}/users/{user}/application-roles/{admin}");
    assert_eq!(api.post(&path, json!(null)).status(), 201);
    let mine = api.json(&format!(
        "{ID}/users/{user}/application-roles?assetKey={sales}"
    ));
    let held = find(&mine["results"], "key", &admin);
    assert_eq!(held["isDirectlyAssigned"], true);
    let holders = api.json(&format!("{ID}/application-roles/{admin}/users"));
    assert!(keys(&holders).contains(&user));
    assert_eq!(api.delete(&path).status(), 204);
    problem(api.delete(&path), 404);
    let missing = uuid::Uuid::new_v4();
    problem(
        api.post(
            &format!("{ID}/users/{user}/application-roles/{missing}"),
            json!(null),
        ),
        404,
    );
    problem(
        api.post(
            &format!("{ID}/users/{missing}/application-roles/{admin}"),
            json!(null),
        ),
        404,
    );
    problem(
        api.post(
            &format!("{ID}/users/{user}/application-roles/bad"),
            json!(null),
        ),
        400,
    );
    problem(
        api.get(&format!("{ID}/application-roles/{missing}/users")),
        404,
    );

    let orgs = api.json(&format!("{ID}/organization-roles"));
    for name in ["Admin", "Developer", "Tech Lead"] {
        find(&orgs["results"], "name", name);
    }
    let r = api.post(
        &format!("{ID}/organization-roles"),
        json!({"name": "Auditor", "permissions": []}),
    );
    assert_eq!(r.status(), 201);
    let auditor = r.json::<Value>().unwrap()["orgRoleKey"]
        .as_str()
        .unwrap()
        .to_string();
    problem(
        api.post(
            &format!("{ID}/organization-roles"),
            json!({"name": "auditor"}),
        ),
        409,
    );
    assert_eq!(
        api.json(&format!("{ID}/organization-roles/{auditor}"))["name"],
        "Auditor"
    );
    let grant = format!("{ID}/users/{user}/organization-roles/{auditor}");
    assert_eq!(api.post(&grant, json!({})).status(), 201);
    let held = api.json(&format!("{ID}/users/{user}/organization-roles"));
    find(&held["results"], "key", &auditor);
    assert!(keys(&api.json(&format!("{ID}/organization-roles/{auditor}/users"))).contains(&user));
    assert_eq!(
        api.json(&format!("{ID}/users/{user}"))["access"]["hasOrganizationRoles"],
        true
    );
    assert_eq!(api.delete(&grant).status(), 204);
    problem(api.delete(&grant), 404);
    assert_eq!(
        api.patch(
            &format!("{ID}/organization-roles/{auditor}"),
            json!({"name": "Auditors"})
        )
        .status(),
        204
    );
    assert_eq!(
        api.delete(&format!("{ID}/organization-roles/{auditor}"))
            .status(),
        204
    );
    problem(api.get(&format!("{ID}/organization-roles/{auditor}")), 404);

    let idps = api.json(&format!("{ID}/identity-providers"));
    assert_eq!(idps["page"]["totalResults"], 1);
}

#[test]
fn portfolio_routes_resolve_names() {
    let api = Api::start(&[]);
    let envs = api.json(&format!("{PF}/environments"));
    let names: Vec<&str> = envs["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Development", "Production"]);
    let pf = api.json(&format!("{PF}/portfolios"));
    assert_eq!(pf["page"]["totalResults"], 1);
    assert_eq!(pf["results"][0]["isMainPortfolio"], true);

    let dev = api.env_key("Development");
    let apps = api.json(&format!("{PF}/deployed-assets?environmentKey={dev}"));
    assert_eq!(apps["page"]["totalResults"], 2);
    for a in apps["results"].as_array().unwrap() {
        let deps = a["deployments"].as_array().unwrap();
        assert_eq!(deps.len(), 1);
        assert_eq!(deps[0]["environmentKey"], dev.as_str());
    }
    let hr = api.json(&format!("{PF}/deployed-assets?nameContains=hrhub"));
    assert_eq!(hr["page"]["totalResults"], 1);
    assert_eq!(hr["results"][0]["deployments"][0]["name"], "HRHub");
    problem(api.get(&format!("{PF}/deployed-assets?limit=0")), 400);
    problem(
        api.get(&format!("{PF}/deployed-assets?environmentKey=prod")),
        400,
    );
}

#[test]
fn fail_rate_refuses_without_side_effects() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state.json");
    let state = state.to_str().unwrap();
    let api = Api::start(&[
        "--seed-users",
        "7",
        "--fail-rate",
        "1",
        "--fault-seed",
        "1",
        "--state",
        state,
    ]);
    for _ in 0..6 {
        let r = api.get(&format!("{ID}/users"));
        assert!(
            [
                StatusCode::SERVICE_UNAVAILABLE,
                StatusCode::TOO_MANY_REQUESTS
            ]
            .contains(&r.status()),
            "{}",
            r.status()
        );
        assert!(retry_after(&r) <= 1);
        let status = r.status().as_u16();
        problem(r, status);
    }
    let r = api.post(
        &format!("{ID}/users"),
        json!({"name": "Ghost", "email": "ghost@example.com", "isActive": true}),
    );
    assert!(r.status() == 503 || r.status() == 429);
    assert!(api.stop_status().success());

    let again = Api::start(&["--state", state]);
    assert_eq!(again.json(&format!("{ID}/users/count"))["userCount"], 7);
    assert_eq!(
        again.json(&format!("{ID}/users?nameOrEmailContains=ghost"))["page"]["totalResults"],
        0
    );
}

#[test]
fn fault_seed_repeats_the_fault_decisions() {
    // Sequential requests: the same seed, the same answers in the same order.
    let statuses = |seed: &str| {
        let api = Api::start(&["--fail-rate", "0.5", "--fault-seed", seed]);
        (0..16)
            .map(|_| api.get(&format!("{ID}/users")).status().as_u16())
            .collect::<Vec<_>>()
    };
    let first = statuses("42");
    assert_eq!(first, statuses("42"));
    assert!(first.contains(&200), "{first:?}");
    assert!(first.contains(&503) && first.contains(&429), "{first:?}");
}

impl Api {
    fn stop_status(self) -> std::process::ExitStatus {
        self.sb.stop()
    }
}

#[test]
fn rate_limit_token_bucket() {
    let api = Api::start(&["--rate-limit", "3"]);
    let mut limited = None;
    for _ in 0..10 {
        let r = api.get(&format!("{PF}/environments"));
        if r.status() == 429 {
            limited = Some(r);
            break;
        }
    }
    let r = limited.expect("a burst of 10 over 3 rps is limited");
    assert_eq!(retry_after(&r), 1);
    problem(r, 429);
    std::thread::sleep(Duration::from_millis(700));
    assert_eq!(api.get(&format!("{PF}/environments")).status(), 200);
}

#[test]
fn vendor_limits_per_window() {
    // A 3 s window: long enough that 101 calls fit in it on a slow CI box.
    let api = Api::start(&["--vendor-limits", "--rate-window", "3"]);
    let start = Instant::now();
    let rec = |i: usize| json!({"records": [{"name": "B", "email": format!("b{i}@example.com"), "isActive": true}]});
    for i in 0..5 {
        assert_eq!(api.post(&format!("{ID}/users/bulk"), rec(i)).status(), 202);
    }
    let r = api.post(&format!("{ID}/users/bulk"), rec(9));
    assert_eq!(r.status(), 429);
    assert_eq!(
        retry_after(&r),
        3,
        "seconds until the oldest bulk call leaves, rounded up"
    );
    problem(r, 429);
    // Other identity calls still have budget (5 of 100 spent).
    for _ in 0..95 {
        assert_eq!(api.get(&format!("{ID}/users/count")).status(), 200);
    }
    let r = api.get(&format!("{ID}/users/count"));
    assert_eq!(r.status(), 429);
    assert!(retry_after(&r) >= 1);
    // The portfolio API has its own budget.
    assert_eq!(api.get(&format!("{PF}/environments")).status(), 200);
    assert!(
        start.elapsed() < Duration::from_secs(3),
        "test too slow to be meaningful"
    );
    std::thread::sleep(
        Duration::from_secs(3).saturating_sub(start.elapsed()) + Duration::from_millis(50),
    );
    assert_eq!(api.post(&format!("{ID}/users/bulk"), rec(10)).status(), 202);
}

#[test]
fn state_survives_restart_with_tokens() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("sub").join("sandbox.json");
    let s = state.to_str().unwrap();
    let api = Api::start(&["--seed-users", "3", "--state", s]);
    let r = api.post(
        &format!("{ID}/users"),
        json!({"name": "Kept", "email": "kept@example.com", "isActive": true}),
    );
    let key = r.json::<Value>().unwrap()["key"]
        .as_str()
        .unwrap()
        .to_string();
    let tok = api.tok.clone();
    let status = api.stop_status();
    assert!(status.success(), "exit 0 on SIGTERM: {status:?}");
    assert!(state.exists());
    let leftovers: Vec<_> = std::fs::read_dir(state.parent().unwrap())
        .unwrap()
        .collect();
    assert_eq!(leftovers.len(), 1, "no temp file left behind");

    // `--seed-users` is ignored when the state file exists.
    let sb = Sandbox::start(&["--seed-users", "50", "--state", s]);
    let http = common::http();
    let u: Value = http
        .get(format!("{}{ID}/users/{key}", sb.url))
        .bearer_auth(&tok)
        .send()
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(
        u["email"], "kept@example.com",
        "old token still valid, user kept"
    );
    let n: Value = http
        .get(format!("{}{ID}/users/count", sb.url))
        .bearer_auth(&tok)
        .send()
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(n["userCount"], 4);
}

#[test]
fn seeding_is_deterministic() {
    let a = Api::start(&["--seed-users", "40"]);
    let b = Api::start(&["--seed-users", "40"]);
    let c = Api::start(&["--seed-users", "60"]);
    let page = |api: &Api| api.json(&format!("{ID}/users?sort=key&limit=100"));
    assert_eq!(page(&a)["results"], page(&b)["results"]);
    let ka = keys(&page(&a));
    let kc = keys(&page(&c));
    assert!(
        ka.iter().all(|k| kc.contains(k)),
        "user i has the same key whatever N is"
    );
    for path in [
        format!("{ID}/groups"),
        format!("{ID}/application-roles"),
        format!("{PF}/environments"),
    ] {
        assert_eq!(a.json(&path), b.json(&path), "{path}");
    }
}

/// A client that sends a request's headers one byte at a time (for 20 s,
/// so that a sandbox that waits for it ends too, late).
fn dribble(url: &str) {
    let addr = url.trim_start_matches("http://").to_string();
    std::thread::spawn(move || {
        let Ok(mut s) = TcpStream::connect(&addr) else {
            return;
        };
        let head = b"GET /api/identity/v1/users HTTP/1.1\r\nHost: sandbox\r\nX-Slow: ";
        for b in head.iter().chain(std::iter::repeat(&b'a')).take(400) {
            if s.write_all(&[*b]).is_err() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    });
}

#[test]
fn sigterm_saves_state_and_exits_promptly_with_a_slow_client() {
    let env = TestEnv::new();
    let state = env.path().join("state.json");
    let state_arg = state.to_str().unwrap().to_string();
    let mut log = String::new();

    // A client dribbling its headers; a user created just before.
    let sb = Sandbox::start(&["--seed-users", "1", "--state", &state_arg]);
    let key = create_user(&sb, "kept.after.stop@example.com", "Kept");
    dribble(&sb.url);
    std::thread::sleep(Duration::from_millis(300));
    let t0 = Instant::now();
    let status = sb.signal("TERM");
    let took = t0.elapsed();
    // Generous: the grace is 2 s.
    assert!(took < Duration::from_secs(3), "stopping took {took:?}");
    let saved = std::fs::read_to_string(&state).unwrap();
    log += &format!(
        "dribbling client: exit {:?}, state saved with the new user: {}\n",
        status.code(),
        saved.contains(&key)
    );

    // A request held by --latency-ms.
    let sb = Sandbox::start(&["--state", &state_arg, "--latency-ms", "20000"]);
    let url = format!("{}/identity/.well-known/openid-configuration", sb.url);
    std::thread::spawn(move || {
        let _ = http().get(url).timeout(Duration::from_secs(90)).send();
    });
    std::thread::sleep(Duration::from_millis(300));
    let _ = std::fs::remove_file(&state);
    let t0 = Instant::now();
    let status = sb.signal("INT");
    let took = t0.elapsed();
    assert!(took < Duration::from_secs(3), "stopping took {took:?}");
    let saved = std::fs::read_to_string(&state).unwrap_or_default();
    log += &format!(
        "request held by --latency-ms: exit {:?}, state saved with the user: {}\n",
        status.code(),
        saved.contains(&key)
    );
    insta::assert_snapshot!(log, @r"
    dribbling client: exit Some(0), state saved with the new user: true
    request held by --latency-ms: exit Some(0), state saved with the user: true
    ");
}

#[test]
fn latency_is_bounded_like_the_other_durations() {
    let env = TestEnv::new();
    // A sandbox that takes the value serves until killed: 20 s at most.
    let t = Transcript::of(
        env.cmd()
            .args(["sandbox", "--latency-ms", "18446744073709551615"])
            .timeout(Duration::from_secs(20)),
    );
    insta::assert_snapshot!(t.to_string(), @r#"
    [stdout]
    [stderr]
    error: invalid value '18446744073709551615' for '--latency-ms <MS>': "18446744073709551615" is not a number of milliseconds from 0 to 600000 (ten minutes)

    For more information, try '--help'.
    [exit status: 2]
    "#);
}

#[test]
fn sandbox_odata_rules() {
    let sb = Sandbox::start(&["--seed-users", "130"]);
    let (s, body) = vk(&sb, "GET", "users/odata?$top=101", None);
    assert_eq!(s, 400, "{body}");
    assert!(body["message"].as_str().unwrap().contains("100"));
    let (s, page) = vk(
        &sb,
        "GET",
        "users/odata?$top=50&$skip=100&$inlinecount=allpages&$select=UserKey,Email",
        None,
    );
    assert_eq!(s, 200);
    assert_eq!(page["count"], 130);
    assert_eq!(page["items"].as_array().unwrap().len(), 30);
    assert!(page["nextPageLink"].is_null());
    let first = page["items"][0].as_object().unwrap();
    assert_eq!(first.len(), 2, "{first:?}");
    let (_, page) = vk(&sb, "GET", "users/odata?$top=10", None);
    assert!(page["count"].is_null());
    assert!(
        page["nextPageLink"]
            .as_str()
            .unwrap()
            .starts_with("http://127.0.0.1:")
    );
    let (_, page) = vk(&sb, "GET", "groups/odata?$top=1", None);
    assert!(page["nextPageLink"].as_str().unwrap().starts_with("/api/"));
    let (s, _) = vk(&sb, "GET", "users/odata?$filter=Shoe eq 1", None);
    assert_eq!(s, 400);
    let (s, _) = vk(&sb, "GET", "users/odata?$expand=Roles", None);
    assert_eq!(s, 400);
    let (s, page) = vk(
        &sb,
        "GET",
        "users/odata?$filter=Status ne 1 and (startswith(UserKey,'a') or contains(Email,'costa'))&$orderby=UserKey desc",
        None,
    );
    assert_eq!(s, 200);
    let items = page["items"].as_array().unwrap();
    assert!(!items.is_empty());
    assert!(items.iter().all(|u| u["status"] != 1));
}

#[test]
fn faults_apply_to_valuekeep_routes() {
    // Every API call fails (503/429 with Retry-After) once the token is in
    // hand; with no time to retry, that is a network/server failure (exit 6).
    let sb = Sandbox::start(&["--seed-users", "3", "--fail-rate", "1", "--fault-seed", "1"]);
    let env = TestEnv::new();
    let out = run(env
        .valuekeep(&sb)
        .args(["--max-wait", "0.5", "users", "list"]))
    .expect(6);
    assert!(
        out.stderr.contains("HTTP 503") || out.stderr.contains("HTTP 429"),
        "{}",
        out.stderr
    );
}

#[test]
fn valuekeep_builtin_profile_keeps_state_across_invocations() {
    let env = TestEnv::new();
    let t = Transcript::of(env.cmd().args([
        "-p",
        "sandbox-valuekeep",
        "users",
        "create",
        "--email",
        "zed@example.com",
        "--name",
        "Zed",
        "--user-key",
        "ZED",
    ]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        Created user zed@example.com (ZED)
        [exit status: 0]
        ");
    });
    let out = run(env.cmd().args([
        "-p",
        "sandbox-valuekeep",
        "users",
        "get",
        "ZED",
        "-o",
        "json",
    ]))
    .ok();
    assert_eq!(out.json()["email"], "zed@example.com");
    let t = Transcript::of(
        env.cmd()
            .args(["-p", "sandbox-valuekeep", "profile", "test"]),
    );
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
         CHECK  RESULT
         token  ok
         API    identity API ok (51 users)
        [stderr]
        [exit status: 0]
        ");
    });
    // The ODC built-in shares the process-less sandbox but not the data.
    run(env
        .cmd()
        .args(["-p", "sandbox", "users", "get", "zed@example.com"]))
    .expect(3);
}

/// The sandbox serves the documented routes with the documented bodies and
/// status codes, whatever client calls them.
#[test]
fn sandbox_serves_the_group_and_role_routes_as_documented() {
    let sb = Sandbox::start(&["--seed-users", "3"]);
    // POST roles: every required field named when missing.
    let (s, body) = vk(&sb, "POST", "roles", Some(json!({"roleKey": "X"})));
    assert_eq!(s, 400, "{body}");
    let errors = body["errors"].to_string();
    for f in ["description", "isAdministration", "isDefault", "isInternal"] {
        assert!(errors.contains(f), "{f} not in {errors}");
    }
    // 201, the id as a JSON string, a Location header.
    let resp = http()
        .post(format!("{}/api/{VK_TENANT}/{VK_ORG}/identity/roles", sb.url))
        .bearer_auth(vk_token(&sb))
        .json(&json!({"roleKey": "AUDIT", "description": "Audit", "isAdministration": false,
                      "isDefault": false, "isInternal": true, "localizableDescription": "Auditoria"}))
        .send()
        .unwrap();
    assert_eq!(resp.status().as_u16(), 201);
    let location = resp.headers()["location"].to_str().unwrap().to_string();
    let id: Value = resp.json().unwrap();
    assert!(location.ends_with(id.as_str().unwrap()), "{location}");
    let r = record(&sb, &format!("roles/{}", id.as_str().unwrap()));
    assert_eq!(r["roleKey"], "AUDIT");
    assert_eq!(r["localizableDescription"], "Auditoria");

    // PUT setters take the bare JSON value; the wrong type is a 400.
    assert_eq!(
        vk(&sb, "PUT", "groups/IT/name", Some(json!("IT crew"))).0,
        200
    );
    assert_eq!(
        vk(&sb, "PUT", "groups/IT/isActive", Some(json!("no"))).0,
        400
    );
    assert_eq!(
        vk(&sb, "PUT", "roles/AUDIT/isDefault", Some(json!(1))).0,
        400
    );
    // Undocumented attributes and verbs are no resource (404).
    assert_eq!(
        vk(&sb, "PUT", "groups/IT/colour", Some(json!("red"))).0,
        404
    );
    assert_eq!(vk(&sb, "PUT", "roles/AUDIT/users", Some(json!([]))).0, 404);
    assert_eq!(
        vk(&sb, "POST", "groups/IT/users/merge", Some(json!([]))).0,
        404
    );
    assert_eq!(vk(&sb, "PUT", "groups/NOPE/name", Some(json!("x"))).0, 404);

    // addById / removeById take record ids; the whole list or nothing.
    let users = user_keys(&sb, 2);
    let u0 = record(&sb, &format!("users/{}", users[0]));
    let id0 = u0["id"].as_str().unwrap();
    assert_eq!(
        vk(&sb, "POST", "roles/AUDIT/users/addById", Some(json!([id0]))).0,
        200
    );
    assert_eq!(member_keys(&record(&sb, "roles/AUDIT")), [users[0].clone()]);
    let (s, body) = vk(
        &sb,
        "POST",
        "groups/IT/users/add",
        Some(json!([users[1], "ghost"])),
    );
    assert_eq!(s, 400, "{body}");
    assert!(body["errors"].to_string().contains("ghost"), "{body}");
    assert!(
        !member_keys(&record(&sb, "groups/IT")).contains(&users[1]),
        "a refused list changed nothing"
    );
    assert_eq!(
        vk(
            &sb,
            "POST",
            "roles/AUDIT/users/removeById",
            Some(json!([id0]))
        )
        .0,
        200
    );
    assert!(member_keys(&record(&sb, "roles/AUDIT")).is_empty());
}
