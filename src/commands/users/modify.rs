//! `users set USER ATTR VALUE` and `users patch USER`: PATCH with only the
//! fields given (ODC's PATCH leaves the others as they are).

use std::io::Read;

use clap::{Args, ValueEnum};
use reqwest::Method;
use serde_json::{Map, Value, json};

use crate::backend::odc::Api;
use crate::context::Ctx;
use crate::error::{CliError, Result};

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Attr {
    Name,
    Active,
    PhotoUrl,
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// The user's key (UUID) or e-mail
    pub user: String,
    /// The attribute to set
    #[arg(value_enum)]
    pub attr: Attr,
    /// Its new value (true/false for active)
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
    #[arg(long)]
    pub photo_url: Option<String>,
    /// A JSON body: inline, `@FILE`, or `-` for stdin
    #[arg(long, conflicts_with_all = ["name", "active", "inactive", "photo_url"])]
    pub json: Option<String>,
}

pub fn parse_bool(s: &str) -> Result<bool> {
    match s.to_ascii_lowercase().as_str() {
        "true" | "yes" | "1" | "on" => Ok(true),
        "false" | "no" | "0" | "off" => Ok(false),
        _ => Err(CliError::usage(format!("{s:?} is not true or false"))),
    }
}

pub async fn set(ctx: &mut Ctx, args: SetArgs) -> Result<()> {
    let body = match args.attr {
        Attr::Name => json!({ "name": args.value }),
        Attr::Active => json!({ "isActive": parse_bool(&args.value)? }),
        Attr::PhotoUrl => json!({ "photoUrl": args.value }),
    };
    send_patch(ctx, &args.user, body).await
}

pub async fn patch(ctx: &mut Ctx, args: PatchArgs) -> Result<()> {
    let body = match &args.json {
        Some(src) => read_json(src)?,
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
            Value::Object(m)
        }
    };
    match &body {
        Value::Object(m) if m.is_empty() => {
            return Err(CliError::usage("nothing to change")
                .hint("give --name, --active/--inactive, --photo-url or --json"));
        }
        Value::Object(_) => {}
        _ => return Err(CliError::usage("the --json body must be a JSON object")),
    }
    send_patch(ctx, &args.user, body).await
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

async fn send_patch(ctx: &mut Ctx, user: &str, body: Value) -> Result<()> {
    let odc = ctx.odc().await?;
    let key = odc.user_key(user).await?;
    let req = odc
        .request(Method::PATCH, Api::Identity, &format!("users/{key}"))
        .json(body);
    if odc.write(req, &format!("update user {user}")).await?.is_some() {
        ctx.ui.status(format!("Updated user {user}"));
    }
    Ok(())
}
