//! Outcome records: what a write did, one record per (target, change).
//!
//! Every mutating command hands its records to the `Reporter` (held by
//! `Ctx`) as each change ends. The reporter prints them (machine formats:
//! stdout, through the printer; tables: a short human line on stderr), and
//! at the end of the run one function, `Reporter::finish`, computes the
//! summary and the exit code from them, so nothing can be counted that did
//! not happen. The same records, with the state before each change where
//! the command read it, go to the journal (`crate::journal`).

use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::{CliError, ErrorKind};

/// What became of one change. `planned` only under `--dry-run`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Res {
    Created,
    Changed,
    Unchanged,
    Deleted,
    Failed,
    Skipped,
    Partial,
    Planned,
}

impl Res {
    pub const ALL: [Res; 8] = [
        Res::Created,
        Res::Changed,
        Res::Unchanged,
        Res::Deleted,
        Res::Failed,
        Res::Skipped,
        Res::Partial,
        Res::Planned,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Res::Created => "created",
            Res::Changed => "changed",
            Res::Unchanged => "unchanged",
            Res::Deleted => "deleted",
            Res::Failed => "failed",
            Res::Skipped => "skipped",
            Res::Partial => "partial",
            Res::Planned => "planned",
        }
    }

    /// Did the change not end as asked (exit 7 when some did)?
    pub fn is_trouble(self) -> bool {
        matches!(self, Res::Failed | Res::Partial)
    }

    /// Did it write something (what the journal and `undo` care about)?
    pub fn wrote(self) -> bool {
        matches!(
            self,
            Res::Created | Res::Changed | Res::Deleted | Res::Partial
        )
    }
}

impl fmt::Display for Res {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A thing a change is about: its kind (`user`, `group`, `role`,
/// `tenant`, `sso-app`...), its key on the platform, and the name or
/// e-mail a person knows it by.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Target {
    pub kind: String,
    pub key: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

impl Target {
    pub fn new(kind: &str, key: impl Into<String>, name: Option<String>) -> Target {
        let key = key.into();
        // A name equal to the key tells a reader nothing more.
        let name = name.filter(|n| !n.is_empty() && *n != key);
        Target {
            kind: kind.to_string(),
            key,
            name,
        }
    }

    pub fn user(key: impl Into<String>, name: impl Into<String>) -> Target {
        Target::new("user", key, Some(name.into()))
    }

    /// How a person reads it: the name, else the key.
    pub fn label(&self) -> &str {
        self.name.as_deref().unwrap_or(&self.key)
    }
}

/// What was asked: an operation (`set`, `add`, `remove`, `create`,
/// `delete`, ...), and what it is about — a field and its new value, or
/// an item (a group, a role in its scope, a tenant) given or taken.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub op: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<Target>,
    /// Where the item lives, in words (`stage Development`, `tenant T`,
    /// `organization`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
}

impl Change {
    pub fn op(op: &str) -> Change {
        Change {
            op: op.to_string(),
            ..Change::default()
        }
    }

    /// A field set to a value.
    pub fn set(field: &str, value: Value) -> Change {
        Change {
            op: "set".into(),
            field: Some(field.to_string()),
            value: Some(value),
            ..Change::default()
        }
    }

    /// An item given (`add`) or taken (`remove`).
    pub fn membership(add: bool, item: Target, scope: Option<String>) -> Change {
        Change {
            op: if add { "add" } else { "remove" }.into(),
            item: Some(item),
            scope: scope.filter(|s| !s.is_empty()),
            ..Change::default()
        }
    }
}

/// One outcome record.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Outcome {
    pub target: Target,
    pub change: Change,
    pub result: Res,
    /// The API's own words when it failed, or why it was skipped or
    /// unchanged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// The state before the change, where the command read it: kept in
    /// the journal (for `undo`), not printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<Value>,
    /// What the platform answered a create with (its own record of the
    /// new thing), for scripts that need more than the key. Never holds
    /// a secret: a command whose answer carries one leaves it out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<Value>,
}

