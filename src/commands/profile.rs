//! `iamctl profile add|list|show|use|remove|test`

use std::io::Read;

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use crate::config::{ConfigFile, Kind, Profile};
use crate::context::{Ctx, SANDBOX_PROFILE};
use crate::error::{CliError, Result};
use crate::output::View;
use crate::secrets::{self, Secret, SecretSource};
use crate::views;

#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// Add or replace a profile; its secret goes to the OS keyring
    Add(Box<AddArgs>),
    /// List profiles
    #[command(alias = "ls")]
    List,
    /// Show a profile (the selected one by default)
    Show(NameArg),
    /// Make a profile the default
    Use(NameArg),
    /// Remove a profile and its keyring secret
    #[command(alias = "rm")]
    Remove(NameArg),
    /// Fetch a token and make one cheap call; say what worked (--deep: check
    /// iamctl's unconfirmed assumptions against the tenant, read-only)
    Test(TestArgs),
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Name of the profile
    pub name: String,
    /// Platform
    #[arg(long, value_enum)]
    pub kind: Option<Kind>,
    /// ODC portal domain, e.g. acme.outsystems.app
    #[arg(long)]
    pub portal: Option<String>,
    /// OAuth client id of the API client
    #[arg(long)]
    pub client_id: Option<String>,
    /// Valuekeep, Descope: the API's base URL
    #[arg(long)]
    pub base_url: Option<String>,
    /// Valuekeep: tenant key
    #[arg(long)]
    pub tenant: Option<String>,
    /// Valuekeep: organization key
    #[arg(long)]
    pub org: Option<String>,
    /// Valuekeep: OAuth token URL (default: the PRIMAVERA identity server's /connect/token)
    #[arg(long)]
    pub token_url: Option<String>,
    /// Valuekeep: OAuth scope (default: application)
    #[arg(long)]
    pub scope: Option<String>,
    /// Valuekeep: how the client authenticates to the token URL: basic or post (default)
    #[arg(long, value_parser = ["basic", "post"])]
    pub client_auth: Option<String>,
    /// Descope: the project ID
    #[arg(long)]
    pub project_id: Option<String>,
    /// Where the secret lives: keyring, env:VAR, or cmd:COMMAND (run without a shell)
    #[arg(long, default_value = "keyring")]
    pub secret: String,
    /// Read the client secret (Descope: the management key) from stdin, for the keyring
    #[arg(long, alias = "management-key-stdin")]
    pub client_secret_stdin: bool,
    /// Make it the default profile
    #[arg(long)]
    pub default: bool,
}

#[derive(Debug, Args)]
pub struct TestArgs {
    /// Profile name (default: the selected profile)
    pub name: Option<String>,
    /// Check each assumption iamctl makes where the vendor's documents are
    /// silent against this tenant: GETs and searches only, never a write,
    /// at most 10 requests. Prints assumption, assumed, observed and a
    /// verdict (held, differs, could not tell), and keeps the findings for
    /// the profile (`observed/<profile>.json` in the config directory), which
    /// later commands adapt to. Exits 0 when the probe ran, also when some
    /// assumptions differ; `-o json` is a report with shapes and flags only,
    /// fit to attach to a bug report.
    #[arg(long)]
    pub deep: bool,
}

#[derive(Debug, Args)]
pub struct NameArg {
    /// Profile name (default: the selected profile)
    pub name: Option<String>,
}

const CHECK: View = View {
    noun: "checks",
    columns: &[("CHECK", "check"), ("RESULT", "result")],
    fields: &["check", "result"],
};

pub async fn run(ctx: &mut Ctx, cmd: ProfileCommand) -> Result<()> {
    match cmd {
        ProfileCommand::Add(a) => add(ctx, *a),
        ProfileCommand::List => list(ctx),
        ProfileCommand::Show(a) => show(ctx, a).await,
        ProfileCommand::Use(a) => use_profile(ctx, a),
        ProfileCommand::Remove(a) => remove(ctx, a),
        ProfileCommand::Test(a) => test(ctx, a).await,
    }
}

