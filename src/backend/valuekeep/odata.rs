//! OData bits on the client side: literals, property names, and resolving
//! `nextPageLink` safely.

use url::Url;

use crate::error::{CliError, Result};

/// A string literal: single quotes, inner quotes doubled.
pub fn literal(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// `lastLogin`, `last-login`, `last_login` → `LastLogin`: property names in
/// OData expressions are PascalCase.
pub fn pascal(name: &str) -> Result<String> {
    let mut out = String::new();
    let mut upper = true;
    for c in name.chars() {
        if c == '-' || c == '_' {
            upper = true;
        } else if c.is_ascii_alphanumeric() {
            if upper {
                out.push(c.to_ascii_uppercase());
            } else {
                out.push(c);
            }
            upper = false;
        } else {
            return Err(CliError::usage(format!("{name:?} is not a property name")));
        }
    }
    if out.is_empty() {
        return Err(CliError::usage("empty property name"));
    }
    Ok(out)
}

/// `--sort [-]field[,[-]field...]` → `$orderby=Field [desc], ...`.
pub fn orderby(sort: &str) -> Result<String> {
    let mut parts = Vec::new();
    for f in sort.split(',').map(str::trim).filter(|f| !f.is_empty()) {
        let (desc, name) = match f.strip_prefix('-') {
            Some(n) => (true, n),
            None => (false, f.strip_prefix('+').unwrap_or(f)),
        };
        let p = pascal(name)?;
        parts.push(if desc { format!("{p} desc") } else { p });
    }
    if parts.is_empty() {
        return Err(CliError::usage("--sort needs a field"));
    }
    Ok(parts.join(","))
}

/// Join `$filter` clauses with `and`, each in parentheses.
pub fn and(clauses: &[String]) -> Option<String> {
    match clauses.len() {
        0 => None,
        1 => Some(clauses[0].clone()),
        _ => Some(
            clauses
                .iter()
                .map(|c| format!("({c})"))
                .collect::<Vec<_>>()
                .join(" and "),
        ),
    }
}

/// Resolve a `nextPageLink` against the API's base URL
/// (`{base}/api/{tenant}/{org}/`): absolute and root-relative links keep
/// their path, a path-relative one is taken relative to that base (which
/// form the API sends is UNCONFIRMED). The bearer token goes with the next
/// request, so a link to another origin is refused.
pub fn next_link(api_base: &Url, link: &str) -> Result<Url> {
    let current = api_base;
    let next = current.join(link).map_err(|e| {
        CliError::network(format!(
            "the API sent an invalid nextPageLink {link:?}: {e}"
        ))
    })?;
    if next.origin() != current.origin() {
        return Err(CliError::network(format!(
            "the API's nextPageLink points at another host ({}); refusing to send the token there",
            next.origin().ascii_serialization()
        )));
    }
    Ok(next)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_and_names() {
        assert_eq!(literal("O'Neil"), "'O''Neil'");
        assert_eq!(pascal("last-login").unwrap(), "LastLogin");
        assert_eq!(pascal("userKey").unwrap(), "UserKey");
        assert!(pascal("a b").is_err());
        assert_eq!(orderby("-name,email").unwrap(), "Name desc,Email");
    }

    #[test]
    fn links() {
        let cur = Url::parse("http://127.0.0.1:5/api/t/o/").unwrap();
        assert_eq!(
            next_link(
                &cur,
                "http://127.0.0.1:5/api/t/o/identity/users/odata?$skip=100"
            )
            .unwrap()
            .as_str(),
            "http://127.0.0.1:5/api/t/o/identity/users/odata?$skip=100"
        );
        assert_eq!(
            next_link(&cur, "/api/t/o/identity/users/odata?$skip=100")
                .unwrap()
                .as_str(),
            "http://127.0.0.1:5/api/t/o/identity/users/odata?$skip=100"
        );
        assert_eq!(
            next_link(&cur, "identity/users/odata?$skip=200")
                .unwrap()
                .as_str(),
            "http://127.0.0.1:5/api/t/o/identity/users/odata?$skip=200"
        );
        assert!(next_link(&cur, "https://evil.example/x").is_err());
    }
}
