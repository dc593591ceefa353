//! What each platform can do, declared as data, and the one check that
//! refuses anything else before a request is sent.
//!
//! A backend declares, for every command it serves, the flags it honours
//! (scope flags such as `--stage` or `--tenant`, list filters, fields); the
//! names of statuses, sort fields and settable attributes in the shared
//! vocabulary with their native spellings; and, for what it lacks, what to
//! use instead. Commands never ask which platform they run on: `Ctx`
//! checks the invocation against these tables when it builds the backend,
//! and a flag that a platform cannot honour is a usage error (exit 2) with
//! one wording on every platform.

use crate::error::{CliError, Result};

/// One platform's capabilities.
#[derive(Debug)]
pub struct Capabilities {
    /// The platform's name as users know it (`ODC`, `Valuekeep`, `Descope`).
    pub platform: &'static str,
    /// Every command this platform serves, with the flags it honours.
    /// A command missing here is not available on this platform.
    pub commands: &'static [(&'static str, &'static [&'static str])],
    /// What to use instead of a command or flag this platform lacks: (the
    /// command, or `--flag`, or `command --flag`) → advice.
    pub instead: &'static [(&'static str, &'static str)],
    /// `--status` values: shared name, native name, other spellings.
    pub statuses: &'static [Status],
    /// `--sort` fields: shared name → native field, other spellings.
    pub sort_fields: &'static [SortField],
    /// `users set` attributes and `users patch` fields.
    pub attributes: &'static [Attribute],
    /// `users create` needs a name (asked for on a terminal when missing).
    pub create_requires_name: bool,
    /// Group and role references may say where they live (`STAGE/GROUP`,
    /// `APP/STAGE/ROLE`, `org:ROLE`): names are scoped by stage and app.
    pub scoped_references: bool,
    /// The columns of `users import` / `apply` files it can set
    /// (`bulk::input::COLUMNS`); export writes these.
    pub import_columns: &'static [&'static str],
}

/// A user status in the shared vocabulary and the platform's own word.
#[derive(Debug, Clone, Copy)]
pub struct Status {
    /// The shared name: `active`, `inactive`, `invited`, ...
    pub name: &'static str,
    /// What the platform's API calls it (`Active`, `enabled`, `1`...).
    pub native: &'static str,
    /// Other spellings accepted on input.
    pub aliases: &'static [&'static str],
}

#[derive(Debug, Clone, Copy)]
pub struct SortField {
    pub name: &'static str,
    pub native: &'static str,
    pub aliases: &'static [&'static str],
}

/// A settable user attribute: its shared name, the name the backend's
/// `set_user` takes, and the platform's own spellings, which keep working.
#[derive(Debug, Clone, Copy)]
pub struct Attribute {
    /// Shared name (`active`, `name`, `email`, `status`, `photo-url`...).
    pub name: &'static str,
    /// The platform's own names for it, accepted as well (`is-active`,
    /// `isActive`, `picture`...).
    pub aliases: &'static [&'static str],
    /// What the backend's `set_user` is called with; None when only
    /// `users patch` can change it.
    pub setter: Option<&'static str>,
    /// The JSON field a `users patch` body carries it in; None when only
    /// `users set` can change it.
    pub field: Option<&'static str>,
    /// How a value given for the shared name becomes the setter's value.
    pub value: AttrValue,
}

#[derive(Debug, Clone, Copy)]
pub enum AttrValue {
    /// Passed as given.
    Text,
    /// `true`/`false` (yes/no, 1/0, on/off).
    Bool,
    /// A boolean the platform stores as a status: (true → `on`, false → `off`).
    BoolAsStatus { on: &'static str, off: &'static str },
    /// A status name, mapped through the platform's statuses.
    Status,
}

/// Normalise a name for comparison: case and `-`/`_` do not matter.
fn norm(s: &str) -> String {
    s.chars()
        .filter(|c| *c != '-' && *c != '_' && *c != ' ')
        .flat_map(char::to_lowercase)
        .collect()
}

/// The uniform refusal: what is not available, on which platform, and
/// what to use instead.
pub fn not_available(what: impl AsRef<str>, platform: &str) -> CliError {
    CliError::usage(format!("{} is not available on {platform}", what.as_ref()))
}

