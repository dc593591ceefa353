//! The shapes a vendor may answer in where its documents are silent: the
//! sandbox serves its default shape (iamctl's assumptions) unless
//! `IAMCTL_SANDBOX_VARIANT` names variants, comma-separated, so that both
//! paths of each assumption can be rehearsed and tested:
//!
//! - `odc-no-total`: ODC pages answer `page.totalResults: null`.
//! - `odc-no-expires-in`: ODC token answers carry no `expires_in`.
//! - `vk-no-expires-in`: Valuekeep token answers carry no `expires_in`.
//! - `vk-status-names`: Valuekeep records carry `status` as a name
//!   (`"Active"`), and `$filter` compares it as one.
//! - `vk-relative-links`: every Valuekeep `nextPageLink` is root-relative.
//! - `vk-no-count`: Valuekeep lists answer no `count` (as
//!   `IAMCTL_SANDBOX_VALUEKEEP_COUNT=never`).
//! - `vk-no-skip`: Valuekeep ignores `$skip`; its `nextPageLink`s page with
//!   `$skiptoken` instead.
//! - `descope-no-total`: Descope searches answer no `total`.
//!
//! The platform modules ask at their render points (one line each).

use std::sync::OnceLock;

pub const ODC_NO_TOTAL: &str = "odc-no-total";
pub const ODC_NO_EXPIRES_IN: &str = "odc-no-expires-in";
pub const VK_NO_EXPIRES_IN: &str = "vk-no-expires-in";
pub const VK_STATUS_NAMES: &str = "vk-status-names";
pub const VK_RELATIVE_LINKS: &str = "vk-relative-links";
pub const VK_NO_COUNT: &str = "vk-no-count";
pub const VK_NO_SKIP: &str = "vk-no-skip";
pub const DESCOPE_NO_TOTAL: &str = "descope-no-total";

pub const ALL: &[&str] = &[
    ODC_NO_TOTAL,
    ODC_NO_EXPIRES_IN,
    VK_NO_EXPIRES_IN,
    VK_STATUS_NAMES,
    VK_RELATIVE_LINKS,
    VK_NO_COUNT,
    VK_NO_SKIP,
    DESCOPE_NO_TOTAL,
];

pub const ENV: &str = "IAMCTL_SANDBOX_VARIANT";

fn parse(s: &str) -> Vec<String> {
    s.split(',')
        .map(|v| v.trim().to_ascii_lowercase())
        .filter(|v| !v.is_empty())
        .collect()
}

static CHOSEN: OnceLock<Vec<String>> = OnceLock::new();

fn chosen() -> &'static [String] {
    CHOSEN.get_or_init(|| parse(&std::env::var(ENV).unwrap_or_default()))
}

/// Choose the variants (`iamctl sandbox --variant`) instead of the
/// environment; before the sandbox starts, once per process.
pub fn choose(names: &str) -> anyhow::Result<()> {
    let want = parse(names);
    if CHOSEN.get_or_init(|| want.clone()) != &want {
        anyhow::bail!("the sandbox variants were already chosen");
    }
    check()
}

/// Is this variant on?
pub fn on(name: &str) -> bool {
    chosen().iter().any(|v| v == name)
}

/// Refuse an unknown variant name before serving.
pub fn check() -> anyhow::Result<()> {
    if let Some(bad) = chosen().iter().find(|v| !ALL.contains(&v.as_str())) {
        anyhow::bail!("unknown sandbox variant {bad:?}: use {}", ALL.join(", "));
    }
    Ok(())
}

/// ODC: the total of a page, unless withheld.
pub fn odc_total(total: i32) -> Option<i32> {
    (!on(ODC_NO_TOTAL)).then_some(total)
}

/// ODC: a token's `expires_in`, unless withheld.
pub fn odc_expires_in(ttl: u64) -> Option<u64> {
    (!on(ODC_NO_EXPIRES_IN)).then_some(ttl)
}

/// Valuekeep: a token's `expires_in`, unless withheld.
pub fn vk_expires_in(ttl: u64) -> Option<u64> {
    (!on(VK_NO_EXPIRES_IN)).then_some(ttl)
}

/// Valuekeep: a status as the records carry it.
pub fn vk_status(n: i64) -> serde_json::Value {
    const NAMES: [&str; 4] = ["Active", "Inactive", "InvitationSent", "InvitationExpired"];
    match usize::try_from(n - 1).ok().and_then(|i| NAMES.get(i)) {
        Some(name) if on(VK_STATUS_NAMES) => serde_json::json!(name),
        _ => serde_json::json!(n),
    }
}

/// Valuekeep: is a `nextPageLink` absolute?
pub fn vk_absolute_links(default: bool) -> bool {
    default && !on(VK_RELATIVE_LINKS)
}

/// Valuekeep: is `count` withheld?
pub fn vk_no_count() -> bool {
    on(VK_NO_COUNT)
}

/// Valuekeep: the query option that skips records (`$skip` is ignored
/// under `vk-no-skip`).
pub fn vk_skip_param() -> &'static str {
    if on(VK_NO_SKIP) {
        "$skiptoken"
    } else {
        "$skip"
    }
}

/// Descope: a search's `total`, unless withheld.
pub fn descope_total(total: usize) -> Option<usize> {
    (!on(DESCOPE_NO_TOTAL)).then_some(total)
}

#[cfg(test)]
mod tests {
    #[test]
    fn parses_lists() {
        assert_eq!(
            super::parse(" vk-no-count, ODC-no-total,,"),
            ["vk-no-count", "odc-no-total"]
        );
    }
}
