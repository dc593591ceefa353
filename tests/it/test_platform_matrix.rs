//! The cross-platform matrix (issue 15): every command × every platform ×
//! every one of the command's own flags. A cell is either honoured (the
//! capability check lets it through) or refused with the one wording, exit
//! 2 and zero requests sent. Then the shared vocabulary, proven by the
//! sandbox's state on every platform.
//!
//! The oracle for "honoured" is each backend's declared capabilities; what
//! this test proves is that the binary behaves as declared (refusals send
//! nothing and say the same thing everywhere), that every flag of the CLI
//! is declared by some platform, and that no declaration names a command
//! or flag the CLI does not have.

use std::path::Path;

use iamctl::backend::capabilities::Capabilities;
use serde_json::Value;

use crate::common::{Sandbox, TestEnv, run};

const TENANT: &str = "sandbox";
const ORG: &str = "sandbox-0001";
const PROJECT: &str = "P2sandboxDescopeProject000000";
const KEY: &str = "K2sandboxDescopeManagementKey000000000000000000000000000000000000000000";

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum P {
    Odc,
    Valuekeep,
    Descope,
}

const PLATFORMS: [P; 3] = [P::Odc, P::Valuekeep, P::Descope];

impl P {
    fn caps(self) -> &'static Capabilities {
        match self {
            P::Odc => &iamctl::backend::odc::caps::CAPS,
            P::Valuekeep => &iamctl::backend::valuekeep::caps::CAPS,
            P::Descope => &iamctl::backend::descope::caps::CAPS,
        }
    }

    fn cmd(self, env: &TestEnv, sb: &Sandbox) -> assert_cmd::Command {
        let mut c = env.cmd();
        // A file a command writes where it is run lands in the test's
        // directory, never in the checkout.
        c.current_dir(env.path());
        match self {
            P::Odc => {
                c.env("IAMCTL_KIND", "odc")
                    .env("IAMCTL_PORTAL", &sb.url)
                    .env("IAMCTL_CLIENT_ID", "sandbox-client")
                    .env("IAMCTL_CLIENT_SECRET", "sandbox-secret");
            }
            P::Valuekeep => {
                c.env("IAMCTL_KIND", "valuekeep")
                    .env("IAMCTL_BASE_URL", &sb.url)
                    .env("IAMCTL_TENANT", TENANT)
                    .env("IAMCTL_ORG", ORG)
                    .env("IAMCTL_CLIENT_ID", "sandbox-client")
                    .env("IAMCTL_CLIENT_SECRET", "sandbox-secret")
                    .env("IAMCTL_TOKEN_URL", format!("{}/connect/token", sb.url));
            }
            P::Descope => {
                c.env("IAMCTL_KIND", "descope")
                    .env("DESCOPE_PROJECT_ID", PROJECT)
                    .env("IAMCTL_BASE_URL", &sb.url)
                    .env("IAMCTL_MANAGEMENT_KEY", KEY);
            }
        }
        c
    }

    /// A seeded user, group, role and tenant of this platform's world.
    fn names(self) -> (&'static str, &'static str, &'static str, &'static str) {
        match self {
            P::Odc => (
                "pedro.henriques2@example.com",
                "Support",
                "Viewer",
                "T-acme",
            ),
            P::Valuekeep => ("carla.ferreira2", "MAINT", "TECHNICIAN", "T-acme"),
            P::Descope => ("eva.esteves2@example.com", "Support", "Viewer", "T-acme"),
        }
    }
}

