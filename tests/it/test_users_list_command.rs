//! `users list`: paging, filters, search, status and sort on every
//! platform, the "N more" notice in every format, one error for a bad
//! `--jq`, and transcripts of its table, JSON and TSV.

use std::collections::BTreeSet;

use serde_json::{Value, json};

use crate::common;
use crate::common::descope::{create, dsc_cmd, search};
use crate::common::odc::refused_elsewhere;
use crate::common::valuekeep::{Valuekeep, keys};
use crate::common::world::{descope, odc, valuekeep};
use crate::common::{
    Platform, Sandbox, TestEnv, Transcript, all_users, descope_mgmt as mgmt, get_json, requests,
    run, snapshot_settings,
};

#[test]
fn invitations_older_than_a_date_on_valuekeep_and_descope_refused_on_odc() {
    let sb = Sandbox::start(&["--seed-users", "20"]);
    let env = TestEnv::new();
    // Valuekeep: the seeded invitations date from 2024-12 (createdOn).
    let vk = |args: &[&str]| -> Vec<String> {
        let mut c = env.on(Platform::Valuekeep, &sb);
        c.args(["users", "list", "--all", "-o", "ndjson"])
            .args(args);
        let mut e: Vec<String> = run(&mut c)
            .ok()
            .ndjson()
            .iter()
            .map(|u| u["email"].as_str().unwrap().to_string())
            .collect();
        e.sort();
        e
    };
    let invited = vk(&["--status", "invited"]);
    assert!(!invited.is_empty());
    assert_eq!(vk(&["--invited-before", "30d"]), invited);
    assert!(vk(&["--invited-before", "2024-12-01"]).is_empty());

    // Descope: invite two users now; they are not older than a day, and
    // they are older than tomorrow.
    for e in ["inv1@example.com", "inv2@example.com"] {
        run(env
            .on(Platform::Descope, &sb)
            .args(["users", "invite", "--email", e, "--name", "Invitee"]))
        .ok();
    }
    let ds = |when: &str| -> BTreeSet<String> {
        run(env.on(Platform::Descope, &sb).args([
            "users",
            "list",
            "--all",
            "--invited-before",
            when,
            "-o",
            "ndjson",
        ]))
        .ok()
        .ndjson()
        .iter()
        .map(|u| u["email"].as_str().unwrap().to_string())
        .collect()
    };
    let tomorrow = (chrono::Utc::now() + chrono::Duration::days(1))
        .format("%Y-%m-%d")
        .to_string();
    let later = ds(&tomorrow);
    assert!(
        later.contains("inv1@example.com") && later.contains("inv2@example.com"),
        "{later:?}"
    );
    assert!(!ds("1d").contains("inv1@example.com"));

    // ODC: no invitation date in its records; said before any request.
    let t = Transcript::of(env.on(Platform::Odc, &sb).args([
        "-v",
        "users",
        "list",
        "--invited-before",
        "30d",
    ]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        * 0 requests, 0 retries, 0 answered 429
        error: `users list --invited-before` is not available on ODC
        hint: ODC's user records carry no invitation or creation date; list the invited users with --status invited (and --never-logged-in)
        [exit status: 2]
        ");
    });
}

