//! Handlers of the Valuekeep emulator.

// Handlers return early with a ready HTTP answer (`Result<_, Response>`);
// boxing axum's Response there would buy nothing.
#![allow(clippy::result_large_err)]

use std::collections::HashMap;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{OriginalUri, Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use serde_json::{Value, json};
use uuid::Uuid;

use super::filter;
use super::model::{UserView, VkGroup, VkRole, VkState, VkUser};
use super::{ORG, SCOPE, TENANT};
use crate::App;

type Params = Path<HashMap<String, String>>;
type Answer = Result<Response, Response>;

fn msg(status: StatusCode, message: impl Into<String>) -> Response {
    (status, axum::Json(json!({ "message": message.into() }))).into_response()
}

fn invalid(message: impl Into<String>, errors: Vec<String>) -> Response {
    let m = message.into();
    (
        StatusCode::BAD_REQUEST,
        axum::Json(json!({ "message": m, "errors": errors })),
    )
        .into_response()
}

/// A setter's refusal: 400 with the one reason.
fn refused(reason: String) -> Response {
    invalid("The request is invalid.", vec![reason])
}

/// A setter's bare JSON value as a string.
fn string_value(attr: &str, v: &Value) -> Result<String, Response> {
    v.as_str()
        .map(str::to_string)
        .ok_or_else(|| refused(format!("{attr}: a JSON string is expected.")))
}

/// A setter's bare JSON value as true or false.
fn bool_value(attr: &str, v: &Value) -> Result<bool, Response> {
    v.as_bool()
        .ok_or_else(|| refused(format!("{attr}: true or false is expected.")))
}

/// A record's new key (`attr`, e.g. `groupKey`): not empty, and not
/// another `noun`'s (`taken`).
fn new_key(attr: &str, noun: &str, k: &str, taken: bool) -> Result<(), Response> {
    if k.trim().is_empty() {
        return Err(refused(format!("{attr}: the key cannot be empty.")));
    }
    if taken {
        return Err(refused(format!(
            "{attr}: a {noun} with key '{k}' already exists."
        )));
    }
    Ok(())
}

fn not_found(what: &str, key: &str) -> Response {
    msg(
        StatusCode::NOT_FOUND,
        format!("The {what} '{key}' does not exist."),
    )
}

/// Only the sandbox's own tenant and organization exist.
fn check_tenant(p: &HashMap<String, String>) -> Result<(), Response> {
    let t = p.get("tenant").map(String::as_str).unwrap_or("");
    let o = p.get("org").map(String::as_str).unwrap_or("");
    if t == TENANT && o == ORG {
        Ok(())
    } else {
        Err(msg(
            StatusCode::NOT_FOUND,
            format!(
                "Tenant '{t}' / organization '{o}' not found (the sandbox serves {TENANT}/{ORG})."
            ),
        ))
    }
}

fn param<'a>(p: &'a HashMap<String, String>, k: &str) -> &'a str {
    p.get(k).map(String::as_str).unwrap_or("")
}

fn body_json(body: &Bytes) -> Result<Value, Response> {
    serde_json::from_slice(body)
        .map_err(|e| invalid("The request body is not valid JSON.", vec![e.to_string()]))
}

fn read(app: &App) -> std::sync::RwLockReadGuard<'_, crate::State> {
    app.state.read().unwrap_or_else(|e| e.into_inner())
}
fn write(app: &App) -> std::sync::RwLockWriteGuard<'_, crate::State> {
    app.state.write().unwrap_or_else(|e| e.into_inner())
}

// ---- token endpoint ----

fn oauth_error(status: StatusCode, error: &str, description: &str) -> Response {
    (
        status,
        axum::Json(json!({ "error": error, "error_description": description })),
    )
        .into_response()
}

fn basic(headers: &HeaderMap) -> Option<(String, String)> {
    use base64::Engine;
    let v = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let b64 = v
        .strip_prefix("Basic ")
        .or_else(|| v.strip_prefix("basic "))?;
    let raw = base64::engine::general_purpose::STANDARD
        .decode(b64.trim())
        .ok()?;
    let s = String::from_utf8(raw).ok()?;
    let (id, secret) = s.split_once(':')?;
    let dec = |v: &str| {
        url::form_urlencoded::parse(format!("x={v}").as_bytes())
            .next()
            .map(|(_, v)| v.into_owned())
            .unwrap_or_default()
    };
    Some((dec(id), dec(secret)))
}

