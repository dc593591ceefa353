//! What Descope's records look like (`crate::views::View`): users, the
//! roles and tenants a user holds, beside what Descope can do (`caps.rs`).

use crate::views::{View, Views};

/// Descope's `User` object (its keys are case-sensitive: `TOTP`, `OAuth`).
const DESCOPE_USER_FIELDS: &[&str] = &[
    "userId",
    "loginIds",
    "email",
    "name",
    "status",
    "roleNames",
    "phone",
    "givenName",
    "middleName",
    "familyName",
    "verifiedEmail",
    "verifiedPhone",
    "userTenants",
    "customAttributes",
    "picture",
    "test",
    "createdTime",
    "modifiedTime",
    "externalIds",
    "ssoAppIds",
    "editable",
    "permissions",
    "consentExpiration",
    "TOTP",
    "SAML",
    "SCIM",
    "OIDC",
    "OAuth",
    "webauthn",
    "password",
    "push",
];

const DESCOPE_USER: View = View {
    noun: "users",
    columns: &[
        ("USER ID", "userId"),
        ("LOGIN IDS", "loginIds"),
        ("EMAIL", "email"),
        ("NAME", "name"),
        ("STATUS", "status"),
        ("ROLES", "roleNames"),
    ],
    fields: DESCOPE_USER_FIELDS,
};
const DESCOPE_CREATED: View = View {
    noun: "created users",
    columns: &[
        ("USER ID", "userId"),
        ("LOGIN IDS", "loginIds"),
        ("STATUS", "status"),
    ],
    fields: DESCOPE_USER_FIELDS,
};
const DESCOPE_USER_ROLE: View = View {
    noun: "roles",
    columns: &[
        ("ROLE", "name"),
        ("SCOPE", "scope"),
        ("TENANT", "tenantId"),
        ("PERMISSIONS", "permissionNames"),
    ],
    fields: &[
        "name",
        "scope",
        "tenantId",
        "description",
        "permissionNames",
        "createdTime",
    ],
};
const DESCOPE_USER_TENANT: View = View {
    noun: "tenants of a user",
    columns: &[
        ("TENANT", "tenantId"),
        ("NAME", "tenantName"),
        ("ROLES", "roleNames"),
    ],
    fields: &["tenantId", "tenantName", "roleNames", "permissions"],
};

pub static DESCOPE: Views = Views {
    user: DESCOPE_USER,
    user_group: DESCOPE_USER_TENANT,
    user_role: DESCOPE_USER_ROLE,
    group: DESCOPE_USER_TENANT,
    group_member: DESCOPE_USER,
    role: DESCOPE_USER_ROLE,
    role_user: DESCOPE_USER,
    created: DESCOPE_CREATED,
};

// ------------------------------------------ Descope administration ----

/// Descope tenants (`/v1/mgmt/tenant/all`).
pub const DESCOPE_TENANT: View = View {
    noun: "tenants",
    columns: &[("ID", "id"), ("NAME", "name")],
    fields: &[
        "id",
        "name",
        "selfProvisioningDomains",
        "customAttributes",
        "createdTime",
        "enforceSSO",
        "disabled",
        "defaultRoles",
    ],
};

/// A Descope user's SSO apps (`users sso-apps list`).
pub const DESCOPE_SSO_APP: View = View {
    noun: "SSO apps of a user",
    columns: &[("SSO APP", "ssoAppId"), ("USER", "userId")],
    fields: &["ssoAppId", "userId"],
};

/// A Descope tenant's settings (`tenants settings get`).
pub const DESCOPE_TENANT_SETTINGS: View = View {
    noun: "tenant settings",
    columns: &[
        ("SESSIONS", "enabled"),
        ("SESSION TOKEN", "sessionTokenExpiration"),
        ("UNIT", "sessionTokenExpirationUnit"),
        ("REFRESH TOKEN", "refreshTokenExpiration"),
        ("UNIT", "refreshTokenExpirationUnit"),
        ("AUTH", "authType"),
    ],
    fields: &[
        "domains",
        "selfProvisioningDomains",
        "authType",
        "enabled",
        "refreshTokenExpiration",
        "refreshTokenExpirationUnit",
        "sessionTokenExpiration",
        "sessionTokenExpirationUnit",
        "stepupTokenExpiration",
        "stepupTokenExpirationUnit",
        "enableInactivity",
        "inactivityTime",
        "inactivityTimeUnit",
        "JITDisabled",
        "enforceSSO",
        "ssoSetupSuiteSettings",
    ],
};

/// Descope permissions (`permissions list`).
pub const DESCOPE_PERMISSION: View = View {
    noun: "permissions",
    columns: &[("PERMISSION", "name"), ("DESCRIPTION", "description")],
    fields: &["name", "description", "systemDefault"],
};

/// Descope access keys (`access-keys list|get`): never a cleartext.
pub const DESCOPE_ACCESS_KEY: View = View {
    noun: "access keys",
    columns: &[
        ("ID", "id"),
        ("NAME", "name"),
        ("STATUS", "status"),
        ("ROLES", "roleNames"),
        ("EXPIRES", "expireTime"),
    ],
    fields: &[
        "id",
        "name",
        "status",
        "roleNames",
        "keyTenants",
        "createdTime",
        "expireTime",
        "createdBy",
        "clientId",
        "boundUserId",
        "description",
        "permittedIps",
        "customClaims",
        "customAttributes",
    ],
};

/// What `access-keys create` prints on stdout, once: the key and its
/// cleartext.
pub const DESCOPE_ACCESS_KEY_CREATED: View = View {
    noun: "created access key",
    columns: &[("ID", "id"), ("NAME", "name"), ("CLEARTEXT", "cleartext")],
    fields: &["id", "name", "cleartext"],
};

/// Descope audit events (`audit search`).
pub const DESCOPE_AUDIT: View = View {
    noun: "audit events",
    columns: &[
        ("OCCURRED", "occurred"),
        ("ACTION", "action"),
        ("USER", "userId"),
        ("TENANTS", "tenants"),
    ],
    fields: &[
        "projectId",
        "userId",
        "action",
        "occurred",
        "device",
        "method",
        "geo",
        "remoteAddress",
        "externalIds",
        "tenants",
        "data",
    ],
};

/// A user's sign-in history (`users history`).
pub const DESCOPE_USER_HISTORY: View = View {
    noun: "sign-ins",
    columns: &[
        ("USER", "userId"),
        ("LOGIN TIME", "loginTime"),
        ("CITY", "city"),
        ("COUNTRY", "country"),
        ("IP", "ip"),
    ],
    fields: &["userId", "loginTime", "city", "country", "ip"],
};

/// Descope SSO applications (`sso-apps list|get`).
pub const DESCOPE_SSO_APPLICATION: View = View {
    noun: "SSO applications",
    columns: &[
        ("ID", "id"),
        ("NAME", "name"),
        ("TYPE", "appType"),
        ("ENABLED", "enabled"),
    ],
    fields: &[
        "id",
        "name",
        "description",
        "enabled",
        "logo",
        "appType",
        "samlSettings",
        "oidcSettings",
    ],
};
