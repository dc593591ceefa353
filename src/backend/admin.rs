//! Facets of a backend beyond users, groups and roles, each served by the
//! platforms that have it (the capability data refuses the others first):
//! - `Discovery`: ODC's stages, apps (deployed assets) and portfolios;
//! - `Admin`: a Descope project's tenants, roles and permissions, access
//!   keys, audit trail and SSO applications.
//!
//! Reads stream records into a `Sink`; writes return the platform's answer
//! (`None` under `--dry-run`, where nothing was sent).

use serde_json::{Map, Value};

use super::Sink;
use crate::error::Result;

#[async_trait::async_trait]
pub trait Discovery: Send + Sync {
    /// The stages (environments), one request.
    async fn list_stages(&self, sink: Sink<'_>) -> Result<()>;
    /// The deployed apps, one row per app and stage (one stage if given).
    async fn list_apps(&self, stage: Option<&str>, sink: Sink<'_>) -> Result<()>;
    /// The portfolios.
    async fn list_portfolios(&self, sink: Sink<'_>) -> Result<()>;
}

/// A tenant to create or the whole of one to update (Descope's update
/// replaces every field).
#[derive(Debug, Clone, Default)]
pub struct TenantSpec {
    pub name: String,
    pub id: Option<String>,
    pub domains: Vec<String>,
    pub custom_attributes: Map<String, Value>,
}

/// What `tenants update` changes; None: kept as it is.
#[derive(Debug, Clone, Default)]
pub struct TenantChange {
    pub name: Option<String>,
    pub domains: Option<Vec<String>>,
    pub custom_attributes: Option<Map<String, Value>>,
}

/// A role to create, or a role's new state: name, description,
/// permissions, tenant (None: a project role).
#[derive(Debug, Clone, Default)]
pub struct RoleSpec {
    pub name: String,
    pub description: String,
    pub permissions: Vec<String>,
    pub tenant: Option<String>,
}

/// An access key to create.
#[derive(Debug, Clone, Default)]
pub struct KeySpec {
    pub name: String,
    pub description: String,
    /// Unix seconds; 0: never.
    pub expire_time: i64,
    pub roles: Vec<String>,
    /// (tenant, roles in it)
    pub tenants: Vec<(String, Vec<String>)>,
    pub bound_user: Option<String>,
}

/// What `audit search` asks for.
#[derive(Debug, Clone, Default)]
pub struct AuditQuery {
    pub users: Vec<String>,
    pub actions: Vec<String>,
    pub tenants: Vec<String>,
    pub text: Option<String>,
    /// Epoch milliseconds.
    pub from: Option<i64>,
    pub to: Option<i64>,
    pub limit: Option<usize>,
}

#[async_trait::async_trait]
pub trait Admin: Send + Sync {
    // tenants
    async fn get_tenant(&self, tenant: &str) -> Result<Value>;
    async fn create_tenant(&self, t: &TenantSpec) -> Result<Option<Value>>;
    /// The tenant `now` (as `get_tenant` read it) with what `change`
    /// gives, sent whole (Descope's update replaces every field).
    async fn update_tenant(&self, now: &Value, change: &TenantChange) -> Result<bool>;
    async fn delete_tenant(&self, tenant: &str, cascade: bool) -> Result<bool>;
    async fn tenant_settings(&self, tenant: &str) -> Result<Value>;
    async fn set_tenant_settings(
        &self,
        tenant: &str,
        settings: &Map<String, Value>,
    ) -> Result<bool>;
    async fn set_tenant_default_roles(&self, tenant: &str, roles: &[String]) -> Result<bool>;
    /// A tenant's id, from its id or name.
    async fn tenant_id_of(&self, tenant: &str) -> Result<String>;

    // roles and permissions
    async fn create_role_spec(&self, r: &RoleSpec) -> Result<bool>;
    /// `role` in `tenant` (None: the project) becomes `new`.
    async fn update_role_spec(&self, role: &str, new: &RoleSpec) -> Result<bool>;
    async fn delete_role_in(&self, role: &str, tenant: Option<&str>) -> Result<bool>;
    /// One role as it is (name, in a tenant or the project).
    async fn find_role(&self, role: &str, tenant: Option<&str>) -> Result<Value>;
    async fn create_permission(&self, name: &str, description: &str) -> Result<bool>;
    async fn update_permission(
        &self,
        name: &str,
        new_name: &str,
        description: &str,
    ) -> Result<bool>;
    async fn delete_permission(&self, name: &str) -> Result<bool>;
    async fn find_permission(&self, name: &str) -> Result<Value>;

    // access keys
    async fn list_access_keys(&self, sink: Sink<'_>) -> Result<()>;
    async fn get_access_key(&self, id: &str) -> Result<Value>;
    /// `{key, cleartext}`: the cleartext exists in this answer only.
    async fn create_access_key(&self, k: &KeySpec) -> Result<Option<Value>>;
    async fn update_access_key(
        &self,
        id: &str,
        name: &str,
        description: Option<&str>,
    ) -> Result<bool>;
    /// `{key, cleartext}`: a new secret (the old one stops working), in
    /// this answer only.
    async fn rotate_access_key(&self, id: &str) -> Result<Option<Value>>;
    /// `activate`, `deactivate` or `delete`.
    async fn access_key_op(&self, id: &str, op: &str) -> Result<bool>;

    // audit
    async fn audit_search(&self, q: &AuditQuery, sink: Sink<'_>) -> Result<()>;
    async fn user_history(&self, users: &[String], sink: Sink<'_>) -> Result<()>;

    // SSO applications
    async fn list_sso_apps(&self, sink: Sink<'_>) -> Result<()>;
    async fn get_sso_app(&self, app: &str) -> Result<Value>;
}

/// The backend's `Discovery` facet; a platform without it is refused with
/// the usual wording (the capability data normally refused it already).
pub fn discovery<'a>(b: &'a dyn super::Backend, what: &str) -> Result<&'a dyn Discovery> {
    b.discovery()
        .ok_or_else(|| super::capabilities::not_available(what, b.capabilities().platform))
}

/// The backend's `Admin` facet, refused as `discovery` is.
pub fn admin<'a>(b: &'a dyn super::Backend, what: &str) -> Result<&'a dyn Admin> {
    b.admin()
        .ok_or_else(|| super::capabilities::not_available(what, b.capabilities().platform))
}
