//! `users create` and `users invite`.

use clap::Args;
use serde_json::Value;

use crate::backend::{InviteOptions, NewUser, TenantRoles};
use crate::context::Ctx;
use crate::error::{CliError, Result};

/// The fields only Descope has, shared by `users create` and `users invite`.
#[derive(Debug, Args)]
pub struct DescopeUserArgs {
    /// Descope: login id (defaults to the e-mail; with it, --email is optional)
    #[arg(long)]
    pub login_id: Option<String>,
    /// Descope: phone number (E.164, e.g. +351912345678)
    #[arg(long)]
    pub phone: Option<String>,
    /// Descope: given name
    #[arg(long)]
    pub given_name: Option<String>,
    /// Descope: middle name
    #[arg(long)]
    pub middle_name: Option<String>,
    /// Descope: family name
    #[arg(long)]
    pub family_name: Option<String>,
    /// Descope: a project-level role; Valuekeep: a role key (repeatable)
    #[arg(long = "role", value_name = "ROLE")]
    pub roles: Vec<String>,
    /// Descope: a tenant, with the user's roles in it: TENANT or TENANT:ROLE1,ROLE2 (repeatable)
    #[arg(long = "tenant", value_name = "TENANT[:ROLES]")]
    pub tenants: Vec<String>,
    /// Descope: a custom attribute KEY=VALUE (repeatable; true/false and numbers are typed, '"42"' stays a string)
    #[arg(long = "attr", value_name = "KEY=VALUE")]
    pub attrs: Vec<String>,
    /// Descope: mark the e-mail as verified (or =false)
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_name = "BOOL")]
    pub verified_email: Option<bool>,
    /// Descope: mark the phone as verified (or =false)
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_name = "BOOL")]
    pub verified_phone: Option<bool>,
    /// Descope: create a test user
    #[arg(long)]
    pub test_user: bool,
}

impl DescopeUserArgs {
    /// The first Descope-only flag given, to refuse it elsewhere.
    pub fn given(&self) -> Option<&'static str> {
        [
            ("--login-id", self.login_id.is_some()),
            ("--phone", self.phone.is_some()),
            ("--given-name", self.given_name.is_some()),
            ("--middle-name", self.middle_name.is_some()),
            ("--family-name", self.family_name.is_some()),
            ("--tenant", !self.tenants.is_empty()),
            ("--attr", !self.attrs.is_empty()),
            ("--verified-email", self.verified_email.is_some()),
            ("--verified-phone", self.verified_phone.is_some()),
            ("--test-user", self.test_user),
        ]
        .into_iter()
        .find(|(_, set)| *set)
        .map(|(f, _)| f)
    }

    fn apply(&self, u: &mut NewUser) -> Result<()> {
        u.login_id = self.login_id.clone();
        u.phone = self.phone.clone();
        u.given_name = self.given_name.clone();
        u.middle_name = self.middle_name.clone();
        u.family_name = self.family_name.clone();
        u.roles = self.roles.clone();
        u.tenants = parse_tenants(&self.tenants)?;
        u.custom_attributes = crate::backend::custom_attributes(&self.attrs)?;
        u.verified_email = self.verified_email;
        u.verified_phone = self.verified_phone;
        u.test = self.test_user;
        Ok(())
    }
}

/// `TENANT` or `TENANT:ROLE1,ROLE2`.
pub fn parse_tenants(specs: &[String]) -> Result<Vec<TenantRoles>> {
    specs
        .iter()
        .map(|s| {
            let (tenant, roles) = s.split_once(':').unwrap_or((s, ""));
            if tenant.is_empty() {
                return Err(CliError::usage(format!(
                    "--tenant {s:?}: name the tenant (TENANT or TENANT:ROLE1,ROLE2)"
                )));
            }
            Ok(TenantRoles {
                tenant: tenant.to_string(),
                roles: roles
                    .split(',')
                    .filter(|r| !r.is_empty())
                    .map(str::to_string)
                    .collect(),
            })
        })
        .collect()
}

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
    /// URL of the user's photo (Descope: picture)
    #[arg(long, visible_alias = "picture")]
    pub photo_url: Option<String>,
    /// Create the user in ODC's built-in identity provider (starts as Invited)
    #[arg(long)]
    pub builtin_idp: bool,
    #[command(flatten)]
    pub descope: DescopeUserArgs,
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
}

