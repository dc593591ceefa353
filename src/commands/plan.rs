//! Plans, as `apply` and `diff` share them: the desired-state file apply
//! reads and diff writes, the plan's changes and its lines (action, user,
//! target, detail), the plan view, and the planning itself, pure: what the
//! platform holds now comes in, the plan comes out (the commands read the
//! state and carry the plan out).

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use serde_json::{Map, Value, json};

use crate::backend::reference::Reference;
use crate::backend::{Capabilities, Held, Places, Scope, UserSummary};
use crate::bulk::input::Row;
use crate::bulk::run::Names;
use crate::error::Result;
use crate::output::{OutputFormat, Printer};
use crate::views::View;

mod file;
mod saved;
pub use file::{file_bytes, parse_desired, read_desired, read_plan, saved_bytes, write_file};
pub use saved::{Saved, fingerprint, saved_of};

/// The plan as data (`apply --dry-run -o json`).
pub const VIEW: View = View {
    noun: "planned changes",
    columns: &[
        ("ACTION", "action"),
        ("USER", "user"),
        ("TARGET", "target"),
        ("DETAIL", "detail"),
    ],
    fields: &["action", "user", "target", "detail"],
};

/// One line of a plan.
pub fn line(action: &str, user: &str, target: &str, detail: String) -> Value {
    json!({ "action": action, "user": user, "target": target, "detail": detail })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum What {
    Group,
    Role,
    /// Descope: a tenant the user belongs to.
    Tenant,
}

/// A change to an existing user.
#[derive(Debug)]
pub enum Change {
    Update {
        key: String,
        /// The shared attribute name (`name`, `phone`, `attr.KEY`...).
        attr: String,
        value: String,
    },
    Member {
        key: String,
        what: What,
        target: String,
        add: bool,
        /// Where a role is granted or revoked (ODC: an app, or the organization).
        scope: Scope,
        /// What the outcome record calls it: its name (the key when no
        /// name is known) and where it lives (`stage Development`).
        shown: Shown,
    },
    Delete {
        key: String,
    },
}

/// A group, role or tenant as an outcome record names it.
#[derive(Debug, Clone, Default)]
pub struct Shown {
    pub name: String,
    pub place: Option<String>,
}

impl Shown {
    /// From a reference as the plan line shows it (`STAGE/GROUP`,
    /// `APP/STAGE/ROLE`, `org:ROLE` where the platform's references say
    /// where they live), the place said apart from the name.
    fn of(what: What, text: &str, caps: &Capabilities) -> Shown {
        use crate::backend::reference::Reference;
        let r = match what {
            What::Group => Reference::group(text, caps.scoped_references),
            What::Role => Reference::role(text, caps.scoped_references),
            What::Tenant => {
                return Shown {
                    name: text.to_string(),
                    place: None,
                };
            }
        };
        let place = r
            .place
            .as_ref()
            .and_then(|_| crate::commands::membership::scope_words(&r.scope(&Scope::default())));
        Shown {
            name: r.name,
            place,
        }
    }
}

/// What a plan knows of its platform: what it can do, and the names of
/// the places (ODC: stages, apps) its groups and roles live in.
#[derive(Clone, Copy)]
pub struct Platform<'a> {
    pub caps: &'a Capabilities,
    pub places: &'a Places,
}

/// A held group or role as a reference: `STAGE/GROUP`, `APP/STAGE/ROLE`
/// or `org:ROLE` where its place is known by name, else its name.
fn held_text(what: What, h: &Held, scope: &Scope, name: &str, places: &Places) -> String {
    use crate::backend::reference::{app_role_text, group_text, org_role_text};
    let stage = h.stage.as_ref().and_then(|k| places.stages.get(k));
    let app = h.app.as_ref().and_then(|k| places.apps.get(k));
    match (what, stage, app) {
        (What::Role, _, _) if scope.org => org_role_text(name),
        (What::Group, Some(stage), _) => group_text(stage, name),
        (What::Role, Some(stage), Some(app)) => app_role_text(app, stage, name),
        _ => name.to_string(),
    }
}

impl Plan {
    /// Does a membership it removes lack its place (`HR Team`, where
    /// `Development/HR Team` would say which)? Then a plan with the
    /// platform's places (one listing of each, often cached) says it.
    pub fn wants_places(&self, caps: &Capabilities) -> bool {
        caps.scoped_references
            && self.changes.iter().any(|(_, c)| {
                matches!(
                    c,
                    Change::Member {
                        what: What::Group | What::Role,
                        add: false,
                        shown: Shown { place: None, .. },
                        ..
                    }
                )
            })
    }
}

