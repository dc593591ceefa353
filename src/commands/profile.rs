//! `iamctl profile add|list|show|use|remove|test`

use std::io::Read;

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use crate::backend::PLATFORMS;
use crate::backend::platforms::{Answer, ProfileForm};
use crate::builtin::SANDBOX_PROFILE;
use crate::config::{ConfigFile, Kind, Profile};
use crate::context::Ctx;
use crate::error::{CliError, Result};
use crate::secrets::{self, Secret, SecretSource};
use crate::views;
use crate::views::View;

#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// Add or replace a profile; its secret goes to the OS keyring
    ///
    /// On a terminal, with the name, platform or coordinates left out, it
    /// asks for them one by one (the platform as a choice, again after a
    /// typo), asks where the secret lives, tries the credentials before
    /// saving, and ends with the same command without questions. Without a
    /// terminal (or with --no-input), what is missing is one usage error
    /// listing all of it.
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
    /// Name of the profile (asked on a terminal when left out)
    pub name: Option<String>,
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
    /// Save without trying the credentials first (the guided setup tries
    /// them, and saves a profile that failed only when told to)
    #[arg(long)]
    pub skip_test: bool,
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
        ProfileCommand::Add(a) => add(ctx, *a).await,
        ProfileCommand::List => list(ctx),
        ProfileCommand::Show(a) => show(ctx, a).await,
        ProfileCommand::Use(a) => use_profile(ctx, a),
        ProfileCommand::Remove(a) => remove(ctx, a),
        ProfileCommand::Test(a) => test(ctx, a).await,
    }
}

async fn add(ctx: &mut Ctx, args: AddArgs) -> Result<()> {
    let missing = missing_answers(&args);
    if !missing.is_empty() && ctx.ui.interactive() {
        return guided(ctx, args).await;
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
            args.name.as_deref().unwrap_or("NAME")
        )));
    }
    if !missing.is_empty() {
        return Err(CliError::usage(format!(
            "profile add: missing {}",
            missing.join(", ")
        ))
        .hint(
            "give them on the command line, or run `iamctl profile add` on a terminal to be asked \
             (no terminal here, or --no-input)",
        ));
    }
    let Some(name) = args.name.clone() else {
        return Err(CliError::usage("profile add: missing the profile's NAME"));
    };
    check_name(&name).map_err(CliError::usage)?;
    let args = AddArgs {
        name: Some(name),
        ..args
    };
    let name = args.name.clone().unwrap_or_default();
    let kind = match args.kind {
        Some(k) => k,
        None => {
            let k = ctx
                .ui
                .ask("--kind", &format!("Platform ({})", kind_names().join(", ")))?;
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
    let form = form(kind);
    for field in form.needs {
        let value = ask(given(&args, field.flag).clone(), field.flag, field.prompt)?;
        if field.answer == Answer::Portal {
            crate::http::origin::portal_url(&value)?;
        }
        *slot(&mut profile, field.flag) = Some(value);
    }
    for flag in form.optional {
        *slot(&mut profile, flag) = given(&args, flag).clone();
    }
    let secret_name = form.secret;
    if source == SecretSource::Keyring {
        let secret = if args.client_secret_stdin {
            read_secret_stdin()?
        } else {
            ctx.ui.ask_secret("--client-secret-stdin", secret_name)?
        };
        // Into the keyring first: if there is none, nothing is written.
        secrets::keyring_set(&secrets::secret_account(&name), &secret)?;
    } else if args.client_secret_stdin {
        return Err(CliError::usage(format!(
            "--client-secret-stdin stores into the keyring, but this profile reads its secret from {}",
            args.secret
        )));
    }
    let mut file = ConfigFile::load()?;
    file.profiles.insert(name.clone(), profile);
    // A replaced profile may point at another tenant: what the last
    // `profile test --deep` found is no longer known to hold.
    crate::assumptions::Observed::forget(&name);
    if args.default || file.default.is_none() {
        file.default = Some(name.clone());
    }
    file.save()?;
    ctx.ui.status(format!(
        "Saved profile {} in {}",
        name,
        crate::config::config_path()?.display()
    ));
    Ok(())
}

/// A profile name that can be saved: not empty, not a built-in one.
fn check_name(name: &str) -> std::result::Result<(), String> {
    if name.trim().is_empty() {
        return Err("a profile needs a name".into());
    }
    if name == SANDBOX_PROFILE || name.starts_with("sandbox-") {
        return Err(format!(
            "`{name}` is a built-in profile name; choose another"
        ));
    }
    if name.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!("{name:?}: a profile name has no spaces"));
    }
    Ok(())
}

