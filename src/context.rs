//! What every command runs with: the chosen profile with its credentials,
//! the shared HTTP layer, the printer and the terminal.
//!
//! Precedence of settings: flags > environment (`IAMCTL_*`) > profile file.

use std::sync::Arc;

use clap::Args;

use crate::backend::Backend;
use crate::backend::ClientOptions;
use crate::backend::odc::Odc;
use crate::builtin::RunningSandbox;
use crate::config::Resolved;
use crate::config::{ConfigFile, Kind, Profile};
use crate::error::{CliError, Result};
use crate::http::{DryRun, Http, HttpOptions};
use crate::invocation::Invocation;
use crate::output::{JqFilter, OutputFormat, Printer};
use crate::secrets::Secret;
use crate::ui::Ui;

// The global flags (clap), which the context is built from.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Profile to use (`sandbox` is built in and needs no setup); several
    /// (comma-separated or repeated) run the command on each
    #[arg(id = "profile", short = 'p', long = "profile", global = true, env = "IAMCTL_PROFILE",
          value_name = "PROFILE", value_delimiter = ',', action = clap::ArgAction::Append,
          add = clap_complete::engine::ArgValueCandidates::new(crate::completion::profile_names))]
    pub profiles: Vec<String>,

    /// Run the command on every configured profile
    #[arg(long, global = true, conflicts_with = "profile")]
    pub all_profiles: bool,

    /// With several profiles: stop at the first that fails
    #[arg(long, global = true)]
    pub fail_fast: bool,

    /// The one profile this run uses (the only one given, or one of several
    /// in a run on each).
    #[arg(skip)]
    pub profile: Option<String>,

    /// Output format
    #[arg(short = 'o', long, global = true, env = "IAMCTL_OUTPUT", value_enum, default_value_t = OutputFormat::Table,
          add = clap_complete::engine::ArgValueCandidates::new(crate::completion::output_formats))]
    pub output: OutputFormat,

    /// Only these fields (JSON field names, comma-separated)
    #[arg(long, global = true, value_delimiter = ',',
          add = clap_complete::engine::ArgValueCompleter::new(crate::completion::field_names))]
    pub fields: Vec<String>,

    /// Filter JSON output through a jq expression
    #[arg(long, global = true, value_name = "EXPR")]
    pub jq: Option<String>,

    /// Tables: every column, keys included, whatever the terminal's width
    #[arg(long, global = true, env = "IAMCTL_WIDE")]
    pub wide: bool,

    /// Never prompt; fail instead when input is missing
    #[arg(long, global = true, env = "IAMCTL_NO_INPUT")]
    pub no_input: bool,

    /// Answer yes to confirmations (required for destructive commands without a terminal)
    #[arg(short = 'y', long, global = true, env = "IAMCTL_YES")]
    pub yes: bool,

    /// Print the requests a mutating command would send, and send none
    #[arg(long, global = true)]
    pub dry_run: bool,

    /// Say less on stderr
    #[arg(short = 'q', long, global = true, env = "IAMCTL_QUIET")]
    pub quiet: bool,

    /// Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted
    #[arg(short = 'v', long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// Seconds before one HTTP request times out
    #[arg(
        long,
        global = true,
        env = "IAMCTL_TIMEOUT",
        default_value_t = 30.0,
        value_parser = crate::duration::any_seconds,
        value_name = "SECS"
    )]
    pub timeout: f64,

    /// Longest total time to spend waiting on retries (rate limits, 5xx) per request
    #[arg(
        long,
        global = true,
        env = "IAMCTL_MAX_WAIT",
        default_value_t = 120.0,
        value_parser = crate::duration::any_seconds,
        value_name = "SECS"
    )]
    pub max_wait: f64,

    /// Client-side request budget per rate window, overriding the platform's
    /// published limit (0 = no pacing)
    #[arg(long, global = true, env = "IAMCTL_RATE", value_name = "REQUESTS")]
    pub rate: Option<u32>,

    /// Length in seconds of the platform's rate window ("a minute"); shrink it
    /// to rehearse against `iamctl sandbox --rate-window`
    #[arg(
        long,
        global = true,
        env = "IAMCTL_RATE_WINDOW",
        value_name = "SECS",
        value_parser = crate::duration::any_seconds
    )]
    pub rate_window: Option<f64>,

    /// Look stage, app, group and role names up afresh instead of using the
    /// ones resolved in the last 10 minutes
    #[arg(long, global = true, env = "IAMCTL_REFRESH")]
    pub refresh: bool,

    /// Keep no journal of this run's writes (also IAMCTL_NO_JOURNAL=1, e.g.
    /// in an ephemeral CI job): `history` and `undo` will not know it
    #[arg(long, global = true)]
    pub no_journal: bool,
}

