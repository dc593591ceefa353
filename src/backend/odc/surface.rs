//! The rest of ODC's identity surface (issue 10): a group's identity-provider
//! claim mappings (read from the group, removed one by one: the API has no
//! "clear"), the permission catalog (read-only), and portfolio names for
//! the `users list` filters.

use reqwest::Method;
use serde_json::Value;

use super::{Api, Odc, str_of};
use crate::backend::api::ApiClient;
use crate::backend::{Sink, is_uuid};
use crate::error::{CliError, ErrorKind, OrMissing, Result};

/// One row per claim mapping: the answer's nested `foreignClaim` flattened.
fn mapping_row(group_key: &str, m: &Value) -> Value {
    let claim = m.get("foreignClaim").cloned().unwrap_or(Value::Null);
    serde_json::json!({
        "key": m.get("key").cloned().unwrap_or(Value::Null),
        "group": group_key,
        "providerKey": m.get("providerKey").cloned().unwrap_or(Value::Null),
        "claim": claim.get("name").cloned().unwrap_or(Value::Null),
        "value": claim.get("value").cloned().unwrap_or(Value::Null),
        "valueDelimiter": claim.get("valueDelimiter").cloned().unwrap_or(Value::Null),
        "lastUpdatedDate": m.get("lastUpdatedDate").cloned().unwrap_or(Value::Null),
    })
}

