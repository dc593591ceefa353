//! The vendor's response shapes (identity v1), built from the model.
//! Field names and nullability follow `odc-identity-v1.json`.

use chrono::{DateTime, SecondsFormat, Utc};
use serde::{Serialize, Serializer};
use uuid::Uuid;

use super::model::{AppRole, Group, OdcState, OrgRole, User};

/// RFC 3339 with a `Z`, as the spec's `date-time` format wants.
pub fn ts<S: Serializer>(d: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&d.to_rfc3339_opts(SecondsFormat::Millis, true))
}
pub fn ts_opt<S: Serializer>(d: &Option<DateTime<Utc>>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => ts(d, s),
        None => s.serialize_none(),
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Access {
    has_organization_roles: bool,
    has_application_roles: bool,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AppRoleOut<'a> {
    key: Uuid,
    name: &'a str,
    environment_key: Uuid,
    asset_key: Uuid,
    external_key: Uuid,
    claim: &'a str,
    portfolio_key: Uuid,
}

pub fn app_role<'a>(st: &OdcState, r: &'a AppRole) -> AppRoleOut<'a> {
    AppRoleOut {
        key: r.key,
        name: &r.name,
        environment_key: r.environment_key,
        asset_key: r.asset_key,
        external_key: r.external_key,
        claim: &r.claim,
        portfolio_key: st.portfolio_key(),
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AssignedGroup<'a> {
    key: Uuid,
    name: &'a str,
    membership_type: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UserAppRoleOut<'a> {
    #[serde(flatten)]
    role: AppRoleOut<'a>,
    is_directly_assigned: bool,
    assigned_groups: Vec<AssignedGroup<'a>>,
}

pub fn user_app_role<'a>(
    st: &OdcState,
    (r, direct, via): &(&'a AppRole, bool, Vec<&'a Group>),
) -> UserAppRoleOut<'a> {
    UserAppRoleOut {
        role: app_role(st, r),
        is_directly_assigned: *direct,
        assigned_groups: via
            .iter()
            .map(|g| AssignedGroup {
                key: g.key,
                name: &g.name,
                membership_type: "Assigned",
            })
            .collect(),
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct IdpProfile<'a> {
    user_key: Uuid,
    identity_provider_key: Uuid,
    subject: &'a str,
    username: &'a str,
    name: &'a str,
    email: &'a str,
    photo_url: Option<&'a str>,
    #[serde(serialize_with = "ts_opt")]
    first_login_at: Option<DateTime<Utc>>,
    #[serde(serialize_with = "ts_opt")]
    last_login_at: Option<DateTime<Utc>>,
    is_email_verified: bool,
}

fn idp_profiles<'a>(st: &OdcState, u: &'a User) -> Vec<IdpProfile<'a>> {
    st.identity_providers
        .first()
        .filter(|_| u.builtin_idp)
        .map(|idp| IdpProfile {
            user_key: u.key,
            identity_provider_key: idp.key,
            subject: u.subject.as_deref().unwrap_or(&u.email),
            username: u.username.as_deref().unwrap_or(&u.email),
            name: &u.name,
            email: &u.email,
            photo_url: u.photo_url.as_deref(),
            first_login_at: u.last_login_at,
            last_login_at: u.last_login_at,
            is_email_verified: u.is_email_verified,
        })
        .into_iter()
        .collect()
}

#[derive(Default, Clone, Copy)]
pub struct Embed {
    pub app_roles: bool,
    pub idps: bool,
}