pub struct Ctx {
    pub global: GlobalArgs,
    /// The command and flags given: checked against the platform's
    /// capabilities before the backend is handed out.
    pub invocation: Invocation,
    /// `--dry-run`: the writes not sent, rendered by the command layer
    /// (`commands::dispatch`) when the command ends.
    pub dry_run: Option<Arc<DryRun>>,
    /// Built once, after its capability check.
    backend: Option<Arc<dyn Backend>>,
    pub ui: Ui,
    pub printer: Printer,
    http: Option<Arc<Http>>,
    sandbox: Option<RunningSandbox>,
    /// The built-in sandbox of a run on several profiles: one for all of
    /// them (each its own would save over the others' state), stopped by
    /// that run when every profile is done.
    shared_sandbox: Option<SandboxSlot>,
    /// The name of the profile the backend was built for (`env` for the
    /// environment route): where `profile test --deep` keeps its findings.
    pub profile_name: Option<String>,
    /// Where the profile's tenant is (`backend::platforms::tenant_of`),
    /// once connected: what a saved plan records besides the profile.
    pub tenant: Option<String>,
    /// The outcome records of this run's writes (`crate::outcome`), and
    /// the errors of those that failed, for the verdict.
    outcomes: Vec<crate::outcome::Outcome>,
    outcome_errors: Vec<CliError>,
    /// Table mode: the lines of failed records, told once the verdict is
    /// known (a lone failure is told by its error alone).
    failed_lines: Vec<String>,
    /// `undo`: the run this one undoes, kept in its journal entry.
    pub undo_of: Option<String>,
}

impl Ctx {
    pub fn new(global: GlobalArgs, invocation: Invocation) -> Result<Ctx> {
        let mut global = global;
        // Errors as JSON when the user asked for JSON, not when --jq did.
        let json_errors = matches!(global.output, OutputFormat::Json | OutputFormat::Ndjson);
        let jq = global.jq.as_deref().map(JqFilter::compile).transpose()?;
        // `--jq` implies JSON, as in gh; a text format with it is a contradiction.
        if jq.is_some() {
            match global.output {
                OutputFormat::Table => global.output = OutputFormat::Json,
                OutputFormat::Csv | OutputFormat::Tsv => {
                    return Err(CliError::usage("--jq filters JSON, not CSV or TSV")
                        .hint("leave out -o, or use -o json or -o ndjson"));
                }
                OutputFormat::Json | OutputFormat::Ndjson => {}
                OutputFormat::Html | OutputFormat::Markdown => {
                    return Err(CliError::usage("--jq filters JSON, not HTML or Markdown")
                        .hint("leave out -o, or use -o json or -o ndjson"));
                }
            }
        }
        if global.output.is_document() {
            let format = if global.output == OutputFormat::Html {
                "html"
            } else {
                "markdown"
            };
            // A plan only (`--dry-run`, or `apply --plan-out`, which
            // changes nothing) may be a Markdown document.
            let plans_only = global.dry_run || invocation.flags.iter().any(|f| f == "--plan-out");
            crate::output::document::check(format, &invocation.command, plans_only)?;
        }
        let ui = Ui {
            quiet: global.quiet,
            yes: global.yes,
            no_input: global.no_input,
            json_errors,
            prefix: String::new(),
        };
        let mut printer = Printer::new(global.output, global.fields.clone(), jq);
        printer.set_wide(global.wide);
        let dry_run = global.dry_run.then(Arc::default);
        Ok(Ctx {
            global,
            invocation,
            dry_run,
            backend: None,
            ui,
            printer,
            http: None,
            sandbox: None,
            shared_sandbox: None,
            tenant: None,
            profile_name: None,
            outcomes: Vec::new(),
            outcome_errors: Vec::new(),
            failed_lines: Vec::new(),
            undo_of: None,
        })
    }

