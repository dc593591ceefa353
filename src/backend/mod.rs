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
use crate::error::{CliError, Result};
pub use crate::views::Views;
pub use capabilities::Capabilities;
pub use fields::{Needed, require_fields};
pub use options::ClientOptions;
pub use report::{ReportFilter, access_row, report_row};
pub use rows::{Action, Batch, RowOutcome, is_already_exists, split_refused};
pub use types::{
    Held, InviteOptions, NewUser, Places, Scope, Sink, TenantRoles, UserQuery, UserSummary,
    is_uuid, summarize_user,
};

/// What a platform lacks, in the one wording (the capability check refuses
/// it first; this is the backstop).
fn unsupported(kind: Kind, what: &str) -> CliError {
    capabilities::not_available(what, kind.name())
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
