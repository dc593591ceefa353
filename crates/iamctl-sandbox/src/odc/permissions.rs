//! `/permissions`: ODC's fixed catalog of permissions (what organization
//! roles and API clients are granted). Not tenant data: the same names and
//! keys on every sandbox, so the catalog is built, not stored.

use std::sync::Arc;

use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Response};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::App;
use crate::paging::Params;
use crate::problem::{self, ApiResult, Problem};

/// (category, name, purpose, applies per stage): the permissions the
/// specs' `x-os-permissions` notes name, and the stage/portfolio ones.
const CATALOG: &[(&str, &str, &str, bool)] = &[
    (
        "User management",
        "Manage users",
        "Create, change and delete users",
        false,
    ),
    (
        "User management",
        "View end users",
        "List end users and their access",
        false,
    ),
    (
        "User management",
        "View members",
        "List members and their access",
        false,
    ),
    (
        "User management",
        "Manage end-user groups",
        "Create, change and delete end-user groups",
        true,
    ),
    (
        "User management",
        "Manage end-user access",
        "Grant and revoke application roles",
        true,
    ),
    (
        "User management",
        "Manage member access",
        "Grant and revoke organization roles",
        false,
    ),
    (
        "User management",
        "Manage organization roles",
        "Create, change and delete organization roles",
        false,
    ),
    (
        "Portfolio management",
        "Manage portfolio",
        "Rename the portfolio and order its stages",
        false,
    ),
    (
        "Portfolio management",
        "Manage stages",
        "Rename stages",
        false,
    ),
    (
        "Stage",
        "View stage",
        "See a stage and what is deployed to it",
        true,
    ),
];

/// A permission of the catalog.
pub struct Permission {
    pub key: Uuid,
    pub category: &'static str,
    pub name: &'static str,
    purpose: &'static str,
    per_stage: bool,
}

/// The catalog, keys from a fixed seed (stable across runs and versions
/// as long as the list above only grows at its end).
pub fn catalog() -> Vec<Permission> {
    let mut rng = StdRng::seed_from_u64(0x9e41_0155);
    CATALOG
        .iter()
        .map(|&(category, name, purpose, per_stage)| Permission {
            key: uuid::Builder::from_random_bytes(rng.random()).into_uuid(),
            category,
            name,
            purpose,
            per_stage,
        })
        .collect()
}

pub fn claim_name(p: &Permission) -> String {
    p.name.split_whitespace().collect::<Vec<_>>().join("")
}

fn render(p: &Permission) -> Value {
    json!({
        "key": p.key,
        "name": p.name,
        "category": p.category,
        "purpose": p.purpose,
        "visibility": "Public",
        "inherits": [],
        "allowStages": p.per_stage,
        "allowPortfolios": p.per_stage,
        "allowedScopes": if p.per_stage { json!(["Organization", "Asset"]) } else { json!(["Organization"]) },
        "claimName": claim_name(p),
        "remarks": null,
    })
}

pub async fn list(State(_app): State<Arc<App>>, RawQuery(raw): RawQuery) -> ApiResult<Response> {
    let q = Params::parse(raw.as_deref());
    let win = q.window()?;
    let contains = q.contains("nameContains");
    let all = catalog();
    let hits: Vec<&Permission> = all
        .iter()
        .filter(|p| {
            contains
                .as_ref()
                .is_none_or(|c| p.name.to_lowercase().contains(c))
        })
        .collect();
    Ok(axum::Json(win.page(&hits, |p| render(p))).into_response())
}

pub async fn get_one(State(_app): State<Arc<App>>, Path(key): Path<String>) -> ApiResult<Response> {
    let key = problem::key(&key, "permission")?;
    let all = catalog();
    let p = all.iter().find(|p| p.key == key).ok_or_else(|| {
        Problem::not_found(format!("Permission {key} was not found.")).code("PermissionNotFound")
    })?;
    Ok(axum::Json(render(p)).into_response())
}
