//! Every platform as data, for what commands say or ask about a platform
//! without naming one: its title, its capabilities, the views of records
//! only some platforms have, the profile `profile add` builds for it (the fields asked,
//! their prompts, what its secret is called), and where its API lives.
//! Commands reach a platform's entry through `platform(kind)`, or walk
//! `PLATFORMS`; they never match on a `Kind`.

use url::Url;

use crate::backend::Capabilities;
use crate::backend::descope::views as descope;
use crate::backend::odc::views as odc;
use crate::config::{Kind, Profile, Resolved};
use crate::error::{CliError, Result};
use crate::views::{View, Views};

/// One platform.
#[derive(Debug)]
pub struct Platform {
    pub kind: Kind,
    /// Its full name, as the README's platform table heads its row.
    pub title: &'static str,
    /// What it can do (`backend::*::caps`).
    pub caps: &'static Capabilities,
    /// Its users, groups and roles as they are printed.
    pub views: &'static Views,
    /// The views of the records only some platforms have, by the command
    /// that lists them (`stages`, `permissions`...).
    pub records: &'static [(&'static str, View)],
    /// What `profile add` asks for it.
    pub profile: ProfileForm,
}

/// A profile of one platform, as `profile add` builds it.
#[derive(Debug)]
pub struct ProfileForm {
    /// The line of the guided setup's platform choice.
    pub choice: &'static str,
    /// The coordinates a profile cannot do without, in the order asked.
    pub needs: &'static [ProfileField],
    /// Flags kept as given when given (defaults otherwise).
    pub optional: &'static [&'static str],
    /// What its secret is called: `Client secret`, `Management key`.
    pub secret: &'static str,
    /// The last word of the environment variable the guided setup
    /// suggests for the secret (`ACME_SECRET`).
    pub secret_var: &'static str,
    /// The shell variable the equivalent command pipes a keyring secret
    /// from (`$CLIENT_SECRET`).
    pub secret_shell: &'static str,
}

/// One coordinate of a profile.
#[derive(Debug)]
pub struct ProfileField {
    /// The `profile add` flag that gives it.
    pub flag: &'static str,
    /// Asked when missing (`ui.ask`).
    pub prompt: &'static str,
    /// Asked in the guided setup.
    pub guided: &'static str,
    /// How an answer is checked.
    pub answer: Answer,
}

/// How an answer is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// An ODC portal domain (or a loopback URL), checked whenever given.
    Portal,
    /// A URL, checked in the guided setup.
    Url,
    /// Any answer that is not empty, checked in the guided setup.
    Filled,
}

/// The platforms, in the order the catalogue and `profile add` name them.
pub static PLATFORMS: [&Platform; 3] = [&ODC, &VALUEKEEP, &DESCOPE];

static ODC: Platform = Platform {
    kind: Kind::Odc,
    title: "OutSystems Developer Cloud (ODC)",
    caps: &crate::backend::odc::caps::CAPS,
    views: &crate::backend::odc::views::ODC,
    records: &[
        ("identity-providers", odc::ODC_IDP),
        ("permissions", odc::ODC_PERMISSION),
        ("role-permissions", odc::ODC_ROLE_PERMISSION),
        ("claim-mappings", odc::ODC_CLAIM_MAPPING),
        ("stages", odc::ODC_STAGE),
        ("apps", odc::ODC_APP),
        ("portfolios", odc::ODC_PORTFOLIO),
    ],
    profile: ProfileForm {
        choice: "ODC: OutSystems Developer Cloud",
        needs: &[
            ProfileField {
                flag: "--portal",
                prompt: "ODC portal domain",
                guided: "ODC portal domain (e.g. acme.outsystems.app)",
                answer: Answer::Portal,
            },
            ProfileField {
                flag: "--client-id",
                prompt: "Client id",
                guided: "API client id",
                answer: Answer::Filled,
            },
        ],
        optional: &[],
        secret: "Client secret",
        secret_var: "SECRET",
        secret_shell: "CLIENT_SECRET",
    },
};

static VALUEKEEP: Platform = Platform {
    kind: Kind::Valuekeep,
    title: "Cegid Valuekeep",
    caps: &crate::backend::valuekeep::caps::CAPS,
    views: &crate::backend::valuekeep::views::VALUEKEEP,
    records: &[],
    profile: ProfileForm {
        choice: "Valuekeep: Cegid Valuekeep",
        needs: &[
            ProfileField {
                flag: "--base-url",
                prompt: "Valuekeep base URL",
                guided: "Valuekeep base URL (https://HOST)",
                answer: Answer::Url,
            },
            ProfileField {
                flag: "--tenant",
                prompt: "Tenant key",
                guided: "Tenant key",
                answer: Answer::Filled,
            },
            ProfileField {
                flag: "--org",
                prompt: "Organization key",
                guided: "Organization key",
                answer: Answer::Filled,
            },
            ProfileField {
                flag: "--client-id",
                prompt: "Client id",
                guided: "Client id",
                answer: Answer::Filled,
            },
        ],
        optional: &["--token-url", "--scope", "--client-auth"],
        secret: "Client secret",
        secret_var: "SECRET",
        secret_shell: "CLIENT_SECRET",
    },
};

