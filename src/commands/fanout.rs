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
use crate::context::{Ctx, GlobalArgs};
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

/// Run the command of this process's command line on each of `profiles`.
pub async fn run(cli: Cli, profiles: Vec<String>) -> Result<()> {
    let global = cli.global;
    let writes = super::catalogue::writes(&invocation()?.1.command);
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
    if writes && !global.yes && !global.dry_run {
        // The plan: what each profile would do, shown first.
        ui.status(format!(
            "Planning on {} profiles: {}",
            profiles.len(),
            profiles.join(", ")
        ));
        let (plan, failed) = each(&profiles, &global, true).await?;
        print(&plan, &profiles, &global)?;
        if let Some(e) = failed {
            return Err(e.hint("nothing was changed: every profile must plan before any writes"));
        }
        ui.confirm(&format!(
            "carry out this plan on {} profiles ({})",
            profiles.len(),
            profiles.join(", ")
        ))?;
    }
    let (done, failed) = each(&profiles, &global, false).await?;
    print(&done, &profiles, &global)?;
    match failed {
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

/// Every profile's run, `AT_ONCE` at a time; their records gathered. The
/// error returned names the profiles that failed, with the worst exit code.
async fn each(
    profiles: &[String],
    global: &GlobalArgs,
    plan: bool,
) -> Result<(Gathering, Option<CliError>)> {
    let gathered = gather::gathering();
    let mut runs = futures::stream::iter(profiles.iter().cloned())
        .map(|profile| {
            let gathered = gathered.clone();
            async move {
                let result = one(
                    &profile,
                    gathered,
                    plan || global.dry_run,
                    global.yes || !plan,
                )
                .await;
                (profile, result)
            }
        })
        .buffer_unordered(AT_ONCE);
    let mut failures: Vec<(String, CliError)> = Vec::new();
    while let Some((profile, result)) = runs.next().await {
        if let Err(e) = result {
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
            failures.push((profile, e));
            if global.fail_fast {
                break;
            }
        }
    }
    drop(runs);
    if failures.is_empty() {
        return Ok((gathered, None));
    }
    let worst = failures
        .iter()
        .map(|(_, e)| e)
        .max_by_key(|e| e.exit_code())
        .map(|e| e.kind)
        .unwrap_or(crate::error::ErrorKind::Partial);
    // A usage error of one profile's run is its platform refusing the
    // command or a flag (the same line runs everywhere).
    let (refused, failed): (Vec<_>, Vec<_>) = failures
        .iter()
        .partition(|(_, e)| e.kind == crate::error::ErrorKind::Usage);
    let names = |of: &[&(String, CliError)]| -> String {
        of.iter()
            .map(|(p, _)| p.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let total = profiles.len();
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
    let stopped = if global.fail_fast && failures.len() < total {
        " (--fail-fast: the others were stopped)"
    } else {
        ""
    };
    Ok((
        gathered,
        Some(CliError::new(
            worst,
            format!("{}{stopped}", told.join("; ")),
        )),
    ))
}

/// One profile's run of the command, its records handed to `gathered`.
async fn one(profile: &str, gathered: Gathering, dry_run: bool, yes: bool) -> Result<()> {
    let (mut cli, invocation) = invocation()?;
    let g = &mut cli.global;
    g.profile = Some(profile.to_string());
    g.profiles = vec![profile.to_string()];
    g.all_profiles = false;
    g.jq = None;
    g.dry_run = dry_run;
    g.yes = yes;
    let mut ctx = Ctx::new(cli.global, invocation)?;
    ctx.printer.gather_into(gathered, profile);
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
    let jq = global
        .jq
        .as_deref()
        .map(crate::output::JqFilter::compile)
        .transpose()?;
    let mut printer = Printer::new(global.output, Vec::new(), jq);
    printer.set_wide(global.wide);
    gather::print(gathered, profiles, &mut printer)
}