/// What `profile add` cannot do without: the name, the platform and its
/// coordinates (the secret is asked for, or read from stdin, later).
fn missing_answers(args: &AddArgs) -> Vec<String> {
    let mut missing = Vec::new();
    if args.name.is_none() {
        missing.push("the profile's NAME".to_string());
    }
    match args.kind {
        None => {
            let names = kind_names();
            let (last, rest) = names.split_last().expect("platforms");
            let coordinates: Vec<String> = PLATFORMS
                .iter()
                .zip(&names)
                .map(|(p, name)| {
                    let flags: Vec<&str> = p.profile.needs.iter().map(|f| f.flag).collect();
                    format!("{name}: {}", flags.join(", "))
                })
                .collect();
            missing.push(format!(
                "--kind ({} or {last}) and its coordinates ({})",
                rest.join(", "),
                coordinates.join("; ")
            ));
        }
        Some(kind) => missing.extend(
            form(kind)
                .needs
                .iter()
                .filter(|f| given(args, f.flag).is_none())
                .map(|f| f.flag.to_string()),
        ),
    }
    missing
}

/// What a profile of this platform is made of.
fn form(kind: Kind) -> &'static ProfileForm {
    &crate::backend::platform(kind).profile
}

/// The platforms as `--kind` takes them: `odc`, `valuekeep`, `descope`.
fn kind_names() -> Vec<String> {
    PLATFORMS
        .iter()
        .map(|p| p.kind.name().to_lowercase())
        .collect()
}

/// What the command line gave for a profile's flag.
fn given<'a>(args: &'a AddArgs, flag: &str) -> &'a Option<String> {
    match flag {
        "--portal" => &args.portal,
        "--client-id" => &args.client_id,
        "--base-url" => &args.base_url,
        "--tenant" => &args.tenant,
        "--org" => &args.org,
        "--token-url" => &args.token_url,
        "--scope" => &args.scope,
        "--client-auth" => &args.client_auth,
        "--project-id" => &args.project_id,
        _ => unreachable!("no profile flag {flag}"),
    }
}

/// The profile's field a flag sets.
fn slot<'a>(p: &'a mut Profile, flag: &str) -> &'a mut Option<String> {
    match flag {
        "--portal" => &mut p.portal,
        "--client-id" => &mut p.client_id,
        "--base-url" => &mut p.base_url,
        "--tenant" => &mut p.tenant,
        "--org" => &mut p.org,
        "--token-url" => &mut p.token_url,
        "--scope" => &mut p.scope,
        "--client-auth" => &mut p.client_auth,
        "--project-id" => &mut p.project_id,
        _ => unreachable!("no profile field for {flag}"),
    }
}

