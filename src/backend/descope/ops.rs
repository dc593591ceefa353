//! The `Backend` trait for Descope. A user is named by a login id or a
//! user id: the management API takes either in its `loginId` field, so no
//! lookup is spent turning one into a key.

use async_trait::async_trait;
use reqwest::Method;
use serde_json::{Map, Value, json};

use super::unconfirmed as u;
use super::{Descope, user_of};
use crate::backend::api::ApiClient;
use crate::backend::{
    Backend, Batch, Held, NewUser, RowOutcome, Scope, Sink, UserQuery, Views, split_refused,
};
use crate::config::Kind;
use crate::error::{CliError, ErrorKind, OrMissing, Result};

fn no_groups() -> CliError {
    CliError::usage("Descope has no groups")
        .hint("tenants are the closest thing: `iamctl users tenants list|add|remove USER TENANT`")
}

/// Descope's user statuses, from what an admin may type.
pub(super) fn descope_status(s: &str) -> Result<&'static str> {
    match s.to_ascii_lowercase().as_str() {
        "enabled" | "active" | "enable" => Ok("enabled"),
        "disabled" | "inactive" | "disable" => Ok("disabled"),
        "invited" => Ok("invited"),
        "expired" => Ok("expired"),
        _ => Err(CliError::usage(format!(
            "unknown Descope status {s:?}: use enabled, disabled, invited or expired"
        ))),
    }
}

fn str_of<'a>(v: &'a Value, k: &str) -> Option<&'a str> {
    v.get(k).and_then(Value::as_str).filter(|s| !s.is_empty())
}

pub(super) fn login_body(key: &str) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("loginId".into(), json!(key));
    m
}

fn tenant_scope(scope: &Scope) -> Result<Option<&str>> {
    if scope.org || scope.app.is_some() || scope.stage.is_some() {
        return Err(CliError::usage(
            "Descope roles are project-level, or per tenant with --tenant T (no --org, --app or --stage)",
        ));
    }
    Ok(scope.tenant.as_deref())
}

impl Descope {
    /// The project's roles as (name, tenant id): one `GET role/all` a run.
    async fn all_roles(&self) -> Result<Vec<(String, String)>> {
        if let Some(r) = self
            .roles_all
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
        {
            return Ok(r);
        }
        let req = self.request(Method::GET, u::ROLES_ALL_PATH)?;
        let mut answer = self.call(req, "list roles").await?;
        let roles: Vec<(String, String)> = take_list(&mut answer, "roles")
            .iter()
            .filter_map(|r| {
                Some((
                    str_of(r, "name")?.to_string(),
                    str_of(r, "tenantId").unwrap_or("").to_string(),
                ))
            })
            .collect();
        *self.roles_all.lock().unwrap_or_else(|e| e.into_inner()) = Some(roles.clone());
        Ok(roles)
    }

    /// `--tenant T`, checked against the flags, and T by id or by name
    /// (`access report --tenant` takes either): the id, which is what the
    /// API wants and what the roles and the user's tenants are keyed by.
    async fn tenant_of(&self, scope: &Scope) -> Result<Option<String>> {
        match tenant_scope(scope)? {
            Some(t) => self.tenant_id(t).await.map(Some),
            None => Ok(None),
        }
    }

    /// A tenant's id from its id or its name: one `GET tenant/all` (an id
    /// first, exactly; then a name, case aside), remembered by the name
    /// cache. A tenant neither names is `tenant "X" not found` (exit 3).
    pub(super) async fn tenant_id(&self, given: &str) -> Result<String> {
        let memo = format!("tenant\n{given}");
        if let Some(id) = self.names.get(&memo) {
            return Ok(id);
        }
        let req = self.request(Method::GET, u::TENANTS_ALL_PATH)?;
        let mut answer = self.call(req, "list tenants").await?;
        let tenants: Vec<(String, String)> = take_list(&mut answer, "tenants")
            .iter()
            .filter_map(|t| {
                Some((
                    str_of(t, "id")?.to_string(),
                    str_of(t, "name").unwrap_or("").to_string(),
                ))
            })
            .collect();
        let id = if tenants.iter().any(|(id, _)| id == given) {
            given.to_string()
        } else {
            let named: Vec<&String> = tenants
                .iter()
                .filter(|(_, name)| name.eq_ignore_ascii_case(given))
                .map(|(id, _)| id)
                .collect();
            match named.as_slice() {
                [one] => (*one).clone(),
                [] => {
                    return Err(CliError::missing("tenant", given)
                        .hint("list the project's tenants with `iamctl tenants list`"));
                }
                several => {
                    let ids: Vec<&str> = several.iter().map(|s| s.as_str()).collect();
                    return Err(CliError::usage(format!(
                        "several tenants are named {given:?}: give the id ({})",
                        ids.join(", ")
                    )));
                }
            }
        };
        self.names.put(&memo, &id);
        Ok(id)
    }

