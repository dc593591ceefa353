//! ODC's facets (`backend::facets`): groups and the roles they grant, claim
//! mappings, roles, identity providers, permissions and organization
//! roles' permissions.

use async_trait::async_trait;
use reqwest::Method;
use serde_json::{Map, Value, json};

use super::ops::{role_path, stale};
use super::{Api, Odc};
use crate::backend::api::ApiClient;
use crate::backend::facets;
use crate::backend::{Backend, Scope, Sink};
use crate::error::{CliError, ErrorKind, Result};

#[async_trait]
impl facets::Groups for Odc {
    async fn list_groups(&self, search: Option<&str>, scope: &Scope, sink: Sink<'_>) -> Result<()> {
        let mut query = Vec::new();
        if let Some(s) = search {
            query.push(("nameContains".to_string(), s.to_string()));
        }
        if let Some(e) = self.stage_key(scope).await? {
            query.push(("environmentKey".to_string(), e));
        }
        self.each(Api::Identity, "groups", &query, None, "list groups", sink)
            .await
            .map(|_| ())
    }

    async fn get_group(&self, group: &str, scope: &Scope) -> Result<Value> {
        let once = || async {
            let key = self
                .group_keys(&[group.to_string()], scope)
                .await?
                .remove(0);
            self.get(
                Api::Identity,
                &format!("groups/{key}"),
                &[],
                &format!("get group {group}"),
            )
            .await
        };
        match once().await {
            Err(e) if e.kind == ErrorKind::NotFound && self.names.forget_served() => once().await,
            r => r,
        }
    }

    async fn create_group(
        &self,
        name: &str,
        description: Option<&str>,
        scope: &Scope,
    ) -> Result<Option<Value>> {
        let env = self.stage_key(scope).await?.ok_or_else(|| {
            CliError::usage("an ODC group belongs to one stage: give --stage NAME")
        })?;
        let mut body = Map::new();
        body.insert("name".into(), json!(name));
        body.insert("environmentKey".into(), json!(env));
        if let Some(d) = description {
            body.insert("description".into(), json!(d));
        }
        let req = self
            .request(Method::POST, Api::Identity, "groups")
            .json(Value::Object(body));
        self.write(req, &format!("create group {name}")).await
    }

    async fn delete_group(&self, group_key: &str) -> Result<bool> {
        let req = self.request(
            Method::DELETE,
            Api::Identity,
            &format!("groups/{group_key}"),
        );
        let result = self.write(req, &format!("delete group {group_key}")).await;
        // Whatever the answer, no name resolves to this key any more.
        let from_cache = self.names.forget_key(group_key);
        match result {
            Err(e) if e.kind == ErrorKind::NotFound && from_cache => Err(stale(e)),
            r => r.map(|v| v.is_some()),
        }
    }

    async fn group_members(&self, group_key: &str, sink: Sink<'_>) -> Result<()> {
        self.each(
            Api::Identity,
            &format!("groups/{group_key}/users"),
            &[],
            None,
            "list group members",
            sink,
        )
        .await
        .map(|_| ())
        .map_err(|e| self.not_found_in_cache(e, group_key))
    }

    async fn update_group(
        &self,
        group_key: &str,
        name: Option<&str>,
        description: Option<&str>,
    ) -> Result<bool> {
        self.patch_group(group_key, name, description).await
    }
}

#[async_trait]
impl facets::GroupGrants for Odc {
    async fn group_roles(&self, group_key: &str, sink: Sink<'_>) -> Result<()> {
        self.group_app_roles(group_key, sink).await
    }

    async fn change_group_roles(
        &self,
        group_key: &str,
        add: &[String],
        remove: &[String],
    ) -> Result<bool> {
        self.patch_group_app_roles(group_key, add, remove).await
    }
}

#[async_trait]
impl facets::ClaimMappings for Odc {
    async fn group_claim_mappings(&self, group_key: &str, sink: Sink<'_>) -> Result<()> {
        self.claim_mappings(group_key, sink).await
    }

    async fn delete_group_claim_mapping(&self, group_key: &str, mapping_key: &str) -> Result<bool> {
        self.delete_claim_mapping(group_key, mapping_key).await
    }
}

#[async_trait]
impl facets::Roles for Odc {
    async fn get_role(&self, role: &str, scope: &Scope) -> Result<Value> {
        self.one_role(role, scope).await
    }

    async fn role_users(&self, role_key: &str, scope: &Scope, sink: Sink<'_>) -> Result<()> {
        let path = format!("{}/{role_key}/users", role_path(scope));
        self.each(
            Api::Identity,
            &path,
            &[],
            None,
            "list the role's users",
            sink,
        )
        .await
        .map(|_| ())
        .map_err(|e| self.not_found_in_cache(e, role_key))
    }

    async fn create_role(&self, name: &str, scope: &Scope) -> Result<Option<Value>> {
        self.create_org_role(name, scope).await
    }

    async fn rename_role(&self, role_key: &str, name: &str, scope: &Scope) -> Result<bool> {
        self.rename_org_role(role_key, name, scope).await
    }
}

#[async_trait]
impl facets::IdentityProviders for Odc {
    async fn list_identity_providers(&self, sink: Sink<'_>) -> Result<()> {
        self.identity_providers(sink).await
    }

    async fn get_identity_provider(&self, spec: &str) -> Result<Value> {
        self.identity_provider(spec).await
    }
}

#[async_trait]
impl facets::Permissions for Odc {
    async fn list_permissions(&self, search: Option<&str>, sink: Sink<'_>) -> Result<()> {
        self.permissions(search, sink).await
    }
}

#[async_trait]
impl facets::OrgPermissions for Odc {
    async fn get_permission(&self, spec: &str) -> Result<Value> {
        self.permission(spec).await
    }

    async fn org_role_permissions(&self, role: &str) -> Result<(String, Vec<Value>)> {
        self.role_permissions(role).await
    }

    async fn set_org_role_permissions(
        &self,
        role_key: &str,
        permissions: &[Value],
    ) -> Result<bool> {
        self.put_role_permissions(role_key, permissions).await
    }
}

#[async_trait]
impl facets::DeleteRoles for Odc {
    async fn delete_role(&self, role_key: &str, scope: &Scope) -> Result<bool> {
        self.delete_org_role(role_key, scope).await
    }
}
