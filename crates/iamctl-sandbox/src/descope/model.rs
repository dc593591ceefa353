//! The Descope part of the sandbox's world: users as Descope renders them
//! (camelCase, with the upper-case `TOTP`/`SAML`/`SCIM`/`OIDC`/`OAuth`
//! keys) and the tenants they may join. Seeded deterministically from the
//! same `--seed-users N` as ODC.

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct DescopeState {
    /// False in a state file written before Descope was served: seed then.
    #[serde(default)]
    pub seeded: bool,
    #[serde(default)]
    pub tenants: Vec<Tenant>,
    #[serde(default)]
    pub users: Vec<DUser>,
    /// Sessions ended by `/v1/mgmt/user/logout`, per user id.
    #[serde(default)]
    pub logouts: std::collections::BTreeMap<String, u32>,
    #[serde(default)]
    pub next_id: u64,
    /// False in a state file written before roles, permissions, access
    /// keys, SSO applications and the audit trail were served: seed then.
    #[serde(default)]
    pub admin_seeded: bool,
    #[serde(default)]
    pub roles: Vec<Role>,
    #[serde(default)]
    pub permissions: Vec<Permission>,
    #[serde(default)]
    pub access_keys: Vec<AccessKey>,
    #[serde(default)]
    pub sso_apps: Vec<Value>,
    #[serde(default)]
    pub audit: Vec<AuditRecord>,
}

/// A tenant as the management API renders it (`tenant/all`, `tenant`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Tenant {
    pub id: String,
    pub name: String,
    pub self_provisioning_domains: Vec<String>,
    pub custom_attributes: Map<String, Value>,
    pub created_time: i64,
    #[serde(rename = "enforceSSO")]
    pub enforce_sso: bool,
    pub disabled: bool,
    pub default_roles: Vec<String>,
    /// `tenant/settings`, as last set (beside `selfProvisioningDomains`);
    /// kept in the state file, left out of the tenant's rendering.
    pub settings: Map<String, Value>,
}

/// A role: project-wide (`tenantId` empty) or one tenant's.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Role {
    pub id: String,
    pub name: String,
    pub description: String,
    pub permission_names: Vec<String>,
    pub created_time: i64,
    pub tenant_id: String,
    pub default: bool,
    pub private: bool,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Permission {
    pub id: String,
    pub name: String,
    pub description: String,
    pub system_default: bool,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct KeyTenant {
    pub tenant_id: String,
    pub role_names: Vec<String>,
}

/// An access key. Its cleartext is answered once, by create (and rotate),
/// and never kept: the sandbox stores no secret of it.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct AccessKey {
    pub id: String,
    pub name: String,
    pub role_names: Vec<String>,
    pub key_tenants: Vec<KeyTenant>,
    pub status: String,
    pub created_time: i64,
    pub expire_time: i64,
    pub created_by: String,
    pub client_id: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub bound_user_id: String,
    pub description: String,
    pub permitted_ips: Vec<String>,
    pub custom_claims: Map<String, Value>,
    pub custom_attributes: Map<String, Value>,
}

/// One audit event, as `audit/search` answers it (`occurred`: epoch
/// milliseconds, as a string, as int64 fields travel in Descope's JSON).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct AuditRecord {
    pub project_id: String,
    pub user_id: String,
    pub action: String,
    pub occurred: String,
    pub device: String,
    pub method: String,
    pub geo: String,
    pub remote_address: String,
    pub external_ids: Vec<String>,
    pub tenants: Vec<String>,
    pub data: Map<String, Value>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UserTenant {
    pub tenant_id: String,
    #[serde(default)]
    pub tenant_name: String,
    #[serde(default)]
    pub role_names: Vec<String>,
    #[serde(default)]
    pub permissions: Vec<String>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn is_zero(n: &i64) -> bool {
    *n == 0
}

impl DUser {
    /// When the user last changed (its creation, if never since).
    pub fn modified(&self) -> i64 {
        if self.modified_time == 0 {
            self.created_time
        } else {
            self.modified_time
        }
    }
}

/// A user exactly as the management API renders it.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct DUser {
    pub user_id: String,
    pub login_ids: Vec<String>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub given_name: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub middle_name: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub family_name: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub email: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub phone: String,
    pub verified_email: bool,
    pub verified_phone: bool,
    pub role_names: Vec<String>,
    pub user_tenants: Vec<UserTenant>,
    pub status: String,
    pub custom_attributes: Map<String, Value>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub picture: String,
    #[serde(skip_serializing_if = "is_false")]
    pub test: bool,
    pub created_time: i64,
    /// Unix seconds of the last change (the Go SDK's `modifiedTime`); 0
    /// (left out) for a seeded user never changed: its created time counts.
    #[serde(skip_serializing_if = "is_zero")]
    pub modified_time: i64,
    #[serde(rename = "TOTP")]
    pub totp: bool,
    #[serde(rename = "SAML")]
    pub saml: bool,
    #[serde(rename = "SCIM")]
    pub scim: bool,
    #[serde(rename = "OIDC")]
    pub oidc: bool,
    #[serde(rename = "OAuth")]
    pub oauth: Map<String, Value>,
    pub webauthn: bool,
    pub password: bool,
    pub push: bool,
    pub sso_app_ids: Vec<String>,
    pub external_ids: Vec<String>,
    pub editable: bool,
    pub permissions: Vec<String>,
}

