//! `users delete USER...`: confirm, then delete them (Descope: in one
//! batch request); some failing of several is a partial failure (exit 7).

use clap::Args;

use crate::backend::Batch;
use crate::backend::facets::BackendFacets;
use crate::commands::membership::{Told, tell};
use crate::context::Ctx;
use crate::error::Result;
use crate::outcome::{Change, Outcome, Res, Target};

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
    // platform allows (Descope: one batch), each user a record.
    let mut told = Vec::new();
    let mut keys = Vec::new();
    let mut spec_of = std::collections::HashMap::new();
    for spec in &args.users {
        if args.by_id {
            told.push(one(
                spec,
                spec,
                match backend.need_user_records("deleting users by record id") {
                    Ok(f) => f.delete_user_by_id(spec).await,
                    Err(e) => Err(e),
                },
            ));
            continue;
        }
        match backend.user_key(spec).await {
            Ok(k) => {
                spec_of.insert(k.clone(), spec.clone());
                keys.push(k);
            }
            // Not found by name: a failure (nothing says it ever existed).
            Err(e) => ctx.record_failed(record(spec, spec), e)?,
        }
    }
    for batch in backend.delete_users(&keys).await {
        let records = batch
            .keys
            .iter()
            .map(|k| record(k, spec_of.get(k).map_or(k.as_str(), |s| s.as_str())))
            .collect();
        told.push(Told { batch, records });
    }
    tell(ctx, told)
}

fn record(key: &str, spec: &str) -> Outcome {
    Outcome::new(
        Target::user(key.to_string(), spec.to_string()),
        Change::op("delete"),
        Res::Deleted,
    )
}

fn one(key: &str, spec: &str, result: Result<bool>) -> Told {
    Told {
        batch: Batch {
            keys: vec![key.to_string()],
            result,
        },
        records: vec![record(key, spec)],
    }
}
