//! The command-line definition (clap): global flags and the command tree.
//! Each command's own arguments live beside its logic in `commands/`.

use clap::{Args, Parser, Subcommand, ValueEnum};

#[cfg(feature = "sandbox")]
use crate::commands::sandbox;
use crate::commands::{access, diff};
use crate::commands::{
    api, apply, completions, environment, groups, idps, permissions, profile, roles, tenants, users,
};

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

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Table,
    Json,
    Ndjson,
    Csv,
    /// Tab-separated, one record a line, no quoting: tabs, newlines and
    /// backslashes in values are written `\t`, `\n`, `\\` (for cut/awk)
    Tsv,
}

#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Profile to use (`sandbox` is built in and needs no setup)
    #[arg(short = 'p', long, global = true, env = "IAMCTL_PROFILE",
          add = clap_complete::engine::ArgValueCandidates::new(crate::completion::profile_names))]
    pub profile: Option<String>,

    /// Output format
    #[arg(short = 'o', long, global = true, env = "IAMCTL_OUTPUT", value_enum, default_value_t = OutputFormat::Table)]
    pub output: OutputFormat,

    /// Only these fields (JSON field names, comma-separated)
    #[arg(long, global = true, value_delimiter = ',',
          add = clap_complete::engine::ArgValueCompleter::new(crate::completion::field_names))]
    pub fields: Vec<String>,

    /// Filter JSON output through a jq expression
    #[arg(long, global = true, value_name = "EXPR")]
    pub jq: Option<String>,

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
        value_name = "SECS"
    )]
    pub timeout: f64,

    /// Longest total time to spend waiting on retries (rate limits, 5xx) per request
    #[arg(
        long,
        global = true,
        env = "IAMCTL_MAX_WAIT",
        default_value_t = 120.0,
        value_name = "SECS"
    )]
    pub max_wait: f64,

    /// Client-side request budget per rate window, overriding the platform's
    /// published limit (0 = no pacing)
    #[arg(long, global = true, env = "IAMCTL_RATE", value_name = "REQUESTS")]
    pub rate: Option<u32>,

    /// Length in seconds of the platform's rate window ("a minute"); shrink it
    /// to rehearse against `iamctl sandbox --rate-window`
    #[arg(long, global = true, env = "IAMCTL_RATE_WINDOW", value_name = "SECS")]
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
    /// Tenants: list them (Descope)
    #[command(subcommand)]
    Tenants(tenants::TenantsCommand),
    /// Identity providers: where users sign in from (ODC, read-only)
    #[command(subcommand, visible_alias = "idps")]
    IdentityProviders(idps::IdpsCommand),
    /// Permissions: what organization roles are made of (ODC, read-only)
    #[command(subcommand)]
    Permissions(permissions::PermissionsCommand),
    /// Make users, their groups and roles match a YAML/JSON file (plan, then --yes)
    Apply(apply::ApplyArgs),
    /// Access review of the whole tenant: every user's access with its source, a role's holders
    #[command(subcommand)]
    Access(access::AccessCommand),
    /// Compare another profile's users and access with this one's, as a plan `apply` takes
    #[command(long_about = diff::ABOUT)]
    Diff(diff::DiffArgs),
    /// The runs that wrote, as the journal kept them for the profile
    History(crate::commands::history::HistoryArgs),
    /// Undo a run of the journal (default: the profile's last), after checking nothing changed since
    Undo(crate::commands::undo::UndoArgs),
    /// Profiles: where a platform is and how to authenticate to it
    #[command(subcommand)]
    Profile(profile::ProfileCommand),
    /// Make an authenticated raw API call (like `gh api`)
    Api(api::ApiArgs),
    /// Serve a local, stateful emulator of the vendors' APIs on 127.0.0.1
    #[cfg(feature = "sandbox")]
    Sandbox(sandbox::SandboxArgs),
    /// Print a shell completion script
    Completions(completions::CompletionsArgs),
    /// The environment variables iamctl reads, and which wins
    #[command(long_about = environment::TEXT)]
    Environment(environment::EnvironmentArgs),
    /// Every command with its arguments, flags, platforms and exit codes (for programs: -o json)
    Commands(crate::commands::catalogue::CommandsArgs),
    /// Write the man pages into a directory
    #[command(hide = true)]
    Man(completions::ManArgs),
    /// The unconfirmed vendor behaviours as Markdown (the README's lists)
    #[command(hide = true)]
    Assumptions(crate::commands::assumptions::AssumptionsArgs),
}

/// The command tree, with examples and exit codes in the long help.
pub fn command() -> clap::Command {
    crate::help::decorate(<Cli as clap::CommandFactory>::command())
}
