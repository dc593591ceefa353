//! `iamctl stages list`, `apps list [--stage S]`, `portfolios list` (ODC):
//! the names `--stage`, `--app` and `--portfolio` take, as tables by name.
//! Each listing feeds the name cache.

use clap::{Args, Subcommand};

use crate::backend::admin::discovery;
use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum StagesCommand {
    /// List the stages (ODC), in their order
    #[command(alias = "ls")]
    List,
}

#[derive(Debug, Subcommand)]
pub enum AppsCommand {
    /// List the deployed apps (ODC), one row per app and stage
    #[command(alias = "ls")]
    List(AppsListArgs),
}

#[derive(Debug, Args)]
pub struct AppsListArgs {
    /// Only the apps deployed to this stage (by key or name)
    #[arg(long)]
    pub stage: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum PortfoliosCommand {
    /// List the portfolios (ODC)
    #[command(alias = "ls")]
    List,
}

pub async fn stages(ctx: &mut Ctx, cmd: StagesCommand) -> Result<()> {
    let backend = ctx.backend().await?;
    let d = discovery(backend.as_ref(), "`stages list`")?;
    match cmd {
        StagesCommand::List => {
            ctx.printer.begin(
                crate::backend::platform(backend.kind()).view("stages"),
                false,
            )?;
            let printer = &mut ctx.printer;
            d.list_stages(&mut |s| printer.item(s)).await?;
            ctx.printer.end()
        }
    }
}

pub async fn apps(ctx: &mut Ctx, cmd: AppsCommand) -> Result<()> {
    let backend = ctx.backend().await?;
    let d = discovery(backend.as_ref(), "`apps list`")?;
    match cmd {
        AppsCommand::List(a) => {
            ctx.printer
                .begin(crate::backend::platform(backend.kind()).view("apps"), false)?;
            let printer = &mut ctx.printer;
            d.list_apps(a.stage.as_deref(), &mut |s| printer.item(s))
                .await?;
            ctx.printer.end()
        }
    }
}

pub async fn portfolios(ctx: &mut Ctx, cmd: PortfoliosCommand) -> Result<()> {
    let backend = ctx.backend().await?;
    let d = discovery(backend.as_ref(), "`portfolios list`")?;
    match cmd {
        PortfoliosCommand::List => {
            ctx.printer.begin(
                crate::backend::platform(backend.kind()).view("portfolios"),
                false,
            )?;
            let printer = &mut ctx.printer;
            d.list_portfolios(&mut |s| printer.item(s)).await?;
            ctx.printer.end()
        }
    }
}
