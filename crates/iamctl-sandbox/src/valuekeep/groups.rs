//! `groups`: the OData list, get, create, delete, the setters, and the
//! group's users.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{OriginalUri, Path, RawQuery, State};
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use serde_json::{Value, json};
use uuid::Uuid;

use super::http::{
    Answer, Params, body_json, check_tenant, invalid, msg, not_found, param, read, write,
};
use super::members::{member_op, users_named};
use super::model::VkGroup;
use super::odata::odata;
use super::values::{email_ok, new_key, refused, string_value};
use crate::App;

pub async fn list(
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

pub async fn get_one(State(app): State<Arc<App>>, Path(p): Params) -> Answer {
    check_tenant(&p)?;
    let key = param(&p, "key");
    let st = read(&app);
    let vk = &st.valuekeep;
    let i = vk.group_index(key).ok_or_else(|| not_found("group", key))?;
    Ok(axum::Json(vk.render_group(&vk.groups[i])).into_response())
}

pub async fn create(
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

pub async fn delete(State(app): State<Arc<App>>, Path(p): Params) -> Answer {
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

/// `POST groups/{groupKey}/users/{add|addById|remove|removeById}` with a
/// JSON array of user keys (or ids): 200, empty.
pub async fn users(State(app): State<Arc<App>>, Path(p): Params, body: Bytes) -> Answer {
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

/// `PUT groups/{groupKey}/{email|groupKey|isActive|name|notes}` with the
/// bare JSON value.
pub async fn set_attr(State(app): State<Arc<App>>, Path(p): Params, body: Bytes) -> Answer {
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
