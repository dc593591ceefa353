//! The house as the README's "Layout" draws it: the top-level modules of
//! `src/` in layers, each importing only its own layer and those below.
//! This reads every `.rs` file under `src/`, finds each top-level module's
//! references to the others (`crate::name`, in `use` lines, paths and
//! attributes alike; comments and strings are not code), and fails naming
//! the edge (file and line, module → module) when a module imports one of
//! a higher layer, or when modules import each other in a cycle (possible
//! only within a layer). No file in `src/` may be over 800 lines either.
//!
//! A new top-level module is placed in a layer here, and in the README.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers, lowest first. A module may import the modules of its own
/// layer (no cycle among them) and of the layers below, never above.
/// `src/main.rs` and the crate root `src/lib.rs` (`main_entry`) sit on top.
const LAYERS: &[(&str, &[&str])] = &[
    // Leaves: the error type and exit codes, every secret of the run
    // masked, Ctrl-C, durations, files only their owner reads, jq's
    // @csv/@tsv, help texts, the flags given (read off clap), and what
    // records look like (`View`, `Views`: the backends and the printer
    // share them).
    (
        "foundations",
        &[
            "redaction",
            "error",
            "cancel",
            "duration",
            "files",
            "jq_formats",
            "help",
            "invocation",
            "views",
        ],
    ),
    // What is kept on this machine and the wire: secrets, the profiles
    // file, the assumption types and the findings kept per profile, the
    // built-in sandbox (its profiles and `iamctl sandbox`), the one HTTP
    // layer, OAuth and its token cache.
    (
        "profiles and the wire",
        &[
            "secrets",
            "config",
            "assumptions",
            "builtin",
            "http",
            "auth",
        ],
    ),
    // The platforms: the Backend trait, each platform's requests,
    // capabilities, views and assumption lists; never clap, never the
    // printer.
    ("platforms", &["backend"]),
    // What a run shows and keeps: outcome records and their verdict, the
    // journal, the printer, dynamic completion values.
    ("results", &["outcome", "journal", "output", "completion"]),
    // Bulk provisioning: rows read and checked, the batch runner; handed a
    // backend, never the context.
    ("bulk", &["bulk"]),
    // What every command runs with: the global flags, the profile
    // resolved, the backend built once; the terminal.
    ("context", &["context", "ui"]),
    // The command tree (`Cli`, `Command`) and one module per command.
    ("commands", &["commands"]),
    // The command line as given, checked before anything runs.
    ("cli", &["cli"]),
];

/// No source file is longer.
const MAX_LINES: usize = 800;

