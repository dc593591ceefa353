//! Dynamic completion (`source <(COMPLETE=bash iamctl)`): values the
//! static scripts cannot know. Nothing here sends a request: a key press
//! reads the config file and the name cache at most.
//!
//! - profile names (the config file's and the built-in ones);
//! - `--fields`: the fields of what *this* command prints, on the platform
//!   of the selected profile (`-p`, `IAMCTL_PROFILE`, the file's default,
//!   `IAMCTL_KIND`); every platform's when that cannot be told;
//! - `--status`, `--sort`: the shared names and the platform's own;
//! - `--stage`, `--app`, group and role names: the ones in the name cache
//!   (listed or resolved by an earlier command in the last ten minutes).
//!
//! The command line being completed is this process's own arguments (the
//! shell runs `iamctl -- iamctl ARGS...` in completion mode), read against
//! the command tree the entry point hands down (`read_against`): the tree
//! is assembled above this module, whose completers its flags name.

use std::ffi::OsStr;

use clap_complete::engine::CompletionCandidate;

use crate::backend::capabilities::Capabilities;
use crate::config::Kind;
use crate::views::View;
use crate::views::Views;

/// Profiles in the config file, and the built-in ones.
pub fn profile_names() -> Vec<CompletionCandidate> {
    let mut names: Vec<CompletionCandidate> = crate::config::ConfigFile::load()
        .map(|f| f.profiles.into_keys().collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .map(CompletionCandidate::new)
        .collect();
    for b in crate::builtin::BUILTIN_PROFILES {
        names.push(CompletionCandidate::new(b).help(Some("built-in sandbox".into())));
    }
    names
}

/// What the command line being completed says so far.
#[derive(Debug, Default)]
pub(crate) struct Line {
    /// The profile named with `-p`/`--profile`.
    pub(crate) profile: Option<String>,
    /// The command words (`users`, `list`).
    pub(crate) words: Vec<String>,
}

/// The command tree lines are read against (`read_against`).
static TREE: std::sync::OnceLock<fn() -> clap::Command> = std::sync::OnceLock::new();

/// Read completion lines against the tree `tree` builds (`main_entry`
/// hands it down before completing).
pub fn read_against(tree: fn() -> clap::Command) {
    let _ = TREE.set(tree);
}

/// Read the line from `args` (the words after the program's name).
pub(crate) fn parse_line(root: &clap::Command, args: &[String]) -> Line {
    let mut line = Line::default();
    let mut cmd = root;
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        i += 1;
        if a == "--" {
            break;
        }
        if let Some(rest) = a.strip_prefix("--") {
            let (name, inline) = match rest.split_once('=') {
                Some((n, v)) => (n, Some(v.to_string())),
                None => (rest, None),
            };
            let takes = takes_value(cmd, root, |arg| arg.get_long() == Some(name));
            let value = match inline {
                Some(v) => Some(v),
                None if takes => {
                    i += 1;
                    args.get(i - 1).cloned()
                }
                None => None,
            };
            if name == "profile" {
                line.profile = value;
            }
        } else if let Some(rest) = a.strip_prefix('-').filter(|r| !r.is_empty()) {
            let Some(c) = rest.chars().next() else {
                continue;
            };
            let takes = takes_value(cmd, root, |arg| arg.get_short() == Some(c));
            let value = if !takes {
                None
            } else if rest.len() > 1 {
                Some(rest[c.len_utf8()..].to_string())
            } else {
                i += 1;
                args.get(i - 1).cloned()
            };
            if c == 'p' {
                line.profile = value;
            }
        } else if let Some(sub) = cmd.find_subcommand(a) {
            line.words.push(sub.get_name().to_string());
            cmd = sub;
        }
    }
    line
}

/// Does the option `which` picks (on `cmd`, or a global one) take a value?
fn takes_value(
    cmd: &clap::Command,
    root: &clap::Command,
    which: impl Fn(&clap::Arg) -> bool,
) -> bool {
    cmd.get_arguments()
        .chain(root.get_arguments())
        .find(|a| which(a))
        .is_some_and(|a| a.get_action().takes_values())
}

