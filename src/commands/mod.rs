//! One module per command (or command group), each holding its clap
//! arguments and its logic. Commands return data through the printer;
//! they never print directly.

pub mod access;
pub mod access_keys;
pub mod api;
pub mod apply;
pub mod assumptions;
pub mod audit;
pub mod catalogue;
pub mod claim_mappings;
pub mod completions;
pub mod diff;
pub mod discovery;
pub mod environment;
pub mod group_roles;
pub mod groups;
pub mod history;
pub mod idps;
pub mod membership;
pub mod permissions;
pub mod profile;
pub mod role_permissions;
pub mod roles;
pub mod scope;
pub mod sso_apps;
pub mod tenants;
pub mod undo;
pub mod users;

use crate::cli::{Cli, Command};
use crate::context::Ctx;
use crate::error::Result;

pub async fn dispatch(cli: Cli, invocation: crate::invocation::Invocation) -> Result<()> {
    match cli.command {
        #[cfg(feature = "sandbox")]
        Command::Sandbox(args) => return crate::builtin::run(args).await,
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
    // The outcome records decide a write's exit code; an error the command
    // itself returned (it stopped) comes first.
    let outcomes = ctx.finish_outcomes();
    let result = result.and(outcomes);
    // stdout whole or empty: whatever stream a failure interrupted is
    // closed (a JSON array gets its `]`), or nothing is written.
    if result.is_err() {
        let _ = ctx.printer.abort();
    }
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
        Command::Stages(c) => discovery::stages(ctx, c).await,
        Command::AccessKeys(c) => access_keys::run(ctx, c).await,
        Command::Audit(c) => audit::run(ctx, c).await,
        Command::SsoApps(c) => sso_apps::run(ctx, c).await,
        Command::Apps(c) => discovery::apps(ctx, c).await,
        Command::Portfolios(c) => discovery::portfolios(ctx, c).await,
        Command::Profile(c) => profile::run(ctx, c).await,
        Command::Api(a) => api::run(ctx, a).await,
        Command::Apply(a) => apply::run(ctx, a).await,
        Command::Access(c) => access::run(ctx, c).await,
        Command::Diff(a) => diff::run(ctx, a).await,
        Command::History(a) => history::run(ctx, a).await,
        Command::Undo(a) => undo::run(ctx, a).await,
        #[cfg(feature = "sandbox")]
        Command::Sandbox(_) => unreachable!(),
        Command::Completions(_)
        | Command::Man(_)
        | Command::Environment(_)
        | Command::Assumptions(_)
        | Command::Commands(_) => unreachable!(),
    }
}
