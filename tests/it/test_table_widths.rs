//! Every list, get and report view on every platform at 60, 80 and 120
//! columns: a transcript of each (snapshots `width_*`), and no line of any
//! of them wider than its terminal. E-mails are never shortened.

use crate::common::{Platform, Sandbox, TestEnv, Transcript, snapshot_settings};

const WIDTHS: [usize; 3] = [60, 80, 120];

/// The display width of a line (all the sandbox's text is one column a
/// character; "…" is one too).
fn width(line: &str) -> usize {
    line.chars().count()
}

/// Run each command at each width on `platform`: snapshot, then check the
/// widths and the exit code.
fn check_views(platform: Platform, prefix: &str, views: &[(&str, &[&str])]) {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let mut too_wide = Vec::new();
    for (slug, args) in views {
        for w in WIDTHS {
            let t = Transcript::of(
                env.on(platform, &sb)
                    .env("COLUMNS", w.to_string())
                    .args(*args),
            );
            let mut settings = snapshot_settings();
            settings.set_description(format!("COLUMNS={w} iamctl {}", args.join(" ")));
            settings.bind(|| {
                insta::assert_snapshot!(format!("width_{prefix}_{slug}_at_{w}"), t.to_string())
            });
            assert_eq!(t.code(), 0, "{slug} at {w}:\n{t}");
            for line in t.stdout.lines() {
                if width(line) > w {
                    too_wide.push(format!("{slug} at {w} ({}): {line}", width(line)));
                }
            }
            // E-mails whole: every address the JSON has is in the table
            // whenever an EMAIL column shows.
            if t.stdout.lines().next().is_some_and(|h| h.contains("EMAIL")) {
                for word in t.stdout.split_whitespace() {
                    assert!(
                        !(word.contains('@') && word.ends_with('…')),
                        "{slug} at {w}: a shortened e-mail {word}\n{t}"
                    );
                }
            }
        }
    }
    assert!(
        too_wide.is_empty(),
        "lines wider than the terminal:\n{}",
        too_wide.join("\n")
    );
}

#[test]
fn odc_views_fit_60_80_120() {
    check_views(
        Platform::Odc,
        "odc",
        &[
            ("users_list", &["users", "list"]),
            (
                "users_get",
                &["users", "get", "marta.teixeira1@example.com"],
            ),
            (
                "users_groups_list",
                &["users", "groups", "list", "marta.teixeira1@example.com"],
            ),
            (
                "users_roles_list",
                &[
                    "users",
                    "roles",
                    "list",
                    "marta.teixeira1@example.com",
                    "--via-groups",
                ],
            ),
            (
                "users_roles_list_org",
                &[
                    "users",
                    "roles",
                    "list",
                    "marta.teixeira1@example.com",
                    "--org",
                ],
            ),
            (
                "users_access",
                &["users", "access", "marta.teixeira1@example.com"],
            ),
            ("groups_list", &["groups", "list"]),
            (
                "groups_get",
                &["groups", "get", "Sales Team", "--stage", "Development"],
            ),
            (
                "groups_members",
                &["groups", "members", "Sales Team", "--stage", "Development"],
            ),
            (
                "groups_roles_list",
                &[
                    "groups",
                    "roles",
                    "list",
                    "Sales Team",
                    "--stage",
                    "Development",
                ],
            ),
            ("roles_list", &["roles", "list"]),
            ("roles_list_org", &["roles", "list", "--org"]),
            (
                "roles_users",
                &[
                    "roles",
                    "users",
                    "Admin",
                    "--app",
                    "SalesPortal",
                    "--stage",
                    "Development",
                ],
            ),
            ("access_report", &["access", "report"]),
            (
                "access_holders",
                &[
                    "access",
                    "holders",
                    "Admin",
                    "--app",
                    "SalesPortal",
                    "--stage",
                    "Development",
                ],
            ),
            ("idps_list", &["identity-providers", "list"]),
            ("permissions_list", &["permissions", "list"]),
        ],
    );
}

#[test]
fn valuekeep_views_fit_60_80_120() {
    check_views(
        Platform::Valuekeep,
        "vk",
        &[
            ("users_list", &["users", "list"]),
            ("users_get", &["users", "get", "katia.pereira1"]),
            (
                "users_groups_list",
                &["users", "groups", "list", "katia.pereira1"],
            ),
            (
                "users_roles_list",
                &["users", "roles", "list", "katia.pereira1"],
            ),
            ("users_access", &["users", "access", "katia.pereira1"]),
            ("groups_list", &["groups", "list"]),
            ("groups_get", &["groups", "get", "MAINT"]),
            ("groups_members", &["groups", "members", "MAINT"]),
            ("roles_list", &["roles", "list"]),
            ("roles_get", &["roles", "get", "ADMIN"]),
            ("roles_users", &["roles", "users", "ADMIN"]),
            ("access_report", &["access", "report"]),
        ],
    );
}

#[test]
fn descope_views_fit_60_80_120() {
    check_views(
        Platform::Descope,
        "descope",
        &[
            ("users_list", &["users", "list"]),
            ("users_get", &["users", "get", "eva.ferreira1@example.com"]),
            (
                "users_roles_list",
                &["users", "roles", "list", "eva.ferreira1@example.com"],
            ),
            (
                "users_tenants_list",
                &["users", "tenants", "list", "eva.ferreira1@example.com"],
            ),
            (
                "users_access",
                &["users", "access", "eva.ferreira1@example.com"],
            ),
            ("roles_list", &["roles", "list"]),
            ("tenants_list", &["tenants", "list"]),
            ("access_report", &["access", "report"]),
        ],
    );
}

/// `--wide` shows every column (keys included) whatever the width.
#[test]
fn wide_shows_every_column() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let t = Transcript::of(
        env.on(Platform::Odc, &sb)
            .env("COLUMNS", "60")
            .args(["--wide", "roles", "list"]),
    );
    let header = t.stdout.lines().next().unwrap_or_default();
    for h in ["KEY", "NAME", "APP", "STAGE"] {
        assert!(header.contains(h), "{t}");
    }
    assert!(
        t.stdout.contains("662f4214-7747-42fe-ab25-88c348af2f0a"),
        "{t}"
    );
}

/// ODC role names, app and stage names by name, from one listing each:
/// the request count does not grow with the rows (`-v` counts them).
#[test]
fn odc_names_cost_a_listing_each_not_a_request_per_row() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let t = Transcript::of(
        env.on(Platform::Odc, &sb)
            .env("COLUMNS", "80")
            .args(["-v", "roles", "list"]),
    );
    assert_eq!(t.code(), 0, "{t}");
    for name in ["Viewer", "SalesPortal", "Production"] {
        assert!(t.stdout.contains(name), "{t}");
    }
    let gets = |s: &str| s.lines().filter(|l| l.starts_with("> GET ")).count();
    // token discovery aside: the roles, the stages, the apps.
    let first = gets(&t.stderr);
    assert!(first <= 4, "{first} GETs:\n{}", t.stderr);
    // The next table on this machine takes the names from the name cache.
    let t = Transcript::of(
        env.on(Platform::Odc, &sb)
            .env("COLUMNS", "80")
            .args(["-v", "groups", "list"]),
    );
    assert!(t.stdout.contains("Production"), "{t}");
    assert!(
        !t.stderr.contains("environments") && !t.stderr.contains("deployed-assets"),
        "stages and apps listed again:\n{}",
        t.stderr
    );
}
