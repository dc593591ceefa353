//! `iamctl help TOPIC`: the help topics as transcripts.

use crate::common::world::odc;

#[test]
fn help_environment() {
    odc().check("help_environment", &["help", "environment"], 0);
}
