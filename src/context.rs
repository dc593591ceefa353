//! What every command runs with: the chosen profile with its credentials,
//! the shared HTTP layer, the printer and the terminal.
//!
//! Precedence of settings: flags > environment (`IAMCTL_*`) > profile file.

use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use url::Url;

use crate::backend::Backend;
use crate::backend::odc::Odc;
use crate::builtin::RunningSandbox;
use crate::cli::{GlobalArgs, OutputFormat};
use crate::config::{ConfigFile, Kind, Profile};
use crate::error::{CliError, Result};
use crate::http::{Http, HttpOptions};
use crate::output::{JqFilter, Printer};
use crate::secrets::{Secret, SecretSource};
use crate::ui::Ui;

/// The built-in profiles: an in-process sandbox per platform.
pub const SANDBOX_PROFILE: &str = "sandbox";

pub struct Ctx {
    pub global: GlobalArgs,
    pub ui: Ui,
    pub printer: Printer,
    http: Option<Arc<Http>>,
    sandbox: Option<RunningSandbox>,
}

/// A profile with every override applied and its secret located.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub name: String,
    pub profile: Profile,
    /// Set when the environment (or the built-in sandbox) gives the secret
    /// itself; otherwise the profile's source is asked, lazily.
    pub secret: Option<Secret>,
    /// What cached tokens are filed under, when the address is not stable
    /// (the built-in sandbox moves port every run).
    pub cache_scope: Option<String>,
}

impl Ctx {
    pub fn new(global: GlobalArgs) -> Result<Ctx> {
        let jq = global.jq.as_deref().map(JqFilter::compile).transpose()?;
        if jq.is_some() && global.output == OutputFormat::Table
            || jq.is_some() && global.output == OutputFormat::Csv
        {
            return Err(
                CliError::usage("--jq works on JSON output").hint("add -o json or -o ndjson")
            );
        }
        let ui = Ui {
            quiet: global.quiet,
            yes: global.yes,
            no_input: global.no_input,
            json_errors: matches!(global.output, OutputFormat::Json | OutputFormat::Ndjson),
        };
        let printer = Printer::new(global.output, global.fields.clone(), jq);
        Ok(Ctx {
            global,
            ui,
            printer,
            http: None,
            sandbox: None,
        })
    }

    pub fn http(&mut self) -> Result<Arc<Http>> {
        if let Some(h) = &self.http {
            return Ok(h.clone());
        }
        let secs = |s: f64, flag: &str| {
            if s.is_finite() && s > 0.0 {
                Ok(Duration::from_secs_f64(s))
            } else {
                Err(CliError::usage(format!(
                    "{flag} must be a positive number of seconds"
                )))
            }
        };
        let h = Arc::new(Http::new(HttpOptions {
            timeout: secs(self.global.timeout, "--timeout")?,
            max_wait: secs(self.global.max_wait, "--max-wait")?,
            verbose: self.global.verbose,
        })?);
        self.http = Some(h.clone());
        Ok(h)
    }

    /// Resolve the profile the command runs against.
    pub async fn resolve(&mut self) -> Result<Resolved> {
        let name = self.global.profile.clone();
        if let Some(kind) = name.as_deref().and_then(builtin_kind) {
            return self.builtin_sandbox(kind).await;
        }
        let file = ConfigFile::load()?;
        let env_kind = env_var("IAMCTL_KIND");
        let (name, mut profile) = match name.or_else(|| file.default.clone()) {
            Some(n) => match file.profiles.get(&n) {
                Some(p) => (n, p.clone()),
                None if env_kind.is_some() => (n, env_profile(env_kind.as_deref())?),
                None => return Err(unknown_profile(&n, &file)),
            },
            None if env_kind.is_some() => ("env".to_string(), env_profile(env_kind.as_deref())?),
            None if file.profiles.len() == 1 => {
                let (n, p) = file.profiles.iter().next().unwrap();
                (n.clone(), p.clone())
            }
            None => {
                return Err(CliError::usage("no profile selected").hint(
                    "add one with `iamctl profile add NAME --kind odc --portal DOMAIN --client-id ID`, \
                     choose one with -p NAME, set IAMCTL_KIND/IAMCTL_PORTAL/IAMCTL_CLIENT_ID/IAMCTL_CLIENT_SECRET, \
                     or try the built-in sandbox with -p sandbox",
                ));
            }
        };
        if let Some(k) = env_kind.as_deref() {
            profile.kind = parse_kind(k)?;
        }
        apply_env(&mut profile);
        let secret = env_secret(profile.kind);
        Ok(Resolved {
            name,
            profile,
            secret,
            cache_scope: None,
        })
    }

    async fn builtin_sandbox(&mut self, kind: Kind) -> Result<Resolved> {
        crate::builtin::resolve(&mut self.sandbox, kind).await
    }

