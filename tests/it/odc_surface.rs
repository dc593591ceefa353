//! ODC's whole contract (issue 10): every route of the vendor's OpenAPI
//! files is served by the sandbox, and the commands for what iamctl lacked
//! (claim mappings, permissions, the remaining `users list` filters, bulk
//! matching by identity).

use std::path::PathBuf;

use serde_json::{Value, json};

use crate::common::{self, Sandbox, TestEnv, direct, get_json, run};

/// The vendor's OpenAPI files, kept beside the project (never copied in):
/// identity v1 and portfolio v2, with the prefix each is served under.
pub fn spec_files() -> Option<Vec<(&'static str, Value)>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/specs");
    let mut out = Vec::new();
    for (file, prefix) in [
        ("odc-identity-v1.json", "/api/identity/v1"),
        ("odc-portfolio-v2.json", "/api/portfolios/v2"),
    ] {
        let text = std::fs::read_to_string(dir.join(file)).ok()?;
        out.push((prefix, serde_json::from_str(&text).expect("spec is JSON")));
    }
    Some(out)
}

/// Every (method, path, operationId) of a spec.
pub fn operations(spec: &Value) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for (path, item) in spec["paths"].as_object().expect("paths") {
        for (method, op) in item.as_object().expect("path item") {
            if ["get", "put", "post", "patch", "delete"].contains(&method.as_str()) {
                out.push((
                    method.to_uppercase(),
                    path.clone(),
                    op["operationId"].as_str().unwrap_or("").to_string(),
                ));
            }
        }
    }
    out
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

/// The platforms other than ODC, as the matrix names them.
fn elsewhere(env: &TestEnv, sb: &Sandbox) -> Vec<(&'static str, assert_cmd::Command)> {
    let mut vk = env.cmd();
    vk.env("IAMCTL_KIND", "valuekeep")
        .env("IAMCTL_BASE_URL", &sb.url)
        .env("IAMCTL_TENANT", "sandbox")
        .env("IAMCTL_ORG", "sandbox-0001")
        .env("IAMCTL_CLIENT_ID", "sandbox-client")
        .env("IAMCTL_CLIENT_SECRET", "sandbox-secret")
        .env("IAMCTL_TOKEN_URL", format!("{}/connect/token", sb.url));
    let mut ds = env.cmd();
    ds.env("IAMCTL_KIND", "descope")
        .env("DESCOPE_PROJECT_ID", iamctl_sandbox::DESCOPE_PROJECT_ID)
        .env("IAMCTL_BASE_URL", &sb.url)
        .env(
            "IAMCTL_MANAGEMENT_KEY",
            iamctl_sandbox::DESCOPE_MANAGEMENT_KEY,
        );
    vec![("Valuekeep", vk), ("Descope", ds)]
}

/// `args` is refused on every other platform: exit 2, the one wording,
/// no request sent.
fn refused_elsewhere(env: &TestEnv, sb: &Sandbox, args: &[&str], what: &str) {
    for (name, mut cmd) in elsewhere(env, sb) {
        let mut full = vec!["-v"];
        full.extend_from_slice(args);
        let out = run(cmd.args(&full)).expect(2);
        assert!(
            out.stderr
                .contains(&format!("`{what}` is not available on {name}")),
            "{name}: {}",
            out.stderr
        );
        assert!(
            out.stderr.contains("* 0 requests,"),
            "{name}: {}",
            out.stderr
        );
    }
}