    /// Every role named must be one of the project's (a project-level role,
    /// or one of `tenant`'s) before anything is written: an unknown one is
    /// `role "X" not found` (exit 3) and nothing is sent. Names checked in
    /// the last ten minutes cost nothing (`name_cache`); the others one
    /// `GET /v1/mgmt/role/all` for all of them.
    pub(super) async fn check_roles(&self, names: &[String], tenant: Option<&str>) -> Result<()> {
        if tenant.is_some() && !u::ROLE_ALL_LISTS_TENANT_ROLES {
            return Ok(());
        }
        let memo = |n: &str| format!("role\n{}\n{n}", tenant.unwrap_or(""));
        let unchecked: Vec<&String> = names
            .iter()
            .filter(|n| self.names.get(&memo(n)).is_none())
            .collect();
        if unchecked.is_empty() {
            return Ok(());
        }
        let all = self.all_roles().await?;
        let mut unknown = Vec::new();
        for n in unchecked {
            let known = all.iter().any(|(name, t)| {
                name == n.as_str() && (t.is_empty() || Some(t.as_str()) == tenant)
            });
            if known {
                self.names.put(&memo(n), n);
            } else {
                unknown.push(n);
            }
        }
        let Some(first) = unknown.first() else {
            return Ok(());
        };
        let mut e = match tenant {
            Some(t) => CliError::not_found(format!("role {first:?} not found in tenant {t}")),
            None => CliError::missing("role", first),
        };
        // The name exactly, but a role of another tenant.
        let tenants: Vec<&str> = all
            .iter()
            .filter(|(name, t)| name == first.as_str() && !t.is_empty())
            .map(|(_, t)| t.as_str())
            .collect();
        match tenants.as_slice() {
            [] => {}
            [one] => e = e.hint(format!("role of tenant {one}: add --tenant {one}")),
            several => {
                e = e.hint(format!(
                    "role of tenants {}: add --tenant with one of them",
                    several.join(", ")
                ))
            }
        }
        // Only a name that differs by case is a near miss (one of this
        // scope's first).
        let near = |(name, _): &&(String, String)| {
            name != first.as_str() && name.eq_ignore_ascii_case(first)
        };
        let in_scope = |(_, t): &&(String, String)| t.is_empty() || Some(t.as_str()) == tenant;
        let miss = all
            .iter()
            .filter(near)
            .find(in_scope)
            .or_else(|| all.iter().find(near));
        if let Some((name, t)) = miss {
            let whose = if t.is_empty() || Some(t.as_str()) == tenant {
                String::new()
            } else {
                format!(" (a role of tenant {t}: add --tenant {t})")
            };
            e = e.hint(format!(
                "role names are case-sensitive: did you mean {name:?}{whose}?"
            ));
        }
        if unknown.len() > 1 {
            let rest: Vec<&str> = unknown[1..].iter().map(|s| s.as_str()).collect();
            e = e.hint(format!("also unknown: {}", rest.join(", ")));
        }
        Err(e.hint("list the project's roles with `iamctl roles list`"))
    }

    /// The roles a new user is given, project-level and per tenant.
    async fn check_new_user_roles(&self, nu: &NewUser) -> Result<()> {
        self.check_roles(&nu.roles, None).await?;
        for t in &nu.tenants {
            self.check_roles(&t.roles, Some(&t.tenant)).await?;
        }
        Ok(())
    }

