//! `iamctl groups list|get|create|delete|members`

use clap::{Args, Subcommand};

use crate::commands::Outcomes;
use crate::commands::scope::StageArg;
use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum GroupsCommand {
    /// List groups
    #[command(alias = "ls")]
    List(ListArgs),
    /// Show one group, by key or name
    Get(GroupArg),
    /// Create a group in a stage
    Create(CreateArgs),
    /// Delete groups, by key or name
    #[command(alias = "rm")]
    Delete(DeleteArgs),
    /// List a group's members
    Members(GroupArg),
    /// Rename a group or change its description (ODC, Valuekeep)
    Update(UpdateArgs),
    /// The application roles a group grants its members (ODC)
    #[command(subcommand)]
    Roles(crate::commands::group_roles::GroupRolesCommand),
    /// Set one attribute of a group: name, email, description, key, active (Valuekeep)
    Set(SetArgs),
    /// Put users in a group, in one request (Valuekeep)
    AddMembers(MembersArgs),
    /// Take users out of a group, in one request (Valuekeep)
    RemoveMembers(MembersArgs),
    /// The identity-provider claims that make users members (ODC)
    #[command(subcommand)]
    ClaimMappings(crate::commands::claim_mappings::ClaimMappingsCommand),
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// The group's key or name
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::group_names))]
    pub group: String,
    /// name, email, description, key or active
    pub attribute: String,
    /// Its new value (true/false for active)
    pub value: String,
}

#[derive(Debug, Args)]
pub struct MembersArgs {
    /// The group's key or name
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::group_names))]
    pub group: String,
    /// Users by key or e-mail
    #[arg(required = true)]
    pub users: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only groups whose name contains this text
    #[arg(short, long)]
    pub search: Option<String>,
    #[command(flatten)]
    pub stage: StageArg,
}

#[derive(Debug, Args)]
pub struct GroupArg {
    /// The group's key or name
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::group_names))]
    pub group: String,
    #[command(flatten)]
    pub stage: StageArg,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Name of the new group
    pub name: String,
    #[command(flatten)]
    pub stage: StageArg,
    #[arg(long)]
    pub description: Option<String>,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The group's key or name
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::group_names))]
    pub group: String,
    #[command(flatten)]
    pub stage: StageArg,
    /// Its new name
    #[arg(long)]
    pub name: Option<String>,
    /// Its new description (`""` clears it)
    #[arg(long)]
    pub description: Option<String>,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// Groups by key or name
    #[arg(required = true, add = clap_complete::engine::ArgValueCandidates::new(crate::completion::group_names))]
    pub groups: Vec<String>,
    #[command(flatten)]
    pub stage: StageArg,
}

pub async fn run(ctx: &mut Ctx, cmd: GroupsCommand) -> Result<()> {
    match cmd {
        GroupsCommand::List(a) => list(ctx, a).await,
        GroupsCommand::Get(a) => get(ctx, a).await,
        GroupsCommand::Create(a) => create(ctx, a).await,
        GroupsCommand::Delete(a) => delete(ctx, a).await,
        GroupsCommand::Members(a) => members(ctx, a).await,
        GroupsCommand::Update(a) => update(ctx, a).await,
        GroupsCommand::Roles(c) => crate::commands::group_roles::run(ctx, c).await,
        GroupsCommand::Set(a) => set(ctx, a).await,
        GroupsCommand::AddMembers(a) => change_members(ctx, a, true).await,
        GroupsCommand::RemoveMembers(a) => change_members(ctx, a, false).await,
        GroupsCommand::ClaimMappings(c) => crate::commands::claim_mappings::run(ctx, c).await,
    }
}

async fn list(ctx: &mut Ctx, args: ListArgs) -> Result<()> {
    let backend = ctx.backend().await?;
    ctx.load_names(backend.views().group).await?;
    ctx.printer.begin(backend.views().group, false)?;
    let printer = &mut ctx.printer;
    backend
        .list_groups(args.search.as_deref(), &args.stage.scope(), &mut |g| {
            printer.item(g)
        })
        .await?;
    ctx.printer.end()
}

async fn get(ctx: &mut Ctx, args: GroupArg) -> Result<()> {
    let backend = ctx.backend().await?;
    let g = backend.get_group(&args.group, &args.stage.scope()).await?;
    ctx.printer.one(backend.views().group, g)
}

