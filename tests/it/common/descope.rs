//! Helpers for the Descope tests: the sandbox's project and key, a Descope
//! command, searches, and the project-administration runner.

use serde_json::{Value, json};

use crate::common::{
    Platform, Sandbox, TestEnv, Transcript, descope_mgmt as mgmt, run, snapshot_settings,
};

pub const PROJECT: &str = "P2sandboxDescopeProject000000";
pub const KEY: &str = "K2sandboxDescopeManagementKey000000000000000000000000000000000000000000";

/// `iamctl` on the environment route against the sandbox's Descope project.
pub fn dsc_cmd(env: &TestEnv, sb: &Sandbox) -> assert_cmd::Command {
    let mut c = env.cmd();
    c.env("IAMCTL_KIND", "descope")
        .env("DESCOPE_PROJECT_ID", PROJECT)
        .env("IAMCTL_BASE_URL", &sb.url)
        .env("IAMCTL_MANAGEMENT_KEY", KEY);
    c
}

pub fn exists(sb: &Sandbox, login: &str) -> bool {
    mgmt(sb, "GET", &format!("/v1/mgmt/user?loginId={login}"), None).0 == 200
}

pub fn create(env: &TestEnv, sb: &Sandbox, args: &[&str]) -> Value {
    let mut full = vec!["users", "create"];
    full.extend_from_slice(args);
    full.extend_from_slice(&["-o", "json"]);
    // One outcome record; its `record` is Descope's answer (the new user).
    let out = run(dsc_cmd(env, sb).args(&full)).ok().json();
    assert_eq!(out.as_array().map(Vec::len), Some(1), "{out}");
    assert_eq!(out[0]["result"], "created", "{out}");
    out[0]["record"].clone()
}

pub fn search(sb: &Sandbox, body: Value) -> Vec<Value> {
    let (status, page) = mgmt(sb, "POST", "/v2/mgmt/user/search", Some(body));
    assert_eq!(status, 200, "{page}");
    page["users"].as_array().unwrap().clone()
}

pub fn first_login(sb: &Sandbox) -> String {
    search(sb, json!({"limit": 1}))[0]["loginIds"][0]
        .as_str()
        .unwrap()
        .to_string()
}

pub struct D {
    pub sb: Sandbox,
    pub env: TestEnv,
}

impl D {
    pub fn new() -> D {
        D {
            sb: Sandbox::start(&["--seed-users", "5"]),
            env: TestEnv::new(),
        }
    }

    pub fn run(&self, args: &[&str]) -> Transcript {
        Transcript::of(self.env.on(Platform::Descope, &self.sb).args(args))
    }

    /// Run each command, snapshot the whole session as `name` (each run
    /// headed by its command line), and return the transcripts.
    #[track_caller]
    pub fn session(&self, name: &str, runs: &[&[&str]]) -> Vec<Transcript> {
        let mut text = String::new();
        let mut out = Vec::new();
        for args in runs {
            let t = self.run(args);
            text.push_str(&format!("$ iamctl {}\n{t}", args.join(" ")));
            out.push(t);
        }
        snapshot_settings().bind(|| insta::assert_snapshot!(name, text));
        out
    }
}

pub fn codes(ts: &[Transcript]) -> Vec<i32> {
    ts.iter().map(Transcript::code).collect()
}