/// The commands bound to a platform, each with its own long flags and
/// whether each takes a value.
fn commands() -> Vec<(String, Vec<(String, bool)>)> {
    fn walk(
        cmd: &clap::Command,
        path: &mut Vec<String>,
        out: &mut Vec<(String, Vec<(String, bool)>)>,
    ) {
        let subs: Vec<&clap::Command> = cmd.get_subcommands().collect();
        if subs.is_empty() {
            let flags = cmd
                .get_arguments()
                .filter_map(|a| {
                    let long = a.get_long()?;
                    if a.is_global_set() || long == "help" || long == "version" {
                        return None;
                    }
                    let takes = a.get_action().takes_values()
                        && a.get_num_args().is_none_or(|n| n.min_values() > 0);
                    Some((format!("--{long}"), takes))
                })
                .collect();
            out.push((path.join(" "), flags));
            return;
        }
        for s in subs {
            path.push(s.get_name().to_string());
            walk(s, path, out);
            path.pop();
        }
    }
    let root = iamctl::cli::command();
    let mut out = Vec::new();
    walk(&root, &mut Vec::new(), &mut out);
    out.retain(|(c, _)| {
        let top = c.split(' ').next().unwrap_or("");
        let local = matches!(
            top,
            "sandbox" | "completions" | "man" | "help" | "environment" | "assumptions" | "commands"
                // The journal's runs: read from this machine, no request.
                | "history"
        ) || (top == "profile" && c != "profile test")
            || c.ends_with(" help");
        !local
    });
    out
}

#[test]
fn every_flag_is_declared_by_some_platform_and_every_declaration_exists() {
    let cli = commands();
    for (command, flags) in &cli {
        for (flag, _) in flags {
            let by = PLATFORMS
                .iter()
                .filter(|p| {
                    p.caps()
                        .flags_of(command)
                        .is_some_and(|f| f.contains(&flag.as_str()))
                })
                .count();
            assert!(
                by > 0,
                "`{command} {flag}` is a flag no platform declares: declare it in a backend's caps.rs, or remove it"
            );
        }
    }
    for p in PLATFORMS {
        for (command, declared) in p.caps().commands {
            let Some((_, flags)) = cli.iter().find(|(c, _)| c == command) else {
                panic!("{p:?} declares `{command}`, which the CLI does not have");
            };
            for f in *declared {
                assert!(
                    flags.iter().any(|(g, _)| g == f),
                    "{p:?} declares `{command} {f}`, which the CLI does not have"
                );
            }
        }
    }
}

/// A plausible value for a flag, and the arguments a command needs to get
/// as far as the capability check.
fn value_of(flag: &str, dir: &Path) -> String {
    match flag {
        "--stage" => "Development".into(),
        "--app" => "SalesPortal".into(),
        "--tenant" => "T-acme".into(),
        "--search" => "a".into(),
        "--status" => "active".into(),
        "--sort" => "name".into(),
        "--limit" => "5".into(),
        "--filter" => "IsActive eq true".into(),
        "--role" => "Viewer".into(),
        "--email" => "matrix@example.com".into(),
        "--format" => "csv".into(),
        "--results" | "--resume" => dir.join("results.ndjson").display().to_string(),
        "--concurrency" => "2".into(),
        "--json" => "{}".into(),
        "--photo-url" | "--invite-url" => "https://example.com/p.png".into(),
        "--login-id" => "matrix".into(),
        "--phone" => "+15550000001".into(),
        "--group" => "MAINT".into(),
        "--user-key" => "MATRIX".into(),
        "--attr" => "k=v".into(),
        "--last-login" => "2026-01-01T00:00:00Z".into(),
        "--last-login-before" | "--last-login-after" => "90d".into(),
        "--created-after" | "--created-before" => "30d".into(),
        "--key" => "MATRIXKEY".into(),
        "--domain" => "example.com".into(),
        "--portfolio" | "--logged-in-portfolio" => "Default".into(),
        "--logged-in-stage" => "Development".into(),
        "--embed" => "app-roles".into(),
        "--file" => dir.join("file").display().to_string(),
        "--from" => dir.join("users.txt").display().to_string(),
        "--column" => "email".into(),
        "--description" => "d".into(),
        "--data" => "{}".into(),
        "--invited-before" => "30d".into(),
        "--since" | "--until" => "1d".into(),
        "--expires" => "2030-01-01".into(),
        "--from-stage" => "Development".into(),
        "--to-stage" => "Production".into(),
        "--plan" => dir.join("plan.yaml").display().to_string(),
        "--plan-out" => dir.join("plan-out.yaml").display().to_string(),
        _ => "X".into(),
    }
}

