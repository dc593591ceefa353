//! Helpers of the profile, configuration and failure tests: an ODC
//! profile whose secret comes from an environment variable, and a user key
//! that names nobody.

use crate::common::{DESCOPE_PROJECT, Platform, Sandbox, TestEnv, VK_ORG, VK_TENANT, run};

pub const NO_USER: &str = "00000000-0000-4000-8000-000000000000";

pub fn add_env_profile(env: &TestEnv, name: &str, portal: &str, var: &str) {
    run(env.cmd().args([
        "profile",
        "add",
        name,
        "--kind",
        "odc",
        "--portal",
        portal,
        "--client-id",
        "sandbox-client",
        "--secret",
        &format!("env:{var}"),
    ]))
    .ok();
}

/// A profile of the config file for one platform of `sb`, its secret read
/// from the variable `secret_var` (Descope's key from `SB_KEY`).
pub fn config_profile(name: &str, p: Platform, sb: &Sandbox, secret_var: &str) -> String {
    let url = &sb.url;
    match p {
        Platform::Odc => format!(
            "[profiles.{name}]\nkind = \"odc\"\nportal = \"{url}\"\nclient_id = \"sandbox-client\"\nsecret = \"env:{secret_var}\"\n"
        ),
        Platform::Valuekeep => format!(
            "[profiles.{name}]\nkind = \"valuekeep\"\nbase_url = \"{url}\"\ntenant = \"{VK_TENANT}\"\norg = \"{VK_ORG}\"\nclient_id = \"sandbox-client\"\ntoken_url = \"{url}/connect/token\"\nsecret = \"env:{secret_var}\"\n"
        ),
        Platform::Descope => format!(
            "[profiles.{name}]\nkind = \"descope\"\nbase_url = \"{url}\"\nproject_id = \"{DESCOPE_PROJECT}\"\nsecret = \"env:SB_KEY\"\n"
        ),
    }
}