impl DescopeState {
    /// Index of the user a `loginId` field names: a login id or a user id.
    pub fn find(&self, id: &str) -> Option<usize> {
        self.users
            .iter()
            .position(|u| u.user_id == id || u.login_ids.iter().any(|l| l.eq_ignore_ascii_case(id)))
    }

    pub fn login_taken(&self, login: &str, except: Option<usize>) -> bool {
        self.users.iter().enumerate().any(|(i, u)| {
            Some(i) != except && u.login_ids.iter().any(|l| l.eq_ignore_ascii_case(login))
        })
    }

    /// A fresh id with a prefix (`R`, `PR`, `K`...) and 27 characters.
    pub fn new_id(&mut self, prefix: &str) -> String {
        self.next_id += 1;
        let mut id = user_id(&mut StdRng::seed_from_u64(0xde5c_a000_0000 + self.next_id));
        id.replace_range(0..1, prefix);
        id
    }

    /// Roles, permissions, SSO applications for a state that has none yet.
    pub fn ensure_admin_seeded(&mut self) {
        if self.admin_seeded {
            return;
        }
        self.admin_seeded = true;
        let perms = [
            ("User Admin", "Manage users"),
            ("Tenant Admin", "Manage tenants"),
            ("Impersonate", "Impersonate users"),
        ];
        for (i, (name, description)) in perms.iter().enumerate() {
            self.permissions.push(Permission {
                id: format!("PR{:026}", i + 1),
                name: name.to_string(),
                description: description.to_string(),
                system_default: true,
            });
        }
        let project = ROLES.iter().map(|r| ("", *r));
        for (i, (tenant, name)) in project.chain(TENANT_ROLES.iter().copied()).enumerate() {
            let permission_names = match name {
                "Tenant Admin" => vec!["Tenant Admin".to_string(), "User Admin".to_string()],
                "Admin" => vec!["User Admin".to_string()],
                _ => Vec::new(),
            };
            self.roles.push(Role {
                id: format!("RL{:026}", i + 1),
                name: name.to_string(),
                permission_names,
                created_time: EPOCH,
                tenant_id: tenant.to_string(),
                ..Role::default()
            });
        }
        for t in &mut self.tenants {
            if t.created_time == 0 {
                t.created_time = EPOCH;
            }
        }
        self.sso_apps = SSO_APPS
            .iter()
            .map(|(id, name, kind)| sso_app(id, name, kind))
            .collect();
    }

    pub fn tenant_name(&self, id: &str) -> Option<String> {
        self.tenants
            .iter()
            .find(|t| t.id == id)
            .map(|t| t.name.clone())
    }

    /// A fresh user id: `U` and 27 characters, like Descope's.
    pub fn new_user_id(&mut self) -> String {
        self.next_id += 1;
        user_id(&mut StdRng::seed_from_u64(0xde5c_0000_0000 + self.next_id))
    }
}

fn user_id(rng: &mut StdRng) -> String {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    let mut s = String::from("U");
    for _ in 0..27 {
        s.push(ALPHABET[rng.random_range(0..ALPHABET.len())] as char);
    }
    s
}

