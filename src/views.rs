//! What each kind of record looks like on each platform: the table columns
//! (a header and the JSON path it shows) and every field a record of that
//! kind can carry (dotted paths), which `--fields` is checked against and
//! CSV/TSV write in full. JSON output is always the platform's whole object.
//!
//! Fields come from the vendors' own descriptions: ODC's OpenAPI files
//! (`UserProfileApiResponse`, `GroupApiResponse`, ...), Valuekeep's
//! identity resources, Descope's `User` object.

use crate::backend::Views;
use crate::output::View;

// ---------------------------------------------------------------- ODC ----

pub const ODC_USER: View = View {
    noun: "users",
    columns: &[
        ("KEY", "key"),
        ("EMAIL", "email"),
        ("NAME", "name"),
        ("STATUS", "status"),
        ("LAST LOGIN", "lastLoginAt"),
    ],
    fields: &[
        "key",
        "email",
        "name",
        "status",
        "lastLoginAt",
        "isActive",
        "photoUrl",
        "isEmailVerified",
        "isTermsAndConditionsAccepted",
        "access.hasOrganizationRoles",
        "access.hasApplicationRoles",
        "_embedded.applicationRoles",
        "_embedded.userIdentityProviders",
    ],
};

/// What a create answers on ODC: the new key.
pub const KEY: View = View {
    noun: "created records",
    columns: &[("KEY", "key")],
    fields: &["key"],
};

pub const ODC_USER_GROUP: View = View {
    noun: "group memberships",
    columns: &[
        ("KEY", "group.key"),
        ("NAME", "group.name"),
        ("ENVIRONMENT", "group.environmentKey"),
        ("MEMBERSHIP", "membershipTypes"),
    ],
    fields: &[
        "group.key",
        "group.name",
        "group.environmentKey",
        "membershipTypes",
        "group.description",
        "group.portfolioKey",
        "group.updatedAt",
        "group.groupIdpClaimMappings",
    ],
};

pub const ODC_GROUP: View = View {
    noun: "groups",
    columns: &[
        ("KEY", "key"),
        ("NAME", "name"),
        ("ENVIRONMENT", "environmentKey"),
        ("DESCRIPTION", "description"),
    ],
    fields: &[
        "key",
        "name",
        "environmentKey",
        "description",
        "portfolioKey",
        "updatedAt",
        "groupIdpClaimMappings",
    ],
};

pub const ODC_GROUP_MEMBER: View = View {
    noun: "group members",
    columns: &[
        ("KEY", "user.key"),
        ("EMAIL", "user.email"),
        ("NAME", "user.name"),
        ("STATUS", "user.status"),
        ("MEMBERSHIP", "membershipTypes"),
    ],
    fields: &[
        "user.key",
        "user.email",
        "user.name",
        "user.status",
        "membershipTypes",
        "user.photoUrl",
        "user.lastLoginAt",
        "user._embedded.applicationRoles",
        "user._embedded.userIdentityProviders",
    ],
};

pub const ODC_APP_ROLE: View = View {
    noun: "application roles",
    columns: &[
        ("KEY", "key"),
        ("NAME", "name"),
        ("APP", "assetKey"),
        ("ENVIRONMENT", "environmentKey"),
    ],
    fields: &[
        "key",
        "name",
        "assetKey",
        "environmentKey",
        "externalKey",
        "claim",
        "portfolioKey",
    ],
};

pub const ODC_USER_APP_ROLE: View = View {
    noun: "application roles of a user",
    columns: &[
        ("KEY", "key"),
        ("NAME", "name"),
        ("APP", "assetKey"),
        ("ENVIRONMENT", "environmentKey"),
        ("DIRECT", "isDirectlyAssigned"),
        ("THROUGH GROUPS", "assignedGroups.name"),
    ],
    fields: &[
        "key",
        "name",
        "assetKey",
        "environmentKey",
        "isDirectlyAssigned",
        "assignedGroups",
        "assignedGroups.key",
        "assignedGroups.name",
        "externalKey",
        "claim",
        "portfolioKey",
    ],
};

