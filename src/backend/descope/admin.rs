//! A Descope project's administration (the `Admin` facet): tenants, roles
//! and permissions, access keys, the audit trail and sign-in history, SSO
//! applications. Routes and bodies as Descope's Python and Node SDKs send
//! them (`tenant.py`, `role.py`, `permission.py`, `access_key.py`,
//! `audit.py`, `sso_application.py`, `user.py` `history`).
//!
//! Tenants, roles, permissions and SSO apps are named by id or name (one
//! listing to find a name); access keys by id or name likewise.

use reqwest::Method;
use serde_json::{Map, Value, json};

use super::Descope;
use crate::backend::Sink;
use crate::backend::admin::{Admin, AuditQuery, KeySpec, RoleSpec, TenantChange, TenantSpec};
use crate::backend::api::ApiClient;
use crate::error::{CliError, OrMissing, Result};

/// `audit/search` page size: the most the API answers at once
/// (UNCONFIRMED: the SDKs send no limit; the sandbox pages by 100).
const AUDIT_PAGE: usize = 100;

fn list(mut v: Value, field: &str) -> Vec<Value> {
    match v.get_mut(field).map(Value::take) {
        Some(Value::Array(a)) => a,
        _ => Vec::new(),
    }
}

fn s<'a>(v: &'a Value, k: &str) -> &'a str {
    v.get(k).and_then(Value::as_str).unwrap_or("")
}