#[test]
fn list_pages_across_more_than_100_users() {
    let sb = Sandbox::start(&["--seed-users", "250"]);
    let env = TestEnv::new();
    // Default: one page of 100.
    let out = run(dsc_cmd(&env, &sb).args(["users", "list", "-o", "json"])).ok();
    assert_eq!(out.json().as_array().unwrap().len(), 100);
    let out = run(dsc_cmd(&env, &sb).args(["users", "list", "-L", "7", "-o", "json"])).ok();
    assert_eq!(out.json().as_array().unwrap().len(), 7);
    let out =
        run(dsc_cmd(&env, &sb).args(["users", "list", "--limit", "130", "-o", "ndjson"])).ok();
    assert_eq!(out.lines().len(), 130);
    // --all: three pages, every user once, in the API's order.
    let out = run(dsc_cmd(&env, &sb).args(["-v", "users", "list", "--all", "-o", "ndjson"])).ok();
    let users = out.ndjson();
    assert_eq!(users.len(), 250);
    let mut ids: Vec<&str> = users
        .iter()
        .map(|u| u["userId"].as_str().unwrap())
        .collect();
    ids.dedup();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 250, "duplicates in --all");
    let searches: Vec<String> = requests(&out.stderr);
    assert_eq!(searches.len(), 3, "{searches:?}");
    assert!(
        searches
            .iter()
            .all(|r| r.starts_with("POST ") && r.ends_with("/v2/mgmt/user/search"))
    );
    let (_, direct) = mgmt(
        &sb,
        "POST",
        "/v2/mgmt/user/search",
        Some(json!({"limit": 100, "page": 2})),
    );
    assert_eq!(users[200]["userId"], direct["users"][0]["userId"]);
    // Table output has the shared columns.
    let t = Transcript::of(dsc_cmd(&env, &sb).args(["users", "list", "-L", "2"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
         USER ID                       LOGIN IDS                  EMAIL                      NAME          STATUS   ROLES
         UwdHm0OB5qaYBHjZbfidxyBceWNE  eva.ferreira1@example.com  eva.ferreira1@example.com  Eva Ferreira  enabled  Tenant Admin
         UZu8XQSqezIt4IlztBapEWJtFZXz  eva.esteves2@example.com   eva.esteves2@example.com   Eva Esteves   enabled
        [stderr]
        Showing 2 of 250 users; 248 more: --all or --limit N
        [exit status: 0]
        ");
    });
}

