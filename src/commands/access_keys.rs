//! `iamctl access-keys list|get|create|update|activate|deactivate|delete`
//! (Descope). `create` prints the key's cleartext once, on stdout, in every
//! format; it is never traced, journaled, cached or put in an error.

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use crate::backend::admin::{KeySpec, admin};
use crate::commands::membership::record_write;
use crate::context::Ctx;
use crate::error::{CliError, Result};
use crate::outcome::{Change, Outcome, Res, Target};
use crate::secrets::Secret;

#[derive(Debug, Subcommand)]
pub enum AccessKeysCommand {
    /// List the access keys (Descope; never their secrets)
    #[command(alias = "ls")]
    List,
    /// Show one access key, by id or name (Descope)
    Get(KeyArg),
    /// Create an access key; its cleartext is printed once, on stdout (Descope)
    Create(CreateArgs),
    /// Rename an access key or change its description (Descope)
    Update(UpdateArgs),
    /// Let an access key be used again (Descope)
    Activate(KeysArg),
    /// Stop an access key from being used (Descope)
    Deactivate(KeysArg),
    /// Delete access keys (Descope; cannot be undone)
    #[command(alias = "rm")]
    Delete(KeysArg),
    /// Give an access key a new secret, printed once on stdout; the old one stops working (Descope)
    Rotate(KeyArg),
}

#[derive(Debug, Args)]
pub struct KeyArg {
    /// The access key, by id or name
    pub key: String,
}

#[derive(Debug, Args)]
pub struct KeysArg {
    /// Access keys, by id or name
    #[arg(required = true)]
    pub keys: Vec<String>,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The new key's name
    pub name: String,
    /// What it is for
    #[arg(long)]
    pub description: Option<String>,
    /// When it expires: a date (2027-01-31) or an RFC 3339 time (default: never)
    #[arg(long, value_name = "WHEN")]
    pub expires: Option<String>,
    /// A project role the key holds (repeatable)
    #[arg(long = "role", value_name = "ROLE")]
    pub roles: Vec<String>,
    /// A tenant the key belongs to, TENANT[:ROLE,ROLE] (repeatable)
    #[arg(long = "tenant", value_name = "TENANT[:ROLES]")]
    pub tenants: Vec<String>,
    /// The user the key acts as, by login id or user id
    #[arg(long)]
    pub user: Option<String>,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The access key, by id or name
    pub key: String,
    /// Its new name
    #[arg(long)]
    pub name: Option<String>,
    /// Its new description
    #[arg(long)]
    pub description: Option<String>,
}

fn expires_at(s: &str) -> Result<i64> {
    use chrono::{DateTime, NaiveDate};
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Ok(t.timestamp());
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|t| t.and_utc().timestamp())
        .ok_or_else(|| {
            CliError::usage(format!(
                "--expires {s:?}: give a date (2027-01-31) or an RFC 3339 time"
            ))
        })
}

