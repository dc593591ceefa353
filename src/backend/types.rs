//! The domain types the `Backend` trait speaks: users to create, list
//! filters, scopes, what a user holds, and the shared fields of a user
//! record.

use serde_json::Value;

use crate::error::Result;

/// Is `s` a UUID (ODC keys, Valuekeep ids)?
pub fn is_uuid(s: &str) -> bool {
    uuid::Uuid::try_parse(s).is_ok()
}

/// A user named by its record id (`--by-id`), as the platforms that key
/// users by something else take it (Valuekeep's `id:GUID`).
pub fn user_by_record_id(id: &str) -> String {
    super::valuekeep::user_by_id(id)
}

/// `--attr KEY=VALUE`s as a custom-attributes object, each value typed as
/// [`super::descope::unconfirmed::attribute_value`] types it.
pub fn custom_attributes(specs: &[String]) -> Result<serde_json::Map<String, Value>> {
    let mut m = serde_json::Map::new();
    for s in specs {
        let (k, v) = s
            .split_once('=')
            .filter(|(k, _)| !k.is_empty())
            .ok_or_else(|| crate::error::CliError::usage(format!("--attr {s:?}: use KEY=VALUE")))?;
        m.insert(
            k.to_string(),
            super::descope::unconfirmed::attribute_value(v),
        );
    }
    Ok(m)
}

/// Where streamed records go (the printer, usually).
pub type Sink<'a> = &'a mut (dyn FnMut(Value) -> Result<()> + Send);

