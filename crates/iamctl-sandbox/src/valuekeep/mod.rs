//! The Valuekeep emulator: its identity service under
//! `/api/{tenant}/{org}/identity/...` (users, groups, roles; OData lists)
//! and the PRIMAVERA-style token endpoint `/connect/token`.
//!
//! Error bodies are not documented by the vendor; this emulator answers
//! `{"message": ...}` (plus `errors` on validation failures) so that
//! clients exercise lenient parsing. Users' `nextPageLink`s are absolute
//! and groups'/roles' are root-relative: the vendor does not say which it
//! sends, so a client must handle both.

// The handlers and their helpers return early with a ready HTTP answer
// (`Result<_, Response>`, see `http::Answer`); boxing axum's Response there
// would buy nothing.
#![allow(clippy::result_large_err)]

pub mod filter;
mod groups;
mod http;
mod members;
mod model;
mod odata;
mod roles;
mod token;
mod users;
mod values;

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
        .route("/users/odata", get(users::list))
        .route("/users", post(users::create))
        .route("/users/sendInvitation", post(users::send_invitation))
        .route("/users/{key}", get(users::get_one).delete(users::delete))
        .route(
            "/users/{key}/picture",
            get(users::get_picture).put(users::set_picture),
        )
        .route("/users/{key}/{attr}", put(users::set_attr))
        .route("/users/{key}/{what}/{op}", post(users::membership))
        .route("/groups/odata", get(groups::list))
        .route("/groups", post(groups::create))
        .route("/groups/{key}", get(groups::get_one).delete(groups::delete))
        .route("/groups/{key}/{attr}", put(groups::set_attr))
        .route("/groups/{key}/users/{op}", post(groups::users))
        .route("/roles/odata", get(roles::list))
        .route("/roles", post(roles::create))
        .route("/roles/{key}", get(roles::get_one))
        .route("/roles/{key}/{attr}", put(roles::set_attr))
        .route("/roles/{key}/users/{op}", post(roles::users));
    let identity = Router::new()
        .nest("/api/{tenant}/{org}/identity", identity)
        .route_layer(from_fn_with_state(app.clone(), super::faults::api_faults))
        .route_layer(from_fn_with_state(app, super::auth::require_bearer));
    Router::new()
        .route("/connect/token", post(token::token))
        .merge(identity)
}