pub async fn run(ctx: &mut Ctx, cmd: AccessKeysCommand) -> Result<()> {
    let backend = ctx.backend().await?;
    match cmd {
        AccessKeysCommand::List => {
            let ad = admin(backend.as_ref(), "`access-keys list`")?;
            ctx.printer.begin(
                crate::backend::platform(backend.kind()).view("access-keys"),
                false,
            )?;
            let printer = &mut ctx.printer;
            ad.list_access_keys(&mut |k| printer.item(k)).await?;
            ctx.printer.end()
        }
        AccessKeysCommand::Get(a) => {
            let k = admin(backend.as_ref(), "`access-keys get`")?
                .get_access_key(&a.key)
                .await?;
            ctx.printer.one(
                crate::backend::platform(backend.kind()).view("access-keys"),
                k,
            )
        }
        AccessKeysCommand::Create(a) => {
            let ad = admin(backend.as_ref(), "`access-keys create`")?;
            let tenants = a
                .tenants
                .iter()
                .map(|t| match t.split_once(':') {
                    Some((t, roles)) => (
                        t.to_string(),
                        roles
                            .split(',')
                            .filter(|r| !r.is_empty())
                            .map(str::to_string)
                            .collect(),
                    ),
                    None => (t.clone(), Vec::new()),
                })
                .collect();
            let spec = KeySpec {
                name: a.name.clone(),
                description: a.description.clone().unwrap_or_default(),
                expire_time: a
                    .expires
                    .as_deref()
                    .map(expires_at)
                    .transpose()?
                    .unwrap_or(0),
                roles: a.roles.clone(),
                tenants,
                bound_user: a.user.clone(),
            };
            let record = |key: &str| {
                Outcome::new(
                    Target::new("access key", key, Some(a.name.clone())),
                    Change::op("create"),
                    Res::Created,
                )
            };
            match ad.create_access_key(&spec).await {
                Ok(Some(mut answer)) => {
                    // The cleartext leaves the answer at once: the record
                    // keeps the key alone.
                    let secret = match answer.get_mut("cleartext").map(Value::take) {
                        Some(Value::String(c)) => {
                            crate::redaction::remember(&c);
                            Secret::new(c)
                        }
                        _ => {
                            return Err(CliError::new(
                                crate::error::ErrorKind::Network,
                                "Descope created the access key but answered no cleartext",
                            ));
                        }
                    };
                    let key = answer.get("key").cloned().unwrap_or(Value::Null);
                    let id = key
                        .get("id")
                        .and_then(Value::as_str)
                        .unwrap_or(&a.name)
                        .to_string();
                    let mut o = record(&id);
                    o.record = Some(key);
                    let shown = json!({ "id": id, "name": a.name });
                    ctx.record_revealing(
                        o,
                        crate::backend::platform(backend.kind()).view("access-key-created"),
                        shown,
                        "cleartext",
                        &secret,
                    )
                }
                Ok(None) => ctx.record(record(&a.name)),
                Err(e) => ctx.record_failed(record(&a.name), e),
            }
        }
        AccessKeysCommand::Update(a) => {
            if a.name.is_none() && a.description.is_none() {
                return Err(CliError::usage("nothing to change")
                    .hint("give --name NEW and/or --description TEXT"));
            }
            let ad = admin(backend.as_ref(), "`access-keys update`")?;
            let now = ad.get_access_key(&a.key).await?;
            let id = now
                .get("id")
                .and_then(Value::as_str)
                .unwrap_or(&a.key)
                .to_string();
            let mut fields = serde_json::Map::new();
            if let Some(n) = &a.name {
                fields.insert("name".into(), json!(n));
            }
            if let Some(d) = &a.description {
                fields.insert("description".into(), json!(d));
            }
            let same = fields.iter().all(|(k, v)| now.get(k) == Some(v));
            let o = Outcome::new(
                Target::new("access key", &id, Some(a.key.clone())),
                Change::set("access key", Value::Object(fields)),
                Res::Changed,
            )
            .before(Some(now.clone()));
            if same {
                return ctx.record(o.result(Res::Unchanged).detail("already so"));
            }
            let name = a
                .name
                .clone()
                .or_else(|| now.get("name").and_then(Value::as_str).map(str::to_string))
                .unwrap_or_default();
            let result = ad
                .update_access_key(&id, &name, a.description.as_deref())
                .await;
            record_write(ctx, o, result)
        }
        AccessKeysCommand::Activate(a) => status(ctx, backend.as_ref(), a, "activate").await,
        AccessKeysCommand::Deactivate(a) => status(ctx, backend.as_ref(), a, "deactivate").await,
        AccessKeysCommand::Delete(a) => status(ctx, backend.as_ref(), a, "delete").await,
        AccessKeysCommand::Rotate(a) => {
            let ad = admin(backend.as_ref(), "`access-keys rotate`")?;
            let now = ad.get_access_key(&a.key).await?;
            let id = now
                .get("id")
                .and_then(Value::as_str)
                .unwrap_or(&a.key)
                .to_string();
            let name = now
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or(&a.key)
                .to_string();
            if !ctx.global.dry_run {
                ctx.ui.confirm(&format!(
                    "rotate access key {name}: its current secret stops working at once"
                ))?;
            }
            let o = Outcome::new(
                Target::new("access key", &id, Some(name.clone())),
                Change::op("rotate"),
                Res::Changed,
            );
            match ad.rotate_access_key(&id).await {
                Ok(Some(mut answer)) => {
                    let secret = match answer.get_mut("cleartext").map(Value::take) {
                        Some(Value::String(c)) => {
                            crate::redaction::remember(&c);
                            Secret::new(c)
                        }
                        _ => {
                            return Err(CliError::new(
                                crate::error::ErrorKind::Network,
                                "Descope rotated the access key but answered no cleartext",
                            ));
                        }
                    };
                    ctx.record_revealing(
                        o,
                        crate::backend::platform(backend.kind()).view("access-key-created"),
                        json!({ "id": id, "name": name }),
                        "cleartext",
                        &secret,
                    )
                }
                Ok(None) => ctx.record(o),
                Err(e) => ctx.record_failed(o, e),
            }
        }
    }
}

/// activate, deactivate, delete: each key read first (a key already so is
/// `unchanged` and sends nothing); a delete is confirmed.
async fn status(
    ctx: &mut Ctx,
    backend: &dyn crate::backend::Backend,
    a: KeysArg,
    op: &str,
) -> Result<()> {
    let ad = admin(backend, &format!("`access-keys {op}`"))?;
    let mut found = Vec::new();
    for k in &a.keys {
        found.push(ad.get_access_key(k).await?);
    }
    if op == "delete" && !ctx.global.dry_run {
        ctx.ui.confirm(&format!(
            "delete {} access key(s): {} (cannot be undone)",
            a.keys.len(),
            a.keys.join(", ")
        ))?;
    }
    for (given, now) in a.keys.iter().zip(found) {
        let id = now
            .get("id")
            .and_then(Value::as_str)
            .unwrap_or(given)
            .to_string();
        let (change, res) = match op {
            "delete" => (Change::op("delete"), Res::Deleted),
            _ => (
                Change::set(
                    "status",
                    json!(if op == "activate" {
                        "active"
                    } else {
                        "inactive"
                    }),
                ),
                Res::Changed,
            ),
        };
        let already = change
            .value
            .as_ref()
            .is_some_and(|v| now.get("status") == Some(v));
        let o = Outcome::new(
            Target::new("access key", &id, Some(given.clone())),
            change,
            res,
        )
        .before(Some(now));
        if already {
            ctx.record(o.result(Res::Unchanged).detail("already so"))?;
            continue;
        }
        let result = ad.access_key_op(&id, op).await;
        record_write(ctx, o, result)?;
    }
    Ok(())
}
