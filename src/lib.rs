//! iamctl: users, groups and roles on ODC, Valuekeep and Descope.
//!
//! Layers, data flowing one way: `cli` (clap definitions) → `commands`
//! (one module per verb, returning data) → `backend` (one per platform)
//! → `http` (the one HTTP layer). `output` renders what commands return;
//! `sandbox` emulates the vendors' APIs on loopback.

pub mod cli;
pub mod commands;
pub mod error;
pub mod sandbox;

use std::process::ExitCode;

pub fn main_entry() -> ExitCode {
    let cli = cli::parse();
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
    match runtime.block_on(commands::dispatch(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            for h in &e.hints {
                eprintln!("hint: {h}");
            }
            ExitCode::from(e.exit_code())
        }
    }
}