impl Capabilities {
    pub fn flags_of(&self, command: &str) -> Option<&'static [&'static str]> {
        self.commands
            .iter()
            .find(|(c, _)| *c == command)
            .map(|(_, f)| *f)
    }

    pub fn has(&self, command: &str) -> bool {
        self.flags_of(command).is_some()
    }

    fn advice(&self, key: &str) -> Option<&'static str> {
        self.instead
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, a)| *a)
    }

    /// Refuse a command this platform lacks, or a flag it cannot honour.
    /// Called once per invocation, before any request.
    pub fn check(&self, command: &str, flags: &[String]) -> Result<()> {
        let Some(honoured) = self.flags_of(command) else {
            let err = not_available(format!("`{command}`"), self.platform);
            return Err(match self.advice(command) {
                Some(a) => err.hint(a),
                None => err,
            });
        };
        for flag in flags {
            if honoured.contains(&flag.as_str()) {
                continue;
            }
            let err = not_available(format!("`{command} {flag}`"), self.platform);
            let advice = self
                .advice(&format!("{command} {flag}"))
                .or_else(|| self.advice(flag));
            return Err(match advice {
                Some(a) => err.hint(a),
                None => err,
            });
        }
        Ok(())
    }

    /// A `--status` value in the shared vocabulary or the platform's own,
    /// as the platform's native name.
    pub fn status(&self, given: &str) -> Result<&'static Status> {
        let want = norm(given);
        self.statuses
            .iter()
            .find(|s| {
                norm(s.name) == want
                    || norm(s.native) == want
                    || s.aliases.iter().any(|a| norm(a) == want)
            })
            .ok_or_else(|| {
                not_available(format!("status {given:?}"), self.platform).hint(format!(
                    "statuses on {}: {}",
                    self.platform,
                    self.statuses
                        .iter()
                        .map(|s| s.name)
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
            })
    }

    /// The native name of a status the API may send as a number or in
    /// another spelling (`1` → `Active` on Valuekeep), for display.
    pub fn status_native(&self, sent: &str) -> Option<&'static str> {
        let want = norm(sent);
        if want.is_empty() {
            return None;
        }
        self.statuses
            .iter()
            .find(|s| norm(s.native) == want || s.aliases.iter().any(|a| norm(a) == want))
            .map(|s| s.native)
    }

    /// `--sort [-]field[,[-]field]` in shared or native names → native.
    pub fn sort(&self, given: &str) -> Result<String> {
        let mut out = Vec::new();
        for part in given.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (sign, name) = match part.strip_prefix('-') {
                Some(n) => ("-", n),
                None => ("", part.strip_prefix('+').unwrap_or(part)),
            };
            let want = norm(name);
            let field = self
                .sort_fields
                .iter()
                .find(|f| {
                    norm(f.name) == want
                        || norm(f.native) == want
                        || f.aliases.iter().any(|a| norm(a) == want)
                })
                .ok_or_else(|| {
                    let err = not_available(format!("sort field {name:?}"), self.platform);
                    if self.sort_fields.is_empty() {
                        err
                    } else {
                        err.hint(format!(
                            "sort fields on {}: {} (prefix - for descending)",
                            self.platform,
                            self.sort_fields
                                .iter()
                                .map(|f| f.name)
                                .collect::<Vec<_>>()
                                .join(", ")
                        ))
                    }
                })?;
            out.push(format!("{sign}{}", field.native));
        }
        if out.is_empty() {
            return Err(CliError::usage("--sort needs a field"));
        }
        Ok(out.join(","))
    }

    /// A `users set` attribute in shared or native names, and its value
    /// as the backend's setter takes them.
    pub fn attribute(&self, given: &str, value: &str) -> Result<(String, String)> {
        // A custom attribute's key keeps its case: `attr.KEY`.
        if let Some(key) = given
            .get(..5)
            .filter(|p| p.eq_ignore_ascii_case("attr."))
            .map(|_| &given[5..])
            .filter(|k| !k.is_empty())
            && self.attributes.iter().any(|a| a.name == "attr.KEY")
        {
            return Ok((format!("attr.{key}"), value.to_string()));
        }
        let want = norm(given);
        let attr = self
            .attributes
            .iter()
            .filter(|a| a.setter.is_some())
            .find(|a| norm(a.name) == want || a.aliases.iter().any(|x| norm(x) == want))
            .ok_or_else(|| {
                let err =
                    not_available(format!("attribute {given:?}"), self.platform).hint(format!(
                        "settable on {}: {}",
                        self.platform,
                        self.attributes
                            .iter()
                            .filter(|a| a.setter.is_some())
                            .map(|a| a.name)
                            .collect::<Vec<_>>()
                            .join(", ")
                    ));
                match self.advice(&format!("attribute {}", norm(given))) {
                    Some(a) => err.hint(a),
                    None => err,
                }
            })?;
        let value = match attr.value {
            AttrValue::Text => value.to_string(),
            AttrValue::Bool => parse_bool(value)?.to_string(),
            AttrValue::BoolAsStatus { on, off } => {
                if parse_bool(value)? { on } else { off }.to_string()
            }
            AttrValue::Status => self.status(value)?.native.to_string(),
        };
        Ok((attr.setter.unwrap_or(attr.name).to_string(), value))
    }

    /// A `users patch` field by shared name: the JSON field and the value
    /// in the platform's form. None when the platform has no such field
    /// (the flag check has refused it before this is asked).
    /// Where a user record carries an attribute named as `users set`
    /// takes it (its JSON path), so that a write can tell what was there
    /// before and whether it is already as asked. None when the record
    /// does not show it.
    pub fn attribute_path(&self, given: &str) -> Option<String> {
        if let Some(key) = given
            .get(..5)
            .filter(|p| p.eq_ignore_ascii_case("attr."))
            .map(|_| &given[5..])
            .filter(|k| !k.is_empty())
        {
            return Some(format!("customAttributes.{key}"));
        }
        let want = norm(given);
        self.attributes
            .iter()
            .find(|a| norm(a.name) == want || a.aliases.iter().any(|x| norm(x) == want))
            .and_then(|a| a.field)
            .map(str::to_string)
    }

    /// The shared name of an attribute (`is-active` → `active`).
    pub fn attribute_name(&self, given: &str) -> String {
        let want = norm(given);
        self.attributes
            .iter()
            .find(|a| norm(a.name) == want || a.aliases.iter().any(|x| norm(x) == want))
            .map(|a| a.name.to_string())
            .unwrap_or_else(|| given.to_string())
    }

    /// Is a record's value the value a setter would write? Compared as
    /// text, statuses by their shared name (`2`, `Inactive` and
    /// `inactive` are one status), booleans by truth.
    pub fn same_value(&self, current: &serde_json::Value, wanted: &str) -> bool {
        use serde_json::Value;
        let text = match current {
            Value::String(s) => s.clone(),
            Value::Null => String::new(),
            other => other.to_string(),
        };
        if text == wanted {
            return true;
        }
        if let (Ok(a), Ok(b)) = (parse_bool(&text), parse_bool(wanted))
            && (current.is_boolean() || matches!(wanted, "true" | "false"))
        {
            return a == b;
        }
        match (self.status(&text), self.status(wanted)) {
            (Ok(a), Ok(b)) => a.name == b.name,
            _ => false,
        }
    }

    pub fn patch_field(
        &self,
        name: &str,
        value: serde_json::Value,
    ) -> Result<Option<(&'static str, serde_json::Value)>> {
        use serde_json::Value;
        let Some(attr) = self.attributes.iter().find(|a| a.name == name) else {
            return Ok(None);
        };
        let Some(field) = attr.field else {
            return Ok(None);
        };
        let value = match (attr.value, &value) {
            (AttrValue::BoolAsStatus { on, off }, Value::Bool(b)) => {
                Value::String(if *b { on } else { off }.to_string())
            }
            (AttrValue::Status, Value::String(s)) => {
                Value::String(self.status(s)?.native.to_string())
            }
            _ => value,
        };
        Ok(Some((field, value)))
    }
}

