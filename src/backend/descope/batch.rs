//! Many users per request (`users lifecycle`): read with one search by
//! `loginIds` (`POST /v1/mgmt/users/load` for names that are user ids, one
//! search by `emails` for e-mails that are no login id), written with
//! `PATCH /v1/mgmt/user/patch/batch`, whose `patchedUsers` and
//! `failedUsers` are matched back to the users by login id. At most
//! [`u::USER_BATCH_SIZE`] users go in one request.

use std::collections::HashMap;

use reqwest::Method;
use serde_json::{Map, Value, json};

use super::unconfirmed as u;
use super::users::{descope_status, login_body};
use super::{Descope, problem};
use crate::backend::Backend;
use crate::backend::api::ApiClient;
use crate::backend::batch::{UserBatches, UserSet};
use crate::error::{CliError, ErrorKind, Result};

/// What a user whose answer was lost, or not mentioned, is told.
const MAYBE_APPLIED: &str = "the batch may have been applied; run the command again: users already as asked count as unchanged";

#[async_trait::async_trait]
impl UserBatches for Descope {
    fn batch_size(&self) -> usize {
        u::USER_BATCH_SIZE
    }

    async fn load_users(&self, names: &[String]) -> Result<HashMap<String, Value>> {
        let mut found: HashMap<String, Value> = HashMap::new();
        let rest = |found: &HashMap<String, Value>, emails: bool| -> Vec<String> {
            names
                .iter()
                .filter(|n| !found.contains_key(*n) && n.contains('@') == emails)
                .cloned()
                .collect()
        };
        // Login ids first: what `users list` shows as each user's key.
        let mut body = Map::new();
        body.insert("loginIds".into(), json!(names));
        body.insert("withTestUser".into(), json!(true));
        let (users, _) = self
            .search_page(
                u::SEARCH_PATH,
                &body,
                0,
                u::USER_BATCH_SIZE,
                &format!("look up {} users", names.len()),
            )
            .await?;
        for user in users {
            let logins = u::batch_user_ids(&user);
            for n in names {
                if logins.contains(&n.to_lowercase()) {
                    found.insert(n.clone(), user.clone());
                }
            }
        }
        // Then user ids, which no login id matched (they hold no `@`).
        let ids = rest(&found, false);
        if !ids.is_empty() {
            let req = self
                .request(Method::POST, u::LOAD_USERS_PATH)?
                .json(json!({ "userIds": ids, "includeInvalidUsers": true }));
            let answer = self.call(req, &format!("load {} users", ids.len())).await?;
            for user in answer
                .get("users")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                if let Some(id) = user.get("userId").and_then(Value::as_str)
                    && ids.iter().any(|n| n == id)
                {
                    found.insert(id.to_string(), user.clone());
                }
            }
        }
        // E-mails that are no login id: as `users get` does, only an
        // e-mail exactly one user has names that user.
        let emails = rest(&found, true);
        if !emails.is_empty() {
            let mut body = Map::new();
            body.insert("emails".into(), json!(emails));
            body.insert("withTestUser".into(), json!(true));
            let (users, _) = self
                .search_page(
                    u::SEARCH_PATH,
                    &body,
                    0,
                    u::USER_BATCH_SIZE,
                    &format!("find {} users by e-mail", emails.len()),
                )
                .await?;
            for e in &emails {
                let mut with: Vec<&Value> = users
                    .iter()
                    .filter(|u| {
                        u.get("email")
                            .and_then(Value::as_str)
                            .is_some_and(|m| m.eq_ignore_ascii_case(e))
                    })
                    .collect();
                if with.len() == 1 {
                    found.insert(e.clone(), with.remove(0).clone());
                }
            }
        }
        Ok(found)
    }

    fn sets_in_batch(&self, attr: &str, with_record: bool) -> bool {
        attr == "status"
            || (attr.starts_with("attr.") && attr.len() > 5 && with_record)
            || u::SET_FIELDS_VIA_PATCH.iter().any(|(a, _)| *a == attr)
    }

    async fn set_users(&self, changes: &[UserSet]) -> Result<Vec<Result<bool>>> {
        if changes.is_empty() {
            return Ok(Vec::new());
        }
        // One body per user, its changes together, in the order first met.
        let mut keys: Vec<&str> = Vec::new();
        let mut bodies: HashMap<&str, Map<String, Value>> = HashMap::new();
        for c in changes {
            let body = bodies.entry(&c.key).or_insert_with(|| {
                keys.push(&c.key);
                login_body(&c.key)
            });
            patch_into(body, c)?;
        }
        let users: Vec<Value> = keys
            .iter()
            .map(|k| Value::Object(bodies.remove(k).unwrap_or_default()))
            .collect();
        let req = self
            .request(Method::PATCH, u::PATCH_BATCH_PATH)?
            .json(json!({ "users": users }));
        let what = format!("update {} users", keys.len());
        if let Some(plan) = &self.dry_run {
            plan.record(&req);
            return Ok(changes.iter().map(|_| Ok(false)).collect());
        }
        let every = |e: &CliError| changes.iter().map(|_| Err(e.clone())).collect();
        let resp = match self.send(req).await {
            Ok(r) => r,
            Err(e) if e.kind == ErrorKind::Interrupted => return Err(e),
            // A PATCH whose answer was lost may have been applied.
            Err(e) => return Ok(every(&e.hint(MAYBE_APPLIED))),
        };
        let status = resp.status.as_u16();
        if !resp.status.is_success() {
            let e = resp.explain(problem(&resp, &what));
            let whole_refusal = (400..500).contains(&status) && !matches!(status, 401 | 403 | 429);
            if u::BATCH_REFUSAL_FALLS_BACK_TO_SINGLE && whole_refusal && changes.len() > 1 {
                let mut out = Vec::with_capacity(changes.len());
                for c in changes {
                    out.push(self.set_user(&c.key, &c.attr, &c.value).await);
                }
                return Ok(out);
            }
            return Ok(every(&e));
        }
        let answer = match resp.json() {
            Ok(v) => v,
            Err(e) => return Ok(every(&e.hint(MAYBE_APPLIED))),
        };
        Ok(matched(changes, &answer))
    }
}

