//! Helpers for the ODC tests: roles read through the API, the vendor's
//! OpenAPI files, and refusals on the other platforms.

use std::path::PathBuf;

use serde_json::Value;

use crate::common::{Sandbox, TestEnv, get_json, run};

pub fn sb() -> Sandbox {
    Sandbox::start(&["--seed-users", "5"])
}

/// The vendor's OpenAPI files, kept beside the project (never copied in):
/// identity v1 and portfolio v2, with the prefix each is served under.
pub fn spec_files() -> Option<Vec<(&'static str, Value)>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/specs");
    let mut out = Vec::new();
    for (file, prefix) in [
        ("odc-identity-v1.json", "/api/identity/v1"),
        ("odc-portfolio-v2.json", "/api/portfolios/v2"),
    ] {
        let text = std::fs::read_to_string(dir.join(file)).ok()?;
        out.push((prefix, serde_json::from_str(&text).expect("spec is JSON")));
    }
    Some(out)
}

/// Every (method, path, operationId) of a spec.
pub fn operations(spec: &Value) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for (path, item) in spec["paths"].as_object().expect("paths") {
        for (method, op) in item.as_object().expect("path item") {
            if ["get", "put", "post", "patch", "delete"].contains(&method.as_str()) {
                out.push((
                    method.to_uppercase(),
                    path.clone(),
                    op["operationId"].as_str().unwrap_or("").to_string(),
                ));
            }
        }
    }
    out
}

/// The platforms other than ODC, as the matrix names them.
pub fn elsewhere(env: &TestEnv, sb: &Sandbox) -> Vec<(&'static str, assert_cmd::Command)> {
    let mut vk = env.cmd();
    vk.env("IAMCTL_KIND", "valuekeep")
        .env("IAMCTL_BASE_URL", &sb.url)
        .env("IAMCTL_TENANT", "sandbox")
        .env("IAMCTL_ORG", "sandbox-0001")
        .env("IAMCTL_CLIENT_ID", "sandbox-client")
        .env("IAMCTL_CLIENT_SECRET", "sandbox-secret")
        .env("IAMCTL_TOKEN_URL", format!("{}/connect/token", sb.url));
    let mut ds = env.cmd();
    ds.env("IAMCTL_KIND", "descope")
        .env("DESCOPE_PROJECT_ID", iamctl_sandbox::DESCOPE_PROJECT_ID)
        .env("IAMCTL_BASE_URL", &sb.url)
        .env(
            "IAMCTL_MANAGEMENT_KEY",
            iamctl_sandbox::DESCOPE_MANAGEMENT_KEY,
        );
    vec![("Valuekeep", vk), ("Descope", ds)]
}

/// `args` is refused on every other platform: exit 2, the one wording,
/// no request sent.
pub fn refused_elsewhere(env: &TestEnv, sb: &Sandbox, args: &[&str], what: &str) {
    for (name, mut cmd) in elsewhere(env, sb) {
        let mut full = vec!["-v"];
        full.extend_from_slice(args);
        let out = run(cmd.args(&full)).expect(2);
        assert!(
            out.stderr
                .contains(&format!("`{what}` is not available on {name}")),
            "{name}: {}",
            out.stderr
        );
        assert!(
            out.stderr.contains("* 0 requests,"),
            "{name}: {}",
            out.stderr
        );
    }
}

/// Key of an application role by name, app and stage, straight from the API.
pub fn app_role(sb: &Sandbox, name: &str, app: &str, stage: &str) -> String {
    let env = crate::common::env_key(sb, stage);
    let assets = get_json(sb, "/api/portfolios/v2/deployed-assets?limit=100");
    let asset = assets["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| {
            a["deployments"]
                .as_array()
                .unwrap()
                .iter()
                .any(|d| d["name"] == app)
        })
        .unwrap_or_else(|| panic!("no app {app}"))["key"]
        .as_str()
        .unwrap()
        .to_string();
    let roles = get_json(
        sb,
        &format!("application-roles?limit=100&assetKey={asset}&environmentKey={env}"),
    );
    roles["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == name)
        .unwrap_or_else(|| panic!("no role {name} in {app}/{stage}"))["key"]
        .as_str()
        .unwrap()
        .to_string()
}

/// Key of an organization role by name.
pub fn org_role(sb: &Sandbox, name: &str) -> String {
    get_json(sb, "organization-roles?limit=100")["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == name)
        .unwrap()["key"]
        .as_str()
        .unwrap()
        .to_string()
}
