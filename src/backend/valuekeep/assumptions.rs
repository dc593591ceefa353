//! Every Valuekeep behaviour the vendor does not document, in one place.
//!
//! Each item below is a guess (see `../shared/api/valuekeep.md`); the first
//! person with a live tenant can fix any of them here, in one edit. The
//! README lists the same items under "Valuekeep: assumptions not confirmed
//! by the vendor".

use serde_json::{Value, json};

use crate::error::{CliError, Result};

/// UNCONFIRMED: the token endpoint. Confirmed for Jasmin/ROSE (same
/// PRIMAVERA identity server); that Valuekeep uses the same one is assumed.
pub const DEFAULT_TOKEN_URL: &str = "https://identity.primaverabss.com/connect/token";

/// UNCONFIRMED: the OAuth scope. Jasmin uses `application`; Valuekeep's is
/// not documented.
pub const DEFAULT_SCOPE: &str = "application";

/// UNCONFIRMED: `$top` cannot exceed 100 (the documented default page size
/// is "at most 100"); we never ask for more.
pub const PAGE_MAX: usize = 100;

/// UNCONFIRMED: the total comes in `count` only when the first page asks
/// for it with `$inlinecount=allpages` (the OData v3 spelling the Jasmin
/// samples use), as a number.
pub const COUNT_PARAM: (&str, &str) = ("$inlinecount", "allpages");