fn mappings(sb: &Sandbox, group: &str) -> Vec<Value> {
    get_json(sb, &format!("groups/{group}"))["groupIdpClaimMappings"]
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn group_claim_mappings_list_remove_clear() {
    let sb = Sandbox::start(&[]);
    let env = TestEnv::new();
    let support = common::group_key(&sb, "Support", "Production");
    let seeded = mappings(&sb, &support);
    assert_eq!(seeded.len(), 1, "the sandbox seeds one mapping on Support");
    let mkey = seeded[0]["key"].as_str().unwrap().to_string();

    let listed = run(env.odc(&sb).args([
        "groups",
        "claim-mappings",
        "list",
        "Support",
        "--stage",
        "Production",
        "-o",
        "json",
    ]))
    .ok()
    .json();
    assert_eq!(listed[0]["key"], mkey.as_str());
    assert_eq!(listed[0]["claim"], "groups");
    assert_eq!(listed[0]["value"], "support-production");
    assert_eq!(listed[0]["group"], support.as_str());

    // A dry run plans the DELETE and sends none.
    let out = run(env.odc(&sb).args([
        "-v",
        "--dry-run",
        "groups",
        "claim-mappings",
        "clear",
        "Support",
        "--stage",
        "Production",
    ]))
    .ok();
    assert!(
        out.stdout
            .contains(&format!("/groups/{support}/claim-mappings/{mkey}")),
        "{}",
        out.stdout
    );
    assert_eq!(mappings(&sb, &support).len(), 1);

    // Without a terminal, clearing needs --yes.
    run(env.odc(&sb).args([
        "groups",
        "claim-mappings",
        "clear",
        "Support",
        "--stage",
        "Production",
    ]))
    .expect(2);
    assert_eq!(mappings(&sb, &support).len(), 1);

    let out = run(env.odc(&sb).args([
        "groups",
        "claim-mappings",
        "clear",
        "Support",
        "--stage",
        "Production",
        "--yes",
    ]))
    .ok();
    // One outcome line for the mapping taken away (its wording is the
    // generic membership sentence: "Removed Support from claim-mapping K").
    assert!(
        out.stderr.starts_with("Removed ") && out.stderr.contains(&format!("claim-mapping {mkey}")),
        "{}",
        out.stderr
    );
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    assert!(mappings(&sb, &support).is_empty());
    let out = run(env.odc(&sb).args([
        "groups",
        "claim-mappings",
        "clear",
        "Support",
        "--stage",
        "Production",
        "--yes",
    ]))
    .ok();
    assert!(
        out.stderr.contains("has no claim mappings"),
        "{}",
        out.stderr
    );

    // `remove` by key; an unknown key is not found (3), a name is a usage error (2).
    let dev = common::group_key(&sb, "Support", "Development");
    let dkey = mappings(&sb, &dev)[0]["key"].as_str().unwrap().to_string();
    run(env.odc(&sb).args([
        "groups",
        "claim-mappings",
        "remove",
        "Support",
        &dkey,
        "--stage",
        "Development",
        "--yes",
    ]))
    .ok();
    assert!(mappings(&sb, &dev).is_empty());
    run(env.odc(&sb).args([
        "groups",
        "claim-mappings",
        "remove",
        "Support",
        &dkey,
        "--stage",
        "Development",
        "--yes",
    ]))
    .expect(3);
    run(env.odc(&sb).args([
        "groups",
        "claim-mappings",
        "remove",
        "Support",
        "groups=support",
        "--stage",
        "Development",
        "--yes",
    ]))
    .expect(2);

    refused_elsewhere(
        &env,
        &sb,
        &["groups", "claim-mappings", "list", "Support"],
        "groups claim-mappings list",
    );
    refused_elsewhere(
        &env,
        &sb,
        &["groups", "claim-mappings", "clear", "Support", "--yes"],
        "groups claim-mappings clear",
    );
}

#[test]
fn permissions_list_and_get() {
    let sb = Sandbox::start(&[]);
    let env = TestEnv::new();
    let all = run(env.odc(&sb).args(["permissions", "list", "-o", "json"]))
        .ok()
        .json();
    let api = get_json(&sb, "permissions");
    assert_eq!(
        all.as_array().unwrap().len(),
        api["page"]["totalResults"].as_u64().unwrap() as usize
    );
    assert!(
        all.as_array()
            .unwrap()
            .iter()
            .any(|p| p["name"] == "Manage users")
    );
    let some =
        run(env
            .odc(&sb)
            .args(["permissions", "list", "--search", "end-user", "-o", "json"]))
        .ok()
        .json();
    let names: Vec<&str> = some
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Manage end-user groups", "Manage end-user access"]);

    let by_name = run(env
        .odc(&sb)
        .args(["permissions", "get", "manage users", "-o", "json"]))
    .ok()
    .json();
    assert_eq!(by_name["name"], "Manage users");
    let key = by_name["key"].as_str().unwrap();
    let out = run(env
        .odc(&sb)
        .args(["-v", "permissions", "get", key, "-o", "json"]))
    .ok();
    assert_eq!(out.json()["name"], "Manage users");
    assert!(
        out.stderr.contains(&format!("/permissions/{key}")),
        "one GET by key: {}",
        out.stderr
    );
    run(env.odc(&sb).args(["permissions", "get", "Fly"])).expect(3);
    run(env
        .odc(&sb)
        .args(["permissions", "get", "00000000-0000-4000-8000-000000000000"]))
    .expect(3);

    refused_elsewhere(&env, &sb, &["permissions", "list"], "permissions list");
    refused_elsewhere(&env, &sb, &["permissions", "get", "x"], "permissions get");
}

#[test]
fn users_list_filters_by_keys_portfolio_logins_and_embeds() {
    let sb = Sandbox::start(&["--seed-users", "40"]);
    let env = TestEnv::new();
    let all = common::all_users(&sb);
    let (a, b) = (
        all[3]["key"].as_str().unwrap(),
        all[17]["key"].as_str().unwrap(),
    );
    let got = run(env
        .odc(&sb)
        .args(["users", "list", "--key", a, "--key", b, "-o", "json"]))
    .ok()
    .json();
    let mut keys: Vec<&str> = got
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["key"].as_str().unwrap())
        .collect();
    keys.sort();
    let mut want = vec![a, b];
    want.sort();
    assert_eq!(keys, want);
    run(env
        .odc(&sb)
        .args(["users", "list", "--key", "ana@example.com"]))
    .expect(2);
    let many: Vec<String> = (0..21)
        .map(|i| all[i]["key"].as_str().unwrap().to_string())
        .collect();
    let mut args = vec!["-v", "users", "list"];
    for k in &many {
        args.extend(["--key", k.as_str()]);
    }
    let out = run(env.odc(&sb).args(&args)).expect(2);
    assert!(out.stderr.contains("at most 20"), "{}", out.stderr);
    assert!(
        out.stderr.contains("* 0 requests,"),
        "refused before sending: {}",
        out.stderr
    );

    // Stage logins: every user listed has logged in and holds a role there.
    let prod = common::env_key(&sb, "Production");
    let out = run(env.odc(&sb).args([
        "-v",
        "users",
        "list",
        "--all",
        "--logged-in-stage",
        "Production",
        "-o",
        "json",
    ]))
    .ok();
    assert!(
        out.stderr
            .contains(&format!("loggedInEnvironmentKeys={prod}")),
        "{}",
        out.stderr
    );
    let logged = out.json();
    let logged = logged.as_array().unwrap();
    assert!(
        !logged.is_empty() && logged.len() < all.len(),
        "{}",
        logged.len()
    );
    for u in logged {
        assert!(!u["lastLoginAt"].is_null(), "{u}");
        let roles = get_json(
            &sb,
            &format!(
                "users/{}/application-roles?assignmentSources=Direct,GroupAssigned&environmentKey={prod}",
                u["key"].as_str().unwrap()
            ),
        );
        assert!(roles["page"]["totalResults"].as_u64().unwrap() > 0, "{u}");
    }
    // The whole portfolio holds every stage: at least as many.
    let pf = run(env.odc(&sb).args([
        "users",
        "list",
        "--all",
        "--logged-in-portfolio",
        "Default",
        "-o",
        "json",
    ]))
    .ok()
    .json();
    assert!(pf.as_array().unwrap().len() >= logged.len());
    // Holding roles in the portfolio, by name (resolved once, then the key).
    let out = run(env.odc(&sb).args([
        "-v",
        "users",
        "list",
        "--portfolio",
        "Default",
        "-o",
        "json",
    ]))
    .ok();
    assert!(out.stderr.contains("portfolioKeys="), "{}", out.stderr);
    for u in out.json().as_array().unwrap() {
        assert_eq!(u["access"]["hasApplicationRoles"], true, "{u}");
    }
    run(env.odc(&sb).args(["users", "list", "--portfolio", "Nope"])).expect(3);

    let emb = run(env.odc(&sb).args([
        "users",
        "list",
        "-L",
        "3",
        "--embed",
        "app-roles,identity-providers",
        "-o",
        "json",
    ]))
    .ok()
    .json();
    for u in emb.as_array().unwrap() {
        assert!(u["_embedded"]["applicationRoles"].is_array(), "{u}");
        assert!(u["_embedded"]["userIdentityProviders"].is_array(), "{u}");
    }

    refused_elsewhere(
        &env,
        &sb,
        &["users", "list", "--portfolio", "Default"],
        "users list --portfolio",
    );
    refused_elsewhere(
        &env,
        &sb,
        &["users", "list", "--embed", "app-roles"],
        "users list --embed",
    );
}

