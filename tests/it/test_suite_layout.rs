//! The layout of this test binary, so that a newcomer finds a command's
//! tests by name and no test file silently never runs: every `.rs` file
//! under `tests/it/` (but `main.rs` and the helpers in `common/`) is a
//! module declared in `main.rs`, named `test_<command>_command.rs` or
//! `test_<concern>.rs`; every helper file in `common/` is declared in
//! `common/mod.rs`.

use std::collections::BTreeSet;
use std::path::Path;

/// The modules a Rust file declares (`mod NAME;`, `pub mod NAME;`, with or
/// without attributes on the line before).
fn declared_modules(source: &str) -> BTreeSet<String> {
    source
        .lines()
        .filter_map(|l| {
            let l = l.trim();
            let l = l.strip_prefix("pub ").unwrap_or(l);
            l.strip_prefix("mod ")?
                .strip_suffix(';')
                .map(str::to_string)
        })
        .collect()
}

/// What is wrong with the layout of the test directory `dir`, one line per
/// problem, naming the file.
fn layout_problems(dir: &Path) -> Vec<String> {
    let mut problems = Vec::new();
    let main = std::fs::read_to_string(dir.join("main.rs")).expect("read main.rs");
    let declared = declared_modules(&main);
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("read the test directory")
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if path.is_dir() {
            if name == "common" {
                let helpers = std::fs::read_to_string(path.join("mod.rs"))
                    .map(|s| declared_modules(&s))
                    .unwrap_or_default();
                for f in rs_files(&path) {
                    let rel = f.strip_prefix(&path).unwrap();
                    let stem = rel.to_string_lossy().trim_end_matches(".rs").to_string();
                    if stem != "mod" && !helpers.contains(&stem) {
                        problems.push(format!(
                            "tests/it/common/{}: not declared in tests/it/common/mod.rs \
                             (`pub mod {stem};`), so it is never compiled",
                            rel.display()
                        ));
                    }
                }
            } else {
                for f in rs_files(&path) {
                    problems.push(format!(
                        "tests/it/{name}/{}: test files live in tests/it/ itself, as \
                         test_<command>_command.rs or test_<concern>.rs; this one never runs",
                        f.strip_prefix(&path).unwrap().display()
                    ));
                }
            }
            continue;
        }
        let Some(stem) = name.strip_suffix(".rs") else {
            continue;
        };
        if stem == "main" {
            continue;
        }
        if !declared.contains(stem) {
            problems.push(format!(
                "tests/it/{name}: not declared in tests/it/main.rs (`mod {stem};`), \
                 so its tests never run"
            ));
        }
        if !stem.starts_with("test_") {
            problems.push(format!(
                "tests/it/{name}: a test module's name starts with `test_` \
                 (test_<command>_command.rs or test_<concern>.rs)"
            ));
        }
    }
    problems
}

/// Every `.rs` file below `dir`, at any depth.
fn rs_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(rs_files(&p));
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
    out.sort();
    out
}

#[test]
fn every_test_file_is_a_declared_test_module() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/it");
    let problems = layout_problems(&dir);
    assert!(
        problems.is_empty(),
        "the test binary's layout:\n{}",
        problems.join("\n")
    );
}

/// The check itself: a file left out of `main.rs`, a module not named
/// `test_*`, a helper left out of `common/mod.rs` and a file in a
/// subdirectory are each named.
#[test]
fn layout_problems_name_each_file() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let write = |p: &str, text: &str| {
        let path = dir.join(p);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    write(
        "main.rs",
        "//! doc\n\nmod common;\n#[cfg(unix)] // why\nmod test_a_command;\nmod users;\n",
    );
    write("common/mod.rs", "pub mod world;\n");
    write("common/world.rs", "");
    write("common/stray.rs", "");
    write("test_a_command.rs", "");
    write("users.rs", "");
    write("test_forgotten.rs", "");
    write("nested/test_b.rs", "");
    assert_eq!(
        layout_problems(dir),
        [
            "tests/it/common/stray.rs: not declared in tests/it/common/mod.rs \
             (`pub mod stray;`), so it is never compiled",
            "tests/it/nested/test_b.rs: test files live in tests/it/ itself, as \
             test_<command>_command.rs or test_<concern>.rs; this one never runs",
            "tests/it/test_forgotten.rs: not declared in tests/it/main.rs \
             (`mod test_forgotten;`), so its tests never run",
            "tests/it/users.rs: a test module's name starts with `test_` \
             (test_<command>_command.rs or test_<concern>.rs)",
        ]
    );
}
