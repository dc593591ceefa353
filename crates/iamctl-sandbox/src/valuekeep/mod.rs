//! The Valuekeep emulator: its identity service under
//! `/api/{tenant}/{org}/identity/...` (users, groups, roles; OData lists)
//! and the PRIMAVERA-style token endpoint `/connect/token`.
//!
//! Error bodies are not documented by the vendor; this emulator answers
//! `{"message": ...}` (plus `errors` on validation failures) so that
//! clients exercise lenient parsing. Users' `nextPageLink`s are absolute
//! and groups'/roles' are root-relative: the vendor does not say which it
//! sends, so a client must handle both.

mod api;
pub mod filter;
mod model;

use std::sync::Arc;

use axum::Router;
use axum::middleware::from_fn_with_state;
use axum::routing::{get, post, put};

pub use model::VkState;

use super::App;

/// The tenant and organization keys the sandbox serves.
pub const TENANT: &str = "sandbox";
pub const ORG: &str = "sandbox-0001";
/// The OAuth scope the token endpoint grants.
pub const SCOPE: &str = "application";

/// Seed the Valuekeep world once (a state file saved before Valuekeep
/// existed gets one on first load).
pub fn ensure_seeded(st: &mut super::State, n_users: usize) {
    if !st.valuekeep.seeded {
        st.valuekeep = model::world(n_users);
    }
}

/// `/connect/token` and `/api/{tenant}/{org}/identity/...`.
pub fn routes(app: Arc<App>) -> Router<Arc<App>> {
    let identity = Router::new()
        .route("/users/odata", get(api::list_users))
        .route("/users", post(api::create_user))
        .route("/users/sendInvitation", post(api::send_invitation))
        .route("/users/{key}", get(api::get_user).delete(api::delete_user))
        .route(
            "/users/{key}/picture",
            get(api::get_picture).put(api::set_user_attr_picture),
        )
        .route("/users/{key}/{attr}", put(api::set_user_attr))
        .route("/users/{key}/{what}/{op}", post(api::user_membership))
        .route("/groups/odata", get(api::list_groups))
        .route("/groups", post(api::create_group))
        .route(
            "/groups/{key}",
            get(api::get_group).delete(api::delete_group),
        )
        .route("/groups/{key}/{attr}", put(api::set_group_attr))
        .route("/groups/{key}/users/{op}", post(api::group_users))
        .route("/roles/odata", get(api::list_roles))
        .route("/roles", post(api::create_role))
        .route("/roles/{key}", get(api::get_role))
        .route("/roles/{key}/{attr}", put(api::set_role_attr))
        .route("/roles/{key}/users/{op}", post(api::role_users));
    let identity = Router::new()
        .nest("/api/{tenant}/{org}/identity", identity)
        .route_layer(from_fn_with_state(app.clone(), super::faults::api_faults))
        .route_layer(from_fn_with_state(app, super::auth::require_bearer));
    Router::new()
        .route("/connect/token", post(api::token))
        .merge(identity)
}
