//! `users sso-apps list|add|set|remove USER APP...` (Descope): which SSO
//! apps a user may sign in to (none listed: every app of the project).

use clap::{Args, Subcommand};
use serde_json::Value;

use crate::backend::facets::BackendFacets;
use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum SsoAppsCommand {
    /// The SSO apps a user may use (none: every app of the project)
    List(UserArg),
    /// Let the user use these SSO apps too (one request)
    Add(ChangeArgs),
    /// Make these the user's only SSO apps (none given: every app, confirmed)
    Set(SetArgs),
    /// Take these SSO apps from the user (reads them first: leaving none, i.e. every app, is confirmed)
    Remove(ChangeArgs),
}

#[derive(Debug, Args)]
pub struct UserArg {
    /// The user's login id or user id
    pub user: String,
}

#[derive(Debug, Args)]
pub struct ChangeArgs {
    /// The user's login id or user id
    pub user: String,
    /// SSO app ids
    #[arg(required = true)]
    pub apps: Vec<String>,
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// The user's login id or user id
    pub user: String,
    /// SSO app ids (none: the user may use every app)
    pub apps: Vec<String>,
}

/// What an empty list means (documented: `ssoAppIds` empty, every app).
const EVERY_APP: &str = "the user may then use EVERY SSO app of the project";

pub async fn run(ctx: &mut Ctx, cmd: SsoAppsCommand) -> Result<()> {
    let (user, apps, op) = match cmd {
        SsoAppsCommand::List(a) => return list(ctx, a).await,
        SsoAppsCommand::Add(a) => (a.user, a.apps, "add"),
        SsoAppsCommand::Set(a) => (a.user, a.apps, "set"),
        SsoAppsCommand::Remove(a) => (a.user, a.apps, "remove"),
    };
    let backend = ctx.backend().await?;
    let key = backend.user_key(&user).await?;
    // An empty list is no restriction at all: a change that leaves none
    // widens the user's access to every app, and a `set` that drops apps
    // (or narrows "every app" to a list) takes access away: both are
    // confirmed, as `users roles set` confirms what it removes. A remove or
    // a set reads the user's apps first to know.
    let held = if op == "add" {
        Vec::new()
    } else {
        let mut held = Vec::new();
        backend
            .need_user_sso_apps("SSO apps")?
            .list_user_sso_apps(&key, &mut |a| {
                if let Some(id) = a.get("ssoAppId").and_then(Value::as_str) {
                    held.push(id.to_string());
                }
                Ok(())
            })
            .await?;
        held
    };
    // Apps by id or name, each checked against the project's SSO apps
    // before anything is written (one listing; a remove of apps the user
    // holds needs none).
    let apps = if apps.iter().all(|a| held.contains(a)) && op == "remove" {
        apps
    } else if let Some(ad) = backend.admin().filter(|_| !apps.is_empty()) {
        let mut all = Vec::new();
        ad.list_sso_apps(&mut |a| {
            all.push(a);
            Ok(())
        })
        .await?;
        let field = |a: &Value, k: &str| a.get(k).and_then(Value::as_str).unwrap_or("").to_string();
        let mut ids = Vec::with_capacity(apps.len());
        for given in &apps {
            let id = all
                .iter()
                .find(|a| field(a, "id") == *given)
                .or_else(|| {
                    let named: Vec<&Value> = all
                        .iter()
                        .filter(|a| field(a, "name").eq_ignore_ascii_case(given))
                        .collect();
                    (named.len() == 1).then(|| named[0])
                })
                .map(|a| field(a, "id"))
                .or_else(|| (op == "remove" && held.contains(given)).then(|| given.clone()))
                .ok_or_else(|| {
                    crate::error::CliError::missing("SSO app", given)
                        .hint("`iamctl sso-apps list` shows the project's SSO apps")
                })?;
            ids.push(id);
        }
        ids
    } else {
        apps
    };
    let widens = match op {
        "set" => apps.is_empty() && !held.is_empty(),
        "remove" => held.iter().all(|h| apps.contains(h)),
        _ => false,
    };
    let dropped: Vec<&String> = held.iter().filter(|h| !apps.contains(h)).collect();
    let ask = if widens {
        Some(if op == "set" {
            format!("clear the SSO apps of {user} ({EVERY_APP})")
        } else {
            format!(
                "remove SSO apps {} from {user}, leaving none listed ({EVERY_APP})",
                apps.join(", ")
            )
        })
    } else if op == "set" && !apps.is_empty() && held.is_empty() {
        Some(format!(
            "restrict {user} to SSO apps {} (today: every SSO app of the project)",
            apps.join(", ")
        ))
    } else if op == "set" && !dropped.is_empty() {
        let dropped: Vec<&str> = dropped.iter().map(|d| d.as_str()).collect();
        Some(format!(
            "take SSO apps {} from {user} (setting {})",
            dropped.join(", "),
            apps.join(", ")
        ))
    } else {
        None
    };
    if let Some(what) = ask {
        if ctx.global.dry_run {
            ctx.ui.warn(format!("this would {what}"));
        } else {
            ctx.ui.confirm(&what)?;
        }
    }
    let result = match backend.need_user_sso_apps("SSO apps") {
        Ok(f) => f.change_sso_apps(&key, &apps, op).await,
        Err(e) => Err(e),
    };
    use crate::outcome::{Change, Outcome, Res, Target};
    let target = Target::user(key.clone(), user.to_string());
    let note = (widens || (op == "set" && apps.is_empty()))
        .then(|| format!("{user} may now use every SSO app of the project"));
    // add and remove: a record per app (one request carried them all);
    // set: the whole list, with what it was before.
    let mut records: Vec<Outcome> = if op == "set" {
        vec![
            Outcome::new(
                target,
                Change::set("sso-apps", serde_json::json!(apps)),
                Res::Changed,
            )
            .before(Some(
                serde_json::json!({"field": "sso-apps", "value": held}),
            )),
        ]
    } else {
        apps.iter()
            .map(|a| {
                Outcome::new(
                    target.clone(),
                    Change::membership(op == "add", Target::new("sso-app", a.clone(), None), None),
                    Res::Changed,
                )
            })
            .collect()
    };
    if let (Some(note), Some(last)) = (note, records.last_mut()) {
        last.detail = Some(note);
    }
    crate::commands::membership::tell_request(ctx, &key, result, records)
}

async fn list(ctx: &mut Ctx, args: UserArg) -> Result<()> {
    let backend = ctx.backend().await?;
    let key = backend.user_key(&args.user).await?;
    ctx.printer.begin(
        crate::backend::platform(backend.kind()).view("user-sso-apps"),
        false,
    )?;
    let printer = &mut ctx.printer;
    let mut listed = 0usize;
    backend
        .need_user_sso_apps("SSO apps")?
        .list_user_sso_apps(&key, &mut |a| {
            listed += 1;
            printer.item(a)
        })
        .await?;
    ctx.printer.end()?;
    if listed == 0 {
        // An empty table would read as "no app"; it means every app.
        ctx.ui
            .status("note: no SSO app restriction: the user may use every SSO app of the project");
    }
    Ok(())
}
