//! Valuekeep's facets (`backend::facets`): groups and roles as records,
//! changed attribute by attribute and member by member, and users by
//! record id.

use async_trait::async_trait;
use reqwest::Method;
use serde_json::{Value, json};

use super::assumptions as vk;
use super::records::str_of;
use super::setters::{group_setter, role_setter};
use super::{Valuekeep, odata, seg};
use crate::backend::api::ApiClient;
use crate::backend::facets::{self, RecordEdits as _};
use crate::backend::{Backend, Batch, Scope, Sink};
use crate::error::{CliError, Result};

#[async_trait]
impl facets::Groups for Valuekeep {
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
}

#[async_trait]
impl facets::Roles for Valuekeep {
    async fn get_role(&self, role: &str, _scope: &Scope) -> Result<Value> {
        self.record("roles", role, Some("Description"), "role")
            .await
    }

    async fn role_users(&self, role_key: &str, _scope: &Scope, sink: Sink<'_>) -> Result<()> {
        self.members_of("roles", role_key, "role", sink).await
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
}

#[async_trait]
impl facets::RecordEdits for Valuekeep {
    async fn set_group(&self, group_key: &str, attr: &str, value: &str) -> Result<bool> {
        let (field, v) = group_setter(attr, value)?;
        self.put_record("groups", group_key, field, v).await
    }

    async fn set_role(&self, role_key: &str, attr: &str, value: &str) -> Result<bool> {
        let (field, v) = role_setter(attr, value)?;
        self.put_record("roles", role_key, field, v).await
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
}

#[async_trait]
impl facets::UserRecords for Valuekeep {
    async fn get_user_by_id(&self, id: &str) -> Result<Value> {
        self.get(
            &format!("identity/users/{}", seg(id)),
            &format!("get user {id}"),
        )
        .await
    }

    async fn delete_user_by_id(&self, id: &str) -> Result<bool> {
        if !vk::looks_like_id(id) {
            return Err(CliError::usage(format!(
                "{id:?} is not a record id (a GUID)"
            )));
        }
        self.delete_user(id).await
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
}