/// `iamctl profile add` on a terminal: ask what is missing, as `gh auth
/// login` does, try the credentials, save, and say how to do the same
/// without questions.
async fn guided(ctx: &mut Ctx, args: AddArgs) -> Result<()> {
    use dialoguer::{Confirm, Input, Password, Select};
    let read = |e: dialoguer::Error| CliError::usage(format!("cannot read the answer: {e}"));
    let text = |given: Option<String>,
                prompt: &str,
                check: &dyn Fn(&str) -> std::result::Result<(), String>|
     -> Result<String> {
        if let Some(v) = given {
            check(&v).map_err(CliError::usage)?;
            return Ok(v);
        }
        Input::<String>::new()
            .with_prompt(prompt)
            .validate_with(|v: &String| check(v.trim()))
            .interact_text()
            .map(|v| v.trim().to_string())
            .map_err(read)
    };
    let filled = |v: &str| {
        if v.is_empty() {
            Err("an answer is needed".to_string())
        } else {
            Ok(())
        }
    };
    eprintln!("Adding a profile (nothing is saved before the end; Ctrl-C stops).");
    let name = text(args.name.clone(), "Profile name", &check_name)?;
    let kind = match args.kind {
        Some(k) => k,
        None => {
            let i = Select::new()
                .with_prompt("Platform")
                .items(PLATFORMS.iter().map(|p| p.profile.choice))
                .default(0)
                .interact()
                .map_err(read)?;
            PLATFORMS[i].kind
        }
    };
    let mut profile = Profile::new(kind);
    let url_check = |v: &str| -> std::result::Result<(), String> {
        url::Url::parse(v)
            .map_err(|e| format!("{v:?} is not a URL ({e}); e.g. https://HOST"))
            .map(|_| ())
    };
    let portal_check = |v: &str| -> std::result::Result<(), String> {
        crate::http::origin::portal_url(v)
            .map(|_| ())
            .map_err(|e| e.to_string())
    };
    let form = form(kind);
    for field in form.needs {
        let check: &dyn Fn(&str) -> std::result::Result<(), String> = match field.answer {
            Answer::Portal => &portal_check,
            Answer::Url => &url_check,
            Answer::Filled => &filled,
        };
        *slot(&mut profile, field.flag) =
            Some(text(given(&args, field.flag).clone(), field.guided, check)?);
    }
    for flag in form.optional {
        *slot(&mut profile, flag) = given(&args, flag).clone();
    }
    let what = form.secret.to_lowercase();
    // Where the secret lives: the keyring where there is one; else (or by
    // choice) a variable or a command, never a plain-text file.
    let keyring = secrets::keyring_usable();
    if !keyring {
        eprintln!(
            "No OS keyring on this machine, and iamctl never writes a secret in a file: \
             the {what} can come from an environment variable or from a command."
        );
    }
    let mut choices = Vec::new();
    if keyring {
        choices.push("the OS keyring (typed now, hidden)".to_string());
    }
    choices.push("an environment variable (env:VAR: set it in each shell or CI job)".to_string());
    choices
        .push("a command that prints it (cmd:COMMAND, e.g. a password manager's CLI)".to_string());
    let source = if args.client_secret_stdin {
        SecretSource::Keyring
    } else {
        let i = Select::new()
            .with_prompt(format!("Where does the {what} live?"))
            .items(&choices)
            .default(0)
            .interact()
            .map_err(read)?;
        let i = if keyring { i } else { i + 1 };
        match i {
            0 => SecretSource::Keyring,
            1 => {
                let suggested = format!(
                    "{}_{}",
                    name.to_uppercase()
                        .replace(|c: char| !c.is_ascii_alphanumeric(), "_"),
                    form.secret_var
                );
                let var = Input::<String>::new()
                    .with_prompt("Environment variable")
                    .default(suggested)
                    .validate_with(|v: &String| {
                        if !v.is_empty()
                            && v.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                            && !v.starts_with(|c: char| c.is_ascii_digit())
                        {
                            Ok(())
                        } else {
                            Err("letters, digits and _ only, not starting with a digit")
                        }
                    })
                    .interact_text()
                    .map_err(read)?;
                SecretSource::Env(var)
            }
            _ => SecretSource::Cmd(text(None, "Command (run without a shell)", &filled)?),
        }
    };
    profile.secret = match &source {
        SecretSource::Keyring => "keyring".to_string(),
        SecretSource::Env(v) => format!("env:{v}"),
        SecretSource::Cmd(c) => format!("cmd:{c}"),
    };
    let typed = match source {
        SecretSource::Keyring if args.client_secret_stdin => Some(read_secret_stdin()?),
        SecretSource::Keyring => Some(
            Password::new()
                .with_prompt(form.secret)
                .interact()
                .map(Secret::new)
                .map_err(read)?,
        ),
        _ => None,
    };
    if !args.skip_test {
        eprintln!("Trying the credentials...");
        let resolved = crate::config::Resolved {
            name: name.clone(),
            profile: profile.clone(),
            secret: typed.clone(),
            cache_scope: None,
        };
        let tried = async { ctx.backend_for(&resolved)?.authenticate().await }.await;
        match tried {
            Ok(()) => eprintln!("The credentials work."),
            Err(e) => {
                eprintln!("The credentials did not work: {e}");
                let save = Confirm::new()
                    .with_prompt("Save the profile anyway?")
                    .default(false)
                    .interact()
                    .map_err(read)?;
                if !save {
                    return Err(CliError::new(
                        crate::error::ErrorKind::Declined,
                        "profile not saved",
                    )
                    .hint("add --skip-test to save it untried, or fix the answers and run again"));
                }
            }
        }
    }
    if let Some(secret) = &typed {
        secrets::keyring_set(&secrets::secret_account(&name), secret)?;
    }
    let mut file = ConfigFile::load()?;
    file.profiles.insert(name.clone(), profile.clone());
    crate::assumptions::Observed::forget(&name);
    if args.default || file.default.is_none() {
        file.default = Some(name.clone());
    }
    file.save()?;
    ctx.ui.status(format!(
        "Saved profile {} in {}",
        name,
        crate::config::config_path()?.display()
    ));
    ctx.ui.status(format!(
        "The same without questions:\n  {}",
        equivalent_command(&name, &profile, args.default)
    ));
    Ok(())
}

