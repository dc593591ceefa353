//! The `Backend` trait for ODC: each operation in the fewest requests the
//! identity and portfolio APIs allow.

use async_trait::async_trait;
use reqwest::Method;
use serde_json::{Map, Value, json};

use super::views;
use super::{Api, Odc};
use crate::backend::api::ApiClient;
use crate::backend::{Backend, Held, NewUser, Scope, Sink, UserQuery, Views};
use crate::config::Kind;
use crate::error::{CliError, ErrorKind, Result};

impl Odc {
    pub(super) async fn stage_key(&self, scope: &Scope) -> Result<Option<String>> {
        match &scope.stage {
            Some(s) => Ok(Some(self.environment_key(s).await?)),
            None => Ok(None),
        }
    }

    async fn patch(&self, key: &str, body: Value, what: &str) -> Result<bool> {
        let req = self
            .request(Method::PATCH, Api::Identity, &format!("users/{key}"))
            .json(body);
        Ok(self.write(req, what).await?.is_some())
    }

    async fn membership(&self, key: &str, group: &str, add: bool) -> Result<bool> {
        let body = if add {
            json!({ "userKeysToAdd": [key] })
        } else {
            json!({ "userKeysToRemove": [key] })
        };
        let req = self
            .request(
                Method::PATCH,
                Api::Identity,
                &format!("groups/{group}/users"),
            )
            .json(body);
        let what = if add {
            "add to group"
        } else {
            "remove from group"
        };
        Ok(self.write(req, &format!("{what} {group}")).await?.is_some())
    }

    async fn role_change(&self, key: &str, role: &str, scope: &Scope, grant: bool) -> Result<bool> {
        let method = if grant { Method::POST } else { Method::DELETE };
        let path = format!("users/{key}/{}/{role}", role_path(scope));
        let what = if grant { "grant role" } else { "revoke role" };
        Ok(self
            .write(
                self.request(method, Api::Identity, &path),
                &format!("{what} {role}"),
            )
            .await?
            .is_some())
    }
}

/// A 404 for a key that came from the name cache: the name is forgotten;
/// the next run looks it up again.
pub(super) fn stale(e: CliError) -> CliError {
    e.hint("the name was resolved from iamctl's name cache, which no longer holds it; run the command again (or add --refresh)")
}

impl Odc {
    pub(super) fn not_found_in_cache(&self, e: CliError, key: &str) -> CliError {
        if e.kind == ErrorKind::NotFound && self.names.forget_key(key) {
            stale(e)
        } else {
            e
        }
    }
}

pub(super) fn role_path(scope: &Scope) -> &'static str {
    if scope.org {
        "organization-roles"
    } else {
        "application-roles"
    }
}

const SORT_FIELDS: &[&str] = &["key", "name", "email", "status", "lastLoginAt"];
#[async_trait]
impl Backend for Odc {
    fn kind(&self) -> Kind {
        Kind::Odc
    }

