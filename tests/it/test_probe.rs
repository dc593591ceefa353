//! Issue 14: the unconfirmed assumptions as data, `profile test --deep`
//! (a read-only probe within a request budget), the client adapting to
//! what it found, and the sandbox's variants that let both paths of each
//! assumption run.

use std::collections::{BTreeMap, BTreeSet};

use iamctl::backend::assumptions::{self, Observe};
use iamctl::config::Kind;
use serde_json::Value;

use crate::common::{
    DESCOPE_KEY, Platform, Sandbox, TestEnv, Transcript, requests, run, snapshot_settings,
};

const VARIANT: &str = "IAMCTL_SANDBOX_VARIANT";
/// The probe's budget per platform, token and discovery included.
const BUDGET: usize = 10;

fn kind(p: Platform) -> Kind {
    match p {
        Platform::Odc => Kind::Odc,
        Platform::Valuekeep => Kind::Valuekeep,
        Platform::Descope => Kind::Descope,
    }
}

/// The `* N requests` line of a `-v` trace.
fn request_count(stderr: &str) -> usize {
    let line = stderr
        .lines()
        .find(|l| l.starts_with("* ") && l.contains(" requests"))
        .unwrap_or_else(|| panic!("no request count in:\n{stderr}"));
    line[2..].split(' ').next().unwrap().parse().unwrap()
}

struct Probe {
    /// id → (verdict, observed)
    verdicts: BTreeMap<String, (String, String)>,
    report: Vec<Value>,
    raw: String,
    requests: Vec<String>,
    count: usize,
}

fn probe(env: &TestEnv, p: Platform, sb: &Sandbox) -> Probe {
    let out = run(env
        .on(p, sb)
        .args(["-v", "-o", "json", "profile", "test", "--deep"]))
    .expect(0);
    let report: Vec<Value> = serde_json::from_str(&out.stdout).unwrap();
    let verdicts = report
        .iter()
        .map(|r| {
            (
                r["id"].as_str().unwrap().to_string(),
                (
                    r["verdict"].as_str().unwrap().to_string(),
                    r["observed"].as_str().unwrap().to_string(),
                ),
            )
        })
        .collect();
    Probe {
        verdicts,
        report,
        raw: out.stdout.clone(),
        requests: requests(&out.stderr),
        count: request_count(&out.stderr),
    }
}

impl Probe {
    fn verdict(&self, id: &str) -> &str {
        &self
            .verdicts
            .get(id)
            .unwrap_or_else(|| panic!("{id} not in the report"))
            .0
    }
    fn differing(&self) -> BTreeSet<&str> {
        self.verdicts
            .iter()
            .filter(|(_, (v, _))| v == "differs")
            .map(|(k, _)| k.as_str())
            .collect()
    }
}

/// Only GETs, a token request and searches: nothing that writes.
fn assert_read_only(p: &Probe) {
    for r in &p.requests {
        let (method, url) = r.split_once(' ').unwrap();
        let read = method == "GET"
            || (method == "POST"
                && (url.ends_with("/connect/token") || url.ends_with("/v2/mgmt/user/search")));
        assert!(read, "the probe sent a write: {r}");
    }
    assert_eq!(p.requests.len(), p.count, "{:?}", p.requests);
    assert!(
        p.count <= BUDGET,
        "{} requests, over the budget of {BUDGET}: {:#?}",
        p.count,
        p.requests
    );
}

/// The report covers every assumption of the platform, in the list's
/// order; every assumption that has a probe was reached by it, and every
/// one without says it cannot be observed read-only. An entry added to a
/// list without its probe step fails here.
fn assert_complete(p: &Probe, k: Kind) {
    let ids: Vec<&str> = p.report.iter().map(|r| r["id"].as_str().unwrap()).collect();
    let want: Vec<&str> = assumptions::all(k).iter().map(|a| a.id).collect();
    assert_eq!(ids, want);
    for a in assumptions::all(k) {
        let (verdict, observed) = &p.verdicts[a.id];
        match a.observe {
            Observe::Probe(_) => assert_ne!(
                observed, "the probe did not get that far",
                "{}: has a probe step in the list, but the platform's probe does not report it",
                a.id
            ),
            Observe::CannotObserveReadOnly(_) => {
                assert_eq!(
                    (verdict.as_str(), observed.as_str()),
                    ("could not tell", "cannot be observed read-only"),
                    "{}",
                    a.id
                )
            }
        }
    }
}

