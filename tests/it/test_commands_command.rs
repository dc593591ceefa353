//! Issue 24: `iamctl commands`, the command catalogue for programs. It is
//! built from the clap tree and the capability data; these tests hold it
//! equal to both, independently of how it is built, and keep the README's
//! per-platform verb table generated from it.

use iamctl::commands::catalogue::{self, Entry, PLATFORMS, READ_VERBS, WRITE_VERBS};

use crate::common::{TestEnv, Transcript, run, snapshot_settings};

/// Every visible leaf command of the CLI, walked here on its own.
fn cli_leaves() -> Vec<(String, clap::Command)> {
    fn walk(cmd: &clap::Command, path: &mut Vec<String>, out: &mut Vec<(String, clap::Command)>) {
        let subs: Vec<&clap::Command> = cmd
            .get_subcommands()
            .filter(|s| !s.is_hide_set() && s.get_name() != "help")
            .collect();
        if subs.is_empty() {
            out.push((path.join(" "), cmd.clone()));
        }
        for s in subs {
            path.push(s.get_name().to_string());
            walk(s, path, out);
            path.pop();
        }
    }
    let mut root = iamctl::cli::command();
    root.build();
    let mut out = Vec::new();
    walk(&root, &mut Vec::new(), &mut out);
    out
}

#[test]
fn catalogue_lists_every_command_of_the_cli_in_order() {
    let cat = catalogue::catalogue();
    let paths: Vec<&str> = cat.iter().map(|e| e.path.as_str()).collect();
    let leaves = cli_leaves();
    let want: Vec<&str> = leaves.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(paths, want);
    assert!(cat.len() >= 60, "only {} commands", cat.len());
    for (path, cmd) in &leaves {
        let e = cat.iter().find(|e| &e.path == path).unwrap();
        let about = cmd.get_about().map(|a| a.to_string()).unwrap_or_default();
        assert!(!e.summary.is_empty(), "`{path}` has no summary");
        assert_eq!(about.lines().next().unwrap(), e.summary, "`{path}`");
        // Every visible flag and argument, and nothing else.
        let mut want: Vec<String> = cmd
            .get_arguments()
            .filter(|a| !a.is_hide_set() && !matches!(a.get_id().as_str(), "help" | "version"))
            .map(|a| match a.get_long() {
                Some(l) => format!("--{l}"),
                None => a.get_value_names().unwrap()[0].to_string(),
            })
            .collect();
        let mut got: Vec<String> = e
            .args
            .iter()
            .chain(&e.flags)
            .map(|p| p.name.clone())
            .collect();
        want.sort();
        got.sort();
        assert_eq!(got, want, "`{path}`'s arguments");
        // Environment variables and defaults as clap has them.
        for a in cmd.get_arguments().filter(|a| a.get_long().is_some()) {
            let name = format!("--{}", a.get_long().unwrap());
            let Some(p) = e.flags.iter().find(|p| p.name == name) else {
                continue;
            };
            assert_eq!(
                p.env.as_deref(),
                a.get_env().and_then(|e| e.to_str()),
                "`{path} {name}`"
            );
            assert_eq!(p.global, a.is_global_set(), "`{path} {name}`");
        }
    }
}

/// The platforms of each command and flag are exactly the capability
/// data's: a platform is named where its caps.rs declares the command (or
/// flag), and only there.
#[test]
fn catalogue_platforms_are_the_capability_data() {
    let cat = catalogue::catalogue();
    for kind in PLATFORMS {
        let caps = catalogue::caps(kind);
        for (command, flags) in caps.commands {
            let e = cat.iter().find(|e| e.path == *command).unwrap_or_else(|| {
                panic!(
                    "{} declares `{command}`, not in the catalogue",
                    caps.platform
                )
            });
            assert!(
                e.needs_profile && e.platforms.contains(&caps.platform),
                "`{command}`"
            );
            for f in *flags {
                let p = e.flags.iter().find(|p| p.name == *f).unwrap();
                assert!(p.platforms.contains(&caps.platform), "`{command} {f}`");
            }
        }
    }
    for e in &cat {
        let declaring: Vec<&str> = PLATFORMS
            .iter()
            .map(|k| catalogue::caps(*k))
            .filter(|c| c.has(&e.path))
            .map(|c| c.platform)
            .collect();
        if declaring.is_empty() {
            assert!(!e.needs_profile, "`{}`", e.path);
            assert_eq!(e.platforms, ["ODC", "Valuekeep", "Descope"], "`{}`", e.path);
            continue;
        }
        assert_eq!(e.platforms, declaring, "`{}`", e.path);
        for f in e.flags.iter().filter(|f| !f.global) {
            let want: Vec<&str> = PLATFORMS
                .iter()
                .map(|k| catalogue::caps(*k))
                .filter(|c| {
                    c.flags_of(&e.path)
                        .unwrap_or(&[])
                        .contains(&f.name.as_str())
                })
                .map(|c| c.platform)
                .collect();
            assert_eq!(f.platforms, want, "`{} {}`", e.path, f.name);
        }
    }
}

