//! Every `users` verb against the ODC sandbox, over real HTTP, with the
//! sandbox's own state checked afterwards.

use serde_json::{Value, json};

use crate::common::{
    Sandbox, TestEnv, all_users, create_user, direct, get_json, group_key, requests, run, told,
    user_exists,
};

fn emails(v: &[Value]) -> Vec<String> {
    v.iter()
        .map(|u| u["email"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn list_default_page_and_limit() {
    let sb = Sandbox::start(&["--seed-users", "150"]);
    let env = TestEnv::new();
    let out = run(env
        .odc(&sb)
        .args(["users", "list", "-L", "7", "-o", "json"]))
    .ok();
    assert_eq!(out.json().as_array().unwrap().len(), 7);
    // Default: one page of 100 (table: header + 100 rows).
    let out = run(env.odc(&sb).args(["users", "list"])).ok();
    assert_eq!(out.lines().len(), 101, "{}", out.stdout);
    // A limit above a page still stops exactly there.
    let out = run(env
        .odc(&sb)
        .args(["users", "list", "--limit", "120", "-o", "ndjson"]))
    .ok();
    assert_eq!(out.lines().len(), 120);
}

#[test]
fn list_all_streams_every_user_once() {
    let sb = Sandbox::start(&["--seed-users", "250"]);
    let env = TestEnv::new();
    let out = run(env
        .odc(&sb)
        .args(["users", "list", "--all", "-o", "ndjson"]))
    .ok();
    let listed = out.ndjson();
    let total = get_json(&sb, "users?limit=1")["page"]["totalResults"]
        .as_u64()
        .unwrap();
    assert_eq!(total, 250);
    assert_eq!(listed.len(), 250);
    let mut keys: Vec<&str> = listed.iter().map(|u| u["key"].as_str().unwrap()).collect();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), 250, "duplicates in --all output");
    // Same order as the API's own pages.
    assert_eq!(emails(&listed), emails(&all_users(&sb)));
}

#[test]
fn list_search_status_and_sort() {
    let sb = Sandbox::start(&["--seed-users", "150"]);
    let env = TestEnv::new();

    let out = run(env.odc(&sb).args([
        "users", "list", "--all", "--search", "ferreira", "-o", "json",
    ]))
    .ok();
    let found = out.json().as_array().unwrap().clone();
    let expected = get_json(
        &sb,
        "users?limit=100&nameOrEmailOrUsernameContains=ferreira",
    )["page"]["totalResults"]
        .as_u64()
        .unwrap();
    assert!(expected > 0);
    assert_eq!(found.len() as u64, expected);
    assert!(
        found
            .iter()
            .all(|u| u["email"].as_str().unwrap().contains("ferreira"))
    );

    let out = run(env.odc(&sb).args([
        "users", "list", "--all", "--status", "invited", "-o", "json",
    ]))
    .ok();
    let invited = out.json().as_array().unwrap().clone();
    let expected = get_json(&sb, "users?limit=1&status=Invited")["page"]["totalResults"]
        .as_u64()
        .unwrap();
    assert!(expected > 0);
    assert_eq!(invited.len() as u64, expected);
    assert!(invited.iter().all(|u| u["status"] == "Invited"));

    let out = run(env.odc(&sb).args([
        "users", "list", "--sort", "-email", "-L", "50", "-o", "json",
    ]))
    .ok();
    let got = emails(out.json().as_array().unwrap());
    let mut sorted = got.clone();
    sorted.sort_by_key(|e| std::cmp::Reverse(e.to_lowercase()));
    assert_eq!(got, sorted, "not sorted by e-mail descending");
    let out = run(env
        .odc(&sb)
        .args(["users", "list", "--sort", "name", "-L", "30", "-o", "json"]))
    .ok();
    let names: Vec<String> = out
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["name"].as_str().unwrap().to_lowercase())
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);

    let out = run(env
        .odc(&sb)
        .args(["-v", "users", "list", "--sort", "shoesize"]))
    .expect(2);
    assert!(
        out.stderr
            .contains("sort field \"shoesize\" is not available on ODC"),
        "{}",
        out.stderr
    );
    assert!(
        requests(&out.stderr).is_empty(),
        "a usage error sent requests"
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
fn create_and_duplicate() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let out = run(env.odc(&sb).args([
        "users",
        "create",
        "--email",
        "new.user@example.com",
        "--name",
        "New User",
        "--photo-url",
        "https://example.com/p.png",
        "-o",
        "json",
    ]))
    .ok();
    // `-o json`: the outcome record on stdout, with the platform's answer.
    let rec = &out.json()[0];
    assert_eq!(rec["result"], "created", "{rec}");
    assert_eq!(rec["change"]["op"], "create", "{rec}");
    assert_eq!(rec["target"]["name"], "new.user@example.com", "{rec}");
    let key = rec["target"]["key"].as_str().unwrap().to_string();
    assert_eq!(rec["record"]["key"], json!(key), "{rec}");
    let u = get_json(&sb, &format!("users/{key}"));
    assert_eq!(u["email"], "new.user@example.com");
    assert_eq!(u["name"], "New User");
    assert_eq!(u["status"], "Active");
    assert_eq!(u["isActive"], true);
    assert_eq!(u["photoUrl"], "https://example.com/p.png");

    let out = run(env.odc(&sb).args([
        "users",
        "create",
        "--email",
        "off@example.com",
        "--name",
        "Off",
        "--inactive",
        "-o",
        "json",
    ]))
    .ok();
    let off = get_json(
        &sb,
        &format!("users/{}", out.json()[0]["target"]["key"].as_str().unwrap()),
    );
    assert_eq!(off["status"], "Inactive");
    assert_eq!(off["isActive"], false);

    let before = all_users(&sb).len();
    let out = run(env.odc(&sb).args([
        "users",
        "create",
        "--email",
        "new.user@example.com",
        "--name",
        "Again",
    ]))
    .expect(5);
    assert!(out.stderr.contains("already exists"), "{}", out.stderr);
    assert!(out.stderr.contains("traceId "), "{}", out.stderr);
    assert!(out.stderr.contains("HTTP 400"), "{}", out.stderr);
    assert!(out.stdout.is_empty());
    assert_eq!(all_users(&sb).len(), before);

    // A malformed e-mail is refused before any request.
    let out = run(env.odc(&sb).args([
        "-v",
        "users",
        "create",
        "--email",
        "not-an-email",
        "--name",
        "X",
    ]))
    .expect(2);
    assert!(requests(&out.stderr).is_empty());
}

