//! Issue 13, the mirror scenario: a seeded tenant (groups that grant roles,
//! users who never logged in, invitations pending or expired) is copied onto
//! an empty sandbox with `diff --plan` → `apply`, and then `diff` finds no
//! difference. Checked apart from diff itself: the two tenants' access
//! reports (by name, keys being each tenant's own) and user lists agree.
//! Then drift made on the copy is found, planned and undone (`--prune`).

use std::collections::BTreeSet;

use serde_json::Value;

use crate::common::{
    DESCOPE_KEY, Out, Platform, Sandbox, TestEnv, Transcript, run, snapshot_settings,
};

/// A profile of the config file for one platform of `sb`.
fn profile(name: &str, p: Platform, sb: &Sandbox) -> String {
    crate::common::profiles::config_profile(name, p, sb, "SB_SECRET")
}

struct Mirror {
    env: TestEnv,
    a: Sandbox,
    /// The copy: kept running for the test's life.
    _b: Sandbox,
    p: Platform,
}

impl Mirror {
    fn new(p: Platform) -> Mirror {
        let env = TestEnv::new();
        let a = Sandbox::start(&["--seed-users", "20"]);
        let b = Sandbox::start(&["--seed-users", "0"]);
        let dir = env.path().join("config");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("config.toml"),
            format!("{}\n{}", profile("a", p, &a), profile("b", p, &b)),
        )
        .unwrap();
        Mirror { env, a, _b: b, p }
    }

    fn iamctl(&self, profile: &str, args: &[&str]) -> Out {
        run(self
            .env
            .cmd()
            .env("SB_SECRET", "sandbox-secret")
            .env("SB_KEY", DESCOPE_KEY)
            .args(["-p", profile])
            .args(args))
    }

    /// [`Mirror::iamctl`] as a transcript, the test's directory as `[TMP]`.
    fn transcript(&self, profile: &str, args: &[&str]) -> Transcript {
        Transcript::of(
            self.env
                .cmd()
                .env("SB_SECRET", "sandbox-secret")
                .env("SB_KEY", DESCOPE_KEY)
                .args(["-p", profile])
                .args(args),
        )
        .redact(self.env.path().to_str().unwrap(), "[TMP]")
    }

    fn plan_path(&self, name: &str) -> String {
        self.env.path().join(name).display().to_string()
    }

    /// Every access row of a tenant by name: user, kind, name, scope, source.
    fn access(&self, profile: &str) -> BTreeSet<String> {
        self.iamctl(profile, &["access", "report", "-o", "ndjson"])
            .ok()
            .ndjson()
            .iter()
            .map(|r| {
                let f = |k: &str| r[k].as_str().unwrap_or("").to_string();
                format!(
                    "{} | {} {} ({}) from {}",
                    f("user"),
                    f("kind"),
                    f("name"),
                    f("scope"),
                    f("source")
                )
            })
            .collect()
    }

    /// Every user by e-mail, with name and whether active.
    fn users(&self, profile: &str) -> BTreeSet<String> {
        self.iamctl(profile, &["users", "list", "--all", "-o", "ndjson"])
            .ok()
            .ndjson()
            .iter()
            .map(|u| {
                let active = match self.p {
                    Platform::Descope => u["status"] != "disabled",
                    _ => u["isActive"] != Value::Bool(false),
                };
                format!("{} | {} | active {active}", u["email"], u["name"])
            })
            .collect()
    }
}

