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
use axum::routing::{delete, get, post};

use super::App;

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
}