#[test]
fn bulk_import_matches_records_by_identity_when_the_answer_is_shuffled() {
    let sb = Sandbox::start(&["--bulk-shuffle-seed", "7", "--seed-users", "5"]);
    let env = TestEnv::new();
    // The switch is real: the answer's records are not in input order.
    let records: Vec<Value> = (0..20)
        .map(|i| json!({"name": format!("Probe {i}"), "email": format!("probe{i:02}@shuffle.example.com")}))
        .collect();
    let (status, op) = direct(
        &sb,
        "POST",
        "users/bulk",
        Some(json!({ "records": records })),
    );
    assert_eq!(status, 202, "{op}");
    let key = op["key"].as_str().unwrap();
    let answer = loop {
        let a = get_json(&sb, &format!("users/bulk/{key}"));
        if a["status"].as_str().unwrap().starts_with("Finished") {
            break a;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    let order: Vec<&str> = answer["operations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["record"]["email"].as_str().unwrap())
        .collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_ne!(order, sorted, "the sandbox shuffled the records");

    // 150 rows (two bulk requests), one an existing user: every result
    // names the user of its own row.
    let existing = common::nth_user(&sb, 2)["email"]
        .as_str()
        .unwrap()
        .to_string();
    let mut csv = String::from("email,name\n");
    for i in 1..=150 {
        if i == 40 {
            csv.push_str(&format!("{existing},Existing\n"));
        } else {
            csv.push_str(&format!("row{i:03}@shuffle.example.com,Row {i}\n"));
        }
    }
    let file = env.path().join("users.csv");
    std::fs::write(&file, csv).unwrap();
    let res = env.path().join("r.ndjson");
    run(env.odc(&sb).args([
        "users",
        "import",
        file.to_str().unwrap(),
        "--results",
        res.to_str().unwrap(),
    ]))
    .ok();
    let rows: Vec<Value> = std::fs::read_to_string(&res)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 150);
    for r in &rows {
        let row = r["row"].as_u64().unwrap();
        if row == 40 {
            assert_eq!(r["action"], "unchanged", "{r}");
            continue;
        }
        assert_eq!(r["action"], "created", "{r}");
        let user = get_json(&sb, &format!("users/{}", r["key"].as_str().unwrap()));
        assert_eq!(
            user["email"],
            format!("row{row:03}@shuffle.example.com"),
            "row {row}: {r}"
        );
    }
}

#[test]
fn readme_coverage_table_lists_every_spec_operation() {
    let Some(specs) = spec_files() else {
        eprintln!("SKIPPED: ../shared/specs not found");
        return;
    };
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let section = readme
        .split("## Coverage: ODC")
        .nth(1)
        .expect("README has a Coverage: ODC section")
        .split("\n## ")
        .next()
        .unwrap();
    let mut listed = 0;
    for (prefix, spec) in &specs {
        let api = if prefix.contains("identity") {
            "identity"
        } else {
            "portfolio"
        };
        for (method, path, op) in operations(spec) {
            let cell = format!("| {api} `{method} {path}` |");
            assert!(
                section.contains(&cell),
                "README's ODC coverage table lacks {cell} ({op})"
            );
            listed += 1;
        }
    }
    let rows = section
        .lines()
        .filter(|l| l.starts_with("| identity `") || l.starts_with("| portfolio `"))
        .count();
    assert_eq!(rows, listed, "one row per operation, no more");
}

#[test]
fn organization_role_permissions_list_add_remove_set() {
    let sb = Sandbox::start(&[]);
    let env = TestEnv::new();
    let role = |sb: &Sandbox| {
        let roles = get_json(sb, "organization-roles?nameContains=Tech");
        roles["results"][0].clone()
    };
    assert_eq!(role(&sb)["permissions"], json!([]));
    let out = run(env.odc(&sb).args([
        "-v",
        "roles",
        "permissions",
        "add",
        "Tech Lead",
        "Manage users",
        "view members",
        "--org",
    ]))
    .ok();
    // One PATCH carries the whole list.
    let patches = out.stderr.lines().filter(|l| l.contains("> PATCH")).count();
    assert_eq!(patches, 1, "{}", out.stderr);
    let names = |r: &Value| {
        let mut n: Vec<String> = r["permissions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["name"].as_str().unwrap().to_string())
            .collect();
        n.sort();
        n
    };
    assert_eq!(names(&role(&sb)), ["Manage users", "View members"]);
    let listed = run(env.odc(&sb).args([
        "roles",
        "permissions",
        "list",
        "Tech Lead",
        "--org",
        "-o",
        "json",
    ]))
    .ok()
    .json();
    assert_eq!(listed.as_array().unwrap().len(), 2);

    // Removing needs confirmation without a terminal.
    run(env.odc(&sb).args([
        "roles",
        "permissions",
        "remove",
        "Tech Lead",
        "Manage users",
        "--org",
    ]))
    .expect(2);
    run(env.odc(&sb).args([
        "roles",
        "permissions",
        "remove",
        "Tech Lead",
        "Manage users",
        "--org",
        "--yes",
    ]))
    .ok();
    assert_eq!(names(&role(&sb)), ["View members"]);
    run(env.odc(&sb).args([
        "roles",
        "permissions",
        "set",
        "Tech Lead",
        "View end users",
        "--org",
        "--yes",
    ]))
    .ok();
    assert_eq!(names(&role(&sb)), ["View end users"]);
    let out = run(env.odc(&sb).args([
        "roles",
        "permissions",
        "add",
        "Tech Lead",
        "View end users",
        "--org",
    ]))
    .ok();
    assert!(out.stderr.contains("Nothing to change"), "{}", out.stderr);

    // Unknown permission: nothing sent; application roles: a usage error;
    // the built-in Admin role is read-only: refused before sending.
    let out = run(env.odc(&sb).args([
        "-v",
        "roles",
        "permissions",
        "add",
        "Tech Lead",
        "Fly",
        "--org",
    ]))
    .expect(3);
    assert!(!out.stderr.contains("> PATCH"), "{}", out.stderr);
    run(env
        .odc(&sb)
        .args(["roles", "permissions", "list", "Viewer"]))
    .expect(2);
    let out = run(env.odc(&sb).args([
        "-v",
        "roles",
        "permissions",
        "add",
        "Admin",
        "View members",
        "--org",
    ]))
    .expect(2);
    assert!(
        out.stderr.contains("built in (read-only)"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("> PATCH"), "{}", out.stderr);

    refused_elsewhere(
        &env,
        &sb,
        &["roles", "permissions", "list", "x"],
        "roles permissions list",
    );
}

/// The lines of a `-v` trace that are requests, and the total it reports.
fn requests(stderr: &str) -> (Vec<&str>, usize) {
    let sent: Vec<&str> = stderr
        .lines()
        .filter(|l| {
            ["> GET ", "> POST ", "> PATCH ", "> PUT ", "> DELETE "]
                .iter()
                .any(|m| l.starts_with(m))
        })
        .collect();
    let total = stderr
        .lines()
        .find_map(|l| l.strip_prefix("* ")?.split_once(" requests"))
        .map(|(n, _)| n.parse().unwrap())
        .expect("a `* N requests` line");
    (sent, total)
}

fn org_role(sb: &Sandbox, name: &str) -> Value {
    let roles = get_json(sb, &format!("organization-roles?nameContains={name}"));
    roles["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == name)
        .unwrap()
        .clone()
}

fn permission_key(sb: &Sandbox, name: &str) -> String {
    get_json(sb, "permissions")["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == name)
        .unwrap()["key"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn built_in_organization_roles_are_refused_before_sending() {
    let sb = Sandbox::start(&[]);
    let env = TestEnv::new();
    let admin = org_role(&sb, "Admin");
    assert_eq!(admin["isReadOnly"], true, "the sandbox's Admin is built in");
    let refused = |out: &common::Out, what: &str| {
        assert!(
            out.stderr.contains(&format!(
                "organization role \"Admin\" is built in (read-only): {what}"
            )),
            "{}",
            out.stderr
        );
        assert!(out.stderr.contains("hint: "), "{}", out.stderr);
        assert!(!out.stderr.contains("> PATCH"), "{}", out.stderr);
        assert!(!out.stderr.contains("> DELETE"), "{}", out.stderr);
        assert!(!out.stdout.contains("PATCH"), "{}", out.stdout);
        assert!(!out.stdout.contains("DELETE"), "{}", out.stdout);
    };
    let perms = "its permissions cannot be changed";
    // A dry run plans nothing: the real run could not work.
    let out = run(env.odc(&sb).args([
        "-v",
        "--dry-run",
        "roles",
        "permissions",
        "add",
        "Admin",
        "View stage",
        "--org",
    ]))
    .expect(2);
    refused(&out, perms);
    let out = run(env.odc(&sb).args([
        "-v",
        "roles",
        "permissions",
        "add",
        "Admin",
        "View stage",
        "--org",
    ]))
    .expect(2);
    refused(&out, perms);
    // Refused before the confirmation (no terminal, no --yes: that would
    // be a refusal too, but another one).
    for verb in ["remove", "set"] {
        let out = run(env.odc(&sb).args([
            "-v",
            "roles",
            "permissions",
            verb,
            "Admin",
            "View stage",
            "--org",
        ]))
        .expect(2);
        refused(&out, perms);
    }
    // By key too.
    let key = admin["key"].as_str().unwrap();
    let out = run(env.odc(&sb).args([
        "-v",
        "roles",
        "permissions",
        "add",
        key,
        "View stage",
        "--org",
    ]))
    .expect(2);
    assert!(
        out.stderr.contains("built in (read-only)"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("> PATCH"), "{}", out.stderr);

    // Renaming and deleting it: the same hole, refused the same way.
    for dry in [true, false] {
        let mut args = vec!["-v"];
        if dry {
            args.push("--dry-run");
        }
        let mut update = args.clone();
        update.extend(["roles", "update", "Admin", "--name", "Boss", "--org"]);
        refused(
            &run(env.odc(&sb).args(&update)).expect(2),
            "it cannot be renamed",
        );
        let mut delete = args.clone();
        delete.extend(["roles", "delete", "Tech Lead", "Admin", "--org", "--yes"]);
        refused(
            &run(env.odc(&sb).args(&delete)).expect(2),
            "it cannot be deleted",
        );
    }
    // Without --yes: the refusal, not the question.
    let out = run(env
        .odc(&sb)
        .args(["-v", "roles", "delete", "Admin", "--org"]))
    .expect(2);
    refused(&out, "it cannot be deleted");
    assert_eq!(org_role(&sb, "Admin"), admin, "Admin unchanged");
    // Tech Lead (named with Admin above) was not deleted either.
    org_role(&sb, "Tech Lead");

    // A role of one's own still changes.
    run(env.odc(&sb).args([
        "roles",
        "update",
        "Developer",
        "--name",
        "Developers",
        "--org",
    ]))
    .ok();
    org_role(&sb, "Developers");
    run(env
        .odc(&sb)
        .args(["roles", "delete", "Developers", "--org", "--yes"]))
    .ok();
    assert!(
        get_json(&sb, "organization-roles?nameContains=Developer")["results"]
            .as_array()
            .unwrap()
            .is_empty()
    );
}

#[test]
fn a_permission_held_on_some_stages_is_not_widened_silently() {
    let sb = Sandbox::start(&[]);
    let env = TestEnv::new();
    let tech = org_role(&sb, "Tech Lead");
    let tech_key = tech["key"].as_str().unwrap().to_string();
    let view_stage = permission_key(&sb, "View stage");
    let prod = common::env_key(&sb, "Production");
    let scoped = json!({ "permissionKey": view_stage, "environmentKeys": [prod] });
    let (status, _) = direct(
        &sb,
        "PATCH",
        &format!("organization-roles/{tech_key}"),
        Some(json!({ "permissions": [scoped] })),
    );
    assert_eq!(status, 204);
    let held = |sb: &Sandbox| org_role(sb, "Tech Lead")["permissions"].clone();
    let stage_only = held(&sb);
    assert_eq!(stage_only[0]["environmentKeys"], json!([prod]));

    let out = run(env.odc(&sb).args([
        "-v",
        "roles",
        "permissions",
        "add",
        "Tech Lead",
        "View stage",
        "--org",
    ]))
    .ok();
    let note = format!(
        "warning: organization role Tech Lead already grants \"View stage\" on stage(s) {prod} only; it was kept so, not widened to the whole organization"
    );
    assert!(out.stderr.contains(&note), "{}", out.stderr);
    assert!(!out.stderr.contains("> PATCH"), "{}", out.stderr);
    assert_eq!(held(&sb), stage_only);

    // `set`: the same note; the scoped grant kept, the new one org-wide.
    let out = run(env.odc(&sb).args([
        "roles",
        "permissions",
        "set",
        "Tech Lead",
        "View stage",
        "Manage users",
        "--org",
    ]))
    .ok();
    assert!(out.stderr.contains(&note), "{}", out.stderr);
    let now = held(&sb);
    let find = |name: &str| {
        now.as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == name)
            .unwrap()
            .clone()
    };
    assert_eq!(find("View stage")["environmentKeys"], json!([prod]));
    assert!(find("Manage users")["environmentKeys"].is_null());
    // Removing it says nothing of the kind.
    let out = run(env.odc(&sb).args([
        "roles",
        "permissions",
        "remove",
        "Tech Lead",
        "View stage",
        "--org",
        "--yes",
    ]))
    .ok();
    assert!(!out.stderr.contains("warning"), "{}", out.stderr);
}

#[test]
fn role_permissions_cost_one_catalog_read_and_one_role_read() {
    let sb = Sandbox::start(&[]);
    let env = TestEnv::new();
    // A first command gets the token; the counts below are of API calls.
    run(env.odc(&sb).args(["permissions", "get", "View stage"])).ok();
    let manage_users = permission_key(&sb, "Manage users");
    let out = run(env.odc(&sb).args([
        "-v",
        "roles",
        "permissions",
        "set",
        "Tech Lead",
        &manage_users,
        "view stage",
        "View members",
        "Manage stages",
        "--org",
        "--yes",
    ]))
    .ok();
    let (sent, total) = requests(&out.stderr);
    // The role by name (its list record), the catalog once, the PATCH.
    assert_eq!(total, 3, "{}", out.stderr);
    assert_eq!(sent.len(), 3, "{}", out.stderr);
    assert!(sent[0].contains("/organization-roles?"), "{}", out.stderr);
    assert!(
        sent.iter().all(|l| !l.contains("nameContains=View")),
        "{}",
        out.stderr
    );
    assert_eq!(
        sent.iter().filter(|l| l.contains("/permissions?")).count(),
        1,
        "{}",
        out.stderr
    );
    let mut names: Vec<String> = org_role(&sb, "Tech Lead")["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap().to_string())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "Manage stages",
            "Manage users",
            "View members",
            "View stage"
        ]
    );
    // An unknown name among several: not found, nothing sent.
    let out = run(env.odc(&sb).args([
        "-v",
        "roles",
        "permissions",
        "add",
        "Developer",
        "View stage",
        "Fly",
        "--org",
    ]))
    .expect(3);
    assert!(!out.stderr.contains("> PATCH"), "{}", out.stderr);

    // Listing by name: the list record is the role (one request), and with
    // the name remembered, one GET by key; `roles get` the same.
    let env = TestEnv::new();
    run(env.odc(&sb).args(["permissions", "get", "View stage"])).ok();
    for by_key in [false, true] {
        let out = run(env.odc(&sb).args([
            "-v",
            "roles",
            "permissions",
            "list",
            "Tech Lead",
            "--org",
            "-o",
            "json",
        ]))
        .ok();
        let (sent, total) = requests(&out.stderr);
        assert_eq!(total, 1, "{}", out.stderr);
        assert_eq!(
            sent[0].contains("/organization-roles?"),
            !by_key,
            "{}",
            out.stderr
        );
        assert_eq!(out.json().as_array().unwrap().len(), 4);
    }
    let out = run(env
        .odc(&sb)
        .args(["-v", "roles", "get", "Admin", "--org", "-o", "json"]))
    .ok();
    assert_eq!(requests(&out.stderr).1, 1, "{}", out.stderr);
    assert_eq!(out.json()["name"], "Admin");
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
