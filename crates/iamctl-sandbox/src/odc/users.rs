//! `/users`: list, count, create, get, patch, delete, and a user's groups.

use std::collections::HashSet;
use std::sync::Arc;

use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde_json::json;
use uuid::Uuid;

use super::model::{OdcState, User, UserStatus};
use super::render::{self, Embed};
use crate::App;
use crate::paging::Params;
use crate::problem::{self, ApiResult, Json, Problem};

/// The user filters shared by `/users`, `/users/count` and the
/// "users of X" lists.
#[derive(Default)]
pub struct UserFilter {
    contains: Option<String>,
    contains_username: Option<String>,
    keys: Option<HashSet<Uuid>>,
    status: Option<UserStatus>,
    since: Option<DateTime<Utc>>,
    to: Option<DateTime<Utc>>,
    has_org: bool,
    has_app: bool,
    /// Users holding one of these app roles (directly or via a group).
    roles: Option<(HashSet<Uuid>, HashSet<Uuid>)>,
    domains: Vec<String>,
    /// Users who logged in to one of these stages. The sandbox keeps one
    /// last-login time per user, so "logged in to stage E" is modelled as
    /// "has logged in, and holds an application role in E" (directly or
    /// through a group); a portfolio holds every stage.
    logged_in: Option<HashSet<Uuid>>,
}

impl UserFilter {
    pub fn parse(st: &OdcState, q: &Params) -> ApiResult<UserFilter> {
        let keys = q.list("userKeys");
        if keys.len() > 20 {
            return Err(Problem::bad_request(format!(
                "Parameter 'userKeys' allows up to 20 keys, got {}.",
                keys.len()
            )));
        }
        let keys = if keys.is_empty() {
            None
        } else {
            Some(q.uuids(&["userKeys"])?.into_iter().collect())
        };
        let status = match q.get("status").filter(|s| !s.is_empty()) {
            None => None,
            Some(s) => Some(UserStatus::parse(s).ok_or_else(|| {
                Problem::bad_request(format!(
                    "Parameter 'status' must be one of Active, Invited, Inactive, PendingRegistration; got '{s}'."
                ))
            })?),
        };
        let asset = q.uuid("assetKey")?;
        let envs = q.uuids(&["environmentKey", "environmentKeys"])?;
        let portfolios = q.uuids(&["portfolioKeys"])?;
        let roles = if asset.is_some() || !envs.is_empty() || !portfolios.is_empty() {
            let pk = st.portfolio_key();
            let set: HashSet<Uuid> = st
                .app_roles
                .iter()
                .filter(|r| asset.is_none_or(|a| a == r.asset_key))
                .filter(|r| envs.is_empty() || envs.contains(&r.environment_key))
                .filter(|_| portfolios.is_empty() || portfolios.contains(&pk))
                .map(|r| r.key)
                .collect();
            let via_groups = st
                .groups
                .iter()
                .filter(|g| g.app_roles.iter().any(|r| set.contains(r)))
                .flat_map(|g| g.members.iter().copied())
                .collect();
            Some((set, via_groups))
        } else {
            None
        };
        let logged_envs = q.uuids(&["loggedInEnvironmentKeys"])?;
        let logged_pfs = q.uuids(&["loggedInPortfolioKeys"])?;
        let logged_in = if logged_envs.is_empty() && logged_pfs.is_empty() {
            None
        } else {
            let pk = st.portfolio_key();
            let envs: HashSet<Uuid> = st
                .environments
                .iter()
                .filter(|e| logged_envs.contains(&e.key) || logged_pfs.contains(&pk))
                .map(|e| e.key)
                .collect();
            let users = st
                .users
                .iter()
                .filter(|u| u.last_login_at.is_some())
                .filter(|u| {
                    st.effective_app_roles(u)
                        .iter()
                        .any(|(r, _, _)| envs.contains(&r.environment_key))
                })
                .map(|u| u.key)
                .collect();
            Some(users)
        };
        Ok(UserFilter {
            logged_in,
            contains: q.contains("nameOrEmailContains"),
            contains_username: q.contains("nameOrEmailOrUsernameContains"),
            keys,
            status,
            since: q.date("lastLoginAtSince")?,
            to: q.date("lastLoginAtTo")?,
            has_org: q.bool("hasOrganizationRoles")?.unwrap_or(false),
            has_app: q.bool("hasApplicationRoles")?.unwrap_or(false),
            roles,
            domains: q
                .list("domains")
                .into_iter()
                .map(|d| d.trim_start_matches('@').to_lowercase())
                .collect(),
        })
    }

