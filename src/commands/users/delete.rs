//! `users delete USER...`: confirm, then delete each; some failing of
//! several is a partial failure (exit 7).

use clap::Args;
use reqwest::Method;

use crate::backend::odc::Api;
use crate::commands::Outcomes;
use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// Users by key (UUID) or e-mail
    #[arg(required = true)]
    pub users: Vec<String>,
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
    let odc = ctx.odc().await?;
    let mut outcomes = Outcomes::new();
    for spec in &args.users {
        let result = async {
            let key = odc.user_key(spec).await?;
            let req = odc.request(Method::DELETE, Api::Identity, &format!("users/{key}"));
            odc.write(req, &format!("delete user {spec}")).await
        }
        .await;
        match result {
            Ok(Some(_)) => {
                outcomes.done += 1;
                ctx.ui.status(format!("Deleted user {spec}"));
            }
            Ok(None) => outcomes.done += 1,
            Err(e) => outcomes.failed.push(e),
        }
    }
    outcomes.finish(&ctx.ui)
}
