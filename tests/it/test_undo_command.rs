//! The journal, `iamctl history` and `iamctl undo` (issue 19).

use serde_json::Value;

use crate::common::{Platform, Sandbox, TestEnv, Transcript, run, snapshot_settings};

const ALL: [Platform; 3] = [Platform::Odc, Platform::Valuekeep, Platform::Descope];

fn user(env: &TestEnv, p: Platform, sb: &Sandbox) -> String {
    let out = run(env
        .on(p, sb)
        .args(["users", "list", "-L", "1", "-o", "json"]))
    .ok();
    let u = &out.json()[0];
    match p {
        Platform::Odc => u["email"].as_str().unwrap().to_string(),
        Platform::Valuekeep => u["userKey"].as_str().unwrap().to_string(),
        Platform::Descope => u["loginIds"][0].as_str().unwrap().to_string(),
    }
}

fn name_of(env: &TestEnv, p: Platform, sb: &Sandbox, u: &str) -> String {
    let out = run(env.on(p, sb).args(["users", "get", u, "-o", "json"])).ok();
    out.json()["name"].as_str().unwrap_or("").to_string()
}

/// [`snapshot_settings`] with the id of a journaled run (minted by the
/// run, from its time) as `[RUN]`.
fn run_ids_hidden() -> insta::Settings {
    let mut s = snapshot_settings();
    s.add_filter(r"\b\d{8}T\d{6}Z-[0-9a-f]{4}\b", "[RUN]");
    s
}

fn journal_dir(env: &TestEnv) -> std::path::PathBuf {
    env.path().join("data").join("journal")
}

/// `users set E name X`, then `history -o json` shows the run and `undo
/// --yes` restores the previous name (checked with `users get`), on every
/// platform.
#[test]
fn undo_restores_the_previous_name_on_every_platform() {
    // The undo and the refused second undo of each platform, in one log.
    let mut log = String::new();
    for p in ALL {
        let sb = Sandbox::start(&["--seed-users", "5"]);
        let env = TestEnv::new();
        let u = user(&env, p, &sb);
        let before = name_of(&env, p, &sb, &u);
        run(env
            .on(p, &sb)
            .args(["users", "set", &u, "name", "Xavier Undo"]))
        .ok();
        assert_eq!(name_of(&env, p, &sb, &u), "Xavier Undo");
        let h = run(env.on(p, &sb).args(["history", "-o", "json"])).ok();
        let runs = h.json();
        let last = &runs[0];
        assert!(
            last["command"].as_str().unwrap().contains("users set"),
            "{p:?}: {runs:#}"
        );
        assert_eq!(last["records"][0]["result"], "changed", "{p:?}");
        assert_eq!(last["records"][0]["change"]["value"], "Xavier Undo");
        // What the journal keeps for `undo` is not printed.
        assert!(last["records"][0].get("before").is_none());
        let id = last["id"].as_str().unwrap();
        let t = Transcript::of(env.on(p, &sb).args(["undo", "--yes"])).redact(id, "[RUN]");
        assert_eq!(t.code(), 0, "{p:?}\n{t}");
        assert_eq!(name_of(&env, p, &sb, &u), before, "{p:?}\n{t}");
        log += &format!("--- {p:?}: undo --yes\n{t}");
        // The undo is a run of its own, naming the run it undid.
        let h = run(env.on(p, &sb).args(["history", "-o", "json"])).ok();
        assert_eq!(h.json()[0]["undoOf"], last["id"], "{p:?}");
        // Undoing the same run again is refused.
        let undo = h.json()[0]["id"].as_str().unwrap().to_string();
        let t = Transcript::of(env.on(p, &sb).args(["undo", id, "--yes"]))
            .redact(id, "[RUN]")
            .redact(&undo, "[UNDO_RUN]");
        log += &format!("--- {p:?}: undo [RUN] --yes\n{t}");
    }
    snapshot_settings().bind(|| insta::assert_snapshot!("undo_every_platform", log));
}