fn mirror_then_no_drift(p: Platform) {
    let m = Mirror::new(p);
    // The seeded world: groups granting roles (ODC), users who never
    // logged in, invitations pending (and, on Valuekeep and Descope,
    // expired). One more invitation, and a deactivated user.
    m.iamctl(
        "a",
        &[
            "users",
            "invite",
            "--email",
            "new.hire@example.com",
            "--name",
            "New Hire",
        ],
    )
    .ok();
    let first = m
        .iamctl("a", &["users", "list", "--all", "-o", "ndjson"])
        .ok()
        .ndjson()[0]["email"]
        .as_str()
        .unwrap()
        .to_string();
    m.iamctl("a", &["users", "set", &first, "active", "false"])
        .ok();
    let never = m
        .iamctl("a", &["users", "list", "--all", "-o", "ndjson"])
        .ok()
        .ndjson()
        .iter()
        .filter(|u| {
            ["lastLoginAt", "lastLogin", "lastLoginTime"]
                .iter()
                .all(|k| u.get(*k).is_none_or(|v| v.is_null() || v == 0))
        })
        .count();
    assert!(never > 0, "{p:?}: no user who never logged in");
    let source = m.access("a");
    assert!(!source.is_empty());
    if p == Platform::Odc {
        assert!(
            source.iter().any(|r| r.contains("from group ")),
            "{source:?}"
        );
    }
    assert!(m.access("b").is_empty(), "the copy is not empty");

    // The plan, then apply it.
    let plan = m.plan_path("plan.yaml");
    let t = m.transcript(
        "b",
        &[
            "diff",
            "--from",
            "a",
            "--plan",
            &plan,
            "--detailed-exitcode",
        ],
    );
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(
            format!("diff_mirror_plan_{p:?}").to_lowercase(),
            t.to_string()
        )
    });
    assert_eq!(t.code(), 10, "{t}");
    let text = std::fs::read_to_string(&plan).unwrap();
    // A saved plan: the profile it is for and where its tenant is, each
    // user's fingerprint (here all absent from the copy), then the users.
    assert!(text.starts_with("profile: b\ntenant: "), "{text}");
    assert!(text.contains("\nfingerprints:\n"), "{text}");
    assert!(text.contains("\nusers:\n"), "{text}");
    assert!(text.contains("new.hire@example.com"), "{text}");
    m.iamctl("b", &["apply", "-f", &plan, "--yes"]).ok();

    // No drift: diff says so, and so do the reports and user lists.
    let t = m.transcript(
        "b",
        &["diff", "--from", "a", "--detailed-exitcode", "-o", "ndjson"],
    );
    // The same on every platform (one assertion for the three tests).
    snapshot_settings().bind(|| {
        insta::allow_duplicates! {
            insta::assert_snapshot!(t.to_string(), @r#"
            [stdout]
            [stderr]
            No differences: users and access here match profile "a".
            [exit status: 0]
            "#);
        }
    });
    assert_eq!(
        m.access("b"),
        source,
        "{p:?}: access differs after the copy"
    );
    assert_eq!(
        m.users("b"),
        m.users("a"),
        "{p:?}: users differ after the copy"
    );
}

#[test]
fn odc_tenant_mirrored_onto_an_empty_sandbox_shows_no_drift() {
    mirror_then_no_drift(Platform::Odc);
}

#[test]
fn valuekeep_tenant_mirrored_onto_an_empty_sandbox_shows_no_drift() {
    mirror_then_no_drift(Platform::Valuekeep);
}

#[test]
fn descope_tenant_mirrored_onto_an_empty_sandbox_shows_no_drift() {
    mirror_then_no_drift(Platform::Descope);
}

/// A transcript as [`Out`], for its JSON.
fn as_out(t: &Transcript) -> Out {
    Out {
        code: t.code(),
        stdout: t.stdout.clone(),
        stderr: t.stderr.clone(),
    }
}

fn lines(out: &Out) -> BTreeSet<String> {
    out.ndjson()
        .iter()
        .map(|l| {
            format!(
                "{} {} {}",
                l["action"].as_str().unwrap(),
                l["user"].as_str().unwrap(),
                l["target"].as_str().unwrap()
            )
        })
        .collect()
}

