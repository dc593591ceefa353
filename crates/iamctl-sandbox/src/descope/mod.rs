//! The Descope emulator: the management routes iamctl uses, behind the
//! `Authorization: Bearer <ProjectId>:<ManagementKey>` check, answering
//! errors as `{errorCode, errorDescription, errorMessage}`, with Descope's
//! published per-project limits under `--vendor-limits` (create 100, search
//! and update 200 per window; 429 `E130429` with an integer `Retry-After`).
//! A batch create counts once in the create bucket, as a single create does.

mod admin;
mod audit;
mod handler;
mod keys;
pub mod model;
mod user_batch;
mod user_search;
mod users;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::{Next, from_fn_with_state};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get, post};
use serde_json::json;

use super::App;
use super::faults::{Injected, SlidingWindow, retry_secs};

/// Descope's published limits per project and per window ("60 s",
/// shrinkable with `--rate-window`).
const CREATE_PER_WINDOW: usize = 100;
const SEARCH_PER_WINDOW: usize = 200;
const UPDATE_PER_WINDOW: usize = 200;

/// Error codes. The first six are the ones the official SDKs know.
/// UNCONFIRMED: the HTTP status of each (we answer 400 for a missing user,
/// as clients must branch on the code), and `E011401`, which is this
/// sandbox's own code for a refused management key (the real one is not
/// documented).
pub const E_BAD_REQUEST: &str = "E011001";
pub const E_MISSING_ARGUMENTS: &str = "E011002";
pub const E_VALIDATION: &str = "E011003";
pub const E_USER_EXISTS: &str = "E062107";
pub const E_USER_NOT_FOUND: &str = "E112102";
pub const E_RATE_LIMITED: &str = "E130429";
pub const E_UNAUTHORIZED: &str = "E011401";
/// UNCONFIRMED: the sandbox's own codes for a tenant, role, permission,
/// access key or SSO application that exists already (409) or that no
/// such id or name names (404); Descope's real codes are not documented.
pub const E_ENTITY_EXISTS: &str = "E011409";
pub const E_ENTITY_NOT_FOUND: &str = "E011410";

/// The rate windows of the (single) sandbox project.
#[derive(Debug, Default)]
pub struct Limits {
    create: SlidingWindow,
    search: SlidingWindow,
    update: SlidingWindow,
}

pub type SharedLimits = Mutex<Limits>;

/// A Descope error answer.
#[derive(Debug, Clone)]
pub struct DErr {
    pub status: StatusCode,
    pub code: &'static str,
    pub description: String,
    pub message: Option<String>,
    pub retry_after: Option<u64>,
}

pub type DResult<T> = Result<T, DErr>;

impl DErr {
    pub fn new(status: StatusCode, code: &'static str, description: impl Into<String>) -> DErr {
        DErr {
            status,
            code,
            description: description.into(),
            message: None,
            retry_after: None,
        }
    }
    pub fn message(mut self, m: impl Into<String>) -> DErr {
        self.message = Some(m.into());
        self
    }
    pub fn missing(field: &str) -> DErr {
        DErr::new(
            StatusCode::BAD_REQUEST,
            E_MISSING_ARGUMENTS,
            "Missing arguments",
        )
        .message(format!("{field} is required"))
    }
    pub fn invalid(m: impl Into<String>) -> DErr {
        DErr::new(
            StatusCode::BAD_REQUEST,
            E_VALIDATION,
            "Request validation failure",
        )
        .message(m)
    }
    pub fn not_found(id: &str) -> DErr {
        DErr::new(StatusCode::BAD_REQUEST, E_USER_NOT_FOUND, "User not found")
            .message(format!("Cannot find user {id}"))
    }
    /// A tenant, role, permission, key or app that no id or name names.
    pub fn entity_not_found(what: &str, id: &str) -> DErr {
        DErr::new(
            StatusCode::NOT_FOUND,
            E_ENTITY_NOT_FOUND,
            format!("{what} not found"),
        )
        .message(format!("Cannot find {} {id}", what.to_lowercase()))
    }
    /// A name (or id) already taken.
    pub fn entity_exists(what: &str, name: &str) -> DErr {
        DErr::new(
            StatusCode::CONFLICT,
            E_ENTITY_EXISTS,
            format!("{what} already exists"),
        )
        .message(format!("{what} {name} is taken"))
    }
    pub fn exists(login: &str) -> DErr {
        DErr::new(StatusCode::CONFLICT, E_USER_EXISTS, "User already exists")
            .message(format!("Login id {login} is taken"))
    }
}