    /// The backend of the selected profile's platform.
    pub async fn backend(&mut self) -> Result<Box<dyn Backend>> {
        let resolved = self.resolve().await?;
        let http = self.http()?;
        match resolved.profile.kind {
            Kind::Odc => Ok(Box::new(Odc::new(http, &resolved, &self.global)?)),
            Kind::Valuekeep => crate::backend::valuekeep::connect(http, &resolved, &self.global),
            Kind::Descope => crate::backend::descope::connect(http, &resolved, &self.global),
        }
    }

    /// Stop the built-in sandbox (saving its state) and report costs.
    pub async fn finish(mut self) -> Result<()> {
        if let Some(h) = self.http.take() {
            h.report_stats();
        }
        if let Some(sb) = self.sandbox.take() {
            sb.shutdown()
                .await
                .map_err(|e| CliError::other(format!("cannot save the sandbox state: {e:#}")))?;
        }
        Ok(())
    }
}

/// The environment's overrides of a profile's fields.
fn apply_env(p: &mut Profile) {
    let fields: [(&str, &mut Option<String>); 9] = [
        ("IAMCTL_PORTAL", &mut p.portal),
        ("IAMCTL_CLIENT_ID", &mut p.client_id),
        ("IAMCTL_BASE_URL", &mut p.base_url),
        ("IAMCTL_TENANT", &mut p.tenant),
        ("IAMCTL_ORG", &mut p.org),
        ("IAMCTL_TOKEN_URL", &mut p.token_url),
        ("IAMCTL_SCOPE", &mut p.scope),
        ("IAMCTL_CLIENT_AUTH", &mut p.client_auth),
        ("IAMCTL_PROJECT_ID", &mut p.project_id),
    ];
    for (var, field) in fields {
        if let Some(v) = env_var(var) {
            *field = Some(v);
        }
    }
    // Descope users already have these set for the official SDKs.
    if p.kind == Kind::Descope {
        if p.project_id.is_none() {
            p.project_id = env_var("DESCOPE_PROJECT_ID");
        }
        if p.base_url.is_none() {
            p.base_url = env_var("DESCOPE_BASE_URL");
        }
    }
}

/// A secret given by the environment (the CI route).
fn env_secret(kind: Kind) -> Option<Secret> {
    let names: &[&str] = match kind {
        Kind::Descope => &["IAMCTL_MANAGEMENT_KEY", "DESCOPE_MANAGEMENT_KEY"],
        _ => &["IAMCTL_CLIENT_SECRET"],
    };
    names.iter().find_map(|n| env_var(n)).map(Secret::new)
}

/// The built-in profiles: one in-process sandbox serves all three platforms.
fn builtin_kind(name: &str) -> Option<Kind> {
    match name {
        SANDBOX_PROFILE => Some(Kind::Odc),
        "sandbox-valuekeep" => Some(Kind::Valuekeep),
        "sandbox-descope" => Some(Kind::Descope),
        _ => None,
    }
}

fn env_var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

fn parse_kind(k: &str) -> Result<Kind> {
    Kind::parse(k).ok_or_else(|| {
        CliError::usage(format!(
            "unknown platform kind {k:?}: use odc, valuekeep or descope"
        ))
    })
}

fn env_profile(kind: Option<&str>) -> Result<Profile> {
    let kind = parse_kind(kind.unwrap_or("odc"))?;
    let mut p = Profile::new(kind);
    p.secret = match kind {
        Kind::Descope => "env:IAMCTL_MANAGEMENT_KEY".into(),
        _ => "env:IAMCTL_CLIENT_SECRET".into(),
    };
    Ok(p)
}

fn unknown_profile(name: &str, file: &ConfigFile) -> CliError {
    let known: Vec<&str> = file.profiles.keys().map(String::as_str).collect();
    let err = CliError::usage(format!("unknown profile {name:?}"));
    if known.is_empty() {
        err.hint("no profiles are configured: add one with `iamctl profile add`, or use -p sandbox")
    } else {
        err.hint(format!(
            "known profiles: {} (and the built-in `sandbox`)",
            known.join(", ")
        ))
    }
}

impl Resolved {
    /// The secret: from the environment, else from where the profile keeps it.
    pub fn secret_fetcher(&self) -> Result<crate::auth::SecretFetcher> {
        if let Some(s) = self.secret.clone() {
            return Ok(Box::new(move || Ok(s.clone())));
        }
        let source = SecretSource::parse(&self.profile.secret)?;
        let name = self.name.clone();
        Ok(Box::new(move || source.fetch(&name)))
    }
}

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

/// How long the platform's rate window is, when requests to `target` are
/// paced at all: always against a real tenant (the vendor's limits), never
/// against loopback (the sandbox) unless `--rate`/`--rate-window` ask for
/// it, and never with `--rate 0`.
pub fn pacing_window(target: &Url, global: &GlobalArgs) -> Option<Duration> {
    let explicit = global.rate.is_some() || global.rate_window.is_some();
    if global.rate == Some(0) || (is_loopback(target) && !explicit) {
        return None;
    }
    let secs = global.rate_window.filter(|w| *w > 0.0).unwrap_or(60.0);
    Some(Duration::from_secs_f64(secs))
}

pub fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        Some(url::Host::Domain(d)) => d == "localhost",
        None => false,
    }
}
