//! `users picture USER --file FILE`: download a user's picture (Valuekeep).
//! The file flag is `--file/-f`: `-o` is the global output format.

use std::path::PathBuf;

use clap::Args;

use crate::backend::facets::BackendFacets;
use crate::context::Ctx;
use crate::error::{CliError, Result};

#[derive(Debug, Args)]
pub struct PictureArgs {
    /// The user (key, record id or e-mail)
    pub user: String,
    /// Where to write the image (`-` for stdout)
    #[arg(short = 'f', long = "file", value_name = "FILE")]
    pub file: PathBuf,
}

pub async fn run(ctx: &mut Ctx, args: PictureArgs) -> Result<()> {
    let backend = ctx.backend().await?;
    let bytes = backend
        .need_user_records("user pictures")?
        .user_picture(&args.user)
        .await?;
    if args.file.as_os_str() == "-" {
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        out.write_all(&bytes)?;
        out.flush()?;
    } else {
        std::fs::write(&args.file, &bytes)
            .map_err(|e| CliError::other(format!("cannot write {}: {e}", args.file.display())))?;
        ctx.ui.status(format!(
            "Saved the picture of {} to {} ({} bytes)",
            args.user,
            args.file.display(),
            bytes.len()
        ));
    }
    Ok(())
}