#[test]
fn list_filters_map_to_the_search_body() {
    let sb = Sandbox::start(&["--seed-users", "120"]);
    let env = TestEnv::new();
    let all = run(dsc_cmd(&env, &sb).args(["users", "list", "--all", "-o", "json"]))
        .ok()
        .json();
    let all = all.as_array().unwrap();
    let count = |f: &dyn Fn(&Value) -> bool| all.iter().filter(|u| f(u)).count();

    let out = run(dsc_cmd(&env, &sb).args([
        "users", "list", "--all", "--status", "invited", "-o", "json",
    ]))
    .ok();
    let got = out.json().as_array().unwrap().clone();
    assert!(!got.is_empty());
    assert_eq!(got.len(), count(&|u| u["status"] == "invited"));

    let out =
        run(dsc_cmd(&env, &sb).args(["users", "list", "--all", "--role", "Viewer", "-o", "json"]))
            .ok();
    let got = out.json().as_array().unwrap().clone();
    assert!(!got.is_empty());
    assert!(got.iter().all(|u| {
        u["roleNames"]
            .as_array()
            .unwrap()
            .contains(&json!("Viewer"))
    }));

    let out = run(
        dsc_cmd(&env, &sb).args(["users", "list", "--all", "--tenant", "T-acme", "-o", "json"])
    )
    .ok();
    let got = out.json().as_array().unwrap().clone();
    assert!(!got.is_empty());
    assert!(
        got.iter()
            .all(|u| u["userTenants"].to_string().contains("T-acme"))
    );

    let email = all[5]["email"].as_str().unwrap();
    let out = run(dsc_cmd(&env, &sb).args(["users", "list", "--email", email, "-o", "json"])).ok();
    assert_eq!(out.json().as_array().unwrap().len(), 1);

    let out = run(dsc_cmd(&env, &sb).args([
        "users", "list", "--all", "--search", "ferreira", "-o", "json",
    ]))
    .ok();
    let got = out.json().as_array().unwrap().clone();
    assert_eq!(
        got.len(),
        count(&|u| u["email"].as_str().unwrap().contains("ferreira"))
    );

    // Test users are apart: only with --test-users.
    create(&env, &sb, &["--login-id", "robot-1", "--test-user"]);
    let out =
        run(dsc_cmd(&env, &sb).args(["users", "list", "--all", "--test-users", "-o", "json"])).ok();
    let got = out.json().as_array().unwrap().clone();
    assert_eq!(got.len(), 1);
    assert_eq!(got[0]["loginIds"][0], "robot-1");
    let out = run(dsc_cmd(&env, &sb).args(["users", "list", "--all", "-o", "json"])).ok();
    assert_eq!(out.json().as_array().unwrap().len(), 120);

    let t = Transcript::of(dsc_cmd(&env, &sb).args(["users", "list", "--filter", "x"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        error: `users list --filter` is not available on Descope
        hint: filter with --search, --status, --role, --tenant, --email and --test-users
        [exit status: 2]
        ");
    });
}

#[test]
fn search_honours_created_and_modified_time_filters() {
    let sb = Sandbox::start(&["--seed-users", "40"]);
    let env = TestEnv::new();
    let all = search(&sb, json!({"limit": 100}));
    assert_eq!(all.len(), 40);
    let created = |u: &Value| u["createdTime"].as_i64().unwrap();
    let mut times: Vec<i64> = all.iter().map(created).collect();
    times.sort();
    let (lo, hi) = (times[10], times[25]);
    let want = all
        .iter()
        .filter(|u| (lo..=hi).contains(&created(u)))
        .count();
    assert!(want > 0 && want < 40);
    // Epoch milliseconds, inclusive, as numbers or as int64 strings.
    let got = search(
        &sb,
        json!({"limit": 100, "fromCreatedTime": lo * 1000, "toCreatedTime": hi * 1000}),
    );
    assert_eq!(got.len(), want);
    assert!(got.iter().all(|u| (lo..=hi).contains(&created(u))));
    let got = search(
        &sb,
        json!({"limit": 100, "fromCreatedTime": (lo * 1000).to_string()}),
    );
    assert_eq!(got.len(), all.iter().filter(|u| created(u) >= lo).count());
    let (s, body) = mgmt(
        &sb,
        "POST",
        "/v2/mgmt/user/search",
        Some(json!({"toCreatedTime": "soon"})),
    );
    assert_eq!((s, body["errorCode"].as_str()), (400, Some("E011003")));

    // Modified time: a user changed now is the only one modified since a minute ago.
    let login = all[3]["loginIds"][0].as_str().unwrap().to_string();
    run(env
        .on(Platform::Descope, &sb)
        .args(["users", "set", &login, "name", "Changed Now"]))
    .ok();
    let since = (chrono::Utc::now().timestamp() - 60) * 1000;
    let got = search(&sb, json!({"limit": 100, "fromModifiedTime": since}));
    assert_eq!(got.len(), 1);
    assert_eq!(got[0]["loginIds"][0], login.as_str());
    assert!(got[0]["modifiedTime"].as_i64().unwrap() * 1000 >= since);
    let got = search(&sb, json!({"limit": 100, "toModifiedTime": since}));
    assert_eq!(got.len(), 39);

    // The client flags: the same users as the sandbox's own filter.
    let after = chrono::DateTime::from_timestamp(lo, 0)
        .unwrap()
        .to_rfc3339();
    let before = chrono::DateTime::from_timestamp(hi + 1, 0)
        .unwrap()
        .to_rfc3339();
    let out = run(env.on(Platform::Descope, &sb).args([
        "-vv",
        "users",
        "list",
        "--all",
        "--created-after",
        &after,
        "--created-before",
        &before,
        "-o",
        "json",
    ]))
    .ok();
    let listed = out.json();
    assert_eq!(listed.as_array().unwrap().len(), want, "{}", out.stderr);
    assert!(
        out.stderr
            .contains(&format!("\"fromCreatedTime\":{}", lo * 1000)),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains(&format!("\"toCreatedTime\":{}", (hi + 1) * 1000 - 1)),
        "{}",
        out.stderr
    );
    // Refused where the API has no such filter.
    let t = Transcript::of(env.on(Platform::Odc, &sb).args([
        "users",
        "list",
        "--created-after",
        "30d",
    ]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        error: `users list --created-after` is not available on ODC
        hint: ODC's user list has no creation-time filter
        [exit status: 2]
        ");
    });
    let t = Transcript::of(env.on(Platform::Valuekeep, &sb).args([
        "users",
        "list",
        "--created-after",
        "30d",
    ]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        error: `users list --created-after` is not available on Valuekeep
        hint: filter with --filter "CreatedOn ge 2026-01-01T00:00:00Z"
        [exit status: 2]
        "#);
    });
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
    // Refused before sending (`* 0 requests`).
    let t = Transcript::of(env.odc(&sb).args(&args));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        * 0 requests, 0 retries, 0 answered 429
        error: ODC takes at most 20 user keys per list, got 21
        [exit status: 2]
        ");
    });

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
fn more_users_are_told_on_stderr_in_every_format() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let mut log = String::new();
    for platform in [Platform::Odc, Platform::Valuekeep, Platform::Descope] {
        for format in ["table", "json", "ndjson", "csv", "tsv"] {
            let t = Transcript::of(
                env.on(platform, &sb)
                    .args(["users", "list", "-L", "3", "-o", format]),
            );
            log += &format!("--- {platform:?} users list -L 3 -o {format}\n{t}");
        }
    }
    snapshot_settings().bind(|| insta::assert_snapshot!("users_list_more_notice", log));
}