async fn members(ctx: &mut Ctx, args: GroupArg) -> Result<()> {
    let backend = ctx.backend().await?;
    let key = backend
        .group_keys(std::slice::from_ref(&args.group), &args.stage.scope())
        .await?
        .remove(0);
    ctx.printer.begin(backend.views().group_member, false)?;
    let printer = &mut ctx.printer;
    backend
        .group_members(&key, &mut |m| printer.item(m))
        .await?;
    ctx.printer.end()
}

async fn create(ctx: &mut Ctx, args: CreateArgs) -> Result<()> {
    let backend = ctx.backend().await?;
    let created = backend
        .create_group(&args.name, args.description.as_deref(), &args.stage.scope())
        .await?;
    if let Some(created) = created {
        ctx.ui.status(format!("Created group {}", args.name));
        ctx.printer.one(backend.views().created, created)?;
    }
    Ok(())
}

async fn delete(ctx: &mut Ctx, args: DeleteArgs) -> Result<()> {
    if !ctx.global.dry_run {
        ctx.ui.confirm(&format!(
            "delete {} group(s): {}",
            args.groups.len(),
            args.groups.join(", ")
        ))?;
    }
    let backend = ctx.backend().await?;
    let scope = args.stage.scope();
    let mut outcomes = Outcomes::new();
    for g in &args.groups {
        let result = async {
            let key = backend
                .group_keys(std::slice::from_ref(g), &scope)
                .await?
                .remove(0);
            backend.delete_group(&key).await
        }
        .await;
        match result {
            Ok(sent) => {
                outcomes.done += 1;
                if sent {
                    ctx.ui.status(format!("Deleted group {g}"));
                }
            }
            Err(e) => outcomes.failed.push(e),
        }
    }
    outcomes.finish(&ctx.ui)
}

async fn update(ctx: &mut Ctx, args: UpdateArgs) -> Result<()> {
    if args.name.is_none() && args.description.is_none() {
        return Err(crate::error::CliError::usage("nothing to change")
            .hint("give --name NEW and/or --description TEXT"));
    }
    // Checked before anything is sent: a refused name must not leave the
    // description already changed.
    if args.name.as_deref().is_some_and(|n| n.trim().is_empty()) {
        return Err(crate::error::CliError::usage(
            "a group's name cannot be empty",
        ));
    }
    let backend = ctx.backend().await?;
    let key = backend
        .group_keys(std::slice::from_ref(&args.group), &args.stage.scope())
        .await?
        .remove(0);
    if backend
        .update_group(&key, args.name.as_deref(), args.description.as_deref())
        .await?
    {
        ctx.ui.status(format!("Updated group {}", args.group));
    }
    Ok(())
}

async fn set(ctx: &mut Ctx, args: SetArgs) -> Result<()> {
    let backend = ctx.backend().await?;
    let key = backend
        .group_keys(std::slice::from_ref(&args.group), &Default::default())
        .await?
        .remove(0);
    if backend
        .set_group(&key, &args.attribute, &args.value)
        .await?
    {
        ctx.ui
            .status(format!("Set {} of group {}", args.attribute, args.group));
    }
    Ok(())
}

/// Every user and the group resolve first; then one request for all of
/// them (a refused list is tried user by user; exit 7 tells what failed).
async fn change_members(ctx: &mut Ctx, args: MembersArgs, add: bool) -> Result<()> {
    let backend = ctx.backend().await?;
    let key = backend
        .group_keys(std::slice::from_ref(&args.group), &Default::default())
        .await?
        .remove(0);
    let mut users = Vec::with_capacity(args.users.len());
    for u in &args.users {
        users.push(backend.user_key(u).await?);
    }
    if !add && !ctx.global.dry_run {
        ctx.ui.confirm(&format!(
            "remove {} user(s) from group {}: {}",
            users.len(),
            args.group,
            args.users.join(", ")
        ))?;
    }
    let batches = backend.change_group_members(&key, &users, add).await;
    let (before, after) = if add {
        ("Added ", format!(" to group {}", args.group))
    } else {
        ("Removed ", format!(" from group {}", args.group))
    };
    crate::commands::membership::tell_all(&ctx.ui, batches, before, &after, "user")
}