    pub fn http(&mut self) -> Result<Arc<Http>> {
        if let Some(h) = &self.http {
            return Ok(h.clone());
        }
        let secs = crate::duration::seconds;
        // Checked here too although only the backends read it: every
        // duration is refused (or taken) before anything is sent.
        if let Some(w) = self.global.rate_window {
            secs(w, "--rate-window")?;
        }
        let h = Arc::new(Http::new(HttpOptions {
            timeout: secs(self.global.timeout, "--timeout")?,
            max_wait: secs(self.global.max_wait, "--max-wait")?,
            verbose: self.global.verbose,
            quiet: self.global.quiet,
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
        let env_kind = env_var("IAMCTL_KIND");
        // The environment route with no profile named: the environment
        // alone, the file not even read (nothing borrowed from its default).
        if name.is_none() && env_kind.is_some() {
            let mut profile = env_profile(env_kind.as_deref())?;
            apply_env(&mut profile);
            let secret = env_secret(profile.kind);
            return Ok(Resolved {
                name: "env".to_string(),
                profile,
                secret,
                cache_scope: None,
            });
        }
        let file = ConfigFile::load()?;
        let (name, mut profile) = match name.or_else(|| file.default.clone()) {
            Some(n) => match file.profiles.get(&n) {
                Some(p) => {
                    if let Some(k) = env_kind.as_deref()
                        && parse_kind(k)? != p.kind
                    {
                        return Err(CliError::usage(format!(
                            "IAMCTL_KIND={k} contradicts profile {n:?}, which is {}",
                            p.kind.name()
                        ))
                        .hint(format!(
                            "unset IAMCTL_KIND to use profile {n:?}, or leave out -p/IAMCTL_PROFILE to use the environment alone"
                        )));
                    }
                    (n, p.clone())
                }
                None if env_kind.is_some() => (n, env_profile(env_kind.as_deref())?),
                None => return Err(unknown_profile(&n, &file)),
            },
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
        match &self.shared_sandbox {
            Some(slot) => crate::builtin::resolve(&mut *slot.lock().await, kind).await,
            None => crate::builtin::resolve(&mut self.sandbox, kind).await,
        }
    }

    /// Use `slot`'s built-in sandbox (started there on first use) instead
    /// of one of this command's own.
    pub fn share_sandbox(&mut self, slot: SandboxSlot) {
        self.shared_sandbox = Some(slot);
    }

    /// The backend of the selected profile's platform, once the command
    /// and its flags have passed the platform's capability check: what a
    /// platform cannot honour is refused here, before any request.
    pub async fn backend(&mut self) -> Result<Arc<dyn Backend>> {
        if let Some(b) = &self.backend {
            return Ok(b.clone());
        }
        let backend = self.connect().await?;
        let caps = backend.capabilities();
        caps.check(&self.invocation.command, &self.invocation.flags)?;
        self.printer.use_statuses(caps);
        self.describe_output(caps.platform);
        self.backend = Some(backend.clone());
        Ok(backend)
    }

    /// What an HTML or Markdown report names in its title: the command,
    /// the profile and platform it ran on, and when.
    fn describe_output(&mut self, platform: &str) {
        self.printer.describe(crate::output::document::About {
            command: self.invocation.command.clone(),
            profile: self.profile_name.clone().unwrap_or_default(),
            platform: platform.to_string(),
            generated: chrono::Utc::now().format("%Y-%m-%d %H:%M UTC").to_string(),
        });
    }

    /// Use profile `name` from here on (`profile test NAME`): whatever was
    /// connected before is let go.
    pub fn select_profile(&mut self, name: String) {
        if self.global.profile.as_deref() != Some(name.as_str()) {
            self.backend = None;
            self.profile_name = None;
        }
        self.global.profile = Some(name);
    }

    /// Before a table of `view` whose columns show names by key (`=key`:
    /// ODC's stages and apps): those names, one listing of each, through
    /// the name cache. Names that cannot be had leave the keys shown.
    pub async fn load_names(&mut self, view: crate::views::View) -> Result<()> {
        if !self.printer.wants_names(view) {
            return Ok(());
        }
        let backend = self.backend().await?;
        if let Ok(places) = backend.export_places().await {
            self.printer
                .use_names(places.stages.into_iter().chain(places.apps));
        }
        Ok(())
    }

    /// Check the command and its flags against the platform before the
    /// command runs (before it prompts, reads files or sends anything).
    /// A profile that cannot be resolved here is left for the command to
    /// report, so that work needing no platform (`--validate-only`) runs.
    pub async fn preflight(&mut self) -> Result<()> {
        let c = self.invocation.command.as_str();
        // `profile test NAME` connects NAME itself, not the selected
        // profile; `history` reads the journal of this machine.
        if c.starts_with("profile ") || c == "history" {
            return Ok(());
        }
        match self.connect().await {
            Ok(backend) => {
                let caps = backend.capabilities();
                caps.check(&self.invocation.command, &self.invocation.flags)?;
                self.printer.use_statuses(caps);
                self.describe_output(caps.platform);
                self.backend = Some(backend);
                Ok(())
            }
            Err(_) => Ok(()),
        }
    }

    /// A second platform to read from (`diff --from PROFILE`): a profile of
    /// the file, as written there (no `IAMCTL_*` override of its
    /// coordinates, which belong to the profile the command runs against),
    /// its secret from where the profile keeps it. Shares the HTTP layer,
    /// so `-v` counts its requests too. Read-only: never a dry-run log.
    pub async fn other_backend(&mut self, name: &str) -> Result<Arc<dyn Backend>> {
        let file = ConfigFile::load()?;
        let profile = file
            .profiles
            .get(name)
            .cloned()
            .ok_or_else(|| unknown_profile(name, &file))?;
        let resolved = Resolved {
            name: name.to_string(),
            profile,
            secret: None,
            cache_scope: None,
        };
        self.backend_for(&resolved)
    }

    /// A backend for a profile given whole (`profile add` trying the
    /// credentials before it saves them): nothing is read from the file.
    pub fn backend_for(&mut self, resolved: &Resolved) -> Result<Arc<dyn Backend>> {
        let name = &resolved.name;
        let http = self.http()?;
        let opts = ClientOptions {
            dry_run: None,
            rate: self.global.rate,
            rate_window: self.global.rate_window,
            refresh_names: self.global.refresh,
            // The source profile's own findings: it adapts as it would
            // when run on its own.
            observed: crate::assumptions::Observed::load(name, resolved.profile.kind).map(Arc::new),
        };
        Ok(match resolved.profile.kind {
            Kind::Odc => Arc::new(Odc::new(http, resolved, &opts)?),
            Kind::Valuekeep => crate::backend::valuekeep::connect(http, resolved, &opts)?.into(),
            Kind::Descope => crate::backend::descope::connect(http, resolved, &opts)?.into(),
        })
    }

    async fn connect(&mut self) -> Result<Arc<dyn Backend>> {
        let resolved = self.resolve().await?;
        let http = self.http()?;
        let opts = ClientOptions {
            dry_run: self.dry_run.clone(),
            rate: self.global.rate,
            rate_window: self.global.rate_window,
            refresh_names: self.global.refresh,
            observed: crate::assumptions::Observed::load(&resolved.name, resolved.profile.kind)
                .map(Arc::new),
        };
        let backend: Arc<dyn Backend> = match resolved.profile.kind {
            Kind::Odc => Arc::new(Odc::new(http, &resolved, &opts)?),
            Kind::Valuekeep => crate::backend::valuekeep::connect(http, &resolved, &opts)?.into(),
            Kind::Descope => crate::backend::descope::connect(http, &resolved, &opts)?.into(),
        };
        self.profile_name = Some(resolved.name.clone());
        self.tenant = crate::backend::platforms::tenant_of(&resolved);
        // Where the tenant was seen to differ and there is no second path,
        // the commands depending on it say so, once.
        if let Some(o) = &opts.observed {
            for w in o.warnings(
                resolved.profile.kind,
                &self.invocation.command,
                &self.invocation.flags,
            ) {
                self.ui.warn(w);
            }
        }
        Ok(backend)
    }

    /// One outcome record of a write, as the change ends: printed at once
    /// (machine formats: stdout; a table: a line on stderr) and kept for
    /// the summary, the exit code and the journal. Under `--dry-run` a
    /// record of a write becomes `planned`, carrying (in machine formats)
    /// the requests it would have sent.
    pub fn record(&mut self, o: crate::outcome::Outcome) -> Result<()> {
        self.push_outcome(o, None)
    }

    /// A change that failed, with its error (the record's detail is the
    /// error's message when the command gave none).
    pub fn record_failed(&mut self, mut o: crate::outcome::Outcome, e: CliError) -> Result<()> {
        o.result = crate::outcome::Res::Failed;
        if o.detail.is_none() {
            o.detail = Some(e.to_string());
        }
        self.push_outcome(o, Some(e))
    }

    /// A create whose answer carries a secret shown once (an access key's
    /// cleartext): the secret goes to stdout only, beside the record
    /// (JSON, NDJSON: the record's `field`; the columnar formats: a
    /// one-row `view` holding it), never into the journal, which keeps the record alone.
    pub fn record_revealing(
        &mut self,
        o: crate::outcome::Outcome,
        view: crate::views::View,
        shown: serde_json::Value,
        field: &str,
        secret: &crate::secrets::Secret,
    ) -> Result<()> {
        // Columnar formats write the view's columns: the secret is one.
        if !matches!(
            self.printer.format(),
            OutputFormat::Json | OutputFormat::Ndjson
        ) {
            self.ui.status(o.sentence());
            let mut row = shown;
            row[field] = serde_json::json!(secret.expose());
            self.printer.one(view, row)?;
        } else {
            let mut v = o.to_printed();
            v[field] = serde_json::json!(secret.expose());
            self.printer.stream(crate::views::OUTCOME, v)?;
        }
        self.outcomes.push(o);
        Ok(())
    }

    fn push_outcome(&mut self, mut o: crate::outcome::Outcome, e: Option<CliError>) -> Result<()> {
        use crate::outcome::Res;
        if self.global.dry_run && (o.result.wrote() || o.result == Res::Planned) {
            o.result = Res::Planned;
            o.before = None;
        }
        if let Some(e) = e {
            self.outcome_errors.push(e);
        }
        if self.printer.format() == OutputFormat::Table {
            let line = o.sentence();
            if o.result.is_trouble() {
                self.failed_lines.push(line);
            } else {
                self.ui.status(line);
            }
        } else {
            let mut v = o.to_printed();
            if let (Some(d), serde_json::Value::Object(m)) = (&self.dry_run, &mut v) {
                // The requests of this change: those naming its item (or,
                // without one, its target); what names neither stays for
                // the records after it (and, left over, ends the stream).
                let requests = match &o.change.item {
                    Some(item) => d.take_naming(&item.key),
                    None => d.take_naming(&o.target.key),
                };
                if !requests.is_empty() {
                    m.insert("requests".into(), serde_json::Value::Array(requests));
                }
            }
            self.printer.stream(crate::views::OUTCOME, v)?;
        }
        self.outcomes.push(o);
        Ok(())
    }

    /// The records of this run so far.
    pub fn outcomes(&self) -> &[crate::outcome::Outcome] {
        &self.outcomes
    }

    /// The end of a run that wrote: the records' stream closed, the
    /// summary (when there were several), the journal entry (real writes
    /// only), and the verdict — the one place exit codes of writes come
    /// from.
    pub fn finish_outcomes(&mut self) -> Result<()> {
        use crate::outcome::{Tally, verdict};
        if self.outcomes.is_empty() {
            return Ok(());
        }
        // Requests sent after the last record (none, usually) join the
        // same stream, so that a dry run prints one document.
        if self.printer.format() != OutputFormat::Table
            && let Some(d) = &self.dry_run
        {
            for request in d.take() {
                self.printer.stream(crate::views::OUTCOME, request)?;
            }
        }
        self.printer.end_stream()?;
        let tally = Tally::of(&self.outcomes);
        let lone_failure = tally.total() == 1 && self.outcome_errors.len() == 1;
        if !lone_failure {
            for line in std::mem::take(&mut self.failed_lines) {
                self.ui.warn(line);
            }
        }
        if tally.total() > 1 {
            let head = if self.global.dry_run {
                "Dry run"
            } else {
                "Done"
            };
            self.ui.status(format!("{head}: {}", tally.summary()));
        }
        if !self.global.dry_run
            && !self.global.no_journal
            && !crate::journal::disabled_by_env()
            && self.outcomes.iter().any(|o| o.result.wrote())
        {
            let now = chrono::Utc::now();
            let run = crate::journal::Run {
                id: crate::journal::new_id(now),
                time: now,
                profile: self
                    .profile_name
                    .clone()
                    .unwrap_or_else(|| "default".into()),
                platform: self
                    .backend
                    .as_ref()
                    .map(|b| b.kind().name().to_string())
                    .unwrap_or_default(),
                command: crate::journal::redacted_command_line(std::env::args()),
                undo_of: self.undo_of.clone(),
                records: self.outcomes.clone(),
            };
            if let Err(e) = crate::journal::append(&run) {
                self.ui.warn(format!(
                    "{e} (the changes were made; `history` and `undo` will not know them)"
                ));
            }
        }
        verdict(&tally, std::mem::take(&mut self.outcome_errors))
    }

    /// Stop the built-in sandbox (saving its state) and report costs.
    pub async fn finish(mut self) -> Result<()> {
        match self.http.take() {
            Some(h) => h.report_stats(),
            // Nothing was sent (e.g. refused before any request): say so,
            // so that a trace always ends with its request count.
            None if self.global.verbose > 0 => {
                eprintln!("* 0 requests, 0 retries, 0 answered 429")
            }
            None => {}
        }
        if let Some(sb) = self.sandbox.take() {
            sb.shutdown()
                .await
                .map_err(|e| CliError::other(format!("cannot save the sandbox state: {e:#}")))?;
        }
        Ok(())
    }
}

/// A built-in sandbox shared by the runs of one command on several
/// profiles.
pub type SandboxSlot = std::sync::Arc<tokio::sync::Mutex<Option<RunningSandbox>>>;

/// Stop a shared built-in sandbox (saving its state), if one was started.
pub async fn stop_shared_sandbox(slot: &SandboxSlot) -> Result<()> {
    if let Some(sb) = slot.lock().await.take() {
        sb.shutdown()
            .await
            .map_err(|e| CliError::other(format!("cannot save the sandbox state: {e:#}")))?;
    }
    Ok(())
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
    // A blank one is not a secret: the profile's source then says so.
    names
        .iter()
        .find_map(|n| env_var(n).filter(|v| !v.trim().is_empty()))
        .map(Secret::new)
}

/// The platform profile `name` is of (a built-in or a configured one).
pub fn profile_kind(name: &str) -> Option<Kind> {
    builtin_kind(name).or_else(|| {
        crate::config::ConfigFile::load()
            .ok()?
            .profiles
            .get(name)
            .map(|p| p.kind)
    })
}

/// The built-in profiles: one in-process sandbox serves all three platforms.
fn builtin_kind(name: &str) -> Option<Kind> {
    match name {
        crate::builtin::SANDBOX_PROFILE => Some(Kind::Odc),
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
    let mut known: Vec<&str> = file.profiles.keys().map(String::as_str).collect();
    known.extend(crate::builtin::BUILTIN_PROFILES);
    let err = CliError::usage(format!("unknown profile {name:?}"));
    let close = known
        .iter()
        .filter(|k| similar(name, k))
        .copied()
        .collect::<Vec<_>>();
    let err = match close.first() {
        Some(k) => err.hint(format!("did you mean `{k}`?")),
        None => err,
    };
    if file.profiles.is_empty() {
        err.hint(format!(
            "no profiles are configured: add one with `iamctl profile add`; built in: {}",
            crate::builtin::BUILTIN_PROFILES.join(", ")
        ))
    } else {
        err.hint(format!("profiles: {}", known.join(", ")))
    }
}

/// Close enough to be a typo: one edit apart (or two for longer names),
/// or one a prefix of the other.
fn similar(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    if a.is_empty() || a == b {
        return false;
    }
    if b.starts_with(&a) || a.starts_with(&b) || b.ends_with(&a) {
        return true;
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()] <= if a.len().max(b.len()) > 6 { 2 } else { 1 }
}
