//! Every platform's list of assumptions (`odc/assumptions.rs`,
//! `valuekeep/assumptions.rs`, `descope/unconfirmed.rs`) and what is made
//! from them: the rows of `iamctl profile test --deep` (a probe's findings
//! completed into one row per assumption), the warnings a command owes when
//! the profile's probe found the tenant differ, and the README's sections
//! (`iamctl assumptions`). What an assumption and a finding are, and the
//! findings kept per profile, are `crate::assumptions`, below the backends.

use serde_json::{Value, json};

pub use crate::assumptions::{Assumption, Fallback, Finding, Observe, Observed, Verdict};
use crate::config::Kind;

/// Every platform's list.
pub fn all(kind: Kind) -> &'static [Assumption] {
    match kind {
        Kind::Odc => crate::backend::odc::assumptions::LIST,
        Kind::Valuekeep => crate::backend::valuekeep::assumptions::LIST,
        Kind::Descope => crate::backend::descope::unconfirmed::LIST,
    }
}

pub fn find(kind: Kind, id: &str) -> Option<&'static Assumption> {
    all(kind).iter().find(|a| a.id == id)
}

/// What a probe's steps found, completed into one row per assumption of
/// the platform, in the list's order: an assumption the probe did not
/// reach "could not tell" (with why), one that cannot be observed
/// read-only says so.
pub fn report(kind: Kind, found: &[Finding]) -> Vec<Finding> {
    all(kind)
        .iter()
        .map(|a| match found.iter().find(|f| f.id == a.id) {
            Some(f) => f.clone(),
            None => match a.observe {
                Observe::CannotObserveReadOnly(_) => {
                    Finding::unknown(a.id, "cannot be observed read-only")
                }
                Observe::Probe(_) => Finding::unknown(a.id, "the probe did not get that far"),
            },
        })
        .collect()
}

/// A report's rows for the printer (`views::ASSUMPTION`).
pub fn rows(kind: Kind, report: &[Finding]) -> Vec<Value> {
    report
        .iter()
        .map(|f| {
            let a = find(kind, &f.id);
            json!({
                "platform": kind.name(),
                "id": f.id,
                "assumed": a.map(|a| plain(a.assumed)).unwrap_or_default(),
                "observed": plain(&f.observed),
                "verdict": f.verdict.word(),
                "fallback": a.map(|a| match a.fallback {
                    Fallback::Adapts(how) => format!("adapts: {}", plain(how)),
                    Fallback::Warns(what) => format!("warns: {}", plain(what)),
                }).unwrap_or_default(),
            })
        })
        .collect()
}

/// Markdown without its backticks, for a terminal.
fn plain(s: &str) -> String {
    s.replace('`', "")
}

impl Observed {
    /// The warnings the command at `path`, given `flags`, owes: one per
    /// differing assumption it depends on that has no second path. An
    /// entry of `Assumption::commands` may name a flag (`users list
    /// --created-after`): it then applies only when that flag is given.
    pub fn warnings(&self, kind: Kind, command: &str, flags: &[String]) -> Vec<String> {
        let applies = |c: &str| match c.split_once(" --") {
            Some((cmd, flag)) => {
                (command == cmd || command.starts_with(&format!("{cmd} ")))
                    && flags.iter().any(|f| f.trim_start_matches("--") == flag)
            }
            None => command == c || command.starts_with(&format!("{c} ")),
        };
        all(kind)
            .iter()
            .filter(|a| matches!(a.fallback, Fallback::Warns(_)) && self.differs(a.id))
            .filter(|a| a.commands.iter().any(|c| applies(c)))
            .map(|a| {
                let seen = &self.findings[a.id].observed;
                let what = match a.fallback {
                    Fallback::Warns(what) => what,
                    Fallback::Adapts(_) => "",
                };
                format!(
                    "the last `profile test --deep` found that {} does not hold on this tenant ({seen}): {}",
                    a.id,
                    plain(what)
                )
            })
            .collect()
    }
}

// ---- The probes' shared helper ----

/// A JSON value's kind, for a finding (never the value): what every
/// platform's probe says it saw.
pub(crate) fn kind_of(v: Option<&Value>) -> &'static str {
    match v {
        None => "absent",
        Some(Value::Null) => "null",
        Some(Value::Bool(_)) => "a boolean",
        Some(Value::Number(_)) => "a number",
        Some(Value::String(_)) => "a string",
        Some(Value::Array(_)) => "a list",
        Some(Value::Object(_)) => "an object",
    }
}

// ---- The README's sections ----