/// `POST /connect/token`: client credentials in the form or as HTTP Basic;
/// the scope must be the one the sandbox grants.
pub async fn token(State(app): State<Arc<App>>, headers: HeaderMap, body: Bytes) -> Response {
    let pairs: Vec<(String, String)> = url::form_urlencoded::parse(&body).into_owned().collect();
    let field = |n: &str| pairs.iter().find(|(k, _)| k == n).map(|(_, v)| v.clone());
    match field("grant_type").as_deref() {
        Some("client_credentials") => {}
        None => {
            return oauth_error(
                StatusCode::BAD_REQUEST,
                "invalid_request",
                "grant_type is missing.",
            );
        }
        Some(_) => {
            return oauth_error(
                StatusCode::BAD_REQUEST,
                "unsupported_grant_type",
                "Only client_credentials is supported.",
            );
        }
    }
    let (id, secret) = match (field("client_id"), field("client_secret"), basic(&headers)) {
        (_, _, Some(c)) => c,
        (Some(id), Some(secret), None) => (id, secret),
        _ => {
            return oauth_error(
                StatusCode::UNAUTHORIZED,
                "invalid_client",
                "Client credentials are missing.",
            );
        }
    };
    if id != app.opts.client_id || secret != app.opts.client_secret {
        return oauth_error(
            StatusCode::UNAUTHORIZED,
            "invalid_client",
            "Unknown client or wrong secret.",
        );
    }
    let scope = field("scope").unwrap_or_default();
    let scopes: Vec<&str> = scope.split_whitespace().collect();
    if scopes.is_empty() || scopes.iter().any(|s| *s != SCOPE) {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_scope",
            &format!("The scope must be '{SCOPE}'; got '{scope}'."),
        );
    }
    let ttl = app.opts.token_ttl_secs;
    let token = format!("vkx_{}{}", Uuid::new_v4().simple(), Uuid::new_v4().simple());
    let expires = Utc::now() + chrono::Duration::seconds(ttl.min(i64::MAX as u64) as i64);
    {
        let mut st = write(&app);
        let now = Utc::now();
        st.tokens.retain(|_, exp| *exp > now);
        st.tokens.insert(token.clone(), expires);
    }
    let mut resp = axum::Json(json!({
        "access_token": token,
        "expires_in": crate::variants::vk_expires_in(ttl),
        "token_type": "Bearer",
        "scope": SCOPE,
    }))
    .into_response();
    resp.headers_mut()
        .insert(header::CACHE_CONTROL, "no-store".parse().expect("static"));
    resp
}

// ---- OData lists ----

const TOP_MAX: usize = 100;

/// Apply `$filter`, `$orderby`, `$inlinecount`, `$skip`, `$top`, `$select`
/// and wrap in `{items, nextPageLink, count}`.
///
/// Records are read through `filter::Record` and rendered with `render`
/// only for the page answered: the cost of a page is the filter and sort
/// over the keys asked for, not the rendering of every record.
fn odata<R: filter::Record>(
    app: &App,
    uri: &Uri,
    raw: Option<String>,
    records: &[R],
    render: impl Fn(&R) -> Value,
    absolute: bool,
) -> Answer {
    let pairs: Vec<(String, String)> =
        url::form_urlencoded::parse(raw.as_deref().unwrap_or("").as_bytes())
            .into_owned()
            .collect();
    let get = |k: &str| {
        pairs
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(k))
            .map(|(_, v)| v.as_str())
    };
    for (k, _) in &pairs {
        let known = [
            "$top",
            "$skip",
            "$filter",
            "$orderby",
            "$select",
            "$inlinecount",
            "$count",
            "$skiptoken",
        ];
        if k.starts_with('$') && !known.iter().any(|n| n.eq_ignore_ascii_case(k)) {
            return Err(invalid(
                format!("The query option '{k}' is not supported."),
                vec![],
            ));
        }
    }
    let num = |k: &str, default: usize| -> Result<usize, Response> {
        match get(k) {
            None => Ok(default),
            Some(v) => v
                .parse::<usize>()
                .map_err(|_| invalid(format!("Invalid value '{v}' for {k}."), vec![])),
        }
    };
    let top = num("$top", TOP_MAX)?;
    if top > TOP_MAX {
        return Err(invalid(
            format!(
                "The limit of '{TOP_MAX}' for Top query has been exceeded. The value from the incoming request is '{top}'."
            ),
            vec![],
        ));
    }
    let skip = num(crate::variants::vk_skip_param(), 0)?;
    let known = |p: &str| records.first().is_none_or(|r| r.prop(p).is_some());
    let mut items: Vec<usize> = (0..records.len()).collect();
    if let Some(f) = get("$filter").filter(|f| !f.trim().is_empty()) {
        let expr = filter::parse(f)
            .map_err(|e| invalid(format!("The $filter is invalid: {e}."), vec![]))?;
        filter::check_props(&expr, &known)
            .map_err(|e| invalid(format!("The $filter is invalid: {e}."), vec![]))?;
        items.retain(|&i| filter::matches(&expr, &records[i]));
    }
    if let Some(o) = get("$orderby").filter(|o| !o.trim().is_empty()) {
        let mut keys = Vec::new();
        for part in o.split(',') {
            let mut words = part.split_whitespace();
            let prop = words.next().unwrap_or("").to_string();
            let desc = match words.next().map(str::to_ascii_lowercase).as_deref() {
                None | Some("asc") => false,
                Some("desc") => true,
                Some(w) => {
                    return Err(invalid(
                        format!("The $orderby is invalid near '{w}'."),
                        vec![],
                    ));
                }
            };
            if !known(&prop) {
                return Err(invalid(
                    format!("The $orderby is invalid: Could not find a property named '{prop}'."),
                    vec![],
                ));
            }
            keys.push((prop, desc));
        }
        // Each record's sort keys read once, then a stable sort.
        let mut keyed: Vec<(Vec<Value>, usize)> = items
            .iter()
            .map(|&i| {
                let vals = keys
                    .iter()
                    .map(|(p, _)| {
                        records[i]
                            .prop(p)
                            .map(std::borrow::Cow::into_owned)
                            .unwrap_or(Value::Null)
                    })
                    .collect();
                (vals, i)
            })
            .collect();
        keyed.sort_by(|(a, _), (b, _)| {
            for ((x, y), (_, desc)) in a.iter().zip(b).zip(&keys) {
                let ord = filter::compare(x, y).unwrap_or(std::cmp::Ordering::Equal);
                let ord = if *desc { ord.reverse() } else { ord };
                if ord.is_ne() {
                    return ord;
                }
            }
            std::cmp::Ordering::Equal
        });
        items = keyed.into_iter().map(|(_, i)| i).collect();
    }
    let total = items.len();
    let count = match get("$inlinecount").or(get("$count")) {
        _ if count_withheld() || crate::variants::vk_no_count() => Value::Null,
        Some(v) if v.eq_ignore_ascii_case("allpages") || v == "true" => json!(total),
        Some(v) if v.eq_ignore_ascii_case("none") || v == "false" => Value::Null,
        None => Value::Null,
        Some(v) => {
            return Err(invalid(
                format!("Invalid value '{v}' for $inlinecount."),
                vec![],
            ));
        }
    };
    let select: Vec<String> = get("$select")
        .map(|s| {
            s.split(',')
                .map(|p| p.trim().to_string())
                .filter(|p| !p.is_empty())
                .collect()
        })
        .unwrap_or_default();
    for p in &select {
        if !known(p) {
            return Err(invalid(
                format!("The $select is invalid: Could not find a property named '{p}'."),
                vec![],
            ));
        }
    }
    let page: Vec<Value> = items
        .iter()
        .skip(skip)
        .take(top)
        .map(|&i| render(&records[i]))
        .map(|r| {
            if select.is_empty() {
                return r;
            }
            let mut out = serde_json::Map::new();
            if let Value::Object(o) = r {
                for (k, v) in o {
                    if select.iter().any(|p| p.eq_ignore_ascii_case(&k)) {
                        out.insert(k, v);
                    }
                }
            }
            Value::Object(out)
        })
        .collect();
    let next = if top > 0 && skip + top < total {
        let mut q = url::form_urlencoded::Serializer::new(String::new());
        for (k, v) in &pairs {
            if !k.eq_ignore_ascii_case("$skip")
                && !k.eq_ignore_ascii_case("$skiptoken")
                && !k.eq_ignore_ascii_case("$top")
            {
                q.append_pair(k, v);
            }
        }
        q.append_pair("$top", &top.to_string());
        q.append_pair(crate::variants::vk_skip_param(), &(skip + top).to_string());
        let rel = format!("{}?{}", uri.path(), q.finish());
        json!(if crate::variants::vk_absolute_links(absolute) {
            format!("{}{rel}", app.base_url)
        } else {
            rel
        })
    } else {
        Value::Null
    };
    Ok(axum::Json(json!({ "items": page, "nextPageLink": next, "count": count })).into_response())
}

