//! `portfolios list` (ODC) and its refusal on the other platforms.

use crate::common::odc::sb;
use crate::common::{Platform, TestEnv, Transcript, snapshot_settings};

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
