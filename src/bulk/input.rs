//! Rows of a bulk input: CSV with a header, a JSON array or NDJSON, read
//! and validated before anything is sent. Each record becomes a valid
//! [`Row`] or an [`Invalid`] naming its row number.
//!
//! Row N is the Nth record (CSV: the header is not counted, so row N sits
//! on line N+1 when no field spans lines).

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

use clap::ValueEnum;
use serde_json::Value;

use crate::backend::{Capabilities, NewUser, TenantRoles};
use crate::error::{CliError, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Csv,
    Json,
    Ndjson,
}

impl Format {
    /// From a file's extension, if it says.
    pub fn from_path(path: &str) -> Option<Format> {
        let ext = Path::new(path)
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("csv") => Some(Format::Csv),
            Some("json") => Some(Format::Json),
            Some("ndjson" | "jsonl") => Some(Format::Ndjson),
            _ => None,
        }
    }

    /// Stdin or an unknown extension: `[` is a JSON array, `{` NDJSON, else CSV.
    fn sniff(bytes: &[u8]) -> Format {
        match bytes.iter().find(|b| !b.is_ascii_whitespace()) {
            Some(b'[') => Format::Json,
            Some(b'{') => Format::Ndjson,
            _ => Format::Csv,
        }
    }
}

/// The columns import reads. Each platform honours some of them
/// (`Capabilities::import_columns`); a row giving a value in another is
/// refused before anything is sent ([`check_columns`]). `key` and
/// `lastLoginAt` are what export writes for information; they are
/// accepted and ignored.
pub const COLUMNS: &[&str] = &[
    "email",
    "name",
    "active",
    "photoUrl",
    "builtinIdp",
    "groups",
    "roles",
    "loginId",
    "phone",
    "givenName",
    "middleName",
    "familyName",
    "tenants",
    "customAttributes",
    "verifiedEmail",
    "verifiedPhone",
    "userKey",
    "technician",
    "status",
];
const INFORMATIONAL: &[&str] = &["key", "lastLoginAt"];

/// A valid row: what to create, and where to put the user.
#[derive(Debug, Clone)]
pub struct Row {
    pub n: usize,
    pub email: String,
    pub name: Option<String>,
    pub active: Option<bool>,
    pub photo_url: Option<String>,
    pub builtin_idp: bool,
    /// None: the record did not mention groups (apply leaves them alone).
    pub groups: Option<Vec<String>>,
    pub roles: Option<Vec<String>>,
    pub login_id: Option<String>,
    pub phone: Option<String>,
    pub given_name: Option<String>,
    pub middle_name: Option<String>,
    pub family_name: Option<String>,
    /// Descope: tenants with the roles held in each.
    pub tenants: Vec<TenantRoles>,
    pub custom_attributes: serde_json::Map<String, Value>,
    pub verified_email: Option<bool>,
    pub verified_phone: Option<bool>,
    /// Valuekeep.
    pub user_key: Option<String>,
    pub technician: Option<bool>,
    pub status: Option<String>,
    /// The columns this row gives a value in (checked per platform).
    pub columns: Vec<&'static str>,
}

impl Row {
    pub fn new_user(&self) -> NewUser {
        NewUser {
            email: self.email.clone(),
            name: self.name.clone(),
            active: self.active.unwrap_or(true),
            photo_url: self.photo_url.clone(),
            builtin_idp: self.builtin_idp,
            login_id: self.login_id.clone(),
            phone: self.phone.clone(),
            given_name: self.given_name.clone(),
            middle_name: self.middle_name.clone(),
            family_name: self.family_name.clone(),
            tenants: self.tenants.clone(),
            custom_attributes: self.custom_attributes.clone(),
            verified_email: self.verified_email,
            verified_phone: self.verified_phone,
            user_key: self.user_key.clone(),
            technician: self.technician.unwrap_or(false),
            status: self.status.clone(),
            ..Default::default()
        }
    }
    pub fn groups(&self) -> &[String] {
        self.groups.as_deref().unwrap_or(&[])
    }
    pub fn roles(&self) -> &[String] {
        self.roles.as_deref().unwrap_or(&[])
    }
}

/// A row refused before sending.
#[derive(Debug, Clone)]
pub struct Invalid {
    pub n: usize,
    pub identity: Option<String>,
    pub code: &'static str,
    pub message: String,
}

pub type Parsed = std::result::Result<Row, Invalid>;

