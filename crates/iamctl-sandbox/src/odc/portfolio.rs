//! Portfolio API v2 (`/api/portfolios/v2`): environments (stages),
//! portfolios, deployed assets (apps) and libraries, enough to resolve
//! names to keys; and the three renames/reorders the spec offers.

use std::sync::Arc;

use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, patch};
use serde::Deserialize;
use serde_json::{Value, json};
use uuid::Uuid;

use super::model::{Asset, Environment, OdcState};
use super::render::ts;
use crate::App;
use crate::paging::Params;
use crate::problem::{self, ApiResult, Json, Problem};

pub fn routes() -> Router<Arc<App>> {
    Router::new()
        .route("/environments", get(environments).patch(patch_environments))
        .route("/environments/{environmentKey}", patch(patch_environment))
        .route("/portfolios", get(portfolios))
        .route("/portfolios/{portfolioKey}", patch(patch_portfolio))
        .route("/deployed-assets", get(deployed_assets))
        .route("/libraries", get(libraries))
        .route_layer(axum::middleware::from_fn(super::strict_query))
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

/// `UpdateEnvironmentRequest` / `PatchEnvironmentRequest`.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EnvChange {
    key: Option<Uuid>,
    name: Option<String>,
    order: Option<i32>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnvBatch {
    /// Required, but nullable: missing is a 400, null changes nothing.
    #[serde(default, deserialize_with = "present")]
    environments: Option<Option<Vec<EnvChange>>>,
}

fn present<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(d).map(Some)
}

/// The spec's bounds on a stage or portfolio name: 1 to 50 characters.
fn check_name(name: &str) -> ApiResult<()> {
    let n = name.trim().chars().count();
    if n == 0 || name.chars().count() > 50 {
        return Err(Problem::bad_request(
            "The field 'name' must have 1 to 50 characters.",
        ));
    }
    Ok(())
}

/// Apply `changes` all or nothing: unknown stage 404, duplicate name or an
/// order outside 1..=stages 422. A new order swaps with the stage that had
/// it, so orders stay a permutation.
fn apply_env_changes(st: &mut OdcState, changes: &[(Uuid, &EnvChange)]) -> ApiResult<()> {
    let n = st.environments.len() as i32;
    for (key, c) in changes {
        if st.environment(*key).is_none() {
            return Err(
                Problem::not_found(format!("Environment {key} was not found."))
                    .code("EnvironmentNotFound"),
            );
        }
        if let Some(name) = &c.name {
            check_name(name)?;
            if st
                .environments
                .iter()
                .any(|e| e.key != *key && e.name.eq_ignore_ascii_case(name.trim()))
            {
                return Err(Problem::new(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "EnvironmentNameInUse",
                    format!("Another environment is already named '{}'.", name.trim()),
                ));
            }
        }
        if let Some(o) = c.order
            && !(1..=n).contains(&o)
        {
            return Err(Problem::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "InvalidEnvironmentOrder",
                format!("The order must be between 1 and {n}, got {o}."),
            ));
        }
    }
    for (key, c) in changes {
        if let Some(o) = c.order {
            let old = st.environment(*key).map(|e| e.order).unwrap_or(o);
            for e in st.environments.iter_mut() {
                if e.key != *key && e.order == o {
                    e.order = old;
                }
            }
        }
        if let Some(e) = st.environments.iter_mut().find(|e| e.key == *key) {
            if let Some(name) = &c.name {
                e.name = name.trim().to_string();
            }
            if let Some(o) = c.order {
                e.order = o;
            }
        }
    }
    Ok(())
}

/// `PATCH /environments`: 200, no body.
async fn patch_environments(
    State(app): State<Arc<App>>,
    Json(req): Json<EnvBatch>,
) -> ApiResult<Response> {
    let list = req
        .environments
        .ok_or_else(|| Problem::bad_request("The field 'environments' is required."))?
        .unwrap_or_default();
    let mut changes = Vec::with_capacity(list.len());
    for c in &list {
        let key = c
            .key
            .ok_or_else(|| Problem::bad_request("Every environment update needs its 'key'."))?;
        changes.push((key, c));
    }
    let mut guard = app.state.write().unwrap_or_else(|e| e.into_inner());
    apply_env_changes(&mut guard.odc, &changes)?;
    Ok(StatusCode::OK.into_response())
}

