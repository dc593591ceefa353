//! What `--verbose` may print: URLs, bodies and forms with every secret
//! replaced by `***`.

use serde_json::Value;

/// Names whose values are secrets wherever they appear.
use crate::redaction::SECRET_NAMES;

fn is_secret(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    SECRET_NAMES.contains(&lower.as_str())
}

pub fn json(v: &Value) -> String {
    redact_value(v).to_string()
}

pub fn redact_value(v: &Value) -> Value {
    match v {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| {
                    let v = if is_secret(k) {
                        Value::String("***".into())
                    } else {
                        redact_value(v)
                    };
                    (k.clone(), v)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(redact_value).collect()),
        other => other.clone(),
    }
}

pub fn form(fields: &[(String, String)]) -> String {
    fields
        .iter()
        .map(|(k, v)| {
            if is_secret(k) {
                format!("{k}=***")
            } else {
                format!("{k}={v}")
            }
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// A URL (or any text) cut to a length an error line can hold: a 70 KB
/// search string must not flood the terminal.
pub fn short(text: &str) -> String {
    const MAX: usize = 200;
    if text.len() <= MAX {
        return text.to_string();
    }
    let mut end = MAX;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}… ({} bytes)", &text[..end], text.len())
}

pub fn url(u: &url::Url) -> String {
    let mut u = u.clone();
    if u.password().is_some() {
        let _ = u.set_password(Some("***"));
    }
    if u.query().is_some() {
        let pairs: Vec<(String, String)> = u
            .query_pairs()
            .map(|(k, v)| {
                let v = if is_secret(&k) {
                    "***".to_string()
                } else {
                    v.into_owned()
                };
                (k.into_owned(), v)
            })
            .collect();
        u.query_pairs_mut().clear().extend_pairs(pairs);
    }
    u.to_string()
}

/// A response body: JSON redacted by field name, anything else as text
/// (cut short, since a trace is for reading).
pub fn body(bytes: &[u8]) -> String {
    let shown = match serde_json::from_slice::<Value>(bytes) {
        Ok(v) => json(&v),
        Err(_) => {
            let text = String::from_utf8_lossy(bytes);
            let cut: String = text.chars().take(2000).collect();
            cut
        }
    };
    // A secret of this run under a name no rule knows is hidden too.
    crate::redaction::known(&shown).into_owned()
}

/// The body of a refusal, as iamctl keeps it: what a server echoed of the
/// request (a client secret, a management key, a token) masked as in the
/// traces, before any error message, warning or results file can show it.
/// JSON stays JSON (secret-named fields and secrets inside strings masked);
/// other text is masked as text. None when nothing needed masking.
pub fn error_body(bytes: &[u8]) -> Option<Vec<u8>> {
    fn strings(v: &Value) -> Value {
        match v {
            Value::String(s) => Value::String(crate::redaction::text(s).into_owned()),
            Value::Array(a) => Value::Array(a.iter().map(strings).collect()),
            Value::Object(m) => {
                Value::Object(m.iter().map(|(k, v)| (k.clone(), strings(v))).collect())
            }
            other => other.clone(),
        }
    }
    match serde_json::from_slice::<Value>(bytes) {
        Ok(v) => {
            let clean = strings(&redact_value(&v));
            (clean != v).then(|| serde_json::to_vec(&clean).unwrap_or_default())
        }
        Err(_) => {
            let text = String::from_utf8_lossy(bytes);
            let clean = crate::redaction::text(&text);
            (clean != text).then(|| clean.into_owned().into_bytes())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_secrets_are_hidden() {
        let v =
            serde_json::json!({"access_token": "abc", "x": [{"client_secret": "s"}], "name": "n"});
        let out = json(&v);
        assert!(!out.contains("abc") && !out.contains("\"s\""));
        assert!(out.contains("\"name\":\"n\""));
    }

    #[test]
    fn forms_are_hidden() {
        let f = vec![
            ("client_id".to_string(), "id".to_string()),
            ("client_secret".to_string(), "zz".to_string()),
        ];
        assert_eq!(form(&f), "client_id=id&client_secret=***");
    }
}
