//! `users create` and `users invite`.

use clap::Args;
use reqwest::Method;
use serde_json::{Map, Value, json};

use crate::backend::odc::Api;
use crate::context::Ctx;
use crate::error::{CliError, Result};
use crate::views;

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
}

#[derive(Debug, Args)]
pub struct InviteArgs {
    /// E-mail address
    #[arg(long)]
    pub email: Option<String>,
    /// Full name (defaults to the e-mail's local part)
    #[arg(long)]
    pub name: Option<String>,
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
    let mut body = Map::new();
    body.insert("name".into(), json!(name));
    body.insert("email".into(), json!(email));
    body.insert("isActive".into(), json!(!args.inactive));
    if let Some(p) = args.photo_url {
        body.insert("photoUrl".into(), json!(p));
    }
    if args.builtin_idp {
        body.insert("addToBuiltInIdentityProvider".into(), json!(true));
    }
    create(ctx, &email, Value::Object(body)).await
}

pub async fn invite(ctx: &mut Ctx, args: InviteArgs) -> Result<()> {
    let email = match args.email {
        Some(e) => e,
        None => ctx.ui.ask("--email", "E-mail")?,
    };
    check_email(&email)?;
    let name = args
        .name
        .unwrap_or_else(|| email.split('@').next().unwrap_or(&email).to_string());
    let body = json!({
        "name": name,
        "email": email,
        "isActive": true,
        "addToBuiltInIdentityProvider": true,
    });
    create(ctx, &email, body).await?;
    if !ctx.global.dry_run {
        ctx.ui.status(
            "note: ODC's API sends no invitation e-mail; the user is Invited in the built-in \
             identity provider. Send them through the password-reset flow to finish registration.",
        );
    }
    Ok(())
}

async fn create(ctx: &mut Ctx, email: &str, body: Value) -> Result<()> {
    let odc = ctx.odc().await?;
    let req = odc.request(Method::POST, Api::Identity, "users").json(body);
    if let Some(created) = odc.write(req, &format!("create user {email}")).await? {
        let key = created.get("key").and_then(Value::as_str).unwrap_or("?");
        ctx.ui.status(format!("Created user {email} ({key})"));
        ctx.printer.one(views::KEY, created)?;
    }
    Ok(())
}