/// The one of `all` whose `id` is `spec`, else whose name is (case
/// aside); several by that name is a usage error naming them.
fn pick(what: &str, spec: &str, all: Vec<Value>) -> Result<Value> {
    if let Some(v) = all.iter().find(|v| s(v, "id") == spec) {
        return Ok(v.clone());
    }
    let mut named: Vec<Value> = all
        .into_iter()
        .filter(|v| s(v, "name").eq_ignore_ascii_case(spec))
        .collect();
    match named.len() {
        0 => Err(CliError::missing(what, spec)),
        1 => Ok(named.remove(0)),
        _ => Err(CliError::usage(format!(
            "{what} {spec:?} is ambiguous: {}",
            named
                .iter()
                .map(|v| s(v, "id").to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ))
        .hint(format!("name the {what} by id"))),
    }
}

/// A role record with its scope spelled out (`project` or `tenant`).
pub fn with_scope(mut r: Value) -> Value {
    if let Value::Object(m) = &mut r {
        let t = m
            .get("tenantId")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        m.insert(
            "scope".into(),
            json!(if t.is_empty() { "project" } else { "tenant" }),
        );
    }
    r
}

impl Descope {
    async fn get_path(&self, path: &str, query: &[(&str, &str)], what: &str) -> Result<Value> {
        let mut req = self.request(Method::GET, path)?;
        for (k, v) in query {
            req = req.query(k, v);
        }
        self.call(req, what).await
    }

    async fn roles(&self) -> Result<Vec<Value>> {
        Ok(list(
            self.get_path(super::u::ROLES_ALL_PATH, &[], "list roles")
                .await?,
            "roles",
        ))
    }

    async fn permissions(&self) -> Result<Vec<Value>> {
        Ok(list(
            self.get_path("/v1/mgmt/permission/all", &[], "list permissions")
                .await?,
            "permissions",
        ))
    }

    async fn access_keys(&self) -> Result<Vec<Value>> {
        let req = self
            .request(Method::POST, "/v1/mgmt/accesskey/search")?
            .json(json!({ "tenantIds": [] }));
        Ok(list(self.call(req, "list access keys").await?, "keys"))
    }

    /// An access key's id, by id or name (names cost one search).
    async fn key_id(&self, spec: &str) -> Result<String> {
        let all = self.access_keys().await?;
        Ok(s(&pick("access key", spec, all)?, "id").to_string())
    }

    fn tenant_body(id: &str, t: &TenantSpec) -> Value {
        let mut b = json!({
            "name": t.name,
            "selfProvisioningDomains": t.domains,
            "enforceSSO": false,
            "disabled": false,
        });
        if !id.is_empty() {
            b["id"] = json!(id);
        }
        if !t.custom_attributes.is_empty() {
            b["customAttributes"] = Value::Object(t.custom_attributes.clone());
        }
        b
    }

    fn role_body(r: &RoleSpec) -> Map<String, Value> {
        let mut b = Map::new();
        b.insert("description".into(), json!(r.description));
        b.insert("permissionNames".into(), json!(r.permissions));
        if let Some(t) = &r.tenant {
            b.insert("tenantId".into(), json!(t));
        }
        b
    }
}

#[async_trait::async_trait]
impl Admin for Descope {
    async fn tenant_id_of(&self, tenant: &str) -> Result<String> {
        self.tenant_id(tenant).await
    }

    /// `GET /v1/mgmt/tenant?id=` (a name costs the `tenant/all` first).
    async fn get_tenant(&self, tenant: &str) -> Result<Value> {
        let id = self.tenant_id(tenant).await?;
        self.get_path(
            "/v1/mgmt/tenant",
            &[("id", &id)],
            &format!("get tenant {tenant}"),
        )
        .await
        .or_missing("tenant", tenant)
    }

    /// `POST /v1/mgmt/tenant/create` → `{id}`.
    async fn create_tenant(&self, t: &TenantSpec) -> Result<Option<Value>> {
        let body = Self::tenant_body(t.id.as_deref().unwrap_or(""), t);
        self.post(
            "/v1/mgmt/tenant/create",
            body,
            &format!("create tenant {}", t.name),
        )
        .await
    }

    /// `POST /v1/mgmt/tenant/update` with every field (the API replaces
    /// them all): what is not changed is sent as it was read.
    async fn update_tenant(&self, now: &Value, change: &TenantChange) -> Result<bool> {
        let id = s(now, "id").to_string();
        let mut spec = TenantSpec {
            name: s(now, "name").to_string(),
            id: Some(id.clone()),
            domains: now
                .get("selfProvisioningDomains")
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default(),
            custom_attributes: now
                .get("customAttributes")
                .and_then(Value::as_object)
                .cloned()
                .unwrap_or_default(),
        };
        if let Some(n) = &change.name {
            spec.name = n.clone();
        }
        if let Some(d) = &change.domains {
            spec.domains = d.clone();
        }
        if let Some(a) = &change.custom_attributes {
            spec.custom_attributes = a.clone();
        }
        let mut body = Self::tenant_body(&id, &spec);
        body["enforceSSO"] = now.get("enforceSSO").cloned().unwrap_or(json!(false));
        body["disabled"] = now.get("disabled").cloned().unwrap_or(json!(false));
        self.post_sent(
            "/v1/mgmt/tenant/update",
            body,
            &format!("update tenant {id}"),
        )
        .await
    }

    /// `POST /v1/mgmt/tenant/delete` `{id, cascade}`.
    async fn delete_tenant(&self, tenant: &str, cascade: bool) -> Result<bool> {
        let id = self.tenant_id(tenant).await?;
        self.post_sent(
            "/v1/mgmt/tenant/delete",
            json!({ "id": id, "cascade": cascade }),
            &format!("delete tenant {tenant}"),
        )
        .await
    }

    /// `GET /v1/mgmt/tenant/settings?id=`.
    async fn tenant_settings(&self, tenant: &str) -> Result<Value> {
        let id = self.tenant_id(tenant).await?;
        self.get_path(
            "/v1/mgmt/tenant/settings",
            &[("id", &id)],
            &format!("get the settings of tenant {tenant}"),
        )
        .await
    }

    /// `POST /v1/mgmt/tenant/settings` `{tenantId, selfProvisioningDomains,
    /// ...}`: the SDK always sends the domains, so they are read first and
    /// sent as they are unless changed.
    async fn set_tenant_settings(
        &self,
        tenant: &str,
        settings: &Map<String, Value>,
    ) -> Result<bool> {
        let now = self.tenant_settings(tenant).await?;
        let id = self.tenant_id(tenant).await?;
        let mut body = Map::new();
        body.insert("tenantId".into(), json!(id));
        body.insert(
            "selfProvisioningDomains".into(),
            now.get("selfProvisioningDomains")
                .cloned()
                .unwrap_or(json!([])),
        );
        for (k, v) in settings {
            body.insert(k.clone(), v.clone());
        }
        self.post_sent(
            "/v1/mgmt/tenant/settings",
            Value::Object(body),
            &format!("set the settings of tenant {tenant}"),
        )
        .await
    }

    /// `POST /v1/mgmt/tenant/updateDefaultRoles` `{id, defaultRoles}`.
    async fn set_tenant_default_roles(&self, tenant: &str, roles: &[String]) -> Result<bool> {
        let id = self.tenant_id(tenant).await?;
        self.post_sent(
            "/v1/mgmt/tenant/updateDefaultRoles",
            json!({ "id": id, "defaultRoles": roles }),
            &format!("set the default roles of tenant {tenant}"),
        )
        .await
    }

    /// `POST /v1/mgmt/role/create` `{name, description, permissionNames,
    /// tenantId?}`.
    async fn create_role_spec(&self, r: &RoleSpec) -> Result<bool> {
        let mut b = Self::role_body(r);
        b.insert("name".into(), json!(r.name));
        self.post_sent(
            "/v1/mgmt/role/create",
            Value::Object(b),
            &format!("create role {}", r.name),
        )
        .await
    }

    /// `POST /v1/mgmt/role/update` `{name, newName, description,
    /// permissionNames, tenantId?}` (a full replace).
    async fn update_role_spec(&self, role: &str, new: &RoleSpec) -> Result<bool> {
        let mut b = Self::role_body(new);
        b.insert("name".into(), json!(role));
        b.insert("newName".into(), json!(new.name));
        self.post_sent(
            "/v1/mgmt/role/update",
            Value::Object(b),
            &format!("update role {role}"),
        )
        .await
    }

    /// `POST /v1/mgmt/role/delete` `{name, tenantId?}`.
    async fn delete_role_in(&self, role: &str, tenant: Option<&str>) -> Result<bool> {
        let mut b = json!({ "name": role });
        if let Some(t) = tenant {
            b["tenantId"] = json!(t);
        }
        Ok(self
            .post("/v1/mgmt/role/delete", b, &format!("delete role {role}"))
            .await?
            .is_some())
    }

    /// One role of `role/all`, by name in a tenant (or the project).
    async fn find_role(&self, role: &str, tenant: Option<&str>) -> Result<Value> {
        let t = tenant.unwrap_or("");
        self.roles()
            .await?
            .into_iter()
            .find(|r| s(r, "name") == role && s(r, "tenantId") == t)
            .map(with_scope)
            .ok_or_else(|| match tenant {
                Some(t) => CliError::missing("role", role).hint(format!(
                    "`iamctl roles list` shows every role; {role:?} is not one of tenant {t}'s"
                )),
                None => CliError::missing("role", role),
            })
    }

    /// `POST /v1/mgmt/permission/create` `{name, description}`.
    async fn create_permission(&self, name: &str, description: &str) -> Result<bool> {
        self.post_sent(
            "/v1/mgmt/permission/create",
            json!({ "name": name, "description": description }),
            &format!("create permission {name}"),
        )
        .await
    }

    /// `POST /v1/mgmt/permission/update` `{name, newName, description}`.
    async fn update_permission(
        &self,
        name: &str,
        new_name: &str,
        description: &str,
    ) -> Result<bool> {
        self.post_sent(
            "/v1/mgmt/permission/update",
            json!({ "name": name, "newName": new_name, "description": description }),
            &format!("update permission {name}"),
        )
        .await
    }

    /// `POST /v1/mgmt/permission/delete` `{name}`.
    async fn delete_permission(&self, name: &str) -> Result<bool> {
        self.post_sent(
            "/v1/mgmt/permission/delete",
            json!({ "name": name }),
            &format!("delete permission {name}"),
        )
        .await
    }

    async fn find_permission(&self, name: &str) -> Result<Value> {
        self.permissions()
            .await?
            .into_iter()
            .find(|p| s(p, "name") == name)
            .ok_or_else(|| CliError::missing("permission", name))
    }

    /// `POST /v1/mgmt/accesskey/search` (every key).
    async fn list_access_keys(&self, sink: Sink<'_>) -> Result<()> {
        for k in self.access_keys().await? {
            sink(k)?;
        }
        Ok(())
    }

    /// `GET /v1/mgmt/accesskey?id=` (a name costs a search first).
    async fn get_access_key(&self, spec: &str) -> Result<Value> {
        let id = self.key_id(spec).await?;
        let answer = self
            .get_path(
                "/v1/mgmt/accesskey",
                &[("id", &id)],
                &format!("get access key {spec}"),
            )
            .await
            .or_missing("access key", spec)?;
        Ok(answer.get("key").cloned().unwrap_or(answer))
    }

    /// `POST /v1/mgmt/accesskey/create` → `{key, cleartext}`.
    async fn create_access_key(&self, k: &KeySpec) -> Result<Option<Value>> {
        let mut tenants = Vec::new();
        for (t, roles) in &k.tenants {
            tenants.push(json!({ "tenantId": self.tenant_id(t).await?, "roleNames": roles }));
        }
        let user = match &k.bound_user {
            Some(u) => Some(s(&self.load(u).await?, "userId").to_string()),
            None => None,
        };
        let body = json!({
            "name": k.name,
            "expireTime": k.expire_time,
            "roleNames": k.roles,
            "keyTenants": tenants,
            "userId": user,
            "description": k.description,
        });
        self.post(
            "/v1/mgmt/accesskey/create",
            body,
            &format!("create access key {}", k.name),
        )
        .await
    }

    /// `POST /v1/mgmt/accesskey/update` `{id, name, description?}`.
    async fn update_access_key(
        &self,
        spec: &str,
        name: &str,
        description: Option<&str>,
    ) -> Result<bool> {
        let id = self.key_id(spec).await?;
        let mut body = json!({ "id": id, "name": name });
        if let Some(d) = description {
            body["description"] = json!(d);
        }
        self.post_sent(
            "/v1/mgmt/accesskey/update",
            body,
            &format!("update access key {spec}"),
        )
        .await
    }

    /// `POST /v1/mgmt/accesskey/rotate` `{id}` → `{key, cleartext}`.
    async fn rotate_access_key(&self, spec: &str) -> Result<Option<Value>> {
        let id = self.key_id(spec).await?;
        self.post(
            "/v1/mgmt/accesskey/rotate",
            json!({ "id": id }),
            &format!("rotate access key {spec}"),
        )
        .await
    }

    /// `POST /v1/mgmt/accesskey/{activate,deactivate,delete}` `{id}`.
    async fn access_key_op(&self, spec: &str, op: &str) -> Result<bool> {
        if !matches!(op, "activate" | "deactivate" | "delete") {
            return Err(CliError::usage(format!("unknown access key change {op:?}")));
        }
        let id = self.key_id(spec).await?;
        self.post_sent(
            &format!("/v1/mgmt/accesskey/{op}"),
            json!({ "id": id }),
            &format!("{op} access key {spec}"),
        )
        .await
    }

    /// `POST /v1/mgmt/audit/search`, a page of `AUDIT_PAGE` at a time,
    /// each event streamed as it comes; stops at `limit` or at a short page.
    async fn audit_search(&self, q: &AuditQuery, sink: Sink<'_>) -> Result<()> {
        let mut body = Map::new();
        body.insert("noTenants".into(), json!(false));
        let mut users = Vec::new();
        let mut logins = Vec::new();
        for u in &q.users {
            // A user id (U…) as it is; anything else as a login id.
            if u.starts_with('U') && u.len() >= 28 && !u.contains('@') {
                users.push(u.clone());
            } else {
                logins.push(u.clone());
            }
        }
        if !users.is_empty() {
            body.insert("userIds".into(), json!(users));
        }
        if !logins.is_empty() {
            body.insert("externalIds".into(), json!(logins));
        }
        if !q.actions.is_empty() {
            body.insert("actions".into(), json!(q.actions));
        }
        if !q.tenants.is_empty() {
            let mut ids = Vec::new();
            for t in &q.tenants {
                ids.push(self.tenant_id(t).await?);
            }
            body.insert("tenants".into(), json!(ids));
        }
        if let Some(t) = &q.text {
            body.insert("text".into(), json!(t));
        }
        if let Some(f) = q.from {
            body.insert("from".into(), json!(f));
        }
        if let Some(t) = q.to {
            body.insert("to".into(), json!(t));
        }
        let mut sent = 0usize;
        for page in 0.. {
            let want = q.limit.map_or(AUDIT_PAGE, |l| (l - sent).min(AUDIT_PAGE));
            if want == 0 {
                break;
            }
            body.insert("limit".into(), json!(want));
            body.insert("page".into(), json!(page));
            let req = self
                .request(Method::POST, "/v1/mgmt/audit/search")?
                .json(Value::Object(body.clone()));
            let audits = list(self.call(req, "search the audit trail").await?, "audits");
            let n = audits.len();
            for a in audits {
                sink(a)?;
                sent += 1;
            }
            if n < want {
                break;
            }
        }
        Ok(())
    }

    /// `POST /v1/mgmt/user/history` with the users' ids (each user named by
    /// login id or user id is loaded first).
    async fn user_history(&self, users: &[String], sink: Sink<'_>) -> Result<()> {
        let mut ids = Vec::new();
        for u in users {
            ids.push(s(&self.load(u).await?, "userId").to_string());
        }
        let req = self
            .request(Method::POST, "/v1/mgmt/user/history")?
            .json(json!(ids));
        let answer = self.call(req, "read the sign-in history").await?;
        for h in answer.as_array().cloned().unwrap_or_default() {
            sink(h)?;
        }
        Ok(())
    }

    /// `GET /v1/mgmt/sso/idp/apps/load`.
    async fn list_sso_apps(&self, sink: Sink<'_>) -> Result<()> {
        let all = list(
            self.get_path("/v1/mgmt/sso/idp/apps/load", &[], "list SSO applications")
                .await?,
            "apps",
        );
        for a in all {
            sink(a)?;
        }
        Ok(())
    }

    /// `GET /v1/mgmt/sso/idp/app/load?id=` (a name costs the listing).
    async fn get_sso_app(&self, app: &str) -> Result<Value> {
        let all = list(
            self.get_path("/v1/mgmt/sso/idp/apps/load", &[], "list SSO applications")
                .await?,
            "apps",
        );
        let id = s(&pick("SSO application", app, all)?, "id").to_string();
        self.get_path(
            "/v1/mgmt/sso/idp/app/load",
            &[("id", &id)],
            &format!("get SSO application {app}"),
        )
        .await
        .or_missing("SSO application", app)
    }
}
