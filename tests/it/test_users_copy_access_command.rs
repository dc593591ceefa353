//! `users copy-access` as transcripts.

use crate::common::world::odc;

#[test]
fn odc_copy_access_dry_run() {
    odc().check(
        "odc_copy_access_dry_run",
        &[
            "users",
            "copy-access",
            "marta.teixeira1@example.com",
            "eva.almeida3@example.com",
            "--dry-run",
        ],
        0,
    );
}