/// A target changed since the run is refused by name (exit 7) and left as
/// it is; `--force` changes it.
#[test]
fn undo_refuses_a_target_changed_since() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let p = Platform::Odc;
    let u = user(&env, p, &sb);
    let original = name_of(&env, p, &sb, &u);
    run(env
        .on(p, &sb)
        .args(["users", "set", &u, "name", "First Change"]))
    .ok();
    let h = run(env.on(p, &sb).args(["history", "-o", "json"])).ok();
    let first = h.json()[0]["id"].as_str().unwrap().to_string();
    run(env
        .on(p, &sb)
        .args(["users", "set", &u, "name", "Second Change"]))
    .ok();
    let t = Transcript::of(env.on(p, &sb).args(["undo", &first, "--yes"]));
    let shown = t.to_string().replace(&first, "[RUN]");
    let mut settings = snapshot_settings();
    settings.add_filter(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC", "[TIME] UTC");
    settings.bind(|| {
        insta::assert_snapshot!(shown, @r"
        [stdout]
        [stderr]
        Undo of run [RUN] ([NOW]): iamctl users set eva.almeida3@example.com name 'First Change'
          ~ name of eva.almeida3@example.com back to Eva Almeida
        error: eva.almeida3@example.com: changed since the run (name is now Second Change): left as is; --force undoes it anyway
        [exit status: 7]
        ");
    });
    assert_eq!(name_of(&env, p, &sb, &u), "Second Change");
    run(env.on(p, &sb).args(["undo", &first, "--yes", "--force"])).ok();
    assert_eq!(name_of(&env, p, &sb, &u), original);
}

/// Memberships: an added group is removed again, a removed role given back.
#[test]
fn undo_inverts_memberships() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let p = Platform::Odc;
    let u = user(&env, p, &sb);
    let groups = |env: &TestEnv| -> String {
        let out = run(env
            .on(p, &sb)
            .args(["users", "groups", "list", &u, "-o", "json"]))
        .ok();
        out.json().to_string()
    };
    let before = groups(&env);
    run(env.on(p, &sb).args([
        "users",
        "groups",
        "add",
        &u,
        "HR Team",
        "--stage",
        "Development",
    ]))
    .ok();
    assert!(!before.contains("HR Team"), "{before}");
    assert!(groups(&env).contains("HR Team"));
    let t = Transcript::of(env.on(p, &sb).args(["undo", "--yes", "-o", "json"]));
    assert_eq!(t.code(), 0, "{t}");
    let recs: Value = serde_json::from_str(&t.stdout).unwrap();
    assert_eq!(recs[0]["change"]["op"], "remove", "{t}");
    assert_eq!(recs[0]["result"], "changed", "{t}");
    assert_eq!(groups(&env), before);
}

