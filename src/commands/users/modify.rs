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
    /// The attribute to set (ODC: name, active, photo-url)
    pub attr: String,
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
    /// A JSON body in the platform's own field names: inline, `@FILE`, or `-` for stdin
    #[arg(long, conflicts_with_all = ["name", "active", "inactive", "photo_url"])]
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
