//! `users set USER ATTR VALUE` and `users patch USER`: change only what is
//! given; the platform keeps every other field as it is.

use std::io::Read;

use clap::Args;
use serde_json::{Map, Value, json};

use crate::config::Kind;
use crate::context::Ctx;
use crate::error::{CliError, Result};

#[derive(Debug, Args)]
pub struct SetArgs {
    /// The user's key (UUID) or e-mail
    pub user: String,
    /// The attribute to set. ODC: name, active, photo-url. Descope: status,
    /// email, phone, name, given-name, middle-name, family-name, picture,
    /// login-id, attr.KEY for a custom attribute. Valuekeep: email, name,
    /// picture, is-active, is-technician, last-login, status, user-key,
    /// groups, roles
    pub attr: String,
    /// Its new value (true/false for flags; groups/roles: comma-separated keys)
    pub value: String,
}

#[derive(Debug, Args)]
pub struct PatchArgs {
    /// The user's key (UUID) or e-mail
    pub user: String,
    #[arg(long)]
    pub name: Option<String>,
    /// Activate the user
    #[arg(long, conflicts_with = "inactive")]
    pub active: bool,
    /// Deactivate the user (keeps data and assignments)
    #[arg(long)]
    pub inactive: bool,
    /// URL of the user's photo (Descope, Valuekeep: picture)
    #[arg(long, visible_alias = "picture")]
    pub photo_url: Option<String>,
    /// Descope, Valuekeep: new e-mail address
    #[arg(long)]
    pub email: Option<String>,
    /// Valuekeep: make the user a technician
    #[arg(long, conflicts_with = "not_technician")]
    pub technician: bool,
    /// Valuekeep: make the user not a technician
    #[arg(long)]
    pub not_technician: bool,
    /// Valuekeep: status (Active, Inactive, InvitationSent, InvitationExpired, or 1-4)
    #[arg(long)]
    pub status: Option<String>,
    /// Valuekeep: last login (RFC 3339 date and time)
    #[arg(long)]
    pub last_login: Option<String>,
    /// Valuekeep: rename the user's key (sent last)
    #[arg(long)]
    pub user_key: Option<String>,
    /// A JSON body in the platform's own field names: inline, `@FILE`, or `-` for stdin
    #[arg(long, conflicts_with_all = ["name", "active", "inactive", "photo_url", "email", "technician", "not_technician", "status", "last_login", "user_key"])]
    pub json: Option<String>,
    /// Descope: new phone number
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
    /// Descope: make these the user's project-level roles (repeatable)
    #[arg(long = "role", value_name = "ROLE")]
    pub roles: Vec<String>,
    /// Descope: make these the user's tenants, TENANT or TENANT:ROLE1,ROLE2 (repeatable)
    #[arg(long = "tenant", value_name = "TENANT[:ROLES]")]
    pub tenants: Vec<String>,
    /// Descope: set a custom attribute KEY=VALUE (repeatable; the others are kept)
    #[arg(long = "attr", value_name = "KEY=VALUE")]
    pub attrs: Vec<String>,
    /// Descope: mark the e-mail as verified (or =false)
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_name = "BOOL")]
    pub verified_email: Option<bool>,
    /// Descope: mark the phone as verified (or =false)
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_name = "BOOL")]
    pub verified_phone: Option<bool>,
    /// Descope: send the whole record through the full-replace `update`
    /// route instead of PATCH; the user is loaded first so nothing is lost
    #[arg(long)]
    pub replace: bool,
}

impl PatchArgs {
    /// The first Descope-only field flag given.
    fn descope_flag(&self) -> Option<&'static str> {
        [
            ("--phone", self.phone.is_some()),
            ("--given-name", self.given_name.is_some()),
            ("--middle-name", self.middle_name.is_some()),
            ("--family-name", self.family_name.is_some()),
            ("--role", !self.roles.is_empty()),
            ("--tenant", !self.tenants.is_empty()),
            ("--attr", !self.attrs.is_empty()),
            ("--verified-email", self.verified_email.is_some()),
            ("--verified-phone", self.verified_phone.is_some()),
        ]
        .into_iter()
        .find(|(_, set)| *set)
        .map(|(f, _)| f)
    }

    /// The first Valuekeep-only field flag given.
    fn valuekeep_flag(&self) -> Option<&'static str> {
        [
            ("--technician", self.technician),
            ("--not-technician", self.not_technician),
            ("--status", self.status.is_some()),
            ("--last-login", self.last_login.is_some()),
            ("--user-key", self.user_key.is_some()),
        ]
        .into_iter()
        .find(|(_, set)| *set)
        .map(|(f, _)| f)
    }

    /// The body in Descope's field names.
    fn descope_body(&self) -> Result<Map<String, Value>> {
        use crate::backend::descope::unconfirmed::NAME_FIELD;
        let mut m = Map::new();
        let mut opt = |k: &str, v: &Option<String>| {
            if let Some(v) = v {
                m.insert(k.into(), json!(v));
            }
        };
        opt(NAME_FIELD, &self.name);
        opt("picture", &self.photo_url);
        opt("email", &self.email);
        opt("phone", &self.phone);
        opt("givenName", &self.given_name);
        opt("middleName", &self.middle_name);
        opt("familyName", &self.family_name);
        if self.active || self.inactive {
            m.insert(
                "status".into(),
                json!(if self.active { "enabled" } else { "disabled" }),
            );
        }
        if !self.roles.is_empty() {
            m.insert("roleNames".into(), json!(self.roles));
        }
        if !self.tenants.is_empty() {
            let ts: Vec<Value> = super::create::parse_tenants(&self.tenants)?
                .into_iter()
                .map(|t| json!({"tenantId": t.tenant, "roleNames": t.roles}))
                .collect();
            m.insert("userTenants".into(), Value::Array(ts));
        }
        if !self.attrs.is_empty() {
            m.insert(
                "customAttributes".into(),
                Value::Object(super::create::parse_attrs(&self.attrs)?),
            );
        }
        if let Some(v) = self.verified_email {
            m.insert("verifiedEmail".into(), json!(v));
        }
        if let Some(v) = self.verified_phone {
            m.insert("verifiedPhone".into(), json!(v));
        }
        Ok(m)
    }
}

