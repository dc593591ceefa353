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
    matches!(path, "/v1/mgmt/user/create" | "/v1/mgmt/user/create/test")
        || path == CREATE_BATCH_PATH
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

/// Batch create (`users import`): one request creates many users and
/// answers `{createdUsers, failedUsers: [{failure, user}], additionalErrors}`.
/// It is paced in the create window ([`is_create_path`]).
///
/// UNCONFIRMED: that a batch request counts once against the create bucket
/// (100 requests / 60 s, shared with `/user/create`), not once per user in
/// it. The notes list the route in that bucket by request, so pacing counts
/// one per request; if the server counted users, its 429 and `Retry-After`
/// still stop and resume us (the HTTP layer retries a 429, which the server
/// answers before doing anything).
pub const CREATE_BATCH_PATH: &str = "/v1/mgmt/user/create/batch";

/// Users per batch request. UNCONFIRMED: the notes document no maximum for
/// `create/batch` (only that `/user/import` has a per-batch limit of unknown
/// size). 100 is the conservative choice: it is the page size the API caps
/// itself at elsewhere (search `limit`, the official CLI's "max 100"), it
/// keeps a request body small (a few tens of KB), and it bounds what one
/// lost answer leaves unknown. A 250-row import costs 3 requests of the
/// create bucket instead of 250. Should the server refuse a batch as too
/// large (any 4xx but 401/403/429), that batch is retried one user at a time
/// (see [`BATCH_REFUSAL_FALLS_BACK_TO_SINGLE`]), so a smaller real limit
/// costs requests, not rows.
pub const CREATE_BATCH_SIZE: usize = 100;

/// Deleting several users: `POST /v1/mgmt/user/delete/batch` with
/// `{"userIds": [...]}` (user ids only, so login ids are turned into user
/// ids by one search first: `loginIds` filter, then `userIds` for the names
/// that matched no login id). Used from `DELETE_BATCH_FROM` users on, where
/// it costs fewer requests than one delete each.
///
/// UNCONFIRMED: the answer is not documented (nothing per user): a refused
/// batch is taken to have deleted none of them; at most
/// `DELETE_BATCH_SIZE` ids go in one request (no maximum is documented);
/// the route is paced in no published bucket, like the single delete.
/// Changing many users (`users lifecycle`): read with one search by
/// `loginIds` (then `POST /v1/mgmt/users/load` `{userIds,
/// includeInvalidUsers}` for the names that are user ids), written with
/// `PATCH /v1/mgmt/user/patch/batch` `{"users": [patch bodies]}`, whose
/// `{patchedUsers, failedUsers: [{failure, user}]}` is matched back by
/// login id.
///
/// UNCONFIRMED: the largest batch either route takes (none is documented;
/// [`USER_BATCH_SIZE`] = 100, the search page size, the same conservative
/// choice as [`CREATE_BATCH_SIZE`]), and that the patch batch answers per
/// user rather than refusing the whole request for one bad user (a whole
/// 4xx other than 401/403/429 is retried one user at a time, as for
/// creates). Neither route is in a published rate-limit bucket.
pub const LOAD_USERS_PATH: &str = "/v1/mgmt/users/load";
pub const PATCH_BATCH_PATH: &str = "/v1/mgmt/user/patch/batch";
/// Users per `users/load`, `loginIds` search and `patch/batch` request:
/// the one place this batch size is set.
pub const USER_BATCH_SIZE: usize = 100;

pub const DELETE_BATCH_PATH: &str = "/v1/mgmt/user/delete/batch";
pub const DELETE_BATCH_SIZE: usize = 100;
pub const DELETE_BATCH_FROM: usize = 3;

/// UNCONFIRMED: whether the server refuses a whole batch (a 4xx for the
/// request) when one user in it is bad, or reports that user in
/// `failedUsers` and creates the rest. The notes show the per-user shape,
/// so we expect the latter; on a whole-batch 4xx (other than 401, 403 and
/// 429) we create that batch's users one by one, so only the bad rows fail
/// and nothing is created twice (a user already there is `unchanged`).
pub const BATCH_REFUSAL_FALLS_BACK_TO_SINGLE: bool = true;

/// UNCONFIRMED: the batch body documents no per-user `test` flag (test users
/// have their own `/user/create/test` route), so a batch holding a test user
/// is created one by one on the single routes instead.
pub const BATCH_TAKES_TEST_USERS: bool = false;

