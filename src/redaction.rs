//! Secrets out of any text: the values this run holds as secrets (client
//! secret, management key, tokens, passwords), remembered as they are made,
//! and the values of secret-named fields (`client_secret=…`, `"password":
//! "…"`, `Bearer …`). What a server says in an error passes through here
//! before it is shown, as the `-v` traces do: a server that echoes the
//! request cannot make iamctl print a secret. A leaf: it uses nothing.

use std::borrow::Cow;
use std::sync::Mutex;

/// Secret values seen in this run. Shorter ones are not remembered: a
/// two-letter "secret" would blank out ordinary words.
static KNOWN: Mutex<Vec<String>> = Mutex::new(Vec::new());
const MIN_LEN: usize = 4;

/// Field names whose values are secrets wherever they appear (compared
/// without case).
pub const SECRET_NAMES: &[&str] = &[
    "access_token",
    "refresh_token",
    "id_token",
    "client_secret",
    "password",
    "secret",
    "managementkey",
    "management_key",
    "token",
    "authorization",
    "cleartext",
];

/// Remember `value` as a secret of this run.
pub fn remember(value: &str) {
    if value.len() < MIN_LEN {
        return;
    }
    let mut known = KNOWN.lock().unwrap_or_else(|e| e.into_inner());
    if !known.iter().any(|k| k == value) {
        known.push(value.to_string());
        // Longest first, so a secret that contains another goes whole.
        known.sort_by_key(|k| std::cmp::Reverse(k.len()));
    }
}

/// `text` with every remembered secret as `***`: for any text shown.
pub fn known(text: &str) -> Cow<'_, str> {
    let mut out = Cow::Borrowed(text);
    let known = KNOWN.lock().unwrap_or_else(|e| e.into_inner());
    for k in known.iter() {
        if out.contains(k.as_str()) {
            out = Cow::Owned(out.replace(k.as_str(), "***"));
        }
    }
    out
}

/// `text` with every remembered secret and every value of a secret-named
/// field (or an `Authorization` scheme's credentials) as `***`: for what a
/// server wrote.
pub fn text(text: &str) -> Cow<'_, str> {
    let out = known(text);
    match fields(&out) {
        Some(s) => Cow::Owned(s),
        None => out,
    }
}

/// The values after secret names and after `Bearer`/`Basic`, masked; None
/// when there was nothing to mask.
fn fields(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    let bytes = text.as_bytes();
    // Byte ranges of values to mask.
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut names: Vec<&str> = SECRET_NAMES.to_vec();
    names.extend(["bearer", "basic"]);
    for name in names {
        let mut from = 0;
        while let Some(at) = lower[from..].find(name) {
            let start = from + at;
            let end = start + name.len();
            from = end;
            // A whole word: not the tail or head of a longer name.
            let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
            if (start > 0 && word(bytes[start - 1])) || (end < bytes.len() && word(bytes[end])) {
                continue;
            }
            let scheme = name == "bearer" || name == "basic";
            let mut i = end;
            // What separates a name from its value: `=`, `:`, quotes, spaces.
            let mut seen_sep = false;
            while i < bytes.len() {
                match bytes[i] {
                    b'"' | b'\'' | b'\\' => i += 1,
                    b'=' | b':' if !seen_sep => {
                        seen_sep = true;
                        i += 1
                    }
                    b' ' | b'\t' => i += 1,
                    _ => break,
                }
            }
            if !(seen_sep || scheme && i > end) {
                continue;
            }
            let v0 = i;
            while i < bytes.len()
                && !matches!(
                    bytes[i],
                    b'"' | b'\'' | b'\\' | b'&' | b',' | b';' | b'}' | b']' | b')' | b'<' | b'>'
                )
                && !bytes[i].is_ascii_whitespace()
            {
                i += 1;
            }
            let value = &text[v0..i];
            // `Authorization: Bearer X`: the scheme stays, X goes (below).
            let scheme_word =
                value.eq_ignore_ascii_case("bearer") || value.eq_ignore_ascii_case("basic");
            if i > v0 && value != "***" && !scheme_word {
                spans.push((v0, i));
            }
        }
    }
    if spans.is_empty() {
        return None;
    }
    spans.sort();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (s, e) in spans {
        if s < at {
            at = at.max(e);
            continue;
        }
        out.push_str(&text[at..s]);
        out.push_str("***");
        at = e;
    }
    out.push_str(&text[at..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_and_schemes_are_masked() {
        assert_eq!(
            text(
                "bad request: grant_type=client_credentials&client_id=a&client_secret=TopSecretEcho1"
            ),
            "bad request: grant_type=client_credentials&client_id=a&client_secret=***"
        );
        assert_eq!(
            text(r#"{"message":"header Authorization: Bearer P2x:K2y was refused"}"#),
            r#"{"message":"header Authorization: Bearer *** was refused"}"#
        );
        assert_eq!(
            text(r#"{"password": "hunter22"}"#),
            r#"{"password": "***"}"#
        );
        assert_eq!(text("the token expired"), "the token expired");
        assert_eq!(text("secret: x1"), "secret: ***");
        assert_eq!(text("tokens=3 basically"), "tokens=3 basically");
    }

    #[test]
    fn remembered_values_are_masked_anywhere() {
        remember("Zq9-remembered-value");
        assert_eq!(text("x Zq9-remembered-valueZ y"), "x ***Z y");
    }
}