    /// Narrow to one user (the `userKey` parameter of member lists).
    pub fn only_key(&mut self, key: Uuid) {
        self.keys.get_or_insert_with(HashSet::new).insert(key);
    }

    /// Only the name/e-mail filters (for the "users of X" lists).
    pub fn parse_names(q: &Params) -> UserFilter {
        UserFilter {
            contains: q.contains("nameOrEmailContains"),
            contains_username: q.contains("nameOrEmailOrUsernameContains"),
            ..UserFilter::default()
        }
    }

    pub fn matches(&self, st: &OdcState, u: &User) -> bool {
        let lower_has = |hay: &str, needle: &str| hay.to_lowercase().contains(needle);
        if let Some(c) = &self.contains
            && !(lower_has(&u.name, c) || lower_has(&u.email, c))
        {
            return false;
        }
        if let Some(c) = &self.contains_username
            && !(lower_has(&u.name, c)
                || lower_has(&u.email, c)
                || u.username.as_deref().is_some_and(|n| lower_has(n, c)))
        {
            return false;
        }
        if let Some(keys) = &self.keys
            && !keys.contains(&u.key)
        {
            return false;
        }
        if self.status.is_some_and(|s| s != u.status) {
            return false;
        }
        if let Some(since) = self.since
            && u.last_login_at.is_none_or(|t| t < since)
        {
            return false;
        }
        if let Some(to) = self.to
            && u.last_login_at.is_none_or(|t| t > to)
        {
            return false;
        }
        if self.has_org && u.org_roles.is_empty() {
            return false;
        }
        if self.has_app && !st.has_app_roles(u) {
            return false;
        }
        if let Some((set, via)) = &self.roles
            && !(via.contains(&u.key) || u.app_roles.iter().any(|r| set.contains(r)))
        {
            return false;
        }
        if let Some(logged) = &self.logged_in
            && !logged.contains(&u.key)
        {
            return false;
        }
        if !self.domains.is_empty() {
            let domain = u.email.rsplit('@').next().unwrap_or("").to_lowercase();
            if !self.domains.contains(&domain) {
                return false;
            }
        }
        true
    }
}

pub fn parse_embed(q: &Params) -> ApiResult<Embed> {
    let mut e = Embed::default();
    for v in q.list("embed") {
        if v.eq_ignore_ascii_case("ApplicationRoles") {
            e.app_roles = true;
        } else if v.eq_ignore_ascii_case("UserIdentityProviders") {
            e.idps = true;
        } else {
            return Err(Problem::bad_request(format!(
                "Parameter 'embed' accepts ApplicationRoles and UserIdentityProviders; got '{v}'."
            )));
        }
    }
    Ok(e)
}

pub const USER_SORTS: &[&str] = &["key", "name", "email", "status", "lastLoginAt"];

/// Order `users` (already in name order) by the requested sort.
pub fn sort_users(users: &mut [&User], field: &str, desc: bool) {
    match field {
        "name" => {}
        "key" => users.sort_by_key(|u| u.key),
        "email" => users.sort_by_cached_key(|u| (u.email.to_lowercase(), u.key)),
        "status" => users.sort_by_key(|u| (u.status.as_str(), u.key)),
        _ => users.sort_by_key(|u| (u.last_login_at, u.key)),
    }
    if desc {
        users.reverse();
    }
}

pub async fn list(State(app): State<Arc<App>>, RawQuery(raw): RawQuery) -> ApiResult<Response> {
    let q = Params::parse(raw.as_deref());
    let win = q.window()?;
    let (sort, desc) = q.sort(USER_SORTS, "name")?;
    let embed = parse_embed(&q)?;
    let guard = app.state.read().unwrap_or_else(|e| e.into_inner());
    let st = &guard.odc;
    let filter = UserFilter::parse(st, &q)?;
    let mut hits: Vec<&User> = st.users.iter().filter(|u| filter.matches(st, u)).collect();
    sort_users(&mut hits, &sort, desc);
    Ok(axum::Json(win.page(&hits, |u| render::user(st, u, embed))).into_response())
}

