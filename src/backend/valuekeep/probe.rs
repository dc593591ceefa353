//! `profile test --deep` on Valuekeep: the assumptions of `assumptions.rs`
//! that a read shows, in at most eight GETs after the token (each
//! `$top=1`). Findings hold shapes and flags only: the records read are
//! compared in memory and never reported.

use reqwest::Method;
use serde_json::Value;

use super::assumptions::{self as vk, *};
use super::{Valuekeep, odata, seg};
use crate::backend::api::ApiClient;
use crate::backend::assumptions::{Finding, kind_of};
use crate::error::Result;

const USERS: &str = "identity/users/odata";

/// A record's identity, to compare two answers (never reported).
fn identity(v: Option<&Value>) -> Option<String> {
    let v = v?;
    ["id", "userKey"]
        .iter()
        .find_map(|k| v.get(*k).and_then(Value::as_str))
        .map(str::to_lowercase)
}

fn first(page: &Value) -> Option<&Value> {
    page.get("items")
        .or_else(|| page.get("value"))
        .and_then(Value::as_array)
        .and_then(|a| a.first())
}

impl Valuekeep {
    /// GET a users page with these query options; (HTTP status, body).
    async fn probe_users(&self, query: &[(&str, String)]) -> Result<(u16, Value)> {
        let mut req = self.request(Method::GET, USERS);
        for (k, v) in query {
            req = req.query(k, v);
        }
        self.probe_send(req).await
    }

    async fn probe_send(&self, req: crate::http::Request) -> Result<(u16, Value)> {
        let resp = self.send(req).await?;
        let status = resp.status.as_u16();
        let body = resp.json().unwrap_or(Value::Null);
        Ok((status, body))
    }