/// A user's direct groups and roles now, each with the scope it is held
/// in (None: the file does not ask).
pub type HeldNow = (Option<Vec<(Held, Scope)>>, Option<Vec<(Held, Scope)>>);

/// `apply`'s plan: its lines, the users to create, the changes to the
/// others (by e-mail).
pub struct Plan {
    pub lines: Vec<Value>,
    pub creates: Vec<Row>,
    pub changes: Vec<(String, Change)>,
}

// ---- Planning ----

/// The columns of a row that apply keeps in step on a user already there
/// besides name, active, groups and roles, by their shared attribute names
/// (as `users set` takes them), with the values the row gives.
pub const RECONCILED: &[&str] = &[
    "tenants",
    "photoUrl",
    "phone",
    "givenName",
    "middleName",
    "familyName",
    "technician",
    "customAttributes",
];

pub fn reconciled(r: &Row) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut text = |attr: &str, v: &Option<String>| {
        if let Some(v) = v {
            out.push((attr.to_string(), v.clone()));
        }
    };
    text("photo-url", &r.photo_url);
    text("phone", &r.phone);
    text("given-name", &r.given_name);
    text("middle-name", &r.middle_name);
    text("family-name", &r.family_name);
    if let Some(t) = r.technician {
        out.push(("technician".into(), t.to_string()));
    }
    for (k, v) in &r.custom_attributes {
        let v = match v {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        out.push((format!("attr.{k}"), v));
    }
    out
}

/// Descope: the tenants a user already there belongs to, and its roles in
/// each, made those of the row: tenants joined (then their roles granted),
/// roles granted or revoked in the tenants kept, tenants left (their roles
/// go with them). A tenant is named by id or name.
fn tenant_changes(r: &Row, s: &UserSummary) -> Vec<(Value, Change)> {
    let now: Vec<(String, String, BTreeSet<String>)> = s
        .record
        .get("userTenants")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|t| {
            let id = t.get("tenantId").and_then(Value::as_str).unwrap_or("");
            let name = t.get("tenantName").and_then(Value::as_str).unwrap_or("");
            (
                id.to_string(),
                name.to_string(),
                list_of(t.get("roleNames")),
            )
        })
        .collect();
    let is = |given: &str, (id, name, _): &(String, String, BTreeSet<String>)| {
        given == id || (!name.is_empty() && given.eq_ignore_ascii_case(name))
    };
    let email = &r.email;
    let key = &s.key;
    let mut out = Vec::new();
    let in_tenant = |t: &str| Scope {
        tenant: Some(t.to_string()),
        ..Scope::default()
    };
    let member = |what, target: &str, add, scope: Scope| Change::Member {
        key: key.clone(),
        what,
        target: target.to_string(),
        add,
        scope,
        shown: Shown {
            name: target.to_string(),
            place: None,
        },
    };
    for want in &r.tenants {
        let roles: BTreeSet<String> = want.roles.iter().cloned().collect();
        let held = now.iter().find(|n| is(&want.tenant, n));
        let (tenant, had) = match held {
            Some((id, _, had)) => (id.clone(), had.clone()),
            None => {
                out.push((
                    line("add-to-tenant", email, &want.tenant, String::new()),
                    member(What::Tenant, &want.tenant, true, Scope::default()),
                ));
                (want.tenant.clone(), BTreeSet::new())
            }
        };
        for role in roles.difference(&had) {
            out.push((
                line("grant", email, role, format!("in tenant {tenant}")),
                member(What::Role, role, true, in_tenant(&tenant)),
            ));
        }
        for role in had.difference(&roles) {
            out.push((
                line("revoke", email, role, format!("in tenant {tenant}")),
                member(What::Role, role, false, in_tenant(&tenant)),
            ));
        }
    }
    for n in &now {
        if !r.tenants.iter().any(|w| is(&w.tenant, n)) {
            out.push((
                line("remove-from-tenant", email, &n.0, String::new()),
                member(What::Tenant, &n.0, false, Scope::default()),
            ));
        }
    }
    out
}

/// The users of the file already on the platform, with what they are
/// now, in the file's order.
pub fn existing<'a>(
    desired: &'a [Row],
    current: &'a HashMap<String, UserSummary>,
) -> Vec<(&'a Row, &'a UserSummary)> {
    desired
        .iter()
        .filter_map(|r| current.get(&r.email.to_lowercase()).map(|s| (r, s)))
        .collect()
}

