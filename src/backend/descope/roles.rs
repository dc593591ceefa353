//! Descope's roles and tenants as a user holds them: the project's roles
//! read once a run, `--tenant` by id or name, role names checked before
//! anything is written, and roles granted or revoked in one request.

use reqwest::Method;
use serde_json::{Map, Value, json};

use super::Descope;
use super::unconfirmed as u;
use super::users::{login_body, str_of, take_list};
use crate::backend::api::ApiClient;
use crate::backend::{NewUser, Scope};
use crate::error::{CliError, Result};

pub(super) fn tenant_scope(scope: &Scope) -> Result<Option<&str>> {
    if scope.org || scope.app.is_some() || scope.stage.is_some() {
        return Err(CliError::usage(
            "Descope roles are project-level, or per tenant with --tenant T (no --org, --app or --stage)",
        ));
    }
    Ok(scope.tenant.as_deref())
}

impl Descope {
    /// The project's roles as (name, tenant id): one `GET role/all` a run.
    pub(super) async fn all_roles(&self) -> Result<Vec<(String, String)>> {
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
    pub(super) async fn tenant_of(&self, scope: &Scope) -> Result<Option<String>> {
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
    pub(super) async fn check_new_user_roles(&self, nu: &NewUser) -> Result<()> {
        self.check_roles(&nu.roles, None).await?;
        for t in &nu.tenants {
            self.check_roles(&t.roles, Some(&t.tenant)).await?;
        }
        Ok(())
    }

    /// The roles a patch gives (`roleNames`, `userTenants[].roleNames`).
    pub(super) async fn check_patch_roles(&self, patch: &Map<String, Value>) -> Result<()> {
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

    /// `role/add` and `role/remove` take `roleNames[]`: every role of a
    /// command in one request.
    pub(super) async fn roles_change(
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

    /// The user's roles: project-level, or in one tenant.
    pub(super) fn roles_of(user: &Value, tenant: Option<&str>) -> Result<Vec<String>> {
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
