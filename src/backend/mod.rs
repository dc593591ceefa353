//! One module per platform. Each speaks its vendor's API and hands the
//! vendor's own JSON objects back to the commands.

pub mod odc;

/// Is `s` a UUID (ODC keys, Valuekeep ids)?
pub fn is_uuid(s: &str) -> bool {
    uuid::Uuid::try_parse(s).is_ok()
}