/// Filters of `users list`; each backend uses what its API has and refuses
/// the rest with a clear error.
#[derive(Debug, Clone, Default)]
pub struct UserQuery {
    pub search: Option<String>,
    /// Platform status name as the user typed it (`active`, `invited`, ...).
    pub status: Option<String>,
    pub sort: Option<String>,
    /// None = every user.
    pub max: Option<usize>,
    /// Valuekeep: an OData `$filter`, passed through.
    pub filter: Option<String>,
    /// Descope: users holding any of these roles / in any of these tenants.
    pub roles: Vec<String>,
    pub tenants: Vec<String>,
    /// Descope: exact e-mails.
    pub emails: Vec<String>,
    /// Descope: test users only.
    pub test_users: bool,
    /// Users whose last login is before this instant (RFC 3339, UTC);
    /// never-logged-in users are not among them.
    pub last_login_before: Option<String>,
    /// Users who never logged in.
    pub never_logged_in: bool,
    /// Users whose last login is on or after this instant (RFC 3339, UTC).
    pub last_login_after: Option<String>,
    /// ODC: users holding at least one organization / application role.
    pub has_org_roles: bool,
    pub has_app_roles: bool,
    /// ODC: users of these e-mail domains.
    pub domains: Vec<String>,
    /// ODC: users holding roles in this stage / this app (names or keys).
    pub stage: Option<String>,
    pub app: Option<String>,
    /// Descope: users created on or after / before this instant (RFC 3339, UTC).
    pub created_after: Option<String>,
    pub created_before: Option<String>,
    /// ODC: only these users, by key (at most 20).
    pub user_keys: Vec<String>,
    /// ODC: users holding roles in this portfolio (name or key).
    pub portfolio: Option<String>,
    /// ODC: users who logged in to any of these stages / portfolios.
    pub logged_in_stages: Vec<String>,
    pub logged_in_portfolios: Vec<String>,
    /// ODC: what to embed in each record (`app-roles`, `identity-providers`).
    pub embed: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct NewUser {
    pub email: String,
    pub name: Option<String>,
    pub active: bool,
    pub photo_url: Option<String>,
    /// ODC: create in the built-in identity provider.
    pub builtin_idp: bool,
    /// Descope: the login id (defaults to the e-mail).
    pub login_id: Option<String>,
    /// Descope: phone, name parts, project roles, tenants with their roles,
    /// custom attributes, verified flags, test user.
    pub phone: Option<String>,
    pub given_name: Option<String>,
    pub middle_name: Option<String>,
    pub family_name: Option<String>,
    /// Descope: project roles; Valuekeep: role keys, given at creation.
    pub roles: Vec<String>,
    pub tenants: Vec<TenantRoles>,
    pub custom_attributes: serde_json::Map<String, Value>,
    pub verified_email: Option<bool>,
    pub verified_phone: Option<bool>,
    pub test: bool,
    /// Valuekeep: the user's natural key (default: from the e-mail).
    pub user_key: Option<String>,
    /// Valuekeep: a technician (maintenance worker) rather than a requester.
    pub technician: bool,
    /// Valuekeep: initial status (name or number).
    pub status: Option<String>,
    /// Valuekeep: groups (keys) given at creation.
    pub groups: Vec<String>,
    /// Descope: how `users invite` sends the invitation (None: the
    /// project's settings decide).
    pub invite: InviteOptions,
}

/// Descope: a tenant and the roles the user holds in it.
#[derive(Debug, Clone, Default)]
pub struct TenantRoles {
    pub tenant: String,
    pub roles: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct InviteOptions {
    pub send_mail: Option<bool>,
    pub send_sms: Option<bool>,
    pub invite_url: Option<String>,
}

/// Narrows names of groups and roles: stage (ODC environment), app, or the
/// organization level instead of an app.
#[derive(Debug, Clone, Default)]
pub struct Scope {
    pub stage: Option<String>,
    pub app: Option<String>,
    pub org: bool,
    /// Descope: roles within this tenant instead of project-level roles.
    pub tenant: Option<String>,
    /// Valuekeep: the groups/roles named are record ids (the `...ById` routes).
    pub by_id: bool,
    /// ODC: also the roles held through groups (listing only).
    pub inherited: bool,
}

/// A membership or role the user holds, and whether it is the user's own
/// (as opposed to inherited through a group or an identity provider).
#[derive(Debug, Clone, Default)]
pub struct Held {
    pub key: String,
    pub direct: bool,
    /// Its name, where the answer carries one (for messages).
    pub name: Option<String>,
    /// ODC: the stage (and, for a role, the app) it belongs to, by key, so
    /// that a plan can say which of several namesakes it is.
    pub stage: Option<String>,
    pub app: Option<String>,
}

/// Names of the places groups and roles live in, by key (ODC: stages
/// and apps), for exported references.
#[derive(Debug, Clone, Default)]
pub struct Places {
    pub stages: std::collections::HashMap<String, String>,
    pub apps: std::collections::HashMap<String, String>,
}

/// The shared fields of a platform's user record (export, apply).
#[derive(Debug, Clone, Default)]
pub struct UserSummary {
    pub key: String,
    pub email: String,
    pub name: Option<String>,
    pub active: Option<bool>,
    pub status: Option<String>,
    pub photo_url: Option<String>,
    /// The whole record, for what the fields above do not say.
    pub record: Value,
}

/// Reads the common field names of the three vendors' user objects.
pub fn summarize_user(v: &Value) -> UserSummary {
    let s = |keys: &[&str]| {
        keys.iter()
            .find_map(|k| v.get(*k).and_then(Value::as_str))
            .map(str::to_string)
    };
    // A status may come as a name or (Valuekeep) a number.
    let status = s(&["status"]).or_else(|| {
        v.get("status")
            .filter(|x| x.is_number())
            .map(|x| x.to_string())
    });
    // A status that says active or not decides (Valuekeep: the user's
    // state is its status, `isActive` a record flag — the assumption
    // `vk-active-is-status`); else the platform's flag.
    let by_status = status
        .as_deref()
        .and_then(|st| match st.to_ascii_lowercase().as_str() {
            "inactive" | "disabled" | "deactivated" | "2" => Some(false),
            "active" | "enabled" | "1" => Some(true),
            _ => None,
        });
    let active = by_status.or_else(|| {
        ["isActive", "active", "enabled"]
            .iter()
            .find_map(|k| v.get(*k).and_then(Value::as_bool))
            .or_else(|| status.as_ref().map(|_| true))
    });
    UserSummary {
        key: s(&["key", "id", "userId", "loginId"]).unwrap_or_default(),
        email: s(&["email"]).unwrap_or_default(),
        name: s(&["name", "displayName"]),
        active,
        status,
        photo_url: s(&["photoUrl", "picture"]),
        record: v.clone(),
    }
}
