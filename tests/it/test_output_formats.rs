//! Output formats: table, JSON, NDJSON, CSV, `--fields`, `--jq`, errors as
//! one JSON object, and a reader that closes the pipe early.

use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};

use serde_json::Value;

use crate::common::profiles::NO_USER;
use crate::common::{
    Sandbox, TestEnv, Transcript, all_users, bin, create_user, get_json, requests, run,
    snapshot_settings,
};

#[test]
fn json_errors_are_one_object_on_stderr() {
    let sb = Sandbox::start(&["--seed-users", "1"]);
    let env = TestEnv::new();
    let t = Transcript::of(env.odc(&sb).args(["-o", "json", "users", "get", NO_USER]));
    assert_eq!(t.stderr.lines().count(), 1, "{t}");
    let e: Value = serde_json::from_str(&t.stderr).unwrap();
    assert_eq!(e["error"], "not_found");
    assert_eq!(e["exit_code"], 3);
    assert_eq!(e["api"]["status"], 404);
    let trace_id = e["api"]["trace_id"].as_str().unwrap_or_default();
    assert!(!trace_id.is_empty(), "{e}");
    // The trace id is the sandbox's, new on every answer.
    let t = t.redact(trace_id, "[TRACE_ID]");
    snapshot_settings().bind(|| insta::assert_snapshot!(t.to_string(), @r#"
    [stdout]
    [stderr]
    {"error":"not_found","exit_code":3,"message":"user \"00000000-0000-4000-8000-000000000000\" not found","api":{"status":404,"title":"Not Found","detail":"User 00000000-0000-4000-8000-000000000000 was not found.","error_code":"UserNotFound","trace_id":"[TRACE_ID]"}}
    [exit status: 3]
    "#));

    let out = run(env
        .odc(&sb)
        .args(["-o", "ndjson", "users", "list", "--sort", "x"]))
    .expect(2);
    let e: Value = serde_json::from_str(out.stderr.trim()).unwrap();
    assert_eq!(e["error"], "usage");

    // A fresh environment: no cached token to hide the wrong secret.
    let env = TestEnv::new();
    let out = run(env
        .odc(&sb)
        .env("IAMCTL_CLIENT_SECRET", "wrong")
        .args(["-o", "json", "users", "list"]))
    .expect(4);
    let e: Value = serde_json::from_str(out.stderr.trim()).unwrap();
    assert_eq!(e["error"], "auth");
    assert!(e["hints"].as_array().is_some_and(|h| !h.is_empty()));
}

#[test]
fn users_list_in_every_format() {
    let sb = Sandbox::start(&["--seed-users", "12"]);
    let env = TestEnv::new();
    let api = get_json(&sb, "users?limit=100")["results"]
        .as_array()
        .unwrap()
        .clone();

    // Table: a header row, then one row per user, in the API's order.
    let t = Transcript::of(env.odc(&sb).args(["users", "list"]));
    let lines: Vec<&str> = t.stdout.lines().collect();
    for (line, u) in lines[1..].iter().zip(&api) {
        assert!(
            line.trim_start().starts_with(u["key"].as_str().unwrap()),
            "{line}"
        );
    }
    snapshot_settings().bind(|| insta::assert_snapshot!(t.to_string(), @"
    [stdout]
     KEY                                   EMAIL                          NAME             STATUS  LAST LOGIN
     7ad6fc13-4e34-4e59-b2bf-d07778d684a5  eva.almeida3@example.com       Eva Almeida      Active  2025-10-04
     52155748-822b-4183-a163-8e5eba44b78e  luis.esteves5@example.com      Luis Esteves     Active  2025-04-26
     5e135513-c0ba-4e84-b75f-ab89155958b0  marta.almeida6@example.com     Marta Almeida    Active  2025-02-09
     51955304-7898-4421-8e61-28204c2fb537  marta.henriques10@example.com  Marta Henriques  Active  2025-08-16
     e4bd2011-0c05-4640-825b-7a7f768efe05  marta.teixeira1@example.com    Marta Teixeira   Active  2025-10-31
     ec784fc7-04d2-4b8d-ac4b-f8dda72820e4  nuno.lopes4@example.com        Nuno Lopes       Active  2025-05-15
     6ddbba57-921c-486d-8e17-e898d33c6819  nuno.martins7@example.com      Nuno Martins     Active  2025-10-05
     8587b37e-0b36-4cb2-8265-2a91c88c3590  pedro.henriques2@example.com   Pedro Henriques  Active  2025-03-30
     d380f9dc-b6c0-44b5-9c19-585ca7af9a4f  rita.martins12@example.com     Rita Martins     Active  2025-02-19
     f8c24368-f007-4d8d-9a93-63cc8071829b  tania.dias8@example.com        Tania Dias       Active  2025-05-20
     8912216f-4759-42d4-93e5-35c4d1ef5e27  zeca.ferreira11@example.com    Zeca Ferreira    Active  2025-02-02
     85446c77-be9b-4dff-adc3-50417e716f17  zeca.nunes9@example.com        Zeca Nunes       Active  2025-03-17
    [stderr]
    [exit status: 0]
    "));

    // JSON: an array of the vendor's objects, unchanged.
    let out = run(env.odc(&sb).args(["users", "list", "-o", "json"])).ok();
    assert_eq!(out.json(), Value::Array(api.clone()));

    // NDJSON: one object per line.
    let out = run(env.odc(&sb).args(["users", "list", "-o", "ndjson"])).ok();
    assert_eq!(out.ndjson(), api);

    // IAMCTL_OUTPUT picks the format too.
    let out = run(env
        .odc(&sb)
        .env("IAMCTL_OUTPUT", "ndjson")
        .args(["users", "list"]))
    .ok();
    assert_eq!(out.lines().len(), 12);

    // CSV: header = field paths, every field of the record (the table's
    // columns first, nested fields dotted); reads back.
    let out = run(env.odc(&sb).args(["users", "list", "-o", "csv"])).ok();
    let mut rdr = csv::Reader::from_reader(out.stdout.as_bytes());
    let headers: Vec<String> = rdr.headers().unwrap().iter().map(str::to_string).collect();
    assert_eq!(
        headers[..5],
        ["key", "email", "name", "status", "lastLoginAt"]
    );
    let active = headers.iter().position(|h| h == "isActive").unwrap();
    let app_roles = headers
        .iter()
        .position(|h| h == "access.hasApplicationRoles")
        .unwrap();
    let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 12);
    for (row, u) in rows.iter().zip(&api) {
        assert_eq!(&row[0], u["key"].as_str().unwrap());
        assert_eq!(&row[1], u["email"].as_str().unwrap());
        assert_eq!(&row[2], u["name"].as_str().unwrap());
        assert_eq!(&row[3], u["status"].as_str().unwrap());
        assert_eq!(&row[4], u["lastLoginAt"].as_str().unwrap_or(""));
        assert_eq!(&row[active], u["isActive"].to_string());
        assert_eq!(
            &row[app_roles],
            u["access"]["hasApplicationRoles"].to_string()
        );
    }

    // TSV: the same columns, tab-separated, for cut and awk.
    let out = run(env.odc(&sb).args(["users", "list", "-o", "tsv"])).ok();
    let first: Vec<&str> = out.lines()[0].split('\t').collect();
    assert_eq!(first, headers);
    assert_eq!(out.lines().len(), 13);

    // A field no user can have: refused, the valid ones listed.
    let t = Transcript::of(
        env.odc(&sb)
            .args(["users", "list", "--fields", "key,emial"]),
    );
    snapshot_settings().bind(|| insta::assert_snapshot!(t.to_string(), @r#"
    [stdout]
    [stderr]
    error: --fields: ODC users have no field "emial"
    hint: fields of ODC users: key, email, name, status, lastLoginAt, isActive, photoUrl, isEmailVerified, isTermsAndConditionsAccepted, access.hasOrganizationRoles, access.hasApplicationRoles, _embedded.applicationRoles, _embedded.userIdentityProviders
    [exit status: 2]
    "#));
    run(env
        .odc(&sb)
        .args(["users", "list", "-o", "json", "--fields", "nope"]))
    .expect(2);
}

#[test]
fn users_get_in_every_format() {
    let sb = Sandbox::start(&["--seed-users", "3"]);
    let env = TestEnv::new();
    let key = create_user(
        &sb,
        "Fmt, \"Quoted\"@example.com"
            .replace([',', ' ', '"'], "")
            .as_str(),
        "Fmt, \"Quoted\" Name",
    );
    let api = get_json(&sb, &format!("users/{key}"));

    // One record: field/value lines, the table's columns first.
    let out = run(env.odc(&sb).args(["users", "get", &key])).ok();
    assert!(out.lines()[0].starts_with("key ") && out.lines()[0].ends_with(&key));
    assert!(out.lines()[1].starts_with("email "));
    assert!(out.lines().iter().any(|l| l.starts_with("isActive ")));

    let out = run(env.odc(&sb).args(["users", "get", &key, "-o", "json"])).ok();
    assert_eq!(
        out.json(),
        api,
        "JSON must be the vendor's object, unchanged"
    );
    assert!(out.json().is_object());

    let out = run(env.odc(&sb).args(["users", "get", &key, "-o", "ndjson"])).ok();
    assert_eq!(out.lines().len(), 1);
    assert_eq!(out.ndjson()[0], api);

    let out = run(env.odc(&sb).args(["users", "get", &key, "-o", "csv"])).ok();
    let mut rdr = csv::Reader::from_reader(out.stdout.as_bytes());
    assert_eq!(
        rdr.headers().unwrap().iter().take(5).collect::<Vec<_>>(),
        ["key", "email", "name", "status", "lastLoginAt"]
    );
    let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(&rows[0][2], "Fmt, \"Quoted\" Name", "CSV quoting");
}

#[test]
fn fields_narrow_every_format() {
    let sb = Sandbox::start(&["--seed-users", "4"]);
    let env = TestEnv::new();
    let api = get_json(&sb, "users?limit=100")["results"]
        .as_array()
        .unwrap()
        .clone();

    let out = run(env
        .odc(&sb)
        .args(["users", "list", "--fields", "key,email", "-o", "json"]))
    .ok();
    for (got, u) in out.json().as_array().unwrap().iter().zip(&api) {
        let keys: Vec<&String> = got.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["key", "email"]);
        assert_eq!(got["email"], u["email"]);
    }
    let out = run(env
        .odc(&sb)
        .args(["users", "list", "--fields", "key,email"]))
    .ok();
    assert_eq!(
        out.lines()[0].split_whitespace().collect::<Vec<_>>(),
        ["KEY", "EMAIL"]
    );
    let out = run(env
        .odc(&sb)
        .args(["users", "list", "--fields", "key,email", "-o", "csv"]))
    .ok();
    assert_eq!(out.lines()[0], "key,email");
    assert_eq!(
        out.lines()[1],
        format!(
            "{},{}",
            api[0]["key"].as_str().unwrap(),
            api[0]["email"].as_str().unwrap()
        )
    );
    // Nested paths.
    let out = run(env.odc(&sb).args([
        "users",
        "list",
        "--fields",
        "email,access.hasOrganizationRoles",
        "-o",
        "ndjson",
    ]))
    .ok();
    let first = &out.ndjson()[0];
    assert_eq!(
        first["access.hasOrganizationRoles"],
        api[0]["access"]["hasOrganizationRoles"]
    );
    let key = api[0]["key"].as_str().unwrap();
    let out = run(env
        .odc(&sb)
        .args(["users", "get", key, "--fields", "email", "-o", "json"]))
    .ok();
    assert_eq!(out.json(), serde_json::json!({"email": api[0]["email"]}));
}

#[test]
fn jq_filters_json_and_ndjson() {
    let sb = Sandbox::start(&["--seed-users", "6"]);
    let env = TestEnv::new();
    let api = get_json(&sb, "users?limit=100")["results"]
        .as_array()
        .unwrap()
        .clone();
    let emails: Vec<&str> = api.iter().map(|u| u["email"].as_str().unwrap()).collect();

    let out = run(env
        .odc(&sb)
        .args(["users", "list", "-o", "json", "--jq", ".[].email"]))
    .ok();
    assert_eq!(out.lines(), emails, "strings print raw, one per line");
    let out = run(env
        .odc(&sb)
        .args(["users", "list", "-o", "ndjson", "--jq", ".email"]))
    .ok();
    assert_eq!(out.lines(), emails);
    let out = run(env
        .odc(&sb)
        .args(["users", "list", "-o", "json", "--jq", "length"]))
    .ok();
    assert_eq!(out.stdout, "6\n");
    let out =
        run(env
            .odc(&sb)
            .args(["users", "get", emails[0], "-o", "json", "--jq", "{k: .key}"]))
        .ok();
    assert_eq!(out.json(), serde_json::json!({"k": api[0]["key"]}));

    // --jq implies JSON (as in gh): no -o needed.
    let out = run(env.odc(&sb).args(["users", "list", "--jq", ".[].email"])).ok();
    assert_eq!(out.lines().len(), 6, "{}", out.stdout);
    // With a text format it is a contradiction, refused before any request.
    let t = Transcript::of(env.odc(&sb).args([
        "-v",
        "users",
        "list",
        "-o",
        "tsv",
        "--jq",
        ".[].email",
    ]));
    assert!(
        requests(&t.stderr).is_empty(),
        "a usage error sent requests"
    );
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @"
    [stdout]
    [stderr]
    error: --jq filters JSON, not CSV or TSV
    hint: leave out -o, or use -o json or -o ndjson
    [exit status: 2]
    ")
    });
    run(env
        .odc(&sb)
        .args(["users", "list", "-o", "csv", "--jq", ".email"]))
    .expect(2);
    run(env
        .odc(&sb)
        .args(["users", "list", "-o", "json", "--jq", ".[] | ]["]))
    .expect(2);
}

/// `iamctl users list | head -1`: the reader goes away; iamctl ends quietly.
#[test]
fn closed_stdout_is_a_quiet_exit() {
    let sb = Sandbox::start(&["--seed-users", "400"]);
    let env = TestEnv::new();
    for format in ["table", "ndjson", "json", "csv"] {
        let std_cmd = {
            let c = env.odc(&sb);
            let mut s = Command::new(bin());
            s.env_clear();
            for (k, v) in c.get_envs() {
                if let Some(v) = v {
                    s.env(k, v);
                }
            }
            s
        };
        let mut s = std_cmd;
        s.args(["users", "list", "--all", "-o", format])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = s.spawn().unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let mut first = String::new();
        stdout.read_line(&mut first).unwrap();
        assert!(!first.is_empty(), "{format}: no output");
        drop(stdout); // close the pipe, as `head -1` does
        let mut stderr = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut stderr)
            .unwrap();
        let status = child.wait().unwrap();
        // Quiet: no panic, no error, nothing at all on stderr.
        assert_eq!(status.code(), Some(0), "{format}: stderr: {stderr}");
        assert_eq!(stderr, "", "{format}");
    }
}

#[test]
fn long_tables_stream_in_one_layout() {
    // Past the sample the table prints row by row (bounded memory); the
    // layout chosen from the first rows holds for every row after it.
    let sb = Sandbox::start(&["--seed-users", "450"]);
    let env = TestEnv::new();
    let out = run(env
        .odc(&sb)
        .env("COLUMNS", "130")
        .args(["users", "list", "--all"]))
    .ok();
    let lines = out.lines();
    assert_eq!(lines.len(), 451, "one header and 450 rows");
    let email_at = lines[0].find("EMAIL").unwrap();
    for l in &lines[1..] {
        assert_eq!(
            l.find(char::is_alphabetic)
                .map(|_| &l[email_at - 2..email_at]),
            Some("  "),
            "{l}"
        );
        assert!(l.chars().count() <= 130, "{l}");
    }
    let api = all_users(&sb);
    for u in &api {
        let key = u["key"].as_str().unwrap();
        assert!(lines.iter().any(|l| l.trim_start().starts_with(key)));
    }
    // The whole table: one header, every row in the first rows' layout.
    snapshot_settings().bind(|| {
        insta::assert_snapshot!("odc_users_list_streamed_130_columns", out.stdout);
    });
    assert!(out.stderr.is_empty(), "{}", out.stderr);
}

/// Issue 9: a page of a long list says how much more there is and how to
/// get it, from the total the first page already gave (no extra request);
/// data formats stay silent.
#[test]
fn a_page_says_how_many_more_there_are() {
    let sb = Sandbox::start(&["--seed-users", "12"]);
    let env = TestEnv::new();
    let t = Transcript::of(env.odc(&sb).args(["-v", "users", "list", "--limit", "3"]));
    let lists = t
        .stderr
        .lines()
        .filter(|l| l.starts_with("> GET") && l.contains("/users?"))
        .count();
    assert_eq!(lists, 1, "{t}");
    snapshot_settings().bind(|| insta::assert_snapshot!(t.to_string(), @"
    [stdout]
     KEY                                   EMAIL                       NAME           STATUS  LAST LOGIN
     7ad6fc13-4e34-4e59-b2bf-d07778d684a5  eva.almeida3@example.com    Eva Almeida    Active  2025-10-04
     52155748-822b-4183-a163-8e5eba44b78e  luis.esteves5@example.com   Luis Esteves   Active  2025-04-26
     5e135513-c0ba-4e84-b75f-ab89155958b0  marta.almeida6@example.com  Marta Almeida  Active  2025-02-09
    [stderr]
    > GET http://127.0.0.1:[PORT]/identity/.well-known/openid-configuration
    < 200 OK ([N] ms)
    > POST http://127.0.0.1:[PORT]/identity/connect/token
    < 200 OK ([N] ms)
    > GET http://127.0.0.1:[PORT]/api/identity/v1/users?limit=3&offset=0
    > authorization: Bearer ***
    < 200 OK ([N] ms)
    Showing 3 of 12 users; 9 more: --all or --limit N
    * 3 requests, 0 retries, 0 answered 429
    [exit status: 0]
    "));
    // Every format says so on stderr (issue 20): stdout stays data.
    let out = run(env
        .odc(&sb)
        .args(["users", "list", "--limit", "3", "-o", "json"]))
    .ok();
    assert_eq!(out.json().as_array().unwrap().len(), 3);
    insta::assert_snapshot!(out.stderr, @"Showing 3 of 12 users; 9 more: --all or --limit N");
    let out = run(env.odc(&sb).args(["users", "list"])).ok();
    assert!(out.stderr.is_empty(), "all shown: {}", out.stderr);
}