/// Read `path` (`-` = stdin) whole. A file that cannot be read, or a JSON
/// file that is not an array, stops the run (exit 2); a bad record only
/// fails its row.
pub fn read(path: &str, format: Option<Format>) -> Result<Vec<Parsed>> {
    let mut bytes = Vec::new();
    if path == "-" {
        std::io::stdin().read_to_end(&mut bytes)?;
    } else {
        bytes =
            std::fs::read(path).map_err(|e| CliError::usage(format!("cannot read {path}: {e}")))?;
    }
    let format = format.or_else(|| Format::from_path(path));
    parse(&bytes, format, path)
}

/// The rows of an input file's bytes (`format` None: sniffed), `path`
/// naming it in errors. What is wrong with the whole file stops the run
/// with one error (exit 2), rather than failing every row: NUL bytes (a
/// binary or UTF-16 file), a CSV header naming a column twice or lacking
/// `email`, records none of which has an `email`, a quote never closed.
pub fn parse(bytes: &[u8], format: Option<Format>, path: &str) -> Result<Vec<Parsed>> {
    if let Some(at) = bytes.iter().position(|b| *b == 0) {
        return Err(CliError::usage(format!(
            "{path} holds a NUL byte (at byte {at}): it is not a text file, or not UTF-8"
        ))
        .hint("save it as UTF-8 text (a spreadsheet's \"CSV UTF-8\"), not UTF-16"));
    }
    // Excel and Notepad begin UTF-8 files with a byte-order mark.
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let format = format.unwrap_or_else(|| Format::sniff(bytes));
    let mut rows = match format {
        Format::Csv => csv_rows(bytes, path)?,
        Format::Json => {
            let items: Vec<Value> = match super::strict::json(bytes) {
                Ok(Value::Array(items)) => items,
                Ok(_) => {
                    return Err(CliError::usage(format!(
                        "{path} is not a JSON array of objects"
                    )));
                }
                Err(e) => {
                    return Err(CliError::usage(format!(
                        "{path} is not a JSON array of objects: {e}"
                    )));
                }
            };
            require_email_field(items.iter(), path)?;
            items
                .into_iter()
                .enumerate()
                .map(|(i, v)| record(i + 1, v))
                .collect()
        }
        Format::Ndjson => {
            let text = String::from_utf8_lossy(bytes);
            let values: Vec<std::result::Result<Value, String>> = text
                .lines()
                .filter(|l| !l.trim().is_empty())
                .map(|l| super::strict::json(l.as_bytes()).map_err(|e| e.to_string()))
                .collect();
            require_email_field(values.iter().filter_map(|v| v.as_ref().ok()), path)?;
            values
                .into_iter()
                .enumerate()
                .map(|(i, v)| match v {
                    Ok(v) => record(i + 1, v),
                    Err(e) => Err(invalid(
                        i + 1,
                        None,
                        "MalformedRecord",
                        format!("not a JSON object: {e}"),
                    )),
                })
                .collect()
        }
    };
    mark_duplicates(&mut rows);
    Ok(rows)
}

/// Records of which not one names an `email` are a file without the
/// column: one error, not a failure per row.
fn require_email_field<'a>(items: impl Iterator<Item = &'a Value>, path: &str) -> Result<()> {
    let mut objects = 0;
    for v in items {
        if let Value::Object(o) = v {
            if o.contains_key("email") {
                return Ok(());
            }
            objects += 1;
        }
    }
    if objects == 0 {
        return Ok(());
    }
    Err(no_email_column(path))
}

fn no_email_column(path: &str) -> CliError {
    CliError::usage(format!("{path} has no email column: every user needs one"))
        .hint(format!("columns: {}", COLUMNS.join(", ")))
}

/// Where a quoted CSV value opens and is never closed: (line, row) of the
/// opening quote, row 0 being the header. The CSV reader would take the
/// rest of the file as that one value; the fault is the quote, and it is
/// told as such.
fn unclosed_quote(bytes: &[u8]) -> Option<(usize, usize)> {
    let (mut line, mut row) = (1, 0);
    let mut in_quotes = false;
    let mut field_start = true;
    let mut opened = (0, 0);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if in_quotes {
            match b {
                b'"' if bytes.get(i + 1) == Some(&b'"') => i += 1,
                b'"' => in_quotes = false,
                b'\n' => line += 1,
                _ => {}
            }
            field_start = false;
        } else {
            match b {
                b'"' if field_start => {
                    in_quotes = true;
                    opened = (line, row);
                    field_start = false;
                }
                b',' => field_start = true,
                b'\n' => {
                    line += 1;
                    row += 1;
                    field_start = true;
                }
                b'\r' => {}
                _ => field_start = false,
            }
        }
        i += 1;
    }
    in_quotes.then_some(opened)
}

