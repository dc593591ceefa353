//! Bulk creates on Descope (`users import`, `apply`):
//! `POST /v1/mgmt/user/create/batch`, one request per batch of up to
//! [`u::CREATE_BATCH_SIZE`] users, paced in the create window (100 requests
//! per 60 s per project, shared with single creates). The answer's
//! `createdUsers` and `failedUsers` are matched back to the rows by login
//! id; a user already there is `unchanged`, so a repeated or resumed import
//! creates nothing twice and exits 0.

use std::collections::{HashMap, VecDeque};

use reqwest::Method;
use serde_json::{Value, json};

use super::unconfirmed as u;
use super::{Descope, problem};
use crate::backend::api::ApiClient;
use crate::backend::{Action, Backend, NewUser, RowOutcome, is_already_exists, summarize_user};
use crate::error::{ErrorKind, Result};

/// The login id a create sends for `nu` (the e-mail unless one is given).
pub fn login_of(nu: &NewUser) -> String {
    nu.login_id
        .clone()
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| nu.email.clone())
}

fn all(n: usize, f: impl Fn() -> RowOutcome) -> Vec<RowOutcome> {
    (0..n).map(|_| f()).collect()
}

impl Descope {
    /// Create `batch`, one outcome per user in order; fewer outcomes than
    /// users only when Ctrl-C stopped it (the rest were not sent).
    pub async fn batch_create(&self, batch: &[NewUser]) -> Result<Vec<RowOutcome>> {
        if batch.is_empty() {
            return Ok(Vec::new());
        }
        if !u::BATCH_TAKES_TEST_USERS && batch.iter().any(|nu| nu.test) {
            return Ok(self.one_by_one(batch).await);
        }
        let mut out = Vec::with_capacity(batch.len());
        for chunk in batch.chunks(u::CREATE_BATCH_SIZE) {
            match self.send_batch(chunk).await? {
                Some(rs) => {
                    let complete = rs.len() == chunk.len();
                    out.extend(rs);
                    if !complete {
                        break;
                    }
                }
                None => break,
            }
        }
        Ok(out)
    }

    /// One batch request. None: Ctrl-C came before it was sent.
    async fn send_batch(&self, chunk: &[NewUser]) -> Result<Option<Vec<RowOutcome>>> {
        let users: Vec<Value> = chunk
            .iter()
            .map(|nu| Value::Object(self.create_body(nu)))
            .collect();
        let req = self
            .request(Method::POST, u::CREATE_BATCH_PATH)?
            .json(json!({ "users": users }));
        let what = format!("batch create {} users", chunk.len());
        if let Some(plan) = &self.dry_run {
            plan.record(&req);
            return Ok(Some(all(chunk.len(), || {
                RowOutcome::new(Action::Skipped, None, None)
            })));
        }
        let resp = match self.send(req).await {
            Ok(r) => r,
            Err(e) if e.kind == ErrorKind::Interrupted => return Ok(None),
            Err(e) => {
                // A POST whose answer was lost may have been applied.
                let e = e.hint(
                    "the batch may have been applied; re-run with --resume: users already there count as unchanged",
                );
                return Ok(Some(all(chunk.len(), || {
                    RowOutcome::from_error(Action::Failed, &e)
                })));
            }
        };
        let status = resp.status.as_u16();
        if !resp.status.is_success() {
            let e = resp.explain(problem(&resp, &what));
            let whole_refusal = (400..500).contains(&status) && !matches!(status, 401 | 403 | 429);
            if u::BATCH_REFUSAL_FALLS_BACK_TO_SINGLE && whole_refusal && chunk.len() > 1 {
                return Ok(Some(self.one_by_one(chunk).await));
            }
            return Ok(Some(all(chunk.len(), || {
                RowOutcome::from_error(Action::Failed, &e)
            })));
        }
        let answer = match resp.json() {
            Ok(v) => v,
            Err(e) => {
                let e = e.hint(
                    "the batch may have been applied; re-run with --resume: users already there count as unchanged",
                );
                return Ok(Some(all(chunk.len(), || {
                    RowOutcome::from_error(Action::Failed, &e)
                })));
            }
        };
        let logins: Vec<String> = chunk.iter().map(login_of).collect();
        Ok(Some(outcomes(&logins, &answer, status)))
    }

