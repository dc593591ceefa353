//! `users set USER ATTR VALUE` and `users patch USER`: change only what is
//! given; the platform keeps every other field as it is.

use std::io::Read;

use clap::Args;
use serde_json::{Map, Value, json};

use crate::context::Ctx;
use crate::error::{CliError, Result};

#[derive(Debug, Args)]
pub struct SetArgs {
    /// The user's key (UUID) or e-mail
    pub user: String,
    /// The attribute to set (ODC: name, active, photo-url; Valuekeep: email, name, picture,
    /// is-active, is-technician, last-login, status, user-key, groups, roles)
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
    /// Photo URL (Valuekeep: the picture attribute)
    #[arg(long)]
    pub photo_url: Option<String>,
    /// Valuekeep: e-mail address
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
}

pub async fn set(ctx: &mut Ctx, args: SetArgs) -> Result<()> {
    let backend = ctx.backend().await?;
    let attr = args.attr.to_ascii_lowercase();
    if !backend.settable().contains(&attr.as_str()) {
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
    let body = match &args.json {
        Some(src) => match read_json(src)? {
            Value::Object(m) => m,
            _ => return Err(CliError::usage("the --json body must be a JSON object")),
        },
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
    if body.is_empty() {
        return Err(CliError::usage("nothing to change")
            .hint("give --name, --active/--inactive, --photo-url or --json"));
    }
    let backend = ctx.backend().await?;
    let key = backend.user_key(&args.user).await?;
    if backend.patch_user(&key, &body).await? {
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