/// What the sandbox received, by its own request log: no write, and no
/// more than the client counted.
fn assert_sandbox_saw_only_reads(log: &std::path::Path, client_count: usize) {
    let text = std::fs::read_to_string(log).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), client_count, "{text}");
    for l in &lines {
        let (method, target) = l.split_once(' ').unwrap();
        let path = target.split('?').next().unwrap();
        let read = method == "GET"
            || (method == "POST"
                && (path.ends_with("/connect/token") || path == "/v2/mgmt/user/search"));
        assert!(read, "the sandbox received a write: {l}");
    }
}

#[test]
fn default_shape_every_assumption_holds_or_cannot_be_told_within_budget_read_only() {
    let logs = tempfile::tempdir().unwrap();
    let log = logs.path().join("requests.log");
    let sb = Sandbox::start_env(
        &["--seed-users", "30"],
        &[("IAMCTL_SANDBOX_REQUEST_LOG", log.to_str().unwrap())],
    );
    for p in [Platform::Odc, Platform::Valuekeep, Platform::Descope] {
        let env = TestEnv::new();
        std::fs::write(&log, "").unwrap();
        let r = probe(&env, p, &sb);
        assert_read_only(&r);
        assert_sandbox_saw_only_reads(&log, r.count);
        // The counts the README gives.
        let want = match p {
            Platform::Odc => 3,
            Platform::Valuekeep => 9,
            Platform::Descope => 7,
        };
        assert_eq!(r.count, want, "{p:?}: {:#?}", r.requests);
        assert_complete(&r, kind(p));
        assert!(r.differing().is_empty(), "{p:?}: {:?}", r.differing());
        // What the sandbox shows in its default shape, the probe sees.
        let held: &[&str] = match p {
            Platform::Odc => &[
                "odc-expires-in",
                "odc-total-results",
                "odc-next-page-offset",
            ],
            Platform::Valuekeep => &[
                "vk-host",
                "vk-token-endpoint",
                "vk-token-lifetime",
                "vk-inline-count",
                "vk-skip-top",
                "vk-next-link-form",
                "vk-id-or-key",
                "vk-email-filter",
                "vk-contains-filter",
                "vk-status-wire",
                "vk-error-body",
                "vk-datetime-literal",
            ],
            Platform::Descope => &[
                "descope-search-v2",
                "descope-search-total",
                "descope-name-field",
                "descope-error-codes",
                "descope-roles-tenants-routes",
                "descope-sort-fields",
            ],
        };
        for id in held {
            assert_eq!(r.verdict(id), "held", "{p:?} {id}: {:?}", r.verdicts[*id]);
        }
        // The findings are kept next to the profile, not in a secret store.
        let kept = env.path().join("config/observed/env.json");
        let o: Value = serde_json::from_str(&std::fs::read_to_string(&kept).unwrap()).unwrap();
        assert_eq!(o["findings"].as_object().unwrap().len(), r.report.len());
    }
}

/// The JSON report names no token, secret, user name, e-mail, key or id.
#[test]
fn the_report_holds_nothing_secret_or_personal() {
    let sb = Sandbox::start(&["--seed-users", "30"]);
    for p in [Platform::Odc, Platform::Valuekeep, Platform::Descope] {
        let env = TestEnv::new();
        let r = probe(&env, p, &sb);
        let users = run(env
            .on(p, &sb)
            .args(["users", "list", "--all", "-o", "json"]))
        .expect(0);
        let users: Vec<Value> = serde_json::from_str(&users.stdout).unwrap();
        assert!(users.len() >= 30, "{p:?}");
        let mut secrets: Vec<String> = vec![
            "sandbox-secret".into(),
            DESCOPE_KEY.into(),
            "sandbox-client".into(),
            "access_token".into(),
            "Bearer".into(),
        ];
        for u in &users {
            for f in [
                "id", "key", "userId", "userKey", "email", "name", "loginIds", "phone",
            ] {
                match &u[f] {
                    Value::String(s) if s.len() > 3 => secrets.push(s.clone()),
                    Value::Array(a) => secrets.extend(
                        a.iter()
                            .filter_map(Value::as_str)
                            .filter(|s| s.len() > 3)
                            .map(str::to_string),
                    ),
                    _ => {}
                }
            }
        }
        let kept = std::fs::read_to_string(env.path().join("config/observed/env.json")).unwrap();
        for s in &secrets {
            for (what, text) in [("report", &r.raw), ("kept findings", &kept)] {
                assert!(
                    !text.to_lowercase().contains(&s.to_lowercase()),
                    "{p:?}: the {what} holds {s:?}"
                );
            }
        }
        for row in &r.report {
            let keys: BTreeSet<&str> = row
                .as_object()
                .unwrap()
                .keys()
                .map(String::as_str)
                .collect();
            assert_eq!(
                keys,
                BTreeSet::from([
                    "platform", "id", "assumed", "observed", "verdict", "fallback"
                ])
            );
        }
    }
}

