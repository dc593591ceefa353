//! Rows of `users access` and `access report`, and the filters of
//! `access report` and `access holders`.

use serde_json::Value;

use super::{Backend, UserQuery, UserSummary};
use crate::error::Result;

/// One row of `users access`: what is held, where, and where it comes from.
pub fn access_row(kind: &str, name: &str, key: &str, scope: &str, source: &str) -> Value {
    serde_json::json!({ "kind": kind, "name": name, "key": key, "scope": scope, "source": source })
}

/// Filters of `access report` and `access holders` (issue 13): each a
/// name or a key, compared without regard to case; a platform narrows its
/// walk with them where it can, and `report_matches` checks every row.
#[derive(Debug, Clone, Default)]
pub struct ReportFilter {
    /// Only rows of this role (name or key).
    pub role: Option<String>,
    /// ODC: only rows of this app / this stage (name or key).
    pub app: Option<String>,
    pub stage: Option<String>,
    /// Only rows of this group: the membership, and the roles it grants.
    pub group: Option<String>,
    /// Descope: only rows of this tenant (the membership, and roles in it).
    pub tenant: Option<String>,
    /// ODC: Some(true) only organization roles, Some(false) only
    /// application roles and groups (a role's holders, once its kind is known).
    pub org: Option<bool>,
}

impl ReportFilter {
    /// Is this row one the filters ask for?
    pub fn matches(&self, row: &Value) -> bool {
        let field = |k: &str| row.get(k).and_then(Value::as_str).unwrap_or("");
        let is = |want: &Option<String>, keys: &[&str]| match want {
            None => true,
            Some(w) => keys.iter().any(|k| field(k).eq_ignore_ascii_case(w)),
        };
        let role_ok =
            self.role.is_none() || (field("kind") == "role" && is(&self.role, &["name", "key"]));
        let group_ok = self.group.is_none()
            || (field("kind") == "group" && is(&self.group, &["name", "key"]))
            || is(&self.group, &["group", "groupKey"]) && !field("group").is_empty();
        let org_ok = match self.org {
            None => true,
            Some(true) => field("scope") == "organization",
            Some(false) => field("scope") != "organization",
        };
        role_ok
            && group_ok
            && org_ok
            && is(&self.app, &["app", "appKey"])
            && is(&self.stage, &["stage", "stageKey"])
            && is(&self.tenant, &["tenant", "tenantKey"])
    }
}

/// A row of `access report`: who (e-mail and key), then what `users
/// access` says (kind, name, key, scope, source), then the places the
/// filters compare (app, stage, tenant, group), empty where none.
pub fn report_row(user: &UserSummary, access: Value, places: &[(&str, &str)]) -> Value {
    let mut m = serde_json::Map::new();
    let who = if user.email.is_empty() {
        &user.key
    } else {
        &user.email
    };
    m.insert("user".into(), Value::String(who.clone()));
    m.insert("userKey".into(), Value::String(user.key.clone()));
    if let Value::Object(a) = access {
        m.extend(a);
    }
    for k in [
        "app",
        "stage",
        "tenant",
        "group",
        "appKey",
        "stageKey",
        "tenantKey",
        "groupKey",
    ] {
        m.insert(k.into(), Value::String(String::new()));
    }
    for (k, v) in places {
        m.insert((*k).into(), Value::String((*v).to_string()));
    }
    Value::Object(m)
}

/// `Backend::users_with_memberships` where each user record carries its
/// own groups and roles (`Backend::record_memberships`): the users listed
/// once, each with what its record says.
pub async fn memberships_from_records<B: Backend + ?Sized>(
    b: &B,
) -> Result<Vec<(Value, Vec<String>, Vec<String>)>> {
    let mut users = Vec::new();
    b.list_users(&UserQuery::default(), &mut |u| {
        let (groups, roles) = b
            .record_memberships(&u)
            .ok_or_else(|| super::facets::unsupported(b, "exporting memberships"))?;
        users.push((u, groups, roles));
        Ok(())
    })
    .await?;
    Ok(users)
}
