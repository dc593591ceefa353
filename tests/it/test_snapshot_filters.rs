//! The transcript filters of `common::snapshot_settings`: they redact what
//! a run mints and leave the seeded world alone.

use crate::common::snapshot_settings;

/// The filters redact what a run mints and leave the seeded world alone.
#[test]
fn filters_redact_only_what_varies() {
    let now = chrono::Utc::now();
    let text = format!(
        "GET http://127.0.0.1:41234/x\n\
         < 200 OK (12 ms)\n\
         (HTTP 404, traceId 062f6cd12ccf44bb99b1d0b58cb56d53)\n\
         \"createdOn\": \"{}\"\n\
         \"createdAt\": \"{}\"\n\
         \"createdTime\": {}\n\
         seeded: 2025-10-31T23:50:00.000Z 2024-12-07T09:00:00+00:00 1736154000\n\
         key e4bd2011-0c05-4640-825b-7a7f768efe05\n",
        now.to_rfc3339_opts(chrono::SecondsFormat::Nanos, false),
        now.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        now.timestamp(),
    );
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(text, @r#"
        GET http://127.0.0.1:[PORT]/x
        < 200 OK ([N] ms)
        (HTTP 404, traceId [TRACE_ID])
        "createdOn": "[NOW]"
        "createdAt": "[NOW]"
        "createdTime": [NOW_UNIX]
        seeded: 2025-10-31T23:50:00.000Z 2024-12-07T09:00:00+00:00 1736154000
        key e4bd2011-0c05-4640-825b-7a7f768efe05
        "#)
    });
}
