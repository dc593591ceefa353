//! `users set USER ATTR VALUE` and `users patch USER`: change only what is
//! given; the platform keeps every other field as it is.

use std::io::Read;

use clap::Args;
use serde_json::{Map, Value, json};

use crate::backend::facets::BackendFacets;
use crate::context::Ctx;
use crate::error::{CliError, Result};
use crate::outcome::{Change, Outcome, Res, Target};

#[derive(Debug, Args)]
pub struct SetArgs {
    /// The user's key (UUID) or e-mail
    pub user: String,
    /// The attribute to set, by its shared name (each platform's own name
    /// works too). ODC: name, active, photo-url. Valuekeep: name, email,
    /// active, status, photo-url, technician, last-login, user-key, groups,
    /// roles. Descope: status, active, email, phone, name, given-name,
    /// middle-name, family-name, photo-url, login-id, attr.KEY (a custom
    /// attribute)
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
    /// The fields given, in the shared vocabulary, with their values.
    /// Which of them a platform has was checked with its flags; the
    /// capabilities map each to the platform's own JSON field.
    fn fields(&self) -> Result<Vec<(&'static str, Value)>> {
        let mut f: Vec<(&'static str, Value)> = Vec::new();
        let mut text = |name: &'static str, v: &Option<String>| {
            if let Some(v) = v {
                f.push((name, json!(v)));
            }
        };
        text("name", &self.name);
        text("photo-url", &self.photo_url);
        text("email", &self.email);
        text("phone", &self.phone);
        text("given-name", &self.given_name);
        text("middle-name", &self.middle_name);
        text("family-name", &self.family_name);
        text("status", &self.status);
        text("last-login", &self.last_login);
        text("user-key", &self.user_key);
        if self.active || self.inactive {
            f.push(("active", json!(self.active)));
        }
        if self.technician || self.not_technician {
            f.push(("technician", json!(self.technician)));
        }
        if !self.roles.is_empty() {
            f.push(("roles", json!(self.roles)));
        }
        if !self.tenants.is_empty() {
            let ts: Vec<Value> = super::create::parse_tenants(&self.tenants)?
                .into_iter()
                .map(|t| json!({"tenantId": t.tenant, "roleNames": t.roles}))
                .collect();
            f.push(("tenants", Value::Array(ts)));
        }
        if !self.attrs.is_empty() {
            f.push((
                "custom-attributes",
                Value::Object(crate::backend::custom_attributes(&self.attrs)?),
            ));
        }
        if let Some(v) = self.verified_email {
            f.push(("verified-email", json!(v)));
        }
        if let Some(v) = self.verified_phone {
            f.push(("verified-phone", json!(v)));
        }
        Ok(f)
    }
}

pub async fn set(ctx: &mut Ctx, args: SetArgs) -> Result<()> {
    let backend = ctx.backend().await?;
    let caps = backend.capabilities();
    // Shared names (`active`, `photo-url`) and the platform's own
    // (`is-active`, `picture`) both work; the value is mapped too.
    let (attr, value) = caps.attribute(&args.attr, &args.value)?;
    let shared = caps.attribute_name(&args.attr);
    let change = Change::set(&shared, Value::String(args.value.clone()));
    // The user's record, read once: it resolves an e-mail to the key, says
    // whether the attribute is already as asked (then nothing is sent),
    // and keeps the value before the change for the journal and `undo`.
    let path = caps.attribute_path(&args.attr);
    let (key, before) = match &path {
        Some(path) => {
            let record = backend.get_user(&args.user).await?;
            let key = backend.record_key(&record);
            let key = if key.is_empty() {
                backend.user_key(&args.user).await?
            } else {
                key
            };
            let current = crate::output::lookup(&record, path)
                .cloned()
                .unwrap_or(Value::Null);
            (key, Some(current))
        }
        None => (backend.user_key(&args.user).await?, None),
    };
    let target = Target::user(key.clone(), args.user.clone());
    if let Some(current) = &before
        && caps.same_value(current, &value)
    {
        return ctx.record(
            Outcome::new(target, change, Res::Unchanged).detail(format!("already {}", args.value)),
        );
    }
    let before = before.map(|b| serde_json::json!({ "field": shared, "value": b }));
    match backend.set_user(&key, &attr, &value).await {
        Ok(_) => ctx.record(Outcome::new(target, change, Res::Changed).before(before)),
        Err(e) => ctx.record_failed(Outcome::new(target, change, Res::Failed), e),
    }
}

