//! The ODC world the sandbox keeps: plain data, persisted as JSON.
//! Rendering to the vendor's response shapes lives in `render.rs`.

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum UserStatus {
    Active,
    Invited,
    Inactive,
    PendingRegistration,
}

impl UserStatus {
    pub fn parse(s: &str) -> Option<UserStatus> {
        [
            UserStatus::Active,
            UserStatus::Invited,
            UserStatus::Inactive,
            UserStatus::PendingRegistration,
        ]
        .into_iter()
        .find(|v| v.as_str().eq_ignore_ascii_case(s))
    }
    pub fn as_str(self) -> &'static str {
        match self {
            UserStatus::Active => "Active",
            UserStatus::Invited => "Invited",
            UserStatus::Inactive => "Inactive",
            UserStatus::PendingRegistration => "PendingRegistration",
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct User {
    pub key: Uuid,
    pub name: String,
    pub email: String,
    pub username: Option<String>,
    pub subject: Option<String>,
    pub status: UserStatus,
    pub photo_url: Option<String>,
    pub last_login_at: Option<DateTime<Utc>>,
    pub is_email_verified: bool,
    pub terms_accepted: bool,
    /// Has a profile in ODC's built-in identity provider.
    pub builtin_idp: bool,
    pub created_at: DateTime<Utc>,
    /// Directly granted application roles (group-derived ones are computed).
    pub app_roles: BTreeSet<Uuid>,
    pub org_roles: BTreeSet<Uuid>,
}

impl User {
    pub fn is_active(&self) -> bool {
        self.status != UserStatus::Inactive
    }
    /// Sort key for the default order (name, case-insensitive, then key).
    pub fn order_key(&self) -> (String, Uuid) {
        (self.name.to_lowercase(), self.key)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Group {
    pub key: Uuid,
    pub name: String,
    pub description: Option<String>,
    pub environment_key: Uuid,
    pub updated_at: DateTime<Utc>,
    pub members: BTreeSet<Uuid>,
    pub app_roles: BTreeSet<Uuid>,
    /// Identity-provider claims that make a signed-in user a member.
    #[serde(default)]
    pub claim_mappings: Vec<ClaimMapping>,
}

/// `GroupIdpClaimMappingEmbedded`: a user whose token from `provider_key`
/// carries claim `name` equal to `value` (or, with a delimiter, holding it
/// among the split parts) is a member of the group.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ClaimMapping {
    pub key: Uuid,
    pub provider_key: Uuid,
    pub name: String,
    pub value: String,
    pub value_delimiter: Option<String>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AppRole {
    pub key: Uuid,
    pub name: String,
    pub environment_key: Uuid,
    pub asset_key: Uuid,
    pub external_key: Uuid,
    pub claim: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OrgRolePermission {
    pub permission_key: Uuid,
    pub environment_keys: Option<Vec<Uuid>>,
    pub portfolio_keys: Option<Vec<Uuid>>,
    pub claim_name: Option<String>,
    pub name: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OrgRole {
    pub key: Uuid,
    pub name: String,
    pub permissions: Vec<OrgRolePermission>,
    pub is_read_only: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Environment {
    pub key: Uuid,
    pub name: String,
    /// Development | NonProduction | Production
    pub purpose: String,
    pub order: i32,
    pub region: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Portfolio {
    pub key: Uuid,
    pub name: String,
    pub is_main: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Deployment {
    pub environment_key: Uuid,
    pub revision: i32,
    pub build_key: Uuid,
    pub deployment_key: Uuid,
    pub deployed_at: DateTime<Utc>,
    pub url: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Asset {
    pub key: Uuid,
    pub name: String,
    /// WebApplication | MobileApplication | Workflow | Agent
    pub kind: String,
    pub description: String,
    pub deployments: Vec<Deployment>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct IdentityProvider {
    pub key: Uuid,
    pub name: String,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct BulkRecordResult {
    /// Inserted | Error
    pub status: String,
    pub error_code: Option<String>,
    pub error_message: Option<String>,
    pub key: Option<Uuid>,
    pub email: Option<String>,
    pub username: Option<String>,
    pub subject: Option<String>,
}

/// A bulk create. Records are applied when the request is accepted (so a
/// fault can never leave it half done); the status the client sees is
/// revealed over `BULK_*_MS` to exercise its polling loop.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct BulkOp {
    pub key: Uuid,
    pub accepted_at: DateTime<Utc>,
    pub results: Vec<BulkRecordResult>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct OdcState {
    pub portfolio: Option<Portfolio>,
    pub environments: Vec<Environment>,
    pub assets: Vec<Asset>,
    pub app_roles: Vec<AppRole>,
    pub groups: Vec<Group>,
    pub org_roles: Vec<OrgRole>,
    pub identity_providers: Vec<IdentityProvider>,
    /// Kept in the default list order (see `User::order_key`), so the most
    /// common request, an unfiltered page, needs no sort.
    pub users: Vec<User>,
    pub bulk_ops: Vec<BulkOp>,
    #[serde(skip)]
    by_key: HashMap<Uuid, usize>,
    #[serde(skip)]
    by_email: HashMap<String, usize>,
}

impl OdcState {
    /// Restore order and lookup maps after any change to `users`.
    pub fn reindex(&mut self) {
        self.users.sort_by_cached_key(User::order_key);
        self.by_key = self
            .users
            .iter()
            .enumerate()
            .map(|(i, u)| (u.key, i))
            .collect();
        self.by_email = self
            .users
            .iter()
            .enumerate()
            .map(|(i, u)| (u.email.to_lowercase(), i))
            .collect();
    }

    /// Append a user and make it findable at once; the list order is
    /// restored by the `reindex` the caller runs after its batch.
    pub fn insert_user(&mut self, u: User) {
        let i = self.users.len();
        self.by_key.insert(u.key, i);
        self.by_email.insert(u.email.to_lowercase(), i);
        self.users.push(u);
    }

    pub fn user(&self, key: Uuid) -> Option<&User> {
        self.by_key.get(&key).map(|&i| &self.users[i])
    }
    pub fn user_mut(&mut self, key: Uuid) -> Option<&mut User> {
        self.by_key.get(&key).map(|&i| &mut self.users[i])
    }
    pub fn user_by_email(&self, email: &str) -> Option<&User> {
        self.by_email
            .get(&email.to_lowercase())
            .map(|&i| &self.users[i])
    }
    pub fn group(&self, key: Uuid) -> Option<&Group> {
        self.groups.iter().find(|g| g.key == key)
    }
    pub fn app_role(&self, key: Uuid) -> Option<&AppRole> {
        self.app_roles.iter().find(|r| r.key == key)
    }
    pub fn org_role(&self, key: Uuid) -> Option<&OrgRole> {
        self.org_roles.iter().find(|r| r.key == key)
    }
    pub fn environment(&self, key: Uuid) -> Option<&Environment> {
        self.environments.iter().find(|e| e.key == key)
    }
    pub fn portfolio_key(&self) -> Uuid {
        self.portfolio.as_ref().map(|p| p.key).unwrap_or_default()
    }

    /// Groups `user` belongs to.
    pub fn groups_of(&self, user: Uuid) -> impl Iterator<Item = &Group> {
        self.groups
            .iter()
            .filter(move |g| g.members.contains(&user))
    }

    /// Every application role `user` holds, directly or through groups,
    /// with the groups that give it.
    pub fn effective_app_roles(&self, user: &User) -> Vec<(&AppRole, bool, Vec<&Group>)> {
        let groups: Vec<&Group> = self.groups_of(user.key).collect();
        self.app_roles
            .iter()
            .filter_map(|r| {
                let direct = user.app_roles.contains(&r.key);
                let via: Vec<&Group> = groups
                    .iter()
                    .copied()
                    .filter(|g| g.app_roles.contains(&r.key))
                    .collect();
                (direct || !via.is_empty()).then_some((r, direct, via))
            })
            .collect()
    }

    pub fn has_app_roles(&self, user: &User) -> bool {
        !user.app_roles.is_empty() || self.groups_of(user.key).any(|g| !g.app_roles.is_empty())
    }
}
