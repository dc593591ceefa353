//! Every platform at the speed its API allows, checked by behaviour (what
//! is sent, how many requests, how many in flight), never by the clock:
//! concurrent paging, one write where the API takes a list, the name cache.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

use serde_json::{Value, json};

use crate::common;
use crate::common::{
    DESCOPE_KEY, DESCOPE_PROJECT, Out, Platform, Sandbox, TestEnv, VK_ORG, VK_TENANT, bin,
    create_user, direct, env_key, get_json, http, requests, run, vk_token_at as vk_token,
};

#[test]
fn stage_and_app_names_are_looked_up_once_per_run() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    create_user(&sb, "once@example.com", "Once");
    let out = run(env.odc(&sb).args([
        "-v",
        "users",
        "roles",
        "add",
        "once@example.com",
        "Viewer",
        "Admin",
        "--app",
        "SalesPortal",
        "--stage",
        "Production",
    ]))
    .ok();
    let sent = requests(&out.stderr);
    let count = |part: &str| sent.iter().filter(|r| r.contains(part)).count();
    assert_eq!(count("/environments"), 1, "{sent:#?}");
    assert_eq!(count("/deployed-assets"), 1, "{sent:#?}");
    // One lookup per role name, and one read of the user's roles (what
    // they hold already is unchanged, and sends nothing).
    assert_eq!(count("/v1/application-roles?"), 2, "{sent:#?}");
    assert_eq!(count("/users/"), 3, "{sent:#?}");
    assert_eq!(count("/application-roles?"), 3, "{sent:#?}");
    assert_eq!(count("/application-roles/"), 2, "{sent:#?}");
}

/// Stages and portfolios named several times in one run are listed once:
/// every name of the answer is remembered, not only the one asked for.
#[test]
fn stage_and_portfolio_names_cost_one_listing_each() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let out = run(env.odc(&sb).args([
        "-v",
        "users",
        "list",
        "--portfolio",
        "Default",
        "--logged-in-portfolio",
        "Default",
        "--logged-in-stage",
        "Development",
        "--logged-in-stage",
        "Production",
    ]))
    .ok();
    let gets = |path: &str| {
        common::requests(&out.stderr)
            .iter()
            .filter(|r| r.starts_with("GET ") && r.split('?').next().unwrap().ends_with(path))
            .count()
    };
    assert_eq!(gets("/api/portfolios/v2/portfolios"), 1, "{}", out.stderr);
    assert_eq!(gets("/api/portfolios/v2/environments"), 1, "{}", out.stderr);
}

/// The most requests a `-v` trace shows in flight at once (sent and not
/// yet answered).
fn max_in_flight(stderr: &str) -> usize {
    const METHODS: &[&str] = &["GET ", "POST ", "PATCH ", "PUT ", "DELETE "];
    let (mut now, mut most) = (0usize, 0usize);
    for line in stderr.lines() {
        if let Some(rest) = line.strip_prefix("> ") {
            if METHODS.iter().any(|m| rest.starts_with(m)) {
                now += 1;
                most = most.max(now);
            }
        } else if let Some(rest) = line.strip_prefix("< ")
            && rest.starts_with(|c: char| c.is_ascii_digit())
        {
            now = now.saturating_sub(1);
        }
    }
    most
}

/// The request count of the `* N requests, ...` line `-v` ends with.
fn request_count(out: &Out) -> usize {
    out.stderr
        .lines()
        .find_map(|l| {
            l.strip_prefix("* ")?
                .split(" requests,")
                .next()?
                .parse()
                .ok()
        })
        .unwrap_or_else(|| panic!("no request count in:\n{}", out.stderr))
}

/// API requests of a trace (token requests left out).
fn api_requests(out: &Out) -> Vec<String> {
    requests(&out.stderr)
        .into_iter()
        .filter(|r| !r.contains("/connect/token") && !r.contains("openid-configuration"))
        .collect()
}

fn writes(out: &Out) -> Vec<String> {
    api_requests(out)
        .into_iter()
        .filter(|r| !r.starts_with("GET ") && !r.contains("/user/search"))
        .collect()
}

/// A sandbox started with extra environment variables (the common one
/// takes none).
struct EnvSandbox {
    child: Child,
    sb_url: String,
}

