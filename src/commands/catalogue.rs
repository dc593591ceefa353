//! `iamctl commands`: the catalogue of every command, for programs
//! (wrappers, editors, agents) that would otherwise scrape `--help`.
//!
//! Nothing here is maintained by hand per command: the catalogue walks the
//! clap tree (`commands::command()`) for paths, summaries, arguments and flags,
//! and reads the platforms that honour each command and flag from the
//! capability data (`backend::*::caps`). What clap cannot say is derived
//! from a command's shape, by rules stated once below: whether it writes
//! (its verb), the exit codes it may return (`help::EXIT_CODES`, narrowed
//! by what the command does). `--splice FILE` writes the README's
//! per-platform verb table from the same records (`scripts/gen-docs.sh`).

use std::any::TypeId;
use std::path::PathBuf;

use clap::{ArgAction, Args};
use serde::Serialize;

use crate::backend::{Capabilities, Platform};
use crate::context::GlobalArgs;
use crate::error::{CliError, Result};
use crate::output::{JqFilter, Printer};
use crate::views::View;

#[derive(Debug, Args)]
pub struct CommandsArgs {
    /// Only the commands under this path (`users roles`)
    #[arg(value_name = "PATH")]
    pub path: Vec<String>,

    /// Rewrite FILE's per-platform verb table between the
    /// `<!-- commands:platforms -->` markers (scripts/gen-docs.sh)
    #[arg(long, value_name = "FILE", hide = true)]
    pub splice: Option<PathBuf>,
}

/// The platforms, in the order the catalogue names them.
pub use crate::backend::PLATFORMS;

/// What a platform can do (its capability data), for an entry of
/// `PLATFORMS` however it is reached.
pub fn caps(platform: impl std::borrow::Borrow<Platform>) -> &'static Capabilities {
    platform.borrow().caps
}

/// Verbs that change something on the platform. A leaf whose last word
/// is here writes; `READ_VERBS` holds the rest, and a test fails on a verb
/// in neither, so a new command is classified when it is added.
/// Does the command at `path` change something on the platform?
pub fn writes(path: &str) -> bool {
    let verb = path.rsplit(' ').next().unwrap_or_default();
    WRITE_VERBS.contains(&verb) && !path.starts_with("profile ")
}

pub const WRITE_VERBS: &[&str] = &[
    "create",
    "invite",
    "delete",
    "set",
    "patch",
    "import",
    "add",
    "remove",
    "update",
    "clear",
    "deactivate",
    "reactivate",
    "copy-access",
    "apply",
    "logout",
    "expire",
    "add-members",
    "remove-members",
    "add-users",
    "remove-users",
    "delete-test-users",
    "undo",
    "api",
    "undo",
    "activate",
    "rotate",
    "default-roles",
];

/// Verbs that only read (or, for `profile`, `completions`, `sandbox`...,
/// touch nothing on a platform).
pub const READ_VERBS: &[&str] = &[
    "list",
    "get",
    "count",
    "access",
    "export",
    "members",
    "users",
    "report",
    "holders",
    "diff",
    "show",
    "use",
    "test",
    "picture",
    "sandbox",
    "completions",
    "environment",
    "commands",
    "history",
    "search",
];

/// Verbs of writes that may ask for a confirmation (exit 8 when it is
/// answered no): the ones that take something away.
const CONFIRMING_VERBS: &[&str] = &[
    "delete",
    "rotate",
    "set",
    "remove",
    "clear",
    "deactivate",
    "reactivate",
    "copy-access",
    "apply",
    "remove-members",
    "remove-users",
    "delete-test-users",
    "undo",
];

/// Flags that feed a command many items (a bulk run), so some may fail.
const MANY_ITEMS_FLAGS: &[&str] = &["--from", "--file", "--concurrency"];

/// One command of the catalogue.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Entry {
    /// The words after `iamctl`: `users roles add`.
    pub path: String,
    /// The first line of its help.
    pub summary: String,
    /// Whether it changes something on the platform (under `--dry-run`
    /// it sends no such request). `api` may, depending on its METHOD.
    pub writes: bool,
    /// Whether it talks to a platform (needs a profile). The others
    /// (`profile add`, `completions`, `sandbox` ...) run on their own.
    pub needs_profile: bool,
    /// The platforms that honour it (every one for a command that needs
    /// no profile).
    pub platforms: Vec<&'static str>,
    /// Positional arguments, in order.
    pub args: Vec<Param>,
    /// Its own flags, then the global ones (`global: true`).
    pub flags: Vec<Param>,
    /// The exit codes it may return (see `iamctl --help`).
    pub exit_codes: Vec<u8>,
}

/// One argument or flag.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Param {
    /// `--stage` for a flag, the value name (`USER`) for a positional.
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub short: Option<String>,
    /// `bool`, `count`, `integer`, `number`, `path`, `enum` or `string`.
    pub value_type: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_name: Option<String>,
    /// For `enum`: the values it takes.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<String>,
    pub default: Option<String>,
    pub env: Option<String>,
    pub required: bool,
    /// Takes several values (repeated, or comma-separated).
    pub multiple: bool,
    pub global: bool,
    pub summary: String,
    /// The platforms that honour it.
    pub platforms: Vec<&'static str>,
}