/// Drift made on the copy is found exactly; nothing is deleted unless
/// asked; `--prune` plans the deletion and apply asks before it.
#[test]
fn drift_on_the_copy_is_found_planned_and_undone_with_prune_only_when_asked() {
    let m = Mirror::new(Platform::Odc);
    let plan = m.plan_path("plan.yaml");
    m.iamctl("b", &["diff", "--from", "a", "--plan", &plan])
        .ok();
    m.iamctl("b", &["apply", "-f", &plan, "--yes"]).ok();

    // Drift: an extra user, a group added, a role revoked, a user deactivated.
    let a_users = m
        .iamctl("a", &["users", "list", "--all", "-o", "ndjson"])
        .ok()
        .ndjson();
    let email = |i: usize| a_users[i]["email"].as_str().unwrap().to_string();
    m.iamctl(
        "b",
        &[
            "users",
            "create",
            "--email",
            "extra@example.com",
            "--name",
            "Extra",
        ],
    )
    .ok();
    let grouped = email(0);
    m.iamctl(
        "b",
        &[
            "users",
            "groups",
            "add",
            &grouped,
            "Support",
            "--stage",
            "Production",
        ],
    )
    .ok();
    let deactivated = email(1);
    m.iamctl("b", &["users", "set", &deactivated, "active", "false"])
        .ok();
    let tech_lead = m
        .iamctl(
            "a",
            &["access", "holders", "Tech Lead", "--org", "-o", "ndjson"],
        )
        .ok()
        .ndjson()[0]["user"]
        .as_str()
        .unwrap()
        .to_string();
    m.iamctl(
        "b",
        &["users", "roles", "remove", &tech_lead, "Tech Lead", "--org"],
    )
    .ok();

    // As an admin sees it (snapshot), then as data.
    let t = Transcript::of(
        m.env
            .cmd()
            .env("SB_SECRET", "sandbox-secret")
            .args(["-p", "b", "diff", "--from", "a"]),
    );
    snapshot_settings().bind(|| insta::assert_snapshot!("diff_odc_drift", t.to_string()));
    assert_eq!(t.code(), 0, "{t}");
    let out = m.iamctl("b", &["diff", "--from", "a", "-o", "ndjson"]).ok();
    let want: BTreeSet<String> = [
        format!("remove-from-group {grouped} Production/Support"),
        format!("update {deactivated} active"),
        format!("grant {tech_lead} org:Tech Lead"),
        "only-here extra@example.com ".to_string(),
    ]
    .into_iter()
    .collect();
    assert_eq!(lines(&out), want);

    // Without --prune the plan deletes nothing: the extra user stays.
    let plan = m.plan_path("fix.yaml");
    m.iamctl("b", &["diff", "--from", "a", "--plan", &plan])
        .ok();
    assert!(!std::fs::read_to_string(&plan).unwrap().contains("extra@"));
    m.iamctl("b", &["apply", "-f", &plan, "--yes"]).ok();
    let out = m.iamctl("b", &["diff", "--from", "a", "-o", "ndjson"]).ok();
    assert_eq!(
        lines(&out),
        ["only-here extra@example.com ".to_string()]
            .into_iter()
            .collect()
    );

    // With --prune: planned as a deletion; apply --prune asks first
    // (refused without a terminal and without --yes), then deletes it.
    let plan = m.plan_path("prune.yaml");
    let t = m.transcript(
        "b",
        &[
            "diff", "--from", "a", "--prune", "--plan", &plan, "-o", "ndjson",
        ],
    );
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        {"action":"delete","user":"extra@example.com","target":"","detail":""}
        [stderr]
        1 difference; the plan is in [TMP]/prune.yaml: `iamctl apply -f [TMP]/prune.yaml -p b --prune` makes this profile match (it shows the plan again first)
        [exit status: 0]
        "#);
    });
    assert_eq!(t.code(), 0, "{t}");
    assert_eq!(
        lines(&as_out(&t)),
        ["delete extra@example.com ".to_string()]
            .into_iter()
            .collect()
    );
    let refused = m.iamctl("b", &["apply", "-f", &plan, "--prune"]);
    assert_eq!(refused.code, 2, "{}", refused.stderr);
    assert!(m.users("b").iter().any(|u| u.contains("extra@example.com")));
    m.iamctl("b", &["apply", "-f", &plan, "--prune", "--yes"])
        .ok();
    m.iamctl("b", &["diff", "--from", "a", "--detailed-exitcode"])
        .expect(0);
    assert_eq!(m.access("b"), m.access("a"));
}

/// The source must be a profile of the same platform; an unknown one is a
/// usage error naming the known ones.
#[test]
fn diff_refuses_an_unknown_or_foreign_source_profile() {
    let m = Mirror::new(Platform::Odc);
    let t = m.transcript("b", &["diff", "--from", "nope"]);
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        error: unknown profile "nope"
        hint: profiles: a, b, sandbox, sandbox-valuekeep, sandbox-descope
        [exit status: 2]
        "#);
    });
    // A Descope profile next to ODC ones.
    let cfg = m.env.path().join("config").join("config.toml");
    let mut text = std::fs::read_to_string(&cfg).unwrap();
    text.push_str(&format!("\n{}", profile("d", Platform::Descope, &m.a)));
    std::fs::write(&cfg, text).unwrap();
    let t = m.transcript("b", &["diff", "--from", "d"]);
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        error: profile "d" is on Descope, this one on ODC: diff compares two tenants of one platform
        [exit status: 2]
        "#);
    });
}

