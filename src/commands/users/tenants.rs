//! `users tenants list|add|remove USER TENANT...` (Descope).

use clap::{Args, Subcommand};

use crate::backend::facets::BackendFacets;
use crate::commands::membership::record_write;
use crate::context::Ctx;
use crate::error::Result;
use crate::outcome::{Change, Outcome, Res, Target};

#[derive(Debug, Subcommand)]
pub enum TenantsCommand {
    /// The tenants a user belongs to, with the user's roles in each
    List(UserArg),
    /// Add the user to tenants
    Add(ChangeArgs),
    /// Remove the user from tenants
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
    /// Tenant ids
    #[arg(required = true)]
    pub tenants: Vec<String>,
}

pub async fn run(ctx: &mut Ctx, cmd: TenantsCommand) -> Result<()> {
    let (args, add) = match cmd {
        TenantsCommand::List(a) => return list(ctx, a).await,
        TenantsCommand::Add(a) => (a, true),
        TenantsCommand::Remove(a) => (a, false),
    };
    let backend = ctx.backend().await?;
    let key = backend.user_key(&args.user).await?;
    let target = Target::user(key.clone(), args.user.clone());
    for t in &args.tenants {
        let result = if add {
            match backend.need_tenants("tenants") {
                Ok(f) => f.add_user_tenant(&key, t).await,
                Err(e) => Err(e),
            }
        } else {
            match backend.need_tenants("tenants") {
                Ok(f) => f.remove_user_tenant(&key, t).await,
                Err(e) => Err(e),
            }
        };
        let o = Outcome::new(
            target.clone(),
            Change::membership(add, Target::new("tenant", t.clone(), None), None),
            Res::Changed,
        );
        record_write(ctx, o, result)?;
    }
    Ok(())
}

async fn list(ctx: &mut Ctx, args: UserArg) -> Result<()> {
    let backend = ctx.backend().await?;
    let key = backend.user_key(&args.user).await?;
    ctx.printer.begin(backend.views().user_group, false)?;
    let printer = &mut ctx.printer;
    backend
        .need_tenants("tenants")?
        .list_user_tenants(&key, &mut |t| printer.item(t))
        .await?;
    ctx.printer.end()
}
