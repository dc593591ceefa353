//! The requests Valuekeep's `Backend` methods are made of: OData paging,
//! records by key, name or id, memberships and their changes.

use reqwest::Method;
use serde_json::{Value, json};

use super::assumptions as vk;
use super::{Valuekeep, odata, seg};
use crate::backend::api::ApiClient;
use crate::backend::facets::UserRecords as _;
use crate::backend::{Batch, Held, Sink, split_refused};
use crate::error::{CliError, ErrorKind, OrMissing, Result};

/// Memberships named by record id travel as `id:<id>` between the shared
/// membership code and this backend, so that the `...ById` routes are used.
const ID_PREFIX: &str = "id:";

pub(super) fn str_of<'a>(v: &'a Value, k: &str) -> &'a str {
    v.get(k).and_then(Value::as_str).unwrap_or("")
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
    pub(super) fn adapted(&self, field: &str, v: Value) -> Value {
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

    pub(super) async fn user(&self, spec: &str) -> Result<Value> {
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

    pub(super) async fn put(&self, key: &str, field: &str, value: Value) -> Result<bool> {
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
    pub(super) async fn member_change(
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
    pub(super) async fn member_changes(
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

    pub(super) fn held(record: &Value, field: &str, key_field: &str, ids: bool) -> Vec<Held> {
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

    pub(super) fn member_tokens(names: &[String], by_id: bool) -> Vec<String> {
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
    pub(super) async fn record(
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
    pub(super) async fn resolve_names(
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
    pub(super) async fn put_record(
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
    pub(super) async fn record_users(
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

    pub(super) async fn members_of(
        &self,
        service: &str,
        key: &str,
        what: &str,
        sink: Sink<'_>,
    ) -> Result<()> {
        let rec = self.record(service, key, None, what).await?;
        for u in vk::held_records(&rec, "users", "userKey") {
            sink(u)?;
        }
        Ok(())
    }

    pub(super) async fn created(
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