    fn capabilities(&self) -> &'static crate::backend::Capabilities {
        &super::caps::CAPS
    }

    fn views(&self) -> &'static Views {
        &views::ODC
    }

    fn groups(&self) -> Option<&dyn crate::backend::facets::Groups> {
        Some(self)
    }

    fn group_grants(&self) -> Option<&dyn crate::backend::facets::GroupGrants> {
        Some(self)
    }

    fn claim_mappings(&self) -> Option<&dyn crate::backend::facets::ClaimMappings> {
        Some(self)
    }

    fn roles(&self) -> Option<&dyn crate::backend::facets::Roles> {
        Some(self)
    }

    fn delete_roles(&self) -> Option<&dyn crate::backend::facets::DeleteRoles> {
        Some(self)
    }

    fn identity_providers(&self) -> Option<&dyn crate::backend::facets::IdentityProviders> {
        Some(self)
    }

    fn permissions(&self) -> Option<&dyn crate::backend::facets::Permissions> {
        Some(self)
    }

    fn org_permissions(&self) -> Option<&dyn crate::backend::facets::OrgPermissions> {
        Some(self)
    }

    fn discovery(&self) -> Option<&dyn crate::backend::admin::Discovery> {
        Some(self)
    }

    fn views_for(&self, scope: &Scope) -> &'static Views {
        if scope.org {
            &views::ODC_ORG
        } else {
            &views::ODC
        }
    }

    async fn list_users(&self, q: &UserQuery, sink: Sink<'_>) -> Result<()> {
        let mut query = Vec::new();
        if let Some(s) = &q.search {
            query.push(("nameOrEmailOrUsernameContains".to_string(), s.clone()));
        }
        if let Some(s) = &q.status {
            // Already ODC's own name: the capability check mapped it.
            query.push(("status".to_string(), s.clone()));
        }
        if let Some(s) = &q.sort {
            let field = s.trim_start_matches('-');
            if !SORT_FIELDS.contains(&field) {
                return Err(CliError::usage(format!(
                    "cannot sort by {field:?}: use one of {}",
                    SORT_FIELDS.join(", ")
                )));
            }
            query.push(("sort".to_string(), s.clone()));
        }
        if let Some(t) = &q.last_login_after {
            query.push(("lastLoginAtSince".to_string(), t.clone()));
        }
        if q.has_org_roles {
            query.push(("hasOrganizationRoles".to_string(), "true".to_string()));
        }
        if q.has_app_roles {
            query.push(("hasApplicationRoles".to_string(), "true".to_string()));
        }
        for d in &q.domains {
            query.push(("domains".to_string(), d.clone()));
        }
        // Checked before any name is looked up: a usage error costs nothing.
        if !q.user_keys.is_empty() {
            if q.user_keys.len() > 20 {
                return Err(CliError::usage(format!(
                    "ODC takes at most 20 user keys per list, got {}",
                    q.user_keys.len()
                )));
            }
            if let Some(bad) = q.user_keys.iter().find(|k| !crate::backend::is_uuid(k)) {
                return Err(CliError::usage(format!("{bad:?} is not a user key")).hint(
                    "--key takes ODC user keys (UUIDs); look one up with `iamctl users get EMAIL`",
                ));
            }
            query.push(("userKeys".to_string(), q.user_keys.join(",")));
        }
        for e in &q.embed {
            let native = match e.as_str() {
                "app-roles" => "ApplicationRoles",
                "identity-providers" => "UserIdentityProviders",
                other => {
                    return Err(CliError::usage(format!("cannot embed {other:?}"))
                        .hint("--embed takes app-roles and identity-providers"));
                }
            };
            query.push(("embed".to_string(), native.to_string()));
        }
        let env = match &q.stage {
            Some(s) => Some(self.environment_key(s).await?),
            None => None,
        };
        if let Some(a) = &q.app {
            query.push((
                "assetKey".to_string(),
                self.app_key(a, env.as_deref()).await?,
            ));
        }
        if let Some(e) = env {
            query.push(("environmentKey".to_string(), e));
        }
        if let Some(p) = &q.portfolio {
            query.push(("portfolioKeys".to_string(), self.portfolio_key(p).await?));
        }
        for s in &q.logged_in_stages {
            query.push((
                "loggedInEnvironmentKeys".to_string(),
                self.environment_key(s).await?,
            ));
        }
        for p in &q.logged_in_portfolios {
            query.push((
                "loggedInPortfolioKeys".to_string(),
                self.portfolio_key(p).await?,
            ));
        }
        if let Some(t) = &q.last_login_before {
            // "on or before": a login at the very instant is not before it,
            // which one millisecond does not change for a staleness check.
            query.push(("lastLoginAtTo".to_string(), t.clone()));
        }
        if q.never_logged_in {
            // No server filter for "never": every page, checked here; the
            // first page's total counts every user, so it is not kept.
            let max = q.max.unwrap_or(usize::MAX);
            let mut shown = 0usize;
            let r = self
                .each(
                    Api::Identity,
                    "users",
                    &query,
                    None,
                    "list users",
                    |u: Value| {
                        if shown < max && u.get("lastLoginAt").is_none_or(Value::is_null) {
                            shown += 1;
                            sink(u)?;
                        }
                        Ok(())
                    },
                )
                .await
                .map(|_| ());
            self.total.set(None);
            return r;
        }
        self.each(Api::Identity, "users", &query, q.max, "list users", sink)
            .await
            .map(|_| ())
    }

    fn holds_roles(&self, user: &Value) -> bool {
        // The list answer says whether the user has roles of either kind.
        let access = user.get("access");
        let flag = |k: &str| {
            access
                .and_then(|a| a.get(k))
                .and_then(Value::as_bool)
                .unwrap_or(false)
        };
        flag("hasApplicationRoles") || flag("hasOrganizationRoles")
    }

    fn listed_total(&self) -> Option<usize> {
        self.total.get()
    }

    async fn get_user(&self, user: &str) -> Result<Value> {
        self.user(user).await
    }

    async fn user_key(&self, user: &str) -> Result<String> {
        Odc::user_key(self, user).await
    }

    async fn create_user(&self, u: &NewUser) -> Result<Option<Value>> {
        let req = self
            .request(Method::POST, Api::Identity, "users")
            .json(super::bulk::create_body(u));
        self.write(req, &format!("create user {}", u.email)).await
    }

    fn create_batch_size(&self) -> usize {
        super::bulk::BULK_MAX
    }

    /// `POST /users/bulk`, polled to its end.
    async fn create_users(&self, batch: &[NewUser]) -> Result<Vec<crate::backend::RowOutcome>> {
        self.bulk_create(batch).await
    }

    /// One `PATCH /groups/{key}/users` for up to 100 users.
    async fn add_users_to_group(&self, group_key: &str, user_keys: &[String]) -> Vec<Result<()>> {
        self.add_many_to_group(group_key, user_keys).await
    }

    /// ODC has no invitation call: a user created in the built-in identity
    /// provider starts as Invited.
    async fn invite_user(&self, u: &NewUser) -> Result<Option<Value>> {
        let u = NewUser {
            active: true,
            builtin_idp: true,
            ..u.clone()
        };
        self.create_user(&u).await
    }

    fn invite_note(&self) -> Option<&'static str> {
        Some(
            "note: ODC's API sends no invitation e-mail; the user is Invited in the built-in \
             identity provider. Send them through the password-reset flow to finish registration.",
        )
    }

    async fn delete_user(&self, key: &str) -> Result<bool> {
        let req = self.request(Method::DELETE, Api::Identity, &format!("users/{key}"));
        Ok(self
            .write(req, &format!("delete user {key}"))
            .await?
            .is_some())
    }

    async fn set_user(&self, key: &str, attr: &str, value: &str) -> Result<bool> {
        let body = match attr {
            "name" => json!({ "name": value }),
            "active" => json!({ "isActive": crate::backend::capabilities::parse_bool(value)? }),
            "photo-url" => json!({ "photoUrl": value }),
            other => {
                return Err(crate::backend::capabilities::not_available(
                    format!("attribute {other:?}"),
                    "ODC",
                ));
            }
        };
        self.patch(key, body, &format!("update user {key}")).await
    }

    async fn patch_user(&self, key: &str, patch: &Map<String, Value>) -> Result<bool> {
        self.patch(
            key,
            Value::Object(patch.clone()),
            &format!("update user {key}"),
        )
        .await
    }

    async fn list_user_groups(&self, key: &str, sink: Sink<'_>) -> Result<()> {
        self.each(
            Api::Identity,
            &format!("users/{key}/groups"),
            &[],
            None,
            "list the user's groups",
            sink,
        )
        .await
        .map(|_| ())
    }

    async fn group_keys(&self, groups: &[String], scope: &Scope) -> Result<Vec<String>> {
        let once = || async {
            let env = self.stage_key(scope).await?;
            let mut keys = Vec::new();
            for g in groups {
                keys.push(self.group_key(g, env.as_deref()).await?);
            }
            Ok::<_, CliError>(keys)
        };
        // Not found under a stage key from the name cache: the stage may
        // be another one now; look everything up afresh, once.
        match once().await {
            Err(e) if e.kind == ErrorKind::NotFound && self.names.forget_served() => once().await,
            r => r,
        }
    }

    /// Only direct ("Assigned") memberships can be removed; "Mapped" ones
    /// come from identity-provider claims.
    async fn held_groups(&self, key: &str, _scope: &Scope) -> Result<Vec<Held>> {
        let current = self
            .collect(
                Api::Identity,
                &format!("users/{key}/groups"),
                &[],
                "list the user's groups",
            )
            .await?;
        Ok(current
            .iter()
            .filter_map(|m| {
                let key = m.pointer("/group/key")?.as_str()?.to_string();
                let direct = m
                    .get("membershipTypes")
                    .and_then(Value::as_array)
                    .is_some_and(|t| t.iter().any(|t| t == "Assigned"));
                let name = m
                    .pointer("/group/name")
                    .and_then(Value::as_str)
                    .map(str::to_string);
                let stage = m
                    .pointer("/group/environmentKey")
                    .and_then(Value::as_str)
                    .map(str::to_string);
                Some(Held {
                    key,
                    direct,
                    name,
                    stage,
                    app: None,
                })
            })
            .collect())
    }

    async fn add_to_group(&self, key: &str, group: &str) -> Result<bool> {
        self.membership(key, group, true).await
    }

    async fn remove_from_group(&self, key: &str, group: &str) -> Result<bool> {
        self.membership(key, group, false).await
    }

    async fn list_user_roles(&self, key: &str, scope: &Scope, sink: Sink<'_>) -> Result<()> {
        let path = format!("users/{key}/{}", role_path(scope));
        // The API answers direct grants unless asked for the others too.
        let query: Vec<(String, String)> = if scope.inherited && !scope.org {
            ["Direct", "GroupAssigned", "GroupMapped"]
                .iter()
                .map(|s| ("assignmentSources".to_string(), s.to_string()))
                .collect()
        } else {
            Vec::new()
        };
        self.each(
            Api::Identity,
            &path,
            &query,
            None,
            "list the user's roles",
            sink,
        )
        .await
        .map(|_| ())
    }

    async fn role_keys(&self, roles: &[String], scope: &Scope) -> Result<Vec<String>> {
        let once = || async {
            let mut keys = Vec::new();
            for r in roles {
                keys.push(if scope.org {
                    self.org_role_key(r).await?
                } else {
                    self.app_role_key(r, scope.app.as_deref(), scope.stage.as_deref())
                        .await?
                });
            }
            Ok::<_, CliError>(keys)
        };
        // Not found under a stage or app key from the name cache: look
        // everything up afresh, once.
        match once().await {
            Err(e) if e.kind == ErrorKind::NotFound && self.names.forget_served() => once().await,
            r => r,
        }
    }

    fn forget_cached_names(&self) -> bool {
        self.names.forget_served()
    }

    /// Application roles that come through a group are not the user's to revoke.
    /// Direct grants only (the API's default): `users roles set` changes
    /// those; roles held through groups are the groups' to change.
    async fn held_roles(&self, key: &str, scope: &Scope) -> Result<Vec<Held>> {
        let path = format!("users/{key}/{}", role_path(scope));
        let current = self
            .collect(Api::Identity, &path, &[], "list the user's roles")
            .await?;
        Ok(current
            .iter()
            .filter_map(|r| {
                let key = r.get("key")?.as_str()?.to_string();
                let direct = scope.org
                    || r.get("isDirectlyAssigned")
                        .and_then(Value::as_bool)
                        .unwrap_or(true);
                let name = r.get("name").and_then(Value::as_str).map(str::to_string);
                let text = |k: &str| r.get(k).and_then(Value::as_str).map(str::to_string);
                Some(Held {
                    key,
                    direct,
                    name,
                    stage: text("environmentKey"),
                    app: text("assetKey"),
                })
            })
            .collect())
    }

    async fn grant_role(&self, key: &str, role: &str, scope: &Scope) -> Result<bool> {
        self.role_change(key, role, scope, true).await
    }

    async fn revoke_role(&self, key: &str, role: &str, scope: &Scope) -> Result<bool> {
        self.role_change(key, role, scope, false).await
    }

    async fn list_roles(&self, search: Option<&str>, scope: &Scope, sink: Sink<'_>) -> Result<()> {
        let mut query = Vec::new();
        if let Some(s) = search {
            query.push(("nameContains".to_string(), s.to_string()));
        }
        let path = if scope.org {
            "organization-roles"
        } else {
            let env = self.stage_key(scope).await?;
            if let Some(a) = &scope.app {
                query.push((
                    "assetKey".to_string(),
                    self.app_key(a, env.as_deref()).await?,
                ));
            }
            if let Some(e) = env {
                query.push(("environmentKey".to_string(), e));
            }
            "application-roles"
        };
        self.each(Api::Identity, path, &query, None, "list roles", sink)
            .await
            .map(|_| ())
    }

    async fn count_users(&self, q: &UserQuery) -> Result<u64> {
        self.user_count(q).await
    }

    async fn export_places(&self) -> Result<crate::backend::Places> {
        self.places().await
    }

    async fn user_access(&self, key: &str, sink: Sink<'_>) -> Result<()> {
        self.access_rows(key, sink).await
    }

    async fn access_report(
        &self,
        filter: &crate::backend::ReportFilter,
        sink: Sink<'_>,
    ) -> Result<()> {
        self.report(filter, sink).await
    }

    async fn users_with_memberships(&self) -> Result<Vec<(Value, Vec<String>, Vec<String>)>> {
        self.users_with_references().await
    }

    async fn authenticate(&self) -> Result<()> {
        self.fresh_token().await
    }

    async fn deep_probe(&self) -> Result<Vec<crate::assumptions::Finding>> {
        self.deep_probe_impl().await
    }

    async fn probe(&self) -> Result<String> {
        let count = self
            .get(Api::Identity, "users/count", &[], "count users")
            .await?;
        let n = count.get("userCount").cloned().unwrap_or(Value::Null);
        Ok(format!("identity API ok ({n} users)"))
    }

    /// PATH is relative to the identity API, or to the portal when it
    /// starts with /api/.
    async fn raw(&self, method: Method, path: &str, body: Option<Value>) -> Result<Option<Value>> {
        let url = if path.starts_with("/api/") {
            self.portal_join(path)?
        } else {
            let (p, query) = path.split_once('?').unwrap_or((path, ""));
            let mut u = self.url(Api::Identity, p);
            if !query.is_empty() {
                u.set_query(Some(query));
            }
            u
        };
        let mut req = self.request_url(method.clone(), url);
        if let Some(b) = body {
            req = req.json(b);
        }
        let what = format!("{method} {path}");
        if method == Method::GET {
            self.call(req, &what).await.map(Some)
        } else {
            self.write(req, &what).await
        }
    }
}