/// `PATCH /environments/{environmentKey}`: 200, no body.
async fn patch_environment(
    State(app): State<Arc<App>>,
    Path(key): Path<String>,
    super::OptJson(req): super::OptJson<EnvChange>,
) -> ApiResult<Response> {
    let key = problem::key(&key, "environment")?;
    let mut guard = app.state.write().unwrap_or_else(|e| e.into_inner());
    apply_env_changes(&mut guard.odc, &[(key, &req)])?;
    Ok(StatusCode::OK.into_response())
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PortfolioChange {
    name: Option<String>,
}

/// `PATCH /portfolios/{portfolioKey}`: rename; 200, no body.
async fn patch_portfolio(
    State(app): State<Arc<App>>,
    Path(key): Path<String>,
    super::OptJson(req): super::OptJson<PortfolioChange>,
) -> ApiResult<Response> {
    let key = problem::key(&key, "portfolio")?;
    if let Some(n) = &req.name {
        check_name(n)?;
    }
    let mut guard = app.state.write().unwrap_or_else(|e| e.into_inner());
    let p = guard
        .odc
        .portfolio
        .as_mut()
        .filter(|p| p.key == key)
        .ok_or_else(|| {
            Problem::not_found(format!("Portfolio {key} was not found.")).code("PortfolioNotFound")
        })?;
    if let Some(n) = &req.name {
        p.name = n.trim().to_string();
    }
    Ok(StatusCode::OK.into_response())
}

/// The sandbox's libraries: fixed (no iamctl command deploys one), keys
/// from their own seed. (name, type, revisions, tagged revision and tag).
type Library = (&'static str, &'static str, i32, Option<(i32, &'static str)>);
const LIBRARIES: &[Library] = &[
    ("Charts", "LowCodeLibrary", 4, Some((3, "1.2.0"))),
    ("PdfTools", "ExtensionLibrary", 2, None),
    ("UiPatterns", "WidgetLibrary", 7, Some((5, "2.0.1"))),
];

fn library(st: &OdcState, i: usize, key: Uuid, which: &str) -> Value {
    let (name, kind, latest, tagged) = LIBRARIES[i];
    let t0 = chrono::DateTime::<chrono::Utc>::from_timestamp(1_736_154_000, 0).unwrap_or_default();
    let rev = |n: i32, tag: Option<&str>| {
        let at = t0 + chrono::Duration::days(n as i64);
        json!({
            "revision": n,
            "name": name,
            "description": format!("{name} library"),
            "iconUrl": null,
            "publishDateTime": stamp(&at),
            "publishUserKey": null,
            "tag": tag,
            "taggingUserKey": null,
            "taggingDateTime": if tag.is_some() { stamp(&at) } else { Value::Null },
            "isLatest": n == latest,
        })
    };
    let latest_rev = rev(latest, tagged.filter(|(n, _)| *n == latest).map(|(_, t)| t));
    let tagged_rev = tagged.map(|(n, t)| rev(n, Some(t)));
    let revisions: Vec<Value> = match which {
        "highesttag" => tagged_rev.into_iter().collect(),
        "all" => std::iter::once(latest_rev)
            .chain(tagged_rev.filter(|r| r["isLatest"] != json!(true)))
            .collect(),
        _ => vec![latest_rev],
    };
    json!({
        "key": key,
        "type": kind,
        "isBuiltIn": false,
        "portfolioKey": st.portfolio_key(),
        "revisions": revisions,
    })
}

async fn libraries(State(app): State<Arc<App>>, RawQuery(raw): RawQuery) -> ApiResult<Response> {
    use rand::rngs::StdRng;
    use rand::{Rng, SeedableRng};
    let q = Params::parse(raw.as_deref());
    let win = q.window()?;
    let pf = q.uuid("portfolioKey")?;
    let keys: Vec<String> = q.list("key").iter().map(|k| k.to_lowercase()).collect();
    let types: Vec<String> = q.list("type").iter().map(|t| t.to_lowercase()).collect();
    let contains = q.contains("nameContains");
    let which = q.get("revisions").unwrap_or("Latest").to_lowercase();
    if !["latest", "highesttag", "all", ""].contains(&which.as_str()) {
        return Err(Problem::bad_request(format!(
            "Parameter 'revisions' must be Latest, HighestTag or All; got '{which}'."
        )));
    }
    // `Field:asc|desc`, fields Name and PublishDateTime (the spec's prose;
    // its schema, an empty object, says nothing).
    let mut order: Option<(bool, bool)> = None; // (by date, descending)
    for s in q.list("sort") {
        let (field, dir) = s.split_once(':').unwrap_or((s, "asc"));
        let by_date = match field.to_lowercase().as_str() {
            "name" => false,
            "publishdatetime" => true,
            _ => {
                return Err(Problem::bad_request(format!(
                    "Cannot sort by '{field}'. Allowed: Name, PublishDateTime."
                )));
            }
        };
        let desc = match dir.to_lowercase().as_str() {
            "asc" => false,
            "desc" => true,
            _ => {
                return Err(Problem::bad_request(format!(
                    "Sort direction must be asc or desc, got '{dir}'."
                )));
            }
        };
        order.get_or_insert((by_date, desc));
    }
    let guard = app.state.read().unwrap_or_else(|e| e.into_inner());
    let st = &guard.odc;
    let mut rng = StdRng::seed_from_u64(0x11b2_a41e);
    let all: Vec<(usize, Uuid)> = (0..LIBRARIES.len())
        .map(|i| {
            (
                i,
                uuid::Builder::from_random_bytes(rng.random()).into_uuid(),
            )
        })
        .collect();
    let mut hits: Vec<&(usize, Uuid)> = all
        .iter()
        .filter(|_| pf.is_none_or(|p| p == st.portfolio_key()))
        .filter(|(_, k)| keys.is_empty() || keys.contains(&k.to_string()))
        .filter(|(i, _)| types.is_empty() || types.contains(&LIBRARIES[*i].1.to_lowercase()))
        .filter(|(i, _)| {
            contains
                .as_ref()
                .is_none_or(|c| LIBRARIES[*i].0.to_lowercase().contains(c))
        })
        .collect();
    let (by_date, desc) = order.unwrap_or((false, false));
    // Publish date grows with the latest revision (see `library`).
    hits.sort_by_cached_key(|(i, _)| {
        if by_date {
            (LIBRARIES[*i].2, String::new())
        } else {
            (0, LIBRARIES[*i].0.to_lowercase())
        }
    });
    if desc {
        hits.reverse();
    }
    Ok(axum::Json(win.page(&hits, |(i, k)| library(st, *i, *k, &which))).into_response())
}
