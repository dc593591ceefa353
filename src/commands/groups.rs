//! `iamctl groups list|get|create|delete|members`

use clap::{Args, Subcommand};
use reqwest::Method;
use serde_json::{Map, Value, json};

use crate::backend::odc::Api;
use crate::commands::Outcomes;
use crate::context::Ctx;
use crate::error::Result;
use crate::views;

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
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only groups whose name contains this text
    #[arg(short, long)]
    pub search: Option<String>,
    /// Only groups of this stage (environment), by name or key
    #[arg(long)]
    pub stage: Option<String>,
}

#[derive(Debug, Args)]
pub struct GroupArg {
    /// The group's key or name
    pub group: String,
    /// Stage of the group named, when the name repeats across stages
    #[arg(long)]
    pub stage: Option<String>,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Name of the new group
    pub name: String,
    /// Stage (environment) the group belongs to, by name or key
    #[arg(long)]
    pub stage: String,
    #[arg(long)]
    pub description: Option<String>,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// Groups by key or name
    #[arg(required = true)]
    pub groups: Vec<String>,
    /// Stage of the groups named
    #[arg(long)]
    pub stage: Option<String>,
}

pub async fn run(ctx: &mut Ctx, cmd: GroupsCommand) -> Result<()> {
    match cmd {
        GroupsCommand::List(a) => list(ctx, a).await,
        GroupsCommand::Get(a) => get(ctx, a).await,
        GroupsCommand::Create(a) => create(ctx, a).await,
        GroupsCommand::Delete(a) => delete(ctx, a).await,
        GroupsCommand::Members(a) => members(ctx, a).await,
    }
}

async fn list(ctx: &mut Ctx, args: ListArgs) -> Result<()> {
    let odc = ctx.odc().await?;
    let mut query = Vec::new();
    if let Some(s) = args.search {
        query.push(("nameContains".to_string(), s));
    }
    if let Some(s) = args.stage {
        query.push(("environmentKey".to_string(), odc.environment_key(&s).await?));
    }
    ctx.printer.begin(views::ODC_GROUP, false)?;
    let printer = &mut ctx.printer;
    odc.each(Api::Identity, "groups", &query, None, "list groups", |g| printer.item(g))
        .await?;
    ctx.printer.end()
}

async fn group_key(ctx: &mut Ctx, group: &str, stage: Option<&str>) -> Result<(crate::backend::odc::Odc, String)> {
    let odc = ctx.odc().await?;
    let env = match stage {
        Some(s) => Some(odc.environment_key(s).await?),
        None => None,
    };
    let key = odc.group_key(group, env.as_deref()).await?;
    Ok((odc, key))
}

async fn get(ctx: &mut Ctx, args: GroupArg) -> Result<()> {
    let (odc, key) = group_key(ctx, &args.group, args.stage.as_deref()).await?;
    let g = odc
        .get(Api::Identity, &format!("groups/{key}"), &[], &format!("get group {}", args.group))
        .await?;
    ctx.printer.one(views::ODC_GROUP, g)
}

async fn members(ctx: &mut Ctx, args: GroupArg) -> Result<()> {
    let (odc, key) = group_key(ctx, &args.group, args.stage.as_deref()).await?;
    ctx.printer.begin(views::ODC_GROUP_MEMBER, false)?;
    let printer = &mut ctx.printer;
    odc.each(Api::Identity, &format!("groups/{key}/users"), &[], None, "list group members", |m| printer.item(m))
        .await?;
    ctx.printer.end()
}

async fn create(ctx: &mut Ctx, args: CreateArgs) -> Result<()> {
    let odc = ctx.odc().await?;
    let env = odc.environment_key(&args.stage).await?;
    let mut body = Map::new();
    body.insert("name".into(), json!(args.name));
    body.insert("environmentKey".into(), json!(env));
    if let Some(d) = args.description {
        body.insert("description".into(), json!(d));
    }
    let req = odc.request(Method::POST, Api::Identity, "groups").json(Value::Object(body));
    if let Some(created) = odc.write(req, &format!("create group {}", args.name)).await? {
        ctx.ui.status(format!("Created group {}", args.name));
        ctx.printer.one(views::KEY, created)?;
    }
    Ok(())
}

async fn delete(ctx: &mut Ctx, args: DeleteArgs) -> Result<()> {
    if !ctx.global.dry_run {
        ctx.ui.confirm(&format!("delete {} group(s): {}", args.groups.len(), args.groups.join(", ")))?;
    }
    let odc = ctx.odc().await?;
    let env = match &args.stage {
        Some(s) => Some(odc.environment_key(s).await?),
        None => None,
    };
    let mut outcomes = Outcomes::new();
    for g in &args.groups {
        let result = async {
            let key = odc.group_key(g, env.as_deref()).await?;
            let req = odc.request(Method::DELETE, Api::Identity, &format!("groups/{key}"));
            odc.write(req, &format!("delete group {g}")).await
        }
        .await;
        match result {
            Ok(sent) => {
                outcomes.done += 1;
                if sent.is_some() {
                    ctx.ui.status(format!("Deleted group {g}"));
                }
            }
            Err(e) => outcomes.failed.push(e),
        }
    }
    outcomes.finish(&ctx.ui)
}