    pub(super) async fn deep_probe_impl(&self) -> Result<Vec<Finding>> {
        let mut out = Vec::new();
        out.push(Finding::held(A_TOKEN, "a token was granted"));
        out.push(match self.tokens.expires_in_seen() {
            Some(true) => Finding::held(A_TOKEN_LIFETIME, "`expires_in` in the token answer"),
            Some(false) => {
                Finding::differs(A_TOKEN_LIFETIME, "no `expires_in` in the token answer")
            }
            None => Finding::unknown(A_TOKEN_LIFETIME, "no token was fetched"),
        });

        // 1. The first page: count, link form, and the first record's shapes.
        let (count_name, count_value) = vk::COUNT_PARAM;
        let page = self
            .call_lenient(
                self.request(Method::GET, USERS)
                    .query("$top", 1)
                    .query(count_name, count_value),
                "probe: list one user",
            )
            .await?;
        out.push(Finding::held(
            A_HOST,
            "the identity API answered at the profile's host",
        ));
        out.push(match page.get("count") {
            Some(Value::Number(_)) => Finding::held(A_COUNT, "`count` is a number"),
            Some(Value::String(s)) if s.trim().parse::<u64>().is_ok() => {
                Finding::held(A_COUNT, "`count` is a string holding a number")
            }
            other => Finding::differs(A_COUNT, format!("`count` is {}", kind_of(other))),
        });
        let a = first(&page).cloned();
        let link = page
            .get("nextPageLink")
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .map(str::to_string);
        out.push(match &link {
            None => Finding::unknown(A_NEXT_LINK, "no `nextPageLink` (fewer than two users)"),
            Some(l) => match url::Url::parse(l) {
                Ok(u) if u.origin() == self.api.origin() => {
                    Finding::held(A_NEXT_LINK, "absolute, on the API's host")
                }
                Ok(_) => Finding::differs(A_NEXT_LINK, "absolute, on another host (refused)"),
                Err(_) if l.starts_with('/') => Finding::differs(A_NEXT_LINK, "root-relative"),
                Err(_) => Finding::differs(A_NEXT_LINK, "path-relative"),
            },
        });
        match &a {
            None => {
                for id in [A_STATUS, A_HELD, A_LAST_LOGIN, A_ID_OR_KEY, A_EMAIL] {
                    out.push(Finding::unknown(id, "no users"));
                }
            }
            Some(a) => {
                out.push(status_finding(a.get("status")));
                out.push(held_shape(a));
                out.push(match a.get("lastLogin") {
                    None | Some(Value::Null) => {
                        Finding::unknown(A_LAST_LOGIN, "the first user never logged in")
                    }
                    Some(Value::String(s)) => Finding::check(
                        A_LAST_LOGIN,
                        chrono::DateTime::parse_from_rfc3339(s).is_ok(),
                        if chrono::DateTime::parse_from_rfc3339(s).is_ok() {
                            "an RFC 3339 string"
                        } else {
                            "a string that is not RFC 3339"
                        },
                    ),
                    other => {
                        Finding::differs(A_LAST_LOGIN, format!("`lastLogin` is {}", kind_of(other)))
                    }
                });
            }
        }

        // 2. The second record, by the link and by $skip.
        match link.as_deref().map(|l| odata::next_link(&self.api, l)) {
            Some(Err(_)) => out.push(Finding::unknown(A_SKIP, "the link was not followed")),
            Some(Ok(url)) => {
                let (_, by_link) = self.probe_send(self.request_url(Method::GET, url)).await?;
                let (status, by_skip) = self
                    .probe_users(&[("$top", "1".into()), ("$skip", "1".into())])
                    .await?;
                let (b, c) = (identity(first(&by_link)), identity(first(&by_skip)));
                out.push(if !(200..300).contains(&status) {
                    Finding::differs(A_SKIP, format!("`$skip` refused (HTTP {status})"))
                } else if b.is_some() && b == c {
                    Finding::held(A_SKIP, "`$skip=1` gave the record the link gave")
                } else if c.is_some() && c == identity(a.as_ref()) {
                    Finding::differs(A_SKIP, "`$skip` ignored: the first record came back")
                } else {
                    Finding::differs(A_SKIP, "`$skip=1` gave another record than the link")
                });
            }
            None => out.push(Finding::unknown(A_SKIP, "fewer than two users")),
        }

        // 3. The first user by key, and by e-mail in other case.
        if let Some(a) = &a {
            let key = a.get("userKey").and_then(Value::as_str).unwrap_or("");
            if key.is_empty() || vk::looks_like_id(key) {
                out.push(Finding::unknown(
                    A_ID_OR_KEY,
                    "the first user has no plain key",
                ));
            } else {
                let (status, got) = self
                    .probe_send(self.request(Method::GET, &format!("identity/users/{}", seg(key))))
                    .await?;
                out.push(Finding::check(
                    A_ID_OR_KEY,
                    (200..300).contains(&status) && identity(Some(&got)) == identity(Some(a)),
                    format!("`GET users/{{key}}`: HTTP {status}"),
                ));
            }
            let email = a.get("email").and_then(Value::as_str).unwrap_or("");
            if email.is_empty() || email.to_uppercase() == email {
                out.push(Finding::unknown(
                    A_EMAIL,
                    "the first user has no e-mail in lower case",
                ));
            } else {
                let (status, got) = self
                    .probe_users(&[
                        ("$filter", vk::email_filter(&email.to_uppercase())),
                        ("$top", "1".into()),
                    ])
                    .await?;
                out.push(if !(200..300).contains(&status) {
                    Finding::differs(A_EMAIL, format!("the filter was refused (HTTP {status})"))
                } else {
                    let found = identity(first(&got)) == identity(Some(a));
                    Finding::check(
                        A_EMAIL,
                        found,
                        if found {
                            "found with the e-mail in upper case"
                        } else {
                            "not found when the case differs"
                        },
                    )
                });
            }
        }

        // 4. A user that is not there: the error body's shape.
        let ghost = uuid::Uuid::new_v4().to_string();
        let resp = self
            .send(self.request(Method::GET, &format!("identity/users/{ghost}")))
            .await?;
        let status = resp.status.as_u16();
        let fields: Vec<&str> = serde_json::from_slice::<Value>(&resp.body)
            .ok()
            .map(|v| {
                ["message", "errors", "title", "detail"]
                    .into_iter()
                    .filter(|k| v.get(*k).is_some())
                    .collect()
            })
            .unwrap_or_default();
        out.push(if fields.is_empty() {
            Finding::differs(
                A_ERRORS,
                format!("HTTP {status} without `message`, `errors`, `title` or `detail`"),
            )
        } else {
            let list: Vec<String> = fields.iter().map(|f| format!("`{f}`")).collect();
            Finding::held(A_ERRORS, format!("HTTP {status} with {}", list.join(", ")))
        });

        // 5. The filters the code writes.
        let accepted = |status: u16| {
            if (200..300).contains(&status) {
                "accepted".to_string()
            } else {
                format!("refused (HTTP {status})")
            }
        };
        let (status, _) = self
            .probe_users(&[("$filter", vk::search_filter("a")), ("$top", "1".into())])
            .await?;
        out.push(Finding::check(
            A_CONTAINS,
            (200..300).contains(&status),
            accepted(status),
        ));
        let (status, _) = self
            .probe_users(&[
                (
                    "$filter",
                    format!(
                        "LastLogin lt {}",
                        vk::datetime_literal("2000-01-01T00:00:00Z")
                    ),
                ),
                ("$top", "1".into()),
            ])
            .await?;
        out.push(Finding::check(
            A_DATETIME,
            (200..300).contains(&status),
            accepted(status),
        ));
        Ok(out)
    }
}

