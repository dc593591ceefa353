//! `iamctl groups list|get|create|delete|members`

use clap::{Args, Subcommand};

use crate::backend::facets::{self, BackendFacets};
use crate::commands::membership::record_write;
use crate::commands::scope::StageArg;
use crate::context::Ctx;
use crate::error::{CliError, Result};
use crate::outcome::{Change as OutcomeChange, Outcome, Res, Target};
use serde_json::Value;

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
    /// Users by key or e-mail (record ids with --by-id)
    #[arg(required = true)]
    pub users: Vec<String>,
    /// The users are named by record id (GUID): sent to `addById`/`removeById` (Valuekeep)
    #[arg(long)]
    pub by_id: bool,
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
        .need_groups("listing groups")?
        .list_groups(args.search.as_deref(), &args.stage.scope(), &mut |g| {
            printer.item(g)
        })
        .await?;
    ctx.printer.end()
}

async fn get(ctx: &mut Ctx, args: GroupArg) -> Result<()> {
    let backend = ctx.backend().await?;
    let g = backend
        .need_groups("groups")?
        .get_group(&args.group, &args.stage.scope())
        .await?;
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
        .need_groups("group members")?
        .group_members(&key, &mut |m| printer.item(m))
        .await?;
    ctx.printer.end()
}

async fn create(ctx: &mut Ctx, args: CreateArgs) -> Result<()> {
    let backend = ctx.backend().await?;
    let created = match backend.need_groups("creating groups") {
        Ok(f) => {
            f.create_group(&args.name, args.description.as_deref(), &args.stage.scope())
                .await
        }
        Err(e) => Err(e),
    };
    match created {
        Ok(created) => ctx.record(Outcome::created("group", &args.name, created)),
        Err(e) => ctx.record_failed(Outcome::created("group", &args.name, None), e),
    }
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
    for g in &args.groups {
        let record = |key: &str| {
            Outcome::new(
                Target::new("group", key, Some(g.clone())),
                OutcomeChange::op("delete"),
                Res::Deleted,
            )
        };
        let key = match backend.group_keys(std::slice::from_ref(g), &scope).await {
            Ok(mut k) => k.remove(0),
            Err(e) => {
                ctx.record_failed(record(g), e)?;
                continue;
            }
        };
        let result = match backend.need_groups("deleting groups") {
            Ok(f) => f.delete_group(&key).await,
            Err(e) => Err(e),
        };
        record_write(ctx, record(&key), result)?;
    }
    Ok(())
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
    let target = Target::new("group", key.clone(), Some(args.group.clone()));
    let result = match backend.need_groups("changing groups") {
        Ok(f) => {
            f.update_group(&key, args.name.as_deref(), args.description.as_deref())
                .await
        }
        Err(e) => Err(e),
    };
    let mut told = Vec::new();
    for (field, value) in [("name", &args.name), ("description", &args.description)] {
        if let Some(v) = value {
            told.push(Outcome::new(
                target.clone(),
                OutcomeChange::set(field, Value::String(v.clone())),
                Res::Changed,
            ));
        }
    }
    crate::commands::membership::tell_request(ctx, &key, result, told)
}

async fn set(ctx: &mut Ctx, args: SetArgs) -> Result<()> {
    let backend = ctx.backend().await?;
    let key = backend
        .group_keys(std::slice::from_ref(&args.group), &Default::default())
        .await?
        .remove(0);
    let target = Target::new("group", key.clone(), Some(args.group.clone()));
    let change = OutcomeChange::set(&args.attribute, Value::String(args.value.clone()));
    record_write(
        ctx,
        Outcome::new(target, change, Res::Changed),
        match backend.need_record_edits("changing groups") {
            Ok(f) => f.set_group(&key, &args.attribute, &args.value).await,
            Err(e) => Err(e),
        },
    )
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
        if args.by_id {
            if !crate::backend::is_uuid(u) {
                return Err(CliError::usage(format!(
                    "{u:?} is not a record id (a GUID); drop --by-id to name users by key or e-mail"
                )));
            }
            users.push(crate::backend::user_by_record_id(u));
        } else {
            users.push(backend.user_key(u).await?);
        }
    }
    if !add && !ctx.global.dry_run {
        ctx.ui.confirm(&format!(
            "remove {} user(s) from group {}: {}",
            users.len(),
            args.group,
            args.users.join(", ")
        ))?;
    }
    let batches = match backend.need_record_edits("changing a group's members") {
        Ok(f) => f.change_group_members(&key, &users, add).await,
        Err(e) => facets::refused(&users, e),
    };
    let item = Target::new("group", key.clone(), Some(args.group.clone()));
    // By record id, the answer's keys are the ids given.
    let keys = if args.by_id { &args.users } else { &users };
    crate::commands::membership::tell_members(ctx, batches, keys, &args.users, item, add)
}