/// Every user key of a full list, and the list requests it took (token
/// and discovery requests left out: a cached token saves them).
fn list_all(env: &TestEnv, p: Platform, sb: &Sandbox, extra: &[&str]) -> (Vec<String>, usize) {
    let out = run(env
        .on(p, sb)
        .args(["-v", "users", "list", "--all", "-o", "ndjson"])
        .args(extra))
    .expect(0);
    let keys = out
        .stdout
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            ["key", "userKey", "userId", "id"]
                .iter()
                .find_map(|k| v[*k].as_str())
                .unwrap()
                .to_string()
        })
        .collect();
    let pages = requests(&out.stderr)
        .iter()
        .filter(|r| !r.ends_with("/connect/token") && !r.contains("openid-configuration"))
        .count();
    (keys, pages)
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

/// One variant: the probe reports exactly its assumption as differing,
/// still read-only and within budget.
fn probe_variant(p: Platform, variant: &str, differs: &[&str]) -> (Sandbox, TestEnv, Probe) {
    let sb = Sandbox::start_env(&["--seed-users", "250"], &[(VARIANT, variant)]);
    let env = TestEnv::new();
    let r = probe(&env, p, &sb);
    assert_read_only(&r);
    assert_complete(&r, kind(p));
    assert_eq!(
        r.differing(),
        differs.iter().copied().collect::<BTreeSet<_>>(),
        "{variant}: {:#?}",
        r.verdicts
    );
    (sb, env, r)
}