impl Odc {
    /// `GET /groups/{key}`: its `groupIdpClaimMappings`, one row each.
    pub(super) async fn claim_mappings(&self, group_key: &str, sink: Sink<'_>) -> Result<()> {
        let g = self
            .get(
                Api::Identity,
                &format!("groups/{group_key}"),
                &[],
                &format!("get group {group_key}"),
            )
            .await
            .or_missing("group", group_key)?;
        for m in g
            .get("groupIdpClaimMappings")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            sink(mapping_row(group_key, m))?;
        }
        Ok(())
    }

    /// `DELETE /groups/{key}/claim-mappings/{mappingKey}`.
    pub(super) async fn delete_claim_mapping(
        &self,
        group_key: &str,
        mapping_key: &str,
    ) -> Result<bool> {
        if !is_uuid(mapping_key) {
            return Err(
                CliError::usage(format!("{mapping_key:?} is not a claim mapping key"))
                    .hint("list them with `iamctl groups claim-mappings list GROUP`"),
            );
        }
        let req = self.request(
            Method::DELETE,
            Api::Identity,
            &format!("groups/{group_key}/claim-mappings/{mapping_key}"),
        );
        self.write(req, &format!("remove claim mapping {mapping_key}"))
            .await
            .or_missing("claim mapping", mapping_key)
            .map(|v| v.is_some())
    }

    /// `GET /permissions`, every page.
    pub(super) async fn permissions(&self, search: Option<&str>, sink: Sink<'_>) -> Result<()> {
        let mut query = Vec::new();
        if let Some(s) = search {
            query.push(("nameContains".to_string(), s.to_string()));
        }
        self.each(
            Api::Identity,
            "permissions",
            &query,
            None,
            "list permissions",
            sink,
        )
        .await
        .map(|_| ())
    }

    /// One permission, by key (`GET /permissions/{key}`) or by name (the
    /// list, narrowed by the server).
    pub(super) async fn permission(&self, spec: &str) -> Result<Value> {
        if is_uuid(spec) {
            return self
                .get(
                    Api::Identity,
                    &format!("permissions/{spec}"),
                    &[],
                    &format!("get permission {spec}"),
                )
                .await
                .or_missing("permission", spec);
        }
        let found = self
            .collect(
                Api::Identity,
                "permissions",
                &[("nameContains".to_string(), spec.to_string())],
                &format!("find permission {spec}"),
            )
            .await?;
        let mut exact: Vec<Value> = found
            .into_iter()
            .filter(|p| str_of(p, "name").eq_ignore_ascii_case(spec))
            .collect();
        match exact.len() {
            0 => Err(CliError::missing("permission", spec)
                .hint("list them with `iamctl permissions list`")),
            1 => Ok(exact.remove(0)),
            _ => Err(CliError::usage(format!(
                "permission {spec:?} is ambiguous; name it by key"
            ))),
        }
    }

    /// An organization role's record (`key`, `name`, `permissions`,
    /// `isReadOnly`): by key, `GET /organization-roles/{key}`; by name, the
    /// matching record of the list filtered by `nameContains` (it carries
    /// the same fields, so the role is not read twice). A name the name
    /// cache remembers is read by its key; if that key is gone, the name is
    /// looked up afresh, once.
    pub(super) async fn org_role_record(&self, spec: &str) -> Result<Value> {
        let memo = format!("org-role\n{}", spec.to_lowercase());
        let known = if is_uuid(spec) {
            Some(spec.to_string())
        } else {
            self.names.get(&memo)
        };
        if let Some(key) = known {
            let got = self
                .get(
                    Api::Identity,
                    &format!("organization-roles/{key}"),
                    &[],
                    &format!("get organization role {spec}"),
                )
                .await;
            match got {
                Err(e)
                    if e.kind == ErrorKind::NotFound
                        && !is_uuid(spec)
                        && self.names.forget_served() => {}
                r => return r.or_missing("organization role", spec),
            }
        }
        let items = self
            .collect(
                Api::Identity,
                "organization-roles",
                &[("nameContains".to_string(), spec.to_string())],
                &format!("find organization role {spec}"),
            )
            .await?;
        let mut found: Vec<Value> = items
            .into_iter()
            .filter(|r| str_of(r, "name").eq_ignore_ascii_case(spec))
            .collect();
        match found.len() {
            0 => Err(CliError::missing("organization role", spec)),
            1 => {
                let role = found.remove(0);
                self.names.put(&memo, str_of(&role, "key"));
                Ok(role)
            }
            _ => {
                let list: Vec<String> = found
                    .iter()
                    .map(|r| format!("{} {}", str_of(r, "key"), str_of(r, "name")))
                    .collect();
                Err(CliError::usage(format!(
                    "organization role {spec:?} is ambiguous; candidates:\n  {}",
                    list.join("\n  ")
                ))
                .hint("name the role by key"))
            }
        }
    }

    /// An organization role's key and `permissions` (one read:
    /// `org_role_record`).
    pub(super) async fn role_permissions(&self, role: &str) -> Result<(String, Vec<Value>)> {
        let r = self.org_role_record(role).await?;
        let perms = r
            .get("permissions")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        Ok((str_of(&r, "key").to_string(), perms))
    }

    /// `PATCH /organization-roles/{key}` with the whole `permissions` list
    /// (the API replaces it; it has no add or remove of one permission).
    pub(super) async fn put_role_permissions(&self, key: &str, perms: &[Value]) -> Result<bool> {
        let req = self
            .request(
                Method::PATCH,
                Api::Identity,
                &format!("organization-roles/{key}"),
            )
            .json(serde_json::json!({ "permissions": perms }));
        Ok(self
            .write(
                req,
                &format!("change the permissions of organization role {key}"),
            )
            .await?
            .is_some())
    }

    /// A portfolio's key, by key or by name (`GET /portfolios`).
    pub(super) async fn portfolio_key(&self, spec: &str) -> Result<String> {
        if is_uuid(spec) {
            return Ok(spec.to_lowercase());
        }
        let memo = format!("portfolio\n{}", spec.to_lowercase());
        if let Some(k) = self.names.get(&memo) {
            return Ok(k);
        }
        let all = self
            .collect(
                Api::Portfolio,
                "portfolios",
                &[],
                &format!("find portfolio {spec}"),
            )
            .await?;
        super::resolve::remember_unique(&self.names, "portfolio", &all);
        all.iter()
            .find(|p| str_of(p, "name").eq_ignore_ascii_case(spec))
            .map(|p| str_of(p, "key").to_string())
            .ok_or_else(|| CliError::missing("portfolio", spec))
    }
}