fn invalid(n: usize, identity: Option<String>, code: &'static str, message: String) -> Invalid {
    Invalid {
        n,
        identity,
        code,
        message,
    }
}

fn csv_rows(bytes: &[u8], path: &str) -> Result<Vec<Parsed>> {
    if let Some((line, row)) = unclosed_quote(bytes) {
        let at = if row == 0 {
            "the header".to_string()
        } else {
            format!("row {row}")
        };
        return Err(CliError::usage(format!(
            "{path}: a quoted value opened on line {line} ({at}) is never closed (an unbalanced \")"
        ))
        .hint("close the quote, or double a quote inside a quoted value (\"\")"));
    }
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(bytes);
    let headers: Vec<String> = rdr
        .headers()
        .map_err(|e| CliError::usage(format!("cannot read the CSV header: {e}")))?
        .iter()
        .map(str::to_string)
        .collect();
    if headers.iter().all(|h| h.is_empty()) {
        return Err(CliError::usage("the CSV file has no header row")
            .hint(format!("columns: {}", COLUMNS.join(","))));
    }
    // A column named twice: which value would count? Neither, silently.
    let mut seen = std::collections::HashSet::new();
    if let Some(dup) = headers
        .iter()
        .filter(|h| !h.is_empty())
        .find(|h| !seen.insert(h.as_str()))
    {
        return Err(
            CliError::usage(format!("{path}: the CSV header names column {dup:?} twice"))
                .hint("keep one of them"),
        );
    }
    if !headers.iter().any(|h| h == "email") {
        return Err(no_email_column(path));
    }
    let mut out = Vec::new();
    for (i, rec) in rdr.records().enumerate() {
        let n = i + 1;
        let rec = match rec {
            Ok(r) => r,
            Err(e) => {
                out.push(Err(invalid(
                    n,
                    None,
                    "MalformedRecord",
                    format!("cannot read CSV record: {e}"),
                )));
                continue;
            }
        };
        if rec.len() != headers.len() {
            let email = headers
                .iter()
                .position(|h| h == "email")
                .and_then(|p| rec.get(p))
                .map(str::to_string);
            // A value over several lines is how a stray quote shows.
            let spans = rec.iter().any(|f| f.contains('\n'));
            out.push(Err(invalid(
                n,
                email,
                "MalformedRecord",
                format!(
                    "has {} fields, the header has {}{}",
                    rec.len(),
                    headers.len(),
                    if spans {
                        " (a quoted value runs over several lines: is a quote unbalanced?)"
                    } else {
                        ""
                    }
                ),
            )));
            continue;
        }
        let mut obj = serde_json::Map::new();
        for (h, v) in headers.iter().zip(rec.iter()) {
            // An empty cell of an unknown column (a trailing comma) is no value.
            if v.is_empty() && !COLUMNS.contains(&h.as_str()) {
                continue;
            }
            obj.insert(h.clone(), Value::String(v.to_string()));
        }
        out.push(record(n, Value::Object(obj)));
    }
    Ok(out)
}

