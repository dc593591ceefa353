//! `apps list` (ODC): tables by name, the requests it sends and the names
//! it leaves in the name cache.

use crate::common::odc::sb;
use crate::common::{TestEnv, Transcript, snapshot_settings};

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