/// Every visible command that runs (not the nouns that only group
/// others), in the order of the CLI definition.
pub fn catalogue() -> Vec<Entry> {
    let mut root = super::command();
    root.build();
    let mut out = Vec::new();
    walk(&root, &mut Vec::new(), &mut out);
    out
}

fn walk(cmd: &clap::Command, path: &mut Vec<String>, out: &mut Vec<Entry>) {
    let subs: Vec<&clap::Command> = cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
        .collect();
    if subs.is_empty() {
        if !path.is_empty() {
            out.push(entry(cmd, path.join(" ")));
        }
        return;
    }
    for s in subs {
        path.push(s.get_name().to_string());
        walk(s, path, out);
        path.pop();
    }
}

fn entry(cmd: &clap::Command, path: String) -> Entry {
    let declared: Vec<(&Platform, &'static [&'static str])> = PLATFORMS
        .iter()
        .filter_map(|p| p.caps.flags_of(&path).map(|f| (*p, f)))
        .collect();
    let needs_profile = !declared.is_empty();
    let everywhere: Vec<&'static str> = PLATFORMS.iter().map(|p| p.caps.platform).collect();
    let platforms: Vec<&'static str> = if needs_profile {
        declared.iter().map(|(p, _)| p.caps.platform).collect()
    } else {
        everywhere.clone()
    };
    let mut args = Vec::new();
    let mut own = Vec::new();
    let mut global = Vec::new();
    for arg in cmd.get_arguments() {
        let id = arg.get_id().as_str();
        if arg.is_hide_set() || id == "help" || id == "version" {
            continue;
        }
        let is_global = arg.is_global_set();
        let name = match arg.get_long() {
            Some(long) => format!("--{long}"),
            None if arg.is_positional() => arg
                .get_value_names()
                .and_then(|n| n.first())
                .map(|n| n.to_string())
                .unwrap_or_else(|| id.to_uppercase()),
            None => format!("-{}", arg.get_short().unwrap_or('?')),
        };
        // Positionals and global flags are never refused by a platform
        // that serves the command; an own flag is honoured where declared.
        let honoured = if !needs_profile || is_global || arg.is_positional() {
            platforms.clone()
        } else {
            declared
                .iter()
                .filter(|(_, flags)| flags.contains(&name.as_str()))
                .map(|(p, _)| p.caps.platform)
                .collect()
        };
        let param = param(arg, name, is_global, honoured);
        if arg.is_positional() {
            args.push(param);
        } else if is_global {
            global.push(param);
        } else {
            own.push(param);
        }
    }
    let verb = path.rsplit(' ').next().unwrap_or_default();
    let writes = writes(&path);
    let many = args.iter().any(|a| a.multiple)
        || own
            .iter()
            .any(|f| MANY_ITEMS_FLAGS.contains(&f.name.as_str()));
    let mut exit_codes: Vec<u8> = vec![0, 1, 2];
    if needs_profile {
        exit_codes.extend([3, 4, 5, 6]);
    }
    if needs_profile && many {
        exit_codes.push(7);
    }
    if (writes && CONFIRMING_VERBS.contains(&verb)) || path == "profile remove" {
        exit_codes.push(8);
    }
    if own.iter().any(|f| f.name == "--detailed-exitcode") {
        exit_codes.push(10);
    }
    exit_codes.push(130);
    own.extend(global);
    Entry {
        summary: first_line(cmd.get_about()),
        path,
        writes,
        needs_profile,
        platforms,
        args,
        flags: own,
        exit_codes,
    }
}

fn first_line(s: Option<&clap::builder::StyledStr>) -> String {
    s.map(|s| s.to_string().lines().next().unwrap_or_default().to_string())
        .unwrap_or_default()
}

fn param(arg: &clap::Arg, name: String, global: bool, platforms: Vec<&'static str>) -> Param {
    let action = arg.get_action();
    let values: Vec<String> = if action.takes_values() {
        arg.get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| v.get_name().to_string())
            .collect()
    } else {
        Vec::new()
    };
    let value_type = match action {
        ArgAction::SetTrue | ArgAction::SetFalse => "bool",
        ArgAction::Count => "count",
        _ if !values.is_empty() => "enum",
        _ => {
            let t = arg.get_value_parser().type_id();
            let is = |id: TypeId| t == id;
            if [
                TypeId::of::<u8>(),
                TypeId::of::<u16>(),
                TypeId::of::<u32>(),
                TypeId::of::<u64>(),
                TypeId::of::<usize>(),
                TypeId::of::<i32>(),
                TypeId::of::<i64>(),
            ]
            .into_iter()
            .any(is)
            {
                "integer"
            } else if is(TypeId::of::<f64>()) || is(TypeId::of::<f32>()) {
                "number"
            } else if is(TypeId::of::<PathBuf>()) {
                "path"
            } else {
                "string"
            }
        }
    };
    let takes = action.takes_values();
    let default = if takes {
        let d: Vec<String> = arg
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        (!d.is_empty()).then(|| d.join(","))
    } else {
        None
    };
    let multiple = matches!(action, ArgAction::Append)
        || arg.get_num_args().is_some_and(|n| n.max_values() > 1)
        || arg.get_value_delimiter().is_some();
    Param {
        short: arg.get_short().map(|c| format!("-{c}")),
        value_name: if takes && !arg.is_positional() {
            arg.get_value_names()
                .and_then(|n| n.first())
                .map(|n| n.to_string())
        } else {
            None
        },
        name,
        value_type,
        values,
        default,
        env: arg.get_env().map(|e| e.to_string_lossy().into_owned()),
        required: arg.is_required_set(),
        multiple,
        global,
        summary: first_line(arg.get_help()),
        platforms,
    }
}

