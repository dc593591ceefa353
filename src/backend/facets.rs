//! What only some platforms have, each a facet of the backend: the core
//! `Backend` trait holds users and what every platform has, and hands a
//! facet (`fn groups(&self) -> Option<&dyn Groups>`) where the platform
//! serves it, `None` where not. The capability data refuses a command
//! whose facet a platform lacks before any request; `BackendFacets` asks
//! for a facet at the call site and, where it is absent, refuses with the
//! same words (`capabilities::not_available`). `FACET_VERBS` says which
//! commands (and flags) each facet serves; a test checks that the
//! capability data and the facets agree, both ways.
//!
//! The facets of Descope's project (`admin::Admin`), of ODC's stages and
//! apps (`admin::Discovery`) and of many users per request
//! (`batch::UserBatches`) live beside their types.

use async_trait::async_trait;
use serde_json::{Map, Value};

use super::{Backend, Batch, Scope, Sink};
use crate::error::{CliError, Result};

/// Groups as records of their own: listed, read, created, changed,
/// deleted, their members listed (ODC, Valuekeep).
#[async_trait]
pub trait Groups: Send + Sync {
    async fn list_groups(&self, search: Option<&str>, scope: &Scope, sink: Sink<'_>) -> Result<()>;
    async fn get_group(&self, group: &str, scope: &Scope) -> Result<Value>;
    async fn create_group(
        &self,
        name: &str,
        description: Option<&str>,
        scope: &Scope,
    ) -> Result<Option<Value>>;
    async fn delete_group(&self, group_key: &str) -> Result<bool>;
    async fn group_members(&self, group_key: &str, sink: Sink<'_>) -> Result<()>;
    /// `groups update`: rename a group or change its description.
    async fn update_group(
        &self,
        group_key: &str,
        name: Option<&str>,
        description: Option<&str>,
    ) -> Result<bool>;
}

/// The application roles a group grants its members (ODC).
#[async_trait]
pub trait GroupGrants: Send + Sync {
    /// `groups roles list`.
    async fn group_roles(&self, group_key: &str, sink: Sink<'_>) -> Result<()>;
    /// `groups roles add|remove|set`: change which roles a group grants, in
    /// one request.
    async fn change_group_roles(
        &self,
        group_key: &str,
        add: &[String],
        remove: &[String],
    ) -> Result<bool>;
}

/// The identity-provider claims that make users members of a group (ODC).
#[async_trait]
pub trait ClaimMappings: Send + Sync {
    /// `groups claim-mappings list`: one row each.
    async fn group_claim_mappings(&self, group_key: &str, sink: Sink<'_>) -> Result<()>;
    /// `groups claim-mappings remove|clear`: remove one claim mapping.
    async fn delete_group_claim_mapping(&self, group_key: &str, mapping_key: &str) -> Result<bool>;
}

/// Roles as records of their own: read, their users listed, created,
/// renamed (ODC, Valuekeep; Descope's roles are `Admin`'s).
#[async_trait]
pub trait Roles: Send + Sync {
    /// `roles get`: one role, by key (or name).
    async fn get_role(&self, role: &str, scope: &Scope) -> Result<Value>;
    async fn role_users(&self, role_key: &str, scope: &Scope, sink: Sink<'_>) -> Result<()>;
    /// `roles create NAME`: the new role's record.
    async fn create_role(&self, name: &str, scope: &Scope) -> Result<Option<Value>>;
    /// `roles update ROLE --name NEW`.
    async fn rename_role(&self, role_key: &str, name: &str, scope: &Scope) -> Result<bool>;
}

/// Roles deleted (ODC; Descope's are `Admin`'s).
#[async_trait]
pub trait DeleteRoles: Send + Sync {
    /// `roles delete ROLE`.
    async fn delete_role(&self, role_key: &str, scope: &Scope) -> Result<bool>;
}

/// Groups and roles changed as records (Valuekeep): one attribute at a
/// time, their members given and taken in one request, a role's key
/// chosen.
#[async_trait]
pub trait RecordEdits: Send + Sync {
    /// `groups set GROUP ATTR VALUE`: one attribute of a group.
    async fn set_group(&self, group_key: &str, attr: &str, value: &str) -> Result<bool>;
    /// `roles set ROLE ATTR VALUE`: one attribute of a role.
    async fn set_role(&self, role_key: &str, attr: &str, value: &str) -> Result<bool>;
    /// `roles create NAME --key KEY`: a role with a key of one's choosing.
    async fn create_role_with_key(&self, name: &str, key: &str) -> Result<Option<Value>>;
    /// `groups add-members|remove-members GROUP USER...` (users named as
    /// `user_key` returns them): one `Batch` per request.
    async fn change_group_members(
        &self,
        group_key: &str,
        users: &[String],
        add: bool,
    ) -> Vec<Batch>;
    /// `roles add-users|remove-users ROLE USER...`: one `Batch` per request.
    async fn change_role_users(&self, role_key: &str, users: &[String], add: bool) -> Vec<Batch>;
}

/// Users by record id, and their pictures (Valuekeep).
#[async_trait]
pub trait UserRecords: Send + Sync {
    /// `users get --by-id`: a user by record id.
    async fn get_user_by_id(&self, id: &str) -> Result<Value>;
    /// `users delete --by-id`: delete by record id.
    async fn delete_user_by_id(&self, id: &str) -> Result<bool>;
    /// `users picture`: the user's picture, as stored.
    async fn user_picture(&self, user: &str) -> Result<Vec<u8>>;
}

/// The tenant's identity providers (ODC).
#[async_trait]
pub trait IdentityProviders: Send + Sync {
    /// `identity-providers list`.
    async fn list_identity_providers(&self, sink: Sink<'_>) -> Result<()>;
    /// `identity-providers get`: one, by key or name.
    async fn get_identity_provider(&self, spec: &str) -> Result<Value>;
}

/// The platform's permission catalog, listed (ODC, Descope).
#[async_trait]
pub trait Permissions: Send + Sync {
    /// `permissions list`.
    async fn list_permissions(&self, search: Option<&str>, sink: Sink<'_>) -> Result<()>;
}

/// One permission by key or name, and the permissions of organization
/// roles (ODC).
#[async_trait]
pub trait OrgPermissions: Send + Sync {
    /// `permissions get`: one permission, by key or name.
    async fn get_permission(&self, spec: &str) -> Result<Value>;
    /// `roles permissions list ROLE --org`: the role's key and its
    /// permissions as the platform lists them.
    async fn org_role_permissions(&self, role: &str) -> Result<(String, Vec<Value>)>;
    /// `roles permissions add|remove|set --org`: the role's whole list.
    async fn set_org_role_permissions(&self, role_key: &str, permissions: &[Value])
    -> Result<bool>;
}

/// Tenants, and the tenants a user is in (Descope).
#[async_trait]
pub trait Tenants: Send + Sync {
    /// `tenants list`.
    async fn list_tenants(&self, sink: Sink<'_>) -> Result<()>;
    /// `users tenants list|add|remove`.
    async fn list_user_tenants(&self, key: &str, sink: Sink<'_>) -> Result<()>;
    async fn add_user_tenant(&self, key: &str, tenant: &str) -> Result<bool>;
    async fn remove_user_tenant(&self, key: &str, tenant: &str) -> Result<bool>;
}

/// The SSO apps a user may use (Descope).
#[async_trait]
pub trait UserSsoApps: Send + Sync {
    /// `users sso-apps list USER`.
    async fn list_user_sso_apps(&self, key: &str, sink: Sink<'_>) -> Result<()>;
    /// `users sso-apps add|set|remove USER APP...`: one request.
    async fn change_sso_apps(&self, key: &str, apps: &[String], op: &str) -> Result<bool>;
}

/// A user's sessions, passwords and second factors, and the project's
/// test users (Descope).
#[async_trait]
pub trait Credentials: Send + Sync {
    /// `users logout USER`: end every session of the user.
    async fn logout_user(&self, key: &str) -> Result<bool>;
    /// `users password expire`: the user must choose a new password.
    async fn expire_password(&self, key: &str) -> Result<bool>;
    /// `users password set`: a temporary (already expired) or an active one.
    async fn set_password(
        &self,
        key: &str,
        password: &crate::secrets::Secret,
        temporary: bool,
    ) -> Result<bool>;
    /// `users credentials remove`: each kind (`totp`, `passkeys`,
    /// `recovery-codes`) in a request of its own, one `Batch` each.
    async fn remove_credentials(&self, key: &str, kinds: &[String]) -> Vec<Batch>;
    /// `users delete-test-users`: every test user of the project.
    async fn delete_test_users(&self) -> Result<bool>;
}

/// A whole user record replaced (Descope's full-replace route).
#[async_trait]
pub trait ReplaceUser: Send + Sync {
    /// `users patch --replace`: load the user, apply `patch` over every
    /// field it has, and send the whole record.
    async fn replace_user(&self, key: &str, patch: &Map<String, Value>) -> Result<bool>;
}

/// The facets by name, and the commands (or `command --flag`) each
/// serves: a platform offers each of them in its capability data exactly
/// when it has the facet (`EITHER_VERBS`: those served by one facet or
/// another).
pub const FACET_VERBS: &[(&str, &[&str])] = &[
    (
        "Groups",
        &[
            "groups list",
            "groups get",
            "groups create",
            "groups delete",
            "groups members",
            "groups update",
        ],
    ),
    (
        "GroupGrants",
        &[
            "groups roles list",
            "groups roles add",
            "groups roles remove",
            "groups roles set",
        ],
    ),
    (
        "ClaimMappings",
        &[
            "groups claim-mappings list",
            "groups claim-mappings remove",
            "groups claim-mappings clear",
        ],
    ),
    ("Roles", &["roles get", "roles users"]),
    (
        "RecordEdits",
        &[
            "groups set",
            "groups add-members",
            "groups remove-members",
            "roles set",
            "roles add-users",
            "roles remove-users",
            "roles create --key",
        ],
    ),
    (
        "UserRecords",
        &["users picture", "users get --by-id", "users delete --by-id"],
    ),
    (
        "IdentityProviders",
        &["identity-providers list", "identity-providers get"],
    ),
    ("Permissions", &["permissions list"]),
    (
        "OrgPermissions",
        &[
            "permissions get",
            "roles permissions list",
            "roles permissions add",
            "roles permissions remove",
            "roles permissions set",
        ],
    ),
    (
        "Tenants",
        &[
            "tenants list",
            "users tenants list",
            "users tenants add",
            "users tenants remove",
        ],
    ),
    (
        "UserSsoApps",
        &[
            "users sso-apps list",
            "users sso-apps add",
            "users sso-apps set",
            "users sso-apps remove",
        ],
    ),
    (
        "Credentials",
        &[
            "users logout",
            "users password expire",
            "users password set",
            "users credentials remove",
            "users delete-test-users",
        ],
    ),
    ("ReplaceUser", &["users patch --replace"]),
    (
        "Discovery",
        &["stages list", "apps list", "portfolios list"],
    ),
    (
        "Admin",
        &[
            "tenants get",
            "tenants create",
            "tenants update",
            "tenants delete",
            "tenants settings get",
            "tenants settings set",
            "tenants default-roles",
            "permissions create",
            "permissions update",
            "permissions delete",
            "access-keys list",
            "access-keys get",
            "access-keys create",
            "access-keys update",
            "access-keys activate",
            "access-keys deactivate",
            "access-keys delete",
            "access-keys rotate",
            "audit search",
            "users history",
            "sso-apps list",
            "sso-apps get",
        ],
    ),
];

/// The commands served by one facet or another.
pub const EITHER_VERBS: &[(&[&str], &[&str])] = &[
    (&["Roles", "Admin"], &["roles create", "roles update"]),
    (&["DeleteRoles", "Admin"], &["roles delete"]),
];

/// The names of the facets `b` has (as `FACET_VERBS` names them).
pub fn facet_names(b: &dyn Backend) -> Vec<&'static str> {
    let has = [
        ("Groups", b.groups().is_some()),
        ("GroupGrants", b.group_grants().is_some()),
        ("ClaimMappings", b.claim_mappings().is_some()),
        ("Roles", b.roles().is_some()),
        ("DeleteRoles", b.delete_roles().is_some()),
        ("RecordEdits", b.record_edits().is_some()),
        ("UserRecords", b.user_records().is_some()),
        ("IdentityProviders", b.identity_providers().is_some()),
        ("Permissions", b.permissions().is_some()),
        ("OrgPermissions", b.org_permissions().is_some()),
        ("Tenants", b.tenants().is_some()),
        ("UserSsoApps", b.user_sso_apps().is_some()),
        ("Credentials", b.credentials().is_some()),
        ("ReplaceUser", b.replace().is_some()),
        ("Discovery", b.discovery().is_some()),
        ("Admin", b.admin().is_some()),
        ("UserBatches", b.user_batches().is_some()),
    ];
    has.iter().filter(|(_, h)| *h).map(|(n, _)| *n).collect()
}

/// What a platform lacks, in the one wording (the capability check refuses
/// it first; this is the backstop).
pub fn unsupported(b: &(impl Backend + ?Sized), what: &str) -> CliError {
    super::capabilities::not_available(what, b.capabilities().platform)
}

/// A request refused before it was sent, as the one `Batch` of its keys.
pub fn refused(keys: &[String], e: CliError) -> Vec<Batch> {
    vec![Batch {
        keys: keys.to_vec(),
        result: Err(e),
    }]
}

/// A backend's facets, each asked for where a command needs it: the facet,
/// or the refusal `what` is not available on the platform.
pub trait BackendFacets {
    fn need_groups(&self, what: &str) -> Result<&dyn Groups>;
    fn need_group_grants(&self, what: &str) -> Result<&dyn GroupGrants>;
    fn need_claim_mappings(&self, what: &str) -> Result<&dyn ClaimMappings>;
    fn need_roles(&self, what: &str) -> Result<&dyn Roles>;
    fn need_delete_roles(&self, what: &str) -> Result<&dyn DeleteRoles>;
    fn need_record_edits(&self, what: &str) -> Result<&dyn RecordEdits>;
    fn need_user_records(&self, what: &str) -> Result<&dyn UserRecords>;
    fn need_identity_providers(&self, what: &str) -> Result<&dyn IdentityProviders>;
    fn need_permissions(&self, what: &str) -> Result<&dyn Permissions>;
    fn need_org_permissions(&self, what: &str) -> Result<&dyn OrgPermissions>;
    fn need_tenants(&self, what: &str) -> Result<&dyn Tenants>;
    fn need_user_sso_apps(&self, what: &str) -> Result<&dyn UserSsoApps>;
    fn need_credentials(&self, what: &str) -> Result<&dyn Credentials>;
    fn need_replace(&self, what: &str) -> Result<&dyn ReplaceUser>;
}

macro_rules! need {
    ($($need:ident => $get:ident: $t:ident),* $(,)?) => {
        impl<B: Backend + ?Sized> BackendFacets for B {
            $(fn $need(&self, what: &str) -> Result<&dyn $t> {
                self.$get().ok_or_else(|| unsupported(self, what))
            })*
        }
    };
}

need! {
    need_groups => groups: Groups,
    need_group_grants => group_grants: GroupGrants,
    need_claim_mappings => claim_mappings: ClaimMappings,
    need_roles => roles: Roles,
    need_delete_roles => delete_roles: DeleteRoles,
    need_record_edits => record_edits: RecordEdits,
    need_user_records => user_records: UserRecords,
    need_identity_providers => identity_providers: IdentityProviders,
    need_permissions => permissions: Permissions,
    need_org_permissions => org_permissions: OrgPermissions,
    need_tenants => tenants: Tenants,
    need_user_sso_apps => user_sso_apps: UserSsoApps,
    need_credentials => credentials: Credentials,
    need_replace => replace: ReplaceUser,
}