impl IntoResponse for DErr {
    fn into_response(self) -> Response {
        let mut body = json!({"errorCode": self.code, "errorDescription": self.description});
        if let Some(m) = &self.message {
            body["errorMessage"] = json!(m);
        }
        let mut resp = (self.status, axum::Json(body)).into_response();
        if let Some(secs) = self.retry_after
            && let Ok(v) = secs.to_string().parse()
        {
            resp.headers_mut().insert(header::RETRY_AFTER, v);
        }
        resp
    }
}

/// The management routes, with the key check and the limits in front.
pub fn routes(app: Arc<App>) -> Router<Arc<App>> {
    Router::new()
        .route("/v1/mgmt/user", get(user_search::load))
        .route("/v1/mgmt/license", get(audit::license))
        .route("/v1/mgmt/role/all", get(admin::role_all))
        .route("/v1/mgmt/role/search", post(admin::role_search))
        .route("/v1/mgmt/role/create", post(admin::role_create))
        .route("/v1/mgmt/role/update", post(admin::role_update))
        .route("/v1/mgmt/role/delete", post(admin::role_delete))
        .route("/v1/mgmt/permission/all", get(admin::permission_all))
        .route("/v1/mgmt/permission/create", post(admin::permission_create))
        .route("/v1/mgmt/permission/update", post(admin::permission_update))
        .route("/v1/mgmt/permission/delete", post(admin::permission_delete))
        .route("/v1/mgmt/tenant", get(admin::tenant_load))
        .route("/v1/mgmt/tenant/all", get(admin::tenant_all))
        .route("/v1/mgmt/tenant/search", post(admin::tenant_search))
        .route("/v1/mgmt/tenant/create", post(admin::tenant_create))
        .route("/v1/mgmt/tenant/update", post(admin::tenant_update))
        .route("/v1/mgmt/tenant/delete", post(admin::tenant_delete))
        .route(
            "/v1/mgmt/tenant/settings",
            get(admin::tenant_settings_load).post(admin::tenant_settings_set),
        )
        .route(
            "/v1/mgmt/tenant/updateDefaultRoles",
            post(admin::tenant_default_roles),
        )
        .route("/v1/mgmt/accesskey", get(keys::load))
        .route("/v1/mgmt/accesskey/create", post(keys::create))
        .route("/v1/mgmt/accesskey/search", post(keys::search))
        .route("/v1/mgmt/accesskey/update", post(keys::update))
        .route("/v1/mgmt/accesskey/activate", post(keys::activate))
        .route("/v1/mgmt/accesskey/deactivate", post(keys::deactivate))
        .route("/v1/mgmt/accesskey/delete", post(keys::delete))
        .route(
            "/v1/mgmt/accesskey/activate/batch",
            post(keys::activate_batch),
        )
        .route(
            "/v1/mgmt/accesskey/deactivate/batch",
            post(keys::deactivate_batch),
        )
        .route("/v1/mgmt/accesskey/delete/batch", post(keys::delete_batch))
        .route("/v1/mgmt/accesskey/rotate", post(keys::rotate))
        .route("/v1/mgmt/sso/idp/app/load", get(audit::sso_app_load))
        .route("/v1/mgmt/sso/idp/apps/load", get(audit::sso_apps_load))
        .route("/v1/mgmt/audit/search", post(audit::search))
        .route("/v1/mgmt/audit/event", post(audit::create_event))
        .route("/v1/mgmt/user/history", post(audit::history))
        .route("/v1/mgmt/users/load", post(user_search::load_users))
        .route(
            "/v1/mgmt/user/patch/batch",
            axum::routing::patch(user_batch::patch_batch),
        )
        .route(
            "/v1/mgmt/user/test/delete/all",
            axum::routing::delete(user_batch::delete_test_users),
        )
        .route("/v1/mgmt/user/password/{op}", post(users::password))
        .route("/v1/mgmt/user/password/set/{op}", post(users::password))
        .route("/v1/mgmt/user/create", post(users::create))
        .route("/v1/mgmt/user/create/test", post(users::create_test))
        .route("/v1/mgmt/user/create/batch", post(user_batch::create_batch))
        .route("/v1/mgmt/user/search", post(user_search::search))
        .route("/v2/mgmt/user/search", post(user_search::search))
        .route("/v2/mgmt/user/search/test", post(user_search::search_test))
        .route("/v1/mgmt/user/update", post(users::update))
        .route("/v1/mgmt/user/patch", axum::routing::patch(users::patch))
        .route("/v1/mgmt/user/update/status", post(users::set_status))
        .route("/v1/mgmt/user/update/loginid", post(users::set_login_id))
        .route("/v1/mgmt/user/update/email", post(users::set_email))
        .route("/v1/mgmt/user/update/phone", post(users::set_phone))
        .route("/v1/mgmt/user/update/name", post(users::set_name))
        .route("/v1/mgmt/user/update/picture", post(users::set_picture))
        .route(
            "/v1/mgmt/user/update/customAttribute",
            post(users::set_custom_attribute),
        )
        .route("/v1/mgmt/user/update/role/set", post(users::role_set))
        .route("/v1/mgmt/user/update/role/add", post(users::role_add))
        .route("/v2/mgmt/user/update/role/add", post(users::role_add))
        .route("/v1/mgmt/user/update/role/remove", post(users::role_remove))
        .route("/v1/mgmt/user/update/tenant/add", post(users::tenant_add))
        .route(
            "/v1/mgmt/user/update/tenant/remove",
            post(users::tenant_remove),
        )
        .route("/v1/mgmt/user/logout", post(users::logout))
        .route("/v1/mgmt/user/delete", post(users::delete))
        .route("/v1/mgmt/user/delete/batch", post(user_batch::delete_batch))
        .route("/v1/mgmt/user/update/ssoapp/{op}", post(users::sso_apps))
        .route("/v1/mgmt/user/totp/delete", post(users::remove_totp))
        .route(
            "/v1/mgmt/user/passkeys/delete",
            post(users::remove_passkeys),
        )
        .route(
            "/v1/mgmt/user/recovery-codes/delete",
            post(users::remove_recovery_codes),
        )
        .route_layer(from_fn_with_state(app.clone(), audit::record))
        .route_layer(from_fn_with_state(app.clone(), limits))
        .route_layer(from_fn_with_state(app, require_key))
        // Unknown Descope routes and methods answer in Descope's shape, not
        // ODC's problem+json (the shared fallback).
        .route("/v1/{*rest}", any(no_route))
        .route("/v2/{*rest}", any(no_route))
        .method_not_allowed_fallback(no_method)
}