/// `IAMCTL_SANDBOX_VALUEKEEP_COUNT=never`: answer every list without
/// `count`, as a server that ignores `$inlinecount` would (whether the real
/// one honours it is not documented), so that clients can rehearse paging
/// by `nextPageLink` alone.
fn count_withheld() -> bool {
    static NEVER: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *NEVER.get_or_init(|| {
        std::env::var("IAMCTL_SANDBOX_VALUEKEEP_COUNT")
            .is_ok_and(|v| v.eq_ignore_ascii_case("never"))
    })
}

pub async fn list_users(
    State(app): State<Arc<App>>,
    Path(p): Params,
    OriginalUri(uri): OriginalUri,
    RawQuery(q): RawQuery,
) -> Answer {
    check_tenant(&p)?;
    let st = read(&app);
    let vk = &st.valuekeep;
    let views: Vec<UserView> = vk
        .users
        .iter()
        .map(|user| UserView { state: vk, user })
        .collect();
    odata(&app, &uri, q, &views, |v| vk.render_user(v.user), true)
}

pub async fn list_groups(
    State(app): State<Arc<App>>,
    Path(p): Params,
    OriginalUri(uri): OriginalUri,
    RawQuery(q): RawQuery,
) -> Answer {
    check_tenant(&p)?;
    let records: Vec<Value> = {
        let st = read(&app);
        let vk = &st.valuekeep;
        vk.groups.iter().map(|g| vk.render_group(g)).collect()
    };
    odata(&app, &uri, q, &records, Value::clone, false)
}

pub async fn list_roles(
    State(app): State<Arc<App>>,
    Path(p): Params,
    OriginalUri(uri): OriginalUri,
    RawQuery(q): RawQuery,
) -> Answer {
    check_tenant(&p)?;
    let records: Vec<Value> = {
        let st = read(&app);
        let vk = &st.valuekeep;
        vk.roles.iter().map(|r| vk.render_role(r)).collect()
    };
    odata(&app, &uri, q, &records, Value::clone, false)
}

// ---- users ----

pub async fn get_user(State(app): State<Arc<App>>, Path(p): Params) -> Answer {
    check_tenant(&p)?;
    let key = param(&p, "key");
    let st = read(&app);
    let vk = &st.valuekeep;
    let i = vk.user_index(key).ok_or_else(|| not_found("user", key))?;
    Ok(axum::Json(vk.render_user(&vk.users[i])).into_response())
}

