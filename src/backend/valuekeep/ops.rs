//! The `Backend` trait for Valuekeep's identity service.

use async_trait::async_trait;
use reqwest::Method;
use serde_json::{Map, Value, json};

use super::assumptions as vk;
use super::{Valuekeep, odata, seg};
use crate::backend::api::ApiClient;
use crate::backend::{Backend, Batch, Held, NewUser, Scope, Sink, UserQuery, Views, split_refused};
use crate::config::Kind;
use crate::error::{CliError, ErrorKind, OrMissing, Result};

/// `users set` attributes: (CLI name, route segment = JSON field).
const SETTERS: &[(&str, &str)] = &[
    ("email", "email"),
    ("name", "name"),
    ("picture", "picture"),
    ("is-active", "isActive"),
    ("is-technician", "isTechnician"),
    ("last-login", "lastLogin"),
    ("status", "status"),
    ("user-key", "userKey"),
    ("groups", "groups"),
    ("roles", "roles"),
];

/// Memberships named by record id travel as `id:<id>` between the shared
/// membership code and this backend, so that the `...ById` routes are used.
const ID_PREFIX: &str = "id:";

fn str_of<'a>(v: &'a Value, k: &str) -> &'a str {
    v.get(k).and_then(Value::as_str).unwrap_or("")
}

fn bool_of(v: &Value, what: &str) -> Result<bool> {
    match v {
        Value::Bool(b) => Ok(*b),
        Value::String(s) => crate::backend::capabilities::parse_bool(s),
        _ => Err(CliError::usage(format!(
            "{what} must be true or false, got {v}"
        ))),
    }
}

fn keys_of(v: &Value, what: &str) -> Result<Vec<String>> {
    match v {
        Value::String(s) => Ok(s
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()),
        Value::Array(a) => a
            .iter()
            .map(|x| {
                x.as_str()
                    .map(str::to_string)
                    .ok_or_else(|| CliError::usage(format!("{what} must be a list of keys")))
            })
            .collect(),
        _ => Err(CliError::usage(format!("{what} must be a list of keys"))),
    }
}

fn string_of(v: &Value, what: &str) -> Result<String> {
    v.as_str()
        .map(str::to_string)
        .ok_or_else(|| CliError::usage(format!("{what} must be a string, got {v}")))
}

/// An attribute's new value as it goes on the wire.
fn wire(field: &str, v: &Value) -> Result<Value> {
    Ok(match field {
        "email" | "name" | "picture" | "userKey" => {
            let s = string_of(v, field)?;
            if field == "userKey" && s.trim().is_empty() {
                return Err(CliError::usage("the user key cannot be empty"));
            }
            json!(s)
        }
        "isActive" | "isTechnician" => json!(bool_of(v, field)?),
        "lastLogin" => vk::last_login_wire(&string_of(v, field)?)?,
        "status" => {
            let n = vk::status_number(v).ok_or_else(|| {
                CliError::usage(format!(
                    "unknown Valuekeep status {v}: use Active, Inactive, InvitationSent, InvitationExpired, or 1-4"
                ))
            })?;
            vk::status_wire(n)
        }
        "groups" | "roles" => vk::membership_value(&keys_of(v, field)?),
        other => {
            return Err(crate::backend::capabilities::not_available(
                format!("attribute {other:?}"),
                "Valuekeep",
            ));
        }
    })
}

/// Does the record already hold this value?
fn unchanged(current: &Value, field: &str, new: &Value) -> bool {
    let Some(cur) = current.get(field) else {
        return false;
    };
    match field {
        "status" => {
            vk::status_number(cur).is_some() && vk::status_number(cur) == vk::status_number(new)
        }
        "groups" | "roles" => {
            let key_field = if field == "groups" {
                "groupKey"
            } else {
                "roleKey"
            };
            let mut have = vk::held_keys(current, field, key_field);
            let mut want: Vec<String> = new
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect();
            have.sort();
            want.sort();
            have == want
        }
        "lastLogin" => {
            let t = |v: &Value| {
                v.as_str()
                    .and_then(|s| chrono::DateTime::parse_from_rfc3339(s).ok())
            };
            t(cur).is_some() && t(cur) == t(new)
        }
        _ => cur == new,
    }
}

/// The JSON field a `users patch` key names (ODC-style names accepted).
fn patch_field(k: &str) -> Option<&'static str> {
    Some(match k {
        "name" => "name",
        "email" => "email",
        "picture" | "photoUrl" => "picture",
        "isActive" => "isActive",
        "isTechnician" => "isTechnician",
        "lastLogin" => "lastLogin",
        "status" => "status",
        "userKey" => "userKey",
        "groups" => "groups",
        "roles" => "roles",
        _ => return None,
    })
}

/// `groups set GROUP ATTR VALUE`: the documented setter
/// (`PUT groups/{key}/{field}`) and its bare JSON value.
fn group_setter(attr: &str, value: &str) -> Result<(&'static str, Value)> {
    let text = |field: &'static str, empty_ok: bool| {
        if !empty_ok && value.trim().is_empty() {
            return Err(CliError::usage(format!("a group's {attr} cannot be empty")));
        }
        Ok((field, json!(value)))
    };
    match attr.to_ascii_lowercase().as_str() {
        "name" => text("name", false),
        "email" => text("email", true),
        "description" | "notes" => text("notes", true),
        "key" | "group-key" | "groupkey" => text("groupKey", false),
        "active" | "is-active" | "isactive" => Ok((
            "isActive",
            json!(crate::backend::capabilities::parse_bool(value)?),
        )),
        _ => Err(CliError::usage(format!(
            "unknown group attribute {attr:?}: use name, email, description, key or active"
        ))),
    }
}