impl Embed {
    pub fn any(&self) -> bool {
        self.app_roles || self.idps
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UserEmbedded<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    application_roles: Option<Vec<UserAppRoleOut<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    user_identity_providers: Option<Vec<IdpProfile<'a>>>,
}

fn embedded<'a>(st: &'a OdcState, u: &'a User, embed: Embed) -> Option<UserEmbedded<'a>> {
    embed.any().then(|| UserEmbedded {
        application_roles: embed.app_roles.then(|| {
            st.effective_app_roles(u)
                .iter()
                .map(|x| user_app_role(st, x))
                .collect()
        }),
        user_identity_providers: embed.idps.then(|| idp_profiles(st, u)),
    })
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UserOut<'a> {
    key: Uuid,
    name: &'a str,
    email: &'a str,
    status: &'static str,
    access: Access,
    #[serde(serialize_with = "ts_opt")]
    last_login_at: Option<DateTime<Utc>>,
    is_active: bool,
    photo_url: Option<&'a str>,
    is_email_verified: bool,
    is_terms_and_conditions_accepted: bool,
    #[serde(rename = "_embedded", skip_serializing_if = "Option::is_none")]
    embedded: Option<UserEmbedded<'a>>,
}

pub fn user<'a>(st: &'a OdcState, u: &'a User, embed: Embed) -> UserOut<'a> {
    UserOut {
        key: u.key,
        name: &u.name,
        email: &u.email,
        status: u.status.as_str(),
        access: Access {
            has_organization_roles: !u.org_roles.is_empty(),
            has_application_roles: st.has_app_roles(u),
        },
        last_login_at: u.last_login_at,
        is_active: u.is_active(),
        photo_url: u.photo_url.as_deref(),
        is_email_verified: u.is_email_verified,
        is_terms_and_conditions_accepted: u.terms_accepted,
        embedded: embedded(st, u, embed),
    }
}

/// `RoleUserResponse` / `GroupUserProfileResponse`: a smaller user. In the
/// group variant `lastLoginAt` is not nullable, so it is left out when the
/// user never logged in.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ShortUser<'a> {
    key: Uuid,
    name: &'a str,
    email: &'a str,
    status: &'static str,
    photo_url: Option<&'a str>,
    #[serde(serialize_with = "ts_opt", skip_serializing_if = "Option::is_none")]
    last_login_at: Option<DateTime<Utc>>,
    #[serde(rename = "_embedded", skip_serializing_if = "Option::is_none")]
    embedded: Option<ShortEmbedded<'a>>,
}

/// `UserProfileEmbeddedResponse`: app roles without assignment details.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ShortEmbedded<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    application_roles: Option<Vec<AppRoleOut<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    user_identity_providers: Option<Vec<IdpProfile<'a>>>,
}

pub fn short_user<'a>(st: &'a OdcState, u: &'a User, embed: Embed) -> ShortUser<'a> {
    ShortUser {
        key: u.key,
        name: &u.name,
        email: &u.email,
        status: u.status.as_str(),
        photo_url: u.photo_url.as_deref(),
        last_login_at: u.last_login_at,
        embedded: embed.any().then(|| ShortEmbedded {
            application_roles: embed.app_roles.then(|| {
                st.effective_app_roles(u)
                    .iter()
                    .map(|(r, _, _)| app_role(st, r))
                    .collect()
            }),
            user_identity_providers: embed.idps.then(|| idp_profiles(st, u)),
        }),
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GroupOut<'a> {
    key: Uuid,
    name: &'a str,
    description: Option<&'a str>,
    environment_key: Uuid,
    portfolio_key: Uuid,
    #[serde(serialize_with = "ts")]
    updated_at: DateTime<Utc>,
    group_idp_claim_mappings: Vec<ClaimMappingOut<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ClaimMappingOut<'a> {
    key: Uuid,
    provider_key: Uuid,
    foreign_claim: ForeignClaimOut<'a>,
    #[serde(serialize_with = "ts")]
    last_updated_date: DateTime<Utc>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ForeignClaimOut<'a> {
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    value_delimiter: Option<&'a str>,
    value: &'a str,
}

pub fn group<'a>(st: &OdcState, g: &'a Group) -> GroupOut<'a> {
    GroupOut {
        key: g.key,
        name: &g.name,
        description: g.description.as_deref(),
        environment_key: g.environment_key,
        portfolio_key: st.portfolio_key(),
        updated_at: g.updated_at,
        group_idp_claim_mappings: g
            .claim_mappings
            .iter()
            .map(|m| ClaimMappingOut {
                key: m.key,
                provider_key: m.provider_key,
                foreign_claim: ForeignClaimOut {
                    name: &m.name,
                    value_delimiter: m.value_delimiter.as_deref(),
                    value: &m.value,
                },
                last_updated_date: m.updated_at,
            })
            .collect(),
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OrgRoleOut<'a> {
    key: Uuid,
    name: &'a str,
    permissions: Vec<PermOut<'a>>,
    is_read_only: bool,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PermOut<'a> {
    permission_key: Uuid,
    environment_keys: Option<&'a [Uuid]>,
    portfolio_keys: Option<&'a [Uuid]>,
    claim_name: Option<&'a str>,
    name: Option<&'a str>,
}

pub fn org_role(r: &OrgRole) -> OrgRoleOut<'_> {
    OrgRoleOut {
        key: r.key,
        name: &r.name,
        permissions: r
            .permissions
            .iter()
            .map(|p| PermOut {
                permission_key: p.permission_key,
                environment_keys: p.environment_keys.as_deref(),
                portfolio_keys: p.portfolio_keys.as_deref(),
                claim_name: p.claim_name.as_deref(),
                name: p.name.as_deref(),
            })
            .collect(),
        is_read_only: r.is_read_only,
    }
}
