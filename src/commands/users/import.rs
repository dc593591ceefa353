//! `users import FILE`: validate every row, then create the valid ones in
//! batches (ODC: `POST /users/bulk`, Descope: `create/batch`, 100 per call;
//! Valuekeep: one by one), one NDJSON result per
//! row, resumable, stoppable with Ctrl-C.

use std::path::PathBuf;

use clap::Args;

use crate::commands::scope::RoleScopeArgs;

use crate::backend::Action;
use crate::bulk::input::{self, Format, Row};
use crate::bulk::results::{Counts, Results, RowResult, done_rows, proven_keys};
use crate::bulk::run;
use crate::context::Ctx;
use crate::error::{CliError, ErrorKind, Result};

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// CSV with a header row, a JSON array or NDJSON (`-` for stdin). Columns:
    /// email, name, active, photoUrl, groups, roles (lists `;`-separated in CSV;
    /// ODC references STAGE/GROUP, APP/STAGE/ROLE, org:ROLE); ODC builtinIdp;
    /// Descope loginId, phone, givenName, middleName, familyName, tenants
    /// (T1:RoleA,RoleB;T2), customAttributes (JSON), verifiedEmail, verifiedPhone;
    /// Valuekeep userKey, technician, status. key and lastLoginAt are ignored
    pub file: String,
    /// Input format (default: from the file's extension, else from its first character)
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Write one NDJSON result per row to FILE as rows complete (`-` for stdout)
    #[arg(long, value_name = "FILE")]
    pub results: Option<PathBuf>,
    /// Skip the rows this results file of an earlier run records as done
    /// (resuming into the same file as --results appends to it)
    #[arg(long, value_name = "RESULTS")]
    pub resume: Option<PathBuf>,
    /// Check every row and send nothing
    #[arg(long)]
    pub validate_only: bool,
    /// Batches in flight at once (they share one rate budget)
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub concurrency: u16,
    /// Where the group and role names of the file live (ODC)
    #[command(flatten)]
    pub scope: RoleScopeArgs,
}

