//! The ODC emulator: identity v1 and portfolio v2.

pub mod bulk;
pub mod groups;
pub mod idp;
pub mod model;
pub mod permissions;
pub mod portfolio;
pub mod render;
pub mod roles;
pub mod users;

use std::sync::Arc;

use axum::Router;
use axum::extract::Request;
use axum::middleware::{Next, from_fn};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post};

use super::App;
use crate::problem::Problem;

/// Is `name` a query parameter the specs type (UUID, date-time, boolean,
/// integer, enum)? Those cannot be empty; plain strings (`nameContains`,
/// `sort`, the comma-separated `userKeys` and `key`) can.
fn typed_param(path: &str, name: &str) -> bool {
    // Libraries take `key` as a free string (compared, not parsed).
    if path.ends_with("/libraries") && name == "key" {
        return false;
    }
    // Deployed assets take `key` as comma-separated UUIDs.
    if path.ends_with("/deployed-assets") && name == "key" {
        return true;
    }
    (name.ends_with("Key") || name.ends_with("Keys") && name != "userKeys")
        || name.starts_with("lastLoginAt")
        || name.starts_with("has")
        || [
            "limit",
            "offset",
            "status",
            "embed",
            "revisions",
            "membershipType",
            "assignmentSources",
            "sort",
        ]
        .contains(&name)
}

/// A typed query parameter given with no value (`?lastLoginAtTo=`) is a
/// 400, as ASP.NET's binder answers a value it cannot convert.
pub async fn strict_query(req: Request, next: Next) -> Response {
    let path = req.uri().path();
    let empty = url::form_urlencoded::parse(req.uri().query().unwrap_or("").as_bytes())
        .find(|(k, v)| v.trim().is_empty() && typed_param(path, k))
        .map(|(k, _)| k.into_owned());
    if let Some(name) = empty {
        return Problem::bad_request(format!("Parameter '{name}' needs a value.")).into_response();
    }
    next.run(req).await
}

/// Routes under `/api/identity/v1`.
pub fn identity_routes() -> Router<Arc<App>> {
    Router::new()
        .route("/users", get(users::list).post(users::create))
        .route("/users/count", get(users::count))
        .route("/users/bulk", post(bulk::create))
        .route("/users/bulk/{key}", get(bulk::status))
        .route(
            "/users/{key}",
            get(users::get_one)
                .patch(users::patch)
                .delete(users::delete),
        )
        .route("/users/{key}/groups", get(users::groups))
        .route("/users/{key}/application-roles", get(roles::user_app_roles))
        .route(
            "/users/{key}/application-roles/{role}",
            post(roles::grant_app_role).delete(roles::revoke_app_role),
        )
        .route(
            "/users/{key}/organization-roles",
            get(roles::user_org_roles),
        )
        .route(
            "/users/{key}/organization-roles/{role}",
            post(roles::grant_org_role).delete(roles::revoke_org_role),
        )
        .route("/groups", get(groups::list).post(groups::create))
        .route(
            "/groups/{key}",
            get(groups::get_one)
                .patch(groups::patch)
                .delete(groups::delete),
        )
        .route(
            "/groups/{key}/users",
            get(groups::users).patch(groups::patch_users),
        )
        .route(
            "/groups/{key}/application-roles",
            get(groups::app_roles).patch(groups::patch_app_roles),
        )
        .route("/application-roles", get(roles::list_app_roles))
        .route("/application-roles/{key}/users", get(roles::app_role_users))
        .route(
            "/organization-roles",
            get(roles::list_org_roles).post(roles::create_org_role),
        )
        .route(
            "/organization-roles/{key}",
            get(roles::get_org_role)
                .patch(roles::patch_org_role)
                .delete(roles::delete_org_role),
        )
        .route(
            "/organization-roles/{key}/users",
            get(roles::org_role_users),
        )
        .route("/identity-providers", get(idp::list))
        .route("/identity-providers/{key}", get(idp::get_one))
        .route(
            "/groups/{key}/claim-mappings/{mapping}",
            delete(groups::delete_claim_mapping),
        )
        .route("/permissions", get(permissions::list))
        .route("/permissions/{key}", get(permissions::get_one))
        .route_layer(from_fn(strict_query))
}

/// A request body the spec makes optional (every ODC PATCH): none at all
/// reads as `{}`, i.e. "change nothing"; anything else as `Json`.
pub struct OptJson<T>(pub T);

impl<S, T> axum::extract::FromRequest<S> for OptJson<T>
where
    T: serde::de::DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = Problem;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let no_type = req
            .headers()
            .get(axum::http::header::CONTENT_TYPE)
            .is_none();
        if no_type {
            let bytes = axum::body::Bytes::from_request(req, state)
                .await
                .map_err(|e| Problem::bad_request(format!("The request body is invalid: {e}")))?;
            let text: &[u8] = if bytes.iter().all(u8::is_ascii_whitespace) {
                b"{}"
            } else {
                &bytes
            };
            return serde_json::from_slice(text)
                .map(OptJson)
                .map_err(|e| Problem::bad_request(format!("The request body is invalid: {e}")));
        }
        crate::problem::Json::<T>::from_request(req, state)
            .await
            .map(|crate::problem::Json(v)| OptJson(v))
    }
}

/// For a field the spec types but does not make nullable: `null` is
/// refused (absent is fine: `#[serde(default)]`).
pub fn not_null<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    use serde::de::Error;
    match <Option<T> as serde::Deserialize>::deserialize(d)? {
        Some(v) => Ok(Some(v)),
        None => Err(D::Error::custom("this field cannot be null")),
    }
}
