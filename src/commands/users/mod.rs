//! `iamctl users ...`

mod access;
mod copy_access;
mod count;
mod create;
mod credentials;
mod delete;
pub(crate) mod export;
mod get;
mod groups;
mod import;
mod lifecycle;
pub mod list;
mod logout;
mod modify;
mod password;
mod picture;
mod roles;
mod sso_apps;
mod tenants;

use clap::Subcommand;

pub use create::check_email;
pub use modify::read_json;

use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum UsersCommand {
    /// List users (one page by default; --all for every user, streamed)
    #[command(alias = "ls")]
    List(list::ListArgs),
    /// Show one user, by key or e-mail
    Get(get::GetArgs),
    /// How many users match, in one request
    Count(count::CountArgs),
    /// Every group, role and tenant a user holds, and where each comes from
    Access(access::AccessArgs),
    /// Give a user the groups, roles and tenants another holds directly
    /// (plan first; nothing is taken away)
    CopyAccess(copy_access::CopyAccessArgs),
    /// Deactivate, reactivate, delete or set an attribute of many users at
    /// once, from a file or stdin, with per-user results and --resume
    #[command(subcommand)]
    Lifecycle(lifecycle::LifecycleCommand),
    /// Create a user
    Create(create::CreateArgs),
    /// Invite a user (ODC: created Invited in the built-in identity provider; Descope: created and sent an invitation; Valuekeep: sendInvitation)
    Invite(create::InviteArgs),
    /// Delete users, by key or e-mail (cannot be undone)
    #[command(alias = "rm")]
    Delete(delete::DeleteArgs),
    /// Create users from a CSV, JSON or NDJSON file, with per-row results
    Import(import::ImportArgs),
    /// Write every user in the columns `users import` reads (CSV, JSON, NDJSON)
    Export(export::ExportArgs),
    /// Set one attribute (see `users set --help` for each platform's)
    Set(modify::SetArgs),
    /// Change several attributes at once; sends only what is given
    Patch(modify::PatchArgs),
    /// Download a user's picture (Valuekeep)
    Picture(picture::PictureArgs),
    /// A user's group memberships
    #[command(subcommand)]
    Groups(groups::GroupsCommand),
    /// A user's application roles (or organization roles with --org)
    #[command(subcommand)]
    Roles(roles::RolesCommand),
    /// Descope: the tenants a user belongs to
    #[command(subcommand)]
    Tenants(tenants::TenantsCommand),
    /// Descope: end every session of a user
    Logout(logout::LogoutArgs),
    /// Descope: expire a user's password, or set a temporary or active one
    #[command(subcommand)]
    Password(password::PasswordCommand),
    /// Descope: delete every test user of the project (cannot be undone)
    DeleteTestUsers(password::DeleteTestUsersArgs),
    /// Descope: the SSO apps a user may sign in to
    #[command(subcommand)]
    SsoApps(sso_apps::SsoAppsCommand),
    /// Descope: remove a user's TOTP seed, passkeys or recovery codes (a lost device)
    #[command(subcommand)]
    Credentials(credentials::CredentialsCommand),
}

pub async fn run(ctx: &mut Ctx, cmd: UsersCommand) -> Result<()> {
    match cmd {
        UsersCommand::List(a) => list::run(ctx, a).await,
        UsersCommand::Get(a) => get::run(ctx, a).await,
        UsersCommand::Count(a) => count::run(ctx, a).await,
        UsersCommand::Access(a) => access::run(ctx, a).await,
        UsersCommand::CopyAccess(a) => copy_access::run(ctx, a).await,
        UsersCommand::Lifecycle(c) => lifecycle::run(ctx, c).await,
        UsersCommand::Create(a) => create::run(ctx, a).await,
        UsersCommand::Invite(a) => create::invite(ctx, a).await,
        UsersCommand::Delete(a) => delete::run(ctx, a).await,
        UsersCommand::Import(a) => import::run(ctx, a).await,
        UsersCommand::Export(a) => export::run(ctx, a).await,
        UsersCommand::Set(a) => modify::set(ctx, a).await,
        UsersCommand::Patch(a) => modify::patch(ctx, a).await,
        UsersCommand::Picture(a) => picture::run(ctx, a).await,
        UsersCommand::Groups(c) => groups::run(ctx, c).await,
        UsersCommand::Roles(c) => roles::run(ctx, c).await,
        UsersCommand::Tenants(c) => tenants::run(ctx, c).await,
        UsersCommand::Logout(a) => logout::run(ctx, a).await,
        UsersCommand::Password(c) => password::run(ctx, c).await,
        UsersCommand::DeleteTestUsers(a) => password::delete_test_users(ctx, a).await,
        UsersCommand::SsoApps(c) => sso_apps::run(ctx, c).await,
        UsersCommand::Credentials(c) => credentials::run(ctx, c).await,
    }
}