/// A record's `groups` / `roles` lists: strings, or objects with a key.
fn held_shape(a: &Value) -> Finding {
    let mut seen = 0;
    for (field, key) in [("groups", "groupKey"), ("roles", "roleKey")] {
        match a.get(field) {
            None | Some(Value::Null) => {}
            Some(Value::Array(items)) => {
                for item in items {
                    let ok = match item {
                        Value::String(_) => true,
                        Value::Object(o) => [key, "key", "name", "id"]
                            .iter()
                            .any(|k| o.get(*k).is_some_and(Value::is_string)),
                        _ => false,
                    };
                    if !ok {
                        return Finding::differs(
                            A_HELD,
                            format!("`{field}` holds items of another shape"),
                        );
                    }
                    seen += 1;
                }
            }
            other => {
                return Finding::differs(A_HELD, format!("`{field}` is {}", kind_of(other)));
            }
        }
    }
    if seen == 0 {
        Finding::unknown(A_HELD, "the first user holds no groups or roles")
    } else {
        Finding::held(A_HELD, "lists of strings or of objects with a key")
    }
}

/// What the first user's `status` says of how statuses are written: a
/// number (held), a status name (differs: the client then sends names), or
/// anything else (could not tell: nothing says names would be understood,
/// so numbers are kept).
fn status_finding(status: Option<&Value>) -> Finding {
    match status {
        Some(Value::Number(_)) => Finding::held(A_STATUS, "a number"),
        Some(Value::String(s)) if vk::status_number(&Value::String(s.clone())).is_some() => {
            if s.trim().parse::<i64>().is_ok() {
                Finding::held(A_STATUS, "a number in a string")
            } else {
                Finding::differs(A_STATUS, "a name")
            }
        }
        other => Finding::unknown(
            A_STATUS,
            format!(
                "`status` is {}, neither a number nor a status name",
                kind_of(other)
            ),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assumptions::Verdict;
    use serde_json::json;

    #[test]
    fn only_a_status_name_switches_to_names() {
        let v = |x: Option<Value>| status_finding(x.as_ref()).verdict;
        assert_eq!(v(Some(json!(1))), Verdict::Held);
        assert_eq!(v(Some(json!("2"))), Verdict::Held);
        assert_eq!(v(Some(json!("Inactive"))), Verdict::Differs);
        // A record without a status, or with one iamctl cannot read, says
        // nothing about names: the client keeps sending numbers.
        assert_eq!(v(None), Verdict::CouldNotTell);
        assert_eq!(v(Some(Value::Null)), Verdict::CouldNotTell);
        assert_eq!(v(Some(json!("Enabled"))), Verdict::CouldNotTell);
    }
}