static DESCOPE: Platform = Platform {
    kind: Kind::Descope,
    title: "Descope",
    caps: &crate::backend::descope::caps::CAPS,
    views: &crate::backend::descope::views::DESCOPE,
    records: &[
        ("tenants", descope::DESCOPE_TENANT),
        ("user-sso-apps", descope::DESCOPE_SSO_APP),
        ("tenant-settings", descope::DESCOPE_TENANT_SETTINGS),
        ("permissions", descope::DESCOPE_PERMISSION),
        ("access-keys", descope::DESCOPE_ACCESS_KEY),
        ("access-key-created", descope::DESCOPE_ACCESS_KEY_CREATED),
        ("audit", descope::DESCOPE_AUDIT),
        ("user-history", descope::DESCOPE_USER_HISTORY),
        ("sso-apps", descope::DESCOPE_SSO_APPLICATION),
    ],
    profile: ProfileForm {
        choice: "Descope",
        needs: &[ProfileField {
            flag: "--project-id",
            prompt: "Descope project ID",
            guided: "Descope project ID",
            answer: Answer::Filled,
        }],
        optional: &["--base-url"],
        secret: "Management key",
        secret_var: "KEY",
        secret_shell: "MANAGEMENT_KEY",
    },
};

impl Platform {
    /// The view of a record only some platforms have (`stages`); any
    /// record's on a platform without them, whose capability check
    /// refuses the command before it runs.
    pub fn view(&self, record: &str) -> View {
        self.records
            .iter()
            .find(|(r, _)| *r == record)
            .map(|(_, v)| *v)
            .unwrap_or(crate::views::ANY)
    }
}

/// A platform's entry.
pub fn platform(kind: Kind) -> &'static Platform {
    match kind {
        Kind::Odc => &ODC,
        Kind::Valuekeep => &VALUEKEEP,
        Kind::Descope => &DESCOPE,
    }
}

/// Where a profile's tenant is, by its coordinates (never a client id or
/// a secret: a plan made with a read-only client may be applied with
/// another): ODC's portal, Valuekeep's address, tenant and organization,
/// Descope's project. None for the built-in sandboxes, whose address
/// changes from run to run.
pub fn tenant_of(resolved: &Resolved) -> Option<String> {
    if resolved
        .cache_scope
        .as_deref()
        .is_some_and(|s| s.starts_with("builtin-"))
    {
        return None;
    }
    let p = &resolved.profile;
    let parts: Vec<&str> = match p.kind {
        Kind::Odc => vec![p.portal.as_deref()?],
        Kind::Valuekeep => vec![
            p.base_url.as_deref()?,
            p.tenant.as_deref().unwrap_or(""),
            p.org.as_deref().unwrap_or(""),
        ],
        Kind::Descope => vec![p.project_id.as_deref()?],
    };
    Some(format!(
        "{} {}",
        platform(p.kind).caps.platform,
        parts.join(" ").trim_end()
    ))
}

/// The origin a profile's API calls go to.
pub fn api_origin(resolved: &Resolved) -> Result<Url> {
    let p = &resolved.profile;
    let missing =
        |what: &str| CliError::usage(format!("profile {:?} has no {what}", resolved.name));
    match p.kind {
        Kind::Odc => {
            crate::http::origin::portal_url(p.portal.as_deref().ok_or_else(|| missing("portal"))?)
        }
        Kind::Valuekeep => with_scheme(p.base_url.as_deref().ok_or_else(|| missing("base URL"))?),
        Kind::Descope => match p.base_url.as_deref().filter(|s| !s.is_empty()) {
            Some(b) => with_scheme(b),
            None => crate::backend::descope::unconfirmed::base_url_for_project(
                p.project_id
                    .as_deref()
                    .ok_or_else(|| missing("project ID"))?,
            ),
        },
    }
}

/// A base URL as the backends read it: https unless a scheme is given.
fn with_scheme(s: &str) -> Result<Url> {
    let text = if s.contains("://") {
        s.to_string()
    } else {
        format!("https://{s}")
    };
    Url::parse(&text).map_err(|e| CliError::usage(format!("invalid base URL {s:?}: {e}")))
}

/// A removed profile's cached access token goes too (ODC's tokens are
/// cached by discovery URL and client).
pub fn forget_token(p: &Profile) {
    if let (Kind::Odc, Some(portal), Some(client)) = (p.kind, &p.portal, &p.client_id)
        && let Ok(url) = crate::http::origin::portal_url(portal)
        && let Ok(discovery) = crate::backend::odc::discovery_url(&url)
    {
        crate::auth::TokenProvider::forget(&discovery, client);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_platform_is_listed_once_under_its_kind() {
        for p in PLATFORMS {
            assert!(std::ptr::eq(platform(p.kind), p));
            assert_eq!(p.caps.platform, p.kind.name());
        }
    }
}