/// ODC: mirroring a stage of one tenant. Development's groups and
/// application roles are planned onto Production, by name; applied, the two
/// stages hold the same (by user, kind, name, app and source), the
/// organization roles and Development are untouched, and diff finds nothing.
#[test]
fn odc_stage_mirrored_onto_another_stage_shows_no_drift() {
    let m = Mirror::new(Platform::Odc);
    let staged = |stage: &str| -> BTreeSet<String> {
        m.iamctl("a", &["access", "report", "--stage", stage, "-o", "ndjson"])
            .ok()
            .ndjson()
            .iter()
            .map(|r| {
                let f = |k: &str| r[k].as_str().unwrap_or("").to_string();
                format!(
                    "{} | {} {} in {} from {}",
                    f("user"),
                    f("kind"),
                    f("name"),
                    f("app"),
                    f("source")
                )
            })
            .collect()
    };
    let org = |m: &Mirror| -> BTreeSet<String> {
        m.access("a")
            .into_iter()
            .filter(|r| r.contains("(organization)"))
            .collect()
    };
    let dev = staged("Development");
    let org_before = org(&m);
    assert_ne!(dev, staged("Production"), "the seed's stages already agree");
    let plan = m.plan_path("stage.yaml");
    let stages = ["--from-stage", "Development", "--to-stage", "Production"];
    let mut args = vec!["diff"];
    args.extend(stages);
    args.extend(["--plan", &plan, "--detailed-exitcode"]);
    // Planned onto Production only.
    let t = m.transcript("a", &args);
    snapshot_settings().bind(|| {
        insta::assert_snapshot!("diff_odc_stage_plan", t.to_string());
    });
    assert_eq!(t.code(), 10, "{t}");
    m.iamctl("a", &["apply", "-f", &plan, "--yes"]).ok();
    assert_eq!(staged("Production"), dev);
    assert_eq!(staged("Development"), dev, "the source stage changed");
    assert_eq!(org(&m), org_before, "organization roles changed");
    let mut args = vec!["diff"];
    args.extend(stages);
    args.push("--detailed-exitcode");
    let t = m.transcript("a", &args);
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
         ACTION  USER  TARGET  DETAIL
        [stderr]
        No differences: users and access here match stage Development of this profile (for stage Production).
        [exit status: 0]
        ");
    });
    // Stages are ODC's: refused elsewhere, before any request.
    let v = Mirror::new(Platform::Valuekeep);
    let mut args = vec!["-v", "diff"];
    args.extend(stages);
    let t = v.transcript("a", &args);
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        * 0 requests, 0 retries, 0 answered 429
        error: `diff --from-stage` is not available on Valuekeep
        hint: Valuekeep has no stages: compare two tenants with `iamctl diff --from PROFILE`
        [exit status: 2]
        ");
    });
}

/// ODC stage mode: stages are the tenant's, named by name or key in any
/// case. One that matches none is not found (exit 3) before any plan is
/// printed or written (a typo used to plan the removal of everything held
/// in --to-stage); another spelling of a stage compares as the stage's own
/// name (`--to-stage production` used to differ from `Production/...` in
/// every grant).
#[test]
fn odc_stage_mode_resolves_stages_by_name_or_key_and_refuses_unknown_ones() {
    let m = Mirror::new(Platform::Odc);
    let plan = m.plan_path("typo.yaml");
    let mut log = String::new();
    for (from, to) in [("Developmnet", "Production"), ("Development", "Prod")] {
        let t = m.transcript(
            "a",
            &[
                "diff",
                "--from-stage",
                from,
                "--to-stage",
                to,
                "--plan",
                &plan,
                "--detailed-exitcode",
            ],
        );
        log += &format!("--- --from-stage {from} --to-stage {to}\n{t}");
        assert!(!std::path::Path::new(&plan).exists(), "a plan was written");
    }
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(log, @r#"
        --- --from-stage Developmnet --to-stage Production
        [stdout]
        [stderr]
        error: stage "Developmnet" not found
        hint: the stages of profile "a": Development, Production (by name or key: `iamctl -p a api GET /api/portfolios/v2/environments`)
        [exit status: 3]
        --- --from-stage Development --to-stage Prod
        [stdout]
        [stderr]
        error: stage "Prod" not found
        hint: the stages of profile "a": Development, Production (by name or key: `iamctl -p a api GET /api/portfolios/v2/environments`)
        [exit status: 3]
        "#);
    });
    // The source's stage is looked up on the source's tenant.
    let t = m.transcript(
        "b",
        &[
            "diff",
            "--from",
            "a",
            "--from-stage",
            "Developmnet",
            "--to-stage",
            "Production",
        ],
    );
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        [stderr]
        error: stage "Developmnet" not found
        hint: the stages of profile "a": Development, Production (by name or key: `iamctl -p a api GET /api/portfolios/v2/environments`)
        [exit status: 3]
        "#);
    });

    // The same stage in other case: nothing differs, as apply would find.
    let t = m.transcript(
        "a",
        &[
            "diff",
            "--from-stage",
            "Production",
            "--to-stage",
            "production",
            "--detailed-exitcode",
        ],
    );
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
         ACTION  USER  TARGET  DETAIL
        [stderr]
        No differences: users and access here match stage Production of this profile (for stage Production).
        [exit status: 0]
        ");
    });

    // By key (any case) or by name in another case: the plan by name, with
    // the stage as the platform spells it.
    let envs = m
        .iamctl(
            "a",
            &[
                "api",
                "GET",
                "/api/portfolios/v2/environments",
                "-o",
                "json",
            ],
        )
        .ok()
        .json();
    let dev_key = envs["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"] == "Development")
        .unwrap()["key"]
        .as_str()
        .unwrap()
        .to_uppercase();
    let by_name = m
        .iamctl(
            "a",
            &[
                "diff",
                "--from-stage",
                "Development",
                "--to-stage",
                "Production",
                "-o",
                "ndjson",
            ],
        )
        .ok();
    assert!(by_name.stdout.contains("Production/"), "{}", by_name.stdout);
    let by_key = m
        .iamctl(
            "a",
            &[
                "diff",
                "--from-stage",
                &dev_key,
                "--to-stage",
                "PRODUCTION",
                "-o",
                "ndjson",
            ],
        )
        .ok();
    assert_eq!(by_key.stdout, by_name.stdout);
}