    /// The roles a patch gives (`roleNames`, `userTenants[].roleNames`).
    async fn check_patch_roles(&self, patch: &Map<String, Value>) -> Result<()> {
        let names = |v: Option<&Value>| -> Vec<String> {
            v.and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default()
        };
        self.check_roles(&names(patch.get("roleNames")), None)
            .await?;
        if let Some(Value::Array(ts)) = patch.get("userTenants") {
            for t in ts {
                let tenant = t.get("tenantId").and_then(Value::as_str);
                self.check_roles(&names(t.get("roleNames")), tenant).await?;
            }
        }
        Ok(())
    }

    /// `GET /v1/mgmt/user?loginId=` (a user id works there too).
    pub async fn load(&self, spec: &str) -> Result<Value> {
        let req = self
            .request(Method::GET, "/v1/mgmt/user")?
            .query("loginId", spec);
        let answer = self
            .call(req, &format!("get user {spec}"))
            .await
            .or_missing("user", spec)?;
        Ok(user_of(answer))
    }

    /// The body of a create or invite (and of one user of a batch).
    pub(super) fn create_body(&self, nu: &NewUser) -> Map<String, Value> {
        let mut b = Map::new();
        b.insert("loginId".into(), json!(super::bulk::login_of(nu)));
        if !nu.email.is_empty() {
            b.insert("email".into(), json!(nu.email));
        }
        let opt = |b: &mut Map<String, Value>, k: &str, v: &Option<String>| {
            if let Some(v) = v {
                b.insert(k.into(), json!(v));
            }
        };
        opt(&mut b, "phone", &nu.phone);
        opt(&mut b, u::NAME_FIELD, &nu.name);
        opt(&mut b, "givenName", &nu.given_name);
        opt(&mut b, "middleName", &nu.middle_name);
        opt(&mut b, "familyName", &nu.family_name);
        opt(&mut b, "picture", &nu.photo_url);
        if !nu.roles.is_empty() {
            b.insert("roleNames".into(), json!(nu.roles));
        }
        if !nu.tenants.is_empty() {
            let t: Vec<Value> = nu
                .tenants
                .iter()
                .map(|t| json!({"tenantId": t.tenant, "roleNames": t.roles}))
                .collect();
            b.insert("userTenants".into(), Value::Array(t));
        }
        if !nu.custom_attributes.is_empty() {
            b.insert(
                "customAttributes".into(),
                Value::Object(nu.custom_attributes.clone()),
            );
        }
        if let Some(v) = nu.verified_email {
            b.insert("verifiedEmail".into(), json!(v));
        }
        if let Some(v) = nu.verified_phone {
            b.insert("verifiedPhone".into(), json!(v));
        }
        if !nu.active {
            b.insert("status".into(), json!("disabled"));
        }
        if nu.test {
            b.insert("test".into(), json!(true));
        }
        b
    }

    async fn create(
        &self,
        body: Map<String, Value>,
        test: bool,
        what: String,
    ) -> Result<Option<Value>> {
        let path = if test {
            "/v1/mgmt/user/create/test"
        } else {
            "/v1/mgmt/user/create"
        };
        Ok(self
            .post(path, Value::Object(body), &what)
            .await?
            .map(user_of))
    }

    async fn patch_body(&self, key: &str, patch: &Map<String, Value>) -> Result<bool> {
        let mut body = login_body(key);
        for (k, v) in patch {
            body.insert(k.clone(), v.clone());
        }
        if u::MERGE_CUSTOM_ATTRIBUTES_ON_PATCH
            && let Some(Value::Object(given)) = patch.get("customAttributes")
        {
            let current = self.load(key).await?;
            let mut merged = current
                .get("customAttributes")
                .and_then(Value::as_object)
                .cloned()
                .unwrap_or_default();
            for (k, v) in given {
                merged.insert(k.clone(), v.clone());
            }
            body.insert("customAttributes".into(), Value::Object(merged));
        }
        let req = self
            .request(Method::PATCH, "/v1/mgmt/user/patch")?
            .json(Value::Object(body));
        Ok(self
            .write(req, &format!("update user {key}"))
            .await?
            .is_some())
    }