/// Was a batch's `failedUsers[].failure` an "already exists"? UNCONFIRMED:
/// the text of `failure` is not documented. We take it as "already there"
/// when it carries the single create's code (`E062107`) or says "already
/// exist(s)", case-insensitively; anything else is a failure of the row.
pub fn batch_failure_is_exists(failure: &str) -> bool {
    let f = failure.to_ascii_lowercase();
    f.contains(&E_USER_EXISTS.to_ascii_lowercase()) || f.contains("already exist")
}

/// Matching a batch's answer to its rows. UNCONFIRMED: that each
/// `createdUsers[]` and `failedUsers[].user` carries the login id we sent in
/// `loginIds` (or `loginId`), compared case-insensitively (Descope may
/// normalise e-mail login ids to lower case). A failed user without one is
/// matched by `email`. A row the answer does not mention is `failed`, with a
/// message that its outcome is unknown (a re-run finds it `unchanged` if it
/// was created). `additionalErrors` (a string map whose keys are not
/// documented) is shown on such rows when a key is their login id, else
/// joined into their message.
pub fn batch_user_ids(user: &serde_json::Value) -> Vec<String> {
    let mut ids: Vec<String> = user
        .get("loginIds")
        .and_then(serde_json::Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(serde_json::Value::as_str)
                .map(str::to_lowercase)
                .collect()
        })
        .unwrap_or_default();
    for k in ["loginId", "email"] {
        if let Some(s) = user.get(k).and_then(serde_json::Value::as_str)
            && !s.is_empty()
        {
            ids.push(s.to_lowercase());
        }
    }
    ids
}

/// UNCONFIRMED: which fields the search's `sort: [{field, desc}]` takes.
/// The docs type it without listing fields; these are the user object's own
/// top-level fields (what the sandbox sorts by). `--sort` refuses others
/// before anything is sent.
pub const SORT_FIELDS: &[crate::backend::capabilities::SortField] = {
    use crate::backend::capabilities::SortField;
    &[
        SortField {
            name: "key",
            native: "userId",
            aliases: &[],
        },
        SortField {
            name: "name",
            native: "name",
            aliases: &["display-name"],
        },
        SortField {
            name: "email",
            native: "email",
            aliases: &[],
        },
        SortField {
            name: "phone",
            native: "phone",
            aliases: &[],
        },
        SortField {
            name: "status",
            native: "status",
            aliases: &[],
        },
        SortField {
            name: "created",
            native: "createdTime",
            aliases: &[],
        },
    ]
};

/// UNCONFIRMED: where the project's roles and tenants are listed, and the
/// answers' shape. Not in our API notes; the official SDKs call these
/// routes and read `{"roles": [{name, description, permissionNames,
/// tenantId}]}` and `{"tenants": [{id, name, ...}]}`.
pub const ROLES_ALL_PATH: &str = "/v1/mgmt/role/all";
pub const TENANTS_ALL_PATH: &str = "/v1/mgmt/tenant/all";

/// Deleting every test user (documented; no body).
pub const DELETE_TEST_USERS_PATH: &str = "/v1/mgmt/user/test/delete/all";

/// UNCONFIRMED: when a user was invited (`users list --invited-before`).
/// A user record has no invitation date; an invited user (status
/// `invited`) is created by the invitation, so its `createdTime` (unix
/// seconds) is taken for it. A re-sent invitation does not move it.
pub fn invited_at(user: &serde_json::Value) -> Option<chrono::DateTime<chrono::Utc>> {
    user.get("createdTime")
        .and_then(serde_json::Value::as_i64)
        .and_then(|t| chrono::DateTime::from_timestamp(t, 0))
}
/// UNCONFIRMED: `role/all` lists a tenant's own roles too (with their
/// `tenantId`), so a role given in a tenant can be checked before the
/// write. Set to false if a live project shows otherwise: names given with
/// `--tenant` are then sent unchecked (project-level ones still are).
pub const ROLE_ALL_LISTS_TENANT_ROLES: bool = true;

/// SSO app membership of a user (documented: `{loginId, ssoAppIds}`).
/// UNCONFIRMED: that an unknown app id is refused (no route lists a
/// project's SSO apps in our notes, so iamctl cannot check ids first).
pub const SSO_APP_ADD_PATH: &str = "/v1/mgmt/user/update/ssoapp/add";
pub const SSO_APP_SET_PATH: &str = "/v1/mgmt/user/update/ssoapp/set";
pub const SSO_APP_REMOVE_PATH: &str = "/v1/mgmt/user/update/ssoapp/remove";

