//! `users password expire|set USER` and `users delete-test-users`
//! (Descope). A new password comes from stdin or a hidden prompt, never
//! from argv, and never shows in a trace or a dry-run plan.

use std::io::{BufRead, IsTerminal};

use clap::{Args, Subcommand};

use crate::backend::facets::BackendFacets;
use crate::commands::membership::record_write;
use crate::context::Ctx;
use crate::error::{CliError, Result};
use crate::outcome::{Change, Outcome, Res, Target};
use crate::secrets::Secret;
use serde_json::Value;

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
            let result = match backend.need_credentials("passwords") {
                Ok(f) => f.expire_password(&key).await,
                Err(e) => Err(e),
            };
            let o = Outcome::new(
                Target::user(key, a.user.clone()),
                Change::op("expire-password"),
                Res::Changed,
            );
            record_write(ctx, o, result)?;
        }
        PasswordCommand::Set(a) => {
            let password = new_password(ctx)?;
            let key = backend.user_key(&a.user).await?;
            let result = match backend.need_credentials("passwords") {
                Ok(f) => f.set_password(&key, &password, a.temporary).await,
                Err(e) => Err(e),
            };
            // The record says which kind of password, never the password.
            let which = if a.temporary { "temporary" } else { "active" };
            let o = Outcome::new(
                Target::user(key, a.user.clone()),
                Change::set(
                    "password",
                    Value::String(format!("({which}, not recorded)")),
                ),
                Res::Changed,
            );
            record_write(ctx, o, result)?;
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
    let result = match backend.need_credentials("test users") {
        Ok(f) => f.delete_test_users().await,
        Err(e) => Err(e),
    };
    let o = Outcome::new(
        Target::new("project", "test users", None),
        Change::op("delete-test-users"),
        Res::Deleted,
    );
    record_write(ctx, o, result)
}
