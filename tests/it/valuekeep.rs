//! Every Valuekeep verb against the sandbox's Valuekeep emulator, over real
//! HTTP and a real OAuth exchange at its `/connect/token`.

use serde_json::{Value, json};

use crate::common::{Out, Sandbox, TestEnv, requests, run, told, vk_api as vk};

const TENANT: &str = "sandbox";
const ORG: &str = "sandbox-0001";

trait Valuekeep {
    fn valuekeep(&self, sb: &Sandbox) -> assert_cmd::Command;
}

impl Valuekeep for TestEnv {
    /// `iamctl` through the environment route against the sandbox's Valuekeep.
    fn valuekeep(&self, sb: &Sandbox) -> assert_cmd::Command {
        let mut c = self.cmd();
        c.env("IAMCTL_KIND", "valuekeep")
            .env("IAMCTL_BASE_URL", &sb.url)
            .env("IAMCTL_TENANT", TENANT)
            .env("IAMCTL_ORG", ORG)
            .env("IAMCTL_CLIENT_ID", "sandbox-client")
            .env("IAMCTL_CLIENT_SECRET", "sandbox-secret")
            .env("IAMCTL_TOKEN_URL", format!("{}/connect/token", sb.url));
        c
    }
}

fn user(sb: &Sandbox, key: &str) -> Value {
    let (status, body) = vk(sb, "GET", &format!("users/{key}"), None);
    assert_eq!(status, 200, "GET users/{key}: {body}");
    body
}

fn first_user(sb: &Sandbox, filter: &str) -> Value {
    let (s, page) = vk(
        sb,
        "GET",
        &format!("users/odata?$top=1&$filter={filter}"),
        None,
    );
    assert_eq!(s, 200, "{page}");
    page["items"][0].clone()
}

fn keys(out: &Out, field: &str) -> Vec<String> {
    out.ndjson()
        .iter()
        .map(|u| u[field].as_str().unwrap().to_string())
        .collect()
}

fn puts(stderr: &str) -> Vec<String> {
    requests(stderr)
        .into_iter()
        .filter(|r| r.starts_with("PUT "))
        .collect()
}