/// Files over `MAX_LINES` that are being changed in other branches as this
/// is written, each with why it is left: an entry fails once its file is
/// back under the limit, so the list only shrinks.
const LONG_FILES: &[(&str, &str)] = &[];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// `text` with comments, string and character literals blanked out (line
/// breaks kept, so line numbers hold).
fn code_only(text: &str) -> String {
    let c: Vec<char> = text.chars().collect();
    let ident = |ch: char| ch.is_alphanumeric() || ch == '_';
    let keep_lines = |from: &[char], out: &mut String| {
        out.extend(from.iter().filter(|ch| **ch == '\n'));
    };
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < c.len() {
        let at = |k: usize| c.get(k).copied().unwrap_or('\0');
        if at(i) == '/' && at(i + 1) == '/' {
            while i < c.len() && c[i] != '\n' {
                i += 1;
            }
            continue;
        }
        if at(i) == '/' && at(i + 1) == '*' {
            let (start, mut depth) = (i, 0);
            while i < c.len() {
                if at(i) == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if at(i) == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
            keep_lines(&c[start..i.min(c.len())], &mut out);
            continue;
        }
        let after_ident = i > 0 && ident(c[i - 1]);
        // Raw strings: r"..", r#".."#, br"..".
        if !after_ident && (at(i) == 'r' || (at(i) == 'b' && at(i + 1) == 'r')) {
            let mut k = if at(i) == 'r' { i + 1 } else { i + 2 };
            let hashes_from = k;
            while at(k) == '#' {
                k += 1;
            }
            if at(k) == '"' {
                let hashes = k - hashes_from;
                let mut e = k + 1;
                while e < c.len() && !(c[e] == '"' && (1..=hashes).all(|h| at(e + h) == '#')) {
                    e += 1;
                }
                let end = (e + 1 + hashes).min(c.len());
                keep_lines(&c[i..end], &mut out);
                i = end;
                continue;
            }
        }
        if at(i) == '"' {
            let start = i;
            i += 1;
            while i < c.len() && c[i] != '"' {
                i += if c[i] == '\\' { 2 } else { 1 };
            }
            i = (i + 1).min(c.len());
            keep_lines(&c[start..i], &mut out);
            continue;
        }
        // A character literal ('x', '\n', '\''), not a lifetime ('a).
        if at(i) == '\'' {
            if at(i + 1) == '\\' {
                let mut e = i + 3;
                while e < c.len() && c[e] != '\'' {
                    e += 1;
                }
                i = e + 1;
                continue;
            }
            if at(i + 2) == '\'' {
                i += 3;
                continue;
            }
        }
        out.push(c[i]);
        i += 1;
    }
    out
}

/// The top-level modules named after `crate::` in `code` (a `use
/// crate::{a, b::c}` group names each), with the line of each.
fn crate_refs(code: &str) -> Vec<(String, usize)> {
    let c: Vec<char> = code.chars().collect();
    let word = |from: usize| -> String {
        c[from..]
            .iter()
            .take_while(|ch| ch.is_alphanumeric() || **ch == '_')
            .collect()
    };
    let skip_space = |mut k: usize| {
        while k < c.len() && c[k].is_whitespace() {
            k += 1;
        }
        k
    };
    let line_of = |k: usize| c[..k].iter().filter(|ch| **ch == '\n').count() + 1;
    let mut out = Vec::new();
    let mut i = 0;
    while i + 5 <= c.len() {
        let starts = c[i..i + 5].iter().collect::<String>() == "crate"
            && (i == 0 || !(c[i - 1].is_alphanumeric() || c[i - 1] == '_'));
        if !starts {
            i += 1;
            continue;
        }
        let mut k = skip_space(i + 5);
        if !(c.get(k) == Some(&':') && c.get(k + 1) == Some(&':')) {
            i += 5;
            continue;
        }
        k = skip_space(k + 2);
        if c.get(k) == Some(&'{') {
            // Each name at the group's top level.
            let (mut depth, mut expect) = (0, true);
            let mut j = k + 1;
            while j < c.len() {
                match c[j] {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => expect = true,
                    ch if expect && depth == 0 && (ch.is_alphabetic() || ch == '_') => {
                        out.push((word(j), line_of(j)));
                        expect = false;
                    }
                    _ => {}
                }
                j += 1;
            }
            i = j;
        } else {
            out.push((word(k), line_of(k)));
            i = k;
        }
    }
    out
}

/// The top-level module a file under `src/` belongs to; `#[path]` files
/// (`builtin_none.rs`) belong to the module `lib.rs` declares with them.
fn module_of(rel: &Path, paths: &BTreeMap<String, String>) -> Option<String> {
    let first = rel.components().next()?.as_os_str().to_str()?.to_string();
    if rel.components().count() == 1 && (first == "lib.rs" || first == "main.rs") {
        return None;
    }
    if let Some(m) = paths.get(&first) {
        return Some(m.clone());
    }
    Some(first.trim_end_matches(".rs").to_string())
}

/// The top-level modules `lib.rs` declares, and the `#[path]` files.
fn declared() -> (BTreeSet<String>, BTreeMap<String, String>) {
    let lib = std::fs::read_to_string(src().join("lib.rs")).unwrap();
    let (mut mods, mut paths) = (BTreeSet::new(), BTreeMap::new());
    let mut path: Option<String> = None;
    for line in lib.lines().map(str::trim) {
        if let Some(p) = line.strip_prefix("#[path = \"") {
            path = p.split('"').next().map(str::to_string);
        } else if let Some(name) = line
            .strip_prefix("pub mod ")
            .or_else(|| line.strip_prefix("mod "))
            .and_then(|rest| rest.strip_suffix(';'))
        {
            if let Some(p) = path.take() {
                paths.insert(p, name.to_string());
            }
            mods.insert(name.to_string());
        }
    }
    (mods, paths)
}

/// (file, line, from, to) for every reference from one top-level module
/// to another.
fn edges() -> Vec<(String, usize, String, String)> {
    let (mods, paths) = declared();
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let rel = f.strip_prefix(src()).unwrap().to_path_buf();
        let Some(from) = module_of(&rel, &paths) else {
            continue;
        };
        let code = code_only(&std::fs::read_to_string(&f).unwrap());
        for (to, line) in crate_refs(&code) {
            if to != from && mods.contains(&to) {
                let shown = format!("src/{}", rel.display()).replace('\\', "/");
                out.push((shown, line, from.clone(), to));
            }
        }
    }
    out
}

fn layer_of(module: &str) -> Option<(usize, &'static str)> {
    LAYERS
        .iter()
        .enumerate()
        .find(|(_, (_, mods))| mods.contains(&module))
        .map(|(i, (name, _))| (i, *name))
}

