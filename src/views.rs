//! What each kind of record looks like: the table columns (a header and
//! the JSON path it shows) and every field a record of that kind can carry
//! (dotted paths), which `--fields` is checked against and CSV/TSV write in
//! full. JSON output is always the platform's whole object.
//!
//! A leaf: the backends hand their `Views` to the commands, the printer
//! (`output`) renders a `View`, and neither imports the other for it. Here
//! are the types, how a column behaves on a narrow terminal, the views of
//! records iamctl makes itself (profiles, outcome records, access rows...)
//! and the views of Descope's project records that commands name here
//! (tenants, access keys, audit, SSO apps). The platforms' views of users,
//! groups and roles are beside what each can do (`backend/odc/views.rs`,
//! `backend/valuekeep/views.rs`, `backend/descope/views.rs`).
//!
//! Fields come from the vendors' own descriptions: ODC's OpenAPI files
//! (`UserProfileApiResponse`, `GroupApiResponse`, ...), Valuekeep's
//! identity resources, Descope's `User` object.

/// A kind of record on a platform: the columns a table shows (a header
/// and a dot-separated path into the record), and every field such a
/// record can carry, which `--fields` is checked against and CSV/TSV
/// write in full.
#[derive(Debug, Clone, Copy)]
pub struct View {
    /// What the records are, for messages: "users", "groups"...
    pub noun: &'static str,
    pub columns: &'static [(&'static str, &'static str)],
    /// Dotted paths to every field; empty when the shape is not known
    /// (raw API answers), which checks nothing and writes what comes.
    pub fields: &'static [&'static str],
}

impl View {
    /// Can a record of this kind have `field`? A declared field, a parent
    /// of one (`access`), or a key inside one (`customAttributes.dept`).
    pub fn has_field(&self, field: &str) -> bool {
        self.fields
            .iter()
            .chain(self.columns.iter().map(|(_, p)| p))
            .map(|d| column_source(d))
            .any(|d| {
                d == field
                    || d.strip_prefix(field)
                        .is_some_and(|rest| rest.starts_with('.'))
                    || field
                        .strip_prefix(d)
                        .is_some_and(|rest| rest.starts_with('.'))
            })
    }

    /// The columns CSV and TSV write: every field, the table's first.
    pub(crate) fn all_fields(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for (_, p) in self.columns {
            let p = column_source(p);
            if !out.iter().any(|o| o == p) {
                out.push(p.to_string());
            }
        }
        for f in self.fields {
            if !out.iter().any(|o| o == f) {
                out.push(f.to_string());
            }
        }
        out
    }
}

/// Table columns of a platform's records.
#[derive(Debug, Clone, Copy)]
pub struct Views {
    pub user: View,
    pub user_group: View,
    pub user_role: View,
    pub group: View,
    pub group_member: View,
    pub role: View,
    pub role_user: View,
    pub created: View,
}

// -------------------------------------------------------------- local ----

pub const PROFILE: View = View {
    noun: "profiles",
    columns: &[
        ("NAME", "name"),
        ("KIND", "kind"),
        ("PORTAL", "portal"),
        ("CLIENT ID", "client_id"),
        ("SECRET", "secret"),
        ("DEFAULT", "default"),
    ],
    fields: &[
        "name",
        "kind",
        "portal",
        "client_id",
        "secret",
        "default",
        "base_url",
        "tenant",
        "org",
        "token_url",
        "scope",
        "client_auth",
        "project_id",
    ],
};

pub const RESULT: View = View {
    noun: "results",
    columns: &[
        ("TARGET", "target"),
        ("ACTION", "action"),
        ("RESULT", "result"),
    ],
    fields: &["target", "action", "result"],
};

/// `--dry-run`: one row per request that was not sent.
pub const DRY_RUN: View = View {
    noun: "planned requests",
    columns: &[("METHOD", "method"), ("URL", "url"), ("BODY", "body")],
    fields: &["method", "url", "body"],
};

/// Anything the API answers that has no schema here (`iamctl api`).
pub const ANY: View = View {
    noun: "answers",
    columns: &[],
    fields: &[],
};

/// `users count -o json`.
pub const COUNT: View = View {
    noun: "counts",
    columns: &[("COUNT", "count")],
    fields: &["count"],
};

/// `users access`: one row per group, role or tenant held, and its source.
pub const ACCESS: View = View {
    noun: "access rows",
    columns: &[
        ("KIND", "kind"),
        ("NAME", "name"),
        ("SCOPE", "scope"),
        ("SOURCE", "source"),
        ("KEY", "key"),
    ],
    fields: &["kind", "name", "scope", "source", "key"],
};

