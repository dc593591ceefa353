//! The flag groups several commands share, defined once and flattened
//! where used: where a group or role lives (`--stage`, `--app`, `--org`,
//! `--tenant`) and how it is named (`--by-id`). Which platform honours
//! which is declared in each backend's capabilities, not here.

use clap::Args;

use crate::backend::Scope;

/// `--app`, `--stage`, `--org`: ODC's application and organization roles.
#[derive(Debug, Clone, Default, Args)]
pub struct RoleScopeArgs {
    /// App (deployed asset) the roles named belong to, by name or key (ODC)
    #[arg(long, add = clap_complete::engine::ArgValueCandidates::new(crate::completion::app_names))]
    pub app: Option<String>,
    /// Stage (environment) of the roles named, by name or key, e.g. Production (ODC)
    #[arg(long, add = clap_complete::engine::ArgValueCandidates::new(crate::completion::stage_names))]
    pub stage: Option<String>,
    /// Organization roles instead of application roles (ODC)
    #[arg(long, conflicts_with_all = ["app", "stage"])]
    pub org: bool,
}

/// `--stage`: where ODC's groups live.
#[derive(Debug, Clone, Default, Args)]
pub struct StageArg {
    /// Stage (environment) of the groups named, by name or key (ODC)
    #[arg(long, add = clap_complete::engine::ArgValueCandidates::new(crate::completion::stage_names))]
    pub stage: Option<String>,
}

/// `--tenant`: Descope's tenant-level roles.
#[derive(Debug, Clone, Default, Args)]
pub struct TenantArg {
    /// Roles within this tenant, by id or name, instead of project-level roles (Descope)
    #[arg(long, conflicts_with_all = ["app", "stage", "org"])]
    pub tenant: Option<String>,
}

/// `--by-id`: name groups and roles by record id (Valuekeep).
#[derive(Debug, Clone, Default, Args)]
pub struct ByIdArg {
    /// The groups or roles named are record ids, not keys or names (Valuekeep)
    #[arg(long)]
    pub by_id: bool,
}

impl RoleScopeArgs {
    pub fn scope(&self) -> Scope {
        Scope {
            stage: self.stage.clone(),
            app: self.app.clone(),
            org: self.org,
            ..Default::default()
        }
    }
}

impl StageArg {
    pub fn scope(&self) -> Scope {
        Scope {
            stage: self.stage.clone(),
            ..Default::default()
        }
    }
}

/// `--app`, `--stage`: where ODC's application roles live (no `--org`:
/// for commands that take application roles only).
#[derive(Debug, Clone, Default, Args)]
pub struct AppScopeArgs {
    /// App (deployed asset) the roles named belong to, by name or key (ODC)
    #[arg(long, add = clap_complete::engine::ArgValueCandidates::new(crate::completion::app_names))]
    pub app: Option<String>,
    /// Stage (environment) of the group and its roles, by name or key (ODC)
    #[arg(long, add = clap_complete::engine::ArgValueCandidates::new(crate::completion::stage_names))]
    pub stage: Option<String>,
}

impl AppScopeArgs {
    pub fn scope(&self) -> Scope {
        Scope {
            stage: self.stage.clone(),
            app: self.app.clone(),
            ..Default::default()
        }
    }
}
