//! What ODC's records look like (`crate::views::View`): the table
//! columns and every field of each kind, from ODC's OpenAPI files
//! (`UserProfileApiResponse`, `GroupApiResponse`, ...), beside what ODC
//! can do (`caps.rs`).

use crate::views::{View, Views};

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
        ("STAGE", "=group.environmentKey"),
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
        ("STAGE", "=environmentKey"),
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
        ("APP", "=assetKey"),
        ("STAGE", "=environmentKey"),
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
        ("APP", "=assetKey"),
        ("STAGE", "=environmentKey"),
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
        ("STAGES", "=environmentKeys"),
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

/// ODC stages (`stages list`): the Portfolio API's `Environment`.
pub const ODC_STAGE: View = View {
    noun: "stages",
    columns: &[("STAGE", "name"), ("PURPOSE", "purpose"), ("KEY", "key")],
    fields: &[
        "key",
        "name",
        "purpose",
        "order",
        "builtinDomain",
        "defaultDomain",
    ],
};

/// ODC apps (`apps list`): one row per deployment of a deployed asset.
pub const ODC_APP: View = View {
    noun: "apps",
    columns: &[
        ("APP", "name"),
        ("STAGE", "stage"),
        ("TYPE", "type"),
        ("KEY", "key"),
    ],
    fields: &[
        "key",
        "name",
        "type",
        "stage",
        "environmentKey",
        "revision",
        "url",
    ],
};

/// ODC portfolios (`portfolios list`).
pub const ODC_PORTFOLIO: View = View {
    noun: "portfolios",
    columns: &[("PORTFOLIO", "name"), ("TYPE", "type"), ("KEY", "key")],
    fields: &[
        "key",
        "name",
        "type",
        "isMainPortfolio",
        "nonProductionEnvironmentCount",
    ],
};
