//! Bulk writes on ODC: `POST /users/bulk` (1..100 records, an asynchronous
//! operation polled at `GET /users/bulk/{key}`) and one
//! `PATCH /groups/{key}/users` for many users at once.
//!
//! Every request costs budget against a real tenant (100/minute, of which
//! bulk 5/minute): polls start after 100 ms and back off, so a quick
//! operation costs one poll.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use reqwest::Method;
use serde_json::{Map, Value, json};

use super::{Api, Odc, problem};
use crate::backend::api::ApiClient;
use crate::backend::{Action, NewUser, RowOutcome};
use crate::error::{CliError, ErrorKind, Result};

/// ODC's limit on records per bulk request.
pub const BULK_MAX: usize = 100;
const FIRST_POLL: Duration = Duration::from_millis(100);
const MAX_POLL: Duration = Duration::from_secs(5);
/// How long an accepted operation may stay unfinished before we stop asking.
const POLL_GIVE_UP: Duration = Duration::from_secs(600);

/// The body of `POST /users` (and of one bulk record).
pub fn create_body(u: &NewUser) -> Value {
    let mut body = Map::new();
    let name = u
        .name
        .clone()
        .unwrap_or_else(|| u.email.split('@').next().unwrap_or(&u.email).to_string());
    body.insert("name".into(), json!(name));
    body.insert("email".into(), json!(u.email));
    body.insert("isActive".into(), json!(u.active));
    if let Some(p) = &u.photo_url {
        body.insert("photoUrl".into(), json!(p));
    }
    if u.builtin_idp {
        body.insert("addToBuiltInIdentityProvider".into(), json!(true));
    }
    Value::Object(body)
}

fn finished(op: &Value) -> bool {
    matches!(
        op.get("status").and_then(Value::as_str),
        Some("Finished" | "FinishedWithErrors")
    )
}

fn same_error(e: &CliError) -> CliError {
    CliError {
        kind: e.kind,
        message: e.message.clone(),
        hints: e.hints.clone(),
        api: e.api.clone(),
    }
}

impl Odc {
    /// One bulk request for up to 100 users, polled to its end.
    pub async fn bulk_create(&self, batch: &[NewUser]) -> Result<Vec<RowOutcome>> {
        if batch.is_empty() {
            return Ok(Vec::new());
        }
        if batch.len() > BULK_MAX {
            return Err(CliError::other(format!(
                "a bulk request takes at most {BULK_MAX} users"
            )));
        }
        let records: Vec<Value> = batch.iter().map(create_body).collect();
        let req = self
            .request(Method::POST, Api::Identity, "users/bulk")
            .json(json!({ "records": records }));
        if self.dry_run.is_some() {
            self.write(req, "bulk create users").await?;
            return Ok(batch
                .iter()
                .map(|_| RowOutcome::new(Action::Skipped, None, None))
                .collect());
        }
        let all_failed = |e: &CliError| -> Vec<RowOutcome> {
            batch
                .iter()
                .map(|_| RowOutcome::from_error(Action::Failed, e))
                .collect()
        };
        let resp = match self.send(req).await {
            Ok(r) => r,
            // Ctrl-C before it was sent: nothing happened to these users.
            Err(e) if e.kind == ErrorKind::Interrupted => return Ok(Vec::new()),
            Err(e) => {
                let e = e.hint("the request may have been applied; re-run with --resume: users already there count as unchanged");
                return Ok(all_failed(&e));
            }
        };
        let status = resp.status.as_u16();
        if !resp.status.is_success() {
            return Ok(all_failed(&resp.explain(problem(&resp, "bulk create"))));
        }
        let mut op = resp.json()?;
        let key = op
            .get("key")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        let started = Instant::now();
        let mut delay = FIRST_POLL;
        while !finished(&op) {
            if key.is_empty() || started.elapsed() > POLL_GIVE_UP {
                let e = CliError::network(format!(
                    "bulk operation {key} did not finish in {} s; its outcome is unknown",
                    POLL_GIVE_UP.as_secs()
                ));
                return Ok(all_failed(&e));
            }
            tokio::time::sleep(delay).await;
            delay = (delay * 2).min(MAX_POLL);
            let mut req = self.request(Method::GET, Api::Identity, &format!("users/bulk/{key}"));
            req.finish_on_cancel = true;
            op = match self.call(req, &format!("poll bulk operation {key}")).await {
                Ok(v) => v,
                Err(e) => {
                    let e = e.hint("the users may have been created; re-run with --resume: users already there count as unchanged");
                    return Ok(all_failed(&e));
                }
            };
        }
        Ok(outcomes(batch, &op, status))
    }