/// `roles set ROLE ATTR VALUE`: the documented setter
/// (`PUT roles/{key}/{field}`) and its bare JSON value.
fn role_setter(attr: &str, value: &str) -> Result<(&'static str, Value)> {
    let flag = |field: &'static str| -> Result<(&'static str, Value)> {
        Ok((
            field,
            json!(crate::backend::capabilities::parse_bool(value)?),
        ))
    };
    match attr.to_ascii_lowercase().as_str() {
        "description" | "name" => {
            if value.trim().is_empty() {
                return Err(CliError::usage("a role's description cannot be empty"));
            }
            Ok(("description", json!(value)))
        }
        "localizable-description" | "localizabledescription" => {
            Ok(("localizableDescription", json!(value)))
        }
        "key" | "role-key" | "rolekey" => {
            if value.trim().is_empty() {
                return Err(CliError::usage("a role's key cannot be empty"));
            }
            Ok(("roleKey", json!(value)))
        }
        "active" | "is-active" | "isactive" => flag("isActive"),
        "administration" | "is-administration" | "isadministration" => flag("isAdministration"),
        "default" | "is-default" | "isdefault" => flag("isDefault"),
        "internal" | "is-internal" | "isinternal" => flag("isInternal"),
        _ => Err(CliError::usage(format!(
            "unknown role attribute {attr:?}: use description, localizable-description, key, active, administration, default or internal"
        ))),
    }
}

fn one_of(what: &str, name: &str, mut found: Vec<Value>, key_field: &str) -> Result<Value> {
    match found.len() {
        1 => Ok(found.remove(0)),
        0 => Err(CliError::missing(what, name)),
        _ => {
            let list: Vec<String> = found
                .iter()
                .map(|v| format!("{} (id {})", str_of(v, key_field), str_of(v, "id")))
                .collect();
            Err(CliError::usage(format!(
                "{what} {name:?} is ambiguous; candidates:\n  {}",
                list.join("\n  ")
            ))
            .hint(format!("name the {what} by key or --by-id")))
        }
    }
}

/// The items of an OData page, taken out of its envelope.
fn page_items(body: &mut Value, what: &str) -> Result<Vec<Value>> {
    match body {
        // The pre-2022 shape: a bare array, no paging.
        Value::Array(a) => Ok(std::mem::take(a)),
        Value::Object(o) => match o.remove("items") {
            Some(Value::Array(a)) => Ok(a),
            Some(Value::Null) | None => Ok(Vec::new()),
            Some(_) => Err(CliError::network(format!(
                "{what}: unexpected answer (items is not a list)"
            ))),
        },
        _ => Err(CliError::network(format!(
            "{what}: unexpected answer (not an OData page)"
        ))),
    }
}

impl Valuekeep {
    /// A value on its way out, as this tenant takes it (`Adapt`): a status
    /// as its name when the profile's probe saw names.
    fn adapted(&self, field: &str, v: Value) -> Value {
        match (field, vk::status_number(&v)) {
            ("status", Some(n)) => vk::status_wire_as(n, self.adapt.status_names),
            _ => v,
        }
    }

    /// Every item of an OData list, up to `max`, handed to `sink` in
    /// order. The first page asks for the total (`vk::COUNT_PARAM`); with
    /// it, the remaining pages are fetched at once with `$skip`/`$top`
    /// (`vk::SKIP_TOP_PAGING`); without it, `nextPageLink` is followed
    /// one page after another until it is null.
    pub async fn each(
        &self,
        path: &str,
        query: &[(&str, String)],
        max: Option<usize>,
        what: &str,
        sink: &mut (dyn FnMut(Value) -> Result<()> + Send),
    ) -> Result<usize> {
        let max = max.unwrap_or(usize::MAX);
        if max == 0 {
            return Ok(0);
        }
        let first_top = vk::PAGE_MAX.min(max);
        let page_req = |skip: Option<usize>, top: usize| {
            let mut req = self.request(Method::GET, path);
            for (k, v) in query {
                req = req.query(k, v);
            }
            if let Some(skip) = skip {
                req = req.query("$skip", skip);
            }
            req.query("$top", top)
        };
        let (count_name, count_value) = vk::COUNT_PARAM;
        let mut req = page_req(None, first_top);
        if !self.adapt.no_count {
            req = req.query(count_name, count_value);
        }
        let mut sent = 0;
        let mut first = true;
        loop {
            let mut body = self.call_lenient(req, what).await?;
            let next = body
                .get("nextPageLink")
                .and_then(Value::as_str)
                .filter(|s| !s.is_empty())
                .map(str::to_string);
            let count = vk::total_count(&body);
            if first {
                self.total.set(count);
            }
            let items = page_items(&mut body, what)?;
            let n = items.len();
            for item in items {
                if sent >= max {
                    return Ok(sent);
                }
                sink(item)?;
                sent += 1;
            }
            if first
                && vk::SKIP_TOP_PAGING
                && !self.adapt.no_skip
                && n == first_top
                && let Some(total) = count
            {
                let want = total.min(max);
                let fetch = |skip: usize| {
                    let req = page_req(Some(skip), vk::PAGE_MAX.min(want - skip));
                    async move {
                        let mut body = self.call_lenient(req, what).await?;
                        page_items(&mut body, what)
                    }
                };
                let starts = crate::backend::paging::offsets(n, want, vk::PAGE_MAX);
                crate::backend::paging::in_order(starts, fetch, &mut sent, max, sink).await?;
                return Ok(sent);
            }
            first = false;
            match next {
                Some(link) if sent < max && n > 0 => {
                    req = self.request_url(Method::GET, odata::next_link(&self.api, &link)?);
                }
                _ => return Ok(sent),
            }
        }
    }

    async fn collect(
        &self,
        path: &str,
        query: &[(&str, String)],
        max: Option<usize>,
        what: &str,
    ) -> Result<Vec<Value>> {
        let mut out = Vec::new();
        self.each(path, query, max, what, &mut |v| {
            out.push(v);
            Ok(())
        })
        .await?;
        Ok(out)
    }