#[test]
fn a_bad_jq_expression_is_one_error_once() {
    let sb = Sandbox::start(&["--seed-users", "2"]);
    let env = TestEnv::new();
    // In JSON the error is one JSON object on stderr, its message once.
    let t = Transcript::of(
        env.odc(&sb)
            .args(["users", "list", "-o", "json", "--jq", ".[] | foo"]),
    );
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        {"error":"usage","exit_code":2,"message":"invalid --jq expression \".[] | foo\": undefined filter","hints":["the expression is jq's language (https://jqlang.org/manual/)"]}
        [exit status: 2]
        "#)
    });
    let t = Transcript::of(env.odc(&sb).args(["users", "list", "--jq", ".[] | foo"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        error: invalid --jq expression ".[] | foo": undefined filter
        hint: the expression is jq's language (https://jqlang.org/manual/)
        [exit status: 2]
        "#)
    });
}

/// A group name two stages share: exit 2 (usage) in `users groups add`
/// and in `apply` alike, the candidates named by stage name.
#[test]
fn an_ambiguous_name_is_exit_2_everywhere() {
    let sb = Sandbox::start(&["--seed-users", "2"]);
    let env = TestEnv::new();
    let email = crate::common::all_users(&sb)[0]["email"]
        .as_str()
        .unwrap()
        .to_string();
    let t = Transcript::of(env.odc(&sb).args([
        "users",
        "groups",
        "add",
        &email,
        "Sales Team",
        "--dry-run",
    ]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        error: group "Sales Team" is ambiguous; candidates:
          Sales Team (stage Development; key 04be31d0-bcd1-4a63-978f-e6754bea0753)
          Sales Team (stage Production; key dc0b9910-621d-4701-a1dc-d2cb63bc04e4)
        hint: add --stage NAME, or name the group by key
        [exit status: 2]
        "#);
    });
    let file = env.path().join("a.yaml");
    std::fs::write(
        &file,
        format!("users:\n  - email: {email}\n    groups: [\"Sales Team\"]\n"),
    )
    .unwrap();
    let t = Transcript::of(
        env.odc(&sb)
            .args(["apply", "-f", file.to_str().unwrap(), "--dry-run"]),
    )
    .redact(env.path().to_str().unwrap(), "[TMP]");
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        error: ambiguous or unknown groups or roles:
          marta.teixeira1@example.com: group "Sales Team" is ambiguous; candidates:
            Sales Team (stage Development; key 04be31d0-bcd1-4a63-978f-e6754bea0753)
            Sales Team (stage Production; key dc0b9910-621d-4701-a1dc-d2cb63bc04e4)
        hint: name the group or role by key, or give its --stage (and --app)
        [exit status: 2]
        "#);
    });
}

