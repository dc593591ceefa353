//! `iamctl completions SHELL` and the hidden `iamctl man DIR`, both
//! generated from the clap definitions (and checked in under completions/
//! and man/, kept fresh by a test).

use std::path::PathBuf;

use clap::Args;
use clap_complete::Shell;

use crate::error::{CliError, Result};

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// bash, zsh, fish, powershell or elvish
    #[arg(value_enum)]
    pub shell: Shell,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Directory to write the pages into
    pub dir: PathBuf,
}

pub fn run(args: CompletionsArgs) -> Result<()> {
    let mut cmd = crate::cli::command();
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "iamctl", &mut out);
    use std::io::Write;
    std::io::stdout().write_all(&out)?;
    Ok(())
}

/// One page per command: iamctl.1, iamctl-users.1, iamctl-users-list.1, ...
pub fn man(args: ManArgs) -> Result<()> {
    std::fs::create_dir_all(&args.dir)?;
    let cmd = crate::cli::command();
    clap_mangen::generate_to(cmd, &args.dir)
        .map_err(|e| CliError::other(format!("cannot write man pages: {e}")))
}