/// The `count` of a page, when the server gave one (a number, or a string
/// holding one).
pub fn total_count(page: &Value) -> Option<usize> {
    match page.get("count")? {
        Value::Number(n) => n.as_u64().map(|n| n as usize),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// UNCONFIRMED: `$skip=N&$top=100` addresses the same rows as the
/// `nextPageLink` chain would (the server's order is stable between
/// requests, also without `$orderby`), so once the first page has given
/// `count`, the other pages of a list are fetched at once with `$skip`.
/// A server that gives no `count` is paged by following `nextPageLink`,
/// one page after another; setting this to false does that always.
pub const SKIP_TOP_PAGING: bool = true;

/// UNCONFIRMED: Valuekeep publishes no rate limit that we know of, so no
/// client-side pacing happens unless `--rate` is given.
pub const PUBLISHED_RATE_LIMIT: Option<u32> = None;

// UNCONFIRMED: the token lifetime. We use `expires_in` and renew a minute
// early; an answer without it is taken to live one hour (IdentityServer's
// usual default) by the shared TokenProvider. For client credentials we
// never expect a refresh token: a new token is simply requested.

/// UNCONFIRMED: `GET/DELETE /identity/users/{x}` serve both the record id
/// and the user key on the same path shape; we take a GUID to be an id and
/// anything else to be a key (so a user key that looks like a GUID must be
/// named by e-mail or by `$filter`).
pub fn looks_like_id(s: &str) -> bool {
    crate::backend::is_uuid(s)
}

/// The Status enum as documented: 1 Active, 2 Inactive, 3 InvitationSent,
/// 4 InvitationExpired.
pub const STATUSES: &[(i64, &str)] = &[
    (1, "Active"),
    (2, "Inactive"),
    (3, "InvitationSent"),
    (4, "InvitationExpired"),
];

/// A status given by a user or read from the API, as a number or a name
/// (case, `-` and `_` ignored): its number.
pub fn status_number(v: &Value) -> Option<i64> {
    match v {
        Value::Number(n) => n.as_i64().filter(|n| STATUSES.iter().any(|(k, _)| k == n)),
        Value::String(s) => {
            if let Ok(n) = s.trim().parse::<i64>() {
                return status_number(&json!(n));
            }
            let wanted = s.replace(['-', '_', ' '], "").to_ascii_lowercase();
            STATUSES
                .iter()
                .find(|(_, name)| name.to_ascii_lowercase() == wanted)
                .map(|(n, _)| *n)
        }
        _ => None,
    }
}

pub fn parse_status(s: &str) -> Result<i64> {
    status_number(&json!(s)).ok_or_else(|| {
        CliError::usage(format!(
            "unknown Valuekeep status {s:?}: use Active, Inactive, InvitationSent, InvitationExpired, or 1-4"
        ))
    })
}

/// UNCONFIRMED: how a status goes over the wire, in a PUT body, a create
/// body and an OData `$filter` literal. The docs type it "enum Status";
/// .NET serializes enums as numbers unless told otherwise, so we send the
/// number. (Reading accepts both; see `status_number`.)
pub fn status_wire(n: i64) -> Value {
    json!(n)
}
pub fn status_filter_literal(n: i64) -> String {
    n.to_string()
}

/// UNCONFIRMED: the `Group` / `Role` value of `PUT .../groups|roles` and of
/// the create body is a JSON array of natural keys.
pub fn membership_value(keys: &[String]) -> Value {
    json!(keys)
}

/// UNCONFIRMED: how a user record lists its groups or roles. Accepted: an
/// array of strings (keys), or of objects carrying the key as `groupKey` /
/// `roleKey` / `key` (else `name` / `id`). Anything else reads as none.
pub fn held_keys(record: &Value, field: &str, key_field: &str) -> Vec<String> {
    let items = match record.get(field) {
        Some(Value::Array(a)) => a.as_slice(),
        _ => return Vec::new(),
    };
    items
        .iter()
        .filter_map(|item| match item {
            Value::String(s) => Some(s.clone()),
            Value::Object(o) => [key_field, "key", "name", "id"]
                .iter()
                .find_map(|k| o.get(*k).and_then(Value::as_str))
                .map(str::to_string),
            _ => None,
        })
        .collect()
}

/// The same list, as records for the printer (strings become `{key}`).
pub fn held_records(record: &Value, field: &str, key_field: &str) -> Vec<Value> {
    match record.get(field) {
        Some(Value::Array(a)) => a
            .iter()
            .map(|item| match item {
                Value::Object(_) => item.clone(),
                other => json!({ key_field: other }),
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// UNCONFIRMED: the `InvitedUser` body of `POST users/sendInvitation`. The
/// field names are guesses from the help center's invite form (name,
/// e-mail, a role).
pub fn invitation_body(email: &str, name: &str, roles: &[String]) -> Value {
    let mut body = json!({ "email": email, "name": name });
    if !roles.is_empty() {
        body["roles"] = json!(roles);
    }
    body
}

/// UNCONFIRMED: where the `fileName` parameter of `GET users/{id}/picture`
/// goes. We send it as a query parameter, with the record's `picture`
/// value (or `picture` when it has none).
pub const PICTURE_FILE_NAME_PARAM: &str = "fileName";

/// UNCONFIRMED: the answer to `POST users` is the new record's id as a JSON
/// string (or a bare string); anything else is kept as it came.
pub fn created_id(body: &[u8]) -> Value {
    let text = String::from_utf8_lossy(body).trim().to_string();
    match serde_json::from_str::<Value>(&text) {
        Ok(Value::String(s)) => json!(s),
        Ok(Value::Object(o)) => o.get("id").cloned().unwrap_or(Value::Object(o)),
        Ok(other) => other,
        Err(_) if !text.is_empty() => json!(text),
        Err(_) => Value::Null,
    }
}

/// UNCONFIRMED: error bodies are not documented. We read, in this order,
/// `message`, `errors` (a list of strings or objects, or a map of lists),
/// `title` and `detail`, and otherwise show the raw text (cut short).
/// Returns (title, detail).
pub fn error_text(body: &[u8]) -> (Option<String>, Option<String>) {
    let text = String::from_utf8_lossy(body).trim().to_string();
    let Ok(v) = serde_json::from_str::<Value>(&text) else {
        return (
            None,
            (!text.is_empty()).then(|| text.chars().take(300).collect()),
        );
    };
    let s = |k: &str| {
        v.get(k)
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    let mut said = Vec::new();
    if let Some(m) = s("message") {
        said.push(m);
    }
    if let Some(e) = v.get("errors") {
        said.extend(flatten_errors(e));
    }
    match (said.is_empty(), s("title"), s("detail")) {
        (false, title, _) => (title, Some(said.join("; "))),
        (true, title, detail) if title.is_some() || detail.is_some() => (title, detail),
        _ => match &v {
            Value::String(s) if !s.is_empty() => (None, Some(s.clone())),
            _ if !text.is_empty() => (None, Some(text.chars().take(300).collect())),
            _ => (None, None),
        },
    }
}

fn flatten_errors(e: &Value) -> Vec<String> {
    match e {
        Value::String(s) => vec![s.clone()],
        Value::Array(a) => a.iter().flat_map(flatten_errors).collect(),
        Value::Object(o) => {
            if let Some(m) = o
                .get("message")
                .or_else(|| o.get("errorMessage"))
                .and_then(Value::as_str)
            {
                return vec![m.to_string()];
            }
            o.iter()
                .flat_map(|(k, v)| {
                    flatten_errors(v)
                        .into_iter()
                        .map(move |m| format!("{k}: {m}"))
                })
                .collect()
        }
        _ => Vec::new(),
    }
}

/// UNCONFIRMED: the default user key when `users create` is given none: the
/// e-mail's local part (Valuekeep requires a userKey; its allowed
/// characters are not documented).
pub fn default_user_key(email: &str) -> String {
    email.split('@').next().unwrap_or(email).to_string()
}

/// UNCONFIRMED: a group created with `groups create NAME` gets a key made of
/// the name's letters and digits, upper-cased (the docs require a
/// `groupKey`; its allowed characters are not documented).
pub fn group_key_from_name(name: &str) -> String {
    name.chars()
        .filter(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_uppercase()
}

/// UNCONFIRMED: `lastLogin` (a DateTimeOffset) is an RFC 3339 string.
pub fn last_login_wire(s: &str) -> Result<Value> {
    chrono::DateTime::parse_from_rfc3339(s)
        .map(|t| json!(t.to_rfc3339()))
        .map_err(|e| CliError::usage(format!("{s:?} is not an RFC 3339 date and time ({e})")))
}

/// UNCONFIRMED: e-mail lookups use `Email eq '...'`, and the server compares
/// case-insensitively (SQL Server's default collation); we still match
/// exactly (ignoring case) on our side.
pub fn email_filter(email: &str) -> String {
    format!("Email eq {}", super::odata::literal(email))
}

/// `--search TEXT`: a `$filter` on name and e-mail.
/// UNCONFIRMED: that the server supports `contains` in `$filter`.
pub fn search_filter(text: &str) -> String {
    let lit = super::odata::literal(text);
    format!("(contains(Name,{lit}) or contains(Email,{lit}))")
}

/// UNCONFIRMED: how a date and time is written in an OData `$filter`
/// (`LastLogin lt ...`). OData v4 writes it bare, v3 as
/// `datetime'...'`; the CEGID-dev examples only compare strings. A quoted
/// ISO 8601 string is what the samples show for other date fields.
pub fn datetime_literal(rfc3339: &str) -> String {
    format!("'{rfc3339}'")
}

/// UNCONFIRMED: a role created with `roles create NAME` (no `--key`) gets a
/// key made as a group's is (letters and digits, upper-cased); the name
/// becomes its `description`. The docs require `roleKey`, `description`,
/// `isAdministration`, `isDefault` and `isInternal`; the key's allowed
/// characters are not documented.
pub fn role_key_from_name(name: &str) -> String {
    group_key_from_name(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_as_number_or_name() {
        assert_eq!(status_number(&json!(3)), Some(3));
        assert_eq!(status_number(&json!("InvitationSent")), Some(3));
        assert_eq!(status_number(&json!("invitation-expired")), Some(4));
        assert_eq!(status_number(&json!("2")), Some(2));
        assert_eq!(status_number(&json!(9)), None);
        assert!(parse_status("bogus").is_err());
    }

    #[test]
    fn lenient_errors() {
        assert_eq!(
            error_text(br#"{"message":"bad"}"#).1.as_deref(),
            Some("bad")
        );
        assert_eq!(
            error_text(br#"{"errors":{"Email":["taken","invalid"]}}"#)
                .1
                .as_deref(),
            Some("Email: taken; Email: invalid")
        );
        assert_eq!(
            error_text(br#"{"title":"T","detail":"D"}"#),
            (Some("T".into()), Some("D".into()))
        );
        assert_eq!(error_text(b"oops <html>").1.as_deref(), Some("oops <html>"));
        assert_eq!(
            error_text(br#""just a string""#).1.as_deref(),
            Some("just a string")
        );
        assert_eq!(error_text(b""), (None, None));
        assert_eq!(error_text(br#"[1,2]"#).1.as_deref(), Some("[1,2]"));
    }

    #[test]
    fn held_keys_of_both_shapes() {
        let v = json!({"groups": ["A", {"groupKey": "B"}, {"key": "C"}, 5]});
        assert_eq!(held_keys(&v, "groups", "groupKey"), vec!["A", "B", "C"]);
        assert!(held_keys(&json!({}), "groups", "groupKey").is_empty());
    }

    #[test]
    fn created_id_shapes() {
        assert_eq!(created_id(br#""abc""#), json!("abc"));
        assert_eq!(created_id(b"abc"), json!("abc"));
        assert_eq!(created_id(br#"{"id":"x"}"#), json!("x"));
    }
}