    /// One `PATCH /groups/{key}/users` for many users.
    pub async fn add_many_to_group(
        &self,
        group_key: &str,
        user_keys: &[String],
    ) -> Vec<Result<()>> {
        let mut out = Vec::with_capacity(user_keys.len());
        for chunk in user_keys.chunks(BULK_MAX) {
            let req = self
                .request(
                    Method::PATCH,
                    Api::Identity,
                    &format!("groups/{group_key}/users"),
                )
                .json(json!({ "userKeysToAdd": chunk }));
            match self.write(req, &format!("add to group {group_key}")).await {
                Ok(_) => out.extend(chunk.iter().map(|_| Ok(()))),
                Err(e) => out.extend(chunk.iter().map(|_| Err(same_error(&e)))),
            }
        }
        out
    }
}

/// The operation's records, matched to the batch rows by identity: a
/// record that carries an e-mail goes to the (first unmatched) row with that
/// e-mail. Only records without one fall back to position (see `by_position`).
fn matched<'a>(batch: &[NewUser], ops: &'a [Value]) -> Vec<Option<&'a Value>> {
    let mut found: Vec<Option<&Value>> = vec![None; batch.len()];
    let mut rows_of: HashMap<String, std::collections::VecDeque<usize>> = HashMap::new();
    for (i, u) in batch.iter().enumerate() {
        rows_of
            .entry(u.email.to_lowercase())
            .or_default()
            .push_back(i);
    }
    let mut anonymous = Vec::new();
    for o in ops {
        let email = o
            .pointer("/record/email")
            .and_then(Value::as_str)
            .filter(|e| !e.is_empty())
            .map(str::to_lowercase);
        match email {
            Some(e) => {
                // A record that names an e-mail no (unmatched) row has is
                // someone else's: never given to a row by position, where
                // its key would get that row's groups and roles.
                if let Some(i) = rows_of.get_mut(&e).and_then(|r| r.pop_front()) {
                    found[i] = Some(o);
                }
            }
            None => anonymous.push(o),
        }
    }
    by_position(batch, ops, &anonymous, &mut found);
    found
}

