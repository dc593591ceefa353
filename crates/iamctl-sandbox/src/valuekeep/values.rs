//! What a body's values must be, checked the same way by the setters
//! (`PUT .../{key}/{attribute}` with a bare JSON value) and the creates of
//! users, groups and roles.

use axum::response::Response;
use serde_json::Value;

use super::http::invalid;

/// A setter's refusal: 400 with the one reason.
pub(super) fn refused(reason: String) -> Response {
    invalid("The request is invalid.", vec![reason])
}

/// A setter's bare JSON value as a string.
pub(super) fn string_value(attr: &str, v: &Value) -> Result<String, Response> {
    v.as_str()
        .map(str::to_string)
        .ok_or_else(|| refused(format!("{attr}: a JSON string is expected.")))
}

/// A setter's bare JSON value as true or false.
pub(super) fn bool_value(attr: &str, v: &Value) -> Result<bool, Response> {
    v.as_bool()
        .ok_or_else(|| refused(format!("{attr}: true or false is expected.")))
}

/// A record's new key (`attr`, e.g. `groupKey`): not empty, and not
/// another `noun`'s (`taken`).
pub(super) fn new_key(attr: &str, noun: &str, k: &str, taken: bool) -> Result<(), Response> {
    if k.trim().is_empty() {
        return Err(refused(format!("{attr}: the key cannot be empty.")));
    }
    if taken {
        return Err(refused(format!(
            "{attr}: a {noun} with key '{k}' already exists."
        )));
    }
    Ok(())
}

/// An e-mail address as the sandbox accepts one: `local@domain.tld`, no
/// spaces.
pub(super) fn email_ok(e: &str) -> bool {
    e.split_once('@')
        .is_some_and(|(l, d)| !l.is_empty() && d.contains('.') && !d.ends_with('.'))
        && !e.contains(char::is_whitespace)
}
