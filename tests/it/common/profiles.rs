//! Helpers of the profile, configuration and failure tests: an ODC
//! profile whose secret comes from an environment variable, and a user key
//! that names nobody.

use crate::common::{TestEnv, run};

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