#[derive(Debug, Args)]
pub struct InviteArgs {
    /// E-mail address
    #[arg(long)]
    pub email: Option<String>,
    /// Full name (defaults to the e-mail's local part)
    #[arg(long)]
    pub name: Option<String>,
    /// Descope: URL of the user's picture
    #[arg(long, visible_alias = "picture")]
    pub photo_url: Option<String>,
    /// Descope: send the invitation by e-mail (or =false; default: the project's settings)
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_name = "BOOL")]
    pub send_mail: Option<bool>,
    /// Descope: send the invitation by SMS (or =false; default: the project's settings)
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_name = "BOOL")]
    pub send_sms: Option<bool>,
    /// Descope: the URL the invitation links to (default: the project's setting)
    #[arg(long)]
    pub invite_url: Option<String>,
    #[command(flatten)]
    pub descope: DescopeUserArgs,
}

pub use crate::bulk::input::check_email;

pub async fn run(ctx: &mut Ctx, args: CreateArgs) -> Result<()> {
    let email = match args.email {
        Some(e) => e,
        None if args.descope.login_id.is_some() => String::new(),
        None => ctx.ui.ask("--email", "E-mail")?,
    };
    if !email.is_empty() {
        check_email(&email)?;
    }
    let backend = ctx.backend().await?;
    let caps = backend.capabilities();
    let name = match args.name {
        Some(n) => Some(n),
        None if !caps.create_requires_name => None,
        None => Some(ctx.ui.ask("--name", "Name")?),
    };
    if let Some(n) = &name {
        crate::bulk::input::check_text("--name", n)?;
    }
    let status = match &args.status {
        Some(s) => Some(caps.status(s)?.native.to_string()),
        None => None,
    };
    let mut user = NewUser {
        email,
        name,
        active: !args.inactive,
        photo_url: args.photo_url,
        builtin_idp: args.builtin_idp,
        user_key: args.user_key,
        technician: args.technician,
        status,
        groups: args.groups,
        ..Default::default()
    };
    args.descope.apply(&mut user)?;
    let created = backend.create_user(&user).await;
    report(ctx, &display(&user), created, "create")
}

pub async fn invite(ctx: &mut Ctx, args: InviteArgs) -> Result<()> {
    let email = match args.email {
        Some(e) => e,
        None if args.descope.login_id.is_some() => String::new(),
        None => ctx.ui.ask("--email", "E-mail")?,
    };
    if !email.is_empty() {
        check_email(&email)?;
    }
    let backend = ctx.backend().await?;
    let mut user = NewUser {
        email,
        name: args.name,
        active: true,
        photo_url: args.photo_url,
        invite: InviteOptions {
            send_mail: args.send_mail,
            send_sms: args.send_sms,
            invite_url: args.invite_url,
        },
        ..Default::default()
    };
    args.descope.apply(&mut user)?;
    let created = backend.invite_user(&user).await;
    let sent = matches!(created, Ok(Some(_)));
    report(ctx, &display(&user), created, "invite")?;
    if let Some(note) = backend.invite_note().filter(|_| sent) {
        ctx.ui.status(note);
    }
    Ok(())
}

/// How the new user is named in status lines.
fn display(u: &NewUser) -> String {
    match &u.login_id {
        Some(l) if !l.is_empty() => l.clone(),
        _ => u.email.clone(),
    }
}

/// The record of a create or an invitation: `created` with the new key,
/// `unchanged` when the user was already there, `failed` with the error.
fn report(ctx: &mut Ctx, email: &str, created: Result<Option<Value>>, op: &str) -> Result<()> {
    let mut o = crate::outcome::Outcome::created("user", email, None);
    o.change.op = op.to_string();
    match created {
        Ok(Some(v)) => {
            let mut done = crate::outcome::Outcome::created("user", email, Some(v));
            done.change.op = op.to_string();
            if done.target.name.is_none() && done.target.key != email {
                done.target.name = Some(email.to_string());
            }
            ctx.record(done)
        }
        Ok(None) => ctx.record(o),
        Err(e) => ctx.record_failed(o, e),
    }
}
