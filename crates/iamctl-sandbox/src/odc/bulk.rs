//! `POST /users/bulk` and its status: records are applied at once (under
//! the write lock, so faults cannot leave a batch half done), and the status
//! is revealed over time: Pending, then Processing (with the first half of
//! the operations), then Finished / FinishedWithErrors, all within ~80 ms so
//! that polling clients are exercised without slowing tests down.

use std::collections::HashSet;
use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use serde::Deserialize;
use serde_json::{Value, json};
use uuid::Uuid;

use super::model::{BulkOp, BulkRecordResult};
use super::users::{CreateUser, create_user};
use crate::App;
use crate::problem::{self, ApiResult, Json, Problem};

const PENDING_MS: i64 = 30;
const PROCESSING_MS: i64 = 80;
/// Finished operations older than this are forgotten (keeps state small).
const KEEP_HOURS: i64 = 24;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BulkRequest {
    records: Option<Vec<CreateUser>>,
}

pub async fn create(
    State(app): State<Arc<App>>,
    Json(req): Json<BulkRequest>,
) -> ApiResult<Response> {
    let records = req
        .records
        .ok_or_else(|| Problem::bad_request("The field 'records' is required."))?;
    if records.is_empty() || records.len() > 100 {
        return Err(Problem::bad_request(format!(
            "A bulk request takes 1 to 100 records, got {}.",
            records.len()
        )));
    }
    let mut guard = app.state.write().unwrap_or_else(|e| e.into_inner());
    let st = &mut guard.odc;
    let mut seen = HashSet::new();
    let mut results = Vec::with_capacity(records.len());
    for rec in &records {
        let email = rec.email.clone().map(|e| e.trim().to_string());
        let lower = email.as_deref().unwrap_or("").to_lowercase();
        let outcome = if !lower.is_empty() && !seen.insert(lower) {
            Err((
                "DuplicateEmail",
                format!(
                    "The e-mail '{}' appears more than once in this request.",
                    email.as_deref().unwrap_or("")
                ),
            ))
        } else if rec.add_to_built_in_identity_provider != Some(true)
            && email
                .as_deref()
                .is_some_and(|e| st.user_by_email(e).is_some())
        {
            Err((
                "UserAlreadyExists",
                format!(
                    "A user with e-mail '{}' already exists.",
                    email.as_deref().unwrap_or("")
                ),
            ))
        } else {
            create_user(st, rec)
        };
        results.push(match outcome {
            Ok((key, inserted)) => BulkRecordResult {
                status: if inserted { "Inserted" } else { "Updated" }.into(),
                error_code: None,
                error_message: None,
                key: Some(key),
                email,
                username: rec.username.clone(),
                subject: rec.subject.clone(),
            },
            Err((code, msg)) => BulkRecordResult {
                status: "Error".into(),
                error_code: Some(code.into()),
                error_message: Some(msg),
                key: None,
                email,
                username: rec.username.clone(),
                subject: rec.subject.clone(),
            },
        });
    }
    st.reindex();
    if let Some(seed) = app.opts.bulk_shuffle_seed {
        use rand::SeedableRng;
        use rand::seq::SliceRandom;
        // Seeded per request too, so two requests are not shuffled alike.
        let n = st.bulk_ops.len() as u64;
        results.shuffle(&mut rand::rngs::StdRng::seed_from_u64(
            seed ^ n.rotate_left(17),
        ));
    }
    let now = Utc::now();
    st.bulk_ops
        .retain(|op| now - op.accepted_at < chrono::Duration::hours(KEEP_HOURS));
    let op = BulkOp {
        key: Uuid::new_v4(),
        accepted_at: now,
        results,
    };
    let body = render(&op);
    st.bulk_ops.push(op);
    Ok((StatusCode::ACCEPTED, axum::Json(body)).into_response())
}

fn render(op: &BulkOp) -> Value {
    let age = (Utc::now() - op.accepted_at).num_milliseconds();
    let (status, shown) = if age < PENDING_MS {
        ("Pending", 0)
    } else if age < PROCESSING_MS {
        ("Processing", op.results.len() / 2)
    } else if op.results.iter().any(|r| r.status == "Error") {
        ("FinishedWithErrors", op.results.len())
    } else {
        ("Finished", op.results.len())
    };
    let errors = op.results.iter().filter(|r| r.status == "Error").count();
    let finished = shown == op.results.len() && age >= PROCESSING_MS;
    json!({
        "key": op.key,
        "status": status,
        "errorCode": (finished && errors > 0).then_some("RecordsFailed"),
        "errorMessage": (finished && errors > 0)
            .then(|| format!("{errors} of {} records failed.", op.results.len())),
        "operations": op.results[..shown].iter().map(|r| json!({
            "status": r.status,
            "errorCode": r.error_code,
            "errorMessage": r.error_message,
            "record": {
                "key": r.key,
                "email": r.email,
                "username": r.username,
                "subject": r.subject,
            },
        })).collect::<Vec<_>>(),
    })
}

pub async fn status(State(app): State<Arc<App>>, Path(key): Path<String>) -> ApiResult<Response> {
    let key = problem::key(&key, "bulk operation")?;
    let guard = app.state.read().unwrap_or_else(|e| e.into_inner());
    let op = guard
        .odc
        .bulk_ops
        .iter()
        .find(|o| o.key == key)
        .ok_or_else(|| {
            Problem::not_found(format!("Bulk operation {key} was not found."))
                .code("BulkOperationNotFound")
        })?;
    Ok(axum::Json(render(op)).into_response())
}