#[test]
fn every_module_is_in_one_layer() {
    let (mods, _) = declared();
    let mut listed = BTreeSet::new();
    for (_, ms) in LAYERS {
        for m in *ms {
            assert!(listed.insert(*m), "{m} is in two layers");
            assert!(
                mods.contains(*m),
                "{m} is in LAYERS but src/lib.rs declares no such module"
            );
        }
    }
    let missing: Vec<&String> = mods
        .iter()
        .filter(|m| !listed.contains(m.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "modules in no layer (place them in LAYERS, tests/it/test_layers.rs, and in the README's Layout): {missing:?}"
    );
}

#[test]
fn no_module_imports_one_above_it() {
    let mut bad = Vec::new();
    for (file, line, from, to) in edges() {
        let (Some((lf, nf)), Some((lt, nt))) = (layer_of(&from), layer_of(&to)) else {
            continue; // every_module_is_in_one_layer says which
        };
        if lt > lf {
            bad.push(format!(
                "{file}:{line}: {from} → {to} ({from} is in layer {nf:?}, {to} above it in {nt:?})"
            ));
        }
    }
    assert!(
        bad.is_empty(),
        "modules import modules of a higher layer:\n{}",
        bad.join("\n")
    );
}

#[test]
fn no_modules_import_each_other_in_a_cycle() {
    let mut graph: BTreeMap<String, BTreeMap<String, (String, usize)>> = BTreeMap::new();
    for (file, line, from, to) in edges() {
        graph
            .entry(from)
            .or_default()
            .entry(to)
            .or_insert((file, line));
    }
    // Depth-first: a module met again while still on the path closes a cycle.
    fn visit(
        m: &str,
        graph: &BTreeMap<String, BTreeMap<String, (String, usize)>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == m) {
            let mut cycle = path[at..].to_vec();
            cycle.push(m.to_string());
            return Some(cycle);
        }
        if done.contains(m) {
            return None;
        }
        path.push(m.to_string());
        for next in graph.get(m).into_iter().flat_map(|n| n.keys()) {
            if let Some(c) = visit(next, graph, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(m.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for m in graph.keys() {
        if let Some(cycle) = visit(m, &graph, &mut Vec::new(), &mut done) {
            let steps: Vec<String> = cycle
                .windows(2)
                .map(|w| {
                    let (file, line) = &graph[&w[0]][&w[1]];
                    format!("{file}:{line}: {} → {}", w[0], w[1])
                })
                .collect();
            panic!(
                "modules import each other in a cycle: {}\n{}",
                cycle.join(" → "),
                steps.join("\n")
            );
        }
    }
}

#[test]
fn no_source_file_is_over_800_lines() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    files.sort();
    let mut bad = Vec::new();
    let mut long = BTreeSet::new();
    for f in files {
        let shown = format!("src/{}", f.strip_prefix(src()).unwrap().display()).replace('\\', "/");
        let lines = std::fs::read_to_string(&f).unwrap().lines().count();
        if lines <= MAX_LINES {
            continue;
        }
        long.insert(shown.clone());
        if !LONG_FILES.iter().any(|(p, _)| *p == shown) {
            bad.push(format!("{shown}: {lines} lines (at most {MAX_LINES})"));
        }
    }
    for (p, why) in LONG_FILES {
        if !long.contains(*p) {
            bad.push(format!(
                "{p} is no longer over {MAX_LINES} lines: take it off LONG_FILES ({why})"
            ));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// What the reader counts: code, not comments or strings; each name of a
/// `use crate::{...}` group; paths in attributes.
#[test]
fn references_are_read_from_code_only() {
    let text = r##"
//! Not this: crate::cli
use crate::{
    config::Kind,
    error::{CliError, Result},
};
use crate :: http;
#[arg(value_parser = crate::duration::any_seconds)]
fn f<'a>(s: &'a str) -> char {
    let _ = "crate::commands"; /* crate::context /* nested */ crate::bulk */
    let _ = r#"crate::"output""#;
    let _ = ('"', '\'', crate::backend::is_uuid(s));
    'x'
}
"##;
    let refs = crate_refs(&code_only(text));
    let names: Vec<&str> = refs.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["config", "error", "http", "duration", "backend"]);
    assert_eq!(refs[0].1, 4);
    assert_eq!(refs[4].1, 12);
}

/// Commands and bulk runs never ask which platform they run on: what
/// differs is capability data, a facet of the backend, or a view the
/// platform lists (`backend::platform(kind).view("tenants")`). Their code
/// (not their unit tests) names no platform's `Kind`, module or views.
#[test]
fn commands_and_bulk_never_name_a_platform() {
    const NAMES: &[&str] = &[
        "Kind::Odc",
        "Kind::Valuekeep",
        "Kind::Descope",
        "backend::odc",
        "backend::valuekeep",
        "backend::descope",
        "views::ODC_",
        "views::VALUEKEEP_",
        "views::DESCOPE_",
    ];
    let mut files = Vec::new();
    rust_files(&src().join("commands"), &mut files);
    rust_files(&src().join("bulk"), &mut files);
    files.sort();
    let mut bad = Vec::new();
    for f in files {
        if f.file_name().is_some_and(|n| n == "tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&f).unwrap();
        let code = code_only(&text);
        let code = code.split("#[cfg(test)]").next().unwrap_or_default();
        let shown = format!("src/{}", f.strip_prefix(src()).unwrap().display());
        for (i, line) in code.lines().enumerate() {
            let squeezed: String = line.split_whitespace().collect();
            for name in NAMES {
                if squeezed.contains(name) {
                    bad.push(format!("{shown}:{}: names a platform ({name})", i + 1));
                }
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
