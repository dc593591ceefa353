//! `users create` and `users invite`.

use clap::Args;
use serde_json::Value;

use crate::backend::{Backend, NewUser};
use crate::context::Ctx;
use crate::error::{CliError, Result};

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// E-mail address (asked for on a terminal when missing)
    #[arg(long)]
    pub email: Option<String>,
    /// Full name (asked for on a terminal when missing)
    #[arg(long)]
    pub name: Option<String>,
    /// Create the user deactivated
    #[arg(long)]
    pub inactive: bool,
    /// URL of the user's photo
    #[arg(long)]
    pub photo_url: Option<String>,
    /// Create the user in ODC's built-in identity provider (starts as Invited)
    #[arg(long)]
    pub builtin_idp: bool,
    /// Valuekeep: the user key (default: the e-mail's local part)
    #[arg(long)]
    pub user_key: Option<String>,
    /// Valuekeep: the user is a technician
    #[arg(long)]
    pub technician: bool,
    /// Valuekeep: initial status (Active, Inactive, InvitationSent, InvitationExpired, or 1-4)
    #[arg(long)]
    pub status: Option<String>,
    /// Valuekeep: a group key (repeatable)
    #[arg(long = "group", value_name = "KEY")]
    pub groups: Vec<String>,
    /// Valuekeep: a role key (repeatable)
    #[arg(long = "role", value_name = "KEY")]
    pub roles: Vec<String>,
}

#[derive(Debug, Args)]
pub struct InviteArgs {
    /// E-mail address
    #[arg(long)]
    pub email: Option<String>,
    /// Full name (defaults to the e-mail's local part)
    #[arg(long)]
    pub name: Option<String>,
    /// Valuekeep: a role key for the invitee (repeatable)
    #[arg(long = "role", value_name = "KEY")]
    pub roles: Vec<String>,
}

pub fn check_email(email: &str) -> Result<()> {
    let ok = email
        .split_once('@')
        .is_some_and(|(local, domain)| !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.'))
        && !email.chars().any(char::is_whitespace);
    if ok {
        Ok(())
    } else {
        Err(CliError::usage(format!("{email:?} is not an e-mail address")))
    }
}

pub async fn run(ctx: &mut Ctx, args: CreateArgs) -> Result<()> {
    let email = match args.email {
        Some(e) => e,
        None => ctx.ui.ask("--email", "E-mail")?,
    };
    check_email(&email)?;
    let name = match args.name {
        Some(n) => n,
        None => ctx.ui.ask("--name", "Name")?,
    };
    let user = NewUser {
        email,
        name: Some(name),
        active: !args.inactive,
        photo_url: args.photo_url,
        builtin_idp: args.builtin_idp,
        user_key: args.user_key,
        technician: args.technician,
        status: args.status,
        groups: args.groups,
        roles: args.roles,
    };
    let backend = ctx.backend().await?;
    let created = backend.create_user(&user).await?;
    report(ctx, backend.as_ref(), &user.email, created, "Created")
}

pub async fn invite(ctx: &mut Ctx, args: InviteArgs) -> Result<()> {
    let email = match args.email {
        Some(e) => e,
        None => ctx.ui.ask("--email", "E-mail")?,
    };
    check_email(&email)?;
    let user = NewUser {
        email,
        name: args.name,
        active: true,
        roles: args.roles,
        ..Default::default()
    };
    let backend = ctx.backend().await?;
    let created = backend.invite_user(&user).await?;
    let sent = created.is_some();
    let verb = if backend.kind() == crate::config::Kind::Valuekeep { "Invited" } else { "Created" };
    report(ctx, backend.as_ref(), &user.email, created, verb)?;
    if let Some(note) = backend.invite_note().filter(|_| sent) {
        ctx.ui.status(note);
    }
    Ok(())
}

fn report(ctx: &mut Ctx, backend: &dyn Backend, email: &str, created: Option<Value>, verb: &str) -> Result<()> {
    if let Some(created) = created {
        let key = created.get("key").and_then(Value::as_str).unwrap_or("?");
        ctx.ui.status(format!("{verb} user {email} ({key})"));
        ctx.printer.one(backend.views().created, created)?;
    }
    Ok(())
}