/// One change into its user's entry of a patch batch. A custom attribute
/// goes as the user's whole map with the new value in it, in case PATCH
/// replaces the map (`MERGE_CUSTOM_ATTRIBUTES_ON_PATCH`).
fn patch_into(body: &mut Map<String, Value>, c: &UserSet) -> Result<()> {
    let (attr, value) = (c.attr.as_str(), c.value.as_str());
    if let Some((_, field)) = u::SET_FIELDS_VIA_PATCH.iter().find(|(a, _)| *a == attr) {
        body.insert((*field).into(), json!(value));
    } else if attr == "status" {
        body.insert("status".into(), json!(descope_status(value)?));
    } else if let (Some(k), Some(record)) = (
        attr.strip_prefix("attr.").filter(|k| !k.is_empty()),
        &c.record,
    ) {
        if !body.contains_key("customAttributes") {
            let current = if u::MERGE_CUSTOM_ATTRIBUTES_ON_PATCH {
                record.get("customAttributes").cloned()
            } else {
                None
            };
            body.insert(
                "customAttributes".into(),
                current.unwrap_or_else(|| json!({})),
            );
        }
        if let Some(Value::Object(map)) = body.get_mut("customAttributes") {
            map.insert(k.to_string(), u::attribute_value(value));
        }
    } else {
        return Err(CliError::usage(format!(
            "attribute {attr:?} is not set in a batch"
        )));
    }
    Ok(())
}

/// Each user's result from the answer's `patchedUsers` and `failedUsers`,
/// by login id; a user the answer does not mention failed, its outcome
/// unknown.
fn matched(changes: &[UserSet], answer: &Value) -> Vec<Result<bool>> {
    let list = |k: &str| {
        answer
            .get(k)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    let mut by_login: HashMap<String, Result<bool>> = HashMap::new();
    // A change names its user by login id or user id (`loginId` takes either).
    let names = |user: &Value| {
        let mut ids = u::batch_user_ids(user);
        if let Some(id) = user.get("userId").and_then(Value::as_str) {
            ids.push(id.to_lowercase());
        }
        ids
    };
    for user in list("patchedUsers") {
        for id in names(&user) {
            by_login.insert(id, Ok(true));
        }
    }
    for f in list("failedUsers") {
        let failure = f
            .get("failure")
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .unwrap_or("refused in the batch (no reason given)");
        let kind = if failure.contains(u::E_USER_NOT_FOUND) {
            ErrorKind::NotFound
        } else {
            ErrorKind::Rejected
        };
        for id in f.get("user").map(names).unwrap_or_default() {
            by_login.insert(
                id.clone(),
                Err(CliError::new(kind, format!("update user {id}: {failure}"))),
            );
        }
    }
    changes
        .iter()
        .map(|c| {
            let key = &c.key;
            match by_login.get(&key.to_lowercase()) {
                Some(r) => r.clone(),
                None => Err(CliError::network(format!(
                    "update user {key}: the batch answer did not mention this user"
                ))
                .hint(MAYBE_APPLIED)),
            }
        })
        .collect()
}