/// The `iamctl profile add` line that makes `profile` (a keyring secret
/// piped in, never written out).
fn equivalent_command(name: &str, p: &Profile, default: bool) -> String {
    let q = |s: &str| {
        shlex::try_quote(s)
            .map(|c| c.into_owned())
            .unwrap_or_else(|_| s.to_string())
    };
    let mut line = String::new();
    if p.secret == "keyring" {
        line.push_str(&format!("printf %s \"${}\" | ", form(p.kind).secret_shell));
    }
    line.push_str(&format!(
        "iamctl profile add {} --kind {}",
        q(name),
        p.kind.name().to_lowercase()
    ));
    for (flag, v) in [
        ("--portal", &p.portal),
        ("--base-url", &p.base_url),
        ("--tenant", &p.tenant),
        ("--org", &p.org),
        ("--client-id", &p.client_id),
        ("--token-url", &p.token_url),
        ("--scope", &p.scope),
        ("--client-auth", &p.client_auth),
        ("--project-id", &p.project_id),
    ] {
        if let Some(v) = v {
            line.push_str(&format!(" {flag} {}", q(v)));
        }
    }
    if p.secret == "keyring" {
        line.push_str(" --client-secret-stdin");
    } else {
        line.push_str(&format!(" --secret {}", q(&p.secret)));
    }
    if default {
        line.push_str(" --default");
    }
    line
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
    crate::backend::platforms::forget_token(&p);
    crate::assumptions::Observed::forget(&name);
    if file.default.as_deref() == Some(&name) {
        file.default = None;
    }
    file.save()?;
    ctx.ui.status(format!("Removed profile {name}"));
    Ok(())
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
        // `=`: read as a name (a person reads these ids; see views::column_kind).
        ("ASSUMPTION", "=id"),
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
    use crate::backend::assumptions::{Observed, Verdict, report, rows};
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every flag a platform's profile is made of is a flag of `profile
    /// add` and a field of the profile.
    #[test]
    fn every_platform_flag_is_a_profile_field() {
        let args = AddArgs {
            name: None,
            kind: None,
            portal: None,
            client_id: None,
            base_url: None,
            tenant: None,
            org: None,
            token_url: None,
            scope: None,
            client_auth: None,
            project_id: None,
            secret: "keyring".into(),
            client_secret_stdin: false,
            skip_test: false,
            default: false,
        };
        for p in PLATFORMS {
            let mut profile = Profile::new(p.kind);
            let flags = p.profile.needs.iter().map(|f| f.flag);
            for flag in flags.chain(p.profile.optional.iter().copied()) {
                assert!(given(&args, flag).is_none());
                *slot(&mut profile, flag) = Some("x".into());
            }
        }
        assert_eq!(
            missing_answers(&args),
            [
                "the profile's NAME",
                "--kind (odc, valuekeep or descope) and its coordinates (odc: --portal, --client-id; \
                 valuekeep: --base-url, --tenant, --org, --client-id; descope: --project-id)"
            ]
        );
    }
}