    async fn user_by_email(&self, email: &str) -> Result<Value> {
        let query = [("$filter", vk::email_filter(email))];
        let found: Vec<Value> = self
            .collect(
                "identity/users/odata",
                &query,
                Some(10),
                &format!("find user {email}"),
            )
            .await?
            .into_iter()
            .filter(|u| str_of(u, "email").eq_ignore_ascii_case(email))
            .collect();
        one_of("user", email, found, "userKey")
    }

    async fn user(&self, spec: &str) -> Result<Value> {
        if vk::looks_like_id(spec) {
            return self.get_user_by_id(spec).await.or_missing("user", spec);
        }
        if spec.contains('@') {
            return self.user_by_email(spec).await;
        }
        self.get(
            &format!("identity/users/{}", seg(spec)),
            &format!("get user {spec}"),
        )
        .await
        .or_missing("user", spec)
    }

    async fn put(&self, key: &str, field: &str, value: Value) -> Result<bool> {
        let req = self
            .request(Method::PUT, &format!("identity/users/{}/{field}", seg(key)))
            .json(value);
        Ok(self
            .write_raw(req, &format!("set {field} of user {key}"))
            .await?
            .is_some())
    }

    /// POST `{user}/{groups|roles}/{add|remove}[ById]` with a JSON array
    /// of keys (or, `id:`-prefixed, of record ids): one request for all.
    async fn member_change(
        &self,
        key: &str,
        what: &str,
        targets: &[String],
        add: bool,
    ) -> Result<bool> {
        let by_id = targets.iter().all(|t| t.starts_with(ID_PREFIX));
        let values: Vec<&str> = targets
            .iter()
            .map(|t| t.strip_prefix(ID_PREFIX).unwrap_or(t))
            .collect();
        let verb = match (add, by_id) {
            (true, false) => "add",
            (true, true) => "addById",
            (false, false) => "remove",
            (false, true) => "removeById",
        };
        let req = self
            .request(
                Method::POST,
                &format!("identity/users/{}/{what}/{verb}", seg(key)),
            )
            .json(json!(values));
        Ok(self
            .write_raw(
                req,
                &format!("{verb} {what} {} for user {key}", values.join(", ")),
            )
            .await?
            .is_some())
    }

    /// Several groups or roles in one request (the API takes a list),
    /// keys and record ids apart; a refused list is tried one by one so
    /// that what failed is told exactly.
    async fn member_changes(
        &self,
        key: &str,
        what: &str,
        targets: &[String],
        add: bool,
    ) -> Vec<Batch> {
        let (ids, keys): (Vec<String>, Vec<String>) = targets
            .iter()
            .cloned()
            .partition(|t| t.starts_with(ID_PREFIX));
        let mut out = Vec::new();
        for list in [keys, ids] {
            if list.is_empty() {
                continue;
            }
            let result = self.member_change(key, what, &list, add).await;
            let batch = Batch { keys: list, result };
            out.extend(
                split_refused(batch, |t| async move {
                    self.member_change(key, what, std::slice::from_ref(&t), add)
                        .await
                })
                .await,
            );
        }
        out
    }

    fn held(record: &Value, field: &str, key_field: &str, ids: bool) -> Vec<Held> {
        let records = vk::held_records(record, field, key_field);
        // Groups have a name; roles a description.
        let name_of = |key: &str| {
            records
                .iter()
                .find(|r| str_of(r, key_field) == key)
                .map(|r| {
                    let n = str_of(r, "name");
                    if n.is_empty() {
                        str_of(r, "description")
                    } else {
                        n
                    }
                })
                .filter(|n| !n.is_empty())
                .map(str::to_string)
        };
        if ids {
            return records
                .iter()
                .filter_map(|r| {
                    let id = r.get("id").and_then(Value::as_str)?;
                    Some(Held {
                        key: format!("{ID_PREFIX}{id}"),
                        direct: true,
                        name: name_of(str_of(r, key_field)),
                        ..Held::default()
                    })
                })
                .collect();
        }
        vk::held_keys(record, field, key_field)
            .into_iter()
            .map(|key| {
                let name = name_of(&key);
                Held {
                    key,
                    direct: true,
                    name,
                    ..Held::default()
                }
            })
            .collect()
    }

    fn member_tokens(names: &[String], by_id: bool) -> Vec<String> {
        names
            .iter()
            .map(|n| {
                if by_id {
                    format!("{ID_PREFIX}{n}")
                } else {
                    n.clone()
                }
            })
            .collect()
    }

    /// A group or role record by id, key, or (groups) name.
    async fn record(
        &self,
        service: &str,
        spec: &str,
        name_field: Option<&str>,
        what: &str,
    ) -> Result<Value> {
        let r = self
            .get(
                &format!("identity/{service}/{}", seg(spec)),
                &format!("get {what} {spec}"),
            )
            .await;
        match (r, name_field) {
            (Err(e), Some(field)) if e.kind == ErrorKind::NotFound => {
                let query = [("$filter", format!("{field} eq {}", odata::literal(spec)))];
                let found = self
                    .collect(
                        &format!("identity/{service}/odata"),
                        &query,
                        Some(10),
                        &format!("find {what} {spec}"),
                    )
                    .await
                    .map_err(|_| e)?;
                let key_field = if service == "groups" {
                    "groupKey"
                } else {
                    "roleKey"
                };
                one_of(what, spec, found, key_field)
            }
            (r, _) => r,
        }
    }