pub async fn delete_user(State(app): State<Arc<App>>, Path(p): Params) -> Answer {
    check_tenant(&p)?;
    let key = param(&p, "key");
    let mut st = write(&app);
    let i = st
        .valuekeep
        .user_index(key)
        .ok_or_else(|| not_found("user", key))?;
    st.valuekeep.users.remove(i);
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// A 1x1 PNG: what every stored picture downloads as.
const PNG: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4,
    0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0xf0,
    0x1f, 0x00, 0x05, 0x00, 0x01, 0xff, 0x89, 0x99, 0x3d, 0x1d, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
    0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
];

/// `GET users/{id}/picture`: documented with an id; a key works too here.
pub async fn get_picture(State(app): State<Arc<App>>, Path(p): Params) -> Answer {
    check_tenant(&p)?;
    let key = param(&p, "key");
    let st = read(&app);
    let vk = &st.valuekeep;
    let i = vk.user_index(key).ok_or_else(|| not_found("user", key))?;
    if vk.users[i].picture.as_deref().unwrap_or("").is_empty() {
        return Err(msg(
            StatusCode::NOT_FOUND,
            format!("The user '{key}' has no picture."),
        ));
    }
    Ok(([(header::CONTENT_TYPE, "image/png")], PNG).into_response())
}

fn email_ok(e: &str) -> bool {
    e.split_once('@')
        .is_some_and(|(l, d)| !l.is_empty() && d.contains('.') && !d.ends_with('.'))
        && !e.contains(char::is_whitespace)
}

fn status_of(v: &Value) -> Option<i64> {
    match v {
        Value::Number(n) => n.as_i64().filter(|n| (1..=4).contains(n)),
        Value::String(s) => match s.to_ascii_lowercase().as_str() {
            "1" | "active" => Some(1),
            "2" | "inactive" => Some(2),
            "3" | "invitationsent" => Some(3),
            "4" | "invitationexpired" => Some(4),
            _ => None,
        },
        _ => None,
    }
}

/// Keys (or objects holding `groupKey`/`roleKey`/`key`) to record ids.
fn resolve_refs(
    v: &Value,
    key_field: &str,
    lookup: impl Fn(&str) -> Option<Uuid>,
) -> Result<std::collections::BTreeSet<Uuid>, String> {
    let Some(items) = v.as_array() else {
        return Err("must be an array of keys".into());
    };
    let mut out = std::collections::BTreeSet::new();
    for item in items {
        let k = match item {
            Value::String(s) => s.clone(),
            Value::Object(o) => [key_field, "key", "id"]
                .iter()
                .find_map(|f| o.get(*f).and_then(Value::as_str))
                .unwrap_or("")
                .to_string(),
            _ => return Err(format!("{item} is not a key")),
        };
        out.insert(lookup(&k).ok_or_else(|| format!("'{k}' does not exist"))?);
    }
    Ok(out)
}

fn email_taken(vk: &VkState, email: &str, except: Option<Uuid>) -> bool {
    vk.users.iter().any(|u| {
        Some(u.id) != except
            && u.email
                .as_deref()
                .is_some_and(|e| e.eq_ignore_ascii_case(email))
    })
}

/// `POST users`: ApiUserResource; answers 201 with the new id as a JSON
/// string and a Location header.
pub async fn create_user(
    State(app): State<Arc<App>>,
    Path(p): Params,
    OriginalUri(uri): OriginalUri,
    body: Bytes,
) -> Answer {
    check_tenant(&p)?;
    let v = body_json(&body)?;
    let s = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
    let mut errors = Vec::new();
    let key = s("userKey").filter(|k| !k.trim().is_empty());
    let name = s("name").filter(|k| !k.trim().is_empty());
    if key.is_none() {
        errors.push("userKey: the field is required.".to_string());
    }
    if name.is_none() {
        errors.push("name: the field is required.".to_string());
    }
    let tech = match v.get("isTechnician") {
        Some(Value::Bool(b)) => *b,
        _ => {
            errors.push("isTechnician: the field is required (true or false).".to_string());
            false
        }
    };
    let email = s("email");
    if let Some(e) = &email
        && !email_ok(e)
    {
        errors.push(format!("email: '{e}' is not a valid e-mail address."));
    }
    let status = match v.get("status") {
        None | Some(Value::Null) => 1,
        Some(x) => status_of(x).unwrap_or_else(|| {
            errors.push(format!("status: {x} is not a valid Status."));
            1
        }),
    };
    let mut st = write(&app);
    let vk = &mut st.valuekeep;
    if let Some(k) = &key
        && vk.user_index(k).is_some()
    {
        errors.push(format!("userKey: a user with key '{k}' already exists."));
    }
    if let Some(e) = &email
        && email_taken(vk, e, None)
    {
        errors.push(format!("email: '{e}' is already used by another user."));
    }
    let groups = match v.get("groups") {
        None | Some(Value::Null) => Default::default(),
        Some(g) => resolve_refs(g, "groupKey", |k| {
            vk.group_index(k).map(|i| vk.groups[i].id)
        })
        .unwrap_or_else(|e| {
            errors.push(format!("groups: {e}"));
            Default::default()
        }),
    };
    let roles = match v.get("roles") {
        None | Some(Value::Null) => Default::default(),
        Some(r) => resolve_refs(r, "roleKey", |k| vk.role_index(k).map(|i| vk.roles[i].id))
            .unwrap_or_else(|e| {
                errors.push(format!("roles: {e}"));
                Default::default()
            }),
    };
    if !errors.is_empty() {
        return Err(invalid("The request is invalid.", errors));
    }
    let id = Uuid::new_v4();
    vk.users.push(VkUser {
        id,
        user_key: key.unwrap_or_default(),
        name: name.unwrap_or_default(),
        email,
        culture: "en-US".into(),
        is_technician: tech,
        is_active: status != 2,
        last_login: None,
        picture: s("picture"),
        status,
        groups,
        roles,
        created_on: Utc::now(),
    });
    let location = format!("{}{}/{id}", app.base_url, uri.path());
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, location)],
        axum::Json(json!(id.to_string())),
    )
        .into_response())
}

