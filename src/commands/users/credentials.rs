//! `users credentials remove USER [--totp] [--passkeys] [--recovery-codes]`
//! (Descope): what an admin does for a user who lost a device. The user
//! enrolls again at the next sign-in; nothing else of the user changes.

use clap::{Args, Subcommand};

use crate::backend::facets::{self, BackendFacets};
use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum CredentialsCommand {
    /// Remove a user's TOTP seed, passkeys and/or recovery codes (none
    /// named: all three); asks first
    Remove(RemoveArgs),
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// The user's login id or user id
    pub user: String,
    /// The authenticator-app (TOTP) seed
    #[arg(long)]
    pub totp: bool,
    /// Every passkey
    #[arg(long)]
    pub passkeys: bool,
    /// The recovery codes
    #[arg(long)]
    pub recovery_codes: bool,
}

pub async fn run(ctx: &mut Ctx, cmd: CredentialsCommand) -> Result<()> {
    let CredentialsCommand::Remove(args) = cmd;
    let all = !(args.totp || args.passkeys || args.recovery_codes);
    let kinds: Vec<String> = [
        ("totp", args.totp),
        ("passkeys", args.passkeys),
        ("recovery-codes", args.recovery_codes),
    ]
    .into_iter()
    .filter(|(_, on)| all || *on)
    .map(|(k, _)| k.to_string())
    .collect();
    let backend = ctx.backend().await?;
    let key = backend.user_key(&args.user).await?;
    if !ctx.global.dry_run {
        ctx.ui.confirm(&format!(
            "remove the {} of {} (they must enroll again)",
            kinds.join(", "),
            args.user
        ))?;
    }
    let batches = match backend.need_credentials("removing credentials") {
        Ok(f) => f.remove_credentials(&key, &kinds).await,
        Err(e) => facets::refused(&kinds, e),
    };
    let target = crate::outcome::Target::user(key.clone(), args.user.clone());
    crate::commands::membership::tell_each(ctx, batches, |kind| {
        crate::outcome::Outcome::new(
            target.clone(),
            crate::outcome::Change::membership(
                false,
                crate::outcome::Target::new("credential", kind, None),
                None,
            ),
            crate::outcome::Res::Changed,
        )
    })
}
