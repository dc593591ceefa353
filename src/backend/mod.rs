//! One module per platform, all behind the `Backend` trait, so commands are
//! written once. A backend speaks its vendor's API and hands the vendor's
//! own JSON objects back; where a platform lacks an operation the default
//! method says so (which platform, what to use instead) instead of faking it.

pub mod admin;
pub mod api;
pub mod assumptions;
pub mod batch;
pub mod capabilities;
pub mod descope;
pub mod name_cache;
pub mod odc;
pub mod paging;
pub mod platforms;
pub mod reference;
pub mod valuekeep;

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use reqwest::Method;
use serde_json::Value;

use crate::config::Kind;
use crate::error::{CliError, Result};
use crate::http::DryRun;
pub use crate::views::Views;
pub use capabilities::Capabilities;
pub use platforms::{PLATFORMS, Platform, platform};

/// What a backend is built with besides its profile: nothing from clap
/// (the command layer fills this in), so data flows one way.
#[derive(Debug, Clone, Default)]
pub struct ClientOptions {
    /// `--dry-run`: writes are recorded here instead of sent.
    pub dry_run: Option<Arc<DryRun>>,
    /// `--rate`: requests per rate window (0 = no pacing).
    pub rate: Option<u32>,
    /// `--rate-window`: seconds.
    pub rate_window: Option<f64>,
    /// `--refresh`: resolve names afresh instead of trusting the name
    /// cache (`name_cache`).
    pub refresh_names: bool,
    /// What the profile's last `profile test --deep` found
    /// (`crate::assumptions::Observed`): the backend adapts to it.
    pub observed: Option<Arc<crate::assumptions::Observed>>,
}

impl ClientOptions {
    /// Did the profile's probe see the tenant differ from this assumption?
    pub fn differs(&self, id: &str) -> bool {
        self.observed.as_ref().is_some_and(|o| o.differs(id))
    }
}

impl ClientOptions {
    /// How long the platform's rate window is, when requests to `target`
    /// are paced at all: always against a real tenant (the vendor's limits),
    /// never against loopback (the sandbox) unless `--rate`/`--rate-window`
    /// ask for it, and never with `--rate 0`.
    pub fn pacing_window(&self, target: &url::Url) -> Option<Duration> {
        let explicit = self.rate.is_some() || self.rate_window.is_some();
        if self.rate == Some(0) || (crate::http::origin::is_loopback(target) && !explicit) {
            return None;
        }
        Some(self.window_span())
    }

    /// The rate window's length: `--rate-window`, else a minute.
    pub fn window_span(&self) -> Duration {
        Duration::from_secs_f64(self.rate_window.filter(|w| *w > 0.0).unwrap_or(60.0))
    }
}

/// A profile field a platform needs: whether it is set, what it is, the
/// `profile add` flag and the environment variable that set it.
pub struct Needed<'a> {
    pub set: bool,
    pub what: &'a str,
    pub flag: &'a str,
    pub var: &'a str,
}