/// `access report`: one row per (user, what is held, scope, source).
pub const ACCESS_REPORT: View = View {
    noun: "access rows",
    columns: &[
        ("USER", "user"),
        ("KIND", "kind"),
        ("NAME", "name"),
        ("SCOPE", "scope"),
        ("SOURCE", "source"),
    ],
    fields: REPORT_FIELDS,
};

/// `access holders ROLE`: who holds the role, where, and through what.
pub const ROLE_HOLDERS: View = View {
    noun: "holders",
    columns: &[
        ("USER", "user"),
        ("ROLE", "name"),
        ("SCOPE", "scope"),
        ("SOURCE", "source"),
    ],
    fields: REPORT_FIELDS,
};

const REPORT_FIELDS: &[&str] = &[
    "user",
    "userKey",
    "kind",
    "name",
    "key",
    "scope",
    "source",
    "app",
    "stage",
    "tenant",
    "group",
    "appKey",
    "stageKey",
    "tenantKey",
    "groupKey",
];

/// `diff --from PROFILE`: what applying the source would change here.
pub const DRIFT: View = View {
    noun: "differences",
    columns: &[
        ("ACTION", "action"),
        ("USER", "user"),
        ("TARGET", "target"),
        ("DETAIL", "detail"),
    ],
    fields: &["action", "user", "target", "detail"],
};

/// `users copy-access`: what the second user gains.
pub const COPY_PLAN: View = View {
    noun: "planned additions",
    columns: &[
        ("GIVE", "kind"),
        ("NAME", "name"),
        ("SCOPE", "scope"),
        ("TO", "user"),
    ],
    fields: &["kind", "name", "scope", "user"],
};

/// Outcome records of a write (`crate::outcome`): what CSV and TSV write
/// (a table shows each record as a line on stderr instead).
pub const OUTCOME: View = View {
    noun: "outcome records",
    columns: &[
        ("KIND", "target.kind"),
        ("KEY", "target.key"),
        ("NAME", "target.name"),
        ("CHANGE", "change.op"),
        ("FIELD", "change.field"),
        ("VALUE", "change.value"),
        ("ITEM KIND", "change.item.kind"),
        ("ITEM KEY", "change.item.key"),
        ("ITEM", "change.item.name"),
        ("SCOPE", "change.scope"),
        ("RESULT", "result"),
        ("DETAIL", "detail"),
    ],
    fields: &[
        "target",
        "target.kind",
        "target.key",
        "target.name",
        "change",
        "change.op",
        "change.field",
        "change.value",
        "change.item",
        "change.item.kind",
        "change.item.key",
        "change.item.name",
        "change.scope",
        "result",
        "detail",
        "requests",
    ],
};

/// `iamctl history`: the runs the journal kept.
pub const HISTORY: View = View {
    noun: "runs",
    columns: &[
        ("RUN", "id"),
        ("TIME", "time"),
        ("COMMAND", "command"),
        ("OUTCOME", "summary"),
    ],
    fields: &[
        "id", "time", "profile", "platform", "command", "undoOf", "summary", "records",
    ],
};

// ------------------------------------------------- how columns behave ----

/// How a table column behaves when the terminal is too narrow (see
/// `output/table.rs`). A view's columns say nothing more than
/// `(HEADER, path)`: the kind follows from the path, so a new view gets the
/// policy without declaring anything.
///
/// - A path starting with `=` shows the *name* of the key found at the rest
///   of the path (`=assetKey`: the app's name), looked up in the names the
///   command loaded (a listing each, through the name cache); the key itself
///   when no name is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnKind {
    /// Copied whole into the next command and read by people: e-mails, URLs,
    /// methods. Never shortened, never dropped.
    Whole,
    /// What a person reads (names, a resolved `=key`): shortened last,
    /// dropped last.
    Name,
    /// Keys and ids: never shortened (an identifier cut is useless), but
    /// dropped first; `--wide` brings them back.
    Key,
    /// Secondary free text (descriptions, flags, dates): shortened with "…"
    /// first, dropped after the keys.
    Text,
}

/// The kind of the column showing `path`.
pub fn column_kind(path: &str) -> ColumnKind {
    if path.starts_with('=') {
        return ColumnKind::Name;
    }
    let last = path.rsplit('.').next().unwrap_or(path).to_ascii_lowercase();
    if last.contains("email") || last == "user" || last == "url" || last == "method" {
        ColumnKind::Whole
    } else if last.ends_with("name") || last.ends_with("names") {
        ColumnKind::Name
    } else if last == "key"
        || last == "id"
        || last.ends_with("key")
        || last.ends_with("id")
        || last.ends_with("ids")
        || last.ends_with("keys")
    {
        ColumnKind::Key
    } else {
        ColumnKind::Text
    }
}

/// The path a column reads its value from (`=assetKey` reads `assetKey`).
pub fn column_source(path: &str) -> &str {
    path.strip_prefix('=').unwrap_or(path)
}
