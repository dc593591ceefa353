//! `roles`: the OData list, get, create, the setters, and the role's users.

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
use super::model::VkRole;
use super::odata::odata;
use super::values::{bool_value, new_key, refused, string_value};
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
        vk.roles.iter().map(|r| vk.render_role(r)).collect()
    };
    odata(&app, &uri, q, &records, Value::clone, false)
}

pub async fn get_one(State(app): State<Arc<App>>, Path(p): Params) -> Answer {
    check_tenant(&p)?;
    let key = param(&p, "key");
    let st = read(&app);
    let vk = &st.valuekeep;
    let i = vk.role_index(key).ok_or_else(|| not_found("role", key))?;
    Ok(axum::Json(vk.render_role(&vk.roles[i])).into_response())
}

/// `POST roles/{roleKey}/users/{add|addById|remove|removeById}`.
pub async fn users(State(app): State<Arc<App>>, Path(p): Params, body: Bytes) -> Answer {
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

/// `POST roles`: ApiUserRolesResource (`roleKey`, `description`,
/// `isAdministration`, `isDefault`, `isInternal` required;
/// `localizableDescription` optional); 201 with the new id as a JSON string
/// and a Location header.
pub async fn create(
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
pub async fn set_attr(State(app): State<Arc<App>>, Path(p): Params, body: Bytes) -> Answer {
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
