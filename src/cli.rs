//! The command-line definition (clap): global flags and the command tree.
//! Each command's own arguments live beside its logic in `commands/`.

use clap::{Args, Parser, Subcommand};

use crate::commands::{access, diff};
use crate::commands::{
    api, apply, completions, environment, groups, idps, permissions, profile, roles, tenants, users,
};
use crate::output::OutputFormat;

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
    AccessKeys(crate::commands::access_keys::AccessKeysCommand),
    /// Audit trail: search it (Descope)
    #[command(subcommand)]
    Audit(crate::commands::audit::AuditCommand),
    /// SSO applications: list and show them (Descope)
    #[command(subcommand)]
    SsoApps(crate::commands::sso_apps::SsoAppsCommand),
    /// Stages: list them (ODC)
    #[command(subcommand)]
    Stages(crate::commands::discovery::StagesCommand),
    /// Apps: list the deployed apps and their stages (ODC)
    #[command(subcommand)]
    Apps(crate::commands::discovery::AppsCommand),
    /// Portfolios: list them (ODC)
    #[command(subcommand)]
    Portfolios(crate::commands::discovery::PortfoliosCommand),
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
    Sandbox(crate::builtin::SandboxArgs),
    /// Print a shell completion script
    Completions(completions::CompletionsArgs),
    /// The environment variables iamctl reads, and which wins
    // The text alone: `help environment` ends with its last variable, not
    // with the global options.
    #[command(long_about = environment::TEXT, help_template = "{about-with-newline}{after-help}")]
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

/// Positional arguments that name a user, group, role or other record:
/// none of them may be empty or blank. An empty key would address the
/// collection itself (`DELETE .../users/`), a blank one a record named
/// `%20`; ODC's routes refuse them, so every platform refuses them here,
/// before any request.
const NAMING_ARGS: &[&str] = &[
    "user",
    "users",
    "from",
    "to",
    "group",
    "groups",
    "role",
    "roles",
    "tenants",
    "apps",
    "idp",
    "mappings",
    "permission",
    "permissions",
];

/// Options that name a stage, app, group, role or tenant: the same rule.
const NAMING_OPTIONS: &[&str] = &[
    "stage",
    "app",
    "group",
    "role",
    "tenant",
    "from_stage",
    "to_stage",
    "logged_in_stage",
];

/// The first empty or blank name given to the command that runs.
pub fn refuse_blank_names(
    root: &clap::Command,
    matches: &clap::ArgMatches,
) -> Result<(), crate::error::CliError> {
    let mut path = Vec::new();
    let mut m = matches;
    let mut c = root;
    while let Some((name, sub)) = m.subcommand() {
        path.push(name.to_string());
        m = sub;
        let Some(next) = c.find_subcommand(name) else {
            break;
        };
        c = next;
        for arg in c.get_arguments() {
            let id = arg.get_id().as_str();
            let naming = if arg.is_positional() {
                NAMING_ARGS.contains(&id)
            } else {
                NAMING_OPTIONS.contains(&id)
            };
            if !naming {
                continue;
            }
            let Ok(Some(values)) = m.try_get_raw(id) else {
                continue;
            };
            for v in values {
                if v.to_string_lossy().trim().is_empty() {
                    let what = match id {
                        "user" | "users" | "from" | "to" => "user",
                        "group" | "groups" => "group",
                        "role" | "roles" => "role",
                        "from_stage" | "to_stage" | "logged_in_stage" => "stage",
                        other => other.trim_end_matches('s'),
                    };
                    let given = match arg.get_long() {
                        Some(long) if !arg.is_positional() => format!("--{long}"),
                        _ => format!("a {what} given"),
                    };
                    return Err(crate::error::CliError::usage(format!(
                        "`iamctl {}`: {given} is {}: it names no {what}",
                        path.join(" "),
                        if v.is_empty() { "empty" } else { "blank" }
                    ))
                    .hint(format!(
                        "give the {what}'s key or name (check the variable or file it came from)"
                    )));
                }
            }
        }
    }
    Ok(())
}
