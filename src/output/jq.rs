//! `--jq EXPR` with jaq, so scripts need no separate jq. As with `gh --jq`,
//! strings print raw and other values as compact JSON, one per line.

use std::io::Write;

use jaq_all::data::{self, Filter, Runner};
use jaq_all::json::Val;
use serde_json::Value;

use crate::error::{CliError, Result};

pub struct JqFilter {
    filter: Filter,
    runner: Runner,
}

impl JqFilter {
    pub fn compile(expr: &str) -> Result<JqFilter> {
        // jq's standard library and @csv/@tsv; not jaq's YAML/TOML/XML (Cargo.toml).
        let compiled = jaq_all::compile_with(
            expr,
            jaq_all::defs(),
            data::base_funs().chain(crate::jq_formats::funs()),
            &[],
        );
        // One line: what is wrong, once (jaq's report draws the expression
        // and repeats its message under it).
        let filter = compiled.map_err(|reports| {
            let mut what: Vec<String> = Vec::new();
            for r in &reports {
                let text = jaq_all::load::FileReportsDisp::new(r).to_string();
                for m in text.lines().filter_map(|l| l.strip_prefix("Error: ")) {
                    if !what.iter().any(|w| w == m) {
                        what.push(m.to_string());
                    }
                }
            }
            CliError::usage(format!(
                "invalid --jq expression {expr:?}: {}",
                what.join("; ")
            ))
            .hint("the expression is jq's language (https://jqlang.org/manual/)")
        })?;
        Ok(JqFilter {
            filter,
            runner: Runner::default(),
        })
    }

    pub fn run(&self, input: &Value, out: &mut dyn Write) -> Result<()> {
        let text = serde_json::to_vec(input).map_err(|e| CliError::other(e.to_string()))?;
        let inputs = jaq_all::json::read::parse_many(&text).map(|r| r.map_err(|e| e.to_string()));
        let name: Val = "<output>".to_string().into();
        let mut write_err: Option<std::io::Error> = None;
        let result = data::run(
            &self.runner,
            &self.filter,
            Default::default(),
            (&name, inputs),
            CliError::usage,
            |v| {
                let v = jaq_all::jaq_core::unwrap_valr(v)
                    .map_err(|e| CliError::usage(format!("--jq: {e}")))?;
                let line = match &v {
                    Val::TStr(b) => String::from_utf8_lossy(b).into_owned(),
                    other => other.to_string(),
                };
                if let Err(e) = writeln!(out, "{line}") {
                    write_err = Some(e);
                }
                Ok(())
            },
        );
        if let Some(e) = write_err {
            return Err(e.into());
        }
        result
    }
}
