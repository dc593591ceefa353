//! The command-line definition (clap). Logic lives in `commands`.

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "iamctl",
    version,
    about = "Manage users, groups and roles on ODC, Valuekeep and Descope"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve a local, stateful emulator of the vendors' APIs on 127.0.0.1
    Sandbox(crate::commands::sandbox::SandboxArgs),
}

pub fn parse() -> Cli {
    Cli::parse()
}