fn positionals(p: P, command: &str, dir: &Path) -> Vec<String> {
    let (u, g, r, t) = p.names();
    let v = |xs: &[&str]| xs.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    match command {
        "users get" | "users access" | "users delete" | "users picture" | "users groups list"
        | "users roles list" | "users tenants list" | "users logout" | "users patch" => v(&[u]),
        "users set" => v(&[u, "name", "Matrix"]),
        "users password expire" | "users password set" => v(&[u]),
        "users copy-access" => v(&[u, u]),
        "users lifecycle set" => v(&["name", "Matrix"]),
        "users groups add" | "users groups remove" | "users groups set" => v(&[u, g]),
        "users roles add" | "users roles remove" | "users roles set" => v(&[u, r]),
        "users tenants add" | "users tenants remove" => v(&[u, t]),
        "users import" => v(&[&dir.join("users.csv").display().to_string()]),
        "groups get" | "groups delete" | "groups members" | "groups roles list"
        | "groups update" => v(&[g]),
        "identity-providers get" => v(&["Built-in"]),
        "groups claim-mappings list" | "groups claim-mappings clear" => v(&[g]),
        "groups claim-mappings remove" => v(&[g, "00000000-0000-4000-8000-000000000000"]),
        "permissions get" => v(&["Manage users"]),
        "roles permissions list" => v(&["Developer"]),
        "roles permissions add" | "roles permissions remove" | "roles permissions set" => {
            v(&["Developer", "Manage users"])
        }
        "groups roles add" | "groups roles remove" | "groups roles set" => v(&[g, r]),
        "groups create" => v(&["Matrix Group"]),
        "roles get" | "roles users" | "roles update" | "roles delete" => v(&[r]),
        "roles create" => v(&["Matrix Role"]),
        "access holders" => v(&[r]),
        "groups set" => v(&[g, "description", "Matrix"]),
        "groups add-members" | "groups remove-members" => v(&[g, u]),
        "roles set" => v(&[r, "description", "Matrix"]),
        "roles add-users" | "roles remove-users" => v(&[r, u]),
        "users sso-apps list" | "users credentials remove" => v(&[u]),
        "users sso-apps add" | "users sso-apps set" | "users sso-apps remove" => {
            v(&[u, "matrix-app"])
        }
        "api" => v(&["GET", "/"]),
        "users history" => v(&[u]),
        "tenants get"
        | "tenants delete"
        | "tenants update"
        | "tenants settings get"
        | "tenants default-roles" => v(&[t]),
        "tenants settings set" => v(&[t, "enabled=true"]),
        "tenants create" => v(&["Matrix Tenant"]),
        "access-keys get"
        | "access-keys update"
        | "access-keys activate"
        | "access-keys deactivate"
        | "access-keys delete"
        | "access-keys rotate" => v(&["matrix-key"]),
        "access-keys create" => v(&["Matrix Key"]),
        "permissions create" => v(&["matrix.permission"]),
        "permissions update" | "permissions delete" => v(&["User Admin"]),
        "sso-apps get" => v(&["app-wiki"]),
        _ => Vec::new(),
    }
}

/// What every run of `command` carries besides the flag under test.
fn base_flags(command: &str, flag: &str, dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    if matches!(command, "users create" | "users invite") {
        for f in ["--email", "--name"] {
            if f != flag {
                out.push(f.to_string());
                out.push(value_of(f, dir));
            }
        }
    }
    if command.starts_with("users lifecycle ") && flag != "--from" {
        out.push("--from".into());
        out.push(dir.join("users.txt").display().to_string());
    }
    if command == "users password set" && flag != "--temporary" && flag != "--active" {
        out.push("--temporary".into());
    }
    if command == "roles update" && flag != "--name" {
        out.push("--name".into());
        out.push("Renamed".into());
    }
    if command == "users picture" && flag != "--file" {
        out.push("--file".into());
        out.push(value_of("--file", dir));
    }
    if command == "diff" && flag != "--from" {
        out.push("--from".into());
        out.push("matrix-source".into());
    }
    if command == "apply" && flag != "--file" {
        out.push("--file".into());
        out.push(dir.join("apply.yaml").display().to_string());
    }
    out
}

fn refusal(p: P, command: &str, flag: Option<&str>) -> String {
    match flag {
        Some(f) => format!(
            "error: `{command} {f}` is not available on {}",
            p.caps().platform
        ),
        None => format!(
            "error: `{command}` is not available on {}",
            p.caps().platform
        ),
    }
}

