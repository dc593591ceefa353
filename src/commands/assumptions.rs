//! `iamctl assumptions` (hidden): the unconfirmed vendor behaviours of
//! every platform as Markdown, from `crate::assumptions`; `--splice FILE`
//! puts them between the README's markers (`scripts/gen-docs.sh`).

use clap::Args;

use crate::error::{CliError, Result};

#[derive(Debug, Args)]
pub struct AssumptionsArgs {
    /// Rewrite FILE's lists between `<!-- assumptions:PLATFORM -->` markers
    #[arg(long, value_name = "FILE")]
    pub splice: Option<std::path::PathBuf>,
}

pub fn run(args: AssumptionsArgs) -> Result<()> {
    use std::io::Write;
    match args.splice {
        Some(path) => {
            let text = std::fs::read_to_string(&path)
                .map_err(|e| CliError::usage(format!("cannot read {}: {e}", path.display())))?;
            let new = crate::backend::assumptions::splice(&text).map_err(CliError::usage)?;
            if new != text {
                std::fs::write(&path, new)?;
            }
            Ok(())
        }
        None => {
            let mut out = String::new();
            for kind in crate::backend::assumptions::README_ORDER {
                out.push_str(&format!(
                    "## {}\n\n{}\n",
                    kind.name(),
                    crate::backend::assumptions::markdown(kind)
                ));
            }
            std::io::stdout().write_all(out.as_bytes())?;
            Ok(())
        }
    }
}