/// UNCONFIRMED: what Descope answers for a route it does not have; the
/// sandbox answers 404 in Descope's error shape with its own code
/// `E011404` (and 405 `E011405` for a known route, wrong method).
pub const E_NO_ROUTE: &str = "E011404";
pub const E_NO_METHOD: &str = "E011405";

/// An unknown management route, in Descope's error shape.
pub fn no_route_named(method: &str, path: &str) -> Response {
    DErr::new(StatusCode::NOT_FOUND, E_NO_ROUTE, "Route not found")
        .message(format!("No route {method} {path}"))
        .into_response()
}

async fn no_route(req: Request) -> Response {
    no_route_named(req.method().as_str(), req.uri().path())
}

async fn no_method(req: Request) -> Response {
    DErr::new(
        StatusCode::METHOD_NOT_ALLOWED,
        E_NO_METHOD,
        "Method not allowed",
    )
    .message(format!(
        "{} is not allowed on {}",
        req.method(),
        req.uri().path()
    ))
    .into_response()
}

/// `Authorization: Bearer <ProjectId>:<ManagementKey>`; anything else is a 401.
/// The presented value is never echoed back.
async fn require_key(State(app): State<Arc<App>>, req: Request, next: Next) -> Response {
    let presented = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            let (scheme, rest) = v.split_once(' ')?;
            scheme.eq_ignore_ascii_case("bearer").then(|| rest.trim())
        });
    let refused = match presented {
        None => Some("Authorization: Bearer <ProjectId>:<ManagementKey> is required"),
        Some(v) => match v.split_once(':') {
            None => Some("The bearer value must be <ProjectId>:<ManagementKey>"),
            Some((p, _)) if p != app.opts.descope_project_id => Some("Unknown project"),
            Some((_, k)) if k != app.opts.descope_management_key => {
                Some("The management key is not valid for this project")
            }
            Some(_) => None,
        },
    };
    match refused {
        Some(m) => DErr::new(StatusCode::UNAUTHORIZED, E_UNAUTHORIZED, "Unauthorized")
            .message(m)
            .into_response(),
        None => next.run(req).await,
    }
}