    /// `role/add` and `role/remove` take `roleNames[]`: every role of a
    /// command in one request.
    async fn roles_change(
        &self,
        key: &str,
        roles: &[String],
        scope: &Scope,
        add: bool,
    ) -> Result<bool> {
        let tenant = self.tenant_of(scope).await?;
        let mut body = login_body(key);
        if let Some(t) = tenant {
            body.insert("tenantId".into(), json!(t));
        }
        body.insert("roleNames".into(), json!(roles));
        let (path, what) = match (add, roles.len()) {
            (true, 1) => (u::ROLE_ADD_PATH, "grant role"),
            (true, _) => (u::ROLE_ADD_PATH, "grant roles"),
            (false, 1) => ("/v1/mgmt/user/update/role/remove", "revoke role"),
            (false, _) => ("/v1/mgmt/user/update/role/remove", "revoke roles"),
        };
        let to = if add { "to" } else { "from" };
        self.post_sent(
            path,
            Value::Object(body),
            &format!("{what} {} {to} {key}", roles.join(", ")),
        )
        .await
    }

    /// User ids of users named by login id or user id: one search by
    /// `loginIds` (per 100 names), then one by `userIds` for the names no
    /// login id matched. A name missing from the answer is not in the map.
    async fn user_ids(
        &self,
        names: &[String],
    ) -> Result<std::collections::HashMap<String, String>> {
        let mut ids = std::collections::HashMap::new();
        for (field, by_login) in [("loginIds", true), ("userIds", false)] {
            let rest: Vec<String> = names
                .iter()
                .filter(|n| !ids.contains_key(*n))
                .cloned()
                .collect();
            for chunk in rest.chunks(u::PAGE_SIZE) {
                let mut body = Map::new();
                body.insert(field.into(), json!(chunk));
                body.insert("withTestUser".into(), json!(true));
                let (users, _) = self
                    .search_page(
                        u::SEARCH_PATH,
                        &body,
                        0,
                        u::PAGE_SIZE,
                        &format!("look up {} users", chunk.len()),
                    )
                    .await?;
                for user in &users {
                    let Some(id) = str_of(user, "userId") else {
                        continue;
                    };
                    let logins: Vec<&str> = user
                        .get("loginIds")
                        .and_then(Value::as_array)
                        .map(|a| a.iter().filter_map(Value::as_str).collect())
                        .unwrap_or_default();
                    for n in chunk {
                        let hit = if by_login {
                            logins.iter().any(|l| l.eq_ignore_ascii_case(n))
                        } else {
                            n == id
                        };
                        if hit {
                            ids.insert(n.clone(), id.to_string());
                        }
                    }
                }
            }
        }
        Ok(ids)
    }