/// One record (a JSON object, or a CSV row as strings) to a row.
pub fn record(n: usize, v: Value) -> Parsed {
    let Value::Object(obj) = v else {
        return Err(invalid(
            n,
            None,
            "MalformedRecord",
            "is not an object".into(),
        ));
    };
    let identity = obj
        .get("email")
        .and_then(Value::as_str)
        .map(|s| s.trim().to_string());
    let bad = |code: &'static str, msg: String| invalid(n, identity.clone(), code, msg);
    let mut row = Row {
        n,
        email: String::new(),
        name: None,
        active: None,
        photo_url: None,
        builtin_idp: false,
        groups: None,
        roles: None,
        login_id: None,
        phone: None,
        given_name: None,
        middle_name: None,
        family_name: None,
        tenants: Vec::new(),
        custom_attributes: serde_json::Map::new(),
        verified_email: None,
        verified_phone: None,
        user_key: None,
        technician: None,
        status: None,
        columns: Vec::new(),
    };
    for (k, v) in &obj {
        if let Some(c) = COLUMNS.iter().find(|c| **c == k.as_str())
            && !is_empty(v)
        {
            row.columns.push(c);
        }
        let txt = |v| text(k, v).map_err(|m| bad("InvalidValue", m));
        let flag = |v| boolean(k, v).map_err(|m| bad("InvalidValue", m));
        match k.as_str() {
            "email" => {
                row.email = text(k, v)
                    .map_err(|m| bad("InvalidValue", m))?
                    .unwrap_or_default()
            }
            "name" => row.name = text(k, v).map_err(|m| bad("InvalidValue", m))?,
            "active" | "isActive" => {
                row.active = boolean(k, v).map_err(|m| bad("InvalidValue", m))?
            }
            "photoUrl" => row.photo_url = text(k, v).map_err(|m| bad("InvalidValue", m))?,
            "builtinIdp" => {
                row.builtin_idp = boolean(k, v)
                    .map_err(|m| bad("InvalidValue", m))?
                    .unwrap_or(false)
            }
            "groups" => row.groups = Some(list(k, v).map_err(|m| bad("InvalidValue", m))?),
            "roles" => row.roles = Some(list(k, v).map_err(|m| bad("InvalidValue", m))?),
            "loginId" => row.login_id = txt(v)?,
            "phone" => row.phone = txt(v)?,
            "givenName" => row.given_name = txt(v)?,
            "middleName" => row.middle_name = txt(v)?,
            "familyName" => row.family_name = txt(v)?,
            "tenants" => row.tenants = tenants(v).map_err(|m| bad("InvalidValue", m))?,
            "customAttributes" => {
                row.custom_attributes = attributes(v).map_err(|m| bad("InvalidValue", m))?
            }
            "verifiedEmail" => row.verified_email = flag(v)?,
            "verifiedPhone" => row.verified_phone = flag(v)?,
            "userKey" => row.user_key = txt(v)?,
            "technician" => row.technician = flag(v)?,
            "status" => row.status = txt(v)?,
            k if INFORMATIONAL.contains(&k) => {}
            other => {
                return Err(bad(
                    "UnknownColumn",
                    format!("unknown column {other:?} (columns: {})", COLUMNS.join(", ")),
                ));
            }
        }
    }
    if row.email.is_empty() {
        return Err(bad(
            "MissingEmail",
            "the email column is empty or missing".into(),
        ));
    }
    if let Err(e) = check_email(&row.email) {
        return Err(bad("InvalidEmail", e.message));
    }
    for (column, value) in [
        ("name", &row.name),
        ("givenName", &row.given_name),
        ("middleName", &row.middle_name),
        ("familyName", &row.family_name),
        ("userKey", &row.user_key),
        ("loginId", &row.login_id),
    ] {
        if let Some(v) = value
            && let Err(e) = check_text(column, v)
        {
            return Err(bad("InvalidValue", e.message));
        }
    }
    Ok(row)
}

/// The longest e-mail address (RFC 5321: 254 octets in a path).
pub const MAX_EMAIL: usize = 254;
/// The longest name, key or login id a row may give. UNCONFIRMED: no
/// vendor documents one; 256 characters is far above any real name and
/// far below what a gateway refuses (a 10 MB cell).
pub const MAX_TEXT: usize = 256;

/// The one check of an e-mail address, shared by `users create`, `users
/// import` (its `--validate-only` and its real run alike) and `apply`: one
/// `@`, a local part of the characters an address may hold unquoted (RFC
/// 5322 `atext` and dots: no `<`, `>`, quotes, brackets, spaces or control
/// characters), a domain of letters, digits and hyphens in dotted labels,
/// at most 254 characters.
pub fn check_email(email: &str) -> Result<()> {
    const ATEXT: &str = "!#$%&'*+-/=?^_`{|}~.";
    let ok = email.len() <= MAX_EMAIL
        && email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && local.len() <= 64
                && !local.starts_with('.')
                && !local.ends_with('.')
                && !local.contains("..")
                && local
                    .chars()
                    .all(|c| c.is_alphanumeric() || ATEXT.contains(c))
                && domain.contains('.')
                && domain.split('.').all(|label| {
                    !label.is_empty()
                        && !label.starts_with('-')
                        && !label.ends_with('-')
                        && label.chars().all(|c| c.is_alphanumeric() || c == '-')
                })
        });
    if ok {
        Ok(())
    } else if email.len() > MAX_EMAIL {
        Err(CliError::usage(format!(
            "an e-mail address of {} characters is longer than the {MAX_EMAIL} an address may have",
            email.chars().count()
        )))
    } else {
        Err(CliError::usage(format!(
            "{:?} is not an e-mail address",
            crate::http::redact::short(email)
        )))
    }
}

