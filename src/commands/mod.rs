//! One module per command (or command group), each holding its clap
//! arguments and its logic. Commands return data through the printer;
//! they never print directly.

pub mod access;
pub mod api;
pub mod apply;
pub mod assumptions;
pub mod catalogue;
pub mod claim_mappings;
pub mod completions;
pub mod diff;
pub mod environment;
pub mod group_roles;
pub mod groups;
pub mod idps;
pub mod membership;
pub mod permissions;
pub mod profile;
pub mod role_permissions;
pub mod roles;
#[cfg(feature = "sandbox")]
pub mod sandbox;
pub mod scope;
pub mod tenants;
pub mod users;

use crate::cli::{Cli, Command};
use crate::context::Ctx;
use crate::error::Result;

pub async fn dispatch(cli: Cli, invocation: crate::invocation::Invocation) -> Result<()> {
    match cli.command {
        #[cfg(feature = "sandbox")]
        Command::Sandbox(args) => return sandbox::run(args).await,
        Command::Completions(args) => return completions::run(args),
        Command::Man(args) => return completions::man(args),
        Command::Environment(args) => return environment::run(args),
        Command::Assumptions(args) => return assumptions::run(args),
        Command::Commands(args) => return catalogue::run(args, &cli.global),
        _ => {}
    }
    let mut ctx = Ctx::new(cli.global, invocation)?;
    let checked = ctx.preflight().await;
    let result = if let Err(e) = checked {
        Err(e)
    } else {
        run(&mut ctx, cli.command).await
    };
    // What a --dry-run did not send is data, rendered like any output;
    // shown even when the run stopped early, as far as it got.
    let planned = ctx.dry_run.as_ref().map(|d| d.take()).unwrap_or_default();
    let shown = if planned.is_empty() {
        Ok(())
    } else {
        ctx.printer.dry_run(planned)
    };
    // Save sandbox state and report costs whatever happened.
    let finished = ctx.finish().await;
    result.and(shown).and(finished)
}

async fn run(ctx: &mut Ctx, command: Command) -> Result<()> {
    match command {
        Command::Users(c) => users::run(ctx, *c).await,
        Command::Groups(c) => groups::run(ctx, c).await,
        Command::Roles(c) => roles::run(ctx, c).await,
        Command::IdentityProviders(c) => idps::run(ctx, c).await,
        Command::Permissions(c) => permissions::run(ctx, c).await,
        Command::Tenants(c) => tenants::run(ctx, c).await,
        Command::Profile(c) => profile::run(ctx, c).await,
        Command::Api(a) => api::run(ctx, a).await,
        Command::Apply(a) => apply::run(ctx, a).await,
        Command::Access(c) => access::run(ctx, c).await,
        Command::Diff(a) => diff::run(ctx, a).await,
        #[cfg(feature = "sandbox")]
        Command::Sandbox(_) => unreachable!(),
        Command::Completions(_)
        | Command::Man(_)
        | Command::Environment(_)
        | Command::Assumptions(_)
        | Command::Commands(_) => unreachable!(),
    }
}

/// Outcome of one item of a multi-item command (delete, add, remove).
pub struct Outcomes {
    pub done: usize,
    pub failed: Vec<crate::error::CliError>,
}

impl Outcomes {
    pub fn new() -> Self {
        Outcomes {
            done: 0,
            failed: Vec::new(),
        }
    }

    /// One error if anything failed: the error itself for a single item,
    /// a partial failure (exit 7) when some of several failed.
    pub fn finish(mut self, ui: &crate::ui::Ui) -> Result<()> {
        match (self.failed.len(), self.done) {
            (0, _) => Ok(()),
            (1, 0) => Err(self.failed.remove(0)),
            (n, done) => {
                let all_same = self.failed.iter().all(|e| e.kind == self.failed[0].kind);
                for e in &self.failed {
                    ui.warn(e.to_string());
                }
                if done == 0 && all_same {
                    let kind = self.failed[0].kind;
                    return Err(crate::error::CliError::new(
                        kind,
                        format!("all {n} items failed"),
                    ));
                }
                Err(crate::error::CliError::new(
                    crate::error::ErrorKind::Partial,
                    format!("{n} of {} items failed", n + done),
                ))
            }
        }
    }
}

impl Default for Outcomes {
    fn default() -> Self {
        Self::new()
    }
}