/// The scopes the roles of existing users are read in: the file's; and
/// when the platform's references say where they live and the file's do
/// (ODC `APP/STAGE/ROLE`, `org:ROLE`, as export writes them), its `roles`
/// are every direct role wanted: application and organization roles both.
pub fn role_scopes(desired: &[Row], scope: &Scope, scoped_references: bool) -> Vec<Scope> {
    let mut role_scopes = vec![scope.clone()];
    let self_describing = scoped_references
        && desired
            .iter()
            .flat_map(|r| r.roles())
            .any(|r| Reference::role(r, true).place.is_some());
    if self_describing {
        role_scopes.push(Scope {
            org: !scope.org,
            ..scope.clone()
        });
    }
    role_scopes
}

/// `apply`'s plan: the users to create, and the changes that make the
/// users already there (`held`: what each of `existing(desired, current)`
/// holds now) match the file; with `prune`, the deletion of every user
/// the file does not list.
pub fn plan(
    desired: &[Row],
    current: &HashMap<String, UserSummary>,
    held: Vec<HeldNow>,
    names: &Names,
    scope: &Scope,
    prune: bool,
    platform: Platform<'_>,
) -> Plan {
    let Platform { caps, places } = platform;
    let existing = existing(desired, current);
    let label = |map: &HashMap<String, std::result::Result<String, String>>, key: &str| {
        map.iter()
            .find(|(_, v)| v.as_deref().ok() == Some(key))
            .map(|(n, _)| n.clone())
            .unwrap_or_else(|| key.to_string())
    };

    let mut plan = Plan {
        lines: Vec::new(),
        creates: Vec::new(),
        changes: Vec::new(),
    };
    for r in desired {
        if current.contains_key(&r.email.to_lowercase()) {
            continue;
        }
        let mut detail = Vec::new();
        if let Some(n) = &r.name {
            detail.push(format!("name {n:?}"));
        }
        detail.push(
            if r.active.unwrap_or(true) {
                "active"
            } else {
                "inactive"
            }
            .to_string(),
        );
        plan.lines
            .push(line("create", &r.email, "", detail.join(", ")));
        for g in r.groups() {
            plan.lines
                .push(line("add-to-group", &r.email, g, String::new()));
        }
        for ro in r.roles() {
            plan.lines.push(line("grant", &r.email, ro, String::new()));
        }
        plan.creates.push(r.clone());
    }
    for ((r, s), (groups, roles)) in existing.iter().zip(held) {
        let email = &r.email;
        let push = |plan: &mut Plan, line: Value, c: Change| {
            plan.lines.push(line);
            plan.changes.push((email.clone(), c));
        };
        if let Some(n) = &r.name
            && s.name.as_deref() != Some(n.as_str())
        {
            let from = s.name.clone().unwrap_or_default();
            push(
                &mut plan,
                line("update", email, "name", format!("{from:?} -> {n:?}")),
                Change::Update {
                    key: s.key.clone(),
                    attr: "name".into(),
                    value: n.clone(),
                },
            );
        }
        // The other columns the file gives, as `users set` would set them,
        // where the user's record shows something else.
        for (attr, value) in reconciled(r) {
            let Ok((_, native)) = caps.attribute(&attr, &value) else {
                continue;
            };
            let now = caps
                .attribute_path(&attr)
                .and_then(|p| crate::output::lookup(&s.record, &p).cloned());
            if now.as_ref().is_some_and(|c| caps.same_value(c, &native)) {
                continue;
            }
            let from = now.as_ref().map(text).unwrap_or_default();
            push(
                &mut plan,
                line("update", email, &attr, format!("{from:?} -> {value:?}")),
                Change::Update {
                    key: s.key.clone(),
                    attr,
                    value,
                },
            );
        }
        if r.columns.contains(&"tenants") {
            for (line_, c) in tenant_changes(r, s) {
                push(&mut plan, line_, c);
            }
        }
        if let (Some(a), Some(c)) = (r.active, s.active)
            && a != c
        {
            push(
                &mut plan,
                line("update", email, "active", format!("{c} -> {a}")),
                Change::Update {
                    key: s.key.clone(),
                    attr: "active".into(),
                    value: a.to_string(),
                },
            );
        }
        for (what, held, wanted, map) in [
            (What::Group, groups, r.groups(), &names.groups),
            (What::Role, roles, r.roles(), &names.roles),
        ] {
            let Some(held) = held else { continue };
            // The held name names a membership the file's lookups did not,
            // with where it lives when `places` knows (`STAGE/GROUP`).
            let held_names: HashMap<String, String> = held
                .iter()
                .filter_map(|(h, s)| {
                    h.name
                        .as_deref()
                        .map(|n| (h.key.clone(), held_text(what, h, s, n, places)))
                })
                .collect();
            let label = |map: &HashMap<String, std::result::Result<String, String>>, key: &str| {
                let l = label(map, key);
                match held_names.get(key) {
                    Some(n) if l == key => n.clone(),
                    _ => l,
                }
            };
            let own: BTreeMap<String, Scope> = held
                .into_iter()
                .filter(|(h, _)| h.direct)
                .map(|(h, s)| (h.key, s))
                .collect();
            let want: BTreeMap<String, Scope> = wanted
                .iter()
                .filter_map(|n| {
                    map.get(n)
                        .and_then(|k| k.as_deref().ok())
                        .map(|k| (k.to_string(), names.role_scope(n, scope).clone()))
                })
                .collect();
            let (add_word, remove_word) = match what {
                What::Group => ("add-to-group", "remove-from-group"),
                What::Role | What::Tenant => ("grant", "revoke"),
            };
            for (k, sc) in want.iter().filter(|(k, _)| !own.contains_key(*k)) {
                push(
                    &mut plan,
                    line(add_word, email, &label(map, k), String::new()),
                    Change::Member {
                        key: s.key.clone(),
                        what,
                        target: k.clone(),
                        add: true,
                        scope: sc.clone(),
                        shown: Shown::of(what, &label(map, k), caps),
                    },
                );
            }
            for (k, sc) in own.iter().filter(|(k, _)| !want.contains_key(*k)) {
                push(
                    &mut plan,
                    line(remove_word, email, &label(map, k), String::new()),
                    Change::Member {
                        key: s.key.clone(),
                        what,
                        target: k.clone(),
                        add: false,
                        scope: sc.clone(),
                        shown: Shown::of(what, &label(map, k), caps),
                    },
                );
            }
        }
    }
    if prune {
        let wanted: HashSet<String> = desired.iter().map(|r| r.email.to_lowercase()).collect();
        let mut gone: Vec<&UserSummary> = current
            .iter()
            .filter(|(e, _)| !wanted.contains(*e))
            .map(|(_, s)| s)
            .collect();
        gone.sort_by(|a, b| a.email.cmp(&b.email));
        for s in gone {
            plan.lines.push(line("delete", &s.email, "", s.key.clone()));
            plan.changes
                .push((s.email.clone(), Change::Delete { key: s.key.clone() }));
        }
    }
    plan
}