impl Outcome {
    pub fn new(target: Target, change: Change, result: Res) -> Outcome {
        Outcome {
            target,
            change,
            result,
            detail: None,
            before: None,
            record: None,
        }
    }

    /// A create whose answer is `created` (None: not sent, `--dry-run`):
    /// the target's key is read off the answer where it carries one.
    pub fn created(kind: &str, name: &str, created: Option<Value>) -> Outcome {
        let key = created
            .as_ref()
            .map(|v| crate::backend::summarize_user(v).key)
            .filter(|k| !k.is_empty())
            .unwrap_or_default();
        let mut o = Outcome::new(
            Target::new(kind, key, Some(name.to_string())),
            Change::op("create"),
            if created.is_some() {
                Res::Created
            } else {
                Res::Planned
            },
        );
        if o.target.key.is_empty() {
            o.target.key = name.to_string();
            o.target.name = None;
        }
        o.record = created;
        o
    }

    pub fn result(mut self, r: Res) -> Outcome {
        self.result = r;
        self
    }

    pub fn detail(mut self, d: impl Into<String>) -> Outcome {
        self.detail = Some(d.into());
        self
    }

    pub fn before(mut self, b: Option<Value>) -> Outcome {
        self.before = b;
        self
    }

    /// The record as printed: everything but the journal's `before`.
    pub fn to_printed(&self) -> Value {
        let mut v = serde_json::to_value(self).unwrap_or(Value::Null);
        if let Value::Object(m) = &mut v {
            m.remove("before");
            m.entry("detail").or_insert(Value::Null);
        }
        v
    }

    /// A short human line, as a table shows a write.
    pub fn sentence(&self) -> String {
        sentence(self)
    }
}

fn value_text(v: &Value) -> String {
    match v {
        // Said, not left blank: "changed sso-apps of X to none".
        Value::Array(a) if a.is_empty() => "none".into(),
        Value::String(s) if s.is_empty() => "\"\"".into(),
        Value::String(s) => s.clone(),
        Value::Array(a) => a.iter().map(value_text).collect::<Vec<_>>().join(", "),
        other => other.to_string(),
    }
}