fn add(ctx: &mut Ctx, args: AddArgs) -> Result<()> {
    if args.name == SANDBOX_PROFILE || args.name.starts_with("sandbox-") {
        return Err(CliError::usage(format!(
            "`{}` is a built-in profile name; choose another",
            args.name
        )));
    }
    // Where the secret will live is settled before any question: no one
    // types a secret only to hear there is no keyring to keep it in.
    let source = SecretSource::parse(&args.secret)?;
    if source == SecretSource::Keyring && !secrets::keyring_usable() {
        return Err(CliError::auth(
            "no OS keyring is available on this machine, and iamctl never stores secrets in plain text",
        )
        .hint(format!(
            "keep the secret elsewhere: `iamctl profile add {} --secret env:VAR ...` (the variable holds it), \
             or `--secret 'cmd:COMMAND'` (a command that prints it, e.g. a password manager's CLI); \
             for one run, IAMCTL_CLIENT_SECRET / IAMCTL_MANAGEMENT_KEY need no profile at all",
            args.name
        )));
    }
    let kind = match args.kind {
        Some(k) => k,
        None => {
            let k = ctx.ui.ask("--kind", "Platform (odc, valuekeep, descope)")?;
            Kind::parse(&k)
                .ok_or_else(|| CliError::usage(format!("unknown platform kind {k:?}")))?
        }
    };
    let mut profile = Profile::new(kind);
    profile.secret = args.secret.clone();
    let ask = |given: Option<String>, flag: &str, prompt: &str| match given {
        Some(v) => Ok(v),
        None => ctx.ui.ask(flag, prompt),
    };
    match kind {
        Kind::Odc => {
            let portal = ask(args.portal, "--portal", "ODC portal domain")?;
            crate::http::origin::portal_url(&portal)?;
            profile.portal = Some(portal);
            profile.client_id = Some(ask(args.client_id, "--client-id", "Client id")?);
        }
        Kind::Valuekeep => {
            profile.base_url = Some(ask(args.base_url, "--base-url", "Valuekeep base URL")?);
            profile.tenant = Some(ask(args.tenant, "--tenant", "Tenant key")?);
            profile.org = Some(ask(args.org, "--org", "Organization key")?);
            profile.client_id = Some(ask(args.client_id, "--client-id", "Client id")?);
            profile.token_url = args.token_url;
            profile.scope = args.scope;
            profile.client_auth = args.client_auth;
        }
        Kind::Descope => {
            profile.project_id = Some(ask(args.project_id, "--project-id", "Descope project ID")?);
            profile.base_url = args.base_url;
        }
    }
    let secret_name = if kind == Kind::Descope {
        "Management key"
    } else {
        "Client secret"
    };
    if source == SecretSource::Keyring {
        let secret = if args.client_secret_stdin {
            read_secret_stdin()?
        } else {
            ctx.ui.ask_secret("--client-secret-stdin", secret_name)?
        };
        // Into the keyring first: if there is none, nothing is written.
        secrets::keyring_set(&secrets::secret_account(&args.name), &secret)?;
    } else if args.client_secret_stdin {
        return Err(CliError::usage(format!(
            "--client-secret-stdin stores into the keyring, but this profile reads its secret from {}",
            args.secret
        )));
    }
    let mut file = ConfigFile::load()?;
    file.profiles.insert(args.name.clone(), profile);
    // A replaced profile may point at another tenant: what the last
    // `profile test --deep` found is no longer known to hold.
    crate::assumptions::Observed::forget(&args.name);
    if args.default || file.default.is_none() {
        file.default = Some(args.name.clone());
    }
    file.save()?;
    ctx.ui.status(format!(
        "Saved profile {} in {}",
        args.name,
        crate::config::config_path()?.display()
    ));
    Ok(())
}

fn read_secret_stdin() -> Result<Secret> {
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s)?;
    let s = s.trim_end_matches(['\r', '\n']).to_string();
    if s.is_empty() {
        return Err(CliError::usage("no secret on stdin"));
    }
    Ok(Secret::new(s))
}

fn profile_json(name: &str, p: &Profile, default: bool) -> Value {
    let mut v = serde_json::to_value(p).unwrap_or_else(|_| json!({}));
    v["name"] = json!(name);
    v["default"] = json!(default);
    v
}

fn list(ctx: &mut Ctx) -> Result<()> {
    let file = ConfigFile::load()?;
    let rows = file
        .profiles
        .iter()
        .map(|(n, p)| profile_json(n, p, file.default.as_deref() == Some(n)));
    ctx.printer.list(views::PROFILE, rows)
}

