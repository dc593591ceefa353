//! Where credentials may travel: https, or plain http to this machine only.

use std::net::IpAddr;

use url::Url;

use crate::error::{CliError, Result};

/// Parse an ODC portal: a bare domain means https; a URL must be https
/// unless it points at this machine (the sandbox).
pub fn portal_url(portal: &str) -> Result<Url> {
    let text = if portal.contains("://") {
        portal.to_string()
    } else {
        format!("https://{portal}")
    };
    let url = Url::parse(&text)
        .map_err(|e| CliError::usage(format!("invalid portal {portal:?}: {e}")))?;
    require_secure(&url)?;
    Ok(url)
}

pub fn require_secure(url: &Url) -> Result<()> {
    match url.scheme() {
        "https" => Ok(()),
        "http" if is_loopback(url) => Ok(()),
        other => Err(CliError::usage(format!(
            "refusing {other}:// for {url}: credentials only travel over https (plain http is allowed for loopback addresses only)"
        ))),
    }
}

pub fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        Some(url::Host::Domain(d)) => d == "localhost",
        None => false,
    }
}
