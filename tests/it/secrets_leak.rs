//! Every command at `-vv` with a known, distinctive secret: neither the
//! client secret nor any access token may appear in stdout or stderr.

use crate::common::{Sandbox, TestEnv, run, token_for};

const SECRET: &str = "Zebra-Quokka-7f3a91-client-secret";
const WRONG: &str = "Wombat-Pangolin-2b8c-wrong-secret";

#[test]
fn no_secret_or_token_in_any_output() {
    let sb = Sandbox::start(&["--seed-users", "10", "--client-secret", SECRET]);
    let env = TestEnv::new();
    let odc = || {
        let mut c = env.odc(&sb);
        c.env("IAMCTL_CLIENT_SECRET", SECRET);
        c
    };
    let victim = create_user_with(&sb, "victim@example.com");
    let group = group_key_with(&sb);
    let mut transcripts: Vec<(String, String, String)> = Vec::new();
    let mut check = |label: &str, mut cmd: assert_cmd::Command, want: i32| {
        let out = run(cmd.arg("-vv")).expect(want);
        transcripts.push((label.to_string(), out.stdout, out.stderr));
    };

    check(
        "list",
        {
            let mut c = odc();
            c.args(["users", "list"]);
            c
        },
        0,
    );
    check(
        "list json",
        {
            let mut c = odc();
            c.args(["users", "list", "--all", "-o", "json"]);
            c
        },
        0,
    );
    check(
        "get key",
        {
            let mut c = odc();
            c.args(["users", "get", &victim]);
            c
        },
        0,
    );
    check(
        "get email",
        {
            let mut c = odc();
            c.args(["users", "get", "victim@example.com", "-o", "json"]);
            c
        },
        0,
    );
    check(
        "create",
        {
            let mut c = odc();
            c.args([
                "users",
                "create",
                "--email",
                "leak@example.com",
                "--name",
                "Leak",
            ]);
            c
        },
        0,
    );
    check(
        "invite",
        {
            let mut c = odc();
            c.args(["users", "invite", "--email", "leak2@example.com"]);
            c
        },
        0,
    );
    check(
        "set",
        {
            let mut c = odc();
            c.args(["users", "set", &victim, "name", "Renamed"]);
            c
        },
        0,
    );
    check(
        "patch",
        {
            let mut c = odc();
            c.args(["users", "patch", &victim, "--json", r#"{"isActive":false}"#]);
            c
        },
        0,
    );
    check(
        "dry-run",
        {
            let mut c = odc();
            c.args(["--dry-run", "users", "patch", &victim, "--active"]);
            c
        },
        0,
    );
    check(
        "groups add",
        {
            let mut c = odc();
            c.args(["users", "groups", "add", &victim, &group]);
            c
        },
        0,
    );
    check(
        "groups list",
        {
            let mut c = odc();
            c.args(["users", "groups", "list", &victim, "-o", "json"]);
            c
        },
        0,
    );
    check(
        "roles add",
        {
            let mut c = odc();
            c.args(["users", "roles", "add", &victim, "Developer", "--org"]);
            c
        },
        0,
    );
    check(
        "roles list",
        {
            let mut c = odc();
            c.args(["users", "roles", "list", &victim, "--org"]);
            c
        },
        0,
    );
    check(
        "groups",
        {
            let mut c = odc();
            c.args(["groups", "list"]);
            c
        },
        0,
    );
    check(
        "members",
        {
            let mut c = odc();
            c.args(["groups", "members", &group, "-o", "ndjson"]);
            c
        },
        0,
    );
    check(
        "roles",
        {
            let mut c = odc();
            c.args(["roles", "list", "--org", "-o", "json"]);
            c
        },
        0,
    );
    check(
        "api get",
        {
            let mut c = odc();
            c.args(["api", "GET", "users?limit=2"]);
            c
        },
        0,
    );
    check(
        "api post",
        {
            let mut c = odc();
            c.args([
                "api",
                "POST",
                "users",
                "--data",
                r#"{"email":"raw@example.com","name":"Raw","isActive":true}"#,
            ]);
            c
        },
        0,
    );
    check(
        "api error",
        {
            let mut c = odc();
            c.args(["api", "POST", "users", "--data", r#"{"email":"bad"}"#]);
            c
        },
        5,
    );
    check(
        "profile show",
        {
            let mut c = odc();
            c.args(["profile", "show", "-o", "json"]);
            c
        },
        0,
    );
    check(
        "profile test",
        {
            let mut c = odc();
            c.args(["profile", "test"]);
            c
        },
        0,
    );
    check(
        "delete",
        {
            let mut c = odc();
            c.args(["users", "delete", "--yes", &victim]);
            c
        },
        0,
    );
    check(
        "not found",
        {
            let mut c = odc();
            c.args(["users", "get", &victim, "-o", "json"]);
            c
        },
        3,
    );

    // A profile whose secret comes from a variable, shown and tested.
    run(env.cmd().args([
        "profile",
        "add",
        "leaky",
        "--kind",
        "odc",
        "--portal",
        &sb.url,
        "--client-id",
        "sandbox-client",
        "--secret",
        "env:LEAKY_SECRET",
    ]))
    .ok();
    check(
        "profile show (file)",
        {
            let mut c = env.cmd();
            c.env("LEAKY_SECRET", SECRET)
                .args(["profile", "show", "leaky"]);
            c
        },
        0,
    );
    check(
        "profile test (file)",
        {
            let mut c = env.cmd();
            c.env("LEAKY_SECRET", SECRET)
                .args(["profile", "test", "leaky", "-o", "json"]);
            c
        },
        0,
    );
    check(
        "profile list",
        {
            let mut c = env.cmd();
            c.args(["profile", "list"]);
            c
        },
        0,
    );

    // Auth failures, in a fresh environment (no cached token).
    let fresh = TestEnv::new();
    check(
        "wrong secret",
        {
            let mut c = fresh.odc(&sb);
            c.env("IAMCTL_CLIENT_SECRET", WRONG).args(["users", "list"]);
            c
        },
        4,
    );
    check(
        "wrong secret json",
        {
            let mut c = fresh.odc(&sb);
            c.env("IAMCTL_CLIENT_SECRET", WRONG)
                .args(["-o", "json", "profile", "test"]);
            c
        },
        4,
    );
    check(
        "no keyring",
        {
            let mut c = fresh.cmd();
            c.args([
                "profile",
                "add",
                "k",
                "--kind",
                "odc",
                "--portal",
                &sb.url,
                "--client-id",
                "c",
                "--client-secret-stdin",
            ])
            .write_stdin(SECRET);
            c
        },
        4,
    );

    // Tokens: the one iamctl cached, and one fetched now (the sandbox's format).
    let mut tokens = vec![token_for(&sb, "sandbox-client", SECRET)];
    for entry in std::fs::read_dir(env.path().join("cache/tokens")).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        tokens.push(v["access_token"].as_str().unwrap().to_string());
    }
    assert!(
        tokens.iter().all(|t| t.starts_with("sbx_") && t.len() > 20),
        "{tokens:?}"
    );

    assert!(transcripts.len() >= 28);
    for (label, stdout, stderr) in &transcripts {
        for (stream, text) in [("stdout", stdout), ("stderr", stderr)] {
            assert!(
                !text.contains(SECRET),
                "{label}: client secret in {stream}:\n{text}"
            );
            assert!(
                !text.contains(WRONG),
                "{label}: wrong secret in {stream}:\n{text}"
            );
            for t in &tokens {
                assert!(
                    !text.contains(t.as_str()),
                    "{label}: access token in {stream}:\n{text}"
                );
            }
            // No sandbox token of any run, whichever it was.
            assert!(
                !text.contains("sbx_"),
                "{label}: a token in {stream}:\n{text}"
            );
        }
    }
    // The traces did show requests and bodies (so the test tests something).
    let all: String = transcripts
        .iter()
        .map(|(_, o, e)| format!("{o}{e}"))
        .collect();
    assert!(
        all.contains("client_secret=***"),
        "token request body not traced"
    );
    assert!(
        all.contains("\"access_token\":\"***\""),
        "token answer not traced"
    );
    assert!(all.contains("> authorization: Bearer ***"));
}

fn create_user_with(sb: &Sandbox, email: &str) -> String {
    // common::create_user uses the default credentials; this sandbox has its own.
    let client = crate::common::http();
    let resp: serde_json::Value = client
        .post(format!("{}/api/identity/v1/users", sb.url))
        .bearer_auth(token_for(sb, "sandbox-client", SECRET))
        .json(&serde_json::json!({"email": email, "name": "Victim", "isActive": true}))
        .send()
        .unwrap()
        .json()
        .unwrap();
    resp["key"].as_str().expect("created").to_string()
}

fn group_key_with(sb: &Sandbox) -> String {
    let client = crate::common::http();
    let resp: serde_json::Value = client
        .get(format!("{}/api/identity/v1/groups?limit=1", sb.url))
        .bearer_auth(token_for(sb, "sandbox-client", SECRET))
        .send()
        .unwrap()
        .json()
        .unwrap();
    resp["results"][0]["key"].as_str().unwrap().to_string()
}
