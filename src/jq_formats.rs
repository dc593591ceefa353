//! jq's `@csv` and `@tsv` for `--jq`. jaq keeps them in its multi-format
//! crate together with YAML, TOML, XML and CBOR readers and writers; those
//! are left out of the build (`Cargo.toml`: jaq-all without `formats`), and
//! these two standard jq formats are provided here instead, with jq's
//! rules: the input is an array; strings are quoted (CSV, `""` inside) or
//! escaped (TSV: `\t`, `\n`, `\r`, `\\`, `\0`); numbers and booleans as
//! JSON; null is an empty field; arrays and objects are an error.

use jaq_all::jaq_core::native::{Filter, Fun, bome, run, v};
use jaq_all::jaq_core::{DataT, RunPtr};
use jaq_all::json::Val;

type Error = jaq_all::jaq_core::Error<Val>;

fn csv_field(s: &[u8], out: &mut Vec<u8>) {
    out.push(b'"');
    for &b in s {
        if b == b'"' {
            out.push(b'"');
        }
        out.push(b);
    }
    out.push(b'"');
}

fn tsv_field(s: &[u8], out: &mut Vec<u8>) {
    for &b in s {
        match b {
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\\' => out.extend_from_slice(b"\\\\"),
            0 => out.extend_from_slice(b"\\0"),
            b => out.push(b),
        }
    }
}

fn row(v: &Val, name: &str, sep: u8, field: fn(&[u8], &mut Vec<u8>)) -> Result<Val, Error> {
    let Val::Arr(items) = v else {
        return Err(Error::str(format!(
            "cannot format {v} with {name}: an array is expected"
        )));
    };
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push(sep);
        }
        match x {
            Val::Null => {}
            Val::TStr(s) | Val::BStr(s) => field(&s[..], &mut out),
            Val::Bool(_) | Val::Num(_) => out.extend_from_slice(x.to_string().as_bytes()),
            other => {
                return Err(Error::str(format!("{other} is not valid in a {name} row")));
            }
        }
    }
    Ok(Val::utf8_str(out))
}

/// `@csv` and `@tsv`, for `jaq_all::compile_with`.
pub fn funs<D: for<'a> DataT<V<'a> = Val>>() -> impl Iterator<Item = Fun<D>> {
    let fs: Box<[Filter<RunPtr<D>>]> = Box::new([
        ("@csv", v(0), |cv| bome(row(&cv.1, "@csv", b',', csv_field))),
        ("@tsv", v(0), |cv| {
            bome(row(&cv.1, "@tsv", b'\t', tsv_field))
        }),
    ]);
    fs.into_vec().into_iter().map(run::<D>)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn val(json: &str) -> Val {
        jaq_all::json::read::parse_many(json.as_bytes())
            .next()
            .unwrap()
            .unwrap()
    }

    fn text(v: Result<Val, Error>) -> String {
        match v.unwrap() {
            Val::TStr(b) => String::from_utf8(b.to_vec()).unwrap(),
            other => panic!("{other}"),
        }
    }

    #[test]
    fn csv_and_tsv_as_jq_writes_them() {
        let r = val(r#"["a\"b", "t\tn\nr\rs\\", 1.5, true, null, 7]"#);
        assert_eq!(
            text(row(&r, "@csv", b',', csv_field)),
            "\"a\"\"b\",\"t\tn\nr\rs\\\",1.5,true,,7"
        );
        assert_eq!(
            text(row(&r, "@tsv", b'\t', tsv_field)),
            "a\"b\tt\\tn\\nr\\rs\\\\\t1.5\ttrue\t\t7"
        );
        assert!(row(&val("[{}]"), "@csv", b',', csv_field).is_err());
        assert!(row(&val("{}"), "@tsv", b'\t', tsv_field).is_err());
    }

    #[test]
    fn the_formats_compile_and_jaqs_own_are_left_out() {
        let compile = |code: &str| {
            jaq_all::compile_with(
                code,
                jaq_all::defs(),
                jaq_all::data::base_funs().chain(funs()),
                &[],
            )
        };
        assert!(compile("[1] | @csv, @tsv").is_ok());
        assert!(compile("fromyaml").is_err());
    }
}
