//! `iamctl sandbox`: flags and the foreground server loop.
//! (Stub: the sandbox issue fills this in.)

use clap::Args;

#[derive(Debug, Args)]
pub struct SandboxArgs {
    /// Port to listen on (0 picks a free one)
    #[arg(long, default_value_t = 0)]
    pub port: u16,
}

pub async fn run(_args: SandboxArgs) -> crate::error::Result<()> {
    Err(crate::error::CliError::other("sandbox: not built yet"))
}