/// Whether a command writes is read off its verb: every verb of the CLI is
/// classified, once.
#[test]
fn every_verb_is_a_read_or_a_write() {
    for e in catalogue::catalogue() {
        let verb = e.path.rsplit(' ').next().unwrap();
        let w = WRITE_VERBS.contains(&verb);
        let r = READ_VERBS.contains(&verb);
        assert!(
            w != r,
            "`{}`: put {verb:?} in exactly one of WRITE_VERBS and READ_VERBS (src/commands/catalogue.rs)",
            e.path
        );
    }
}

/// Exit codes are on the documented list; what reaches a platform may
/// fail as one; --detailed-exitcode adds 10.
#[test]
fn exit_codes_are_documented_and_follow_the_command() {
    let documented: Vec<u8> = iamctl::help::EXIT_CODES.iter().map(|(c, _)| *c).collect();
    for e in catalogue::catalogue() {
        for c in &e.exit_codes {
            assert!(documented.contains(c), "`{}` exits {c}", e.path);
        }
        assert_eq!(e.exit_codes.contains(&4), e.needs_profile, "`{}`", e.path);
        assert_eq!(
            e.exit_codes.contains(&10),
            e.flags.iter().any(|f| f.name == "--detailed-exitcode"),
            "`{}`",
            e.path
        );
    }
}

/// The binary prints the library's catalogue, every field of it.
#[test]
fn commands_json_is_the_catalogue() {
    let env = TestEnv::new();
    let out = run(env.cmd().args(["commands", "-o", "json"])).ok();
    let got = out.json();
    let want = serde_json::to_value(catalogue::catalogue()).unwrap();
    assert_eq!(got, want);
    let list = got.as_array().unwrap();
    assert!(list.len() >= 60);
    for path in ["users list", "users roles add", "commands"] {
        assert!(list.iter().any(|e| e["path"] == path), "{path}");
    }
}

#[test]
fn users_roles_add_in_the_catalogue() {
    let env = TestEnv::new();
    let t = Transcript::of(env.cmd().args([
        "commands",
        "users",
        "roles",
        "add",
        "-o",
        "json",
        "--jq",
        r#".[0] | {path, writes, platforms, exit_codes,
             args: [.args[] | "\(.name) \(.value_type) multiple=\(.multiple)"],
             flags: [.flags[] | select(.global | not) | "\(.name) \(.value_type) \(.platforms | join(","))"],
             output: (.flags[] | select(.name == "--output") | {value_type, values, default, env})}"#,
    ]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r#"
        [stdout]
        {"path":"users roles add","writes":true,"platforms":["ODC","Valuekeep","Descope"],"exit_codes":[0,1,2,3,4,5,6,7,130],"args":["USER string multiple=false","ROLES string multiple=true"],"flags":["--app string ODC","--stage string ODC","--org bool ODC","--tenant string Descope","--by-id bool Valuekeep"],"output":{"value_type":"enum","values":["table","json","ndjson","csv","tsv","html","markdown"],"default":"table","env":"IAMCTL_OUTPUT"}}
        [stderr]
        [exit status: 0]
        "#)
    });
}

#[test]
fn commands_table_under_a_path() {
    let env = TestEnv::new();
    let t = Transcript::of(env.cmd().args(["commands", "users", "tenants"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
         COMMAND               WRITES  PLATFORMS  SUMMARY
         users tenants list    false   Descope    The tenants a user belongs to, with the user's roles in each
         users tenants add     true    Descope    Add the user to tenants
         users tenants remove  true    Descope    Remove the user from tenants
        [stderr]
        [exit status: 0]
        ");
    });
    let t = Transcript::of(env.cmd().args(["commands", "users", "nope"]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @r"
        [stdout]
        [stderr]
        error: no command under `users nope`
        hint: `iamctl commands` lists them all
        [exit status: 2]
        ");
    });
}

/// The README's per-platform verb table is the catalogue's
/// (`scripts/gen-docs.sh` regenerates it).
#[test]
fn readme_platform_table_is_generated_from_the_catalogue() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(path).unwrap();
    let cat: Vec<Entry> = catalogue::catalogue();
    let fresh = catalogue::splice(&readme, &cat).unwrap();
    assert!(
        fresh == readme,
        "README.md's platform table is stale: run scripts/gen-docs.sh"
    );
    // It is the table at the top, and says what each platform serves.
    let top = &readme[..readme.find("\n## ").unwrap()];
    assert!(top.contains(catalogue::SPLICE_OPEN));
    assert!(top.contains("`users roles list add remove set`"));
    let descope = top.lines().find(|l| l.starts_with("| Descope |")).unwrap();
    assert!(descope.contains("`users tenants list add remove`"));
    assert!(!descope.contains("`groups "), "{descope}");
}