    /// The user's roles: project-level, or in one tenant.
    fn roles_of(user: &Value, tenant: Option<&str>) -> Result<Vec<String>> {
        let names = |v: &Value| -> Vec<String> {
            v.get("roleNames")
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default()
        };
        match tenant {
            None => Ok(names(user)),
            Some(t) => {
                let tenants = user
                    .get("userTenants")
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default();
                match tenants.iter().find(|ut| str_of(ut, "tenantId") == Some(t)) {
                    Some(ut) => Ok(names(ut)),
                    None => Err(CliError::not_found(format!(
                        "user {} is not in tenant {t:?}",
                        str_of(user, "userId").unwrap_or("?")
                    ))
                    .hint("add them with `iamctl users tenants add USER TENANT`")),
                }
            }
        }
    }
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
        &crate::views::DESCOPE
    }

    fn admin(&self) -> Option<&dyn crate::backend::admin::Admin> {
        Some(self)
    }

    fn user_batches(&self) -> Option<&dyn crate::backend::batch::UserBatches> {
        Some(self)
    }

    /// `GET /v1/mgmt/permission/all`, filtered here by name.
    async fn list_permissions(&self, search: Option<&str>, sink: Sink<'_>) -> Result<()> {
        let req = self.request(Method::GET, "/v1/mgmt/permission/all")?;
        let mut answer = self.call(req, "list permissions").await?;
        let want = search.map(str::to_lowercase);
        for p in take_list(&mut answer, "permissions") {
            let name = str_of(&p, "name").unwrap_or("").to_lowercase();
            if want.as_deref().is_none_or(|w| name.contains(w)) {
                sink(p)?;
            }
        }
        Ok(())
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

    async fn delete_test_users(&self) -> Result<bool> {
        let req = self.request(Method::DELETE, u::DELETE_TEST_USERS_PATH)?;
        Ok(self
            .write_raw(req, "delete every test user")
            .await?
            .is_some())
    }

    async fn expire_password(&self, key: &str) -> Result<bool> {
        self.post_sent(
            "/v1/mgmt/user/password/expire",
            Value::Object(login_body(key)),
            &format!("expire the password of {key}"),
        )
        .await
    }

    async fn set_password(
        &self,
        key: &str,
        password: &crate::secrets::Secret,
        temporary: bool,
    ) -> Result<bool> {
        let mut body = login_body(key);
        body.insert("password".into(), json!(password.expose()));
        let (path, what) = if temporary {
            ("/v1/mgmt/user/password/set/temporary", "a temporary")
        } else {
            ("/v1/mgmt/user/password/set/active", "an active")
        };
        let req = self.request(Method::POST, path)?.json(Value::Object(body));
        Ok(self
            .write_raw(req, &format!("set {what} password for {key}"))
            .await?
            .is_some())
    }

    /// The user's `ssoAppIds` (empty: the user may use every SSO app).
    async fn list_user_sso_apps(&self, key: &str, sink: Sink<'_>) -> Result<()> {
        let user = self.load(key).await?;
        let user_id = str_of(&user, "userId").unwrap_or(key).to_string();
        for a in user
            .get("ssoAppIds")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            sink(json!({ "ssoAppId": a, "userId": user_id }))?;
        }
        Ok(())
    }

    /// `POST /v1/mgmt/user/update/ssoapp/{add|set|remove}`
    /// `{loginId, ssoAppIds}`: every app in one request.
    async fn change_sso_apps(&self, key: &str, apps: &[String], op: &str) -> Result<bool> {
        let path = match op {
            "add" => u::SSO_APP_ADD_PATH,
            "set" => u::SSO_APP_SET_PATH,
            "remove" => u::SSO_APP_REMOVE_PATH,
            other => {
                return Err(CliError::usage(format!(
                    "unknown SSO app change {other:?}: add, set or remove"
                )));
            }
        };
        let mut body = login_body(key);
        body.insert("ssoAppIds".into(), json!(apps));
        let what = match op {
            "add" => format!("add SSO apps {} to {key}", apps.join(", ")),
            "set" => format!("set the SSO apps of {key}"),
            _ => format!("remove SSO apps {} from {key}", apps.join(", ")),
        };
        Ok(self.post(path, Value::Object(body), &what).await?.is_some())
    }

    /// `POST /v1/mgmt/user/totp/delete`, `passkeys/delete`,
    /// `recovery-codes/delete`, each `{loginId}`.
    async fn remove_credentials(&self, key: &str, kinds: &[String]) -> Vec<Batch> {
        let mut out = Vec::with_capacity(kinds.len());
        for kind in kinds {
            let path = match kind.as_str() {
                "totp" => "/v1/mgmt/user/totp/delete",
                "passkeys" => "/v1/mgmt/user/passkeys/delete",
                "recovery-codes" => "/v1/mgmt/user/recovery-codes/delete",
                other => {
                    out.push(Batch {
                        keys: vec![kind.clone()],
                        result: Err(CliError::usage(format!("unknown credential {other:?}"))),
                    });
                    continue;
                }
            };
            let result = self
                .post(
                    path,
                    Value::Object(login_body(key)),
                    &format!("remove the {kind} of {key}"),
                )
                .await
                .map(|r| r.is_some());
            out.push(Batch {
                keys: vec![kind.clone()],
                result,
            });
        }
        out
    }

    async fn list_tenants(&self, sink: Sink<'_>) -> Result<()> {
        let req = self.request(Method::GET, u::TENANTS_ALL_PATH)?;
        let mut answer = self.call(req, "list tenants").await?;
        for t in take_list(&mut answer, "tenants") {
            sink(t)?;
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

    /// Load the user, lay the patch over every field it has, and send the
    /// whole record to the full-replace route, so nothing is lost.
    async fn replace_user(&self, key: &str, patch: &Map<String, Value>) -> Result<bool> {
        self.check_patch_roles(patch).await?;
        let user = self.load(key).await?;
        let mut body = Map::new();
        let login_ids: Vec<String> = user
            .get("loginIds")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        body.insert(
            "loginId".into(),
            json!(
                login_ids
                    .first()
                    .cloned()
                    .unwrap_or_else(|| key.to_string())
            ),
        );
        if let Some(id) = str_of(&user, "userId") {
            body.insert("userId".into(), json!(id));
        }
        for (from, to) in [
            ("email", "email"),
            ("phone", "phone"),
            ("name", u::NAME_FIELD),
            ("givenName", "givenName"),
            ("middleName", "middleName"),
            ("familyName", "familyName"),
            ("picture", "picture"),
        ] {
            if let Some(v) = str_of(&user, from) {
                body.insert(to.into(), json!(v));
            }
        }
        for k in [
            "roleNames",
            "ssoAppIds",
            "customAttributes",
            "verifiedEmail",
            "verifiedPhone",
        ] {
            if let Some(v) = user.get(k).filter(|v| !v.is_null()) {
                body.insert(k.into(), v.clone());
            }
        }
        if let Some(Value::Array(ts)) = user.get("userTenants") {
            let ts: Vec<Value> = ts
                .iter()
                .map(|t| json!({"tenantId": t.get("tenantId").cloned().unwrap_or(Value::Null), "roleNames": t.get("roleNames").cloned().unwrap_or(json!([]))}))
                .collect();
            body.insert("userTenants".into(), Value::Array(ts));
        }
        if login_ids.len() > 1 {
            body.insert("additionalLoginIds".into(), json!(login_ids[1..]));
        }
        if u::REPLACE_SENDS_STATUS
            && let Some(s) = user.get("status")
        {
            body.insert("status".into(), s.clone());
        }
        for (k, v) in patch {
            match (k.as_str(), v, body.get_mut(k)) {
                ("customAttributes", Value::Object(given), Some(Value::Object(current))) => {
                    for (ak, av) in given {
                        current.insert(ak.clone(), av.clone());
                    }
                }
                _ => {
                    body.insert(k.clone(), v.clone());
                }
            }
        }
        self.post_sent(
            "/v1/mgmt/user/update",
            Value::Object(body),
            &format!("replace user {key}"),
        )
        .await
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

    async fn list_user_tenants(&self, key: &str, sink: Sink<'_>) -> Result<()> {
        let user = self.load(key).await?;
        if let Some(Value::Array(ts)) = user.get("userTenants") {
            for t in ts {
                sink(t.clone())?;
            }
        }
        Ok(())
    }

    async fn add_user_tenant(&self, key: &str, tenant: &str) -> Result<bool> {
        // By id or name, as `--tenant` takes it: the API wants the id.
        let id = self.tenant_id(tenant).await?;
        let tenant = id.as_str();
        let mut body = login_body(key);
        body.insert("tenantId".into(), json!(tenant));
        self.post_sent(
            "/v1/mgmt/user/update/tenant/add",
            Value::Object(body),
            &format!("add {key} to tenant {tenant}"),
        )
        .await
    }

    async fn remove_user_tenant(&self, key: &str, tenant: &str) -> Result<bool> {
        // By id or name, as `--tenant` takes it: the API wants the id.
        let id = self.tenant_id(tenant).await?;
        let tenant = id.as_str();
        let mut body = login_body(key);
        body.insert("tenantId".into(), json!(tenant));
        self.post_sent(
            "/v1/mgmt/user/update/tenant/remove",
            Value::Object(body),
            &format!("remove {key} from tenant {tenant}"),
        )
        .await
    }

    async fn logout_user(&self, key: &str) -> Result<bool> {
        self.post_sent(
            "/v1/mgmt/user/logout",
            Value::Object(login_body(key)),
            &format!("log out user {key}"),
        )
        .await
    }

    /// No token to fetch: the key goes on every call. One search of one
    /// user proves the project ID and key.
    /// Project roles, tenants and the roles held in each: one GET.
    async fn user_access(&self, key: &str, sink: Sink<'_>) -> Result<()> {
        use crate::backend::access_row as row;
        let user = self.load(key).await?;
        let names = |v: &Value| -> Vec<String> {
            v.get("roleNames")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        };
        for r in names(&user) {
            sink(row("role", &r, &r, "project", "direct"))?;
        }
        let tenants = user
            .get("userTenants")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        for t in &tenants {
            let id = str_of(t, "tenantId").unwrap_or("");
            let name = str_of(t, "tenantName").unwrap_or(id);
            sink(row("tenant", name, id, "", "direct"))?;
            for r in names(t) {
                sink(row("role", &r, &r, &format!("tenant {id}"), "direct"))?;
            }
        }
        Ok(())
    }

    /// `access report`: every user record carries its project roles and its
    /// tenants with their roles, so the report costs the search pages and
    /// nothing more (issue 13). Filtered here, row by row.
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

    async fn access_report(
        &self,
        filter: &crate::backend::ReportFilter,
        sink: Sink<'_>,
    ) -> Result<()> {
        use crate::backend::{access_row as row, report_row, summarize_user};
        self.list_users(&UserQuery::default(), &mut |user| {
            let who = summarize_user(&user);
            let names = |v: &Value| -> Vec<String> {
                v.get("roleNames")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            };
            let mut rows = Vec::new();
            for r in names(&user) {
                rows.push(report_row(
                    &who,
                    row("role", &r, &r, "project", "direct"),
                    &[],
                ));
            }
            for t in user
                .get("userTenants")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let id = str_of(t, "tenantId").unwrap_or("");
                let name = str_of(t, "tenantName").unwrap_or(id);
                let place = [("tenant", name), ("tenantKey", id)];
                rows.push(report_row(
                    &who,
                    row("tenant", name, id, "", "direct"),
                    &place,
                ));
                for r in names(t) {
                    rows.push(report_row(
                        &who,
                        row("role", &r, &r, &format!("tenant {id}"), "direct"),
                        &place,
                    ));
                }
            }
            for r in rows {
                if filter.matches(&r) {
                    sink(r)?;
                }
            }
            Ok(())
        })
        .await
    }

    fn invited_at(&self, user: &Value) -> Option<chrono::DateTime<chrono::Utc>> {
        u::invited_at(user)
    }

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

/// The search a user query asks for: its route and body.
fn search_of(q: &UserQuery) -> Result<(&'static str, Map<String, Value>)> {
    let mut body = Map::new();
    if let Some(s) = &q.search {
        body.insert("text".into(), json!(s));
    }
    if let Some(s) = &q.status {
        body.insert("statuses".into(), json!([descope_status(s)?]));
    }
    if !q.roles.is_empty() {
        body.insert("roleNames".into(), json!(q.roles));
    }
    if !q.tenants.is_empty() {
        body.insert("tenantIds".into(), json!(q.tenants));
    }
    if !q.emails.is_empty() {
        body.insert("emails".into(), json!(q.emails));
    }
    if let Some(s) = &q.sort {
        let desc = s.starts_with('-');
        body.insert(
            "sort".into(),
            json!([{"field": s.trim_start_matches('-'), "desc": desc}]),
        );
    }
    if let Some(t) = &q.created_after {
        body.insert("fromCreatedTime".into(), u::search_time(t, false)?);
    }
    if let Some(t) = &q.created_before {
        body.insert("toCreatedTime".into(), u::search_time(t, true)?);
    }
    let path = if q.test_users {
        body.insert("withTestUser".into(), json!(true));
        body.insert("testUsersOnly".into(), json!(true));
        u::SEARCH_TEST_PATH
    } else {
        u::SEARCH_PATH
    };
    Ok((path, body))
}

/// The list under `field` of an answer (empty when it is missing).
fn take_list(answer: &mut Value, field: &str) -> Vec<Value> {
    match answer.get_mut(field).map(Value::take) {
        Some(Value::Array(a)) => a,
        _ => Vec::new(),
    }
}