/// The words of one record. Written once for every command: the record
/// says what happened, the sentence only reads it.
fn sentence(o: &Outcome) -> String {
    let who = o.target.label();
    let kind = o.target.kind.as_str();
    let c = &o.change;
    let scope = c
        .scope
        .as_deref()
        .map(|s| format!(" ({s})"))
        .unwrap_or_default();
    let item = c
        .item
        .as_ref()
        .map(|i| format!("{} {}{scope}", i.kind, i.label()))
        .unwrap_or_default();
    let value = c.value.as_ref().map(value_text).unwrap_or_default();
    let field = c.field.as_deref().unwrap_or("");
    let detail = o
        .detail
        .as_deref()
        .map(|d| format!(": {d}"))
        .unwrap_or_default();
    let note = o
        .detail
        .as_deref()
        .map(|d| format!(" ({d})"))
        .unwrap_or_default();
    let role = c.item.as_ref().is_some_and(|i| i.kind.ends_with("role"));
    // A group, role or tenant holds the user; anything else (a credential,
    // an SSO app, a claim mapping) is the user's (or the group's).
    let held = c
        .item
        .as_ref()
        .is_none_or(|i| ["group", "tenant"].contains(&i.kind.as_str()));
    use Res::*;
    match (c.op.as_str(), o.result) {
        (op, Skipped) => format!("Skipped: {op} {kind} {who}{note}"),
        ("set", Changed) => format!("Changed {field} of {who} to {value}{note}"),
        ("set", Unchanged) => format!("Unchanged: {field} of {who} is already {value}"),
        ("set", Planned) => format!("Would change {field} of {who} to {value}"),
        ("set", _) => format!("Could not change {field} of {who}{detail}"),
        ("add", Changed | Created) if role => format!("Granted {item} to {who}"),
        ("add", Changed | Created) if held => format!("Added {who} to {item}{note}"),
        ("add", Changed | Created) => format!("Added {item} for {who}{note}"),
        ("add", Unchanged) if role => format!("Unchanged: {who} already holds {item}"),
        ("add", Unchanged) => format!("Unchanged: {who} is already in {item}"),
        ("add", Planned) if role => format!("Would grant {item} to {who}"),
        ("add", Planned) => format!("Would add {who} to {item}"),
        ("add", _) if role => format!("Could not grant {item} to {who}{detail}"),
        ("add", _) => format!("Could not add {who} to {item}{detail}"),
        ("remove", Changed | Deleted) if role => format!("Revoked {item} from {who}"),
        ("remove", Changed | Deleted) if held => format!("Removed {who} from {item}{note}"),
        ("remove", Changed | Deleted) => format!("Removed {item} of {who}{note}"),
        ("remove", Unchanged) if role => format!("Unchanged: {who} does not hold {item}"),
        ("remove", Unchanged) => format!("Unchanged: {who} is not in {item}"),
        ("remove", Planned) if role => format!("Would revoke {item} from {who}"),
        ("remove", Planned) => format!("Would remove {who} from {item}"),
        ("remove", _) if role => format!("Could not revoke {item} from {who}{detail}"),
        ("remove", _) => format!("Could not remove {who} from {item}{detail}"),
        ("create" | "invite", Created | Changed) => {
            let verb = if c.op == "invite" {
                "Invited"
            } else {
                "Created"
            };
            // The new key, to copy into the next command.
            let key = match &o.target.name {
                Some(_) => format!(" ({})", o.target.key),
                None => String::new(),
            };
            format!("{verb} {kind} {who}{key}{note}")
        }
        ("create" | "invite", Unchanged) => format!("Unchanged: {kind} {who} already exists"),
        ("create" | "invite", Planned) => format!("Would {} {kind} {who}", c.op),
        ("create" | "invite", _) => format!("Could not {} {kind} {who}{detail}", c.op),
        ("delete", Deleted | Changed) => format!("Deleted {kind} {who}"),
        ("delete", Unchanged) => format!("Unchanged: {kind} {who} was already gone"),
        ("delete", Planned) => format!("Would delete {kind} {who}"),
        ("delete", _) => format!("Could not delete {kind} {who}{detail}"),
        (op, Changed | Created | Deleted) => {
            format!("Done: {op}{} {kind} {who}{note}", with(field, &value))
        }
        (op, Unchanged) => format!("Unchanged: {op}{} {kind} {who}{note}", with(field, &value)),
        (op, Planned) => format!("Would {op}{} {kind} {who}", with(field, &value)),
        (op, Partial) => format!("Partly done: {op} {kind} {who}{detail}"),
        (op, Failed) => format!("Could not {op}{} {kind} {who}{detail}", with(field, &value)),
    }
}

fn with(field: &str, value: &str) -> String {
    match (field.is_empty(), value.is_empty()) {
        (true, true) => String::new(),
        (false, true) => format!(" {field} of"),
        (true, false) => format!(" {value} for"),
        (false, false) => format!(" {field} = {value} of"),
    }
}

/// How many records ended each way.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    counts: std::collections::BTreeMap<Res, usize>,
}

impl Tally {
    pub fn of<'a>(records: impl IntoIterator<Item = &'a Outcome>) -> Tally {
        let mut t = Tally::default();
        for r in records {
            t.add(r.result);
        }
        t
    }

    pub fn add(&mut self, r: Res) {
        *self.counts.entry(r).or_default() += 1;
    }

    pub fn get(&self, r: Res) -> usize {
        self.counts.get(&r).copied().unwrap_or(0)
    }

    pub fn total(&self) -> usize {
        self.counts.values().sum()
    }

    pub fn trouble(&self) -> usize {
        self.get(Res::Failed) + self.get(Res::Partial)
    }

    /// "40 changed, 5 unchanged, 1 failed": every result that occurred, in
    /// one fixed order; a dry run says what it would do.
    pub fn summary(&self) -> String {
        let parts: Vec<String> = Res::ALL
            .iter()
            .filter(|r| self.get(**r) > 0)
            .map(|r| {
                let n = self.get(*r);
                match r {
                    Res::Planned => format!("{n} planned"),
                    _ => format!("{n} {r}"),
                }
            })
            .collect();
        if parts.is_empty() {
            "nothing to do".to_string()
        } else {
            parts.join(", ")
        }
    }
}

