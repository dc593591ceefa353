//! What the group- and role-side membership routes share
//! (`POST groups|roles/{key}/users/{add|addById|remove|removeById}`): the
//! operation named in the path, and the users the body names.

use axum::body::Bytes;
use axum::http::StatusCode;
use axum::response::Response;
use uuid::Uuid;

use super::http::{body_json, invalid, msg};
use super::model::VkState;

/// `add|addById|remove|removeById`: (add, by id).
pub(super) fn member_op(op: &str, what: &str) -> Result<(bool, bool), Response> {
    match op {
        "add" => Ok((true, false)),
        "addById" => Ok((true, true)),
        "remove" => Ok((false, false)),
        "removeById" => Ok((false, true)),
        _ => Err(msg(
            StatusCode::NOT_FOUND,
            format!("No resource at POST .../{what}/users/{op}."),
        )),
    }
}

/// The users a membership body names (user keys, or ids with `by_id`):
/// every one must exist, or nothing changes.
pub(super) fn users_named(vk: &VkState, body: &Bytes, by_id: bool) -> Result<Vec<usize>, Response> {
    let v = body_json(body)?;
    let Some(list) = v.as_array() else {
        return Err(invalid(
            "The request is invalid.",
            vec!["value: an array is expected.".into()],
        ));
    };
    let mut found = Vec::new();
    let mut errors = Vec::new();
    for item in list {
        let Some(s) = item.as_str() else {
            errors.push(format!("{item} is not a string."));
            continue;
        };
        let i = if by_id {
            match Uuid::try_parse(s) {
                Ok(id) => vk.users.iter().position(|u| u.id == id),
                Err(_) => {
                    errors.push(format!("'{s}' is not a record identifier."));
                    continue;
                }
            }
        } else {
            vk.users
                .iter()
                .position(|u| u.user_key.eq_ignore_ascii_case(s))
        };
        match i {
            Some(i) => found.push(i),
            None => errors.push(format!("The user '{s}' does not exist.")),
        }
    }
    if errors.is_empty() {
        Ok(found)
    } else {
        Err(invalid("The request is invalid.", errors))
    }
}
