//! `identity-providers` (`idps`, ODC) as transcripts.

use crate::common::world::odc;

#[test]
fn odc_identity_providers_list() {
    odc().check("odc_identity_providers_list", &["idps", "list"], 0);
}
