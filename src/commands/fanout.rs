//! One command on several profiles: `-p a,b` (or `-p a -p b`) and
//! `--all-profiles`. Each profile runs the command as it would alone (its
//! own credentials, pacing and rate limits, its capability check), a few
//! at once; their records are printed together with `profile` first, and
//! the exit code is the worst of theirs. A profile that fails (one that
//! cannot authenticate, or refuses the command) is one record of its own
//! (its error), told on stderr too and counted; the others go on unless
//! `--fail-fast`. The closing error says which profiles failed and which
//! refused the command (a platform that cannot honour it).
//!
//! A write is planned on every profile first (a dry run, shown), then
//! confirmed once and carried out on each; `--yes` skips the plan.

use futures::StreamExt;

use super::{Cli, run_in};
use crate::config::ConfigFile;
use crate::context::{Ctx, GlobalArgs, SandboxSlot};
use crate::error::{CliError, Result};
use crate::output::Printer;
use crate::output::gather::{self, Gathering};

/// Profiles run at once.
const AT_ONCE: usize = 4;

/// The profiles this run names: several given, or every configured one.
/// None when the run is an ordinary one-profile run.
pub fn profiles(global: &GlobalArgs) -> Result<Option<Vec<String>>> {
    let mut names: Vec<String> = if global.all_profiles {
        let config = ConfigFile::load()?;
        if config.profiles.is_empty() {
            return Err(CliError::usage("--all-profiles: no profile is configured")
                .hint("add one with `iamctl profile add NAME`, or name the built-in sandboxes with -p"));
        }
        config.profiles.keys().cloned().collect()
    } else if global.profiles.len() > 1 {
        global.profiles.clone()
    } else {
        return Ok(None);
    };
    names.retain(|n| !n.trim().is_empty());
    let mut seen = std::collections::HashSet::new();
    names.retain(|n| seen.insert(n.clone()));
    Ok(Some(names))
}

/// Run the command of this process's command line on each of `profiles`,
/// the built-in sandbox (if any of them uses it) shared by all and
/// stopped at the end.
pub async fn run(cli: Cli, profiles: Vec<String>) -> Result<()> {
    let sandbox = SandboxSlot::default();
    let result = run_all(cli, profiles, &sandbox).await;
    let stopped = crate::context::stop_shared_sandbox(&sandbox).await;
    result.and(stopped)
}