/// What `-o table` shows; JSON, NDJSON and CSV carry every field.
pub const VIEW: View = View {
    noun: "commands",
    columns: &[
        ("COMMAND", "path"),
        ("WRITES", "writes"),
        ("PLATFORMS", "platforms"),
        ("SUMMARY", "summary"),
    ],
    fields: &[
        "path",
        "summary",
        "writes",
        "needs_profile",
        "platforms",
        "args",
        "flags",
        "exit_codes",
    ],
};

pub fn run(args: CommandsArgs, global: &GlobalArgs) -> Result<()> {
    if let Some(file) = args.splice {
        let text = std::fs::read_to_string(&file)
            .map_err(|e| CliError::usage(format!("cannot read {}: {e}", file.display())))?;
        let new = splice(&text, &catalogue()).map_err(CliError::usage)?;
        if new != text {
            std::fs::write(&file, new)?;
        }
        return Ok(());
    }
    let prefix = args.path.join(" ");
    let entries: Vec<Entry> = catalogue()
        .into_iter()
        .filter(|e| {
            prefix.is_empty()
                || e.path == prefix
                || e.path
                    .strip_prefix(&prefix)
                    .is_some_and(|r| r.starts_with(' '))
        })
        .collect();
    if entries.is_empty() {
        return Err(CliError::usage(format!("no command under `{prefix}`"))
            .hint("`iamctl commands` lists them all"));
    }
    let jq = global.jq.as_deref().map(JqFilter::compile).transpose()?;
    let mut printer = Printer::new(global.output, global.fields.clone(), jq);
    printer.list(
        VIEW,
        entries
            .into_iter()
            .map(|e| serde_json::to_value(e).expect("a catalogue entry is JSON")),
    )
}

pub const SPLICE_OPEN: &str = "<!-- commands:platforms -->";
pub const SPLICE_CLOSE: &str = "<!-- /commands:platforms -->";

/// The README's per-platform verb table: for each platform, the commands
/// it serves, grouped by the noun they act on (`users roles list add`),
/// in the CLI's order; a last row for the commands that need no profile.
pub fn platform_table(entries: &[Entry]) -> String {
    let mut s = String::from("| platform | commands | verbs |\n|---|---|---|\n");
    for platform in PLATFORMS {
        let name = platform.caps.platform;
        let served: Vec<&Entry> = entries
            .iter()
            .filter(|e| e.needs_profile && e.platforms.contains(&name))
            .collect();
        s.push_str(&format!(
            "| {} | {} | {} |\n",
            platform.title,
            served.len(),
            grouped(&served)
        ));
    }
    let local: Vec<&Entry> = entries.iter().filter(|e| !e.needs_profile).collect();
    s.push_str(&format!(
        "| every platform, no request sent | {} | {} |\n",
        local.len(),
        grouped(&local)
    ));
    s
}

/// `users list get`, `users roles add remove`, `apply`: consecutive
/// commands under one parent share it.
fn grouped(entries: &[&Entry]) -> String {
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for e in entries {
        let (parent, verb) = match e.path.rsplit_once(' ') {
            Some((p, v)) => (p.to_string(), v.to_string()),
            None => (e.path.clone(), String::new()),
        };
        match groups.iter_mut().find(|(p, _)| *p == parent) {
            Some((_, verbs)) if !verb.is_empty() => verbs.push(verb),
            _ => groups.push((
                parent,
                [verb].into_iter().filter(|v| !v.is_empty()).collect(),
            )),
        }
    }
    groups
        .into_iter()
        .map(|(p, verbs)| {
            if verbs.is_empty() {
                format!("`{p}`")
            } else {
                format!("`{p} {}`", verbs.join(" "))
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Put the table between the markers of `text` (the README).
pub fn splice(text: &str, entries: &[Entry]) -> std::result::Result<String, String> {
    let start = text
        .find(SPLICE_OPEN)
        .ok_or_else(|| format!("no {SPLICE_OPEN} marker"))?
        + SPLICE_OPEN.len();
    let end = text[start..]
        .find(SPLICE_CLOSE)
        .ok_or_else(|| format!("no {SPLICE_CLOSE} marker"))?
        + start;
    let mut out = text.to_string();
    out.replace_range(start..end, &format!("\n{}", platform_table(entries)));
    Ok(out)
}
