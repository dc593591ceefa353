//! The planning of `apply` and `diff`, and the plan's file and view.

use super::*;
use crate::bulk::input;

fn row(n: usize, v: Value) -> Row {
    match input::record(n, v) {
        Ok(r) => r,
        Err(e) => panic!("{}", e.message),
    }
}

fn user(key: &str, email: &str, name: &str, active: bool) -> UserSummary {
    UserSummary {
        key: key.into(),
        email: email.into(),
        name: Some(name.into()),
        active: Some(active),
        ..UserSummary::default()
    }
}

fn held(key: &str, direct: bool) -> (Held, Scope) {
    let h = Held {
        key: key.into(),
        direct,
        ..Held::default()
    };
    (h, Scope::default())
}

fn shown(lines: &[Value]) -> Vec<String> {
    lines
        .iter()
        .map(|l| {
            ["action", "user", "target", "detail"]
                .map(|k| l[k].as_str().unwrap_or("?").to_string())
                .join("|")
        })
        .collect()
}

#[test]
fn the_desired_state_is_a_users_list_checked_whole() {
    let doc =
        "\u{feff}users:\n  - email: a@example.com\n    groups: [G]\n  - email: b@example.com\n";
    let rows = parse_desired("d.yaml", doc.as_bytes()).unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].groups.as_deref(), Some(&["G".to_string()][..]));
    assert_eq!(rows[1].groups, None);
    let twice = "users:\n  - email: a@example.com\n  - email: A@example.com\n";
    let e = parse_desired("d.yaml", twice.as_bytes()).unwrap_err();
    assert_eq!(
        e.to_string(),
        "d.yaml has 1 invalid entries:\n  user 2 (A@example.com): listed twice"
    );
    let e = parse_desired("d.json", br#"{"people": []}"#).unwrap_err();
    assert_eq!(
        e.to_string(),
        "d.json: unknown top-level key \"people\" (expected `users`)"
    );
    assert!(parse_desired("d.json", b"users: []").is_err());
    assert!(parse_desired("d.yaml", b"users:\n").unwrap().is_empty());
}

#[test]
fn a_plan_file_is_what_the_reader_takes() {
    let users = vec![json!({"email": "a@example.com", "roles": ["R"]})];
    for path in ["p.yaml", "p.json"] {
        let bytes = file_bytes(path, users.clone()).unwrap();
        assert!(bytes.ends_with(b"\n"));
        let rows = parse_desired(path, &bytes).unwrap();
        assert_eq!(rows[0].email, "a@example.com");
        assert_eq!(rows[0].roles(), ["R"]);
    }
}

#[test]
fn roles_are_read_in_both_scopes_only_where_references_say_where() {
    let scope = Scope::default();
    let desired = [row(
        1,
        json!({"email": "a@example.com", "roles": ["org:Admin"]}),
    )];
    assert_eq!(role_scopes(&desired, &scope, false).len(), 1);
    let both = role_scopes(&desired, &scope, true);
    assert_eq!(both.len(), 2);
    assert!(!both[0].org && both[1].org);
    let plain = [row(
        1,
        json!({"email": "a@example.com", "roles": ["Admin"]}),
    )];
    assert_eq!(role_scopes(&plain, &scope, true).len(), 1);
}

