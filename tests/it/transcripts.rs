//! Whole transcripts (stdout, stderr and exit status in one snapshot) of the
//! main verbs on each platform, as jj's tests do. Each test starts its own
//! sandbox seeded with the same 5 users, so keys and names are the same on
//! every run; `common::snapshot_settings` redacts the rest (port, timings,
//! trace ids, timestamps of "now") and a test redacts what it minted.
//!
//! Review a change: `cargo insta review`, or `INSTA_UPDATE=always cargo test
//! --test it transcripts` and `git diff tests/it/snapshots/`.

use crate::common::{Platform, Sandbox, TestEnv, Transcript, snapshot_settings};

/// One platform of a freshly seeded sandbox, and a clean environment (no
/// cached token: a `-v` trace always starts with the token exchange).
struct World {
    platform: Platform,
    sb: Sandbox,
    env: TestEnv,
}

impl World {
    fn new(platform: Platform) -> World {
        World {
            platform,
            sb: Sandbox::start(&["--seed-users", "5"]),
            env: TestEnv::new(),
        }
    }

    fn run(&self, args: &[&str]) -> Transcript {
        Transcript::of(self.env.on(self.platform, &self.sb).args(args))
    }

    /// Run `iamctl ARGS`, snapshot the transcript as `name`, then check the
    /// exit code (after the snapshot, so that accepting snapshots wholesale
    /// with INSTA_UPDATE=always cannot hide a changed exit code).
    #[track_caller]
    fn check(&self, name: &str, args: &[&str], code: i32) -> Transcript {
        let t = self.run(args);
        self.snapshot(name, args, &t);
        assert_eq!(t.code(), code, "{name}: exit code\n{t}");
        t
    }

    /// `check` of a create: the key the platform minted (in the line
    /// `Created KIND NAME (KEY)`) is redacted as `[NEW_KEY]`.
    #[track_caller]
    fn check_created(&self, name: &str, args: &[&str], code: i32) -> Transcript {
        let t = self.run(args);
        let key = t
            .stderr
            .lines()
            .find(|l| l.starts_with("Created "))
            .and_then(|l| l.rsplit_once(" ("))
            .map(|(_, k)| k.trim_end_matches(')').to_string())
            .unwrap_or_else(|| panic!("no `Created ... (KEY)` line:\n{t}"));
        let t = t.redact(&key, "[NEW_KEY]");
        self.snapshot(name, args, &t);
        assert_eq!(t.code(), code, "{name}: exit code\n{t}");
        t
    }

    /// `check` at a terminal width of `columns`.
    #[track_caller]
    fn check_at(&self, name: &str, columns: &str, args: &[&str], code: i32) -> Transcript {
        let t = Transcript::of(
            self.env
                .on(self.platform, &self.sb)
                .env("COLUMNS", columns)
                .args(args),
        );
        let shown: Vec<String> = std::iter::once(format!("COLUMNS={columns}"))
            .chain(args.iter().map(|a| a.to_string()))
            .collect();
        let shown: Vec<&str> = shown.iter().map(String::as_str).collect();
        self.snapshot(name, &shown, &t);
        assert_eq!(t.code(), code, "{name}: exit code\n{t}");
        t
    }

    #[track_caller]
    fn snapshot(&self, name: &str, args: &[&str], t: &Transcript) {
        let mut settings = snapshot_settings();
        settings.set_description(format!(
            "{}, environment route: iamctl {}",
            match self.platform {
                Platform::Odc => "ODC",
                Platform::Valuekeep => "Valuekeep",
                Platform::Descope => "Descope",
            },
            shell_words(args)
        ));
        settings.bind(|| insta::assert_snapshot!(name, t.to_string()));
    }
}