/// The one check of a name, key or login id given for a user: not blank
/// when given, no control characters, at most [`MAX_TEXT`] characters.
pub fn check_text(column: &str, value: &str) -> Result<()> {
    let n = value.chars().count();
    if n > MAX_TEXT {
        return Err(CliError::usage(format!(
            "{column} is {n} characters long, more than the {MAX_TEXT} iamctl sends"
        )));
    }
    if value.chars().any(char::is_control) {
        return Err(CliError::usage(format!(
            "{column} {:?} holds a control character",
            crate::http::redact::short(value)
        )));
    }
    if !value.is_empty() && value.trim().is_empty() {
        return Err(CliError::usage(format!("{column} is blank")));
    }
    Ok(())
}

/// No value: null, an empty text or list (an empty CSV cell).
fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    }
}

/// Refuse, before anything is sent, a column some row gives a value in
/// that the platform cannot set (`verb`: the command, for the message).
pub fn check_columns<'a>(
    rows: impl IntoIterator<Item = &'a Row>,
    caps: &Capabilities,
    verb: &str,
) -> Result<()> {
    for row in rows {
        if let Some(c) = row
            .columns
            .iter()
            .find(|c| !caps.import_columns.contains(c))
        {
            return Err(crate::backend::capabilities::not_available(
                format!("`{verb}` column {c:?}"),
                caps.platform,
            )
            .hint(format!(
                "remove that column (row {} gives one); {} takes: {}",
                row.n,
                caps.platform,
                caps.import_columns.join(", ")
            )));
        }
    }
    Ok(())
}

/// Tenants and their roles: `T1:RoleA,RoleB;T2` (CSV), or a JSON list of
/// such strings or of `{tenantId, roleNames}`.
fn tenants(v: &Value) -> std::result::Result<Vec<TenantRoles>, String> {
    let one_text = |s: &str| {
        let (t, roles) = s.split_once(':').unwrap_or((s, ""));
        TenantRoles {
            tenant: t.trim().to_string(),
            roles: roles
                .split(',')
                .map(str::trim)
                .filter(|r| !r.is_empty())
                .map(str::to_string)
                .collect(),
        }
    };
    let out: Vec<TenantRoles> = match v {
        Value::Null => Vec::new(),
        Value::String(s) => s.split(';').map(one_text).collect(),
        Value::Array(a) => a
            .iter()
            .map(|x| match x {
                Value::String(s) => Ok(one_text(s)),
                Value::Object(o) => {
                    let tenant = o
                        .get("tenantId")
                        .and_then(Value::as_str)
                        .ok_or_else(|| format!("tenants: {x} has no tenantId"))?;
                    let roles = list("roleNames", o.get("roleNames").unwrap_or(&Value::Null))?;
                    Ok(TenantRoles {
                        tenant: tenant.trim().to_string(),
                        roles,
                    })
                }
                other => Err(format!(
                    "tenants must list \"TENANT:ROLE,ROLE\" or {{tenantId, roleNames}}, not {other}"
                )),
            })
            .collect::<std::result::Result<_, _>>()?,
        other => Err(format!("tenants must be a list, not {other}"))?,
    };
    Ok(out.into_iter().filter(|t| !t.tenant.is_empty()).collect())
}

/// Custom attributes: a JSON object (in CSV, its JSON text).
fn attributes(v: &Value) -> std::result::Result<serde_json::Map<String, Value>, String> {
    match v {
        Value::Null => Ok(Default::default()),
        Value::Object(o) => Ok(o.clone()),
        Value::String(s) if s.trim().is_empty() => Ok(Default::default()),
        Value::String(s) => match serde_json::from_str::<Value>(s) {
            Ok(Value::Object(o)) => Ok(o),
            _ => Err(format!(
                "customAttributes must be a JSON object (e.g. {{\"department\":\"Sales\"}}), not {s:?}"
            )),
        },
        other => Err(format!(
            "customAttributes must be a JSON object, not {other}"
        )),
    }
}

