//! `users delete USER...`: confirm, then delete each; some failing of
//! several is a partial failure (exit 7).

use clap::Args;

use crate::commands::Outcomes;
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
    let mut outcomes = Outcomes::new();
    for spec in &args.users {
        let result = async {
            if args.by_id {
                return backend.delete_user_by_id(spec).await;
            }
            let key = backend.user_key(spec).await?;
            backend.delete_user(&key).await
        }
        .await;
        match result {
            Ok(sent) => {
                outcomes.done += 1;
                if sent {
                    ctx.ui.status(format!("Deleted user {spec}"));
                }
            }
            Err(e) => outcomes.failed.push(e),
        }
    }
    outcomes.finish(&ctx.ui)
}
