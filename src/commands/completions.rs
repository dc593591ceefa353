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
    let mut cmd = super::command();
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "iamctl", &mut out);
    use std::io::Write;
    std::io::stdout().write_all(&out)?;
    Ok(())
}

/// One page per command: iamctl.1, iamctl-users.1, iamctl-users-list.1, ...
/// each with EXAMPLES, ENVIRONMENT and EXIT STATUS sections.
pub fn man(args: ManArgs) -> Result<()> {
    std::fs::create_dir_all(&args.dir)?;
    let mut cmd = super::command();
    cmd.build();
    write_pages(&cmd, "", &args.dir)
        .map_err(|e| CliError::other(format!("cannot write man pages: {e}")))
}

fn write_pages(cmd: &clap::Command, path: &str, dir: &std::path::Path) -> std::io::Result<()> {
    use clap_mangen::roff::{Roff, roman};
    let name = if path.is_empty() {
        "iamctl".to_string()
    } else {
        format!("iamctl-{}", path.replace(' ', "-"))
    };
    // clap keeps names as &'static str (without its `string` feature); a
    // docs run writes a few dozen pages and exits.
    let static_name: &'static str = Box::leak(name.clone().into_boxed_str());
    let bin: &'static str = Box::leak(format!("iamctl {path}").trim().to_string().into_boxed_str());
    let page = cmd.clone().name(static_name).bin_name(bin);
    let man = clap_mangen::Man::new(page.clone()).title(name.to_uppercase());
    let mut out = Vec::new();
    man.render_title(&mut out)?;
    man.render_name_section(&mut out)?;
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    if page.get_arguments().any(|a| !a.is_hide_set()) {
        man.render_options_section(&mut out)?;
    }
    if page.has_subcommands() {
        man.render_subcommands_section(&mut out)?;
    }
    let mut roff = Roff::default();
    if let Some(ex) = crate::help::examples(path) {
        roff.control("SH", ["EXAMPLES"]);
        roff.control("nf", [] as [&str; 0]);
        for line in crate::help::example_lines(ex) {
            roff.text([roman(&line)]);
        }
        roff.control("fi", [] as [&str; 0]);
    }
    roff.control("SH", ["ENVIRONMENT"]);
    if path.is_empty() {
        roff.control("nf", [] as [&str; 0]);
        for line in crate::commands::environment::TEXT.lines() {
            roff.text([roman(line)]);
        }
        roff.control("fi", [] as [&str; 0]);
    } else {
        roff.text([roman(
            "Every global flag has an IAMCTL_ variable (IAMCTL_PROFILE, IAMCTL_OUTPUT, ...); \
             the environment route (IAMCTL_KIND and the platform's coordinates and secret) \
             needs no profile file. `iamctl help environment` lists them all, and which wins.",
        )]);
    }
    roff.control("SH", ["EXIT STATUS"]);
    for (code, meaning) in crate::help::EXIT_CODES {
        roff.control("TP", [] as [&str; 0]);
        roff.text([roman(code.to_string())]);
        roff.text([roman(*meaning)]);
    }
    roff.to_writer(&mut out)?;
    man.render_version_section(&mut out)?;
    std::fs::write(dir.join(format!("{name}.1")), out)?;
    for sub in cmd.get_subcommands() {
        if sub.is_hide_set() || sub.get_name() == "help" {
            continue;
        }
        let p = if path.is_empty() {
            sub.get_name().to_string()
        } else {
            format!("{path} {}", sub.get_name())
        };
        write_pages(sub, &p, dir)?;
    }
    Ok(())
}
