//! Every Descope assumption the vendor notes (`shared/api/descope.md`) mark
//! unconfirmed, in one place, each with an `UNCONFIRMED:` comment. The rest
//! of the backend asks this module instead of hard-coding a guess.

use url::Url;

use crate::error::{CliError, Result};

/// The default management API host.
pub const DEFAULT_BASE_URL: &str = "https://api.descope.com";

/// The base URL a project lives at, derived from its ID as the official
/// Go, Python and .NET SDKs do: a 32+ character ID carries its region in
/// characters 1..5 (`Peuc1…` → `https://api.euc1.descope.com`); a classic
/// 28-character ID lives at `api.descope.com`.
///
/// UNCONFIRMED: a regional `Puse1…` ID yields `api.use1.descope.com` by this
/// rule (the Go SDK's tests use that host), while the Terraform provider maps
/// `use1` to `api.descope.com`. We follow the SDK rule. The region a 75-char
/// management key carries is not used (the key is read only when a request
/// is sent); give `--base-url` / `DESCOPE_BASE_URL` when they disagree.
pub fn base_url_for_project(project_id: &str) -> Result<Url> {
    let text = match project_id.get(1..5) {
        Some(region)
            if project_id.len() >= 32 && region.chars().all(|c| c.is_ascii_alphanumeric()) =>
        {
            format!("https://api.{}.descope.com", region.to_ascii_lowercase())
        }
        _ => DEFAULT_BASE_URL.to_string(),
    };
    Url::parse(&text).map_err(|e| {
        CliError::usage(format!(
            "cannot derive a base URL from project {project_id:?}: {e}"
        ))
    })
}

/// Search route. UNCONFIRMED: what v1 vs v2 search changes, and whether v2
/// shares the documented `/v1/mgmt/user/search` rate bucket (we assume it
/// does and pace it as such).
pub const SEARCH_PATH: &str = "/v2/mgmt/user/search";
/// Test users have their own search route; the SDKs also force
/// `withTestUser` and `testUsersOnly` in its body.
pub const SEARCH_TEST_PATH: &str = "/v2/mgmt/user/search/test";

/// Page size. UNCONFIRMED: the server defaults to 100 and the official CLI
/// says "max 100"; a server-enforced maximum is not documented, so we never
/// ask for more.
pub const PAGE_SIZE: usize = 100;

/// Adding roles moved to v2 in the Go and Node SDKs (Nov 2024); older SDKs
/// still call v1. UNCONFIRMED: whether v1 keeps working; we use v2.
pub const ROLE_ADD_PATH: &str = "/v2/mgmt/user/update/role/add";

/// The display-name field. The docs and the Go patch say `name`; the SDKs'
/// create/update send `displayName`. UNCONFIRMED: whether `displayName` is
/// accepted everywhere; we send `name` as the notes recommend.
pub const NAME_FIELD: &str = "name";

/// Published per-project limits, per window of 60 s.
/// UNCONFIRMED: whether `/v1/mgmt/user/create/test` counts with create
/// (assumed yes), and the general limits (1000/10 s for SDK traffic, 100/60 s
/// for raw API use, per IP) are not paced: the docs do not say which of them
/// a management-key client falls under.
pub const CREATE_PER_WINDOW: u32 = 100;
pub const SEARCH_PER_WINDOW: u32 = 200;
pub const UPDATE_PER_WINDOW: u32 = 200;

pub fn is_create_path(path: &str) -> bool {
    matches!(
        path,
        "/v1/mgmt/user/create" | "/v1/mgmt/user/create/test" | "/v1/mgmt/user/create/batch"
    )
}

pub fn is_search_path(path: &str) -> bool {
    matches!(
        path,
        "/v1/mgmt/user/search" | "/v2/mgmt/user/search" | "/v2/mgmt/user/search/test"
    )
}

pub fn is_update_path(path: &str) -> bool {
    path == "/v1/mgmt/user/update"
}

/// Error codes the SDKs know. UNCONFIRMED: which HTTP status goes with
/// each (user-not-found may be 400 or 404), so the client branches on the
/// code first and on the status only when there is no code.
pub const E_USER_NOT_FOUND: &str = "E112102";
pub const E_USER_EXISTS: &str = "E062107";
pub const E_RATE_LIMITED: &str = "E130429";

/// `users set USER email|phone|name|picture VALUE` goes through the PATCH
/// route with that one field: PATCH is documented to change only what is
/// present, while the single-attribute routes leave open what an absent
/// `verified` means (`/update/email`) or whether absent name parts are
/// cleared (`/update/name`: "an empty value clears it"). UNCONFIRMED either
/// way; PATCH is the reading that cannot lose data. `status`, `login-id` and
/// `attr.KEY` keep their dedicated routes.
pub const SET_FIELDS_VIA_PATCH: &[(&str, &str)] = &[
    ("email", "email"),
    ("phone", "phone"),
    ("name", NAME_FIELD),
    ("given-name", "givenName"),
    ("middle-name", "middleName"),
    ("family-name", "familyName"),
    ("picture", "picture"),
];

/// `users patch --attr K=V` sends `customAttributes` on PATCH.
/// UNCONFIRMED: whether PATCH merges that map or replaces it whole; to lose
/// nothing either way, the client loads the user and sends the merged map.
pub const MERGE_CUSTOM_ATTRIBUTES_ON_PATCH: bool = true;

/// The full-replace `update` route: UNCONFIRMED whether it resets `status`
/// when the field is absent (the SDKs' update sends none). `--replace` sends
/// `status` only when the user asked to change it.
pub const REPLACE_SENDS_STATUS: bool = false;

/// A custom attribute's value on the command line: `true`/`false` and
/// numbers become JSON booleans and numbers, a JSON string literal (`'"42"'`)
/// stays a string, anything else is a string. UNCONFIRMED: the server checks
/// the value against the attribute's declared type, which we do not load.
pub fn attribute_value(s: &str) -> serde_json::Value {
    match serde_json::from_str::<serde_json::Value>(s) {
        Ok(
            v @ (serde_json::Value::Bool(_)
            | serde_json::Value::Number(_)
            | serde_json::Value::String(_)),
        ) => v,
        _ => serde_json::Value::String(s.to_string()),
    }
}
