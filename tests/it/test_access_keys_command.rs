//! `access-keys` (Descope project administration): a key's cleartext is
//! shown once and nowhere else; deactivate, get and delete.

use crate::common::descope::{D, codes};

/// The cleartext is on stdout once, in every format, and nowhere else:
/// not in `-vv` traces, the journal, the name cache, error messages.
#[test]
fn access_keys_cleartext_is_shown_once_and_nowhere_else() {
    let d = D::new();
    let mut secrets = Vec::new();
    for (i, format) in ["json", "ndjson", "table", "csv", "tsv"].iter().enumerate() {
        let name = format!("key-{format}");
        let t = d.run(&["-vv", "access-keys", "create", &name, "-o", format]);
        assert_eq!(t.code(), 0, "{t}");
        let listed = d.run(&["access-keys", "get", &name, "-o", "json"]);
        let id = serde_json::from_str::<serde_json::Value>(&listed.stdout).unwrap()["id"]
            .as_str()
            .unwrap()
            .to_string();
        // The cleartext: the 40-character value on stdout that is not the id.
        let secret = t
            .stdout
            .split(|c: char| !c.is_ascii_alphanumeric())
            .find(|w| w.len() == 40)
            .unwrap_or_else(|| panic!("{format}: no cleartext on stdout:\n{t}"))
            .to_string();
        assert_ne!(secret, id);
        assert_eq!(t.stdout.matches(&secret).count(), 1, "{format}: once\n{t}");
        assert!(!t.stderr.contains(&secret), "{format}: in the trace\n{t}");
        assert!(
            t.stderr.contains("\"cleartext\":\"***\""),
            "{format}: {i}\n{t}"
        );
        secrets.push(secret);
    }
    let t = d.run(&["access-keys", "create", "key-json", "-v"]);
    assert_eq!(t.code(), 5, "a second create of a taken name fails\n{t}");
    // A rotation prints the new secret once, as create does.
    let t = d.run(&[
        "-vv",
        "access-keys",
        "rotate",
        "key-json",
        "--yes",
        "-o",
        "json",
    ]);
    assert_eq!(t.code(), 0, "{t}");
    let rotated: serde_json::Value = serde_json::from_str(&t.stdout).unwrap();
    let new = rotated[0]["cleartext"].as_str().unwrap().to_string();
    assert_eq!(new.len(), 40, "{t}");
    assert!(!secrets.contains(&new) && !t.stderr.contains(&new), "{t}");
    assert_eq!(rotated[0]["change"]["op"], "rotate");
    let t = d.run(&["access-keys", "rotate", "key-json"]);
    assert_eq!(t.code(), 2, "asks first: {t}");
    secrets.push(new);
    let ts = vec![
        d.run(&["access-keys", "list", "-o", "json"]),
        d.run(&["--dry-run", "access-keys", "create", "planned"]),
        d.run(&["access-keys", "get", "nope"]),
    ];
    // Nothing under the test's home, config or cache holds a secret.
    let mut files = vec![d.env.path().to_path_buf()];
    while let Some(p) = files.pop() {
        if p.is_dir() {
            files.extend(std::fs::read_dir(&p).unwrap().map(|e| e.unwrap().path()));
        } else {
            let text = String::from_utf8_lossy(&std::fs::read(&p).unwrap()).into_owned();
            for s in &secrets {
                assert!(!text.contains(s), "{} holds a cleartext", p.display());
            }
        }
    }
    for t in &ts {
        for s in &secrets {
            assert!(!t.stdout.contains(s) && !t.stderr.contains(s), "{t}");
        }
    }
}

#[test]
fn access_keys_deactivate_get_delete() {
    let d = D::new();
    let created = d.run(&[
        "access-keys",
        "create",
        "ci",
        "--description",
        "CI",
        "-o",
        "json",
    ]);
    assert_eq!(created.code(), 0, "{created}");
    let ts = d.session(
        "descope_access_keys_session",
        &[
            &["access-keys", "list"],
            &["access-keys", "deactivate", "ci"],
            &["access-keys", "deactivate", "ci"],
            &["access-keys", "get", "ci"],
            &["access-keys", "update", "ci", "--name", "ci-2"],
            &["access-keys", "activate", "ci-2", "-o", "json"],
            &["access-keys", "delete", "ci-2", "--yes"],
            &["access-keys", "get", "ci-2"],
        ],
    );
    assert_eq!(codes(&ts), [0, 0, 0, 0, 0, 0, 0, 3]);
}