/// What cannot be undone is listed as such (a deleted user), never
/// silently skipped; the rest of the run is undone.
#[test]
fn undo_lists_what_cannot_be_undone() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let p = Platform::Descope;
    let u = user(&env, p, &sb);
    run(env.on(p, &sb).args(["--yes", "users", "delete", &u])).ok();
    let t = Transcript::of(env.on(p, &sb).args(["undo", "--yes", "-o", "json"]));
    assert_eq!(t.code(), 0, "{t}");
    // The plan lists it.
    run_ids_hidden().bind(|| insta::assert_snapshot!(t.to_string(), @r#"
    [stdout]
    [
      {
        "target": {
          "kind": "user",
          "key": "eva.ferreira1@example.com"
        },
        "change": {
          "op": "delete"
        },
        "result": "skipped",
        "detail": "cannot be undone: a deleted user's key, history and sign-ins are gone"
      }
    ]
    [stderr]
    Undo of run [RUN] ([NOW]): iamctl --yes users delete eva.ferreira1@example.com
      ! cannot undo: Deleted user eva.ferreira1@example.com — a deleted user's key, history and sign-ins are gone
    [exit status: 0]
    "#));
    let recs: Value = serde_json::from_str(&t.stdout).unwrap();
    assert_eq!(recs[0]["result"], "skipped", "{t}");
    assert!(
        recs[0]["detail"]
            .as_str()
            .unwrap()
            .starts_with("cannot be undone"),
        "{t}"
    );
}

/// The journal: 0600 in a 0700 folder, one line per real run; nothing for
/// a dry run, a no-op, `--no-journal` or `IAMCTL_NO_JOURNAL=1`; never a
/// secret (a password set is recorded as such, not its value).
#[test]
fn the_journal_keeps_real_writes_only_and_no_secret() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let p = Platform::Descope;
    let u = user(&env, p, &sb);
    let lines = || -> usize {
        std::fs::read_dir(journal_dir(&env))
            .map(|d| {
                d.filter_map(|f| std::fs::read_to_string(f.ok()?.path()).ok())
                    .map(|t| t.lines().count())
                    .sum()
            })
            .unwrap_or(0)
    };
    run(env
        .on(p, &sb)
        .args(["--dry-run", "users", "set", &u, "name", "Dry"]))
    .ok();
    assert_eq!(lines(), 0, "a dry run is not journaled");
    run(env
        .on(p, &sb)
        .args(["--no-journal", "users", "set", &u, "name", "Quiet"]))
    .ok();
    run(env
        .on(p, &sb)
        .env("IAMCTL_NO_JOURNAL", "1")
        .args(["users", "set", &u, "name", "Quieter"]))
    .ok();
    assert_eq!(lines(), 0, "--no-journal and IAMCTL_NO_JOURNAL=1");
    run(env.on(p, &sb).args(["users", "set", &u, "name", "Quieter"])).ok();
    assert_eq!(lines(), 0, "a no-op writes nothing, so is not journaled");
    let secret = "Sup3r-Secret-Passw0rd!";
    run(env
        .on(p, &sb)
        .write_stdin(secret)
        .args(["users", "password", "set", &u, "--active"]))
    .ok();
    assert_eq!(lines(), 1);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let dir = journal_dir(&env);
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&dir), 0o700);
        for f in std::fs::read_dir(&dir).unwrap() {
            assert_eq!(mode(&f.unwrap().path()), 0o600);
        }
    }
    for f in std::fs::read_dir(journal_dir(&env)).unwrap() {
        let text = std::fs::read_to_string(f.unwrap().path()).unwrap();
        assert!(!text.contains(secret), "{text}");
        assert!(!text.contains(crate::common::DESCOPE_KEY), "{text}");
        assert!(text.contains("not recorded"), "{text}");
    }
    // And undo says a password cannot be undone.
    let t = Transcript::of(env.on(p, &sb).args(["undo", "--yes"]));
    run_ids_hidden().bind(|| insta::assert_snapshot!(t.to_string(), @"
    [stdout]
    [stderr]
    Undo of run [RUN] ([NOW]): iamctl users password set eva.ferreira1@example.com --active
      ! cannot undo: Changed password of eva.ferreira1@example.com to (active, not recorded) — a password is never recorded
    Skipped: set user eva.ferreira1@example.com (cannot be undone: a password is never recorded)
    [exit status: 0]
    "));
}

/// `history --user` and `--since` narrow the list.
#[test]
fn history_filters_by_user_and_time() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let p = Platform::Valuekeep;
    let out = run(env
        .on(p, &sb)
        .args(["users", "list", "-L", "2", "-o", "json"]))
    .ok();
    let a = out.json()[0]["userKey"].as_str().unwrap().to_string();
    let b = out.json()[1]["userKey"].as_str().unwrap().to_string();
    run(env
        .on(p, &sb)
        .args(["users", "set", &a, "name", "History A"]))
    .ok();
    run(env
        .on(p, &sb)
        .args(["users", "set", &b, "name", "History B"]))
    .ok();
    let all = run(env.on(p, &sb).args(["history", "-o", "json"]))
        .ok()
        .json();
    assert_eq!(all.as_array().unwrap().len(), 2);
    let of_a = run(env.on(p, &sb).args(["history", "--user", &a, "-o", "json"]))
        .ok()
        .json();
    assert_eq!(of_a.as_array().unwrap().len(), 1);
    assert!(of_a[0]["command"].as_str().unwrap().contains(&a));
    let future = run(env
        .on(p, &sb)
        .args(["history", "--since", "2099-01-01", "-o", "json"]))
    .ok()
    .json();
    assert_eq!(future, serde_json::json!([]));
}