/// `POST users/sendInvitation`: the InvitedUser body is undocumented; the
/// sandbox takes `email` (required), `name`, `roles`, creates the user with
/// status InvitationSent and answers a string.
pub async fn send_invitation(State(app): State<Arc<App>>, Path(p): Params, body: Bytes) -> Answer {
    check_tenant(&p)?;
    let v = body_json(&body)?;
    let Some(email) = v
        .get("email")
        .and_then(Value::as_str)
        .filter(|e| email_ok(e))
    else {
        return Err(invalid(
            "The request is invalid.",
            vec!["email: a valid e-mail address is required.".into()],
        ));
    };
    let mut st = write(&app);
    let vk = &mut st.valuekeep;
    if email_taken(vk, email, None) {
        return Err(invalid(
            "The request is invalid.",
            vec![format!("email: '{email}' is already used by another user.")],
        ));
    }
    let roles = match v.get("roles") {
        None | Some(Value::Null) => Default::default(),
        Some(r) => resolve_refs(r, "roleKey", |k| vk.role_index(k).map(|i| vk.roles[i].id))
            .map_err(|e| invalid("The request is invalid.", vec![format!("roles: {e}")]))?,
    };
    let local = email.split('@').next().unwrap_or(email).to_string();
    let mut key = local.clone();
    let mut n = 1;
    while vk.user_index(&key).is_some() {
        n += 1;
        key = format!("{local}{n}");
    }
    let name = v
        .get("name")
        .and_then(Value::as_str)
        .unwrap_or(&local)
        .to_string();
    vk.users.push(VkUser {
        id: Uuid::new_v4(),
        user_key: key.clone(),
        name,
        email: Some(email.to_string()),
        culture: "en-US".into(),
        is_technician: false,
        is_active: true,
        last_login: None,
        picture: None,
        status: 3,
        groups: Default::default(),
        roles,
        created_on: Utc::now(),
    });
    Ok(axum::Json(json!(key)).into_response())
}

pub async fn set_user_attr_picture(
    state: State<Arc<App>>,
    Path(mut p): Params,
    body: Bytes,
) -> Answer {
    p.insert("attr".into(), "picture".into());
    set_user_attr(state, Path(p), body).await
}

/// `PUT users/{userKey}/{attribute}` with the bare JSON value.
pub async fn set_user_attr(State(app): State<Arc<App>>, Path(p): Params, body: Bytes) -> Answer {
    check_tenant(&p)?;
    let key = param(&p, "key").to_string();
    let attr = param(&p, "attr").to_string();
    let v = body_json(&body)?;
    let mut st = write(&app);
    let vk = &mut st.valuekeep;
    let i = vk.user_index(&key).ok_or_else(|| not_found("user", &key))?;
    let id = vk.users[i].id;
    let string = |v: &Value| string_value(&attr, v);
    let boolean = |v: &Value| bool_value(&attr, v);
    match attr.as_str() {
        "email" => {
            let e = string(&v)?;
            if !email_ok(&e) {
                return Err(refused(format!(
                    "email: '{e}' is not a valid e-mail address."
                )));
            }
            if email_taken(vk, &e, Some(id)) {
                return Err(refused(format!(
                    "email: '{e}' is already used by another user."
                )));
            }
            vk.users[i].email = Some(e);
        }
        "name" => {
            let n = string(&v)?;
            if n.trim().is_empty() {
                return Err(refused("name: the name cannot be empty.".into()));
            }
            vk.users[i].name = n;
        }
        "picture" => vk.users[i].picture = Some(string(&v)?).filter(|s| !s.is_empty()),
        // One meaning of inactive (iamctl's assumption
        // `vk-active-is-status`): the record flag follows the user's
        // status, and the status the flag.
        "isActive" => {
            let on = boolean(&v)?;
            vk.users[i].is_active = on;
            if !on {
                vk.users[i].status = 2;
            } else if vk.users[i].status == 2 {
                vk.users[i].status = 1;
            }
        }
        "isTechnician" => vk.users[i].is_technician = boolean(&v)?,
        "lastLogin" => {
            let t = string(&v)?;
            let t = chrono::DateTime::parse_from_rfc3339(&t)
                .map_err(|e| refused(format!("lastLogin: '{t}' is not a date and time ({e}).")))?;
            vk.users[i].last_login = Some(t.with_timezone(&Utc));
        }
        "status" => {
            let s = status_of(&v)
                .ok_or_else(|| refused(format!("status: {v} is not a valid Status.")))?;
            vk.users[i].status = s;
            vk.users[i].is_active = s != 2;
        }
        "userKey" => {
            let k = string(&v)?;
            new_key(
                "userKey",
                "user",
                &k,
                vk.user_index(&k).is_some_and(|j| j != i),
            )?;
            vk.users[i].user_key = k;
        }
        "groups" => {
            let ids = resolve_refs(&v, "groupKey", |k| {
                vk.group_index(k).map(|j| vk.groups[j].id)
            })
            .map_err(|e| refused(format!("groups: {e}")))?;
            vk.users[i].groups = ids;
        }
        "roles" => {
            let ids = resolve_refs(&v, "roleKey", |k| vk.role_index(k).map(|j| vk.roles[j].id))
                .map_err(|e| refused(format!("roles: {e}")))?;
            vk.users[i].roles = ids;
        }
        _ => {
            return Err(msg(
                StatusCode::NOT_FOUND,
                format!("No resource at PUT .../users/{key}/{attr}."),
            ));
        }
    }
    Ok(StatusCode::OK.into_response())
}