pub async fn count(State(app): State<Arc<App>>, RawQuery(raw): RawQuery) -> ApiResult<Response> {
    let q = Params::parse(raw.as_deref());
    let guard = app.state.read().unwrap_or_else(|e| e.into_inner());
    let st = &guard.odc;
    let filter = UserFilter::parse(st, &q)?;
    let n = st.users.iter().filter(|u| filter.matches(st, u)).count();
    Ok(axum::Json(json!({ "userCount": n })).into_response())
}

pub async fn get_one(
    State(app): State<Arc<App>>,
    Path(key): Path<String>,
    RawQuery(raw): RawQuery,
) -> ApiResult<Response> {
    let key = problem::key(&key, "user")?;
    let q = Params::parse(raw.as_deref());
    let embed = parse_embed(&q)?;
    let guard = app.state.read().unwrap_or_else(|e| e.into_inner());
    let st = &guard.odc;
    let u = st.user(key).ok_or_else(|| user_not_found(key))?;
    Ok(axum::Json(render::user(st, u, embed)).into_response())
}

pub fn user_not_found(key: Uuid) -> Problem {
    Problem::not_found(format!("User {key} was not found.")).code("UserNotFound")
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateUser {
    pub name: Option<String>,
    pub email: Option<String>,
    #[serde(default, deserialize_with = "super::not_null")]
    pub is_active: Option<bool>,
    pub photo_url: Option<String>,
    #[serde(default, deserialize_with = "super::not_null")]
    pub add_to_built_in_identity_provider: Option<bool>,
    pub identity_provider_key: Option<Uuid>,
    pub subject: Option<String>,
    pub username: Option<String>,
}

/// Why a create was refused: (errorCode, message).
pub type Refusal = (&'static str, String);

fn valid_email(e: &str) -> bool {
    match e.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !e.chars().any(|c| c.is_whitespace())
                && !domain.contains('@')
                // A host name: letters, digits, hyphens, non-empty labels.
                && domain
                    .split('.')
                    .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        }
        None => false,
    }
}

/// Create one user (shared by `POST /users` and bulk). Returns the key and
/// whether a new user was made. The caller runs `reindex` afterwards.
pub fn create_user(st: &mut OdcState, req: &CreateUser) -> Result<(Uuid, bool), Refusal> {
    let name = req.name.as_deref().map(str::trim).unwrap_or("");
    let email = req.email.as_deref().map(str::trim).unwrap_or("");
    if email.is_empty() {
        return Err(("EmailRequired", "The field 'email' is required.".into()));
    }
    if !valid_email(email) {
        return Err((
            "InvalidEmail",
            format!("'{email}' is not a valid e-mail address."),
        ));
    }
    if name.is_empty() {
        return Err(("NameRequired", "The field 'name' is required.".into()));
    }
    if let Some(idp) = req.identity_provider_key
        && !st.identity_providers.iter().any(|i| i.key == idp)
    {
        return Err((
            "IdentityProviderNotFound",
            format!("Identity provider {idp} does not exist."),
        ));
    }
    let builtin = req.add_to_built_in_identity_provider.unwrap_or(false);
    if let Some(existing) = st.user_by_email(email).map(|u| u.key) {
        if builtin {
            // ODC adds a built-in-IdP profile to the existing user and
            // leaves the profile (name, photo) as it was.
            if let Some(u) = st.user_mut(existing) {
                u.builtin_idp = true;
            }
            return Ok((existing, false));
        }
        return Err((
            "UserAlreadyExists",
            format!(
                "A user with e-mail '{email}' already exists ({existing}). \
                 Use addToBuiltInIdentityProvider to add a built-in login to them."
            ),
        ));
    }
    // `isActive` is declared non-nullable but clients omit it; ODC's
    // guides say it sets the initial status, so absent means active.
    let active = req.is_active.unwrap_or(true);
    let status = match (active, builtin) {
        (false, _) => UserStatus::Inactive,
        (true, true) => UserStatus::Invited,
        (true, false) => UserStatus::Active,
    };
    let key = Uuid::new_v4();
    st.insert_user(User {
        key,
        name: name.to_string(),
        email: email.to_string(),
        username: req.username.clone().filter(|s| !s.is_empty()),
        subject: req.subject.clone().filter(|s| !s.is_empty()),
        status,
        photo_url: req.photo_url.clone().filter(|s| !s.is_empty()),
        last_login_at: None,
        is_email_verified: false,
        terms_accepted: false,
        builtin_idp: builtin,
        created_at: Utc::now(),
        app_roles: Default::default(),
        org_roles: Default::default(),
    });
    Ok((key, true))
}

