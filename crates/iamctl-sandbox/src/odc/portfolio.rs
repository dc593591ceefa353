//! Portfolio API v2 (`/api/portfolios/v2`): environments (stages),
//! portfolios and deployed assets (apps), enough to resolve names to keys.

use std::sync::Arc;

use axum::Router;
use axum::extract::{RawQuery, State};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde_json::{Value, json};

use super::model::{Asset, Environment, OdcState};
use super::render::ts;
use crate::App;
use crate::paging::Params;
use crate::problem::{ApiResult, Problem};

pub fn routes() -> Router<Arc<App>> {
    Router::new()
        .route("/environments", get(environments))
        .route("/portfolios", get(portfolios))
        .route("/deployed-assets", get(deployed_assets))
}

fn stamp(d: &chrono::DateTime<chrono::Utc>) -> Value {
    ts(d, serde_json::value::Serializer).unwrap_or(Value::Null)
}

fn environment(st: &OdcState, e: &Environment) -> Value {
    let host = format!("acme-{}.outsystems.app", e.name.to_lowercase());
    json!({
        "key": e.key.to_string(),
        "name": e.name,
        "builtinDomain": host,
        "defaultDomain": host,
        "purpose": e.purpose,
        "order": e.order,
        "region": e.region,
        "hosting": "oscloud",
        // `status` (self-hosted state) is left out: the spec marks it
        // nullable, but on an allOf+enum Prism rejects null, and cloud
        // stages have no self-hosted state anyway.
        "portfolioKey": st.portfolio_key(),
    })
}

async fn environments(State(app): State<Arc<App>>, RawQuery(raw): RawQuery) -> ApiResult<Response> {
    let q = Params::parse(raw.as_deref());
    let pf = q.uuid("portfolioKey")?;
    let guard = app.state.read().unwrap_or_else(|e| e.into_inner());
    let st = &guard.odc;
    let mut envs: Vec<&Environment> = st
        .environments
        .iter()
        .filter(|_| pf.is_none_or(|p| p == st.portfolio_key()))
        .collect();
    envs.sort_by_key(|e| e.order);
    let results: Vec<Value> = envs.iter().map(|e| environment(st, e)).collect();
    Ok(axum::Json(json!({ "results": results })).into_response())
}

async fn portfolios(State(app): State<Arc<App>>, RawQuery(raw): RawQuery) -> ApiResult<Response> {
    let q = Params::parse(raw.as_deref());
    let win = q.window()?;
    let pf = q.uuid("portfolioKey")?;
    let guard = app.state.read().unwrap_or_else(|e| e.into_inner());
    let st = &guard.odc;
    let hits: Vec<_> = st
        .portfolio
        .iter()
        .filter(|p| pf.is_none_or(|k| k == p.key))
        .collect();
    let non_prod = st
        .environments
        .iter()
        .filter(|e| e.purpose != "Production")
        .count();
    Ok(axum::Json(win.page(&hits, |p| {
        json!({
            "key": p.key,
            "name": p.name,
            "type": if p.is_main { "Main" } else { "Secondary" },
            "isMainPortfolio": p.is_main,
            "nonProductionEnvironmentCount": non_prod,
        })
    }))
    .into_response())
}

fn asset(st: &OdcState, a: &Asset, envs: &[uuid::Uuid]) -> Value {
    let mut deps: Vec<_> = a
        .deployments
        .iter()
        .filter(|d| envs.is_empty() || envs.contains(&d.environment_key))
        .collect();
    // The spec: deployments always newest first.
    deps.sort_by_key(|d| std::cmp::Reverse(d.deployed_at));
    json!({
        "type": a.kind,
        "key": a.key,
        "isBuiltIn": false,
        "deployments": deps.iter().map(|d| json!({
            "environmentKey": d.environment_key,
            "name": a.name,
            "revision": d.revision,
            "buildKey": d.build_key,
            "deploymentKey": d.deployment_key,
            "deploymentDateTime": stamp(&d.deployed_at),
            "description": a.description,
            "iconUrl": null,
            "deploymentUserId": null,
            "url": d.url,
            "tag": null,
            "taggingUserKey": null,
            "taggingDateTime": null,
            "portfolioKey": st.portfolio_key(),
        })).collect::<Vec<_>>(),
    })
}

async fn deployed_assets(
    State(app): State<Arc<App>>,
    RawQuery(raw): RawQuery,
) -> ApiResult<Response> {
    let q = Params::parse(raw.as_deref());
    let win = q.window()?;
    let pf = q.uuid("portfolioKey")?;
    let envs = q.uuids(&["environmentKey"])?;
    let keys = q.uuids(&["key"])?;
    let types: Vec<String> = q.list("type").iter().map(|t| t.to_lowercase()).collect();
    let contains = q.contains("nameContains");
    if let Some(s) = q.get("sort").filter(|s| !s.is_empty())
        && !s
            .trim_start_matches('-')
            .to_lowercase()
            .starts_with("deployments")
    {
        return Err(Problem::bad_request(format!(
            "Cannot sort by '{s}': only deployments[environmentKey].deploymentDateTime is supported."
        )));
    }
    let guard = app.state.read().unwrap_or_else(|e| e.into_inner());
    let st = &guard.odc;
    let mut hits: Vec<&Asset> = st
        .assets
        .iter()
        .filter(|_| pf.is_none_or(|p| p == st.portfolio_key()))
        .filter(|a| {
            envs.is_empty()
                || a.deployments
                    .iter()
                    .any(|d| envs.contains(&d.environment_key))
        })
        .filter(|a| keys.is_empty() || keys.contains(&a.key))
        .filter(|a| types.is_empty() || types.contains(&a.kind.to_lowercase()))
        .filter(|a| {
            contains
                .as_ref()
                .is_none_or(|c| a.name.to_lowercase().contains(c))
        })
        .collect();
    hits.sort_by_cached_key(|a| (a.name.to_lowercase(), a.key));
    Ok(axum::Json(win.page(&hits, |a| asset(st, a, &envs))).into_response())
}