#[test]
fn apply_plans_creates_updates_memberships_and_prunes() {
    let desired = [
        row(
            1,
            json!({"email": "new@example.com", "name": "New", "groups": ["G1"], "roles": ["R1"]}),
        ),
        row(
            2,
            json!({"email": "b@example.com", "name": "B2", "active": false, "groups": ["G1"]}),
        ),
        row(3, json!({"email": "same@example.com", "name": "Same"})),
    ];
    let current: HashMap<String, UserSummary> = [
        user("kb", "b@example.com", "B", true),
        user("ks", "same@example.com", "Same", true),
        user("kc", "c@example.com", "C", true),
    ]
    .into_iter()
    .map(|u| (u.email.clone(), u))
    .collect();
    let names = Names {
        groups: [("G1", "g1"), ("G2", "g2")]
            .map(|(n, k)| (n.to_string(), Ok(k.to_string())))
            .into(),
        roles: [("R1".to_string(), Ok("r1".to_string()))].into(),
        role_scopes: HashMap::new(),
    };
    assert_eq!(existing(&desired, &current).len(), 2);
    let held = vec![
        (Some(vec![held("g2", true), held("g3", false)]), None),
        (None, None),
    ];
    let scope = Scope::default();
    let p = plan(
        &desired,
        &current,
        held,
        &names,
        &scope,
        true,
        Platform {
            caps: &crate::backend::odc::caps::CAPS,
            places: &Places::default(),
        },
    );
    assert_eq!(
        shown(&p.lines),
        [
            "create|new@example.com||name \"New\", active",
            "add-to-group|new@example.com|G1|",
            "grant|new@example.com|R1|",
            "update|b@example.com|name|\"B\" -> \"B2\"",
            "update|b@example.com|active|true -> false",
            "add-to-group|b@example.com|G1|",
            "remove-from-group|b@example.com|G2|",
            "delete|c@example.com||kc",
        ]
    );
    assert_eq!(p.creates.len(), 1);
    assert_eq!(p.changes.len(), 5);
    assert!(matches!(
        &p.changes[2].1,
        Change::Member { what: What::Group, target, add: true, .. } if target == "g1"
    ));
    assert!(matches!(&p.changes[4].1, Change::Delete { key } if key == "kc"));
    // Without --prune, and with the platform matching the file: nothing.
    let current: HashMap<String, UserSummary> = [user("ks", "same@example.com", "Same", true)]
        .into_iter()
        .map(|u| (u.email.clone(), u))
        .collect();
    let p = plan(
        &desired[2..],
        &current,
        vec![(None, None)],
        &names,
        &scope,
        false,
        Platform {
            caps: &crate::backend::odc::caps::CAPS,
            places: &Places::default(),
        },
    );
    assert!(p.lines.is_empty() && p.changes.is_empty() && p.creates.is_empty());
}

fn state(users: &[Value]) -> State {
    users
        .iter()
        .map(|u| {
            let m = u.as_object().unwrap().clone();
            (m["email"].as_str().unwrap().to_lowercase(), m)
        })
        .collect()
}

#[test]
fn diff_plans_what_makes_the_target_match_the_source() {
    let source = state(&[
        json!({"email": "new@example.com", "name": "New", "active": true, "groups": ["S/G"], "phone": ""}),
        json!({"email": "b@example.com", "name": "B", "active": true, "groups": ["S/G1"], "roles": [], "phone": "+1", "loginId": "b1"}),
        json!({"email": "same@example.com", "name": "Same"}),
    ]);
    let target = state(&[
        json!({"email": "b@example.com", "name": "Bx", "active": true, "groups": ["S/G2"], "roles": [], "phone": "+2", "loginId": "b2"}),
        json!({"email": "same@example.com", "name": "Same"}),
        json!({"email": "old@example.com", "name": "Old"}),
    ]);
    let (lines, file) = compare(&source, &target, false);
    assert_eq!(
        shown(&lines),
        [
            "update|b@example.com|name|\"Bx\" -> \"B\"",
            "update|b@example.com|phone|\"+2\" -> \"+1\"",
            "add-to-group|b@example.com|S/G1|",
            "remove-from-group|b@example.com|S/G2|",
            "differs|b@example.com|loginId|\"b2\" here, \"b1\" there; apply sets it only on a new user (use `users set` or `users patch`)",
            "create|new@example.com||name \"New\", active",
            "add-to-group|new@example.com|S/G|",
            "only-here|old@example.com||kept (--prune to delete)",
        ]
    );
    assert_eq!(
        file,
        [
            json!({"email": "b@example.com", "name": "B", "phone": "+1", "groups": ["S/G1"]}),
            json!({"email": "new@example.com", "name": "New", "active": true, "groups": ["S/G"]}),
        ]
    );
    // --prune: the users only here are deletions, and the file lists
    // every source user.
    let (lines, file) = compare(&source, &target, true);
    assert_eq!(shown(&lines).last().unwrap(), "delete|old@example.com||");
    assert_eq!(file.len(), 3);
    assert!(compare(&source, &source, false).0.is_empty());
}