/// The command line of this completion request.
fn this_line() -> Line {
    let args: Vec<String> = std::env::args().collect();
    // `iamctl -- iamctl ARGS...`: after the separator, after the name.
    let rest: Vec<String> = match args.iter().position(|a| a == "--") {
        Some(i) => args[i + 1..].iter().skip(1).cloned().collect(),
        None => args.iter().skip(1).cloned().collect(),
    };
    let root = TREE
        .get()
        .map_or_else(|| clap::Command::new("iamctl"), |tree| tree());
    parse_line(&root, &rest)
}

/// The platform of the profile the line selects, if the config file (or
/// the environment) tells it without a request.
fn platform(line: &Line) -> Option<Kind> {
    let file = crate::config::ConfigFile::load().ok();
    let name = line
        .profile
        .clone()
        .or_else(|| {
            std::env::var("IAMCTL_PROFILE")
                .ok()
                .filter(|p| !p.is_empty())
        })
        .or_else(|| file.as_ref().and_then(|f| f.default.clone()));
    match name.as_deref() {
        Some("sandbox") => Some(Kind::Odc),
        Some("sandbox-valuekeep") => Some(Kind::Valuekeep),
        Some("sandbox-descope") => Some(Kind::Descope),
        Some(n) => file.and_then(|f| f.profiles.get(n).map(|p| p.kind)),
        None => std::env::var("IAMCTL_KIND")
            .ok()
            .and_then(|k| Kind::parse(&k))
            .or_else(|| {
                let f = file?;
                (f.profiles.len() == 1).then(|| f.profiles.values().next().map(|p| p.kind))?
            }),
    }
}

fn views_of(kind: Kind) -> &'static Views {
    crate::backend::platform(kind).views
}

fn caps_of(kind: Kind) -> &'static Capabilities {
    crate::backend::platform(kind).caps
}

/// What a command prints, on a platform (None: not known here).
fn view_of(words: &[String], kind: Kind) -> Option<View> {
    let views = views_of(kind);
    let records = crate::backend::platform(kind);
    let w: Vec<&str> = words.iter().map(String::as_str).collect();
    Some(match w.as_slice() {
        ["users", "groups", ..] => views.user_group,
        ["users", "roles", ..] => views.user_role,
        ["users", "tenants", ..] => views.group,
        ["users", "access", ..] => crate::views::ACCESS,
        ["users", "sso-apps", ..] => records.view("user-sso-apps"),
        ["users", ..] => views.user,
        ["groups", "members", ..] => views.group_member,
        ["groups", "roles", ..] => views.role,
        ["groups", "claim-mappings", ..] => records.view("claim-mappings"),
        ["groups", ..] => views.group,
        ["roles", "users", ..] => views.role_user,
        ["roles", "permissions", ..] => records.view("role-permissions"),
        ["roles", ..] => views.role,
        ["tenants", ..] => records.view("tenants"),
        ["permissions", ..] => records.view("permissions"),
        ["identity-providers", ..] => records.view("identity-providers"),
        ["access", "holders", ..] => crate::views::ROLE_HOLDERS,
        ["access", ..] => crate::views::ACCESS_REPORT,
        ["diff", ..] => crate::views::DRIFT,
        ["profile", ..] => crate::views::PROFILE,
        _ => return None,
    })
}

/// Every field of the kinds of records of `views`.
fn all_fields(views: &Views, out: &mut Vec<&'static str>) {
    for v in [
        views.user,
        views.user_group,
        views.user_role,
        views.group,
        views.group_member,
        views.role,
        views.role_user,
    ] {
        out.extend(v.fields.iter().copied());
    }
}

/// The fields `--fields` may name here: this command's on this platform;
/// every field of the platform, or of every platform, when unknown.
fn fields_for(line: &Line) -> Vec<&'static str> {
    let kind = platform(line);
    let mut fields: Vec<&'static str> = Vec::new();
    match kind {
        Some(k) => match view_of(&line.words, k) {
            Some(v) if !v.fields.is_empty() => fields.extend(v.fields.iter().copied()),
            _ => all_fields(views_of(k), &mut fields),
        },
        None => {
            for k in [Kind::Odc, Kind::Valuekeep, Kind::Descope] {
                all_fields(views_of(k), &mut fields);
            }
        }
    }
    let mut seen = std::collections::HashSet::new();
    fields.retain(|f| seen.insert(*f));
    fields
}

