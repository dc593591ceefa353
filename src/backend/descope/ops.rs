//! The `Backend` trait for Descope. A user is named by a login id or a
//! user id: the management API takes either in its `loginId` field, so no
//! lookup is spent turning one into a key.

use async_trait::async_trait;
use reqwest::Method;
use serde_json::{Map, Value, json};

use super::Descope;
use super::unconfirmed as u;
use super::users::{descope_status, login_body, search_of, str_of, take_list};
use crate::backend::api::ApiClient;
use crate::backend::{
    Backend, Batch, Held, NewUser, RowOutcome, Scope, Sink, UserQuery, Views, split_refused,
};
use crate::config::Kind;
use crate::error::{CliError, ErrorKind, Result};

fn no_groups() -> CliError {
    CliError::usage("Descope has no groups")
        .hint("tenants are the closest thing: `iamctl users tenants list|add|remove USER TENANT`")
}

#[async_trait]
impl Backend for Descope {
    fn kind(&self) -> Kind {
        Kind::Descope
    }

    fn capabilities(&self) -> &'static crate::backend::Capabilities {
        &super::caps::CAPS
    }

    fn views(&self) -> &'static Views {
        &super::views::DESCOPE
    }

    fn permissions(&self) -> Option<&dyn crate::backend::facets::Permissions> {
        Some(self)
    }

    fn tenants(&self) -> Option<&dyn crate::backend::facets::Tenants> {
        Some(self)
    }

    fn user_sso_apps(&self) -> Option<&dyn crate::backend::facets::UserSsoApps> {
        Some(self)
    }

    fn credentials(&self) -> Option<&dyn crate::backend::facets::Credentials> {
        Some(self)
    }

    fn replace(&self) -> Option<&dyn crate::backend::facets::ReplaceUser> {
        Some(self)
    }

    fn admin(&self) -> Option<&dyn crate::backend::admin::Admin> {
        Some(self)
    }

    fn user_batches(&self) -> Option<&dyn crate::backend::batch::UserBatches> {
        Some(self)
    }

    async fn list_users(&self, q: &UserQuery, sink: Sink<'_>) -> Result<()> {
        let (path, body) = search_of(q)?;
        self.search_each(path, &body, q.max, "list users", sink)
            .await
            .map(|_| ())
    }

    /// One search of one user: the answer's `total` is the count.
    async fn count_users(&self, q: &UserQuery) -> Result<u64> {
        let (path, body) = search_of(q)?;
        let (_, total) = self.search_page(path, &body, 0, 1, "count users").await?;
        total.map(|t| t as u64).ok_or_else(|| {
            CliError::network("the search answered no total to count from")
                .hint("count with `iamctl users list --all -o ndjson | wc -l`")
        })
    }

    /// Every project role, filtered here by name.
    async fn list_roles(&self, search: Option<&str>, _scope: &Scope, sink: Sink<'_>) -> Result<()> {
        let req = self.request(Method::GET, u::ROLES_ALL_PATH)?;
        let mut answer = self.call(req, "list roles").await?;
        let want = search.map(str::to_lowercase);
        for r in take_list(&mut answer, "roles") {
            let name = str_of(&r, "name").unwrap_or("").to_lowercase();
            if want.as_deref().is_none_or(|w| name.contains(w)) {
                sink(super::admin::with_scope(r))?;
            }
        }
        Ok(())
    }

    fn holds_roles(&self, user: &Value) -> bool {
        // Project roles, or roles in any tenant.
        let any = |v: &Value| {
            v.get("roleNames")
                .and_then(Value::as_array)
                .is_some_and(|r| !r.is_empty())
        };
        any(user)
            || user
                .get("userTenants")
                .and_then(Value::as_array)
                .is_some_and(|ts| ts.iter().any(any))
    }

    fn listed_total(&self) -> Option<usize> {
        self.total.get()
    }

    /// By login id or user id (one GET); an e-mail that is not a login id
    /// costs one search more, only when the GET found nothing.
    async fn get_user(&self, user: &str) -> Result<Value> {
        match self.load(user).await {
            Err(e) if e.kind == ErrorKind::NotFound && user.contains('@') => {
                let mut body = Map::new();
                body.insert("emails".into(), json!([user]));
                let (mut found, _) = self
                    .search_page(u::SEARCH_PATH, &body, 0, 2, &format!("find user {user}"))
                    .await?;
                if found.len() == 1 {
                    Ok(found.remove(0))
                } else {
                    Err(e)
                }
            }
            other => other,
        }
    }

    /// The login id: what every route of the Management API takes.
    fn record_key(&self, record: &Value) -> String {
        record
            .get("loginIds")
            .and_then(|l| l.get(0))
            .and_then(Value::as_str)
            .or_else(|| record.get("userId").and_then(Value::as_str))
            .unwrap_or("")
            .to_string()
    }

    async fn user_key(&self, user: &str) -> Result<String> {
        if user.trim().is_empty() {
            return Err(CliError::usage("name the user by login id or user id"));
        }
        Ok(user.to_string())
    }

    async fn create_user(&self, nu: &NewUser) -> Result<Option<Value>> {
        self.check_new_user_roles(nu).await?;
        let body = self.create_body(nu);
        let what = format!("create user {}", body["loginId"].as_str().unwrap_or("?"));
        self.create(body, nu.test, what).await
    }

    /// `users import`: `POST /v1/mgmt/user/create/batch` (see `bulk.rs`).
    fn create_batch_size(&self) -> usize {
        u::CREATE_BATCH_SIZE
    }

    /// The batch body takes each user's `roleNames` (checked against
    /// role/all when the file's names were resolved).
    fn roles_in_create(&self) -> bool {
        true
    }

    async fn create_users(&self, batch: &[NewUser]) -> Result<Vec<RowOutcome>> {
        self.batch_create(batch).await
    }

    async fn invite_user(&self, nu: &NewUser) -> Result<Option<Value>> {
        self.check_new_user_roles(nu).await?;
        let mut body = self.create_body(nu);
        body.insert("invite".into(), json!(true));
        let inv = &nu.invite;
        if let Some(url) = &inv.invite_url {
            body.insert("inviteUrl".into(), json!(url));
        }
        if let Some(v) = inv.send_mail {
            body.insert("sendMail".into(), json!(v));
        }
        if let Some(v) = inv.send_sms {
            body.insert("sendSMS".into(), json!(v));
        }
        let what = format!("invite user {}", body["loginId"].as_str().unwrap_or("?"));
        self.create(body, nu.test, what).await
    }

    fn invite_note(&self) -> Option<&'static str> {
        Some(
            "note: Descope sends the invitation by e-mail and/or SMS as --send-mail/--send-sms say, \
             else as the project's settings say; the invitation URL must be configured in the console \
             unless --invite-url is given.",
        )
    }

    async fn delete_user(&self, key: &str) -> Result<bool> {
        self.post_sent(
            "/v1/mgmt/user/delete",
            Value::Object(login_body(key)),
            &format!("delete user {key}"),
        )
        .await
    }

    /// From `u::DELETE_BATCH_FROM` users on: their user ids in one or two
    /// searches, then `delete/batch` (100 ids a request).
    async fn delete_users(&self, keys: &[String]) -> Vec<Batch> {
        if keys.len() < u::DELETE_BATCH_FROM {
            let mut out = Vec::new();
            for k in keys {
                out.push(Batch {
                    keys: vec![k.clone()],
                    result: self.delete_user(k).await,
                });
            }
            return out;
        }
        let ids = match self.user_ids(keys).await {
            Ok(ids) => ids,
            Err(e) => {
                return vec![Batch {
                    keys: keys.to_vec(),
                    result: Err(e),
                }];
            }
        };
        let mut out = Vec::new();
        let (found, missing): (Vec<&String>, Vec<&String>) =
            keys.iter().partition(|k| ids.contains_key(*k));
        for k in missing {
            out.push(Batch {
                keys: vec![k.clone()],
                result: Err(
                    CliError::missing("user", k).hint("name the user by login id or user id")
                ),
            });
        }
        for chunk in found.chunks(u::DELETE_BATCH_SIZE) {
            let mut user_ids: Vec<&str> = chunk.iter().map(|k| ids[*k].as_str()).collect();
            user_ids.sort_unstable();
            user_ids.dedup();
            let result = self
                .post(
                    u::DELETE_BATCH_PATH,
                    json!({ "userIds": user_ids }),
                    &format!("delete {} users", chunk.len()),
                )
                .await
                .map(|sent| sent.is_some());
            out.push(Batch {
                keys: chunk.iter().map(|k| (*k).clone()).collect(),
                result,
            });
        }
        out
    }

    async fn set_user(&self, key: &str, attr: &str, value: &str) -> Result<bool> {
        let what = format!("update user {key}");
        if let Some((_, field)) = u::SET_FIELDS_VIA_PATCH.iter().find(|(a, _)| *a == attr) {
            let mut patch = Map::new();
            patch.insert((*field).into(), json!(value));
            return self.patch_body(key, &patch).await;
        }
        let mut body = login_body(key);
        let path = match attr {
            "status" => {
                body.insert("status".into(), json!(descope_status(value)?));
                "/v1/mgmt/user/update/status"
            }
            "login-id" => {
                body.insert("newLoginId".into(), json!(value));
                "/v1/mgmt/user/update/loginid"
            }
            a if a.starts_with("attr.") && a.len() > 5 => {
                body.insert("attributeKey".into(), json!(&a[5..]));
                body.insert("attributeValue".into(), u::attribute_value(value));
                "/v1/mgmt/user/update/customAttribute"
            }
            other => {
                return Err(crate::backend::capabilities::not_available(
                    format!("attribute {other:?}"),
                    "Descope",
                ));
            }
        };
        Ok(self.post(path, Value::Object(body), &what).await?.is_some())
    }

    /// PATCH: only the fields given (never the full-replace `update` route).
    async fn patch_user(&self, key: &str, patch: &Map<String, Value>) -> Result<bool> {
        self.check_patch_roles(patch).await?;
        self.patch_body(key, patch).await
    }

    async fn list_user_groups(&self, _key: &str, _sink: Sink<'_>) -> Result<()> {
        Err(no_groups())
    }

    async fn group_keys(&self, _groups: &[String], _scope: &Scope) -> Result<Vec<String>> {
        Err(no_groups())
    }

    async fn held_groups(&self, _key: &str, _scope: &Scope) -> Result<Vec<Held>> {
        Err(no_groups())
    }

    async fn add_to_group(&self, _key: &str, _group: &str) -> Result<bool> {
        Err(no_groups())
    }

    async fn remove_from_group(&self, _key: &str, _group: &str) -> Result<bool> {
        Err(no_groups())
    }

    async fn list_user_roles(&self, key: &str, scope: &Scope, sink: Sink<'_>) -> Result<()> {
        let tenant = self.tenant_of(scope).await?;
        let tenant = tenant.as_deref();
        let user = self.load(key).await?;
        let row = |name: &str, t: Option<&str>| {
            let mut row = Map::new();
            row.insert("name".into(), json!(name));
            row.insert(
                "scope".into(),
                json!(if t.is_some() { "tenant" } else { "project" }),
            );
            if let Some(t) = t {
                row.insert("tenantId".into(), json!(t));
            }
            Value::Object(row)
        };
        for r in Self::roles_of(&user, tenant)? {
            sink(row(&r, tenant))?;
        }
        // Without --tenant: the project roles, then every tenant's.
        if tenant.is_none() {
            for ut in user
                .get("userTenants")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default()
            {
                let t = str_of(&ut, "tenantId").unwrap_or("");
                for r in Self::roles_of(&user, Some(t))? {
                    sink(row(&r, Some(t)))?;
                }
            }
        }
        Ok(())
    }

    /// Descope roles are named, not keyed: the name is the key.
    /// Descope roles are named, not keyed: the name is the key, checked
    /// against the project's roles before anything is written.
    async fn role_keys(&self, roles: &[String], scope: &Scope) -> Result<Vec<String>> {
        let tenant = self.tenant_of(scope).await?;
        self.check_roles(roles, tenant.as_deref()).await?;
        Ok(roles.to_vec())
    }

    async fn held_roles(&self, key: &str, scope: &Scope) -> Result<Vec<Held>> {
        let tenant = self.tenant_of(scope).await?;
        let user = self.load(key).await?;
        Ok(Self::roles_of(&user, tenant.as_deref())?
            .into_iter()
            .map(|key| Held {
                name: Some(key.clone()),
                key,
                direct: true,
                ..Held::default()
            })
            .collect())
    }

    async fn grant_role(&self, key: &str, role: &str, scope: &Scope) -> Result<bool> {
        self.roles_change(key, &[role.to_string()], scope, true)
            .await
    }

    async fn revoke_role(&self, key: &str, role: &str, scope: &Scope) -> Result<bool> {
        self.roles_change(key, &[role.to_string()], scope, false)
            .await
    }

    /// One request for every role (a refused list is tried role by role,
    /// so that what failed is told exactly).
    async fn change_roles(
        &self,
        key: &str,
        roles: &[String],
        scope: &Scope,
        grant: bool,
    ) -> Vec<Batch> {
        let result = self.roles_change(key, roles, scope, grant).await;
        let batch = Batch {
            keys: roles.to_vec(),
            result,
        };
        split_refused(batch, |r| async move {
            self.roles_change(key, std::slice::from_ref(&r), scope, grant)
                .await
        })
        .await
    }

    /// Project roles, tenants and the roles held in each: one GET.
    async fn user_access(&self, key: &str, sink: Sink<'_>) -> Result<()> {
        self.user_access_rows(key, sink).await
    }

    /// What each record says of its own groups and roles.
    async fn users_with_memberships(&self) -> Result<Vec<(Value, Vec<String>, Vec<String>)>> {
        crate::backend::memberships_from_records(self).await
    }

    /// Project-level roles, read off the record.
    fn record_memberships(&self, user: &Value) -> Option<(Vec<String>, Vec<String>)> {
        // Project-level roles; tenants and their roles are columns of
        // their own in an export.
        let roles = user
            .get("roleNames")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect();
        Some((Vec::new(), roles))
    }

    /// `access report`: every user record carries its project roles and its
    /// tenants with their roles, so the report costs the search pages and
    /// nothing more (issue 13). Filtered here, row by row.
    async fn access_report(
        &self,
        filter: &crate::backend::ReportFilter,
        sink: Sink<'_>,
    ) -> Result<()> {
        self.access_report_rows(filter, sink).await
    }

    fn invited_at(&self, user: &Value) -> Option<chrono::DateTime<chrono::Utc>> {
        u::invited_at(user)
    }

    /// No token to fetch: the key goes on every call. One search of one
    /// user proves the project ID and key.
    async fn authenticate(&self) -> Result<()> {
        self.search_page(
            u::SEARCH_PATH,
            &Map::new(),
            0,
            1,
            "check the management key",
        )
        .await
        .map(|_| ())
    }

    async fn deep_probe(&self) -> Result<Vec<crate::assumptions::Finding>> {
        self.deep_probe_impl().await
    }

    async fn probe(&self) -> Result<String> {
        let (_, total) = self
            .search_page(u::SEARCH_PATH, &Map::new(), 0, 1, "count users")
            .await?;
        let n = total.map(|t| t.to_string()).unwrap_or_else(|| "?".into());
        Ok(format!("management API ok ({n} users)"))
    }

    /// PATH is absolute (`/v1/mgmt/user?loginId=x`), or relative to `/v1/mgmt/`.
    async fn raw(&self, method: Method, path: &str, body: Option<Value>) -> Result<Option<Value>> {
        // An absolute URL (already held to the profile's origin by the
        // command) is taken as it is, as on ODC and Valuekeep.
        let absolute = url::Url::parse(path)
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https"));
        let full = if let Some(u) = &absolute {
            u.path().to_string()
        } else if path.starts_with('/') {
            path.to_string()
        } else {
            format!("/v1/mgmt/{path}")
        };
        let (p, query) = full.split_once('?').unwrap_or((&full, ""));
        let url = match absolute {
            Some(u) => u,
            None => {
                let mut url = self.url(p)?;
                if !query.is_empty() {
                    url.set_query(Some(query));
                }
                url
            }
        };
        let mut req = self.request_url(method.clone(), url);
        if let Some(b) = body {
            req = req.json(b);
        }
        let what = format!("{method} {path}");
        let read = method == Method::GET || super::unconfirmed::is_search_path(p);
        if read {
            self.call(req, &what).await.map(Some)
        } else {
            self.write(req, &what).await
        }
    }
}
