//! `users delete USER...`: confirm, then delete them (Descope: in one
//! batch request); some failing of several is a partial failure (exit 7).

use clap::Args;

use crate::backend::Batch;
use crate::commands::membership::{Told, tell};
use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// Users by key (UUID) or e-mail
    #[arg(required = true)]
    pub users: Vec<String>,
    /// Valuekeep: the users are record ids (DELETE by identifier)
    #[arg(long)]
    pub by_id: bool,
}

pub async fn run(ctx: &mut Ctx, args: DeleteArgs) -> Result<()> {
    let n = args.users.len();
    let what = if n == 1 {
        format!("delete user {}", args.users[0])
    } else {
        format!("delete {n} users")
    };
    if !ctx.global.dry_run {
        ctx.ui.confirm(&format!("{what} (this cannot be undone)"))?;
    }
    let backend = ctx.backend().await?;
    // Keys first (lookups), then the deletes in as few requests as the
    // platform allows (Descope: one batch), each item told.
    let mut told = Vec::new();
    let mut keys = Vec::new();
    let mut spec_of = std::collections::HashMap::new();
    for spec in &args.users {
        if args.by_id {
            told.push(one(spec, backend.delete_user_by_id(spec).await));
            continue;
        }
        match backend.user_key(spec).await {
            Ok(k) => {
                spec_of.insert(k.clone(), spec.clone());
                keys.push(k);
            }
            Err(e) => told.push(one(spec, Err(e))),
        }
    }
    for mut batch in backend.delete_users(&keys).await {
        for k in &mut batch.keys {
            if let Some(spec) = spec_of.get(k) {
                *k = spec.clone();
            }
        }
        told.push(Told {
            batch,
            before: "Deleted user ".into(),
            after: String::new(),
        });
    }
    tell(&ctx.ui, told, "user")
}

fn one(spec: &str, result: Result<bool>) -> Told {
    Told {
        batch: Batch {
            keys: vec![spec.to_string()],
            result,
        },
        before: "Deleted user ".into(),
        after: String::new(),
    }
}
