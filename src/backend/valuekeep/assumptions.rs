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

/// The same, for a tenant whose records carry the status as a name (the
/// profile's probe saw `vk-status-wire` differ): the name, in bodies and
/// as a quoted `$filter` literal.
pub fn status_wire_as(n: i64, names: bool) -> Value {
    match STATUSES.iter().find(|(k, _)| *k == n) {
        Some((_, name)) if names => json!(name),
        _ => status_wire(n),
    }
}
pub fn status_filter_literal_as(n: i64, names: bool) -> String {
    match STATUSES.iter().find(|(k, _)| *k == n) {
        Some((_, name)) if names => super::odata::literal(name),
        _ => status_filter_literal(n),
    }
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

/// UNCONFIRMED: when a user was invited (`users list --invited-before`).
/// The resource has no invitation date; the record metadata `createdOn`
/// (RFC 3339), which the docs show on other entities, is taken for it: an
/// invited user is created by the invitation. A re-sent invitation does
/// not move it. A record without it is never "invited before" anything.
pub const INVITED_AT_FIELD: &str = "createdOn";

pub fn invited_at(record: &Value) -> Option<chrono::DateTime<chrono::Utc>> {
    record
        .get(INVITED_AT_FIELD)
        .and_then(Value::as_str)
        .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
        .map(|t| t.with_timezone(&chrono::Utc))
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

// ---- The list: every item above as data (see `crate::assumptions`) ----
//
// The README's Valuekeep section is generated from this list, and
// `profile test --deep` (`probe.rs`) reports every entry whose `observe`
// is a `Probe`. To add one: an entry here (id `vk-...`) and either its
// probe step or the reason it cannot be observed read-only.

use crate::assumptions::{Assumption, Fallback, Observe};

pub const A_HOST: &str = "vk-host";
/// The decision on what "inactive" means (issue 19): see `LIST`.
pub const A_ACTIVE_IS_STATUS: &str = "vk-active-is-status";
pub const A_TOKEN: &str = "vk-token-endpoint";
pub const A_TOKEN_LIFETIME: &str = "vk-token-lifetime";
pub const A_PAGE_MAX: &str = "vk-page-max";
pub const A_COUNT: &str = "vk-inline-count";
pub const A_SKIP: &str = "vk-skip-top";
pub const A_NEXT_LINK: &str = "vk-next-link-form";
pub const A_LIST_MEMBERSHIP: &str = "vk-membership-lists";
pub const A_RATE: &str = "vk-rate-limit";
pub const A_ID_OR_KEY: &str = "vk-id-or-key";
pub const A_EMAIL: &str = "vk-email-filter";
pub const A_CONTAINS: &str = "vk-contains-filter";
pub const A_STATUS: &str = "vk-status-wire";
pub const A_HELD: &str = "vk-held-keys";
pub const A_INVITATION: &str = "vk-invitation-body";
pub const A_PICTURE: &str = "vk-picture-file-name";
pub const A_CREATED_ID: &str = "vk-created-id";
pub const A_ERRORS: &str = "vk-error-body";
pub const A_LAST_LOGIN: &str = "vk-last-login";
pub const A_DEFAULT_KEYS: &str = "vk-default-keys";
pub const A_DATETIME: &str = "vk-datetime-literal";
pub const A_INVITED_AT: &str = "vk-invited-created-on";
pub const A_CREATE_INACTIVE: &str = "vk-create-inactive";
pub const A_ROLE_KEY: &str = "vk-role-key-from-name";
pub const A_SIDE_LISTS: &str = "vk-group-role-user-lists";

/// Commands that name users by e-mail or key.
const USER_LOOKUPS: &[&str] = &[
    "users get",
    "users delete",
    "users set",
    "users patch",
    "users picture",
    "users groups",
    "users roles",
    "users access",
    "users copy-access",
    "users lifecycle",
];

pub const LIST: &[Assumption] = &[
    Assumption {
        id: A_ACTIVE_IS_STATUS,
        assumed: "A user's active state is its `status` (1 Active, 2 Inactive: the documented \
                  user enum); `isActive` is the record flag every entity of the framework \
                  carries (groups and roles too), not the account state. So `active` in \
                  `users set`, `patch --active/--inactive`, `lifecycle deactivate|reactivate` and \
                  `apply` writes `PUT users/{key}/status`, and every view, filter, export and \
                  diff reads `status`. That the API keeps `isActive` in step is not assumed; \
                  the sandbox does.",
        observe: Observe::CannotObserveReadOnly(
            "only a write shows whether the service moves `isActive` with `status`; a read of \
             users who are Inactive cannot tell a flag kept in step from one nobody set",
        ),
        fallback: Fallback::Adapts(
            "nothing reads `isActive` for a user's state, so a flag left as it was changes no view",
        ),
        commands: &[],
    },
    Assumption {
        id: A_HOST,
        assumed: "The API host is not documented: `--base-url` is required.",
        observe: Observe::Probe("every request of the probe goes to the profile's host"),
        fallback: Fallback::Adapts("`--base-url` names the host; nothing is guessed"),
        commands: &[],
    },
    Assumption {
        id: A_TOKEN,
        assumed: "Token URL `https://identity.primaverabss.com/connect/token` and scope \
                  `application` (Jasmin's) are defaults (`DEFAULT_TOKEN_URL`, `DEFAULT_SCOPE`); \
                  `--token-url`/`--scope` override.",
        observe: Observe::Probe(
            "a token request to the profile's token URL with its scope is granted",
        ),
        fallback: Fallback::Adapts("`--token-url` and `--scope` set them per profile"),
        commands: &[],
    },
    Assumption {
        id: A_TOKEN_LIFETIME,
        assumed: "Token lifetime: `expires_in` is used; without it, one hour. No refresh token.",
        observe: Observe::Probe("the token answer: is `expires_in` in it"),
        fallback: Fallback::Adapts("the token is renewed after one hour"),
        commands: &[],
    },
    Assumption {
        id: A_PAGE_MAX,
        assumed: "`$top` is never above 100 (`PAGE_MAX`).",
        observe: Observe::CannotObserveReadOnly(
            "only a larger `$top` on a tenant of more than 100 users would show a higher limit, and we never ask for one",
        ),
        fallback: Fallback::Adapts(
            "nothing to change: pages of 100 are valid under any larger limit",
        ),
        commands: &[],
    },
    Assumption {
        id: A_COUNT,
        assumed: "The total comes in `count` (a number, or a string holding one) when the first \
                  page asks with `$inlinecount=allpages` (`COUNT_PARAM`).",
        observe: Observe::Probe(
            "`GET identity/users/odata?$top=1&$inlinecount=allpages`: is `count` there, and its type",
        ),
        fallback: Fallback::Adapts(
            "lists follow `nextPageLink` one page after another, and `users count` counts the records of the whole list",
        ),
        commands: &[],
    },
    Assumption {
        id: A_SKIP,
        assumed: "Paging: `$skip=N&$top=100` addresses the same rows as the `nextPageLink` \
                  chain (the server's order is stable between requests, also without \
                  `$orderby`), so once the first page has given `count` the other pages are \
                  fetched at once (8 in flight); a server that gives no `count` is followed \
                  by `nextPageLink`, one page after another (`SKIP_TOP_PAGING`).",
        observe: Observe::Probe(
            "the second user by the first page's `nextPageLink` and by `$skip=1&$top=1`: the same record (compared in memory, never reported)",
        ),
        fallback: Fallback::Adapts("pages are followed by `nextPageLink`, one after another"),
        commands: &[],
    },
    Assumption {
        id: A_NEXT_LINK,
        assumed: "`nextPageLink` is an absolute URL on the API's host; a relative one is \
                  resolved against `{base}/api/{tenant}/{org}/`, and a link to another host \
                  is refused (`odata.rs`).",
        observe: Observe::Probe(
            "the first page's `nextPageLink`: absolute or relative, and on which host",
        ),
        fallback: Fallback::Adapts(
            "relative links are resolved against `{base}/api/{tenant}/{org}/`",
        ),
        commands: &[],
    },
    Assumption {
        id: A_LIST_MEMBERSHIP,
        assumed: "`users/{key}/groups|roles/add|remove` take the whole list in one request; a \
                  refused list is sent again item by item to tell which failed.",
        observe: Observe::CannotObserveReadOnly("only a write shows it"),
        fallback: Fallback::Adapts("a refused list is sent again item by item"),
        commands: &[],
    },
    Assumption {
        id: A_RATE,
        assumed: "No published rate limit: no client-side pacing unless `--rate` is given \
                  (`PUBLISHED_RATE_LIMIT`).",
        observe: Observe::CannotObserveReadOnly(
            "only reaching a limit would show it, and the probe sends a handful of requests",
        ),
        fallback: Fallback::Adapts(
            "a 429 is waited out (`Retry-After`) and retried; `--rate` paces",
        ),
        commands: &[],
    },
    Assumption {
        id: A_ID_OR_KEY,
        assumed: "`/identity/users/{x}`: a GUID is taken as a record id, anything else as a \
                  user key (`looks_like_id`).",
        observe: Observe::Probe(
            "`GET identity/users/{key}` of the first user listed answers that user",
        ),
        fallback: Fallback::Warns("users named by key are not found"),
        commands: USER_LOOKUPS,
    },
    Assumption {
        id: A_EMAIL,
        assumed: "E-mails are looked up with `$filter=Email eq '...'`, compared \
                  case-insensitively by the server (`email_filter`).",
        observe: Observe::Probe(
            "`$filter=Email eq '...'` with the first user's e-mail upper-cased finds that user (the e-mail is not reported)",
        ),
        fallback: Fallback::Warns("users named by e-mail may not be found unless spelt as stored"),
        commands: USER_LOOKUPS,
    },
    Assumption {
        id: A_CONTAINS,
        assumed: "`--search` uses `contains(Name,...) or contains(Email,...)` (`search_filter`).",
        observe: Observe::Probe("`$filter=contains(Name,'a')&$top=1` is accepted"),
        fallback: Fallback::Warns("`--search` is refused by the server"),
        commands: &["users list", "users count", "users export"],
    },
    Assumption {
        id: A_STATUS,
        assumed: "Status is sent as its number (1 Active, 2 Inactive, 3 InvitationSent, \
                  4 InvitationExpired) in bodies and filters (`status_wire`, \
                  `status_filter_literal`); read as a number or a name.",
        observe: Observe::Probe("the first user's `status`: a number or a name"),
        fallback: Fallback::Adapts("status is sent as its name in bodies and `$filter`s"),
        commands: &[],
    },
    Assumption {
        id: A_HELD,
        assumed: "The `Group`/`Role` values (create body, `PUT .../groups|roles`) are JSON \
                  arrays of keys; a user record's `groups`/`roles` are read as strings or \
                  objects carrying `groupKey`/`roleKey`/`key` (`held_keys`).",
        observe: Observe::Probe(
            "the first user's `groups` and `roles`: lists of strings or of objects with a key",
        ),
        fallback: Fallback::Warns("a user's groups and roles read as none"),
        commands: &[
            "users groups",
            "users roles",
            "users access",
            "users copy-access",
        ],
    },
    Assumption {
        id: A_INVITATION,
        assumed: "The `InvitedUser` body of `sendInvitation` is `{email, name, roles?}` \
                  (`invitation_body`).",
        observe: Observe::CannotObserveReadOnly("only sending an invitation shows it"),
        fallback: Fallback::Warns("`users invite` is refused by the server"),
        commands: &["users invite"],
    },
    Assumption {
        id: A_PICTURE,
        assumed: "The picture's `fileName` parameter goes in the query string \
                  (`PICTURE_FILE_NAME_PARAM`).",
        observe: Observe::CannotObserveReadOnly(
            "a parameter in the wrong place is ignored, not refused, so no answer shows where the server reads it",
        ),
        fallback: Fallback::Warns("`users picture` may download the default picture"),
        commands: &["users picture"],
    },
    Assumption {
        id: A_CREATED_ID,
        assumed: "`POST users` answers the new id as a JSON string (`created_id`).",
        observe: Observe::CannotObserveReadOnly("only creating a user shows it"),
        fallback: Fallback::Adapts("any other answer is shown as it came"),
        commands: &[],
    },
    Assumption {
        id: A_ERRORS,
        assumed: "Error bodies: `message`, `errors`, `title`, `detail` are read, else the raw \
                  text (`error_text`).",
        observe: Observe::Probe(
            "`GET identity/users/{a random GUID}`: the not-found body carries one of those fields",
        ),
        fallback: Fallback::Adapts("the raw body is shown, cut short"),
        commands: &[],
    },
    Assumption {
        id: A_LAST_LOGIN,
        assumed: "`lastLogin` is an RFC 3339 string (`last_login_wire`).",
        observe: Observe::Probe(
            "the first user's `lastLogin`: null, or a string that parses as RFC 3339",
        ),
        fallback: Fallback::Warns("last-login columns and stale-account filters may be wrong"),
        commands: &["users list", "users lifecycle", "users export"],
    },
    Assumption {
        id: A_DEFAULT_KEYS,
        assumed: "A created user's key defaults to the e-mail's local part; `groups create NAME` \
                  makes the key from the name's letters and digits, upper-cased \
                  (`default_user_key`, `group_key_from_name`).",
        observe: Observe::CannotObserveReadOnly("only creating shows which keys are allowed"),
        fallback: Fallback::Adapts("`--user-key` names a user's key"),
        commands: &[],
    },
    Assumption {
        id: A_DATETIME,
        assumed: "A date and time in `$filter` (`users list --last-login-before`) is written \
                  as a quoted ISO 8601 string (`LastLogin lt '2026-01-31T00:00:00Z'`, \
                  `datetime_literal`): OData v4 writes it bare and v3 as `datetime'…'`.",
        observe: Observe::Probe("`$filter=LastLogin lt '2000-01-01T00:00:00Z'&$top=1` is accepted"),
        fallback: Fallback::Warns("`--last-login-before` is refused by the server"),
        commands: &["users list", "users lifecycle", "users count"],
    },
    Assumption {
        id: A_INVITED_AT,
        assumed: "`users list --invited-before`: the record's `createdOn` (RFC 3339) is taken \
                  for the invitation's date, an invited user being created by the invitation; \
                  a record without it is never listed (`INVITED_AT_FIELD`).",
        observe: Observe::CannotObserveReadOnly(
            "a read shows the field, not whether it is the invitation's date: only inviting shows that",
        ),
        fallback: Fallback::Warns("`--invited-before` lists users by when they were created"),
        commands: &[],
    },
    Assumption {
        id: A_CREATE_INACTIVE,
        assumed: "`isActive` is not a field of the create body: an inactive user whose status \
                  is not `Inactive` (an export of a deactivated user) is switched off with one \
                  more request after it is created (`create_user`).",
        observe: Observe::CannotObserveReadOnly("only creating a user shows which fields it takes"),
        fallback: Fallback::Adapts("nothing to change: the second request is harmless either way"),
        commands: &[],
    },
    Assumption {
        id: A_ROLE_KEY,
        assumed: "`roles create NAME` without `--key` makes the key as a group's is (letters and \
                  digits, upper-cased), and the name becomes the role's `description` \
                  (`role_key_from_name`).",
        observe: Observe::CannotObserveReadOnly(
            "only creating a role shows which keys are allowed",
        ),
        fallback: Fallback::Adapts("`roles create NAME --key KEY` names the key"),
        commands: &[],
    },
    Assumption {
        id: A_SIDE_LISTS,
        assumed: "`groups|roles/{key}/users/add|remove` take every user in one request, like the \
                  user-side routes; a refused list is sent again user by user to tell which failed.",
        observe: Observe::CannotObserveReadOnly("only a write shows it"),
        fallback: Fallback::Adapts("a refused list is sent again user by user"),
        commands: &[],
    },
];

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