impl EnvSandbox {
    fn start(args: &[&str], vars: &[(&str, &str)]) -> EnvSandbox {
        let mut child = Command::new(bin())
            .arg("sandbox")
            .args(["--port", "0"])
            .args(args)
            .envs(vars.iter().copied())
            .env_remove("RUST_BACKTRACE")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("spawn iamctl sandbox");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .expect("read sandbox url");
        EnvSandbox {
            child,
            sb_url: line.trim().to_string(),
        }
    }
}

impl Drop for EnvSandbox {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let _ = self.child.wait();
    }
}

fn valuekeep_cmd(env: &TestEnv, url: &str) -> assert_cmd::Command {
    let mut c = env.cmd();
    c.env("IAMCTL_KIND", "valuekeep")
        .env("IAMCTL_BASE_URL", url)
        .env("IAMCTL_TENANT", VK_TENANT)
        .env("IAMCTL_ORG", VK_ORG)
        .env("IAMCTL_CLIENT_ID", "sandbox-client")
        .env("IAMCTL_CLIENT_SECRET", "sandbox-secret")
        .env("IAMCTL_TOKEN_URL", format!("{url}/connect/token"));
    c
}

/// A direct GET on the sandbox's Valuekeep identity API.
fn vk_get(url: &str, path: &str) -> Value {
    let full = if path.starts_with("http") {
        path.to_string()
    } else {
        format!("{url}/api/{VK_TENANT}/{VK_ORG}/identity/{path}")
    };
    http()
        .get(full)
        .bearer_auth(vk_token(url))
        .send()
        .unwrap()
        .json()
        .unwrap()
}

/// Every Valuekeep user key in the server's own order, by following
/// `nextPageLink` (the sequential way).
fn vk_keys_by_links(url: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut next = "users/odata".to_string();
    loop {
        let page = vk_get(url, &next);
        for u in page["items"].as_array().unwrap() {
            out.push(u["userKey"].as_str().unwrap().to_string());
        }
        match page["nextPageLink"].as_str() {
            Some(l) => next = l.to_string(),
            None => return out,
        }
    }
}

fn descope_mgmt(url: &str, path: &str, body: Value) -> Value {
    http()
        .post(format!("{url}{path}"))
        .bearer_auth(format!("{DESCOPE_PROJECT}:{DESCOPE_KEY}"))
        .json(&body)
        .send()
        .unwrap()
        .json()
        .unwrap()
}

/// Every Descope user id in the search's own order, page after page.
fn descope_ids_in_order(url: &str) -> Vec<String> {
    let mut out = Vec::new();
    for page in 0.. {
        let p = descope_mgmt(
            url,
            "/v2/mgmt/user/search",
            json!({"limit": 100, "page": page}),
        );
        let users = p["users"].as_array().unwrap().clone();
        out.extend(
            users
                .iter()
                .map(|u| u["userId"].as_str().unwrap().to_string()),
        );
        if users.len() < 100 {
            return out;
        }
    }
    out
}

