//! `users`: the OData list, get, create, invite, delete, the picture, the
//! setters, and the user-side group and role memberships.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{OriginalUri, Path, RawQuery, State};
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use chrono::Utc;
use serde_json::{Value, json};
use uuid::Uuid;

use super::http::{
    Answer, Params, body_json, check_tenant, invalid, msg, not_found, param, read, write,
};
use super::model::{UserView, VkState, VkUser};
use super::odata::odata;
use super::values::{bool_value, email_ok, new_key, refused, string_value};
use crate::App;

pub async fn list(
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

pub async fn get_one(State(app): State<Arc<App>>, Path(p): Params) -> Answer {
    check_tenant(&p)?;
    let key = param(&p, "key");
    let st = read(&app);
    let vk = &st.valuekeep;
    let i = vk.user_index(key).ok_or_else(|| not_found("user", key))?;
    Ok(axum::Json(vk.render_user(&vk.users[i])).into_response())
}

pub async fn delete(State(app): State<Arc<App>>, Path(p): Params) -> Answer {
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
pub async fn create(
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

/// `PUT users/{key}/picture`: the path is a route of its own (for the
/// download), so its PUT comes here and is the `picture` setter.
pub async fn set_picture(state: State<Arc<App>>, Path(mut p): Params, body: Bytes) -> Answer {
    p.insert("attr".into(), "picture".into());
    set_attr(state, Path(p), body).await
}

/// `PUT users/{userKey}/{attribute}` with the bare JSON value.
pub async fn set_attr(State(app): State<Arc<App>>, Path(p): Params, body: Bytes) -> Answer {
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
pub async fn membership(State(app): State<Arc<App>>, Path(p): Params, body: Bytes) -> Answer {
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
