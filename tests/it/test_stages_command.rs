//! `stages list` (ODC): one request, and the names it leaves in the name
//! cache (a `--stage` given next costs no request).

use crate::common::odc::sb;
use crate::common::{TestEnv, Transcript, snapshot_settings};

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