    /// Keys of groups or roles named by key or by name, in one request
    /// for all of them (`$filter=Key eq 'a' or Name eq 'a' or ...`): a key
    /// wins; a name must match one record (several: the candidates are
    /// listed, exit 2); none: not found (exit 3). Nothing is written
    /// before every name has resolved. Names resolved in the last ten
    /// minutes come from the name cache and cost nothing.
    async fn resolve_names(
        &self,
        service: &str,
        (key_prop, key_field): (&str, &str),
        (name_prop, name_field): (&str, &str),
        noun: &str,
        specs: &[String],
    ) -> Result<Vec<String>> {
        let memo = |s: &str| format!("{service}\n{}", s.to_lowercase());
        let mut keys: Vec<Option<String>> =
            specs.iter().map(|s| self.names.get(&memo(s))).collect();
        // A record id (GUID) names the record itself: one GET each
        // (`{service}/{id}`), as the README's routes say.
        let key_of = if service == "groups" {
            "groupKey"
        } else {
            "roleKey"
        };
        for (spec, slot) in specs.iter().zip(keys.iter_mut()) {
            if slot.is_none() && crate::backend::is_uuid(spec) {
                let r = self
                    .record(service, spec, None, noun)
                    .await
                    .or_missing(noun, spec)?;
                *slot = Some(str_of(&r, key_of).to_string());
            }
        }
        let missing: Vec<&String> = specs
            .iter()
            .zip(&keys)
            .filter(|(_, k)| k.is_none())
            .map(|(s, _)| s)
            .collect();
        if missing.is_empty() {
            return Ok(keys.into_iter().flatten().collect());
        }
        let clauses: Vec<String> = missing
            .iter()
            .flat_map(|s| {
                let lit = odata::literal(s);
                [
                    format!("{key_prop} eq {lit}"),
                    format!("{name_prop} eq {lit}"),
                ]
            })
            .collect();
        let query = [("$filter", clauses.join(" or "))];
        let names: Vec<&str> = missing.iter().map(|s| s.as_str()).collect();
        let found = self
            .collect(
                &format!("identity/{service}/odata"),
                &query,
                None,
                &format!("look up {noun}s {}", names.join(", ")),
            )
            .await?;
        for (spec, slot) in specs.iter().zip(keys.iter_mut()) {
            if slot.is_some() {
                continue;
            }
            let by_key = found
                .iter()
                .find(|r| str_of(r, key_field).eq_ignore_ascii_case(spec));
            let key = match by_key {
                Some(r) => str_of(r, key_field).to_string(),
                None => {
                    let named: Vec<Value> = found
                        .iter()
                        .filter(|r| str_of(r, name_field).eq_ignore_ascii_case(spec))
                        .cloned()
                        .collect();
                    let r = one_of(noun, spec, named, key_field)?;
                    str_of(&r, key_field).to_string()
                }
            };
            self.names.put(&memo(spec), &key);
            *slot = Some(key);
        }
        Ok(keys.into_iter().flatten().collect())
    }

    /// `PUT {groups|roles}/{key}/{field}` with the bare JSON value.
    async fn put_record(
        &self,
        service: &str,
        key: &str,
        field: &str,
        value: Value,
    ) -> Result<bool> {
        let req = self
            .request(
                Method::PUT,
                &format!("identity/{service}/{}/{field}", seg(key)),
            )
            .json(value);
        let noun = &service[..service.len() - 1];
        let sent = self
            .write_raw(req, &format!("set {field} of {noun} {key}"))
            .await?
            .is_some();
        // A new key or name resolves differently from now on.
        if sent && matches!(field, "groupKey" | "roleKey" | "name" | "description") {
            self.names.forget_key(key);
        }
        Ok(sent)
    }

    /// `POST {groups|roles}/{key}/users/{add|remove}` with a JSON array of
    /// user keys: one request for every user; a refused list is tried user
    /// by user, so that what failed is told exactly.
    async fn record_users(
        &self,
        service: &str,
        key: &str,
        users: &[String],
        add: bool,
    ) -> Vec<Batch> {
        // Users named by record id (`--by-id`) go to `addById`/`removeById`.
        let by_id = !users.is_empty() && users.iter().all(|u| u.starts_with(ID_PREFIX));
        let users: Vec<String> = users
            .iter()
            .map(|u| u.strip_prefix(ID_PREFIX).unwrap_or(u).to_string())
            .collect();
        let users = users.as_slice();
        let send = |list: Vec<String>| async move {
            let verb = match (add, by_id) {
                (true, false) => "add",
                (true, true) => "addById",
                (false, false) => "remove",
                (false, true) => "removeById",
            };
            let noun = &service[..service.len() - 1];
            let req = self
                .request(
                    Method::POST,
                    &format!("identity/{service}/{}/users/{verb}", seg(key)),
                )
                .json(json!(list));
            let to = if add { "to" } else { "from" };
            let verb = if add { "add" } else { "remove" };
            Ok::<bool, CliError>(
                self.write_raw(
                    req,
                    &format!("{verb} users {} {to} {noun} {key}", list.join(", ")),
                )
                .await?
                .is_some(),
            )
        };
        if users.is_empty() {
            return Vec::new();
        }
        // A user refused alone who does not exist is "not found" (exit 3),
        // as on the user-side routes, not a refusal: one look-up, only on
        // this failure path.
        let send_one = |u: String| async move {
            match send(vec![u.clone()]).await {
                Err(e) if e.kind == ErrorKind::Rejected && !by_id => match self.user(&u).await {
                    Err(missing) if missing.kind == ErrorKind::NotFound => Err(missing),
                    _ => Err(e),
                },
                other => other,
            }
        };
        let result = match users {
            [one] => send_one(one.clone()).await,
            _ => send(users.to_vec()).await,
        };
        let batch = Batch {
            keys: users.to_vec(),
            result,
        };
        split_refused(batch, send_one).await
    }

    async fn members_of(&self, service: &str, key: &str, what: &str, sink: Sink<'_>) -> Result<()> {
        let rec = self.record(service, key, None, what).await?;
        for u in vk::held_records(&rec, "users", "userKey") {
            sink(u)?;
        }
        Ok(())
    }

    async fn created(
        &self,
        req: crate::http::Request,
        what: &str,
        key: &str,
    ) -> Result<(Option<Value>, Option<u16>)> {
        Ok(match self.write_raw(req, what).await? {
            Some(resp) => (
                Some(json!({ "key": key, "id": vk::created_id(&resp.body) })),
                Some(resp.status.as_u16()),
            ),
            None => (None, None),
        })
    }
}