pub fn parse_bool(s: &str) -> Result<bool> {
    match s.to_ascii_lowercase().as_str() {
        "true" | "yes" | "1" | "on" => Ok(true),
        "false" | "no" | "0" | "off" => Ok(false),
        _ => Err(CliError::usage(format!("{s:?} is not true or false"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static CAPS: Capabilities = Capabilities {
        platform: "Demo",
        commands: &[("users list", &["--search"])],
        instead: &[("--tenant", "Demo has no tenants")],
        statuses: &[Status {
            name: "active",
            native: "Enabled",
            aliases: &["1"],
        }],
        sort_fields: &[SortField {
            name: "last-login",
            native: "lastLoginAt",
            aliases: &[],
        }],
        attributes: &[Attribute {
            name: "active",
            aliases: &["is-active"],
            setter: Some("isActive"),
            field: Some("isActive"),
            value: AttrValue::Bool,
        }],
        create_requires_name: true,
        scoped_references: false,
        import_columns: &["email", "name"],
    };

    #[test]
    fn refuses_with_one_wording() {
        let e = CAPS
            .check("users list", &["--tenant".to_string()])
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "`users list --tenant` is not available on Demo"
        );
        assert_eq!(e.hints, ["Demo has no tenants"]);
        let e = CAPS.check("groups list", &[]).unwrap_err();
        assert_eq!(e.to_string(), "`groups list` is not available on Demo");
        assert!(CAPS.check("users list", &["--search".into()]).is_ok());
    }

    #[test]
    fn maps_shared_and_native_names() {
        assert_eq!(CAPS.status("ACTIVE").unwrap().native, "Enabled");
        assert_eq!(CAPS.status("enabled").unwrap().native, "Enabled");
        assert_eq!(CAPS.status_native("1"), Some("Enabled"));
        assert_eq!(CAPS.sort("-last-login").unwrap(), "-lastLoginAt");
        assert_eq!(CAPS.sort("lastLoginAt").unwrap(), "lastLoginAt");
        assert!(CAPS.sort("bogus").is_err());
        assert_eq!(
            CAPS.attribute("is_active", "no").unwrap(),
            ("isActive".to_string(), "false".to_string())
        );
    }
}