    /// The single create route, user by user (test users; a batch the
    /// server refused whole). Stops at Ctrl-C.
    async fn one_by_one(&self, users: &[NewUser]) -> Vec<RowOutcome> {
        let mut out = Vec::with_capacity(users.len());
        for nu in users {
            out.push(match self.create_user(nu).await {
                Ok(Some(v)) => {
                    let key = summarize_user(&v).key;
                    RowOutcome::new(Action::Created, (!key.is_empty()).then_some(key), None)
                }
                Ok(None) => RowOutcome::new(Action::Skipped, None, None),
                Err(e) if e.kind == ErrorKind::Interrupted => break,
                Err(e) if is_already_exists(&e) => RowOutcome::from_error(Action::Unchanged, &e),
                Err(e) => RowOutcome::from_error(Action::Failed, &e),
            });
        }
        out
    }
}

/// The first `E` + 6 digits in `text` (a Descope error code), if any.
fn code_in(text: &str) -> Option<String> {
    let b = text.as_bytes();
    (0..b.len().saturating_sub(6)).find_map(|i| {
        let is_code = b[i] == b'E'
            && b[i + 1..i + 7].iter().all(u8::is_ascii_digit)
            && b.get(i + 7).is_none_or(|c| !c.is_ascii_alphanumeric())
            && (i == 0 || !b[i - 1].is_ascii_alphanumeric());
        is_code.then(|| text[i..i + 7].to_string())
    })
}