pub const ODC_ORG_ROLE: View = View {
    noun: "organization roles",
    columns: &[("KEY", "key"), ("NAME", "name")],
    fields: &["key", "name", "permissions", "isReadOnly"],
};

pub const ODC_USER_ORG_ROLE: View = View {
    noun: "organization roles of a user",
    columns: &[("KEY", "key"), ("NAME", "name")],
    fields: &[
        "key",
        "name",
        "grantPeriod.startTime",
        "grantPeriod.endTime",
        "assetKey",
        "portfolioKey",
    ],
};

pub const ODC_ROLE_USER: View = View {
    noun: "role holders",
    columns: &[
        ("KEY", "key"),
        ("EMAIL", "email"),
        ("NAME", "name"),
        ("STATUS", "status"),
    ],
    fields: &[
        "key",
        "email",
        "name",
        "status",
        "photoUrl",
        "lastLoginAt",
        "_embedded.applicationRoles",
        "_embedded.userIdentityProviders",
    ],
};

pub static ODC: Views = Views {
    user: ODC_USER,
    user_group: ODC_USER_GROUP,
    user_role: ODC_USER_APP_ROLE,
    group: ODC_GROUP,
    group_member: ODC_GROUP_MEMBER,
    role: ODC_APP_ROLE,
    role_user: ODC_ROLE_USER,
    created: KEY,
};

/// ODC with `--org`: organization roles have columns of their own.
pub static ODC_ORG: Views = Views {
    user_role: ODC_USER_ORG_ROLE,
    role: ODC_ORG_ROLE,
    ..ODC
};

// ---------------------------------------------------------- Valuekeep ----

const VK_USER: View = View {
    noun: "users",
    columns: &[
        ("USER KEY", "userKey"),
        ("EMAIL", "email"),
        ("NAME", "name"),
        ("STATUS", "status"),
        ("TECHNICIAN", "isTechnician"),
        ("ID", "id"),
    ],
    fields: &[
        "userKey",
        "email",
        "name",
        "status",
        "isTechnician",
        "id",
        "isActive",
        "lastLogin",
        "picture",
        "culture",
        "groups",
        "roles",
        "createdOn",
        "createdBy",
    ],
};
const VK_USER_GROUP: View = View {
    noun: "groups of a user",
    columns: &[("KEY", "groupKey"), ("NAME", "name"), ("ID", "id")],
    fields: &["groupKey", "name", "id"],
};
const VK_USER_ROLE: View = View {
    noun: "roles of a user",
    columns: &[
        ("KEY", "roleKey"),
        ("DESCRIPTION", "description"),
        ("ID", "id"),
    ],
    fields: &["roleKey", "description", "id"],
};
const VK_GROUP: View = View {
    noun: "groups",
    columns: &[
        ("KEY", "groupKey"),
        ("NAME", "name"),
        ("EMAIL", "email"),
        ("NOTES", "notes"),
        ("ID", "id"),
    ],
    fields: &[
        "groupKey", "name", "email", "notes", "id", "isActive", "users",
    ],
};
const VK_MEMBER: View = View {
    noun: "members",
    columns: &[("USER KEY", "userKey"), ("NAME", "name"), ("ID", "id")],
    fields: &["userKey", "name", "id"],
};
const VK_ROLE: View = View {
    noun: "roles",
    columns: &[
        ("KEY", "roleKey"),
        ("DESCRIPTION", "description"),
        ("ADMINISTRATION", "isAdministration"),
        ("DEFAULT", "isDefault"),
        ("ID", "id"),
    ],
    fields: &[
        "roleKey",
        "description",
        "isAdministration",
        "isDefault",
        "id",
        "localizableDescription",
        "isInternal",
        "isActive",
        "users",
    ],
};
const VK_CREATED: View = View {
    noun: "created records",
    columns: &[("KEY", "key"), ("ID", "id")],
    fields: &["key", "id"],
};