async fn show(ctx: &mut Ctx, args: NameArg) -> Result<()> {
    if args.name.is_some() {
        ctx.global.profile = args.name;
    }
    let r = ctx.resolve().await?;
    let file = ConfigFile::load()?;
    let mut v = profile_json(
        &r.name,
        &r.profile,
        file.default.as_deref() == Some(&r.name),
    );
    if r.secret.is_some() {
        v["secret"] = json!("(given)");
    }
    ctx.printer.one(views::PROFILE, v)
}

fn use_profile(ctx: &mut Ctx, args: NameArg) -> Result<()> {
    let name = args
        .name
        .ok_or_else(|| CliError::usage("name the profile to use"))?;
    let mut file = ConfigFile::load()?;
    if !file.profiles.contains_key(&name) {
        return Err(CliError::usage(format!("unknown profile {name:?}")));
    }
    file.default = Some(name.clone());
    file.save()?;
    ctx.ui.status(format!("Default profile is now {name}"));
    Ok(())
}

fn remove(ctx: &mut Ctx, args: NameArg) -> Result<()> {
    let name = args
        .name
        .ok_or_else(|| CliError::usage("name the profile to remove"))?;
    let mut file = ConfigFile::load()?;
    let Some(p) = file.profiles.remove(&name) else {
        return Err(CliError::usage(format!("unknown profile {name:?}")));
    };
    ctx.ui.confirm(&format!("remove profile {name}"))?;
    if p.secret == "keyring" {
        // A missing keyring only means there is nothing to remove there.
        if let Err(e) = secrets::keyring_delete(&secrets::secret_account(&name)) {
            ctx.ui
                .warn(format!("could not remove the keyring secret: {e}"));
        }
    }
    forget_token(&p);
    crate::assumptions::Observed::forget(&name);
    if file.default.as_deref() == Some(&name) {
        file.default = None;
    }
    file.save()?;
    ctx.ui.status(format!("Removed profile {name}"));
    Ok(())
}

/// A removed profile's cached access token goes too.
fn forget_token(p: &Profile) {
    if let (Kind::Odc, Some(portal), Some(client)) = (p.kind, &p.portal, &p.client_id)
        && let Ok(url) = crate::http::origin::portal_url(portal)
        && let Ok(discovery) = crate::backend::odc::discovery_url(&url)
    {
        crate::auth::TokenProvider::forget(&discovery, client);
    }
}

async fn test(ctx: &mut Ctx, args: TestArgs) -> Result<()> {
    if let Some(name) = args.name {
        ctx.select_profile(name);
    }
    let backend = ctx.backend().await?;
    if args.deep {
        return deep(ctx, backend).await;
    }
    let mut rows = Vec::new();
    let outcome = async {
        backend.authenticate().await?;
        rows.push(json!({"check": "token", "result": "ok"}));
        let found = backend.probe().await?;
        rows.push(json!({"check": "API", "result": found}));
        Ok::<(), CliError>(())
    }
    .await;
    if let Err(e) = &outcome {
        rows.push(json!({"check": if rows.is_empty() { "token" } else { "API" }, "result": format!("failed: {e}")}));
    }
    ctx.printer.list(CHECK, rows)?;
    outcome
}

const ASSUMPTION: View = View {
    noun: "assumptions",
    columns: &[
        ("ASSUMPTION", "id"),
        ("ASSUMED", "assumed"),
        ("OBSERVED", "observed"),
        ("VERDICT", "verdict"),
    ],
    fields: &[
        "platform", "id", "assumed", "observed", "verdict", "fallback",
    ],
};

/// `profile test --deep`: the probe, its report, and the findings kept
/// for the profile.
async fn deep(ctx: &mut Ctx, backend: std::sync::Arc<dyn crate::backend::Backend>) -> Result<()> {
    use crate::assumptions::{Observed, Verdict, report, rows};
    backend.authenticate().await?;
    let found = backend.deep_probe().await?;
    let kind = backend.kind();
    let report = report(kind, &found);
    let name = ctx.profile_name.clone().unwrap_or_else(|| "env".into());
    let kept = Observed::new(kind, &report).save(&name)?;
    let file = kept
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    let count = |v: Verdict| report.iter().filter(|f| f.verdict == v).count();
    ctx.ui.status(format!(
        "{} held, {} differ, {} could not tell; kept for profile {name} (observed/{file} in the config directory)",
        count(Verdict::Held),
        count(Verdict::Differs),
        count(Verdict::CouldNotTell),
    ));
    ctx.printer.list(ASSUMPTION, rows(kind, &report))
}
