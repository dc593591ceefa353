//! ODC's whole contract (issue 10): every route of the vendor's OpenAPI
//! files is served by the sandbox, and the commands for what iamctl lacked
//! (claim mappings, permissions, the remaining `users list` filters, bulk
//! matching by identity).

use std::path::PathBuf;

use serde_json::{Value, json};

use crate::common::{self, Sandbox, TestEnv, direct, get_json, run};

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

#[test]
fn every_spec_route_is_served() {
    let Some(specs) = spec_files() else {
        eprintln!("SKIPPED: ../shared/specs not found");
        return;
    };
    let sb = Sandbox::start(&[]);
    let mut checked = 0;
    for (prefix, spec) in &specs {
        for (method, path, op) in operations(spec) {
            // Any well-formed key: a missing record answers the spec's 404,
            // an unrouted path the sandbox's "No resource" fallback.
            let concrete = path
                .split('/')
                .map(|seg| {
                    if seg.starts_with('{') {
                        "00000000-0000-4000-8000-000000000000"
                    } else {
                        seg
                    }
                })
                .collect::<Vec<_>>()
                .join("/");
            let body = (method != "GET" && method != "DELETE").then(|| json!({}));
            let (status, answer) = direct(&sb, &method, &format!("{prefix}{concrete}"), body);
            let detail = answer["detail"].as_str().unwrap_or("");
            assert!(
                !detail.starts_with("No resource at") && status != 405,
                "{method} {prefix}{path} ({op}) is not served: {status} {answer}"
            );
            checked += 1;
        }
    }
    // 37 identity operations and 7 portfolio ones.
    assert_eq!(checked, 44);
}
