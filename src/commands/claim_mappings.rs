//! `groups claim-mappings list|remove|clear GROUP`: the identity-provider
//! claims that make signed-in users members of an ODC group. The API lists
//! them inside the group and removes them one at a time; it has no call
//! that creates one.

use clap::{Args, Subcommand};
use serde_json::Value;

use crate::backend::facets::BackendFacets;
use crate::commands::scope::StageArg;
use crate::context::Ctx;
use crate::error::{CliError, Result};

#[derive(Debug, Subcommand)]
pub enum ClaimMappingsCommand {
    /// The identity-provider claims that make users members of a group
    #[command(alias = "ls")]
    List(GroupArg),
    /// Remove claim mappings from a group, by key
    #[command(alias = "rm")]
    Remove(RemoveArgs),
    /// Remove every claim mapping of a group (members then come only from
    /// assignment)
    Clear(GroupArg),
}

#[derive(Debug, Args)]
pub struct GroupArg {
    /// The group's key or name
    pub group: String,
    #[command(flatten)]
    pub stage: StageArg,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// The group's key or name
    pub group: String,
    /// Claim mappings, by key (see `groups claim-mappings list`)
    #[arg(required = true)]
    pub mappings: Vec<String>,
    #[command(flatten)]
    pub stage: StageArg,
}

pub async fn run(ctx: &mut Ctx, cmd: ClaimMappingsCommand) -> Result<()> {
    let backend = ctx.backend().await?;
    let (group, stage) = match &cmd {
        ClaimMappingsCommand::List(a) | ClaimMappingsCommand::Clear(a) => (&a.group, &a.stage),
        ClaimMappingsCommand::Remove(a) => (&a.group, &a.stage),
    };
    let key = backend
        .group_keys(std::slice::from_ref(group), &stage.scope())
        .await?
        .remove(0);
    let group = group.clone();
    let mappings = match cmd {
        ClaimMappingsCommand::List(_) => {
            ctx.printer.begin(
                crate::backend::platform(backend.kind()).view("claim-mappings"),
                false,
            )?;
            let printer = &mut ctx.printer;
            backend
                .need_claim_mappings("identity-provider claim mappings")?
                .group_claim_mappings(&key, &mut |m| printer.item(m))
                .await?;
            return ctx.printer.end();
        }
        ClaimMappingsCommand::Remove(a) => a.mappings,
        ClaimMappingsCommand::Clear(_) => {
            let mut keys = Vec::new();
            backend
                .need_claim_mappings("identity-provider claim mappings")?
                .group_claim_mappings(&key, &mut |m: Value| {
                    if let Some(k) = m.get("key").and_then(Value::as_str) {
                        keys.push(k.to_string());
                    }
                    Ok(())
                })
                .await?;
            if keys.is_empty() {
                ctx.ui
                    .status(format!("Group {group} has no claim mappings"));
                return Ok(());
            }
            keys
        }
    };
    if mappings.iter().any(|m| !crate::backend::is_uuid(m)) {
        return Err(
            CliError::usage("claim mappings are named by key").hint(format!(
                "list them with `iamctl groups claim-mappings list {group:?}`"
            )),
        );
    }
    if !ctx.global.dry_run {
        ctx.ui.confirm(&format!(
            "remove {} claim mapping(s) from group {group}",
            mappings.len()
        ))?;
    }
    let target = crate::outcome::Target::new("group", key.clone(), Some(group.to_string()));
    for m in &mappings {
        let result = match backend.need_claim_mappings("identity-provider claim mappings") {
            Ok(f) => f.delete_group_claim_mapping(&key, m).await,
            Err(e) => Err(e),
        };
        let o = crate::outcome::Outcome::new(
            target.clone(),
            crate::outcome::Change::membership(
                false,
                crate::outcome::Target::new("claim-mapping", m.clone(), None),
                None,
            ),
            crate::outcome::Res::Changed,
        );
        crate::commands::membership::record_write(ctx, o, result)?;
    }
    Ok(())
}