/// One side of `diff`: e-mail (lower case) → the user as export writes it.
pub type State = BTreeMap<String, Map<String, Value>>;

/// What apply reconciles on a user already there besides [`RECONCILED`];
/// the rest of the export columns are set only when apply creates a user.
const MEMBERSHIPS_AND_STATE: &[&str] = &["name", "active", "groups", "roles"];

pub fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

pub fn list_of(v: Option<&Value>) -> BTreeSet<String> {
    v.and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(text)
        .collect()
}

/// A record as an apply entry: no empty values.
fn entry(rec: &Map<String, Value>) -> Map<String, Value> {
    rec.iter()
        .filter(|(_, v)| match v {
            Value::Null => false,
            Value::String(s) => !s.is_empty(),
            Value::Object(o) => !o.is_empty(),
            _ => true,
        })
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// `diff`'s plan: the differences as lines (what `apply` would do), and
/// the apply file.
pub fn compare(source: &State, target: &State, prune: bool) -> (Vec<Value>, Vec<Value>) {
    let mut lines = Vec::new();
    let mut plan = Vec::new();
    for (email, want) in source {
        let shown = want.get("email").map(text).unwrap_or_else(|| email.clone());
        let Some(have) = target.get(email) else {
            let mut detail = Vec::new();
            if let Some(n) = want.get("name").filter(|n| !n.is_null()) {
                detail.push(format!("name {:?}", text(n)));
            }
            if let Some(a) = want.get("active").and_then(Value::as_bool) {
                detail.push(if a { "active" } else { "inactive" }.to_string());
            }
            lines.push(line("create", &shown, "", detail.join(", ")));
            for g in list_of(want.get("groups")) {
                lines.push(line("add-to-group", &shown, &g, String::new()));
            }
            for r in list_of(want.get("roles")) {
                lines.push(line("grant", &shown, &r, String::new()));
            }
            plan.push(Value::Object(entry(want)));
            continue;
        };
        let mut e = Map::new();
        e.insert("email".into(), json!(shown));
        for c in ["name", "active"].iter().chain(RECONCILED) {
            let c = *c;
            let (w, h) = (want.get(c), have.get(c));
            let blank = |v: &Value| match v {
                Value::Null => true,
                Value::String(s) => s.is_empty(),
                Value::Object(o) => o.is_empty(),
                _ => false,
            };
            let unset = |v: &&Value| v.is_null() || (RECONCILED.contains(&c) && blank(v));
            if let Some(w) = w.filter(|w| !unset(w))
                && Some(w) != h
            {
                // As apply shows it: text quoted, flags bare.
                let show = |v: Option<&Value>| match v {
                    Some(Value::String(s)) => format!("{s:?}"),
                    Some(Value::Null) | None => "\"\"".to_string(),
                    Some(other) => other.to_string(),
                };
                lines.push(line(
                    "update",
                    &shown,
                    c,
                    format!("{} -> {}", show(h), show(Some(w))),
                ));
                e.insert(c.into(), w.clone());
            }
        }
        for (c, add, remove) in [
            ("groups", "add-to-group", "remove-from-group"),
            ("roles", "grant", "revoke"),
        ] {
            if !want.contains_key(c) {
                continue;
            }
            let (w, h) = (list_of(want.get(c)), list_of(have.get(c)));
            if w == h {
                continue;
            }
            for x in w.difference(&h) {
                lines.push(line(add, &shown, x, String::new()));
            }
            for x in h.difference(&w) {
                lines.push(line(remove, &shown, x, String::new()));
            }
            e.insert(c.into(), json!(w.into_iter().collect::<Vec<_>>()));
        }
        // The columns apply sets only at creation: told, not planned.
        for (c, w) in want {
            if MEMBERSHIPS_AND_STATE.contains(&c.as_str())
                || RECONCILED.contains(&c.as_str())
                || c == "email"
            {
                continue;
            }
            let h = have.get(c).cloned().unwrap_or(Value::Null);
            if *w != h && !(w.is_null() && text(&h).is_empty()) {
                lines.push(line(
                    "differs",
                    &shown,
                    c,
                    format!(
                        "{:?} here, {:?} there; apply sets it only on a new user (use `users set` or `users patch`)",
                        text(&h),
                        text(w)
                    ),
                ));
            }
        }
        if e.len() > 1 || prune {
            plan.push(Value::Object(e));
        }
    }
    for (email, have) in target {
        if source.contains_key(email) {
            continue;
        }
        let shown = have.get("email").map(text).unwrap_or_else(|| email.clone());
        if prune {
            lines.push(line("delete", &shown, "", String::new()));
        } else {
            lines.push(line(
                "only-here",
                &shown,
                "",
                "kept (--prune to delete)".to_string(),
            ));
        }
    }
    (lines, plan)
}

// ---- The plan view ----

/// Show `apply`'s plan: on a terminal (table), a line per change and the
/// counts; otherwise the plan is the data of a dry run, and a real run's
/// output is its outcome records (one document).
pub fn show(printer: &mut Printer, lines: &[Value], dry_run: bool) -> Result<()> {
    if printer.format() != OutputFormat::Table {
        if !dry_run {
            return Ok(());
        }
        return printer.list(VIEW, lines.iter().cloned());
    }
    printer.plain(&text_view(lines))
}

/// The plan as text: a line per change, signed (`+` adds, `~` updates,
/// `-` removes), then the counts.
pub fn text_view(lines: &[Value]) -> String {
    let mut out = String::new();
    let mut count: HashMap<&str, usize> = HashMap::new();
    for l in lines {
        let s = |k: &str| l.get(k).and_then(Value::as_str).unwrap_or("").to_string();
        let action = s("action");
        let sign = match action.as_str() {
            "create" | "add-to-group" | "add-to-tenant" | "grant" => '+',
            "update" => '~',
            _ => '-',
        };
        let (target, detail) = (s("target"), s("detail"));
        let mut text = format!("{sign} {action:<17} {}", s("user"));
        if !target.is_empty() {
            text.push_str(&format!("  {target}"));
        }
        if !detail.is_empty() {
            text.push_str(&format!("  ({detail})"));
        }
        out.push_str(&text);
        out.push('\n');
        let bucket = match action.as_str() {
            "create" => "create",
            "update" => "update",
            "delete" => "delete",
            _ => "membership",
        };
        *count.entry(bucket).or_default() += 1;
    }
    let c = |k: &str| count.get(k).copied().unwrap_or(0);
    out.push_str(&format!(
        "Plan: {} to create, {} to update, {} membership changes, {} to delete.\n",
        c("create"),
        c("update"),
        c("membership"),
        c("delete")
    ));
    out
}

#[cfg(test)]
mod tests;
