//! Descope's facets (`backend::facets`): the permission catalog, tenants
//! and a user's tenants, a user's SSO apps, sessions, passwords and second
//! factors, test users, and a whole user record replaced.

use async_trait::async_trait;
use reqwest::Method;
use serde_json::{Map, Value, json};

use super::Descope;
use super::unconfirmed as u;
use super::users::{login_body, str_of, take_list};
use crate::backend::api::ApiClient;
use crate::backend::facets;
use crate::backend::{Batch, Sink};
use crate::error::{CliError, Result};

#[async_trait]
impl facets::Permissions for Descope {
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
}

#[async_trait]
impl facets::Tenants for Descope {
    async fn list_tenants(&self, sink: Sink<'_>) -> Result<()> {
        let req = self.request(Method::GET, u::TENANTS_ALL_PATH)?;
        let mut answer = self.call(req, "list tenants").await?;
        for t in take_list(&mut answer, "tenants") {
            sink(t)?;
        }
        Ok(())
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
}

#[async_trait]
impl facets::UserSsoApps for Descope {
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
}

#[async_trait]
impl facets::Credentials for Descope {
    async fn logout_user(&self, key: &str) -> Result<bool> {
        self.post_sent(
            "/v1/mgmt/user/logout",
            Value::Object(login_body(key)),
            &format!("log out user {key}"),
        )
        .await
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

    async fn delete_test_users(&self) -> Result<bool> {
        let req = self.request(Method::DELETE, u::DELETE_TEST_USERS_PATH)?;
        Ok(self
            .write_raw(req, "delete every test user")
            .await?
            .is_some())
    }
}

#[async_trait]
impl facets::ReplaceUser for Descope {
    /// Load the user, lay the patch over every field it has, and send the
    /// whole record to the full-replace route, so nothing is lost.
    async fn replace_user(&self, key: &str, patch: &Map<String, Value>) -> Result<bool> {
        self.replace_whole(key, patch).await
    }
}
