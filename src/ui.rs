//! The terminal: status lines and confirmations on stderr, never stdout.

use std::io::IsTerminal;

use crate::error::{CliError, Result};

#[derive(Debug, Clone)]
pub struct Ui {
    pub quiet: bool,
    pub yes: bool,
    pub no_input: bool,
    pub json_errors: bool,
    /// Put before each status and warning line (`PROFILE: ` in a run on
    /// several profiles).
    pub prefix: String,
}

impl Ui {
    /// Can we ask the user something?
    pub fn interactive(&self) -> bool {
        !self.no_input && std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
    }

    pub fn status(&self, msg: impl AsRef<str>) {
        if !self.quiet {
            eprintln!("{}{}", self.prefix, msg.as_ref());
        }
    }

    pub fn warn(&self, msg: impl AsRef<str>) {
        eprintln!("warning: {}{}", self.prefix, msg.as_ref());
    }

    /// Ask before something destructive. `--yes` answers for the user;
    /// without a terminal and without `--yes` the answer is a refusal.
    pub fn confirm(&self, what: &str) -> Result<()> {
        if self.yes {
            return Ok(());
        }
        if !self.interactive() {
            return Err(
                CliError::usage(format!("refusing to {what} without confirmation"))
                    .hint("pass --yes to confirm when no terminal is attached"),
            );
        }
        let ok = dialoguer::Confirm::new()
            .with_prompt(format!("{}?", capitalize(what)))
            .default(false)
            .interact()
            .map_err(|e| CliError::usage(format!("cannot ask for confirmation: {e}")))?;
        if ok {
            Ok(())
        } else {
            Err(CliError::new(
                crate::error::ErrorKind::Declined,
                format!("declined: did not {what}; nothing was changed"),
            ))
        }
    }

    /// A value the user did not give on the command line.
    pub fn ask(&self, flag: &str, prompt: &str) -> Result<String> {
        if !self.interactive() {
            return Err(CliError::usage(format!("missing {flag}"))
                .hint("give it on the command line (no terminal to ask on, or --no-input)"));
        }
        dialoguer::Input::<String>::new()
            .with_prompt(prompt)
            .interact_text()
            .map_err(|e| CliError::usage(format!("cannot read {flag}: {e}")))
    }

    pub fn ask_secret(&self, flag: &str, prompt: &str) -> Result<crate::secrets::Secret> {
        if !self.interactive() {
            return Err(CliError::usage(format!("missing {flag}")).hint(
                "pipe it with --client-secret-stdin (no terminal to ask on, or --no-input)",
            ));
        }
        dialoguer::Password::new()
            .with_prompt(prompt)
            .interact()
            .map(crate::secrets::Secret::new)
            .map_err(|e| CliError::usage(format!("cannot read {flag}: {e}")))
    }
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}