impl<'a> Needed<'a> {
    /// A profile field, set when present and not empty.
    pub fn of(v: &Option<String>, what: &'a str, flag: &'a str, var: &'a str) -> Needed<'a> {
        Needed {
            set: v.as_deref().is_some_and(|s| !s.is_empty()),
            what,
            flag,
            var,
        }
    }
}

/// Every missing field of a profile in one error, not one per run.
pub fn require_fields(profile_name: &str, needed: &[Needed<'_>]) -> Result<()> {
    let missing: Vec<&Needed> = needed.iter().filter(|n| !n.set).collect();
    if missing.is_empty() {
        return Ok(());
    }
    let whats: Vec<&str> = missing.iter().map(|n| n.what).collect();
    let flags: Vec<&str> = missing.iter().map(|n| n.flag).collect();
    let vars: Vec<&str> = missing.iter().map(|n| n.var).collect();
    Err(CliError::usage(format!(
        "profile {profile_name:?} has no {}",
        whats.join(", ")
    ))
    .hint(format!(
        "set {} with `iamctl profile add NAME ... {}`, or {}",
        if missing.len() == 1 { "it" } else { "them" },
        flags.join(" "),
        vars.join(", ")
    )))
}

/// One row of `users access`: what is held, where, and where it comes from.
pub fn access_row(kind: &str, name: &str, key: &str, scope: &str, source: &str) -> Value {
    serde_json::json!({ "kind": kind, "name": name, "key": key, "scope": scope, "source": source })
}

/// Filters of `access report` and `access holders` (issue 13): each a
/// name or a key, compared without regard to case; a platform narrows its
/// walk with them where it can, and `report_matches` checks every row.
#[derive(Debug, Clone, Default)]
pub struct ReportFilter {
    /// Only rows of this role (name or key).
    pub role: Option<String>,
    /// ODC: only rows of this app / this stage (name or key).
    pub app: Option<String>,
    pub stage: Option<String>,
    /// Only rows of this group: the membership, and the roles it grants.
    pub group: Option<String>,
    /// Descope: only rows of this tenant (the membership, and roles in it).
    pub tenant: Option<String>,
    /// ODC: Some(true) only organization roles, Some(false) only
    /// application roles and groups (a role's holders, once its kind is known).
    pub org: Option<bool>,
}

impl ReportFilter {
    /// Is this row one the filters ask for?
    pub fn matches(&self, row: &Value) -> bool {
        let field = |k: &str| row.get(k).and_then(Value::as_str).unwrap_or("");
        let is = |want: &Option<String>, keys: &[&str]| match want {
            None => true,
            Some(w) => keys.iter().any(|k| field(k).eq_ignore_ascii_case(w)),
        };
        let role_ok =
            self.role.is_none() || (field("kind") == "role" && is(&self.role, &["name", "key"]));
        let group_ok = self.group.is_none()
            || (field("kind") == "group" && is(&self.group, &["name", "key"]))
            || is(&self.group, &["group", "groupKey"]) && !field("group").is_empty();
        let org_ok = match self.org {
            None => true,
            Some(true) => field("scope") == "organization",
            Some(false) => field("scope") != "organization",
        };
        role_ok
            && group_ok
            && org_ok
            && is(&self.app, &["app", "appKey"])
            && is(&self.stage, &["stage", "stageKey"])
            && is(&self.tenant, &["tenant", "tenantKey"])
    }
}

/// A row of `access report`: who (e-mail and key), then what `users
/// access` says (kind, name, key, scope, source), then the places the
/// filters compare (app, stage, tenant, group), empty where none.
pub fn report_row(user: &UserSummary, access: Value, places: &[(&str, &str)]) -> Value {
    let mut m = serde_json::Map::new();
    let who = if user.email.is_empty() {
        &user.key
    } else {
        &user.email
    };
    m.insert("user".into(), Value::String(who.clone()));
    m.insert("userKey".into(), Value::String(user.key.clone()));
    if let Value::Object(a) = access {
        m.extend(a);
    }
    for k in [
        "app",
        "stage",
        "tenant",
        "group",
        "appKey",
        "stageKey",
        "tenantKey",
        "groupKey",
    ] {
        m.insert(k.into(), Value::String(String::new()));
    }
    for (k, v) in places {
        m.insert((*k).into(), Value::String((*v).to_string()));
    }
    Value::Object(m)
}

/// Is `s` a UUID (ODC keys, Valuekeep ids)?
pub fn is_uuid(s: &str) -> bool {
    uuid::Uuid::try_parse(s).is_ok()
}

/// Where streamed records go (the printer, usually).
pub type Sink<'a> = &'a mut (dyn FnMut(Value) -> Result<()> + Send);

/// Filters of `users list`; each backend uses what its API has and refuses
/// the rest with a clear error.
#[derive(Debug, Clone, Default)]
pub struct UserQuery {
    pub search: Option<String>,
    /// Platform status name as the user typed it (`active`, `invited`, ...).
    pub status: Option<String>,
    pub sort: Option<String>,
    /// None = every user.
    pub max: Option<usize>,
    /// Valuekeep: an OData `$filter`, passed through.
    pub filter: Option<String>,
    /// Descope: users holding any of these roles / in any of these tenants.
    pub roles: Vec<String>,
    pub tenants: Vec<String>,
    /// Descope: exact e-mails.
    pub emails: Vec<String>,
    /// Descope: test users only.
    pub test_users: bool,
    /// Users whose last login is before this instant (RFC 3339, UTC);
    /// never-logged-in users are not among them.
    pub last_login_before: Option<String>,
    /// Users who never logged in.
    pub never_logged_in: bool,
    /// Users whose last login is on or after this instant (RFC 3339, UTC).
    pub last_login_after: Option<String>,
    /// ODC: users holding at least one organization / application role.
    pub has_org_roles: bool,
    pub has_app_roles: bool,
    /// ODC: users of these e-mail domains.
    pub domains: Vec<String>,
    /// ODC: users holding roles in this stage / this app (names or keys).
    pub stage: Option<String>,
    pub app: Option<String>,
    /// Descope: users created on or after / before this instant (RFC 3339, UTC).
    pub created_after: Option<String>,
    pub created_before: Option<String>,
    /// ODC: only these users, by key (at most 20).
    pub user_keys: Vec<String>,
    /// ODC: users holding roles in this portfolio (name or key).
    pub portfolio: Option<String>,
    /// ODC: users who logged in to any of these stages / portfolios.
    pub logged_in_stages: Vec<String>,
    pub logged_in_portfolios: Vec<String>,
    /// ODC: what to embed in each record (`app-roles`, `identity-providers`).
    pub embed: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct NewUser {
    pub email: String,
    pub name: Option<String>,
    pub active: bool,
    pub photo_url: Option<String>,
    /// ODC: create in the built-in identity provider.
    pub builtin_idp: bool,
    /// Descope: the login id (defaults to the e-mail).
    pub login_id: Option<String>,
    /// Descope: phone, name parts, project roles, tenants with their roles,
    /// custom attributes, verified flags, test user.
    pub phone: Option<String>,
    pub given_name: Option<String>,
    pub middle_name: Option<String>,
    pub family_name: Option<String>,
    /// Descope: project roles; Valuekeep: role keys, given at creation.
    pub roles: Vec<String>,
    pub tenants: Vec<TenantRoles>,
    pub custom_attributes: serde_json::Map<String, Value>,
    pub verified_email: Option<bool>,
    pub verified_phone: Option<bool>,
    pub test: bool,
    /// Valuekeep: the user's natural key (default: from the e-mail).
    pub user_key: Option<String>,
    /// Valuekeep: a technician (maintenance worker) rather than a requester.
    pub technician: bool,
    /// Valuekeep: initial status (name or number).
    pub status: Option<String>,
    /// Valuekeep: groups (keys) given at creation.
    pub groups: Vec<String>,
    /// Descope: how `users invite` sends the invitation (None: the
    /// project's settings decide).
    pub invite: InviteOptions,
}

/// Descope: a tenant and the roles the user holds in it.
#[derive(Debug, Clone, Default)]
pub struct TenantRoles {
    pub tenant: String,
    pub roles: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct InviteOptions {
    pub send_mail: Option<bool>,
    pub send_sms: Option<bool>,
    pub invite_url: Option<String>,
}

/// Narrows names of groups and roles: stage (ODC environment), app, or the
/// organization level instead of an app.
#[derive(Debug, Clone, Default)]
pub struct Scope {
    pub stage: Option<String>,
    pub app: Option<String>,
    pub org: bool,
    /// Descope: roles within this tenant instead of project-level roles.
    pub tenant: Option<String>,
    /// Valuekeep: the groups/roles named are record ids (the `...ById` routes).
    pub by_id: bool,
    /// ODC: also the roles held through groups (listing only).
    pub inherited: bool,
}

/// A membership or role the user holds, and whether it is the user's own
/// (as opposed to inherited through a group or an identity provider).
#[derive(Debug, Clone, Default)]
pub struct Held {
    pub key: String,
    pub direct: bool,
    /// Its name, where the answer carries one (for messages).
    pub name: Option<String>,
    /// ODC: the stage (and, for a role, the app) it belongs to, by key, so
    /// that a plan can say which of several namesakes it is.
    pub stage: Option<String>,
    pub app: Option<String>,
}

/// Names of the places groups and roles live in, by key (ODC: stages
/// and apps), for exported references.
#[derive(Debug, Clone, Default)]
pub struct Places {
    pub stages: std::collections::HashMap<String, String>,
    pub apps: std::collections::HashMap<String, String>,
}

/// What became of one row of a bulk run (`users import`, `apply`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    Created,
    Updated,
    /// A user deleted (lifecycle delete).
    Deleted,
    Unchanged,
    Skipped,
    /// The user is there (created, or already), but a group or role of
    /// the row could not be given: told apart from `created` so that no
    /// summary counts what did not happen; a resumed run finishes it.
    Partial,
    Failed,
}

impl Action {
    pub fn succeeded(self) -> bool {
        !matches!(self, Action::Failed | Action::Partial)
    }
}

/// One row's outcome, with what the API said about it.
#[derive(Debug, Clone)]
pub struct RowOutcome {
    pub action: Action,
    pub key: Option<String>,
    pub status: Option<u16>,
    pub error_code: Option<String>,
    pub message: Option<String>,
    pub trace_id: Option<String>,
}

impl RowOutcome {
    pub fn new(action: Action, key: Option<String>, status: Option<u16>) -> RowOutcome {
        RowOutcome {
            action,
            key,
            status,
            error_code: None,
            message: None,
            trace_id: None,
        }
    }

    /// `action` with the API's answer from `e` (failed, or already there).
    pub fn from_error(action: Action, e: &CliError) -> RowOutcome {
        let api = e.api.clone().unwrap_or_default();
        RowOutcome {
            action,
            key: None,
            status: (api.status != 0).then_some(api.status),
            error_code: api
                .error_code
                .or_else(|| (e.api.is_none()).then(|| e.kind.as_str().to_string())),
            message: Some(e.to_string()),
            trace_id: api.trace_id,
        }
    }
}

/// Did the platform refuse a create because the user is already there?
/// (409, or an error code / message saying so.) A re-run treats it as
/// `unchanged`, which makes imports idempotent.
pub fn is_already_exists(e: &CliError) -> bool {
    let Some(api) = &e.api else { return false };
    let code = api.error_code.as_deref().unwrap_or("").to_ascii_lowercase();
    let said = format!(
        "{} {}",
        api.title.as_deref().unwrap_or(""),
        api.detail.as_deref().unwrap_or("")
    )
    .to_ascii_lowercase();
    api.status == 409
        || code.contains("alreadyexist")
        || code.contains("already_exist")
        || said.contains("already exists")
}

/// The shared fields of a platform's user record (export, apply).
#[derive(Debug, Clone, Default)]
pub struct UserSummary {
    pub key: String,
    pub email: String,
    pub name: Option<String>,
    pub active: Option<bool>,
    pub status: Option<String>,
    pub photo_url: Option<String>,
}

/// Reads the common field names of the three vendors' user objects.
pub fn summarize_user(v: &Value) -> UserSummary {
    let s = |keys: &[&str]| {
        keys.iter()
            .find_map(|k| v.get(*k).and_then(Value::as_str))
            .map(str::to_string)
    };
    // A status may come as a name or (Valuekeep) a number.
    let status = s(&["status"]).or_else(|| {
        v.get("status")
            .filter(|x| x.is_number())
            .map(|x| x.to_string())
    });
    // A status that says active or not decides (Valuekeep: the user's
    // state is its status, `isActive` a record flag — the assumption
    // `vk-active-is-status`); else the platform's flag.
    let by_status = status
        .as_deref()
        .and_then(|st| match st.to_ascii_lowercase().as_str() {
            "inactive" | "disabled" | "deactivated" | "2" => Some(false),
            "active" | "enabled" | "1" => Some(true),
            _ => None,
        });
    let active = by_status.or_else(|| {
        ["isActive", "active", "enabled"]
            .iter()
            .find_map(|k| v.get(*k).and_then(Value::as_bool))
            .or_else(|| status.as_ref().map(|_| true))
    });
    UserSummary {
        key: s(&["key", "id", "userId", "loginId"]).unwrap_or_default(),
        email: s(&["email"]).unwrap_or_default(),
        name: s(&["name", "displayName"]),
        active,
        status,
        photo_url: s(&["photoUrl", "picture"]),
    }
}

/// What a platform lacks, in the one wording (the capability check refuses
/// it first; this is the backstop).
fn unsupported(kind: Kind, what: &str) -> CliError {
    capabilities::not_available(what, kind.name())
}

/// One request's worth of membership changes: the keys it carried and what
/// became of them (`Ok(true)` sent, `Ok(false)` planned under `--dry-run`).
#[derive(Debug)]
pub struct Batch {
    pub keys: Vec<String>,
    pub result: Result<bool>,
}

/// A refused request that carried several keys is tried again one key at
/// a time, so that what was done and what failed is told exactly (the API
/// does not say whether it refused the whole list or applied part of it).
/// Only refusals (exit-code family 5, a 400) are split: a missing user or
/// an auth failure would fail each key the same way.
pub async fn split_refused<F, Fut>(batch: Batch, one: F) -> Vec<Batch>
where
    F: Fn(String) -> Fut,
    Fut: std::future::Future<Output = Result<bool>>,
{
    let refused = matches!(&batch.result, Err(e) if e.kind == crate::error::ErrorKind::Rejected);
    if batch.keys.len() < 2 || !refused {
        return vec![batch];
    }
    let mut out = Vec::with_capacity(batch.keys.len());
    for key in batch.keys {
        let result = one(key.clone()).await;
        out.push(Batch {
            keys: vec![key],
            result,
        });
    }
    out
}

/// Every write returns `Ok(None)`/`Ok(false)` under `--dry-run` (the request
/// was printed, not sent).
#[async_trait]
pub trait Backend: Send + Sync {
    fn kind(&self) -> Kind;
    /// What this platform can do: checked before any request is sent.
    fn capabilities(&self) -> &'static Capabilities;
    fn views(&self) -> &'static Views;
    /// The views for records of this scope (ODC's organization roles have
    /// columns of their own).
    fn views_for(&self, scope: &Scope) -> &'static Views {
        let _ = scope;
        self.views()
    }
    /// Stages, apps and portfolios (ODC); see `admin::Discovery`.
    fn discovery(&self) -> Option<&dyn admin::Discovery> {
        None
    }
    /// A project's tenants, roles, permissions, keys, audit and SSO apps
    /// (Descope); see `admin::Admin`.
    fn admin(&self) -> Option<&dyn admin::Admin> {
        None
    }
    /// Many users read and changed per request (Descope); see
    /// `batch::UserBatches`.
    fn user_batches(&self) -> Option<&dyn batch::UserBatches> {
        None
    }

    async fn list_users(&self, q: &UserQuery, sink: Sink<'_>) -> Result<()>;
    /// Does this user record show any role (for `users list --without-roles`,
    /// checked here on every platform)?
    fn holds_roles(&self, user: &Value) -> bool {
        let _ = user;
        true
    }
    /// How many items the server said the last list had, when it said.
    fn listed_total(&self) -> Option<usize> {
        None
    }
    /// A user's record, by whatever names a user on this platform.
    async fn get_user(&self, user: &str) -> Result<Value>;
    /// A user's key, spending no request when `user` already is one.
    async fn user_key(&self, user: &str) -> Result<String>;
    /// The key `user_key` would give, read off the user's record (which a
    /// write read anyway): no request.
    fn record_key(&self, record: &Value) -> String {
        summarize_user(record).key
    }
    async fn create_user(&self, u: &NewUser) -> Result<Option<Value>>;
    /// [`Backend::create_user`], with the HTTP status of the request that
    /// created the user when the platform tells it (a bulk run's results
    /// record it).
    async fn create_user_status(&self, u: &NewUser) -> Result<(Option<Value>, Option<u16>)> {
        self.create_user(u).await.map(|v| (v, None))
    }
    /// Bulk runs: how many users one `create_users` call takes.
    fn create_batch_size(&self) -> usize {
        1
    }
    /// Bulk runs: whether `NewUser::roles` (project-level role keys) is
    /// given at creation, so that the roles need no request of their own.
    fn roles_in_create(&self) -> bool {
        false
    }
    /// Create several users; one outcome per user, in order. A user who is
    /// already there is `unchanged` (so re-runs are idempotent). Stops early
    /// on Ctrl-C: the users past the returned outcomes were not sent.
    /// Platforms with a bulk API override this; the default creates one by one.
    async fn create_users(&self, batch: &[NewUser]) -> Result<Vec<RowOutcome>> {
        let mut out = Vec::with_capacity(batch.len());
        for u in batch {
            out.push(match self.create_user_status(u).await {
                Ok((Some(v), status)) => {
                    let key = summarize_user(&v).key;
                    RowOutcome::new(Action::Created, (!key.is_empty()).then_some(key), status)
                }
                Ok((None, _)) => RowOutcome::new(Action::Skipped, None, None),
                Err(e) if e.kind == crate::error::ErrorKind::Interrupted => break,
                Err(e) if is_already_exists(&e) => RowOutcome::from_error(Action::Unchanged, &e),
                Err(e) => RowOutcome::from_error(Action::Failed, &e),
            });
        }
        Ok(out)
    }
    /// Put several users in one group; one result per user, in order.
    /// The default adds them one by one.
    async fn add_users_to_group(&self, group_key: &str, user_keys: &[String]) -> Vec<Result<()>> {
        let mut out = Vec::with_capacity(user_keys.len());
        for k in user_keys {
            out.push(self.add_to_group(k, group_key).await.map(|_| ()));
        }
        out
    }
    async fn invite_user(&self, u: &NewUser) -> Result<Option<Value>> {
        let _ = u;
        Err(unsupported(self.kind(), "invitations"))
    }
    /// Words for the user after an invitation (what was or was not sent).
    fn invite_note(&self) -> Option<&'static str> {
        None
    }
    async fn delete_user(&self, key: &str) -> Result<bool>;
    /// Delete several users (named as `user_key` returns them) in as few
    /// requests as the API allows: one `Batch` per request. The default
    /// deletes one at a time.
    async fn delete_users(&self, keys: &[String]) -> Vec<Batch> {
        let mut out = Vec::with_capacity(keys.len());
        for k in keys {
            out.push(Batch {
                keys: vec![k.clone()],
                result: self.delete_user(k).await,
            });
        }
        out
    }
    async fn set_user(&self, key: &str, attr: &str, value: &str) -> Result<bool>;
    /// `users patch`: only the fields given.
    async fn patch_user(&self, key: &str, patch: &serde_json::Map<String, Value>) -> Result<bool>;

    async fn list_user_groups(&self, key: &str, sink: Sink<'_>) -> Result<()>;
    async fn group_keys(&self, groups: &[String], scope: &Scope) -> Result<Vec<String>>;
    async fn held_groups(&self, key: &str, scope: &Scope) -> Result<Vec<Held>>;
    async fn add_to_group(&self, key: &str, group: &str) -> Result<bool>;
    async fn remove_from_group(&self, key: &str, group: &str) -> Result<bool>;

    /// Add the user to (or remove them from) several groups in as few
    /// requests as the API allows: one `Batch` per request. The default
    /// sends one request per group.
    async fn change_groups(&self, key: &str, groups: &[String], add: bool) -> Vec<Batch> {
        let mut out = Vec::with_capacity(groups.len());
        for g in groups {
            let result = if add {
                self.add_to_group(key, g).await
            } else {
                self.remove_from_group(key, g).await
            };
            out.push(Batch {
                keys: vec![g.clone()],
                result,
            });
        }
        out
    }

    /// Grant (or revoke) several roles in as few requests as the API
    /// allows: one `Batch` per request. The default sends one per role.
    async fn change_roles(
        &self,
        key: &str,
        roles: &[String],
        scope: &Scope,
        grant: bool,
    ) -> Vec<Batch> {
        let mut out = Vec::with_capacity(roles.len());
        for r in roles {
            let result = if grant {
                self.grant_role(key, r, scope).await
            } else {
                self.revoke_role(key, r, scope).await
            };
            out.push(Batch {
                keys: vec![r.clone()],
                result,
            });
        }
        out
    }

    /// A request answered 404 after names were resolved: drop the names
    /// that came from the on-disk name cache in this run (the group or
    /// role may have been deleted and made again). True when there were
    /// any, so the caller resolves the names again, once.
    fn forget_cached_names(&self) -> bool {
        false
    }

    async fn list_user_roles(&self, key: &str, scope: &Scope, sink: Sink<'_>) -> Result<()>;
    async fn role_keys(&self, roles: &[String], scope: &Scope) -> Result<Vec<String>>;
    async fn held_roles(&self, key: &str, scope: &Scope) -> Result<Vec<Held>>;
    async fn grant_role(&self, key: &str, role: &str, scope: &Scope) -> Result<bool>;
    async fn revoke_role(&self, key: &str, role: &str, scope: &Scope) -> Result<bool>;

    async fn list_groups(&self, search: Option<&str>, scope: &Scope, sink: Sink<'_>) -> Result<()> {
        let _ = (search, scope, sink);
        Err(unsupported(self.kind(), "listing groups"))
    }
    async fn get_group(&self, group: &str, scope: &Scope) -> Result<Value> {
        let _ = (group, scope);
        Err(unsupported(self.kind(), "groups"))
    }
    async fn create_group(
        &self,
        name: &str,
        description: Option<&str>,
        scope: &Scope,
    ) -> Result<Option<Value>> {
        let _ = (name, description, scope);
        Err(unsupported(self.kind(), "creating groups"))
    }
    async fn delete_group(&self, group_key: &str) -> Result<bool> {
        let _ = group_key;
        Err(unsupported(self.kind(), "deleting groups"))
    }
    async fn group_members(&self, group_key: &str, sink: Sink<'_>) -> Result<()> {
        let _ = (group_key, sink);
        Err(unsupported(self.kind(), "group members"))
    }
    async fn list_roles(&self, search: Option<&str>, scope: &Scope, sink: Sink<'_>) -> Result<()> {
        let _ = (search, scope, sink);
        Err(unsupported(self.kind(), "listing roles"))
    }
    async fn role_users(&self, role_key: &str, scope: &Scope, sink: Sink<'_>) -> Result<()> {
        let _ = (role_key, scope, sink);
        Err(unsupported(self.kind(), "the users of a role"))
    }

    /// `users patch --replace`: load the user, apply `patch` over every
    /// field it has, and send the whole record (full-replace route).
    async fn replace_user(
        &self,
        key: &str,
        patch: &serde_json::Map<String, Value>,
    ) -> Result<bool> {
        let _ = (key, patch);
        Err(unsupported(
            self.kind(),
            "replacing a whole user record (use `users patch` without --replace)",
        ))
    }
    /// `users tenants list|add|remove`.
    async fn list_user_tenants(&self, key: &str, sink: Sink<'_>) -> Result<()> {
        let _ = (key, sink);
        Err(unsupported(self.kind(), "tenants"))
    }
    async fn add_user_tenant(&self, key: &str, tenant: &str) -> Result<bool> {
        let _ = (key, tenant);
        Err(unsupported(self.kind(), "tenants"))
    }
    async fn remove_user_tenant(&self, key: &str, tenant: &str) -> Result<bool> {
        let _ = (key, tenant);
        Err(unsupported(self.kind(), "tenants"))
    }
    /// `users logout USER`: end every session of the user.
    async fn logout_user(&self, key: &str) -> Result<bool> {
        let _ = key;
        Err(unsupported(self.kind(), "logging a user out"))
    }
    /// `users get --by-id`: a user by record id.
    async fn get_user_by_id(&self, id: &str) -> Result<Value> {
        let _ = id;
        Err(unsupported(self.kind(), "looking users up by record id"))
    }
    /// `users delete --by-id`: delete by record id.
    async fn delete_user_by_id(&self, id: &str) -> Result<bool> {
        let _ = id;
        Err(unsupported(self.kind(), "deleting users by record id"))
    }
    /// `users picture`: the user's picture, as stored.
    async fn user_picture(&self, user: &str) -> Result<Vec<u8>> {
        let _ = user;
        Err(unsupported(self.kind(), "user pictures"))
    }
    /// `roles get`: one role, by key (or name).
    async fn get_role(&self, role: &str, scope: &Scope) -> Result<Value> {
        let _ = (role, scope);
        Err(unsupported(self.kind(), "getting one role"))
    }

    /// `groups roles list`: the application roles a group grants its members.
    async fn group_roles(&self, group_key: &str, sink: Sink<'_>) -> Result<()> {
        let _ = (group_key, sink);
        Err(unsupported(self.kind(), "roles granted by groups"))
    }
    /// `groups roles add|remove|set`: change which roles a group grants, in
    /// one request.
    async fn change_group_roles(
        &self,
        group_key: &str,
        add: &[String],
        remove: &[String],
    ) -> Result<bool> {
        let _ = (group_key, add, remove);
        Err(unsupported(self.kind(), "roles granted by groups"))
    }
    /// The names of the places groups and roles live in (ODC: stages and
    /// apps), for `diff`'s stages and `copy-access`'s plan.
    async fn export_places(&self) -> Result<Places> {
        Ok(Places::default())
    }
    /// `groups update`: rename a group or change its description.
    async fn update_group(
        &self,
        group_key: &str,
        name: Option<&str>,
        description: Option<&str>,
    ) -> Result<bool> {
        let _ = (group_key, name, description);
        Err(unsupported(self.kind(), "changing groups"))
    }
    /// `roles create NAME`: the new role's record.
    async fn create_role(&self, name: &str, scope: &Scope) -> Result<Option<Value>> {
        let _ = (name, scope);
        Err(unsupported(self.kind(), "creating roles"))
    }
    /// `roles update ROLE --name NEW`.
    async fn rename_role(&self, role_key: &str, name: &str, scope: &Scope) -> Result<bool> {
        let _ = (role_key, name, scope);
        Err(unsupported(self.kind(), "changing roles"))
    }
    /// `roles delete ROLE`.
    async fn delete_role(&self, role_key: &str, scope: &Scope) -> Result<bool> {
        let _ = (role_key, scope);
        Err(unsupported(self.kind(), "deleting roles"))
    }
    /// `users delete-test-users`: every test user of the project.
    async fn delete_test_users(&self) -> Result<bool> {
        Err(unsupported(self.kind(), "test users"))
    }
    /// `users password expire`: the user must choose a new password.
    async fn expire_password(&self, key: &str) -> Result<bool> {
        let _ = key;
        Err(unsupported(self.kind(), "passwords"))
    }
    /// `users password set`: a temporary (already expired) or an active one.
    async fn set_password(
        &self,
        key: &str,
        password: &crate::secrets::Secret,
        temporary: bool,
    ) -> Result<bool> {
        let _ = (key, password, temporary);
        Err(unsupported(self.kind(), "passwords"))
    }
    /// `tenants list`.
    async fn list_tenants(&self, sink: Sink<'_>) -> Result<()> {
        let _ = sink;
        Err(unsupported(self.kind(), "tenants"))
    }
    /// `identity-providers list`.
    async fn list_identity_providers(&self, sink: Sink<'_>) -> Result<()> {
        let _ = sink;
        Err(unsupported(self.kind(), "identity providers"))
    }
    /// `identity-providers get`: one, by key or name.
    async fn get_identity_provider(&self, spec: &str) -> Result<Value> {
        let _ = spec;
        Err(unsupported(self.kind(), "identity providers"))
    }
    /// `users access USER`: every group, role and tenant the user holds,
    /// one row each (kind, name, key, scope, source), where source says
    /// where it comes from: `direct`, `group G`, `identity provider`.
    async fn user_access(&self, key: &str, sink: Sink<'_>) -> Result<()> {
        let _ = (key, sink);
        Err(unsupported(self.kind(), "access reviews"))
    }
    /// `users count`: how many users match, without listing them.
    async fn count_users(&self, q: &UserQuery) -> Result<u64> {
        let _ = q;
        Err(unsupported(self.kind(), "counting users"))
    }

    /// `access report` (issue 13): one row per (user, role or group or
    /// tenant, scope, source) of the whole tenant, streamed, built with
    /// `report_row`; rows the filter does not match may be left out here
    /// (the command checks every row again).
    async fn access_report(&self, filter: &ReportFilter, sink: Sink<'_>) -> Result<()> {
        let _ = (filter, sink);
        Err(unsupported(self.kind(), "access reports"))
    }
    /// Every user's record with their direct groups and roles, as
    /// references another tenant resolves, for `users export
    /// --memberships` and `diff`, listing the users once. The default reads
    /// each record's own memberships (`record_memberships`: Valuekeep,
    /// Descope); ODC gets them from its walk of the tenant's lists.
    async fn users_with_memberships(&self) -> Result<Vec<(Value, Vec<String>, Vec<String>)>> {
        let mut users = Vec::new();
        self.list_users(&UserQuery::default(), &mut |u| {
            let (groups, roles) = self
                .record_memberships(&u)
                .ok_or_else(|| unsupported(self.kind(), "exporting memberships"))?;
            users.push((u, groups, roles));
            Ok(())
        })
        .await?;
        Ok(users)
    }
    /// A user's direct groups and roles as `users_with_memberships` gives
    /// them, read off the record where it carries them (None: it does not).
    fn record_memberships(&self, user: &Value) -> Option<(Vec<String>, Vec<String>)> {
        let _ = user;
        None
    }
    /// `users list --invited-before`: when the user was invited, where the
    /// record says so (None: it does not).
    fn invited_at(&self, user: &Value) -> Option<chrono::DateTime<chrono::Utc>> {
        let _ = user;
        None
    }
    /// `groups set GROUP ATTR VALUE`: one attribute of a group.
    async fn set_group(&self, group_key: &str, attr: &str, value: &str) -> Result<bool> {
        let _ = (group_key, attr, value);
        Err(unsupported(self.kind(), "changing groups"))
    }
    /// `roles set ROLE ATTR VALUE`: one attribute of a role.
    async fn set_role(&self, role_key: &str, attr: &str, value: &str) -> Result<bool> {
        let _ = (role_key, attr, value);
        Err(unsupported(self.kind(), "changing roles"))
    }
    /// `roles create NAME --key KEY`: a role with a key of one's choosing.
    async fn create_role_with_key(&self, name: &str, key: &str) -> Result<Option<Value>> {
        let _ = (name, key);
        Err(unsupported(self.kind(), "choosing a role's key"))
    }
    /// `groups add-members|remove-members GROUP USER...` (users named as
    /// `user_key` returns them): one `Batch` per request.
    async fn change_group_members(
        &self,
        group_key: &str,
        users: &[String],
        add: bool,
    ) -> Vec<Batch> {
        let _ = (group_key, add);
        vec![Batch {
            keys: users.to_vec(),
            result: Err(unsupported(self.kind(), "changing a group's members")),
        }]
    }
    /// `roles add-users|remove-users ROLE USER...`: one `Batch` per request.
    async fn change_role_users(&self, role_key: &str, users: &[String], add: bool) -> Vec<Batch> {
        let _ = (role_key, add);
        vec![Batch {
            keys: users.to_vec(),
            result: Err(unsupported(self.kind(), "changing a role's users")),
        }]
    }
    /// `users sso-apps list USER`: the SSO apps the user may use.
    async fn list_user_sso_apps(&self, key: &str, sink: Sink<'_>) -> Result<()> {
        let _ = (key, sink);
        Err(unsupported(self.kind(), "SSO apps"))
    }
    /// `users sso-apps add|set|remove USER APP...`: one request.
    async fn change_sso_apps(&self, key: &str, apps: &[String], op: &str) -> Result<bool> {
        let _ = (key, apps, op);
        Err(unsupported(self.kind(), "SSO apps"))
    }

    /// `users credentials remove`: each kind (`totp`, `passkeys`,
    /// `recovery-codes`) in a request of its own, one `Batch` each.
    async fn remove_credentials(&self, key: &str, kinds: &[String]) -> Vec<Batch> {
        let _ = key;
        vec![Batch {
            keys: kinds.to_vec(),
            result: Err(unsupported(self.kind(), "removing credentials")),
        }]
    }
    /// `groups claim-mappings list`: the identity-provider claims that make
    /// users members of the group, one row each.
    async fn group_claim_mappings(&self, group_key: &str, sink: Sink<'_>) -> Result<()> {
        let _ = (group_key, sink);
        Err(unsupported(self.kind(), "identity-provider claim mappings"))
    }
    /// `groups claim-mappings remove|clear`: remove one claim mapping.
    async fn delete_group_claim_mapping(&self, group_key: &str, mapping_key: &str) -> Result<bool> {
        let _ = (group_key, mapping_key);
        Err(unsupported(self.kind(), "identity-provider claim mappings"))
    }
    /// `roles permissions list ROLE --org`: the role's key and its
    /// permissions as the platform lists them.
    async fn org_role_permissions(&self, role: &str) -> Result<(String, Vec<Value>)> {
        let _ = role;
        Err(unsupported(self.kind(), "organization role permissions"))
    }
    /// `roles permissions add|remove|set --org`: the role's whole list.
    async fn set_org_role_permissions(
        &self,
        role_key: &str,
        permissions: &[Value],
    ) -> Result<bool> {
        let _ = (role_key, permissions);
        Err(unsupported(self.kind(), "organization role permissions"))
    }
    /// `permissions list`: the platform's permission catalog.
    async fn list_permissions(&self, search: Option<&str>, sink: Sink<'_>) -> Result<()> {
        let _ = (search, sink);
        Err(unsupported(self.kind(), "permissions"))
    }
    /// `permissions get`: one permission, by key or name.
    async fn get_permission(&self, spec: &str) -> Result<Value> {
        let _ = spec;
        Err(unsupported(self.kind(), "permissions"))
    }

    /// `profile test`: authenticate afresh (no cached token).
    async fn authenticate(&self) -> Result<()>;
    /// `profile test`: one cheap call; what it found, in a few words.
    async fn probe(&self) -> Result<String>;
    /// `profile test --deep`: check the platform's unconfirmed assumptions
    /// (`crate::assumptions`) against the tenant with a handful of reads
    /// (GETs and searches only, never a write), after `authenticate`.
    async fn deep_probe(&self) -> Result<Vec<crate::assumptions::Finding>>;

    /// `iamctl api`: an authenticated raw call.
    async fn raw(&self, method: Method, path: &str, body: Option<Value>) -> Result<Option<Value>>;
}
