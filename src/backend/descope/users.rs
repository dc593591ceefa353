//! Descope's users: a user loaded, the bodies of a create, a patch and a
//! full replace, user ids from login ids, and the search a `users list`
//! asks for.

use reqwest::Method;
use serde_json::{Map, Value, json};

use super::unconfirmed as u;
use super::{Descope, user_of};
use crate::backend::api::ApiClient;
use crate::backend::{NewUser, UserQuery};
use crate::error::{CliError, OrMissing, Result};

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

pub(super) fn str_of<'a>(v: &'a Value, k: &str) -> Option<&'a str> {
    v.get(k).and_then(Value::as_str).filter(|s| !s.is_empty())
}

pub(super) fn login_body(key: &str) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("loginId".into(), json!(key));
    m
}

impl Descope {
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

    pub(super) async fn create(
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

    pub(super) async fn patch_body(&self, key: &str, patch: &Map<String, Value>) -> Result<bool> {
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

    /// User ids of users named by login id or user id: one search by
    /// `loginIds` (per 100 names), then one by `userIds` for the names no
    /// login id matched. A name missing from the answer is not in the map.
    pub(super) async fn user_ids(
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

    /// Load the user, lay the patch over every field it has, and send the
    /// whole record to the full-replace route, so nothing is lost.
    pub(super) async fn replace_whole(
        &self,
        key: &str,
        patch: &Map<String, Value>,
    ) -> Result<bool> {
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
}

/// The search a user query asks for: its route and body.
pub(super) fn search_of(q: &UserQuery) -> Result<(&'static str, Map<String, Value>)> {
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
pub(super) fn take_list(answer: &mut Value, field: &str) -> Vec<Value> {
    match answer.get_mut(field).map(Value::take) {
        Some(Value::Array(a)) => a,
        _ => Vec::new(),
    }
}