/// `POST users/{userKey}/{groups|roles}/{add|addById|remove|removeById}`
/// with a JSON array of keys or ids.
pub async fn user_membership(State(app): State<Arc<App>>, Path(p): Params, body: Bytes) -> Answer {
    check_tenant(&p)?;
    let key = param(&p, "key").to_string();
    let what = param(&p, "what").to_string();
    let op = param(&p, "op").to_string();
    let (add, by_id) = match op.as_str() {
        "add" => (true, false),
        "addById" => (true, true),
        "remove" => (false, false),
        "removeById" => (false, true),
        _ => {
            return Err(msg(
                StatusCode::NOT_FOUND,
                format!("No resource at POST .../{what}/{op}."),
            ));
        }
    };
    if what != "groups" && what != "roles" {
        return Err(msg(
            StatusCode::NOT_FOUND,
            format!("No resource at POST .../{what}/{op}."),
        ));
    }
    let v = body_json(&body)?;
    let Some(list) = v.as_array() else {
        return Err(invalid(
            "The request is invalid.",
            vec!["value: an array is expected.".into()],
        ));
    };
    let mut st = write(&app);
    let vk = &mut st.valuekeep;
    let i = vk.user_index(&key).ok_or_else(|| not_found("user", &key))?;
    let mut ids = Vec::new();
    let mut errors = Vec::new();
    for item in list {
        let Some(s) = item.as_str() else {
            errors.push(format!("{item} is not a string."));
            continue;
        };
        let found = if by_id {
            match Uuid::try_parse(s) {
                Err(_) => {
                    errors.push(format!("'{s}' is not a record identifier."));
                    continue;
                }
                Ok(id) if what == "groups" => vk.groups.iter().any(|g| g.id == id).then_some(id),
                Ok(id) => vk.roles.iter().any(|r| r.id == id).then_some(id),
            }
        } else if what == "groups" {
            vk.groups
                .iter()
                .find(|g| g.group_key.eq_ignore_ascii_case(s))
                .map(|g| g.id)
        } else {
            vk.roles
                .iter()
                .find(|r| r.role_key.eq_ignore_ascii_case(s))
                .map(|r| r.id)
        };
        match found {
            Some(id) => ids.push(id),
            None => errors.push(format!(
                "The {} '{s}' does not exist.",
                &what[..what.len() - 1]
            )),
        }
    }
    if !errors.is_empty() {
        return Err(invalid("The request is invalid.", errors));
    }
    let set = if what == "groups" {
        &mut vk.users[i].groups
    } else {
        &mut vk.users[i].roles
    };
    for id in ids {
        if add {
            set.insert(id);
        } else {
            set.remove(&id);
        }
    }
    Ok(StatusCode::OK.into_response())
}

// ---- groups and roles ----

pub async fn get_group(State(app): State<Arc<App>>, Path(p): Params) -> Answer {
    check_tenant(&p)?;
    let key = param(&p, "key");
    let st = read(&app);
    let vk = &st.valuekeep;
    let i = vk.group_index(key).ok_or_else(|| not_found("group", key))?;
    Ok(axum::Json(vk.render_group(&vk.groups[i])).into_response())
}

pub async fn create_group(
    State(app): State<Arc<App>>,
    Path(p): Params,
    OriginalUri(uri): OriginalUri,
    body: Bytes,
) -> Answer {
    check_tenant(&p)?;
    let v = body_json(&body)?;
    let s = |k: &str| {
        v.get(k)
            .and_then(Value::as_str)
            .map(str::to_string)
            .filter(|s| !s.trim().is_empty())
    };
    let (Some(key), Some(name)) = (s("groupKey"), s("name")) else {
        return Err(invalid(
            "The request is invalid.",
            vec!["groupKey and name are required.".into()],
        ));
    };
    let mut st = write(&app);
    let vk = &mut st.valuekeep;
    if vk.group_index(&key).is_some() {
        return Err(invalid(
            "The request is invalid.",
            vec![format!(
                "groupKey: a group with key '{key}' already exists."
            )],
        ));
    }
    let id = Uuid::new_v4();
    vk.groups.push(VkGroup {
        id,
        group_key: key,
        name,
        email: s("email"),
        notes: s("notes"),
        is_active: true,
    });
    let location = format!("{}{}/{id}", app.base_url, uri.path());
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, location)],
        axum::Json(json!(id.to_string())),
    )
        .into_response())
}