/// Vendor limits (`--vendor-limits`, per `--rate-window`) and injected
/// failures (`--fail-rate`), decided before the handler runs so a refused
/// request never half-applies a write.
async fn limits(State(app): State<Arc<App>>, req: Request, next: Next) -> Response {
    if let Err(e) = decide(&app, req.uri().path()) {
        return e.into_response();
    }
    next.run(req).await
}

/// In order: Descope's limits, the token bucket of `--rate-limit` (shared
/// with the other platforms' API routes), `--fail-rate`.
fn decide(app: &App, path: &str) -> DResult<()> {
    vendor_limits(app, path)?;
    if let Err(wait) = super::faults::take_token(app) {
        let mut e = DErr::new(
            StatusCode::TOO_MANY_REQUESTS,
            E_RATE_LIMITED,
            "Rate limit exceeded",
        )
        .message(format!(
            "{} requests per second (--rate-limit)",
            app.opts.rate_limit.unwrap_or_default()
        ));
        e.retry_after = Some(retry_secs(wait));
        return Err(e);
    }
    fail_rate(app)
}

fn vendor_limits(app: &App, path: &str) -> DResult<()> {
    let opts = &app.opts;
    if opts.vendor_limits {
        let window = Duration::from_secs_f64(opts.rate_window_secs.max(0.001));
        let mut l = app.descope_limits.lock().unwrap_or_else(|e| e.into_inner());
        let (w, max, what) = match path {
            "/v1/mgmt/user/create" | "/v1/mgmt/user/create/test" | "/v1/mgmt/user/create/batch" => {
                (&mut l.create, CREATE_PER_WINDOW, "user create")
            }
            "/v1/mgmt/user/search" | "/v2/mgmt/user/search" | "/v2/mgmt/user/search/test" => {
                (&mut l.search, SEARCH_PER_WINDOW, "user search")
            }
            "/v1/mgmt/user/update" => (&mut l.update, UPDATE_PER_WINDOW, "user update"),
            _ => return Ok(()),
        };
        let now = Instant::now();
        w.prune(now, window);
        if let Some(wait) = w.wait(now, window, max) {
            let mut e = DErr::new(
                StatusCode::TOO_MANY_REQUESTS,
                E_RATE_LIMITED,
                "Rate limit exceeded",
            )
            .message(format!(
                "{max} {what} requests per {} s per project",
                window.as_secs_f64()
            ));
            e.retry_after = Some(retry_secs(wait));
            return Err(e);
        }
        w.hits.push_back(now);
    }
    Ok(())
}

fn fail_rate(app: &App) -> DResult<()> {
    let mut e = match app.dice.roll(app.opts.fail_rate) {
        None => return Ok(()),
        Some(Injected::Unavailable) => DErr::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "E000503",
            "Service unavailable",
        )
        .message("Injected failure (--fail-rate)"),
        Some(Injected::TooManyRequests) => DErr::new(
            StatusCode::TOO_MANY_REQUESTS,
            E_RATE_LIMITED,
            "Rate limit exceeded",
        )
        .message("Injected failure (--fail-rate)"),
    };
    e.retry_after = Some(1);
    Err(e)
}