/// UNCONFIRMED (ODC's bulk answer): records that carry no e-mail are
/// matched by position, which assumes the operation lists its records in
/// the order they were sent. ODC's spec promises no order, so this is done
/// only when every record of the answer is accounted for (as many records
/// as rows) and only for the rows no identity matched.
fn by_position<'a>(
    batch: &[NewUser],
    ops: &'a [Value],
    anonymous: &[&'a Value],
    found: &mut [Option<&'a Value>],
) {
    if anonymous.is_empty() || ops.len() != batch.len() {
        return;
    }
    for (i, o) in ops.iter().enumerate() {
        if found[i].is_none() && anonymous.iter().any(|a| std::ptr::eq(*a, o)) {
            found[i] = Some(o);
        }
    }
}

fn outcomes(batch: &[NewUser], op: &Value, status: u16) -> Vec<RowOutcome> {
    let ops = op
        .get("operations")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let found_all = matched(batch, &ops);
    let op_key = op.get("key").and_then(Value::as_str).unwrap_or("");
    batch
        .iter()
        .zip(found_all)
        .map(|(_, found)| {
            let Some(o) = found else {
                let mut r = RowOutcome::new(Action::Failed, None, Some(status));
                r.error_code = Some("MissingRecord".into());
                r.message = Some(format!(
                    "bulk operation {op_key} reported nothing for this record"
                ));
                return r;
            };
            let s = |p: &str| o.pointer(p).and_then(Value::as_str).map(str::to_string);
            let key = s("/record/key");
            match o.get("status").and_then(Value::as_str) {
                Some("Inserted") => RowOutcome::new(Action::Created, key, Some(status)),
                Some("Updated") => RowOutcome::new(Action::Updated, key, Some(status)),
                _ => {
                    let code = s("/errorCode");
                    let action = if code.as_deref() == Some("UserAlreadyExists") {
                        Action::Unchanged
                    } else {
                        Action::Failed
                    };
                    let mut r = RowOutcome::new(action, key, Some(status));
                    r.message = s("/errorMessage")
                        .or_else(|| Some(format!("refused in bulk operation {op_key}")));
                    r.error_code = code;
                    r
                }
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(emails: &[&str]) -> Vec<NewUser> {
        emails
            .iter()
            .map(|e| NewUser {
                email: e.to_string(),
                ..Default::default()
            })
            .collect()
    }

    fn op(email: Option<&str>, key: &str) -> Value {
        json!({"status": "Inserted", "record": {"key": key, "email": email}})
    }

    fn keys(found: &[Option<&Value>]) -> Vec<Option<String>> {
        found
            .iter()
            .map(|o| o.and_then(|o| o.pointer("/record/key")?.as_str().map(str::to_string)))
            .collect()
    }

    #[test]
    fn records_go_to_the_row_with_their_email_whatever_the_order() {
        let batch = rows(&["a@x.io", "B@x.io", "c@x.io", "a@x.io"]);
        let ops = vec![
            op(Some("c@x.io"), "kc"),
            op(Some("a@x.io"), "ka1"),
            op(Some("b@x.io"), "kb"),
            op(Some("A@X.IO"), "ka2"),
        ];
        assert_eq!(
            keys(&matched(&batch, &ops)),
            [Some("ka1"), Some("kb"), Some("kc"), Some("ka2")].map(|k| k.map(String::from))
        );
    }

    #[test]
    fn records_without_identity_fall_back_to_position_only_when_all_are_there() {
        let batch = rows(&["a@x.io", "b@x.io", "c@x.io"]);
        // b's record names it; the other two carry no e-mail.
        let ops = vec![op(None, "k0"), op(Some("b@x.io"), "kb"), op(None, "k2")];
        assert_eq!(
            keys(&matched(&batch, &ops)),
            [Some("k0"), Some("kb"), Some("k2")].map(|k| k.map(String::from))
        );
        // One record missing: positions mean nothing, nothing is guessed.
        let ops = vec![op(None, "k0"), op(Some("b@x.io"), "kb")];
        assert_eq!(
            keys(&matched(&batch, &ops)),
            [None, Some("kb"), None].map(|k: Option<&str>| k.map(String::from))
        );
    }

    #[test]
    fn a_record_naming_an_unknown_email_is_nobody_s_by_position() {
        // The service spelled two e-mails its own way (say, IDNA) and
        // answered out of order: those records name no row, so their rows
        // stay unmatched (MissingRecord) instead of swapping keys.
        let batch = rows(&["jörg@exämple.de", "zoë@exämple.de", "c@x.io"]);
        let ops = vec![
            op(Some("zoë@xn--exmple-cua.de"), "K-zoe"),
            op(Some("jörg@xn--exmple-cua.de"), "K-jorg"),
            op(Some("c@x.io"), "kc"),
        ];
        assert_eq!(
            keys(&matched(&batch, &ops)),
            [None, None, Some("kc")].map(|k: Option<&str>| k.map(String::from))
        );
    }
}