#[test]
fn valuekeep_status_names_are_sent_as_names_once_probed() {
    let (sb, env, r) = probe_variant(Platform::Valuekeep, "vk-status-names", &["vk-status-wire"]);
    assert_eq!(r.verdicts["vk-status-wire"].1, "a name");
    // The truth: a default-shaped sandbox with the same seed.
    let plain = Sandbox::start(&["--seed-users", "250"]);
    let (want, _) = list_all(
        &TestEnv::new(),
        Platform::Valuekeep,
        &plain,
        &["--status", "active"],
    );
    assert!(want.len() > 10);
    // After the probe: the filter speaks names, and finds them all.
    let (got, _) = list_all(&env, Platform::Valuekeep, &sb, &["--status", "active"]);
    assert_eq!(sorted(got), sorted(want.clone()));
    // Without the findings (a fresh config dir), the numbers match nothing.
    let (before, _) = list_all(
        &TestEnv::new(),
        Platform::Valuekeep,
        &sb,
        &["--status", "active"],
    );
    assert!(before.is_empty(), "{}", before.len());
    // A body too: a status set is sent as its name.
    let user = &want[0];
    let t = Transcript::of(env.on(Platform::Valuekeep, &sb).args([
        "--dry-run",
        "-o",
        "json",
        "users",
        "set",
        user,
        "status",
        "inactive",
    ]));
    snapshot_settings().bind(|| insta::assert_snapshot!(t.to_string(), @r#"
    [stdout]
    [
      {
        "target": {
          "kind": "user",
          "key": "katia.pereira1"
        },
        "change": {
          "op": "set",
          "field": "status",
          "value": "inactive"
        },
        "result": "planned",
        "detail": null,
        "requests": [
          {
            "method": "PUT",
            "url": "http://127.0.0.1:[PORT]/api/sandbox/sandbox-0001/identity/users/katia.pereira1/status",
            "body": "Inactive"
          }
        ]
      }
    ]
    [stderr]
    [exit status: 0]
    "#));
    // Unprobed: sent as its number.
    let t = Transcript::of(TestEnv::new().on(Platform::Valuekeep, &sb).args([
        "--dry-run",
        "-o",
        "json",
        "users",
        "set",
        user,
        "status",
        "inactive",
    ]));
    snapshot_settings().bind(|| insta::assert_snapshot!(t.to_string(), @r#"
    [stdout]
    [
      {
        "target": {
          "kind": "user",
          "key": "katia.pereira1"
        },
        "change": {
          "op": "set",
          "field": "status",
          "value": "inactive"
        },
        "result": "planned",
        "detail": null,
        "requests": [
          {
            "method": "PUT",
            "url": "http://127.0.0.1:[PORT]/api/sandbox/sandbox-0001/identity/users/katia.pereira1/status",
            "body": 2
          }
        ]
      }
    ]
    [stderr]
    [exit status: 0]
    "#));
}

#[test]
fn valuekeep_without_skip_follows_links_once_probed() {
    let (sb, env, r) = probe_variant(Platform::Valuekeep, "vk-no-skip", &["vk-skip-top"]);
    assert_eq!(
        r.verdicts["vk-skip-top"].1,
        "$skip ignored: the first record came back"
    );
    let plain = Sandbox::start(&["--seed-users", "250"]);
    let (want, _) = list_all(&TestEnv::new(), Platform::Valuekeep, &plain, &[]);
    assert_eq!(want.len(), 250);
    // Unprobed, $skip pages repeat the first page.
    let (before, _) = list_all(&TestEnv::new(), Platform::Valuekeep, &sb, &[]);
    assert_ne!(sorted(before), sorted(want.clone()));
    // Probed: the link chain, three pages.
    let (got, n) = list_all(&env, Platform::Valuekeep, &sb, &[]);
    assert_eq!(got, want);
    assert_eq!(n, 3);
}

#[test]
fn valuekeep_without_count_counts_the_list_once_probed() {
    let (sb, env, _) = probe_variant(Platform::Valuekeep, "vk-no-count", &["vk-inline-count"]);
    // Unprobed: `users count` has no count to read.
    let t = Transcript::of(
        TestEnv::new()
            .on(Platform::Valuekeep, &sb)
            .args(["users", "count"]),
    );
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @"
    [stdout]
    [stderr]
    error: the server answered no count (UNCONFIRMED: `$inlinecount`)
    hint: count with `iamctl users list --all -o ndjson | wc -l`
    [exit status: 6]
    ")
    });
    // Probed: it counts the list (three pages of 100; the token is cached).
    let out = Transcript::of(
        env.on(Platform::Valuekeep, &sb)
            .args(["-v", "users", "count", "-o", "json"]),
    );
    snapshot_settings().bind(|| insta::assert_snapshot!(out.to_string(), @r#"
    [stdout]
    {
      "count": 250
    }
    [stderr]
    > GET http://127.0.0.1:[PORT]/api/sandbox/sandbox-0001/identity/users/odata?%24top=100
    > authorization: Bearer ***
    < 200 OK ([N] ms)
    > GET http://127.0.0.1:[PORT]/api/sandbox/sandbox-0001/identity/users/odata?%24top=100&%24skip=100
    > authorization: Bearer ***
    < 200 OK ([N] ms)
    > GET http://127.0.0.1:[PORT]/api/sandbox/sandbox-0001/identity/users/odata?%24top=100&%24skip=200
    > authorization: Bearer ***
    < 200 OK ([N] ms)
    * 3 requests, 0 retries, 0 answered 429
    [exit status: 0]
    "#));
    let reqs = requests(&out.stderr);
    assert_eq!(reqs.len(), 3, "{reqs:?}");
    assert!(reqs.iter().all(|r| !r.contains("inlinecount")), "{reqs:?}");
}

#[test]
fn valuekeep_relative_links_are_followed_either_way() {
    let (sb, env, r) = probe_variant(
        Platform::Valuekeep,
        "vk-relative-links",
        &["vk-next-link-form"],
    );
    assert_eq!(r.verdicts["vk-next-link-form"].1, "root-relative");
    let plain = Sandbox::start(&["--seed-users", "250"]);
    let (want, _) = list_all(&TestEnv::new(), Platform::Valuekeep, &plain, &[]);
    let (got, n) = list_all(&env, Platform::Valuekeep, &sb, &[]);
    assert_eq!(got, want);
    assert_eq!(n, 3);
}

#[test]
fn odc_without_total_pages_sequentially() {
    let (sb, env, r) = probe_variant(Platform::Odc, "odc-no-total", &["odc-total-results"]);
    assert_eq!(
        r.verdicts["odc-total-results"].1,
        "page.totalResults is null"
    );
    let plain = Sandbox::start(&["--seed-users", "250"]);
    let (want, want_n) = list_all(&TestEnv::new(), Platform::Odc, &plain, &[]);
    let (got, n) = list_all(&env, Platform::Odc, &sb, &[]);
    assert_eq!(got, want);
    // Page by page by nextPageOffset: as many pages as with a total.
    assert_eq!(n, want_n);
}

/// `iamctl sandbox --variant` as well as the environment.
#[test]
fn odc_without_expires_in_is_seen() {
    let sb = Sandbox::start(&["--variant", "odc-no-expires-in"]);
    let r = probe(&TestEnv::new(), Platform::Odc, &sb);
    assert_read_only(&r);
    assert_eq!(r.differing(), BTreeSet::from(["odc-expires-in"]));
    assert_eq!(
        r.verdicts["odc-expires-in"].1,
        "no expires_in in the token answer"
    );
}

#[test]
fn descope_without_total_pages_until_a_short_page() {
    let (sb, env, r) = probe_variant(
        Platform::Descope,
        "descope-no-total",
        &["descope-search-total"],
    );
    assert_eq!(r.verdicts["descope-search-total"].1, "total is null");
    let plain = Sandbox::start(&["--seed-users", "250"]);
    let (want, want_n) = list_all(&TestEnv::new(), Platform::Descope, &plain, &[]);
    let (got, n) = list_all(&env, Platform::Descope, &sb, &[]);
    assert_eq!(got, want);
    assert_eq!(n, want_n);
}

/// Several variants at once, on the built-in sandbox profile too.
#[test]
fn variants_combine_on_the_builtin_profile() {
    let env = TestEnv::new();
    let out = run(env
        .cmd()
        .env(
            VARIANT,
            "vk-status-names,vk-no-count,vk-relative-links,vk-no-skip,vk-no-expires-in",
        )
        .args([
            "-p",
            "sandbox-valuekeep",
            "-o",
            "json",
            "profile",
            "test",
            "--deep",
        ]))
    .expect(0);
    let report: Vec<Value> = serde_json::from_str(&out.stdout).unwrap();
    let differs: BTreeSet<&str> = report
        .iter()
        .filter(|r| r["verdict"] == "differs")
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        differs,
        BTreeSet::from([
            "vk-inline-count",
            "vk-next-link-form",
            "vk-skip-top",
            "vk-status-wire",
            "vk-token-lifetime",
        ])
    );
    assert!(
        env.path()
            .join("config/observed/sandbox-valuekeep.json")
            .exists()
    );
    // An unknown variant is refused before serving.
    let t = Transcript::of(env.cmd().env(VARIANT, "vk-no-such").args([
        "-p",
        "sandbox-valuekeep",
        "users",
        "list",
    ]));
    snapshot_settings().bind(|| insta::assert_snapshot!(t.to_string(), @r#"
    [stdout]
    [stderr]
    error: cannot start the built-in sandbox: unknown sandbox variant "vk-no-such": use odc-no-total, odc-no-expires-in, vk-no-expires-in, vk-status-names, vk-relative-links, vk-no-count, vk-no-skip, descope-no-total
    [exit status: 1]
    "#));
}

/// Where the tenant differs and there is no second path, the commands that
/// depend on it warn once; others do not.
#[test]
fn a_differing_assumption_without_second_path_warns_once() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let report = assumptions::report(
        Kind::Valuekeep,
        &[assumptions::Finding::differs(
            "vk-contains-filter",
            "refused (HTTP 400)",
        )],
    );
    assumptions::Observed::new(Kind::Valuekeep, &report);
    let dir = env.path().join("config/observed");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("env.json"),
        serde_json::to_string(&assumptions::Observed::new(Kind::Valuekeep, &report)).unwrap(),
    )
    .unwrap();
    let t = Transcript::of(
        env.on(Platform::Valuekeep, &sb)
            .args(["users", "list", "--search", "a"]),
    );
    snapshot_settings().bind(|| insta::assert_snapshot!(t.to_string(), @"
    [stdout]
     USER KEY         EMAIL                        NAME            STATUS          TECHNICIAN  ID
     katia.pereira1   katia.pereira1@example.com   Katia Pereira   Active          true        04d7e382-ab5d-4fd5-96c7-a3c381147020
     carla.ferreira2  carla.ferreira2@example.com  Carla Ferreira  Active          false       44b07452-d542-4074-9055-5986e75e0e1b
     marta.almeida3   marta.almeida3@example.com   Marta Almeida   Inactive        false       aa6f870e-51ca-4c11-8f07-c04a91355355
     olga.esteves4    olga.esteves4@example.com    Olga Esteves    Inactive        true        33c7f44a-5b9e-4bb6-8c45-60fe84a2ed11
     carla.ferreira5  carla.ferreira5@example.com  Carla Ferreira  InvitationSent  false       169ec1ec-b1a3-41b1-86cc-894aadab9e27
    [stderr]
    warning: the last `profile test --deep` found that vk-contains-filter does not hold on this tenant (refused (HTTP 400)): --search is refused by the server
    [exit status: 0]
    "));
    let t = Transcript::of(env.on(Platform::Valuekeep, &sb).args(["groups", "list"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @"
    [stdout]
     KEY         NAME         EMAIL                   NOTES  ID
     MAINT       Maintenance  maint@example.com              abd35636-1bfd-47ab-b574-9ae3ea977d1c
     FACILITIES  Facilities   facilities@example.com         6a9673b9-8f54-4343-972d-dbe3a92a4b82
     IT          IT Support   it@example.com                 ff0fd914-972d-453e-8cfa-d903ad78089c
    [stderr]
    [exit status: 0]
    ")
    });
    // Findings of another platform are not used.
    let t = Transcript::of(env.on(Platform::Odc, &sb).args(["users", "list"]));
    snapshot_settings().bind(|| insta::assert_snapshot!(t.to_string(), @"
    [stdout]
     KEY                                   EMAIL                         NAME             STATUS  LAST LOGIN
     7ad6fc13-4e34-4e59-b2bf-d07778d684a5  eva.almeida3@example.com      Eva Almeida      Active  2025-10-04
     52155748-822b-4183-a163-8e5eba44b78e  luis.esteves5@example.com     Luis Esteves     Active  2025-04-26
     e4bd2011-0c05-4640-825b-7a7f768efe05  marta.teixeira1@example.com   Marta Teixeira   Active  2025-10-31
     ec784fc7-04d2-4b8d-ac4b-f8dda72820e4  nuno.lopes4@example.com       Nuno Lopes       Active  2025-05-15
     8587b37e-0b36-4cb2-8265-2a91c88c3590  pedro.henriques2@example.com  Pedro Henriques  Active  2025-03-30
    [stderr]
    [exit status: 0]
    "));
}

/// The README's "assumptions not confirmed by the vendor" lists are the
/// data's (`scripts/gen-docs.sh` regenerates them).
#[test]
fn readme_lists_are_generated_from_the_data() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(path).unwrap();
    let fresh = assumptions::splice(&readme).unwrap();
    assert!(
        fresh == readme,
        "README.md's assumption lists are stale: run scripts/gen-docs.sh"
    );
    for k in [Kind::Odc, Kind::Valuekeep, Kind::Descope] {
        for a in assumptions::all(k) {
            assert!(readme.contains(&format!("- `{}`: ", a.id)), "{}", a.id);
        }
    }
}

#[test]
fn probe_table_snapshot() {
    let sb = Sandbox::start(&["--seed-users", "30"]);
    let env = TestEnv::new();
    let t = Transcript::of(
        env.on(Platform::Valuekeep, &sb)
            .env("COLUMNS", "120")
            .args(["profile", "test", "--deep"]),
    );
    assert_eq!(t.code(), 0);
    snapshot_settings().bind(|| insta::assert_snapshot!("probe_valuekeep_table", t.to_string()));
}

/// The findings belong to the tenant a profile pointed at when it was
/// probed: re-adding the profile (perhaps elsewhere) or removing it drops
/// them, so a later profile of that name adapts to nothing it has not seen.
#[test]
fn findings_go_when_their_profile_is_replaced_or_removed() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let kept = env.path().join("config").join("observed").join("lab.json");
    let add = || {
        run(env.cmd().env("LAB_SECRET", "sandbox-secret").args([
            "profile",
            "add",
            "lab",
            "--kind",
            "odc",
            "--portal",
            &sb.url,
            "--client-id",
            "sandbox-client",
            "--secret",
            "env:LAB_SECRET",
        ]))
        .ok();
    };
    let probe = || {
        run(env
            .cmd()
            .env("LAB_SECRET", "sandbox-secret")
            .args(["-p", "lab", "profile", "test", "--deep"]))
        .ok();
    };
    add();
    probe();
    assert!(kept.exists(), "the probe keeps its findings");
    add();
    assert!(!kept.exists(), "a re-added profile starts with no findings");
    probe();
    assert!(kept.exists());
    run(env.cmd().args(["profile", "remove", "lab", "--yes"])).ok();
    assert!(!kept.exists(), "a removed profile's findings go with it");
}
