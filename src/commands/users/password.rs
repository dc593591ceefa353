//! `users password expire|set USER` and `users delete-test-users`
//! (Descope). A new password comes from stdin or a hidden prompt, never
//! from argv, and never shows in a trace or a dry-run plan.

use std::io::{BufRead, IsTerminal};

use clap::{Args, Subcommand};

use crate::context::Ctx;
use crate::error::{CliError, Result};
use crate::secrets::Secret;

#[derive(Debug, Subcommand)]
pub enum PasswordCommand {
    /// Make the user choose a new password at the next login
    Expire(UserArg),
    /// Set a password: read from stdin, or asked for (hidden) on a terminal
    Set(SetArgs),
}

#[derive(Debug, Args)]
pub struct UserArg {
    /// The user's login id or user id
    pub user: String,
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// The user's login id or user id
    pub user: String,
    /// A temporary password: created expired, replaced at the next login
    #[arg(long, conflicts_with = "active", required_unless_present = "active")]
    pub temporary: bool,
    /// The user's password from now on
    #[arg(long)]
    pub active: bool,
}

#[derive(Debug, Args)]
pub struct DeleteTestUsersArgs {}

pub async fn run(ctx: &mut Ctx, cmd: PasswordCommand) -> Result<()> {
    let backend = ctx.backend().await?;
    match cmd {
        PasswordCommand::Expire(a) => {
            let key = backend.user_key(&a.user).await?;
            if backend.expire_password(&key).await? {
                ctx.ui.status(format!("Expired the password of {}", a.user));
            }
        }
        PasswordCommand::Set(a) => {
            let password = new_password(ctx)?;
            let key = backend.user_key(&a.user).await?;
            if backend.set_password(&key, &password, a.temporary).await? {
                let which = if a.temporary {
                    "a temporary"
                } else {
                    "an active"
                };
                ctx.ui
                    .status(format!("Set {which} password for {}", a.user));
            }
        }
    }
    Ok(())
}

/// The first line of stdin, or a hidden prompt on a terminal.
fn new_password(ctx: &Ctx) -> Result<Secret> {
    if std::io::stdin().is_terminal() {
        return ctx.ui.ask_secret("the password", "New password");
    }
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    let pw = line.trim_end_matches(['\n', '\r']);
    if pw.is_empty() {
        return Err(CliError::usage("no password on stdin")
            .hint("pipe it in: `printf %s \"$PW\" | iamctl users password set USER --temporary`"));
    }
    Ok(Secret::new(pw.to_string()))
}

pub async fn delete_test_users(ctx: &mut Ctx, _: DeleteTestUsersArgs) -> Result<()> {
    let backend = ctx.backend().await?;
    if !ctx.global.dry_run {
        ctx.ui
            .confirm("delete every test user of the project (cannot be undone)")?;
    }
    if backend.delete_test_users().await? {
        ctx.ui.status("Deleted every test user");
    }
    Ok(())
}