pub static VALUEKEEP: Views = Views {
    user: VK_USER,
    user_group: VK_USER_GROUP,
    user_role: VK_USER_ROLE,
    group: VK_GROUP,
    group_member: VK_MEMBER,
    role: VK_ROLE,
    role_user: VK_MEMBER,
    created: VK_CREATED,
};

// ------------------------------------------------------------ Descope ----

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
    columns: &[("ROLE", "name"), ("TENANT", "tenantId")],
    fields: &[
        "name",
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

// -------------------------------------------------------------- local ----

pub const PROFILE: View = View {
    noun: "profiles",
    columns: &[
        ("NAME", "name"),
        ("KIND", "kind"),
        ("PORTAL", "portal"),
        ("CLIENT ID", "client_id"),
        ("SECRET", "secret"),
        ("DEFAULT", "default"),
    ],
    fields: &[
        "name",
        "kind",
        "portal",
        "client_id",
        "secret",
        "default",
        "base_url",
        "tenant",
        "org",
        "token_url",
        "scope",
        "client_auth",
        "project_id",
    ],
};

pub const RESULT: View = View {
    noun: "results",
    columns: &[
        ("TARGET", "target"),
        ("ACTION", "action"),
        ("RESULT", "result"),
    ],
    fields: &["target", "action", "result"],
};

/// `--dry-run`: one row per request that was not sent.
pub const DRY_RUN: View = View {
    noun: "planned requests",
    columns: &[("METHOD", "method"), ("URL", "url"), ("BODY", "body")],
    fields: &["method", "url", "body"],
};

/// Anything the API answers that has no schema here (`iamctl api`).
pub const ANY: View = View {
    noun: "answers",
    columns: &[],
    fields: &[],
};

/// `users count -o json`.
pub const COUNT: View = View {
    noun: "counts",
    columns: &[("COUNT", "count")],
    fields: &["count"],
};

/// `users access`: one row per group, role or tenant held, and its source.
pub const ACCESS: View = View {
    noun: "access rows",
    columns: &[
        ("KIND", "kind"),
        ("NAME", "name"),
        ("SCOPE", "scope"),
        ("SOURCE", "source"),
        ("KEY", "key"),
    ],
    fields: &["kind", "name", "scope", "source", "key"],
};

/// `access report`: one row per (user, what is held, scope, source).
pub const ACCESS_REPORT: View = View {
    noun: "access rows",
    columns: &[
        ("USER", "user"),
        ("KIND", "kind"),
        ("NAME", "name"),
        ("SCOPE", "scope"),
        ("SOURCE", "source"),
    ],
    fields: REPORT_FIELDS,
};

/// `access holders ROLE`: who holds the role, where, and through what.
pub const ROLE_HOLDERS: View = View {
    noun: "holders",
    columns: &[
        ("USER", "user"),
        ("ROLE", "name"),
        ("SCOPE", "scope"),
        ("SOURCE", "source"),
    ],
    fields: REPORT_FIELDS,
};

const REPORT_FIELDS: &[&str] = &[
    "user",
    "userKey",
    "kind",
    "name",
    "key",
    "scope",
    "source",
    "app",
    "stage",
    "tenant",
    "group",
    "appKey",
    "stageKey",
    "tenantKey",
    "groupKey",
];

/// `diff --from PROFILE`: what applying the source would change here.
pub const DRIFT: View = View {
    noun: "differences",
    columns: &[
        ("ACTION", "action"),
        ("USER", "user"),
        ("TARGET", "target"),
        ("DETAIL", "detail"),
    ],
    fields: &["action", "user", "target", "detail"],
};

/// `users copy-access`: what the second user gains.
pub const COPY_PLAN: View = View {
    noun: "planned additions",
    columns: &[
        ("GIVE", "kind"),
        ("NAME", "name"),
        ("SCOPE", "scope"),
        ("TO", "user"),
    ],
    fields: &["kind", "name", "scope", "user"],
};

/// ODC identity providers (`IdentityProviderApiResponse`).
pub const ODC_IDP: View = View {
    noun: "identity providers",
    columns: &[
        ("KEY", "key"),
        ("NAME", "name"),
        ("TYPE", "type"),
        ("SUBTYPE", "subtype"),
        ("AUTO-CREATE", "autoCreateProfiles"),
    ],
    fields: &[
        "key",
        "name",
        "type",
        "subtype",
        "autoCreateProfiles",
        "emailTrustType",
        "hosting",
        "profileLinkingField",
        "lastUpdatedDate",
        "samlConfiguration",
        "oidcConfiguration",
        "tokenNormalizations",
    ],
};

/// Descope tenants (`/v1/mgmt/tenant/all`).
pub const DESCOPE_TENANT: View = View {
    noun: "tenants",
    columns: &[("ID", "id"), ("NAME", "name")],
    fields: &["id", "name", "selfProvisioningDomains", "customAttributes"],
};

/// A Descope user's SSO apps (`users sso-apps list`).
pub const DESCOPE_SSO_APP: View = View {
    noun: "SSO apps of a user",
    columns: &[("SSO APP", "ssoAppId"), ("USER", "userId")],
    fields: &["ssoAppId", "userId"],
};

/// ODC group claim mappings (`groups claim-mappings list`): the group's
/// `groupIdpClaimMappings`, `foreignClaim` flattened.
pub const ODC_CLAIM_MAPPING: View = View {
    noun: "claim mappings",
    columns: &[
        ("KEY", "key"),
        ("CLAIM", "claim"),
        ("VALUE", "value"),
        ("DELIMITER", "valueDelimiter"),
        ("PROVIDER", "providerKey"),
    ],
    fields: &[
        "key",
        "group",
        "providerKey",
        "claim",
        "value",
        "valueDelimiter",
        "lastUpdatedDate",
    ],
};

/// ODC permissions (`PermissionResponse`).
pub const ODC_PERMISSION: View = View {
    noun: "permissions",
    columns: &[
        ("KEY", "key"),
        ("NAME", "name"),
        ("CATEGORY", "category"),
        ("PER-STAGE", "allowStages"),
    ],
    fields: &[
        "key",
        "name",
        "category",
        "purpose",
        "visibility",
        "inherits",
        "allowStages",
        "allowPortfolios",
        "allowedScopes",
        "claimName",
        "remarks",
    ],
};

/// The permissions of an ODC organization role (`roles permissions list`).
pub const ODC_ROLE_PERMISSION: View = View {
    noun: "permissions",
    columns: &[
        ("PERMISSION", "permissionKey"),
        ("NAME", "name"),
        ("STAGES", "environmentKeys"),
        ("PORTFOLIOS", "portfolioKeys"),
    ],
    fields: &[
        "permissionKey",
        "name",
        "environmentKeys",
        "portfolioKeys",
        "claimName",
    ],
};

/// Outcome records of a write (`crate::outcome`): what CSV and TSV write
/// (a table shows each record as a line on stderr instead).
pub const OUTCOME: View = View {
    noun: "outcome records",
    columns: &[
        ("KIND", "target.kind"),
        ("KEY", "target.key"),
        ("NAME", "target.name"),
        ("CHANGE", "change.op"),
        ("FIELD", "change.field"),
        ("VALUE", "change.value"),
        ("ITEM KIND", "change.item.kind"),
        ("ITEM KEY", "change.item.key"),
        ("ITEM", "change.item.name"),
        ("SCOPE", "change.scope"),
        ("RESULT", "result"),
        ("DETAIL", "detail"),
    ],
    fields: &[
        "target",
        "target.kind",
        "target.key",
        "target.name",
        "change",
        "change.op",
        "change.field",
        "change.value",
        "change.item",
        "change.item.kind",
        "change.item.key",
        "change.item.name",
        "change.scope",
        "result",
        "detail",
        "requests",
    ],
};

/// `iamctl history`: the runs the journal kept.
pub const HISTORY: View = View {
    noun: "runs",
    columns: &[
        ("RUN", "id"),
        ("TIME", "time"),
        ("COMMAND", "command"),
        ("OUTCOME", "summary"),
    ],
    fields: &[
        "id", "time", "profile", "platform", "command", "undoOf", "summary", "records",
    ],
};