/// Match a batch answer to the rows whose login ids are `logins`.
pub fn outcomes(logins: &[String], answer: &Value, status: u16) -> Vec<RowOutcome> {
    let mut pending: HashMap<String, VecDeque<usize>> = HashMap::new();
    for (i, l) in logins.iter().enumerate() {
        pending.entry(l.to_lowercase()).or_default().push_back(i);
    }
    let mut take = |user: &Value| -> Option<usize> {
        u::batch_user_ids(user)
            .iter()
            .find_map(|id| pending.get_mut(id).and_then(VecDeque::pop_front))
    };
    let mut out: Vec<Option<RowOutcome>> = vec![None; logins.len()];
    let list = |k: &str| {
        answer
            .get(k)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    for user in list("createdUsers") {
        if let Some(i) = take(&user) {
            let key = summarize_user(&user).key;
            out[i] = Some(RowOutcome::new(
                Action::Created,
                (!key.is_empty()).then_some(key),
                Some(status),
            ));
        }
    }
    for f in list("failedUsers") {
        let Some(i) = f.get("user").and_then(&mut take) else {
            continue;
        };
        let failure = f
            .get("failure")
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .unwrap_or("refused in the batch (no reason given)");
        let exists = u::batch_failure_is_exists(failure);
        let action = if exists {
            Action::Unchanged
        } else {
            Action::Failed
        };
        let mut r = RowOutcome::new(action, None, Some(status));
        r.error_code = code_in(failure).or_else(|| {
            Some(if exists {
                u::E_USER_EXISTS.to_string()
            } else {
                "BatchFailure".to_string()
            })
        });
        r.message = Some(format!("create user {}: {failure}", logins[i]));
        out[i] = Some(r);
    }
    let extra: Vec<(String, String)> = answer
        .get("additionalErrors")
        .and_then(Value::as_object)
        .map(|m| {
            m.iter()
                .map(|(k, v)| {
                    let v = v
                        .as_str()
                        .map(str::to_string)
                        .unwrap_or_else(|| v.to_string());
                    (k.clone(), v)
                })
                .collect()
        })
        .unwrap_or_default();
    out.into_iter()
        .enumerate()
        .map(|(i, o)| {
            o.unwrap_or_else(|| {
                let login = &logins[i];
                let mut r = RowOutcome::new(Action::Failed, None, Some(status));
                r.error_code = Some("MissingRecord".into());
                let said = extra
                    .iter()
                    .find(|(k, _)| k.eq_ignore_ascii_case(login))
                    .map(|(_, v)| v.clone())
                    .or_else(|| {
                        (!extra.is_empty()).then(|| {
                            extra
                                .iter()
                                .map(|(k, v)| format!("{k}: {v}"))
                                .collect::<Vec<_>>()
                                .join("; ")
                        })
                    });
                r.message = Some(match said {
                    Some(s) => format!("create user {login}: {s}"),
                    None => format!(
                        "create user {login}: the batch answer did not mention this user; \
                         its outcome is unknown (re-run with --resume: a user already there counts as unchanged)"
                    ),
                });
                r
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn logins(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn created_failed_and_existing_users_map_back_by_login_id() {
        let answer = json!({
            "createdUsers": [
                {"userId": "U2", "loginIds": ["B@x.io"], "email": "b@x.io"},
                {"userId": "U1", "loginIds": ["a@x.io"]}
            ],
            "failedUsers": [
                {"failure": "User already exists", "user": {"loginIds": ["c@x.io"]}},
                {"failure": "E011003: Tenant T9 does not exist", "user": {"loginId": "d@x.io"}},
                {"failure": "bad phone", "user": {"email": "e@x.io"}}
            ],
            "additionalErrors": {}
        });
        let rs = outcomes(
            &logins(&["a@x.io", "b@x.io", "c@x.io", "d@x.io", "e@x.io", "f@x.io"]),
            &answer,
            200,
        );
        let acts: Vec<Action> = rs.iter().map(|r| r.action).collect();
        assert_eq!(
            acts,
            [
                Action::Created,
                Action::Created,
                Action::Unchanged,
                Action::Failed,
                Action::Failed,
                Action::Failed
            ]
        );
        assert_eq!(rs[0].key.as_deref(), Some("U1"));
        assert_eq!(rs[1].key.as_deref(), Some("U2"));
        assert_eq!(rs[2].error_code.as_deref(), Some(u::E_USER_EXISTS));
        assert_eq!(rs[3].error_code.as_deref(), Some("E011003"));
        assert!(
            rs[3]
                .message
                .as_deref()
                .unwrap()
                .contains("T9 does not exist")
        );
        assert_eq!(rs[4].error_code.as_deref(), Some("BatchFailure"));
        assert_eq!(rs[5].error_code.as_deref(), Some("MissingRecord"));
        assert!(rs[5].message.as_deref().unwrap().contains("unknown"));
    }

    #[test]
    fn additional_errors_explain_unmentioned_rows() {
        let answer = json!({"createdUsers": [], "failedUsers": [],
            "additionalErrors": {"a@x.io": "quota exceeded"}});
        let rs = outcomes(&logins(&["a@x.io"]), &answer, 200);
        assert_eq!(rs[0].action, Action::Failed);
        assert!(rs[0].message.as_deref().unwrap().contains("quota exceeded"));
    }

    #[test]
    fn error_codes_are_found_in_failure_text() {
        assert_eq!(code_in("E062107 user exists").as_deref(), Some("E062107"));
        assert_eq!(code_in("failed (E011003)").as_deref(), Some("E011003"));
        assert_eq!(code_in("E0621071"), None);
        assert_eq!(code_in("no code"), None);
        assert!(u::batch_failure_is_exists("User already exists"));
        assert!(u::batch_failure_is_exists("e062107"));
        assert!(!u::batch_failure_is_exists("Tenant does not exist"));
    }
}