/// ODC stage mode from another tenant: of the source's users missing here,
/// only those holding something in --from-stage are created (every one used
/// to be); a user only here holds nothing in --from-stage, so its
/// --to-stage groups are planned for removal, the line saying why, and the
/// user and its other stages are kept. No line offers --prune (refused in
/// stage mode). Applied, diff finds nothing.
#[test]
fn odc_stage_mode_from_another_tenant_creates_only_holders_and_empties_users_only_here() {
    let m = Mirror::new(Platform::Odc);
    let extra = "extra@example.com";
    m.iamctl(
        "b",
        &["users", "create", "--email", extra, "--name", "Extra"],
    )
    .ok();
    for stage in ["Production", "Development"] {
        m.iamctl(
            "b",
            &["users", "groups", "add", extra, "Support", "--stage", stage],
        )
        .ok();
    }
    let in_stage = |profile: &str, stage: &str| -> BTreeSet<String> {
        m.iamctl(
            profile,
            &["access", "report", "--stage", stage, "-o", "ndjson"],
        )
        .ok()
        .ndjson()
        .iter()
        .filter(|r| r["stage"] == stage)
        .map(|r| r["user"].as_str().unwrap().to_lowercase())
        .collect()
    };
    let holders = in_stage("a", "Development");
    assert!(!holders.is_empty());
    assert!(
        holders.len() < m.users("a").len(),
        "every seeded user holds something in Development"
    );

    let stages = ["--from-stage", "Development", "--to-stage", "Production"];
    let mut args = vec!["diff", "--from", "a"];
    args.extend(stages);
    args.extend(["-o", "ndjson"]);
    let t = m.transcript("b", &args);
    // No line offers --prune, and none is `only-here`.
    snapshot_settings().bind(|| {
        insta::assert_snapshot!("diff_odc_stage_from_another_tenant", t.to_string());
    });
    assert_eq!(t.code(), 0, "{t}");
    let out = as_out(&t);
    let created: BTreeSet<String> = out
        .ndjson()
        .iter()
        .filter(|l| l["action"] == "create")
        .map(|l| l["user"].as_str().unwrap().to_lowercase())
        .collect();
    assert_eq!(created, holders);
    let mine: Vec<Value> = out
        .ndjson()
        .into_iter()
        .filter(|l| l["user"] == extra)
        .collect();
    assert_eq!(mine.len(), 1, "{}", out.stdout);
    assert_eq!(mine[0]["action"], "remove-from-group");
    assert_eq!(mine[0]["target"], "Production/Support");
    assert!(
        mine[0]["detail"]
            .as_str()
            .unwrap()
            .contains("not in profile \"a\""),
        "{}",
        mine[0]
    );

    let plan = m.plan_path("stage.yaml");
    let mut args = vec!["diff", "--from", "a"];
    args.extend(stages);
    args.extend(["--plan", &plan]);
    m.iamctl("b", &args).ok();
    m.iamctl("b", &["apply", "-f", &plan, "--yes"]).ok();
    let mut args = vec!["diff", "--from", "a"];
    args.extend(stages);
    args.push("--detailed-exitcode");
    let t = m.transcript("b", &args);
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
         ACTION  USER  TARGET  DETAIL
        [stderr]
        No differences: users and access here match stage Development of profile "a" (for stage Production).
        [exit status: 0]
        "#);
    });
    assert_eq!(in_stage("b", "Production"), holders);
    assert!(m.users("b").iter().any(|u| u.contains(extra)), "deleted");
    assert!(
        in_stage("b", "Development").contains(extra),
        "the other stage changed"
    );
}
