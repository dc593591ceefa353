//! The `Backend` trait for Valuekeep's identity service, made of the
//! requests in `records.rs` and the setters in `setters.rs`.

use async_trait::async_trait;
use reqwest::Method;
use serde_json::{Map, Value, json};

use super::assumptions as vk;
use super::records::str_of;
use super::setters::{SETTERS, patch_field, unchanged, wire};
use super::{Valuekeep, odata, seg};
use crate::backend::api::ApiClient;
use crate::backend::{Backend, Batch, Held, NewUser, Scope, Sink, UserQuery, Views};
use crate::config::Kind;
use crate::error::{CliError, ErrorKind, Result};

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

    fn groups(&self) -> Option<&dyn crate::backend::facets::Groups> {
        Some(self)
    }

    fn roles(&self) -> Option<&dyn crate::backend::facets::Roles> {
        Some(self)
    }

    fn record_edits(&self) -> Option<&dyn crate::backend::facets::RecordEdits> {
        Some(self)
    }

    fn user_records(&self) -> Option<&dyn crate::backend::facets::UserRecords> {
        Some(self)
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

    /// What each record says of its own groups and roles.
    async fn users_with_memberships(&self) -> Result<Vec<(Value, Vec<String>, Vec<String>)>> {
        crate::backend::memberships_from_records(self).await
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