#[test]
fn the_plan_reads_as_signed_lines_and_counts() {
    let lines = [
        line("create", "a@example.com", "", "active".into()),
        line("grant", "a@example.com", "R", String::new()),
        line("update", "b@example.com", "name", "\"B\" -> \"C\"".into()),
        line("revoke", "b@example.com", "R", String::new()),
        line("delete", "c@example.com", "", "kc".into()),
    ];
    assert_eq!(
        text_view(&lines),
        "+ create            a@example.com  (active)\n\
         + grant             a@example.com  R\n\
         ~ update            b@example.com  name  (\"B\" -> \"C\")\n\
         - revoke            b@example.com  R\n\
         - delete            c@example.com  (kc)\n\
         Plan: 1 to create, 1 to update, 2 membership changes, 1 to delete.\n"
    );
    assert_eq!(
        text_view(&[]),
        "Plan: 0 to create, 0 to update, 0 membership changes, 0 to delete.\n"
    );
}

/// A membership the file drops is named where it lives when the places
/// are known (`Development/HR Team`, `org:Admin`), so that a reviewer can
/// tell namesakes apart; without them, by its held name, and the plan says
/// it wants them.
#[test]
fn a_removed_membership_is_named_with_its_place() {
    let desired = [row(
        1,
        json!({"email": "a@example.com", "groups": [], "roles": []}),
    )];
    let current: HashMap<String, UserSummary> = [user("ka", "a@example.com", "A", true)]
        .into_iter()
        .map(|u| (u.email.clone(), u))
        .collect();
    let group = Held {
        key: "g-dev".into(),
        direct: true,
        name: Some("HR Team".into()),
        stage: Some("stage-dev".into()),
        app: None,
    };
    let org_role = Held {
        key: "r-org".into(),
        direct: true,
        name: Some("Admin".into()),
        ..Held::default()
    };
    let org = Scope {
        org: true,
        ..Scope::default()
    };
    let held = vec![(
        Some(vec![(group, Scope::default())]),
        Some(vec![(org_role, org)]),
    )];
    let names = Names {
        groups: HashMap::new(),
        roles: HashMap::new(),
        role_scopes: HashMap::new(),
    };
    let caps = &crate::backend::odc::caps::CAPS;
    let plan_with = |places: &Places| {
        plan(
            &desired,
            &current,
            held.clone(),
            &names,
            &Scope::default(),
            false,
            Platform { caps, places },
        )
    };
    let bare = plan_with(&Places::default());
    assert_eq!(
        shown(&bare.lines),
        [
            "remove-from-group|a@example.com|HR Team|",
            "revoke|a@example.com|org:Admin|"
        ]
    );
    assert!(bare.wants_places(caps));
    let places = Places {
        stages: [("stage-dev".to_string(), "Development".to_string())].into(),
        apps: HashMap::new(),
    };
    let placed = plan_with(&places);
    assert_eq!(
        shown(&placed.lines),
        [
            "remove-from-group|a@example.com|Development/HR Team|",
            "revoke|a@example.com|org:Admin|"
        ]
    );
    assert!(!placed.wants_places(caps));
    let Change::Member { shown, .. } = &placed.changes[0].1 else {
        panic!("a membership change")
    };
    assert_eq!(
        (shown.name.as_str(), shown.place.as_deref()),
        ("HR Team", Some("stage Development"))
    );
}