/// The README's list for one platform (between its markers).
pub fn markdown(kind: Kind) -> String {
    let mut s = String::new();
    for a in all(kind) {
        s.push_str(&format!("- `{}`: {}\n", a.id, a.assumed));
        let how = match a.observe {
            Observe::Probe(how) => format!("Probe: {how}."),
            Observe::CannotObserveReadOnly(why) => {
                format!("Cannot be observed read-only: {why}.")
            }
        };
        let then = match a.fallback {
            Fallback::Adapts(what) => format!("If it differs: {what}."),
            Fallback::Warns(what) => {
                format!("If it differs: {what}; the commands that depend on it warn once.")
            }
        };
        s.push_str(&format!("  *{how} {then}*\n"));
    }
    s
}

/// `<!-- assumptions:odc -->` ... `<!-- /assumptions:odc -->`
pub fn markers(kind: Kind) -> (String, String) {
    let name = kind.name().to_ascii_lowercase();
    (
        format!("<!-- assumptions:{name} -->"),
        format!("<!-- /assumptions:{name} -->"),
    )
}

/// The platforms in the order the README lists their assumptions.
pub const README_ORDER: [Kind; 3] = [Kind::Odc, Kind::Descope, Kind::Valuekeep];

/// `text` with each platform's list put between its markers.
pub fn splice(text: &str) -> std::result::Result<String, String> {
    let mut out = text.to_string();
    for kind in README_ORDER {
        let (open, close) = markers(kind);
        let start = out.find(&open).ok_or_else(|| format!("no {open} marker"))? + open.len();
        let end = out[start..]
            .find(&close)
            .ok_or_else(|| format!("no {close} marker"))?
            + start;
        out.replace_range(start..end, &format!("\n{}", markdown(kind)));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const KINDS: [Kind; 3] = [Kind::Odc, Kind::Valuekeep, Kind::Descope];

    /// Ids are unique, kebab-case and say their platform; every entry says
    /// how it is observed or why it cannot be, and what the client does.
    #[test]
    fn every_assumption_is_complete() {
        for kind in KINDS {
            let list = all(kind);
            assert!(!list.is_empty());
            let mut seen = std::collections::HashSet::new();
            for a in list {
                assert!(seen.insert(a.id), "{} twice", a.id);
                assert!(
                    a.id.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                    "{} is not kebab-case",
                    a.id
                );
                let prefix = match kind {
                    Kind::Odc => "odc-",
                    Kind::Valuekeep => "vk-",
                    Kind::Descope => "descope-",
                };
                assert!(a.id.starts_with(prefix), "{} lacks {prefix}", a.id);
                assert!(!a.assumed.trim().is_empty(), "{}: nothing assumed", a.id);
                match a.observe {
                    Observe::Probe(how) => assert!(!how.trim().is_empty(), "{}", a.id),
                    Observe::CannotObserveReadOnly(why) => {
                        assert!(!why.trim().is_empty(), "{}: say why", a.id)
                    }
                }
                match a.fallback {
                    Fallback::Adapts(what) => assert!(!what.trim().is_empty(), "{}", a.id),
                    Fallback::Warns(what) => {
                        assert!(!what.trim().is_empty(), "{}", a.id);
                        assert!(
                            matches!(a.observe, Observe::CannotObserveReadOnly(_))
                                || !a.commands.is_empty(),
                            "{}: warns, but names no command that depends on it",
                            a.id
                        )
                    }
                }
            }
        }
    }

    #[test]
    fn report_completes_and_warnings_follow_findings() {
        let found = [Finding::differs("vk-contains-filter", "400 on contains")];
        let r = report(Kind::Valuekeep, &found);
        assert_eq!(r.len(), all(Kind::Valuekeep).len());
        let o = Observed::new(Kind::Valuekeep, &r);
        assert!(o.differs("vk-contains-filter"));
        assert_eq!(o.warnings(Kind::Valuekeep, "users list", &[]).len(), 1);
        assert!(o.warnings(Kind::Valuekeep, "groups list", &[]).is_empty());
        assert!(o.warnings(Kind::Valuekeep, "users listx", &[]).is_empty());
    }

    #[test]
    fn a_warning_can_depend_on_a_flag() {
        let found = [Finding::differs("odc-embed-role-sources", "absent")];
        let o = Observed::new(Kind::Odc, &report(Kind::Odc, &found));
        let flags = |f: &[&str]| f.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(o.warnings(Kind::Odc, "access report", &[]).len(), 1);
        assert_eq!(
            o.warnings(Kind::Odc, "users export", &flags(&["--memberships"]))
                .len(),
            1
        );
        assert!(o.warnings(Kind::Odc, "users export", &[]).is_empty());
        assert!(
            o.warnings(Kind::Odc, "users export", &flags(&["--format"]))
                .is_empty()
        );
    }

    #[test]
    fn splice_is_idempotent() {
        let mut text = String::from("head\n");
        for kind in KINDS {
            let (o, c) = markers(kind);
            text.push_str(&format!("{o}\nSTALE-TEXT\n{c}\n"));
        }
        let once = splice(&text).unwrap();
        assert!(!once.contains("STALE-TEXT"));
        assert_eq!(splice(&once).unwrap(), once);
    }
}