const FIRST: &[&str] = &[
    "Ana", "Bruno", "Carla", "David", "Eva", "Filipe", "Greta", "Hugo", "Ines", "Joao", "Katia",
    "Luis",
];
const LAST: &[&str] = &[
    "Almeida", "Barros", "Costa", "Dias", "Esteves", "Ferreira", "Gomes", "Lopes",
];
pub const TENANTS: &[(&str, &str)] = &[
    ("T-acme", "Acme"),
    ("T-globex", "Globex"),
    ("T-initech", "Initech"),
];
pub const ROLES: &[&str] = &["Tenant Admin", "Viewer", "Editor"];
/// Roles that belong to one tenant (`tenantId` set in `role/all`): they
/// may be given in that tenant only.
pub const TENANT_ROLES: &[(&str, &str)] = &[("T-acme", "Admin"), ("T-acme", "Auditor")];
/// The SSO applications of the project: (id, name, appType).
pub const SSO_APPS: &[(&str, &str, &str)] = &[
    ("app-wiki", "Team Wiki", "saml"),
    ("app-crm", "CRM", "oidc"),
    ("app-hr", "HR Portal", "saml"),
];

/// An SSO application as `sso/idp/app/load` answers it.
pub fn sso_app(id: &str, name: &str, kind: &str) -> Value {
    serde_json::json!({
        "id": id,
        "name": name,
        "description": format!("{name} (sandbox)"),
        "enabled": true,
        "logo": "",
        "appType": kind,
        "samlSettings": {
            "loginPageUrl": if kind == "saml" { format!("https://{id}.example.com/login") } else { String::new() },
            "idpCert": "", "useMetadataInfo": false, "metadataUrl": "", "entityId": if kind == "saml" { format!("urn:{id}") } else { String::new() },
            "acsUrl": "", "certificate": "", "attributeMapping": [], "groupsMapping": [],
            "idpMetadataUrl": "", "idpEntityId": "", "idpSsoUrl": "", "acsAllowedCallbacks": [],
            "subjectNameIdType": "", "subjectNameIdFormat": "", "defaultRelayState": "",
            "forceAuthentication": false, "idpLogoutUrl": "", "logoutRedirectUrl": ""
        },
        "oidcSettings": {
            "loginPageUrl": if kind == "oidc" { format!("https://{id}.example.com/login") } else { String::new() },
            "issuer": "", "discoveryUrl": "", "forceAuthentication": false
        }
    })
}

/// 2025-01-06T09:00:00Z: seeded timestamps do not depend on the clock.
const EPOCH: i64 = 1_736_154_000;

/// `n` deterministic users; user i is the same whatever `n` is.
pub fn seed(n: usize) -> DescopeState {
    let tenants: Vec<Tenant> = TENANTS
        .iter()
        .map(|(id, name)| Tenant {
            id: id.to_string(),
            name: name.to_string(),
            created_time: EPOCH,
            ..Tenant::default()
        })
        .collect();
    let mut users = Vec::with_capacity(n);
    for i in 0..n {
        let mut r = StdRng::seed_from_u64(0xde5c_5eed_0000 + i as u64);
        let first = FIRST[r.random_range(0..FIRST.len())];
        let last = LAST[r.random_range(0..LAST.len())];
        let email = format!(
            "{}.{}{}@example.com",
            first.to_lowercase(),
            last.to_lowercase(),
            i + 1
        );
        let status = match r.random_range(0..20) {
            0 => "disabled",
            1 | 2 => "invited",
            _ => "enabled",
        };
        let mut u = DUser {
            user_id: user_id(&mut r),
            login_ids: vec![email.clone()],
            name: format!("{first} {last}"),
            given_name: first.into(),
            family_name: last.into(),
            email,
            verified_email: status == "enabled",
            status: status.into(),
            created_time: EPOCH - 86_400 * (i as i64 % 300),
            editable: true,
            ..DUser::default()
        };
        if i % 3 == 0 {
            u.role_names.push(ROLES[(i / 3) % ROLES.len()].into());
        }
        if i % 4 == 0 {
            let (tid, tname) = TENANTS[(i / 4) % TENANTS.len()];
            u.user_tenants.push(UserTenant {
                tenant_id: tid.into(),
                tenant_name: tname.into(),
                role_names: vec!["Viewer".into()],
                permissions: Vec::new(),
            });
        }
        if i % 5 == 0 {
            u.custom_attributes.insert(
                "department".into(),
                Value::String(["Sales", "HR", "IT"][i % 3].into()),
            );
        }
        if i % 7 == 0 {
            u.totp = true;
        }
        users.push(u);
    }
    let mut d = DescopeState {
        seeded: true,
        tenants,
        users,
        ..DescopeState::default()
    };
    d.ensure_admin_seeded();
    d
}