#[test]
fn every_command_and_flag_on_every_platform_is_honoured_or_refused_before_any_request() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let dir = env.path().join("matrix");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("users.csv"), "email,name\nm1@example.com,M One\n").unwrap();
    std::fs::write(dir.join("users.txt"), "nobody@example.com\n").unwrap();
    std::fs::write(
        dir.join("apply.yaml"),
        "users:\n  - email: m2@example.com\n    name: M Two\n",
    )
    .unwrap();
    let mut refused = 0;
    let mut honoured = 0;
    let mut failures = Vec::new();
    for p in PLATFORMS {
        for (command, flags) in commands() {
            let has = p.caps().flags_of(&command);
            // The command alone, then with each of its flags.
            let mut cells: Vec<Option<(String, bool)>> = vec![None];
            cells.extend(flags.into_iter().map(Some));
            for cell in cells {
                let flag = cell.as_ref().map(|(f, _)| f.as_str()).unwrap_or("");
                let mut args: Vec<String> = vec!["-v".into(), "--dry-run".into()];
                args.extend(command.split(' ').map(str::to_string));
                args.extend(positionals(p, &command, &dir));
                args.extend(base_flags(&command, flag, &dir));
                if let Some((f, takes)) = &cell {
                    args.push(f.clone());
                    if *takes {
                        args.push(value_of(f, &dir));
                    }
                }
                let out = run(p.cmd(&env, &sb).args(&args));
                let expected = match (has, &cell) {
                    (None, _) => Some(refusal(p, &command, None)),
                    (Some(fs), Some((f, _))) if !fs.contains(&f.as_str()) => {
                        Some(refusal(p, &command, Some(f)))
                    }
                    _ => None,
                };
                let shown = format!("{p:?}: iamctl {}", args.join(" "));
                match expected {
                    Some(line) => {
                        refused += 1;
                        let ok = out.code == 2
                            && out.stderr.lines().any(|l| l == line)
                            && out.stderr.contains("* 0 requests,");
                        if !ok {
                            failures.push(format!(
                                "{shown}\n  wanted exit 2, {line:?} and zero requests; got exit {}:\n{}",
                                out.code, out.stderr
                            ));
                        }
                    }
                    None => {
                        honoured += 1;
                        let platform = p.caps().platform;
                        if out
                            .stderr
                            .contains(&format!("` is not available on {platform}"))
                        {
                            failures
                                .push(format!("{shown}\n  declared, but refused:\n{}", out.stderr));
                        }
                    }
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cells wrong:\n\n{}",
        failures.len(),
        refused + honoured,
        failures.join("\n\n")
    );
    // The matrix is not trivially one-sided.
    assert!(
        refused > 50 && honoured > 100,
        "refused {refused}, honoured {honoured}"
    );
}

fn get(p: P, env: &TestEnv, sb: &Sandbox, user: &str) -> Value {
    let out = run(p.cmd(env, sb).args(["users", "get", user, "-o", "json"]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    serde_json::from_str(&out.stdout).unwrap()
}

/// Whether a user record says active, in each platform's own field.
fn is_active(p: P, u: &Value) -> bool {
    match p {
        P::Odc => u["isActive"] == Value::Bool(true),
        P::Valuekeep => u["isActive"] == Value::Bool(true),
        P::Descope => u["status"] == "enabled",
    }
}

#[test]
fn shared_attribute_and_status_names_work_on_every_platform() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    for p in PLATFORMS {
        let (u, ..) = p.names();
        // `active` is the shared name: ODC isActive, Valuekeep is-active,
        // Descope status enabled/disabled.
        run(p
            .cmd(&env, &sb)
            .args(["users", "set", u, "active", "false"]))
        .ok();
        assert!(!is_active(p, &get(p, &env, &sb, u)), "{p:?}: still active");
        // Where the status is an attribute of its own (Valuekeep keeps
        // `isActive` and `status` apart), the shared status name sets it.
        let status_settable = p
            .caps()
            .attributes
            .iter()
            .any(|a| a.name == "status" && a.setter.is_some());
        if status_settable {
            run(p
                .cmd(&env, &sb)
                .args(["users", "set", u, "status", "inactive"]))
            .ok();
        }
        // `--status inactive` finds them, in the platform's own terms.
        let out = run(p.cmd(&env, &sb).args([
            "users", "list", "--status", "inactive", "--all", "-o", "json",
        ]))
        .ok();
        let listed = out.json();
        let found = listed.as_array().unwrap().iter().any(|x| {
            ["email", "userKey"]
                .iter()
                .any(|k| x[k].as_str().is_some_and(|s| s.eq_ignore_ascii_case(u)))
                || x["loginIds"]
                    .as_array()
                    .is_some_and(|l| l.iter().any(|l| l == u))
        });
        assert!(found, "{p:?}: --status inactive does not list {u}");
        // `patch --active` is the same intent.
        run(p.cmd(&env, &sb).args(["users", "patch", u, "--active"])).ok();
        assert!(
            is_active(p, &get(p, &env, &sb, u)),
            "{p:?}: not active again"
        );
        // A status or sort field nobody has: the same refusal everywhere.
        let out = run(p
            .cmd(&env, &sb)
            .args(["-v", "users", "list", "--status", "sleepy"]))
        .expect(2);
        let platform = p.caps().platform;
        assert!(
            out.stderr
                .contains(&format!("status \"sleepy\" is not available on {platform}"))
                && out.stderr.contains("* 0 requests,"),
            "{p:?}: {}",
            out.stderr
        );
        let out = run(p
            .cmd(&env, &sb)
            .args(["-v", "users", "list", "--sort", "bogus"]))
        .expect(2);
        assert!(
            out.stderr.contains(&format!(
                "sort field \"bogus\" is not available on {platform}"
            )) && out.stderr.contains("* 0 requests,"),
            "{p:?}: {}",
            out.stderr
        );
        // Shared sort names are sent as the platform's own.
        run(p
            .cmd(&env, &sb)
            .args(["users", "list", "--sort", "-name", "--limit", "3"]))
        .ok();
    }
}

#[test]
fn dry_run_is_data_in_json_on_every_platform() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    for p in PLATFORMS {
        let (u, ..) = p.names();
        let out = run(p.cmd(&env, &sb).args([
            "users",
            "set",
            u,
            "name",
            "Dry Run",
            "--dry-run",
            "-o",
            "json",
        ]))
        .ok();
        // One planned outcome record, with the request it would send.
        let planned = out.json();
        let records = planned
            .as_array()
            .unwrap_or_else(|| panic!("{p:?}: {}", out.stdout));
        assert_eq!(records.len(), 1, "{p:?}: {planned}");
        assert_eq!(records[0]["result"], "planned", "{p:?}: {planned}");
        assert_eq!(records[0]["change"]["field"], "name", "{p:?}: {planned}");
        assert_eq!(records[0]["change"]["value"], "Dry Run", "{p:?}: {planned}");
        let first = &records[0]["requests"][0];
        assert!(
            first["method"].is_string()
                && first["url"]
                    .as_str()
                    .unwrap_or("")
                    .starts_with("http://127.0.0.1:"),
            "{p:?}: {planned}"
        );
        let out = run(p.cmd(&env, &sb).args([
            "users",
            "set",
            u,
            "name",
            "Dry Run",
            "--dry-run",
            "-o",
            "ndjson",
        ]))
        .ok();
        let lines = out.ndjson();
        assert_eq!(lines.len(), 1, "{p:?}: {}", out.stdout);
        assert_eq!(lines[0]["result"], "planned", "{p:?}");
        assert_eq!(lines[0]["requests"][0]["method"], first["method"], "{p:?}");
        // Nothing was sent.
        assert_ne!(get(p, &env, &sb, u)["name"], "Dry Run", "{p:?}");
    }
}

/// The import columns the parser knows are exactly those some platform
/// declares it can set (no column read that nobody honours, none declared
/// that the parser drops).
#[test]
fn import_columns_are_the_platforms_declarations() {
    let mut declared: Vec<&str> = PLATFORMS
        .iter()
        .flat_map(|p| p.caps().import_columns.iter().copied())
        .collect();
    declared.sort_unstable();
    declared.dedup();
    let mut parsed: Vec<&str> = iamctl::bulk::input::COLUMNS.to_vec();
    parsed.sort_unstable();
    assert_eq!(parsed, declared);
}