/// UNCONFIRMED: the search's `fromCreatedTime`/`toCreatedTime` (and the
/// modified-time pair) are epoch **milliseconds** (the Node SDK's comment;
/// `createdTime` in answers is in seconds), sent as JSON numbers (as Go
/// does; the docs type them as int64 strings), and both bounds are
/// inclusive: "created before T" is sent as `toCreatedTime = T - 1 ms`.
pub fn search_time(rfc3339: &str, before: bool) -> crate::error::Result<serde_json::Value> {
    let t = chrono::DateTime::parse_from_rfc3339(rfc3339).map_err(|e| {
        crate::error::CliError::usage(format!("{rfc3339:?} is not an RFC 3339 time ({e})"))
    })?;
    let ms = t.timestamp_millis() - i64::from(before);
    Ok(serde_json::json!(ms))
}

// ---- The list: every item above as data (see `crate::assumptions`) ----
//
// The README's Descope section is generated from this list, and
// `profile test --deep` (`probe.rs`) reports every entry whose `observe`
// is a `Probe`. To add one: an entry here (id `descope-...`) and either
// its probe step or the reason it cannot be observed read-only.

use crate::assumptions::{Assumption, Fallback, Observe};

pub const A_REGION_HOST: &str = "descope-region-host";
pub const A_SEARCH_V2: &str = "descope-search-v2";
pub const A_TOTAL: &str = "descope-search-total";
pub const A_PAGE_SIZE: &str = "descope-page-size";
pub const A_ROLE_ADD_V2: &str = "descope-role-add-v2";
pub const A_NAME_FIELD: &str = "descope-name-field";
pub const A_LIMITS: &str = "descope-limits";
pub const A_INVITED_AT: &str = "descope-invited-created-time";
pub const A_DELETE_BATCH: &str = "descope-delete-batch";
pub const A_CREATE_BATCH: &str = "descope-create-batch";
pub const A_PATCH_BATCH: &str = "descope-patch-batch";
pub const A_ERROR_CODES: &str = "descope-error-codes";
pub const A_PATCH: &str = "descope-patch-fields";
pub const A_REPLACE_STATUS: &str = "descope-replace-status";
pub const A_ROLES_TENANTS: &str = "descope-roles-tenants-routes";
pub const A_SORT: &str = "descope-sort-fields";
pub const A_ROLE_ALL_TENANT_ROLES: &str = "descope-role-all-tenant-roles";
pub const A_SSO_APP_IDS: &str = "descope-sso-app-ids";
pub const A_SEARCH_TIME_MS: &str = "descope-search-time-ms";
pub const A_BATCH_ROLE_NAMES: &str = "descope-batch-role-names";

