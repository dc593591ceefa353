//! `stages list`, `apps list`, `portfolios list` (ODC): tables by name,
//! the requests each sends, and the names they leave in the name cache
//! (a `--stage` given next costs no request).

use crate::common::{Platform, Sandbox, TestEnv, Transcript, snapshot_settings};

fn sb() -> Sandbox {
    Sandbox::start(&["--seed-users", "5"])
}

#[test]
fn stages_list_is_one_request_and_feeds_the_name_cache() {
    let (sb, env) = (sb(), TestEnv::new());
    let t = Transcript::of(env.odc(&sb).args(["stages", "list"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
         STAGE        PURPOSE      KEY
         Development  Development  1585282f-709b-4e40-aeee-375a2811bbd8
         Production   Production   8a1b0c14-f5b4-4dab-840f-124eab2b6ea4
        [stderr]
        [exit status: 0]
        ");
    });
    // The stages were remembered: `apps list` (with or without `--stage`)
    // now sends only its own listing, one request.
    for args in [
        &["apps", "list"][..],
        &["apps", "list", "--stage", "Development"],
    ] {
        let t = Transcript::of(env.odc(&sb).arg("-v").args(args));
        assert_eq!(t.code(), 0, "{t}");
        let sent: Vec<String> = crate::common::requests(&t.stderr)
            .iter()
            .map(|r| r.replace(&sb.url, ""))
            .collect();
        assert_eq!(sent.len(), 1, "{t}");
        assert!(
            sent[0].starts_with("GET /api/portfolios/v2/deployed-assets"),
            "{t}"
        );
    }
}

#[test]
fn apps_list_names_each_app_and_its_stage() {
    let (sb, env) = (sb(), TestEnv::new());
    let t = Transcript::of(env.odc(&sb).args(["apps", "list"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
         APP          STAGE        TYPE            KEY
         HRHub        Development  WebApplication  841584ed-8c6c-48ea-9bb7-4870b676bcc9
         HRHub        Production   WebApplication  841584ed-8c6c-48ea-9bb7-4870b676bcc9
         SalesPortal  Development  WebApplication  fd311b81-9603-4ea3-9221-b3146297d017
         SalesPortal  Production   WebApplication  fd311b81-9603-4ea3-9221-b3146297d017
        [stderr]
        [exit status: 0]
        ");
    });
    let t = Transcript::of(env.odc(&sb).args([
        "-v",
        "apps",
        "list",
        "--stage",
        "Production",
        "-o",
        "json",
    ]));
    assert_eq!(t.code(), 0, "{t}");
    let rows: serde_json::Value = serde_json::from_str(&t.stdout).unwrap();
    assert!(
        rows.as_array()
            .unwrap()
            .iter()
            .all(|r| r["stage"] == "Production")
    );
    let sent = crate::common::requests(&t.stderr);
    assert!(
        sent.iter()
            .any(|r| r.contains("/deployed-assets?") && r.contains("environmentKey=8a1b0c14")),
        "{sent:?}"
    );
    let t = Transcript::of(env.odc(&sb).args(["apps", "list", "--stage", "Nowhere"]));
    assert_eq!(t.code(), 3, "{t}");
    assert!(t.stderr.contains("stage \"Nowhere\" not found"), "{t}");
}

#[test]
fn portfolios_list_and_refusals_elsewhere() {
    let (sb, env) = (sb(), TestEnv::new());
    let t = Transcript::of(env.odc(&sb).args(["-v", "portfolios", "list"]));
    let sent = crate::common::requests(&t.stderr);
    assert_eq!(
        sent.iter()
            .filter(|r| r.contains("/api/portfolios/v2/"))
            .count(),
        1,
        "{t}"
    );
    assert!(t.stdout.contains("Default"), "{t}");
    let t = Transcript::of(env.on(Platform::Descope, &sb).args(["stages", "list"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        error: `stages list` is not available on Descope
        hint: Descope has no stages, apps or portfolios: one project is one environment
        [exit status: 2]
        ");
    });
}
