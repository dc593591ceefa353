//! `/identity-providers`: the built-in provider only.

use std::sync::Arc;

use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::model::IdentityProvider;
use super::render::ts;
use crate::App;
use crate::paging::Params;
use crate::problem::{self, ApiResult, Problem};

fn render(p: &IdentityProvider) -> Value {
    let mut updated = String::new();
    if let Ok(v) = ts(&p.updated_at, serde_json::value::Serializer)
        && let Some(s) = v.as_str()
    {
        updated = s.to_string();
    }
    json!({
        "key": p.key,
        "name": p.name,
        // oidcConfiguration is omitted (not null): nullable allOf wrappers
        // do not validate as null.
        "samlConfiguration": null,
        "tokenNormalizations": null,
        "lastUpdatedDate": updated,
        "type": "Cognito",
        "subtype": "Custom",
        "emailTrustType": "All",
        "hosting": "oscloud",
        "autoCreateProfiles": true,
        "profileLinkingField": "Email",
    })
}

pub async fn list(State(app): State<Arc<App>>, RawQuery(raw): RawQuery) -> ApiResult<Response> {
    let q = Params::parse(raw.as_deref());
    let win = q.window()?;
    super::roles::no_empty_key(&q)?;
    let keys = q.uuids(&["key"])?;
    let contains = q.contains("nameContains");
    let guard = app.state.read().unwrap_or_else(|e| e.into_inner());
    let hits: Vec<_> = guard
        .odc
        .identity_providers
        .iter()
        .filter(|p| keys.is_empty() || keys.contains(&p.key))
        .filter(|p| {
            contains
                .as_ref()
                .is_none_or(|c| p.name.to_lowercase().contains(c))
        })
        .collect();
    Ok(axum::Json(win.page(&hits, |p| render(p))).into_response())
}

pub async fn get_one(State(app): State<Arc<App>>, Path(key): Path<String>) -> ApiResult<Response> {
    let key = problem::key(&key, "identity provider")?;
    let guard = app.state.read().unwrap_or_else(|e| e.into_inner());
    let p = guard
        .odc
        .identity_providers
        .iter()
        .find(|p| p.key == key)
        .ok_or_else(|| Problem::not_found(format!("Identity provider {key} was not found.")))?;
    Ok(axum::Json(render(p)).into_response())
}