fn field(out: &Out, name: &str) -> Vec<String> {
    out.ndjson()
        .iter()
        .map(|v| v[name].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn list_all_fetches_pages_concurrently_in_order_on_every_platform() {
    // Latency keeps each page in flight long enough for the trace to show
    // how many overlap; nothing here depends on how long the run takes.
    let sb = Sandbox::start(&["--seed-users", "1050", "--latency-ms", "40"]);
    let env = TestEnv::new();
    for (platform, key) in [
        (Platform::Odc, "key"),
        (Platform::Valuekeep, "userKey"),
        (Platform::Descope, "userId"),
    ] {
        let out = run(env
            .on(platform, &sb)
            .args(["-v", "users", "list", "--all", "-o", "ndjson"]))
        .ok();
        let listed = field(&out, key);
        assert_eq!(listed.len(), 1050, "{platform:?}");
        let pages = api_requests(&out);
        assert_eq!(
            pages.len(),
            11,
            "{platform:?}: one request a page: {pages:#?}"
        );
        let most = max_in_flight(&out.stderr);
        assert!(
            (2..=8).contains(&most),
            "{platform:?}: {most} pages in flight (want 2..=8):\n{}",
            out.stderr
        );
        // In the server's order, whatever order the pages came back in.
        let expected = match platform {
            Platform::Odc => crate::common::all_users(&sb)
                .iter()
                .map(|u| u["key"].as_str().unwrap().to_string())
                .collect(),
            Platform::Valuekeep => vk_keys_by_links(&sb.url),
            Platform::Descope => descope_ids_in_order(&sb.url),
        };
        assert_eq!(listed, expected, "{platform:?}");
    }
}

#[test]
fn valuekeep_pages_with_skip_top_once_the_first_page_gives_a_count() {
    let sb = Sandbox::start(&["--seed-users", "250"]);
    let env = TestEnv::new();
    let out = run(env.on(Platform::Valuekeep, &sb).args([
        "-v", "users", "list", "--all", "-o", "ndjson", "--status", "active",
    ]))
    .ok();
    let pages = api_requests(&out);
    assert!(
        pages[0].contains("%24inlinecount=allpages"),
        "the first page asks for the count: {pages:#?}"
    );
    let total = out.lines().len();
    assert!(total > 100, "{total}");
    assert_eq!(pages.len(), total.div_ceil(100), "{pages:#?}");
    for (i, p) in pages.iter().enumerate().skip(1) {
        assert!(p.contains(&format!("%24skip={}", i * 100)), "{p}");
        assert!(
            p.contains("Status+eq+1"),
            "the filter goes on every page: {p}"
        );
    }
    // --limit across a page boundary: only the pages needed, cut exactly.
    let out = run(env
        .on(Platform::Valuekeep, &sb)
        .args(["-v", "users", "list", "--limit", "150", "-o", "ndjson"]))
    .ok();
    assert_eq!(out.lines().len(), 150);
    let pages = api_requests(&out);
    assert_eq!(pages.len(), 2, "{pages:#?}");
    assert!(pages[1].contains("%24skip=100") && pages[1].contains("%24top=50"));
}

#[test]
fn valuekeep_without_a_count_follows_next_page_link_one_page_at_a_time() {
    let sb = EnvSandbox::start(
        &["--seed-users", "250", "--latency-ms", "20"],
        &[("IAMCTL_SANDBOX_VALUEKEEP_COUNT", "never")],
    );
    let env = TestEnv::new();
    let out =
        run(valuekeep_cmd(&env, &sb.sb_url).args(["-v", "users", "list", "--all", "-o", "ndjson"]))
            .ok();
    assert_eq!(field(&out, "userKey"), vk_keys_by_links(&sb.sb_url));
    assert_eq!(out.lines().len(), 250);
    let pages = api_requests(&out);
    assert_eq!(pages.len(), 3, "{pages:#?}");
    assert_eq!(max_in_flight(&out.stderr), 1, "{}", out.stderr);
}

#[test]
fn roles_and_groups_go_in_one_request_where_the_api_takes_a_list() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();

    // Valuekeep: roles/add and groups/add take arrays.
    let out = run(env.on(Platform::Valuekeep, &sb).args([
        "-v",
        "users",
        "roles",
        "add",
        "carla.ferreira2",
        "INTEGRATOR",
        "WORKMANAGER",
        "READONLY",
    ]))
    .ok();
    let w = writes(&out);
    assert_eq!(w.len(), 1, "{}", out.stderr);
    assert!(
        w[0].ends_with("/api/sandbox/sandbox-0001/identity/users/carla.ferreira2/roles/add"),
        "{w:#?}"
    );
    for r in ["INTEGRATOR", "WORKMANAGER", "READONLY"] {
        assert!(
            out.stderr
                .contains(&format!("Granted role {r} to carla.ferreira2")),
            "{}",
            out.stderr
        );
    }
    let held: Vec<String> = vk_get(&sb.url, "users/carla.ferreira2")["roles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["roleKey"].as_str().unwrap().to_string())
        .collect();
    for r in ["INTEGRATOR", "WORKMANAGER", "READONLY"] {
        assert!(held.contains(&r.to_string()), "{held:?}");
    }
    let out = run(env.on(Platform::Valuekeep, &sb).args([
        "-v",
        "users",
        "roles",
        "remove",
        "carla.ferreira2",
        "INTEGRATOR",
        "WORKMANAGER",
    ]))
    .ok();
    let w = writes(&out);
    assert_eq!(w.len(), 1, "{w:#?}");
    assert!(w[0].ends_with("/roles/remove"));
    let out = run(env.on(Platform::Valuekeep, &sb).args([
        "-v",
        "users",
        "groups",
        "add",
        "carla.ferreira2",
        "MAINT",
        "IT",
        "FACILITIES",
    ]))
    .ok();
    let w = writes(&out);
    assert_eq!(w.len(), 1, "{w:#?}");
    assert!(w[0].ends_with("/groups/add"));

    // Descope: role add takes roleNames[]; the names are checked with one
    // role/all the first time, then come from the name cache.
    let login =
        descope_mgmt(&sb.url, "/v2/mgmt/user/search", json!({"limit": 1}))["users"][0]["loginIds"]
            [0]
        .as_str()
        .unwrap()
        .to_string();
    let out = run(env.on(Platform::Descope, &sb).args([
        "-v",
        "users",
        "roles",
        "add",
        &login,
        "Tenant Admin",
        "Viewer",
        "Editor",
    ]))
    .ok();
    // role/all, the user's roles (Tenant Admin already held: unchanged,
    // not sent), and one add for the other two.
    assert_eq!(request_count(&out), 3, "{}", out.stderr);
    assert_eq!(writes(&out).len(), 1, "{}", out.stderr);
    assert!(writes(&out)[0].ends_with("/v2/mgmt/user/update/role/add"));
    assert!(
        out.stderr.contains(&format!(
            "Unchanged: {login} already holds role Tenant Admin"
        )),
        "{}",
        out.stderr
    );
    let out = run(env.on(Platform::Descope, &sb).args([
        "-v",
        "users",
        "roles",
        "remove",
        &login,
        "Tenant Admin",
        "Editor",
    ]))
    .ok();
    // The user's roles, then one remove.
    assert_eq!(request_count(&out), 2, "{}", out.stderr);
    assert_eq!(writes(&out).len(), 1, "{}", out.stderr);
    let user: Value = http()
        .get(format!("{}/v1/mgmt/user?loginId={login}", sb.url))
        .bearer_auth(format!("{DESCOPE_PROJECT}:{DESCOPE_KEY}"))
        .send()
        .unwrap()
        .json()
        .unwrap();
    let roles = user["user"]["roleNames"].as_array().unwrap();
    assert!(roles.contains(&json!("Viewer")) && !roles.contains(&json!("Tenant Admin")));

    // ODC: one role per request (POST users/{key}/application-roles/{role}).
    let key = crate::common::nth_user(&sb, 0)["key"]
        .as_str()
        .unwrap()
        .to_string();
    let out = run(env.on(Platform::Odc, &sb).args([
        "-v",
        "users",
        "roles",
        "add",
        &key,
        "Admin",
        "Viewer",
        "Sales Manager",
        "--app",
        "SalesPortal",
        "--stage",
        "Production",
    ]))
    .ok();
    assert_eq!(writes(&out).len(), 3, "{}", out.stderr);
}

#[test]
fn a_refused_list_is_told_item_by_item() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let roles = vk_get(&sb.url, "roles/odata");
    let id_of = |key: &str| {
        roles["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["roleKey"] == key)
            .unwrap()["id"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let integrator = id_of("INTEGRATOR");
    let bogus = "00000000-0000-4000-8000-00000000beef";
    let out = run(env.on(Platform::Valuekeep, &sb).args([
        "-v",
        "users",
        "roles",
        "add",
        "--by-id",
        "carla.ferreira2",
        &integrator,
        bogus,
    ]))
    .expect(7);
    // One request for both, refused; then one each, to tell which.
    let w = writes(&out);
    assert_eq!(w.len(), 3, "{w:#?}");
    // Each told: the one granted, the one refused (with the API's words).
    let said = crate::common::told(&out.stderr);
    assert!(
        said.contains(&format!("Granted role {integrator} to carla.ferreira2\n")),
        "{said}"
    );
    assert!(
        said.contains(&format!(
            "warning: Could not grant role {bogus} to carla.ferreira2: "
        )) && said.contains("does not exist"),
        "{said}"
    );
    assert!(
        said.contains("error: 1 of 2 changes did not complete (1 changed, 1 failed)"),
        "{said}"
    );
    let held = vk_get(&sb.url, "users/carla.ferreira2")["roles"].clone();
    assert!(
        held.as_array()
            .unwrap()
            .iter()
            .any(|r| r["roleKey"] == "INTEGRATOR")
    );
}

#[test]
fn descope_deletes_several_users_in_one_batch_request() {
    let sb = Sandbox::start(&["--seed-users", "8"]);
    let env = TestEnv::new();
    let users = descope_mgmt(&sb.url, "/v2/mgmt/user/search", json!({"limit": 8}))["users"]
        .as_array()
        .unwrap()
        .clone();
    let login = |i: usize| users[i]["loginIds"][0].as_str().unwrap().to_string();
    let user_id = |i: usize| users[i]["userId"].as_str().unwrap().to_string();
    // Named by login id and by user id: one search each way, one delete.
    let (a, b, c) = (login(0), user_id(1), login(2));
    let out = run(env
        .on(Platform::Descope, &sb)
        .args(["-v", "-y", "users", "delete", &a, &b, &c]))
    .ok();
    let sent = api_requests(&out);
    assert_eq!(sent.len(), 3, "{sent:#?}");
    assert!(sent[2].ends_with("/v1/mgmt/user/delete/batch"), "{sent:#?}");
    for name in [&a, &b, &c] {
        assert!(
            out.stderr.contains(&format!("Deleted user {name}")),
            "{}",
            out.stderr
        );
    }
    let left = descope_mgmt(&sb.url, "/v2/mgmt/user/search", json!({"limit": 100}))["users"]
        .as_array()
        .unwrap()
        .len();
    assert_eq!(left, 5);
    // One unknown among them: the others go, exit 7, each told.
    let (d, e) = (login(3), login(4));
    let out = run(env.on(Platform::Descope, &sb).args([
        "-v",
        "-y",
        "users",
        "delete",
        &d,
        "nobody@nowhere.example",
        &e,
    ]))
    .expect(7);
    assert!(
        out.stderr
            .contains("error: 1 of 3 changes did not complete (2 deleted, 1 failed)"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("\"nobody@nowhere.example\" not found"),
        "{}",
        out.stderr
    );
    assert!(writes(&out).len() == 1, "{}", out.stderr);
    let left = descope_mgmt(&sb.url, "/v2/mgmt/user/search", json!({"limit": 100}))["users"]
        .as_array()
        .unwrap()
        .len();
    assert_eq!(left, 3);
    // --dry-run: the lookups run, the batch is planned, nothing goes.
    let f = login(5);
    let g = login(6);
    let h = login(7);
    let out = run(env.on(Platform::Descope, &sb).args([
        "-v",
        "--dry-run",
        "users",
        "delete",
        &f,
        &g,
        &h,
        "-o",
        "json",
    ]))
    .ok();
    assert!(writes(&out).is_empty(), "{}", out.stderr);
    assert!(
        out.stdout.contains("/v1/mgmt/user/delete/batch"),
        "{}",
        out.stdout
    );
}

/// A script of `users roles add ... --app X --stage Y` commands pays the
/// names once: the second command spends only its write.
#[test]
fn names_resolved_once_serve_the_next_commands() {
    let sb = Sandbox::start(&["--seed-users", "6"]);
    let env = TestEnv::new();
    let key = |i: usize| {
        crate::common::nth_user(&sb, i)["key"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let add = |user: &str, extra: &[&str]| {
        let mut c = env.odc(&sb);
        c.args(["-v"]).args(extra).args([
            "users",
            "roles",
            "add",
            user,
            "Viewer",
            "--app",
            "SalesPortal",
            "--stage",
            "Production",
        ]);
        run(&mut c).ok()
    };
    let first = add(&key(0), &[]);
    // Name lookups: the reads that are not of the user (every run reads
    // the user's roles first, to tell what they already hold).
    let lookups = |out: &Out| {
        api_requests(out)
            .into_iter()
            .filter(|r| r.starts_with("GET ") && !r.contains("/users/"))
            .count()
    };
    assert_eq!(
        lookups(&first),
        3,
        "stage, app, role: {:#?}",
        api_requests(&first)
    );
    for i in 1..4 {
        let out = add(&key(i), &[]);
        let sent = api_requests(&out);
        assert_eq!(
            sent.len(),
            2,
            "only the user's roles and the grant: {sent:#?}"
        );
        assert!(
            sent[0].starts_with("GET ") && sent[0].contains("/application-roles?"),
            "{sent:#?}"
        );
        assert!(sent[1].starts_with("POST "), "{sent:#?}");
        assert_eq!(request_count(&out), 2);
    }
    // --refresh: looked up afresh (and remembered again).
    let out = add(&key(4), &["--refresh"]);
    assert_eq!(lookups(&out), 3, "{:#?}", api_requests(&out));
    let out = add(&key(5), &[]);
    assert_eq!(lookups(&out), 0);

    // Valuekeep: group and role names, one filtered lookup the first time.
    let vk = |args: &[&str]| run(env.on(Platform::Valuekeep, &sb).args(args)).ok();
    let other = vk_get(&sb.url, "users/odata?$top=1")["items"][0]["userKey"]
        .as_str()
        .unwrap()
        .to_string();
    assert_ne!(other, "carla.ferreira2");
    let out = vk(&[
        "-v",
        "users",
        "roles",
        "add",
        "carla.ferreira2",
        "Technician",
        "Read only",
    ]);
    // The lookup of both names, the user (what they hold), the add.
    assert_eq!(api_requests(&out).len(), 3, "{:#?}", api_requests(&out));
    let out = vk(&[
        "-v",
        "users",
        "roles",
        "add",
        &other,
        "Technician",
        "Read only",
    ]);
    // Names from the cache: the user and the add only.
    assert_eq!(api_requests(&out).len(), 2, "{:#?}", api_requests(&out));
    // A new name among cached ones: only the new one is looked up.
    let out = vk(&[
        "-v",
        "users",
        "roles",
        "add",
        &other,
        "Technician",
        "Integrator",
    ]);
    let gets: Vec<String> = api_requests(&out)
        .into_iter()
        .filter(|r| r.starts_with("GET ") && !r.contains("/identity/users/"))
        .collect();
    assert_eq!(gets.len(), 1, "{gets:#?}");
    assert!(
        gets[0].contains("Integrator") && !gets[0].contains("Technician"),
        "{gets:#?}"
    );
}

#[test]
fn names_that_failed_are_not_kept_and_entries_expire() {
    let sb = Sandbox::start(&["--seed-users", "2"]);
    let env = TestEnv::new();
    let user = crate::common::nth_user(&sb, 0)["key"]
        .as_str()
        .unwrap()
        .to_string();
    let try_role = |role: &str| {
        run(env.odc(&sb).args([
            "-v",
            "users",
            "roles",
            "add",
            &user,
            role,
            "--app",
            "SalesPortal",
            "--stage",
            "Production",
        ]))
    };
    let out = try_role("Nope").expect(3);
    assert!(out.stderr.contains("\"Nope\" not found"), "{}", out.stderr);
    // Asked again: the role is looked up again (stage and app were kept,
    // but a stage key from the cache may be stale: a not-found under it is
    // looked up afresh once, so all three are asked).
    let out = try_role("Nope").expect(3);
    // Name lookups: every GET but the read of the user's own roles.
    let gets = |out: &Out| {
        api_requests(out)
            .into_iter()
            .filter(|r| r.starts_with("GET ") && !r.contains("/users/"))
            .collect::<Vec<_>>()
    };
    let g = gets(&out);
    assert_eq!(
        g.iter().filter(|r| r.contains("application-roles")).count(),
        2,
        "{g:#?}"
    );
    // A good name is kept; an entry older than the TTL is not used.
    try_role("Viewer").ok();
    let out = try_role("Viewer").ok();
    assert!(gets(&out).is_empty(), "{:#?}", gets(&out));
    let dir = env.path().join("cache").join("names");
    let files: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().collect();
    assert_eq!(files.len(), 1, "one file for this tenant");
    let path = files[0].path();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "{mode:o}");
    }
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        !text.contains("127.0.0.1"),
        "the file names no tenant: {text}"
    );
    let mut cache: Value = serde_json::from_str(&text).unwrap();
    for e in cache["names"].as_object_mut().unwrap().values_mut() {
        e["at"] = json!(e["at"].as_u64().unwrap() - 601);
    }
    std::fs::write(&path, cache.to_string()).unwrap();
    let out = try_role("Viewer").ok();
    assert_eq!(gets(&out).len(), 3, "{:#?}", gets(&out));
}

/// A group deleted and made again under the same name has a new key: the
/// cached key answers 404, the name is looked up afresh once, and the
/// command succeeds.
#[test]
fn a_404_for_a_cached_key_resolves_the_name_again_once() {
    let sb = Sandbox::start(&["--seed-users", "3"]);
    let env = TestEnv::new();
    let key = |i: usize| {
        crate::common::nth_user(&sb, i)["key"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let prod = env_key(&sb, "Production");
    let (status, made) = direct(
        &sb,
        "POST",
        "groups",
        Some(json!({"name": "Night Shift", "environmentKey": prod})),
    );
    assert_eq!(status, 201, "{made}");
    let old = made["key"].as_str().unwrap().to_string();
    let add = |user: &str| {
        run(env.odc(&sb).args([
            "-v",
            "users",
            "groups",
            "add",
            user,
            "Night Shift",
            "--stage",
            "Production",
        ]))
    };
    add(&key(0)).ok();
    // Made again behind iamctl's back.
    assert_eq!(direct(&sb, "DELETE", &format!("groups/{old}"), None).0, 204);
    let (status, made) = direct(
        &sb,
        "POST",
        "groups",
        Some(json!({"name": "Night Shift", "environmentKey": prod})),
    );
    assert_eq!(status, 201);
    let new = made["key"].as_str().unwrap().to_string();
    let out = add(&key(1)).ok();
    let sent = api_requests(&out);
    let patches: Vec<&String> = sent.iter().filter(|r| r.starts_with("PATCH ")).collect();
    assert_eq!(patches.len(), 2, "{sent:#?}");
    assert!(
        patches[0].contains(&old) && patches[1].contains(&new),
        "{sent:#?}"
    );
    let members = get_json(&sb, &format!("groups/{new}/users"));
    assert!(members.to_string().contains(&key(1)), "{members}");
    // The new key is what is remembered now (the one read is the user's
    // groups, read first).
    let out = add(&key(2)).ok();
    let sent = api_requests(&out);
    assert_eq!(sent.len(), 2, "{sent:#?}");
    assert!(
        sent[0].starts_with("GET ") && sent[0].contains("/groups?"),
        "{sent:#?}"
    );
    assert!(
        sent[1].starts_with("PATCH ") && sent[1].contains(&new),
        "{sent:#?}"
    );
    // A genuine 404 (a user that is not there) is not retried: the read of
    // the user's groups finds them missing, and nothing is sent.
    let out = add("00000000-0000-4000-8000-000000000000");
    assert_eq!(out.code, 3, "{}", out.stderr);
    let patches = api_requests(&out)
        .into_iter()
        .filter(|r| r.starts_with("PATCH "))
        .count();
    assert_eq!(patches, 0, "{}", out.stderr);
    assert_eq!(api_requests(&out).len(), 1, "{}", out.stderr);
}

/// `users export --memberships` lists the users once on every platform:
/// Valuekeep's and Descope's records carry their memberships (no request
/// more than the list), and ODC's walk of its lists, which lists the users
/// itself, costs the same for 12 users as for 250.
#[test]
fn export_with_memberships_lists_users_once_and_does_not_grow_per_user() {
    let small = Sandbox::start(&["--seed-users", "12"]);
    let large = Sandbox::start(&["--seed-users", "250"]);
    let env = TestEnv::new();
    let export = |p: Platform, sb: &Sandbox| {
        let out = run(env.on(p, sb).args([
            "-v",
            "users",
            "export",
            "--memberships",
            "--format",
            "ndjson",
        ]))
        .ok();
        let lists = api_requests(&out)
            .iter()
            .filter(|r| {
                let path = r.split('?').next().unwrap();
                path.ends_with("/identity/v1/users")
                    || path.ends_with("/identity/users/odata")
                    || path.ends_with("/user/search")
            })
            .count();
        (api_requests(&out).len(), lists, out.stdout.lines().count())
    };
    for p in [Platform::Valuekeep, Platform::Descope] {
        let (all, lists, users) = export(p, &large);
        assert_eq!(users, 250, "{p:?}");
        assert_eq!(all, lists, "{p:?}: nothing but the user list");
    }
    let (small_cost, small_lists, users) = export(Platform::Odc, &small);
    assert_eq!(users, 12);
    assert_eq!(small_lists, 1, "ODC: the users listed once");
    let (large_cost, large_lists, users) = export(Platform::Odc, &large);
    assert_eq!(users, 250);
    assert_eq!(
        large_lists, 3,
        "ODC: 250 users are three pages, listed once"
    );
    assert_eq!(large_cost - small_cost, 2, "ODC: only the two extra pages");
}
