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
