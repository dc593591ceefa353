//! Transcripts of the main verbs on each platform: a freshly seeded
//! sandbox per test (the same 5 users, so keys and names are the same on
//! every run) and a check that snapshots the whole run.
//!
//! Review a change: `cargo insta review`, or `INSTA_UPDATE=always cargo test
//! --test it` and `git diff tests/it/snapshots/`.

use crate::common::{Platform, Sandbox, TestEnv, Transcript, snapshot_settings};

/// One platform of a freshly seeded sandbox, and a clean environment (no
/// cached token: a `-v` trace always starts with the token exchange).
pub struct World {
    pub platform: Platform,
    pub sb: Sandbox,
    pub env: TestEnv,
}

impl World {
    pub fn new(platform: Platform) -> World {
        World {
            platform,
            sb: Sandbox::start(&["--seed-users", "5"]),
            env: TestEnv::new(),
        }
    }

    pub fn run(&self, args: &[&str]) -> Transcript {
        Transcript::of(self.env.on(self.platform, &self.sb).args(args))
    }

    /// Run `iamctl ARGS`, snapshot the transcript as `name`, then check the
    /// exit code (after the snapshot, so that accepting snapshots wholesale
    /// with INSTA_UPDATE=always cannot hide a changed exit code).
    #[track_caller]
    pub fn check(&self, name: &str, args: &[&str], code: i32) -> Transcript {
        let t = self.run(args);
        self.snapshot(name, args, &t);
        assert_eq!(t.code(), code, "{name}: exit code\n{t}");
        t
    }

    /// `check` of a create: the key the platform minted (in the line
    /// `Created KIND NAME (KEY)`) is redacted as `[NEW_KEY]`.
    #[track_caller]
    pub fn check_created(&self, name: &str, args: &[&str], code: i32) -> Transcript {
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
    pub fn check_at(&self, name: &str, columns: &str, args: &[&str], code: i32) -> Transcript {
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
    pub fn snapshot(&self, name: &str, args: &[&str], t: &Transcript) {
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
pub fn shell_words(args: &[&str]) -> String {
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

// ---------------------------------------------------------------- ODC ----
//
// Seeded (`--seed-users 5`): marta.teixeira1 (key e4bd2011-…, org role
// Admin, member of Sales Team/Development, direct app role Admin of
// SalesPortal/Development), pedro.henriques2, eva.almeida3 (no access),
// nuno.lopes4, luis.esteves5.

pub const ODC_MARTA: &str = "e4bd2011-0c05-4640-825b-7a7f768efe05";

pub fn odc() -> World {
    World::new(Platform::Odc)
}

// ---------------------------------------------------------- Valuekeep ----
//
// Seeded: katia.pereira1 (technician, roles ADMIN + TECHNICIAN, group
// MAINT), carla.ferreira2 (REQUESTER, no group), marta.almeida3 (inactive,
// FACILITIES), olga.esteves4, carla.ferreira5.

pub fn valuekeep() -> World {
    World::new(Platform::Valuekeep)
}

// ------------------------------------------------------------ Descope ----
//
// Seeded: eva.ferreira1 (user id UwdHm0…, project role Tenant Admin, tenant
// T-acme with role Viewer), eva.esteves2 (no roles), ines.esteves3,
// david.lopes4 (role Viewer), katia.lopes5 (tenant T-globex). User ids of
// created users are deterministic too (a seeded counter).

pub fn descope() -> World {
    World::new(Platform::Descope)
}
