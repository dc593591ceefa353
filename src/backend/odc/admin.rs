//! ODC's admin surface beyond users: the application roles a group grants
//! (how ODC grants roles at scale), one role by key or name, and the user
//! count. One request per operation where the API allows.

use reqwest::Method;
use serde_json::{Value, json};

use super::{Api, Odc, str_of};
use crate::backend::api::ApiClient;
use crate::backend::{Scope, Sink, UserQuery, is_uuid};
use crate::error::{CliError, OrMissing, Result};

impl Odc {
    /// `GET /groups/{key}/application-roles`, every page.
    pub(super) async fn group_app_roles(&self, group_key: &str, sink: Sink<'_>) -> Result<()> {
        self.each(
            Api::Identity,
            &format!("groups/{group_key}/application-roles"),
            &[],
            None,
            "list the roles of the group",
            sink,
        )
        .await
        .map(|_| ())
    }

    /// One `PATCH /groups/{key}/application-roles` for every addition and
    /// removal.
    pub(super) async fn patch_group_app_roles(
        &self,
        group_key: &str,
        add: &[String],
        remove: &[String],
    ) -> Result<bool> {
        let mut body = serde_json::Map::new();
        if !add.is_empty() {
            body.insert("applicationRoleKeysToAdd".into(), json!(add));
        }
        if !remove.is_empty() {
            body.insert("applicationRoleKeysToRemove".into(), json!(remove));
        }
        let req = self
            .request(
                Method::PATCH,
                Api::Identity,
                &format!("groups/{group_key}/application-roles"),
            )
            .json(Value::Object(body));
        Ok(self
            .write(req, &format!("change the roles of group {group_key}"))
            .await?
            .is_some())
    }

    /// `GET /users/count`, with the same filters as the list.
    pub(super) async fn user_count(&self, q: &UserQuery) -> Result<u64> {
        let mut query = Vec::new();
        if let Some(s) = &q.search {
            query.push(("nameOrEmailOrUsernameContains", s.clone()));
        }
        if let Some(s) = &q.status {
            query.push(("status", s.clone()));
        }
        let answer = self
            .get(Api::Identity, "users/count", &query, "count users")
            .await?;
        answer
            .get("userCount")
            .and_then(Value::as_u64)
            .ok_or_else(|| CliError::network("the user count answer has no userCount".to_string()))
    }

    /// An organization role (`org_role_record`: one read), or an
    /// application role found by key, or by name within `--app`/`--stage`.
    pub(super) async fn one_role(&self, spec: &str, scope: &Scope) -> Result<Value> {
        if scope.org {
            return self.org_role_record(spec).await;
        }
        let key = self
            .app_role_key(spec, scope.app.as_deref(), scope.stage.as_deref())
            .await?;
        // No `GET /application-roles/{key}`: the list, matched by key.
        let mut query = Vec::new();
        if !is_uuid(spec) {
            query.push(("nameContains".to_string(), spec.to_string()));
        }
        let found = self
            .collect(
                Api::Identity,
                "application-roles",
                &query,
                &format!("get application role {spec}"),
            )
            .await?;
        found
            .into_iter()
            .find(|r| str_of(r, "key") == key)
            .ok_or_else(|| CliError::missing("application role", spec))
    }

    /// `PATCH /groups/{key}` with only what is given.
    pub(super) async fn patch_group(
        &self,
        group_key: &str,
        name: Option<&str>,
        description: Option<&str>,
    ) -> Result<bool> {
        let mut body = serde_json::Map::new();
        if let Some(n) = name {
            body.insert("name".into(), json!(n));
        }
        if let Some(d) = description {
            body.insert("description".into(), json!(d));
        }
        let req = self
            .request(Method::PATCH, Api::Identity, &format!("groups/{group_key}"))
            .json(Value::Object(body));
        Ok(self
            .write(req, &format!("update group {group_key}"))
            .await?
            .is_some())
    }

    /// Every identity provider (`GET /identity-providers`).
    pub(super) async fn identity_providers(&self, sink: Sink<'_>) -> Result<()> {
        self.each(
            Api::Identity,
            "identity-providers",
            &[],
            None,
            "list identity providers",
            sink,
        )
        .await
        .map(|_| ())
    }

    /// One identity provider, by key (one GET) or by name (the list).
    pub(super) async fn identity_provider(&self, spec: &str) -> Result<Value> {
        if is_uuid(spec) {
            return self
                .get(
                    Api::Identity,
                    &format!("identity-providers/{spec}"),
                    &[],
                    &format!("get identity provider {spec}"),
                )
                .await
                .or_missing("identity provider", spec);
        }
        let all = self
            .collect(
                Api::Identity,
                "identity-providers",
                &[],
                &format!("find identity provider {spec}"),
            )
            .await?;
        let mut found: Vec<Value> = all
            .into_iter()
            .filter(|p| str_of(p, "name").eq_ignore_ascii_case(spec))
            .collect();
        match found.len() {
            1 => Ok(found.remove(0)),
            0 => Err(CliError::missing("identity provider", spec)),
            _ => Err(CliError::usage(format!(
                "identity provider {spec:?} is ambiguous; candidates:\n  {}",
                found
                    .iter()
                    .map(|p| format!("{} {}", str_of(p, "key"), str_of(p, "name")))
                    .collect::<Vec<_>>()
                    .join("\n  ")
            ))
            .hint("name it by key")),
        }
    }

    /// Only organization roles are made through the API; application roles
    /// come from the apps themselves.
    fn org_only(scope: &Scope) -> Result<()> {
        if scope.org {
            Ok(())
        } else {
            Err(CliError::usage(
                "ODC creates, renames and deletes organization roles only: application roles come from the apps",
            )
            .hint("add --org"))
        }
    }

    pub(super) async fn create_org_role(&self, name: &str, scope: &Scope) -> Result<Option<Value>> {
        Self::org_only(scope)?;
        let req = self
            .request(Method::POST, Api::Identity, "organization-roles")
            .json(json!({ "name": name }));
        Ok(self
            .write(req, &format!("create organization role {name}"))
            .await?
            .map(|v| {
                let key = v.get("orgRoleKey").cloned().unwrap_or(Value::Null);
                json!({ "key": key })
            }))
    }

    pub(super) async fn rename_org_role(
        &self,
        key: &str,
        name: &str,
        scope: &Scope,
    ) -> Result<bool> {
        Self::org_only(scope)?;
        let req = self
            .request(
                Method::PATCH,
                Api::Identity,
                &format!("organization-roles/{key}"),
            )
            .json(json!({ "name": name }));
        Ok(self
            .write(req, &format!("rename organization role {key}"))
            .await?
            .is_some())
    }

    pub(super) async fn delete_org_role(&self, key: &str, scope: &Scope) -> Result<bool> {
        Self::org_only(scope)?;
        let req = self.request(
            Method::DELETE,
            Api::Identity,
            &format!("organization-roles/{key}"),
        );
        Ok(self
            .write(req, &format!("delete organization role {key}"))
            .await?
            .is_some())
    }
}