pub const LIST: &[Assumption] = &[
    Assumption {
        id: A_REGION_HOST,
        assumed: "Base URL from the project ID follows the SDKs (`Puse1…` → \
                  `api.use1.descope.com`); the region a management key carries is not used \
                  (`base_url`).",
        observe: Observe::Probe(
            "the probe's search reaches the API at the derived host (could not tell when a base URL is given)",
        ),
        fallback: Fallback::Adapts("`--base-url` (or `DESCOPE_BASE_URL`) names the host"),
        commands: &[],
    },
    Assumption {
        id: A_SEARCH_V2,
        assumed: "Search uses `/v2/mgmt/user/search` (test users: `/search/test`) and is paced \
                  in the documented v1 search bucket (`SEARCH_PATH`).",
        observe: Observe::Probe(
            "`POST /v2/mgmt/user/search` with `limit: 1` answers `{users: [...]}`",
        ),
        fallback: Fallback::Warns("user lists and lookups fail"),
        commands: &["users"],
    },
    Assumption {
        id: A_TOTAL,
        assumed: "A search answer carries `total`, so after the first page of 100 the others \
                  are fetched 8 at a time (`paging.rs`).",
        observe: Observe::Probe("the same search: is `total` a number"),
        fallback: Fallback::Adapts(
            "pages are asked for one after another until one comes back short",
        ),
        commands: &[],
    },
    Assumption {
        id: A_PAGE_SIZE,
        assumed: "Pages hold at most 100 users (`PAGE_SIZE`): the server's default and the \
                  official CLI's maximum; a server-enforced maximum is not documented.",
        observe: Observe::CannotObserveReadOnly(
            "only a larger `limit` on a project of more than 100 users would show a higher maximum, and we never ask for one",
        ),
        fallback: Fallback::Adapts(
            "nothing to change: pages of 100 are valid under any larger maximum",
        ),
        commands: &[],
    },
    Assumption {
        id: A_ROLE_ADD_V2,
        assumed: "Role add uses the v2 route (`ROLE_ADD_PATH`), as the newer SDKs do.",
        observe: Observe::CannotObserveReadOnly("only adding a role shows it"),
        fallback: Fallback::Warns("`users roles add` is refused by the server"),
        commands: &["users roles add", "users roles set"],
    },
    Assumption {
        id: A_NAME_FIELD,
        assumed: "The display name is sent as `name` (`NAME_FIELD`), as the notes recommend; \
                  the SDKs send `displayName`.",
        observe: Observe::Probe("the search's user record: is `name` among its fields"),
        fallback: Fallback::Warns("display names may not be written"),
        commands: &["users create", "users set", "users patch", "users import"],
    },
    Assumption {
        id: A_LIMITS,
        assumed: "`create/test` counts against the create limit; the general per-IP limits are \
                  not paced (`CREATE_PER_WINDOW`...).",
        observe: Observe::CannotObserveReadOnly(
            "only reaching a limit would show how it is counted, and the probe stays far below it",
        ),
        fallback: Fallback::Adapts("a 429 is waited out (`Retry-After`) and retried"),
        commands: &[],
    },
    Assumption {
        id: A_DELETE_BATCH,
        assumed: "`users delete` of three users or more: their user ids from one search by \
                  `loginIds` (then one by `userIds`), then `POST /v1/mgmt/user/delete/batch` \
                  with up to 100 ids; a refused batch is taken to have deleted none (its \
                  answer is not documented).",
        observe: Observe::CannotObserveReadOnly("only deleting shows it"),
        fallback: Fallback::Adapts(
            "a refused batch is reported as deleting none; a re-run finishes it",
        ),
        commands: &[],
    },
    Assumption {
        id: A_CREATE_BATCH,
        assumed: "`users import` creates up to 100 users per `create/batch` request, counted \
                  once against the create limit; users refused in `failedUsers` are matched \
                  to rows by login id (`CREATE_BATCH_SIZE`, `batch_user_ids`).",
        observe: Observe::CannotObserveReadOnly("only creating shows it"),
        fallback: Fallback::Adapts("a whole-batch refusal is retried one user at a time"),
        commands: &[],
    },
    Assumption {
        id: A_PATCH_BATCH,
        assumed: "`users lifecycle` reads up to 100 users per request (one search by \
                  `loginIds`, `users/load` for user ids); it and `apply` write up to 100 per \
                  `PATCH /v1/mgmt/user/patch/batch`, answered per user in `patchedUsers` \
                  and `failedUsers` (`USER_BATCH_SIZE`); no maximum is documented.",
        observe: Observe::CannotObserveReadOnly("only a write shows it"),
        fallback: Fallback::Adapts("a whole-batch refusal is retried one user at a time"),
        commands: &[],
    },
    Assumption {
        id: A_ERROR_CODES,
        assumed: "Which HTTP status goes with which error: the client branches on `errorCode` \
                  (`E112102` → 3, `E062107` → 5, `E130429` → retried, then 6).",
        observe: Observe::Probe(
            "`GET /v1/mgmt/user?loginId=` a random login id: the answer carries `errorCode` `E112102` (its HTTP status is shown)",
        ),
        fallback: Fallback::Warns(
            "a missing user may end as rejected (exit 5) instead of not found (exit 3)",
        ),
        commands: &["users get", "users delete", "users set", "users patch"],
    },
    Assumption {
        id: A_PATCH,
        assumed: "`users set` of e-mail, phone, name parts and picture uses PATCH with one \
                  field; custom attributes given to `patch` are merged with the user's \
                  current ones (one load first) in case PATCH replaces the whole map.",
        observe: Observe::CannotObserveReadOnly("only a write shows it"),
        fallback: Fallback::Adapts("the merge loses nothing under either reading"),
        commands: &[],
    },
    Assumption {
        id: A_REPLACE_STATUS,
        assumed: "`--replace` does not resend `status` (`REPLACE_SENDS_STATUS`).",
        observe: Observe::CannotObserveReadOnly("only a write shows it"),
        fallback: Fallback::Warns("a replaced user may come back enabled"),
        commands: &["users patch"],
    },
    Assumption {
        id: A_ROLES_TENANTS,
        assumed: "`roles list` and `tenants list` call `/v1/mgmt/role/all` and \
                  `/v1/mgmt/tenant/all` and read `{\"roles\": [...]}` and \
                  `{\"tenants\": [...]}`, as the official SDKs do; our API notes do not \
                  document them. A `--tenant` given by name is resolved to its id with the \
                  latter.",
        observe: Observe::Probe(
            "`GET /v1/mgmt/role/all` and `GET /v1/mgmt/tenant/all`: lists under `roles` and `tenants`",
        ),
        fallback: Fallback::Warns("role and tenant lists and names fail"),
        commands: &["roles", "tenants", "users roles", "users tenants", "access"],
    },
    Assumption {
        id: A_SORT,
        assumed: "`--sort` fields: the search's `sort` is typed `[{field, desc}]` without a \
                  list of fields; iamctl offers the user object's top-level fields (`key` → \
                  `userId`, `name`, `email`, `phone`, `status`, `created` → `createdTime`) \
                  and refuses others before sending (`SORT_FIELDS`).",
        observe: Observe::Probe(
            "a search with `sort: [{field: createdTime}]` and `limit: 1` is accepted",
        ),
        fallback: Fallback::Warns("`--sort` is refused by the server"),
        commands: &["users list", "users export"],
    },
    Assumption {
        id: A_INVITED_AT,
        assumed: "`users list --invited-before`: an invited user's `createdTime` is taken for \
                  the invitation's date (a re-sent invitation does not move it; `invited_at`).",
        observe: Observe::CannotObserveReadOnly(
            "a read shows the field, not whether it is the invitation's date: only inviting shows that",
        ),
        fallback: Fallback::Warns("`--invited-before` lists users by when they were created"),
        commands: &[],
    },
    Assumption {
        id: A_ROLE_ALL_TENANT_ROLES,
        assumed: "`role/all` lists a tenant's own roles too (with their `tenantId`), so role \
                  names given with `--tenant` are checked before the write like project roles \
                  (`ROLE_ALL_LISTS_TENANT_ROLES`).",
        observe: Observe::Probe("`GET /v1/mgmt/role/all`: does a role carry a `tenantId`"),
        fallback: Fallback::Warns(
            "a tenant's own role may be refused as not found before anything is sent; set \
             `ROLE_ALL_LISTS_TENANT_ROLES` to false to send them unchecked",
        ),
        commands: &[
            "users roles add --tenant",
            "users roles remove --tenant",
            "users roles set --tenant",
        ],
    },
    Assumption {
        id: A_SSO_APP_IDS,
        assumed: "`users sso-apps add|set` sends the app ids unchecked and takes an unknown id to \
                  be refused by the server (no route in our notes lists a project's SSO apps).",
        observe: Observe::CannotObserveReadOnly(
            "only adding an app shows whether an unknown id is refused",
        ),
        fallback: Fallback::Warns("a mistyped app id may be accepted silently"),
        commands: &[],
    },
    Assumption {
        id: A_SEARCH_TIME_MS,
        assumed: "The search's `fromCreatedTime`/`toCreatedTime` (and the modified-time pair) \
                  are epoch milliseconds sent as JSON numbers, both bounds inclusive (`users list \
                  --created-after/--created-before`; `search_time`).",
        observe: Observe::Probe(
            "a search from a user's `createdTime` written in milliseconds finds a user",
        ),
        fallback: Fallback::Warns("`--created-after`/`--created-before` may find no one"),
        commands: &["users list --created-after", "users list --created-before"],
    },
    Assumption {
        id: A_BATCH_ROLE_NAMES,
        assumed: "`users import` puts each row's project-level roles in the batch create body's \
                  `roleNames` (checked against `role/all` first), so they need no request of \
                  their own; a user already there is granted them with `role/add`.",
        observe: Observe::CannotObserveReadOnly("only creating users shows it"),
        fallback: Fallback::Warns("imported users may lack the roles of their rows"),
        commands: &[],
    },
];
