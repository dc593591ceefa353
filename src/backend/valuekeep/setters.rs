//! What `users set`, `users patch`, `groups set` and `roles set` send on
//! Valuekeep: each attribute's route and the value it takes.

use serde_json::{Value, json};

use super::assumptions as vk;
use crate::error::{CliError, Result};

/// `users set` attributes: (CLI name, route segment = JSON field).
pub(super) const SETTERS: &[(&str, &str)] = &[
    ("email", "email"),
    ("name", "name"),
    ("picture", "picture"),
    ("is-active", "isActive"),
    ("is-technician", "isTechnician"),
    ("last-login", "lastLogin"),
    ("status", "status"),
    ("user-key", "userKey"),
    ("groups", "groups"),
    ("roles", "roles"),
];

fn bool_of(v: &Value, what: &str) -> Result<bool> {
    match v {
        Value::Bool(b) => Ok(*b),
        Value::String(s) => crate::backend::capabilities::parse_bool(s),
        _ => Err(CliError::usage(format!(
            "{what} must be true or false, got {v}"
        ))),
    }
}

fn keys_of(v: &Value, what: &str) -> Result<Vec<String>> {
    match v {
        Value::String(s) => Ok(s
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()),
        Value::Array(a) => a
            .iter()
            .map(|x| {
                x.as_str()
                    .map(str::to_string)
                    .ok_or_else(|| CliError::usage(format!("{what} must be a list of keys")))
            })
            .collect(),
        _ => Err(CliError::usage(format!("{what} must be a list of keys"))),
    }
}

fn string_of(v: &Value, what: &str) -> Result<String> {
    v.as_str()
        .map(str::to_string)
        .ok_or_else(|| CliError::usage(format!("{what} must be a string, got {v}")))
}

/// An attribute's new value as it goes on the wire.
pub(super) fn wire(field: &str, v: &Value) -> Result<Value> {
    Ok(match field {
        "email" | "name" | "picture" | "userKey" => {
            let s = string_of(v, field)?;
            if field == "userKey" && s.trim().is_empty() {
                return Err(CliError::usage("the user key cannot be empty"));
            }
            json!(s)
        }
        "isActive" | "isTechnician" => json!(bool_of(v, field)?),
        "lastLogin" => vk::last_login_wire(&string_of(v, field)?)?,
        "status" => {
            let n = vk::status_number(v).ok_or_else(|| {
                CliError::usage(format!(
                    "unknown Valuekeep status {v}: use Active, Inactive, InvitationSent, InvitationExpired, or 1-4"
                ))
            })?;
            vk::status_wire(n)
        }
        "groups" | "roles" => vk::membership_value(&keys_of(v, field)?),
        other => {
            return Err(crate::backend::capabilities::not_available(
                format!("attribute {other:?}"),
                "Valuekeep",
            ));
        }
    })
}

/// Does the record already hold this value?
pub(super) fn unchanged(current: &Value, field: &str, new: &Value) -> bool {
    let Some(cur) = current.get(field) else {
        return false;
    };
    match field {
        "status" => {
            vk::status_number(cur).is_some() && vk::status_number(cur) == vk::status_number(new)
        }
        "groups" | "roles" => {
            let key_field = if field == "groups" {
                "groupKey"
            } else {
                "roleKey"
            };
            let mut have = vk::held_keys(current, field, key_field);
            let mut want: Vec<String> = new
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect();
            have.sort();
            want.sort();
            have == want
        }
        "lastLogin" => {
            let t = |v: &Value| {
                v.as_str()
                    .and_then(|s| chrono::DateTime::parse_from_rfc3339(s).ok())
            };
            t(cur).is_some() && t(cur) == t(new)
        }
        _ => cur == new,
    }
}

/// The JSON field a `users patch` key names (ODC-style names accepted).
pub(super) fn patch_field(k: &str) -> Option<&'static str> {
    Some(match k {
        "name" => "name",
        "email" => "email",
        "picture" | "photoUrl" => "picture",
        "isActive" => "isActive",
        "isTechnician" => "isTechnician",
        "lastLogin" => "lastLogin",
        "status" => "status",
        "userKey" => "userKey",
        "groups" => "groups",
        "roles" => "roles",
        _ => return None,
    })
}

/// `groups set GROUP ATTR VALUE`: the documented setter
/// (`PUT groups/{key}/{field}`) and its bare JSON value.
pub(super) fn group_setter(attr: &str, value: &str) -> Result<(&'static str, Value)> {
    let text = |field: &'static str, empty_ok: bool| {
        if !empty_ok && value.trim().is_empty() {
            return Err(CliError::usage(format!("a group's {attr} cannot be empty")));
        }
        Ok((field, json!(value)))
    };
    match attr.to_ascii_lowercase().as_str() {
        "name" => text("name", false),
        "email" => text("email", true),
        "description" | "notes" => text("notes", true),
        "key" | "group-key" | "groupkey" => text("groupKey", false),
        "active" | "is-active" | "isactive" => Ok((
            "isActive",
            json!(crate::backend::capabilities::parse_bool(value)?),
        )),
        _ => Err(CliError::usage(format!(
            "unknown group attribute {attr:?}: use name, email, description, key or active"
        ))),
    }
}

/// `roles set ROLE ATTR VALUE`: the documented setter
/// (`PUT roles/{key}/{field}`) and its bare JSON value.
pub(super) fn role_setter(attr: &str, value: &str) -> Result<(&'static str, Value)> {
    let flag = |field: &'static str| -> Result<(&'static str, Value)> {
        Ok((
            field,
            json!(crate::backend::capabilities::parse_bool(value)?),
        ))
    };
    match attr.to_ascii_lowercase().as_str() {
        "description" | "name" => {
            if value.trim().is_empty() {
                return Err(CliError::usage("a role's description cannot be empty"));
            }
            Ok(("description", json!(value)))
        }
        "localizable-description" | "localizabledescription" => {
            Ok(("localizableDescription", json!(value)))
        }
        "key" | "role-key" | "rolekey" => {
            if value.trim().is_empty() {
                return Err(CliError::usage("a role's key cannot be empty"));
            }
            Ok(("roleKey", json!(value)))
        }
        "active" | "is-active" | "isactive" => flag("isActive"),
        "administration" | "is-administration" | "isadministration" => flag("isAdministration"),
        "default" | "is-default" | "isdefault" => flag("isDefault"),
        "internal" | "is-internal" | "isinternal" => flag("isInternal"),
        _ => Err(CliError::usage(format!(
            "unknown role attribute {attr:?}: use description, localizable-description, key, active, administration, default or internal"
        ))),
    }
}
