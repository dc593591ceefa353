//! Bounded fuzzing (proptest) of what reads untrusted text: the import
//! parser (CSV, JSON, NDJSON, sniffed), the `--fields` paths, `--jq`
//! expressions and the duration check. Part of `cargo test`, so CI runs
//! it: a fixed number of cases from a fixed seed (the same inputs every
//! run, as every other test), zero panics allowed. `IAMCTL_FUZZ_CASES=N`
//! and `IAMCTL_FUZZ_SEED=S` explore further by hand.

use iamctl::bulk::input::{self, Format};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestRunner};
use serde_json::Value;

/// The same bounded run everywhere: cases and seed from the environment
/// when given, else fixed. No regression files are written.
fn runner() -> TestRunner {
    let cases = std::env::var("IAMCTL_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2000);
    let seed = std::env::var("IAMCTL_FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(11);
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        rng_seed: RngSeed::Fixed(seed),
        ..Config::default()
    })
}

/// Text built from pieces that matter to a parser (quotes, separators,
/// line ends, NUL, non-ASCII, column names), in any order.
fn pieces(alphabet: &'static [&'static str], max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(alphabet), 0..max).prop_map(|v| v.concat())
}

const CSV_PIECES: &[&str] = &[
    "email",
    "name",
    "active",
    "groups",
    "roles",
    "photoUrl",
    "builtinIdp",
    "key",
    "status",
    "x",
    ",",
    ",",
    "\"",
    "\"\"",
    "\n",
    "\n",
    "\r\n",
    "\r",
    ";",
    " ",
    "\t",
    "\0",
    "é",
    "\u{feff}",
    "a@example.com",
    "a@@example.com",
    "b@example.com",
    "@",
    "true",
    "false",
    "maybe",
    "[",
    "{",
    "}",
    "]",
    ":",
    "1",
    "-",
];

fn json_value() -> impl Strategy<Value = Value> {
    let key = prop::sample::select(
        &[
            "email",
            "name",
            "active",
            "isActive",
            "photoUrl",
            "builtinIdp",
            "groups",
            "roles",
            "key",
            "status",
            "lastLoginAt",
            "other",
            "",
            "é",
        ][..],
    )
    .prop_map(str::to_string);
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        pieces(CSV_PIECES, 6).prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::btree_map(key.clone(), inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Whatever the parser makes of some bytes, it makes without panicking,
/// and what it calls a valid row has one e-mail with one `@`.
fn parse_all_ways(bytes: &[u8]) -> std::result::Result<(), TestCaseError> {
    for format in [
        None,
        Some(Format::Csv),
        Some(Format::Json),
        Some(Format::Ndjson),
    ] {
        if let Ok(rows) = input::parse(bytes, format, "fuzz") {
            for (i, r) in rows.iter().enumerate() {
                if let Ok(row) = r {
                    prop_assert_eq!(row.email.matches('@').count(), 1, "{}", row.email);
                    prop_assert!(!row.email.contains('\0'));
                    prop_assert!(row.n >= 1 && row.n <= rows.len() + i + 1);
                }
            }
        }
    }
    Ok(())
}

#[test]
fn fuzz_import_parser_on_random_bytes() {
    runner()
        .run(&prop::collection::vec(any::<u8>(), 0..600), |bytes| {
            parse_all_ways(&bytes)
        })
        .unwrap();
}

#[test]
fn fuzz_import_parser_on_csv_like_text() {
    runner()
        .run(&pieces(CSV_PIECES, 80), |text| {
            parse_all_ways(text.as_bytes())
        })
        .unwrap();
}

#[test]
fn fuzz_import_parser_on_json_records() {
    runner()
        .run(&prop::collection::vec(json_value(), 0..8), |items| {
            let array = serde_json::to_vec(&items).unwrap();
            parse_all_ways(&array)?;
            let ndjson: String = items.iter().map(|v| format!("{v}\n")).collect();
            parse_all_ways(ndjson.as_bytes())?;
            for (i, v) in items.into_iter().enumerate() {
                let _ = input::record(i + 1, v);
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn fuzz_fields_paths() {
    const PATH: &[&str] = &["email", "access", "a", ".", ".", "", "0", "é", "name", " "];
    runner()
        .run(&(json_value(), pieces(PATH, 8)), |(v, path)| {
            let _ = iamctl::output::lookup(&v, &path);
            let _ = iamctl::output::cell(&v, &path);
            Ok(())
        })
        .unwrap();
}

#[test]
fn fuzz_jq_compile_on_any_expression() {
    const JQ: &[&str] = &[
        ".", ".a", ".[]", "[", "]", "|", ",", "(", ")", "{", "}", ":", "\"", "\"x\"", "1", "-1",
        "==", "!=", "and", "or", "not", "select(", "map(", "length", "keys", "?", "//", "..", "$x",
        "as", "def", "f", ";", "if", "then", "else", "end", "reduce", "foreach", "@base64", "\\(",
        "é", " ", "\n", "#",
    ];
    runner()
        .run(&pieces(JQ, 16), |expr| {
            let _ = iamctl::output::JqFilter::compile(&expr);
            Ok(())
        })
        .unwrap();
}

#[test]
fn fuzz_jq_runs_terminating_expressions_on_any_value() {
    // Only pieces that cannot loop: compiled or not, a run must end
    // without a panic (errors are fine).
    const JQ: &[&str] = &[
        ".",
        ".a",
        ".email",
        ".[]",
        ".[0]",
        " | ",
        ", ",
        "length",
        "keys",
        "type",
        "tostring",
        "not",
        "select(.)",
        "map(.)",
        "[.[]]",
        "{a: .}",
        "?",
        " // ",
        "\"x\"",
        "1",
        "null",
    ];
    runner()
        .run(&(pieces(JQ, 10), json_value()), |(expr, v)| {
            if let Ok(f) = iamctl::output::JqFilter::compile(&expr) {
                let mut out = Vec::new();
                let _ = f.run(&v, &mut out);
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn fuzz_durations() {
    runner()
        .run(&any::<f64>(), |v| {
            match iamctl::duration::seconds(v, "--timeout") {
                Ok(d) => {
                    prop_assert!(d.as_secs_f64() >= iamctl::duration::MIN_SECS * 0.999);
                    prop_assert!(d.as_secs_f64() <= iamctl::duration::MAX_SECS);
                }
                Err(e) => prop_assert_eq!(e.exit_code(), 2),
            }
            Ok(())
        })
        .unwrap();
    const NUM: &[&str] = &[
        "0", "1", "9", ".", "e", "E", "-", "+", "inf", "nan", "NaN", "infinity", " ", "300", "x",
        "_",
    ];
    runner()
        .run(&pieces(NUM, 8), |text| {
            if let Ok(v) = iamctl::duration::parse_seconds(&text) {
                prop_assert!(iamctl::duration::seconds(v, "--x").is_ok(), "{}", text);
            }
            Ok(())
        })
        .unwrap();
}