pub async fn delete_group(State(app): State<Arc<App>>, Path(p): Params) -> Answer {
    check_tenant(&p)?;
    let key = param(&p, "key");
    let mut st = write(&app);
    let vk = &mut st.valuekeep;
    let i = vk.group_index(key).ok_or_else(|| not_found("group", key))?;
    let id = vk.groups.remove(i).id;
    for u in &mut vk.users {
        u.groups.remove(&id);
    }
    Ok(StatusCode::NO_CONTENT.into_response())
}

pub async fn get_role(State(app): State<Arc<App>>, Path(p): Params) -> Answer {
    check_tenant(&p)?;
    let key = param(&p, "key");
    let st = read(&app);
    let vk = &st.valuekeep;
    let i = vk.role_index(key).ok_or_else(|| not_found("role", key))?;
    Ok(axum::Json(vk.render_role(&vk.roles[i])).into_response())
}

// ---- group and role setters, role create, group-/role-side membership ----

/// `add|addById|remove|removeById`: (add, by id).
fn member_op(op: &str, what: &str) -> Result<(bool, bool), Response> {
    match op {
        "add" => Ok((true, false)),
        "addById" => Ok((true, true)),
        "remove" => Ok((false, false)),
        "removeById" => Ok((false, true)),
        _ => Err(msg(
            StatusCode::NOT_FOUND,
            format!("No resource at POST .../{what}/users/{op}."),
        )),
    }
}

/// The users a membership body names (user keys, or ids with `by_id`):
/// every one must exist, or nothing changes.
fn users_named(vk: &VkState, body: &Bytes, by_id: bool) -> Result<Vec<usize>, Response> {
    let v = body_json(body)?;
    let Some(list) = v.as_array() else {
        return Err(invalid(
            "The request is invalid.",
            vec!["value: an array is expected.".into()],
        ));
    };
    let mut found = Vec::new();
    let mut errors = Vec::new();
    for item in list {
        let Some(s) = item.as_str() else {
            errors.push(format!("{item} is not a string."));
            continue;
        };
        let i = if by_id {
            match Uuid::try_parse(s) {
                Ok(id) => vk.users.iter().position(|u| u.id == id),
                Err(_) => {
                    errors.push(format!("'{s}' is not a record identifier."));
                    continue;
                }
            }
        } else {
            vk.users
                .iter()
                .position(|u| u.user_key.eq_ignore_ascii_case(s))
        };
        match i {
            Some(i) => found.push(i),
            None => errors.push(format!("The user '{s}' does not exist.")),
        }
    }
    if errors.is_empty() {
        Ok(found)
    } else {
        Err(invalid("The request is invalid.", errors))
    }
}

/// `POST groups/{groupKey}/users/{add|addById|remove|removeById}` with a
/// JSON array of user keys (or ids): 200, empty.
pub async fn group_users(State(app): State<Arc<App>>, Path(p): Params, body: Bytes) -> Answer {
    check_tenant(&p)?;
    let key = param(&p, "key").to_string();
    let (add, by_id) = member_op(param(&p, "op"), "groups")?;
    let mut st = write(&app);
    let vk = &mut st.valuekeep;
    let g = vk
        .group_index(&key)
        .ok_or_else(|| not_found("group", &key))?;
    let id = vk.groups[g].id;
    for i in users_named(vk, &body, by_id)? {
        if add {
            vk.users[i].groups.insert(id);
        } else {
            vk.users[i].groups.remove(&id);
        }
    }
    Ok(StatusCode::OK.into_response())
}

/// `POST roles/{roleKey}/users/{add|addById|remove|removeById}`.
pub async fn role_users(State(app): State<Arc<App>>, Path(p): Params, body: Bytes) -> Answer {
    check_tenant(&p)?;
    let key = param(&p, "key").to_string();
    let (add, by_id) = member_op(param(&p, "op"), "roles")?;
    let mut st = write(&app);
    let vk = &mut st.valuekeep;
    let r = vk.role_index(&key).ok_or_else(|| not_found("role", &key))?;
    let id = vk.roles[r].id;
    for i in users_named(vk, &body, by_id)? {
        if add {
            vk.users[i].roles.insert(id);
        } else {
            vk.users[i].roles.remove(&id);
        }
    }
    Ok(StatusCode::OK.into_response())
}

