//! One module per command (or command group), each holding its clap
//! arguments and its logic. Commands return data through the printer;
//! they never print directly.
//!
//! Here too is the root of the command tree, as in jj: `Cli` (the global
//! flags, `context::GlobalArgs`, and the `Command` given) and `command()`,
//! which `catalogue`, `completions` and the man pages walk.

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
pub mod fanout;
pub mod group_roles;
pub mod groups;
pub mod history;
pub mod idps;
pub mod membership;
pub mod permissions;
pub mod plan;
pub mod profile;
pub mod role_permissions;
pub mod roles;
pub mod scope;
pub mod sso_apps;
pub mod tenants;
pub mod undo;
pub mod users;

use clap::{Parser, Subcommand};

use crate::context::Ctx;
use crate::context::GlobalArgs;
use crate::error::Result;

#[derive(Debug, Parser)]
#[command(
    name = "iamctl",
    version,
    about = "Manage users, groups and roles on OutSystems Developer Cloud, Cegid Valuekeep and Descope",
    long_about = None,
    propagate_version = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Users: list, get, count, access, copy-access, lifecycle, create, invite, delete, set, patch, import, export, memberships, passwords, SSO apps
    #[command(subcommand)]
    Users(Box<users::UsersCommand>),
    /// Groups: list, get, create, update, delete, members, the roles a group grants, claim mappings
    #[command(subcommand)]
    Groups(groups::GroupsCommand),
    /// Roles: list, get, create, update, delete, their users, their permissions
    #[command(subcommand)]
    Roles(roles::RolesCommand),
    /// Tenants: list, get, create, update, delete, settings, default roles (Descope)
    #[command(subcommand)]
    Tenants(tenants::TenantsCommand),
    /// Identity providers: where users sign in from (ODC, read-only)
    #[command(subcommand, visible_alias = "idps")]
    IdentityProviders(idps::IdpsCommand),
    /// Permissions: what roles are made of (ODC: read-only; Descope: create, update, delete)
    #[command(subcommand)]
    Permissions(permissions::PermissionsCommand),
    /// Access keys: list, get, create (cleartext shown once), update, activate, deactivate, delete (Descope)
    #[command(subcommand)]
    AccessKeys(access_keys::AccessKeysCommand),
    /// Audit trail: search it (Descope)
    #[command(subcommand)]
    Audit(audit::AuditCommand),
    /// SSO applications: list and show them (Descope)
    #[command(subcommand)]
    SsoApps(sso_apps::SsoAppsCommand),
    /// Stages: list them (ODC)
    #[command(subcommand)]
    Stages(discovery::StagesCommand),
    /// Apps: list the deployed apps and their stages (ODC)
    #[command(subcommand)]
    Apps(discovery::AppsCommand),
    /// Portfolios: list them (ODC)
    #[command(subcommand)]
    Portfolios(discovery::PortfoliosCommand),
    /// Make users, their groups and roles match a YAML/JSON file (plan, then --yes)
    Apply(apply::ApplyArgs),
    /// Access review of the whole tenant: every user's access with its source, a role's holders
    #[command(subcommand)]
    Access(access::AccessCommand),
    /// Compare another profile's users and access with this one's, as a plan `apply` takes
    #[command(long_about = diff::ABOUT)]
    Diff(diff::DiffArgs),
    /// The runs that wrote, as the journal kept them for the profile
    History(history::HistoryArgs),
    /// Undo a run of the journal (default: the profile's last), after checking nothing changed since
    Undo(undo::UndoArgs),
    /// Profiles: where a platform is and how to authenticate to it
    #[command(subcommand)]
    Profile(profile::ProfileCommand),
    /// Make an authenticated raw API call (like `gh api`)
    Api(api::ApiArgs),
    /// Serve a local, stateful emulator of the vendors' APIs on 127.0.0.1
    #[cfg(feature = "sandbox")]
    Sandbox(crate::builtin::SandboxArgs),
    /// Print a shell completion script
    Completions(completions::CompletionsArgs),
    /// The environment variables iamctl reads, and which wins
    // The text alone: `help environment` ends with its last variable, not
    // with the global options.
    #[command(long_about = environment::TEXT, help_template = "{about-with-newline}{after-help}")]
    Environment(environment::EnvironmentArgs),
    /// Every command with its arguments, flags, platforms and exit codes (for programs: -o json)
    Commands(catalogue::CommandsArgs),
    /// Write the man pages into a directory
    #[command(hide = true)]
    Man(completions::ManArgs),
    /// The unconfirmed vendor behaviours as Markdown (the README's lists)
    #[command(hide = true)]
    Assumptions(assumptions::AssumptionsArgs),
}

/// The command tree, with examples and exit codes in the long help.
pub fn command() -> clap::Command {
    crate::help::decorate(<Cli as clap::CommandFactory>::command())
}

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
    if let Some(profiles) = fanout::profiles(&cli.global)? {
        return fanout::run(cli, profiles).await;
    }
    let ctx = Ctx::new(cli.global, invocation)?;
    run_in(ctx, cli.command).await
}

/// The command run in `ctx`: checked, run, its outcome records closed,
/// stdout left whole, the context finished.
pub(crate) async fn run_in(mut ctx: Ctx, command: Command) -> Result<()> {
    let checked = ctx.preflight().await;
    let result = if let Err(e) = checked {
        Err(e)
    } else {
        run(&mut ctx, command).await
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

#[cfg(test)]
mod tests {
    use crate::completion::parse_line;

    fn words(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_string).collect()
    }

    /// Completion reads the line being completed against this tree (handed
    /// down with `completion::read_against`).
    #[test]
    fn the_line_gives_the_profile_and_the_command() {
        let root = <super::Cli as clap::CommandFactory>::command();
        let l = parse_line(
            &root,
            &words("-o json -p sandbox-descope users list --status active --fields"),
        );
        assert_eq!(l.profile.as_deref(), Some("sandbox-descope"));
        assert_eq!(l.words, ["users", "list"]);
        let l = parse_line(&root, &words("--profile=vk groups members X"));
        assert_eq!(l.profile.as_deref(), Some("vk"));
        assert_eq!(l.words, ["groups", "members"]);
    }
}
