//! One module per command; each returns data or a `CliError`.

pub mod sandbox;

use crate::cli::{Cli, Command};
use crate::error::Result;

pub async fn dispatch(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Sandbox(args) => sandbox::run(args).await,
    }
}