pub async fn run(ctx: &mut Ctx, args: ImportArgs) -> Result<()> {
    let parsed = input::read(&args.file, args.format)?;
    let total = parsed.len();
    // A column the platform cannot set stops the run before anything is
    // sent (checked with --validate-only too, when a profile is at hand).
    match ctx.backend().await {
        Ok(b) => input::check_columns(
            parsed.iter().filter_map(|p| p.as_ref().ok()),
            b.capabilities(),
            "users import",
        )?,
        Err(e) if !args.validate_only => return Err(e),
        Err(_) => {}
    }
    let same_file = match (&args.resume, &args.results) {
        (Some(a), Some(b)) => {
            a == b
                || std::fs::canonicalize(a)
                    .ok()
                    .is_some_and(|a| std::fs::canonicalize(b).ok() == Some(a))
        }
        _ => false,
    };
    let (done, known) = match &args.resume {
        Some(p) => (done_rows(p)?, proven_keys(p)),
        None => Default::default(),
    };
    let results = Results::open(args.results.as_deref(), same_file)?.quiet_failures();
    crate::cancel::cooperate();

    let mut todo: Vec<Row> = Vec::new();
    for p in parsed {
        match p {
            Err(bad) => results.write(&RowResult::invalid(&bad))?,
            Ok(row) => {
                let previous = done.get(&row.n).filter(|(id, _)| {
                    id.as_deref()
                        .is_some_and(|id| id.eq_ignore_ascii_case(&row.email))
                });
                match previous {
                    // Resuming into the same results file: the row is there
                    // already, so it is counted and recorded, not written.
                    Some((_, key)) if same_file => {
                        results.count(Action::Skipped);
                        let mut r = RowResult::from_outcome(
                            row.n,
                            &row.email,
                            crate::backend::RowOutcome::new(Action::Skipped, key.clone(), None),
                        );
                        r.message = Some("done in an earlier run".into());
                        ctx.record(r.outcome())?;
                    }
                    Some((_, key)) => {
                        let mut r = RowResult::from_outcome(
                            row.n,
                            &row.email,
                            crate::backend::RowOutcome::new(Action::Skipped, key.clone(), None),
                        );
                        r.message = Some("done in an earlier run".into());
                        results.write(&r)?;
                    }
                    None => todo.push(row),
                }
            }
        }
    }
    if args.validate_only || ctx.global.dry_run {
        // Nothing is written: the invalid rows are told, not recorded.
        for o in results.take_records() {
            if o.result.is_trouble() {
                ctx.ui.warn(format!(
                    "{}: {}",
                    o.target.label(),
                    o.detail.as_deref().unwrap_or("invalid")
                ));
            }
        }
        let c = results.counts();
        ctx.ui.status(format!(
            "Checked {total} rows: {} valid, {} invalid{}; nothing sent",
            todo.len(),
            c.failed,
            if c.skipped > 0 {
                format!(", {} done earlier", c.skipped)
            } else {
                String::new()
            },
        ));
        return finish(c, total, 0, &results, &args.file);
    }
    let scope = args.scope.scope();
    let backend = ctx.backend().await?;
    let b = backend.as_ref();
    let names = run::resolve(b, &todo, &scope).await?;
    let mut send = Vec::with_capacity(todo.len());
    for row in todo {
        match names.refusal(&row) {
            Some((code, msg)) => results.write(&RowResult {
                row: row.n,
                identity: Some(row.email.clone()),
                action: Action::Failed,
                key: None,
                status: None,
                error_code: Some(code.into()),
                message: Some(msg),
                trace_id: None,
            })?,
            None => send.push(row),
        }
    }
    let bar = run::progress(send.len(), ctx.ui.quiet);
    let not_started = run::create_rows_known(
        b,
        send,
        &names,
        &scope,
        args.concurrency as usize,
        &results,
        &bar,
        known,
    )
    .await?;
    bar.finish_and_clear();
    let c = results.counts();
    // One outcome record per row that went (the summary and the exit code
    // come from them); a run cut short says how far it got.
    for o in results.take_records() {
        ctx.record(o)?;
    }
    if not_started > 0 {
        ctx.ui.status(format!(
            "Went through {} of {total} rows, {not_started} not started",
            c.total()
        ));
    }
    if let Some(p) = &results.path {
        ctx.ui.status(format!("Results in {}", p.display()));
    }
    finish(c, total, not_started, &results, &args.file)
}

/// The command that finishes the run, ready to paste: the same file,
/// recording into and resuming from the same results file.
fn resume_command(file: &str, results: &std::path::Path) -> String {
    let q = |s: &str| {
        shlex::try_quote(s)
            .map(|c| c.into_owned())
            .unwrap_or_else(|_| s.to_string())
    };
    let r = q(&results.display().to_string());
    format!("iamctl users import {} --results {r} --resume {r}", q(file))
}

fn finish(
    c: Counts,
    total: usize,
    not_started: usize,
    results: &Results,
    file: &str,
) -> Result<()> {
    results.sync()?;
    if not_started > 0 || crate::cancel::is_cancelled() && c.total() < total {
        let mut e = CliError::new(
            ErrorKind::Interrupted,
            format!("interrupted: {not_started} rows not started"),
        );
        if let Some(p) = &results.path {
            e = e.hint(format!("to finish: {}", resume_command(file, p)));
        }
        return Err(e);
    }
    if c.not_done() > 0 {
        let mut e = CliError::new(ErrorKind::Partial, c.trouble(total));
        if let Some(p) = &results.path {
            e = e.hint(format!(
                "those rows are in {} (action \"failed\" or \"partial\"); fix them, then: {}",
                p.display(),
                resume_command(file, p)
            ));
        }
        return Err(e);
    }
    Ok(())
}