pub async fn create(
    State(app): State<Arc<App>>,
    Json(req): Json<CreateUser>,
) -> ApiResult<Response> {
    let mut guard = app.state.write().unwrap_or_else(|e| e.into_inner());
    let st = &mut guard.odc;
    let (key, _) =
        create_user(st, &req).map_err(|(code, msg)| Problem::bad_request(msg).code(code))?;
    st.reindex();
    Ok((StatusCode::CREATED, axum::Json(json!({ "key": key }))).into_response())
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PatchUser {
    name: Option<String>,
    is_active: Option<bool>,
    photo_url: Option<String>,
}

pub async fn patch(
    State(app): State<Arc<App>>,
    Path(key): Path<String>,
    super::OptJson(req): super::OptJson<PatchUser>,
) -> ApiResult<Response> {
    let key = problem::key(&key, "user")?;
    if req.name.as_deref().is_some_and(|n| n.trim().is_empty()) {
        return Err(Problem::bad_request("The field 'name' cannot be empty."));
    }
    let mut guard = app.state.write().unwrap_or_else(|e| e.into_inner());
    let st = &mut guard.odc;
    let u = st.user_mut(key).ok_or_else(|| user_not_found(key))?;
    if let Some(n) = &req.name {
        u.name = n.trim().to_string();
    }
    if let Some(p) = &req.photo_url {
        u.photo_url = Some(p.clone()).filter(|p| !p.is_empty());
    }
    match req.is_active {
        Some(false) => u.status = UserStatus::Inactive,
        // Re-activating returns a user to where registration left them.
        Some(true) if u.status == UserStatus::Inactive => {
            u.status = if u.last_login_at.is_some() || !u.builtin_idp {
                UserStatus::Active
            } else {
                UserStatus::Invited
            }
        }
        _ => {}
    }
    if req.name.is_some() {
        st.reindex();
    }
    Ok(StatusCode::NO_CONTENT.into_response())
}

pub async fn delete(State(app): State<Arc<App>>, Path(key): Path<String>) -> ApiResult<Response> {
    let key = problem::key(&key, "user")?;
    let mut guard = app.state.write().unwrap_or_else(|e| e.into_inner());
    let st = &mut guard.odc;
    if st.user(key).is_none() {
        return Err(user_not_found(key));
    }
    st.users.retain(|u| u.key != key);
    for g in &mut st.groups {
        g.members.remove(&key);
    }
    st.reindex();
    Ok(StatusCode::NO_CONTENT.into_response())
}

pub async fn groups(
    State(app): State<Arc<App>>,
    Path(key): Path<String>,
    RawQuery(raw): RawQuery,
) -> ApiResult<Response> {
    let key = problem::key(&key, "user")?;
    let q = Params::parse(raw.as_deref());
    let win = q.window()?;
    let guard = app.state.read().unwrap_or_else(|e| e.into_inner());
    let st = &guard.odc;
    st.user(key).ok_or_else(|| user_not_found(key))?;
    let contains = q.contains("nameContains");
    let envs = q.uuids(&["environmentKey", "environmentKeys"])?;
    let asset = q.uuid("assetKey")?;
    if let Some(m) = q.get("membershipType").filter(|m| !m.is_empty())
        && !["Assigned", "Mapped"]
            .iter()
            .any(|t| t.eq_ignore_ascii_case(m))
    {
        return Err(Problem::bad_request(format!(
            "Parameter 'membershipType' must be Assigned or Mapped; got '{m}'."
        )));
    }
    // Sandbox groups are all assigned; none come from IdP claim mappings.
    let mapped_only = q
        .get("membershipType")
        .is_some_and(|m| m.eq_ignore_ascii_case("Mapped"));
    let hits: Vec<_> = st
        .groups_of(key)
        .filter(|_| !mapped_only)
        .filter(|g| {
            contains
                .as_ref()
                .is_none_or(|c| g.name.to_lowercase().contains(c))
        })
        .filter(|g| envs.is_empty() || envs.contains(&g.environment_key))
        .filter(|g| {
            asset.is_none_or(|a| {
                g.app_roles
                    .iter()
                    .any(|r| st.app_role(*r).is_some_and(|r| r.asset_key == a))
            })
        })
        .collect();
    Ok(axum::Json(win.page(
        &hits,
        |g| json!({ "membershipTypes": ["Assigned"], "group": render::group(st, g) }),
    ))
    .into_response())
}