pub async fn set(ctx: &mut Ctx, args: SetArgs) -> Result<()> {
    let backend = ctx.backend().await?;
    // A custom attribute's key keeps its case: `attr.KEY`.
    let attr = match args.attr.get(..5) {
        Some(p) if p.eq_ignore_ascii_case("attr.") && args.attr.len() > 5 => {
            format!("attr.{}", &args.attr[5..])
        }
        _ => args.attr.to_ascii_lowercase(),
    };
    let custom = attr.starts_with("attr.") && backend.settable().contains(&"attr.KEY");
    if !custom && !backend.settable().contains(&attr.as_str()) {
        return Err(CliError::usage(format!(
            "{} users have no settable attribute {:?}: use one of {}",
            backend.kind().name(),
            args.attr,
            backend.settable().join(", ")
        )));
    }
    let key = backend.user_key(&args.user).await?;
    if backend.set_user(&key, &attr, &args.value).await? {
        ctx.ui.status(format!("Updated user {}", args.user));
    }
    Ok(())
}

pub async fn patch(ctx: &mut Ctx, args: PatchArgs) -> Result<()> {
    let json_body = match &args.json {
        Some(src) => match read_json(src)? {
            Value::Object(m) => Some(m),
            _ => return Err(CliError::usage("the --json body must be a JSON object")),
        },
        None => None,
    };
    if let (Some(_), Some(flag)) = (
        &json_body,
        args.descope_flag()
            .or(args.email.is_some().then_some("--email")),
    ) {
        return Err(CliError::usage(format!(
            "--json and {flag} cannot be used together"
        )));
    }
    let common = args.name.is_some() || args.active || args.inactive || args.photo_url.is_some();
    let given = json_body.as_ref().is_some_and(|m| !m.is_empty())
        || common
        || args.email.is_some()
        || args.descope_flag().is_some()
        || args.valuekeep_flag().is_some();
    if !given {
        return Err(CliError::usage("nothing to change")
            .hint("give --name, --active/--inactive, --photo-url or --json (Descope: also --email, --phone, --role, --tenant, --attr, ...)"));
    }
    let backend = ctx.backend().await?;
    let descope = backend.kind() == Kind::Descope;
    if !descope && let Some(flag) = args.descope_flag().or(args.replace.then_some("--replace")) {
        return Err(CliError::usage(format!(
            "{flag} is for Descope; {} has no such field",
            backend.kind().name()
        )));
    }
    if backend.kind() != Kind::Valuekeep
        && let Some(flag) = args.valuekeep_flag()
    {
        return Err(CliError::usage(format!(
            "{flag} is for Valuekeep; {} has no such field",
            backend.kind().name()
        )));
    }
    if backend.kind() == Kind::Odc && args.email.is_some() {
        return Err(CliError::usage(
            "ODC cannot change a user's e-mail (its PATCH takes name, isActive, photoUrl)",
        ));
    }
    let body = match json_body {
        Some(m) => m,
        None if descope => args.descope_body()?,
        None => {
            let mut m = Map::new();
            if let Some(n) = args.name {
                m.insert("name".into(), json!(n));
            }
            if args.active || args.inactive {
                m.insert("isActive".into(), json!(args.active));
            }
            if let Some(p) = args.photo_url {
                m.insert("photoUrl".into(), json!(p));
            }
            if let Some(e) = args.email {
                m.insert("email".into(), json!(e));
            }
            if args.technician || args.not_technician {
                m.insert("isTechnician".into(), json!(args.technician));
            }
            if let Some(s) = args.status {
                m.insert("status".into(), json!(s));
            }
            if let Some(t) = args.last_login {
                m.insert("lastLogin".into(), json!(t));
            }
            if let Some(k) = args.user_key {
                m.insert("userKey".into(), json!(k));
            }
            m
        }
    };
    let key = backend.user_key(&args.user).await?;
    let sent = if args.replace {
        backend.replace_user(&key, &body).await?
    } else {
        backend.patch_user(&key, &body).await?
    };
    if sent {
        ctx.ui.status(format!("Updated user {}", args.user));
    }
    Ok(())
}

/// A JSON argument: inline text, `@file`, or `-` for stdin.
pub fn read_json(src: &str) -> Result<Value> {
    let text = if src == "-" {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s)?;
        s
    } else if let Some(path) = src.strip_prefix('@') {
        std::fs::read_to_string(path)
            .map_err(|e| CliError::usage(format!("cannot read {path}: {e}")))?
    } else {
        src.to_string()
    };
    serde_json::from_str(&text).map_err(|e| CliError::usage(format!("invalid JSON: {e}")))
}