/// The arguments as one would type them (quoted when they hold a space).
fn shell_words(args: &[&str]) -> String {
    args.iter()
        .map(|a| {
            if a.contains(' ') {
                format!("'{a}'")
            } else {
                a.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The filters redact what a run mints and leave the seeded world alone.
#[test]
fn filters_redact_only_what_varies() {
    let now = chrono::Utc::now();
    let text = format!(
        "GET http://127.0.0.1:41234/x\n\
         < 200 OK (12 ms)\n\
         (HTTP 404, traceId 062f6cd12ccf44bb99b1d0b58cb56d53)\n\
         \"createdOn\": \"{}\"\n\
         \"createdAt\": \"{}\"\n\
         \"createdTime\": {}\n\
         seeded: 2025-10-31T23:50:00.000Z 2024-12-07T09:00:00+00:00 1736154000\n\
         key e4bd2011-0c05-4640-825b-7a7f768efe05\n",
        now.to_rfc3339_opts(chrono::SecondsFormat::Nanos, false),
        now.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        now.timestamp(),
    );
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(text, @r#"
        GET http://127.0.0.1:[PORT]/x
        < 200 OK ([N] ms)
        (HTTP 404, traceId [TRACE_ID])
        "createdOn": "[NOW]"
        "createdAt": "[NOW]"
        "createdTime": [NOW_UNIX]
        seeded: 2025-10-31T23:50:00.000Z 2024-12-07T09:00:00+00:00 1736154000
        key e4bd2011-0c05-4640-825b-7a7f768efe05
        "#)
    });
}

// ---------------------------------------------------------------- ODC ----
//
// Seeded (`--seed-users 5`): marta.teixeira1 (key e4bd2011-…, org role
// Admin, member of Sales Team/Development, direct app role Admin of
// SalesPortal/Development), pedro.henriques2, eva.almeida3 (no access),
// nuno.lopes4, luis.esteves5.

const ODC_MARTA: &str = "e4bd2011-0c05-4640-825b-7a7f768efe05";
/// Viewer of SalesPortal in Development.
const ODC_VIEWER_SALES_DEV: &str = "662f4214-7747-42fe-ab25-88c348af2f0a";

fn odc() -> World {
    World::new(Platform::Odc)
}

#[test]
fn odc_users_list() {
    odc().check("odc_users_list", &["users", "list"], 0);
}

#[test]
fn odc_users_list_json() {
    odc().check(
        "odc_users_list_json",
        &["users", "list", "-o", "json", "--limit", "2"],
        0,
    );
}

#[test]
fn odc_users_get() {
    odc().check(
        "odc_users_get",
        &["users", "get", "marta.teixeira1@example.com"],
        0,
    );
}

#[test]
fn odc_users_get_missing() {
    let w = odc();
    w.check(
        "odc_users_get_missing",
        &["users", "get", "nobody@example.com"],
        3,
    );
    // By key, the API's own 404 comes through (with its trace id).
    w.check(
        "odc_users_get_missing_key",
        &["users", "get", "00000000-0000-4000-8000-000000000000"],
        3,
    );
}

#[test]
fn odc_users_create() {
    let w = odc();
    let args = [
        "users",
        "create",
        "--email",
        "new.user@example.com",
        "--name",
        "New User",
    ];
    // A create is told by its outcome record (in a table: one line on
    // stderr, naming the user as given, with the new key).
    w.check_created("odc_users_create", &args, 0);
}

#[test]
fn odc_users_set() {
    odc().check(
        "odc_users_set",
        &[
            "users",
            "set",
            "marta.teixeira1@example.com",
            "name",
            "Marta T.",
        ],
        0,
    );
}

#[test]
fn odc_users_set_unknown_attribute() {
    odc().check(
        "odc_users_set_unknown_attribute",
        &["users", "set", ODC_MARTA, "shoesize", "42"],
        2,
    );
}

#[test]
fn odc_users_delete() {
    odc().check(
        "odc_users_delete",
        &["users", "delete", "pedro.henriques2@example.com", "--yes"],
        0,
    );
}

#[test]
fn odc_users_delete_dry_run() {
    let w = odc();
    w.check(
        "odc_users_delete_dry_run",
        &["users", "delete", ODC_MARTA, "--dry-run"],
        0,
    );
    w.check(
        "odc_users_delete_dry_run_json",
        &["users", "delete", ODC_MARTA, "--dry-run", "-o", "json"],
        0,
    );
}

#[test]
fn odc_users_delete_unconfirmed() {
    odc().check(
        "odc_users_delete_unconfirmed",
        &["users", "delete", ODC_MARTA],
        2,
    );
}

#[test]
fn odc_users_groups_list() {
    odc().check(
        "odc_users_groups_list",
        &["users", "groups", "list", "marta.teixeira1@example.com"],
        0,
    );
}

#[test]
fn odc_users_groups_add() {
    odc().check(
        "odc_users_groups_add",
        &[
            "users",
            "groups",
            "add",
            "eva.almeida3@example.com",
            "HR Team",
            "--stage",
            "Production",
        ],
        0,
    );
}

#[test]
fn odc_users_roles_list() {
    odc().check(
        "odc_users_roles_list",
        &["users", "roles", "list", "marta.teixeira1@example.com"],
        0,
    );
}

/// Issue 10: the API answers direct grants unless asked; `--via-groups`
/// asks, and each row says which groups it comes through.
#[test]
fn odc_users_roles_list_via_groups() {
    odc().check(
        "odc_users_roles_list_via_groups",
        &[
            "users",
            "roles",
            "list",
            "marta.teixeira1@example.com",
            "--via-groups",
        ],
        0,
    );
}

#[test]
fn odc_users_roles_add() {
    odc().check(
        "odc_users_roles_add",
        &[
            "users",
            "roles",
            "add",
            "eva.almeida3@example.com",
            "Admin",
            "--app",
            "SalesPortal",
            "--stage",
            "Production",
        ],
        0,
    );
}

#[test]
fn odc_groups_list() {
    odc().check("odc_groups_list", &["groups", "list"], 0);
}

#[test]
fn odc_roles_list() {
    odc().check("odc_roles_list", &["roles", "list"], 0);
}

#[test]
fn odc_users_roles_add_tenant() {
    // Issue 15: `--tenant` is a Descope flag; ODC refuses it before
    // anything is sent (it used to ignore it and grant the role).
    odc().check(
        "odc_users_roles_add_tenant",
        &[
            "-v",
            "users",
            "roles",
            "add",
            ODC_MARTA,
            ODC_VIEWER_SALES_DEV,
            "--tenant",
            "T1",
        ],
        2,
    );
}

#[test]
fn odc_users_roles_add_by_id() {
    // Issue 15: `--by-id` is a Valuekeep flag; ODC refuses it before
    // anything is sent (it used to ignore it and grant the role).
    odc().check(
        "odc_users_roles_add_by_id",
        &[
            "-v",
            "users",
            "roles",
            "add",
            ODC_MARTA,
            ODC_VIEWER_SALES_DEV,
            "--by-id",
        ],
        2,
    );
}

// ---------------------------------------------------------- Valuekeep ----
//
// Seeded: katia.pereira1 (technician, roles ADMIN + TECHNICIAN, group
// MAINT), carla.ferreira2 (REQUESTER, no group), marta.almeida3 (inactive,
// FACILITIES), olga.esteves4, carla.ferreira5.

fn valuekeep() -> World {
    World::new(Platform::Valuekeep)
}

#[test]
fn valuekeep_users_list() {
    valuekeep().check("valuekeep_users_list", &["users", "list"], 0);
}

#[test]
fn valuekeep_users_list_json() {
    valuekeep().check(
        "valuekeep_users_list_json",
        &["users", "list", "-o", "json", "--limit", "2"],
        0,
    );
}

#[test]
fn valuekeep_users_get() {
    valuekeep().check(
        "valuekeep_users_get",
        &["users", "get", "katia.pereira1"],
        0,
    );
}

#[test]
fn valuekeep_users_get_missing() {
    let w = valuekeep();
    w.check(
        "valuekeep_users_get_missing",
        &["users", "get", "nobody"],
        3,
    );
    w.check(
        "valuekeep_users_get_missing_email",
        &["users", "get", "nobody@example.com"],
        3,
    );
}

#[test]
fn valuekeep_users_create() {
    let w = valuekeep();
    let args = [
        "users",
        "create",
        "--email",
        "new.user@example.com",
        "--name",
        "New User",
    ];
    // A create is told by its outcome record: one line on stderr.
    w.check("valuekeep_users_create", &args, 0);
}

#[test]
fn valuekeep_users_set() {
    valuekeep().check(
        "valuekeep_users_set",
        &["users", "set", "carla.ferreira2", "name", "Carla F."],
        0,
    );
}

#[test]
fn valuekeep_users_set_unknown_attribute() {
    valuekeep().check(
        "valuekeep_users_set_unknown_attribute",
        &["users", "set", "carla.ferreira2", "shoesize", "42"],
        2,
    );
}

#[test]
fn valuekeep_users_delete() {
    valuekeep().check(
        "valuekeep_users_delete",
        &["users", "delete", "olga.esteves4", "--yes"],
        0,
    );
}

#[test]
fn valuekeep_users_delete_dry_run() {
    let w = valuekeep();
    w.check(
        "valuekeep_users_delete_dry_run",
        &["users", "delete", "olga.esteves4", "--dry-run"],
        0,
    );
    w.check(
        "valuekeep_users_delete_dry_run_json",
        &[
            "users",
            "delete",
            "olga.esteves4",
            "--dry-run",
            "-o",
            "json",
        ],
        0,
    );
}

#[test]
fn valuekeep_users_delete_unconfirmed() {
    valuekeep().check(
        "valuekeep_users_delete_unconfirmed",
        &["users", "delete", "olga.esteves4"],
        2,
    );
}

#[test]
fn valuekeep_users_groups_list() {
    valuekeep().check(
        "valuekeep_users_groups_list",
        &["users", "groups", "list", "katia.pereira1"],
        0,
    );
}

#[test]
fn valuekeep_users_groups_add() {
    valuekeep().check(
        "valuekeep_users_groups_add",
        &["users", "groups", "add", "carla.ferreira2", "IT"],
        0,
    );
}

#[test]
fn valuekeep_users_roles_list() {
    valuekeep().check(
        "valuekeep_users_roles_list",
        &["users", "roles", "list", "katia.pereira1"],
        0,
    );
}

#[test]
fn valuekeep_users_roles_add() {
    valuekeep().check(
        "valuekeep_users_roles_add",
        &["users", "roles", "add", "carla.ferreira2", "READONLY"],
        0,
    );
}

#[test]
fn valuekeep_groups_list() {
    valuekeep().check("valuekeep_groups_list", &["groups", "list"], 0);
}

#[test]
fn valuekeep_roles_list() {
    valuekeep().check("valuekeep_roles_list", &["roles", "list"], 0);
}

#[test]
fn valuekeep_users_groups_add_stage() {
    // Issue 15: `--stage` is an ODC flag; Valuekeep refuses it before
    // anything is sent (it used to ignore it and add the group).
    valuekeep().check(
        "valuekeep_users_groups_add_stage",
        &[
            "-v",
            "users",
            "groups",
            "add",
            "carla.ferreira2",
            "FACILITIES",
            "--stage",
            "Production",
        ],
        2,
    );
}

#[test]
fn valuekeep_users_roles_list_org() {
    // Issue 15: `--org` is an ODC flag; Valuekeep refuses it (it used to
    // print its roles in ODC's organization-role columns, empty).
    valuekeep().check(
        "valuekeep_users_roles_list_org",
        &["-v", "users", "roles", "list", "katia.pereira1", "--org"],
        2,
    );
}

// ------------------------------------------------------------ Descope ----
//
// Seeded: eva.ferreira1 (user id UwdHm0…, project role Tenant Admin, tenant
// T-acme with role Viewer), eva.esteves2 (no roles), ines.esteves3,
// david.lopes4 (role Viewer), katia.lopes5 (tenant T-globex). User ids of
// created users are deterministic too (a seeded counter).

fn descope() -> World {
    World::new(Platform::Descope)
}

#[test]
fn descope_users_list() {
    descope().check("descope_users_list", &["users", "list"], 0);
}

#[test]
fn descope_users_list_json() {
    descope().check(
        "descope_users_list_json",
        &["users", "list", "-o", "json", "--limit", "2"],
        0,
    );
}

#[test]
fn descope_users_get() {
    descope().check(
        "descope_users_get",
        &["users", "get", "eva.ferreira1@example.com"],
        0,
    );
}

#[test]
fn descope_users_get_missing() {
    descope().check(
        "descope_users_get_missing",
        &["users", "get", "nobody@example.com"],
        3,
    );
}

#[test]
fn descope_users_create() {
    descope().check_created(
        "descope_users_create",
        &[
            "users",
            "create",
            "--email",
            "new.user@example.com",
            "--name",
            "New User",
        ],
        0,
    );
}

#[test]
fn descope_users_set() {
    descope().check(
        "descope_users_set",
        &["users", "set", "eva.esteves2@example.com", "name", "Eva E."],
        0,
    );
}

#[test]
fn descope_users_set_unknown_attribute() {
    descope().check(
        "descope_users_set_unknown_attribute",
        &["users", "set", "eva.esteves2@example.com", "shoesize", "42"],
        2,
    );
}

#[test]
fn descope_users_delete() {
    descope().check(
        "descope_users_delete",
        &["users", "delete", "ines.esteves3@example.com", "--yes"],
        0,
    );
}

#[test]
fn descope_users_delete_dry_run() {
    let w = descope();
    w.check(
        "descope_users_delete_dry_run",
        &["users", "delete", "ines.esteves3@example.com", "--dry-run"],
        0,
    );
    w.check(
        "descope_users_delete_dry_run_json",
        &[
            "users",
            "delete",
            "ines.esteves3@example.com",
            "--dry-run",
            "-o",
            "json",
        ],
        0,
    );
}

#[test]
fn descope_users_delete_unconfirmed() {
    descope().check(
        "descope_users_delete_unconfirmed",
        &["users", "delete", "ines.esteves3@example.com"],
        2,
    );
}

#[test]
fn descope_users_groups_list() {
    // Descope has no groups: a usage error that points at tenants.
    descope().check(
        "descope_users_groups_list",
        &["users", "groups", "list", "eva.ferreira1@example.com"],
        2,
    );
}

#[test]
fn descope_users_groups_add() {
    descope().check(
        "descope_users_groups_add",
        &[
            "users",
            "groups",
            "add",
            "eva.esteves2@example.com",
            "T-acme",
        ],
        2,
    );
}

#[test]
fn descope_users_tenants_list() {
    descope().check(
        "descope_users_tenants_list",
        &["users", "tenants", "list", "eva.ferreira1@example.com"],
        0,
    );
}

#[test]
fn descope_users_roles_list() {
    descope().check(
        "descope_users_roles_list",
        &["users", "roles", "list", "eva.ferreira1@example.com"],
        0,
    );
}

#[test]
fn descope_users_roles_add() {
    descope().check(
        "descope_users_roles_add",
        &[
            "users",
            "roles",
            "add",
            "eva.esteves2@example.com",
            "Editor",
        ],
        0,
    );
}

#[test]
fn descope_groups_list() {
    descope().check("descope_groups_list", &["groups", "list"], 2);
}

#[test]
fn descope_roles_list() {
    descope().check("descope_roles_list", &["roles", "list"], 0);
}

// ------------------------------------------------------ access review ----
//
// Issue 13: one table on every platform, each row with where it comes from.

#[test]
fn odc_users_access() {
    // -v: the request count is part of the transcript: discovery and
    // token, the e-mail lookup, then five whatever the user holds.
    odc().check(
        "odc_users_access",
        &["-v", "users", "access", "marta.teixeira1@example.com"],
        0,
    );
}

#[test]
fn valuekeep_users_access() {
    valuekeep().check(
        "valuekeep_users_access",
        &["users", "access", "katia.pereira1"],
        0,
    );
}

#[test]
fn descope_users_access() {
    descope().check(
        "descope_users_access",
        &["users", "access", "eva.ferreira1@example.com"],
        0,
    );
}

// ------------------------------------------------- output (issue 9) ----
//
// Tables at fixed widths: identifiers never split, text shortened, the
// rightmost text columns left out first; the --fields error; the page
// hint; the environment page.

#[test]
fn odc_users_list_at_90_columns() {
    odc().check_at("odc_users_list_at_90_columns", "90", &["users", "list"], 0);
}

#[test]
fn odc_users_list_at_60_columns() {
    odc().check_at("odc_users_list_at_60_columns", "60", &["users", "list"], 0);
}

#[test]
fn valuekeep_users_list_at_80_columns() {
    valuekeep().check_at(
        "valuekeep_users_list_at_80_columns",
        "80",
        &["users", "list"],
        0,
    );
}

#[test]
fn descope_users_list_at_80_columns() {
    descope().check_at(
        "descope_users_list_at_80_columns",
        "80",
        &["users", "list"],
        0,
    );
}

#[test]
fn odc_users_list_fields_typo() {
    odc().check(
        "odc_users_list_fields_typo",
        &["users", "list", "--fields", "key,emial"],
        2,
    );
}

#[test]
fn valuekeep_users_list_fields_typo() {
    valuekeep().check(
        "valuekeep_users_list_fields_typo",
        &["users", "list", "-o", "json", "--fields", "nope"],
        2,
    );
}

#[test]
fn odc_users_list_page_hint() {
    odc().check(
        "odc_users_list_page_hint",
        &["users", "list", "--limit", "2"],
        0,
    );
}

#[test]
fn odc_users_list_tsv() {
    odc().check(
        "odc_users_list_tsv",
        &[
            "users",
            "list",
            "-o",
            "tsv",
            "--fields",
            "email,name,status",
        ],
        0,
    );
}

#[test]
fn help_environment() {
    odc().check("help_environment", &["help", "environment"], 0);
}

// ------------------------------------------------ new verbs, reviewed ----

#[test]
fn odc_users_count() {
    odc().check(
        "odc_users_count",
        &["users", "count", "--status", "inactive"],
        0,
    );
}

#[test]
fn odc_groups_roles_list() {
    odc().check(
        "odc_groups_roles_list",
        &[
            "groups",
            "roles",
            "list",
            "Sales Team",
            "--stage",
            "Development",
        ],
        0,
    );
}

#[test]
fn odc_identity_providers_list() {
    odc().check("odc_identity_providers_list", &["idps", "list"], 0);
}

#[test]
fn odc_copy_access_dry_run() {
    odc().check(
        "odc_copy_access_dry_run",
        &[
            "users",
            "copy-access",
            "marta.teixeira1@example.com",
            "eva.almeida3@example.com",
            "--dry-run",
        ],
        0,
    );
}

#[test]
fn valuekeep_lifecycle_deactivate_dry_run() {
    let w = valuekeep();
    let file = w.env.path().join("leavers.txt");
    std::fs::write(&file, "katia.pereira1\ncarla.ferreira2\n").unwrap();
    let path = file.to_str().unwrap().to_string();
    let t = Transcript::of(w.env.on(w.platform, &w.sb).args([
        "users",
        "lifecycle",
        "deactivate",
        "--from",
        &path,
        "--dry-run",
        "-o",
        "json",
    ]));
    let shown = t.to_string().replace(&path, "[FILE]");
    let mut s = snapshot_settings();
    s.set_description(
        "Valuekeep: iamctl users lifecycle deactivate --from [FILE] --dry-run -o json",
    );
    s.bind(|| insta::assert_snapshot!("valuekeep_lifecycle_deactivate_dry_run", shown));
    assert_eq!(t.code(), 0);
}

#[test]
fn descope_tenants_list() {
    descope().check("descope_tenants_list", &["tenants", "list"], 0);
}

#[test]
fn odc_users_password_expire_refused() {
    // A Descope-only verb on ODC: the one refusal.
    odc().check(
        "odc_users_password_expire_refused",
        &[
            "-v",
            "users",
            "password",
            "expire",
            "marta.teixeira1@example.com",
        ],
        2,
    );
}

#[test]
fn valuekeep_groups_add_members() {
    // Issue 10: group-side membership, one request for every user.
    valuekeep().check(
        "valuekeep_groups_add_members",
        &[
            "-v",
            "groups",
            "add-members",
            "IT Support",
            "katia.pereira1",
            "carla.ferreira2",
        ],
        0,
    );
}

#[test]
fn valuekeep_roles_create() {
    let w = valuekeep();
    let args = ["roles", "create", "Shift Lead", "--key", "SHIFTLEAD"];
    // A create is told by its outcome record: one line on stderr.
    w.check("valuekeep_roles_create", &args, 0);
}

#[test]
fn descope_users_roles_add_unknown_role() {
    // Issue 10: an unknown role is refused after one role/all, before any write.
    descope().check(
        "descope_users_roles_add_unknown_role",
        &[
            "-v",
            "users",
            "roles",
            "add",
            "eva.esteves2@example.com",
            "Ghost",
        ],
        3,
    );
}

#[test]
fn descope_users_sso_apps() {
    let w = descope();
    w.check(
        "descope_users_sso_apps_add",
        &[
            "users",
            "sso-apps",
            "add",
            "eva.esteves2@example.com",
            "SA-crm",
            "SA-wiki",
        ],
        0,
    );
    w.check(
        "descope_users_sso_apps_list",
        &["users", "sso-apps", "list", "eva.esteves2@example.com"],
        0,
    );
}
