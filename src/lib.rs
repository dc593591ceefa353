//! iamctl: users, groups and roles on ODC, Valuekeep and Descope.
//!
//! The top-level modules are layers, data flowing one way: each imports
//! only its own layer (never in a cycle) and the layers below it. From the
//! top (the README's "Layout" says what each holds; `tests/it/test_layers.rs`
//! fails on an import that points up or closes a cycle):
//!
//! - this crate root (`main_entry`) and `src/main.rs`;
//! - `cli`: the command line as given (blank names refused);
//! - `commands`: the command tree (`Cli`, `Command`, `command()`) and one
//!   module per command, returning data through the printer;
//! - `context`, `ui`: what a command runs with (`GlobalArgs`, the profile,
//!   the backend built once), and the terminal;
//! - `bulk`: import/apply rows and the batch runner;
//! - `outcome`, `journal`, `output`, `completion`: outcome records and the
//!   verdict, the journal, the printer (`OutputFormat`), completion values;
//! - `backend`: one module per platform behind the `Backend` trait, with
//!   its capabilities, views and assumption lists; never clap, never the
//!   printer;
//! - `secrets`, `config`, `assumptions`, `builtin`, `http`, `auth`: what is
//!   kept on this machine and the one HTTP layer;
//! - `redaction`, `error`, `cancel`, `duration`, `files`, `jq_formats`,
//!   `help`, `invocation`, `views`: leaves.
//!
//! The emulator of the vendors' APIs is a crate of its own
//! (`crates/iamctl-sandbox`), behind the default cargo feature `sandbox`.
//! `builtin` is the one module that imports it: the built-in `sandbox*`
//! profiles and `iamctl sandbox` (its flags and its server loop). Built
//! without the feature, `builtin` is `builtin_none.rs` (the profiles
//! refuse, the command is absent) and the binary carries no HTTP server.

pub mod assumptions;
pub mod auth;
pub mod backend;
#[cfg(feature = "sandbox")]
pub mod builtin;
#[cfg(not(feature = "sandbox"))]
#[path = "builtin_none.rs"]
pub mod builtin;
pub mod bulk;
pub mod cancel;
pub mod cli;
pub mod commands;
pub mod completion;
pub mod config;
pub mod context;
pub mod duration;
pub mod error;
pub mod files;
pub mod help;
pub mod http;
pub mod invocation;
pub mod journal;
pub mod jq_formats;
pub mod outcome;
pub mod output;
pub mod redaction;
pub mod secrets;
pub mod ui;
pub mod views;

use std::process::ExitCode;

use error::{CliError, ErrorKind};

/// The environment variable a refused value came from: the flag clap
/// names has one, it is set, and the command line does not give the flag.
fn env_source(root: &clap::Command, e: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ContextValue};
    let Some(ContextValue::String(arg)) = e.get(ContextKind::InvalidArg) else {
        return None;
    };
    let long = arg
        .split_whitespace()
        .next()?
        .strip_prefix("--")?
        .to_string();
    fn find(cmd: &clap::Command, long: &str) -> Option<String> {
        cmd.get_arguments()
            .find(|a| a.get_long() == Some(long))
            .and_then(|a| a.get_env())
            .map(|v| v.to_string_lossy().into_owned())
            .or_else(|| cmd.get_subcommands().find_map(|s| find(s, long)))
    }
    let var = find(root, &long)?;
    invocation::from_environment(&long, &var).then_some(var)
}

pub fn main_entry() -> ExitCode {
    // `COMPLETE=bash iamctl`: dynamic completion answers and exits here,
    // reading the line being completed against the command tree.
    completion::read_against(<cli::Cli as clap::CommandFactory>::command);
    clap_complete::CompleteEnv::with_factory(cli::command).complete();
    let root = cli::command();
    let matches = match root.clone().try_get_matches() {
        Ok(m) => m,
        Err(e) => {
            // clap names the flag; a bad value from the environment is
            // told by its variable too, since no flag was typed.
            let from_env = env_source(&root, &e);
            let _ = e.print();
            if let Some(var) = from_env {
                eprintln!("note: the value came from the environment: {var}");
            }
            std::process::exit(e.exit_code());
        }
    };
    let mut cli = match <cli::Cli as clap::FromArgMatches>::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    if let [one] = cli.global.profiles.as_slice() {
        cli.global.profile = Some(one.clone());
    }
    let invocation = invocation::Invocation::from_matches(&root, &matches);
    let json_errors = matches!(
        cli.global.output,
        output::OutputFormat::Json | output::OutputFormat::Ndjson
    );
    if let Err(e) = cli::refuse_blank_names(&root, &matches) {
        report(&e, json_errors);
        return ExitCode::from(e.exit_code());
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::from(1);
        }
    };
    // `iamctl sandbox` owns SIGINT and SIGTERM: either one stops it, saves
    // its state and exits 0. Racing it against the Ctrl-C watch here would
    // drop it in the middle of that save about half of the time.
    #[cfg(feature = "sandbox")]
    let owns_signals = matches!(cli.command, cli::Command::Sandbox(_));
    #[cfg(not(feature = "sandbox"))]
    let owns_signals = false;
    let result = runtime.block_on(async {
        if owns_signals {
            return commands::dispatch(cli, invocation).await;
        }
        tokio::select! {
            r = commands::dispatch(cli, invocation) => r,
            _ = cancel::watch_ctrl_c() => Err(CliError::new(ErrorKind::Interrupted, "interrupted")),
        }
    });
    // Don't wait for tasks still in flight (an interrupted list, a sandbox).
    runtime.shutdown_timeout(std::time::Duration::from_millis(100));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind == ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        // `apply --detailed-exitcode`: not an error, the plan already said it.
        Err(e) if e.kind == ErrorKind::Changes => ExitCode::from(e.exit_code()),
        Err(e) => {
            report(&e, json_errors);
            ExitCode::from(e.exit_code())
        }
    }
}

fn report(e: &CliError, json: bool) {
    if json {
        eprintln!("{}", e.to_json());
        return;
    }
    use std::io::IsTerminal;
    let (red, yellow, reset) = if output::colour_allowed(std::io::stderr().is_terminal()) {
        ("\x1b[1;31m", "\x1b[33m", "\x1b[0m")
    } else {
        ("", "", "")
    };
    eprintln!("{red}error:{reset} {e}");
    for h in &e.shown_hints() {
        eprintln!("{yellow}hint:{reset} {h}");
    }
}
