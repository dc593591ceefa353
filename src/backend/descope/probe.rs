//! `profile test --deep` on Descope: the assumptions of `unconfirmed.rs`
//! that a read shows, in six requests (three searches of one user, a GET
//! of a login id that does not exist, the role and tenant lists).
//! Findings hold shapes and flags only.

use reqwest::Method;
use serde_json::{Value, json};

use super::Descope;
use super::unconfirmed::{self as u, *};
use crate::backend::api::ApiClient;
use crate::backend::assumptions::{Finding, kind_of};
use crate::error::Result;

impl Descope {
    async fn probe_send(
        &self,
        method: Method,
        path: &str,
        body: Option<Value>,
    ) -> Result<(u16, Value)> {
        let mut req = self.request(method, path)?;
        if let Some(b) = body {
            req = req.json(b);
        }
        let resp = self.send(req).await?;
        let status = resp.status.as_u16();
        Ok((status, resp.json().unwrap_or(Value::Null)))
    }

    pub(super) async fn deep_probe_impl(&self) -> Result<Vec<Finding>> {
        let mut out = Vec::new();
        let ok = |s: u16| (200..300).contains(&s);

        // 1. One user by the v2 search: its route, `total`, the name field.
        let (status, answer) = self
            .probe_send(
                Method::POST,
                u::SEARCH_PATH,
                Some(json!({"limit": 1, "page": 0})),
            )
            .await?;
        let users = answer.get("users").and_then(Value::as_array);
        out.push(match (ok(status), users) {
            (true, Some(_)) => Finding::held(A_SEARCH_V2, "answers `{users: [...]}`"),
            (true, None) => Finding::differs(A_SEARCH_V2, "answers without a `users` list"),
            (false, _) => Finding::differs(A_SEARCH_V2, format!("refused (HTTP {status})")),
        });
        let derived = u::base_url_for_project(&self.project_id).ok();
        out.push(if derived.as_ref() != Some(&self.base) {
            Finding::unknown(A_REGION_HOST, "a base URL is given: nothing was derived")
        } else {
            Finding::check(
                A_REGION_HOST,
                ok(status),
                format!("the derived host answered HTTP {status}"),
            )
        });
        if ok(status) {
            out.push(match answer.get("total") {
                Some(Value::Number(_)) => Finding::held(A_TOTAL, "`total` is a number"),
                other => Finding::differs(A_TOTAL, format!("`total` is {}", kind_of(other))),
            });
        }
        match users.and_then(|u| u.first()) {
            None => out.push(Finding::unknown(A_NAME_FIELD, "no users")),
            Some(user) => out.push(match (user.get(u::NAME_FIELD), user.get("displayName")) {
                (Some(_), _) => Finding::held(A_NAME_FIELD, "`name` is a field of the user"),
                (None, Some(_)) => Finding::differs(A_NAME_FIELD, "`displayName`, no `name`"),
                (None, None) => Finding::unknown(A_NAME_FIELD, "neither `name` nor `displayName`"),
            }),
        }

        // 2. A login id that does not exist: the error's code and status.
        let ghost = format!(
            "iamctl-probe-{}@example.invalid",
            uuid::Uuid::new_v4().simple()
        );
        let path = format!(
            "/v1/mgmt/user?loginId={}",
            url::form_urlencoded::byte_serialize(ghost.as_bytes()).collect::<String>()
        );
        let (status, answer) = self.probe_send(Method::GET, &path, None).await?;
        let code = answer.get("errorCode").and_then(Value::as_str);
        out.push(match code {
            Some(c) if c == u::E_USER_NOT_FOUND => {
                Finding::held(A_ERROR_CODES, format!("`{c}` with HTTP {status}"))
            }
            Some(c) if c.len() <= 12 && c.chars().all(|ch| ch.is_ascii_alphanumeric()) => {
                Finding::differs(A_ERROR_CODES, format!("`{c}` with HTTP {status}"))
            }
            _ => Finding::differs(A_ERROR_CODES, format!("no `errorCode`, HTTP {status}")),
        });

        // 3. The role and tenant lists.
        let (rs, roles) = self
            .probe_send(Method::GET, u::ROLES_ALL_PATH, None)
            .await?;
        let (ts, tenants) = self
            .probe_send(Method::GET, u::TENANTS_ALL_PATH, None)
            .await?;
        let r_ok = ok(rs) && roles.get("roles").is_some_and(Value::is_array);
        let t_ok = ok(ts) && tenants.get("tenants").is_some_and(Value::is_array);
        out.push(Finding::check(
            A_ROLES_TENANTS,
            r_ok && t_ok,
            format!(
                "roles: HTTP {rs}{}; tenants: HTTP {ts}{}",
                if r_ok {
                    ", a `roles` list"
                } else {
                    ", no `roles` list"
                },
                if t_ok {
                    ", a `tenants` list"
                } else {
                    ", no `tenants` list"
                },
            ),
        ));

        // 4. A sorted search.
        let (status, _) = self
            .probe_send(
                Method::POST,
                u::SEARCH_PATH,
                Some(json!({"limit": 1, "page": 0, "sort": [{"field": "createdTime", "desc": false}]})),
            )
            .await?;
        out.push(Finding::check(
            A_SORT,
            ok(status),
            if ok(status) {
                "sorting by `createdTime` accepted".to_string()
            } else {
                format!("sorting by `createdTime` refused (HTTP {status})")
            },
        ));

        // 5. Role/all's tenant roles: is a tenant's own role listed?
        if r_ok {
            let tenant_role = roles["roles"].as_array().into_iter().flatten().any(|r| {
                r.get("tenantId")
                    .and_then(Value::as_str)
                    .is_some_and(|t| !t.is_empty())
            });
            out.push(if tenant_role {
                Finding::held(A_ROLE_ALL_TENANT_ROLES, "a role carries a `tenantId`")
            } else {
                Finding::unknown(
                    A_ROLE_ALL_TENANT_ROLES,
                    "no role carries a `tenantId` (no tenant may have roles of its own)",
                )
            });
        }

        // 6. The search's time bounds: a user created at T (seconds) is
        //    found from T written in milliseconds.
        let created = users
            .and_then(|u| u.first())
            .and_then(|u| u.get("createdTime"))
            .and_then(Value::as_i64);
        match created {
            None => out.push(Finding::unknown(
                A_SEARCH_TIME_MS,
                "no user with a `createdTime` to search by",
            )),
            Some(t) => {
                let (status, answer) = self
                    .probe_send(
                        Method::POST,
                        u::SEARCH_PATH,
                        Some(json!({"limit": 1, "page": 0, "fromCreatedTime": t * 1000})),
                    )
                    .await?;
                let found = answer
                    .get("users")
                    .and_then(Value::as_array)
                    .is_some_and(|u| !u.is_empty());
                out.push(match (ok(status), found) {
                    (true, true) => Finding::held(
                        A_SEARCH_TIME_MS,
                        "a user is found from its `createdTime` written in milliseconds",
                    ),
                    (true, false) => Finding::differs(
                        A_SEARCH_TIME_MS,
                        "nothing found from a user's `createdTime` in milliseconds: read as seconds?",
                    ),
                    (false, _) => Finding::differs(
                        A_SEARCH_TIME_MS,
                        format!("the time bound was refused (HTTP {status})"),
                    ),
                });
            }
        }
        Ok(out)
    }
}