#[test]
fn invite_creates_an_invited_user_and_says_no_mail_was_sent() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let out = run(env.odc(&sb).args([
        "-vv",
        "users",
        "invite",
        "--email",
        "invitee@example.com",
        "-o",
        "json",
    ]))
    .ok();
    let rec = &out.json()[0];
    assert_eq!(rec["result"], "created", "{rec}");
    assert_eq!(rec["change"]["op"], "invite", "{rec}");
    let key = rec["target"]["key"].as_str().unwrap().to_string();
    assert!(
        out.stderr.contains("addToBuiltInIdentityProvider\":true"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("sends no invitation e-mail"),
        "{}",
        out.stderr
    );
    let u = get_json(&sb, &format!("users/{key}"));
    assert_eq!(u["status"], "Invited");
    assert_eq!(
        u["name"], "invitee",
        "name defaults to the e-mail's local part"
    );
}

#[test]
fn delete_one_several_and_refusal_without_yes() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let a = create_user(&sb, "del.a@example.com", "Del A");
    let b = create_user(&sb, "del.b@example.com", "Del B");
    let c = create_user(&sb, "del.c@example.com", "Del C");

    // No terminal, no --yes: refused, nothing deleted, nothing sent.
    let out = run(env.odc(&sb).args(["-v", "users", "delete", &a])).expect(2);
    assert!(out.stderr.contains("--yes"), "{}", out.stderr);
    assert!(requests(&out.stderr).is_empty());
    assert!(user_exists(&sb, &a));

    let out = run(env.odc(&sb).args(["users", "delete", "--yes", &a])).ok();
    assert!(out.stderr.contains(&format!("Deleted user {a}")));
    assert!(!user_exists(&sb, &a));

    // Several, one unknown: the others go, exit 7.
    let unknown = "00000000-0000-4000-8000-000000000000";
    let out = run(env
        .odc(&sb)
        .args(["users", "delete", "-y", &b, unknown, "del.c@example.com"]))
    .expect(7);
    assert!(
        out.stderr
            .contains("error: 1 of 3 changes did not complete (2 deleted, 1 failed)"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains(unknown), "{}", out.stderr);
    assert!(!user_exists(&sb, &b));
    assert!(!user_exists(&sb, &c));

    // A single unknown user is a plain not-found.
    run(env.odc(&sb).args(["users", "delete", "-y", unknown])).expect(3);
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
fn patch_sends_only_the_fields_given() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let (_, created) = direct(
        &sb,
        "POST",
        "users",
        Some(
            json!({"email": "patch.me@example.com", "name": "Patch Me", "isActive": true, "photoUrl": "https://example.com/a.png"}),
        ),
    );
    let key = created["key"].as_str().unwrap().to_string();
    let before = get_json(&sb, &format!("users/{key}"));

    // Flags: only the name goes on the wire; the rest stays.
    let out = run(env
        .odc(&sb)
        .args(["-vv", "users", "patch", &key, "--name", "Patched"]))
    .ok();
    assert!(
        out.stderr.contains("> {\"name\":\"Patched\"}\n"),
        "{}",
        out.stderr
    );
    let u = get_json(&sb, &format!("users/{key}"));
    assert_eq!(u["name"], "Patched");
    assert_eq!(u["photoUrl"], before["photoUrl"]);
    assert_eq!(u["isActive"], before["isActive"]);
    assert_eq!(u["email"], before["email"]);

    run(env.odc(&sb).args([
        "users",
        "patch",
        "patch.me@example.com",
        "--inactive",
        "--photo-url",
        "https://example.com/b.png",
    ]))
    .ok();
    let u = get_json(&sb, &format!("users/{key}"));
    assert_eq!(u["isActive"], false);
    assert_eq!(u["photoUrl"], "https://example.com/b.png");
    assert_eq!(u["name"], "Patched");

    // --json inline
    run(env
        .odc(&sb)
        .args(["users", "patch", &key, "--json", r#"{"isActive": true}"#]))
    .ok();
    let u = get_json(&sb, &format!("users/{key}"));
    assert_eq!(u["isActive"], true);
    assert_eq!(u["name"], "Patched");

    // --json @file
    let file = env.path().join("patch.json");
    std::fs::write(&file, r#"{"name": "From File"}"#).unwrap();
    run(env.odc(&sb).args([
        "users",
        "patch",
        &key,
        "--json",
        &format!("@{}", file.display()),
    ]))
    .ok();
    let u = get_json(&sb, &format!("users/{key}"));
    assert_eq!(u["name"], "From File");
    assert_eq!(u["photoUrl"], "https://example.com/b.png");

    // --json - (stdin)
    run(env
        .odc(&sb)
        .args(["users", "patch", &key, "--json", "-"])
        .write_stdin(r#"{"photoUrl": "https://example.com/c.png"}"#))
    .ok();
    let u = get_json(&sb, &format!("users/{key}"));
    assert_eq!(u["photoUrl"], "https://example.com/c.png");
    assert_eq!(u["name"], "From File");

    // Nothing to change, bad JSON, a non-object: usage errors.
    run(env.odc(&sb).args(["users", "patch", &key])).expect(2);
    run(env
        .odc(&sb)
        .args(["users", "patch", &key, "--json", "{oops"]))
    .expect(2);
    run(env.odc(&sb).args(["users", "patch", &key, "--json", "[1]"])).expect(2);
    // Flags and --json together are refused by the parser.
    run(env
        .odc(&sb)
        .args(["users", "patch", &key, "--name", "x", "--json", "{}"]))
    .expect(2);
}

#[test]
fn dry_run_prints_requests_and_changes_nothing() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let key = create_user(&sb, "dry.run@example.com", "Dry Run");
    let before = all_users(&sb);
    let base = format!("{}/api/identity/v1", sb.url);

    let out = run(env.odc(&sb).args([
        "--dry-run",
        "users",
        "create",
        "--email",
        "ghost@example.com",
        "--name",
        "Ghost",
    ]))
    .ok();
    assert_eq!(
        out.stdout,
        format!(
            "POST {base}/users {{\"name\":\"Ghost\",\"email\":\"ghost@example.com\",\"isActive\":true}}\n"
        )
    );
    let out = run(env.odc(&sb).args([
        "--dry-run",
        "users",
        "invite",
        "--email",
        "ghost2@example.com",
    ]))
    .ok();
    assert!(
        out.stdout.starts_with(&format!("POST {base}/users {{")),
        "{}",
        out.stdout
    );
    assert!(
        !out.stderr.contains("sends no invitation"),
        "dry run claims a user was created"
    );

    let out = run(env.odc(&sb).args(["--dry-run", "users", "delete", &key])).ok();
    assert_eq!(out.stdout, format!("DELETE {base}/users/{key}\n"));

    let out = run(env.odc(&sb).args([
        "--dry-run",
        "users",
        "set",
        "dry.run@example.com",
        "name",
        "Wet",
    ]))
    .ok();
    assert_eq!(
        out.stdout,
        format!("PATCH {base}/users/{key} {{\"name\":\"Wet\"}}\n")
    );

    let out = run(env
        .odc(&sb)
        .args(["--dry-run", "users", "patch", &key, "--inactive"]))
    .ok();
    assert_eq!(
        out.stdout,
        format!("PATCH {base}/users/{key} {{\"isActive\":false}}\n")
    );

    let sales = group_key(&sb, "Sales Team", "Production");
    let out = run(env
        .odc(&sb)
        .args(["--dry-run", "users", "groups", "add", &key, &sales]))
    .ok();
    assert_eq!(
        out.stdout,
        format!("PATCH {base}/groups/{sales}/users {{\"userKeysToAdd\":[\"{key}\"]}}\n")
    );

    let role = crate::users_odc::app_role(&sb, "Admin", "SalesPortal", "Production");
    let out = run(env
        .odc(&sb)
        .args(["--dry-run", "users", "roles", "add", &key, &role]))
    .ok();
    assert_eq!(
        out.stdout,
        format!("POST {base}/users/{key}/application-roles/{role}\n")
    );

    assert_eq!(all_users(&sb), before, "a dry run changed the users");
    assert!(
        get_json(&sb, &format!("groups/{sales}/users"))["results"]
            .as_array()
            .unwrap()
            .iter()
            .all(|m| m["user"]["key"] != json!(key))
    );
    assert_eq!(
        get_json(&sb, &format!("users/{key}/application-roles"))["results"],
        json!([])
    );
}

/// Key of an application role by name, app and stage, straight from the API.
pub fn app_role(sb: &Sandbox, name: &str, app: &str, stage: &str) -> String {
    let env = crate::common::env_key(sb, stage);
    let assets = get_json(sb, "/api/portfolios/v2/deployed-assets?limit=100");
    let asset = assets["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| {
            a["deployments"]
                .as_array()
                .unwrap()
                .iter()
                .any(|d| d["name"] == app)
        })
        .unwrap_or_else(|| panic!("no app {app}"))["key"]
        .as_str()
        .unwrap()
        .to_string();
    let roles = get_json(
        sb,
        &format!("application-roles?limit=100&assetKey={asset}&environmentKey={env}"),
    );
    roles["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == name)
        .unwrap_or_else(|| panic!("no role {name} in {app}/{stage}"))["key"]
        .as_str()
        .unwrap()
        .to_string()
}

/// Key of an organization role by name.
pub fn org_role(sb: &Sandbox, name: &str) -> String {
    get_json(sb, "organization-roles?limit=100")["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == name)
        .unwrap()["key"]
        .as_str()
        .unwrap()
        .to_string()
}

fn group_keys_of(sb: &Sandbox, user: &str) -> Vec<String> {
    let mut keys: Vec<String> = get_json(sb, &format!("users/{user}/groups?limit=100"))["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["group"]["key"].as_str().unwrap().to_string())
        .collect();
    keys.sort();
    keys
}

#[test]
fn user_groups_list_add_remove_set() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let key = create_user(&sb, "member@example.com", "Member");
    let sales_prod = group_key(&sb, "Sales Team", "Production");
    let hr_prod = group_key(&sb, "HR Team", "Production");
    let support_dev = group_key(&sb, "Support", "Development");

    // Ambiguous name without --stage: exit 2 with both candidates, nothing changed.
    let out = run(env
        .odc(&sb)
        .args(["users", "groups", "add", &key, "Sales Team"]))
    .expect(2);
    assert!(out.stderr.contains("ambiguous"), "{}", out.stderr);
    assert!(out.stderr.contains(&sales_prod), "{}", out.stderr);
    assert!(
        out.stderr
            .contains(&group_key(&sb, "Sales Team", "Development")),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("--stage"), "{}", out.stderr);
    assert!(group_keys_of(&sb, &key).is_empty());

    // By name with --stage, and by key.
    run(env.odc(&sb).args([
        "users",
        "groups",
        "add",
        "member@example.com",
        "Sales Team",
        "HR Team",
        "--stage",
        "Production",
    ]))
    .ok();
    run(env
        .odc(&sb)
        .args(["users", "groups", "add", &key, &support_dev]))
    .ok();
    let mut want = vec![sales_prod.clone(), hr_prod.clone(), support_dev.clone()];
    want.sort();
    assert_eq!(group_keys_of(&sb, &key), want);

    let out = run(env
        .odc(&sb)
        .args(["users", "groups", "list", &key, "-o", "json"]))
    .ok();
    let mut listed: Vec<String> = out
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["group"]["key"].as_str().unwrap().to_string())
        .collect();
    listed.sort();
    assert_eq!(listed, want);
    let out = run(env.odc(&sb).args(["users", "groups", "list", &key])).ok();
    assert!(
        out.lines()[0].contains("KEY") && out.lines()[0].contains("MEMBERSHIP"),
        "{}",
        out.stdout
    );
    assert_eq!(out.lines().len(), 4);

    run(env.odc(&sb).args([
        "users",
        "groups",
        "remove",
        &key,
        "HR Team",
        "--stage",
        "production",
    ]))
    .ok();
    let mut want = vec![sales_prod.clone(), support_dev.clone()];
    want.sort();
    assert_eq!(group_keys_of(&sb, &key), want);

    // set: keep Sales (Prod), drop Support (Dev), add HR (Prod) — only the difference is sent.
    let out = run(env
        .odc(&sb)
        .args(["-v", "users", "groups", "set", &key, &sales_prod, &hr_prod]))
    .expect(2);
    assert!(
        out.stderr.contains("--yes"),
        "set that removes must confirm: {}",
        out.stderr
    );
    let out = run(env.odc(&sb).args([
        "-v",
        "-y",
        "users",
        "groups",
        "set",
        &key,
        &sales_prod,
        &hr_prod,
    ]))
    .ok();
    let patches: Vec<String> = requests(&out.stderr)
        .into_iter()
        .filter(|r| r.starts_with("PATCH"))
        .collect();
    assert_eq!(patches.len(), 2, "{patches:?}");
    assert!(patches.iter().any(|p| p.contains(&hr_prod)));
    assert!(patches.iter().any(|p| p.contains(&support_dev)));
    let mut want = vec![sales_prod.clone(), hr_prod.clone()];
    want.sort();
    assert_eq!(group_keys_of(&sb, &key), want);

    // set to what it already is: nothing sent.
    let out = run(env
        .odc(&sb)
        .args(["-v", "users", "groups", "set", &key, &sales_prod, &hr_prod]))
    .ok();
    // Each group already held is an unchanged record.
    let lines = told(&out.stderr);
    assert_eq!(
        lines
            .matches(&format!("Unchanged: {key} is already in group"))
            .count(),
        2,
        "{lines}"
    );
    assert!(lines.ends_with("Done: 2 unchanged\n"), "{lines}");
    assert!(
        requests(&out.stderr)
            .iter()
            .all(|r| !r.starts_with("PATCH"))
    );

    // set to nothing: removed from every group.
    run(env.odc(&sb).args(["-y", "users", "groups", "set", &key])).ok();
    assert!(group_keys_of(&sb, &key).is_empty());
}

fn app_roles_of(sb: &Sandbox, user: &str) -> Vec<String> {
    let mut keys: Vec<String> = get_json(sb, &format!("users/{user}/application-roles?limit=100"))
        ["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["key"].as_str().unwrap().to_string())
        .collect();
    keys.sort();
    keys
}

fn org_roles_of(sb: &Sandbox, user: &str) -> Vec<String> {
    let mut keys: Vec<String> = get_json(sb, &format!("users/{user}/organization-roles?limit=100"))
        ["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["key"].as_str().unwrap().to_string())
        .collect();
    keys.sort();
    keys
}

#[test]
fn user_application_roles_by_key_and_by_name() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let key = create_user(&sb, "roles@example.com", "Roles");
    let admin_sales_prod = app_role(&sb, "Admin", "SalesPortal", "Production");
    let viewer_hr_dev = app_role(&sb, "Viewer", "HRHub", "Development");
    let manager_sales_prod = app_role(&sb, "Sales Manager", "SalesPortal", "Production");

    run(env
        .odc(&sb)
        .args(["users", "roles", "add", &key, &viewer_hr_dev]))
    .ok();
    assert_eq!(app_roles_of(&sb, &key), vec![viewer_hr_dev.clone()]);

    // Name without app/stage: "Admin" exists in two apps × two stages.
    let out = run(env.odc(&sb).args(["users", "roles", "add", &key, "Admin"])).expect(2);
    assert!(
        out.stderr.contains("ambiguous") && out.stderr.contains(&admin_sales_prod),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("--app"), "{}", out.stderr);

    run(env.odc(&sb).args([
        "users",
        "roles",
        "add",
        "roles@example.com",
        "Admin",
        "--app",
        "SalesPortal",
        "--stage",
        "Production",
    ]))
    .ok();
    let mut want = vec![viewer_hr_dev.clone(), admin_sales_prod.clone()];
    want.sort();
    assert_eq!(app_roles_of(&sb, &key), want);

    let out = run(env
        .odc(&sb)
        .args(["users", "roles", "list", &key, "-o", "json"]))
    .ok();
    let mut listed: Vec<String> = out
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["key"].as_str().unwrap().to_string())
        .collect();
    listed.sort();
    assert_eq!(listed, want);
    let out = run(env.odc(&sb).args(["users", "roles", "list", &key])).ok();
    assert!(out.lines()[0].contains("DIRECT"), "{}", out.stdout);
    assert_eq!(out.lines().len(), 3);

    run(env.odc(&sb).args([
        "users",
        "roles",
        "remove",
        &key,
        "Viewer",
        "--app",
        "HRHub",
        "--stage",
        "Development",
    ]))
    .ok();
    assert_eq!(app_roles_of(&sb, &key), vec![admin_sales_prod.clone()]);

    // set: add Sales Manager, revoke Admin (confirmation needed for revoking).
    run(env
        .odc(&sb)
        .args(["users", "roles", "set", &key, &manager_sales_prod]))
    .expect(2);
    assert_eq!(app_roles_of(&sb, &key), vec![admin_sales_prod.clone()]);
    let out = run(env.odc(&sb).args([
        "-v",
        "-y",
        "users",
        "roles",
        "set",
        &key,
        &manager_sales_prod,
    ]))
    .ok();
    let writes: Vec<String> = requests(&out.stderr)
        .into_iter()
        .filter(|r| !r.starts_with("GET"))
        .collect();
    assert_eq!(writes.len(), 2, "{writes:?}");
    assert_eq!(app_roles_of(&sb, &key), vec![manager_sales_prod.clone()]);

    // An unknown role key is not found.
    run(env.odc(&sb).args([
        "users",
        "roles",
        "add",
        &key,
        "00000000-0000-4000-8000-000000000000",
    ]))
    .expect(3);
    // add/remove need a role.
    run(env.odc(&sb).args(["users", "roles", "add", &key])).expect(2);
}

#[test]
fn user_organization_roles() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let key = create_user(&sb, "org@example.com", "Org");
    let dev = org_role(&sb, "Developer");
    let lead = org_role(&sb, "Tech Lead");

    run(env
        .odc(&sb)
        .args(["users", "roles", "add", &key, "Developer", "--org"]))
    .ok();
    assert_eq!(org_roles_of(&sb, &key), vec![dev.clone()]);
    assert!(app_roles_of(&sb, &key).is_empty());

    let out = run(env
        .odc(&sb)
        .args(["users", "roles", "list", &key, "--org", "-o", "json"]))
    .ok();
    let listed: Vec<String> = out
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["key"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(listed, vec![dev.clone()]);

    run(env
        .odc(&sb)
        .args(["-y", "users", "roles", "set", &key, &lead, "--org"]))
    .ok();
    assert_eq!(org_roles_of(&sb, &key), vec![lead.clone()]);

    run(env.odc(&sb).args([
        "users",
        "roles",
        "remove",
        "org@example.com",
        "Tech Lead",
        "--org",
    ]))
    .ok();
    assert!(org_roles_of(&sb, &key).is_empty());

    // --org with --app is a usage error.
    run(env.odc(&sb).args([
        "users",
        "roles",
        "add",
        &key,
        "Developer",
        "--org",
        "--app",
        "X",
    ]))
    .expect(2);
}

/// Issue 10: the filters of GET /users, on `users list`, sent to the server
/// and agreeing with what the records say.
#[test]
fn list_takes_every_filter_of_the_api() {
    let sb = Sandbox::start(&["--seed-users", "40"]);
    let env = TestEnv::new();
    let all = crate::common::all_users(&sb);
    let emails = |args: &[&str]| -> Vec<String> {
        let out = run(env
            .odc(&sb)
            .args(["users", "list", "--all", "-o", "json"])
            .args(args))
        .ok();
        let mut e: Vec<String> = out
            .json()
            .as_array()
            .unwrap()
            .iter()
            .map(|u| u["email"].as_str().unwrap().to_string())
            .collect();
        e.sort();
        e
    };
    let want = |f: &dyn Fn(&serde_json::Value) -> bool| -> Vec<String> {
        let mut e: Vec<String> = all
            .iter()
            .filter(|u| f(u))
            .map(|u| u["email"].as_str().unwrap().to_string())
            .collect();
        e.sort();
        e
    };
    assert_eq!(
        emails(&["--has-org-roles"]),
        want(&|u| u["access"]["hasOrganizationRoles"] == true)
    );
    assert_eq!(
        emails(&["--has-app-roles"]),
        want(&|u| u["access"]["hasApplicationRoles"] == true)
    );
    assert_eq!(
        emails(&["--last-login-after", "2025-06-01"]),
        want(&|u| u["lastLoginAt"].as_str().is_some_and(|t| t >= "2025-06-01"))
    );
    assert_eq!(emails(&["--domain", "nowhere.test"]), Vec::<String>::new());
    assert_eq!(emails(&["--domain", "example.com"]).len(), all.len());
    // Users with roles in an app and stage: what the API itself answers.
    let prod = crate::common::env_key(&sb, "Production");
    let from_api: Vec<String> = {
        let apps = get_json(&sb, "/api/portfolios/v2/deployed-assets?limit=100");
        let sales = apps["results"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["deployments"][0]["name"] == "SalesPortal" || a["name"] == "SalesPortal")
            .unwrap()["key"]
            .as_str()
            .unwrap()
            .to_string();
        let page = get_json(
            &sb,
            &format!("users?limit=100&environmentKey={prod}&assetKey={sales}"),
        );
        let mut e: Vec<String> = page["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|u| u["email"].as_str().unwrap().to_string())
            .collect();
        e.sort();
        e
    };
    assert!(!from_api.is_empty());
    assert_eq!(
        emails(&["--stage", "Production", "--app", "SalesPortal"]),
        from_api
    );
}

/// Filter combinations that can only be empty, and malformed user keys,
/// are usage errors before any request (not a paid, empty answer).
#[test]
fn contradictory_list_filters_and_bad_keys_cost_nothing() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    for args in [
        &["--never-logged-in", "--logged-in-stage", "Production"][..],
        &["--never-logged-in", "--last-login-after", "30d"],
        &["--without-roles", "--portfolio", "Default"],
        &["--without-roles", "--has-app-roles"],
        &[
            "--stage",
            "Production",
            "--app",
            "SalesPortal",
            "--key",
            "not-a-key",
        ],
    ] {
        let out = run(env.odc(&sb).args(["-v", "users", "list"]).args(args)).expect(2);
        assert!(requests(&out.stderr).is_empty(), "{args:?}: {}", out.stderr);
        assert_eq!(out.stdout, "", "{args:?}");
    }
}