#[test]
fn list_follows_next_page_link_across_pages() {
    let sb = Sandbox::start(&["--seed-users", "250"]);
    let env = TestEnv::new();
    let out = run(env
        .valuekeep(&sb)
        .args(["-v", "users", "list", "--all", "-o", "ndjson"]))
    .ok();
    let mut listed = keys(&out, "userKey");
    assert_eq!(listed.len(), 250);
    let gets: Vec<String> = requests(&out.stderr)
        .into_iter()
        .filter(|r| r.contains("/users/odata"))
        .collect();
    assert_eq!(gets.len(), 3, "one request per page: {gets:?}");
    assert!(
        gets[1].contains("skip=100") && gets[2].contains("skip=200"),
        "{gets:?}"
    );
    listed.sort();
    listed.dedup();
    assert_eq!(listed.len(), 250, "duplicates");
    // --limit stops exactly, across a page boundary.
    let out = run(env
        .valuekeep(&sb)
        .args(["users", "list", "--limit", "120", "-o", "ndjson"]))
    .ok();
    assert_eq!(out.lines().len(), 120);
    // Default: one page of 100 (table header + 100 rows).
    let out = run(env.valuekeep(&sb).args(["users", "list"])).ok();
    assert_eq!(out.lines().len(), 101);
    // Groups come with root-relative links: followed the same way.
    let out = run(env.valuekeep(&sb).args(["groups", "list", "-o", "ndjson"])).ok();
    assert_eq!(out.lines().len(), 3);
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
fn list_filter_search_status_sort() {
    let sb = Sandbox::start(&["--seed-users", "150"]);
    let env = TestEnv::new();
    let out = run(env.valuekeep(&sb).args([
        "users",
        "list",
        "--all",
        "--filter",
        "startswith(UserKey,'ana')",
        "-o",
        "ndjson",
    ]))
    .ok();
    let ks = keys(&out, "userKey");
    assert!(!ks.is_empty());
    assert!(ks.iter().all(|k| k.starts_with("ana")), "{ks:?}");

    let out = run(env.valuekeep(&sb).args([
        "-v", "users", "list", "--all", "--search", "COSTA", "-o", "ndjson",
    ]))
    .ok();
    let found = out.ndjson();
    assert!(!found.is_empty());
    assert!(
        found
            .iter()
            .all(|u| u["email"].as_str().unwrap().contains("costa"))
    );
    assert!(
        requests(&out.stderr)[0].contains("contains%28Name"),
        "{}",
        out.stderr
    );

    for status in ["InvitationSent", "3", "invitation-sent"] {
        let out = run(env
            .valuekeep(&sb)
            .args(["users", "list", "--all", "--status", status, "-o", "ndjson"]))
        .ok();
        let us = out.ndjson();
        assert!(!us.is_empty());
        assert!(us.iter().all(|u| u["status"] == 3));
    }
    // --filter and --status combine with `and`.
    let out = run(env.valuekeep(&sb).args([
        "users",
        "list",
        "--all",
        "--status",
        "active",
        "--filter",
        "IsTechnician eq true",
        "-o",
        "ndjson",
    ]))
    .ok();
    assert!(
        out.ndjson()
            .iter()
            .all(|u| u["status"] == 1 && u["isTechnician"] == true)
    );

    let out = run(env.valuekeep(&sb).args([
        "-v",
        "users",
        "list",
        "--sort",
        "-name,userKey",
        "-L",
        "40",
        "-o",
        "ndjson",
    ]))
    .ok();
    assert!(
        requests(&out.stderr)[0].contains("Name+desc%2CUserKey"),
        "{}",
        out.stderr
    );
    let names: Vec<String> = out
        .ndjson()
        .iter()
        .map(|u| u["name"].as_str().unwrap().to_lowercase())
        .collect();
    let mut sorted = names.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(names, sorted);

    let out = run(env
        .valuekeep(&sb)
        .args(["-v", "users", "list", "--status", "sleepy"]))
    .expect(2);
    assert!(requests(&out.stderr).is_empty());
    let out = run(env.valuekeep(&sb).args(["users", "list", "--role", "x"])).expect(2);
    assert!(
        out.stderr.contains("not available on Valuekeep"),
        "{}",
        out.stderr
    );
    // A bad $filter: the API's message is shown, exit 5.
    let out = run(env
        .valuekeep(&sb)
        .args(["users", "list", "--filter", "Name eq"]))
    .expect(5);
    assert!(out.stderr.contains("$filter is invalid"), "{}", out.stderr);
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

#[test]
fn create_invite_and_delete() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let out = run(env.valuekeep(&sb).args([
        "users",
        "create",
        "--email",
        "ada@example.com",
        "--name",
        "Ada Lovelace",
        "--user-key",
        "ADA",
        "--technician",
        "--role",
        "TECHNICIAN",
        "--group",
        "MAINT",
        "--status",
        "Active",
        "-o",
        "json",
    ]))
    .ok();
    // The outcome record: the target is the user key, the record is what
    // Valuekeep answered (the key and the new record id).
    let rec = &out.json()[0];
    assert_eq!(rec["result"], "created", "{rec}");
    assert_eq!(rec["target"]["key"], "ADA", "{rec}");
    let created = &rec["record"];
    assert_eq!(created["key"], "ADA");
    let id = created["id"].as_str().unwrap().to_string();
    let u = user(&sb, "ADA");
    assert_eq!(u["id"], id.as_str());
    assert_eq!(u["isTechnician"], true);
    assert_eq!(u["email"], "ada@example.com");
    assert_eq!(u["roles"][0]["roleKey"], "TECHNICIAN");
    assert_eq!(u["groups"][0]["groupKey"], "MAINT");

    // Default key: the e-mail's local part; --inactive → status Inactive.
    run(env.valuekeep(&sb).args([
        "users",
        "create",
        "--email",
        "bob@example.com",
        "--name",
        "Bob",
        "--inactive",
    ]))
    .ok();
    assert_eq!(user(&sb, "bob")["status"], 2);

    // Duplicates are refused by the API (400 → exit 5), its errors shown.
    let out = run(env.valuekeep(&sb).args([
        "users",
        "create",
        "--email",
        "ada@example.com",
        "--name",
        "Ada",
        "--user-key",
        "ADA2",
    ]))
    .expect(5);
    assert!(out.stderr.contains("already used"), "{}", out.stderr);
    assert!(out.stderr.contains("HTTP 400"), "{}", out.stderr);

    // Dry run: printed, not sent.
    let out = run(env.valuekeep(&sb).args([
        "--dry-run",
        "users",
        "create",
        "--email",
        "dry@example.com",
        "--name",
        "Dry",
    ]))
    .ok();
    assert!(out.stdout.starts_with("POST http://"), "{}", out.stdout);
    assert!(out.stdout.contains("\"userKey\":\"dry\""));
    assert_eq!(vk(&sb, "GET", "users/dry", None).0, 404);

    // Invite: sendInvitation.
    let out = run(env.valuekeep(&sb).args([
        "-v",
        "users",
        "invite",
        "--email",
        "cy@example.com",
        "--name",
        "Cy",
        "--role",
        "REQUESTER",
    ]))
    .ok();
    assert!(
        requests(&out.stderr)
            .iter()
            .any(|r| r.starts_with("POST ") && r.ends_with("/identity/users/sendInvitation"))
    );
    assert!(out.stderr.contains("Invited"), "{}", out.stderr);
    let (_, page) = vk(
        &sb,
        "GET",
        "users/odata?$filter=Email eq 'cy@example.com'",
        None,
    );
    assert_eq!(page["items"][0]["status"], 3);

    // Delete by key, then by id; both gone.
    run(env.valuekeep(&sb).args(["-y", "users", "delete", "bob"])).ok();
    assert_eq!(vk(&sb, "GET", "users/bob", None).0, 404);
    let out = run(env
        .valuekeep(&sb)
        .args(["-v", "-y", "users", "delete", "--by-id", &id]))
    .ok();
    assert!(
        requests(&out.stderr)
            .iter()
            .any(|r| r == &format!("DELETE {}/api/{TENANT}/{ORG}/identity/users/{id}", sb.url))
    );
    assert_eq!(vk(&sb, "GET", "users/ADA", None).0, 404);
    run(env.valuekeep(&sb).args(["-y", "users", "delete", "ADA"])).expect(3);
    run(env
        .valuekeep(&sb)
        .args(["-y", "users", "delete", "--by-id", "not-a-guid"]))
    .expect(2);
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

#[test]
fn patch_one_put_per_changed_attribute_and_midway_failure() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    run(env.valuekeep(&sb).args([
        "users",
        "create",
        "--email",
        "pat@example.com",
        "--name",
        "Pat",
        "--user-key",
        "PAT",
    ]))
    .ok();
    run(env.valuekeep(&sb).args([
        "users",
        "create",
        "--email",
        "taken@example.com",
        "--name",
        "Tak",
        "--user-key",
        "TAK",
    ]))
    .ok();

    let out = run(env.valuekeep(&sb).args([
        "-v",
        "users",
        "patch",
        "PAT",
        "--name",
        "Pat (unchanged name)",
        "--technician",
        "--status",
        "inactive",
        "--email",
        "pat@example.com",
    ]))
    .ok();
    let sent = puts(&out.stderr);
    assert_eq!(sent.len(), 3, "e-mail unchanged, so not sent: {sent:?}");
    let u = user(&sb, "PAT");
    assert_eq!(u["name"], "Pat (unchanged name)");
    assert_eq!(u["isTechnician"], true);
    assert_eq!(u["status"], 2);

    // Inactive is the status, and the record flag follows it.
    assert_eq!(u["isActive"], false);

    // --json with a rename: the key goes last; isActive is already false
    // (the status is Inactive), so it is not sent.
    let out = run(env.valuekeep(&sb).args([
        "-v",
        "users",
        "patch",
        "PAT",
        "--json",
        r#"{"userKey":"PAT2","isActive":false,"isTechnician":false}"#,
    ]))
    .ok();
    let sent = puts(&out.stderr);
    assert_eq!(sent.len(), 2, "{sent:?}");
    assert!(
        sent[0].ends_with("/users/PAT/isTechnician") && sent[1].ends_with("/users/PAT/userKey"),
        "{sent:?}"
    );
    assert_eq!(user(&sb, "PAT2")["isActive"], false);
    assert_eq!(user(&sb, "PAT2")["isTechnician"], false);

    // Midway failure: the name goes through, the e-mail is refused (taken).
    let out = run(env.valuekeep(&sb).args([
        "users",
        "patch",
        "PAT2",
        "--name",
        "Patricia",
        "--email",
        "taken@example.com",
        "--last-login",
        "2025-01-01T00:00:00Z",
    ]))
    .expect(7);
    // The user read again tells each field: the name changed, the
    // e-mail and the last login (never sent) did not.
    assert!(
        out.stderr.contains("Changed name of PAT2 to Patricia"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("Could not change email of PAT2"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("Could not change lastLogin of PAT2"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("2 of 3 changes did not complete (1 changed, 2 failed)"),
        "{}",
        out.stderr
    );
    let u = user(&sb, "PAT2");
    assert_eq!(u["name"], "Patricia");
    assert_eq!(u["email"], "pat@example.com");

    // A failure on the first attribute is that failure (not partial).
    run(env
        .valuekeep(&sb)
        .args(["users", "patch", "PAT2", "--email", "taken@example.com"]))
    .expect(5);
    // Unknown fields are refused before anything is sent.
    let out = run(env.valuekeep(&sb).args([
        "-v",
        "users",
        "patch",
        "PAT2",
        "--json",
        r#"{"name":"X","shoe":1}"#,
    ]))
    .expect(2);
    assert!(puts(&out.stderr).is_empty());
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
fn memberships_by_key_and_by_id() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    run(env.valuekeep(&sb).args([
        "users",
        "create",
        "--email",
        "mo@example.com",
        "--name",
        "Mo",
        "--user-key",
        "MO",
    ]))
    .ok();
    let group_ids: Value = vk(&sb, "GET", "groups/odata", None).1;
    let id_of = |key: &str| {
        group_ids["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|g| g["groupKey"] == key)
            .unwrap()["id"]
            .as_str()
            .unwrap()
            .to_string()
    };

    let out = run(env
        .valuekeep(&sb)
        .args(["-v", "users", "groups", "add", "MO", "MAINT", "IT"]))
    .ok();
    let posts: Vec<String> = requests(&out.stderr)
        .into_iter()
        .filter(|r| r.starts_with("POST "))
        .collect();
    assert!(
        posts
            .iter()
            .all(|r| r.ends_with("/identity/users/MO/groups/add")),
        "{posts:?}"
    );
    let out = run(env
        .valuekeep(&sb)
        .args(["users", "groups", "list", "MO", "-o", "ndjson"]))
    .ok();
    let mut gs = keys(&out, "groupKey");
    gs.sort();
    assert_eq!(gs, ["IT", "MAINT"]);

    let fac = id_of("FACILITIES");
    let out = run(env
        .valuekeep(&sb)
        .args(["-v", "users", "groups", "add", "--by-id", "MO", &fac]))
    .ok();
    assert!(
        requests(&out.stderr)
            .iter()
            .any(|r| r.ends_with("/identity/users/MO/groups/addById"))
    );
    assert_eq!(user(&sb, "MO")["groups"].as_array().unwrap().len(), 3);
    let out = run(env
        .valuekeep(&sb)
        .args(["-v", "users", "groups", "remove", "--by-id", "MO", &fac]))
    .ok();
    assert!(
        requests(&out.stderr)
            .iter()
            .any(|r| r.ends_with("/identity/users/MO/groups/removeById"))
    );
    run(env
        .valuekeep(&sb)
        .args(["users", "groups", "remove", "MO", "IT"]))
    .ok();
    let out = run(env
        .valuekeep(&sb)
        .args(["users", "groups", "list", "MO", "-o", "ndjson"]))
    .ok();
    assert_eq!(keys(&out, "groupKey"), ["MAINT"]);

    // set: only the difference is sent.
    let out = run(env.valuekeep(&sb).args([
        "-v",
        "-y",
        "users",
        "groups",
        "set",
        "MO",
        "MAINT",
        "FACILITIES",
    ]))
    .ok();
    let posts: Vec<String> = requests(&out.stderr)
        .into_iter()
        .filter(|r| r.starts_with("POST "))
        .collect();
    assert_eq!(posts.len(), 1, "{posts:?}");
    let maint = id_of("MAINT");
    let out = run(env.valuekeep(&sb).args([
        "-v", "-y", "users", "groups", "set", "--by-id", "MO", &maint,
    ]))
    .ok();
    let posts: Vec<String> = requests(&out.stderr)
        .into_iter()
        .filter(|r| r.starts_with("POST "))
        .collect();
    assert_eq!(posts.len(), 1, "{posts:?}");
    assert!(posts[0].ends_with("/groups/removeById"));
    let out = run(env
        .valuekeep(&sb)
        .args(["users", "groups", "list", "MO", "-o", "ndjson"]))
    .ok();
    assert_eq!(keys(&out, "groupKey"), ["MAINT"]);

    // Roles: add, list, set, remove; by the user's e-mail too.
    run(env.valuekeep(&sb).args([
        "users",
        "roles",
        "add",
        "mo@example.com",
        "TECHNICIAN",
        "WORKMANAGER",
    ]))
    .ok();
    let out = run(env
        .valuekeep(&sb)
        .args(["users", "roles", "list", "MO", "-o", "ndjson"]))
    .ok();
    let mut rs = keys(&out, "roleKey");
    rs.sort();
    assert_eq!(rs, ["TECHNICIAN", "WORKMANAGER"]);
    run(env
        .valuekeep(&sb)
        .args(["-y", "users", "roles", "set", "MO", "READONLY"]))
    .ok();
    let out = run(env
        .valuekeep(&sb)
        .args(["users", "roles", "list", "MO", "-o", "ndjson"]))
    .ok();
    assert_eq!(keys(&out, "roleKey"), ["READONLY"]);
    let roles: Value = vk(&sb, "GET", "roles/odata", None).1;
    let ro = roles["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["roleKey"] == "READONLY")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let out = run(env
        .valuekeep(&sb)
        .args(["-v", "users", "roles", "remove", "--by-id", "MO", &ro]))
    .ok();
    assert!(
        requests(&out.stderr)
            .iter()
            .any(|r| r.ends_with("/users/MO/roles/removeById"))
    );
    assert!(user(&sb, "MO")["roles"].as_array().unwrap().is_empty());

    // Unknown group: found missing before anything is written (exit 3,
    // one lookup, no write); unknown user: exit 3 or 5.
    let out = run(env
        .valuekeep(&sb)
        .args(["-v", "users", "groups", "add", "MO", "NOPE"]))
    .expect(3);
    let api_calls: Vec<String> = requests(&out.stderr)
        .into_iter()
        .filter(|r| !r.contains("/connect/token"))
        .collect();
    assert_eq!(api_calls.len(), 1, "{}", out.stderr);
    assert!(api_calls[0].starts_with("GET "), "{api_calls:?}");
    assert!(
        out.stderr.contains("group \"NOPE\" not found"),
        "{}",
        out.stderr
    );
    run(env
        .valuekeep(&sb)
        .args(["users", "groups", "add", "GHOST", "MAINT"]))
    .expect(3);
    // ODC-only options are refused.
    run(env
        .valuekeep(&sb)
        .args(["users", "roles", "add", "MO", "X", "--org"]))
    .expect(2);
}

#[test]
fn groups_and_roles_commands() {
    let sb = Sandbox::start(&["--seed-users", "12"]);
    let env = TestEnv::new();
    let out = run(env.valuekeep(&sb).args(["groups", "list", "-o", "ndjson"])).ok();
    assert_eq!(keys(&out, "groupKey"), ["MAINT", "FACILITIES", "IT"]);
    let out = run(env
        .valuekeep(&sb)
        .args(["groups", "list", "--search", "support", "-o", "ndjson"]))
    .ok();
    assert_eq!(keys(&out, "groupKey"), ["IT"]);
    let out = run(env
        .valuekeep(&sb)
        .args(["groups", "get", "MAINT", "-o", "json"]))
    .ok();
    assert_eq!(out.json()["name"], "Maintenance");
    // By name: one $filter lookup after the key misses.
    let out = run(env
        .valuekeep(&sb)
        .args(["groups", "get", "IT Support", "-o", "json"]))
    .ok();
    assert_eq!(out.json()["groupKey"], "IT");
    let out = run(env
        .valuekeep(&sb)
        .args(["groups", "members", "MAINT", "-o", "ndjson"]))
    .ok();
    let members = out.ndjson();
    assert!(!members.is_empty());
    assert!(members.iter().all(|m| m["userKey"].is_string()));

    let out = run(env.valuekeep(&sb).args([
        "groups",
        "create",
        "Field Team",
        "--description",
        "Out and about",
        "-o",
        "json",
    ]))
    .ok();
    assert_eq!(out.json()[0]["result"], "created");
    assert_eq!(out.json()[0]["target"]["key"], "FIELDTEAM");
    let (s, g) = vk(&sb, "GET", "groups/FIELDTEAM", None);
    assert_eq!(s, 200);
    assert_eq!(g["notes"], "Out and about");
    run(env.valuekeep(&sb).args(["groups", "create", "Field Team"])).expect(5);
    run(env
        .valuekeep(&sb)
        .args(["-y", "groups", "delete", "FIELDTEAM"]))
    .ok();
    assert_eq!(vk(&sb, "GET", "groups/FIELDTEAM", None).0, 404);
    run(env.valuekeep(&sb).args(["groups", "get", "NOPE"])).expect(3);

    let out = run(env.valuekeep(&sb).args(["roles", "list", "-o", "ndjson"])).ok();
    assert_eq!(out.lines().len(), 7);
    let out = run(env
        .valuekeep(&sb)
        .args(["roles", "list", "--search", "manager", "-o", "ndjson"]))
    .ok();
    assert_eq!(keys(&out, "roleKey"), ["REQUESTSMANAGER", "WORKMANAGER"]);
    let out = run(env
        .valuekeep(&sb)
        .args(["roles", "get", "ADMIN", "-o", "json"]))
    .ok();
    assert_eq!(out.json()["isAdministration"], true);
    let out = run(env
        .valuekeep(&sb)
        .args(["roles", "get", "Read only", "-o", "json"]))
    .ok();
    assert_eq!(out.json()["roleKey"], "READONLY");
    let out = run(env
        .valuekeep(&sb)
        .args(["roles", "users", "TECHNICIAN", "-o", "ndjson"]))
    .ok();
    assert!(!out.ndjson().is_empty());
    run(env.valuekeep(&sb).args(["roles", "get", "NOPE"])).expect(3);

    // The raw route.
    let out = run(env.valuekeep(&sb).args([
        "api",
        "GET",
        "identity/roles/odata?$top=2&$inlinecount=allpages",
        "-o",
        "json",
    ]))
    .ok();
    assert_eq!(out.json()["count"], 7);
    let out = run(env.valuekeep(&sb).args([
        "api",
        "GET",
        &format!("/api/{TENANT}/{ORG}/identity/groups/IT"),
        "-o",
        "json",
    ]))
    .ok();
    assert_eq!(out.json()["groupKey"], "IT");
}

#[test]
fn picture_download() {
    let sb = Sandbox::start(&["--seed-users", "3"]);
    let env = TestEnv::new();
    // Seeded user 1 (index 0) has a picture.
    let u = first_user(&sb, "Picture ne null");
    let key = u["userKey"].as_str().unwrap();
    let file = env.path().join("pic.png");
    let out = run(env.valuekeep(&sb).args([
        "-v",
        "users",
        "picture",
        key,
        "--file",
        file.to_str().unwrap(),
    ]))
    .ok();
    let bytes = std::fs::read(&file).unwrap();
    assert_eq!(&bytes[..4], b"\x89PNG");
    let id = u["id"].as_str().unwrap();
    assert!(
        requests(&out.stderr)
            .iter()
            .any(|r| r.contains(&format!("/identity/users/{id}/picture?fileName="))),
        "{}",
        out.stderr
    );
    // To stdout.
    let o = env
        .valuekeep(&sb)
        .args(["users", "picture", key, "-f", "-"])
        .output()
        .unwrap();
    assert!(o.stdout.starts_with(b"\x89PNG"));
    // No picture: 404 → exit 3.
    let none = first_user(&sb, "Picture eq null");
    run(env.valuekeep(&sb).args([
        "users",
        "picture",
        none["userKey"].as_str().unwrap(),
        "-f",
        file.to_str().unwrap(),
    ]))
    .expect(3);
}

#[test]
fn auth_paths_and_error_codes() {
    let sb = Sandbox::start(&["--seed-users", "3"]);
    let env = TestEnv::new();
    // HTTP Basic client auth works as well as form fields.
    let out = run(env
        .valuekeep(&sb)
        .env("IAMCTL_CLIENT_AUTH", "basic")
        .args(["-vv", "users", "list", "-o", "ndjson"]))
    .ok();
    assert_eq!(out.lines().len(), 3);
    assert!(
        out.stderr.contains("authorization: Basic ***"),
        "{}",
        out.stderr
    );
    assert!(
        !out.stderr.contains("sandbox-secret"),
        "secret leaked: {}",
        out.stderr
    );
    let env2 = TestEnv::new();
    let out = run(env2
        .valuekeep(&sb)
        .args(["-vv", "users", "list", "-L", "1"]))
    .ok();
    assert!(out.stderr.contains("scope=application"), "{}", out.stderr);
    assert!(
        !out.stderr.contains("sandbox-secret"),
        "secret leaked: {}",
        out.stderr
    );

    // Wrong secret, wrong scope: exit 4.
    let env3 = TestEnv::new();
    let out = run(env3
        .valuekeep(&sb)
        .env("IAMCTL_CLIENT_SECRET", "nope")
        .args(["users", "list"]))
    .expect(4);
    assert!(out.stderr.contains("invalid_client"), "{}", out.stderr);
    let out = run(env3
        .valuekeep(&sb)
        .env("IAMCTL_SCOPE", "rose-api")
        .args(["users", "list"]))
    .expect(4);
    assert!(out.stderr.contains("invalid_scope"), "{}", out.stderr);
    // A tenant the server does not know: 404 → exit 3, its message shown.
    let out = run(env3
        .valuekeep(&sb)
        .env("IAMCTL_TENANT", "other")
        .args(["users", "list"]))
    .expect(3);
    assert!(out.stderr.contains("Tenant 'other'"), "{}", out.stderr);
    // Missing coordinates: usage, before any request.
    run(env3
        .valuekeep(&sb)
        .env_remove("IAMCTL_BASE_URL")
        .args(["users", "list"]))
    .expect(2);
    run(env3
        .valuekeep(&sb)
        .env_remove("IAMCTL_ORG")
        .args(["users", "list"]))
    .expect(2);
    // Plain http to a non-loopback host is refused.
    run(env3
        .valuekeep(&sb)
        .env("IAMCTL_BASE_URL", "http://example.com")
        .args(["users", "list"]))
    .expect(2);
    // A dead server: exit 6.
    let port = sb.port();
    drop(sb);
    run(env3
        .cmd()
        .env("IAMCTL_KIND", "valuekeep")
        .env("IAMCTL_BASE_URL", format!("http://127.0.0.1:{port}"))
        .env("IAMCTL_TENANT", TENANT)
        .env("IAMCTL_ORG", ORG)
        .env("IAMCTL_CLIENT_ID", "c")
        .env("IAMCTL_CLIENT_SECRET", "s")
        .env(
            "IAMCTL_TOKEN_URL",
            format!("http://127.0.0.1:{port}/connect/token"),
        )
        .args(["--max-wait", "0.5", "users", "list"]))
    .expect(6);
}

#[test]
fn rate_limited_requests_are_retried() {
    let sb = Sandbox::start(&["--seed-users", "250", "--rate-limit", "5"]);
    let env = TestEnv::new();
    let out = run(env
        .valuekeep(&sb)
        .args(["users", "list", "--all", "-o", "ndjson"]))
    .ok();
    assert_eq!(out.lines().len(), 250);
    // No pacing windows are invented for Valuekeep.
    let out = run(env.valuekeep(&sb).args(["-v", "users", "list", "-L", "1"])).ok();
    assert!(!out.stderr.contains("rate window"), "{}", out.stderr);
}

#[test]
fn builtin_profile_keeps_state_across_invocations() {
    let env = TestEnv::new();
    let out = run(env.cmd().args([
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
    ]))
    .ok();
    assert!(out.stderr.contains("Created user"), "{}", out.stderr);
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
    let out = run(env
        .cmd()
        .args(["-p", "sandbox-valuekeep", "profile", "test"]))
    .ok();
    assert!(out.stdout.contains("identity API ok"), "{}", out.stdout);
    // The ODC built-in shares the process-less sandbox but not the data.
    run(env
        .cmd()
        .args(["-p", "sandbox", "users", "get", "zed@example.com"]))
    .expect(3);
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

/// Issue 9: the export says each user's status by name (it wrote null).
#[test]
fn export_says_the_status_by_name() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let out = run(env
        .valuekeep(&sb)
        .args(["users", "export", "--format", "ndjson"]))
    .ok();
    let statuses: Vec<String> = out
        .ndjson()
        .iter()
        .map(|u| u["status"].as_str().unwrap_or("null").to_string())
        .collect();
    assert_eq!(statuses.len(), 5);
    for s in &statuses {
        assert!(
            ["Active", "Inactive", "InvitationSent", "InvitationExpired"].contains(&s.as_str()),
            "{statuses:?}"
        );
    }
}