/// The outcome of a run, from its records: `Ok` when none failed; the
/// one error itself when a single change failed alone; else a failure of
/// the errors' kind when every change failed the same way; else a partial
/// failure (exit 7). `errors` are the failures' own errors, in order.
pub fn verdict(tally: &Tally, mut errors: Vec<CliError>) -> Result<(), CliError> {
    let trouble = tally.trouble();
    if trouble == 0 {
        return Ok(());
    }
    let total = tally.total();
    if total == 1 && errors.len() == 1 {
        return Err(errors.remove(0));
    }
    let same_kind = errors
        .first()
        .map(|e| e.kind)
        .filter(|k| errors.iter().all(|e| e.kind == *k));
    if trouble == total
        && tally.get(Res::Partial) == 0
        && errors.len() == trouble
        && let Some(kind) = same_kind
    {
        return Err(CliError::new(
            kind,
            format!("all {total} changes failed ({})", tally.summary()),
        ));
    }
    Err(CliError::new(
        ErrorKind::Partial,
        format!(
            "{trouble} of {total} changes did not complete ({})",
            tally.summary()
        ),
    )
    .hint("the records above say which; run the same command again for those"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(r: Res) -> Outcome {
        Outcome::new(Target::user("k", "a@x"), Change::set("name", "X".into()), r)
    }

    #[test]
    fn summary_counts_what_happened() {
        let recs: Vec<Outcome> = [Res::Changed, Res::Changed, Res::Unchanged, Res::Failed]
            .into_iter()
            .map(rec)
            .collect();
        let t = Tally::of(&recs);
        assert_eq!(t.summary(), "2 changed, 1 unchanged, 1 failed");
        assert_eq!(t.trouble(), 1);
        let e = verdict(&t, vec![CliError::rejected("no")]).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Partial);
    }

    #[test]
    fn one_failure_alone_is_its_own_error() {
        let t = Tally::of(&[rec(Res::Failed)]);
        let e = verdict(&t, vec![CliError::not_found("nobody")]).unwrap_err();
        assert_eq!(e.kind, ErrorKind::NotFound);
        assert_eq!(e.message, "nobody");
    }

    #[test]
    fn unchanged_is_success() {
        let t = Tally::of(&[rec(Res::Unchanged)]);
        assert!(verdict(&t, vec![]).is_ok());
        assert_eq!(
            rec(Res::Unchanged).sentence(),
            "Unchanged: name of a@x is already X"
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config {
            cases: 500,
            rng_seed: proptest::test_runner::RngSeed::Fixed(19),
            ..Default::default()
        })]
        /// A summary counts exactly what the records say: each number it
        /// shows is the number of records with that result, and nothing
        /// else appears.
        #[test]
        fn summary_counts_equal_record_counts(picks in proptest::collection::vec(0usize..8, 0..60)) {
            let recs: Vec<Outcome> = picks.iter().map(|i| rec(Res::ALL[*i])).collect();
            let t = Tally::of(&recs);
            let summary = t.summary();
            let mut shown = 0;
            for r in Res::ALL {
                let n = recs.iter().filter(|o| o.result == r).count();
                proptest::prop_assert_eq!(t.get(r), n);
                let word = r.to_string();
                let said = format!("{n} {word}");
                proptest::prop_assert_eq!(n > 0, summary.contains(&said), "{} in {}", said, summary);
                shown += n;
            }
            proptest::prop_assert_eq!(shown, recs.len());
            proptest::prop_assert_eq!(t.trouble(), recs.iter().filter(|o| o.result.is_trouble()).count());
            proptest::prop_assert_eq!(verdict(&t, vec![]).is_ok(), t.trouble() == 0);
        }
    }
}
