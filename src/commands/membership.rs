//! Adding, removing and setting a user's groups or roles, written once for
//! every platform: resolve names, compute the difference for `set`, confirm
//! removals, then one request per change; some failing is exit 7.

use std::collections::BTreeSet;

use crate::backend::{Backend, Scope};
use crate::commands::Outcomes;
use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Add,
    Remove,
    Set,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Group,
    Role,
}

impl Kind {
    fn noun(self) -> &'static str {
        match self {
            Kind::Group => "group",
            Kind::Role => "role",
        }
    }
}

pub async fn apply(
    ctx: &mut Ctx,
    kind: Kind,
    user: &str,
    names: &[String],
    scope: &Scope,
    change: Change,
) -> Result<()> {
    let backend = ctx.backend().await?;
    let b = backend.as_ref();
    let user_key = b.user_key(user).await?;
    let keys = match kind {
        Kind::Group => b.group_keys(names, scope).await?,
        Kind::Role => b.role_keys(names, scope).await?,
    };
    let plan: Vec<(String, bool)> = match change {
        Change::Add => keys.into_iter().map(|k| (k, true)).collect(),
        Change::Remove => keys.into_iter().map(|k| (k, false)).collect(),
        Change::Set => {
            let held = match kind {
                Kind::Group => b.held_groups(&user_key, scope).await?,
                Kind::Role => b.held_roles(&user_key, scope).await?,
            };
            let own: BTreeSet<String> = held
                .into_iter()
                .filter(|h| h.direct)
                .map(|h| h.key)
                .collect();
            let desired: BTreeSet<String> = keys.into_iter().collect();
            let add = desired.difference(&own).map(|k| (k.clone(), true));
            let remove: Vec<(String, bool)> = own
                .difference(&desired)
                .map(|k| (k.clone(), false))
                .collect();
            if !remove.is_empty() && !ctx.global.dry_run {
                ctx.ui.confirm(&format!(
                    "take {user} out of {} {}(s) and into {}",
                    remove.len(),
                    kind.noun(),
                    desired.difference(&own).count()
                ))?;
            }
            add.chain(remove).collect()
        }
    };
    if plan.is_empty() {
        ctx.ui.status("Nothing to change");
        return Ok(());
    }
    let mut outcomes = Outcomes::new();
    for (key, add) in plan {
        match one(b, kind, &user_key, &key, scope, add).await {
            Ok(sent) => {
                outcomes.done += 1;
                if sent {
                    let verb = match (kind, add) {
                        (Kind::Group, true) => "Added to group",
                        (Kind::Group, false) => "Removed from group",
                        (Kind::Role, true) => "Granted role",
                        (Kind::Role, false) => "Revoked role",
                    };
                    ctx.ui.status(format!("{verb} {key}: {user}"));
                }
            }
            Err(e) => outcomes.failed.push(e),
        }
    }
    outcomes.finish(&ctx.ui)
}

async fn one(
    b: &dyn Backend,
    kind: Kind,
    user: &str,
    key: &str,
    scope: &Scope,
    add: bool,
) -> Result<bool> {
    match (kind, add) {
        (Kind::Group, true) => b.add_to_group(user, key).await,
        (Kind::Group, false) => b.remove_from_group(user, key).await,
        (Kind::Role, true) => b.grant_role(user, key, scope).await,
        (Kind::Role, false) => b.revoke_role(user, key, scope).await,
    }
}