#[async_trait]
impl Backend for Valuekeep {
    fn kind(&self) -> Kind {
        Kind::Valuekeep
    }

    fn capabilities(&self) -> &'static crate::backend::Capabilities {
        &super::caps::CAPS
    }

    fn views(&self) -> &'static Views {
        &super::views::VALUEKEEP
    }

    async fn list_users(&self, q: &UserQuery, sink: Sink<'_>) -> Result<()> {
        let clauses = user_clauses(q, self.adapt.status_names)?;
        let mut query = Vec::new();
        if let Some(f) = odata::and(&clauses) {
            query.push(("$filter", f));
        }
        if let Some(s) = &q.sort {
            query.push(("$orderby", odata::orderby(s)?));
        }
        self.each("identity/users/odata", &query, q.max, "list users", sink)
            .await
            .map(|_| ())
    }

    /// One page of one user with the server's count (`$inlinecount`).
    async fn count_users(&self, q: &UserQuery) -> Result<u64> {
        let clauses = user_clauses(q, self.adapt.status_names)?;
        if self.adapt.no_count {
            // The profile's probe saw no `count`: count the list itself.
            let mut query = Vec::new();
            if let Some(f) = odata::and(&clauses) {
                query.push(("$filter", f));
            }
            let mut n = 0u64;
            self.each(
                "identity/users/odata",
                &query,
                None,
                "count users",
                &mut |_| {
                    n += 1;
                    Ok(())
                },
            )
            .await?;
            return Ok(n);
        }
        let mut req = self.request(Method::GET, "identity/users/odata");
        if let Some(f) = odata::and(&clauses) {
            req = req.query("$filter", f);
        }
        let (count_name, count_value) = vk::COUNT_PARAM;
        let req = req.query("$top", 1).query(count_name, count_value);
        let body = self.call_lenient(req, "count users").await?;
        vk::total_count(&body).map(|n| n as u64).ok_or_else(|| {
            CliError::network("the server answered no count (UNCONFIRMED: `$inlinecount`)")
                .hint("count with `iamctl users list --all -o ndjson | wc -l`")
        })
    }

    fn holds_roles(&self, user: &Value) -> bool {
        user.get("roles")
            .and_then(Value::as_array)
            .is_some_and(|r| !r.is_empty())
    }

    fn listed_total(&self) -> Option<usize> {
        self.total.get()
    }

    async fn get_user(&self, user: &str) -> Result<Value> {
        self.user(user).await
    }

    async fn get_user_by_id(&self, id: &str) -> Result<Value> {
        self.get(
            &format!("identity/users/{}", seg(id)),
            &format!("get user {id}"),
        )
        .await
    }

    /// A key costs nothing; an id or an e-mail costs one lookup.
    fn record_key(&self, record: &Value) -> String {
        str_of(record, "userKey").to_string()
    }

    async fn user_key(&self, user: &str) -> Result<String> {
        if vk::looks_like_id(user) || user.contains('@') {
            let u = self.user(user).await?;
            let key = str_of(&u, "userKey");
            if key.is_empty() {
                return Err(CliError::network(format!(
                    "the record of user {user} has no userKey"
                )));
            }
            return Ok(key.to_string());
        }
        Ok(user.to_string())
    }

    async fn create_user(&self, u: &NewUser) -> Result<Option<Value>> {
        self.create_user_status(u).await.map(|(v, _)| v)
    }

    async fn create_user_status(&self, u: &NewUser) -> Result<(Option<Value>, Option<u16>)> {
        let key = u
            .user_key
            .clone()
            .unwrap_or_else(|| vk::default_user_key(&u.email));
        let name = u
            .name
            .clone()
            .unwrap_or_else(|| u.email.split('@').next().unwrap_or(&u.email).to_string());
        let mut body = Map::new();
        body.insert("userKey".into(), json!(key));
        body.insert("name".into(), json!(name));
        body.insert("isTechnician".into(), json!(u.technician));
        body.insert("email".into(), json!(u.email));
        if let Some(p) = &u.photo_url {
            body.insert("picture".into(), json!(p));
        }
        let status = match &u.status {
            Some(s) => Some(vk::parse_status(s)?),
            None if !u.active => Some(2),
            None => None,
        };
        if let Some(n) = status {
            body.insert(
                "status".into(),
                vk::status_wire_as(n, self.adapt.status_names),
            );
        }
        if !u.groups.is_empty() {
            body.insert("groups".into(), vk::membership_value(&u.groups));
        }
        if !u.roles.is_empty() {
            body.insert("roles".into(), vk::membership_value(&u.roles));
        }
        let req = self
            .request(Method::POST, "identity/users")
            .json(Value::Object(body));
        let (created, status) = self
            .created(req, &format!("create user {key}"), &key)
            .await?;
        // `isActive` is not a field of the create body (record metadata,
        // UNCONFIRMED): an inactive user whose status is another (an
        // export of a deactivated, `Active` user) is switched off after.
        if !u.active && status.is_some_and(|n| n != 2) && created.is_some() {
            self.set_user(&key, "is-active", "false").await?;
        }
        Ok((created, status))
    }

    async fn invite_user(&self, u: &NewUser) -> Result<Option<Value>> {
        let name = u
            .name
            .clone()
            .unwrap_or_else(|| u.email.split('@').next().unwrap_or(&u.email).to_string());
        let req = self
            .request(Method::POST, "identity/users/sendInvitation")
            .json(vk::invitation_body(&u.email, &name, &u.roles));
        Ok(self
            .write_raw(req, &format!("invite {}", u.email))
            .await?
            .map(|resp| {
                let answer = resp.json().unwrap_or_else(|_| Value::String(resp.text()));
                json!({ "email": u.email, "key": answer })
            }))
    }

    fn invite_note(&self) -> Option<&'static str> {
        Some(
            "note: Valuekeep sent the invitation e-mail; the user appears with status InvitationSent.",
        )
    }

    async fn delete_user(&self, key: &str) -> Result<bool> {
        let req = self.request(Method::DELETE, &format!("identity/users/{}", seg(key)));
        Ok(self
            .write_raw(req, &format!("delete user {key}"))
            .await?
            .is_some())
    }

    async fn delete_user_by_id(&self, id: &str) -> Result<bool> {
        if !vk::looks_like_id(id) {
            return Err(CliError::usage(format!(
                "{id:?} is not a record id (a GUID)"
            )));
        }
        self.delete_user(id).await
    }

    async fn set_user(&self, key: &str, attr: &str, value: &str) -> Result<bool> {
        let field = SETTERS
            .iter()
            .find(|(a, _)| *a == attr)
            .map(|(_, f)| *f)
            .ok_or_else(|| {
                crate::backend::capabilities::not_available(
                    format!("attribute {attr:?}"),
                    "Valuekeep",
                )
            })?;
        let v = self.adapted(field, wire(field, &json!(value))?);
        self.put(key, field, v).await
    }

    /// One PUT per changed attribute (the API has no PATCH); the user key
    /// last, since it renames the route of the others. A failure after some
    /// succeeded is a partial failure (exit 7) naming both.
    async fn patch_user(&self, key: &str, patch: &Map<String, Value>) -> Result<bool> {
        let mut changes = Vec::new();
        for (k, v) in patch {
            let field = patch_field(k).ok_or_else(|| {
                CliError::usage(format!(
                    "Valuekeep users have no attribute {k:?}: use name, email, picture, isActive, isTechnician, lastLogin, status, userKey, groups, roles"
                ))
            })?;
            changes.push((field, self.adapted(field, wire(field, v)?)));
        }
        changes.sort_by_key(|(f, _)| *f == "userKey");
        let current = self.user(key).await?;
        changes.retain(|(f, v)| !unchanged(&current, f, v));
        if changes.is_empty() {
            return Ok(false);
        }
        let mut done: Vec<&str> = Vec::new();
        let mut sent_any = false;
        for (i, (field, value)) in changes.iter().enumerate() {
            match self.put(key, field, value.clone()).await {
                Ok(sent) => {
                    sent_any |= sent;
                    done.push(field);
                }
                Err(e) if done.is_empty() => return Err(e),
                Err(e) => {
                    let rest: Vec<&str> = changes[i + 1..].iter().map(|(f, _)| *f).collect();
                    let mut err = CliError::new(
                        ErrorKind::Partial,
                        format!(
                            "update user {key} partly applied: {} succeeded ({}); {field} failed: {e}",
                            done.len(),
                            done.join(", ")
                        ),
                    );
                    if !rest.is_empty() {
                        err = err.hint(format!("not attempted: {}", rest.join(", ")));
                    }
                    return Err(
                        err.hint("run the same patch again: unchanged attributes are skipped")
                    );
                }
            }
        }
        Ok(sent_any)
    }

    async fn user_picture(&self, user: &str) -> Result<Vec<u8>> {
        let rec = self.user(user).await?;
        let id = str_of(&rec, "id");
        if id.is_empty() {
            return Err(CliError::network(format!(
                "the record of user {user} has no id"
            )));
        }
        let file = Some(str_of(&rec, "picture"))
            .filter(|s| !s.is_empty())
            .unwrap_or("picture");
        let mut req = self
            .request(Method::GET, &format!("identity/users/{}/picture", seg(id)))
            .query(vk::PICTURE_FILE_NAME_PARAM, file);
        req.accept = Some("image/*, application/octet-stream;q=0.9, */*;q=0.8");
        let resp = self
            .call_raw(req, &format!("get the picture of user {user}"))
            .await?;
        Ok(resp.body.to_vec())
    }

    async fn list_user_groups(&self, key: &str, sink: Sink<'_>) -> Result<()> {
        let u = self.user(key).await?;
        for g in vk::held_records(&u, "groups", "groupKey") {
            sink(g)?;
        }
        Ok(())
    }

    async fn group_keys(&self, groups: &[String], scope: &Scope) -> Result<Vec<String>> {
        if scope.by_id {
            return Ok(Self::member_tokens(groups, true));
        }
        self.resolve_names(
            "groups",
            ("GroupKey", "groupKey"),
            ("Name", "name"),
            "group",
            groups,
        )
        .await
    }

    async fn held_groups(&self, key: &str, scope: &Scope) -> Result<Vec<Held>> {
        let u = self.user(key).await?;
        Ok(Self::held(&u, "groups", "groupKey", scope.by_id))
    }

    async fn add_to_group(&self, key: &str, group: &str) -> Result<bool> {
        self.member_change(key, "groups", &[group.to_string()], true)
            .await
    }

    async fn remove_from_group(&self, key: &str, group: &str) -> Result<bool> {
        self.member_change(key, "groups", &[group.to_string()], false)
            .await
    }

    /// `POST users/{key}/groups/add|remove` takes a list: one request.
    async fn change_groups(&self, key: &str, groups: &[String], add: bool) -> Vec<Batch> {
        self.member_changes(key, "groups", groups, add).await
    }

    /// `POST users/{key}/roles/add|remove` takes a list: one request.
    async fn change_roles(
        &self,
        key: &str,
        roles: &[String],
        _scope: &Scope,
        grant: bool,
    ) -> Vec<Batch> {
        self.member_changes(key, "roles", roles, grant).await
    }

    fn forget_cached_names(&self) -> bool {
        self.names.forget_served()
    }

    async fn list_user_roles(&self, key: &str, _scope: &Scope, sink: Sink<'_>) -> Result<()> {
        let u = self.user(key).await?;
        for r in vk::held_records(&u, "roles", "roleKey") {
            sink(r)?;
        }
        Ok(())
    }

    async fn role_keys(&self, roles: &[String], scope: &Scope) -> Result<Vec<String>> {
        if scope.by_id {
            return Ok(Self::member_tokens(roles, true));
        }
        self.resolve_names(
            "roles",
            ("RoleKey", "roleKey"),
            ("Description", "description"),
            "role",
            roles,
        )
        .await
    }

    async fn held_roles(&self, key: &str, scope: &Scope) -> Result<Vec<Held>> {
        let u = self.user(key).await?;
        Ok(Self::held(&u, "roles", "roleKey", scope.by_id))
    }

    async fn grant_role(&self, key: &str, role: &str, _scope: &Scope) -> Result<bool> {
        self.member_change(key, "roles", &[role.to_string()], true)
            .await
    }

    async fn revoke_role(&self, key: &str, role: &str, _scope: &Scope) -> Result<bool> {
        self.member_change(key, "roles", &[role.to_string()], false)
            .await
    }

    async fn list_groups(
        &self,
        search: Option<&str>,
        _scope: &Scope,
        sink: Sink<'_>,
    ) -> Result<()> {
        let mut query = Vec::new();
        if let Some(s) = search {
            let lit = odata::literal(s);
            query.push((
                "$filter",
                format!("contains(Name,{lit}) or contains(GroupKey,{lit})"),
            ));
        }
        self.each("identity/groups/odata", &query, None, "list groups", sink)
            .await
            .map(|_| ())
    }

    async fn get_group(&self, group: &str, _scope: &Scope) -> Result<Value> {
        self.record("groups", group, Some("Name"), "group").await
    }

    async fn create_group(
        &self,
        name: &str,
        description: Option<&str>,
        _scope: &Scope,
    ) -> Result<Option<Value>> {
        let key = vk::group_key_from_name(name);
        if key.is_empty() {
            return Err(CliError::usage(format!(
                "cannot make a group key from {name:?}: use letters or digits"
            )));
        }
        let mut body = json!({ "groupKey": key, "name": name });
        if let Some(d) = description {
            body["notes"] = json!(d);
        }
        let req = self.request(Method::POST, "identity/groups").json(body);
        self.created(req, &format!("create group {name}"), &key)
            .await
            .map(|(v, _)| v)
    }

    async fn delete_group(&self, group_key: &str) -> Result<bool> {
        let req = self.request(
            Method::DELETE,
            &format!("identity/groups/{}", seg(group_key)),
        );
        Ok(self
            .write_raw(req, &format!("delete group {group_key}"))
            .await?
            .is_some())
    }

    async fn group_members(&self, group_key: &str, sink: Sink<'_>) -> Result<()> {
        self.members_of("groups", group_key, "group", sink).await
    }

    /// `groups update`: `PUT groups/{key}/name` and `.../notes` (the
    /// description), one request each.
    async fn update_group(
        &self,
        group_key: &str,
        name: Option<&str>,
        description: Option<&str>,
    ) -> Result<bool> {
        let mut sent = false;
        if let Some(d) = description {
            sent |= self
                .put_record("groups", group_key, "notes", json!(d))
                .await?;
        }
        if let Some(n) = name {
            if n.trim().is_empty() {
                return Err(CliError::usage("a group's name cannot be empty"));
            }
            sent |= self
                .put_record("groups", group_key, "name", json!(n))
                .await?;
        }
        Ok(sent)
    }

    async fn set_group(&self, group_key: &str, attr: &str, value: &str) -> Result<bool> {
        let (field, v) = group_setter(attr, value)?;
        self.put_record("groups", group_key, field, v).await
    }

    async fn set_role(&self, role_key: &str, attr: &str, value: &str) -> Result<bool> {
        let (field, v) = role_setter(attr, value)?;
        self.put_record("roles", role_key, field, v).await
    }

    async fn change_group_members(
        &self,
        group_key: &str,
        users: &[String],
        add: bool,
    ) -> Vec<Batch> {
        self.record_users("groups", group_key, users, add).await
    }

    async fn change_role_users(&self, role_key: &str, users: &[String], add: bool) -> Vec<Batch> {
        self.record_users("roles", role_key, users, add).await
    }

    /// `roles create NAME`: the key made from the name (see
    /// `assumptions::role_key_from_name`), the name as its description.
    async fn create_role(&self, name: &str, scope: &Scope) -> Result<Option<Value>> {
        if scope.org || scope.app.is_some() || scope.stage.is_some() {
            return Err(CliError::usage("--org, --app and --stage are ODC options"));
        }
        let key = vk::role_key_from_name(name);
        if key.is_empty() {
            return Err(CliError::usage(format!(
                "cannot make a role key from {name:?}: use letters or digits, or give --key"
            )));
        }
        self.create_role_with_key(name, &key).await
    }

    /// `POST roles` (ApiUserRolesResource): not an administration, default
    /// or internal role (change those with `roles set`).
    async fn create_role_with_key(&self, name: &str, key: &str) -> Result<Option<Value>> {
        if key.trim().is_empty() || name.trim().is_empty() {
            return Err(CliError::usage("a role needs a key and a description"));
        }
        let body = json!({
            "roleKey": key,
            "description": name,
            "isAdministration": false,
            "isDefault": false,
            "isInternal": false,
        });
        let req = self.request(Method::POST, "identity/roles").json(body);
        self.created(req, &format!("create role {key}"), key)
            .await
            .map(|(v, _)| v)
    }

    /// `roles update ROLE --name NEW`: a Valuekeep role's name is its
    /// description (`PUT roles/{key}/description`).
    async fn rename_role(&self, role_key: &str, name: &str, scope: &Scope) -> Result<bool> {
        if scope.org {
            return Err(CliError::usage("--org is an ODC option"));
        }
        if name.trim().is_empty() {
            return Err(CliError::usage("a role's description cannot be empty"));
        }
        self.put_record("roles", role_key, "description", json!(name))
            .await
    }

    async fn list_roles(&self, search: Option<&str>, scope: &Scope, sink: Sink<'_>) -> Result<()> {
        if scope.org || scope.app.is_some() || scope.stage.is_some() {
            return Err(CliError::usage("--org, --app and --stage are ODC options"));
        }
        let mut query = Vec::new();
        if let Some(s) = search {
            let lit = odata::literal(s);
            query.push((
                "$filter",
                format!("contains(RoleKey,{lit}) or contains(Description,{lit})"),
            ));
        }
        self.each("identity/roles/odata", &query, None, "list roles", sink)
            .await
            .map(|_| ())
    }

    async fn get_role(&self, role: &str, _scope: &Scope) -> Result<Value> {
        self.record("roles", role, Some("Description"), "role")
            .await
    }

    async fn role_users(&self, role_key: &str, _scope: &Scope, sink: Sink<'_>) -> Result<()> {
        self.members_of("roles", role_key, "role", sink).await
    }

    /// Valuekeep's groups and roles are the user's own: one GET.
    async fn user_access(&self, key: &str, sink: Sink<'_>) -> Result<()> {
        let u = self.user(key).await?;
        for g in vk::held_records(&u, "groups", "groupKey") {
            sink(crate::backend::access_row(
                "group",
                str_of(&g, "name"),
                str_of(&g, "groupKey"),
                "",
                "direct",
            ))?;
        }
        for r in vk::held_records(&u, "roles", "roleKey") {
            let name = Some(str_of(&r, "description"))
                .filter(|d| !d.is_empty())
                .unwrap_or(str_of(&r, "roleKey"));
            sink(crate::backend::access_row(
                "role",
                name,
                str_of(&r, "roleKey"),
                "",
                "direct",
            ))?;
        }
        Ok(())
    }

    /// `access report`: every user record carries its groups and roles, so
    /// the report costs the user list and nothing more (issue 13).
    fn record_memberships(&self, user: &Value) -> Option<(Vec<String>, Vec<String>)> {
        let keys = |field: &str, key: &str| {
            vk::held_records(user, field, key)
                .iter()
                .map(|v| str_of(v, key).to_string())
                .filter(|k| !k.is_empty())
                .collect()
        };
        Some((keys("groups", "groupKey"), keys("roles", "roleKey")))
    }

    async fn access_report(
        &self,
        filter: &crate::backend::ReportFilter,
        sink: Sink<'_>,
    ) -> Result<()> {
        use crate::backend::{access_row, report_row, summarize_user};
        self.list_users(&UserQuery::default(), &mut |u| {
            let who = summarize_user(&u);
            let mut rows = Vec::new();
            for g in vk::held_records(&u, "groups", "groupKey") {
                let key = str_of(&g, "groupKey");
                let name = Some(str_of(&g, "name"))
                    .filter(|n| !n.is_empty())
                    .unwrap_or(key);
                rows.push(report_row(
                    &who,
                    access_row("group", name, key, "", "direct"),
                    &[("groupKey", key)],
                ));
            }
            for r in vk::held_records(&u, "roles", "roleKey") {
                let key = str_of(&r, "roleKey");
                let name = Some(str_of(&r, "description"))
                    .filter(|d| !d.is_empty())
                    .unwrap_or(key);
                rows.push(report_row(
                    &who,
                    access_row("role", name, key, "", "direct"),
                    &[],
                ));
            }
            for row in rows {
                if filter.matches(&row) {
                    sink(row)?;
                }
            }
            Ok(())
        })
        .await
    }

    fn invited_at(&self, user: &Value) -> Option<chrono::DateTime<chrono::Utc>> {
        vk::invited_at(user)
    }

    async fn authenticate(&self) -> Result<()> {
        self.tokens
            .renew(&crate::secrets::Secret::new(String::new()))
            .await
            .map(|_| ())
    }

    async fn deep_probe(&self) -> Result<Vec<crate::assumptions::Finding>> {
        self.deep_probe_impl().await
    }

    async fn probe(&self) -> Result<String> {
        let req = self
            .request(Method::GET, "identity/users/odata")
            .query("$top", 1)
            .query("$inlinecount", "allpages");
        let page = self.call_lenient(req, "count users").await?;
        let n = page.get("count").cloned().unwrap_or(Value::Null);
        Ok(format!("identity API ok ({n} users)"))
    }

    /// PATH is relative to `/api/{tenant}/{org}/` (`identity/users/odata`),
    /// or to the host when it starts with /api/.
    async fn raw(&self, method: Method, path: &str, body: Option<Value>) -> Result<Option<Value>> {
        let (p, query) = path.split_once('?').unwrap_or((path, ""));
        let mut url = if p.starts_with("/api/") {
            self.base
                .join(p)
                .map_err(|e| CliError::usage(format!("invalid path {path:?}: {e}")))?
        } else {
            self.url(p)
        };
        if !query.is_empty() {
            url.set_query(Some(query));
        }
        let mut req = self.request_url(method.clone(), url);
        if let Some(b) = body {
            req = req.json(b);
        }
        let what = format!("{method} {path}");
        if method == Method::GET {
            return self.call_lenient(req, &what).await.map(Some);
        }
        Ok(self
            .write_raw(req, &what)
            .await?
            .map(|resp| resp.json().unwrap_or_else(|_| Value::String(resp.text()))))
    }
}

/// The `$filter` clauses of a user query.
fn user_clauses(q: &UserQuery, status_names: bool) -> Result<Vec<String>> {
    let mut clauses = Vec::new();
    if let Some(f) = q.filter.as_deref().filter(|f| !f.trim().is_empty()) {
        clauses.push(f.to_string());
    }
    if let Some(s) = &q.search {
        clauses.push(vk::search_filter(s));
    }
    if let Some(s) = &q.status {
        clauses.push(format!(
            "Status eq {}",
            vk::status_filter_literal_as(vk::parse_status(s)?, status_names)
        ));
    }
    // Stale accounts, filtered by the server.
    if let Some(t) = &q.last_login_before {
        clauses.push(format!(
            "LastLogin ne null and LastLogin lt {}",
            vk::datetime_literal(t)
        ));
    }
    if q.never_logged_in {
        clauses.push("LastLogin eq null".to_string());
    }
    Ok(clauses)
}
