//! The command line as given: read against the command tree (`Cli`, the
//! root of the clap definitions, is in `commands`, with the arguments of
//! every command), and refused where clap cannot say so (blank names).

pub use crate::commands::{Cli, Command, command};

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