async fn run_all(cli: Cli, profiles: Vec<String>, sandbox: &SandboxSlot) -> Result<()> {
    let mut global = cli.global;
    let given = invocation()?.1;
    // A plan file names one profile: several would write over each other.
    if let Some(f) = given
        .flags
        .iter()
        .find(|f| ["--plan", "--plan-out"].contains(&f.as_str()))
    {
        return Err(CliError::usage(format!(
            "{f} writes the plan of one profile; {} profiles were given",
            profiles.len()
        ))
        .hint("run it once per profile, each with its own file"));
    }
    // `--jq` reads JSON, as on one profile.
    if global.jq.is_some()
        && !matches!(
            global.output,
            crate::output::OutputFormat::Json | crate::output::OutputFormat::Ndjson
        )
    {
        global.output = crate::output::OutputFormat::Json;
    }
    let writes = super::catalogue::writes(&given.command);
    let ui = crate::ui::Ui {
        quiet: global.quiet,
        yes: global.yes,
        no_input: global.no_input,
        json_errors: matches!(
            global.output,
            crate::output::OutputFormat::Json | crate::output::OutputFormat::Ndjson
        ),
        prefix: String::new(),
    };
    let mut runnable = profiles.clone();
    // The profiles that could not plan: told at the end with the others.
    let mut unplanned: Vec<(String, CliError)> = Vec::new();
    if writes && !global.yes && !global.dry_run {
        // The plan: what each profile would do, shown first. A profile that
        // cannot plan (refused, not authenticated) is told and left out.
        ui.status(format!(
            "Planning on {} profiles: {}",
            profiles.len(),
            profiles.join(", ")
        ));
        let plan = each(&profiles, &global, true, sandbox).await?;
        print(&plan.gathered, &profiles, &global)?;
        runnable.retain(|p| !plan.failures.iter().any(|(q, _)| q == p));
        if runnable.is_empty() || (global.fail_fast && !plan.failures.is_empty()) {
            return match plan.verdict(profiles.len(), global.fail_fast) {
                Some(e) => Err(e.hint("nothing was changed")),
                None => Ok(()),
            };
        }
        let left_out = if plan.failures.is_empty() {
            String::new()
        } else {
            let names: Vec<&str> = plan.failures.iter().map(|(p, _)| p.as_str()).collect();
            format!(" (left out: {}, which could not plan)", names.join(", "))
        };
        let on = match runnable.as_slice() {
            [one] => format!("profile {one}"),
            all => format!("{} profiles ({})", all.len(), all.join(", ")),
        };
        ui.confirm(&format!("carry out this plan on {on}{left_out}"))?;
        unplanned = plan.failures;
    }
    let mut done = each(&runnable, &global, false, sandbox).await?;
    print(&done.gathered, &profiles, &global)?;
    done.failures.extend(unplanned);
    match done.verdict(profiles.len(), global.fail_fast) {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// The command line of this process, parsed again (one fresh parse a run).
fn invocation() -> Result<(Cli, crate::invocation::Invocation)> {
    let root = super::command();
    let matches = root
        .clone()
        .try_get_matches_from(std::env::args_os())
        .map_err(|e| CliError::usage(e.to_string()))?;
    let cli = <Cli as clap::FromArgMatches>::from_arg_matches(&matches)
        .map_err(|e| CliError::usage(e.to_string()))?;
    Ok((
        cli,
        crate::invocation::Invocation::from_matches(&root, &matches),
    ))
}

/// What the runs on several profiles gave: their records, the profiles
/// that failed (or refused the command), those that found changes
/// (`--detailed-exitcode`: not a failure), those `--fail-fast` kept from
/// starting.
#[derive(Default)]
struct Runs {
    gathered: Gathering,
    failures: Vec<(String, CliError)>,
    changes: Vec<String>,
    not_started: Vec<String>,
}

/// Every profile's run, `AT_ONCE` at a time; their records gathered. With
/// `--fail-fast`, a failure keeps the profiles not yet started from
/// starting; those under way finish (a write is never cut in the middle).
async fn each(
    profiles: &[String],
    global: &GlobalArgs,
    plan: bool,
    sandbox: &SandboxSlot,
) -> Result<Runs> {
    let gathered = gather::gathering();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let mut runs = futures::stream::iter(profiles.iter().cloned())
        .map(|profile| {
            let gathered = gathered.clone();
            let stop = stop.clone();
            let sandbox = sandbox.clone();
            async move {
                if stop.load(std::sync::atomic::Ordering::SeqCst) {
                    return (profile, None);
                }
                let result = one(
                    &profile,
                    gathered,
                    sandbox,
                    global.output,
                    plan || global.dry_run,
                    global.yes || !plan,
                )
                .await;
                (profile, Some(result))
            }
        })
        .buffer_unordered(AT_ONCE);
    let mut out = Runs {
        gathered: gathered.clone(),
        ..Runs::default()
    };
    while let Some((profile, result)) = runs.next().await {
        match result {
            None => out.not_started.push(profile),
            Some(Ok(())) => {}
            Some(Err(e)) if e.kind == crate::error::ErrorKind::Changes => out.changes.push(profile),
            Some(Err(e)) => {
                gathered
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .push_failure(&profile, &e, global.output);
                if !matches!(
                    global.output,
                    crate::output::OutputFormat::Json | crate::output::OutputFormat::Ndjson
                ) {
                    tell(&profile, &e);
                }
                out.failures.push((profile, e));
                if global.fail_fast {
                    stop.store(true, std::sync::atomic::Ordering::SeqCst);
                }
            }
        }
    }
    drop(runs);
    Ok(out)
}

impl Runs {
    /// The run's closing error: the worst failure's exit code, naming the
    /// profiles that failed and those that refused the command (a usage
    /// error of one profile's run is its platform refusing the command or
    /// a flag: the same line runs everywhere); else, with changes found
    /// (`--detailed-exitcode`), exit 10 naming where.
    fn verdict(&self, total: usize, fail_fast: bool) -> Option<CliError> {
        let names = |of: &[&(String, CliError)]| -> String {
            of.iter()
                .map(|(p, _)| p.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        if self.failures.is_empty() {
            return (!self.changes.is_empty()).then(|| {
                CliError::new(
                    crate::error::ErrorKind::Changes,
                    format!(
                        "changes on {} of {total} profiles: {}",
                        self.changes.len(),
                        self.changes.join(", ")
                    ),
                )
            });
        }
        let worst = self
            .failures
            .iter()
            .map(|(_, e)| e)
            .max_by_key(|e| e.exit_code())
            .map(|e| e.kind)
            .unwrap_or(crate::error::ErrorKind::Partial);
        let (refused, failed): (Vec<_>, Vec<_>) = self
            .failures
            .iter()
            .partition(|(_, e)| e.kind == crate::error::ErrorKind::Usage);
        let mut told = Vec::new();
        if !failed.is_empty() {
            told.push(format!(
                "{} of {total} profiles failed: {}",
                failed.len(),
                names(&failed)
            ));
        }
        if !refused.is_empty() {
            told.push(format!(
                "{} of {total} profiles refused the command: {}",
                refused.len(),
                names(&refused)
            ));
        }
        if fail_fast && !self.not_started.is_empty() {
            told.push(format!(
                "--fail-fast: not started on {}",
                self.not_started.join(", ")
            ));
        }
        Some(CliError::new(worst, told.join("; ")))
    }
}

/// One profile's run of the command, its records handed to `gathered`.
async fn one(
    profile: &str,
    gathered: Gathering,
    sandbox: SandboxSlot,
    output: crate::output::OutputFormat,
    dry_run: bool,
    yes: bool,
) -> Result<()> {
    let (mut cli, invocation) = invocation()?;
    let g = &mut cli.global;
    g.output = output;
    g.profile = Some(profile.to_string());
    g.profiles = vec![profile.to_string()];
    g.all_profiles = false;
    g.jq = None;
    g.dry_run = dry_run;
    g.yes = yes;
    let mut ctx = Ctx::new(cli.global, invocation)?;
    ctx.printer.gather_into(gathered, profile);
    ctx.share_sandbox(sandbox);
    ctx.ui.prefix = format!("{profile}: ");
    run_in(ctx, cli.command).await
}

/// A profile's failure on stderr, with its hints (JSON formats have it
/// whole in the profile's record on stdout).
fn tell(profile: &str, e: &CliError) {
    eprintln!("error: {profile}: {e}");
    for h in &e.shown_hints() {
        eprintln!("hint: {profile}: {h}");
    }
}

/// What the runs gathered, as one document on stdout.
fn print(gathered: &Gathering, profiles: &[String], global: &GlobalArgs) -> Result<()> {
    let command = invocation()?.1.command;
    let jq = global
        .jq
        .as_deref()
        .map(crate::output::JqFilter::compile)
        .transpose()?;
    let mut printer = Printer::new(global.output, Vec::new(), jq);
    printer.set_wide(global.wide);
    // A report's title: the command, every profile and its platform.
    let mut platforms: Vec<&str> = Vec::new();
    for k in profiles
        .iter()
        .filter_map(|p| crate::context::profile_kind(p))
    {
        let name = crate::backend::platform(k).caps.platform;
        if !platforms.contains(&name) {
            platforms.push(name);
        }
    }
    printer.describe(crate::output::document::About {
        command,
        profile: profiles.join(", "),
        platform: platforms.join(", "),
        generated: chrono::Utc::now().format("%Y-%m-%d %H:%M UTC").to_string(),
    });
    gather::print(gathered, profiles, &mut printer)
}
