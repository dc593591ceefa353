//! iamctl: users, groups and roles on ODC, Valuekeep and Descope.
//!
//! Layers, data flowing one way: `cli` (clap definitions) → `commands`
//! (one module per verb, returning data) → `backend` (one per platform)
//! → `http` (the one HTTP layer). `output` renders what commands return;
//! `sandbox` emulates the vendors' APIs on loopback.

// CliError is deliberately rich (kind, message, hints, the API's answer) and
// clap's command enums are built once per run: clippy 1.95's size lints add
// nothing here (boxing them would touch every signature).
#![allow(clippy::result_large_err, clippy::large_enum_variant)]

pub mod auth;
pub mod backend;
pub mod cli;
pub mod commands;
pub mod config;
pub mod context;
pub mod error;
pub mod http;
pub mod output;
pub mod sandbox;
pub mod secrets;
pub mod ui;
pub mod views;

use std::process::ExitCode;

use clap::Parser;

use error::{CliError, ErrorKind};

pub fn main_entry() -> ExitCode {
    let cli = cli::Cli::parse();
    let json_errors = matches!(cli.global.output, cli::OutputFormat::Json | cli::OutputFormat::Ndjson);
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
    let result = runtime.block_on(async {
        tokio::select! {
            r = commands::dispatch(cli) => r,
            _ = tokio::signal::ctrl_c() => Err(CliError::new(ErrorKind::Interrupted, "interrupted")),
        }
    });
    // Don't wait for tasks still in flight (an interrupted list, a sandbox).
    runtime.shutdown_timeout(std::time::Duration::from_millis(100));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind == ErrorKind::BrokenPipe => ExitCode::SUCCESS,
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
    eprintln!("error: {e}");
    for h in &e.hints {
        eprintln!("hint: {h}");
    }
}
