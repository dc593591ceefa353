//! One module per platform, all behind the `Backend` trait, so commands are
//! written once. A backend speaks its vendor's API and hands the vendor's
//! own JSON objects back. The trait holds users and what every platform
//! has; what only some have are facets (`facets`, `admin`, `batch`), which
//! a platform hands out or not: a command asks for the facet it needs, and
//! where the platform lacks it, says so (which platform) instead of faking
//! it.

pub mod admin;
pub mod api;
pub mod assumptions;
pub mod batch;
pub mod capabilities;
pub mod descope;
pub mod facets;
pub mod name_cache;
pub mod odc;
pub mod paging;
pub mod platforms;
pub mod reference;
pub mod valuekeep;

mod fields;
mod options;
mod report;
mod rows;
mod types;

use async_trait::async_trait;
use reqwest::Method;
use serde_json::Value;

use crate::config::Kind;
use crate::error::Result;
pub use crate::views::Views;
pub use capabilities::Capabilities;
pub use fields::{Needed, require_fields};
pub use options::ClientOptions;
pub use platforms::{PLATFORMS, Platform, platform};
pub use report::{ReportFilter, access_row, memberships_from_records, report_row};
pub use rows::{Action, Batch, RowOutcome, is_already_exists, split_refused};
pub use types::{
    Held, InviteOptions, NewUser, Places, Scope, Sink, TenantRoles, UserQuery, UserSummary,
    custom_attributes, is_uuid, summarize_user, user_by_record_id,
};

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
    /// Groups as records (ODC, Valuekeep); see `facets::Groups`.
    fn groups(&self) -> Option<&dyn facets::Groups> {
        None
    }
    /// The roles a group grants (ODC); see `facets::GroupGrants`.
    fn group_grants(&self) -> Option<&dyn facets::GroupGrants> {
        None
    }
    /// Groups' identity-provider claim mappings (ODC).
    fn claim_mappings(&self) -> Option<&dyn facets::ClaimMappings> {
        None
    }
    /// Roles as records (ODC, Valuekeep); see `facets::Roles`.
    fn roles(&self) -> Option<&dyn facets::Roles> {
        None
    }
    /// Roles deleted (ODC).
    fn delete_roles(&self) -> Option<&dyn facets::DeleteRoles> {
        None
    }
    /// Groups and roles changed as records (Valuekeep).
    fn record_edits(&self) -> Option<&dyn facets::RecordEdits> {
        None
    }
    /// Users by record id, pictures (Valuekeep).
    fn user_records(&self) -> Option<&dyn facets::UserRecords> {
        None
    }
    /// Identity providers (ODC).
    fn identity_providers(&self) -> Option<&dyn facets::IdentityProviders> {
        None
    }
    /// The permission catalog (ODC, Descope).
    fn permissions(&self) -> Option<&dyn facets::Permissions> {
        None
    }
    /// A permission by key, organization roles' permissions (ODC).
    fn org_permissions(&self) -> Option<&dyn facets::OrgPermissions> {
        None
    }
    /// Tenants and a user's tenants (Descope).
    fn tenants(&self) -> Option<&dyn facets::Tenants> {
        None
    }
    /// A user's SSO apps (Descope).
    fn user_sso_apps(&self) -> Option<&dyn facets::UserSsoApps> {
        None
    }
    /// Sessions, passwords, second factors, test users (Descope).
    fn credentials(&self) -> Option<&dyn facets::Credentials> {
        None
    }
    /// A whole user record replaced (Descope).
    fn replace(&self) -> Option<&dyn facets::ReplaceUser> {
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
    async fn invite_user(&self, u: &NewUser) -> Result<Option<Value>>;
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

    async fn list_roles(&self, search: Option<&str>, scope: &Scope, sink: Sink<'_>) -> Result<()>;

    /// The names of the places groups and roles live in (ODC: stages and
    /// apps), for `diff`'s stages and `copy-access`'s plan.
    async fn export_places(&self) -> Result<Places> {
        Ok(Places::default())
    }
    /// `users access USER`: every group, role and tenant the user holds,
    /// one row each (kind, name, key, scope, source), where source says
    /// where it comes from: `direct`, `group G`, `identity provider`.
    async fn user_access(&self, key: &str, sink: Sink<'_>) -> Result<()>;
    /// `users count`: how many users match, without listing them.
    async fn count_users(&self, q: &UserQuery) -> Result<u64>;

    /// `access report` (issue 13): one row per (user, role or group or
    /// tenant, scope, source) of the whole tenant, streamed, built with
    /// `report_row`; rows the filter does not match may be left out here
    /// (the command checks every row again).
    async fn access_report(&self, filter: &ReportFilter, sink: Sink<'_>) -> Result<()>;
    /// Every user's record with their direct groups and roles, as
    /// references another tenant resolves, for `users export
    /// --memberships` and `diff`, listing the users once. Valuekeep and
    /// Descope read each record's own (`record_memberships`, through
    /// `report::memberships_from_records`); ODC gets them from its walk of
    /// the tenant's lists.
    async fn users_with_memberships(&self) -> Result<Vec<(Value, Vec<String>, Vec<String>)>>;
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
