//! `users groups list|add|remove|set USER GROUP...`

use clap::{Args, Subcommand};

use crate::backend::Scope;
use crate::commands::membership::{self, Change, Holding};
use crate::commands::scope::{ByIdArg, StageArg};
use crate::context::Ctx;
use crate::error::{CliError, Result};

#[derive(Debug, Subcommand)]
pub enum GroupsCommand {
    /// The groups a user belongs to
    List(UserArg),
    /// Add the user to groups
    Add(ChangeArgs),
    /// Remove the user from groups
    Remove(ChangeArgs),
    /// Make these the user's groups exactly (none: leave every assigned group)
    Set(ChangeArgs),
}

#[derive(Debug, Args)]
pub struct UserArg {
    /// The user's key (UUID) or e-mail
    pub user: String,
}

#[derive(Debug, Args)]
pub struct ChangeArgs {
    /// The user's key (UUID) or e-mail
    pub user: String,
    /// Groups by key or name
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::group_names))]
    pub groups: Vec<String>,
    #[command(flatten)]
    pub stage: StageArg,
    #[command(flatten)]
    pub by_id: ByIdArg,
}

pub async fn run(ctx: &mut Ctx, cmd: GroupsCommand) -> Result<()> {
    let (args, change) = match cmd {
        GroupsCommand::List(a) => return list(ctx, a).await,
        GroupsCommand::Add(a) => (a, Change::Add),
        GroupsCommand::Remove(a) => (a, Change::Remove),
        GroupsCommand::Set(a) => (a, Change::Set),
    };
    if change != Change::Set && args.groups.is_empty() {
        return Err(CliError::usage("name at least one group"));
    }
    let scope = Scope {
        by_id: args.by_id.by_id,
        ..args.stage.scope()
    };
    membership::apply(
        ctx,
        Holding::Group,
        &args.user,
        &args.groups,
        &scope,
        change,
    )
    .await
}

async fn list(ctx: &mut Ctx, args: UserArg) -> Result<()> {
    let backend = ctx.backend().await?;
    let key = backend.user_key(&args.user).await?;
    ctx.load_names(backend.views().user_group).await?;
    ctx.printer.begin(backend.views().user_group, false)?;
    let printer = &mut ctx.printer;
    backend
        .list_user_groups(&key, &mut |g| printer.item(g))
        .await?;
    ctx.printer.end()
}