fn text(k: &str, v: &Value) -> std::result::Result<Option<String>, String> {
    match v {
        Value::Null => Ok(None),
        Value::String(s) if s.contains('\0') => Err(format!("{k} holds a NUL character")),
        Value::String(s) if s.trim().is_empty() => Ok(None),
        Value::String(s) => Ok(Some(s.trim().to_string())),
        other => Err(format!("{k} must be text, not {other}")),
    }
}

fn boolean(k: &str, v: &Value) -> std::result::Result<Option<bool>, String> {
    match v {
        Value::Null => Ok(None),
        Value::Bool(b) => Ok(Some(*b)),
        Value::String(s) if s.trim().is_empty() => Ok(None),
        Value::String(s) => crate::backend::capabilities::parse_bool(s.trim())
            .map(Some)
            .map_err(|_| format!("{k} must be true or false, not {s:?}")),
        other => Err(format!("{k} must be true or false, not {other}")),
    }
}

/// A list: a JSON array of strings, or text separated by `;`.
fn list(k: &str, v: &Value) -> std::result::Result<Vec<String>, String> {
    let items: Vec<String> = match v {
        Value::Null => Vec::new(),
        Value::String(s) if s.contains('\0') => return Err(format!("{k} holds a NUL character")),
        Value::String(s) => s.split(';').map(|p| p.trim().to_string()).collect(),
        Value::Array(a) => a
            .iter()
            .map(|x| match x {
                Value::String(s) if s.contains('\0') => Err(format!("{k} holds a NUL character")),
                Value::String(s) => Ok(s.trim().to_string()),
                other => Err(format!("{k} must list names, not {other}")),
            })
            .collect::<std::result::Result<_, _>>()?,
        other => return Err(format!("{k} must be a list, not {other}")),
    };
    let mut out: Vec<String> = Vec::new();
    for i in items {
        if !i.is_empty() && !out.contains(&i) {
            out.push(i);
        }
    }
    Ok(out)
}

/// The second row with an e-mail already seen is refused (it would be
/// created once and then fail, or race).
fn mark_duplicates(rows: &mut [Parsed]) {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for r in rows.iter_mut() {
        let Ok(row) = r else { continue };
        let lower = row.email.to_lowercase();
        if let Some(first) = seen.get(&lower) {
            *r = Err(invalid(
                row.n,
                Some(row.email.clone()),
                "DuplicateEmail",
                format!("same e-mail as row {first}"),
            ));
        } else {
            seen.insert(lower, row.n);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn descope_and_valuekeep_columns_reach_the_new_user() {
        let csv = "email,tenants,customAttributes,verifiedEmail,phone,technician,status\n\
                   a@example.com,\"T1:Admin, Viewer;T2\",\"{\"\"dept\"\":\"\"IT\"\"}\",true,+351,yes,Inactive\n";
        let rows = parse(csv.as_bytes(), Some(Format::Csv), "x.csv").unwrap();
        let row = rows[0].as_ref().unwrap();
        let u = row.new_user();
        assert_eq!(u.tenants.len(), 2);
        assert_eq!(
            (u.tenants[0].tenant.as_str(), u.tenants[0].roles.clone()),
            ("T1", vec!["Admin".to_string(), "Viewer".to_string()])
        );
        assert!(u.tenants[1].roles.is_empty());
        assert_eq!(u.custom_attributes["dept"], "IT");
        assert_eq!(u.verified_email, Some(true));
        assert_eq!(u.phone.as_deref(), Some("+351"));
        assert!(u.technician);
        assert_eq!(u.status.as_deref(), Some("Inactive"));
        assert_eq!(
            row.columns,
            [
                "email",
                "tenants",
                "customAttributes",
                "verifiedEmail",
                "phone",
                "technician",
                "status"
            ]
        );
        // JSON: tenants as objects or strings, attributes as an object.
        let r = record(
            1,
            json!({"email": "b@example.com",
                   "tenants": [{"tenantId": "T1", "roleNames": ["Admin"]}, "T2:Viewer"],
                   "customAttributes": {"n": 1}}),
        )
        .unwrap();
        assert_eq!(r.tenants[1].roles, ["Viewer"]);
        assert_eq!(r.custom_attributes["n"], 1);
        let bad = record(
            1,
            json!({"email": "c@example.com", "customAttributes": "nope"}),
        );
        assert!(bad.unwrap_err().message.contains("JSON object"));
    }
}