/// `PUT groups/{groupKey}/{email|groupKey|isActive|name|notes}` with the
/// bare JSON value.
pub async fn set_group_attr(State(app): State<Arc<App>>, Path(p): Params, body: Bytes) -> Answer {
    check_tenant(&p)?;
    let key = param(&p, "key").to_string();
    let attr = param(&p, "attr").to_string();
    if !["email", "groupKey", "isActive", "name", "notes"].contains(&attr.as_str()) {
        return Err(msg(
            StatusCode::NOT_FOUND,
            format!("No resource at PUT .../groups/{key}/{attr}."),
        ));
    }
    let v = body_json(&body)?;
    let mut st = write(&app);
    let vk = &mut st.valuekeep;
    let i = vk
        .group_index(&key)
        .ok_or_else(|| not_found("group", &key))?;
    let text = |v: &Value| string_value(&attr, v);
    match attr.as_str() {
        "isActive" => {
            vk.groups[i].is_active = v
                .as_bool()
                .ok_or_else(|| refused(format!("{attr}: true or false is expected.")))?
        }
        "name" => {
            let n = text(&v)?;
            if n.trim().is_empty() {
                return Err(refused("name: the name cannot be empty.".into()));
            }
            vk.groups[i].name = n;
        }
        "groupKey" => {
            let k = text(&v)?;
            new_key(
                "groupKey",
                "group",
                &k,
                vk.group_index(&k).is_some_and(|j| j != i),
            )?;
            vk.groups[i].group_key = k;
        }
        "email" => {
            let e = text(&v)?;
            if !e.is_empty() && !email_ok(&e) {
                return Err(refused(format!(
                    "email: '{e}' is not a valid e-mail address."
                )));
            }
            vk.groups[i].email = Some(e).filter(|e| !e.is_empty());
        }
        _ => vk.groups[i].notes = Some(text(&v)?).filter(|n| !n.is_empty()),
    }
    Ok(StatusCode::OK.into_response())
}

/// `POST roles`: ApiUserRolesResource (`roleKey`, `description`,
/// `isAdministration`, `isDefault`, `isInternal` required;
/// `localizableDescription` optional); 201 with the new id as a JSON string
/// and a Location header.
pub async fn create_role(
    State(app): State<Arc<App>>,
    Path(p): Params,
    OriginalUri(uri): OriginalUri,
    body: Bytes,
) -> Answer {
    check_tenant(&p)?;
    let v = body_json(&body)?;
    let mut errors = Vec::new();
    let text = |k: &str, errors: &mut Vec<String>| {
        let s = v
            .get(k)
            .and_then(Value::as_str)
            .map(str::to_string)
            .filter(|s| !s.trim().is_empty());
        if s.is_none() {
            errors.push(format!("{k}: the field is required."));
        }
        s
    };
    let flag = |k: &str, errors: &mut Vec<String>| match v.get(k) {
        Some(Value::Bool(b)) => *b,
        _ => {
            errors.push(format!("{k}: the field is required (true or false)."));
            false
        }
    };
    let key = text("roleKey", &mut errors);
    let description = text("description", &mut errors);
    let is_administration = flag("isAdministration", &mut errors);
    let is_default = flag("isDefault", &mut errors);
    let is_internal = flag("isInternal", &mut errors);
    let mut st = write(&app);
    let vk = &mut st.valuekeep;
    if let Some(k) = &key
        && vk.role_index(k).is_some()
    {
        errors.push(format!("roleKey: a role with key '{k}' already exists."));
    }
    if !errors.is_empty() {
        return Err(invalid("The request is invalid.", errors));
    }
    let id = Uuid::new_v4();
    vk.roles.push(VkRole {
        id,
        role_key: key.unwrap_or_default(),
        description: description.unwrap_or_default(),
        is_administration,
        is_default,
        is_internal,
        is_active: true,
        localizable_description: v
            .get("localizableDescription")
            .and_then(Value::as_str)
            .map(str::to_string),
    });
    let location = format!("{}{}/{id}", app.base_url, uri.path());
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, location)],
        axum::Json(json!(id.to_string())),
    )
        .into_response())
}

/// `PUT roles/{roleKey}/{description|isActive|isAdministration|isDefault|
/// isInternal|localizableDescription|roleKey}` with the bare JSON value.
pub async fn set_role_attr(State(app): State<Arc<App>>, Path(p): Params, body: Bytes) -> Answer {
    check_tenant(&p)?;
    let key = param(&p, "key").to_string();
    let attr = param(&p, "attr").to_string();
    const ATTRS: &[&str] = &[
        "description",
        "isActive",
        "isAdministration",
        "isDefault",
        "isInternal",
        "localizableDescription",
        "roleKey",
    ];
    if !ATTRS.contains(&attr.as_str()) {
        return Err(msg(
            StatusCode::NOT_FOUND,
            format!("No resource at PUT .../roles/{key}/{attr}."),
        ));
    }
    let v = body_json(&body)?;
    let mut st = write(&app);
    let vk = &mut st.valuekeep;
    let i = vk.role_index(&key).ok_or_else(|| not_found("role", &key))?;
    let text = |v: &Value| string_value(&attr, v);
    let flag = |v: &Value| bool_value(&attr, v);
    match attr.as_str() {
        "description" => {
            let d = text(&v)?;
            if d.trim().is_empty() {
                return Err(refused(
                    "description: the description cannot be empty.".into(),
                ));
            }
            vk.roles[i].description = d;
        }
        "localizableDescription" => {
            vk.roles[i].localizable_description = Some(text(&v)?).filter(|d| !d.is_empty())
        }
        "roleKey" => {
            let k = text(&v)?;
            new_key(
                "roleKey",
                "role",
                &k,
                vk.role_index(&k).is_some_and(|j| j != i),
            )?;
            vk.roles[i].role_key = k;
        }
        "isActive" => vk.roles[i].is_active = flag(&v)?,
        "isAdministration" => vk.roles[i].is_administration = flag(&v)?,
        "isDefault" => vk.roles[i].is_default = flag(&v)?,
        _ => vk.roles[i].is_internal = flag(&v)?,
    }
    Ok(StatusCode::OK.into_response())
}