/// `--fields`: after the fields already typed (`key,em` → `key,email`).
pub fn field_names(current: &OsStr) -> Vec<CompletionCandidate> {
    let line = this_line();
    complete_fields(&fields_for(&line), &current.to_string_lossy())
}

fn complete_fields(fields: &[&str], current: &str) -> Vec<CompletionCandidate> {
    let (done, partial) = match current.rfind(',') {
        Some(i) => (&current[..=i], &current[i + 1..]),
        None => ("", current),
    };
    fields
        .iter()
        .filter(|f| f.starts_with(partial))
        .map(|f| CompletionCandidate::new(format!("{done}{f}")))
        .collect()
}

/// `-o`: the formats this command writes (the report formats only where a
/// report is written).
pub fn output_formats() -> Vec<CompletionCandidate> {
    use clap::ValueEnum;
    let command = this_line().words.join(" ");
    crate::output::OutputFormat::value_variants()
        .iter()
        .filter_map(|f| f.to_possible_value())
        .filter(|v| {
            let name = v.get_name();
            !matches!(name, "html" | "markdown")
                || crate::output::document::check(name, &command, true).is_ok()
        })
        .map(|v| CompletionCandidate::new(v.get_name()).help(v.get_help().cloned()))
        .collect()
}

/// `users list --status`: the shared names, then the platform's own.
pub fn status_names() -> Vec<CompletionCandidate> {
    let kinds = platform_or_all(&this_line());
    let mut out: Vec<CompletionCandidate> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for k in kinds {
        for s in caps_of(k).statuses {
            if seen.insert(s.name) {
                out.push(
                    CompletionCandidate::new(s.name)
                        .help(Some(format!("{}: {}", k.name(), s.native).into())),
                );
            }
        }
    }
    out
}

/// `users list --sort`: each field, ascending and descending (`-name`).
pub fn sort_names() -> Vec<CompletionCandidate> {
    let kinds = platform_or_all(&this_line());
    let mut names: Vec<&str> = Vec::new();
    for k in kinds {
        names.extend(caps_of(k).sort_fields.iter().map(|s| s.name));
    }
    let mut seen = std::collections::HashSet::new();
    names.retain(|n| seen.insert(*n));
    names
        .iter()
        .map(|n| CompletionCandidate::new(*n))
        .chain(
            names
                .iter()
                .map(|n| CompletionCandidate::new(format!("-{n}")).hide(true)),
        )
        .collect()
}

fn platform_or_all(line: &Line) -> Vec<Kind> {
    match platform(line) {
        Some(k) => vec![k],
        None => vec![Kind::Odc, Kind::Valuekeep, Kind::Descope],
    }
}

fn cached(kind: &str) -> Vec<CompletionCandidate> {
    crate::backend::name_cache::cached_names(kind)
        .into_iter()
        .map(CompletionCandidate::new)
        .collect()
}

/// `--stage`: stage names in the name cache.
pub fn stage_names() -> Vec<CompletionCandidate> {
    cached("stage")
}

/// `--app`: app names in the name cache.
pub fn app_names() -> Vec<CompletionCandidate> {
    cached("app")
}

/// A group: group names in the name cache.
pub fn group_names() -> Vec<CompletionCandidate> {
    cached("group")
}

/// A role: role names in the name cache (application, organization,
/// Valuekeep and Descope roles).
pub fn role_names() -> Vec<CompletionCandidate> {
    let mut out = Vec::new();
    for k in ["app-role", "org-role", "role"] {
        out.extend(cached(k));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn fields_are_this_commands_on_this_platform() {
        let line = Line {
            profile: Some("sandbox".into()),
            words: words("users list"),
        };
        let f = fields_for(&line);
        assert!(f.contains(&"lastLoginAt") && !f.contains(&"TOTP") && !f.contains(&"OAuth"));
        let line = Line {
            profile: Some("sandbox-descope".into()),
            words: words("users list"),
        };
        assert!(fields_for(&line).contains(&"TOTP"));
        let c = complete_fields(&["key", "email", "name"], "key,em");
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].get_value(), "key,email");
    }
}