#[test]
fn odc_users_list() {
    odc().check("odc_users_list", &["users", "list"], 0);
}

#[test]
fn odc_users_list_json() {
    odc().check(
        "odc_users_list_json",
        &["users", "list", "-o", "json", "--limit", "2"],
        0,
    );
}

#[test]
fn valuekeep_users_list() {
    valuekeep().check("valuekeep_users_list", &["users", "list"], 0);
}

#[test]
fn valuekeep_users_list_json() {
    valuekeep().check(
        "valuekeep_users_list_json",
        &["users", "list", "-o", "json", "--limit", "2"],
        0,
    );
}

#[test]
fn descope_users_list() {
    descope().check("descope_users_list", &["users", "list"], 0);
}

#[test]
fn descope_users_list_json() {
    descope().check(
        "descope_users_list_json",
        &["users", "list", "-o", "json", "--limit", "2"],
        0,
    );
}

// ------------------------------------------------- output (issue 9) ----
//
// Tables at fixed widths: identifiers never split, text shortened, the
// rightmost text columns left out first; the --fields error; the page
// hint; the environment page.

#[test]
fn odc_users_list_at_90_columns() {
    odc().check_at("odc_users_list_at_90_columns", "90", &["users", "list"], 0);
}

#[test]
fn odc_users_list_at_60_columns() {
    odc().check_at("odc_users_list_at_60_columns", "60", &["users", "list"], 0);
}

#[test]
fn valuekeep_users_list_at_80_columns() {
    valuekeep().check_at(
        "valuekeep_users_list_at_80_columns",
        "80",
        &["users", "list"],
        0,
    );
}

#[test]
fn descope_users_list_at_80_columns() {
    descope().check_at(
        "descope_users_list_at_80_columns",
        "80",
        &["users", "list"],
        0,
    );
}

#[test]
fn odc_users_list_fields_typo() {
    odc().check(
        "odc_users_list_fields_typo",
        &["users", "list", "--fields", "key,emial"],
        2,
    );
}

#[test]
fn valuekeep_users_list_fields_typo() {
    valuekeep().check(
        "valuekeep_users_list_fields_typo",
        &["users", "list", "-o", "json", "--fields", "nope"],
        2,
    );
}

#[test]
fn odc_users_list_page_hint() {
    odc().check(
        "odc_users_list_page_hint",
        &["users", "list", "--limit", "2"],
        0,
    );
}

#[test]
fn odc_users_list_tsv() {
    odc().check(
        "odc_users_list_tsv",
        &[
            "users",
            "list",
            "-o",
            "tsv",
            "--fields",
            "email,name,status",
        ],
        0,
    );
}

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

    let t = Transcript::of(
        env.odc(&sb)
            .args(["-v", "users", "list", "--sort", "shoesize"]),
    );
    assert!(
        requests(&t.stderr).is_empty(),
        "a usage error sent requests"
    );
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        * 0 requests, 0 retries, 0 answered 429
        error: sort field "shoesize" is not available on ODC
        hint: sort fields on ODC: key, name, email, status, last-login (prefix - for descending)
        [exit status: 2]
        "#);
    });
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
    let t = Transcript::of(env.valuekeep(&sb).args(["users", "list", "--role", "x"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        error: `users list --role` is not available on Valuekeep
        hint: list a role's users with `iamctl roles users ROLE`
        [exit status: 2]
        ");
    });
    // A bad $filter: the API's message is shown, exit 5.
    let t = Transcript::of(
        env.valuekeep(&sb)
            .args(["users", "list", "--filter", "Name eq"]),
    );
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        error: list users failed: The $filter is invalid: unexpected end of expression. (HTTP 400)
        [exit status: 5]
        ");
    });
}