pub async fn patch(ctx: &mut Ctx, args: PatchArgs) -> Result<()> {
    let json_body = match &args.json {
        Some(src) => match read_json(src)? {
            Value::Object(m) => Some(m),
            _ => return Err(CliError::usage("the --json body must be a JSON object")),
        },
        None => None,
    };
    let fields = args.fields()?;
    if json_body.is_some() && !fields.is_empty() {
        return Err(
            CliError::usage("--json and field flags cannot be used together")
                .hint("put every field in the JSON body, in the platform's own names"),
        );
    }
    if json_body.as_ref().is_none_or(|m| m.is_empty()) && fields.is_empty() {
        return Err(CliError::usage("nothing to change")
            .hint("give fields such as --name, --active/--inactive, --email, --photo-url, or a --json body (see `iamctl users patch --help`)"));
    }
    let backend = ctx.backend().await?;
    let body = match json_body {
        Some(m) => m,
        None => {
            let caps = backend.capabilities();
            let mut m = Map::new();
            for (name, value) in fields {
                let (field, value) = caps.patch_field(name, value)?.ok_or_else(|| {
                    crate::backend::capabilities::not_available(
                        format!("field {name:?} in `users patch`"),
                        caps.platform,
                    )
                })?;
                m.insert(field.to_string(), value);
            }
            m
        }
    };
    // The record, read once: the key, what is already as asked (left out
    // of the request) and what each field was before.
    let record = backend.get_user(&args.user).await?;
    let mut key = backend.record_key(&record);
    if key.is_empty() {
        key = backend.user_key(&args.user).await?;
    }
    let target = Target::user(key.clone(), args.user.clone());
    let mut body = body;
    let mut changed: Vec<(String, Value, Value)> = Vec::new();
    for (field, value) in std::mem::take(&mut body) {
        let current = crate::output::lookup(&record, &field)
            .cloned()
            .unwrap_or(Value::Null);
        if same_json(&current, &value) {
            ctx.record(
                Outcome::new(target.clone(), Change::set(&field, value), Res::Unchanged)
                    .detail("already so"),
            )?;
        } else {
            changed.push((field.clone(), value.clone(), current));
            body.insert(field, value);
        }
    }
    if body.is_empty() {
        return Ok(());
    }
    let sent = if args.replace {
        match backend
            .need_replace("replacing a whole user record (use `users patch` without --replace)")
        {
            Ok(f) => f.replace_user(&key, &body).await,
            Err(e) => Err(e),
        }
    } else {
        backend.patch_user(&key, &body).await
    };
    match sent {
        Ok(_) => {
            for (field, value, before) in changed {
                let before = serde_json::json!({ "field": field, "value": before, "path": field });
                ctx.record(
                    Outcome::new(target.clone(), Change::set(&field, value), Res::Changed)
                        .before(Some(before)),
                )?;
            }
        }
        Err(e) => {
            // Some platforms send a field at a time (Valuekeep: a PUT each)
            // and stop at the first refusal: read the user again to tell
            // what was done from what failed. Each field not as asked is
            // failed, with the one error deciding the exit code.
            let after = if changed.len() > 1 {
                backend.get_user(&key).await.ok()
            } else {
                None
            };
            for (field, value, before) in changed {
                let done = after.as_ref().is_some_and(|a| {
                    crate::output::lookup(a, &field).is_some_and(|now| same_json(now, &value))
                });
                let o = Outcome::new(target.clone(), Change::set(&field, value), Res::Changed);
                if done {
                    let before =
                        serde_json::json!({ "field": field, "value": before, "path": field });
                    ctx.record(o.before(Some(before)))?;
                } else {
                    ctx.record_failed(o, e.duplicate())?;
                }
            }
        }
    }
    Ok(())
}

/// Is a record's value already the value a patch would send? Exact JSON,
/// or the same text (a number sent as a string), or every key of an
/// object already there with that value (custom attributes merge).
fn same_json(current: &Value, wanted: &Value) -> bool {
    if current == wanted {
        return true;
    }
    match (current, wanted) {
        (Value::Object(c), Value::Object(w)) => w
            .iter()
            .all(|(k, v)| c.get(k).is_some_and(|cv| same_json(cv, v))),
        (Value::Number(n), Value::String(s)) | (Value::String(s), Value::Number(n)) => {
            n.to_string() == *s
        }
        _ => false,
    }
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
